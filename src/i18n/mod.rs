//! Every string a user can see, in English and Dutch.
//!
//! The table is one macro call: each entry must name both languages, so a missing
//! translation does not compile. Pure Rust; the UI picks the language.

use serde::{Deserialize, Serialize};

pub mod chart_text;
pub mod files;
pub mod number;
mod plural;
pub mod saving;
pub mod score_text;
mod sentences;
pub mod share;
#[cfg(test)]
mod style_tests;
pub mod survey_read;

pub use plural::{Noun, counted};

/// The word for a fixed channel (a typed one shows as itself; as a choice it is "Other").
pub fn channel_label(c: &crate::model::Channel) -> T {
    use crate::model::Channel;
    match c {
        Channel::Phone => T::ChannelPhone,
        Channel::Email => T::ChannelEmail,
        Channel::Web => T::ChannelWeb,
        Channel::App => T::ChannelApp,
        Channel::Shop => T::ChannelShop,
        Channel::Letter => T::ChannelLetter,
        Channel::Social => T::ChannelSocial,
        Channel::InPerson => T::ChannelInPerson,
        Channel::Other | Channel::Custom(_) => T::ChannelOther,
    }
}
pub use sentences::*;

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

/// A table of visible strings: `strings! { Key => "English", "Nederlands"; … }` makes the
/// enum `T`; `strings! { enum S; … }` makes another (a screen's own table, in its own file).
macro_rules! strings {
    (enum $name:ident; $($key:ident => $en:expr, $nl:expr;)*) => {
        /// A key for one visible string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key,)* }

        impl $name {
            /// Every key, for tests that walk the whole table.
            pub const ALL: &'static [$name] = &[$($name::$key,)*];

            /// The string in `lang`.
            pub fn get(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::En => match self { $($name::$key => $en,)* },
                    Lang::Nl => match self { $($name::$key => $nl,)* },
                }
            }
        }
    };
    ($($key:ident => $en:expr, $nl:expr;)*) => {
        strings! { enum T; $($key => $en, $nl;)* }
    };
}

// After the macro: the survey screen's and the lanes' tables use it.
pub mod embed_dialog;
pub mod files_panel;
pub mod group;
pub mod interview;
pub mod lanes;
pub mod plan;
pub mod plan_text;
pub mod settings;
pub mod stories;
pub mod survey;
pub mod survey_lambda;

