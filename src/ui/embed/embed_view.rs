//! The compact view for an iframe in a course page (`?embed`): a preset or the journey in
//! the link, which learners can re-rate; a damaged link is explained, never replaced.

use crate::chart::Theme;
use crate::i18n::{Lang, T, share as say};
use crate::model::{self, Action, Journey};
use crate::ui::JourneyChart;
use crate::ui::ScoreCard;
use crate::ui::after_paint::use_after_first_paint;
use crate::ui::embed::embed_ratings::EmbedRatings;
use crate::ui::embed::embed_subject::{Subject, subject};
use crate::ui::insight::journey_lanes::JourneyLanes;
use crate::ui::tr;
use crate::web::embed_host::{use_page_flags, use_report_height};
use crate::web::route::{EmbedFlags, Route};
use crate::web::storage;
use std::rc::Rc;
use yew::prelude::*;

/// The embed's only state: the journey a learner is playing with.
#[derive(PartialEq)]
struct Played(Rc<Journey>);

enum Play {
    Do(Action),
    Reset(Journey),
}

impl Reducible for Played {
    type Action = Play;
    fn reduce(self: Rc<Self>, msg: Play) -> Rc<Self> {
        match msg {
            // A learner only rates (the chart and the rating fields make nothing else):
            // the embed applies touchpoint edits alone, so it does not carry every action.
            Play::Do(Action::Edit(id, edit)) => {
                let mut next = (*self.0).clone();
                match model::edit_touchpoint(&mut next, id, edit) {
                    Ok(()) => Rc::new(Played(Rc::new(next))),
                    Err(_) => self,
                }
            }
            Play::Do(_) => self,
            Play::Reset(j) => Rc::new(Played(Rc::new(j))),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedViewProps {
    pub route: Route,
    pub flags: EmbedFlags,
}

/// A compact, self-contained journey for a course page: title and what it shows, the
/// curve, the scores, and a short list of ratings. Writes nothing to storage unless the
/// address says `save`, and keeps working when storage throws (sandboxed frames). A
/// damaged link in the address says why, in the learner's language.
#[function_component(EmbedView)]
pub fn embed_view(p: &EmbedViewProps) -> Html {
    let forced = p.route.lang;
    let lang = *use_state(move || forced.unwrap_or_else(crate::web::lang::browser_lang));
    let subject = use_memo((), {
        let (route, flags) = (p.route.clone(), p.flags.clone());
        move |_| subject(&route, &flags, lang).map(Rc::new)
    });
    let root = use_node_ref();
    use_report_height(root.clone());
    use_page_flags(lang, p.route.dark);
    let mut class = classes!("embed");
    if p.flags.read_only {
        class.push("static");
    }
    if p.flags.plain {
        class.push("plain");
    }
    let body = match &*subject {
        Ok(subject) => html! {
            <EmbedJourney subject={subject.clone()} flags={p.flags.clone()} dark={p.route.dark} />
        },
        Err(e) => html! {
            <>
                <h1 class="visually-hidden">{ tr(lang, T::SharedHeading) }</h1>
                <div class="alert" role="alert" data-testid="embed-error">
                    <p>{ say::open_error(lang, e) }</p>
                </div>
            </>
        },
    };
    html! {
        <ContextProvider<Lang> context={lang}>
            <main {class} ref={root} data-testid="embed-view">{ body }</main>
        </ContextProvider<Lang>>
    }
}

#[derive(Properties)]
struct EmbedJourneyProps {
    subject: Rc<Subject>,
    flags: EmbedFlags,
    dark: bool,
}

impl PartialEq for EmbedJourneyProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.subject, &other.subject)
            && self.flags == other.flags
            && self.dark == other.dark
    }
}

/// The journey a learner plays with: changes stay in this frame (or, with `save`, in
/// this browser), and "Start again" brings the original back.
#[function_component(EmbedJourney)]
fn embed_journey(p: &EmbedJourneyProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    // The scores and the ratings come right after the chart is painted (see `after_paint`).
    let rest = use_after_first_paint();
    let subject = &p.subject;
    let save = p.flags.save;
    let played = use_reducer({
        let subject = subject.clone();
        move || {
            Played(Rc::new(if save {
                storage::load_embed(&subject.key, &subject.journey)
            } else {
                subject.journey.clone()
            }))
        }
    });
    use_effect_with(played.0.clone(), {
        let key = subject.key.clone();
        move |j| {
            if save {
                // A frame without storage simply does not keep the changes.
                let _ = storage::save_embed(&key, j);
            }
        }
    });
    let read_only = p.flags.read_only;
    let on_action = if read_only {
        Callback::noop()
    } else {
        let d = played.dispatcher();
        Callback::from(move |a: Action| d.dispatch(Play::Do(a)))
    };
    let journey = played.0.clone();
    let (title, shows, note) = match subject.preset {
        Some(pr) => (
            pr.title(lang).to_string(),
            pr.shows(lang).to_string(),
            pr.scale_note(lang),
        ),
        None => (journey.title.clone(), journey.description.clone(), None),
    };
    let changed = *journey != subject.journey;
    let reset = {
        let (d, j) = (played.dispatcher(), subject.journey.clone());
        Callback::from(move |_: MouseEvent| d.dispatch(Play::Reset(j.clone())))
    };
    let theme = Theme {
        dark: p.dark,
        ..Theme::default()
    };
    html! {
        <>
            if p.flags.plain {
                // Plain hides the title from view, not from screen readers.
                <h1 class="visually-hidden">{ title.clone() }</h1>
            } else {
                <header class="embed-head">
                    <h1 data-testid="embed-title">{ title }</h1>
                    if !shows.is_empty() {
                        <p class="shows" data-testid="embed-shows">{ shows }</p>
                    }
                    if let Some(note) = note {
                        <p class="scale-note">{ note }</p>
                    }
                </header>
            }
            <JourneyChart journey={journey.clone()} on_action={on_action.clone()}
                on_seal={Callback::noop()} {theme} />
            if !p.flags.lanes.is_empty() {
                <JourneyLanes journey={journey.clone()} only={Some(p.flags.lanes)} {theme} />
            }
            <h2 class="visually-hidden">{ tr(lang, T::Scores) }</h2>
            if rest {
                <ScoreCard journey={journey.clone()} />
                <EmbedRatings journey={journey.clone()} {read_only} {on_action} />
            }
            <footer class="embed-foot">
                if let (false, Some(pr)) = (p.flags.plain, subject.preset) {
                    <p class="source" data-testid="embed-source">
                        { format!("{}: {}", tr(lang, T::EmbedSource), pr.source(lang)) }</p>
                }
                if !read_only && changed {
                    <button type="button" data-testid="embed-reset" onclick={reset}>
                        { tr(lang, T::EmbedReset) }</button>
                }
            </footer>
        </>
    }
}
