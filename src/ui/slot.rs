//! A part's place in a page built without a framework (the workspace): a comment in the
//! page marks where the part goes; the part is built once per language (unless it
//! rewrites its own words), shown only when its value changed, and taken out of the
//! page while it has nothing to show. What `ui::plain::PlainPart` does inside a yew tree,
//! for the pages that have none.

use crate::i18n::Lang;
use crate::ui::after_paint::after_paint;
use crate::ui::plain::{Plain, Send};
use crate::web::dom::document;
use std::cell::Cell;
use std::rc::Rc;
use web_sys::{Element, Node};

/// The part, as built for one language.
struct Built<P> {
    lang: Lang,
    root: Element,
    part: Rc<P>,
}

/// Where part `P` goes, and the part once it is wanted.
pub struct Slot<P: Plain> {
    anchor: Node,
    built: Option<Built<P>>,
    last: Option<P::Value>,
    /// Which `show` is the newest (a later one skips an older one still waiting).
    seq: Rc<Cell<u32>>,
    send: Send<P::Out>,
}

impl<P: Plain> Slot<P> {
    /// A place at the end of `parent`; the part reports to `send`.
    pub fn at(parent: &Node, send: impl Fn(P::Out) + 'static) -> Slot<P> {
        let anchor: Node = document().create_comment("").into();
        let _ = parent.append_child(&anchor);
        Slot {
            anchor,
            built: None,
            last: None,
            seq: Rc::default(),
            send: Rc::new(send),
        }
    }

    /// Shows `value` in language `l`, building the part the first time (and again in a
    /// new language when it does not rewrite its own words).
    pub fn show(&mut self, l: Lang, value: &P::Value) {
        let stale = self
            .built
            .as_ref()
            .is_none_or(|b| P::REBUILD_ON_LANG && b.lang != l);
        if stale {
            self.clear();
            let (el, part) = P::build(l, value, self.send.clone());
            let root = el.element().clone();
            self.built = Some(Built {
                lang: l,
                root,
                part: Rc::new(part),
            });
        }
        if self.last.as_ref() == Some(value) {
            return;
        }
        self.last = Some(value.clone());
        let Some(b) = &self.built else { return };
        let mine = self.seq.get().wrapping_add(1);
        self.seq.set(mine);
        if P::LATER && !stale {
            let (part, seq, value) = (b.part.clone(), self.seq.clone(), value.clone());
            after_paint(move || {
                if seq.get() == mine {
                    part.show(&value);
                }
            });
            return;
        }
        b.part.show(value);
        let shown = b.root.parent_node().is_some();
        match (b.part.present(), shown) {
            (true, false) => {
                if let Some(parent) = self.anchor.parent_node() {
                    let _ = parent.insert_before(&b.root, Some(&self.anchor));
                }
            }
            (false, true) => b.root.remove(),
            _ => {}
        }
    }

    /// Takes the part out of the page and lets it go (a closed library, a finished import).
    pub fn clear(&mut self) {
        if let Some(b) = self.built.take() {
            b.root.remove();
        }
        self.last = None;
        self.seq.set(self.seq.get().wrapping_add(1));
    }
}
