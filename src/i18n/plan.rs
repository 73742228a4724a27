//! The words of the moments-of-truth panel and the twelve-week plan (table `PL`), and its
//! few sentences with numbers, in English and Dutch (seed `003`'s own words: "Momenten van
//! de Waarheid", "iedere vrijdag", "de norm"). Pure Rust.

use super::Lang;
use super::number::{count, decimal};
use crate::model::{Date, Decision};

strings! {
    enum PL;
    PanelTitle => "Moments of truth and 12 weeks of attention", "Momenten van de Waarheid en 12 weken aandacht";
    PanelIntro => "Name the moments where an employee is in contact with a customer, rank the ten that matter most, and work on one every week: pick it on Friday, carry it out, evaluate it the next Friday and keep what works as the norm.",
        "Benoem de momenten waarop een medewerker contact heeft met een klant, kies de tien belangrijkste, en werk er iedere week aan: kies er op vrijdag één, voer het uit, evalueer het de vrijdag erna en houd wat werkt vast als norm.";
    EmployeeJourney => "This is an employee journey (internal moments: one-to-ones, sick leave, meetings)", "Dit is een medewerkersreis (interne momenten: bila, ziekteverzuim, overleg)";
    TopTitle => "Top 10 moments of truth", "Top 10 Momenten van de Waarheid";
    TopNone => "No moments of truth yet. Mark touchpoints as a moment of truth in their details (or in the touchpoint list) to rank them here.",
        "Nog geen Momenten van de Waarheid. Markeer contactmomenten als Moment van de Waarheid in hun details om ze hier te rangschikken.";
    TopCaption => "Ranked by ΔR, how much one step better lifts the remembered score; then negative stories; then the failure demand it causes.",
        "Gerangschikt op ΔR, hoeveel één stap beter de herinnerde score verhoogt; dan negatieve verhalen; dan de onnodige contacten die het veroorzaakt.";
    ColRank => "#", "#";
    ColMoment => "Moment", "Moment";
    ColDeltaR => "ΔR", "ΔR";
    ColNegative => "Negative stories", "Negatieve verhalen";
    ColFailure => "Failure demand caused", "Veroorzaakte onnodige contacten";
    ColTeam => "Team's order", "Volgorde van het team";
    ColGap => "Promoters − detractors (survey)", "Promotors − critici (enquête)";
    MoveUp => "Move up", "Omhoog";
    MoveDown => "Move down", "Omlaag";
    ResetOrder => "Use Peakend's order", "Volgorde van Peakend gebruiken";
    StartTitle => "Start the 12 weeks", "Start de 12 weken";
    StartOn => "First Friday", "Eerste vrijdag";
    Start => "Start the plan", "Start het plan";
    StartHint => "The team's own order of the top 10 is kept with the plan.", "De eigen volgorde van het team wordt bij het plan bewaard.";
    Week => "Week", "Week";
    PickedOn => "picked on", "gekozen op";
    EvaluatedOn => "evaluated on", "geëvalueerd op";
    WeekMoment => "Moment of truth this week", "Moment van de Waarheid deze week";
    NoMoment => "(not chosen yet)", "(nog niet gekozen)";
    Answer => "Our answer", "Ons antwoord";
    Actions => "Actions this week", "Acties deze week";
    Evaluation => "What worked best?", "Wat werkte het best?";
    Decision => "Decision", "Besluit";
    DecisionNone => "not yet", "nog niet";
    Before => "Rating before", "Waardering vooraf";
    After => "Rating after", "Waardering achteraf";
    Record => "Record the remembered score now", "Leg de herinnerde score nu vast";
    AsBefore => "Use as the rating before", "Gebruik als waardering vooraf";
    AsAfter => "Use as the rating after", "Gebruik als waardering achteraf";
    Recorded => "Remembered score recorded", "Vastgelegde herinnerde score";
    AddWeek => "Add a week", "Week toevoegen";
    RemoveWeek => "Remove the last week", "Laatste week verwijderen";
    RemovePlan => "Delete the plan", "Plan verwijderen";
    RemovePlanConfirm => "Delete the whole plan with its weeks and norms? (Undo brings it back.)", "Het hele plan met zijn weken en normen verwijderen? (Ongedaan maken zet het terug.)";
    Calendar => "Download for your calendar (.ics)", "Downloaden voor je agenda (.ics)";
    NormsTitle => "Our norms", "Onze normen";
    NormsNone => "No norms yet: a week decided as “make it the norm” appears here.", "Nog geen normen: een week met het besluit ‘wordt de norm’ verschijnt hier.";
    PrintNorms => "Print the norms", "Normen afdrukken";
    PrintWeek => "Print this week", "Deze week afdrukken";
    RunTitle => "Remembered score over the weeks", "Herinnerde score over de weken";
    RunNone => "Record the remembered score at the end of each week to see the run chart.", "Leg aan het eind van elke week de herinnerde score vast om het verloop te zien.";
    Median => "median", "mediaan";
    Norm => "norm", "norm";
    WeekShort => "wk", "wk";
}

