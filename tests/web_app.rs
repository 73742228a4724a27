//! Browser tests: the real app mounted in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

mod web_support;

use wasm_bindgen_test::*;
use web_support::*;

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
