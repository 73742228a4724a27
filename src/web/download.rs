//! Saving a file to the user's computer: a Blob, an object URL and a click.

use wasm_bindgen::JsCast;

/// Offers `contents` as a download named `filename`. Returns false if the browser refused.
pub fn download(filename: &str, mime: &str, contents: &str) -> bool {
    let run = || -> Option<()> {
        let doc = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&contents.into());
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(filename);
        a.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    run().is_some()
}

/// A file name from a journey title: letters, digits and dashes only.
pub fn file_name(title: &str, ext: &str) -> String {
    let mut s: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    while s.contains("--") {
        s = s.replace("--", "-");
    }
    let s = s.trim_matches('-');
    let s = if s.is_empty() { "journey" } else { s };
    format!("{}.{ext}", s.chars().take(60).collect::<String>())
}

/// Offers an address the browser already holds (a `data:` URL) as a download.
pub fn download_url(filename: &str, url: &str) -> bool {
    let run = || -> Option<()> {
        let doc = web_sys::window()?.document()?;
        let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(url);
        a.set_download(filename);
        a.click();
        Some(())
    };
    run().is_some()
}
