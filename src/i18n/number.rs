//! Numbers in sentences the way each language groups digits: "10,000" in English,
//! "10.000" in Dutch.
//!
//! Dutch leaves a four-digit number whole ("1000 punten"), as the Taalunie advises
//! (taaladvies.net, "Punt of spatie in getallen"); English groups from four digits
//! ("1,000 points"). These are for reading only: a value put into an input field uses
//! [`Lang::number`], which never groups, so that it reads back as the same number.
//!
//! Pure Rust.

use super::Lang;

/// A count or a limit in a sentence: "10,000" / "10.000", "999", "1,000" / "1000".
pub fn count(lang: Lang, n: usize) -> String {
    group(lang, &n.to_string())
}

/// A decimal number in a sentence: [`Lang::number`] with the whole part grouped,
/// "−1,234.5" / "−1234,5", "1,000,000,000" / "1.000.000.000".
pub fn decimal(lang: Lang, v: f64, decimals: usize) -> String {
    let plain = lang.number(v, decimals);
    let (sign, rest) = match plain.strip_prefix('−') {
        Some(rest) => ("−", rest),
        None => ("", plain.as_str()),
    };
    let point = match lang {
        Lang::En => '.',
        Lang::Nl => ',',
    };
    let (whole, fraction) = match rest.split_once(point) {
        Some((w, f)) => (w, Some(f)),
        None => (rest, None),
    };
    let mut out = format!("{sign}{}", group(lang, whole));
    if let Some(f) = fraction {
        out.push(point);
        out.push_str(f);
    }
    out
}

/// Puts the language's separator between groups of three digits of `digits` (ASCII
/// digits only; anything else is returned unchanged).
fn group(lang: Lang, digits: &str) -> String {
    let (separator, from) = match lang {
        Lang::En => (',', 4),
        Lang::Nl => ('.', 5),
    };
    if digits.len() < from || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return digits.to_string();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_group_digits_the_local_way() {
        assert_eq!(count(Lang::En, 0), "0");
        assert_eq!(count(Lang::En, 999), "999");
        assert_eq!(count(Lang::En, 1000), "1,000");
        assert_eq!(count(Lang::Nl, 1000), "1000");
        assert_eq!(count(Lang::En, 10_000), "10,000");
        assert_eq!(count(Lang::Nl, 10_000), "10.000");
        assert_eq!(count(Lang::Nl, 123_456), "123.456");
        assert_eq!(count(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(count(Lang::Nl, 20_971_520), "20.971.520");
    }

    #[test]
    fn decimals_group_only_the_whole_part() {
        assert_eq!(decimal(Lang::En, 1e9, 2), "1,000,000,000");
        assert_eq!(decimal(Lang::Nl, 1e9, 2), "1.000.000.000");
        assert_eq!(decimal(Lang::En, -12_345.25, 2), "−12,345.25");
        assert_eq!(decimal(Lang::Nl, -12_345.25, 2), "−12.345,25");
        assert_eq!(decimal(Lang::Nl, 1234.5, 1), "1234,5");
        assert_eq!(decimal(Lang::En, -0.5, 2), "−0.5");
        assert_eq!(decimal(Lang::Nl, 5.0, 2), "5");
    }
}
