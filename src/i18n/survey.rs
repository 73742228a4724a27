//! The survey screen's words: its fixed strings (table `S`) and the sentences built around
//! the analysis' numbers, in English and Dutch.
//!
//! The verdict never claims more than its interval allows: "better than the average" only
//! when the whole 95% interval of the difference lies above zero, and every verdict says
//! that it is a correlation, not proof of cause. Pure Rust.

use super::Lang;
use super::number::{count, decimal};
use super::plural::{Noun, counted};
use super::sentences::{quoted, signed};
use crate::analysis::survey::{
    Ci, Driver, Fitted, Nps, NpsDifference, PredictorName, TouchpointStats, Verdict,
};
use crate::model::survey::{Detected, Format, NpsScale, Role, Source};

strings! {
    enum S;
    Title => "Survey evidence", "Enquêteresultaten";
    Intro => "Bring in a survey export (Qualtrics, SurveyMonkey, Google Forms, Excel) and see whether the peak and the end explain how your customers judge the whole experience. The answers stay in this browser.",
        "Laad een enquête-export (Qualtrics, SurveyMonkey, Google Forms, Excel) en zie of de piek en het einde verklaren hoe jouw klanten op de hele ervaring terugkijken. De antwoorden blijven in deze browser.";
    ChooseFile => "Choose a survey file", "Kies een enquêtebestand";
    DropHint => "or drop it here: CSV, TSV, TXT or Excel (.xlsx), up to 200 MB.",
        "of sleep het hierheen: CSV, TSV, TXT of Excel (.xlsx), tot 200 MB.";
    Reading => "Reading the survey…", "De enquête wordt ingelezen…";
    ColumnsTitle => "Columns: what each one means", "Kolommen: wat elke kolom betekent";
    ColumnsHint => "Check what was detected and change it where needed, then apply.",
        "Controleer wat er is herkend en pas het aan waar nodig. Kies daarna ‘Indeling toepassen’.";
    Column => "Column", "Kolom";
    Meaning => "Means", "Betekenis";
    Examples => "Examples", "Voorbeelden";
    RoleIgnore => "Ignore", "Negeren";
    RoleTouchpoint => "Touchpoint", "Contactmoment";
    RoleOverall => "Overall rating", "Totaaloordeel";
    RoleNps => "Recommend (NPS)", "Aanbevelen (NPS)";
    RoleSegment => "Segment", "Segment";
    RoleRespondent => "Respondent id", "Respondent-id";
    RoleItem => "Question (one row per answer)", "Vraag (één rij per antwoord)";
    RoleAnswer => "Answer (one row per answer)", "Antwoord (één rij per antwoord)";
    OrderTitle => "Touchpoints in journey order", "Contactmomenten in de volgorde van de klantreis";
    TouchpointScale => "Scale of the touchpoints", "Schaal van de contactmomenten";
    OverallScale => "Scale of the overall rating", "Schaal van het totaaloordeel";
    NpsScaleLabel => "Scale of the recommend question", "Schaal van de aanbeveelvraag";
    NpsZeroToTen => "0 to 10 (the official NPS scale)", "0 tot 10 (de officiële NPS-schaal)";
    NpsOneToTen => "1 to 10", "1 tot 10";
    NpsOneToTenCaveat => "On a 1 to 10 scale nobody can answer 0, so this score does not compare with NPS benchmarks on the official 0 to 10 scale.",
        "Op een schaal van 1 tot 10 kan niemand 0 antwoorden, dus deze score is niet te vergelijken met NPS-benchmarks op de officiële schaal van 0 tot 10.";
    ApplyMapping => "Apply mapping", "Indeling toepassen";
    RemapNeedsFile => "Only the numbers were kept with the journey. To map the columns again, choose the file again.",
        "Bij de klantreis zijn alleen de getallen bewaard. Kies het bestand opnieuw om de kolommen anders in te delen.";
    NoTouchpointChosen => "Choose at least one column as a touchpoint.",
        "Kies minstens één kolom als contactmoment.";
    MatchTitle => "This survey and this journey", "Deze enquête en deze klantreis";
    NotInJourney => "not in this journey", "niet in deze klantreis";
    UseRatings => "Use these ratings", "Gebruik deze scores";
    UseRatingsHint => "Sets each matched touchpoint to the customers' average, on the journey's scale. One step: Undo puts them back.",
        "Zet elk gekoppeld contactmoment op het gemiddelde van je klanten, op de schaal van de klantreis. Eén stap: met Ongedaan maken zet je ze terug.";
    NothingToUse => "No touchpoint of this journey matches the survey by name.",
        "Geen enkel contactmoment van deze klantreis komt qua naam overeen met de enquête.";
    NewJourney => "Make a new journey from this survey", "Maak een nieuwe klantreis van deze enquête";
    NewJourneyHint => "Adds a journey with the survey's touchpoints to your library; this one stays as it is.",
        "Voegt een klantreis met de contactmomenten uit de enquête toe aan je bibliotheek; deze blijft zoals hij is.";
    Respondents => "Respondents", "Respondenten";
    NpsTitle => "Net Promoter Score", "Net Promoter Score";
    Promoters => "Promoters", "Promotors";
    Passives => "Passives", "Neutralen";
    Detractors => "Detractors", "Critici";
    NpsFew => "Fewer than 30 answers: a few more could move this score a lot.",
        "Minder dan 30 antwoorden: een paar antwoorden meer kunnen deze score flink verschuiven.";
    NpsNone => "No column holds the recommend question, so there is no NPS.",
        "Geen kolom bevat de aanbeveelvraag, dus er is geen NPS.";
    NpsDifferencesTitle => "Do segments differ?", "Verschillen de segmenten?";
    NpsPerSegment => "Per segment", "Per segment";
    VerdictTitle => "Does peak-end hold for your customers?", "Klopt piek-einde voor jouw klanten?";
    NotCause => "This is a correlation, not proof of cause.",
        "Dit is een samenhang, geen bewijs van oorzaak en gevolg.";
    ChartTitle => "The journey as your customers rated it", "De klantreis zoals je klanten die scoorden";
    ChartBandHint => "The band shows the 95% interval of each average.",
        "De band toont het 95%-interval van elk gemiddelde.";
    ChartSegment => "Curves per", "Lijnen per";
    ChartAll => "All respondents", "Alle respondenten";
    ChartNpsGroups => "Promoters and detractors", "Promotors en critici";
    ChartTable => "The numbers behind the chart", "De getallen achter de grafiek";
    Touchpoint => "Touchpoint", "Contactmoment";
    Average => "Average", "Gemiddelde";
    Interval => "95% interval", "95%-interval";
    Answers => "Answers", "Antwoorden";
    Below => "Below neutral", "Onder neutraal";
    Above => "Above neutral", "Boven neutraal";
    PredictorsTitle => "What predicts the overall rating?", "Wat voorspelt het totaaloordeel?";
    Predictor => "Predictor", "Voorspeller";
    PredRemembered => "Remembered (this journey's memory model)", "Herinnerd (het geheugenmodel van deze klantreis)";
    PredMean => "Average of all moments", "Gemiddelde van alle momenten";
    PredEnd => "End", "Einde";
    PredPeak => "Peak", "Piek";
    PredFirst => "First moment", "Eerste moment";
    PredTrend => "Trend in the second half", "Trend in de tweede helft";
    NoOverall => "No column holds an overall rating, so nothing can be compared with it.",
        "Geen kolom bevat een totaaloordeel, dus er valt niets mee te vergelijken.";
    FittedTitle => "Your customers' own weights", "De eigen gewichten van je klanten";
    FittedScaleNote => "The overall rating is moved onto the touchpoint scale first, so the weights compare.",
        "Het totaaloordeel is eerst omgezet naar de schaal van de contactmomenten, zodat de gewichten te vergelijken zijn.";
    UseWeights => "Use these weights", "Gebruik deze gewichten";
    WeightsNotUsable => "A weight came out below zero, so this fit cannot become a memory model.",
        "Een gewicht kwam onder nul uit, dus deze schatting kan geen geheugenmodel worden.";
    DriversTitle => "What separates promoters from detractors", "Wat promotors van critici onderscheidt";
    DriversHint => "Per touchpoint: the promoters' average minus the detractors' average, largest gap first.",
        "Per contactmoment: het gemiddelde van de promotors min dat van de critici, grootste verschil eerst.";
    Gap => "Gap", "Verschil";
    Averages => "Averages", "Gemiddelden";
    BadTitle => "Answers that could not be read", "Antwoorden die niet te lezen waren";
    Row => "Row", "Rij";
    AsWritten => "As written", "Zoals ingevuld";
    Remove => "Remove survey data", "Enquêtegegevens verwijderen";
    RemoveConfirm => "Remove this survey's data from this browser? The journey stays as it is.",
        "De gegevens van deze enquête uit deze browser verwijderen? De klantreis blijft zoals hij is.";
    Export => "Download the analysis (JSON)", "Analyse downloaden (JSON)";
    ExportHint => "The analysis holds totals and averages only. The answers file holds each respondent's ratings and segments, without ids or free text: share it with care.",
        "De analyse bevat alleen totalen en gemiddelden. Het antwoordenbestand bevat per respondent de scores en segmenten, zonder id's of vrije tekst: deel het zorgvuldig.";
    ExportAnswers => "Download the answers (CSV)", "Antwoorden downloaden (CSV)";
    WorkerFailed => "The survey reader stopped unexpectedly. Your journey is unchanged; reload the page and try again.",
        "Het inlezen van de enquête stopte onverwacht. Je klantreis is niet veranderd; laad de pagina opnieuw en probeer het nog eens.";
    StorageFailed => "The survey could not be kept in this browser; it is shown, but will be gone after a reload.",
        "De enquête kon niet in deze browser worden bewaard; je ziet hem wel, maar na opnieuw laden is hij weg.";
    TryAnother => "Choose another file", "Kies een ander bestand";
}

