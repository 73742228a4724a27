//! Every string a user can see, in English and Dutch.
//!
//! The table is one macro call: each entry must name both languages, so a missing
//! translation does not compile. Pure Rust; the UI picks the language.

use serde::{Deserialize, Serialize};

/// A language the interface speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Nl,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    /// Reads a tag such as `nl`, `nl-BE` or `en-GB`; anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first supported language in the browser's preference list, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    /// A number written the local way: a decimal comma in Dutch, and a real minus sign.
    pub fn number(self, v: f64, decimals: usize) -> String {
        let v = if v.abs() < 0.5 * 10f64.powi(-(decimals as i32)) {
            0.0
        } else {
            v
        };
        let s = format!("{v:.decimals$}");
        let s = if decimals > 0 {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        };
        let s = s.replace('-', "−");
        match self {
            Lang::En => s,
            Lang::Nl => s.replace('.', ","),
        }
    }
}

macro_rules! strings {
    ($($key:ident => $en:expr, $nl:expr;)*) => {
        /// A key for one visible string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum T { $($key,)* }

        impl T {
            /// Every key, for tests that walk the whole table.
            pub const ALL: &'static [T] = &[$(T::$key,)*];

            /// The string in `lang`.
            pub fn get(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::En => match self { $(T::$key => $en,)* },
                    Lang::Nl => match self { $(T::$key => $nl,)* },
                }
            }
        }
    };
}

strings! {
    AppName => "Peakend", "Peakend";
    Tagline => "How will your customers remember this journey?",
        "Hoe herinneren je klanten deze reis?";
    JourneyTitle => "Journey title", "Titel van de klantreis";
    Untitled => "Untitled journey", "Naamloze klantreis";
    NewJourney => "New empty journey", "Nieuwe lege klantreis";
    LoadExample => "Load the example", "Voorbeeld laden";
    Touchpoints => "Touchpoints", "Contactmomenten";
    TouchpointName => "Touchpoint", "Contactmoment";
    TouchpointNamePlaceholder => "e.g. Cancellation call", "bijv. Opzegging per telefoon";
    Rating => "Rating", "Beleving";
    Add => "Add", "Toevoegen";
    AddTouchpointHint => "Type a name, Tab to the rating, Enter to add.",
        "Typ een naam, Tab naar de beleving, Enter om toe te voegen.";
    Delete => "Delete", "Verwijderen";
    DeleteTouchpoint => "Delete touchpoint", "Contactmoment verwijderen";
    EmptyJourney => "No touchpoints yet. Add the first moment the customer meets you.",
        "Nog geen contactmomenten. Voeg het eerste moment toe waarop de klant je ontmoet.";
    Chart => "Journey curve", "Belevingscurve";
    Peak => "Peak", "Piek";
    End => "End", "Einde";
    Remembered => "Remembered", "Herinnerd";
    Experienced => "Experienced", "Beleefd";
    Gap => "Memory gap", "Herinneringskloof";
    RememberedExplain => "What the customer will likely remember: the average of the peak and the end.",
        "Wat de klant zich waarschijnlijk herinnert: het gemiddelde van de piek en het einde.";
    ExperiencedExplain => "How the journey felt on average while it lasted, weighted by duration.",
        "Hoe de reis gemiddeld voelde terwijl die duurde, gewogen naar duur.";
    GapExplainWorse => "Memory is harsher than the lived journey: the peak or the end pulls it down.",
        "De herinnering is strenger dan de beleefde reis: de piek of het einde trekt haar omlaag.";
    GapExplainBetter => "Memory is kinder than the lived journey: the peak or the end lifts it.",
        "De herinnering is milder dan de beleefde reis: de piek of het einde tilt haar op.";
    GapExplainNone => "Memory and the lived journey agree.",
        "Herinnering en beleefde reis komen overeen.";
    NoScore => "Add a touchpoint to see the scores.",
        "Voeg een contactmoment toe om de scores te zien.";
    OutOf100 => "of 100", "van 100";
    Scores => "Scores", "Scores";
    Saved => "Saved in this browser", "Bewaard in deze browser";
    NotSaved => "Not saved: this browser does not allow storage. Your work lives only in this tab.",
        "Niet bewaard: deze browser staat opslaan niet toe. Je werk bestaat alleen in dit tabblad.";
    ChartSummaryEmpty => "The journey has no touchpoints yet.",
        "De klantreis heeft nog geen contactmomenten.";
    RatingNotANumber => "The rating must be a number.", "De beleving moet een getal zijn.";
    NameRequired => "Give the touchpoint a name.", "Geef het contactmoment een naam.";
    ScaleHint => "Ratings go from −5 (very bad) to +5 (very good).", "Beleving loopt van −5 (heel slecht) tot +5 (heel goed).";
    Language => "Language", "Taal";
    // --- workspace ---
    ToBe => "to-be", "gewenst";
    Copy => "copy", "kopie";
    ThisTab => "this tab", "dit tabblad";
    Undo => "Undo", "Ongedaan maken";
    Redo => "Redo", "Opnieuw";
    UndoHint => "Undo (Ctrl+Z)", "Ongedaan maken (Ctrl+Z)";
    RedoHint => "Redo (Ctrl+Shift+Z)", "Opnieuw (Ctrl+Shift+Z)";
    Journeys => "My journeys", "Mijn klantreizen";
    MakeScenario => "Make a to-be scenario", "Gewenste situatie maken";
    MakeScenarioHint => "Copy this journey as a to-be scenario, change it, and compare it with the as-is.",
        "Kopieer deze klantreis als gewenste situatie, pas haar aan en vergelijk met de huidige.";
    ExportJson => "Export journey (JSON)", "Klantreis exporteren (JSON)";
    MarkPeak => "Mark as peak", "Als piek markeren";
    MarkEnd => "Mark as end", "Als einde markeren";
    PeakShort => "Peak", "Piek";
    EndShort => "End", "Einde";
    AutoPeakEnd => "found automatically; press to fix it here", "automatisch gevonden; druk om hier vast te zetten";
    MoveUp => "Move up", "Omhoog";
    MoveDown => "Move down", "Omlaag";
    InsertAfter => "Insert a touchpoint after this one", "Contactmoment hierna invoegen";
    DuplicateTouchpoint => "Duplicate", "Dupliceren";
    DuplicateShort => "Copy", "Kopie";
    ShowDetails => "Details", "Details";
    DragToReorder => "Drag to reorder (or Alt+↑/↓)", "Sleep om te verplaatsen (of Alt+↑/↓)";
    RowKeysHint => "On a row: ↑/↓ changes the rating, Alt+↑/↓ moves it.",
        "Op een regel: ↑/↓ verandert de beleving, Alt+↑/↓ verplaatst hem.";
    ChartDragHint => "Drag a point up or down to change its rating.",
        "Sleep een punt omhoog of omlaag om de beleving te veranderen.";
    NewTouchpointName => "New touchpoint", "Nieuw contactmoment";
    LibraryTitle => "My journeys", "Mijn klantreizen";
    LibraryEmpty => "No journeys yet.", "Nog geen klantreizen.";
    Open => "Open", "Openen";
    Opened => "open now", "nu geopend";
    Rename => "Rename", "Hernoemen";
    Close => "Close", "Sluiten";
    ConfirmDelete => "Delete this journey? This cannot be undone.", "Deze klantreis verwijderen? Dit kan niet ongedaan worden gemaakt.";
    TouchpointsCount => "touchpoints", "contactmomenten";
    LastChange => "last change", "laatst gewijzigd";
    ScenarioOf => "To-be scenario of", "Gewenste situatie van";
    NotSavedExport => "Export it to keep it.", "Exporteer haar om haar te bewaren.";
    KeptAsCopy => "This journey was also changed in another tab. Both versions are kept: yours is open as",
        "Deze klantreis is ook in een ander tabblad gewijzigd. Beide versies zijn bewaard: de jouwe is geopend als";
    UpdatedFromOtherTab => "This journey was changed in another tab; that version is shown now. Undo brings yours back.",
        "Deze klantreis is in een ander tabblad gewijzigd; die versie zie je nu. Ongedaan maken haalt de jouwe terug.";
    Dismiss => "Dismiss", "Sluiten";
    Settings => "Scale and memory model", "Schaal en herinneringsmodel";
    Phases => "Phases", "Fasen";
    NoPhase => "Without a phase", "Zonder fase";
    SavedUnreadable => "Your saved journey could not be read, so the example is shown. The saved copy was kept aside in this browser.",
        "Je bewaarde klantreis kon niet worden gelezen; daarom zie je het voorbeeld. De bewaarde kopie is apart gezet in deze browser.";
}

