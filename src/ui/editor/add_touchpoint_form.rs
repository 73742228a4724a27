//! The row under the list for adding a touchpoint with the keyboard, built with plain DOM:
//! name, Tab, rating, Enter. Focus returns to the name so the next one can be typed
//! straight away; a rating that is not a number is kept as typed, with the reason.

use crate::i18n::{self, Lang, T};
use crate::model::{Action, MAX_NAME_CHARS, Scale, parse_number};
use crate::ui::plain::{Plain, PlainPart, Send};
use crate::web::dom::{El, on, set_attr, set_hidden, set_text};
use std::cell::Cell;
use std::rc::Rc;
use web_sys::{Element, HtmlInputElement, SubmitEvent};

/// What the form needs: how many touchpoints exist (to name an unnamed new one), the
/// scale (for the neutral rating and the hint) and the language (a new one rewrites the
/// words and keeps what is being typed).
#[derive(Clone, Copy, PartialEq)]
pub struct AddValue {
    pub count: usize,
    pub scale: Scale,
    pub lang: Lang,
}

/// The form's parts a change rewrites.
pub struct AddForm {
    name: HtmlInputElement,
    rating: HtmlInputElement,
    scale_hint: Element,
    /// Each element with a word, and the word.
    words: Vec<(Element, T)>,
    value: Rc<Cell<AddValue>>,
}

impl Plain for AddForm {
    type Value = AddValue;
    type Out = Action;
    const REBUILD_ON_LANG: bool = false;

    fn build(l: Lang, first: &AddValue, send: Send<Action>) -> (El, AddForm) {
        let name = El::new("input")
            .attr("type", "text")
            .testid("new-touchpoint-name")
            .attr("placeholder", T::TouchpointNamePlaceholder.get(l))
            .attr("maxlength", &MAX_NAME_CHARS.to_string());
        let rating = El::new("input")
            .attr("type", "text")
            .attr("inputmode", "decimal")
            .testid("new-touchpoint-rating")
            .attr("aria-describedby", "add-hint")
            .attr("aria-invalid", "false");
        let scale_hint = El::new("span");
        let error = El::new("p")
            .class("field-error")
            .attr("role", "alert")
            .testid("add-error")
            .flag("hidden", true)
            .text(T::RatingNotANumber.get(l));
        let word = |w: T| El::new("span").text(w.get(l));
        let (name_word, rating_word, add, hint) = (
            word(T::TouchpointName),
            word(T::Rating),
            El::new("button")
                .attr("type", "submit")
                .testid("add-touchpoint")
                .text(T::Add.get(l)),
            word(T::AddTouchpointHint),
        );
        let words = vec![
            (name_word.element().clone(), T::TouchpointName),
            (rating_word.element().clone(), T::Rating),
            (add.element().clone(), T::Add),
            (hint.element().clone(), T::AddTouchpointHint),
            (error.element().clone(), T::RatingNotANumber),
        ];
        let part = AddForm {
            name: name.typed(),
            rating: rating.typed(),
            scale_hint: scale_hint.element().clone(),
            words,
            value: Rc::new(Cell::new(*first)),
        };
        let (name_in, rating_in, error_el) = (
            name.typed::<HtmlInputElement>(),
            part.rating.clone(),
            error.element().clone(),
        );
        let value = part.value.clone();
        let form = El::new("form")
            .class("add-touchpoint")
            .testid("add-touchpoint-form")
            .child(El::new("label").class("name").child(name_word).child(name))
            .child(
                El::new("label")
                    .class("rating")
                    .child(rating_word)
                    .child(rating),
            )
            .child(add)
            .child(
                El::new("p")
                    .attr("id", "add-hint")
                    .class("hint")
                    .child(hint)
                    .text(" ")
                    .child(scale_hint),
            )
            .child(error);
        on(form.element(), "submit", move |e: SubmitEvent| {
            e.prevent_default();
            let AddValue { count, scale, lang } = value.get();
            // An empty rating means neutral; anything else must be a number.
            let typed = rating_in.value();
            let rating = if typed.trim().is_empty() {
                Some(scale.neutral)
            } else {
                parse_number(&typed)
            };
            let Some(rating) = rating else {
                set_hidden(&error_el, false);
                set_attr(&rating_in, "aria-invalid", "true");
                let _ = rating_in.focus();
                return;
            };
            let typed = name_in.value();
            let name = if typed.trim().is_empty() {
                format!("{} {}", T::TouchpointName.get(lang), count + 1)
            } else {
                typed.trim().to_string()
            };
            set_hidden(&error_el, true);
            set_attr(&rating_in, "aria-invalid", "false");
            name_in.set_value("");
            rating_in.set_value("");
            let _ = name_in.focus();
            send(Action::AddTouchpoint {
                name,
                rating,
                after: None,
            });
        });
        (form, part)
    }

    fn show(&self, v: &AddValue) {
        let l = v.lang;
        self.value.set(*v);
        for (el, word) in &self.words {
            set_text(el, word.get(l));
        }
        set_attr(
            &self.name,
            "placeholder",
            T::TouchpointNamePlaceholder.get(l),
        );
        set_attr(&self.rating, "placeholder", &l.number(v.scale.neutral, 2));
        set_text(
            &self.scale_hint,
            &i18n::scale_hint(l, v.scale.min, v.scale.max),
        );
    }
}

/// The form (`value`); a new touchpoint goes to `on`.
pub type AddTouchpointForm = PlainPart<AddForm>;
