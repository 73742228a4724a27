//! What the story form holds between stories (who tells them, how they felt, what they
//! are about, themes, date), and adding an offered theme to the themes typed.

use super::about_select::About;
use crate::model::{Teller, split_themes};
use crate::web::local_file::today;

/// What the form holds between stories.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub teller: Teller,
    pub who: String,
    pub valence: String,
    pub about: About,
    pub themes: String,
    pub date: String,
}

/// Adds `theme` to a comma-separated field unless it is there already.
pub fn with_theme(field: &str, theme: &str) -> String {
    let mut list = split_themes(field);
    let t = split_themes(theme);
    for x in t {
        if !list.contains(&x) {
            list.push(x);
        }
    }
    list.join(", ")
}

/// The form's starting choices: a customer, neutral (an empty valence), about nothing,
/// dated today.
pub fn first_draft() -> Draft {
    Draft {
        teller: Teller::Customer,
        who: String::new(),
        valence: String::new(),
        about: About::Nothing,
        themes: String::new(),
        date: today().map(|d| d.to_string()).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offered_theme_is_added_once() {
        assert_eq!(with_theme("wachttijd, toon", "Toon"), "wachttijd, toon");
        assert_eq!(with_theme("", "#Bezorger"), "bezorger");
        assert_eq!(with_theme("a", "b"), "a, b");
    }
}
