//! The words of the stories panel (table `ST`, seed `000`): entering stories during a
//! session, the list and its filters, the pattern, the mismatch, recurring words, pasting
//! and importing, and the chart's story markers, in English and Dutch (je).

use super::number::count;
use super::sentences::quoted;
use super::{Lang, scale_range};
use crate::io::csv::stories::{StoriesCsvError, StoryRowError, StoryRowProblem};
use crate::model::{DateError, ModelError, Story, Teller};

strings! {
    enum ST;
    Title => "Stories", "Verhalen";
    Intro => "Collect concrete moments from employees and customers: the time we made a customer very happy, the time we dropped the ball. Collected systematically, they show a pattern.",
        "Verzamel concrete momenten van medewerkers en klanten: de keer dat we een klant heel blij maakten, de keer dat we de bal lieten vallen. Verzamel je ze systematisch, dan zie je een patroon.";
    NewStory => "New story", "Nieuw verhaal";
    Text => "What happened?", "Wat gebeurde er?";
    TextHint => "Ctrl+Enter (⌘+Enter on a Mac) adds the story; told by, feeling and what it is about stay for the next one.",
        "Met Ctrl+Enter (⌘+Enter op een Mac) voeg je het verhaal toe; verteller, gevoel en waarover het gaat blijven staan voor het volgende.";
    Teller => "Told by", "Verteld door";
    Employee => "Employee", "Medewerker";
    Customer => "Customer", "Klant";
    Employees => "Employees", "Medewerkers";
    Customers => "Customers", "Klanten";
    Who => "Name or role (optional)", "Naam of rol (optioneel)";
    Valence => "How did it feel?", "Hoe voelde het?";
    ValenceLow => "We dropped the ball", "We lieten de bal vallen";
    ValenceHigh => "Made them very happy", "Klant heel blij gemaakt";
    About => "About", "Gaat over";
    AboutNothing => "Nothing in particular", "Niets in het bijzonder";
    TouchpointsGroup => "Touchpoints", "Contactmomenten";
    PhasesGroup => "Phases", "Fases";
    Themes => "Themes (separated by commas)", "Thema's (gescheiden door komma's)";
    ThemesUsed => "Themes used so far", "Thema's tot nu toe";
    Date => "Date", "Datum";
    Add => "Add story", "Verhaal toevoegen";
    Added => "Story added.", "Verhaal toegevoegd.";
    NoText => "Write what happened first.", "Schrijf eerst op wat er gebeurde.";
    BadDate => "A date is written as YYYY-MM-DD, like 2026-12-04.",
        "Een datum schrijf je als JJJJ-MM-DD, bijvoorbeeld 2026-12-04.";
    // --- the list ---
    ListHeading => "The stories", "De verhalen";
    Filters => "Show stories", "Verhalen tonen";
    FilterTouchpoint => "Touchpoint", "Contactmoment";
    FilterTeller => "Told by", "Verteld door";
    FilterTheme => "Theme", "Thema";
    All => "All", "Alle";
    ClearFilters => "Show all stories", "Alle verhalen tonen";
    NoStories => "No stories yet.", "Nog geen verhalen.";
    NoMatch => "No story matches these filters.", "Geen verhaal past bij deze filters.";
    ShowMore => "Show more", "Meer tonen";
    Edit => "Edit", "Bewerken";
    Done => "Done", "Klaar";
    Delete => "Delete", "Verwijderen";
    // --- the pattern ---
    Patterns => "Patterns", "Patronen";
    PatternsEmpty => "The pattern appears here once there are stories.",
        "Het patroon verschijnt hier zodra er verhalen zijn.";
    ByTouchpoint => "Per touchpoint", "Per contactmoment";
    ByTheme => "Per theme", "Per thema";
    ColStories => "Stories", "Verhalen";
    ColPositive => "Positive", "Positief";
    ColNegative => "Negative", "Negatief";
    Mismatch => "Where employees and customers tell different stories",
        "Waar medewerkers en klanten iets anders vertellen";
    NoMismatch => "No touchpoint where employees mostly tell good stories and customers mostly bad ones.",
        "Er is geen contactmoment waar medewerkers vooral goede en klanten vooral slechte verhalen vertellen.";
    Words => "Recurring words", "Terugkerende woorden";
    WordsIntro => "Words that several stories share and that are no theme yet; one click offers a word as a theme for the next story.",
        "Woorden die in meerdere verhalen terugkomen en nog geen thema zijn; met één klik zet je een woord als thema klaar voor het volgende verhaal.";
    WordsPositive => "In good stories", "In goede verhalen";
    WordsNegative => "In bad stories", "In slechte verhalen";
    NoWords => "No word recurs yet.", "Nog geen woord komt vaker terug.";
    // --- paste, import, export ---
    Bulk => "Paste or import many stories", "Veel verhalen tegelijk plakken of importeren";
    BulkHint => "One story per line (told by, feeling and what it is about as chosen above), or a CSV with a header row: text, teller, valence, touchpoint, themes, date (Dutch headers work too).",
        "Eén verhaal per regel (verteller, gevoel en waarover het gaat zoals hierboven gekozen), of een CSV met een kopregel: tekst, verteller, waardering, contactmoment, thema's, datum (Engelse kopjes werken ook).";
    Paste => "Stories to add", "Verhalen om toe te voegen";
    AddPasted => "Add these stories", "Deze verhalen toevoegen";
    ImportFile => "Import a CSV file", "CSV-bestand importeren";
    Export => "Export stories (CSV)", "Verhalen exporteren (CSV)";
    NothingAdded => "Nothing was added.", "Er is niets toegevoegd.";
    // --- the chart ---
    Markers => "Stories per touchpoint", "Verhalen per contactmoment";
    // --- presentation and print ---
    PresentShow => "Stories (S)", "Verhalen (S)";
    PresentHide => "Back to the touchpoints (S)", "Terug naar de contactmomenten (S)";
    PrintCards => "Print the stories as cards", "Verhalen afdrukken als kaartjes";
}