/// The works behind the survey statistics; citations read the same in every language.
pub const SOURCES: [&str; 5] = [
    "Steiger, J. H. (1980). Tests for comparing elements of a correlation matrix. Psychological Bulletin 87(2), 245–251.",
    "Zou, G. Y. (2007). Toward using confidence intervals to compare correlations. Psychological Methods 12(4), 399–413.",
    "Rocks, B. (2016). Interval estimation for the “Net Promoter Score”. The American Statistician 70(4), 365–372.",
    "Sauro, J. & Lewis, J. R. (2016). Quantifying the User Experience, 2nd ed. Morgan Kaufmann.",
    "Alaybek, B. et al. (2022). All's well that ends (and peaks) well? A meta-analysis of the peak-end rule. Organizational Behavior and Human Decision Processes 170, 104149.",
];

/// A number with exactly `decimals` decimals (a correlation reads "0.70", not "0.7").
pub fn fixed(lang: Lang, v: f64, decimals: usize) -> String {
    let v = if v.abs() < 0.5 * 10f64.powi(-(decimals as i32)) {
        0.0
    } else {
        v
    };
    let s = format!("{v:.decimals$}").replace('-', "−");
    match lang {
        Lang::En => s,
        Lang::Nl => s.replace('.', ","),
    }
}

