use crate::io::share;
use crate::model::Journey;
use crate::ui::App;
use crate::web::address::forget_copy;
use crate::web::route::{Route, View};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RootProps {
    pub route: Route,
}

/// The journey "Make my own copy" asked for (`?copy#j1.…`, from the receiver's page of a
/// share link), read once; the address lets go of it, so a reload copies nothing twice.
fn copied(route: &Route) -> Option<Rc<Journey>> {
    if !route.copy {
        return None;
    }
    forget_copy();
    // The receiver's page opened this very link, so it reads; if it somehow does not, the
    // workspace opens as it was.
    let j = route.shared.as_deref().map(share::open)?;
    j.ok().map(Rc::new)
}

/// The workspace (a shared journey's page is not this program's: `crate::run` sends a share
/// link there before this renders).
#[function_component(Root)]
pub fn root(p: &RootProps) -> Html {
    let workspace = matches!(p.route.view, View::Workspace);
    let adopt = use_state(|| copied(&p.route));
    {
        // A link pasted into the address bar of an open tab only changes the fragment:
        // load the page again, which shows the link's page.
        use_effect_with((), move |_| {
            let on_hash = Closure::<dyn Fn()>::new(move || {
                let Some(location) = web_sys::window().map(|w| w.location()) else {
                    return;
                };
                let hash = location.hash().unwrap_or_default();
                if workspace && !hash.trim_start_matches('#').trim().is_empty() {
                    let _ = location.reload();
                }
            });
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback(
                    "hashchange",
                    on_hash.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback(
                        "hashchange",
                        on_hash.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    match &p.route.view {
        // `crate::run` shows an embed address before this renders: on embed.html when
        // served, in the page itself in the single file and the SCORM package.
        View::Embed(_) => Html::default(),
        View::Workspace => {
            let route = Route {
                shared: None,
                copy: false,
                ..p.route.clone()
            };
            html! { <App {route} adopt={(*adopt).clone()} /> }
        }
    }
}
