//! One answer cell read as a number: plain numbers, labels that carry a number
//! (`10 - Zeer waarschijnlijk`, `Extremely likely - 10`), and the many ways survey tools
//! write "not answered". Never guesses: a cell that is neither is `Bad`, and "not
//! answered" is never read as zero.

/// What one cell says.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Answer {
    Number(f64),
    /// Blank, `N/A`, `Weet niet`, `-`, …: the question was not answered.
    Missing,
    /// Text that is neither a number nor a recognised "not answered".
    Bad,
}

/// Ways of writing "not answered", compared after trimming and lower-casing (a trailing
/// full stop is ignored too).
const NOT_ANSWERED: &[&str] = &[
    "n/a",
    "na",
    "n.a",
    "#n/a",
    "n.v.t",
    "nvt",
    "n.b",
    "weet niet",
    "weet ik niet",
    "geen mening",
    "geen antwoord",
    "niet van toepassing",
    "niet ingevuld",
    "don't know",
    "don’t know",
    "dont know",
    "do not know",
    "not applicable",
    "no answer",
    "no opinion",
    "prefer not to say",
    "skipped",
    "-",
    "--",
    "—",
    "–",
    "?",
];

/// Reads one cell. `decimal_comma`: `7,5` means seven and a half (the file uses a decimal
/// comma); otherwise a comma makes the cell `Bad`.
pub fn parse_answer(cell: &str, decimal_comma: bool) -> Answer {
    if let Some(n) = small_integer(cell.as_bytes()) {
        return Answer::Number(f64::from(n));
    }
    let cell = trim(cell);
    if cell.is_empty() {
        return Answer::Missing;
    }
    if let Some(v) = plain_number(cell, decimal_comma) {
        return Answer::Number(v);
    }
    if is_not_answered(cell) {
        return Answer::Missing;
    }
    match labelled_number(cell, decimal_comma) {
        Some(v) => Answer::Number(v),
        None => Answer::Bad,
    }
}

/// The hot path: one to three ASCII digits, optionally negative, nothing else.
#[inline]
pub(crate) fn small_integer(b: &[u8]) -> Option<i32> {
    let (neg, digits) = match b {
        [b'-', rest @ ..] => (true, rest),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    let mut n: i32 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        n = n * 10 + i32::from(d - b'0');
    }
    Some(if neg { -n } else { n })
}

fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
}

fn is_not_answered(cell: &str) -> bool {
    if cell.len() > 24 {
        return false;
    }
    let lower = cell.to_lowercase();
    let lower = lower.trim_end_matches('.').trim();
    NOT_ANSWERED.contains(&lower)
}

/// `-3`, `+7`, `7.5`, `.5`, and `7,5` when the file writes a decimal comma. Nothing else:
/// no exponents, no `inf`, no thousands separators.
fn plain_number(s: &str, decimal_comma: bool) -> Option<f64> {
    let b = s.as_bytes();
    let (sign, body) = match b.first()? {
        b'-' => (-1.0, &b[1..]),
        // A real minus sign, as some spreadsheets write it.
        _ if s.starts_with('−') => (-1.0, &b['−'.len_utf8()..]),
        b'+' => (1.0, &b[1..]),
        _ => (1.0, b),
    };
    if body.is_empty() || body.len() > 24 {
        return None;
    }
    let mut seen_digit = false;
    let mut seen_point = false;
    for &c in body {
        match c {
            b'0'..=b'9' => seen_digit = true,
            b'.' if !seen_point => seen_point = true,
            b',' if decimal_comma && !seen_point => seen_point = true,
            _ => return None,
        }
    }
    if !seen_digit {
        return None;
    }
    let text = std::str::from_utf8(body).ok()?;
    let v: f64 = if decimal_comma {
        text.replace(',', ".").parse().ok()?
    } else {
        text.parse().ok()?
    };
    v.is_finite().then_some(sign * v)
}