/// [`fixed`] with a plus sign when above zero: a gap reads "+1.0", not "+1".
pub fn signed_fixed(lang: Lang, v: f64, decimals: usize) -> String {
    let s = fixed(lang, v, decimals);
    if s.starts_with('−') || s.trim_start_matches(['0', '.', ',']).is_empty() {
        s
    } else {
        format!("+{s}")
    }
}

/// A 95% interval: "0.61 to 0.78" / "0,61 tot 0,78".
pub fn interval(lang: Lang, ci: Ci, decimals: usize) -> String {
    let (a, b) = (fixed(lang, ci[0], decimals), fixed(lang, ci[1], decimals));
    match lang {
        Lang::En => format!("{a} to {b}"),
        Lang::Nl => format!("{a} tot {b}"),
    }
}

/// A role's name in the column picker.
pub fn role(lang: Lang, r: Role) -> &'static str {
    let key = match r {
        Role::Ignore => S::RoleIgnore,
        Role::Touchpoint => S::RoleTouchpoint,
        Role::Overall => S::RoleOverall,
        Role::Nps => S::RoleNps,
        Role::Segment => S::RoleSegment,
        Role::Respondent => S::RoleRespondent,
        Role::Item => S::RoleItem,
        Role::Answer => S::RoleAnswer,
    };
    key.get(lang)
}

/// A predictor's name in the table.
pub fn predictor(lang: Lang, p: PredictorName) -> &'static str {
    let key = match p {
        PredictorName::Remembered => S::PredRemembered,
        PredictorName::Mean => S::PredMean,
        PredictorName::End => S::PredEnd,
        PredictorName::Peak => S::PredPeak,
        PredictorName::First => S::PredFirst,
        PredictorName::Trend => S::PredTrend,
    };
    key.get(lang)
}

/// The verdict in plain words: never "better" unless the interval says so.
pub fn verdict(lang: Lang, v: &Verdict) -> String {
    let (n, rr, rm, how) = match *v {
        Verdict::NotEnough => {
            return match lang {
                Lang::En => "Not enough answers to judge: a verdict needs an overall rating from at least 10 respondents.".into(),
                Lang::Nl => "Te weinig antwoorden voor een oordeel: daarvoor is een totaaloordeel van minstens 10 respondenten nodig.".into(),
            };
        }
        Verdict::Better {
            n,
            r_remembered,
            r_mean,
        } => (n, r_remembered, r_mean, 1),
        Verdict::NoBetter {
            n,
            r_remembered,
            r_mean,
        } => (n, r_remembered, r_mean, 0),
        Verdict::Worse {
            n,
            r_remembered,
            r_mean,
        } => (n, r_remembered, r_mean, -1),
    };
    let (rr, rm) = (fixed(lang, rr, 2), fixed(lang, rm, 2));
    let who = counted(lang, n, Noun::Respondent);
    match (lang, how) {
        (Lang::En, 1) => format!(
            "For these {who}, the peak and the end predict the overall rating better than the average of all moments does (r {rr} against {rm})."
        ),
        (Lang::En, 0) => format!(
            "For these {who}, the peak and the end predict the overall rating no better than the average of all moments does (r {rr} against {rm}): the difference could be chance."
        ),
        (Lang::En, _) => format!(
            "For these {who}, the peak and the end predict the overall rating worse than the average of all moments does (r {rr} against {rm})."
        ),
        (Lang::Nl, 1) => format!(
            "Bij deze {who} voorspellen de piek en het einde het totaaloordeel beter dan het gemiddelde van alle momenten (r {rr} tegen {rm})."
        ),
        (Lang::Nl, 0) => format!(
            "Bij deze {who} voorspellen de piek en het einde het totaaloordeel niet beter dan het gemiddelde van alle momenten (r {rr} tegen {rm}): het verschil kan toeval zijn."
        ),
        (Lang::Nl, _) => format!(
            "Bij deze {who} voorspellen de piek en het einde het totaaloordeel slechter dan het gemiddelde van alle momenten (r {rr} tegen {rm})."
        ),
    }
}

