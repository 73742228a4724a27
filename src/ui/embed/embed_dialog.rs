use crate::chart::Theme;
use crate::chart::lane_choice::LaneChoice;
use crate::chart::lanes::LanesData;
use crate::i18n::embed_dialog::ED;
use crate::i18n::{Lang, T};
use crate::io::{json, link};
use crate::model::Journey;
use crate::presets;
use crate::ui::embed::embed_lanes_choice::EmbedLanesChoice;
use crate::ui::tr;
use crate::ui::use_lang;
use crate::web::clipboard::copy_text;
use crate::web::route::{EmbedFlags, EmbedLink};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The `<select>` value for "the journey open now".
const CURRENT: &str = "current";
/// A starting height for the frame; the host script then fits it to the content.
const FRAME_HEIGHT: u32 = 720;

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub journey: Rc<Journey>,
    pub on_close: Callback<()>,
}

/// The embed's own page next to this one: this page's address without query or
/// fragment, its file name (if any) replaced by `embed.html`.
fn embed_base(href: &str) -> String {
    let page = href.split(['?', '#']).next().unwrap_or_default();
    let folder = page.rfind('/').map_or(page, |i| &page[..=i]);
    format!("{folder}embed.html")
}

/// The base of the embed link, and whether this page is served over http(s) (a page
/// opened from a file has no embed page next to it to preview).
fn page_base() -> (String, bool) {
    let loc = web_sys::window().map(|w| w.location());
    let href = loc.as_ref().and_then(|l| l.href().ok()).unwrap_or_default();
    let hosted = loc
        .and_then(|l| l.protocol().ok())
        .is_some_and(|p| p == "http:" || p == "https:");
    (embed_base(&href), hosted)
}

fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The copy-ready `<iframe>` (the `style` is for the host page, not for this one).
fn snippet(title: &str, src: &str) -> String {
    format!(
        "<iframe title=\"{}\" src=\"{}\" width=\"100%\" height=\"{FRAME_HEIGHT}\" loading=\"lazy\" style=\"border:0\"></iframe>",
        attr(title),
        src.replace('"', "%22")
            .replace('<', "%3C")
            .replace('>', "%3E"),
    )
}

