//! The words of the guided interview of seed 001 (table `Q`): the five questions with a
//! hint each, and the panel's controls, in English and Dutch. The Dutch follows the
//! seed's own wording ("Vraag uw klant hoe de situatie vooraf was…"), in the je-form.

use super::Lang;
use super::number::count;
use crate::model::{MAX_INTERVIEWS, ModelError, Question};

strings! {
    enum Q;
    Title => "Interviews", "Interviews";
    ToStories => "Add the answers as stories", "Antwoorden toevoegen als verhalen";
    One => "Interview", "Interview";
    Intro => "Ask a customer the five questions of expectation management, one at a time. The answers stay with this journey, linked to the touchpoints they speak about.",
        "Stel een klant de vijf vragen van verwachtingsmanagement, één voor één. De antwoorden blijven bij deze klantreis, gekoppeld aan de contactmomenten waar ze over gaan.";
    None => "No interviews yet.", "Nog geen interviews.";
    Add => "Add interview", "Interview toevoegen";
    Done => "Interviews done", "Gehouden interviews";
    Who => "Who (name or role)", "Wie (naam of rol)";
    WhoPlaceholder => "e.g. Nicoline, customer for 15 years", "bijv. Nicoline, 15 jaar klant";
    Date => "Date", "Datum";
    Delete => "Delete", "Verwijderen";
    Open => "Open", "Openen";
    Next => "Next", "Volgende";
    Back => "Back", "Vorige";
    Answer => "Answer", "Antwoord";
    AboutTouchpoints => "Touchpoints this answer is about", "Contactmomenten waar dit antwoord over gaat";
    NoTouchpoints => "This journey has no touchpoints yet.", "Deze klantreis heeft nog geen contactmomenten.";
    Feelings => "Feeling words, separated by commas", "Gevoelswoorden, gescheiden door komma’s";
    FeelingsPlaceholder => "e.g. warm, seen, let down", "bijv. warm, gezien, in de steek gelaten";
    KeysHint => "Ctrl+Enter goes to the next question.", "Ctrl+Enter gaat naar de volgende vraag.";
    Steps => "Questions", "Vragen";
    BadDate => "The date must be a real day, written YYYY-MM-DD.", "De datum moet een echte dag zijn, geschreven als JJJJ-MM-DD.";
    BeforeShort => "Before", "Vooraf";
    BeyondShort => "Beyond expected", "Meer dan verwacht";
    ChangeShort => "What changed", "Wat veranderde";
    FeelingsShort => "Feelings", "Gevoel";
    OfferShort => "Use it", "Gebruiken";
    BeforeAsk => "How was it before, when you had not yet come to us?",
        "Hoe was het vooraf, toen je nog niet bij ons was geweest?";
    BeforeHint => "The situation before they used your service: what was going on, what was hard.",
        "Hoe het ging voordat ze van je dienstenaanbod gebruikmaakten: wat speelde er, wat was lastig?";
    BeyondAsk => "What did you get from us beyond what you expected? And what else could we offer you?",
        "Wat heb je van ons gekregen dat je niet had verwacht? En wat zouden we je nog meer kunnen aanbieden?";
    BeyondHint => "Did you exceed yourself? Ask too what else you could offer that they might also have bought.",
        "Heb je jezelf overtroffen? Vraag ook wat je nog meer zou kunnen aanbieden dat ze misschien ook hadden gekocht.";
    ChangeAsk => "What did working with us bring you? What changed, what did you do because of it?",
        "Wat heeft werken met ons je gebracht? Wat is er veranderd, welke acties heb je daardoor genomen?";
    ChangeHint => "The big change or changes, and the actions they took because of your service.",
        "De grote verandering(en), en de acties die ze door je dienst hebben genomen.";
    FeelingsAsk => "Which feelings and emotions do you hear in these answers?",
        "Welke gevoelens en emoties hoor je in deze antwoorden?";
    FeelingsHint => "Note the feelings and emotions they describe: take them with you when you design what you offer.",
        "Noteer de gevoelens en emoties die ze beschrijven: neem ze mee in het ontwerpen van je dienstenaanbod.";
    OfferAsk => "What from these answers will you use in your offer, your marketing, website or LinkedIn?",
        "Wat gebruik je van deze antwoorden in je aanbod, je reclamemateriaal, website of LinkedIn?";
    OfferHint => "Let other customers meet the experiences of this customer (ask first if you may quote them).",
        "Laat andere klanten kennismaken met de ervaringen van deze klant (vraag eerst of je ze mag citeren).";
}

/// A question's short name (the step buttons), the question itself and its hint.
pub fn question(q: Question) -> (Q, Q, Q) {
    match q {
        Question::Before => (Q::BeforeShort, Q::BeforeAsk, Q::BeforeHint),
        Question::Beyond => (Q::BeyondShort, Q::BeyondAsk, Q::BeyondHint),
        Question::Change => (Q::ChangeShort, Q::ChangeAsk, Q::ChangeHint),
        Question::Feelings => (Q::FeelingsShort, Q::FeelingsAsk, Q::FeelingsHint),
        Question::Offer => (Q::OfferShort, Q::OfferAsk, Q::OfferHint),
    }
}

