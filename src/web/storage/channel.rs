//! Telling other tabs which journeys changed, after the change is committed.

use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{BroadcastChannel, MessageEvent};

const NAME: &str = "peakend-library";

/// What one tab saved: documents written, documents deleted. Ids only, never content.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Changed {
    pub written: Vec<String>,
    pub removed: Vec<String>,
}

impl Changed {
    /// Reads what [`Channel::post`] sent (serde's writer); `None` for anything else.
    fn read(text: &str) -> Option<Changed> {
        let v: serde_json::Value = serde_json::from_str(text).ok()?;
        Some(Changed {
            written: crate::io::json::texts(v.get("written")?)?,
            removed: crate::io::json::texts(v.get("removed")?)?,
        })
    }
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
            let changed = e.data().as_string().and_then(|t| Changed::read(&t));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_tab_posts_another_reads() {
        let c = Changed {
            written: vec!["a".into(), "b".into()],
            removed: vec!["c".into()],
        };
        assert_eq!(Changed::read(&serde_json::to_string(&c).unwrap()), Some(c));
        for bad in [
            "",
            "{}",
            r#"{"written":["a"]}"#,
            r#"{"written":[1],"removed":[]}"#,
        ] {
            assert_eq!(Changed::read(bad), None, "{bad}");
        }
    }
}
