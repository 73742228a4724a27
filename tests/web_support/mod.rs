//! Shared helpers for browser tests: mount the app in a fresh container with clean
//! storage, find elements by `data-testid`, type and click like a user, wait for yew.
#![allow(dead_code)]

pub mod survey_sample;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// Waits until yew, and the workspace's page (which shows each change in a microtask),
/// have rendered everything scheduled so far.
pub async fn flush() {
    yew::scheduler::flush().await;
    sleep(0).await;
    yew::scheduler::flush().await;
}

/// Waits `ms` milliseconds of browser time.
pub async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

pub struct Page {
    root: Element,
    /// The workspace, when this is one: stopped on `unmount`, so it does not go on
    /// listening (keys, other tabs, storage) into the next test.
    workspace: Option<peakend::ui::workspace::app::Started>,
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

impl Page {
    /// Mounts a fresh app: storage cleared, so it opens on the example journey. Waits
    /// until the library is open and the journey shows.
    pub async fn mount() -> Page {
        let window = web_sys::window().unwrap();
        window.local_storage().unwrap().unwrap().clear().unwrap();
        let factory = window.indexed_db().unwrap().unwrap();
        let deleting = factory.delete_database("peakend").unwrap();
        let done = js_sys::Promise::new(&mut |resolve, _| {
            deleting.set_onsuccess(Some(&resolve));
            deleting.set_onerror(Some(&resolve));
        });
        wasm_bindgen_futures::JsFuture::from(done).await.unwrap();
        let root = document().create_element("div").unwrap();
        root.set_attribute("style", "width: 1200px").unwrap();
        document().body().unwrap().append_child(&root).unwrap();
        let started = peakend::ui::workspace::app::start(
            root.clone(),
            &peakend::web::route::Route::default(),
        );
        let page = Page {
            root,
            workspace: Some(started),
        };
        for _ in 0..200 {
            flush().await;
            if !page.all("score-card").is_empty() {
                return page;
            }
            sleep(10).await;
        }
        panic!("the workspace did not open within 2 s");
    }

    pub fn unmount(self) {
        if let Some(w) = &self.workspace {
            w.stop();
        }
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

    /// The first element `selector` matches in the page.
    pub fn select(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
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

    /// Waits (up to a second, yew flushed each time) until `testid` reads `want`.
    pub async fn reads_soon(&self, testid: &str, want: &str) -> bool {
        for _ in 0..50 {
            sleep(20).await;
            flush().await;
            if self.text_of(testid) == want {
                return true;
            }
        }
        false
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

/// Mounts one component on its own, in a fresh container (no App, English).
pub async fn mount_component<C>(props: C::Properties) -> Page
where
    C: yew::BaseComponent,
{
    let root = document().create_element("div").unwrap();
    root.set_attribute("style", "width: 800px").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    flush().await;
    Page {
        root,
        workspace: None,
    }
}

/// Every action a component emitted, in order, and the callback that records them.
pub fn recorder() -> (
    std::rc::Rc<std::cell::RefCell<Vec<peakend::model::Action>>>,
    yew::Callback<peakend::model::Action>,
) {
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = seen.clone();
    (
        seen,
        yew::Callback::from(move |a| sink.borrow_mut().push(a)),
    )
}

/// Replaces `window.confirm` with one that answers `answer` and records its messages;
/// returns a reader of the messages asked so far.
pub fn stub_confirm(answer: bool) -> impl Fn() -> Vec<String> {
    let window = web_sys::window().unwrap();
    let body = format!("(window.__asked = window.__asked || []).push(String(m)); return {answer};");
    let f = js_sys::Function::new_with_args("m", &body);
    js_sys::Reflect::set(&window, &"confirm".into(), &f).unwrap();
    js_sys::Reflect::set(&window, &"__asked".into(), &js_sys::Array::new()).unwrap();
    move || {
        let w = web_sys::window().unwrap();
        let asked: js_sys::Array = js_sys::Reflect::get(&w, &"__asked".into())
            .unwrap()
            .dyn_into()
            .unwrap();
        asked.iter().filter_map(|v| v.as_string()).collect()
    }
}

impl Page {
    /// The root's whole text, as a user reads it.
    pub fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }

    /// Picks an option of a `<select>` and fires `change`, as choosing one does.
    pub fn choose(&self, testid: &str, value: &str) {
        let select: web_sys::HtmlSelectElement = self.one(testid).dyn_into().unwrap();
        select.set_value(value);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let ev = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
        select.dispatch_event(&ev).unwrap();
    }

    /// The current value of a `<select>`.
    pub fn selected(&self, testid: &str) -> String {
        self.one(testid)
            .dyn_into::<web_sys::HtmlSelectElement>()
            .unwrap()
            .value()
    }

    /// Sets an input's value without firing any event (a field filled before submitting).
    pub fn fill(&self, testid: &str, text: &str) {
        let input: HtmlInputElement = self.one(testid).dyn_into().unwrap();
        input.set_value(text);
    }

    /// An attribute of the first element with `testid`.
    pub fn attr(&self, testid: &str, name: &str) -> Option<String> {
        self.one(testid).get_attribute(name)
    }

    /// Elements matching a CSS selector inside the root.
    pub fn select_all(&self, css: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(css).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .collect()
    }
}
