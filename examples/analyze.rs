//! Prints the analysis of a journey file as one JSON object.
//!
//! ```text
//! cargo run --release --example analyze -- FILE.json
//! ```
//!
//! A journey file prints one analysis object (see `analysis::AnalysisExport`); a library
//! file prints `{"format": "peakend/analysis-library", "analyses": [...]}`. A file that
//! cannot be read or scored exits with status 1 and the reason on stderr.

use peakend::analysis::{self, AnalysisExport};
use peakend::io::json;
use std::process::ExitCode;

fn analyse(path: &str, i: usize, j: &peakend::model::Journey) -> Result<AnalysisExport, String> {
    analysis::export(j).map_err(|e| format!("{path}: journey {}: {e}", i + 1))
}

fn run(path: &str) -> Result<String, String> {
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

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!("usage: analyze FILE.json");
        return ExitCode::from(2);
    };
    match run(path) {
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
