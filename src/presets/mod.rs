//! Ready-made journeys: the example the app opens on, and the teaching presets a
//! trainer embeds (each with its source and what it shows).
//!
//! Each preset is a data file beside this one (`telecom.json`, …), embedded with
//! `include_str!`; the native tests read the same files through [`all`], and
//! `tests/presets.rs` checks every preset that names a `case` against the curve of
//! `tests/cases/<case>.json`, so the two cannot drift apart.
//!
//! A preset file holds both languages. Every text is `{"en": …, "nl": …}`:
//!
//! ```json
//! { "title": {…}, "source": {…}, "shows": {…}, "scale_note": {…} (optional),
//!   "case": "cold-water-short" (optional),
//!   "journey": { "title": {…}, "description": {…},
//!                "scale": {"min": -10, "max": 0, "neutral": 0} (optional, else −5..+5),
//!                "phases": [{"name": {…}, "touchpoints": [touchpoint, …]}, …]
//!                or "touchpoints": [touchpoint, …] (no phases) } }
//! ```
//!
//! where a touchpoint is `{"name": {…}, "channel": "shop" (optional), "rating": 3,
//! "duration": 1, "moment_of_truth": true (optional)}`. The key (`?embed=<key>`) is the
//! file's name.
//!
//! The painful procedures are entered as *discomfort*: pain p on 0–10 becomes the rating
//! −p on a −10..0 scale whose neutral point 0 is "no pain", so "higher" always means
//! "better" for the customer, as in every other journey. The per-minute and per-10-second
//! curves are illustrative, drawn to match what the studies published (the curves of
//! `tests/cases/`); only the direction of the published result is claimed.
//!
//! Pure Rust: never imports yew, web-sys or wasm-bindgen. Names come in the user's language.

use crate::i18n::Lang;
use crate::model::{
    BankSettings, Channel, Journey, Promise, PromiseState, Scale, TouchpointEdit, add_phase,
    add_touchpoint, edit_touchpoint,
};
use serde_json::Value;
use std::sync::OnceLock;

/// Every preset's key and file, in the order a picker shows them.
const FILES: [(&str, &str); 8] = [
    ("telecom", include_str!("telecom.json")),
    ("telecom-promise", include_str!("telecom-promise.json")),
    (
        "telecom-promise-kept",
        include_str!("telecom-promise-kept.json"),
    ),
    ("wine-shop", include_str!("wine-shop.json")),
    (
        "colonoscopy-abrupt",
        include_str!("colonoscopy-abrupt.json"),
    ),
    (
        "colonoscopy-gentle",
        include_str!("colonoscopy-gentle.json"),
    ),
    ("cold-water-short", include_str!("cold-water-short.json")),
    ("cold-water-long", include_str!("cold-water-long.json")),
];

/// A text in both languages.
#[derive(Clone, Debug, PartialEq)]
struct Text {
    en: String,
    nl: String,
}

impl Text {
    fn read(v: &Value) -> Option<Text> {
        let get = |l: &str| v.get(l)?.as_str().map(str::to_string);
        Some(Text {
            en: get("en")?,
            nl: get("nl")?,
        })
    }

    fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Nl => &self.nl,
        }
    }
}

/// One touchpoint of a preset.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    name: Text,
    channel: Option<Channel>,
    rating: f64,
    duration: f64,
    moment_of_truth: bool,
    /// The lanes (issue 11): what the customer expected, our own rating, the promises
    /// made here, and whether this contact is failure demand caused by the touchpoint at
    /// `caused_by` (its 0-based position in the journey).
    expected: Option<f64>,
    ours: Option<f64>,
    promises: Vec<(Text, PromiseState)>,
    failure_demand: bool,
    caused_by: Option<usize>,
}

impl Row {
    fn read(v: &Value) -> Option<Row> {
        Some(Row {
            name: Text::read(v.get("name")?)?,
            channel: match v.get("channel") {
                None => None,
                Some(c) => Some(Channel::from_key(c.as_str()?)?),
            },
            rating: v.get("rating")?.as_f64()?,
            duration: v.get("duration")?.as_f64()?,
            moment_of_truth: match v.get("moment_of_truth") {
                None => false,
                Some(b) => b.as_bool()?,
            },
            expected: optional(v, "expected", Value::as_f64)?,
            ours: optional(v, "ours", Value::as_f64)?,
            promises: match v.get("promises") {
                None => Vec::new(),
                Some(ps) => ps
                    .as_array()?
                    .iter()
                    .map(|p| {
                        let state = PromiseState::from_key(p.get("state")?.as_str()?)?;
                        Some((Text::read(p.get("text")?)?, state))
                    })
                    .collect::<Option<Vec<_>>>()?,
            },
            failure_demand: optional(v, "failure_demand", Value::as_bool)?.unwrap_or(false),
            caused_by: optional(v, "caused_by", Value::as_u64)?.map(|i| i as usize),
        })
    }
}

