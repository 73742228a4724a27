//! Plain-timing benchmark of the analysis (no harness): one 10,000-touchpoint journey,
//! 100,000 small journeys, and a survey of 100,000 respondents × 12 touchpoints. Run with
//! `make bench` or `cargo bench --bench analysis`.
//!
//! With `PEAKEND_STORIES=1` it times only the stories (10,000 on 40 touchpoints): their
//! pattern, recurring words, and the CSV export and import.
//!
//! With `PEAKEND_SURVEY=FILE` it times only the survey import of that file (read the bytes,
//! detect and read with the reader, analyze) and prints JSON, for `make bench-survey`
//! next to `bench/pandas_survey.py` on the same file.

use peakend::analysis::lanes::estimate_lambda;
use peakend::analysis::practice::{patterns, recurring_words};
use peakend::analysis::survey::analyze;
use peakend::analysis::{export, fix_first, score};
use peakend::io::csv::stories::{StoryDefaults, export_stories_csv, parse_stories};
use peakend::io::json::{StoredText, read_journey, to_v1, write_journey};
use peakend::io::survey::read_all;
use peakend::model::survey::{MISSING, NpsScale, SegmentColumn, SurveyData};
use peakend::model::{Journey, MAX_STORIES, MemoryModel, Scale, Story, Teller};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// A deterministic pseudo-random journey (xorshift), ratings on the −5..+5 steps.
fn journey(n: usize, seed: u64) -> Journey {
    let mut x = seed.max(1);
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut j = Journey::new(format!("bench {seed}"));
    j.scale = Scale::default();
    for i in 0..n {
        let r = (next() % 11) as f64 - 5.0;
        let mut t = j.new_touchpoint(format!("touchpoint {i}"), r);
        t.duration = (next() % 8) as f64;
        j.touchpoints.push(t);
    }
    j
}

/// A deterministic survey like `build/gen-survey.mjs` makes: a latent level per respondent,
/// touchpoint effects, ~3% blanks, overall following the ratings, NPS following overall,
/// a 4-value and a 2-value segment column.
fn survey(n: usize, k: usize, seed: u64) -> SurveyData {
    let mut x = seed.max(1);
    let mut unit = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut d = SurveyData {
        touchpoints: (0..k).map(|i| format!("Touchpoint {}", i + 1)).collect(),
        touchpoint_scale: Scale::new(1.0, 5.0, None).expect("valid scale"),
        overall_scale: Scale::new(1.0, 10.0, None).expect("valid scale"),
        nps_scale: NpsScale::ZeroToTen,
        segments: vec![
            SegmentColumn {
                column: "Region".into(),
                values: ["North", "East", "South", "West"]
                    .map(String::from)
                    .to_vec(),
                codes: Vec::with_capacity(n),
            },
            SegmentColumn {
                column: "Wave".into(),
                values: vec!["W1".into(), "W2".into()],
                codes: Vec::with_capacity(n),
            },
        ],
        ..Default::default()
    };
    d.ratings.reserve(n * k);
    for _ in 0..n {
        let level = 3.0 * unit() - 1.5;
        let mut sum = 0.0;
        let mut last = 3.0;
        for t in 0..k {
            let v = (3.0 + level + (t % 3) as f64 * 0.3 - 0.3 + 1.2 * (unit() - 0.5))
                .round()
                .clamp(1.0, 5.0);
            if unit() < 0.03 {
                d.ratings.push(MISSING);
            } else {
                d.ratings.push(v as f32);
                sum += v;
                last = v;
            }
        }
        let overall =
            (1.0 + (0.5 * last + 0.5 * sum / k as f64 - 1.0) * 2.25 + 2.0 * (unit() - 0.5))
                .round()
                .clamp(1.0, 10.0);
        d.overall.push(overall as f32);
        d.nps.push(
            (overall + 1.5 + 2.0 * (unit() - 0.5))
                .round()
                .clamp(0.0, 10.0) as f32,
        );
        d.segments[0].codes.push((unit() * 4.0) as u16);
        d.segments[1].codes.push((unit() * 2.0) as u16);
    }
    d
}