/// The difference of the two correlations with its interval and p.
pub fn difference(lang: Lang, r_diff: f64, ci: Ci, p: f64) -> String {
    let d = signed(lang, r_diff, 2);
    let ci = interval(lang, ci, 2);
    let p = if p < 0.001 {
        format!("p < {}", fixed(lang, 0.001, 3))
    } else {
        format!("p = {}", fixed(lang, p, 3))
    };
    match lang {
        Lang::En => format!("Difference in r: {d} (95% interval {ci}; {p})."),
        Lang::Nl => format!("Verschil in r: {d} (95%-interval {ci}; {p})."),
    }
}

/// How many respondents, and how many rows were left out.
pub fn respondents(lang: Lang, n: usize, skipped: usize) -> String {
    let who = counted(lang, n, Noun::Respondent);
    if skipped == 0 {
        return who;
    }
    let rows = counted(lang, skipped, Noun::Row);
    match lang {
        Lang::En => format!("{who} ({rows} without a rated touchpoint left out)"),
        Lang::Nl => format!("{who} ({rows} zonder gescoord contactmoment weggelaten)"),
    }
}

/// What detection found: "Qualtrics export; separated by “;”; decimal comma; 3 header rows".
pub fn detected(lang: Lang, d: &Detected) -> String {
    let source = match (lang, d.source) {
        (Lang::En, Source::Qualtrics) => "Qualtrics export",
        (Lang::Nl, Source::Qualtrics) => "export uit Qualtrics",
        (Lang::En, Source::SurveyMonkey) => "SurveyMonkey export",
        (Lang::Nl, Source::SurveyMonkey) => "export uit SurveyMonkey",
        (Lang::En, Source::GoogleForms) => "Google Forms export",
        (Lang::Nl, Source::GoogleForms) => "export uit Google Forms",
        (Lang::En, Source::Plain) => "table",
        (Lang::Nl, Source::Plain) => "tabel",
    };
    let format = match (&d.format, lang) {
        (
            Format::Text {
                separator,
                decimal_comma,
            },
            _,
        ) => {
            let sep = match (separator, lang) {
                ('\t', Lang::En) => "tabs".to_string(),
                ('\t', Lang::Nl) => "tabs".to_string(),
                (c, _) => quoted(lang, &c.to_string()),
            };
            let comma = match (decimal_comma, lang) {
                (true, Lang::En) => "; decimal comma",
                (true, Lang::Nl) => "; decimale komma",
                (false, _) => "",
            };
            match lang {
                Lang::En => format!("separated by {sep}{comma}"),
                Lang::Nl => format!("gescheiden door {sep}{comma}"),
            }
        }
        (Format::Xlsx { sheet }, Lang::En) => format!("Excel, sheet {}", quoted(lang, sheet)),
        (Format::Xlsx { sheet }, Lang::Nl) => format!("Excel, werkblad {}", quoted(lang, sheet)),
    };
    let rows = d.header_rows;
    let (head, shape) = match lang {
        Lang::En => (
            if rows == 1 {
                "1 header row".to_string()
            } else {
                format!("{rows} header rows")
            },
            if d.mapping.shape == crate::model::survey::Shape::Long {
                "; one row per answer"
            } else {
                ""
            },
        ),
        Lang::Nl => (
            if rows == 1 {
                "1 kopregel".to_string()
            } else {
                format!("{rows} kopregels")
            },
            if d.mapping.shape == crate::model::survey::Shape::Long {
                "; één rij per antwoord"
            } else {
                ""
            },
        ),
    };
    let read_as = match lang {
        Lang::En => "Read as",
        Lang::Nl => "Gelezen als",
    };
    format!("{read_as}: {source}; {format}; {head}{shape}.")
}

/// Progress while reading: "Reading “survey.csv”: 42%".
pub fn reading(lang: Lang, file: &str, done: u64, total: u64) -> String {
    let f = quoted(lang, file);
    if total == 0 {
        return match lang {
            Lang::En => format!("Reading {f}…"),
            Lang::Nl => format!("{f} wordt ingelezen…"),
        };
    }
    let pct = (done.min(total) as f64 / total as f64 * 100.0).floor();
    match lang {
        Lang::En => format!("Reading {f}: {}%", fixed(lang, pct, 0)),
        Lang::Nl => format!("{f} wordt ingelezen: {}%", fixed(lang, pct, 0)),
    }
}