/// `Some(None)` when `key` is absent, `Some(Some(x))` when it reads, `None` when it is
/// there but of the wrong kind (the preset is then refused, and its test fails).
fn optional<T>(v: &Value, key: &str, read: impl Fn(&Value) -> Option<T>) -> Option<Option<T>> {
    match v.get(key) {
        None => Some(None),
        Some(x) => read(x).map(Some),
    }
}

/// The journey of a preset, in both languages.
#[derive(Clone, Debug, PartialEq)]
struct Plan {
    title: Text,
    description: Text,
    scale: Scale,
    /// Touchpoints by phase; one group without a name when the journey has no phases.
    groups: Vec<(Option<Text>, Vec<Row>)>,
    /// The bank account's settings, when not the defaults.
    bank: Option<BankSettings>,
}

fn rows(v: &Value) -> Option<Vec<Row>> {
    v.as_array()?.iter().map(Row::read).collect()
}

impl Plan {
    fn read(v: &Value) -> Option<Plan> {
        let scale = match v.get("scale") {
            None => Scale::default(),
            Some(s) => {
                let scale = Scale::new(
                    s.get("min")?.as_f64()?,
                    s.get("max")?.as_f64()?,
                    s.get("neutral").and_then(Value::as_f64),
                )
                .ok()?;
                scale.validate().ok()?;
                scale
            }
        };
        let groups = match (v.get("phases"), v.get("touchpoints")) {
            (Some(phases), None) => phases
                .as_array()?
                .iter()
                .map(|p| {
                    Some((
                        Some(Text::read(p.get("name")?)?),
                        rows(p.get("touchpoints")?)?,
                    ))
                })
                .collect::<Option<Vec<_>>>()?,
            (None, Some(tps)) => vec![(None, rows(tps)?)],
            _ => return None,
        };
        let bank = match v.get("bank") {
            None => None,
            Some(b) => {
                let bank = BankSettings {
                    withdrawal_weight: b.get("withdrawal_weight")?.as_f64()?,
                    broken_promise: b.get("broken_promise")?.as_f64()?,
                };
                bank.validate().ok()?;
                Some(bank)
            }
        };
        Some(Plan {
            title: Text::read(v.get("title")?)?,
            description: Text::read(v.get("description")?)?,
            scale,
            groups,
            bank,
        })
    }

    /// The journey in `lang`, built through the model's own edits (those the actions make,
    /// called directly so the course embed does not carry every action), so ratings are
    /// clamped to the scale and ids handed out in order.
    fn build(&self, lang: Lang) -> Journey {
        let mut j = Journey::new(self.title.get(lang));
        j.scale = self.scale;
        j.description = self.description.get(lang).to_string();
        for (phase_name, rows) in &self.groups {
            // Presets are fixed data, checked by the tests: every edit below is valid.
            let phase = phase_name.as_ref().map(|n| add_phase(&mut j, n.get(lang)));
            for r in rows {
                let Ok(id) = add_touchpoint(&mut j, r.name.get(lang), r.rating, None) else {
                    continue;
                };
                let mut edits = vec![TouchpointEdit::Duration(r.duration)];
                if phase.is_some() {
                    edits.insert(0, TouchpointEdit::Phase(phase));
                }
                if let Some(c) = &r.channel {
                    edits.insert(edits.len() - 1, TouchpointEdit::Channel(Some(c.clone())));
                }
                for edit in edits {
                    let _ = edit_touchpoint(&mut j, id, edit);
                }
                if let Some(t) = j.touchpoints.last_mut() {
                    t.moment_of_truth = r.moment_of_truth;
                }
                let mut lanes = vec![
                    TouchpointEdit::Expected(r.expected),
                    TouchpointEdit::Ours(r.ours),
                ];
                for (text, state) in &r.promises {
                    lanes.push(TouchpointEdit::AddPromise(Promise::new(
                        text.get(lang),
                        *state,
                    )));
                }
                for edit in lanes {
                    let _ = edit_touchpoint(&mut j, id, edit);
                }
            }
        }
        // Causes point at earlier or later touchpoints: set once all of them exist.
        let rows = self.groups.iter().flat_map(|(_, rows)| rows);
        let ids: Vec<_> = j.touchpoints.iter().map(|t| t.id).collect();
        for (r, id) in rows.zip(&ids) {
            if r.failure_demand {
                let edit = TouchpointEdit::FailureDemand {
                    failure_demand: true,
                    caused_by: r.caused_by.and_then(|i| ids.get(i).copied()),
                };
                let _ = edit_touchpoint(&mut j, *id, edit);
            }
        }
        if let Some(bank) = self.bank.filter(|b| b.validate().is_ok()) {
            j.bank = bank;
        }
        j
    }
}