/// Runs `f` `reps` times and prints the median and the fastest run.
/// A way of writing a journey's stored text.
type Writer<'a> = dyn FnMut(&Journey) -> String + 'a;

fn time(label: &str, reps: usize, mut f: impl FnMut()) {
    let mut runs: Vec<Duration> = (0..reps)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    runs.sort();
    println!(
        "{label:<48} median {:>10.3} ms   best {:>10.3} ms   ({reps} runs)",
        runs[reps / 2].as_secs_f64() * 1e3,
        runs[0].as_secs_f64() * 1e3
    );
}

/// Median and best of a list of durations, in seconds, as JSON.
fn summary(runs: &mut [Duration]) -> String {
    runs.sort();
    format!(
        "{{\"median\": {:.6}, \"best\": {:.6}}}",
        runs[runs.len() / 2].as_secs_f64(),
        runs[0].as_secs_f64()
    )
}

/// The survey import of one file, timed in parts, `reps` times.
fn survey_file(path: &str, reps: usize) -> Result<(), String> {
    let (mut read, mut analysis, mut total) = (Vec::new(), Vec::new(), Vec::new());
    let mut last = None;
    for _ in 0..reps {
        let t0 = Instant::now();
        let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
        let (_, data, summary) = read_all(&bytes, None).map_err(|e| format!("{path}: {e:?}"))?;
        let t1 = Instant::now();
        let report = analyze(&data, &MemoryModel::default(), summary.skipped);
        let t2 = Instant::now();
        read.push(t1 - t0);
        analysis.push(t2 - t1);
        total.push(t2 - t0);
        last = Some((data, report));
    }
    let (data, report) = last.ok_or("no runs")?;
    let r = |name| {
        report
            .predictors
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.r)
            .unwrap_or(f64::NAN)
    };
    use peakend::analysis::survey::PredictorName;
    println!(
        "{{\n \"tool\": \"peakend (native, release profile)\",\n \"file\": {path:?},\n \"runs\": {reps},\n \"respondents_x_touchpoints\": \"{} x {}\",\n \"read_s\": {},\n \"analyze_s\": {},\n \"total_s\": {},\n \"values\": {{\"respondents\": {}, \"r_remembered\": {}, \"r_mean\": {}, \"nps\": {}}}\n}}",
        data.respondents(),
        data.touchpoints.len(),
        summary(&mut read),
        summary(&mut analysis),
        summary(&mut total),
        report.respondents,
        r(PredictorName::Remembered),
        r(PredictorName::Mean),
        report.nps.map_or(f64::NAN, |n| n.score),
    );
    Ok(())
}

/// 10,000 deterministic stories in Dutch and English on a journey of 40 touchpoints.
fn stories_journey() -> Journey {
    let mut j = journey(40, 9);
    let words = [
        "de",
        "klant",
        "wachttijd",
        "pakket",
        "bezorger",
        "vriendelijk",
        "the",
        "customer",
        "parcel",
        "late",
        "friendly",
        "called",
        "back",
        "factuur",
        "invoice",
        "helpdesk",
    ];
    let mut x = 77u64;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let ids: Vec<_> = j.touchpoints.iter().map(|t| t.id).collect();
    for _ in 0..MAX_STORIES {
        let n = 8 + (next() % 30) as usize;
        let text: Vec<&str> = (0..n).map(|_| words[(next() % 16) as usize]).collect();
        let teller = if next() % 2 == 0 {
            Teller::Employee
        } else {
            Teller::Customer
        };
        let mut s = Story::new(text.join(" "), teller, (next() % 11) as f64 - 5.0);
        s.touchpoint = Some(ids[(next() % 40) as usize]);
        s.themes = vec![format!("theme {}", next() % 25)];
        j.stories.push(s);
    }
    j
}

