use super::App;
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
        // The embed view arrives with issue 6; until then it shows the workspace.
        View::Embed(_) | View::Workspace => html! { <App route={p.route.clone()} /> },
    }
}
