//! Above the workspace, built with plain DOM: the journey's title, undo and redo, a to-be
//! scenario, presenting, the group round, export, import and export, and the Embed dialog
//! (from the panels program, opened here).

use crate::i18n::{Lang, T};
use crate::model::{Journey, MAX_NAME_CHARS};
use crate::ui::lazy::host::{PanelHost, PanelValue};
use crate::ui::lazy::protocol::{Extra, Kind, Out};
use crate::ui::plain::{Plain, PlainPart, Send};
use crate::web::dom::{El, button, on, set_attr, set_flag, set_text};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, MouseEvent};

/// What the toolbar shows.
#[derive(Clone, PartialEq)]
pub struct ToolbarValue {
    pub journey: Rc<Journey>,
    pub can_undo: bool,
    pub can_redo: bool,
    /// Whether the import / export panel and the group round are open.
    pub files_open: bool,
    pub group_open: bool,
    /// The language: a new one rewrites the words and keeps the toolbar (an open Embed
    /// dialog stays open, a title being typed stays as typed).
    pub lang: Lang,
}

/// What is asked for in the toolbar.
#[derive(Clone, Debug, PartialEq)]
pub enum ToolbarOut {
    Title(String),
    Undo,
    Redo,
    MakeScenario,
    Present,
    GroupRound,
    Export,
    Files,
}

struct Inner {
    lang: Cell<Lang>,
    title: HtmlInputElement,
    /// Each button with its icon, its word and its hint; the title's hidden label.
    words: Vec<(Element, &'static str, T, Option<T>)>,
    label: Element,
    undo: Element,
    redo: Element,
    group: Element,
    files: Element,
    embed: HtmlElement,
    section: Element,
    /// The Embed dialog while it is open.
    dialog: RefCell<Option<(Element, PanelHost)>>,
    latest: RefCell<Option<Rc<Journey>>>,
}

/// The toolbar's parts a change rewrites.
pub struct Toolbar(Rc<Inner>);

impl Plain for Toolbar {
    type Value = ToolbarValue;
    type Out = ToolbarOut;
    const REBUILD_ON_LANG: bool = false;

    fn build(l: Lang, _: &ToolbarValue, send: Send<ToolbarOut>) -> (El, Toolbar) {
        let title = El::new("input")
            .attr("type", "text")
            .testid("journey-title")
            .attr("placeholder", T::Untitled.get(l))
            .attr("maxlength", &MAX_NAME_CHARS.to_string());
        let title_el: HtmlInputElement = title.typed();
        let typed = title_el.clone();
        let to = send.clone();
        on(title.element(), "input", move |_: Event| {
            to(ToolbarOut::Title(typed.value()));
        });
        let with = |testid: &str, icon: &str, word: T, hint: Option<T>| {
            let b = button(testid, &format!("{icon}{}", word.get(l)));
            match hint {
                Some(h) => b.attr("title", h.get(l)),
                None => b,
            }
        };
        let undo = with("undo", "↶ ", T::Undo, Some(T::UndoHint));
        let redo = with("redo", "↷ ", T::Redo, Some(T::RedoHint));
        let scenario = with(
            "make-scenario",
            "",
            T::MakeScenario,
            Some(T::MakeScenarioHint),
        );
        let present = with("present", "▶ ", T::Present, Some(T::PresentHint));
        let group = with(
            "group-round-open",
            "",
            T::GroupRound,
            Some(T::GroupRoundHint),
        );
        let export = with("export-json", "", T::ExportJson, None);
        let files = with("open-files", "", T::FilesButton, None);
        let embed = with(
            "embed-dialog-open",
            "",
            T::EmbedOpen,
            Some(T::EmbedOpenHint),
        )
        .attr("aria-haspopup", "dialog");
        for (b, out) in [
            (&undo, ToolbarOut::Undo),
            (&redo, ToolbarOut::Redo),
            (&scenario, ToolbarOut::MakeScenario),
            (&present, ToolbarOut::Present),
            (&group, ToolbarOut::GroupRound),
            (&export, ToolbarOut::Export),
            (&files, ToolbarOut::Files),
        ] {
            let send = send.clone();
            on(b.element(), "click", move |_: MouseEvent| send(out.clone()));
        }
        let section = El::new("section")
            .class("toolbar")
            .attr("aria-label", T::JourneyTitle.get(l));
        let word = |b: &El, icon: &'static str, w: T, hint: Option<T>| {
            (b.element().clone(), icon, w, hint)
        };
        let words = vec![
            word(&undo, "↶ ", T::Undo, Some(T::UndoHint)),
            word(&redo, "↷ ", T::Redo, Some(T::RedoHint)),
            word(&scenario, "", T::MakeScenario, Some(T::MakeScenarioHint)),
            word(&present, "▶ ", T::Present, Some(T::PresentHint)),
            word(&group, "", T::GroupRound, Some(T::GroupRoundHint)),
            word(&export, "", T::ExportJson, None),
            word(&files, "", T::FilesButton, None),
            word(&embed, "", T::EmbedOpen, Some(T::EmbedOpenHint)),
        ];
        let label = El::new("span")
            .class("visually-hidden")
            .text(T::JourneyTitle.get(l));
        let inner = Rc::new(Inner {
            lang: Cell::new(l),
            title: title_el,
            words,
            label: label.element().clone(),
            undo: undo.element().clone(),
            redo: redo.element().clone(),
            group: group.element().clone(),
            files: files.element().clone(),
            embed: embed.typed(),
            section: section.element().clone(),
            dialog: RefCell::default(),
            latest: RefCell::default(),
        });
        let me = Rc::downgrade(&inner);
        on(embed.element(), "click", move |_: MouseEvent| {
            if let Some(me) = me.upgrade() {
                Inner::toggle_embed(&me);
            }
        });
        let el = section
            .child(
                El::new("label")
                    .class("title-field")
                    .child(label)
                    .child(title),
            )
            .child(
                El::new("div")
                    .class("tools")
                    .children([undo, redo, scenario, present, group, export, files, embed]),
            );
        (el, Toolbar(inner))
    }

