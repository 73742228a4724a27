//! The stories screen (seed `000`): a panel in the workspace for entering stories fast
//! during a session, the list with its filters, the pattern (per touchpoint and theme, the
//! mismatch, recurring words), pasting, importing and exporting; and the markers under the
//! chart that open the panel at one touchpoint's stories. Counting lives in
//! `analysis::practice`, reading and writing CSV in `io::csv::stories`.

pub mod about_select;
pub mod draft;
pub mod stories_panel;
pub mod story_bulk;
pub mod story_cards;
pub mod story_edit;
pub mod story_fields;
pub mod story_filters;
pub mod story_form;
pub mod story_item;
pub mod story_list;
pub mod story_markers;
pub mod story_mismatch;
pub mod story_patterns;
pub mod story_words;
pub mod teller_choice;
pub mod theme_chips;

pub use stories_panel::StoryFocus;
pub use story_markers::StoryMarkers;

/// The class a story's valence gives it on the page: above the scale's neutral point
/// `good`, below it `bad`, on it `neutral`.
pub fn sign_class(valence: f64, neutral: f64) -> &'static str {
    if valence > neutral {
        "good"
    } else if valence < neutral {
        "bad"
    } else {
        "neutral"
    }
}
