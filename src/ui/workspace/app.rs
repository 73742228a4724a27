//! The workspace's entry: opens the library (IndexedDB, with the move from the old
//! `localStorage` layout), then shows the page. Opening takes a few milliseconds; until
//! then the page shows nothing that could be typed into and lost.

use super::workspace_page::WorkspacePage;
use crate::model::Journey;
use crate::web::route::Route;
use crate::web::storage::{self, Channel, Session};
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// What the address asked for (a forced language, a shared journey…).
    #[prop_or_default]
    pub route: Route,
    /// A journey to add to the library and open once (a shared one the user copied).
    #[prop_or_default]
    pub adopt: Option<Rc<Journey>>,
}

/// The workspace: the library, once opened, in the whole page.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // Usually the page's boot script has read the library already: no waiting at all.
    let session = use_state(|| {
        storage::open_now().map(|opened| {
            let channel = opened.db.as_ref().and_then(|_| Channel::open());
            Session(Rc::new(opened), channel)
        })
    });
    {
        let session = session.clone();
        use_effect_with((), move |_| {
            if session.is_some() {
                return;
            }
            spawn_local(async move {
                let opened = storage::open().await;
                let channel = opened.db.as_ref().and_then(|_| Channel::open());
                session.set(Some(Session(Rc::new(opened), channel)));
            });
        });
    }
    match (*session).clone() {
        Some(session) => html! {
            <WorkspacePage route={props.route.clone()} adopt={props.adopt.clone()} {session} />
        },
        None => html! { <main class="workspace" aria-busy="true"></main> },
    }
}
