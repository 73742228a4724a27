//! Words that recur across stories, counted per valence: suggestions for themes.
//!
//! Each story is read in its own language: Dutch or English, whichever of the two lists of
//! common function words ("stop words") it hits more often (English on a tie). The stop
//! words of that language are left out, as are words of fewer than three letters and
//! numbers. A word counts once per story (the number of stories that use it, not how
//! often); a word recurs when at least two stories use it.

use crate::model::Story;
use crate::model::hash::{FastMap, FastSet};
use serde::Serialize;
use std::borrow::Cow;

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

/// A word as it is compared: lowercased, borrowed when it already is (most words are).
fn lowercase(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Every word of `text` (runs of letters and digits), into `out`.
fn tokens<'t>(text: &'t str, stop: &StopWords, out: &mut Vec<Token<'t>>) {
    out.clear();
    let mut push = |written: &'t str| {
        let lower = lowercase(written);
        let stop = stop.get(&lower);
        out.push(Token {
            written,
            lower,
            stop,
        });
    };
    if text.is_ascii() {
        // The same runs, found byte by byte (most stories are plain ASCII).
        let mut start = None;
        for (i, b) in text.bytes().enumerate() {
            if b.is_ascii_alphanumeric() {
                start.get_or_insert(i);
            } else if let Some(from) = start.take() {
                push(&text[from..i]);
            }
        }
        if let Some(from) = start {
            push(&text[from..]);
        }
    } else {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .for_each(push);
    }
}

/// A word (as written) that may recur: three letters or more, not a number.
fn counts_as_word(w: &str) -> bool {
    w.chars().nth(2).is_some() && !w.chars().all(char::is_numeric)
}

/// Whether each word is a Dutch and an English stop word, looked up once for both.
struct StopWords(FastMap<&'static str, (bool, bool)>);

impl StopWords {
    fn new() -> StopWords {
        let mut map = FastMap::default();
        for w in STOP_NL {
            map.entry(*w).or_insert((false, false)).0 = true;
        }
        for w in STOP_EN {
            map.entry(*w).or_insert((false, false)).1 = true;
        }
        StopWords(map)
    }

    fn get(&self, w: &str) -> (bool, bool) {
        self.0.get(w).copied().unwrap_or_default()
    }

    /// The language whose stop words the words hit more often (English on a tie).
    /// Short function words (de, en, is, of) decide too, so every word counts here.
    fn language(&self, words: &[Token]) -> StoryLang {
        let (mut n, mut e) = (0usize, 0usize);
        for t in words {
            n += usize::from(t.stop.0);
            e += usize::from(t.stop.1);
        }
        if n > e {
            StoryLang::Dutch
        } else {
            StoryLang::English
        }
    }
}

/// One word of a story: as written, lowercased, and whether it is a Dutch and an English
/// stop word (looked up once).
struct Token<'t> {
    written: &'t str,
    lower: Cow<'t, str>,
    stop: (bool, bool),
}

impl Token<'_> {
    fn is_stop(&self, lang: StoryLang) -> bool {
        match lang {
            StoryLang::Dutch => self.stop.0,
            StoryLang::English => self.stop.1,
        }
    }
}

/// Which of the two languages a text is in, by its stop words.
pub fn story_lang(text: &str) -> StoryLang {
    let stop = StopWords::new();
    let mut words = Vec::new();
    tokens(text, &stop, &mut words);
    stop.language(&words)
}

