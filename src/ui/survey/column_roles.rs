//! The mapping step's table: each column of the file (or each question, for a file with one
//! row per answer) with a few answers as written and a picker of what it means.

use crate::i18n::survey::{self as say, S};
use crate::model::survey::{Detected, Mapping, Role, Shape};
use crate::ui::use_lang;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Roles a column of a wide file can take; a long file adds the question and answer columns.
const WIDE: [Role; 6] = [
    Role::Touchpoint,
    Role::Overall,
    Role::Nps,
    Role::Segment,
    Role::Respondent,
    Role::Ignore,
];
const LONG: [Role; 5] = [
    Role::Respondent,
    Role::Item,
    Role::Answer,
    Role::Segment,
    Role::Ignore,
];
/// Roles a question of a long file can take.
const ITEM: [Role; 4] = [Role::Touchpoint, Role::Overall, Role::Nps, Role::Ignore];

fn key(r: Role) -> &'static str {
    match r {
        Role::Ignore => "ignore",
        Role::Touchpoint => "touchpoint",
        Role::Overall => "overall",
        Role::Nps => "nps",
        Role::Segment => "segment",
        Role::Respondent => "respondent",
        Role::Item => "item",
        Role::Answer => "answer",
    }
}

fn from_key(k: &str) -> Role {
    WIDE.iter()
        .chain(LONG.iter())
        .copied()
        .find(|r| key(*r) == k)
        .unwrap_or(Role::Ignore)
}

#[derive(Properties, PartialEq)]
pub struct ColumnRolesProps {
    pub detected: Rc<Detected>,
    pub mapping: Mapping,
    pub on_change: Callback<Mapping>,
}

fn picker(
    l: crate::i18n::Lang,
    label: String,
    now: Role,
    roles: &[Role],
    onchange: Callback<Event>,
) -> Html {
    html! {
        <select aria-label={label} data-testid="survey-role" {onchange}>
            { for roles.iter().map(|r| html! {
                <option value={key(*r)} selected={*r == now}>{ say::role(l, *r) }</option>
            }) }
        </select>
    }
}

/// One row per column (`survey-column`), and for a long file one per question.
#[function_component(ColumnRoles)]
pub fn column_roles(p: &ColumnRolesProps) -> Html {
    let l = use_lang();
    let roles: &[Role] = if p.mapping.shape == Shape::Long {
        &LONG
    } else {
        &WIDE
    };
    let rows = p.detected.columns.iter().enumerate().map(|(i, c)| {
        let now = p.mapping.roles.get(i).copied().unwrap_or(Role::Ignore);
        let onchange = {
            let (m, on_change) = (p.mapping.clone(), p.on_change.clone());
            Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                let mut m = m.clone();
                m.set_role(i, from_key(&v));
                on_change.emit(m);
            })
        };
        // A question code (Qualtrics' Q1_3) goes by its question text, the code beside it.
        let shown = crate::io::survey::column_label(c);
        let label = format!("{}: {}", S::Meaning.get(l), shown);
        html! {
            <tr data-testid="survey-column" data-role={key(now)}>
                <th scope="row" title={c.question.clone()}>{ shown.clone() }
                    if shown != c.name { <span class="code">{ format!(" ({})", c.name) }</span> }</th>
                <td>{ picker(l, label, now, roles, onchange) }</td>
                <td class="samples">{ c.samples.iter().take(4).cloned().collect::<Vec<_>>().join(" · ") }</td>
            </tr>
        }
    });
    let items = (p.mapping.shape == Shape::Long).then(|| {
        p.detected
            .items
            .iter()
            .map(|item| {
                let now = p.mapping.item_role(item);
                let onchange = {
                    let (m, on_change, item) =
                        (p.mapping.clone(), p.on_change.clone(), item.clone());
                    Callback::from(move |e: Event| {
                        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                        let mut m = m.clone();
                        m.set_item_role(&item, from_key(&v));
                        on_change.emit(m);
                    })
                };
                let label = format!("{}: {}", S::Meaning.get(l), item);
                html! {
                    <tr data-testid="survey-item" data-role={key(now)}>
                        <th scope="row">{ item.clone() }</th>
                        <td>{ picker(l, label, now, &ITEM, onchange) }</td>
                        <td></td>
                    </tr>
                }
            })
            .collect::<Html>()
    });
    html! {
        <div class="table-scroll">
            <table class="compare-table survey-table survey-columns">
                <thead><tr>
                    <th scope="col">{ S::Column.get(l) }</th>
                    <th scope="col">{ S::Meaning.get(l) }</th>
                    <th scope="col">{ S::Examples.get(l) }</th>
                </tr></thead>
                <tbody>{ for rows }{ for items }</tbody>
            </table>
        </div>
    }
}
