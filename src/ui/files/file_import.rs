//! The import panel (a panel of the panels program, `Kind::Import`): the files dropped on
//! the page or picked in the files panel, imported. Each file is capped by size before
//! it is read, sniffed by content, and every journey in it is *added* to the library and
//! opened. A file with bad rows asks first; a file that cannot be read says why, and
//! nothing changes. Once everything is answered and dismissed, the panel closes.

use crate::i18n::files_panel::FP;
use crate::i18n::{T, files as say};
use crate::io::csv::CsvWarning;
use crate::io::import::Skipped;
use crate::model::{Journey, Scale};
use crate::ui::files::batch::FileBatch;
use crate::ui::files::importing::{ImportState, Step, add, start};
use crate::ui::tr;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportPanelProps {
    /// The open journey's scale: tables and diagrams are read onto it.
    pub scale: Scale,
    /// The files to import; each new batch is read as it comes.
    pub batch: Option<Rc<FileBatch>>,
    /// Adds an imported journey to the library and opens it.
    pub on_create: Callback<Journey>,
    /// Nothing left to show.
    pub on_close: Callback<()>,
}

/// The question about skipped rows, and what happened.
#[function_component(ImportPanel)]
pub fn import_panel(p: &ImportPanelProps) -> Html {
    let l = use_lang();
    let state = use_reducer(ImportState::default);
    {
        let (scale, on_create, d) = (p.scale, p.on_create.clone(), state.dispatcher());
        use_effect_with(p.batch.clone(), move |b| {
            if let Some(b) = b {
                start(b.files.clone(), scale, on_create, d);
            }
        });
    }
    {
        let on_close = p.on_close.clone();
        use_effect_with(state.finished(), move |finished| {
            if *finished {
                on_close.emit(());
            }
        });
    }
    let confirm_ref = use_node_ref();
    {
        let r = confirm_ref.clone();
        use_effect_with(state.pending.len(), move |_| {
            if let Some(b) = r.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        });
    }
    let dismiss = {
        let d = state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Step::Dismiss))
    };
    let errors = (!state.errors.is_empty()).then(|| html! {
        <div class="alert import-error" role="alert" data-testid="import-error">
            { for state.errors.iter().map(|(f, e)| html! { <p>{ say::import_failed(l, f, e) }</p> }) }
            <p>{ tr(l, T::NothingChanged) }</p>
            <button type="button" onclick={dismiss.clone()}>{ tr(l, T::Dismiss) }</button>
        </div>
    });
    let warnings = |w: &[CsvWarning]| -> Html {
        if w.is_empty() {
            return html! {};
        }
        html! {
            <>
                <p>{ FP::ImportNotes.get(l) }</p>
                <ul>{ for w.iter().map(|w| html! { <li>{ say::csv_warning(l, w) }</li> }) }</ul>
            </>
        }
    };
    let done = (!state.done.is_empty()).then(|| {
        html! {
            <div class="notice import-done" role="status" data-testid="import-done">
                { for state.done.iter().map(|(t, f, w)| html! {
                    <><p>{ say::imported(l, t, f) }</p>{ warnings(w) }</>
                }) }
                <button type="button" onclick={dismiss}>{ tr(l, T::Dismiss) }</button>
            </div>
        }
    });
    let ask = state.pending.front().map(|(file, i)| {
        let answer = |take: bool| {
            let (state, on_create) = (state.clone(), p.on_create.clone());
            Callback::from(move |_: MouseEvent| {
                if let Some((f, i)) = state.pending.front().cloned() {
                    if take {
                        add(&on_create, &state.dispatcher(), f, i);
                    }
                }
                state.dispatch(Step::Answered);
            })
        };
        html! {
            <section class="import-confirm" role="alertdialog" aria-labelledby="import-confirm-q"
                data-testid="import-confirm">
                <h2 id="import-confirm-q">{ say::skip_question(l, file, i.skipped.len(), matches!(i.skipped.first(), Some(Skipped::Line(_)))) }</h2>
                <ul data-testid="skipped-rows">
                    { for i.skipped.iter().map(|s| html! { <li>{ say::skipped(l, s) }</li> }) }
                </ul>
                { warnings(&i.warnings) }
                <div class="buttons">
                    <button type="button" ref={confirm_ref} data-testid="import-rest"
                        onclick={answer(true)}>{ FP::ImportTheRest.get(l) }</button>
                    <button type="button" data-testid="import-cancel"
                        onclick={answer(false)}>{ FP::Cancel.get(l) }</button>
                </div>
            </section>
        }
    });
    html! {
        <>
            { for errors }
            { for ask }
            { for done }
        </>
    }
}
