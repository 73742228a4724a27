//! Writes the journey curve and the lanes under it as SVG files, with a page that stacks
//! them, to look at: the seeds' telecom story at 1280 px (projector type), 800 px and on a
//! phone (390 px), in English and Dutch, each with its text alternative.
//!
//! ```text
//! cargo run --example lanes_pictures -- FOLDER
//! ```
//!
//! Open `FOLDER/index.html` in a browser, or screenshot it (playwright-core with Chromium).

use peakend::chart::lanes::{Lane, LanesData, PromiseCounts, lanes_svg, preferred_height};
use peakend::chart::{CurveData, Theme, to_svg};
use peakend::i18n::Lang;
use peakend::i18n::lanes::text::lanes_summary;

fn telecom(lang: Lang, theme: Theme) -> (CurveData, LanesData) {
    let labels: Vec<String> = match lang {
        Lang::En => [
            "Two contracts",
            "Promised solution",
            "Call",
            "Call again",
            "Cancellation",
        ],
        Lang::Nl => [
            "Twee contracten",
            "Beloofde oplossing",
            "Bellen",
            "Opnieuw bellen",
            "Opzeggen",
        ],
    }
    .iter()
    .map(|s| s.to_string())
    .collect();
    let promise = |kept, broken, open| PromiseCounts { kept, broken, open };
    let lanes = LanesData {
        labels: labels.clone(),
        lanes: vec![
            Lane::Bank {
                running: vec![4.0, -1.0, -3.0, -7.0, -12.0],
                lowest_at: Some(4),
            },
            Lane::Promises {
                counts: vec![
                    promise(2, 0, 0),
                    promise(0, 1, 0),
                    promise(0, 0, 0),
                    promise(0, 0, 1),
                    promise(0, 0, 0),
                ],
            },
            Lane::FailureDemand {
                flags: vec![false, false, true, true, false],
                caused_by: vec![None, None, Some(1), Some(1), None],
            },
            Lane::Expectations {
                gaps: vec![Some(1.0), Some(-4.0), Some(-2.0), Some(0.5), Some(-3.0)],
                tolerance: 0.5,
            },
        ],
        lang,
        theme,
    };
    let curve = CurveData {
        ratings: vec![4.0, -3.0, -2.0, -4.0, -5.0],
        labels,
        peak: Some(4),
        end: Some(4),
        peak_label: "Peak".into(),
        end_label: "End".into(),
        lang,
        theme,
        ..CurveData::default()
    };
    (curve, lanes)
}

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: lanes_pictures FOLDER");
        std::process::exit(2);
    };
    let projector = Theme {
        font_px: 22,
        line_px: 5,
        point_px: 8,
        dark: false,
    };
    let mut page = String::from(
        "<!doctype html><meta charset=utf-8><body style='margin:0;background:#eee;font-family:sans-serif'>",
    );
    for (w, lang, theme) in [
        (1280, Lang::En, projector),
        (800, Lang::En, Theme::default()),
        (800, Lang::Nl, Theme::default()),
        (390, Lang::En, Theme::default()),
        (390, Lang::Nl, Theme::default()),
    ] {
        let (curve, lanes) = telecom(lang, theme);
        let name = format!("{w}_{}", lang.tag());
        let write = |file: String, text: String| {
            if let Err(e) = std::fs::write(&file, text) {
                eprintln!("cannot write {file}: {e}");
                std::process::exit(1);
            }
        };
        write(format!("{dir}/{name}_curve.svg"), to_svg(&curve, w, 300));
        let h = preferred_height(&lanes, w);
        write(format!("{dir}/{name}_lanes.svg"), lanes_svg(&lanes, w, h));
        page.push_str(&format!(
            "<div id='p{name}' style='display:inline-block;margin:8px;background:#fff;width:{w}px'>\
             <img src='{name}_curve.svg' style='display:block'><img src='{name}_lanes.svg' style='display:block'>\
             <p style='margin:8px;font-size:14px'>{}</p></div>",
            lanes_summary(lang, &lanes)
        ));
    }
    std::fs::write(format!("{dir}/index.html"), page).unwrap_or_else(|e| {
        eprintln!("cannot write the page: {e}");
        std::process::exit(1);
    });
}
