#![cfg(not(target_arch = "wasm32"))]
//! The share-link codec against what mail and chat do to links.

use peakend::io::json::read_journey;
use peakend::io::link::{
    LinkError, MAX_PAYLOAD_BYTES, RECOMMENDED_MAX_LINK_CHARS, base64url_encode, decode, encode,
};
use peakend::model::{Action, Channel, Journey, TouchpointEdit, apply};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/hostile/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn payload() -> String {
    fixture("link_payload.txt")
}

#[test]
fn a_link_wrapped_and_quoted_by_a_mail_client_still_opens() {
    assert_eq!(decode(&fixture("link_wrapped.txt")).unwrap(), payload());
}

#[test]
fn spaces_for_plus_and_spaces_inside_the_token_are_ignored() {
    assert_eq!(
        decode(&fixture("link_plus_as_space.txt")).unwrap(),
        payload()
    );
}

#[test]
fn trailing_punctuation_and_angle_brackets_are_ignored() {
    assert_eq!(
        decode(&fixture("link_trailing_punct.txt")).unwrap(),
        payload()
    );
    let token = encode("x");
    for wrap in [
        "{t})", "{t}.", "{t},", "<{t}>", "[{t}]", "({t}).", "\"{t}\"",
    ] {
        let text = wrap.replace("{t}", &format!("https://peakend.example/#{token}"));
        assert_eq!(decode(&text).unwrap(), "x", "{text}");
    }
}

#[test]
fn percent_encoding_is_undone() {
    let token = encode("héllo wörld");
    let escaped = token.replace('.', "%2E").replace('j', "%6A");
    assert_eq!(
        decode(&format!("https://x/%23{escaped}")).unwrap(),
        "héllo wörld"
    );
    let twice = format!("https://x/#{}", token.replace('.', "%252E"));
    assert_eq!(decode(&twice).unwrap(), "héllo wörld");
}

#[test]
fn garbage_gives_specific_errors() {
    assert_eq!(
        decode(&fixture("link_garbage.txt")),
        Err(LinkError::Damaged)
    );
    assert_eq!(decode(""), Err(LinkError::NotFound));
    assert_eq!(decode("https://peakend.example/"), Err(LinkError::NotFound));
    assert_eq!(
        decode("#j7.AAAA"),
        Err(LinkError::UnknownVersion { version: 7 })
    );
    assert_eq!(decode("#j1."), Err(LinkError::Damaged));
    // A link cut short by a mail client is damaged, not silently shortened.
    let token = encode(&payload());
    let cut = &token[..token.len() - 10];
    assert_eq!(decode(cut), Err(LinkError::Damaged));
    // Not UTF-8 inside.
    let bad = format!(
        "j1.{}",
        base64url_encode(&miniz_oxide::deflate::compress_to_vec(&[0xff, 0xfe], 6))
    );
    assert_eq!(decode(&bad), Err(LinkError::Damaged));
}

#[test]
fn a_link_that_unpacks_past_the_cap_is_refused() {
    let bomb_payload = vec![b'0'; MAX_PAYLOAD_BYTES * 8];
    let packed = miniz_oxide::deflate::compress_to_vec(&bomb_payload, 6);
    let bomb = format!("j1.{}", base64url_encode(&packed));
    println!(
        "bomb link: {} characters for {} bytes",
        bomb.len(),
        bomb_payload.len()
    );
    assert!(bomb.len() < 20_000);
    assert_eq!(
        decode(&bomb),
        Err(LinkError::TooBig {
            max: MAX_PAYLOAD_BYTES
        })
    );
    // Exactly at the cap is still fine.
    let at_cap = "0".repeat(MAX_PAYLOAD_BYTES);
    assert_eq!(decode(&encode(&at_cap)).unwrap().len(), MAX_PAYLOAD_BYTES);
}

#[test]
fn oversized_text_is_refused_before_searching() {
    let text = " ".repeat(peakend::io::link::MAX_INPUT_BYTES + 1);
    assert!(matches!(decode(&text), Err(LinkError::TooLong { .. })));
}

