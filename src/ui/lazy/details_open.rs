//! The state of a `<details>` whose inside is a lazily loaded panel: whether it is open
//! now (a closed panel is not sent every change), and whether its inside is wanted (once
//! opened it stays, with what was typed in it, hidden while the panel is closed); and
//! [`LazyDetails`], such a `<details>` when its summary is all the workspace shows.

use super::{Kind, LazyPanel};
use crate::model::{Action, Journey};
use std::rc::Rc;
use yew::prelude::*;

pub struct DetailsOpen {
    pub open: bool,
    pub wanted: bool,
    /// For the `<details>`'s `ontoggle`.
    pub on_toggle: Callback<Event>,
    /// Opens it from elsewhere (the element's `open` attribute is the caller's to set).
    pub show: Callback<()>,
    /// Wants the inside while closed (a stored survey gives the lanes their customer's side).
    pub want: Callback<()>,
}

#[hook]
pub fn use_details_open() -> DetailsOpen {
    let open = use_state(|| false);
    let wanted = use_state(|| false);
    let set = |now: Option<bool>| {
        let (open, wanted) = (open.setter(), wanted.setter());
        move || {
            if let Some(now) = now {
                open.set(now);
            }
            if now != Some(false) {
                wanted.set(true);
            }
        }
    };
    let on_toggle = {
        let (open, wanted) = (open.setter(), wanted.setter());
        Callback::from(move |e: Event| {
            let now = e
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|d| d.has_attribute("open"));
            open.set(now);
            if now {
                wanted.set(true);
            }
        })
    };
    let show = set(Some(true));
    let want = set(None);
    DetailsOpen {
        open: *open,
        wanted: *wanted,
        on_toggle,
        show: Callback::from(move |_: ()| show()),
        want: Callback::from(move |_: ()| want()),
    }
}

#[derive(Properties, PartialEq)]
pub struct LazyDetailsProps {
    pub kind: Kind,
    /// The `<details>`' classes and test id (`panel settings-panel`, `settings-panel`).
    pub class: &'static str,
    pub testid: &'static str,
    /// What the closed panel says (its name, with a count where it has one).
    pub summary: AttrValue,
    pub journey: Rc<Journey>,
    pub on_action: Callback<Action>,
}

/// A panel in the workspace that is only its summary there: its inside comes from the
/// panels program the first time it is opened (the settings, the phase editor, the
/// interviews).
#[function_component(LazyDetails)]
pub fn lazy_details(p: &LazyDetailsProps) -> Html {
    let d = use_details_open();
    html! {
        <details class={p.class} data-testid={p.testid} ontoggle={d.on_toggle}>
            <summary>{ p.summary.clone() }</summary>
            if d.wanted {
                <LazyPanel kind={p.kind} journey={p.journey.clone()} active={d.open}
                    on_action={p.on_action.clone()} />
            }
        </details>
    }
}
