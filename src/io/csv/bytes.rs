//! File bytes to text: refuses pictures, PDFs, workbooks, UTF-16 and other binary files
//! by their first bytes, and falls back to Windows-1252 when the text is not UTF-8.

use super::cp1252::decode_windows_1252;
use super::{CsvError, FileKind, MAX_CSV_BYTES};
use std::borrow::Cow;

const MAGIC: [(&[u8], FileKind); 7] = [
    (b"\x89PNG\r\n\x1a\n", FileKind::Png),
    (b"\xff\xd8\xff", FileKind::Jpeg),
    (b"GIF87a", FileKind::Gif),
    (b"GIF89a", FileKind::Gif),
    (b"%PDF-", FileKind::Pdf),
    (b"PK\x03\x04", FileKind::Workbook),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", FileKind::Workbook),
];

/// What binary file `bytes` starts like, if it is one of the kinds people mistake for a
/// journey (a picture, a PDF, a workbook).
pub fn looks_like(bytes: &[u8]) -> Option<FileKind> {
    MAGIC
        .iter()
        .find(|(m, _)| bytes.starts_with(m))
        .map(|(_, kind)| *kind)
}

/// Turns file bytes into text, refusing what is not text. The flag tells whether the
/// Windows-1252 fallback was used.
pub(super) fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, bool), CsvError> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(CsvError::TooLarge {
            bytes: bytes.len(),
            max: MAX_CSV_BYTES,
        });
    }
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return Err(CsvError::Utf16);
    }
    if let Some((_, kind)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Err(CsvError::NotText {
            looks_like: Some(*kind),
        });
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let sample = &bytes[..bytes.len().min(4096)];
    let nuls = |parity: usize| {
        sample
            .iter()
            .enumerate()
            .filter(|(i, b)| **b == 0 && i % 2 == parity)
            .count()
    };
    let (even, odd) = (nuls(0), nuls(1));
    if even + odd > 0 {
        // UTF-16 text that is mostly ASCII has a NUL in every other byte.
        let half = sample.len() / 2;
        if half > 0 && (even.max(odd) * 10 >= half * 7) && even.min(odd) * 10 <= half {
            return Err(CsvError::Utf16);
        }
        return Err(CsvError::NotText { looks_like: None });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(CsvError::Empty);
    }
    let (text, cp1252) = match std::str::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), false),
        Err(_) => (Cow::Owned(decode_windows_1252(bytes)), true),
    };
    let controls = text
        .chars()
        .take(4096)
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c'))
        .count();
    if controls * 20 > text.chars().take(4096).count() {
        return Err(CsvError::NotText { looks_like: None });
    }
    Ok((text, cp1252))
}
