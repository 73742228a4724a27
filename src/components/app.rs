use super::add_touchpoint_form::AddTouchpointForm;
use super::journey_header::JourneyHeader;
use super::{JourneyChart, ScoreCard, TouchpointList, tr};
use crate::i18n::{Lang, T};
use crate::model::Action;
use crate::state::{Msg, Workspace};
use crate::{presets, storage};
use std::rc::Rc;
use yew::prelude::*;

fn browser_lang() -> Lang {
    if let Some(l) = storage::load_lang() {
        return l;
    }
    let langs: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    Lang::negotiate(langs.iter().map(String::as_str))
}

/// Whether the last save worked; shown next to the title.
#[derive(Clone, PartialEq)]
enum SaveState {
    Saved,
    NotSaved,
}

/// The whole page: header, touchpoint editor, chart and scores.
#[function_component(App)]
pub fn app() -> Html {
    let lang = use_state(browser_lang);
    let loaded = use_memo((), move |_| storage::load_journey());
    let ws = {
        let loaded = loaded.clone();
        let lang = *lang;
        use_reducer(move || {
            Workspace::new(match &*loaded {
                Ok(Some(j)) => j.clone(),
                _ => presets::telecom(lang),
            })
        })
    };
    let save_state = use_state(|| SaveState::Saved);

    {
        let save_state = save_state.clone();
        use_effect_with(ws.journey().clone(), move |j| {
            let next = match storage::save_journey(j) {
                Ok(()) => SaveState::Saved,
                Err(_) => SaveState::NotSaved,
            };
            save_state.set(next);
        });
    }
    {
        let lang = *lang;
        use_effect_with(lang, move |l| {
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = el.set_attribute("lang", l.tag());
            }
        });
    }

    let on_action = {
        let ws = ws.dispatcher();
        Callback::from(move |a: Action| ws.dispatch(Msg::Do(a)))
    };
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| {
            storage::save_lang(l);
            lang.set(l);
        })
    };
    let journey = Rc::new(ws.journey().clone());
    let l = *lang;
    let status = match *save_state {
        SaveState::Saved => html! {
            <p class="save-status" data-testid="save-status" data-saved="true">{ tr(l, T::Saved) }</p>
        },
        SaveState::NotSaved => html! {
            <p class="save-status warn" role="status" data-testid="save-status" data-saved="false">
                { tr(l, T::NotSaved) }
            </p>
        },
    };
    let load_problem = matches!(&*loaded, Err(storage::StorageError::Corrupt { .. }));

    html! {
        <ContextProvider<Lang> context={l}>
            <JourneyHeader title={journey.title.clone()} lang_now={l} on_action={on_action.clone()} on_lang={on_lang} />
            <main class="workspace">
                if load_problem {
                    <p class="alert" role="alert">{ tr(l, T::SavedUnreadable) }</p>
                }
                <section class="editor" aria-labelledby="touchpoints-heading">
                    <h2 id="touchpoints-heading">{ tr(l, T::Touchpoints) }</h2>
                    <TouchpointList journey={journey.clone()} on_action={on_action.clone()} />
                    <AddTouchpointForm count={journey.touchpoints.len()} on_action={on_action} />
                </section>
                <section class="insight" aria-label={tr(l, T::Scores)}>
                    <JourneyChart journey={journey.clone()} />
                    <ScoreCard journey={journey.clone()} />
                    { status }
                </section>
            </main>
        </ContextProvider<Lang>>
    }
}