/// The NPS interval and its base: "95% interval −3 to +17, from 312 answers".
pub fn nps_interval(lang: Lang, nps: &Nps) -> String {
    let (a, b) = (signed(lang, nps.ci95[0], 0), signed(lang, nps.ci95[1], 0));
    let base = counted(lang, nps.n, Noun::Answer);
    match lang {
        Lang::En => format!("95% interval {a} to {b}, from {base}"),
        Lang::Nl => format!("95%-interval {a} tot {b}, uit {base}"),
    }
}

/// The share of one NPS group: "48% (150)".
pub fn share(lang: Lang, part: usize, whole: usize) -> String {
    let pct = if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64 * 100.0
    };
    format!("{}% ({})", fixed(lang, pct, 0), count(lang, part))
}

/// How many answers a narrower interval would need.
pub fn nps_margins(lang: Lang, nps: &Nps) -> String {
    let (five, ten) = (
        count(lang, nps.n_for_margin_5),
        count(lang, nps.n_for_margin_10),
    );
    match lang {
        Lang::En => format!(
            "For a margin of ±5 points you would need about {five} answers; for ±10, about {ten}."
        ),
        Lang::Nl => format!(
            "Voor een marge van ±5 punten heb je ongeveer {five} antwoorden nodig; voor ±10 ongeveer {ten}."
        ),
    }
}

/// One segment's NPS: "Region North: +12 (95% interval +2 to +22, 300 answers)".
pub fn segment_nps(lang: Lang, column: &str, value: &str, nps: &Nps) -> String {
    let (s, lo, hi) = (
        signed(lang, nps.score, 0),
        signed(lang, nps.ci95[0], 0),
        signed(lang, nps.ci95[1], 0),
    );
    let base = counted(lang, nps.n, Noun::Answer);
    match lang {
        Lang::En => format!("{column} {value}: {s} (95% interval {lo} to {hi}, {base})"),
        Lang::Nl => format!("{column} {value}: {s} (95%-interval {lo} tot {hi}, {base})"),
    }
}

/// Whether two segments differ in NPS beyond chance.
pub fn nps_difference(lang: Lang, d: &NpsDifference) -> String {
    let diff = signed(lang, d.diff, 0);
    let (lo, hi) = (signed(lang, d.ci95[0], 0), signed(lang, d.ci95[1], 0));
    let (a, b) = (quoted(lang, &d.a), quoted(lang, &d.b));
    match (lang, d.beyond_chance) {
        (Lang::En, true) => format!(
            "{}: {a} − {b} = {diff} points (95% interval {lo} to {hi}): more than chance.",
            d.column
        ),
        (Lang::En, false) => format!(
            "{}: {a} − {b} = {diff} points (95% interval {lo} to {hi}): could be chance.",
            d.column
        ),
        (Lang::Nl, true) => format!(
            "{}: {a} − {b} = {diff} punten (95%-interval {lo} tot {hi}): meer dan toeval.",
            d.column
        ),
        (Lang::Nl, false) => format!(
            "{}: {a} − {b} = {diff} punten (95%-interval {lo} tot {hi}): kan toeval zijn.",
            d.column
        ),
    }
}

/// How many survey touchpoints found a touchpoint of the journey.
pub fn matched(lang: Lang, found: usize, of: usize) -> String {
    let all = counted(lang, of, Noun::Touchpoint);
    match lang {
        Lang::En => format!(
            "{} of the survey's {all} match a touchpoint of this journey by name.",
            count(lang, found)
        ),
        Lang::Nl => format!(
            "{} van de {all} uit de enquête komen qua naam overeen met een contactmoment van deze klantreis.",
            count(lang, found)
        ),
    }
}

/// The title of a journey made from a survey: "Survey: answers.csv".
pub fn journey_title(lang: Lang, file: &str) -> String {
    match lang {
        Lang::En => format!("Survey: {file}"),
        Lang::Nl => format!("Enquête: {file}"),
    }
}

/// The fitted equation: "overall ≈ 1.20 + 0.31 × peak + 0.52 × end + 0.08 × average (R² 0.48, n 1,240)".
pub fn fitted_formula(lang: Lang, f: &Fitted) -> String {
    let w = |v: f64| fixed(lang, v, 2);
    let term = |v: f64, word: &str| {
        let s = w(v.abs());
        let op = if v < 0.0 { "−" } else { "+" };
        format!(" {op} {s} × {word}")
    };
    let (overall, peak, end, mean) = match lang {
        Lang::En => ("overall", "peak", "end", "average"),
        Lang::Nl => ("totaaloordeel", "piek", "einde", "gemiddelde"),
    };
    format!(
        "{overall} ≈ {}{}{}{} (R² {}, n {})",
        w(f.intercept),
        term(f.peak, peak),
        term(f.end, end),
        term(f.mean, mean),
        w(f.r2),
        count(lang, f.n)
    )
}

