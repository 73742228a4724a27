//! Words that recur across stories, counted per valence: suggestions for themes.
//!
//! Each story is read in its own language: Dutch or English, whichever of the two lists of
//! common function words ("stop words") it hits more often (English on a tie). The stop
//! words of that language are left out, as are words of fewer than three letters and
//! numbers. A word counts once per story (the number of stories that use it, not how
//! often); a word recurs when at least two stories use it.

use crate::model::Story;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// The most suggestions returned.
pub const MAX_WORDS: usize = 30;
/// Stories a word must appear in to recur.
pub const MIN_STORIES: usize = 2;

/// Common Dutch function words, pronouns and auxiliaries (our own list, built from the
/// seeds' prose): they say nothing about what a story is about.
const STOP_NL: &[&str] = &[
    "t", "er", "om", "op", "te", "ik", "ze", "zo", "na", "nu", "u", "aan", "achter", "al", "alle",
    "alles", "als", "altijd", "ben", "bij", "binnen", "daar", "daarna", "dan", "dat", "de", "deze",
    "die", "dit", "door", "doen", "deed", "een", "en", "er", "even", "geen", "had", "hadden",
    "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "ik",
    "in", "is", "ja", "je", "jij", "jou", "jouw", "jullie", "kan", "kon", "konden", "kunnen",
    "laat", "maar", "me", "mee", "meer", "men", "met", "mij", "mijn", "moet", "moeten", "na",
    "naar", "nee", "niet", "niets", "nog", "nu", "of", "om", "omdat", "onder", "ons", "onze",
    "ook", "op", "over", "te", "tegen", "toch", "toen", "tot", "u", "uit", "uw", "van", "veel",
    "voor", "waar", "want", "was", "waren", "wat", "we", "wel", "werd", "werden", "wie", "wij",
    "wil", "wilde", "word", "wordt", "worden", "zal", "ze", "zei", "zelf", "zich", "zij", "zijn",
    "zo", "zou", "zouden", "zonder", "zeer", "erg", "echt", "gewoon", "keer", "dus", "hadden",
    "haar", "hen", "mag", "moest", "gaan", "gaat", "ging", "gingen", "komen", "komt", "kwam",
    "kreeg", "krijgen", "krijg", "krijgt", "staat", "stond", "nooit", "weer", "waarom", "wanneer",
    "welke", "omdat", "terwijl", "sinds", "tussen", "tijdens", "via", "per",
];

/// Common English function words, pronouns and auxiliaries.
const STOP_EN: &[&str] = &[
    "a",
    "an",
    "am",
    "as",
    "at",
    "be",
    "by",
    "do",
    "he",
    "i",
    "if",
    "in",
    "is",
    "it",
    "me",
    "my",
    "no",
    "of",
    "on",
    "or",
    "so",
    "to",
    "up",
    "us",
    "we",
    "about",
    "after",
    "again",
    "all",
    "also",
    "and",
    "any",
    "are",
    "because",
    "been",
    "before",
    "but",
    "can",
    "could",
    "did",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "for",
    "from",
    "get",
    "got",
    "had",
    "has",
    "have",
    "having",
    "her",
    "here",
    "him",
    "his",
    "how",
    "into",
    "its",
    "just",
    "like",
    "made",
    "make",
    "more",
    "most",
    "much",
    "never",
    "not",
    "now",
    "off",
    "once",
    "one",
    "only",
    "other",
    "our",
    "out",
    "over",
    "own",
    "said",
    "same",
    "she",
    "should",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "too",
    "under",
    "until",
    "very",
    "was",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "went",
    "really",
    "told",
    "asked",
    "came",
    "come",
    "going",
    "gave",
    "give",
    "took",
    "take",
    "time",
    "way",
    "well",
    "back",
    "being",
    "both",
    "few",
    "into",
    "yet",
    "upon",
    "within",
    "without",
    "able",
    "let",
    "lot",
    "many",
    "may",
    "might",
    "must",
    "yes",
    "always",
    "every",
    "thing",
    "things",
    "something",
];

/// One recurring word.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Word {
    pub word: String,
    /// Stories using it, in all.
    pub stories: usize,
    /// Of those, above neutral.
    pub positive: usize,
    /// Of those, below neutral.
    pub negative: usize,
}

/// The language a story's stop words point to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoryLang {
    Dutch,
    English,
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && !w.chars().all(|c| c.is_numeric()))
        .map(str::to_lowercase)
}

/// Which of the two languages a text is in, by its stop words.
pub fn story_lang(text: &str) -> StoryLang {
    let nl: HashSet<&str> = STOP_NL.iter().copied().collect();
    let en: HashSet<&str> = STOP_EN.iter().copied().collect();
    language(text, &nl, &en)
}

