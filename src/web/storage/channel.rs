//! Telling other tabs which journeys changed, after the change is committed.

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{BroadcastChannel, MessageEvent};

const NAME: &str = "peakend-library";

/// What one tab saved: documents written, documents deleted. Ids only, never content.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Changed {
    pub written: Vec<String>,
    pub removed: Vec<String>,
}

/// The library's channel between tabs of this site.
#[derive(Clone)]
pub struct Channel(BroadcastChannel);

impl Channel {
    /// `None` where the browser has no channel here (an opaque sandboxed frame).
    pub fn open() -> Option<Channel> {
        BroadcastChannel::new(NAME).ok().map(Channel)
    }

    pub fn post(&self, changed: &Changed) {
        if let Ok(text) = serde_json::to_string(changed) {
            let _ = self.0.post_message(&text.into());
        }
    }

    /// Calls `f` with what other tabs saved, until the returned function is called.
    pub fn listen<F: Fn(Changed) + 'static>(&self, f: F) -> impl FnOnce() + use<F> {
        let closure = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
            let changed = e
                .data()
                .as_string()
                .and_then(|t| serde_json::from_str::<Changed>(&t).ok());
            if let Some(c) = changed {
                f(c);
            }
        });
        self.0.set_onmessage(Some(closure.as_ref().unchecked_ref()));
        let channel = self.0.clone();
        move || {
            channel.set_onmessage(None);
            drop(closure);
        }
    }
}
