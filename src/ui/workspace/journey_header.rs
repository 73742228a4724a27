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
}

/// What is asked for in the top bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum HeaderOut {
    ToggleLibrary,
    NewJourney,
    LoadExample,
    Lang(Lang),
}

/// The top bar's parts a change rewrites.
pub struct Header {
    lang: Lang,
    library: Element,
}

impl Plain for Header {
    type Value = HeaderValue;
    type Out = HeaderOut;

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
        on(select.element(), "change", move |_: Event| {
            send(HeaderOut::Lang(
                Lang::from_tag(&chosen.value()).unwrap_or_default(),
            ));
        });
        let part = Header {
            lang: l,
            library: library.element().clone(),
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
                    .child(El::new("h1").class("name").text(T::AppName.get(l)))
                    .child(El::new("span").class("tagline").text(T::Tagline.get(l))),
            )
            .child(
                El::new("nav")
                    .class("actions")
                    .attr("aria-label", T::Journeys.get(l))
                    .children([library, new, example])
                    .child(
                        El::new("label")
                            .class("lang")
                            .child(
                                El::new("span")
                                    .class("visually-hidden")
                                    .text(T::Language.get(l)),
                            )
                            .child(select),
                    ),
            );
        (el, part)
    }

    fn show(&self, v: &HeaderValue) {
        let text = format!("{} ({})", T::Journeys.get(self.lang), v.library_count);
        set_text(&self.library, &text);
        set_attr(&self.library, "aria-expanded", &v.library_open.to_string());
    }
}

/// The top bar (`value`); what is asked for goes to `on`.
pub type JourneyHeader = PlainPart<Header>;