/// "1 story", "10,000 stories"; "1 verhaal", "10.000 verhalen".
pub fn stories_count(l: Lang, n: usize) -> String {
    let c = count(l, n);
    match (l, n) {
        (Lang::En, 1) => format!("{c} story"),
        (Lang::En, _) => format!("{c} stories"),
        (Lang::Nl, 1) => format!("{c} verhaal"),
        (Lang::Nl, _) => format!("{c} verhalen"),
    }
}

/// The panel's summary: "Stories (12)".
pub fn panel_summary(l: Lang, n: usize) -> String {
    format!("{} ({})", ST::Title.get(l), count(l, n))
}

/// Under the list: how many match and how many are shown.
pub fn showing(l: Lang, shown: usize, matching: usize, total: usize) -> String {
    let all = stories_count(l, total);
    match (l, shown < matching, matching < total) {
        (Lang::En, false, false) => all,
        (Lang::Nl, false, false) => all,
        (Lang::En, false, true) => format!("{} of {all} match.", count(l, matching)),
        (Lang::Nl, false, true) => format!("{} van de {all} passen.", count(l, matching)),
        (Lang::En, true, false) => format!("Showing {} of {all}.", count(l, shown)),
        (Lang::Nl, true, false) => format!("{} van de {all} getoond.", count(l, shown)),
        (Lang::En, true, true) => format!(
            "Showing {} of {} matching ({all} in all).",
            count(l, shown),
            count(l, matching)
        ),
        (Lang::Nl, true, true) => format!(
            "{} van {} passende getoond ({all} in totaal).",
            count(l, shown),
            count(l, matching)
        ),
    }
}

/// After a paste or an import: "12 stories added."
pub fn added(l: Lang, n: usize) -> String {
    match l {
        Lang::En => format!("{} added.", stories_count(l, n)),
        Lang::Nl => format!("{} toegevoegd.", stories_count(l, n)),
    }
}

/// A story the model refused, in plain words.
pub fn model_error(l: Lang, e: &ModelError) -> String {
    match e {
        ModelError::OutsideScale { min, max } | ModelError::VoteOutsideScale { min, max } => {
            valence_error(l, *min, *max)
        }
        ModelError::RatingNotANumber => match l {
            Lang::En => "How it felt must be a number.".into(),
            Lang::Nl => "Hoe het voelde moet een getal zijn.".into(),
        },
        ModelError::TooManyStories => match l {
            Lang::En => format!(
                "A journey keeps at most {}; delete some first.",
                stories_count(l, crate::model::MAX_STORIES)
            ),
            Lang::Nl => format!(
                "Een klantreis bewaart hoogstens {}; verwijder er eerst een paar.",
                stories_count(l, crate::model::MAX_STORIES)
            ),
        },
        ModelError::NoSuchTouchpoint(_) | ModelError::NoSuchPhase(_) => match l {
            Lang::En => "What the story is about no longer exists; choose again.".into(),
            Lang::Nl => "Waar het verhaal over gaat, bestaat niet meer; kies opnieuw.".into(),
        },
        ModelError::NoSuchStory(_) => match l {
            Lang::En => "That story no longer exists.".into(),
            Lang::Nl => "Dat verhaal bestaat niet meer.".into(),
        },
        ModelError::Date(d) => date_error(l, d).into(),
        other => match l {
            Lang::En => format!("The story was not kept ({other})."),
            Lang::Nl => "Het verhaal is niet bewaard.".into(),
        },
    }
}

