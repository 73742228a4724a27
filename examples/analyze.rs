//! Prints an analysis as one JSON object: of a journey file, or of a survey export.
//!
//! ```text
//! cargo run --release --example analyze -- FILE.json
//! cargo run --release --example analyze -- --survey FILE [--touchpoints "A,B,…"]
//!     [--overall COL] [--nps COL] [--segment COL] [--nps-scale 0-10|1-10] [--journey FILE.json]
//! cargo run --release --example analyze -- --ics FILE.json [--lang en|nl]
//! ```
//!
//! A journey file prints one analysis object (see `analysis::AnalysisExport`); a library
//! file prints `{"format": "peakend/analysis-library", "analyses": [...]}`. A survey prints
//! the object the app exports (see `analysis::survey::SurveyReport`, with the customers' λ
//! under `lambda`): without flags it uses
//! the mapping Peakend detects; the flags change it the way the mapping step does. The
//! remembered score uses the memory model of `--journey` (the classic rule without it).
//! `--ics` prints the journey's twelve-week plan as an iCalendar file (RFC 5545).
//! Anything that cannot be read exits with status 1 and the reason on stderr; a wrong
//! command line with status 2.

use peakend::analysis::{self, AnalysisExport};
use peakend::i18n::{Lang, plan_text};
use peakend::io::{ics, json, survey};
use peakend::model::survey::{Mapping, NpsScale, Role};
use peakend::model::{Journey, MemoryModel};
use std::process::ExitCode;

fn analyse(path: &str, i: usize, j: &Journey) -> Result<AnalysisExport, String> {
    analysis::export(j).map_err(|e| format!("{path}: journey {}: {e}", i + 1))
}

fn run_journey(path: &str) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let printed = match json::read_journey(&text) {
        // Printed straight from the struct, so the keys keep their documented order.
        Ok(j) => serde_json::to_string_pretty(&analyse(path, 0, &j)?),
        Err(e) if e.kind == json::ErrorKind::IsLibrary => {
            let journeys = json::read_any(&text).map_err(|e| format!("{path}: {e}"))?;
            let analyses = journeys
                .iter()
                .enumerate()
                .map(|(i, j)| analyse(path, i, j))
                .collect::<Result<Vec<_>, String>>()?;
            serde_json::to_string_pretty(
                &serde_json::json!({"format": "peakend/analysis-library", "analyses": analyses}),
            )
        }
        Err(e) => return Err(format!("{path}: {e}")),
    };
    printed.map_err(|e| e.to_string())
}

/// The survey flags, as typed.
#[derive(Default)]
struct SurveyArgs {
    file: String,
    touchpoints: Option<String>,
    overall: Option<String>,
    nps: Option<String>,
    segment: Option<String>,
    nps_scale: Option<NpsScale>,
    journey: Option<String>,
}

