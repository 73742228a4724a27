//! Elements built without a framework, for the pages a visitor opens (the workspace, the
//! course embed, a share link's page), so that they download as little as they can. An element with its
//! attributes, text and children is one expression; a listener lives as long as the page.
//! Text is always set as text, never parsed as HTML.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Document, Element, Event};

/// The page's document (every page this runs in has one).
pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a page with a document")
}

/// An element being built.
pub struct El(Element);

impl El {
    /// A new `<tag>`, not yet in the page.
    pub fn new(tag: &str) -> El {
        El(document().create_element(tag).expect("a known tag"))
    }

    /// Sets attribute `name` to `value`.
    pub fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// A boolean attribute (`hidden`, `open`, `disabled`), present when `on`.
    pub fn flag(self, name: &str, on: bool) -> El {
        if on { self.attr(name, "") } else { self }
    }

    /// Sets the `class` attribute (one or more names, space-separated).
    pub fn class(self, class: &str) -> El {
        self.attr("class", class)
    }

    /// The `data-testid` that checks outside the project find it by.
    pub fn testid(self, id: &str) -> El {
        self.attr("data-testid", id)
    }

    /// Appends `text` as a text node.
    pub fn text(self, text: &str) -> El {
        let _ = self.0.append_with_str_1(text);
        self
    }

    /// Appends `child`.
    pub fn child(self, child: El) -> El {
        let _ = self.0.append_with_node_1(&child.0);
        self
    }

    /// Appends each of `children`, in order.
    pub fn children(self, children: impl IntoIterator<Item = El>) -> El {
        for c in children {
            let _ = self.0.append_with_node_1(&c.0);
        }
        self
    }

    /// Appends `child` when there is one.
    pub fn maybe(self, child: Option<El>) -> El {
        match child {
            Some(c) => self.child(c),
            None => self,
        }
    }

    /// The element, to keep for later changes.
    pub fn element(&self) -> &Element {
        &self.0
    }

    /// The element, typed as what it is (`HtmlInputElement` for an `<input>`, …).
    pub fn typed<T: JsCast>(&self) -> T {
        self.0.clone().unchecked_into()
    }
}

/// A `<button type="button">` with its test id and text.
pub fn button(testid: &str, text: &str) -> El {
    El::new("button")
        .attr("type", "button")
        .testid(testid)
        .text(text)
}

/// Replaces what is inside `parent` by `children`.
pub fn set_children(parent: &Element, children: impl IntoIterator<Item = El>) {
    parent.set_text_content(None);
    for c in children {
        let _ = parent.append_with_node_1(&c.0);
    }
}

/// Sets the text of `el`, unless it already reads `text`: inside a live region, a text
/// written again would be read out again.
pub fn set_text(el: &Element, text: &str) {
    if el.text_content().as_deref() != Some(text) {
        el.set_text_content(Some(text));
    }
}

/// Sets attribute `name` of `el` to `value`.
pub fn set_attr(el: &Element, name: &str, value: &str) {
    let _ = el.set_attribute(name, value);
}

/// Sets or removes the boolean attribute `name` (`disabled`…), only when it changes.
pub fn set_flag(el: &Element, name: &str, on: bool) {
    if el.has_attribute(name) != on {
        let _ = if on {
            el.set_attribute(name, "")
        } else {
            el.remove_attribute(name)
        };
    }
}

/// Shows or hides `el` with the `hidden` attribute.
pub fn set_hidden(el: &Element, hidden: bool) {
    let _ = if hidden {
        el.set_attribute("hidden", "")
    } else {
        el.remove_attribute("hidden")
    };
}

/// Calls `f` with each `event` on `target`, for as long as the page is open.
pub fn on<E: JsCast + 'static>(
    target: &web_sys::EventTarget,
    event: &str,
    mut f: impl FnMut(E) + 'static,
) {
    let listener = Closure::<dyn FnMut(Event)>::new(move |e: Event| f(e.unchecked_into()));
    let _ = target.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    listener.forget();
}

/// A listener added by [`hold`]: removed, and its closure freed, when this is dropped.
pub struct Held {
    target: web_sys::EventTarget,
    event: String,
    listener: Closure<dyn FnMut(Event)>,
}

impl Drop for Held {
    fn drop(&mut self) {
        let f = self.listener.as_ref().unchecked_ref();
        let _ = self
            .target
            .remove_event_listener_with_callback(&self.event, f);
    }
}

/// Calls `f` with each `event` on `target` until the returned [`Held`] is dropped (a part
/// that comes and goes: a row of the library).
pub fn hold<E: JsCast + 'static>(
    target: &web_sys::EventTarget,
    event: &str,
    mut f: impl FnMut(E) + 'static,
) -> Held {
    let listener = Closure::<dyn FnMut(Event)>::new(move |e: Event| f(e.unchecked_into()));
    let _ = target.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    Held {
        target: target.clone(),
        event: event.to_string(),
        listener,
    }
}
