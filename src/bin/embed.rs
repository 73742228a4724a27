//! The course embed's own wasm binary (`embed.html`): only what an embed shows, sharing
//! the library crate with the workspace, so a course page downloads a fraction of it.

fn main() {
    peakend::run_embed();
}
