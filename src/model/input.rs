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

#[cfg(test)]
mod tests {
    use super::parse_number;

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