/// The words at least [`MIN_STORIES`] stories use, most stories first, then
/// alphabetically; at most [`MAX_WORDS`]. Words that already are a theme are left out:
/// they are suggestions for new themes.
///
/// One pass over each story's words, lowercased once (without a copy when they already
/// are); a word's count remembers the last story that counted it, so a word repeated in
/// one story counts once without a set per story.
pub fn recurring_words(stories: &[Story], neutral: f64) -> Vec<Word> {
    let stop = StopWords::new();
    let themes: FastSet<&str> = stories
        .iter()
        .flat_map(|s| s.themes.iter().map(String::as_str))
        .collect();
    // Per word: the tally, and the last story (by index) that counted it.
    let mut counts: FastMap<String, (Word, usize)> = FastMap::default();
    let mut words = Vec::new();
    for (k, s) in stories.iter().enumerate() {
        tokens(&s.text, &stop, &mut words);
        let lang = stop.language(&words);
        for t in &words {
            let w = &t.lower;
            if !counts_as_word(t.written) || t.is_stop(lang) || themes.contains(w.as_ref()) {
                continue;
            }
            let (tally, last) = match counts.get_mut(w.as_ref()) {
                Some(entry) => entry,
                None => counts.entry(w.to_string()).or_insert((
                    Word {
                        word: w.to_string(),
                        stories: 0,
                        positive: 0,
                        negative: 0,
                    },
                    usize::MAX,
                )),
            };
            if *last == k {
                continue;
            }
            *last = k;
            tally.stories += 1;
            tally.positive += usize::from(s.valence > neutral);
            tally.negative += usize::from(s.valence < neutral);
        }
    }
    let mut out: Vec<Word> = counts
        .into_values()
        .map(|(w, _)| w)
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
    use std::collections::{HashMap, HashSet};

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

    /// The rule read plainly: each story's words lowercased one by one, a set per story.
    fn reference(stories: &[Story], neutral: f64) -> Vec<Word> {
        let nl: HashSet<&str> = STOP_NL.iter().copied().collect();
        let en: HashSet<&str> = STOP_EN.iter().copied().collect();
        let themes: HashSet<String> = stories.iter().flat_map(|s| s.themes.clone()).collect();
        let mut counts: HashMap<String, Word> = HashMap::new();
        for s in stories {
            let all: Vec<String> = s
                .text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            let n = all.iter().filter(|w| nl.contains(w.as_str())).count();
            let e = all.iter().filter(|w| en.contains(w.as_str())).count();
            let stop = if n > e { &nl } else { &en };
            let mut seen = HashSet::new();
            for w in s.text.split(|c: char| !c.is_alphanumeric()) {
                if w.chars().count() < 3 || w.chars().all(char::is_numeric) {
                    continue;
                }
                let w = w.to_lowercase();
                if stop.contains(w.as_str()) || themes.contains(&w) || !seen.insert(w.clone()) {
                    continue;
                }
                let c = counts.entry(w.clone()).or_insert(Word {
                    word: w,
                    stories: 0,
                    positive: 0,
                    negative: 0,
                });
                c.stories += 1;
                c.positive += usize::from(s.valence > neutral);
                c.negative += usize::from(s.valence < neutral);
            }
        }
        let mut out: Vec<Word> = counts.into_values().filter(|w| w.stories >= 2).collect();
        out.sort_by(|a, b| b.stories.cmp(&a.stories).then_with(|| a.word.cmp(&b.word)));
        out.truncate(MAX_WORDS);
        out
    }

    #[test]
    fn the_fast_count_is_the_plain_rule() {
        // Mixed case, both languages, numbers, repeats, accents, a dotted capital I
        // (two characters once lowercased) and a Greek final sigma.
        let pieces = [
            "Monteur",
            "monteur",
            "MONTEUR",
            "de",
            "the",
            "De",
            "The",
            "door",
            "die",
            "and",
            "en",
            "2024",
            "12b",
            "Wachten",
            "wachten",
            "waiting",
            "Één",
            "één",
            "İS",
            "İstanbul",
            "ΟΔΟΣ",
            "οδος",
            "café",
            "CAFÉ",
            "x",
            "ab",
            "abc",
            "Factuur",
            "invoice",
            "is",
        ];
        let mut seed = 7u64;
        let mut stories = Vec::new();
        for k in 0..300 {
            let mut text = String::new();
            for _ in 0..(k % 17 + 1) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
                text.push_str([" ", ", ", ". ", "-", "!\n"][(seed >> 20) as usize % 5]);
            }
            let mut story = s(&text, (k % 11) as f64 - 5.0);
            if k % 37 == 0 {
                story.themes = vec!["factuur".into()];
            }
            stories.push(story);
        }
        assert_eq!(recurring_words(&stories, 0.0), reference(&stories, 0.0));
        assert_eq!(recurring_words(&stories, 2.0), reference(&stories, 2.0));
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
