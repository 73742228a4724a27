//! Every touchpoint of a journey as a plain table: for the printed report and for
//! someone reading a shared journey. Shows; never edits.

use crate::analysis;
use crate::i18n::T;
use crate::model::{Channel, Journey};
use crate::ui::tr;
use crate::ui::use_lang;
use crate::web::window_events::listen;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TouchpointTableProps {
    pub journey: Rc<Journey>,
}

#[function_component(TouchpointTable)]
pub fn touchpoint_table(p: &TouchpointTableProps) -> Html {
    let l = use_lang();
    let j = &p.journey;
    let scores = analysis::score(j).ok();
    let rows = j.touchpoints.iter().enumerate().map(|(i, t)| {
        let phase = t.phase.and_then(|id| j.phase(id)).map(|ph| ph.name.clone());
        let channel = match &t.channel {
            None => String::new(),
            Some(Channel::Custom(s)) => s.clone(),
            Some(c) => tr(l, crate::i18n::channel_label(c)).to_string(),
        };
        let mut marks = Vec::new();
        if let Some(s) = &scores {
            if s.peak == i {
                marks.push(tr(l, T::PeakShort));
            }
            if s.end == i {
                marks.push(tr(l, T::EndShort));
            }
        }
        html! {
            <tr data-testid="table-touchpoint">
                <td class="num">{ i + 1 }</td>
                <td>{ phase.unwrap_or_default() }</td>
                <th scope="row">{ t.name.clone() }</th>
                <td>{ channel }</td>
                <td class="num">{ l.number(t.rating, 2) }</td>
                <td class="num">{ l.number(t.duration, 2) }</td>
                <td>{ marks.join(", ") }</td>
                <td class="notes">{ t.notes.clone() }</td>
            </tr>
        }
    });
    html! {
        <table class="touchpoint-table" data-testid="touchpoint-table">
            <caption>{ tr(l, T::Touchpoints) }</caption>
            <thead>
                <tr>
                    <th scope="col" class="num">{ tr(l, T::ColNumber) }</th>
                    <th scope="col">{ tr(l, T::FieldPhase) }</th>
                    <th scope="col">{ tr(l, T::ColTouchpoint) }</th>
                    <th scope="col">{ tr(l, T::FieldChannel) }</th>
                    <th scope="col" class="num">{ tr(l, T::ColRating) }</th>
                    <th scope="col" class="num">{ tr(l, T::FieldDuration) }</th>
                    <th scope="col">{ tr(l, T::ColMarks) }</th>
                    <th scope="col">{ tr(l, T::FieldNotes) }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

/// Up to this many touchpoints the printed table is always in the page (hidden on screen).
const ALWAYS_UP_TO: usize = 200;

/// The table for the printed report. A long journey's table exists only while printing
/// (from the browser's `beforeprint` to its `afterprint`): ten thousand hidden rows would
/// otherwise be built and compared again on every edit.
#[function_component(PrintTable)]
pub fn print_table(p: &TouchpointTableProps) -> Html {
    let printing = use_state_eq(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let before = {
                let printing = printing.clone();
                listen("beforeprint", move |_: web_sys::Event| printing.set(true))
            };
            let after = listen("afterprint", move |_: web_sys::Event| printing.set(false));
            move || {
                before();
                after();
            }
        });
    }
    if *printing || p.journey.touchpoints.len() <= ALWAYS_UP_TO {
        html! { <TouchpointTable journey={p.journey.clone()} /> }
    } else {
        html! {}
    }
}
