//! A part built with plain DOM (`web::dom`, `ui::parts`): the [`Plain`] trait every part
//! of the workspace implements (the page places each in a `ui::slot::Slot`), and
//! [`PlainPart`], which shows one inside a yew tree (the presentation's curve, lanes and
//! score card, in the panels program). The part is built once per language and placed as
//! it is (`Html::VRef`); a new value is shown by the part itself, which rewrites only what
//! changed, so every page shares one part instead of each drawing its own.

use crate::i18n::Lang;
use crate::ui::after_paint::after_paint;
use crate::ui::use_lang;
use crate::web::dom::El;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// A part of the page built with plain DOM.
pub trait Plain: Sized + 'static {
    /// What the part shows (compared with the last value to skip a needless show).
    type Value: PartialEq + Clone + 'static;
    /// What the part reports (a drag on the curve…); `()` for a part that only shows.
    type Out: 'static;
    /// Show a new value a frame after the rest of the change (see `after_paint`): for a
    /// part whose work on a long journey would hold back the redrawn curve.
    const LATER: bool = false;
    /// Build the part again in a new language (else its `show` rewrites its words, and
    /// what is inside it stays: a panel with what was typed in it).
    const REBUILD_ON_LANG: bool = true;

    /// The part with its fixed words in language `l`, empty until the first `show`;
    /// `first`: the value it is built for (what stays fixed, a theme, comes from it);
    /// `send`: where it reports.
    fn build(l: Lang, first: &Self::Value, send: Send<Self::Out>) -> (El, Self);

    /// Shows `value`.
    fn show(&self, value: &Self::Value);

    /// Whether the part is in the page after its last `show`: one with nothing to show
    /// can leave no element behind (checks outside the project count elements).
    fn present(&self) -> bool {
        true
    }
}

/// Where a part reports.
pub type Send<T> = Rc<dyn Fn(T)>;

#[derive(Properties)]
pub struct PlainProps<P: Plain> {
    pub value: P::Value,
    #[prop_or_default]
    pub on: Callback<P::Out>,
}

impl<P: Plain> PlainProps<P> {
    /// Props showing `value`, reporting nowhere.
    pub fn of(value: P::Value) -> PlainProps<P> {
        PlainProps {
            value,
            on: Callback::default(),
        }
    }
}

impl<P: Plain> PartialEq for PlainProps<P> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value && self.on == other.on
    }
}

/// The part built for one language.
struct Built<P> {
    root: web_sys::Node,
    part: Rc<P>,
    /// Which `show` is the newest (a later one skips an older one still waiting).
    seq: Rc<Cell<u32>>,
}

/// Places part `P` and shows each new value in it.
#[function_component(PlainPart)]
pub fn plain_part<P: Plain>(p: &PlainProps<P>) -> Html {
    let l = use_lang();
    // The newest callback: a part reports to the props of the last render.
    let on = use_mut_ref(Callback::default);
    *on.borrow_mut() = p.on.clone();
    let first = p.value.clone();
    let built = use_memo(P::REBUILD_ON_LANG.then_some(l), move |_| {
        let send: Send<P::Out> = Rc::new(move |out| {
            // Cloned out first: the callback may render again, which sets the newest one.
            let now = on.borrow().clone();
            now.emit(out);
        });
        let (el, part) = P::build(l, &first, send);
        Built {
            root: el.element().clone().into(),
            part: Rc::new(part),
            seq: Rc::default(),
        }
    });
    let present = use_state_eq(|| true);
    {
        let (built, present) = (built.clone(), present.clone());
        use_effect_with((p.value.clone(), l), move |(value, _)| {
            let (part, seq) = (built.part.clone(), built.seq.clone());
            let mine = seq.get().wrapping_add(1);
            seq.set(mine);
            // The first value at once: the part is empty until then.
            if P::LATER && mine > 1 {
                let value = value.clone();
                after_paint(move || {
                    if seq.get() == mine {
                        part.show(&value);
                    }
                });
            } else {
                part.show(value);
                present.set(part.present());
            }
        });
    }
    if *present {
        Html::VRef(built.root.clone())
    } else {
        Html::default()
    }
}
