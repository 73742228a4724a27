//! Saving in the user's language: whether the work is kept, and what happened to saved
//! data that could not be read. Whole sentences per language. Pure Rust.

use super::Lang;
use super::number::count;

/// Why the work is not saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// The browser allows no storage here (private mode, a sandboxed frame).
    Blocked,
    /// The browser's storage is full.
    Full,
    /// A newer Peakend in another tab took over the storage.
    Outdated,
}

/// Why the work is not saved, in one line, with what it means for the user.
pub fn not_saved(l: Lang, why: Why) -> &'static str {
    match (l, why) {
        (Lang::En, Why::Blocked) => {
            "Not saved: this browser does not allow storage here. Your work lives only in this tab."
        }
        (Lang::Nl, Why::Blocked) => {
            "Niet bewaard: deze browser staat hier geen opslag toe. Je werk bestaat alleen in dit tabblad."
        }
        (Lang::En, Why::Full) => {
            "Not saved: the browser's storage is full. Your work lives only in this tab."
        }
        (Lang::Nl, Why::Full) => {
            "Niet bewaard: de opslag van de browser is vol. Je werk bestaat alleen in dit tabblad."
        }
        (Lang::En, Why::Outdated) => {
            "Not saved: a newer Peakend was opened in another tab. Export your work, then reload this tab."
        }
        (Lang::Nl, Why::Outdated) => {
            "Niet bewaard: in een ander tabblad is een nieuwere Peakend geopend. Exporteer je werk en laad dit tabblad daarna opnieuw."
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
    fn each_reason_says_something_else() {
        for l in [Lang::En, Lang::Nl] {
            let said = [Why::Blocked, Why::Full, Why::Outdated].map(|w| not_saved(l, w));
            assert!(said[0] != said[1] && said[1] != said[2] && said[0] != said[2]);
        }
    }
}
