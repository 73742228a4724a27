//! Saving in the user's language: whether the work is kept, and what happened to saved
//! data that could not be read. Whole sentences per language. Pure Rust.

use super::Lang;
use super::number::count;

/// Why the work is not saved, in one line, with what it means for the user.
pub fn not_saved(l: Lang, full: bool) -> &'static str {
    match (l, full) {
        (Lang::En, false) => {
            "Not saved: this browser does not allow storage here. Your work lives only in this tab."
        }
        (Lang::Nl, false) => {
            "Niet bewaard: deze browser staat hier geen opslag toe. Je werk bestaat alleen in dit tabblad."
        }
        (Lang::En, true) => {
            "Not saved: the browser's storage is full. Your work lives only in this tab."
        }
        (Lang::Nl, true) => {
            "Niet bewaard: de opslag van de browser is vol. Je werk bestaat alleen in dit tabblad."
        }
    }
}

/// Saved data that could not be read was set aside; `n` items.
pub fn set_aside(l: Lang, n: usize) -> String {
    match (l, n) {
        (Lang::En, 1) => {
            "One saved item could not be read. It was set aside in this browser, not deleted.".into()
        }
        (Lang::En, n) => format!(
            "{} saved items could not be read. They were set aside in this browser, not deleted.",
            count(l, n)
        ),
        (Lang::Nl, 1) => {
            "Eén bewaard item kon niet worden gelezen. Het is apart gezet in deze browser, niet verwijderd.".into()
        }
        (Lang::Nl, n) => format!(
            "{} bewaarde items konden niet worden gelezen. Ze zijn apart gezet in deze browser, niet verwijderd.",
            count(l, n)
        ),
    }
}

/// The button that downloads what was set aside.
pub fn download_set_aside(l: Lang) -> &'static str {
    match l {
        Lang::En => "Download what was set aside",
        Lang::Nl => "Download wat apart is gezet",
    }
}

/// The file it downloads.
pub const SET_ASIDE_FILE: &str = "peakend-set-aside.json";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_item_is_singular_and_more_are_plural() {
        assert!(set_aside(Lang::En, 1).starts_with("One saved item could"));
        assert!(set_aside(Lang::En, 3).starts_with("3 saved items could"));
        assert!(set_aside(Lang::Nl, 1).starts_with("Eén bewaard item kon"));
        assert!(set_aside(Lang::Nl, 2).starts_with("2 bewaarde items konden"));
    }

    #[test]
    fn full_and_unavailable_say_different_things() {
        for l in [Lang::En, Lang::Nl] {
            assert_ne!(not_saved(l, true), not_saved(l, false));
        }
    }
}
