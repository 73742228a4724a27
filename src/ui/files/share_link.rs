//! "Copy share link": the journey packed into the address fragment (never sent to a
//! server), copied to the clipboard or shown to copy by hand, with a warning and the file
//! instead when the link is too long for mail and chat.

use crate::i18n::{T, files as say};
use crate::io::{json, link};
use crate::model::Journey;
use crate::ui::tr;
use crate::ui::use_lang;
use crate::web::clipboard::copy_text;
use crate::web::download::{download, file_name};
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A share link that was made, and whether it reached the clipboard.
#[derive(Clone, PartialEq)]
struct Shared {
    url: String,
    copied: Option<bool>,
    /// Made without the stories.
    bare: bool,
}

/// Puts `token` after the `#` of this page's address (without reloading) and returns the
/// whole link.
fn place_in_address(token: &str) -> Option<String> {
    let w = web_sys::window()?;
    let loc = w.location();
    let base = format!(
        "{}{}{}",
        loc.origin().ok()?,
        loc.pathname().ok()?,
        loc.search().ok()?
    );
    let _ =
        w.history()
            .ok()?
            .replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{token}")));
    Some(format!("{base}#{token}"))
}

#[derive(Properties, PartialEq)]
pub struct ShareLinkProps {
    pub journey: Rc<Journey>,
}

#[function_component(ShareLink)]
pub fn share_link(p: &ShareLinkProps) -> Html {
    let l = use_lang();
    let shared = use_state(|| None::<Shared>);
    let j = p.journey.clone();
    let on_json = {
        let j = j.clone();
        Callback::from(move |_: MouseEvent| {
            download(
                &file_name(&j.title, "json"),
                "application/json",
                &json::write_journey(&j),
            );
        })
    };
    // `bare`: without the stories, when they make the link too long.
    let share = |bare: bool| {
        let (j, shared) = (j.clone(), shared.clone());
        Callback::from(move |_: MouseEvent| {
            let text = if bare {
                let mut lean = (*j).clone();
                lean.stories.clear();
                json::write_for_link(&lean)
            } else {
                json::write_for_link(&j)
            };
            let token = link::encode(&text);
            let Some(url) = place_in_address(&token) else {
                return;
            };
            shared.set(Some(Shared {
                url: url.clone(),
                copied: None,
                bare,
            }));
            let shared = shared.clone();
            yew::platform::spawn_local(async move {
                let copied = copy_text(&url).await;
                shared.set(Some(Shared {
                    url,
                    copied: Some(copied),
                    bare,
                }));
            });
        })
    };
    let on_share = share(false);
    let on_share_bare = share(true);
    let select_all = Callback::from(|e: FocusEvent| {
        e.target_unchecked_into::<HtmlInputElement>().select();
    });
    let share_result = (*shared).clone().map(|s| {
        let long = link::link_too_long(&s.url);
        let said = match s.copied {
            Some(true) => tr(l, T::ShareCopied),
            _ => tr(l, T::ShareCopyByHand),
        };
        html! {
            <div class="share-result" data-testid="share-result" data-copied={s.copied.unwrap_or(false).to_string()}>
                <p role="status">{ said }</p>
                <label class="share-url">
                    <span class="visually-hidden">{ tr(l, T::ShareLinkLabel) }</span>
                    <input type="text" readonly=true value={s.url.clone()} data-testid="share-link-text"
                        onfocus={select_all.clone()} />
                </label>
                if long {
                    <p class="warn" data-testid="share-too-long">
                        { say::link_too_long(l, link::link_chars(&s.url), link::RECOMMENDED_MAX_LINK_CHARS) }
                        { " " }
                        <button type="button" onclick={on_json.clone()}>{ tr(l, T::ExportJson) }</button>
                        if !s.bare && !j.stories.is_empty() {
                            { " " }
                            <button type="button" data-testid="share-link-no-stories"
                                onclick={on_share_bare.clone()}>{ tr(l, T::ShareWithoutStories) }</button>
                        }
                    </p>
                }
            </div>
        }
    });
    html! {
        <>
            <button type="button" data-testid="share-link" onclick={on_share}>{ tr(l, T::ShareLink) }</button>
            { for share_result }
        </>
    }
}