/// "How it felt must lie from −5 to +5."
pub fn valence_error(l: Lang, min: f64, max: f64) -> String {
    let range = scale_range(l, min, max);
    match l {
        Lang::En => format!("How it felt must be a number from {range}."),
        Lang::Nl => format!("Hoe het voelde moet een getal van {range} zijn."),
    }
}

fn date_error(l: Lang, e: &DateError) -> &'static str {
    match (l, e) {
        (_, DateError::Shape) => ST::BadDate.get(l),
        (Lang::En, DateError::NoSuchDay) => "That day is not in the calendar.",
        (Lang::Nl, DateError::NoSuchDay) => "Die dag staat niet in de kalender.",
        (Lang::En, DateError::OutOfRange) => "A date must lie between 1900 and 2200.",
        (Lang::Nl, DateError::OutOfRange) => "Een datum moet tussen 1900 en 2200 liggen.",
    }
}

/// One refused row: "Row 4: teller “robot” is neither employee nor customer."
pub fn row_error(l: Lang, e: &StoryRowError) -> String {
    let q = |s: &str| quoted(l, s);
    let why = match (l, &e.problem) {
        (Lang::En, StoryRowProblem::NoText) => "has no text".to_string(),
        (Lang::Nl, StoryRowProblem::NoText) => "heeft geen tekst".to_string(),
        (Lang::En, StoryRowProblem::BadTeller(t)) => {
            format!("told by {} is neither employee nor customer", q(t))
        }
        (Lang::Nl, StoryRowProblem::BadTeller(t)) => {
            format!("verteller {} is geen medewerker of klant", q(t))
        }
        (Lang::En, StoryRowProblem::BadValence(v)) => format!("{} is not a number", q(v)),
        (Lang::Nl, StoryRowProblem::BadValence(v)) => format!("{} is geen getal", q(v)),
        (_, StoryRowProblem::OutsideScale { value, min, max }) => {
            let range = scale_range(l, *min, *max);
            let v = l.number(*value, 2);
            match l {
                Lang::En => format!("{v} lies outside the scale, {range}"),
                Lang::Nl => format!("{v} ligt buiten de schaal, {range}"),
            }
        }
        (Lang::En, StoryRowProblem::NoSuchTouchpoint(n)) => {
            format!("there is no touchpoint called {}", q(n))
        }
        (Lang::Nl, StoryRowProblem::NoSuchTouchpoint(n)) => {
            format!("er is geen contactmoment dat {} heet", q(n))
        }
        (Lang::En, StoryRowProblem::NoSuchPhase(n)) => format!("there is no phase called {}", q(n)),
        (Lang::Nl, StoryRowProblem::NoSuchPhase(n)) => format!("er is geen fase die {} heet", q(n)),
        (_, StoryRowProblem::BadDate { text, error }) => {
            let why = date_error(l, error);
            match l {
                Lang::En => format!("date {}: {}", q(text), lower_first(why)),
                Lang::Nl => format!("datum {}: {}", q(text), lower_first(why)),
            }
        }
        (Lang::En, StoryRowProblem::Ragged { expected, found }) => {
            format!("has {found} cells where the header has {expected}")
        }
        (Lang::Nl, StoryRowProblem::Ragged { expected, found }) => {
            format!("heeft {found} cellen waar de kopregel er {expected} heeft")
        }
    };
    match l {
        Lang::En => format!("Row {}: {why}.", e.row),
        Lang::Nl => format!("Rij {}: {why}.", e.row),
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect::<String>(),
        None => String::new(),
    }
    .trim_end_matches('.')
    .to_string()
}