/// A label holding exactly one number at its start or its end, set off from the words:
/// `10 - Zeer waarschijnlijk`, `0 = Not at all likely`, `9 (promoter)`,
/// `Extremely likely - 10`, `Zeer tevreden: 5`. A label with more than one number
/// (`3 of 5`) is not guessed at.
fn labelled_number(s: &str, decimal_comma: bool) -> Option<f64> {
    const SEPARATORS: &[char] = &['-', '–', '—', '=', ':', '(', ')', '.', ' '];
    let numeric = |c: char| c.is_ascii_digit() || c == '.' || (decimal_comma && c == ',');
    // The number at the start.
    let head_len = s
        .char_indices()
        .find(|&(i, c)| !(numeric(c) || (i == 0 && c == '-')))
        .map_or(s.len(), |(i, _)| i);
    if head_len > 0 && head_len < s.len() {
        let (num, rest) = s.split_at(head_len);
        if rest.starts_with(SEPARATORS)
            && has_words_only(rest)
            && let Some(v) = plain_number(num, decimal_comma)
        {
            return Some(v);
        }
    }
    // The number at the end.
    let tail_start = s
        .char_indices()
        .rev()
        .find(|&(_, c)| !numeric(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    if tail_start > 0 && tail_start < s.len() {
        let (rest, num) = s.split_at(tail_start);
        if rest.ends_with(SEPARATORS)
            && has_words_only(rest)
            && let Some(v) = plain_number(num, decimal_comma)
        {
            return Some(v);
        }
    }
    None
}

/// The rest of a label: some letters and no other digit.
fn has_words_only(rest: &str) -> bool {
    rest.chars().any(char::is_alphabetic) && !rest.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(cell: &str) -> Answer {
        parse_answer(cell, false)
    }

    #[test]
    fn plain_numbers() {
        assert_eq!(n("7"), Answer::Number(7.0));
        assert_eq!(n("-3"), Answer::Number(-3.0));
        assert_eq!(n(" 10 "), Answer::Number(10.0));
        assert_eq!(n("7.5"), Answer::Number(7.5));
        assert_eq!(n("+2"), Answer::Number(2.0));
        assert_eq!(n("−4"), Answer::Number(-4.0));
        assert_eq!(n("1234"), Answer::Number(1234.0));
    }

    #[test]
    fn a_decimal_comma_only_when_the_file_uses_one() {
        assert_eq!(parse_answer("7,5", true), Answer::Number(7.5));
        assert_eq!(parse_answer("7,5", false), Answer::Bad);
        assert_eq!(parse_answer("7.5", true), Answer::Number(7.5));
    }

    #[test]
    fn labels_with_one_number() {
        assert_eq!(n("10 - Zeer waarschijnlijk"), Answer::Number(10.0));
        assert_eq!(n("Extremely likely - 10"), Answer::Number(10.0));
        assert_eq!(n("0 = Not at all likely"), Answer::Number(0.0));
        assert_eq!(n("9 (promoter)"), Answer::Number(9.0));
        assert_eq!(n("Zeer tevreden: 5"), Answer::Number(5.0));
        assert_eq!(n("7 – goed"), Answer::Number(7.0));
    }

    #[test]
    fn labels_that_are_not_guessed() {
        assert_eq!(n("3 of 5"), Answer::Bad);
        assert_eq!(n("abc"), Answer::Bad);
        assert_eq!(n("7a"), Answer::Bad);
        assert_eq!(n("1e3"), Answer::Bad);
        assert_eq!(n("inf"), Answer::Bad);
        assert_eq!(n("NaN"), Answer::Bad);
        assert_eq!(n("50%"), Answer::Bad);
        assert_eq!(n("10-"), Answer::Bad);
    }

    #[test]
    fn not_answered_is_never_zero() {
        for cell in [
            "",
            "  ",
            "N/A",
            "n.v.t.",
            "NA",
            "Weet niet",
            "Don't know",
            "-",
            "—",
            "geen mening",
        ] {
            assert_eq!(n(cell), Answer::Missing, "{cell:?}");
        }
    }

    #[test]
    fn the_fast_path_agrees_with_the_slow_one() {
        for i in -999..=999 {
            let s = i.to_string();
            assert_eq!(n(&s), Answer::Number(f64::from(i)));
            assert_eq!(plain_number(&s, false), Some(f64::from(i)));
        }
    }
}
