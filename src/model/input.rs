//! Reading numbers the way people type them into a form, in English or Dutch.

/// A typed number: accepts a decimal comma, the real minus sign (−) and surrounding
/// spaces; empty text, words and non-finite values are `None`.
pub fn parse_number(text: &str) -> Option<f64> {
    let t = text.trim().replace(',', ".").replace('−', "-");
    if t.is_empty() {
        return None;
    }
    t.parse::<f64>().ok().filter(|v| v.is_finite())
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
}
