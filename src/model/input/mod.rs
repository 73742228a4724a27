//! Reading numbers the way people type them into a form or a spreadsheet, in English or
//! Dutch. The one number reader: every form and the CSV import use it.

mod decimal;

pub use decimal::parse_decimal;

/// Reads a number as people type it into a form or a spreadsheet cell: `-1,5` (decimal
/// comma), `+2`, `−3` (a typographic minus), surrounding spaces, an apostrophe in front.
/// Refuses NaN, infinities and anything that is not plainly a number (`1.234,5` is
/// ambiguous and refused rather than guessed).
pub fn parse_number(text: &str) -> Option<f64> {
    let s = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}');
    let s = s.strip_prefix('\'').unwrap_or(s).trim();
    let mut t: String = s.replace('\u{2212}', "-");
    let commas = t.matches(',').count();
    if commas > 0 {
        if commas > 1 || t.contains('.') {
            return None; // "1.234,5" or "1,234.5": ambiguous, refuse rather than guess
        }
        t = t.replace(',', ".");
    }
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'))
        || !t.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    parse_decimal(&t).filter(|x| x.is_finite())
}

/// A pasted column of numbers: separated by line breaks, tabs, semicolons or spaces
/// (a spreadsheet column or row, or typed by hand), each read by [`parse_number`], so a
/// decimal comma works. Blanks are skipped. `Err` holds the first piece that is not a
/// number, to quote back to the user.
pub fn parse_column(text: &str) -> Result<Vec<f64>, String> {
    text.split(['\n', '\r', '\t', ';', ' '])
        .filter(|s| !s.trim().is_empty())
        .map(|s| parse_number(s).ok_or_else(|| s.trim().chars().take(40).collect()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{parse_column, parse_number};

    #[test]
    fn a_pasted_column_reads_as_numbers() {
        assert_eq!(parse_column("1\n2,5\r\n−3\n"), Ok(vec![1.0, 2.5, -3.0]));
        assert_eq!(parse_column("4\t5; 6"), Ok(vec![4.0, 5.0, 6.0]));
        assert_eq!(parse_column("  \n\n"), Ok(vec![]));
        assert_eq!(parse_column("1\ntwo\n3"), Err("two".to_string()));
    }

    #[test]
    fn numbers_parse_the_way_people_type_them() {
        assert_eq!(parse_number("1,5"), Some(1.5));
        assert_eq!(parse_number(" −3 "), Some(-3.0));
        assert_eq!(parse_number("10"), Some(10.0));
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("  "), None);
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number("1e400"), None);
    }

    #[test]
    fn numbers_as_spreadsheets_write_them() {
        assert_eq!(parse_number("-1,5"), Some(-1.5));
        assert_eq!(parse_number(" +2 "), Some(2.0));
        assert_eq!(parse_number("\u{2212}3"), Some(-3.0));
        assert_eq!(parse_number("'-4"), Some(-4.0));
        assert_eq!(parse_number("1e1"), Some(10.0));
        for bad in [
            "abc", "NaN", "inf", "1e400", "", "-", "1.234,5", "1,2,3", "0x10",
        ] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
    }
}
