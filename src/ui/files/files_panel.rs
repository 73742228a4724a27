//! "Import / export": every way a journey leaves or enters the app (JSON, CSV, Mermaid,
//! the analysis, the chart as PNG or SVG), the share link ([`ShareLink`]), and printing.
//! Part of the panels program: the workspace shows it (`ui::lazy::host`)
//! and imports the files picked here as it does files dropped on the page.

use crate::analysis;
use crate::i18n::T;
use crate::i18n::files_panel::FP;
use crate::io::csv::{self, Separator};
use crate::io::{json, mermaid};
use crate::model::Journey;
use crate::ui::files::share_link::ShareLink;
use crate::ui::tr;
use crate::ui::use_lang;
use crate::web::download::{download, download_url, file_name};
use crate::web::drop_zone::files_of;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilesPanelProps {
    pub journey: Rc<Journey>,
    /// Saves every journey of the library as one file (the workspace holds the library).
    pub on_export_library: Callback<()>,
    pub on_files: Callback<Vec<web_sys::File>>,
    pub on_close: Callback<()>,
}

fn chart_png() -> Option<String> {
    let canvas: web_sys::HtmlCanvasElement = web_sys::window()?
        .document()?
        .query_selector("[data-testid=journey-chart]")
        .ok()??
        .dyn_into()
        .ok()?;
    canvas.to_data_url().ok()
}

#[function_component(FilesPanel)]
pub fn files_panel(p: &FilesPanelProps) -> Html {
    let l = use_lang();
    let separator = use_state(|| Separator::Comma);
    let j = p.journey.clone();
    let save = |ext: &'static str, mime: &'static str, make: Rc<dyn Fn(&Journey) -> String>| {
        let j = j.clone();
        Callback::from(move |_: MouseEvent| {
            download(&file_name(&j.title, ext), mime, &make(&j));
        })
    };
    let sep = *separator;
    let on_json = save("json", "application/json", Rc::new(json::write_journey));
    let on_json_bare = save(
        "json",
        "application/json",
        Rc::new(json::write_without_stories),
    );
    let on_csv = save(
        "csv",
        "text/csv",
        Rc::new(move |j: &Journey| csv::export_csv(j, sep)),
    );
    let actor = FP::MermaidActor.get(l);
    let on_mermaid = save(
        "mmd",
        "text/plain",
        Rc::new(move |j: &Journey| mermaid::export_mermaid(j, actor)),
    );
    let on_analysis = save(
        "analysis.json",
        "application/json",
        Rc::new(|j: &Journey| {
            analysis::export(j)
                .ok()
                .and_then(|a| serde_json::to_string_pretty(&a).ok())
                .unwrap_or_default()
        }),
    );
    let on_svg = save(
        "svg",
        "image/svg+xml",
        Rc::new(move |j: &Journey| {
            crate::chart::to_svg(&crate::chart::CurveData::from_journey(j, l), 1100, 480)
        }),
    );
    let on_png = {
        let j = j.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(url) = chart_png() {
                download_url(&file_name(&j.title, "png"), &url);
            }
        })
    };
    let on_library = p.on_export_library.reform(|_: MouseEvent| ());
    let on_separator = {
        let separator = separator.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            separator.set(if v == "semicolon" {
                Separator::Semicolon
            } else {
                Separator::Comma
            });
        })
    };
    let on_pick = p.on_files.reform(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let files = files_of(input.files());
        // Picking the same file again must fire `change` again.
        input.set_value("");
        files
    });
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let scorable = !j.touchpoints.is_empty();
    html! {
        <section class="panel files-panel" data-testid="files-panel" aria-labelledby="files-heading">
            <div class="files-head">
                <h2 id="files-heading">{ FP::FilesTitle.get(l) }</h2>
                <button type="button" data-testid="files-close"
                    onclick={p.on_close.reform(|_: MouseEvent| ())}>{ tr(l, T::Close) }</button>
            </div>
            <div class="files-groups">
                <div class="files-group">
                    <h3>{ FP::SaveCopyHeading.get(l) }</h3>
                    <button type="button" data-testid="files-export-json" onclick={on_json.clone()}>{ tr(l, T::ExportJson) }</button>
                    if !j.stories.is_empty() {
                        <button type="button" data-testid="files-export-json-no-stories"
                            onclick={on_json_bare}>{ FP::ExportWithoutStories.get(l) }</button>
                    }
                    <button type="button" data-testid="export-library" onclick={on_library}>{ FP::ExportLibrary.get(l) }</button>
                    <label class="field">
                        <span>{ FP::CsvSeparator.get(l) }</span>
                        <select data-testid="csv-separator" onchange={on_separator}>
                            <option value="comma" selected={sep == Separator::Comma}>{ FP::CsvComma.get(l) }</option>
                            <option value="semicolon" selected={sep == Separator::Semicolon}>{ FP::CsvSemicolon.get(l) }</option>
                        </select>
                    </label>
                    <button type="button" data-testid="export-csv" onclick={on_csv}>{ FP::ExportCsv.get(l) }</button>
                    <button type="button" data-testid="export-mermaid" onclick={on_mermaid}>{ FP::ExportMermaid.get(l) }</button>
                    <button type="button" data-testid="export-analysis" disabled={!scorable} onclick={on_analysis}>{ FP::ExportAnalysis.get(l) }</button>
                    <button type="button" data-testid="export-png" disabled={!scorable} onclick={on_png}>{ FP::ExportPng.get(l) }</button>
                    <button type="button" data-testid="export-svg" disabled={!scorable} onclick={on_svg}>{ FP::ExportSvg.get(l) }</button>
                    if !scorable { <p class="hint">{ FP::NothingToAnalyse.get(l) }</p> }
                </div>
                <div class="files-group">
                    <h3>{ FP::OpenFilesHeading.get(l) }</h3>
                    <label class="field file-pick">
                        <span>{ FP::ImportChoose.get(l) }</span>
                        <input type="file" multiple=true data-testid="import-file"
                            accept=".json,.csv,.tsv,.txt,.mmd,application/json,text/csv,text/plain"
                            onchange={on_pick} />
                    </label>
                    <p class="hint">{ FP::ImportHint.get(l) }</p>
                </div>
                <div class="files-group">
                    <h3>{ FP::ShareHeading.get(l) }</h3>
                    <ShareLink journey={j.clone()} />
                    <button type="button" data-testid="print-report-button" onclick={on_print}>{ FP::PrintReport.get(l) }</button>
                    <p class="hint">{ FP::PrintHint.get(l) }</p>
                </div>
            </div>
        </section>
    }
}
