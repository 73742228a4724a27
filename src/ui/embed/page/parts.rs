//! The embed page's parts as elements: the header, the figures for the curve and the
//! lanes, the score tiles, the formula, the ratings and the footer. Each part keeps the
//! elements a change updates; `super` decides when.

use crate::analysis::Scores;
use crate::i18n::score_text::{formula_text, gap_explain, tile_text};
use crate::i18n::{self, Lang, SOURCES, T};
use crate::model::Journey;
use crate::presets::Preset;
use crate::web::dom::El;
use web_sys::{Element, HtmlCanvasElement};

/// Visible to screen readers only.
const HIDDEN: &str = "visually-hidden";

/// The title and what the journey shows; with `plain`, a heading for screen readers only.
pub fn header(l: Lang, preset: Option<&Preset>, j: &Journey, plain: bool) -> El {
    let (title, shows, note) = match preset {
        Some(p) => (p.title(l), p.shows(l), p.scale_note(l)),
        None => (j.title.as_str(), j.description.as_str(), None),
    };
    if plain {
        return El::new("h1").class(HIDDEN).text(title);
    }
    El::new("header")
        .class("embed-head")
        .child(El::new("h1").testid("embed-title").text(title))
        .maybe((!shows.is_empty()).then(|| {
            El::new("p")
                .class("shows")
                .testid("embed-shows")
                .text(shows)
        }))
        .maybe(note.map(|n| El::new("p").class("scale-note").text(n)))
}

/// A canvas in a figure, with the figure's caption: the curve's, or the lanes'.
pub struct Figure {
    pub figure: Element,
    pub canvas: HtmlCanvasElement,
    pub caption: Element,
}

/// The curve: a canvas to drag points on, its summary and the hint under it.
pub fn curve(l: Lang) -> (El, Figure) {
    let canvas = El::new("canvas")
        .testid("journey-chart")
        .attr("role", "img");
    let summary = El::new("span").testid("chart-summary");
    let (canvas_el, caption) = (canvas.element().clone(), summary.element().clone());
    let figure = El::new("figure").class("chart").child(canvas).child(
        El::new("figcaption")
            .child(summary)
            .text(" ")
            .child(El::new("span").class("hint").text(T::ChartDragHint.get(l))),
    );
    let parts = Figure {
        figure: figure.element().clone(),
        canvas: wasm_bindgen::JsCast::unchecked_into(canvas_el),
        caption,
    };
    (figure, parts)
}

/// The lanes under the curve, with their summary and the notes under it.
pub fn lanes() -> (El, Figure, Element) {
    let canvas = El::new("canvas")
        .testid("journey-lanes")
        .attr("role", "img");
    let caption = El::new("figcaption").testid("lanes-summary");
    let notes = El::new("div");
    let parts = (
        canvas.element().clone(),
        caption.element().clone(),
        notes.element().clone(),
    );
    let figure = El::new("figure")
        .class("chart lanes")
        .child(canvas)
        .child(caption)
        .child(notes);
    let fig = Figure {
        figure: figure.element().clone(),
        canvas: wasm_bindgen::JsCast::unchecked_into(parts.0),
        caption: parts.1,
    };
    (figure, fig, parts.2)
}