strings! {
    // --- leaf components: score formula ---
    FormulaSummary => "How is this calculated?", "Hoe wordt dit berekend?";
    FormulaExperienced => "Experienced = the average of all ratings, each weighted by how long it lasted.",
        "Beleefd = het gemiddelde van alle scores, elk gewogen naar de duur van het contactmoment.";
    FormulaNotMeasurement => "The remembered score is a model of memory, not a measurement: nobody's memory was asked.",
        "De herinnerde score is een model van het geheugen, geen meting: er is niemand naar een herinnering gevraagd.";
    FormulaCaveat => "How good is the model? Across 174 studies, the peak-end average predicted how people remembered an experience about as well as the plain average of all moments did (r ≈ 0.58). It predicts less well for long, complex journeys with many ups and downs: treat the number as a prompt for discussion, not a forecast.",
        "Hoe goed is het model? Uit 174 studies samen blijkt dat het gemiddelde van piek en einde ongeveer even goed voorspelt hoe mensen zich een ervaring herinneren als het gewone gemiddelde van alle momenten (r ≈ 0,58). Voor lange, complexe klantreizen met veel pieken en dalen voorspelt het minder goed: zie het getal als aanleiding voor een gesprek, niet als voorspelling.";
    FormulaSources => "Sources", "Bronnen";
    // --- leaf components: what to fix first ---
    FixFirstTitle => "What to fix first", "Wat eerst verbeteren";
    FixFirstIntro => "If one touchpoint felt one step better, how much better would the journey be remembered?",
        "Als één contactmoment één stap beter voelde, hoeveel beter zouden klanten zich de klantreis dan herinneren?";
    FixFirstEmpty => "Add touchpoints to see what to fix first.",
        "Voeg contactmomenten toe om te zien wat je eerst kunt verbeteren.";
    ShowFewer => "Show fewer", "Minder tonen";
    // --- leaf components: scenario comparison ---
    CompareTitle => "As-is and to-be compared", "Huidige en gewenste klantreis vergeleken";
    AsIs => "As-is", "Huidig";
    ToBe => "To-be", "Gewenst";
    Difference => "Difference", "Verschil";
    Measure => "Score", "Score";
    CompareChanges => "What changed", "Wat is er veranderd";
    CompareNoChanges => "No touchpoint differs between the two journeys.",
        "Geen enkel contactmoment verschilt tussen de twee klantreizen.";
    CompareAsIsEmpty => "The as-is journey has no touchpoints yet, so there is nothing to compare.",
        "De huidige klantreis heeft nog geen contactmomenten, dus er valt niets te vergelijken.";
    CompareToBeEmpty => "The to-be journey has no touchpoints yet, so there is nothing to compare.",
        "De gewenste klantreis heeft nog geen contactmomenten, dus er valt niets te vergelijken.";
    CompareAsIsInvalid => "The as-is journey cannot be scored: check its scale and ratings.",
        "Voor de huidige klantreis kan geen score worden berekend: controleer de schaal en de scores.";
    CompareToBeInvalid => "The to-be journey cannot be scored: check its scale and ratings.",
        "Voor de gewenste klantreis kan geen score worden berekend: controleer de schaal en de scores.";
    // --- leaf components: phases ---
    PhasesTitle => "Phases", "Fasen";
    PhasesEmpty => "No phases yet. Phases group touchpoints into stages, such as orientation, purchase and use.",
        "Nog geen fasen. Fasen groeperen contactmomenten in stappen, zoals oriëntatie, aankoop en gebruik.";
    NewPhaseName => "New phase", "Nieuwe fase";
    NewPhasePlaceholder => "e.g. Orientation", "bijv. Oriëntatie";
    AddPhase => "Add phase", "Fase toevoegen";
    // --- leaf components: touchpoint details ---
    FieldPhase => "Phase", "Fase";
    NoPhase => "No phase", "Geen fase";
    FieldChannel => "Channel", "Kanaal";
    ChannelNone => "Not set", "Niet ingevuld";
    ChannelPhone => "Phone", "Telefoon";
    ChannelEmail => "E-mail", "E-mail";
    ChannelWeb => "Website", "Website";
    ChannelApp => "App", "App";
    ChannelShop => "Shop", "Winkel";
    ChannelLetter => "Letter", "Brief";
    ChannelSocial => "Social media", "Sociale media";
    ChannelInPerson => "In person", "Persoonlijk contact";
    ChannelOther => "Other", "Overig";
    ChannelTypeIt => "Other (type it)…", "Anders (zelf typen)…";
    ChannelCustom => "Channel name", "Naam van het kanaal";
    FieldDuration => "Duration", "Duur";
    DurationHint => "Any unit, as long as every touchpoint uses the same one.",
        "Elke eenheid, zolang alle contactmomenten dezelfde gebruiken.";
    DurationInvalid => "The duration must be a number of zero or more.",
        "De duur moet een getal van nul of meer zijn.";
    FieldNotes => "Notes", "Notities";
    MomentOfTruth => "Moment of truth", "Moment van de waarheid";
    MomentOfTruthExplain => "A contact that decides whether the relationship holds.",
        "Een contactmoment dat bepaalt of de relatie standhoudt.";
    // --- end of leaf components ---
    AppName => "Peakend", "Peakend";
    Tagline => "How will your customers remember this journey?",
        "Hoe herinneren je klanten zich deze klantreis?";
    JourneyTitle => "Journey title", "Titel van de klantreis";
    Untitled => "Untitled journey", "Naamloze klantreis";
    NewJourney => "New empty journey", "Nieuwe lege klantreis";
    LoadExample => "Load the example", "Voorbeeld laden";
    Touchpoints => "Touchpoints", "Contactmomenten";
    TouchpointName => "Touchpoint", "Contactmoment";
    TouchpointNamePlaceholder => "e.g. Cancellation call", "bijv. Opzegging per telefoon";
    Rating => "Rating", "Score";
    Add => "Add", "Toevoegen";
    AddTouchpointHint => "Type a name, Tab to the rating, Enter to add.",
        "Typ een naam, Tab naar de score, Enter om toe te voegen.";
    Delete => "Delete", "Verwijderen";
    DeleteTouchpoint => "Delete touchpoint", "Contactmoment verwijderen";
    EmptyJourney => "No touchpoints yet. Add the first moment the customer meets you.",
        "Nog geen contactmomenten. Voeg het eerste moment toe waarop de klant met je in aanraking komt.";
    Chart => "Journey curve", "Curve van de klantreis";
    Peak => "Peak", "Piek";
    End => "End", "Einde";
    Remembered => "Remembered", "Herinnerd";
    Experienced => "Experienced", "Beleefd";
    Gap => "Memory gap", "Herinneringskloof";
    RememberedExplain => "What the customer will likely remember: the average of the peak and the end.",
        "Wat de klant zich waarschijnlijk herinnert: het gemiddelde van de piek en het einde.";
    ExperiencedExplain => "How the journey felt on average while it lasted, weighted by duration.",
        "Hoe de klantreis gemiddeld aanvoelde terwijl die duurde, gewogen naar de duur.";
    GapExplainWorse => "Memory is harsher than the lived journey: the peak or the end pulls it down.",
        "De herinnering is strenger dan de beleefde klantreis: de piek of het einde trekt haar omlaag.";
    GapExplainBetter => "Memory is kinder than the lived journey: the peak or the end lifts it.",
        "De herinnering is milder dan de beleefde klantreis: de piek of het einde trekt haar omhoog.";
    GapExplainNone => "Memory and the lived journey agree.",
        "Herinnering en beleefde klantreis komen overeen.";
    NoScore => "Add a touchpoint to see the scores.",
        "Voeg een contactmoment toe om de scores te zien.";
    OutOf100 => "of 100", "van 100";
    Scores => "Scores", "Scores";
    Saved => "Saved in this browser", "Bewaard in deze browser";
    ChartSummaryEmpty => "The journey has no touchpoints yet.",
        "De klantreis heeft nog geen contactmomenten.";
    RatingNotANumber => "The rating must be a number.", "De score moet een getal zijn.";
    NameRequired => "Give the touchpoint a name.", "Geef het contactmoment een naam.";
    Language => "Language", "Taal";
    // --- files and sharing ---
    FilesButton => "Import / export", "Importeren / exporteren";
    DropHere => "Drop the files to import them", "Laat de bestanden los om ze te importeren";
    NothingChanged => "Your journeys are unchanged.", "Je klantreizen zijn niet veranderd.";
    ShareLink => "Copy share link", "Deellink kopiëren";
    ShareLinkLabel => "Share link", "Deellink";
    ShareCopied => "The link is copied. The journey travels inside the link itself and never passes through a server.",
        "De link is gekopieerd. De klantreis zit in de link zelf en gaat nooit langs een server.";
    ShareCopyByHand => "Copy this link by hand (select it and press Ctrl+C). The journey travels inside the link itself and never passes through a server.",
        "Kopieer deze link zelf (selecteer hem en druk op Ctrl+C). De klantreis zit in de link zelf en gaat nooit langs een server.";
    SharedHeading => "A journey shared with you", "Een klantreis die met je is gedeeld";
    SharedReadOnly => "You can look, not change: nothing is saved until you make your own copy.",
        "Je kunt kijken, niet wijzigen: er wordt niets bewaard totdat je een eigen kopie maakt.";
    MakeCopy => "Make my own copy", "Mijn eigen kopie maken";
    GoToMyJourneys => "Go to my journeys", "Naar mijn klantreizen";
    SharedBroken => "This share link cannot be opened:", "Deze deellink kan niet worden geopend:";
    ColNumber => "#", "nr.";
    ColTouchpoint => "Touchpoint", "Contactmoment";
    ColRating => "Rating", "Score";
    ColMarks => "Peak / end", "Piek / einde";
    ReportOf => "Peak-end report", "Piek-eindrapport";
    // --- embed and presets ---
    EmbedRatings => "Change the ratings", "Verander de scores";
    EmbedRatingsHint => "Or drag a point on the curve. Watch the remembered score.",
        "Of sleep een punt op de curve. Let op de herinnerde score.";
    EmbedRatingsTable => "Ratings", "Scores";
    EmbedSource => "Source", "Bron";
    EmbedReset => "Start again", "Opnieuw beginnen";
    EmbedScaleNote => "Scale", "Schaal";
    EmbedOpen => "Embed", "Insluiten";
    EmbedOpenHint => "Put a live, small version of a journey in a course page, a blog or slides.",
        "Zet een kleine, werkende versie van een klantreis in een cursuspagina, blog of presentatie.";
    // --- group round ---
    GroupRound => "Group rating", "Samen scores geven";
    GroupRoundHint => "Several people rate each touchpoint in turn; the journey uses the group's mean.",
        "Meerdere mensen geven om de beurt elk contactmoment een score; de klantreis gebruikt het groepsgemiddelde.";
    ToBeSuffix => "to-be", "gewenst";
    PromisesKeptSuffix => "promises kept", "beloftes nagekomen";
    Copy => "copy", "kopie";
    ThisTab => "this tab", "dit tabblad";
    Undo => "Undo", "Ongedaan maken";
    Redo => "Redo", "Opnieuw";
    UndoHint => "Undo (Ctrl+Z)", "Ongedaan maken (Ctrl+Z)";
    RedoHint => "Redo (Ctrl+Shift+Z)", "Opnieuw (Ctrl+Shift+Z)";
    Journeys => "My journeys", "Mijn klantreizen";
    MakeScenario => "Make a to-be scenario", "Gewenste klantreis maken";
    MakeScenarioHint => "Copy this journey as a to-be scenario, change it, and compare it with the as-is.",
        "Kopieer deze klantreis als gewenste klantreis, pas de kopie aan en vergelijk die met de huidige.";
    ExportJson => "Export journey (JSON)", "Klantreis exporteren (JSON)";
    ShareWithoutStories => "Make the link without the stories", "Maak de link zonder de verhalen";
    MarkPeak => "Mark as peak", "Als piek markeren";
    MarkEnd => "Mark as end", "Als einde markeren";
    PeakShort => "Peak", "Piek";
    EndShort => "End", "Einde";
    AutoPeakEnd => "found automatically; press to fix it here", "automatisch gevonden; druk om hier vast te zetten";
    MoveUp => "Move up", "Omhoog";
    MoveDown => "Move down", "Omlaag";
    InsertAfter => "Insert a touchpoint after this one", "Contactmoment hierna invoegen";
    DuplicateTouchpoint => "Duplicate", "Dupliceren";
    DuplicateShort => "Copy", "Kopiëren";
    ShowDetails => "Details", "Details";
    Present => "Present", "Presenteren";
    PresentHint => "Full screen for the room: large type, the curve, scores and what to fix first.",
        "Volledig scherm voor de zaal: grote letters, de curve, de scores en wat eerst verbeteren.";
    ExitPresentation => "Leave (Esc)", "Verlaten (Esc)";
    PartLoading => "Loading…", "Laden…";
    PartFailed => "This part of Peakend could not be loaded. Check the connection and try again; your journey is safe.",
        "Dit deel van Peakend kon niet worden geladen. Controleer de verbinding en probeer het opnieuw; je klantreis is veilig.";
    TryAgain => "Try again", "Opnieuw proberen";
    PresentKeys => "← → choose a touchpoint · ↑ ↓ change its rating · L lanes · S stories · Esc leaves",
        "← → kies een contactmoment · ↑ ↓ verander de score · L banen · S verhalen · Esc sluit af";
    CompareLegend => "The dashed green line is the as-is journey.", "De gestippelde groene lijn is de huidige klantreis.";
    DragToReorder => "Drag to reorder (or Alt+↑/↓)", "Sleep om te verplaatsen (of Alt+↑/↓)";
    RowKeysHint => "On a row: ↑/↓ changes the rating, Alt+↑/↓ moves it.",
        "Op een regel: ↑/↓ verandert de score, Alt+↑/↓ verplaatst de regel.";
    ChartDragHint => "Drag a point up or down to change its rating.",
        "Sleep een punt omhoog of omlaag om de score te veranderen.";
    NewTouchpointName => "New touchpoint", "Nieuw contactmoment";
    LibraryTitle => "My journeys", "Mijn klantreizen";
    LibraryEmpty => "No journeys yet.", "Nog geen klantreizen.";
    Open => "Open", "Openen";
    Opened => "open now", "nu geopend";
    Rename => "Rename", "Hernoemen";
    Close => "Close", "Sluiten";
    ConfirmDelete => "Delete this journey? This cannot be undone.", "Deze klantreis verwijderen? Dit kan niet ongedaan worden gemaakt.";
    LastChange => "last change", "laatst gewijzigd";
    NotSavedExport => "Export it to keep it.", "Exporteer je werk om het te bewaren.";
    UpdatedFromOtherTab => "This journey was changed in another tab; that version is shown now. Undo brings yours back.",
        "Deze klantreis is in een ander tabblad gewijzigd; die versie zie je nu. Ongedaan maken haalt de jouwe terug.";
    Dismiss => "Dismiss", "Sluiten";
    Phases => "Phases", "Fasen";
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
        assert_eq!(signed(Lang::Nl, 0.5, 2), "+0,5");
        assert_eq!(signed(Lang::En, -0.5, 2), "−0.5");
        assert_eq!(signed(Lang::En, 0.001, 2), "0");
    }
}
