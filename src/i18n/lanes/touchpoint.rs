//! The words of the touchpoint fields behind the lanes (table `E`): what the customer
//! expected, our own rating, failure demand and the promises, in English and Dutch.

use crate::i18n::{Lang, scale_range};

strings! {
    enum E;
    LanesHeading => "Expectations, promises and failure demand",
        "Verwachting, beloftes en onnodig contact";
    Expected => "Expected", "Verwachting";
    Ours => "Our own rating", "Eigen oordeel";
    FailureDemand => "Failure demand", "Faalvraag (onnodig contact)";
    FailureDemandExplain => "A contact the customer only made because something went wrong before.",
        "Een contact dat de klant alleen zocht omdat er eerder iets misging.";
    CausedBy => "Caused by", "Veroorzaakt door";
    CauseUnknown => "Not known", "Onbekend";
    Promises => "Promises", "Beloftes";
    PromisesNone => "No promises made at this contact.", "Bij dit contactmoment is niets beloofd.";
    Promise => "Promise", "Belofte";
    PromiseState => "State", "Status";
    StateOpen => "Not yet due", "Loopt nog";
    StateKept => "Kept", "Nagekomen";
    StateBroken => "Broken", "Gebroken";
    RemovePromise => "Remove", "Verwijderen";
    AddPromise => "Add promise", "Belofte toevoegen";
}

/// The hint under the expectation or our own rating: what it is, its range, and that
/// empty means not known.
pub fn lane_value_hint(l: Lang, expected: bool, min: f64, max: f64) -> String {
    let range = scale_range(l, min, max);
    match (l, expected) {
        (Lang::En, true) => {
            format!("What the customer expected, from {range}; leave it empty if you don't know.")
        }
        (Lang::En, false) => format!(
            "How good we think this contact was (the view from the inside), from {range}; leave it empty if you don't know."
        ),
        (Lang::Nl, true) => {
            format!("Wat de klant verwachtte, van {range}; laat het leeg als je het niet weet.")
        }
        (Lang::Nl, false) => format!(
            "Hoe goed wij zelf dit contactmoment vinden (de blik van binnenuit), van {range}; laat het leeg als je het niet weet."
        ),
    }
}

/// The error under a bad expectation or own rating: "The expectation must be a number
/// from −5 to +5, or empty."
pub fn lane_value_error(l: Lang, expected: bool, min: f64, max: f64) -> String {
    let range = scale_range(l, min, max);
    match (l, expected) {
        (Lang::En, true) => format!("The expectation must be a number from {range}, or empty."),
        (Lang::En, false) => format!("Our own rating must be a number from {range}, or empty."),
        (Lang::Nl, true) => format!("De verwachting moet een getal van {range} zijn, of leeg."),
        (Lang::Nl, false) => format!("Het eigen oordeel moet een getal van {range} zijn, of leeg."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_value_names_the_field_and_the_scale() {
        assert_eq!(
            lane_value_error(Lang::En, true, -5.0, 5.0),
            "The expectation must be a number from −5 to +5, or empty."
        );
        assert_eq!(
            lane_value_error(Lang::Nl, false, 0.0, 10.0),
            "Het eigen oordeel moet een getal van 0 tot 10 zijn, of leeg."
        );
        assert_eq!(
            lane_value_hint(Lang::Nl, true, 1.0, 5.0),
            "Wat de klant verwachtte, van 1 tot 5; laat het leeg als je het niet weet."
        );
    }
}
