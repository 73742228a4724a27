//! What the workspace tells about saving, built with plain DOM: the notice bar (another
//! tab, a kept copy, data set aside) and the line under the scores saying whether the
//! work is saved.

use crate::i18n::lanes::keep_promises;
use crate::i18n::saving::{self, Why};
use crate::i18n::{self, Lang, T};
use crate::ui::plain::{Plain, PlainPart, Send};
use crate::web::dom::{El, on, set_attr, set_children};
use crate::web::download::download;
use crate::web::state::{Notice, SaveStatus};
use web_sys::{Element, MouseEvent};

fn notice_text(l: Lang, n: &Notice) -> String {
    match n {
        Notice::KeptAsCopy(title) => i18n::kept_as_copy(l, title),
        Notice::UpdatedFromOtherTab => T::UpdatedFromOtherTab.get(l).to_string(),
        Notice::SetAside(raws) => saving::set_aside(l, raws.len()),
        Notice::Refused(e) => i18n::files::model_error(l, e),
        Notice::NoPromisesKept(e) => keep_promises::not_made(l, e).to_string(),
    }
}

/// A dismissable bar above the editor, in a live region that is always there, so a
/// screen reader hears a notice when it appears. Its one report: dismissed.
pub struct NoticeBar {
    lang: Lang,
    region: Element,
    send: Send<()>,
}

impl Plain for NoticeBar {
    type Value = Option<Notice>;
    type Out = ();

    fn build(l: Lang, _: &Option<Notice>, send: Send<()>) -> (El, NoticeBar) {
        let region = El::new("div").class("notice-region").attr("role", "status");
        let part = NoticeBar {
            lang: l,
            region: region.element().clone(),
            send,
        };
        (region, part)
    }

    fn show(&self, notice: &Option<Notice>) {
        let l = self.lang;
        let Some(n) = notice else {
            set_children(&self.region, []);
            return;
        };
        let mut bar = El::new("div")
            .class("alert notice")
            .testid("notice")
            .child(El::new("span").text(&notice_text(l, n)));
        if let Notice::SetAside(raws) = n {
            let text = format!("[{}]", raws.join(",\n"));
            let button = El::new("button")
                .attr("type", "button")
                .testid("download-set-aside")
                .text(saving::download_set_aside(l));
            on(button.element(), "click", move |_: MouseEvent| {
                download(saving::SET_ASIDE_FILE, "application/json", &text);
            });
            bar = bar.child(button);
        }
        let dismiss = El::new("button")
            .attr("type", "button")
            .text(T::Dismiss.get(l));
        let send = self.send.clone();
        on(dismiss.element(), "click", move |_: MouseEvent| send(()));
        set_children(&self.region, [bar.child(dismiss)]);
    }
}

/// "Saved in this browser", or why not, with an export to keep the work. Its one
/// report: export.
pub struct SaveLine {
    lang: Lang,
    line: Element,
    send: Send<()>,
}

impl Plain for SaveLine {
    type Value = SaveStatus;
    type Out = ();

    fn build(l: Lang, _: &SaveStatus, send: Send<()>) -> (El, SaveLine) {
        let line = El::new("p").attr("role", "status").testid("save-status");
        let part = SaveLine {
            lang: l,
            line: line.element().clone(),
            send,
        };
        (line, part)
    }

    fn show(&self, status: &SaveStatus) {
        let l = self.lang;
        let why = match status {
            SaveStatus::Saved => {
                set_attr(&self.line, "class", "save-status");
                set_attr(&self.line, "data-saved", "true");
                self.line.set_text_content(Some(T::Saved.get(l)));
                return;
            }
            SaveStatus::NotSaved => Why::Blocked,
            SaveStatus::Full => Why::Full,
            SaveStatus::Outdated => Why::Outdated,
        };
        set_attr(&self.line, "class", "save-status warn");
        set_attr(&self.line, "data-saved", "false");
        let export = El::new("button")
            .attr("type", "button")
            .text(T::ExportJson.get(l));
        let send = self.send.clone();
        on(export.element(), "click", move |_: MouseEvent| send(()));
        let words = format!(
            "{} {} ",
            saving::not_saved(l, why),
            T::NotSavedExport.get(l)
        );
        self.line.set_text_content(Some(&words));
        let _ = self.line.append_with_node_1(export.element());
    }
}

/// The notice bar (`value`); dismissing goes to `on`.
pub type NoticeBarPart = PlainPart<NoticeBar>;
/// The save line (`value`); its export goes to `on`.
pub type SaveStatusLine = PlainPart<SaveLine>;