    fn show(&self, v: &ToolbarValue) {
        let inner = &self.0;
        let l = v.lang;
        if inner.lang.replace(l) != l {
            for (el, icon, word, hint) in &inner.words {
                set_text(el, &format!("{icon}{}", word.get(l)));
                if let Some(h) = hint {
                    set_attr(el, "title", h.get(l));
                }
            }
            set_text(&inner.label, T::JourneyTitle.get(l));
            set_attr(&inner.section, "aria-label", T::JourneyTitle.get(l));
            set_attr(&inner.title, "placeholder", T::Untitled.get(l));
        }
        // What is being typed stays as typed.
        if inner.title.value() != v.journey.title {
            inner.title.set_value(&v.journey.title);
        }
        set_flag(&inner.undo, "disabled", !v.can_undo);
        set_flag(&inner.redo, "disabled", !v.can_redo);
        set_attr(&inner.group, "aria-expanded", &v.group_open.to_string());
        set_attr(&inner.files, "aria-expanded", &v.files_open.to_string());
        *inner.latest.borrow_mut() = Some(v.journey.clone());
        if let Some((_, host)) = inner.dialog.borrow().as_ref() {
            host.show(&inner.embed_value(&v.journey));
        }
    }
}

impl Inner {
    fn embed_value(&self, journey: &Rc<Journey>) -> PanelValue {
        PanelValue {
            kind: Kind::Embed,
            journey: journey.clone(),
            lang: self.lang.get(),
            extra: Extra::default(),
            follow_closed: false,
            batch: None,
        }
    }

    /// Opens the Embed dialog, or closes it and puts the keyboard back on its button.
    fn toggle_embed(me: &Rc<Inner>) {
        if let Some((el, _)) = me.dialog.borrow_mut().take() {
            el.remove();
            let _ = me.embed.focus();
            return;
        }
        let Some(journey) = me.latest.borrow().clone() else {
            return;
        };
        let weak = Rc::downgrade(me);
        let (el, host) = PanelHost::new(Kind::Embed, move |out, _| {
            if let (Out::Close, Some(me)) = (out, weak.upgrade()) {
                Inner::toggle_embed(&me);
            }
        });
        host.show(&me.embed_value(&journey));
        let _ = me.section.append_with_node_1(el.element());
        *me.dialog.borrow_mut() = Some((el.element().clone(), host));
    }
}

/// The toolbar (`value`); what is asked for goes to `on`.
pub type JourneyToolbar = PlainPart<Toolbar>;
