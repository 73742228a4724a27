//! The model's own errors (a refused change; scale, memory model, bank account) in the
//! user's language.

use super::{Lang, n};
use crate::model::{
    BankError, MAX_BROKEN_PROMISE, MAX_INTERVIEWS, MAX_PARTICIPANTS, MAX_PLAN_WEEKS, MAX_PROMISES,
    MAX_STORIES, MAX_TOUCHPOINTS, MAX_WITHDRAWAL_WEIGHT, MemoryModelError, ModelError, ScaleError,
    TOP_MOMENTS,
};

pub fn scale_error(l: Lang, e: &ScaleError) -> &'static str {
    match (l, e) {
        (Lang::En, ScaleError::NotFinite) => "the scale bounds must be numbers",
        (Lang::Nl, ScaleError::NotFinite) => "de grenzen van de schaal moeten getallen zijn",
        (Lang::En, ScaleError::Inverted) => "the lowest value must be below the highest",
        (Lang::Nl, ScaleError::Inverted) => "de laagste waarde moet onder de hoogste liggen",
        (Lang::En, ScaleError::NeutralOutside) => "the neutral point lies outside the scale",
        (Lang::Nl, ScaleError::NeutralOutside) => "het neutrale punt ligt buiten de schaal",
        (Lang::En, ScaleError::BadStep) => "the step of the scale is not valid",
        (Lang::Nl, ScaleError::BadStep) => "de stapgrootte van de schaal klopt niet",
        (Lang::En, ScaleError::TooWide) => "the scale spans more than 1,000 points",
        (Lang::Nl, ScaleError::TooWide) => "de schaal beslaat meer dan 1000 punten",
    }
}

pub fn memory_error(l: Lang, e: &MemoryModelError) -> &'static str {
    match (l, e) {
        (Lang::En, MemoryModelError::BadWeight) => "a weight must be a number of zero or more",
        (Lang::Nl, MemoryModelError::BadWeight) => {
            "een gewicht moet een getal van nul of meer zijn"
        }
        (Lang::En, MemoryModelError::NoWeight) => "the peak and end weights cannot both be zero",
        (Lang::Nl, MemoryModelError::NoWeight) => {
            "de gewichten van piek en einde kunnen niet allebei nul zijn"
        }
        (Lang::En, MemoryModelError::EmptyEndWindow) => "the end must span at least one touchpoint",
        (Lang::Nl, MemoryModelError::EmptyEndWindow) => {
            "het einde moet minstens één contactmoment beslaan"
        }
    }
}

pub fn bank_error(l: Lang, e: &BankError) -> String {
    let (w, b) = (n(l, MAX_WITHDRAWAL_WEIGHT), n(l, MAX_BROKEN_PROMISE));
    match (l, e) {
        (Lang::En, BankError::BadWithdrawalWeight) => {
            format!("the withdrawal weight must be a number above 0 and at most {w}")
        }
        (Lang::Nl, BankError::BadWithdrawalWeight) => {
            format!("het gewicht van een opname moet een getal boven 0 en hoogstens {w} zijn")
        }
        (Lang::En, BankError::BadBrokenPromise) => {
            format!("the withdrawal for a broken promise must be a number from 0 to {b}")
        }
        (Lang::Nl, BankError::BadBrokenPromise) => {
            format!("de opname voor een gebroken belofte moet een getal van 0 tot {b} zijn")
        }
    }
}

