use super::App;
use super::embed_view::EmbedView;
use crate::route::{Route, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RootProps {
    pub route: Route,
}

/// Picks the screen the address asks for: the workspace, or a compact embed.
#[function_component(Root)]
pub fn root(p: &RootProps) -> Html {
    match &p.route.view {
        View::Embed(flags) => html! { <EmbedView route={p.route.clone()} flags={flags.clone()} /> },
        View::Workspace => html! { <App route={p.route.clone()} /> },
    }
}