/// A teaching preset: its key in the address (`?embed&preset=<key>`), title, source and
/// what it shows, and its journey in both languages.
#[derive(Clone, Debug, PartialEq)]
pub struct Preset {
    pub key: &'static str,
    title: Text,
    /// Where it comes from, in one line (authors and year, or "illustration").
    source: Text,
    shows: Text,
    /// How to read the ratings, when the scale is not the usual bad-to-good one.
    scale_note: Option<Text>,
    case: Option<String>,
    plan: Plan,
}

impl Preset {
    fn read(key: &'static str, file: &str) -> Option<Preset> {
        let v: Value = serde_json::from_str(file).ok()?;
        Some(Preset {
            key,
            title: Text::read(v.get("title")?)?,
            source: Text::read(v.get("source")?)?,
            shows: Text::read(v.get("shows")?)?,
            scale_note: match v.get("scale_note") {
                None => None,
                Some(n) => Some(Text::read(n)?),
            },
            case: match v.get("case") {
                None => None,
                Some(c) => Some(c.as_str()?.to_string()),
            },
            plan: Plan::read(v.get("journey")?)?,
        })
    }

    pub fn title(&self, lang: Lang) -> &str {
        self.title.get(lang)
    }

    /// Where it comes from, in one line: a citation, or what it was written after.
    pub fn source(&self, lang: Lang) -> &str {
        self.source.get(lang)
    }

    /// What the preset shows, in one line.
    pub fn shows(&self, lang: Lang) -> &str {
        self.shows.get(lang)
    }

    /// How to read the ratings, for the presets on the pain scale.
    pub fn scale_note(&self, lang: Lang) -> Option<&str> {
        self.scale_note.as_ref().map(|n| n.get(lang))
    }

    /// The case under `tests/cases/` (file name without `.json`) whose curve this preset
    /// draws, if it draws one; `tests/presets.rs` keeps the two equal.
    pub fn case(&self) -> Option<&str> {
        self.case.as_deref()
    }

    /// The journey, with names in `lang`.
    pub fn journey(&self, lang: Lang) -> Journey {
        self.plan.build(lang)
    }
}

/// The preset of file `i`, read the first time it is asked for: a course embed shows one
/// preset and reads only that file. `None` for a file that cannot be read (the tests
/// check that none is).
fn nth(i: usize) -> Option<&'static Preset> {
    static EACH: [OnceLock<Option<Preset>>; FILES.len()] = [const { OnceLock::new() }; FILES.len()];
    let (key, file) = FILES.get(i)?;
    EACH[i].get_or_init(|| Preset::read(key, file)).as_ref()
}

/// Every teaching preset, in the order a picker shows them.
pub fn all() -> Vec<&'static Preset> {
    (0..FILES.len()).filter_map(nth).collect()
}

/// The preset an embed shows when its address names none (or one that does not exist).
pub fn first() -> &'static Preset {
    nth(0).expect("the first preset file reads (tested)")
}

/// The preset a key names (case-insensitive; `colonoscopy` and `cold-water` name the
/// abrupt and the short version).
pub fn find(key: &str) -> Option<&'static Preset> {
    let key = key.trim().to_ascii_lowercase();
    let key = match key.as_str() {
        "colonoscopy" => "colonoscopy-abrupt",
        "cold-water" => "cold-water-short",
        "wine" => "wine-shop",
        k => k,
    };
    let i = FILES.iter().position(|(k, _)| *k == key)?;
    nth(i)
}

/// The journey a key names, with names in `lang`.
pub fn by_key(key: &str, lang: Lang) -> Option<Journey> {
    find(key).map(|p| p.journey(lang))
}

/// Fifteen good years with a telecom provider, ended by a clumsy cancellation
/// (after the open letter "Lieve Vodafone" in the source articles): the journey the app
/// opens on. Durations in months.
pub fn telecom(lang: Lang) -> Journey {
    // Read from its own file, not through the list: a program that opens on this journey
    // and shows no picker then carries no other preset.
    let (key, file) = FILES[0];
    Preset::read(key, file).map_or_else(|| Journey::new(""), |p| p.journey(lang))
}

