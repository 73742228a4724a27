//! The state of a `<details>` whose inside is a lazily loaded panel: whether it is open
//! now (a closed panel is not sent every change), and whether its inside is wanted (once
//! opened it stays, with what was typed in it, hidden while the panel is closed).

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
