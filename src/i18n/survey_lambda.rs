//! The words of "your customers' λ" (table `Y`) and of the survey as the customer's side
//! of the expectations, in English and Dutch. Pure Rust.

use super::Lang;
use super::number::{count, decimal};
use crate::analysis::lanes::LambdaEstimate;
use crate::model::LambdaRefusal;

strings! {
    enum Y;
    Title => "Your customers' λ", "De λ van je klanten";
    UseLambda => "Use your customers' λ", "Gebruik de λ van je klanten";
    UseLambdaHint => "Sets how heavily a withdrawal weighs in the emotional bank account, rounded to two decimals. Undo puts the old weight back.",
        "Stelt in hoe zwaar een opname weegt op de emotionele bankrekening, afgerond op twee decimalen. Met Ongedaan maken komt het oude gewicht terug.";
    InUse => "In use for the emotional bank account.", "Wordt al gebruikt voor de emotionele bankrekening.";
    NoEstimate => "These answers cannot estimate λ: that takes at least 10 respondents with an overall rating, good and bad moments that vary, and good moments that raise the overall rating.",
        "Met deze antwoorden valt λ niet te schatten: daarvoor zijn minstens 10 respondenten met een totaaloordeel nodig, goede en slechte momenten die verschillen, en goede momenten die het totaaloordeel verhogen.";
    Unbounded => "The interval has no upper end: in too many resamples the good moments did not raise the overall rating, so this estimate is too uncertain to use for the bank account.",
        "Het interval heeft geen bovengrens: in te veel trekkingen verhoogden de goede momenten het totaaloordeel niet, dus deze schatting is te onzeker voor de bankrekening.";
    TooLarge => "λ̂ is above 100, the most the bank account allows: one bad moment would outweigh any journey, so it is not used.",
        "λ̂ ligt boven 100, het hoogste dat de bankrekening toestaat: één slecht moment zou dan elke klantreis overstemmen, dus het wordt niet gebruikt.";
    TooSmall => "λ̂ is below 0.01: withdrawals would cost next to nothing, so it is not used.",
        "λ̂ ligt onder 0,01: opnames zouden dan bijna niets kosten, dus het wordt niet gebruikt.";
}

/// "Your customers weigh a bad moment λ̂ = 2.44 times a good one (95% interval 1.53 to
/// 2.59, n = 812). An estimate from this survey, not a law." The spaces around "=" do
/// not break, so "n =" never ends a line without its number.
pub fn lambda_sentence(lang: Lang, e: &LambdaEstimate) -> String {
    let d = |v: f64| decimal(lang, v, 2);
    let (lambda, low, n) = (d(e.lambda), d(e.ci_low), count(lang, e.n));
    match (lang, e.ci_high) {
        (Lang::En, Some(high)) => format!(
            "Your customers weigh a bad moment λ̂\u{a0}=\u{a0}{lambda} times a good one (95% interval {low} to {}, n\u{a0}=\u{a0}{n}). An estimate from this survey, not a law.",
            d(high)
        ),
        (Lang::En, None) => format!(
            "Your customers weigh a bad moment λ̂\u{a0}=\u{a0}{lambda} times a good one (95% interval from {low}, with no upper end, n\u{a0}=\u{a0}{n}). An estimate from this survey, not a law."
        ),
        (Lang::Nl, Some(high)) => format!(
            "Je klanten wegen een slecht moment λ̂\u{a0}=\u{a0}{lambda} keer zo zwaar als een goed moment (95%-interval {low} tot {}, n\u{a0}=\u{a0}{n}). Een schatting uit deze enquête, geen wet.",
            d(high)
        ),
        (Lang::Nl, None) => format!(
            "Je klanten wegen een slecht moment λ̂\u{a0}=\u{a0}{lambda} keer zo zwaar als een goed moment (95%-interval vanaf {low}, zonder bovengrens, n\u{a0}=\u{a0}{n}). Een schatting uit deze enquête, geen wet."
        ),
    }
}

/// Why the button is not offered.
pub fn refusal(lang: Lang, r: LambdaRefusal) -> &'static str {
    match r {
        LambdaRefusal::Unbounded => Y::Unbounded,
        LambdaRefusal::TooLarge => Y::TooLarge,
        LambdaRefusal::TooSmall => Y::TooSmall,
    }
    .get(lang)
}

/// Under the lanes: "Customers' side: survey means, n = 812 (at 3 of 5 touchpoints; the
/// others keep the journey's ratings)."
pub fn customer_side(lang: Lang, respondents: usize, matched: usize, total: usize) -> String {
    let n = count(lang, respondents);
    let all = matched == total;
    let (m, t) = (count(lang, matched), count(lang, total));
    match (lang, all) {
        (Lang::En, true) => format!("Customers' side: survey means, n\u{a0}=\u{a0}{n}."),
        (Lang::En, false) => format!(
            "Customers' side: survey means, n\u{a0}=\u{a0}{n} (at {m} of {t} touchpoints; the others keep the journey's ratings)."
        ),
        (Lang::Nl, true) => format!("Klantkant: gemiddelden uit de enquête, n\u{a0}=\u{a0}{n}."),
        (Lang::Nl, false) => format!(
            "Klantkant: gemiddelden uit de enquête, n\u{a0}=\u{a0}{n} (bij {m} van de {t} contactmomenten; de andere houden de scores van de klantreis)."
        ),
    }
}

/// Every sentence with sample values, for the house-style tests.
#[cfg(test)]
pub(crate) fn every_sentence(lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = Y::ALL.iter().map(|y| y.get(lang).to_string()).collect();
    for n in [1, 3, 10_000] {
        let e = LambdaEstimate {
            lambda: 2.4371,
            ci_low: 1.7,
            ci_high: (n != 3).then_some(3.6),
            n,
            b_positive: 0.5,
            b_negative: 1.2,
            resamples: 1000,
        };
        out.push(lambda_sentence(lang, &e));
        out.push(customer_side(lang, n, 3, 5));
        out.push(customer_side(lang, n, 5, 5));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_estimate_reads_with_its_interval_and_n() {
        let mut e = LambdaEstimate {
            lambda: 2.4,
            ci_low: 1.7,
            ci_high: Some(3.6),
            n: 812,
            b_positive: 0.5,
            b_negative: 1.2,
            resamples: 1000,
        };
        assert_eq!(
            lambda_sentence(Lang::En, &e),
            "Your customers weigh a bad moment λ̂\u{a0}=\u{a0}2.4 times a good one (95% interval 1.7 to 3.6, n\u{a0}=\u{a0}812). An estimate from this survey, not a law."
        );
        e.ci_high = None;
        e.n = 1812;
        assert_eq!(
            lambda_sentence(Lang::Nl, &e),
            "Je klanten wegen een slecht moment λ̂\u{a0}=\u{a0}2,4 keer zo zwaar als een goed moment (95%-interval vanaf 1,7, zonder bovengrens, n\u{a0}=\u{a0}1812). Een schatting uit deze enquête, geen wet."
        );
        assert_eq!(
            customer_side(Lang::Nl, 812, 2, 2),
            "Klantkant: gemiddelden uit de enquête, n\u{a0}=\u{a0}812."
        );
    }
}