fn language(text: &str, nl: &HashSet<&str>, en: &HashSet<&str>) -> StoryLang {
    // Short function words (de, en, is, of) decide too, so count every token here.
    let (mut n, mut e) = (0usize, 0usize);
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let w = w.to_lowercase();
        n += usize::from(nl.contains(w.as_str()));
        e += usize::from(en.contains(w.as_str()));
    }
    if n > e {
        StoryLang::Dutch
    } else {
        StoryLang::English
    }
}

/// The words at least [`MIN_STORIES`] stories use, most stories first, then
/// alphabetically; at most [`MAX_WORDS`]. Words that already are a theme are left out:
/// they are suggestions for new themes.
pub fn recurring_words(stories: &[Story], neutral: f64) -> Vec<Word> {
    let nl: HashSet<&str> = STOP_NL.iter().copied().collect();
    let en: HashSet<&str> = STOP_EN.iter().copied().collect();
    let themes: HashSet<&str> = stories
        .iter()
        .flat_map(|s| s.themes.iter().map(String::as_str))
        .collect();
    let mut counts: HashMap<String, Word> = HashMap::new();
    let mut seen: HashSet<String> = HashSet::new();
    for s in stories {
        let stop = match language(&s.text, &nl, &en) {
            StoryLang::Dutch => &nl,
            StoryLang::English => &en,
        };
        seen.clear();
        for w in words(&s.text) {
            if stop.contains(w.as_str()) || themes.contains(w.as_str()) || seen.contains(&w) {
                continue;
            }
            let entry = counts.entry(w.clone()).or_insert_with(|| Word {
                word: w.clone(),
                stories: 0,
                positive: 0,
                negative: 0,
            });
            entry.stories += 1;
            entry.positive += usize::from(s.valence > neutral);
            entry.negative += usize::from(s.valence < neutral);
            seen.insert(w);
        }
    }
    let mut out: Vec<Word> = counts
        .into_values()
        .filter(|w| w.stories >= MIN_STORIES)
        .collect();
    crate::model::order::sort_by(&mut out, |a, b| {
        b.stories.cmp(&a.stories).then_with(|| a.word.cmp(&b.word))
    });
    out.truncate(MAX_WORDS);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Teller;

    fn s(text: &str, valence: f64) -> Story {
        Story::new(text, Teller::Customer, valence)
    }

    #[test]
    fn each_story_is_read_in_its_own_language() {
        assert_eq!(
            story_lang("De monteur was er op tijd en hij was vriendelijk"),
            StoryLang::Dutch
        );
        assert_eq!(
            story_lang("The engineer was on time and he was friendly"),
            StoryLang::English
        );
        // "door" is a Dutch stop word but an English noun; "die" the other way round.
        let stories = [
            s("The door of the shop was locked twice", -3.0),
            s("Nobody opened the door for my wheelchair", -4.0),
            s("Ik kwam door de regen en de monteur was er niet", -2.0),
            s("De monteur belde door en was er binnen een uur", 4.0),
        ];
        let w = recurring_words(&stories, 0.0);
        let found: Vec<(&str, usize, usize, usize)> = w
            .iter()
            .map(|w| (w.word.as_str(), w.stories, w.positive, w.negative))
            .collect();
        // "door" counts in the two English stories only; "monteur" in the two Dutch ones.
        assert_eq!(found, [("door", 2, 0, 2), ("monteur", 2, 1, 1)]);
    }

    #[test]
    fn a_word_counts_once_per_story_and_themes_are_left_out() {
        let mut tagged = s("Waiting, waiting, waiting for the invoice", -3.0);
        tagged.themes = vec!["invoice".into()];
        let stories = [
            tagged,
            s("Waiting on hold for the invoice 2024", -2.0),
            s("No waiting at all, 2024 was great", 3.0),
        ];
        let w = recurring_words(&stories, 0.0);
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(
            (
                w[0].word.as_str(),
                w[0].stories,
                w[0].positive,
                w[0].negative
            ),
            ("waiting", 3, 1, 2)
        );
    }

    #[test]
    fn at_most_thirty_most_used_first() {
        let text: String = (0..40).map(|i| format!("woord{i:02}x ")).collect();
        let stories = [s(&text, 1.0), s(&text, 1.0), s("woord00x woord01x", 1.0)];
        let w = recurring_words(&stories, 0.0);
        assert_eq!(w.len(), MAX_WORDS);
        assert_eq!((w[0].word.as_str(), w[0].stories), ("woord00x", 3));
        assert_eq!(w[2].word, "woord02x");
    }
}
