//! The words of "what keeping the promises would do" (table `K`): the offer of the
//! promises-kept scenario with its one-line preview, why it cannot be made, the contacts
//! row of the comparison, and the contacts a broken promise typically causes (seed `004`).
//! Pure Rust.

use crate::analysis::lanes::{LaneError, PromisesKeptScenario};
use crate::i18n::sentences::quoted;
use crate::i18n::{Lang, signed};

strings! {
    enum K;
    OfferHeading => "What keeping the promises would do", "Wat beloftes nakomen zou doen";
    MakeScenario => "Make the to-be with the promises kept", "Maak de gewenste klantreis met de beloftes nagekomen";
    Contacts => "Contacts", "Contacten";
    FollowUpHeading => "A broken promise usually brings more contact. Add what followed?",
        "Een gebroken belofte brengt meestal extra contact. Voeg toe wat volgde?";
    AsksWhereItIs => "Customer asks where it stays", "Klant vraagt waar het blijft";
    CallsAgain => "Customer calls again", "Klant belt opnieuw";
    Complaint => "Complaint", "Klacht";
}

/// The contacts a broken promise typically causes, in the order they tend to come: the
/// customer chases, calls again, complains (seed `004`).
pub const FOLLOW_UPS: [K; 3] = [K::AsksWhereItIs, K::CallsAgain, K::Complaint];

/// "before → after (change)", held together by no-break spaces so a narrow screen wraps
/// between the measures, not inside one.
fn shift(l: Lang, before: f64, after: f64, change: f64) -> String {
    format!(
        "{}\u{a0}→\u{a0}{}\u{a0}({})",
        l.number(before, 2),
        l.number(after, 2),
        signed(l, change, 2)
    )
}

/// The one line under the offer: "Contacts 10 → 7 (−3), experienced 3.85 → 3.94 (+0.1),
/// remembered −5 → −5 (0)."
pub fn preview(l: Lang, s: &PromisesKeptScenario) -> String {
    let contacts = format!(
        "{}\u{a0}→\u{a0}{}\u{a0}({})",
        s.contacts_before,
        s.contacts_after,
        signed(l, s.contacts_after as f64 - s.contacts_before as f64, 0)
    );
    let (e, r) = (&s.experienced, &s.remembered);
    let (e, r) = (
        shift(l, e.before, e.after, e.change),
        shift(l, r.before, r.after, r.change),
    );
    match l {
        Lang::En => format!("Contacts {contacts}, experienced {e}, remembered {r}."),
        Lang::Nl => format!("Contacten {contacts}, beleefd {e}, herinnerd {r}."),
    }
}

/// Why the promises-kept scenario was not made.
pub fn not_made(l: Lang, e: &LaneError) -> &'static str {
    match (l, e) {
        (Lang::En, LaneError::NothingToKeep) => {
            "No to-be made: this journey has no broken promise and no failure demand, so keeping the promises changes nothing."
        }
        (Lang::Nl, LaneError::NothingToKeep) => {
            "Geen gewenste klantreis gemaakt: deze klantreis heeft geen gebroken belofte en geen onnodig contact, dus beloftes nakomen verandert niets."
        }
        (Lang::En, LaneError::NothingLeft) => {
            "No to-be made: every contact is failure demand, so none would be left."
        }
        (Lang::Nl, LaneError::NothingLeft) => {
            "Geen gewenste klantreis gemaakt: elk contact is onnodig, dus er zou er geen overblijven."
        }
        (Lang::En, _) => {
            "No to-be made: the journey cannot be scored (check its scale and ratings)."
        }
        (Lang::Nl, _) => {
            "Geen gewenste klantreis gemaakt: de klantreis is niet te berekenen (kijk de schaal en de scores na)."
        }
    }
}

/// A failure-demand contact the to-be leaves out, in the list of changes.
pub fn removed_failure_demand(l: Lang, name: &str, rating: f64) -> String {
    let (n, r) = (quoted(l, name), l.number(rating, 2));
    match l {
        Lang::En => format!("Removed failure demand: {n} ({r})"),
        Lang::Nl => format!("Onnodig contact weggelaten: {n} ({r})"),
    }
}

/// Said after a suggested contact was added: "Added “Complaint” after “Calls again”."
pub fn follow_up_added(l: Lang, name: &str, after: &str) -> String {
    let (n, a) = (quoted(l, name), quoted(l, after));
    match l {
        Lang::En => format!("Added {n} after {a}, as failure demand."),
        Lang::Nl => format!("{n} toegevoegd na {a}, als onnodig contact."),
    }
}

/// Under the suggestions: where each goes and how it is rated.
pub fn follow_up_hint(l: Lang, after: &str, rating: f64) -> String {
    let (a, r) = (quoted(l, after), l.number(rating, 2));
    match l {
        Lang::En => format!(
            "Each is added after {a} as failure demand caused here, rated {r}; change the rating to what the customer said."
        ),
        Lang::Nl => format!(
            "Elk komt na {a} als onnodig contact dat hier is veroorzaakt, met score {r}; pas de score aan naar wat de klant zei."
        ),
    }
}

/// Every sentence with sample values, for the style tests.
#[cfg(test)]
pub(crate) fn every_sentence(l: Lang) -> Vec<String> {
    use crate::presets;
    let mut out: Vec<String> = K::ALL.iter().map(|k| k.get(l).to_string()).collect();
    if let Some(j) = presets::by_key("telecom-promise", l) {
        if let Ok(s) = crate::analysis::lanes::promises_kept_scenario(&j) {
            out.push(preview(l, &s));
        }
    }
    for e in [
        LaneError::NothingToKeep,
        LaneError::NothingLeft,
        LaneError::BadScale,
    ] {
        out.push(not_made(l, &e).into());
    }
    out.push(removed_failure_demand(l, "Bellen", -2.0));
    out.push(follow_up_added(l, "Klacht", "Bellen"));
    out.push(follow_up_hint(l, "Bellen", -3.0));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets;

    #[test]
    fn the_preview_of_the_telecom_promise_reads_in_both_languages() {
        let j = presets::by_key("telecom-promise", Lang::En).unwrap();
        let s = crate::analysis::lanes::promises_kept_scenario(&j).unwrap();
        assert_eq!(
            preview(Lang::En, &s),
            "Contacts 10 → 7 (−3), experienced 3.85 → 3.94 (+0.1), remembered −5 → −5 (0)."
                .replace(" → ", "\u{a0}→\u{a0}")
                .replace(" (", "\u{a0}(")
        );
        assert_eq!(
            preview(Lang::Nl, &s),
            "Contacten 10 → 7 (−3), beleefd 3,85 → 3,94 (+0,1), herinnerd −5 → −5 (0)."
                .replace(" → ", "\u{a0}→\u{a0}")
                .replace(" (", "\u{a0}(")
        );
        assert_eq!(
            follow_up_added(Lang::Nl, "Klacht", "Bellen"),
            "‘Klacht’ toegevoegd na ‘Bellen’, als onnodig contact."
        );
    }
}
