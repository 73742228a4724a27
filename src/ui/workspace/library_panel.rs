use crate::analysis;
use crate::i18n::{self, Lang, T};
use crate::model::MAX_NAME_CHARS;
use crate::ui::tr;
use crate::ui::use_lang;
use crate::web::state::{Doc, Msg};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub docs: Vec<Doc>,
    pub current: String,
    pub on_msg: Callback<Msg>,
    pub on_close: Callback<()>,
}

/// "3 min ago" style text for a timestamp, in the user's language.
fn when(l: Lang, ms: f64) -> String {
    let date = js_sys::Date::new(&ms.into());
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&opts, &"timeStyle".into(), &"short".into());
    date.to_locale_string(l.tag(), &opts).into()
}

fn confirm(message: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(false)
}

/// The journeys kept in this browser: open, rename, duplicate, delete.
#[function_component(LibraryPanel)]
pub fn library_panel(p: &Props) -> Html {
    let l = use_lang();
    let mut docs: Vec<&Doc> = p.docs.iter().collect();
    crate::model::order::sort_by(&mut docs, |a, b| b.updated.total_cmp(&a.updated));
    let on_close = p.on_close.reform(|_: MouseEvent| ());
    let item = |d: &Doc| {
        let id = d.id.clone();
        let send = |m: Msg| p.on_msg.reform(move |_: MouseEvent| m.clone());
        let on_rename = {
            let id = id.clone();
            p.on_msg.reform(move |e: InputEvent| {
                let i: HtmlInputElement = e.target_unchecked_into();
                Msg::Rename(id.clone(), i.value())
            })
        };
        let on_delete = {
            let (id, on_msg) = (id.clone(), p.on_msg.clone());
            Callback::from(move |_: MouseEvent| {
                if confirm(tr(l, T::ConfirmDelete)) {
                    on_msg.emit(Msg::Delete(id.clone()));
                }
            })
        };
        let title = if d.journey.title.trim().is_empty() {
            tr(l, T::Untitled).to_string()
        } else {
            d.journey.title.clone()
        };
        let remembered = analysis::score(&d.journey)
            .map(|s| format!(" · {} {}", tr(l, T::Remembered), l.number(s.remembered, 1)))
            .unwrap_or_default();
        let is_open = d.id == p.current;
        html! {
            <li class={classes!("library-item", is_open.then_some("open"))} data-testid="library-item"
                data-id={d.id.clone()} key={d.id.clone()}>
                <input type="text" class="library-title" data-testid="library-rename" value={title.clone()}
                    aria-label={format!("{}: {title}", tr(l, T::Rename))} oninput={on_rename} maxlength={MAX_NAME_CHARS.to_string()} />
                <p class="meta">
                    { format!("{}{remembered} · {} {}", i18n::touchpoint_count(l, d.journey.touchpoints.len()),
                        tr(l, T::LastChange), when(l, d.updated)) }
                    if is_open { <strong>{ format!(" · {}", tr(l, T::Opened)) }</strong> }
                </p>
                <div class="library-actions">
                    <button type="button" data-testid="library-open" disabled={is_open}
                        aria-label={format!("{}: {title}", tr(l, T::Open))} onclick={send(Msg::Open(id.clone()))}>
                        { tr(l, T::Open) }</button>
                    <button type="button" data-testid="library-duplicate"
                        aria-label={format!("{}: {title}", tr(l, T::DuplicateTouchpoint))}
                        onclick={send(Msg::Duplicate(id.clone()))}>{ tr(l, T::DuplicateTouchpoint) }</button>
                    <button type="button" data-testid="library-delete"
                        aria-label={format!("{}: {title}", tr(l, T::Delete))} onclick={on_delete}>
                        { tr(l, T::Delete) }</button>
                </div>
            </li>
        }
    };
    html! {
        <section class="library" data-testid="library" aria-labelledby="library-heading">
            <div class="library-head">
                <h2 id="library-heading">{ tr(l, T::LibraryTitle) }</h2>
                <button type="button" onclick={on_close} data-testid="close-library">{ tr(l, T::Close) }</button>
            </div>
            if docs.is_empty() {
                <p>{ tr(l, T::LibraryEmpty) }</p>
            } else {
                <ul>{ for docs.into_iter().map(item) }</ul>
            }
        </section>
    }
}
