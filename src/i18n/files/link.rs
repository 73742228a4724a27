//! Share links: why one cannot be opened, and when one is too long to send.

use super::{Lang, say, size};
use crate::i18n::{Noun, counted};
use crate::io::link::LinkError;

pub fn link_error(l: Lang, e: &LinkError) -> String {
    match e {
        LinkError::NotFound => say(
            l,
            "there is no Peakend journey in this link".into(),
            "in deze link zit geen Peakend-klantreis".into(),
        ),
        LinkError::UnknownVersion { version } => say(
            l,
            format!("this link was made by a newer version of Peakend (link format {version})"),
            format!(
                "deze link is gemaakt met een nieuwere versie van Peakend (linkformaat {version})"
            ),
        ),
        LinkError::Damaged => say(
            l,
            "the link is damaged or incomplete; ask for it again, or for the file".into(),
            "de link is beschadigd of onvolledig; vraag hem opnieuw, of vraag om het bestand"
                .into(),
        ),
        LinkError::TooBig { max } => say(
            l,
            format!(
                "the link would unpack to more than {}; ask for the file instead",
                size(l, *max)
            ),
            format!(
                "de link zou uitpakken tot meer dan {}; vraag liever om het bestand",
                size(l, *max)
            ),
        ),
        LinkError::TooLong { bytes, max } => say(
            l,
            format!(
                "the link is {} long; at most {} is read",
                size(l, *bytes),
                size(l, *max)
            ),
            format!(
                "de link is {} lang; er wordt hooguit {} gelezen",
                size(l, *bytes),
                size(l, *max)
            ),
        ),
    }
}

/// A share link too long for mail and chat.
pub fn link_too_long(l: Lang, chars: usize, max: usize) -> String {
    say(
        l,
        format!(
            "This link is {} long. Mail and chat programs may break links longer than {}: send the journey as a file instead.",
            counted(l, chars, Noun::Character),
            counted(l, max, Noun::Character)
        ),
        format!(
            "Deze link is {} lang. Mail- en chatprogramma's kunnen links van meer dan {} breken: stuur de klantreis liever als bestand.",
            counted(l, chars, Noun::Character),
            counted(l, max, Noun::Character)
        ),
    )
}