/// Why a paste or import added nothing: one line per problem (at most the listed rows),
/// the first saying nothing was added.
pub fn import_error(l: Lang, e: &StoriesCsvError) -> Vec<String> {
    let mut out = vec![ST::NothingAdded.get(l).to_string()];
    match e {
        StoriesCsvError::File(f) => out.push(super::files::csv_error(l, f)),
        StoriesCsvError::Empty => out.push(match l {
            Lang::En => "There is no story in it.".into(),
            Lang::Nl => "Er staat geen verhaal in.".into(),
        }),
        StoriesCsvError::TooMany { adding, max } => out.push(match l {
            Lang::En => format!(
                "Adding {} would make more than {}, the most a journey keeps.",
                stories_count(l, *adding),
                count(l, *max)
            ),
            Lang::Nl => format!(
                "Met {} erbij kom je boven de {}, het meeste dat een klantreis bewaart.",
                stories_count(l, *adding),
                count(l, *max)
            ),
        }),
        StoriesCsvError::Rows { listed, total } => {
            out.extend(listed.iter().map(|r| row_error(l, r)));
            let more = total.saturating_sub(listed.len());
            if more > 0 {
                out.push(match l {
                    Lang::En => format!("And {} more.", count(l, more)),
                    Lang::Nl => format!("En nog {} meer.", count(l, more)),
                });
            }
            out.push(match l {
                Lang::En => "Correct these rows and try again.".into(),
                Lang::Nl => "Verbeter deze rijen en probeer het opnieuw.".into(),
            });
        }
    }
    out
}

/// The mismatch at one touchpoint, in plain words.
pub fn mismatch_sentence(
    l: Lang,
    name: &str,
    employee_positive: usize,
    employees: usize,
    customer_negative: usize,
    customers: usize,
) -> String {
    let name = quoted(l, name);
    let (ep, e, cn, c) = (
        count(l, employee_positive),
        count(l, employees),
        count(l, customer_negative),
        count(l, customers),
    );
    match l {
        Lang::En => format!(
            "At {name}, employees mostly tell of making customers happy ({ep} of {e}), while customers mostly tell of the time we dropped the ball ({cn} of {c})."
        ),
        Lang::Nl => format!(
            "Bij {name} vertellen medewerkers vooral dat ze klanten blij maakten ({ep} van {e}), terwijl klanten vooral vertellen over de keer dat we de bal lieten vallen ({cn} van {c})."
        ),
    }
}

/// A recurring word's button: "Offer “wachttijd” as a theme (in 4 stories)".
pub fn add_as_theme(l: Lang, word: &str, stories: usize) -> String {
    let w = quoted(l, word);
    match l {
        Lang::En => format!("Add {w} as a theme (in {})", stories_count(l, stories)),
        Lang::Nl => format!("{w} als thema toevoegen (in {})", stories_count(l, stories)),
    }
}

/// A chart marker's button: "Delivery: 3 stories".
/// Who told a story: "Employee" or, with a name or role, "Employee, Engineer".
pub fn told_by(l: Lang, s: &Story) -> String {
    let teller = match s.teller {
        Teller::Employee => ST::Employee.get(l),
        Teller::Customer => ST::Customer.get(l),
    };
    if s.who.is_empty() {
        teller.to_string()
    } else {
        format!("{teller}, {}", s.who)
    }
}

/// "Story 3 of 12" / "Verhaal 3 van 12".
pub fn story_of(l: Lang, k: usize, n: usize) -> String {
    match l {
        Lang::En => format!("Story {} of {}", count(l, k), count(l, n)),
        Lang::Nl => format!("Verhaal {} van {}", count(l, k), count(l, n)),
    }
}

pub fn marker(l: Lang, name: &str, n: usize) -> String {
    format!("{name}: {}", stories_count(l, n))
}

/// The chart's text alternative for the stories: "Stories per touchpoint: “Delivery” 3,
/// “Invoice” 1." Empty when no story is about a touchpoint.
pub fn chart_sentence(l: Lang, names: &[&str], counts: &[usize]) -> String {
    let parts: Vec<String> = names
        .iter()
        .zip(counts)
        .filter(|(_, n)| **n > 0)
        .map(|(name, n)| format!("{} {}", quoted(l, name), count(l, *n)))
        .collect();
    if parts.is_empty() {
        return String::new();
    }
    format!("{}: {}.", ST::Markers.get(l), parts.join(", "))
}

/// A story's one-line description for its buttons: "Delete story 3".
pub fn story_action(l: Lang, action: ST, number: usize) -> String {
    match l {
        Lang::En => format!("{} story {}", action.get(l), count(l, number)),
        Lang::Nl => format!(
            "Verhaal {} {}",
            count(l, number),
            action.get(l).to_lowercase()
        ),
    }
}

