//! Files dropped anywhere on the page: an overlay while they hover, then handed on to be
//! imported (the import panel reads them; it is fetched with the panels program).

use crate::i18n::T;
use crate::ui::{tr, use_lang};
use crate::web::drop_zone::use_drop;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FileDropProps {
    /// The dropped files.
    pub on_files: Callback<Vec<web_sys::File>>,
}

#[function_component(FileDrop)]
pub fn file_drop(p: &FileDropProps) -> Html {
    let l = use_lang();
    let dragging = use_state_eq(|| false);
    let on_drag = {
        let dragging = dragging.setter();
        Callback::from(move |over| dragging.set(over))
    };
    use_drop(p.on_files.clone(), on_drag);
    html! {
        if *dragging {
            <div class="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
                <p>{ tr(l, T::DropHere) }</p>
            </div>
        }
    }
}
