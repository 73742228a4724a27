//! What the receiver of a share link sees: the journey read-only (chart, scores, what to
//! fix first, every touchpoint) and "Make my own copy". Their own library is not touched
//! until they ask, and a broken link says why.

use crate::i18n::lanes::L;
use crate::i18n::lanes::facts::has_lanes;
use crate::i18n::{Lang, T, share as say};
use crate::io::share;
use crate::model::Journey;
use crate::ui::FixFirstList;
use crate::ui::ScoreCard;
use crate::ui::insight::chart_image::ChartImage;
use crate::ui::insight::lanes_image::LanesImage;
use crate::ui::insight::touchpoint_table::TouchpointTable;
use crate::ui::tr;
use crate::web::lang::use_page_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharedViewProps {
    /// The address fragment, as the browser gave it.
    pub token: String,
    pub lang: Lang,
    /// "Make my own copy": the journey to add to the library.
    pub on_copy: Callback<Journey>,
    /// Back to the user's own journeys, copying nothing.
    pub on_leave: Callback<()>,
}

#[function_component(SharedView)]
pub fn shared_view(p: &SharedViewProps) -> Html {
    let l = p.lang;
    use_page_lang(l);
    let opened = use_memo(p.token.clone(), |t| share::open(t).map(Rc::new));
    let leave = html! {
        <button type="button" data-testid="go-to-my-journeys"
            onclick={p.on_leave.reform(|_: MouseEvent| ())}>{ tr(l, T::GoToMyJourneys) }</button>
    };
    let body = match &*opened {
        Err(e) => {
            html! {
                <>
                    <h1>{ tr(l, T::SharedHeading) }</h1>
                    <div class="alert" role="alert" data-testid="shared-error">
                        <p>{ say::open_error(l, e) }</p>
                        <p>{ tr(l, T::NothingChanged) }</p>
                    </div>
                    { leave }
                </>
            }
        }
        Ok(j) => {
            let on_copy = {
                let (j, cb) = (j.clone(), p.on_copy.clone());
                Callback::from(move |_: MouseEvent| cb.emit((*j).clone()))
            };
            let title = if j.title.trim().is_empty() {
                tr(l, T::Untitled).to_string()
            } else {
                j.title.clone()
            };
            html! {
                <>
                    <p class="print-kicker">{ tr(l, T::SharedHeading) }</p>
                    <h1 data-testid="shared-title">{ title }</h1>
                    <div class="shared-actions">
                        <p>{ tr(l, T::SharedReadOnly) }</p>
                        <button type="button" class="primary" data-testid="make-copy"
                            onclick={on_copy}>{ tr(l, T::MakeCopy) }</button>
                        { leave }
                    </div>
                    <div class="shared-grid">
                        <div>
                            <ChartImage journey={j.clone()} width={760} height={400} />
                            if has_lanes(j) {
                                // Under the curve, as wide: each mark under its touchpoint.
                                <section class="shared-lanes" data-testid="shared-lanes"
                                    aria-label={L::LanesTitle.get(l)}>
                                    <LanesImage journey={j.clone()} width={760} fit_narrow=true />
                                </section>
                            }
                        </div>
                        <div>
                            <h2 class="visually-hidden">{ tr(l, T::Scores) }</h2>
                            <ScoreCard journey={j.clone()} />
                            <FixFirstList journey={j.clone()} />
                        </div>
                    </div>
                    // On a phone the table is wider than the screen: it scrolls sideways in a
                    // region a keyboard can reach.
                    <div class="wide-table" tabindex="0" role="region" aria-label={tr(l, T::Touchpoints)}>
                        <TouchpointTable journey={j.clone()} />
                    </div>
                </>
            }
        }
    };
    html! {
        <ContextProvider<Lang> context={l}>
            <main class="shared-view" data-testid="shared-view">{ body }</main>
        </ContextProvider<Lang>>
    }
}
