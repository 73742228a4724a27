//! The score card and its formula: elements built once, whose numbers and lines a change
//! rewrites in place (only where the text changed, so the live region reads out what
//! moved). The words come from `i18n::score_text`.

use crate::analysis::{Formula, Scores};
use crate::i18n::score_text::{formula_text, gap_explain, tile_text};
use crate::i18n::{Lang, SOURCES, T};
use crate::model::Journey;
use crate::web::dom::{El, set_attr, set_hidden, set_text};
use web_sys::Element;

/// One score tile: its number, its 0–100 line and its explanation.
pub struct Tile {
    el: Element,
    value: Element,
    pct: Element,
    explain: Element,
    /// The gap: shown with its sign, in points.
    signed: bool,
}

impl Tile {
    fn new(l: Lang, testid: &str, label: T, signed: bool) -> (El, Tile) {
        let (value, pct, explain) = (
            El::new("p").class("value"),
            El::new("p").class("pct"),
            El::new("p").class("explain"),
        );
        let el = El::new("div").class("score").testid(testid);
        let tile = Tile {
            el: el.element().clone(),
            value: value.element().clone(),
            pct: pct.element().clone(),
            explain: explain.element().clone(),
            signed,
        };
        let el = el
            .child(El::new("h3").text(label.get(l)))
            .child(value)
            .child(pct)
            .child(explain);
        (el, tile)
    }

    fn show(&self, l: Lang, value: f64, pct: f64, explain: &str) {
        let text = tile_text(l, value, pct, self.signed);
        set_attr(&self.el, "data-value", &value.to_string());
        set_attr(&self.el, "data-percent", &pct.to_string());
        set_text(&self.value, &text.shown);
        set_text(&self.pct, &text.pct);
        set_text(&self.explain, explain);
    }
}

/// The score card's tiles: remembered, experienced, the gap.
pub struct ScoreTiles([Tile; 3]);

/// The score card in a live region.
pub fn score_card(l: Lang) -> (El, ScoreTiles) {
    let (a, remembered) = Tile::new(l, "score-remembered", T::Remembered, false);
    let (b, experienced) = Tile::new(l, "score-experienced", T::Experienced, false);
    let (c, gap) = Tile::new(l, "score-gap", T::Gap, true);
    let card = El::new("div")
        .class("score-card")
        .testid("score-card")
        .attr("aria-live", "polite")
        .children([a, b, c]);
    (card, ScoreTiles([remembered, experienced, gap]))
}

impl ScoreTiles {
    /// Shows `s` on the tiles.
    pub fn show(&self, l: Lang, s: &Scores) {
        let [remembered, experienced, gap] = &self.0;
        remembered.show(
            l,
            s.remembered,
            s.remembered_pct,
            T::RememberedExplain.get(l),
        );
        experienced.show(
            l,
            s.experienced,
            s.experienced_pct,
            T::ExperiencedExplain.get(l),
        );
        gap.show(l, s.gap, s.gap_pct, gap_explain(l, s));
    }
}

/// The card for a journey without a score (no touchpoints).
pub fn no_score(l: Lang) -> El {
    El::new("div")
        .class("score-card empty")
        .testid("score-card")
        .child(El::new("p").text(T::NoScore.get(l)))
}

/// "How is this calculated?": the lines a change rewrites.
pub struct FormulaLines {
    remembered: Element,
    peak: Element,
    end: Element,
    /// Hidden while the trend does not count.
    trend: Element,
}

/// The formula's disclosure, with the caveat and the sources that never change.
pub fn formula(l: Lang) -> (El, FormulaLines) {
    let remembered = El::new("p").class("formula").testid("formula-remembered");
    let peak = El::new("li").testid("formula-peak");
    let end = El::new("li").testid("formula-end");
    let trend = El::new("li").testid("formula-trend").flag("hidden", true);
    let lines = FormulaLines {
        remembered: remembered.element().clone(),
        peak: peak.element().clone(),
        end: end.element().clone(),
        trend: trend.element().clone(),
    };
    let parts = El::new("ul").class("formula-parts").children([
        peak,
        end,
        trend,
        El::new("li").text(T::FormulaExperienced.get(l)),
    ]);
    let caveat = El::new("p")
        .class("caveat")
        .child(El::new("strong").text(T::FormulaNotMeasurement.get(l)));
    let sources = El::new("ul")
        .class("sources")
        .children(SOURCES.iter().map(|s| El::new("li").text(s)));
    let el = El::new("details")
        .class("score-formula")
        .testid("score-formula")
        .child(El::new("summary").text(T::FormulaSummary.get(l)))
        .child(remembered)
        .child(parts)
        .child(caveat)
        .child(
            El::new("p")
                .class("caveat")
                .testid("formula-caveat")
                .text(T::FormulaCaveat.get(l)),
        )
        .child(El::new("h4").text(T::FormulaSources.get(l)))
        .child(sources);
    (el, lines)
}

impl FormulaLines {
    /// Shows `f`, the formula of `j`.
    pub fn show(&self, l: Lang, j: &Journey, f: &Formula) {
        let text = formula_text(l, j, f);
        set_text(&self.remembered, &text.remembered);
        for (el, index, marked, line) in [
            (&self.peak, f.peak, f.peak_marked, &text.peak),
            (&self.end, f.end, f.end_marked, &text.end),
        ] {
            set_attr(el, "data-index", &index.to_string());
            set_attr(el, "data-marked", &marked.to_string());
            set_text(el, line);
        }
        set_hidden(&self.trend, text.trend.is_none());
        set_text(&self.trend, text.trend.as_deref().unwrap_or_default());
    }
}

/// The score card with its formula, or the line for a journey without one: the
/// workspace's and the presentation's, where a journey can lose its last touchpoint.
pub struct JourneyScores {
    lang: Lang,
    tiles: ScoreTiles,
    formula: FormulaLines,
    card: Element,
    formula_el: Element,
    empty: Element,
}

impl JourneyScores {
    /// The parts, empty until the first [`JourneyScores::show`].
    pub fn new(l: Lang) -> (El, JourneyScores) {
        let (card, tiles) = score_card(l);
        let empty = El::new("p").text(T::NoScore.get(l)).flag("hidden", true);
        let (formula_el, formula) = formula(l);
        let part = JourneyScores {
            lang: l,
            tiles,
            formula,
            card: card.element().clone(),
            formula_el: formula_el.element().clone(),
            empty: empty.element().clone(),
        };
        let el = El::new("div")
            .class("scores")
            .child(card.child(empty))
            .child(formula_el);
        (el, part)
    }

    /// Shows the scores of `j`.
    pub fn show(&self, j: &Journey) {
        let l = self.lang;
        let scores = crate::analysis::score(j);
        if let Ok(s) = &scores {
            self.tiles.show(l, s);
            self.formula
                .show(l, j, &crate::analysis::formula_from_scores(j, s));
        }
        let none = scores.is_err();
        for t in &self.tiles.0 {
            set_hidden(&t.el, none);
        }
        set_hidden(&self.formula_el, none);
        set_hidden(&self.empty, !none);
        set_attr(
            &self.card,
            "class",
            if none {
                "score-card empty"
            } else {
                "score-card"
            },
        );
    }
}
