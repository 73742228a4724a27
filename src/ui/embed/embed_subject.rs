//! What an embed shows, from its address: a preset, or the journey in the link; a link
//! that cannot be opened is an error to explain, not a reason to show something else.
//!
//! No browser calls: tested natively.

use crate::i18n::Lang;
use crate::io::link::LinkError;
use crate::io::share::{self, OpenError};
use crate::model::Journey;
use crate::presets::{self, Preset};
use crate::web::route::{EmbedFlags, Route};

/// What an embed shows: a preset, or a journey carried in the address's fragment.
pub(crate) struct Subject {
    pub journey: Journey,
    pub preset: Option<&'static Preset>,
    /// Where `?save` keeps it: the preset's key, or a hash of the shared link.
    pub key: String,
}

/// FNV-1a: a short, stable storage key for a shared link (not a security measure).
fn fnv(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// What the address asks the embed to show. A journey in the fragment that cannot be
/// opened is an error the embed explains (as the shared view does), never silently
/// replaced by a preset: a course page would show the wrong journey without anyone
/// noticing. A fragment with no link in it at all (an anchor a course platform added)
/// is not a link, so the preset shows.
pub(crate) fn subject(route: &Route, flags: &EmbedFlags, lang: Lang) -> Result<Subject, OpenError> {
    if let Some(frag) = &route.shared {
        match share::open_for_embed(frag) {
            Ok(journey) => {
                return Ok(Subject {
                    journey,
                    preset: None,
                    key: format!("link-{:08x}", fnv(frag)),
                });
            }
            Err(OpenError::Link(LinkError::NotFound)) => {}
            Err(e) => return Err(e),
        }
    }
    let preset = flags
        .preset
        .as_deref()
        .and_then(presets::find)
        .unwrap_or_else(presets::first);
    Ok(Subject {
        journey: preset.journey(lang),
        preset: Some(preset),
        key: preset.key.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{json, link};
    use crate::model::{self, Action};

    fn route(fragment: &str) -> Route {
        Route::parse("?embed", fragment)
    }

    #[test]
    fn a_damaged_link_is_an_error_not_the_first_preset() {
        let flags = EmbedFlags::default();
        for damaged in ["#j1.", "#j1.AAAA", "#j1.%%%"] {
            assert!(
                matches!(
                    subject(&route(damaged), &flags, Lang::En),
                    Err(OpenError::Link(LinkError::Damaged))
                ),
                "{damaged}"
            );
        }
        assert!(matches!(
            subject(&route("#j7.abc"), &flags, Lang::Nl),
            Err(OpenError::Link(LinkError::UnknownVersion { version: 7 }))
        ));
    }

    #[test]
    fn a_good_link_shows_its_journey_and_no_link_shows_the_preset() {
        let flags = EmbedFlags::default();
        let mut j = Journey::new("Bike shop");
        let add = Action::AddTouchpoint {
            name: "Test ride".into(),
            rating: 4.0,
            after: None,
        };
        model::apply(&mut j, add).unwrap();
        let token = link::encode(&json::write_journey(&j));
        let s = subject(&route(&format!("#{token}")), &flags, Lang::En).unwrap();
        assert_eq!(
            (s.journey.title.as_str(), s.preset.is_none()),
            ("Bike shop", true)
        );
        // An anchor a course platform added is not a link at all.
        for fragment in ["", "#top"] {
            let s = subject(&route(fragment), &flags, Lang::En).unwrap();
            assert_eq!(s.preset.map(|p| p.key), Some(presets::first().key));
        }
    }
}