/// Every built sentence with sample values, for the style tests.
#[cfg(test)]
pub fn every_sentence(l: Lang) -> Vec<String> {
    use crate::io::csv::CsvError;
    let mut out: Vec<String> = ST::ALL.iter().map(|s| s.get(l).to_string()).collect();
    for n in [1, 3, 10_000] {
        out.push(stories_count(l, n));
        out.push(panel_summary(l, n));
        out.push(showing(l, n.min(50), n, n + 1));
        out.push(showing(l, n, n, n));
        out.push(showing(l, 1, n + 1, n + 1));
        out.push(added(l, n));
        out.push(add_as_theme(l, "wachttijd", n));
        out.push(marker(l, "Levering", n));
        out.push(story_action(l, ST::Delete, n));
        out.extend(import_error(
            l,
            &StoriesCsvError::TooMany {
                adding: n,
                max: 10_000,
            },
        ));
    }
    out.push(mismatch_sentence(l, "Levering", 3, 4, 2, 3));
    out.push(chart_sentence(l, &["Bestellen", "Levering"], &[0, 3]));
    for e in [
        ModelError::OutsideScale {
            min: -5.0,
            max: 5.0,
        },
        ModelError::RatingNotANumber,
        ModelError::TooManyStories,
        ModelError::NoSuchTouchpoint(3),
        ModelError::NoSuchStory(2),
        ModelError::Date(DateError::NoSuchDay),
    ] {
        out.push(model_error(l, &e));
    }
    let problems = [
        StoryRowProblem::NoText,
        StoryRowProblem::BadTeller("robot".into()),
        StoryRowProblem::BadValence("veel".into()),
        StoryRowProblem::OutsideScale {
            value: 7.0,
            min: -5.0,
            max: 5.0,
        },
        StoryRowProblem::NoSuchTouchpoint("Nergens".into()),
        StoryRowProblem::NoSuchPhase("Nergens".into()),
        StoryRowProblem::BadDate {
            text: "2026-12-04".into(),
            error: DateError::NoSuchDay,
        },
        StoryRowProblem::Ragged {
            expected: 5,
            found: 6,
        },
    ];
    let listed: Vec<StoryRowError> = problems
        .into_iter()
        .enumerate()
        .map(|(i, problem)| StoryRowError {
            row: i + 2,
            problem,
        })
        .collect();
    out.extend(import_error(
        l,
        &StoriesCsvError::Rows { listed, total: 30 },
    ));
    out.extend(import_error(l, &StoriesCsvError::Empty));
    out.extend(import_error(l, &StoriesCsvError::File(CsvError::Utf16)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_row_is_named_in_both_languages() {
        let e = StoryRowError {
            row: 4,
            problem: StoryRowProblem::BadTeller("robot".into()),
        };
        assert_eq!(
            row_error(Lang::En, &e),
            "Row 4: told by “robot” is neither employee nor customer."
        );
        assert_eq!(
            row_error(Lang::Nl, &e),
            "Rij 4: verteller ‘robot’ is geen medewerker of klant."
        );
        let off = StoryRowError {
            row: 3,
            problem: StoryRowProblem::OutsideScale {
                value: 7.5,
                min: -5.0,
                max: 5.0,
            },
        };
        assert_eq!(
            row_error(Lang::Nl, &off),
            "Rij 3: 7,5 ligt buiten de schaal, −5 tot +5."
        );
    }

    #[test]
    fn counts_and_the_list_line() {
        assert_eq!(stories_count(Lang::Nl, 1), "1 verhaal");
        assert_eq!(stories_count(Lang::Nl, 10_000), "10.000 verhalen");
        assert_eq!(
            showing(Lang::En, 50, 1_234, 10_000),
            "Showing 50 of 1,234 matching (10,000 stories in all)."
        );
        assert_eq!(showing(Lang::Nl, 3, 3, 7), "3 van de 7 verhalen passen.");
        assert_eq!(
            showing(Lang::Nl, 50, 10_000, 10_000),
            "50 van de 10.000 verhalen getoond."
        );
        assert_eq!(
            model_error(
                Lang::En,
                &ModelError::OutsideScale {
                    min: -5.0,
                    max: 5.0
                }
            ),
            "How it felt must be a number from −5 to +5."
        );
    }
}
