//! Walking a parsed JSON value with the path of each field kept, so every error names
//! where it is.

use super::{ErrorKind, Expected, FormatError, MAX_ID, TouchpointRef};
use crate::model::clean_counted;
use serde_json::{Map, Value};

pub(super) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// A JSON object being read, with where it is (for errors).
pub(super) struct Obj<'v> {
    pub(super) map: &'v Map<String, Value>,
    pub(super) path: String,
    pub(super) tp: Option<TouchpointRef>,
}

impl<'v> Obj<'v> {
    pub(super) fn root(v: &'v Value, path: String) -> Result<Obj<'v>, FormatError> {
        match v {
            Value::Object(map) => Ok(Obj {
                map,
                path,
                tp: None,
            }),
            _ => Err(FormatError {
                kind: ErrorKind::WrongType {
                    expected: Expected::Object,
                },
                path,
                touchpoint: None,
            }),
        }
    }

    pub(super) fn err(&self, key: &str, kind: ErrorKind) -> FormatError {
        FormatError {
            kind,
            path: join(&self.path, key),
            touchpoint: self.tp.clone(),
        }
    }

    pub(super) fn wrong(&self, key: &str, expected: Expected) -> FormatError {
        self.err(key, ErrorKind::WrongType { expected })
    }

    /// The value of `key`; `null` counts as absent.
    pub(super) fn get(&self, key: &str) -> Option<&'v Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    pub(super) fn require<T>(&self, key: &str, v: Option<T>) -> Result<T, FormatError> {
        v.ok_or_else(|| self.err(key, ErrorKind::Missing))
    }

    pub(super) fn text(&self, key: &str, max_chars: usize) -> Result<Option<String>, FormatError> {
        match self.get(key) {
            None => Ok(None),
            // Control characters are dropped before the length is checked: they are
            // not text we keep (see `model::clean`).
            Some(Value::String(s)) => match clean_counted(s, max_chars) {
                (_, true) => Err(self.err(key, ErrorKind::TooLong { max_chars })),
                (kept, false) => Ok(Some(kept)),
            },
            Some(_) => Err(self.wrong(key, Expected::Text)),
        }
    }

    pub(super) fn number(&self, key: &str) -> Result<Option<f64>, FormatError> {
        match self.get(key).map(|v| v.as_f64()) {
            None => Ok(None),
            Some(Some(x)) if x.is_finite() => Ok(Some(x)),
            Some(_) => Err(self.wrong(key, Expected::Number)),
        }
    }

    pub(super) fn whole(&self, key: &str) -> Result<Option<f64>, FormatError> {
        match self.get(key).map(|v| v.as_f64()) {
            None => Ok(None),
            Some(Some(x)) if x.is_finite() && x.fract() == 0.0 => Ok(Some(x)),
            Some(_) => Err(self.wrong(key, Expected::WholeNumber)),
        }
    }

    pub(super) fn id(&self, key: &str) -> Result<Option<u32>, FormatError> {
        match self.whole(key)? {
            None => Ok(None),
            Some(x) if (0.0..=f64::from(MAX_ID)).contains(&x) => Ok(Some(x as u32)),
            Some(_) => Err(self.err(key, ErrorKind::BadId { max: MAX_ID })),
        }
    }

    pub(super) fn flag(&self, key: &str) -> Result<Option<bool>, FormatError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(self.wrong(key, Expected::TrueOrFalse)),
        }
    }

    pub(super) fn object(&self, key: &str) -> Result<Option<Obj<'v>>, FormatError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Object(map)) => Ok(Some(Obj {
                map,
                path: join(&self.path, key),
                tp: self.tp.clone(),
            })),
            Some(_) => Err(self.wrong(key, Expected::Object)),
        }
    }

    pub(super) fn list(
        &self,
        key: &str,
        max: usize,
    ) -> Result<Option<&'v Vec<Value>>, FormatError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Array(a)) if a.len() > max => {
                Err(self.err(key, ErrorKind::TooMany { max }))
            }
            Some(Value::Array(a)) => Ok(Some(a)),
            Some(_) => Err(self.wrong(key, Expected::List)),
        }
    }

    /// The `i`-th element of list `key` as an object.
    pub(super) fn item(&self, key: &str, i: usize, v: &'v Value) -> Result<Obj<'v>, FormatError> {
        Obj::root(v, format!("{}[{i}]", join(&self.path, key)))
    }
}