/// A realistic journey: a webshop order from first visit to the invoice, 30 touchpoints.
fn thirty_touchpoint_journey() -> Journey {
    type Phase = (&'static str, &'static [(&'static str, Channel, f64)]);
    let phases: [Phase; 5] = [
        (
            "Orientation",
            &[
                ("Search engine result", Channel::Web, 1.0),
                ("Product page visit", Channel::Web, 2.0),
                ("Comparison with other shops", Channel::Web, 0.0),
                ("Reading customer reviews", Channel::Web, 2.0),
                ("Question via chat", Channel::Social, 3.0),
                ("Newsletter sign-up", Channel::Email, 1.0),
            ],
        ),
        (
            "Purchase",
            &[
                ("Adding to basket", Channel::Web, 1.0),
                ("Creating an account", Channel::Web, -2.0),
                ("Choosing delivery slot", Channel::Web, 1.0),
                ("Payment with iDEAL", Channel::Web, 2.0),
                ("Order confirmation e-mail", Channel::Email, 3.0),
                ("Invoice PDF attached", Channel::Email, 0.0),
            ],
        ),
        (
            "Delivery",
            &[
                ("Track & trace message", Channel::Email, 1.0),
                ("Delivery postponed", Channel::Email, -3.0),
                ("Calling customer service", Channel::Phone, -4.0),
                ("Waiting on hold for 20 minutes", Channel::Phone, -5.0),
                ("Promise to call back", Channel::Phone, -1.0),
                ("No call back", Channel::Phone, -4.0),
                ("Parcel delivered to neighbours", Channel::InPerson, -1.0),
                ("Unboxing the product", Channel::InPerson, 4.0),
            ],
        ),
        (
            "Use",
            &[
                ("Setting up with the manual", Channel::Letter, 0.0),
                ("Installing the companion app", Channel::App, 2.0),
                ("First use at home", Channel::InPerson, 4.0),
                ("Tips e-mail after one week", Channel::Email, 1.0),
                ("Review request", Channel::Email, -1.0),
            ],
        ),
        (
            "After sales",
            &[
                ("Warranty question by e-mail", Channel::Email, 1.0),
                ("Quick and friendly answer", Channel::Email, 4.0),
                ("Replacement part sent", Channel::Shop, 3.0),
                ("Satisfaction survey", Channel::Web, 0.0),
                ("Thank-you card with discount", Channel::Letter, 4.0),
            ],
        ),
    ];
    let mut j = Journey::new("Ordering a coffee machine online");
    j.description = "From the first search to the thank-you card.".into();
    for (phase, tps) in phases {
        apply(&mut j, Action::AddPhase(phase.into())).unwrap();
        let pid = j.phases.last().map(|p| p.id);
        for (name, channel, rating) in tps {
            apply(
                &mut j,
                Action::AddTouchpoint {
                    name: (*name).into(),
                    rating: *rating,
                    after: None,
                },
            )
            .unwrap();
            let id = j.touchpoints.last().unwrap().id;
            for edit in [
                TouchpointEdit::Phase(pid),
                TouchpointEdit::Channel(Some(channel.clone())),
            ] {
                apply(&mut j, Action::Edit(id, edit)).unwrap();
            }
        }
    }
    let waiting = j.touchpoints[15].id;
    apply(
        &mut j,
        Action::Edit(
            waiting,
            TouchpointEdit::Notes("Music loop, no queue position.".into()),
        ),
    )
    .unwrap();
    apply(
        &mut j,
        Action::Edit(waiting, TouchpointEdit::MomentOfTruth(true)),
    )
    .unwrap();
    apply(
        &mut j,
        Action::Edit(waiting, TouchpointEdit::Duration(20.0)),
    )
    .unwrap();
    j
}

#[test]
fn a_thirty_touchpoint_journey_fits_in_a_short_link() {
    let j = thirty_touchpoint_journey();
    assert_eq!(j.touchpoints.len(), 30);
    let json = serde_json::to_string(&j).unwrap();
    let link = format!("https://peakend.example/#{}", encode(&json));
    println!(
        "30-touchpoint journey: JSON {} bytes, token {} chars, full link {} chars",
        json.len(),
        link.len() - "https://peakend.example/#".len(),
        link.len()
    );
    assert!(link.len() < RECOMMENDED_MAX_LINK_CHARS, "{}", link.len());
    assert_eq!(decode(&link).unwrap(), json);
}

/// A shared link is read through the file format, so control characters in it never
/// reach the model either.
#[test]
fn control_characters_in_a_shared_journey_are_dropped() {
    // Written by hand: our own writer already leaves control characters out.
    let file = r#"{"format": "peakend/journey", "version": 1, "title": "Shared",
        "scale": {"min": -5, "max": 5},
        "touchpoints": [{"name": "Ca\u000ell\u0000", "rating": 1}]}"#;
    let link = format!("https://peakend.example/#{}", encode(file));
    let opened = read_journey(&decode(&link).unwrap()).unwrap();
    assert_eq!(opened.touchpoints[0].name, "Call");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn encode_then_decode_is_identity(s in any::<String>()) {
        prop_assert_eq!(decode(&encode(&s)).unwrap(), s);
    }

    #[test]
    fn the_token_is_fragment_safe(s in any::<String>()) {
        let t = encode(&s);
        prop_assert!(t.starts_with("j1."));
        prop_assert!(t[3..].bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
    }

    /// Mail and chat insert line breaks, spaces and quote markers anywhere.
    #[test]
    fn inserted_whitespace_anywhere_is_ignored(
        s in "\\PC{0,300}",
        cuts in prop::collection::vec((any::<prop::sample::Index>(), prop::sample::select(vec![" ", "\n", "\r\n", "\t", "=\n", "\n> ", "%20", "%0A"])), 0..8),
    ) {
        let token = encode(&s);
        let mut chars: Vec<String> = token.chars().map(String::from).collect();
        for (at, ins) in cuts {
            let i = at.index(chars.len() + 1);
            chars.insert(i, ins.to_string());
        }
        let mangled = format!("Here: https://peakend.example/#{}).", chars.concat());
        prop_assert_eq!(decode(&mangled).unwrap(), s, "{}", mangled);
    }

    #[test]
    fn decode_never_panics(text in any::<String>()) {
        let _ = decode(&text);
        let _ = decode(&format!("#j1.{text}"));
    }
}
