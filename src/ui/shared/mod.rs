//! What the receiver of a share link sees (`shared.html#j1.…`; in the single file and the
//! SCORM package, the page itself): the journey read-only (the curve and the lanes as
//! pictures, the scores, what to fix first, every touchpoint) and "Make my own copy", which
//! opens the workspace with the journey added to its library. Their own library is not
//! touched until they ask, and a broken link says why.
//!
//! Built with `web::dom`, as a program of its own (`src/bin/shared.rs`): someone opening a
//! link downloads that, a fraction of the workspace. The pictures are the SVG the
//! workspace's printed report draws, so the page prints as sharply as it shows.

use crate::analysis;
use crate::chart::lanes::{LanesData, lanes_svg, preferred_height};
use crate::chart::{self, CurveData, Theme};
use crate::i18n::lanes::L;
use crate::i18n::lanes::facts::{LF, has_lanes, lane_facts, lanes_alternative};
use crate::i18n::{Lang, T, chart_text, share as say};
use crate::io::share;
use crate::model::Journey;
use crate::ui::parts::{fix_first, scores, table};
use crate::web::address;
use crate::web::dom::{El, document, on};
use crate::web::lang::set_page_lang;
use crate::web::route::Route;
use web_sys::MouseEvent;

/// The pictures are drawn at the width they get (on a phone, narrower, so their words stay
/// readable), between these; the widest is the printed report's column.
const WIDEST: u32 = 760;
const NARROWEST: u32 = 320;
/// The curve's height at its widest, and the least it gets on a phone.
const CHART_HEIGHT: u32 = 400;
const CHART_LOWEST: u32 = 260;

/// Shows the journey of the link in the address (or why it cannot be opened) in the
/// page's `<body>`. `query`: the page's query, handed on to the workspace (its language).
pub fn run(route: &Route, query: &str) {
    let l = route.lang.unwrap_or_else(crate::web::lang::browser_lang);
    set_page_lang(l);
    let token = route.shared.clone().unwrap_or_default();
    let parts = match share::open(&token) {
        Ok(j) => shown(l, &j, &token, query),
        Err(e) => failed(l, &e, query),
    };
    let main = El::new("main")
        .class("shared-view")
        .testid("shared-view")
        .children(parts);
    if let Some(body) = document().body() {
        let _ = body.append_with_node_1(main.element());
    }
    // Another link pasted into this tab's address bar only changes the fragment: show it.
    if let Some(w) = web_sys::window() {
        on(&w, "hashchange", |_: web_sys::Event| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
    }
}

/// A button that opens the workspace (with the link, to copy its journey).
fn to_workspace(l: Lang, query: &str, copy: Option<&str>) -> El {
    let (testid, word) = match copy {
        Some(_) => ("make-copy", T::MakeCopy),
        None => ("go-to-my-journeys", T::GoToMyJourneys),
    };
    let button = El::new("button")
        .attr("type", "button")
        .testid(testid)
        .text(word.get(l));
    let button = if copy.is_some() {
        button.class("primary")
    } else {
        button
    };
    let to = address::workspace_address(query, copy);
    on(button.element(), "click", move |_: MouseEvent| {
        address::go_to(&to);
    });
    button
}

fn shown(l: Lang, j: &Journey, token: &str, query: &str) -> Vec<El> {
    let title = if j.title.trim().is_empty() {
        T::Untitled.get(l)
    } else {
        j.title.as_str()
    };
    document().set_title(&format!("{title} · Peakend"));
    let actions = El::new("div")
        .class("shared-actions")
        .child(El::new("p").text(T::SharedReadOnly.get(l)))
        .child(to_workspace(l, query, Some(token)))
        .child(to_workspace(l, query, None));
    let mut pictures = El::new("div").child(curve(l, j));
    if has_lanes(j) {
        // Under the curve, as wide: each mark under its touchpoint.
        pictures = pictures.child(
            El::new("section")
                .class("shared-lanes")
                .testid("shared-lanes")
                .attr("aria-label", L::LanesTitle.get(l))
                .child(lanes(l, j)),
        );
    }
    let heading = El::new("h2")
        .class("visually-hidden")
        .text(T::Scores.get(l));
    let card = match analysis::score(j) {
        Ok(s) => {
            let (card, tiles) = scores::score_card(l);
            tiles.show(l, &s);
            card
        }
        Err(_) => scores::no_score(l),
    };
    let side = El::new("div").child(heading).child(card).child(fixes(l, j));
    vec![
        El::new("p")
            .class("print-kicker")
            .text(T::SharedHeading.get(l)),
        El::new("h1").testid("shared-title").text(title),
        actions,
        El::new("div")
            .class("shared-grid")
            .child(pictures)
            .child(side),
        // On a phone the table is wider than the screen: it scrolls sideways in a region
        // a keyboard can reach.
        El::new("div")
            .class("wide-table")
            .attr("tabindex", "0")
            .attr("role", "region")
            .attr("aria-label", T::Touchpoints.get(l))
            .child(table::touchpoint_table(l, j)),
    ]
}

fn failed(l: Lang, e: &share::OpenError, query: &str) -> Vec<El> {
    document().set_title(&format!("{} · Peakend", T::SharedHeading.get(l)));
    vec![
        El::new("h1").text(T::SharedHeading.get(l)),
        El::new("div")
            .class("alert")
            .attr("role", "alert")
            .testid("shared-error")
            .child(El::new("p").text(&say::open_error(l, e)))
            .child(El::new("p").text(T::NothingChanged.get(l))),
        to_workspace(l, query, None),
    ]
}

/// An SVG picture as an image's address.
fn svg_address(svg: &str) -> String {
    format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(svg)
    )
}

/// The width a picture gets on this screen.
fn room() -> u32 {
    let room = document()
        .document_element()
        .map_or(WIDEST as i32, |e| e.client_width() - 40);
    u32::try_from(room)
        .unwrap_or(NARROWEST)
        .clamp(NARROWEST, WIDEST)
}

fn curve(l: Lang, j: &Journey) -> El {
    let width = room();
    let height = (CHART_HEIGHT * width / WIDEST).max(CHART_LOWEST);
    let svg = chart::to_svg(&CurveData::from_journey(j, l), width, height);
    let alt = [chart_text::describe(l, j), lanes_alternative(l, j)]
        .join(" ")
        .trim()
        .to_string();
    El::new("img")
        .class("chart-image")
        .testid("chart-image")
        .attr("src", &svg_address(&svg))
        .attr("alt", &alt)
        .attr("width", &width.to_string())
        .attr("height", &height.to_string())
}

/// The lanes, drawn for the width the page has, with their key facts.
fn lanes(l: Lang, j: &Journey) -> El {
    let width = room();
    let data = LanesData::of_journey(j, l, Theme::default());
    let height = preferred_height(&data, width);
    let facts = lane_facts(l, j).into_iter().map(|f| El::new("li").text(&f));
    El::new("figure")
        .class("lanes-image")
        .child(
            El::new("img")
                .testid("lanes-image")
                .attr("src", &svg_address(&lanes_svg(&data, width, height)))
                .attr("alt", L::LanesTitle.get(l))
                .attr("width", &width.to_string())
                .attr("height", &height.to_string()),
        )
        .child(
            El::new("figcaption")
                .child(El::new("h2").text(LF::KeyFacts.get(l)))
                .child(El::new("ul").testid("lanes-facts").children(facts)),
        )
}

/// What to fix first, as the workspace shows it.
fn fixes(l: Lang, j: &Journey) -> El {
    let (section, part) = fix_first::fix_first(l);
    part.show(j);
    section
}
