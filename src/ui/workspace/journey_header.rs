//! The top bar, built with plain DOM: product name, the library, new journeys, language.

use crate::i18n::{Lang, T};
use crate::ui::plain::{Plain, PlainPart, Send};
use crate::web::dom::{El, button, on, set_attr, set_text};
use web_sys::{Element, Event, HtmlSelectElement, MouseEvent};

/// What the top bar shows.
#[derive(Clone, Copy, PartialEq)]
pub struct HeaderValue {
    pub library_count: usize,
    pub library_open: bool,
    /// The language: a new one rewrites the words and keeps the bar, so the language
    /// menu keeps the keyboard's focus.
    pub lang: Lang,
}

/// What is asked for in the top bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum HeaderOut {
    ToggleLibrary,
    NewJourney,
    LoadExample,
    Lang(Lang),
}

/// The top bar's parts a change rewrites: the library button, and each element with a
/// word and the word it shows.
pub struct Header {
    library: Element,
    words: Vec<(Element, T)>,
    /// The navigation's name.
    nav: Element,
    select: HtmlSelectElement,
}

impl Plain for Header {
    type Value = HeaderValue;
    type Out = HeaderOut;
    const REBUILD_ON_LANG: bool = false;

    fn build(l: Lang, _: &HeaderValue, send: Send<HeaderOut>) -> (El, Header) {
        let library = button("open-library", "");
        let new = button("new-journey", T::NewJourney.get(l));
        let example = button("load-example", T::LoadExample.get(l));
        for (b, out) in [
            (&library, HeaderOut::ToggleLibrary),
            (&new, HeaderOut::NewJourney),
            (&example, HeaderOut::LoadExample),
        ] {
            let send = send.clone();
            on(b.element(), "click", move |_: MouseEvent| send(out));
        }
        let options = Lang::ALL.iter().map(|x| {
            let name = match x {
                Lang::En => "English",
                Lang::Nl => "Nederlands",
            };
            El::new("option")
                .attr("value", x.tag())
                .flag("selected", *x == l)
                .text(name)
        });
        let select = El::new("select").testid("language").children(options);
        let chosen: HtmlSelectElement = select.typed();
        let menu = chosen.clone();
        on(select.element(), "change", move |_: Event| {
            send(HeaderOut::Lang(
                Lang::from_tag(&chosen.value()).unwrap_or_default(),
            ));
        });
        let (name, tagline, language) = (
            El::new("h1").class("name").text(T::AppName.get(l)),
            El::new("span").class("tagline").text(T::Tagline.get(l)),
            El::new("span")
                .class("visually-hidden")
                .text(T::Language.get(l)),
        );
        let words = vec![
            (new.element().clone(), T::NewJourney),
            (example.element().clone(), T::LoadExample),
            (name.element().clone(), T::AppName),
            (tagline.element().clone(), T::Tagline),
            (language.element().clone(), T::Language),
        ];
        let nav = El::new("nav")
            .class("actions")
            .attr("aria-label", T::Journeys.get(l));
        let part = Header {
            library: library.element().clone(),
            words,
            nav: nav.element().clone(),
            select: menu,
        };
        let el = El::new("header")
            .class("topbar")
            .child(
                El::new("div")
                    .class("brand")
                    .child(
                        El::new("span")
                            .class("logo")
                            .attr("aria-hidden", "true")
                            .text("◠"),
                    )
                    .child(name)
                    .child(tagline),
            )
            .child(
                nav.children([library, new, example])
                    .child(El::new("label").class("lang").child(language).child(select)),
            );
        (el, part)
    }

    fn show(&self, v: &HeaderValue) {
        let l = v.lang;
        for (el, word) in &self.words {
            set_text(el, word.get(l));
        }
        set_attr(&self.nav, "aria-label", T::Journeys.get(l));
        if self.select.value() != l.tag() {
            self.select.set_value(l.tag());
        }
        let text = format!("{} ({})", T::Journeys.get(l), v.library_count);
        set_text(&self.library, &text);
        set_attr(&self.library, "aria-expanded", &v.library_open.to_string());
    }
}

/// The top bar (`value`); what is asked for goes to `on`.
pub type JourneyHeader = PlainPart<Header>;
