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
pub mod interview;
pub mod lanes;
pub mod plan;
pub mod plan_text;
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
    // --- leaf components: scale setting ---
    ScaleLabel => "Rating scale", "Scoreschaal";
    ScaleCustom => "Custom…", "Eigen schaal…";
    ScaleMin => "Lowest", "Laagste";
    ScaleMax => "Highest", "Hoogste";
    ScaleNeutral => "Neutral (optional)", "Neutraal (optioneel)";
    ScaleNeutralHint => "Leave neutral empty to use the middle of the scale.",
        "Laat neutraal leeg om het midden van de schaal te gebruiken.";
    ScaleApply => "Apply scale", "Schaal toepassen";
    ScaleNotANumber => "Lowest and highest must both be numbers.",
        "Laagste en hoogste moeten allebei getallen zijn.";
    ScaleNeutralNotANumber => "Neutral must be a number, or empty for the middle of the scale.",
        "Neutraal moet een getal zijn, of leeg voor het midden van de schaal.";
    ScaleInverted => "The lowest value must be below the highest.",
        "De laagste waarde moet onder de hoogste liggen.";
    ScaleNeutralOutside => "The neutral point must lie between the lowest and the highest value.",
        "Het neutrale punt moet tussen de laagste en de hoogste waarde liggen.";
    ScaleTooNarrow => "The scale must span at least one whole point.",
        "De schaal moet minstens één heel punt beslaan.";
    ScaleTooWide => "A scale may span at most 1,000 points.",
        "Een schaal mag hooguit 1000 punten beslaan.";
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
    // --- leaf components: memory model ---
    MemoryTitle => "How memory is modelled", "Hoe de herinnering wordt berekend";
    MemoryHint => "Weights are relative: 1 and 3 mean a quarter and three quarters.",
        "Gewichten zijn relatief: 1 en 3 betekenen een kwart en driekwart.";
    MemoryPeakWeight => "Weight of the peak", "Gewicht van de piek";
    MemoryEndWeight => "Weight of the end", "Gewicht van het einde";
    MemoryEndWindow => "End = average of the last … touchpoints",
        "Einde = gemiddelde van de laatste … contactmomenten";
    MemorySplitPeaks => "Count the best and the worst moment separately",
        "Beste en slechtste moment apart meetellen";
    MemoryTrendWeight => "Weight of the trend over the second half (0 = off)",
        "Gewicht van de trend in de tweede helft (0 = uit)";
    MemoryApply => "Apply", "Toepassen";
    MemoryReset => "Reset to the classic rule", "Terug naar de klassieke regel";
    MemoryNotANumber => "Every field must be a number.", "Elk veld moet een getal zijn.";
    MemoryBadWeight => "Weights must be zero or more.", "Gewichten moeten nul of meer zijn.";
    MemoryNoWeight => "The peak and the end cannot both weigh zero.",
        "De piek en het einde kunnen niet allebei nul wegen.";
    MemoryBadWindow => "The end must be a whole number of touchpoints, 1 or more.",
        "Het einde moet een geheel aantal contactmomenten beslaan: 1 of meer.";
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
    // --- workspace ---
    // --- files and sharing ---
    FilesButton => "Import / export", "Importeren / exporteren";
    FilesTitle => "Files, sharing and printing", "Bestanden, delen en afdrukken";
    SaveCopyHeading => "Save a copy", "Een kopie bewaren";
    ExportLibrary => "Export all my journeys (JSON)", "Al mijn klantreizen exporteren (JSON)";
    ExportCsv => "Export the table (CSV)", "Tabel exporteren (CSV)";
    CsvSeparator => "CSV separator", "Scheidingsteken voor CSV";
    CsvComma => "Comma (,)", "Komma (,)";
    CsvSemicolon => "Semicolon (;), for Excel with Dutch settings", "Puntkomma (;), voor Excel met Nederlandse instellingen";
    ExportMermaid => "Export as Mermaid diagram", "Exporteren als Mermaid-diagram";
    MermaidActor => "Customer", "Klant";
    ExportAnalysis => "Export the analysis (JSON)", "Analyse exporteren (JSON)";
    ExportPng => "Chart as picture (PNG)", "Grafiek als afbeelding (PNG)";
    ExportSvg => "Chart as drawing (SVG)", "Grafiek als tekening (SVG)";
    NothingToAnalyse => "Add touchpoints to export an analysis or a chart.", "Voeg contactmomenten toe om een analyse of grafiek te exporteren.";
    OpenFilesHeading => "Open files", "Bestanden openen";
    ImportChoose => "Import files (JSON, CSV or Mermaid)", "Bestanden importeren (JSON, CSV of Mermaid)";
    ImportHint => "You can also drop files anywhere on the page. Every imported journey is added to your journeys; nothing is replaced.",
        "Je kunt bestanden ook naar deze pagina slepen. Elke geïmporteerde klantreis wordt aan je klantreizen toegevoegd; er wordt niets vervangen.";
    DropHere => "Drop the files to import them", "Laat de bestanden los om ze te importeren";
    ImportTheRest => "Import the rest", "De rest importeren";
    Cancel => "Cancel", "Annuleren";
    ImportNotes => "Good to know:", "Goed om te weten:";
    NothingChanged => "Your journeys are unchanged.", "Je klantreizen zijn niet veranderd.";
    ShareHeading => "Share", "Delen";
    ShareLink => "Copy share link", "Deellink kopiëren";
    ShareLinkLabel => "Share link", "Deellink";
    ShareCopied => "The link is copied. The journey travels inside the link itself and never passes through a server.",
        "De link is gekopieerd. De klantreis zit in de link zelf en gaat nooit langs een server.";
    ShareCopyByHand => "Copy this link by hand (select it and press Ctrl+C). The journey travels inside the link itself and never passes through a server.",
        "Kopieer deze link zelf (selecteer hem en druk op Ctrl+C). De klantreis zit in de link zelf en gaat nooit langs een server.";
    PrintReport => "Print report", "Rapport afdrukken";
    PrintHint => "A4 landscape: chart, scores, what to fix first and all touchpoints. Choose “Save as PDF” to get a file.",
        "A4 liggend: grafiek, scores, wat eerst verbeteren en alle contactmomenten. Kies ‘Opslaan als PDF’ voor een bestand.";
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
    EmbedDialogTitle => "Embed in a course page", "Insluiten in een cursuspagina";
    EmbedDialogIntro => "Paste this code into the page. Learners can move the ratings and watch the remembered score change; nothing they do is sent anywhere.",
        "Plak deze code in de pagina. Cursisten kunnen de scores verschuiven en zien de herinnerde score veranderen; niets van wat ze doen wordt ergens heen gestuurd.";
    EmbedWhich => "Journey", "Klantreis";
    EmbedCurrent => "This journey (inside the link)", "Deze klantreis (in de link)";
    EmbedStatic => "Read-only: learners cannot change ratings", "Alleen lezen: cursisten kunnen de scores niet veranderen";
    EmbedPlain => "Plain: no title and no source line", "Kaal: geen titel en geen bronregel";
    EmbedDark => "Dark background", "Donkere achtergrond";
    EmbedSave => "Keep each learner's changes in their browser", "Wijzigingen van elke cursist in de eigen browser bewaren";
    EmbedLangAuto => "The learner's browser language", "De taal van de browser van de cursist";
    EmbedSnippet => "Code to paste", "Code om te plakken";
    EmbedCopy => "Copy code", "Code kopiëren";
    EmbedCopied => "Copied.", "Gekopieerd.";
    EmbedCopyFailed => "Copying is not allowed here: select the code and copy it yourself.",
        "Kopiëren mag hier niet: selecteer de code en kopieer die zelf.";
    EmbedPreview => "Preview", "Voorbeeld";
    EmbedLinkLong => "This journey makes a long link; some course platforms cut long links off. A preset is safer.",
        "Deze klantreis levert een lange link op; sommige cursusplatforms knippen lange links af. Een van de kant-en-klare voorbeelden is veiliger.";
    EmbedNoPreview => "The preview needs the page opened from a web address (http or https).",
        "Het voorbeeld werkt alleen als de pagina via een webadres (http of https) is geopend.";
    EmbedFrameTitle => "Peakend: how a journey is remembered", "Peakend: hoe klanten zich een klantreis herinneren";
    // --- group round ---
    GroupRound => "Group rating", "Samen scores geven";
    GroupRoundHint => "Several people rate each touchpoint in turn; the journey uses the group's mean.",
        "Meerdere mensen geven om de beurt elk contactmoment een score; de klantreis gebruikt het groepsgemiddelde.";
    GroupIntro => "Everyone rates each touchpoint in turn. The touchpoint's rating becomes the group's mean; each person's own rating is kept.",
        "Iedereen geeft om de beurt elk contactmoment een score. De score van het contactmoment wordt het groepsgemiddelde; ieders eigen score blijft bewaard.";
    ParticipantCount => "Number of participants", "Aantal deelnemers";
    ParticipantNames => "Names (optional)", "Namen (optioneel)";
    Participant => "Participant", "Deelnemer";
    InTurn => "Rate in turn", "Om de beurt een score geven";
    PrevTouchpoint => "← Previous touchpoint", "← Vorig contactmoment";
    NextTouchpoint => "Next touchpoint →", "Volgend contactmoment →";
    VoteKeys => "Type a rating and press Enter or Tab for the next person; after the last person, Enter goes to the next touchpoint. Leave it blank if someone does not rate.",
        "Typ een score en druk op Enter of Tab voor de volgende persoon; na de laatste gaat Enter naar het volgende contactmoment. Laat het veld leeg als iemand geen score geeft.";
    GroupMeanNow => "Group mean", "Groepsgemiddelde";
    NobodyRated => "nobody has rated this yet", "nog niemand heeft een score gegeven";
    PasteColumn => "Paste a column", "Een kolom plakken";
    PasteHint => "One number per participant, in order: a column copied from a spreadsheet, or numbers separated by semicolons. A decimal comma is fine. Extra numbers add participants.",
        "Eén getal per deelnemer, op volgorde: een kolom uit een spreadsheet, of getallen gescheiden door puntkomma's. Een decimale komma mag. Extra getallen voegen deelnemers toe.";
    PasteApply => "Use these ratings", "Deze scores gebruiken";
    PasteEmpty => "Paste at least one number.", "Plak minstens één getal.";
    GroupResults => "Results of the round", "Uitkomst van de ronde";
    GroupMean => "Mean", "Gemiddelde";
    GroupSpread => "Spread", "Spreiding";
    GroupSpreadHint => "Spread is the standard deviation of the ratings, in points of the scale: how far a typical rating lies from the mean.",
        "Spreiding is de standaardafwijking van de scores, in punten van de schaal: hoe ver een score doorgaans van het gemiddelde ligt.";
    GroupMinMax => "Range", "Bereik";
    GroupCount => "Votes", "Aantal scores";
    MostDisputed => "Most disputed", "Meest omstreden";
    MostDisputedIntro => "The room disagrees most here: talk about these first.",
        "Hierover is de groep het minst eens: bespreek deze eerst.";
    NoDisputes => "No disagreement yet: it shows once two people rate a touchpoint differently.",
        "Nog geen verschil van mening: dat verschijnt zodra twee mensen een contactmoment een verschillende score geven.";
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
    ExportWithoutStories => "Export without the stories (JSON)", "Exporteren zonder de verhalen (JSON)";
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
    Settings => "Scale, memory model and bank account", "Schaal, herinneringsmodel en bankrekening";
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
