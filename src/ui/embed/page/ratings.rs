//! The embed's short list of ratings: a number field per moment for learners, or plain
//! values when the embed is read-only.

use crate::i18n::{self, Lang, T};
use crate::model::Journey;
use crate::web::dom::{El, set_text};
use web_sys::HtmlInputElement;

/// Per touchpoint, what shows its rating.
pub enum Cells {
    /// A field a learner types in.
    Fields(Vec<HtmlInputElement>),
    /// A value to read (`static`).
    Values(Vec<web_sys::Element>),
}

impl Cells {
    /// Shows the ratings of `j`, except in field `typed` (a learner is typing there: it
    /// may read `-` for a moment, or a value the scale will clamp).
    pub fn show(&self, l: Lang, j: &Journey, typed: Option<usize>) {
        let ratings = j.touchpoints.iter().map(|t| t.rating).enumerate();
        match self {
            Cells::Fields(fields) => {
                for ((i, r), field) in ratings.zip(fields) {
                    if typed != Some(i) {
                        field.set_value(&r.to_string());
                    }
                }
            }
            Cells::Values(values) => {
                for ((_, r), value) in ratings.zip(values) {
                    set_text(value, &l.number(r, 1));
                }
            }
        }
    }
}

/// The list, and what shows each rating in it.
pub fn ratings(l: Lang, j: &Journey, read_only: bool) -> (El, Cells) {
    let scale = j.scale;
    let (mut fields, mut values) = (Vec::new(), Vec::new());
    let rows: Vec<El> = j
        .touchpoints
        .iter()
        .map(|t| {
            let value = if read_only {
                let v = El::new("span").class("value").testid("embed-rating-value");
                values.push(v.element().clone());
                v
            } else {
                let label = i18n::field_of(l, T::Rating.get(l), &t.name);
                let f = El::new("input")
                    .attr("type", "number")
                    .testid("embed-rating")
                    .attr("min", &scale.min.to_string())
                    .attr("max", &scale.max.to_string())
                    .attr("step", &scale.step.to_string())
                    .attr("aria-label", &label);
                fields.push(f.typed());
                f
            };
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
    let cells = if read_only {
        Cells::Values(values)
    } else {
        Cells::Fields(fields)
    };
    (list, cells)
}
