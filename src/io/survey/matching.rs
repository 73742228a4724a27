//! Survey touchpoint names matched to the open journey's touchpoints by name.

use super::names::fold_accent;

/// For each survey touchpoint, the journey touchpoint of the same name, if any.
///
/// Case, accents, whitespace, punctuation and survey prefixes (`Q3_`, `Q3.`, `3.`) are
/// ignored; each journey touchpoint is used at most once (the first unused one wins).
pub fn match_touchpoints(survey: &[String], journey: &[String]) -> Vec<Option<usize>> {
    let keys: Vec<String> = journey.iter().map(|n| key(n)).collect();
    let mut used = vec![false; journey.len()];
    survey
        .iter()
        .map(|name| {
            let k = key(name);
            if k.is_empty() {
                return None;
            }
            let found = (0..keys.len()).find(|&j| !used[j] && keys[j] == k)?;
            used[found] = true;
            Some(found)
        })
        .collect()
}

/// Letters and digits only, lower case, accents folded, without a survey prefix.
fn key(name: &str) -> String {
    let compact = |s: &str| -> String {
        s.chars()
            .flat_map(char::to_lowercase)
            .map(fold_accent)
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    let rest = without_prefix(name);
    let k = compact(rest);
    if k.is_empty() { compact(name) } else { k }
}

/// `Q3_Levering`, `Q3. Levering`, `3) Levering` → `Levering`.
fn without_prefix(name: &str) -> &str {
    let t = name.trim_start();
    let b = t.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'Q' | b'q')));
    let digits = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i == digits || i >= b.len() {
        return t;
    }
    if matches!(b[i], b'_' | b'.' | b':' | b'-' | b')' | b' ') {
        &t[i + 1..]
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn names_match_despite_case_accents_and_prefixes() {
        let journey = s(&["Website", "Offerte ontvangen", "Café bezoek", "Levering"]);
        let survey = s(&[
            "Q1_website",
            "Q2. OFFERTE-ontvangen",
            "cafe  bezoek",
            "Factuur",
        ]);
        assert_eq!(
            match_touchpoints(&survey, &journey),
            vec![Some(0), Some(1), Some(2), None]
        );
    }

    #[test]
    fn each_journey_touchpoint_is_used_once() {
        let journey = s(&["Bellen", "Wachten", "Bellen"]);
        let survey = s(&["bellen", "Bellen", "bellen", "3D printing"]);
        assert_eq!(
            match_touchpoints(&survey, &journey),
            vec![Some(0), Some(2), None, None]
        );
    }

    #[test]
    fn a_bare_question_number_is_kept_as_the_name() {
        assert_eq!(key("Q3"), "q3");
        assert_eq!(key("3D printing"), "3dprinting");
        assert_eq!(key("Quote"), "quote");
    }
}
