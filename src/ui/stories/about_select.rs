//! What a story is about, as one select: nothing, a touchpoint or a phase (two groups).

use crate::i18n::stories::ST;
use crate::model::{Journey, PhaseId, TouchpointId};
use crate::ui::use_lang;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// A story's subject as the select's value: `""`, `t<id>` or `p<id>`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum About {
    #[default]
    Nothing,
    Touchpoint(TouchpointId),
    Phase(PhaseId),
}

impl About {
    pub fn of(touchpoint: Option<TouchpointId>, phase: Option<PhaseId>) -> About {
        match (touchpoint, phase) {
            (Some(t), _) => About::Touchpoint(t),
            (None, Some(p)) => About::Phase(p),
            _ => About::Nothing,
        }
    }

    pub fn key(self) -> String {
        match self {
            About::Nothing => String::new(),
            About::Touchpoint(t) => format!("t{}", t.0),
            About::Phase(p) => format!("p{}", p.0),
        }
    }

    pub fn from_key(s: &str) -> About {
        let id = |rest: &str| rest.parse::<u32>().ok();
        match s.split_at_checked(1) {
            Some(("t", rest)) => {
                id(rest).map_or(About::Nothing, |i| About::Touchpoint(TouchpointId(i)))
            }
            Some(("p", rest)) => id(rest).map_or(About::Nothing, |i| About::Phase(PhaseId(i))),
            _ => About::Nothing,
        }
    }

    pub fn touchpoint(self) -> Option<TouchpointId> {
        match self {
            About::Touchpoint(t) => Some(t),
            _ => None,
        }
    }

    pub fn phase(self) -> Option<PhaseId> {
        match self {
            About::Phase(p) => Some(p),
            _ => None,
        }
    }

    /// Still pointing at something that exists in `j`.
    pub fn exists_in(self, j: &Journey) -> bool {
        match self {
            About::Nothing => true,
            About::Touchpoint(t) => j.index_of(t).is_some(),
            About::Phase(p) => j.phase(p).is_some(),
        }
    }

    /// The same subject while it exists in `j`; nothing once it was deleted (so the form
    /// never offers a touchpoint that is gone).
    pub fn alive(self, j: &Journey) -> About {
        match self {
            About::Touchpoint(t) if j.index_of(t).is_none() => About::Nothing,
            About::Phase(p) if j.phase(p).is_none() => About::Nothing,
            a => a,
        }
    }

    /// Its name in `j`, for showing a story.
    pub fn name(self, j: &Journey) -> Option<String> {
        match self {
            About::Nothing => None,
            About::Touchpoint(t) => j.index_of(t).map(|i| j.touchpoints[i].name.clone()),
            About::Phase(p) => j.phase(p).map(|p| p.name.clone()),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct AboutSelectProps {
    pub journey: Rc<Journey>,
    pub value: About,
    pub on_change: Callback<About>,
    #[prop_or_default]
    pub testid: AttrValue,
    #[prop_or_default]
    pub id: AttrValue,
    /// Whether phases can be chosen (the list's filter takes touchpoints only).
    #[prop_or(true)]
    pub phases: bool,
    /// The label of the first option.
    #[prop_or(ST::AboutNothing)]
    pub nothing: ST,
}

/// The select.
#[function_component(AboutSelect)]
pub fn about_select(p: &AboutSelectProps) -> Html {
    let l = use_lang();
    let on_change = p.on_change.reform(|e: Event| {
        let s: HtmlSelectElement = e.target_unchecked_into();
        About::from_key(&s.value())
    });
    let current = p.value.key();
    let option = |about: About, name: &str| {
        let key = about.key();
        html! { <option value={key.clone()} selected={key == current}>{ name.to_string() }</option> }
    };
    html! {
        <select id={p.id.clone()} data-testid={p.testid.clone()} onchange={on_change}>
            { option(About::Nothing, p.nothing.get(l)) }
            if !p.journey.touchpoints.is_empty() {
                <optgroup label={ST::TouchpointsGroup.get(l)}>
                    { for p.journey.touchpoints.iter().map(|t| option(About::Touchpoint(t.id), &t.name)) }
                </optgroup>
            }
            if p.phases && !p.journey.phases.is_empty() {
                <optgroup label={ST::PhasesGroup.get(l)}>
                    { for p.journey.phases.iter().map(|ph| option(About::Phase(ph.id), &ph.name)) }
                </optgroup>
            }
        </select>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_read_back() {
        for a in [
            About::Nothing,
            About::Touchpoint(TouchpointId(12)),
            About::Phase(PhaseId(3)),
        ] {
            assert_eq!(About::from_key(&a.key()), a);
        }
        assert_eq!(About::from_key("tx"), About::Nothing);
        assert_eq!(About::from_key("é"), About::Nothing);
    }

    #[test]
    fn a_deleted_subject_becomes_nothing() {
        use crate::model::{Action, apply};
        let mut j = crate::model::test_journey("t", &[("Call", 0.0)]);
        let id = j.touchpoints[0].id;
        assert_eq!(About::Touchpoint(id).alive(&j), About::Touchpoint(id));
        apply(&mut j, Action::Remove(id)).unwrap();
        assert_eq!(About::Touchpoint(id).alive(&j), About::Nothing);
        assert_eq!(About::Phase(PhaseId(9)).alive(&j), About::Nothing);
    }
}
