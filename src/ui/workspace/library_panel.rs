//! The journeys kept in this browser, built with plain DOM: open, rename, duplicate,
//! delete. A journey's row stays the same element while it is in the list, so a rename
//! being typed keeps its focus when the list is ordered again (the newest change first).

use crate::analysis;
use crate::i18n::{self, Lang, T};
use crate::model::MAX_NAME_CHARS;
use crate::ui::plain::{Plain, Send};
use crate::web::dom::{El, Held, button, document, hold, set_attr, set_flag, set_text};
use crate::web::state::{Doc, Msg};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, MouseEvent};

/// What the library shows: every journey, which is open, in which language.
#[derive(Clone, PartialEq)]
pub struct LibraryValue {
    pub docs: Vec<Doc>,
    pub current: String,
    pub lang: Lang,
}

/// What is asked for in the library, by journey id: a change to it, or to close it.
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryOut {
    Open(String),
    Rename(String, String),
    Duplicate(String),
    Delete(String),
    Close,
}

impl LibraryOut {
    /// The workspace's message (`None` for closing the library).
    pub fn msg(self) -> Option<Msg> {
        Some(match self {
            LibraryOut::Open(id) => Msg::Open(id),
            LibraryOut::Rename(id, title) => Msg::Rename(id, title),
            LibraryOut::Duplicate(id) => Msg::Duplicate(id),
            LibraryOut::Delete(id) => Msg::Delete(id),
            LibraryOut::Close => return None,
        })
    }
}

/// "3 Dec 2026, 14:05" for a timestamp, in the user's language.
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

/// One journey's row.
struct Row {
    li: Element,
    title: HtmlInputElement,
    meta: Element,
    open: Element,
    duplicate: Element,
    delete: Element,
    /// Its listeners, removed with the row.
    _listening: Vec<Held>,
}

impl Row {
    fn new(id: &str, lang: Rc<RefCell<Lang>>, send: &Send<LibraryOut>) -> Row {
        let title = El::new("input")
            .attr("type", "text")
            .class("library-title")
            .testid("library-rename")
            .attr("maxlength", &MAX_NAME_CHARS.to_string());
        let (open, duplicate, delete) = (
            button("library-open", ""),
            button("library-duplicate", ""),
            button("library-delete", ""),
        );
        let input: HtmlInputElement = title.typed();
        let meta = El::new("p").class("meta");
        let msg = |m: LibraryOut| {
            let send = send.clone();
            move |_: MouseEvent| send(m.clone())
        };
        let (s, i) = (send.clone(), id.to_string());
        let delete_one = move |_: MouseEvent| {
            if confirm(T::ConfirmDelete.get(*lang.borrow())) {
                s(LibraryOut::Delete(i.clone()));
            }
        };
        let (s, i) = (send.clone(), id.to_string());
        let rename = move |e: Event| {
            let typed = e
                .target()
                .map(|t| t.unchecked_into::<HtmlInputElement>().value());
            s(LibraryOut::Rename(i.clone(), typed.unwrap_or_default()));
        };
        let listening = vec![
            hold(open.element(), "click", msg(LibraryOut::Open(id.into()))),
            hold(
                duplicate.element(),
                "click",
                msg(LibraryOut::Duplicate(id.into())),
            ),
            hold(delete.element(), "click", delete_one),
            hold(title.element(), "input", rename),
        ];
        let row = Row {
            li: El::new("li")
                .class("library-item")
                .testid("library-item")
                .attr("data-id", id)
                .element()
                .clone(),
            title: input,
            meta: meta.element().clone(),
            open: open.element().clone(),
            duplicate: duplicate.element().clone(),
            delete: delete.element().clone(),
            _listening: listening,
        };
        let actions = El::new("div")
            .class("library-actions")
            .children([open, duplicate, delete]);
        let _ = row.li.append_with_node_1(title.element());
        let _ = row.li.append_with_node_1(meta.element());
        let _ = row.li.append_with_node_1(actions.element());
        row
    }