/// A visit to a wine shop with a slow queue, saved by a small gift at the till.
/// Written for Peakend as an illustration; durations in minutes.
pub fn wine_shop(lang: Lang) -> Journey {
    by_key("wine-shop", lang).unwrap_or_else(|| Journey::new(""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::score;

    #[test]
    fn telecom_is_remembered_far_worse_than_it_was_lived() {
        for lang in Lang::ALL {
            let j = telecom(lang);
            assert_eq!(j.touchpoints.len(), 9);
            assert_eq!(j.phases.len(), 3);
            let s = score(&j).unwrap();
            assert_eq!(s.end, 8);
            assert_eq!(s.peak, 8, "the bare link is the most intense moment");
            assert_eq!(s.remembered, -5.0);
            assert!(s.experienced > 3.0, "lived as good: {}", s.experienced);
        }
    }

    fn total_discomfort(j: &Journey) -> f64 {
        j.touchpoints
            .iter()
            .map(|t| t.duration * (j.scale.neutral - t.rating).max(0.0))
            .sum()
    }

    #[test]
    fn the_longer_ending_is_remembered_better_despite_more_discomfort() {
        for (short, long) in [
            ("colonoscopy-abrupt", "colonoscopy-gentle"),
            ("cold-water-short", "cold-water-long"),
        ] {
            for lang in Lang::ALL {
                let (a, b) = (by_key(short, lang).unwrap(), by_key(long, lang).unwrap());
                let (sa, sb) = (score(&a).unwrap(), score(&b).unwrap());
                assert!(
                    sb.remembered > sa.remembered,
                    "{long} remembered {} vs {short} {}",
                    sb.remembered,
                    sa.remembered
                );
                assert!(
                    total_discomfort(&b) > total_discomfort(&a),
                    "{long} holds more discomfort in total"
                );
                assert_eq!(
                    a.touchpoints[..],
                    b.touchpoints[..a.touchpoints.len()],
                    "{long} is {short} with an ending added"
                );
            }
        }
    }

    #[test]
    fn painful_presets_use_the_discomfort_scale() {
        for key in [
            "colonoscopy-abrupt",
            "colonoscopy-gentle",
            "cold-water-short",
            "cold-water-long",
        ] {
            let j = by_key(key, Lang::En).unwrap();
            assert_eq!(
                (j.scale.min, j.scale.max, j.scale.neutral),
                (-10.0, 0.0, 0.0)
            );
            assert!(j.touchpoints.iter().all(|t| j.scale.contains(t.rating)));
        }
        let abrupt = score(&by_key("colonoscopy", Lang::En).unwrap()).unwrap();
        assert_eq!(abrupt.remembered, -7.5, "peak −8, end −7");
        let gentle = score(&by_key("colonoscopy-gentle", Lang::En).unwrap()).unwrap();
        assert_eq!(gentle.remembered, -4.5, "peak −8, end −1");
    }

    #[test]
    fn the_wine_shop_is_remembered_better_than_it_was_lived() {
        for lang in Lang::ALL {
            let s = score(&wine_shop(lang)).unwrap();
            assert_eq!(s.end, 5, "the gift is the end");
            assert!(s.remembered > s.experienced + 1.0, "{s:?}");
        }
    }

    #[test]
    fn every_preset_file_reads() {
        assert_eq!(all().len(), FILES.len());
        for (key, file) in FILES {
            assert!(Preset::read(key, file).is_some(), "{key}.json");
        }
    }

    #[test]
    fn every_preset_has_both_languages_a_source_and_a_journey() {
        let mut keys: Vec<_> = all().iter().map(|p| p.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), all().len(), "keys are unique");
        for p in all() {
            assert!(!p.source(Lang::En).is_empty() && !p.source(Lang::Nl).is_empty());
            assert_ne!(p.title(Lang::En), p.title(Lang::Nl));
            assert_ne!(p.shows(Lang::En), p.shows(Lang::Nl));
            for lang in Lang::ALL {
                let j = p.journey(lang);
                assert!(j.touchpoints.len() >= 6, "{}", p.key);
                score(&j).unwrap();
            }
            assert_eq!(find(&p.key.to_uppercase()).map(|f| f.key), Some(p.key));
        }
        assert!(by_key("nope", Lang::En).is_none());
    }
}
