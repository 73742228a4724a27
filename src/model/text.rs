//! Limits on the text a journey holds, and the one place text is made fit to keep: every
//! importer (CSV, JSON, Mermaid, the share link) and every typed change (`apply`) passes
//! names, notes and titles through [`clean`].
//!
//! Control characters have no place in that text: a stray U+000E from a damaged file
//! would be kept, exported raw, and make our own export unreadable ("not text"). Tab and
//! line feed stay (notes hold paragraphs); a carriage return (CR LF or a lone CR) becomes
//! a line feed; every other control character (C0, DEL, C1) is dropped.

/// Longest name, title or channel text we keep (longer input is cut, never refused).
pub const MAX_NAME_CHARS: usize = 200;
/// Longest note we keep.
pub const MAX_NOTES_CHARS: usize = 5_000;

/// Whether `c` may stay in a journey's text.
pub fn is_kept_char(c: char) -> bool {
    !c.is_control() || c == '\t' || c == '\n'
}

/// `s` with control characters dropped (see the module notes), cut to its first `max`
/// characters; the flag tells whether anything was cut (dropped characters do not count).
pub fn clean_counted(s: &str, max: usize) -> (String, bool) {
    let mut out = String::with_capacity(s.len().min(max.saturating_mul(4)));
    let mut kept = 0usize;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let c = match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    continue; // the line feed that follows stands for both
                }
                '\n'
            }
            c if !is_kept_char(c) => continue,
            c => c,
        };
        if kept == max {
            return (out, true);
        }
        out.push(c);
        kept += 1;
    }
    (out, false)
}

/// `s` as the model keeps it: control characters dropped, cut to `max` characters
/// (longer input is cut, never refused).
pub fn clean(s: &str, max: usize) -> String {
    clean_counted(s, max).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_dropped_and_line_ends_kept() {
        assert_eq!(
            clean("A\u{e}B\u{0}C\u{7f}D\u{85}E\u{1b}[1m", 99),
            "ABCDE[1m"
        );
        assert_eq!(clean("one\ttwo\nthree", 99), "one\ttwo\nthree");
        assert_eq!(clean("a\r\nb\rc", 99), "a\nb\nc");
        assert_eq!(clean("Café “x” €", 99), "Café “x” €");
    }

    #[test]
    fn cutting_counts_kept_characters_only() {
        assert_eq!(clean_counted("héllo", 5), ("héllo".to_string(), false));
        assert_eq!(clean_counted("héllo!", 5), ("héllo".to_string(), true));
        assert_eq!(
            clean_counted("\u{1}\u{2}abc", 3),
            ("abc".to_string(), false)
        );
        assert_eq!(clean("", 0), "");
        assert_eq!(clean_counted("a", 0), (String::new(), true));
    }
}
