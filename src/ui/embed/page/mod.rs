//! The course embed's page (`embed.html`, and `?embed` in the single file and the SCORM
//! package): a preset or the journey in the link, which learners re-rate by dragging a
//! point or typing a number; a damaged link is explained, never replaced.
//!
//! Built with `web::dom` instead of yew: a course page that hundreds of learners open
//! downloads the chart, the scores and the lanes, not a framework. The page is built once;
//! a change rewrites only what shows a number (the curve, the lanes, the tiles, the
//! formula, the fields), so focus, an open disclosure and a half-typed rating stay as
//! they are. Every word and number comes from the pure core, as the workspace's do.
//! Writes nothing to storage unless the address says `save`, and keeps working when
//! storage throws (sandboxed frames).

mod events;
mod parts;
mod ratings;
mod show;

use crate::chart::Theme;
use crate::i18n::{Lang, T, share as say};
use crate::model::{self, Journey, TouchpointEdit};
use crate::ui::embed::embed_subject::{Subject, subject};
use crate::ui::parts::curve::{Curve, CurveEvent};
use crate::ui::parts::lanes::LanesFigure;
use crate::ui::parts::scores::JourneyScores;
use crate::web::dom::{El, document, set_children};
use crate::web::embed_host::{report_height, set_page_flags};
use crate::web::route::{EmbedFlags, Route};
use crate::web::storage;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use web_sys::Element;

/// Shows the embed the address asks for in the page's `<body>`.
pub fn run(route: &Route, flags: EmbedFlags) {
    let lang = route.lang.unwrap_or_else(crate::web::lang::browser_lang);
    set_page_flags(lang, route.dark);
    let mut class = String::from("embed");
    for (on, name) in [(flags.read_only, " static"), (flags.plain, " plain")] {
        if on {
            class.push_str(name);
        }
    }
    let main = El::new("main").class(&class).testid("embed-view");
    let root = main.element().clone();
    if let Some(body) = document().body() {
        let _ = body.append_with_node_1(&root);
    }
    match subject(route, &flags, lang) {
        Ok(s) => Page::start(&root, s, flags, lang, route.dark),
        Err(e) => {
            let alert = El::new("div")
                .class("alert")
                .attr("role", "alert")
                .testid("embed-error")
                .child(El::new("p").text(&say::open_error(lang, &e)));
            let heading = El::new("h1")
                .class("visually-hidden")
                .text(T::SharedHeading.get(lang));
            set_children(&root, [heading, alert]);
        }
    }
    report_height(&root);
}

/// The embed while a learner plays with it.
struct Page {
    lang: Lang,
    flags: EmbedFlags,
    subject: Subject,
    journey: RefCell<Journey>,
    curve: Curve,
    /// Only when the address asks for lanes the journey has (ratings never change which).
    lanes: Option<LanesFigure>,
    scores: JourneyScores,
    cells: ratings::Cells,
    reset: Option<Element>,
    /// The footer, hidden when it has nothing to show: no source line (`plain`) and
    /// nothing changed yet (so no "Start again").
    footer: Element,
    has_source: bool,
}

impl Page {
    fn start(root: &Element, subject: Subject, flags: EmbedFlags, lang: Lang, dark: bool) {
        let journey = if flags.save {
            storage::load_embed(&subject.key, &subject.journey)
        } else {
            subject.journey.clone()
        };
        let theme = Theme {
            dark,
            ..Theme::default()
        };
        let mut all = vec![parts::header(lang, subject.preset, &journey, flags.plain)];
        // A drag re-rates its moment on the page, once the page exists.
        let page_of: Rc<RefCell<Weak<Page>>> = Rc::default();
        let to_page = page_of.clone();
        let (curve_el, curve) = Curve::new(lang, theme, !flags.read_only, move |e| {
            if let (CurveEvent::Rate { index, rating }, Some(page)) =
                (e, to_page.borrow().upgrade())
            {
                page.rate(index, rating, None);
            }
        });
        all.push(curve_el);
        let shows_lanes = !flags.lanes.is_empty()
            && !journey.touchpoints.is_empty()
            && !show::lanes_data(&journey, lang, theme, &flags)
                .lanes
                .is_empty();
        let lanes = shows_lanes.then(|| {
            let (el, lanes) = LanesFigure::new(lang, theme);
            all.push(el);
            lanes
        });
        all.push(
            El::new("h2")
                .class("visually-hidden")
                .text(T::Scores.get(lang)),
        );
        let (scores_el, scores) = JourneyScores::new(lang);
        all.push(scores_el);
        let (list, cells) = ratings::ratings(lang, &journey, flags.read_only);
        all.push(list);
        let source = subject
            .preset
            .filter(|_| !flags.plain)
            .map(|p| parts::source(lang, p));
        let reset = (!flags.read_only).then(|| parts::reset(lang));
        let reset_el = reset.as_ref().map(|r| r.element().clone());
        let has_source = source.is_some();
        let footer = El::new("footer")
            .class("embed-foot")
            .maybe(source)
            .maybe(reset);
        let footer_el = footer.element().clone();
        all.push(footer);
        set_children(root, all);
        let page = Rc::new(Page {
            lang,
            journey: RefCell::new(journey),
            subject,
            curve,
            lanes,
            scores,
            cells,
            reset: reset_el,
            footer: footer_el,
            has_source,
            flags,
        });
        // The words now; the pictures once the page has its layout (the size observer's
        // first call, just before the first paint), so the page is in place sooner.
        *page_of.borrow_mut() = Rc::downgrade(&page);
        page.words(&page.journey.borrow(), None);
        page.pictures(&page.journey.borrow());
        page.listen();
    }

    /// A learner's new rating for touchpoint `i`; `typed`: the field it was typed in.
    fn rate(&self, i: usize, rating: f64, typed: Option<usize>) {
        let mut next = self.journey.borrow().clone();
        let Some(id) = next.touchpoints.get(i).map(|t| t.id) else {
            return;
        };
        if model::edit_touchpoint(&mut next, id, TouchpointEdit::Rating(rating)).is_err() {
            return;
        }
        self.replace(next, typed);
    }

    /// Makes `next` the journey shown (and kept, with `save`).
    fn replace(&self, next: Journey, typed: Option<usize>) {
        if self.flags.save {
            // A frame without storage simply does not keep the changes.
            let _ = storage::save_embed(&self.subject.key, &next);
        }
        *self.journey.borrow_mut() = next;
        self.show(typed);
    }
}
