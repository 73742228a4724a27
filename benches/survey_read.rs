//! Plain-timing benchmark of the survey reader (no harness): a generated wide export of
//! 100,000 respondents × 15 columns (about 4 MB), read as the worker reads it (detect on
//! the first MiB, then the stream in 4 MiB slices), and a long export of the same
//! answers. Run with `make bench` or `cargo bench --bench survey_read`.

use peakend::io::survey::{HEAD_BYTES, Reader, detect, read_all};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// A deterministic pseudo-random survey (xorshift): id, region, 11 touchpoints rated
/// 1–10, overall 1–10, recommend 0–10; about 3% blanks and a few "N/A".
fn wide(respondents: usize, seed: u64) -> String {
    let mut x = seed.max(1);
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let regions = ["Noord", "Oost", "Zuid", "West"];
    let mut out = String::from("ResponseId,Regio");
    for t in 1..=11 {
        out.push_str(&format!(",Q{t}"));
    }
    out.push_str(",Overall,Q_NPS\n");
    for r in 0..respondents {
        let level = (next() % 7) as i64 + 2;
        out.push_str(&format!("R_{r:06},{}", regions[(next() % 4) as usize]));
        for _ in 0..13 {
            let roll = next() % 100;
            let v = (level + (next() % 5) as i64 - 2).clamp(1, 10);
            if roll < 3 {
                out.push(',');
            } else if roll == 3 {
                out.push_str(",N/A");
            } else {
                out.push_str(&format!(",{v}"));
            }
        }
        out.push_str(&format!(
            ",{}\n",
            (level + (next() % 3) as i64).clamp(0, 10)
        ));
    }
    out
}

/// The same kind of answers, one row per answer.
fn long(respondents: usize, seed: u64) -> String {
    let text = wide(respondents, seed);
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split(',').collect();
    let mut out = String::from("respondent,item,rating\n");
    for line in lines {
        let cells: Vec<&str> = line.split(',').collect();
        for (name, cell) in header.iter().zip(&cells).skip(2) {
            out.push_str(&format!("{},{name},{cell}\n", cells[0]));
        }
    }
    out
}

/// Runs `f` `reps` times and prints the median and the fastest run (only the cases whose
/// label holds the first command-line argument, when one is given).
fn time(label: &str, reps: usize, mut f: impl FnMut()) {
    let only = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    if only.is_some_and(|o| !label.contains(&o)) {
        return;
    }
    let mut runs: Vec<Duration> = (0..reps)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    runs.sort();
    println!(
        "{label:<52} median {:>8.2} ms   best {:>8.2} ms   ({reps} runs)",
        runs[reps / 2].as_secs_f64() * 1e3,
        runs[0].as_secs_f64() * 1e3
    );
}

/// Detect on the head, then stream in slices, as the worker does.
fn stream(bytes: &[u8], slice: usize) -> usize {
    let head = &bytes[..bytes.len().min(HEAD_BYTES)];
    let detected = detect(head, head.len() == bytes.len()).expect("detects");
    let mut reader = Reader::new(&detected, &detected.mapping).expect("mapping fits");
    for chunk in bytes.chunks(slice) {
        reader.feed(chunk);
    }
    let (data, _) = reader.finish().expect("reads");
    data.respondents()
}

fn main() {
    let text = wide(100_000, 7);
    let bytes = text.as_bytes();
    println!(
        "wide: {} rows × 15 columns, {:.2} MB",
        100_000,
        bytes.len() as f64 / 1e6
    );
    assert_eq!(stream(bytes, 4 << 20), 100_000);
    let head = &bytes[..HEAD_BYTES];
    time("detect, first MiB", 21, || {
        black_box(detect(black_box(head), false).ok());
    });
    time("detect + stream (4 MiB slices), 100,000 × 15", 21, || {
        black_box(stream(black_box(bytes), 4 << 20));
    });
    time("detect + stream (64 KiB slices), 100,000 × 15", 21, || {
        black_box(stream(black_box(bytes), 64 << 10));
    });
    time(
        "read_all (whole-file detect + read), 100,000 × 15",
        11,
        || {
            black_box(read_all(black_box(bytes), None).ok());
        },
    );
    let long_text = long(100_000, 7);
    println!(
        "long: {} answers, {:.2} MB",
        long_text.lines().count() - 1,
        long_text.len() as f64 / 1e6
    );
    time(
        "detect + stream, long, 100,000 respondents × 13",
        11,
        || {
            black_box(stream(black_box(long_text.as_bytes()), 4 << 20));
        },
    );
}
