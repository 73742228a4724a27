//! The interface language: the one the browser asks for, and telling the page which one
//! it speaks (`<html lang>`, which screen readers and hyphenation follow).

use crate::i18n::Lang;

/// The language this visitor asked for before: a saved choice, else the browser's own.
pub fn browser_lang() -> Lang {
    if let Some(l) = crate::web::storage::load_lang() {
        return l;
    }
    let langs: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    Lang::negotiate(langs.iter().map(String::as_str))
}

/// Sets `<html lang>` to `lang`.
pub fn set_page_lang(lang: Lang) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", lang.tag());
    }
}