/// The fit's error against the current rule's.
pub fn fitted_error(lang: Lang, f: &Fitted) -> String {
    let (cv, rule) = (decimal(lang, f.mae_cv, 2), decimal(lang, f.mae_rule, 2));
    match lang {
        Lang::En => format!(
            "Typical error on respondents the fit did not see (10-fold cross-validation): {cv} points of the overall rating, against {rule} for this journey's current rule."
        ),
        Lang::Nl => format!(
            "Gemiddelde fout bij respondenten die de schatting niet zag (10-voudige kruisvalidatie): {cv} punten van het totaaloordeel, tegen {rule} met de huidige regel van deze klantreis."
        ),
    }
}

/// Said when the average of all moments carries much of the fit: a memory model cannot hold it.
pub fn mean_weight_note(lang: Lang, mean: f64) -> String {
    let m = fixed(lang, mean, 2);
    match lang {
        Lang::En => format!(
            "The average of all moments carries a weight of {m} here. A memory model has no place for it: “Use these weights” takes the peak and the end weights only, so the remembered score will explain less than this fit does."
        ),
        Lang::Nl => format!(
            "Het gemiddelde van alle momenten weegt hier {m} mee. Een geheugenmodel heeft daar geen plaats voor: ‘Gebruik deze gewichten’ neemt alleen de gewichten van piek en einde over, dus de herinnerde score verklaart minder dan deze schatting."
        ),
    }
}

/// Whether the mean's weight is large enough to mention (at least that of the peak or the end).
pub fn mean_weight_matters(f: &Fitted) -> bool {
    f.mean > 0.0 && f.mean >= f.peak.min(f.end)
}

/// One driver: "Invoice: promoters 8.1, detractors 5.2".
pub fn driver(lang: Lang, d: &Driver) -> String {
    let (p, q) = (
        decimal(lang, d.promoters_mean, 1),
        decimal(lang, d.detractors_mean, 1),
    );
    let (np, nd) = (count(lang, d.n_promoters), count(lang, d.n_detractors));
    match lang {
        Lang::En => format!("promoters {p} (n {np}), detractors {q} (n {nd})"),
        Lang::Nl => format!("promotors {p} (n {np}), critici {q} (n {nd})"),
    }
}

/// How many answers could not be read.
pub fn bad_count(lang: Lang, n: usize, listed: usize) -> String {
    let all = counted(lang, n, Noun::Answer);
    let not_read = match lang {
        Lang::En => format!(
            "{all} could not be read (not a number, or outside the scale) and count as not answered"
        ),
        Lang::Nl => format!(
            "{all} waren niet te lezen (geen getal, of buiten de schaal) en tellen als niet beantwoord"
        ),
    };
    if listed < n {
        match lang {
            Lang::En => format!("{not_read}; the first {} are listed.", count(lang, listed)),
            Lang::Nl => format!(
                "{not_read}; de eerste {} staan hieronder.",
                count(lang, listed)
            ),
        }
    } else {
        format!("{not_read}.")
    }
}

/// The chart's text alternative: the lowest and highest average.
pub fn chart_summary(lang: Lang, tps: &[TouchpointStats]) -> String {
    let rated: Vec<(&str, f64)> = tps
        .iter()
        .filter_map(|t| Some((t.name.as_str(), t.mean?)))
        .collect();
    let lowest = rated.iter().min_by(|a, b| a.1.total_cmp(&b.1));
    let highest = rated.iter().max_by(|a, b| a.1.total_cmp(&b.1));
    let (Some(lo), Some(hi)) = (lowest, highest) else {
        return match lang {
            Lang::En => "Nobody rated a touchpoint.".into(),
            Lang::Nl => "Niemand heeft een contactmoment gescoord.".into(),
        };
    };
    let n = counted(lang, tps.len(), Noun::Touchpoint);
    let (lq, hq) = (quoted(lang, lo.0), quoted(lang, hi.0));
    let (lv, hv) = (decimal(lang, lo.1, 1), decimal(lang, hi.1, 1));
    match lang {
        Lang::En => format!(
            "The customers' averages over {n}: lowest at {lq} ({lv}), highest at {hq} ({hv})."
        ),
        Lang::Nl => format!(
            "De gemiddelden van je klanten over {n}: het laagst bij {lq} ({lv}), het hoogst bij {hq} ({hv})."
        ),
    }
}

/// The scale of the recommend question, for its picker.
pub fn nps_scale(lang: Lang, s: NpsScale) -> &'static str {
    match s {
        NpsScale::ZeroToTen => S::NpsZeroToTen.get(lang),
        NpsScale::OneToTen => S::NpsOneToTen.get(lang),
    }
}

