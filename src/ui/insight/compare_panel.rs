//! As-is against to-be: both journeys' scores, the number of contacts, the differences,
//! and the touchpoints that changed, all from `analysis::compare`. A failure-demand
//! contact the to-be leaves out reads as such (the promises-kept scenario).

use crate::analysis::{self, Change, CompareError, NoScore, Side};
use crate::i18n::lanes::keep_promises::{K, removed_failure_demand};
use crate::i18n::{self, Lang, T};
use crate::model::Journey;
use crate::ui::plain::{Plain, PlainPart, Send};
use crate::web::dom::{El, set_children};
use std::rc::Rc;
use web_sys::Element;

fn error_text(e: &CompareError) -> T {
    match (e.side, e.reason) {
        (Side::AsIs, NoScore::NoTouchpoints) => T::CompareAsIsEmpty,
        (Side::ToBe, NoScore::NoTouchpoints) => T::CompareToBeEmpty,
        (Side::AsIs, _) => T::CompareAsIsInvalid,
        (Side::ToBe, _) => T::CompareToBeInvalid,
    }
}

/// One row of the table: a measure for both journeys and the difference.
fn row(l: Lang, label: T, testid: &str, values: (f64, f64), delta: (f64, f64)) -> El {
    let tone = if delta.0 > 0.0 {
        "delta up"
    } else if delta.0 < 0.0 {
        "delta down"
    } else {
        "delta same"
    };
    El::new("tr")
        .child(El::new("th").attr("scope", "row").text(label.get(l)))
        .child(El::new("td").text(&l.number(values.0, 2)))
        .child(El::new("td").text(&l.number(values.1, 2)))
        .child(
            El::new("td")
                .class(tone)
                .testid(testid)
                .attr("data-value", &delta.0.to_string())
                .attr("data-percent", &delta.1.to_string())
                .text(&i18n::signed(l, delta.0, 2))
                .child(
                    El::new("span")
                        .class("pct")
                        .text(&format!(" ({} pt)", i18n::signed(l, delta.1, 0))),
                ),
        )
}

/// The contacts row: how many touchpoints each journey has, and the difference.
fn contacts_row(l: Lang, before: usize, after: usize) -> El {
    let change = after as i64 - before as i64;
    let tone = match change.signum() {
        1 => "delta more",
        -1 => "delta fewer",
        _ => "delta same",
    };
    El::new("tr")
        .child(El::new("th").attr("scope", "row").text(K::Contacts.get(l)))
        .child(El::new("td").text(&before.to_string()))
        .child(El::new("td").text(&after.to_string()))
        .child(
            El::new("td")
                .class(tone)
                .testid("compare-delta-contacts")
                .attr("data-value", &change.to_string())
                .text(&i18n::signed(l, change as f64, 0)),
        )
}

fn change_text(l: Lang, c: &Change, as_is: &Journey, to_be: &Journey) -> String {
    let tp = |j: &Journey, i: usize| j.touchpoints.get(i).map(|t| (t.name.clone(), t.rating));
    let (name, rating) = match c {
        Change::Added { index, .. } => tp(to_be, *index),
        Change::Removed { index, .. } => tp(as_is, *index),
        Change::RatingChanged { to_be_index, .. } => tp(to_be, *to_be_index),
    }
    .unwrap_or_default();
    match c {
        Change::Added { .. } => i18n::change_added(l, &name, rating),
        c @ Change::Removed { .. } if failure_demand_gone(c, as_is) => {
            removed_failure_demand(l, &name, rating)
        }
        Change::Removed { .. } => i18n::change_removed(l, &name, rating),
        Change::RatingChanged { from, to, .. } => i18n::change_rerated(l, &name, *from, *to),
    }
}

/// Whether the change is a failure-demand contact the to-be left out.
fn failure_demand_gone(c: &Change, as_is: &Journey) -> bool {
    matches!(c, Change::Removed { index, .. } if as_is.touchpoints.get(*index).is_some_and(|t| t.failure_demand))
}

fn change_kind(c: &Change) -> &'static str {
    match c {
        Change::Added { .. } => "added",
        Change::Removed { .. } => "removed",
        Change::RatingChanged { .. } => "re-rated",
    }
}

/// What the comparison shows: the as-is journey and its to-be scenario.
#[derive(Clone, PartialEq)]
pub struct CompareValue {
    pub as_is: Rc<Journey>,
    pub to_be: Rc<Journey>,
}

/// The two scenarios side by side, made again at each change (a handful of elements).
pub struct Compare {
    lang: Lang,
    body: Element,
}

impl Plain for Compare {
    type Value = CompareValue;
    type Out = ();

    fn build(l: Lang, _: &CompareValue, _: Send<()>) -> (El, Compare) {
        let body = El::new("div");
        let part = Compare {
            lang: l,
            body: body.element().clone(),
        };
        let el = El::new("section")
            .class("compare-panel")
            .testid("compare-panel")
            .attr("aria-labelledby", "compare-heading")
            .child(
                El::new("h2")
                    .attr("id", "compare-heading")
                    .text(T::CompareTitle.get(l)),
            )
            .child(body);
        (el, part)
    }

    fn show(&self, v: &CompareValue) {
        let l = self.lang;
        let (as_is, to_be) = (&v.as_is, &v.to_be);
        let c = match analysis::compare(as_is, to_be) {
            Err(e) => {
                let note = El::new("p")
                    .class("notice")
                    .attr("role", "status")
                    .text(error_text(&e).get(l));
                set_children(&self.body, [note]);
                return;
            }
            Ok(c) => c,
        };
        let (a, b, d) = (&c.as_is, &c.to_be, &c.delta);
        let head = [T::Measure, T::AsIs, T::ToBe, T::Difference]
            .map(|w| El::new("th").attr("scope", "col").text(w.get(l)));
        let table = El::new("table")
            .class("compare-table")
            .child(El::new("thead").child(El::new("tr").children(head)))
            .child(El::new("tbody").children([
                row(
                    l,
                    T::Remembered,
                    "compare-delta-remembered",
                    (a.remembered, b.remembered),
                    (d.remembered, d.remembered_pct),
                ),
                row(
                    l,
                    T::Experienced,
                    "compare-delta-experienced",
                    (a.experienced, b.experienced),
                    (d.experienced, d.experienced_pct),
                ),
                row(
                    l,
                    T::Gap,
                    "compare-delta-gap",
                    (a.gap, b.gap),
                    (d.gap, d.gap_pct),
                ),
                contacts_row(l, as_is.touchpoints.len(), to_be.touchpoints.len()),
            ]));
        let changes = if c.changes.is_empty() {
            El::new("p").class("empty").text(T::CompareNoChanges.get(l))
        } else {
            El::new("ul")
                .class("compare-changes")
                .children(c.changes.iter().map(|ch| {
                    let li = El::new("li")
                        .testid("compare-change")
                        .attr("data-kind", change_kind(ch))
                        .text(&change_text(l, ch, as_is, to_be));
                    if failure_demand_gone(ch, as_is) {
                        li.attr("data-failure-demand", "true")
                    } else {
                        li
                    }
                }))
        };
        let heading = El::new("h3").text(T::CompareChanges.get(l));
        set_children(&self.body, [table, heading, changes]);
    }
}

/// The comparison of a to-be with its as-is (`value`).
pub type ComparePanel = PlainPart<Compare>;