/// A decision's words.
pub fn decision(l: Lang, d: Decision) -> &'static str {
    match (l, d) {
        (Lang::En, Decision::Norm) => "Make it the norm",
        (Lang::Nl, Decision::Norm) => "Wordt de norm",
        (Lang::En, Decision::Adapt) => "Adapt",
        (Lang::Nl, Decision::Adapt) => "Aanpassen",
        (Lang::En, Decision::Drop) => "Drop",
        (Lang::Nl, Decision::Drop) => "Laten vallen",
    }
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_NL: [&str; 12] = [
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];

/// A Friday the way people say it: "Fri 4 Dec 2026" / "vr 4 dec 2026".
pub fn friday(l: Lang, d: Date) -> String {
    let m = usize::from(d.month().saturating_sub(1)).min(11);
    match l {
        Lang::En => format!("Fri {} {} {}", d.day(), MONTHS_EN[m], d.year()),
        Lang::Nl => format!("vr {} {} {}", d.day(), MONTHS_NL[m], d.year()),
    }
}

/// "“Engineer at the door” is rated −3 now (after a group round: the group's mean)."
pub fn rating_now(l: Lang, name: &str, r: f64) -> String {
    let (name, r) = (super::quoted(l, name), super::signed(l, r, 2));
    match l {
        Lang::En => {
            format!("{name} is rated {r} now (after a group round, the group's mean).")
        }
        Lang::Nl => {
            format!("{name} staat nu op {r} (na een groepsronde het gemiddelde van de groep).")
        }
    }
}

/// The week's heading: "Week 3 · picked on Fri 18 Dec 2026".
pub fn week_heading(l: Lang, n: usize, picked: Option<Date>) -> String {
    match picked {
        Some(d) => format!(
            "{} {n} · {} {}",
            PL::Week.get(l),
            PL::PickedOn.get(l),
            friday(l, d)
        ),
        None => format!("{} {n}", PL::Week.get(l)),
    }
}

/// "3 of 12 weeks decided, 2 norms."
pub fn progress(l: Lang, decided: usize, weeks: usize, norms: usize) -> String {
    match l {
        Lang::En => format!(
            "{} of {} weeks decided, {} {}.",
            count(l, decided),
            count(l, weeks),
            count(l, norms),
            if norms == 1 { "norm" } else { "norms" }
        ),
        Lang::Nl => format!(
            "{} van {} weken besloten, {} {}.",
            count(l, decided),
            count(l, weeks),
            count(l, norms),
            if norms == 1 { "norm" } else { "normen" }
        ),
    }
}

/// The run chart's text alternative: every recorded week, the median and whether a shift
/// shows.
pub fn run_summary(
    l: Lang,
    points: &[(usize, f64, bool)],
    median: f64,
    run: usize,
    shift: bool,
) -> String {
    let list: Vec<String> = points
        .iter()
        .map(|(w, r, norm)| {
            let n = if *norm {
                format!(" ({})", PL::Norm.get(l))
            } else {
                String::new()
            };
            format!("{} {w}: {}{n}", PL::Week.get(l), decimal(l, *r, 2))
        })
        .collect();
    let m = decimal(l, median, 2);
    match (l, shift) {
        (Lang::En, true) => format!(
            "{}. Median {m}. {run} weeks in a row on one side of the median: a shift, not noise.",
            list.join("; ")
        ),
        (Lang::En, false) => format!(
            "{}. Median {m}. No run of six weeks on one side of the median yet.",
            list.join("; ")
        ),
        (Lang::Nl, true) => format!(
            "{}. Mediaan {m}. {run} weken op rij aan één kant van de mediaan: een verschuiving, geen toeval.",
            list.join("; ")
        ),
        (Lang::Nl, false) => format!(
            "{}. Mediaan {m}. Nog geen zes weken op rij aan één kant van de mediaan.",
            list.join("; ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fridays_and_headings_read_naturally() {
        let d = Date::parse("2026-12-18").unwrap();
        assert_eq!(friday(Lang::En, d), "Fri 18 Dec 2026");
        assert_eq!(friday(Lang::Nl, d), "vr 18 dec 2026");
        assert_eq!(
            week_heading(Lang::Nl, 3, Some(d)),
            "Week 3 · gekozen op vr 18 dec 2026"
        );
        assert_eq!(
            progress(Lang::En, 1, 12, 1),
            "1 of 12 weeks decided, 1 norm."
        );
        assert_eq!(
            progress(Lang::Nl, 3, 12, 2),
            "3 van 12 weken besloten, 2 normen."
        );
    }

    #[test]
    fn the_run_chart_in_words() {
        let pts = [(1, -4.0, false), (2, -3.0, true)];
        let en = run_summary(Lang::En, &pts, -3.5, 1, false);
        assert_eq!(
            en,
            "Week 1: −4; Week 2: −3 (norm). Median −3.5. No run of six weeks on one side of the median yet."
        );
        let nl = run_summary(Lang::Nl, &pts, -3.5, 6, true);
        assert!(nl.contains("Mediaan −3,5. 6 weken op rij"), "{nl}");
    }
}
