//! Browser tests: the real app mounted in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

mod web_support;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::*;
use web_sys::HtmlInputElement;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn adding_a_touchpoint_changes_the_remembered_score() {
    let page = Page::mount().await;
    let rows = page.all("touchpoint").len();
    let before = page.value_of("score-remembered");
    // The example ends on its worst moment (−5): R = (−5 + −5)/2.
    assert_eq!(before, -5.0);

    page.type_into("new-touchpoint-name", "Thank-you call");
    page.type_into("new-touchpoint-rating", "4");
    page.click("add-touchpoint");
    flush().await;

    assert_eq!(page.all("touchpoint").len(), rows + 1);
    // A kind ending: the peak stays −5, the end is now +4: R = (−5 + 4)/2 = −0.5.
    assert_eq!(page.value_of("score-remembered"), -0.5);
    page.unmount();
}

#[wasm_bindgen_test]
async fn a_rating_that_is_not_a_number_is_refused_and_kept() {
    let page = Page::mount().await;
    let rows = page.all("touchpoint").len();
    page.type_into("new-touchpoint-name", "Delivery");
    page.type_into("new-touchpoint-rating", "abc");
    page.click("add-touchpoint");
    flush().await;
    assert_eq!(page.all("touchpoint").len(), rows, "nothing added");
    assert!(page.text_of("add-error").contains("number"));
    assert_eq!(
        page.input_value("new-touchpoint-name"),
        "Delivery",
        "typed name kept"
    );
    assert_eq!(
        page.input_value("new-touchpoint-rating"),
        "abc",
        "typed rating kept"
    );
    page.unmount();
}

#[wasm_bindgen_test]
async fn deleting_the_last_touchpoint_moves_the_end() {
    let page = Page::mount().await;
    let rows = page.all("touchpoint");
    let n = rows.len();
    page.click_nth("delete-touchpoint", n - 1);
    flush().await;
    assert_eq!(page.all("touchpoint").len(), n - 1);
    // The bare link (−5) was both peak and end; without it the memory softens.
    assert!(page.value_of("score-remembered") > -5.0);
    assert!(page.text_of("chart-summary").contains("Cancel in writing"));
    page.unmount();
}

#[wasm_bindgen_test]
async fn a_rename_typed_in_the_library_keeps_its_focus_when_the_list_is_ordered_again() {
    let page = Page::mount().await;
    // A second journey: the example is now the older one, second in the library.
    page.click("new-journey");
    flush().await;
    page.click("open-library");
    flush().await;
    let titles = |p: &Page| -> Vec<String> {
        p.all("library-rename")
            .into_iter()
            .map(|e| e.dyn_into::<HtmlInputElement>().unwrap().value())
            .collect()
    };
    assert_eq!(page.all("library-item").len(), 2);
    let older: HtmlInputElement = page.all("library-rename")[1].clone().dyn_into().unwrap();
    older.focus().unwrap();
    older.set_value("Renamed while typing");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    older
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    flush().await;
    // The renamed journey changed last: it comes first now, and the keyboard is still in it.
    assert_eq!(titles(&page)[0], "Renamed while typing");
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element();
    assert_eq!(
        active.as_ref(),
        Some(older.unchecked_ref::<web_sys::Element>())
    );
    page.unmount();
}

#[wasm_bindgen_test]
async fn a_new_language_keeps_a_half_typed_touchpoint_and_rewrites_the_words() {
    let page = Page::mount().await;
    page.fill("new-touchpoint-name", "Half typed");
    page.choose("language", "nl");
    flush().await;
    assert_eq!(page.input_value("new-touchpoint-name"), "Half typed");
    assert_eq!(page.text_of("add-touchpoint"), "Toevoegen");
    assert_eq!(page.text_of("undo").trim(), "↶ Ongedaan maken");
    page.choose("language", "en");
    flush().await;
    assert_eq!(page.text_of("add-touchpoint"), "Add");
    assert_eq!(page.input_value("new-touchpoint-name"), "Half typed");
    page.unmount();
}
