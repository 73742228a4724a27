//! What the workspace tells about saving: the notice bar (another tab, a kept copy, data
//! set aside) and the line under the scores saying whether the work is saved.

use crate::i18n::lanes::keep_promises;
use crate::i18n::saving::{self, Why};
use crate::i18n::{self, Lang, T};
use crate::ui::{tr, use_lang};
use crate::web::download::download;
use crate::web::state::{Msg, Notice, SaveStatus};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    pub notice: Option<Notice>,
    pub on_msg: Callback<Msg>,
}

fn notice_text(l: Lang, n: &Notice) -> String {
    match n {
        Notice::KeptAsCopy(title) => i18n::kept_as_copy(l, title),
        Notice::UpdatedFromOtherTab => tr(l, T::UpdatedFromOtherTab).to_string(),
        Notice::SetAside(raws) => saving::set_aside(l, raws.len()),
        Notice::Refused(e) => i18n::files::model_error(l, e),
        Notice::NoPromisesKept(e) => keep_promises::not_made(l, e).to_string(),
    }
}

/// A dismissable bar above the editor, read out by screen readers when it appears.
#[function_component(NoticeBar)]
pub fn notice_bar(p: &NoticeBarProps) -> Html {
    let l = use_lang();
    // The live region is always there, so a screen reader hears a notice when it appears.
    let Some(n) = &p.notice else {
        return html! { <div class="notice-region" role="status"></div> };
    };
    let download_aside = match n {
        Notice::SetAside(raws) => {
            let text = format!("[{}]", raws.join(",\n"));
            let onclick = Callback::from(move |_: MouseEvent| {
                download(saving::SET_ASIDE_FILE, "application/json", &text);
            });
            html! {
                <button type="button" data-testid="download-set-aside" {onclick}>
                    { saving::download_set_aside(l) }</button>
            }
        }
        _ => html! {},
    };
    html! {
        <div class="notice-region" role="status">
            <div class="alert notice" data-testid="notice">
                <span>{ notice_text(l, n) }</span>
                { download_aside }
                <button type="button" onclick={p.on_msg.reform(|_: MouseEvent| Msg::DismissNotice)}>
                    { tr(l, T::Dismiss) }</button>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SaveStatusLineProps {
    pub status: SaveStatus,
    /// Downloads the open journey as a file.
    pub on_export: Callback<()>,
}

/// "Saved in this browser", or why not, with an export to keep the work.
#[function_component(SaveStatusLine)]
pub fn save_status_line(p: &SaveStatusLineProps) -> Html {
    let l = use_lang();
    let why = match p.status {
        SaveStatus::Saved => {
            return html! {
                <p class="save-status" role="status" data-testid="save-status" data-saved="true">{ tr(l, T::Saved) }</p>
            };
        }
        SaveStatus::NotSaved => Why::Blocked,
        SaveStatus::Full => Why::Full,
        SaveStatus::Outdated => Why::Outdated,
    };
    html! {
        <p class="save-status warn" role="status" data-testid="save-status" data-saved="false">
            { saving::not_saved(l, why) }{ " " }{ tr(l, T::NotSavedExport) }{ " " }
            <button type="button" onclick={p.on_export.reform(|_: MouseEvent| ())}>{ tr(l, T::ExportJson) }</button>
        </p>
    }
}
