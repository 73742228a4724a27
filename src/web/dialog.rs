//! Asking the user to confirm a change, through the browser's own dialog.

/// Shows `message` with OK / Cancel; `false` when cancelled or when the page may not
/// show dialogs (a sandboxed iframe without `allow-modals` answers `false` at once).
pub fn confirm(message: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(false)
}