    fn show(&self, l: Lang, d: &Doc, is_open: bool) {
        let title = if d.journey.title.trim().is_empty() {
            T::Untitled.get(l).to_string()
        } else {
            d.journey.title.clone()
        };
        if self.title.value() != title {
            self.title.set_value(&title);
        }
        set_attr(
            &self.title,
            "aria-label",
            &format!("{}: {title}", T::Rename.get(l)),
        );
        set_attr(
            &self.li,
            "class",
            if is_open {
                "library-item open"
            } else {
                "library-item"
            },
        );
        let remembered = analysis::score(&d.journey)
            .map(|s| format!(" · {} {}", T::Remembered.get(l), l.number(s.remembered, 1)))
            .unwrap_or_default();
        let meta = format!(
            "{}{remembered} · {} {}",
            i18n::touchpoint_count(l, d.journey.touchpoints.len()),
            T::LastChange.get(l),
            when(l, d.updated)
        );
        self.meta.set_text_content(Some(&meta));
        if is_open {
            let strong = El::new("strong").text(&format!(" · {}", T::Opened.get(l)));
            let _ = self.meta.append_with_node_1(strong.element());
        }
        for (b, word) in [
            (&self.open, T::Open),
            (&self.duplicate, T::DuplicateTouchpoint),
            (&self.delete, T::Delete),
        ] {
            set_text(b, word.get(l));
            set_attr(b, "aria-label", &format!("{}: {title}", word.get(l)));
        }
        set_flag(&self.open, "disabled", is_open);
    }
}

/// The library's section, with a row per journey kept by its id.
pub struct Library {
    section: Element,
    heading: Element,
    close: Element,
    list: Element,
    empty: Element,
    lang: Rc<RefCell<Lang>>,
    rows: RefCell<BTreeMap<String, Row>>,
    send: Send<LibraryOut>,
    _closing: Held,
}

impl Plain for Library {
    type Value = LibraryValue;
    type Out = LibraryOut;
    const REBUILD_ON_LANG: bool = false;

    fn build(l: Lang, _: &LibraryValue, send: Send<LibraryOut>) -> (El, Library) {
        let heading = El::new("h2").attr("id", "library-heading");
        let close = button("close-library", "");
        let s = send.clone();
        let closing = hold(close.element(), "click", move |_: MouseEvent| {
            s(LibraryOut::Close)
        });
        let (list, empty) = (El::new("ul"), El::new("p"));
        let el = El::new("section")
            .class("library")
            .testid("library")
            .attr("aria-labelledby", "library-heading");
        let part = Library {
            section: el.element().clone(),
            heading: heading.element().clone(),
            close: close.element().clone(),
            list: list.element().clone(),
            empty: empty.element().clone(),
            lang: Rc::new(RefCell::new(l)),
            rows: RefCell::default(),
            send,
            _closing: closing,
        };
        let el = el.child(
            El::new("div")
                .class("library-head")
                .child(heading)
                .child(close),
        );
        (el, part)
    }

    fn show(&self, v: &LibraryValue) {
        let l = v.lang;
        *self.lang.borrow_mut() = l;
        set_text(&self.heading, T::LibraryTitle.get(l));
        set_text(&self.close, T::Close.get(l));
        set_text(&self.empty, T::LibraryEmpty.get(l));
        let mut docs: Vec<&Doc> = v.docs.iter().collect();
        crate::model::order::sort_by(&mut docs, |a, b| b.updated.total_cmp(&a.updated));
        let (shown, gone) = if docs.is_empty() {
            (&self.empty, &self.list)
        } else {
            (&self.list, &self.empty)
        };
        gone.remove();
        if shown.parent_node().is_none() {
            let _ = self.section.append_with_node_1(shown);
        }
        let mut rows = self.rows.borrow_mut();
        rows.retain(|id, row| {
            let keep = docs.iter().any(|d| &d.id == id);
            if !keep {
                row.li.remove();
            }
            keep
        });
        let mut wanted = Vec::with_capacity(docs.len());
        for d in docs {
            let row = rows
                .entry(d.id.clone())
                .or_insert_with(|| Row::new(&d.id, self.lang.clone(), &self.send));
            row.show(l, d, d.id == v.current);
            wanted.push(row.li.clone());
        }
        place_around_focus(&self.list, &wanted);
    }
}

/// Puts `wanted` in `list` in order without moving the row that holds the keyboard's
/// focus (moving an element takes the focus away): the others are placed around it.
fn place_around_focus(list: &Element, wanted: &[Element]) {
    let active = document().active_element();
    let fixed = wanted
        .iter()
        .position(|r| active.as_ref().is_some_and(|a| r.contains(Some(a))));
    let Some(f) = fixed.filter(|&f| wanted[f].parent_element().as_ref() == Some(list)) else {
        for r in wanted {
            let _ = list.append_with_node_1(r);
        }
        return;
    };
    let (before, after) = (&wanted[..f], &wanted[f + 1..]);
    for r in before {
        let _ = list.insert_before(r, Some(&wanted[f]));
    }
    let mut prev = wanted[f].clone();
    for r in after {
        if prev.next_element_sibling().as_ref() != Some(r) {
            let next = prev.next_sibling();
            let _ = list.insert_before(r, next.as_ref());
        }
        prev = r.clone();
    }
}
