//! Limits on the text a journey holds, and the one place text is cut to them.

/// Longest name, title or channel text we keep (longer input is cut, never refused).
pub const MAX_NAME_CHARS: usize = 200;
/// Longest note we keep.
pub const MAX_NOTES_CHARS: usize = 5_000;

/// The first `max` characters of `s` (longer input is cut, never refused).
pub fn cut(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}
