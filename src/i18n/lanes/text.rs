//! The lanes' text alternative: one sentence per lane naming its key fact (where the
//! balance goes into the red and where it ends; the promises kept and broken; the share of
//! failure demand and what caused it; how often expectations were exceeded, met or not),
//! in English and Dutch. A screen reader hears what the lanes show.
//!
//! Pure Rust: never imports yew, web-sys or wasm-bindgen. Reads only what the chart draws
//! ([`LanesData`]), so the words and the picture cannot disagree.

use crate::chart::lanes::{Lane, LanesData, Met, PromiseCounts, met};
use crate::i18n::Lang;
use crate::i18n::number::count;
use crate::i18n::plural::{Noun, counted};
use crate::i18n::sentences::{quoted, signed};

/// What the lanes of `data` show, one sentence per lane, in the lanes' order. A lane with
/// nothing to tell (no touchpoints, a balance that is not a number) says nothing.
pub fn lanes_summary(lang: Lang, data: &LanesData) -> String {
    let name = |i: usize| match data.labels.get(i) {
        Some(n) if !n.trim().is_empty() => quoted(lang, n),
        _ => quoted(lang, &(i + 1).to_string()),
    };
    let n = data.labels.len();
    data.lanes
        .iter()
        .filter_map(|lane| match lane {
            Lane::Bank { running, lowest_at } => {
                bank(lang, &running[..running.len().min(n)], *lowest_at, &name)
            }
            Lane::Promises { counts } => {
                Some(promises(lang, &counts[..counts.len().min(n)], &name))
            }
            Lane::FailureDemand { flags, caused_by } => {
                failure_demand(lang, n, flags, caused_by, &name)
            }
            Lane::Expectations { gaps, tolerance } => Some(expectations(
                lang,
                &gaps[..gaps.len().min(n)],
                *tolerance,
                &name,
            )),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "“A”, “B” and “C”" / "‘A’, ‘B’ en ‘C’".
fn listed(lang: Lang, names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => {
            let and = match lang {
                Lang::En => "and",
                Lang::Nl => "en",
            };
            format!("{} {and} {last}", rest.join(", "))
        }
    }
}

fn bank(
    lang: Lang,
    running: &[f64],
    lowest_at: Option<usize>,
    name: &dyn Fn(usize) -> String,
) -> Option<String> {
    if running.is_empty() || running.iter().any(|v| !v.is_finite()) {
        return None;
    }
    let last = running.len() - 1;
    let end = signed(lang, running[last], 1);
    let Some(red) = running.iter().position(|v| *v < 0.0) else {
        return Some(match lang {
            Lang::En => format!("The balance stays out of the red and ends at {end}."),
            Lang::Nl => format!("Het saldo blijft uit het rood en eindigt op {end}."),
        });
    };
    // The analysis names the lowest point; without it (or with one out of range), the
    // first of the lowest balances.
    let lowest = lowest_at.filter(|i| *i <= last).unwrap_or_else(|| {
        (0..running.len())
            .min_by(|a, b| running[*a].total_cmp(&running[*b]))
            .unwrap_or(last)
    });
    let low = signed(lang, running[lowest], 1);
    let into = name(red);
    let at_low = name(lowest);
    let ends_red = running[last] < 0.0;
    Some(match (lang, lowest == last, ends_red) {
        (Lang::En, true, _) => {
            format!("The balance goes into the red at {into} and ends at its lowest, {end}.")
        }
        (Lang::En, false, true) => format!(
            "The balance goes into the red at {into}, is lowest at {at_low} ({low}) and ends in the red at {end}."
        ),
        (Lang::En, false, false) => format!(
            "The balance goes into the red at {into}, is lowest at {at_low} ({low}) and ends back in the black at {end}."
        ),
        (Lang::Nl, true, _) => {
            format!("Het saldo komt in het rood bij {into} en eindigt op het laagste punt, {end}.")
        }
        (Lang::Nl, false, true) => format!(
            "Het saldo komt in het rood bij {into}, is het laagst bij {at_low} ({low}) en eindigt in het rood op {end}."
        ),
        (Lang::Nl, false, false) => format!(
            "Het saldo komt in het rood bij {into}, is het laagst bij {at_low} ({low}) en eindigt weer positief op {end}."
        ),
    })
}

/// At most this many touchpoints are named in one sentence; more read as a list, not a fact.
const MAX_NAMED: usize = 3;

fn promises(lang: Lang, counts: &[PromiseCounts], name: &dyn Fn(usize) -> String) -> String {
    let sum = |f: fn(&PromiseCounts) -> usize| {
        counts
            .iter()
            .map(f)
            .fold(0usize, |a, b| a.saturating_add(b))
    };
    let (kept, broken, open) = (sum(|c| c.kept), sum(|c| c.broken), sum(|c| c.open));
    if kept == 0 && broken == 0 && open == 0 {
        return match lang {
            Lang::En => "No promises are recorded.".to_string(),
            Lang::Nl => "Er zijn geen beloftes vastgelegd.".to_string(),
        };
    }
    let at: Vec<String> = (0..counts.len())
        .filter(|i| counts[*i].broken > 0)
        .take(MAX_NAMED)
        .map(name)
        .collect();
    let (k, b, o) = (count(lang, kept), count(lang, broken), count(lang, open));
    let where_ = listed(lang, &at);
    match (lang, at.is_empty()) {
        (Lang::En, true) => format!("Promises: {k} kept, {b} broken, {o} open."),
        (Lang::En, false) => format!("Promises: {k} kept, {b} broken (at {where_}), {o} open."),
        (Lang::Nl, true) => format!("Beloftes: {k} nagekomen, {b} gebroken, {o} nog open."),
        (Lang::Nl, false) => {
            format!("Beloftes: {k} nagekomen, {b} gebroken (bij {where_}), {o} nog open.")
        }
    }
}

fn failure_demand(
    lang: Lang,
    n: usize,
    flags: &[bool],
    caused_by: &[Option<usize>],
    name: &dyn Fn(usize) -> String,
) -> Option<String> {
    if n == 0 {
        return None;
    }
    let failing: Vec<usize> = (0..n).filter(|i| flags.get(*i) == Some(&true)).collect();
    let f = failing.len();
    let mut causes: Vec<usize> = Vec::new();
    for i in &failing {
        if let Some(j) = caused_by.get(*i).copied().flatten() {
            if j < n && j != *i && !causes.contains(&j) {
                causes.push(j);
            }
        }
    }
    let named: Vec<String> = causes.iter().take(MAX_NAMED).map(|j| name(*j)).collect();
    let by = listed(lang, &named);
    let share = (f as f64 * 100.0 / n as f64).round();
    let pct = lang.number(share, 0);
    let (fc, nc) = (count(lang, f), count(lang, n));
    Some(match (lang, n, f, named.is_empty()) {
        (Lang::En, 1, 0, _) => "The one contact was not failure demand.".to_string(),
        (Lang::Nl, 1, 0, _) => "Het enige contact was niet onnodig.".to_string(),
        (Lang::En, _, 0, _) => format!("None of the {nc} contacts was failure demand."),
        (Lang::Nl, _, 0, _) => format!("Geen van de {nc} contacten was onnodig."),
        (Lang::En, 1, _, true) => "The one contact was failure demand.".to_string(),
        (Lang::Nl, 1, _, true) => "Het enige contact was onnodig.".to_string(),
        (Lang::En, 1, _, false) => format!("The one contact was failure demand, caused by {by}."),
        (Lang::Nl, 1, _, false) => format!("Het enige contact was onnodig, veroorzaakt door {by}."),
        (Lang::En, _, f, no_cause) => {
            let verb = if f == 1 { "was" } else { "were" };
            let cause = if no_cause {
                String::new()
            } else {
                format!(", caused by {by}")
            };
            format!("{fc} of {nc} contacts ({pct}%) {verb} failure demand{cause}.")
        }
        (Lang::Nl, _, f, no_cause) => {
            let verb = if f == 1 { "was" } else { "waren" };
            let cause = if no_cause {
                String::new()
            } else {
                format!(", veroorzaakt door {by}")
            };
            format!("{fc} van de {nc} contacten ({pct}%) {verb} onnodig{cause}.")
        }
    })
}

fn expectations(
    lang: Lang,
    gaps: &[Option<f64>],
    tolerance: f64,
    name: &dyn Fn(usize) -> String,
) -> String {
    let given: Vec<(usize, f64)> = gaps
        .iter()
        .enumerate()
        .filter_map(|(i, g)| g.filter(|g| g.is_finite()).map(|g| (i, g)))
        .collect();
    if given.is_empty() {
        return match lang {
            Lang::En => "No expectations are recorded.".to_string(),
            Lang::Nl => "Er zijn nog geen verwachtingen ingevuld.".to_string(),
        };
    }
    let of = |kind: Met| {
        given
            .iter()
            .filter(|(_, g)| met(*g, tolerance) == kind)
            .copied()
            .collect::<Vec<_>>()
    };
    let (up, even, down) = (of(Met::Exceeded), of(Met::Met), of(Met::FellShort));
    // The furthest of a kind: where the gap is largest (the first of equals).
    let most = |v: &[(usize, f64)]| -> String {
        let Some((i, g)) = v
            .iter()
            .copied()
            .reduce(|a, b| if b.1.abs() > a.1.abs() { b } else { a })
        else {
            return String::new();
        };
        let (at, g) = (name(i), signed(lang, g, 1));
        match lang {
            Lang::En => format!(" (most at {at}, {g})"),
            Lang::Nl => format!(" (het meest bij {at}, {g})"),
        }
    };
    let total = counted(lang, given.len(), Noun::Touchpoint);
    let (e, m, s) = (
        count(lang, up.len()),
        count(lang, even.len()),
        count(lang, down.len()),
    );
    let (most_up, most_down) = (most(&up), most(&down));
    match lang {
        Lang::En => format!(
            "Expectations at {total}: exceeded {e}{most_up}, met {m}, fell short {s}{most_down}."
        ),
        Lang::Nl => format!(
            "Verwachtingen bij {total}: overtroffen {e}{most_up}, waargemaakt {m}, tegengevallen {s}{most_down}."
        ),
    }
}

/// Every sentence with sample values, for the house-style tests.
#[cfg(test)]
pub(crate) fn every_sentence(lang: Lang) -> Vec<String> {
    use super::L;
    let mut out: Vec<String> = L::ALL.iter().map(|l| l.get(lang).to_string()).collect();
    for data in tests::samples() {
        out.push(lanes_summary(lang, &data));
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::chart::Theme;

    fn labels(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    /// The seeds' telecom story: good years, the promised solution that never came, the
    /// calls it caused, the cold cancellation.
    pub(crate) fn telecom() -> LanesData {
        LanesData {
            labels: labels(&[
                "Contracts",
                "Solution",
                "Call",
                "Call again",
                "Cancellation",
            ]),
            lanes: vec![
                Lane::Bank {
                    running: vec![3.0, 1.0, -1.0, -4.0, -7.0],
                    lowest_at: Some(4),
                },
                Lane::Promises {
                    counts: vec![
                        PromiseCounts {
                            kept: 2,
                            ..PromiseCounts::default()
                        },
                        PromiseCounts {
                            broken: 1,
                            ..PromiseCounts::default()
                        },
                        PromiseCounts::default(),
                        PromiseCounts {
                            open: 1,
                            ..PromiseCounts::default()
                        },
                        PromiseCounts::default(),
                    ],
                },
                Lane::FailureDemand {
                    flags: vec![false, false, true, true, false],
                    caused_by: vec![None, None, Some(1), Some(1), None],
                },
                Lane::Expectations {
                    gaps: vec![Some(2.0), Some(-3.0), Some(0.5), None, Some(-1.0)],
                    tolerance: 0.5,
                },
            ],
            lang: Lang::En,
            theme: Theme::default(),
        }
    }

    /// Lanes in every state the sentences distinguish, for the style tests.
    pub(crate) fn samples() -> Vec<LanesData> {
        let one = |lane: Lane, n: usize| LanesData {
            labels: (0..n).map(|i| format!("Stap {}", i + 1)).collect(),
            lanes: vec![lane],
            ..LanesData::default()
        };
        vec![
            telecom(),
            one(
                Lane::Bank {
                    running: vec![1.0, 2.0],
                    lowest_at: Some(0),
                },
                2,
            ),
            one(
                Lane::Bank {
                    running: vec![1.0, -2.0, 3.0],
                    lowest_at: Some(1),
                },
                3,
            ),
            one(
                Lane::Bank {
                    running: vec![-2.0, -9.0, -3.0],
                    lowest_at: Some(1),
                },
                3,
            ),
            one(
                Lane::Promises {
                    counts: vec![PromiseCounts::default(); 2],
                },
                2,
            ),
            one(
                Lane::Promises {
                    counts: vec![PromiseCounts {
                        kept: 10_000,
                        broken: 1,
                        open: 3,
                    }],
                },
                1,
            ),
            one(
                Lane::FailureDemand {
                    flags: vec![true],
                    caused_by: vec![None],
                },
                1,
            ),
            one(
                Lane::FailureDemand {
                    flags: vec![false],
                    caused_by: vec![None],
                },
                1,
            ),
            one(
                Lane::FailureDemand {
                    flags: vec![false, true, false],
                    caused_by: vec![None, None, None],
                },
                3,
            ),
            one(
                Lane::FailureDemand {
                    flags: vec![false; 3],
                    caused_by: vec![],
                },
                3,
            ),
            one(
                Lane::Expectations {
                    gaps: vec![None, None],
                    tolerance: 0.5,
                },
                2,
            ),
            one(
                Lane::Expectations {
                    gaps: vec![Some(0.0)],
                    tolerance: 0.5,
                },
                1,
            ),
        ]
    }

    #[test]
    fn the_telecom_story_in_both_languages() {
        let d = telecom();
        assert_eq!(
            lanes_summary(Lang::En, &d),
            "The balance goes into the red at “Call” and ends at its lowest, −7. \
             Promises: 2 kept, 1 broken (at “Solution”), 1 open. \
             2 of 5 contacts (40%) were failure demand, caused by “Solution”. \
             Expectations at 4 touchpoints: exceeded 1 (most at “Contracts”, +2), met 1, fell short 2 (most at “Solution”, −3)."
        );
        assert_eq!(
            lanes_summary(Lang::Nl, &d),
            "Het saldo komt in het rood bij ‘Call’ en eindigt op het laagste punt, −7. \
             Beloftes: 2 nagekomen, 1 gebroken (bij ‘Solution’), 1 nog open. \
             2 van de 5 contacten (40%) waren onnodig, veroorzaakt door ‘Solution’. \
             Verwachtingen bij 4 contactmomenten: overtroffen 1 (het meest bij ‘Contracts’, +2), waargemaakt 1, tegengevallen 2 (het meest bij ‘Solution’, −3)."
        );
    }

    #[test]
    fn the_balance_names_where_it_goes_red_its_lowest_and_its_end() {
        let s = samples();
        assert_eq!(
            lanes_summary(Lang::En, &s[1]),
            "The balance stays out of the red and ends at +2."
        );
        assert_eq!(
            lanes_summary(Lang::En, &s[2]),
            "The balance goes into the red at “Stap 2”, is lowest at “Stap 2” (−2) and ends back in the black at +3."
        );
        assert_eq!(
            lanes_summary(Lang::Nl, &s[3]),
            "Het saldo komt in het rood bij ‘Stap 1’, is het laagst bij ‘Stap 2’ (−9) en eindigt in het rood op −3."
        );
        // Zero is not in the red.
        let mut d = s[1].clone();
        d.lanes = vec![Lane::Bank {
            running: vec![0.0, 0.0],
            lowest_at: None,
        }];
        assert_eq!(
            lanes_summary(Lang::En, &d),
            "The balance stays out of the red and ends at 0."
        );
        // A lowest point out of range: the first lowest balance instead.
        d.labels = labels(&["a", "b", "c"]);
        d.lanes = vec![Lane::Bank {
            running: vec![-1.0, -5.0, 2.0],
            lowest_at: Some(99),
        }];
        assert!(lanes_summary(Lang::En, &d).contains("is lowest at “b” (−5)"));
        // Not a number: nothing to say, and no panic.
        d.lanes = vec![Lane::Bank {
            running: vec![f64::NAN, 1.0, 2.0],
            lowest_at: Some(0),
        }];
        assert_eq!(lanes_summary(Lang::En, &d), "");
    }

    #[test]
    fn failure_demand_gives_its_share_with_one_and_many() {
        let s = samples();
        assert_eq!(
            lanes_summary(Lang::En, &s[6]),
            "The one contact was failure demand."
        );
        assert_eq!(
            lanes_summary(Lang::Nl, &s[7]),
            "Het enige contact was niet onnodig."
        );
        // 1 of 3 = 33.3…% → 33%.
        assert_eq!(
            lanes_summary(Lang::En, &s[8]),
            "1 of 3 contacts (33%) was failure demand."
        );
        assert_eq!(
            lanes_summary(Lang::Nl, &s[9]),
            "Geen van de 3 contacten was onnodig."
        );
        // A link to a touchpoint that is not there, or to itself, names no cause.
        let mut d = s[8].clone();
        d.lanes = vec![Lane::FailureDemand {
            flags: vec![false, true, true],
            caused_by: vec![None, Some(7), Some(2)],
        }];
        assert_eq!(
            lanes_summary(Lang::En, &d),
            "2 of 3 contacts (67%) were failure demand."
        );
    }

    #[test]
    fn promises_and_expectations_count_with_grouped_digits() {
        let s = samples();
        assert_eq!(
            lanes_summary(Lang::Nl, &s[5]),
            "Beloftes: 10.000 nagekomen, 1 gebroken (bij ‘Stap 1’), 3 nog open."
        );
        assert_eq!(lanes_summary(Lang::En, &s[4]), "No promises are recorded.");
        assert_eq!(
            lanes_summary(Lang::Nl, &s[10]),
            "Er zijn nog geen verwachtingen ingevuld."
        );
        assert_eq!(
            lanes_summary(Lang::En, &s[11]),
            "Expectations at 1 touchpoint: exceeded 0, met 1, fell short 0."
        );
    }

    #[test]
    fn names_past_the_last_touchpoint_are_not_read() {
        // Lanes longer than the touchpoints: only the touchpoints count.
        let mut d = telecom();
        d.labels.truncate(2);
        let s = lanes_summary(Lang::En, &d);
        assert!(
            s.starts_with("The balance stays out of the red and ends at +1."),
            "{s}"
        );
        assert!(
            s.contains("0 of 2 contacts") || s.contains("None of the 2 contacts"),
            "{s}"
        );
    }
}
