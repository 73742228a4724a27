//! Shared helpers for browser tests: mount the app in a fresh container with clean
//! storage, find elements by `data-testid`, type and click like a user, wait for yew.
#![allow(dead_code)]

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// Waits until yew has rendered everything scheduled so far.
pub async fn flush() {
    yew::scheduler::flush().await;
}

pub struct Page {
    root: Element,
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

impl Page {
    /// Mounts a fresh app: storage cleared, so it opens on the example journey.
    pub async fn mount() -> Page {
        web_sys::window()
            .unwrap()
            .local_storage()
            .unwrap()
            .unwrap()
            .clear()
            .unwrap();
        let root = document().create_element("div").unwrap();
        root.set_attribute("style", "width: 1200px").unwrap();
        document().body().unwrap().append_child(&root).unwrap();
        yew::Renderer::<peakend::App>::with_root(root.clone()).render();
        flush().await;
        Page { root }
    }

    pub fn unmount(self) {
        self.root.remove();
    }

    pub fn all(&self, testid: &str) -> Vec<Element> {
        let list = self
            .root
            .query_selector_all(&format!("[data-testid='{testid}']"))
            .unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .collect()
    }

    pub fn one(&self, testid: &str) -> Element {
        self.all(testid)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no element with data-testid={testid}"))
    }

    pub fn value_of(&self, testid: &str) -> f64 {
        self.one(testid)
            .get_attribute("data-value")
            .unwrap()
            .parse()
            .unwrap()
    }

    pub fn text_of(&self, testid: &str) -> String {
        self.one(testid).text_content().unwrap_or_default()
    }

    pub fn input_value(&self, testid: &str) -> String {
        self.one(testid)
            .dyn_into::<HtmlInputElement>()
            .unwrap()
            .value()
    }

    /// Sets an input's value and fires `input`, as typing does.
    pub fn type_into(&self, testid: &str, text: &str) {
        let input: HtmlInputElement = self.one(testid).dyn_into().unwrap();
        input.set_value(text);
        let ev = web_sys::Event::new_with_event_init_dict("input", &{
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            init
        })
        .unwrap();
        input.dispatch_event(&ev).unwrap();
    }

    pub fn click(&self, testid: &str) {
        self.one(testid).dyn_into::<HtmlElement>().unwrap().click();
    }

    pub fn click_nth(&self, testid: &str, n: usize) {
        self.all(testid)[n]
            .clone()
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
    }
}
