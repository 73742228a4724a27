//! One touchpoint's row, built with plain DOM: drag handle, number, name, rating, the peak
//! and end marks, and its actions; its Details (from the panels program) below it when
//! open. The row holds no listener of its own: the list listens once for all its rows
//! (`touchpoint_list`), and finds the row and the control from the event.

use crate::i18n::{Lang, T};
use crate::model::{MAX_NAME_CHARS, Scale, Touchpoint};
use crate::ui::lazy::host::PanelHost;
use crate::web::dom::{El, set_attr, set_flag, set_text};
use web_sys::{Element, HtmlInputElement};

/// Whether this row is the peak or the end, and whether that was marked by hand.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RowRole {
    pub peak: bool,
    pub end: bool,
    pub peak_marked: bool,
    pub end_marked: bool,
}

/// What a row shows: the last one shown is kept, so an unchanged row is not touched.
#[derive(Clone, PartialEq)]
pub struct RowLook {
    pub index: usize,
    pub count: usize,
    pub touchpoint: Touchpoint,
    pub scale: Scale,
    pub role: RowRole,
    pub open: bool,
}

/// A row's elements.
pub struct Row {
    pub li: Element,
    index: Element,
    name: HtmlInputElement,
    rating: HtmlInputElement,
    peak: Element,
    end: Element,
    up: Element,
    down: Element,
    insert: Element,
    copy: Element,
    toggle: Element,
    delete: Element,
    /// The open Details: their element and the panel in it.
    pub details: Option<(Element, PanelHost)>,
    pub shown: Option<RowLook>,
}

fn button(testid: &str, class: &str, text: &str) -> El {
    crate::web::dom::button(testid, text).class(class)
}

impl Row {
    /// A row for touchpoint `id`, empty until [`Row::show`].
    pub fn new(l: Lang, id: u32) -> Row {
        let index = El::new("span").class("index").attr("aria-hidden", "true");
        let name = El::new("input")
            .attr("type", "text")
            .class("name")
            .testid("touchpoint-name")
            .attr("maxlength", &MAX_NAME_CHARS.to_string());
        let rating = El::new("input")
            .attr("type", "number")
            .class("rating")
            .testid("touchpoint-rating");
        let peak = button("mark-peak", "mark mark-peak", T::PeakShort.get(l));
        let end = button("mark-end", "mark mark-end", T::EndShort.get(l));
        let up = button("move-up", "icon", "↑").attr("title", T::MoveUp.get(l));
        let down = button("move-down", "icon", "↓").attr("title", T::MoveDown.get(l));
        let insert = button("insert-after", "icon", "+").attr("title", T::InsertAfter.get(l));
        let copy = button("duplicate-touchpoint", "icon", T::DuplicateShort.get(l))
            .attr("title", T::DuplicateTouchpoint.get(l));
        let toggle = button("touchpoint-details-toggle", "details-toggle", "")
            .attr("aria-controls", &format!("tp-{id}-details"));
        let delete = button("delete-touchpoint", "icon delete", "✕")
            .attr("title", T::DeleteTouchpoint.get(l));
        let row = Row {
            li: El::new("li").element().clone(),
            index: index.element().clone(),
            name: name.typed(),
            rating: rating.typed(),
            peak: peak.element().clone(),
            end: end.element().clone(),
            up: up.element().clone(),
            down: down.element().clone(),
            insert: insert.element().clone(),
            copy: copy.element().clone(),
            toggle: toggle.element().clone(),
            delete: delete.element().clone(),
            details: None,
            shown: None,
        };
        let grip = El::new("span")
            .class("grip")
            .attr("draggable", "true")
            .attr("title", T::DragToReorder.get(l))
            .attr("aria-hidden", "true")
            .text("⠿");
        let tools = El::new("div")
            .class("row-tools")
            .children([peak, end, up, down, insert, copy, toggle, delete]);
        for el in [grip, index, name, rating, tools] {
            let _ = row.li.append_with_node_1(el.element());
        }
        set_attr(&row.li, "data-testid", "touchpoint");
        set_attr(&row.li, "data-id", &id.to_string());
        set_attr(&row.li, "tabindex", "0");
        row
    }

