//! A batch of files to import (dropped on the page or picked in the files panel), and how
//! it travels to the import panel beside the panel's state: files are not JSON.

use wasm_bindgen::{JsCast, JsValue};

/// Files the user gave at once; `seq` tells one batch from the next.
pub struct FileBatch {
    pub seq: u32,
    pub files: Vec<web_sys::File>,
}

impl PartialEq for FileBatch {
    fn eq(&self, other: &Self) -> bool {
        self.seq == other.seq
    }
}

impl FileBatch {
    /// The files as a JavaScript array, to travel beside a state.
    pub fn to_js(&self) -> JsValue {
        self.files.iter().cloned().collect::<js_sys::Array>().into()
    }

    /// Batch `seq` of the files in `files` (an array of `File`; anything else is none).
    pub fn from_js(seq: u32, files: &JsValue) -> FileBatch {
        let files = files
            .dyn_ref::<js_sys::Array>()
            .map(|a| a.iter().filter_map(|f| f.dyn_into().ok()).collect())
            .unwrap_or_default();
        FileBatch { seq, files }
    }
}