/// Why a change was refused, as a sentence: "That change was not made: …".
pub fn model_error(l: Lang, e: &ModelError) -> String {
    let why = match (l, e) {
        (Lang::En, ModelError::NoSuchTouchpoint(_)) => "that touchpoint no longer exists".into(),
        (Lang::Nl, ModelError::NoSuchTouchpoint(_)) => "dat contactmoment bestaat niet meer".into(),
        (Lang::En, ModelError::NoSuchPhase(_)) => "that phase no longer exists".into(),
        (Lang::Nl, ModelError::NoSuchPhase(_)) => "die fase bestaat niet meer".into(),
        (Lang::En, ModelError::RatingNotANumber) => "a rating must be a number".into(),
        (Lang::Nl, ModelError::RatingNotANumber) => "een score moet een getal zijn".into(),
        (Lang::En, ModelError::BadDuration) => "a duration must be a number of zero or more".into(),
        (Lang::Nl, ModelError::BadDuration) => {
            "een duur moet een getal van nul of meer zijn".into()
        }
        (Lang::En, ModelError::TooManyTouchpoints) => format!(
            "a journey holds at most {} touchpoints",
            n(l, MAX_TOUCHPOINTS as f64)
        ),
        (Lang::Nl, ModelError::TooManyTouchpoints) => format!(
            "een klantreis heeft hoogstens {} contactmomenten",
            n(l, MAX_TOUCHPOINTS as f64)
        ),
        (Lang::En, ModelError::NoSuchParticipant(p)) => {
            format!("there is no participant {}", p + 1)
        }
        (Lang::Nl, ModelError::NoSuchParticipant(p)) => format!("er is geen deelnemer {}", p + 1),
        (Lang::En, ModelError::VoteOutsideScale { min, max })
        | (Lang::En, ModelError::OutsideScale { min, max }) => {
            format!(
                "the value must lie on the scale, from {} to {}",
                n(l, *min),
                n(l, *max)
            )
        }
        (Lang::Nl, ModelError::VoteOutsideScale { min, max })
        | (Lang::Nl, ModelError::OutsideScale { min, max }) => {
            format!(
                "de waarde moet op de schaal liggen, van {} tot {}",
                n(l, *min),
                n(l, *max)
            )
        }
        (Lang::En, ModelError::TooManyParticipants) => {
            format!("a group round holds at most {MAX_PARTICIPANTS} participants")
        }
        (Lang::Nl, ModelError::TooManyParticipants) => {
            format!("een groepsronde heeft hoogstens {MAX_PARTICIPANTS} deelnemers")
        }
        (Lang::En, ModelError::TooManyPromises) => {
            format!("a touchpoint carries at most {MAX_PROMISES} promises")
        }
        (Lang::Nl, ModelError::TooManyPromises) => {
            format!("een contactmoment heeft hoogstens {MAX_PROMISES} beloftes")
        }
        (Lang::En, ModelError::NoSuchPromise { index, .. }) => {
            format!("promise {} no longer exists", index + 1)
        }
        (Lang::Nl, ModelError::NoSuchPromise { index, .. }) => {
            format!("belofte {} bestaat niet meer", index + 1)
        }
        (Lang::En, ModelError::NoSuchCause(_)) => {
            "the contact that caused it no longer exists".into()
        }
        (Lang::Nl, ModelError::NoSuchCause(_)) => {
            "het contactmoment dat het veroorzaakte bestaat niet meer".into()
        }
        (Lang::En, ModelError::CausedBySelf) => "a contact cannot be caused by itself".into(),
        (Lang::Nl, ModelError::CausedBySelf) => {
            "een contactmoment kan niet door zichzelf veroorzaakt zijn".into()
        }
        (Lang::En, ModelError::CauseWithoutFailureDemand) => {
            "only a contact marked as failure demand has a cause".into()
        }
        (Lang::Nl, ModelError::CauseWithoutFailureDemand) => {
            "alleen een onnodig contact (faalvraag) heeft een oorzaak".into()
        }
        (Lang::En, ModelError::TooManyInterviews) => {
            format!(
                "a journey keeps at most {} interviews",
                n(l, MAX_INTERVIEWS as f64)
            )
        }
        (Lang::Nl, ModelError::TooManyInterviews) => format!(
            "een klantreis bewaart hoogstens {} interviews",
            n(l, MAX_INTERVIEWS as f64)
        ),
        (Lang::En, ModelError::NoSuchInterview(_)) => "that interview no longer exists".into(),
        (Lang::Nl, ModelError::NoSuchInterview(_)) => "dat interview bestaat niet meer".into(),
        (Lang::En, ModelError::BadDate(_) | ModelError::Date(_)) => {
            "a date is written as YYYY-MM-DD, like 2026-12-04".into()
        }
        (Lang::Nl, ModelError::BadDate(_) | ModelError::Date(_)) => {
            "een datum schrijf je als JJJJ-MM-DD, zoals 2026-12-04".into()
        }
        (Lang::En, ModelError::NoSuchStory(k)) => format!("story {} no longer exists", k + 1),
        (Lang::Nl, ModelError::NoSuchStory(k)) => format!("verhaal {} bestaat niet meer", k + 1),
        (Lang::En, ModelError::TooManyStories) => {
            format!(
                "a journey keeps at most {} stories",
                n(l, MAX_STORIES as f64)
            )
        }
        (Lang::Nl, ModelError::TooManyStories) => format!(
            "een klantreis bewaart hoogstens {} verhalen",
            n(l, MAX_STORIES as f64)
        ),
        (Lang::En, ModelError::NotAFriday) => {
            "a plan starts on a Friday, the day the first moment is picked".into()
        }
        (Lang::Nl, ModelError::NotAFriday) => {
            "een plan begint op een vrijdag, de dag waarop het eerste moment gekozen wordt".into()
        }
        (Lang::En, ModelError::NoPlan) => "this journey has no plan yet".into(),
        (Lang::Nl, ModelError::NoPlan) => "deze klantreis heeft nog geen plan".into(),
        (Lang::En, ModelError::PlanExists) => "this journey already has a plan".into(),
        (Lang::Nl, ModelError::PlanExists) => "deze klantreis heeft al een plan".into(),
        (Lang::En, ModelError::NoSuchWeek(k)) => format!("the plan has no week {}", k + 1),
        (Lang::Nl, ModelError::NoSuchWeek(k)) => format!("het plan heeft geen week {}", k + 1),
        (Lang::En, ModelError::TooManyWeeks) => {
            format!("a plan holds at most {MAX_PLAN_WEEKS} weeks")
        }
        (Lang::Nl, ModelError::TooManyWeeks) => {
            format!("een plan heeft hoogstens {MAX_PLAN_WEEKS} weken")
        }
        (Lang::En, ModelError::TooManyMoments) => {
            format!("the team's top holds at most {TOP_MOMENTS} different moments of truth")
        }
        (Lang::Nl, ModelError::TooManyMoments) => format!(
            "de top van het team heeft hoogstens {TOP_MOMENTS} verschillende Momenten van de Waarheid"
        ),
        (_, ModelError::Bank(b)) => bank_error(l, b),
        (_, ModelError::Scale(s)) => scale_error(l, s).into(),
        (_, ModelError::Memory(m)) => memory_error(l, m).into(),
    };
    match l {
        Lang::En => format!("That change was not made: {why}."),
        Lang::Nl => format!("Die wijziging is niet doorgevoerd: {why}."),
    }
}