fn check(label: &str, testid: &str, on: bool, set: UseStateHandle<bool>) -> Html {
    let onchange = Callback::from(move |e: Event| {
        set.set(e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    html! {
        <label class="check">
            <input type="checkbox" data-testid={testid.to_string()} checked={on} {onchange} />
            { label.to_string() }
        </label>
    }
}

/// "Embed": pick a preset or the open journey and the flags, copy the `<iframe>` code,
/// and see a live preview of exactly that address.
#[function_component(EmbedDialog)]
pub fn embed_dialog(p: &EmbedDialogProps) -> Html {
    let l = use_lang();
    let has_journey = !p.journey.touchpoints.is_empty();
    let choice = use_state(|| if has_journey { CURRENT } else { "telecom" }.to_string());
    let read_only = use_state(|| false);
    let plain = use_state(|| false);
    let dark = use_state(|| false);
    let save = use_state(|| false);
    let lanes = use_state(LaneChoice::default);
    let lang = use_state(|| Some(l));
    let copied = use_state(|| None::<bool>);
    let first = use_node_ref();
    let dialog = use_node_ref();
    // A modal `<dialog>`: the browser keeps focus inside, makes the page behind inert,
    // closes it on Escape and gives focus back to the button that opened it.
    use_effect_with((dialog.clone(), first.clone()), |(d, f)| {
        if let Some(d) = d.cast::<web_sys::HtmlDialogElement>() {
            let _ = d.show_modal();
        }
        if let Some(el) = f.cast::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    });

    let shared = (*choice == CURRENT).then(|| link::encode(&json::write_for_embed(&p.journey)));
    let preset = presets::find(&choice);
    // Only lanes the chosen journey has something in are offered and written.
    let offered = {
        let j = preset.map_or_else(|| (*p.journey).clone(), |pr| pr.journey(l));
        LaneChoice::available(&LanesData::of_journey(&j, l, Theme::default()))
    };
    let lanes_asked = lanes.and(offered);
    let embed = EmbedLink {
        flags: EmbedFlags {
            read_only: *read_only,
            plain: *plain,
            save: *save,
            preset: preset.map(|p| p.key.to_string()),
            lanes: lanes_asked,
        },
        lang: *lang,
        dark: *dark,
        shared,
    };
    let (base, hosted) = page_base();
    let url = format!("{base}{}", embed.to_query());
    // The address the snippet holds, measured as the share link is (io::link).
    let too_long = link::link_too_long(&url);
    let shown_lang = lang.unwrap_or(l);
    let title = match preset {
        Some(pr) => format!("Peakend: {}", pr.title(shown_lang)),
        None if !p.journey.title.trim().is_empty() => format!("Peakend: {}", p.journey.title),
        None => ED::EmbedFrameTitle.get(shown_lang).to_string(),
    };
    let code = snippet(&title, &url);

    let on_choice = {
        let (choice, copied) = (choice.clone(), copied.clone());
        Callback::from(move |e: Event| {
            choice.set(e.target_unchecked_into::<HtmlSelectElement>().value());
            copied.set(None);
        })
    };
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |e: Event| {
            lang.set(Lang::from_tag(
                &e.target_unchecked_into::<HtmlSelectElement>().value(),
            ))
        })
    };
    let on_copy = {
        let (code, copied) = (code.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (code, copied) = (code.clone(), copied.clone());
            yew::platform::spawn_local(async move {
                copied.set(Some(copy_text(&code).await));
            });
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        e.target_unchecked_into::<HtmlTextAreaElement>().select();
    });
    let on_closed = p.on_close.reform(|_: Event| ());
    let options = presets::all().into_iter().map(|pr| {
        html! { <option value={pr.key} selected={*choice == pr.key}>{ pr.title(l) }</option> }
    });
    let lang_value = lang.map(|x| x.tag()).unwrap_or("");
    html! {
            <dialog class="embed-dialog" ref={dialog} aria-labelledby="embed-dialog-title"
                data-testid="embed-dialog" onclose={on_closed}>
                <div class="dialog-head">
                    <h2 id="embed-dialog-title">{ ED::EmbedDialogTitle.get(l) }</h2>
                    <button type="button" data-testid="embed-dialog-close"
                        onclick={p.on_close.reform(|_: MouseEvent| ())}>{ tr(l, T::Close) }</button>
                </div>
                <p>{ ED::EmbedDialogIntro.get(l) }</p>
                <div class="embed-options">
                    <label>{ ED::EmbedWhich.get(l) }
                        <select ref={first} data-testid="embed-preset" onchange={on_choice}>
                            if has_journey {
                                <option value={CURRENT} selected={*choice == CURRENT}>{ ED::EmbedCurrent.get(l) }</option>
                            }
                            { for options }
                        </select>
                    </label>
                    <label>{ tr(l, T::Language) }
                        <select data-testid="embed-lang" onchange={on_lang}>
                            <option value="" selected={lang_value.is_empty()}>{ ED::EmbedLangAuto.get(l) }</option>
                            <option value="en" selected={lang_value == "en"}>{ "English" }</option>
                            <option value="nl" selected={lang_value == "nl"}>{ "Nederlands" }</option>
                        </select>
                    </label>
                    { check(ED::EmbedStatic.get(l), "embed-static", *read_only, read_only.clone()) }
                    { check(ED::EmbedPlain.get(l), "embed-plain", *plain, plain.clone()) }
                    { check(ED::EmbedDark.get(l), "embed-dark", *dark, dark.clone()) }
                    { check(ED::EmbedSave.get(l), "embed-save", *save, save.clone()) }
                </div>
                <EmbedLanesChoice {offered} chosen={*lanes}
                    on_change={Callback::from(move |c| lanes.set(c))} />
                if too_long {
                    <p class="alert" role="status">{ ED::EmbedLinkLong.get(l) }</p>
                }
                <label class="snippet">{ ED::EmbedSnippet.get(l) }
                    <textarea readonly=true rows="4" data-testid="embed-snippet" value={code}
                        onfocus={select_all} />
                </label>
                <p class="copy-row">
                    <button type="button" class="primary" data-testid="embed-copy" onclick={on_copy}>
                        { ED::EmbedCopy.get(l) }</button>
                    <span role="status" data-testid="embed-copy-status">{ match *copied {
                        Some(true) => ED::EmbedCopied.get(l),
                        Some(false) => ED::EmbedCopyFailed.get(l),
                        None => "",
                    } }</span>
                </p>
                <h3>{ ED::EmbedPreview.get(l) }</h3>
                if hosted {
                    <iframe class="embed-preview" data-testid="embed-preview" src={url} title={title} />
                } else {
                    <p class="hint">{ ED::EmbedNoPreview.get(l) }</p>
                }
            </dialog>
    }
}

#[cfg(test)]
mod tests {
    use super::{embed_base, snippet};

    #[test]
    fn the_embed_address_is_embed_html_next_to_this_page() {
        for (page, base) in [
            ("https://x.test/p/", "https://x.test/p/embed.html"),
            (
                "https://x.test/p/index.html?lang=nl#j1.a",
                "https://x.test/p/embed.html",
            ),
            (
                "http://127.0.0.1:8080/?present",
                "http://127.0.0.1:8080/embed.html",
            ),
            ("https://x.test/p/#a/b", "https://x.test/p/embed.html"),
        ] {
            assert_eq!(embed_base(page), base, "{page}");
        }
    }

    #[test]
    fn the_snippet_escapes_what_could_break_out_of_an_attribute() {
        let code = snippet(
            "Peakend: \"Cancel\" <now> & go",
            "https://x.test/p/?embed&lang=nl#j1.a\"b",
        );
        assert_eq!(
            code,
            "<iframe title=\"Peakend: &quot;Cancel&quot; &lt;now&gt; &amp; go\" \
             src=\"https://x.test/p/?embed&lang=nl#j1.a%22b\" width=\"100%\" height=\"720\" \
             loading=\"lazy\" style=\"border:0\"></iframe>"
        );
    }
}