fn parse_survey_args(args: &[String]) -> Result<SurveyArgs, String> {
    let mut out = SurveyArgs::default();
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        match flag.as_str() {
            "--survey" => out.file = value()?,
            "--touchpoints" => out.touchpoints = Some(value()?),
            "--overall" => out.overall = Some(value()?),
            "--nps" => out.nps = Some(value()?),
            "--segment" => out.segment = Some(value()?),
            "--journey" => out.journey = Some(value()?),
            "--nps-scale" => {
                out.nps_scale = Some(match value()?.as_str() {
                    "0-10" => NpsScale::ZeroToTen,
                    "1-10" => NpsScale::OneToTen,
                    other => return Err(format!("--nps-scale must be 0-10 or 1-10, not {other}")),
                })
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    if out.file.is_empty() {
        return Err("--survey needs a file".into());
    }
    Ok(out)
}

/// The column named `name` (as the file's header names it, case-insensitively).
fn column(names: &[String], name: &str) -> Result<usize, String> {
    let want = name.trim().to_lowercase();
    names
        .iter()
        .position(|n| n.trim().to_lowercase() == want)
        .ok_or_else(|| {
            format!(
                "no column named {name:?}; the columns are: {}",
                names.join(", ")
            )
        })
}

/// Sets `role` on exactly the column `name`: another column that had it loses it.
fn only(mapping: &mut Mapping, names: &[String], role: Role, name: &str) -> Result<(), String> {
    let at = column(names, name)?;
    for r in mapping.roles.iter_mut().filter(|r| **r == role) {
        *r = Role::Ignore;
    }
    mapping.touchpoints.retain(|&c| c != at);
    mapping.roles[at] = role;
    Ok(())
}

/// The detected mapping, changed by the flags the way the mapping step changes it.
fn apply_flags(mut mapping: Mapping, names: &[String], a: &SurveyArgs) -> Result<Mapping, String> {
    if let Some(list) = &a.touchpoints {
        let wanted = list
            .split(',')
            .map(|n| column(names, n))
            .collect::<Result<Vec<_>, _>>()?;
        for r in mapping.roles.iter_mut().filter(|r| **r == Role::Touchpoint) {
            *r = Role::Ignore;
        }
        for &c in &wanted {
            mapping.roles[c] = Role::Touchpoint;
        }
        mapping.touchpoints = wanted;
    }
    if let Some(c) = &a.overall {
        only(&mut mapping, names, Role::Overall, c)?;
    }
    if let Some(c) = &a.nps {
        only(&mut mapping, names, Role::Nps, c)?;
    }
    if let Some(c) = &a.segment {
        only(&mut mapping, names, Role::Segment, c)?;
    }
    if let Some(s) = a.nps_scale {
        mapping.nps_scale = s;
    }
    Ok(mapping)
}

fn run_survey(a: &SurveyArgs) -> Result<String, String> {
    let path = &a.file;
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let model = match &a.journey {
        Some(j) => {
            let text = std::fs::read_to_string(j).map_err(|e| format!("{j}: {e}"))?;
            json::read_journey(&text)
                .map_err(|e| format!("{j}: {e}"))?
                .memory
        }
        None => MemoryModel::default(),
    };
    let (detected, _, _) = survey::read_all(&bytes, None).map_err(|e| format!("{path}: {e}"))?;
    let names: Vec<String> = detected.columns.iter().map(|c| c.name.clone()).collect();
    let mapping = apply_flags(detected.mapping.clone(), &names, a)?;
    let (_, data, summary) =
        survey::read_all(&bytes, Some(&mapping)).map_err(|e| format!("{path}: {e}"))?;
    let report = analysis::survey::analyze(&data, &model, summary.skipped);
    serde_json::to_string_pretty(&report).map_err(|e| e.to_string())
}

/// The plan of a journey file as an iCalendar file, in `lang`, stamped now.
fn run_ics(args: &[String]) -> Result<String, String> {
    let mut path = None;
    let mut lang = Lang::En;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--ics" => path = it.next(),
            "--lang" => {
                let tag = it.next().ok_or("--lang needs en or nl")?;
                lang = Lang::from_tag(tag).ok_or_else(|| format!("unknown language {tag}"))?;
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let path = path.ok_or("--ics needs a journey file")?;
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let j = json::read_journey(&text).map_err(|e| format!("{path}: {e}"))?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_millis() as f64);
    let ics = plan_text::plan_calendar(lang, &j, &ics::utc_stamp(now))
        .ok_or_else(|| format!("{path}: this journey has no plan"))?;
    // println! adds a bare line feed; the file's lines already end in CR LF.
    Ok(ics.trim_end_matches("\r\n").to_string())
}

const USAGE: &str = "usage: analyze FILE.json\n       analyze --ics FILE.json [--lang en|nl]\n       analyze --survey FILE [--touchpoints \"A,B,…\"] [--overall COL] [--nps COL] [--segment COL] [--nps-scale 0-10|1-10] [--journey FILE.json]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--ics") {
        return match run_ics(&args) {
            Ok(s) => {
                print!("{s}\r\n");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}\n{USAGE}");
                ExitCode::FAILURE
            }
        };
    }
    let result = if args.iter().any(|a| a == "--survey") {
        match parse_survey_args(&args) {
            Ok(a) => run_survey(&a),
            Err(e) => {
                eprintln!("{e}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    } else if let [path] = args.as_slice() {
        run_journey(path)
    } else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    match result {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