/// "Question 2 of 5".
pub fn question_number(l: Lang, q: Question) -> String {
    let (k, n) = (q.index() + 1, Question::ALL.len());
    match l {
        Lang::En => format!("Question {k} of {n}"),
        Lang::Nl => format!("Vraag {k} van {n}"),
    }
}

/// The name an interview goes by: who was interviewed, else "Interview 3".
/// After "Add the answers as stories": how many were added, and what is left to do.
pub fn stories_added(l: Lang, n: usize) -> String {
    match (l, n) {
        (Lang::En, 0) => "Nothing new: these answers are already stories.".into(),
        (Lang::Nl, 0) => "Niets nieuws: deze antwoorden zijn al verhalen.".into(),
        (Lang::En, 1) => "1 story added, as neutral: set how it felt under Stories.".into(),
        (Lang::Nl, 1) => {
            "1 verhaal toegevoegd, als neutraal: geef bij Verhalen aan hoe het voelde.".into()
        }
        (Lang::En, n) => {
            format!("{n} stories added, as neutral: set how each felt under Stories.")
        }
        (Lang::Nl, n) => {
            format!("{n} verhalen toegevoegd, als neutraal: geef bij Verhalen aan hoe elk voelde.")
        }
    }
}

pub fn interview_name(l: Lang, who: &str, position: usize) -> String {
    match who.trim() {
        "" => format!("{} {position}", Q::One.get(l)),
        w => w.to_string(),
    }
}

/// "3 of 5 answered".
pub fn answered(l: Lang, k: usize) -> String {
    let n = Question::ALL.len();
    match l {
        Lang::En => format!("{k} of {n} answered"),
        Lang::Nl => format!("{k} van {n} beantwoord"),
    }
}

/// The question before deleting an interview.
pub fn delete_confirm(l: Lang, name: &str) -> String {
    match l {
        Lang::En => format!(
            "Delete the interview with {name}? Its answers go with it (Undo brings them back)."
        ),
        Lang::Nl => format!(
            "Het interview met {name} verwijderen? De antwoorden gaan mee (Ongedaan maken haalt ze terug)."
        ),
    }
}

/// Why an interview change was refused, in the user's language.
pub fn interview_error(l: Lang, e: &ModelError) -> String {
    match (l, e) {
        (_, ModelError::BadDate(_)) => Q::BadDate.get(l).to_string(),
        (Lang::En, ModelError::TooManyInterviews) => format!(
            "A journey keeps at most {} interviews.",
            count(l, MAX_INTERVIEWS)
        ),
        (Lang::Nl, ModelError::TooManyInterviews) => format!(
            "Een klantreis bewaart hoogstens {} interviews.",
            count(l, MAX_INTERVIEWS)
        ),
        (Lang::En, ModelError::NoSuchInterview(_)) => "This interview no longer exists.".into(),
        (Lang::Nl, ModelError::NoSuchInterview(_)) => "Dit interview bestaat niet meer.".into(),
        (Lang::En, ModelError::NoSuchTouchpoint(_)) => "This touchpoint no longer exists.".into(),
        (Lang::Nl, ModelError::NoSuchTouchpoint(_)) => {
            "Dit contactmoment bestaat niet meer.".into()
        }
        (Lang::En, e) => e.to_string(),
        (Lang::Nl, _) => "Deze wijziging kon niet worden doorgevoerd.".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_has_its_words_in_both_languages() {
        for q in Question::ALL {
            let (short, ask, hint) = question(q);
            for l in Lang::ALL {
                assert!(!short.get(l).is_empty());
                assert!(ask.get(l).ends_with('?'), "{}", ask.get(l));
                assert!(hint.get(l).len() > 20);
            }
        }
        assert_eq!(
            question(Question::Before).1.get(Lang::Nl),
            "Hoe was het vooraf, toen je nog niet bij ons was geweest?"
        );
        assert_eq!(question_number(Lang::Nl, Question::Change), "Vraag 3 van 5");
    }

    #[test]
    fn names_counts_and_errors_read_naturally() {
        assert_eq!(interview_name(Lang::En, "  ", 3), "Interview 3");
        assert_eq!(interview_name(Lang::Nl, "", 1), "Interview 1");
        assert_eq!(interview_name(Lang::Nl, "Ronald", 1), "Ronald");
        assert_eq!(answered(Lang::Nl, 2), "2 van 5 beantwoord");
        assert_eq!(
            interview_error(Lang::Nl, &ModelError::TooManyInterviews),
            "Een klantreis bewaart hoogstens 1000 interviews."
        );
        assert_eq!(
            interview_error(Lang::En, &ModelError::BadDate("2026-02-30".into())),
            "The date must be a real day, written YYYY-MM-DD."
        );
    }
}
