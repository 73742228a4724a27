use crate::model::Journey;
use crate::ui::App;
use crate::ui::shared::shared_view::SharedView;
use crate::web::address::clear_fragment;
use crate::web::lang::browser_lang;
use crate::web::route::{Route, View};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RootProps {
    pub route: Route,
}

/// Picks the screen the address asks for: the workspace, or a journey shared by link.
#[function_component(Root)]
pub fn root(p: &RootProps) -> Html {
    let workspace = matches!(p.route.view, View::Workspace);
    let shared = use_state(|| p.route.shared.clone().filter(|_| workspace));
    let adopt = use_state(|| None::<Rc<Journey>>);
    {
        // A link pasted into the address bar of an open tab only changes the fragment.
        let shared = shared.clone();
        use_effect_with((), move |_| {
            let on_hash = Closure::<dyn Fn()>::new(move || {
                let hash = web_sys::window()
                    .and_then(|w| w.location().hash().ok())
                    .unwrap_or_default();
                let token = hash.trim_start_matches('#').trim().to_string();
                if workspace && !token.is_empty() {
                    shared.set(Some(token));
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
    if let Some(token) = (*shared).clone() {
        let on_copy = {
            let (shared, adopt) = (shared.clone(), adopt.clone());
            Callback::from(move |j: Journey| {
                clear_fragment();
                adopt.set(Some(Rc::new(j)));
                shared.set(None);
            })
        };
        let on_leave = {
            let shared = shared.clone();
            Callback::from(move |_: ()| {
                clear_fragment();
                shared.set(None);
            })
        };
        let lang = p.route.lang.unwrap_or_else(browser_lang);
        return html! { <SharedView {token} {lang} {on_copy} {on_leave} /> };
    }
    match &p.route.view {
        // `crate::run` shows an embed address before this renders: on embed.html when
        // served, in the page itself in the single file and the SCORM package.
        View::Embed(_) => Html::default(),
        View::Workspace => {
            let route = Route {
                shared: None,
                ..p.route.clone()
            };
            html! { <App {route} adopt={(*adopt).clone()} /> }
        }
    }
}
