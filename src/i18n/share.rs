//! Why a share link cannot be opened, as one sentence in the user's language: the shared
//! view and the embed say it the same way.

use super::{Lang, T, files};
use crate::io::share::OpenError;

/// "This share link cannot be opened: the link is damaged or incomplete; …."
pub fn open_error(l: Lang, e: &OpenError) -> String {
    let why = match e {
        OpenError::Link(e) => files::link_error(l, e),
        OpenError::File(e) => files::format_error(l, e),
    };
    format!("{} {why}.", T::SharedBroken.get(l))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::link::LinkError;

    #[test]
    fn a_damaged_link_is_explained_in_both_languages() {
        let e = OpenError::Link(LinkError::Damaged);
        assert_eq!(
            open_error(Lang::En, &e),
            "This share link cannot be opened: the link is damaged or incomplete; ask for it again, or for the file."
        );
        // The Dutch wording is the translators'; the sentence is built the same way.
        let nl = open_error(Lang::Nl, &e);
        assert!(nl.starts_with(T::SharedBroken.get(Lang::Nl)), "{nl}");
        assert!(nl.ends_with(&format!(
            "{}.",
            files::link_error(Lang::Nl, &LinkError::Damaged)
        )));
    }
}
