//! The embed page's fixed parts as elements: the header, the figure for the lanes, the notes under the lanes, and the footer. They hold words, never compute
//! a score; `super` decides what they show and when.

use crate::i18n::{Lang, T};
use crate::model::Journey;
use crate::presets::Preset;
use crate::web::dom::El;
use web_sys::{Element, HtmlCanvasElement};

/// The title and what the journey shows; with `plain`, a heading for screen readers only.
pub fn header(l: Lang, preset: Option<&Preset>, j: &Journey, plain: bool) -> El {
    let (title, shows, note) = match preset {
        Some(p) => (p.title(l), p.shows(l), p.scale_note(l)),
        None => (j.title.as_str(), j.description.as_str(), None),
    };
    if plain {
        return El::new("h1").class("visually-hidden").text(title);
    }
    let shows = (!shows.is_empty()).then(|| {
        El::new("p")
            .class("shows")
            .testid("embed-shows")
            .text(shows)
    });
    El::new("header")
        .class("embed-head")
        .child(El::new("h1").testid("embed-title").text(title))
        .maybe(shows)
        .maybe(note.map(|n| El::new("p").class("scale-note").text(n)))
}

/// A canvas in a figure, with the caption a change rewrites: the lanes'.
pub struct Figure {
    pub figure: Element,
    pub canvas: HtmlCanvasElement,
    pub caption: Element,
}

/// The lanes under the curve with their summary, and the element the notes go in.
pub fn lanes() -> (El, Figure, Element) {
    let canvas = El::new("canvas")
        .testid("journey-lanes")
        .attr("role", "img");
    let caption = El::new("figcaption").testid("lanes-summary");
    let notes = El::new("div").class("lanes-notes");
    let (canvas_el, caption_el, notes_el) = (
        canvas.typed(),
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
        canvas: canvas_el,
        caption: caption_el,
    };
    (figure, fig, notes_el)
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

/// Where a preset comes from, under the embed (not with `plain`).
pub fn source(l: Lang, preset: &Preset) -> El {
    El::new("p")
        .class("source")
        .testid("embed-source")
        .text(&format!("{}: {}", T::EmbedSource.get(l), preset.source(l)))
}

/// "Start again", hidden until something changed.
pub fn reset(l: Lang) -> El {
    El::new("button")
        .attr("type", "button")
        .testid("embed-reset")
        .flag("hidden", true)
        .text(T::EmbedReset.get(l))
}
