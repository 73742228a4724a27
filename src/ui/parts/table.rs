//! Every touchpoint of a journey as a plain table, built with plain DOM: for the printed
//! report and for someone reading a shared journey. Shows; never edits.

use crate::analysis;
use crate::i18n::{self, Lang, T};
use crate::model::{Channel, Journey};
use crate::web::dom::El;

/// Every touchpoint: its number, phase, name, channel, rating, duration, whether it is the
/// peak or the end, and its notes.
pub fn touchpoint_table(l: Lang, j: &Journey) -> El {
    let scores = analysis::score(j).ok();
    let cell = |class: Option<&str>, text: &str| {
        let td = El::new("td");
        let td = match class {
            Some(c) => td.class(c),
            None => td,
        };
        td.text(text)
    };
    let rows = j.touchpoints.iter().enumerate().map(|(i, t)| {
        let phase = t.phase.and_then(|id| j.phase(id)).map(|p| p.name.as_str());
        let channel = match &t.channel {
            None => "",
            Some(Channel::Custom(s)) => s.as_str(),
            Some(c) => i18n::channel_label(c).get(l),
        };
        let mut marks = Vec::new();
        if let Some(s) = &scores {
            if s.peak == i {
                marks.push(T::PeakShort.get(l));
            }
            if s.end == i {
                marks.push(T::EndShort.get(l));
            }
        }
        El::new("tr")
            .testid("table-touchpoint")
            .child(cell(Some("num"), &(i + 1).to_string()))
            .child(cell(None, phase.unwrap_or_default()))
            .child(El::new("th").attr("scope", "row").text(&t.name))
            .child(cell(None, channel))
            .child(cell(Some("num"), &l.number(t.rating, 2)))
            .child(cell(Some("num"), &l.number(t.duration, 2)))
            .child(cell(None, &marks.join(", ")))
            .child(cell(Some("notes"), &t.notes))
    });
    let head = [
        (T::ColNumber, true),
        (T::FieldPhase, false),
        (T::ColTouchpoint, false),
        (T::FieldChannel, false),
        (T::ColRating, true),
        (T::FieldDuration, true),
        (T::ColMarks, false),
        (T::FieldNotes, false),
    ]
    .map(|(word, num)| {
        let th = El::new("th").attr("scope", "col").text(word.get(l));
        if num { th.class("num") } else { th }
    });
    El::new("table")
        .class("touchpoint-table")
        .testid("touchpoint-table")
        .child(El::new("caption").text(T::Touchpoints.get(l)))
        .child(El::new("thead").child(El::new("tr").children(head)))
        .child(El::new("tbody").children(rows))
}
