//! What a column's name (or its question text) says it is: the overall rating, the
//! recommend question, a segment, the respondent, or tool metadata. English and Dutch,
//! as Qualtrics, SurveyMonkey, Google Forms and hand-made spreadsheets name them.

/// Lower case, every run of non-alphanumerics one space, padded with a space each side so
/// phrases match on word boundaries: `" q3 levering "`.
pub(crate) fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(' ');
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = fold_accent(c);
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// The letter without its accent, for the accents Dutch, French, German and Spanish use.
pub(crate) fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ý' | 'ÿ' => 'y',
        _ => c,
    }
}

fn has_phrase(norm: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| {
        norm.match_indices(p).any(|(i, _)| {
            let before = norm[..i].ends_with(' ');
            let after = norm[i + p.len()..].starts_with(' ');
            before && after
        })
    })
}

/// The name without spaces: `"start date"` and `"StartDate"` both read `startdate`.
fn compact(norm: &str) -> String {
    norm.chars().filter(|c| *c != ' ').collect()
}

/// "How do you look back on the whole experience?"
pub(crate) fn is_overall(text: &str) -> bool {
    has_phrase(
        &normalize(text),
        &[
            "overall",
            "algemeen",
            "algehele",
            "totaal",
            "totaaloordeel",
            "eindoordeel",
            "whole experience",
            "entire experience",
            "terugkijken",
            "terugkijkt",
            "kijk je terug",
            "kijkt u terug",
            "look back",
        ],
    )
}

/// "How likely are you to recommend us?" (not the promoter/detractor group Qualtrics adds).
pub(crate) fn is_nps(text: &str) -> bool {
    let norm = normalize(text);
    has_phrase(
        &norm,
        &[
            "recommend",
            "aanbevelen",
            "aanraden",
            "nps",
            "net promoter",
            "likely to recommend",
        ],
    ) && !is_nps_group(&norm)
}

/// Qualtrics' `Q_NPS_NPS_GROUP`: promoter/passive/detractor as 1–3, not an answer.
pub(crate) fn is_nps_group(norm: &str) -> bool {
    has_phrase(norm, &["group", "groep", "category", "categorie"])
}

/// Identifies a respondent: `ResponseId`, `Respondent ID`, `respondent`, `id`.
pub(crate) fn is_respondent(name: &str) -> bool {
    let c = compact(&normalize(name));
    matches!(
        c.as_str(),
        "id" | "respondent"
            | "respondentid"
            | "respondentnr"
            | "respondentnummer"
            | "responseid"
            | "response"
            | "userid"
            | "customerid"
            | "klantid"
            | "klantnummer"
            | "klant"
            | "customer"
            | "nr"
            | "no"
            | "nummer"
            | "number"
            | "record"
            | "deelnemer"
            | "deelnemerid"
            | "participant"
            | "participantid"
    )
}

/// Tool metadata and personal data: never a rating, never a segment.
pub(crate) fn is_metadata(name: &str) -> bool {
    let c = compact(&normalize(name));
    matches!(
        c.as_str(),
        "startdate"
            | "enddate"
            | "status"
            | "ipaddress"
            | "ip"
            | "progress"
            | "duration"
            | "durationinseconds"
            | "finished"
            | "recordeddate"
            | "recipientlastname"
            | "recipientfirstname"
            | "recipientemail"
            | "externalreference"
            | "externaldatareference"
            | "locationlatitude"
            | "locationlongitude"
            | "distributionchannel"
            | "userlanguage"
            | "collectorid"
            | "emailaddress"
            | "email"
            | "emailadres"
            | "mail"
            | "firstname"
            | "lastname"
            | "name"
            | "naam"
            | "voornaam"
            | "achternaam"
            | "timestamp"
            | "tijdstempel"
            | "tijdstip"
            | "date"
            | "datum"
            | "time"
            | "tijd"
            | "starttime"
            | "endtime"
            | "completiontime"
            | "lastmodifiedtime"
            | "begintijd"
            | "eindtijd"
            | "tijdvanvoltooien"
            | "tijdvanvoltooiing"
    ) || c.starts_with("customdata")
}

/// The first column of a Google Forms export.
pub(crate) fn is_timestamp(name: &str) -> bool {
    let c = compact(&normalize(name));
    matches!(c.as_str(), "timestamp" | "tijdstempel" | "tijdstip")
}

/// A grouping by name: region, channel, product, wave. `loose`: the column holds text,
/// so the word may sit inside a longer name ("Sales region").
pub(crate) fn is_segment(name: &str, loose: bool) -> bool {
    const WORDS: &[&str] = &[
        "region",
        "regio",
        "channel",
        "kanaal",
        "product",
        "wave",
        "meting",
        "golf",
        "segment",
        "persona",
        "country",
        "land",
        "store",
        "winkel",
        "branch",
        "vestiging",
        "team",
        "type",
        "group",
        "groep",
        "gender",
        "geslacht",
        "leeftijdsgroep",
        "agegroup",
        "klanttype",
        "customertype",
        "market",
        "markt",
        "year",
        "jaar",
        "quarter",
        "kwartaal",
    ];
    let norm = normalize(name);
    let c = compact(&norm);
    let bare = c.trim_end_matches(|ch: char| ch.is_ascii_digit());
    WORDS.contains(&bare) || (loose && has_phrase(&norm, WORDS))
}

/// A long file's item column by name.
pub(crate) fn is_item(name: &str) -> bool {
    let c = compact(&normalize(name));
    matches!(
        c.as_str(),
        "item"
            | "question"
            | "vraag"
            | "touchpoint"
            | "contactmoment"
            | "step"
            | "stap"
            | "moment"
            | "variable"
            | "variabele"
            | "questionid"
            | "attribute"
    )
}

/// A long file's answer column by name.
pub(crate) fn is_answer(name: &str) -> bool {
    let c = compact(&normalize(name));
    matches!(
        c.as_str(),
        "answer" | "antwoord" | "rating" | "score" | "value" | "waarde" | "cijfer" | "response"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_whole_words() {
        assert!(is_overall("Q14 - Overall satisfaction"));
        assert!(is_overall("Hoe kijk je terug op de hele ervaring?"));
        assert!(is_overall("In het algemeen"));
        assert!(!is_overall("Totaalprijs offerte"));
        assert!(is_nps("Q_NPS"));
        assert!(is_nps(
            "Hoe waarschijnlijk is het dat je ons aanbeveelt? (aanbevelen)"
        ));
        assert!(is_nps("How likely are you to recommend us to a friend?"));
        assert!(!is_nps("Q_NPS_NPS_GROUP"));
        assert!(!is_nps("snps"));
    }

    #[test]
    fn metadata_respondents_and_segments() {
        assert!(is_metadata("StartDate"));
        assert!(is_metadata("Duration (in seconds)"));
        assert!(is_metadata("E-mailadres"));
        assert!(is_metadata("Completion time"));
        assert!(!is_metadata("Wachttijd"));
        assert!(is_respondent("ResponseId"));
        assert!(is_respondent("Respondent ID"));
        assert!(is_segment("Regio", false));
        assert!(is_segment("wave2", false));
        assert!(is_segment("Sales region", true));
        assert!(!is_segment("Sales region", false));
        assert!(!is_segment("Productkwaliteit", true));
    }

    #[test]
    fn accents_do_not_matter() {
        assert_eq!(normalize("Café  Ërvaring!"), " cafe ervaring ");
    }
}
