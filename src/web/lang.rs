//! The interface language the browser asks for.

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
