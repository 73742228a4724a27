//! What is wrong with a journey file (JSON), and where.

use super::{Lang, bank_error, memory_error, n, say, scale_error, size};
use crate::i18n::number::count;
use crate::i18n::{Noun, counted, quoted};
use crate::io::json::{ErrorKind, Expected, FormatError};

pub(super) fn expected(l: Lang, e: Expected) -> &'static str {
    match (l, e) {
        (Lang::En, Expected::Object) => "an object { … }",
        (Lang::Nl, Expected::Object) => "een object { … }",
        (Lang::En, Expected::List) => "a list [ … ]",
        (Lang::Nl, Expected::List) => "een lijst [ … ]",
        (Lang::En, Expected::Text) => "text",
        (Lang::Nl, Expected::Text) => "tekst",
        (Lang::En, Expected::Number) => "a number",
        (Lang::Nl, Expected::Number) => "een getal",
        (Lang::En, Expected::WholeNumber) => "a whole number",
        (Lang::Nl, Expected::WholeNumber) => "een geheel getal",
        (Lang::En, Expected::TrueOrFalse) => "true or false",
        (Lang::Nl, Expected::TrueOrFalse) => "true of false",
    }
}

pub fn error_kind(l: Lang, e: &ErrorKind) -> String {
    match e {
        ErrorKind::MoreVotesThanParticipants {
            votes,
            participants,
        } => say(
            l,
            format!(
                "the file holds {} for only {}",
                counted(l, *votes, Noun::Vote),
                counted(l, *participants, Noun::Participant)
            ),
            format!(
                "het bestand bevat {} voor slechts {}",
                counted(l, *votes, Noun::Vote),
                counted(l, *participants, Noun::Participant)
            ),
        ),
        ErrorKind::TooLarge { max_bytes } => say(
            l,
            format!("the file is larger than {}", size(l, *max_bytes)),
            format!("het bestand is groter dan {}", size(l, *max_bytes)),
        ),
        ErrorKind::Syntax { line, column } => say(
            l,
            format!("the file is damaged or not JSON (line {line}, column {column})"),
            format!("het bestand is beschadigd of geen JSON (regel {line}, kolom {column})"),
        ),
        ErrorKind::NotPeakend => say(
            l,
            "this is not a Peakend file".into(),
            "dit is geen Peakend-bestand".into(),
        ),
        ErrorKind::IsLibrary => say(
            l,
            "this file holds several journeys, not one".into(),
            "dit bestand bevat meerdere klantreizen, niet één".into(),
        ),
        ErrorKind::UnknownFormat { found } => say(
            l,
            format!("this file has an unknown format {}", quoted(l, found)),
            format!(
                "dit bestand heeft een onbekend formaat {}",
                quoted(l, found)
            ),
        ),
        ErrorKind::NewerVersion { found, supported } => say(
            l,
            format!(
                "this file is from a newer version of Peakend (file format {found}; this version reads up to {supported}). Update Peakend to open it."
            ),
            format!(
                "dit bestand komt uit een nieuwere versie van Peakend (bestandsformaat {found}; deze versie leest tot en met {supported}). Werk Peakend bij om het te openen."
            ),
        ),
        ErrorKind::BadVersion => say(
            l,
            "the version number of the file is not valid".into(),
            "het versienummer van het bestand klopt niet".into(),
        ),
        ErrorKind::Missing => say(
            l,
            "a required field is missing".into(),
            "een verplicht veld ontbreekt".into(),
        ),
        ErrorKind::WrongType { expected: x } => say(
            l,
            format!("expected {}", expected(l, *x)),
            format!("hier hoort {}", expected(l, *x)),
        ),
        ErrorKind::OutsideScale { value, min, max } => say(
            l,
            format!(
                "the rating {} lies outside the scale {} to {}",
                n(l, *value),
                n(l, *min),
                n(l, *max)
            ),
            format!(
                "de score {} ligt buiten de schaal {} tot {}",
                n(l, *value),
                n(l, *min),
                n(l, *max)
            ),
        ),
        ErrorKind::BadDuration { max } => say(
            l,
            format!("a duration must be a number from 0 to {}", n(l, *max)),
            format!("een duur moet een getal van 0 tot {} zijn", n(l, *max)),
        ),
        ErrorKind::BadId { max } => say(
            l,
            format!(
                "an id must be a whole number from 0 to {}",
                count(l, *max as usize)
            ),
            format!(
                "een id moet een geheel getal van 0 tot {} zijn",
                count(l, *max as usize)
            ),
        ),
        ErrorKind::TooLong { max_chars } => say(
            l,
            format!(
                "the text is longer than {}",
                counted(l, *max_chars, Noun::Character)
            ),
            format!(
                "de tekst is langer dan {}",
                counted(l, *max_chars, Noun::Character)
            ),
        ),
        ErrorKind::TooMany { max } => say(
            l,
            format!("the list holds more than {}", counted(l, *max, Noun::Item)),
            format!("de lijst bevat meer dan {}", counted(l, *max, Noun::Item)),
        ),
        ErrorKind::Scale(s) => say(
            l,
            format!("the scale is not valid: {}", scale_error(l, s)),
            format!("de schaal klopt niet: {}", scale_error(l, s)),
        ),
        ErrorKind::Memory(m) => say(
            l,
            format!("the memory model is not valid: {}", memory_error(l, m)),
            format!("het herinneringsmodel klopt niet: {}", memory_error(l, m)),
        ),
        ErrorKind::DuplicateId { id } => say(
            l,
            format!("the id {id} is used twice"),
            format!("het id {id} komt twee keer voor"),
        ),
        ErrorKind::UnknownPhase { id } => say(
            l,
            format!("there is no phase with id {id}"),
            format!("er is geen fase met id {id}"),
        ),
        ErrorKind::UnknownTouchpoint { id } => say(
            l,
            format!("there is no touchpoint with id {id}"),
            format!("er is geen contactmoment met id {id}"),
        ),
        ErrorKind::UnknownPromiseState { found } => say(
            l,
            format!(
                "{} is not a promise state (kept, broken or open)",
                quoted(l, found)
            ),
            format!(
                "{} is geen stand van een belofte (kept, broken of open)",
                quoted(l, found)
            ),
        ),
        ErrorKind::BadDate { found } => say(
            l,
            format!(
                "{} is not a date (write YYYY-MM-DD, like 2026-12-04)",
                quoted(l, found)
            ),
            format!(
                "{} is geen datum (schrijf JJJJ-MM-DD, zoals 2026-12-04)",
                quoted(l, found)
            ),
        ),
        ErrorKind::NotAFriday => say(
            l,
            "a plan starts on a Friday, the day the first moment is picked".into(),
            "een plan begint op een vrijdag, de dag waarop het eerste moment gekozen wordt".into(),
        ),
        ErrorKind::UnknownTeller { found } => say(
            l,
            format!(
                "{} is not a teller (employee or customer)",
                quoted(l, found)
            ),
            format!(
                "{} is geen verteller (medewerker of klant)",
                quoted(l, found)
            ),
        ),
        ErrorKind::UnknownDecision { found } => say(
            l,
            format!(
                "{} is not a decision (norm, adapt or drop)",
                quoted(l, found)
            ),
            format!("{} is geen besluit (norm, adapt of drop)", quoted(l, found)),
        ),
        ErrorKind::CausedBySelf => say(
            l,
            "a contact cannot be caused by itself".into(),
            "een contact kan niet door zichzelf veroorzaakt zijn".into(),
        ),
        ErrorKind::CauseWithoutFailureDemand => say(
            l,
            "only a failure demand contact can have a cause".into(),
            "alleen een contact uit faalvraag kan een oorzaak hebben".into(),
        ),
        ErrorKind::Bank(b) => say(
            l,
            format!(
                "the emotional bank account settings are not valid: {}",
                bank_error(l, b)
            ),
            format!(
                "de instellingen van de emotionele bankrekening kloppen niet: {}",
                bank_error(l, b)
            ),
        ),
        ErrorKind::UnknownQuestion { found } => say(
            l,
            format!(
                "{} is not a question of the interview (before, beyond, change, feelings or offer)",
                quoted(l, found)
            ),
            format!(
                "{} is geen vraag van het interview (before, beyond, change, feelings of offer)",
                quoted(l, found)
            ),
        ),
        ErrorKind::RepeatedQuestion { key } => say(
            l,
            format!("the question {} is answered twice", quoted(l, key)),
            format!("de vraag {} is twee keer beantwoord", quoted(l, key)),
        ),
        ErrorKind::PhaseOrder => say(
            l,
            "the touchpoints are not listed phase by phase".into(),
            "de contactmomenten staan niet per fase op volgorde".into(),
        ),
    }
}

/// A journey-file problem with where it is: "the rating 9 lies outside … (touchpoint 3 ‘Bill’)".
pub fn format_error(l: Lang, e: &FormatError) -> String {
    let mut s = error_kind(l, &e.kind);
    if let Some(t) = &e.touchpoint {
        let which = match &t.name {
            Some(name) => format!("{} {}", t.index + 1, quoted(l, name)),
            None => (t.index + 1).to_string(),
        };
        s.push_str(&say(
            l,
            format!(" (touchpoint {which}, field {})", e.path),
            format!(" (contactmoment {which}, veld {})", e.path),
        ));
    } else if !e.path.is_empty() {
        s.push_str(&say(
            l,
            format!(" (field {})", e.path),
            format!(" (veld {})", e.path),
        ));
    }
    s
}