    /// Shows `look` in language `l`, touching only what changed since the last one.
    pub fn show(&mut self, l: Lang, look: &RowLook) {
        let before = self.shown.take();
        let t = &look.touchpoint;
        let same_name = before.as_ref().is_some_and(|b| {
            b.touchpoint.name == t.name && b.index == look.index && b.count == look.count
        });
        if !same_name {
            self.words(l, look);
        }
        let tone = if t.rating > look.scale.neutral {
            "good"
        } else if t.rating < look.scale.neutral {
            "bad"
        } else {
            "neutral"
        };
        let class = if t.moment_of_truth {
            format!("touchpoint {tone} mot")
        } else {
            format!("touchpoint {tone}")
        };
        set_attr(&self.li, "class", &class);
        // What was typed stays as typed: only a value from elsewhere (undo, a drag on the
        // curve, another tab) is written into a field.
        if self.name.value() != t.name {
            self.name.set_value(&t.name);
        }
        if before.as_ref().is_none_or(|b| b.scale != look.scale) {
            let s = &look.scale;
            set_attr(&self.rating, "min", &s.min.to_string());
            set_attr(&self.rating, "max", &s.max.to_string());
            set_attr(&self.rating, "step", &s.step.to_string());
        }
        if self.rating.value_as_number() != t.rating {
            self.rating.set_value(&t.rating.to_string());
        }
        let r = look.role;
        if before
            .as_ref()
            .is_none_or(|b| b.role != r || b.touchpoint.name != t.name)
        {
            self.mark(l, true, r.peak, r.peak_marked, &t.name);
            self.mark(l, false, r.end, r.end_marked, &t.name);
        }
        set_flag(&self.up, "disabled", look.index == 0);
        set_flag(&self.down, "disabled", look.index + 1 >= look.count);
        if before.as_ref().is_none_or(|b| b.open != look.open) {
            set_attr(&self.toggle, "aria-expanded", &look.open.to_string());
            let arrow = if look.open { "▾ " } else { "▸ " };
            set_text(&self.toggle, &format!("{arrow}{}", T::ShowDetails.get(l)));
        }
        self.shown = Some(look.clone());
    }

    /// The words that name the touchpoint and its place.
    fn words(&self, l: Lang, look: &RowLook) {
        let (name, n) = (&look.touchpoint.name, look.index + 1);
        let said = |word: T| format!("{}: {name}", word.get(l));
        set_attr(
            &self.li,
            "aria-label",
            &format!("{} {n}: {name}", T::TouchpointName.get(l)),
        );
        set_attr(&self.li, "aria-setsize", &look.count.to_string());
        set_attr(&self.li, "aria-posinset", &n.to_string());
        set_text(&self.index, &n.to_string());
        set_attr(
            &self.name,
            "aria-label",
            &format!("{} {n}", T::TouchpointName.get(l)),
        );
        set_attr(&self.rating, "aria-label", &said(T::Rating));
        for (el, word) in [
            (&self.up, T::MoveUp),
            (&self.down, T::MoveDown),
            (&self.insert, T::InsertAfter),
            (&self.copy, T::DuplicateShort),
            (&self.toggle, T::ShowDetails),
            (&self.delete, T::DeleteTouchpoint),
        ] {
            set_attr(el, "aria-label", &said(word));
        }
    }

    /// The peak's (`peak`) or the end's mark: lit when it is, pressed when marked by hand.
    fn mark(&self, l: Lang, peak: bool, on: bool, marked: bool, name: &str) {
        let (el, id, long) = if peak {
            (&self.peak, "mark-peak", T::MarkPeak)
        } else {
            (&self.end, "mark-end", T::MarkEnd)
        };
        let title = if on && !marked {
            format!("{} ({})", long.get(l), T::AutoPeakEnd.get(l))
        } else {
            long.get(l).to_string()
        };
        let mut class = format!("mark {id}");
        for (yes, name) in [(on, " on"), (marked, " marked")] {
            if yes {
                class.push_str(name);
            }
        }
        set_attr(el, "class", &class);
        set_attr(el, "aria-pressed", &marked.to_string());
        set_attr(el, "aria-label", &format!("{title}: {name}"));
        set_attr(el, "title", &title);
    }
}