/// Every fixed string and sentence with sample values, for the house-style checks.
#[cfg(test)]
pub(crate) fn every_sentence(lang: Lang) -> Vec<String> {
    use crate::model::Scale;
    use crate::model::survey::{ColumnInfo, Mapping, Shape};
    let mut out: Vec<String> = S::ALL.iter().map(|s| s.get(lang).to_string()).collect();
    for n in [1, 3, 10_000] {
        for v in [
            Verdict::NotEnough,
            Verdict::Better {
                n,
                r_remembered: 0.71,
                r_mean: 0.64,
            },
            Verdict::NoBetter {
                n,
                r_remembered: 0.6,
                r_mean: 0.62,
            },
            Verdict::Worse {
                n,
                r_remembered: -0.05,
                r_mean: 0.5,
            },
        ] {
            out.push(verdict(lang, &v));
        }
        out.push(respondents(lang, n, n));
        out.push(matched(lang, n, n));
        out.push(bad_count(lang, n, 1));
        let nps = Nps {
            score: 12.0,
            ci95: [-3.0, 27.0],
            n,
            promoters: n,
            passives: 0,
            detractors: 0,
            scale: NpsScale::ZeroToTen,
            n_for_margin_5: n,
            n_for_margin_10: n,
        };
        out.push(nps_interval(lang, &nps));
        out.push(nps_margins(lang, &nps));
        out.push(segment_nps(lang, "Regio", "Noord", &nps));
        out.push(share(lang, n, n));
        let f = Fitted {
            peak: 0.31,
            end: -0.52,
            mean: 0.4,
            intercept: 1.2,
            r2: 0.48,
            mae_cv: 0.9,
            mae_rule: 1.1,
            n,
            usable: false,
        };
        out.push(fitted_formula(lang, &f));
        out.push(fitted_error(lang, &f));
        out.push(driver(
            lang,
            &Driver {
                name: "Offerte".into(),
                index: 0,
                promoters_mean: 8.1,
                detractors_mean: 5.2,
                gap: 2.9,
                ci95: Some([2.5, 3.3]),
                n_promoters: n,
                n_detractors: n,
            },
        ));
    }
    out.push(mean_weight_note(lang, 0.4));
    out.push(difference(lang, 0.07, [0.01, 0.13], 0.02));
    out.push(difference(lang, -0.01, [-0.08, 0.06], 0.0001));
    out.push(reading(lang, "survey.csv", 5, 10));
    out.push(reading(lang, "survey.csv", 0, 0));
    out.push(journey_title(lang, "survey.csv"));
    for beyond in [true, false] {
        out.push(nps_difference(
            lang,
            &NpsDifference {
                column: "Regio".into(),
                a: "Noord".into(),
                b: "Zuid".into(),
                diff: 12.0,
                ci95: [2.0, 22.0],
                beyond_chance: beyond,
            },
        ));
    }
    let mapping = Mapping {
        shape: Shape::Wide,
        roles: vec![Role::Touchpoint],
        touchpoints: vec![0],
        items: vec![],
        overall_item: None,
        nps_item: None,
        touchpoint_scale: Scale::default(),
        overall_scale: Scale::default(),
        nps_scale: NpsScale::OneToTen,
    };
    for (format, source, rows) in [
        (
            Format::Text {
                separator: ';',
                decimal_comma: true,
            },
            Source::Qualtrics,
            3,
        ),
        (
            Format::Text {
                separator: '\t',
                decimal_comma: false,
            },
            Source::Plain,
            1,
        ),
        (
            Format::Xlsx {
                sheet: "Blad1".into(),
            },
            Source::SurveyMonkey,
            2,
        ),
    ] {
        out.push(detected(
            lang,
            &Detected {
                format,
                source,
                header_rows: rows,
                columns: vec![ColumnInfo::default()],
                mapping: mapping.clone(),
                items: vec![],
            },
        ));
    }
    for r in [Role::Ignore, Role::Touchpoint, Role::Overall, Role::Nps] {
        out.push(role(lang, r).to_string());
    }
    let tp = |name: &str, mean| TouchpointStats {
        name: name.into(),
        mean,
        ..TouchpointStats::default()
    };
    out.push(chart_summary(
        lang,
        &[tp("Offerte", Some(4.25)), tp("Factuur", Some(7.5))],
    ));
    out.push(chart_summary(lang, &[tp("Offerte", None)]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verdict_says_better_only_when_the_interval_does() {
        let v = |kind: fn(usize, f64, f64) -> Verdict| {
            (
                verdict(Lang::En, &kind(1240, 0.71, 0.64)),
                verdict(Lang::Nl, &kind(1240, 0.71, 0.64)),
            )
        };
        let (en, nl) = v(|n, a, b| Verdict::Better {
            n,
            r_remembered: a,
            r_mean: b,
        });
        assert_eq!(
            en,
            "For these 1,240 respondents, the peak and the end predict the overall rating better than the average of all moments does (r 0.71 against 0.64)."
        );
        assert!(
            nl.contains("1240 respondenten")
                && nl.contains("beter dan")
                && nl.contains("r 0,71 tegen 0,64"),
            "{nl}"
        );
        let (en, nl) = v(|n, a, b| Verdict::NoBetter {
            n,
            r_remembered: a,
            r_mean: b,
        });
        assert!(
            en.contains("no better than") && en.contains("could be chance"),
            "{en}"
        );
        assert!(
            nl.contains("niet beter dan") && nl.contains("toeval"),
            "{nl}"
        );
        let (en, nl) = v(|n, a, b| Verdict::Worse {
            n,
            r_remembered: a,
            r_mean: b,
        });
        assert!(en.contains("worse than") && !en.contains("better"), "{en}");
        assert!(nl.contains("slechter dan") && !nl.contains("beter"), "{nl}");
        let none = verdict(Lang::En, &Verdict::NotEnough);
        assert!(
            none.contains("at least 10") && !none.contains("better"),
            "{none}"
        );
        // One respondent reads in the singular (never reached: fewer than 10 is NotEnough).
        let one = Verdict::NoBetter {
            n: 1,
            r_remembered: 0.5,
            r_mean: 0.5,
        };
        assert!(verdict(Lang::En, &one).contains("these 1 respondent,"));
    }

    #[test]
    fn correlations_keep_two_decimals_and_the_local_separator() {
        assert_eq!(fixed(Lang::En, 0.7, 2), "0.70");
        assert_eq!(fixed(Lang::Nl, -0.051, 2), "−0,05");
        assert_eq!(fixed(Lang::En, -0.001, 2), "0.00");
        assert_eq!(interval(Lang::Nl, [0.61, 0.78], 2), "0,61 tot 0,78");
        assert_eq!(signed_fixed(Lang::Nl, 1.0, 1), "+1,0");
        assert_eq!(signed_fixed(Lang::En, -0.25, 1), "−0.2");
        assert_eq!(signed_fixed(Lang::En, 0.01, 1), "0.0");
        assert_eq!(
            difference(Lang::En, 0.07, [0.012, 0.13], 0.0004),
            "Difference in r: +0.07 (95% interval 0.01 to 0.13; p < 0.001)."
        );
    }

    #[test]
    fn nps_sentences_give_the_interval_the_base_and_the_margins() {
        let nps = Nps {
            score: 12.0,
            ci95: [-3.4, 27.2],
            n: 312,
            promoters: 120,
            passives: 110,
            detractors: 82,
            scale: NpsScale::ZeroToTen,
            n_for_margin_5: 1_480,
            n_for_margin_10: 370,
        };
        assert_eq!(
            nps_interval(Lang::En, &nps),
            "95% interval −3 to +27, from 312 answers"
        );
        assert_eq!(
            nps_interval(Lang::Nl, &nps),
            "95%-interval −3 tot +27, uit 312 antwoorden"
        );
        assert!(nps_margins(Lang::En, &nps).contains("about 1,480 answers; for ±10, about 370"));
        assert_eq!(share(Lang::Nl, 120, 312), "38% (120)");
        assert_eq!(share(Lang::En, 0, 0), "0% (0)");
    }

    #[test]
    fn reading_shows_whole_percentages_and_never_more_than_all() {
        assert_eq!(reading(Lang::En, "a.csv", 1, 3), "Reading “a.csv”: 33%");
        assert_eq!(
            reading(Lang::Nl, "a.csv", 9, 3),
            "‘a.csv’ wordt ingelezen: 100%"
        );
    }

    #[test]
    fn the_detected_format_reads_as_a_sentence() {
        let all = every_sentence(Lang::En);
        assert!(
            all.iter().any(|s| s
                == "Read as: Qualtrics export; separated by “;”; decimal comma; 3 header rows."),
            "{all:?}"
        );
        let nl = every_sentence(Lang::Nl);
        assert!(
            nl.iter()
                .any(|s| s == "Gelezen als: tabel; gescheiden door tabs; 1 kopregel."),
            "{nl:?}"
        );
    }

    #[test]
    fn a_negative_weight_is_written_with_a_minus_and_the_mean_note_follows_its_size() {
        let f = Fitted {
            peak: 0.31,
            end: -0.52,
            mean: 0.08,
            intercept: 1.2,
            r2: 0.48,
            mae_cv: 0.9,
            mae_rule: 1.1,
            n: 1240,
            usable: false,
        };
        assert_eq!(
            fitted_formula(Lang::En, &f),
            "overall ≈ 1.20 + 0.31 × peak − 0.52 × end + 0.08 × average (R² 0.48, n 1,240)"
        );
        assert!(mean_weight_matters(&f), "0.08 ≥ min(0.31, −0.52)");
        let g = Fitted { end: 0.5, ..f };
        assert!(!mean_weight_matters(&g));
        assert!(mean_weight_matters(&Fitted { mean: 0.4, ..g }));
    }
}