fn stories() {
    let j = stories_journey();
    time("stories: patterns, 10,000 stories", 21, || {
        black_box(patterns(black_box(&j)));
    });
    time("stories: recurring_words, 10,000 stories", 11, || {
        black_box(recurring_words(black_box(&j.stories), 0.0));
    });
    time("stories: patterns + recurring_words", 11, || {
        black_box(patterns(black_box(&j)));
        black_box(recurring_words(black_box(&j.stories), 0.0));
    });
    let csv = export_stories_csv(&j);
    time("stories: export CSV, 10,000 stories", 11, || {
        black_box(export_stories_csv(black_box(&j)));
    });
    let mut empty = j.clone();
    empty.stories.clear();
    let defaults = StoryDefaults {
        teller: Teller::Customer,
        valence: 0.0,
        touchpoint: None,
        phase: None,
    };
    time("stories: import CSV, 10,000 stories", 11, || {
        black_box(parse_stories(black_box(&csv), &empty, &defaults).ok());
    });
}

fn main() {
    if std::env::var("PEAKEND_STORIES").is_ok() {
        stories();
        return;
    }
    if let Ok(path) = std::env::var("PEAKEND_SURVEY") {
        if let Err(e) = survey_file(&path, 7) {
            eprintln!("{e}");
            std::process::exit(1);
        }
        return;
    }
    let big = journey(10_000, 42);
    time("score, 10,000 touchpoints", 31, || {
        black_box(score(black_box(&big)).ok());
    });
    time("fix_first, 10,000 touchpoints", 31, || {
        black_box(fix_first(black_box(&big)).ok());
    });
    time("export (score + fix_first), 10,000 touchpoints", 31, || {
        black_box(export(black_box(&big)).ok());
    });
    let text = write_journey(&big);
    time("read_journey, 10,000 touchpoints", 11, || {
        black_box(read_journey(black_box(&text)).ok());
    });
    time("write_journey, 10,000 touchpoints", 11, || {
        black_box(write_journey(black_box(&big)));
    });

    // What saving costs after a rating change: the whole stored text from scratch, or
    // with the touchpoints unchanged since the last save re-used (web::storage does that).
    let mut cache = StoredText::default();
    cache.write(&big);
    let writers: [(&str, &mut Writer); 2] = [
        ("from scratch", &mut |j| {
            serde_json::to_string(&to_v1(j)).unwrap_or_default()
        }),
        ("re-used", &mut |j| cache.write(j)),
    ];
    for (how, write) in writers {
        let mut rerated = big.clone();
        let mut k = 0;
        let name = format!("stored text after a rating change, 10,000 touchpoints: {how}");
        time(&name, 31, || {
            k += 1;
            rerated.touchpoints[5].rating = (k % 9) as f64 - 4.0;
            black_box(write(black_box(&rerated)));
        });
    }

    let small: Vec<Journey> = (0..100_000).map(|i| journey(8, i + 1)).collect();
    time("score, 100,000 journeys of 8 touchpoints", 5, || {
        for j in &small {
            black_box(score(black_box(j)).ok());
        }
    });
    time("export, 100,000 journeys of 8 touchpoints", 5, || {
        for j in &small {
            black_box(export(black_box(j)).ok());
        }
    });

    let data = survey(100_000, 12, 7);
    let model = MemoryModel::default();
    time("survey analyze, 100,000 respondents × 12", 21, || {
        black_box(analyze(black_box(&data), &model, 0));
    });
    time(
        "λ from a survey (1,000 bootstrap resamples), 100,000 respondents × 12",
        5,
        || {
            black_box(estimate_lambda(black_box(&data)));
        },
    );
    stories();
    let small = survey(1_000, 12, 7);
    time(
        "λ from a survey (1,000 bootstrap resamples), 1,000 respondents × 12",
        21,
        || {
            black_box(estimate_lambda(black_box(&small)));
        },
    );
}
