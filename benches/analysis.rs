//! Plain-timing benchmark of the analysis (no harness): one 10,000-touchpoint journey,
//! and 100,000 small journeys. Run with `make bench` or `cargo bench --bench analysis`.

use peakend::analysis::{export, fix_first, score};
use peakend::io::json::{read_journey, write_journey};
use peakend::model::{Journey, Scale};
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

/// Runs `f` `reps` times and prints the median and the fastest run.
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

fn main() {
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
}