/// The notes under the lanes: the blind spots, and what we think customers remember.
pub fn lane_notes(blind_spots: Option<String>, ours: Option<String>) -> Vec<El> {
    let note = |id: &str, text: String| El::new("p").class("lanes-note").testid(id).text(&text);
    [
        blind_spots.map(|s| note("lanes-blind-spots", s)),
        ours.map(|s| note("lanes-remembered-ours", s)),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// One score tile, whose number, line and explanation a change rewrites.
pub struct Tile {
    el: Element,
    value: Element,
    pct: Element,
    explain: Element,
    testid: &'static str,
}

impl Tile {
    fn new(l: Lang, testid: &'static str, label: T) -> (El, Tile) {
        let (value, pct, explain) = (
            El::new("p").class("value"),
            El::new("p").class("pct"),
            El::new("p").class("explain"),
        );
        let el = El::new("div").class("score").testid(testid);
        let tile = Tile {
            el: el.element().clone(),
            value: value.element().clone(),
            pct: pct.element().clone(),
            explain: explain.element().clone(),
            testid,
        };
        let el = el
            .child(El::new("h3").text(label.get(l)))
            .child(value)
            .child(pct)
            .child(explain);
        (el, tile)
    }

    fn show(&self, l: Lang, value: f64, pct: f64, explain: &str) {
        let text = tile_text(l, value, pct, self.testid == "score-gap");
        let _ = self.el.set_attribute("data-value", &value.to_string());
        let _ = self.el.set_attribute("data-percent", &pct.to_string());
        self.value.set_text_content(Some(&text.shown));
        self.pct.set_text_content(Some(&text.pct));
        self.explain.set_text_content(Some(explain));
    }
}

/// The score card's three tiles (remembered, experienced, the gap) in a live region.
pub fn score_card(l: Lang) -> (El, [Tile; 3]) {
    let (a, remembered) = Tile::new(l, "score-remembered", T::Remembered);
    let (b, experienced) = Tile::new(l, "score-experienced", T::Experienced);
    let (c, gap) = Tile::new(l, "score-gap", T::Gap);
    let card = El::new("div")
        .class("score-card")
        .testid("score-card")
        .attr("aria-live", "polite")
        .children([a, b, c]);
    (card, [remembered, experienced, gap])
}

/// Shows `s` on the card's tiles.
pub fn show_scores(l: Lang, tiles: &[Tile; 3], s: &Scores) {
    let [remembered, experienced, gap] = tiles;
    remembered.show(
        l,
        s.remembered,
        s.remembered_pct,
        T::RememberedExplain.get(l),
    );
    experienced.show(
        l,
        s.experienced,
        s.experienced_pct,
        T::ExperiencedExplain.get(l),
    );
    gap.show(l, s.gap, s.gap_pct, gap_explain(l, s));
}

/// The card for a journey without a score (no touchpoints).
pub fn no_score(l: Lang) -> El {
    El::new("div")
        .class("score-card empty")
        .testid("score-card")
        .child(El::new("p").text(T::NoScore.get(l)))
}

/// "How is this calculated?", whose first two lines a change rewrites.
pub struct Formula {
    remembered: Element,
    parts: Element,
}

/// The formula's disclosure, with the caveat and the sources that never change.
pub fn formula(l: Lang) -> (El, Formula) {
    let remembered = El::new("p").class("formula").testid("formula-remembered");
    let parts = El::new("ul").class("formula-parts");
    let f = Formula {
        remembered: remembered.element().clone(),
        parts: parts.element().clone(),
    };
    let el = El::new("details")
        .class("score-formula")
        .testid("score-formula")
        .child(El::new("summary").text(T::FormulaSummary.get(l)))
        .child(remembered)
        .child(parts)
        .child(
            El::new("p")
                .class("caveat")
                .child(El::new("strong").text(T::FormulaNotMeasurement.get(l))),
        )
        .child(
            El::new("p")
                .class("caveat")
                .testid("formula-caveat")
                .text(T::FormulaCaveat.get(l)),
        )
        .child(El::new("h4").text(T::FormulaSources.get(l)))
        .child(
            El::new("ul")
                .class("sources")
                .children(SOURCES.iter().map(|s| El::new("li").text(s))),
        );
    (el, f)
}

/// Shows the formula of `j`.
pub fn show_formula(l: Lang, into: &Formula, j: &Journey) {
    let Ok(f) = crate::analysis::formula(j) else {
        return;
    };
    let text = formula_text(l, j, &f);
    into.remembered.set_text_content(Some(&text.remembered));
    let line = |id: &str, index: usize, marked: bool, text: &str| {
        El::new("li")
            .testid(id)
            .attr("data-index", &index.to_string())
            .attr("data-marked", &marked.to_string())
            .text(text)
    };
    crate::web::dom::set_children(
        &into.parts,
        [
            Some(line("formula-peak", f.peak, f.peak_marked, &text.peak)),
            Some(line("formula-end", f.end, f.end_marked, &text.end)),
            text.trend
                .map(|t| El::new("li").testid("formula-trend").text(&t)),
            Some(El::new("li").text(T::FormulaExperienced.get(l))),
        ]
        .into_iter()
        .flatten(),
    );
}

/// The short list of ratings: a number field per moment for learners, or plain values
/// when the embed is read-only. Returns the list and, per touchpoint, its field or value.
pub fn ratings(l: Lang, j: &Journey, read_only: bool) -> (El, Vec<Element>) {
    let scale = j.scale;
    let mut cells = Vec::with_capacity(j.touchpoints.len());
    let rows: Vec<El> = j
        .touchpoints
        .iter()
        .map(|t| {
            let value = if read_only {
                El::new("span")
                    .class("value")
                    .testid("embed-rating-value")
                    .text(&l.number(t.rating, 1))
            } else {
                let label = i18n::field_of(l, T::Rating.get(l), &t.name);
                El::new("input")
                    .attr("type", "number")
                    .testid("embed-rating")
                    .attr("min", &scale.min.to_string())
                    .attr("max", &scale.max.to_string())
                    .attr("step", &scale.step.to_string())
                    .attr("value", &t.rating.to_string())
                    .attr("aria-label", &label)
            };
            cells.push(value.element().clone());
            El::new("li")
                .child(El::new("span").class("name").text(&t.name))
                .child(value)
        })
        .collect();
    let summary = if read_only {
        T::EmbedRatingsTable
    } else {
        T::EmbedRatings
    };
    let hint = (!read_only).then(|| {
        let range = i18n::scale_range(l, scale.min, scale.max);
        El::new("p").class("hint").text(&format!(
            "{} {}: {range}.",
            T::EmbedRatingsHint.get(l),
            T::EmbedScaleNote.get(l)
        ))
    });
    let list = El::new("details")
        .class("embed-ratings")
        .testid("embed-ratings")
        .flag("open", !read_only)
        .child(El::new("summary").text(summary.get(l)))
        .maybe(hint)
        .child(El::new("ol").children(rows));
    (list, cells)
}

/// Where a preset comes from, under the embed (not with `plain`).
pub fn source(l: Lang, preset: &Preset) -> El {
    El::new("p")
        .class("source")
        .testid("embed-source")
        .text(&format!("{}: {}", T::EmbedSource.get(l), preset.source(l)))
}

/// "Start again", shown once something changed.
pub fn reset(l: Lang) -> El {
    El::new("button")
        .attr("type", "button")
        .testid("embed-reset")
        .flag("hidden", true)
        .text(T::EmbedReset.get(l))
}