/// Sentence naming the peak and the end, for the chart's text alternative.
pub fn chart_summary(lang: Lang, peak: (&str, f64), end: (&str, f64), n: usize) -> String {
    let (pn, pr) = (peak.0, lang.number(peak.1, 1));
    let (en, er) = (end.0, lang.number(end.1, 1));
    match lang {
        Lang::En => format!(
            "A curve of {n} touchpoints. The peak is “{pn}” ({pr}); the end is “{en}” ({er})."
        ),
        Lang::Nl => format!(
            "Een curve van {n} contactmomenten. De piek is ‘{pn}’ ({pr}); het einde is ‘{en}’ ({er})."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_exists_in_both_languages_and_differs_where_it_should() {
        for t in T::ALL {
            for l in Lang::ALL {
                assert!(!t.get(l).trim().is_empty(), "{t:?} empty in {l:?}");
            }
        }
        // Most strings must actually be translated, not copied.
        let same = T::ALL
            .iter()
            .filter(|t| t.get(Lang::En) == t.get(Lang::Nl))
            .count();
        assert!(same * 5 < T::ALL.len(), "{same} strings are not translated");
    }

    #[test]
    fn negotiates_from_browser_languages() {
        assert_eq!(Lang::negotiate(["fr-FR", "nl-BE", "en"]), Lang::Nl);
        assert_eq!(Lang::negotiate(["de"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(Lang::Nl.number(-1.5, 1), "−1,5");
        assert_eq!(Lang::En.number(-1.5, 1), "−1.5");
        assert_eq!(Lang::En.number(2.0, 1), "2");
        assert_eq!(Lang::En.number(-0.01, 1), "0");
    }
}
