//! Net Promoter Score from raw answers, with the adjusted-Wald interval (Rocks 2016; Sauro
//! & Lewis, MeasuringU), the answers a ±5 / ±10 margin would need, the difference of two
//! independent scores, and what separates promoters from detractors (Welch 1947).

use super::features::Features;
use super::numerics::{Z95, t_quantile};
use super::sums::Sums;
use super::{Ci, Driver, Nps, NpsDifference};
use crate::model::survey::{NpsScale, SurveyData};

/// Promoters answer 9 or 10, passives 7 or 8, detractors 6 or lower (0–10 and 1–10 alike).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Promoter,
    Passive,
    Detractor,
}

/// The class of an answer already checked to lie on its scale; `None` for no answer.
pub fn class(v: f64) -> Option<Class> {
    if !v.is_finite() {
        None
    } else if v >= 9.0 {
        Some(Class::Promoter)
    } else if v >= 7.0 {
        Some(Class::Passive)
    } else {
        Some(Class::Detractor)
    }
}

/// The adjusted-Wald pieces: n' = n + 3, p' = (P + ¾)/n', d' = (D + ¾)/n', the adjusted
/// score p' − d' and its variance p' + d' − (p' − d')².
struct Adjusted {
    n: f64,
    score: f64,
    var: f64,
}

fn adjusted(nps: &Nps) -> Adjusted {
    let n = nps.n as f64 + 3.0;
    let p = (nps.promoters as f64 + 0.75) / n;
    let d = (nps.detractors as f64 + 0.75) / n;
    Adjusted {
        n,
        score: p - d,
        var: p + d - (p - d) * (p - d),
    }
}

/// Answers needed for a 95% margin of ±`margin` points at this mix: the n whose
/// adjusted-Wald half-width 100·1.96·√(var/(n + 3)) is at most the margin.
fn n_for_margin(var: f64, margin: f64) -> usize {
    let m = margin / 100.0;
    let need = (Z95 * Z95 * var / (m * m) - 3.0).ceil();
    need.max(1.0) as usize
}

/// The NPS of a group; `None` when nobody in it answered the recommend question.
pub fn nps(f: &Features, group: &[u32], scale: NpsScale) -> Option<Nps> {
    let (mut p, mut pa, mut d) = (0, 0, 0);
    for &i in group {
        match class(f.nps(i as usize)) {
            Some(Class::Promoter) => p += 1,
            Some(Class::Passive) => pa += 1,
            Some(Class::Detractor) => d += 1,
            None => {}
        }
    }
    from_counts(p, pa, d, scale)
}

/// The NPS of these counts; `None` when they are all zero.
pub fn from_counts(
    promoters: usize,
    passives: usize,
    detractors: usize,
    scale: NpsScale,
) -> Option<Nps> {
    let n = promoters + passives + detractors;
    if n == 0 {
        return None;
    }
    let mut out = Nps {
        score: 100.0 * (promoters as f64 - detractors as f64) / n as f64,
        ci95: [0.0, 0.0],
        n,
        promoters,
        passives,
        detractors,
        scale,
        n_for_margin_5: 0,
        n_for_margin_10: 0,
    };
    let a = adjusted(&out);
    let h = Z95 * (a.var / a.n).sqrt();
    out.ci95 = [
        (100.0 * (a.score - h)).clamp(-100.0, 100.0),
        (100.0 * (a.score + h)).clamp(-100.0, 100.0),
    ];
    out.n_for_margin_5 = n_for_margin(a.var, 5.0);
    out.n_for_margin_10 = n_for_margin(a.var, 10.0);
    Some(out)
}

/// NPS(a) − NPS(b) for independent groups: the raw difference, and the adjusted-Wald CI
/// 100·[(a' − b') ± 1.96·√(var_a/n'_a + var_b/n'_b)], clamped to ±200.
pub fn difference(column: &str, a_name: &str, a: &Nps, b_name: &str, b: &Nps) -> NpsDifference {
    let (x, y) = (adjusted(a), adjusted(b));
    let h = Z95 * (x.var / x.n + y.var / y.n).sqrt();
    let centre = x.score - y.score;
    let ci95: Ci = [
        (100.0 * (centre - h)).clamp(-200.0, 200.0),
        (100.0 * (centre + h)).clamp(-200.0, 200.0),
    ];
    NpsDifference {
        column: column.to_string(),
        a: a_name.to_string(),
        b: b_name.to_string(),
        diff: a.score - b.score,
        ci95,
        beyond_chance: ci95[0] > 0.0 || ci95[1] < 0.0,
    }
}

/// Welch's 95% CI of mean(a) − mean(b); `None` below 2 in a group or without any spread.
pub fn welch_ci(gap: f64, (va, na): (f64, usize), (vb, nb): (f64, usize)) -> Option<Ci> {
    if na < 2 || nb < 2 {
        return None;
    }
    let (qa, qb) = (va / na as f64, vb / nb as f64);
    let se2 = qa + qb;
    if se2 <= 0.0 {
        return None;
    }
    let df = se2 * se2 / (qa * qa / (na - 1) as f64 + qb * qb / (nb - 1) as f64);
    let h = t_quantile(0.975, df) * se2.sqrt();
    (h.is_finite()).then_some([gap - h, gap + h])
}

/// Per touchpoint, promoters' mean rating minus detractors', largest gap first. Only
/// touchpoints rated by at least one promoter and one detractor are listed.
/// `pro` and `det` are the promoters' and the detractors' sums (`sums::grouped_sums`).
pub fn drivers(data: &SurveyData, pro: &[Sums], det: &[Sums]) -> Vec<Driver> {
    let m = data.touchpoint_scale.neutral;
    let mut out: Vec<Driver> = data
        .touchpoints
        .iter()
        .enumerate()
        .filter(|(t, _)| pro[*t].n > 0 && det[*t].n > 0)
        .map(|(t, name)| {
            let (p, d) = (pro[t], det[t]);
            let (promoters_mean, detractors_mean) = (p.mean(m), d.mean(m));
            let gap = promoters_mean - detractors_mean;
            Driver {
                name: name.clone(),
                index: t,
                promoters_mean,
                detractors_mean,
                gap,
                ci95: welch_ci(gap, (p.var(), p.n), (d.var(), d.n)),
                n_promoters: p.n,
                n_detractors: d.n,
            }
        })
        .collect();
    out.sort_by(|a, b| b.gap.total_cmp(&a.gap));
    out
}
