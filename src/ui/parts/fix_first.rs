//! "What to fix first" on a share link's page: the ranking from `analysis::fix_first` in
//! plain sentences, as the workspace words it, the first few and the rest behind "Show
//! all". Only the items shown exist, so a long journey does not build thousands.

use crate::analysis;
use crate::i18n::{self, Lang, T};
use crate::model::Journey;
use crate::web::dom::{El, on, set_attr, set_children, set_hidden, set_text};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use web_sys::{Element, MouseEvent};

/// How many fixes show before "Show all".
pub const TOP: usize = 5;

/// One ranked touchpoint, as shown.
struct Fix {
    text: String,
    index: usize,
    delta: f64,
    at_max: bool,
}

/// The section's parts a change rewrites.
struct Inner {
    lang: Lang,
    hint: Element,
    list: Element,
    toggle: Element,
    empty: Element,
    /// "Show all" is on.
    open: Cell<bool>,
    /// The last ranking.
    fixes: RefCell<Vec<Fix>>,
}

/// What to fix first, as built by [`fix_first`].
pub struct FixFirst(Rc<Inner>);

/// The section, empty until the first [`FixFirst::show`].
pub fn fix_first(l: Lang) -> (El, FixFirst) {
    let hint = El::new("p").class("hint").text(T::FixFirstIntro.get(l));
    let list = El::new("ol").class("fix-list");
    let toggle = El::new("button")
        .attr("type", "button")
        .class("link")
        .testid("fix-show-all")
        .attr("aria-expanded", "false");
    let empty = El::new("p").class("empty").text(T::FixFirstEmpty.get(l));
    let inner = Rc::new(Inner {
        lang: l,
        hint: hint.element().clone(),
        list: list.element().clone(),
        toggle: toggle.element().clone(),
        empty: empty.element().clone(),
        open: Cell::new(false),
        fixes: RefCell::default(),
    });
    // The button keeps the section's parts, as long as the page is open.
    let kept = inner.clone();
    on(toggle.element(), "click", move |_: MouseEvent| {
        kept.open.set(!kept.open.get());
        kept.render();
    });
    let section = El::new("section")
        .class("fix-first")
        .testid("fix-first")
        .attr("aria-labelledby", "fix-first-heading")
        .child(
            El::new("h2")
                .attr("id", "fix-first-heading")
                .text(T::FixFirstTitle.get(l)),
        )
        .children([hint, list, toggle, empty]);
    (section, FixFirst(inner))
}

impl FixFirst {
    /// Ranks the touchpoints of `j` and shows them.
    pub fn show(&self, j: &Journey) {
        let l = self.0.lang;
        let fixes = analysis::fix_first(j).unwrap_or_default();
        *self.0.fixes.borrow_mut() = fixes
            .iter()
            .map(|f| {
                let name = j.touchpoints.get(f.index).map_or("", |t| t.name.as_str());
                let text = i18n::fix_line(l, name, f);
                Fix {
                    text,
                    index: f.index,
                    delta: f.delta_remembered,
                    at_max: f.at_max(),
                }
            })
            .collect();
        self.0.render();
    }
}

impl Inner {
    fn render(&self) {
        let fixes = self.fixes.borrow();
        let open = self.open.get();
        let shown = if open { fixes.len() } else { TOP };
        set_children(
            &self.list,
            fixes.iter().take(shown).map(|f| {
                El::new("li")
                    .class(if f.at_max { "fix at-max" } else { "fix" })
                    .testid("fix-item")
                    .attr("data-index", &f.index.to_string())
                    .attr("data-delta", &f.delta.to_string())
                    .text(&f.text)
            }),
        );
        let any = !fixes.is_empty();
        set_hidden(&self.hint, !any);
        set_hidden(&self.list, !any);
        set_hidden(&self.empty, any);
        set_hidden(&self.toggle, fixes.len() <= TOP);
        set_attr(&self.toggle, "aria-expanded", &open.to_string());
        let label = if open {
            T::ShowFewer.get(self.lang).to_string()
        } else {
            i18n::show_all(self.lang, fixes.len())
        };
        set_text(&self.toggle, &label);
    }
}
