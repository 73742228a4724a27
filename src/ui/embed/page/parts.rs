//! The embed page's fixed parts as elements: the header and the footer. They hold words,
//! never compute a score; `super` decides what they show and when.

use crate::i18n::{Lang, T};
use crate::model::Journey;
use crate::presets::Preset;
use crate::web::dom::El;

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
