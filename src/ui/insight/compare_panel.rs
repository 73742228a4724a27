//! As-is against to-be: both journeys' scores, the number of contacts, the differences,
//! and the touchpoints that changed, all from `analysis::compare`. A failure-demand
//! contact the to-be leaves out reads as such (the promises-kept scenario).

use crate::analysis::{self, Change, CompareError, NoScore, Side};
use crate::i18n::lanes::keep_promises::{K, removed_failure_demand};
use crate::i18n::{self, Lang, T};
use crate::model::Journey;
use crate::ui::tr;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    pub as_is: Rc<Journey>,
    pub to_be: Rc<Journey>,
}

fn error_text(e: &CompareError) -> T {
    match (e.side, e.reason) {
        (Side::AsIs, NoScore::NoTouchpoints) => T::CompareAsIsEmpty,
        (Side::ToBe, NoScore::NoTouchpoints) => T::CompareToBeEmpty,
        (Side::AsIs, _) => T::CompareAsIsInvalid,
        (Side::ToBe, _) => T::CompareToBeInvalid,
    }
}

/// One row of the table: a measure for both journeys and the difference.
fn row(l: Lang, label: T, testid: &str, values: (f64, f64), delta: (f64, f64)) -> Html {
    let tone = if delta.0 > 0.0 {
        "up"
    } else if delta.0 < 0.0 {
        "down"
    } else {
        "same"
    };
    html! {
        <tr>
            <th scope="row">{ tr(l, label) }</th>
            <td>{ l.number(values.0, 2) }</td>
            <td>{ l.number(values.1, 2) }</td>
            <td class={classes!("delta", tone)} data-testid={testid.to_string()}
                data-value={delta.0.to_string()} data-percent={delta.1.to_string()}>
                { i18n::signed(l, delta.0, 2) }
                <span class="pct">{ format!(" ({} pt)", i18n::signed(l, delta.1, 0)) }</span>
            </td>
        </tr>
    }
}

/// The contacts row: how many touchpoints each journey has, and the difference.
fn contacts_row(l: Lang, before: usize, after: usize) -> Html {
    let change = after as i64 - before as i64;
    let tone = match change.signum() {
        1 => "more",
        -1 => "fewer",
        _ => "same",
    };
    html! {
        <tr>
            <th scope="row">{ K::Contacts.get(l) }</th>
            <td>{ before }</td>
            <td>{ after }</td>
            <td class={classes!("delta", tone)} data-testid="compare-delta-contacts"
                data-value={change.to_string()}>{ i18n::signed(l, change as f64, 0) }</td>
        </tr>
    }
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

/// The two scenarios side by side.
#[function_component(ComparePanel)]
pub fn compare_panel(p: &ComparePanelProps) -> Html {
    let l = use_lang();
    let cmp = use_memo((p.as_is.clone(), p.to_be.clone()), |(a, b)| {
        analysis::compare(a, b)
    });
    let body = match &*cmp {
        Err(e) => html! { <p class="notice" role="status">{ tr(l, error_text(e)) }</p> },
        Ok(c) => {
            let (a, b, d) = (&c.as_is, &c.to_be, &c.delta);
            html! {
                <>
                    <table class="compare-table">
                        <thead><tr>
                            <th scope="col">{ tr(l, T::Measure) }</th>
                            <th scope="col">{ tr(l, T::AsIs) }</th>
                            <th scope="col">{ tr(l, T::ToBe) }</th>
                            <th scope="col">{ tr(l, T::Difference) }</th>
                        </tr></thead>
                        <tbody>
                            { row(l, T::Remembered, "compare-delta-remembered",
                                (a.remembered, b.remembered), (d.remembered, d.remembered_pct)) }
                            { row(l, T::Experienced, "compare-delta-experienced",
                                (a.experienced, b.experienced), (d.experienced, d.experienced_pct)) }
                            { row(l, T::Gap, "compare-delta-gap", (a.gap, b.gap), (d.gap, d.gap_pct)) }
                            { contacts_row(l, p.as_is.touchpoints.len(), p.to_be.touchpoints.len()) }
                        </tbody>
                    </table>
                    <h3>{ tr(l, T::CompareChanges) }</h3>
                    if c.changes.is_empty() {
                        <p class="empty">{ tr(l, T::CompareNoChanges) }</p>
                    } else {
                        <ul class="compare-changes">
                            { for c.changes.iter().map(|ch| html! {
                                <li data-testid="compare-change" data-kind={change_kind(ch)}
                                    data-failure-demand={failure_demand_gone(ch, &p.as_is).then_some("true")}>
                                    { change_text(l, ch, &p.as_is, &p.to_be) }
                                </li>
                            }) }
                        </ul>
                    }
                </>
            }
        }
    };
    html! {
        <section class="compare-panel" data-testid="compare-panel" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ tr(l, T::CompareTitle) }</h2>
            { body }
        </section>
    }
}
