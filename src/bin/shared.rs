//! The receiver's page of a share link (`shared.html`): the journey read-only and "Make
//! my own copy", its own small binary sharing the library crate, so someone opening a
//! link downloads a fraction of the workspace.

fn main() {
    peakend::run_shared();
}
