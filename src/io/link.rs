//! The share-link codec: a payload (the journey's JSON) packed into text that can sit in
//! a URL fragment, and unpacked again from whatever mail and chat made of the link.
//!
//! A link token is `j1.` followed by the payload, raw-deflated and written in base64url
//! without padding. The fragment is never sent to a server, so the journey stays in the
//! browser. Decoding tolerates inserted whitespace and line breaks, quoted-printable soft
//! breaks, `>` quote markers, `%`-encoding, surrounding punctuation and the whole URL
//! being pasted; it caps the unpacked size so a small link cannot expand without bound.
//!
//! Pure Rust: never imports yew, web-sys, gloo or wasm-bindgen.

use thiserror::Error;

/// The format this code writes: the `1` in `j1.`.
pub const LINK_VERSION: u32 = 1;
/// Most bytes a link may unpack to; more is refused as [`LinkError::TooBig`].
pub const MAX_PAYLOAD_BYTES: usize = 1024 * 1024;
/// Longest text we search for a link (a pasted link is at most a few kilobytes; this
/// leaves room for a whole message around it).
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;
/// Links longer than this are unreliable in mail clients, chat, course platforms and some
/// browsers; the UI should offer a file (or a preset) instead. Measured by [`link_chars`].
pub const RECOMMENDED_MAX_LINK_CHARS: usize = 2_000;

/// How long a link is, the one measure for every "link too long" check: the characters
/// of the whole address a person copies (page, query and fragment), since that is what
/// mail clients and platforms cut, not the bytes of the token alone.
pub fn link_chars(url: &str) -> usize {
    url.chars().count()
}

/// Whether the address `url` is longer than links can be trusted to travel
/// ([`RECOMMENDED_MAX_LINK_CHARS`], measured by [`link_chars`]).
pub fn link_too_long(url: &str) -> bool {
    link_chars(url) > RECOMMENDED_MAX_LINK_CHARS
}

/// Why a link could not be opened.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LinkError {
    #[error("no Peakend share link was found in the text")]
    NotFound,
    #[error("this link was made by a newer version of Peakend (format {version})")]
    UnknownVersion { version: u32 },
    #[error("the link is damaged or incomplete")]
    Damaged,
    #[error("the link would unpack to more than {max} bytes")]
    TooBig { max: usize },
    #[error("the text has {bytes} bytes; at most {max} are searched for a link")]
    TooLong { bytes: usize, max: usize },
}

// ---------------------------------------------------------------------------------------
// base64url without padding
// ---------------------------------------------------------------------------------------

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Encodes bytes as base64url (RFC 4648 §5) without `=` padding.
pub fn base64url_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let sextets = [(n >> 18) & 63, (n >> 12) & 63, (n >> 6) & 63, n & 63];
        for s in &sextets[..chunk.len() + 1] {
            out.push(char::from(ALPHABET[*s as usize]));
        }
    }
    out
}

fn sextet(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// Decodes base64url without padding. A dangling single character (which cannot carry a
/// whole byte) is ignored rather than refused: it is usually punctuation a chat app glued on.
pub fn base64url_decode(text: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.chunks(4) {
        if chunk.len() == 1 {
            break;
        }
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= sextet(*c)? << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..chunk.len() - 1]);
    }
    Some(out)
}

// ---------------------------------------------------------------------------------------
// Encode
// ---------------------------------------------------------------------------------------

/// Packs `payload` into a link token (`j1.…`) to put after the `#` of the app's URL.
pub fn encode(payload: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(payload.as_bytes(), 10);
    format!("j{LINK_VERSION}.{}", base64url_encode(&packed))
}

// ---------------------------------------------------------------------------------------
// Decode
// ---------------------------------------------------------------------------------------

fn hex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Undoes `%XX` escapes (invalid ones stay as they are). Returns whether any was found.
fn percent_decode(text: &[u8]) -> (Vec<u8>, bool) {
    let mut out = Vec::with_capacity(text.len());
    let mut found = false;
    let mut i = 0;
    while i < text.len() {
        if text[i] == b'%'
            && let (Some(h), Some(l)) = (
                text.get(i + 1).copied().and_then(hex),
                text.get(i + 2).copied().and_then(hex),
            )
        {
            out.push(h << 4 | l);
            found = true;
            i += 3;
            continue;
        }
        out.push(text[i]);
        i += 1;
    }
    (out, found)
}

/// Where a token `j<digits>.` starts in `text`, with its version and the offset of the
/// payload. When `strict`, the `j` must not be glued to a preceding letter or digit.
fn find_token(text: &[u8], strict: bool) -> Option<(Result<u32, ()>, usize)> {
    (0..text.len()).find_map(|i| {
        if text[i] != b'j' || (strict && i > 0 && text[i - 1].is_ascii_alphanumeric()) {
            return None;
        }
        let digits = text[i + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let dot = i + 1 + digits;
        if digits == 0 || text.get(dot) != Some(&b'.') {
            return None;
        }
        let version = std::str::from_utf8(&text[i + 1..dot])
            .ok()
            .and_then(|d| d.parse::<u32>().ok())
            .ok_or(());
        Some((version, dot + 1))
    })
}

/// Finds the token, preferring one after a `#` so that `…/proj1.html#j1.…` finds the
/// right one.
fn locate(text: &[u8], strict: bool) -> Option<(Result<u32, ()>, usize)> {
    text.iter()
        .position(|&c| c == b'#')
        .and_then(|h| find_token(&text[h + 1..], strict).map(|(v, at)| (v, at + h + 1)))
        .or_else(|| find_token(text, strict))
}

/// The text without what mail and chat insert: whitespace, `=` soft line breaks, `>`
/// quote markers at the start of a line.
fn squeeze(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut line_start = true;
    for (i, &c) in text.iter().enumerate() {
        match c {
            b'\n' | b'\r' => line_start = true,
            b' ' | b'\t' | 0x0b | 0x0c => {}
            b'>' if line_start => {}
            b'=' if matches!(text.get(i + 1), Some(b'\n' | b'\r')) => {}
            _ => {
                out.push(c);
                line_start = false;
            }
        }
    }
    out
}

/// Collects the payload characters from `start`, passing over what mail and chat insert:
/// whitespace and line breaks, `=` soft line breaks (quoted-printable), `>` quote markers
/// at the start of a line. Stops at the first other character (`)`, `.`, `>`, `]`…).
fn collect_payload(text: &[u8], start: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let mut line_start = false;
    let mut i = start;
    while let Some(&c) = text.get(i) {
        match c {
            _ if sextet(c).is_some() => {
                out.push(c);
                line_start = false;
            }
            b'\n' | b'\r' => line_start = true,
            b' ' | b'\t' | 0x0b | 0x0c => {}
            b'>' if line_start => {}
            b'=' if matches!(text.get(i + 1), Some(b'\n' | b'\r')) => {}
            _ => break,
        }
        i += 1;
    }
    out
}

/// Unpacks a link token from text: the token alone, the fragment, the whole URL, or a
/// message that contains it.
pub fn decode(text: &str) -> Result<String, LinkError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(LinkError::TooLong {
            bytes: text.len(),
            max: MAX_INPUT_BYTES,
        });
    }
    // Links are sometimes escaped twice (`%252E`); undo up to three layers.
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..3 {
        let (decoded, found) = percent_decode(&bytes);
        bytes = decoded;
        if !found {
            break;
        }
    }
    // A break inside `j1.` itself hides the token: look again with the noise removed.
    let squeezed;
    let (text, (version, start)) = match locate(&bytes, true) {
        Some(found) => (&bytes[..], found),
        None => {
            squeezed = squeeze(&bytes);
            match locate(&squeezed, false) {
                Some(found) => (&squeezed[..], found),
                None => return Err(LinkError::NotFound),
            }
        }
    };
    match version {
        Ok(LINK_VERSION) => {}
        Ok(version) => return Err(LinkError::UnknownVersion { version }),
        Err(()) => return Err(LinkError::Damaged),
    }
    let payload = collect_payload(text, start);
    if payload.is_empty() {
        return Err(LinkError::Damaged);
    }
    let packed = base64url_decode(&payload).ok_or(LinkError::Damaged)?;
    // Bytes after the end of the deflate stream (text glued onto the link) are ignored.
    let unpacked = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_PAYLOAD_BYTES)
        .map_err(|e| match e.status {
        miniz_oxide::inflate::TINFLStatus::HasMoreOutput => LinkError::TooBig {
            max: MAX_PAYLOAD_BYTES,
        },
        _ => LinkError::Damaged,
    })?;
    String::from_utf8(unpacked).map_err(|_| LinkError::Damaged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        let cases: [(&str, &str); 7] = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, coded) in cases {
            assert_eq!(base64url_encode(plain.as_bytes()), coded);
            assert_eq!(
                base64url_decode(coded.as_bytes()).unwrap(),
                plain.as_bytes()
            );
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode(b"Zm9v!A"), None);
        assert_eq!(
            base64url_decode(b"Zm9vY").unwrap(),
            b"foo",
            "a dangling char is ignored"
        );
    }

    #[test]
    fn round_trip_and_tolerance() {
        let link = encode("{\"title\":\"Hallo wereld\"}");
        assert!(link.starts_with("j1."));
        assert_eq!(decode(&link).unwrap(), "{\"title\":\"Hallo wereld\"}");
        let url = format!("<https://example.org/proj1.html#{link}>).");
        assert_eq!(decode(&url).unwrap(), "{\"title\":\"Hallo wereld\"}");
    }

    #[test]
    fn too_long_counts_the_whole_address_in_characters() {
        // A token just under the limit inside an address that is over it: too long, as
        // the embed dialog's iframe address and the share link must both say.
        let token = format!("j1.{}", "A".repeat(RECOMMENDED_MAX_LINK_CHARS - 10));
        assert!(!link_too_long(&token));
        let embed = format!("https://cursus.example.nl/peakend/?embed&static&lang=nl#{token}");
        assert!(link_too_long(&embed));
        // Characters, not bytes: 2,000 'é' are 4,000 bytes and still within the limit.
        let accents = "é".repeat(RECOMMENDED_MAX_LINK_CHARS);
        assert_eq!(link_chars(&accents), RECOMMENDED_MAX_LINK_CHARS);
        assert!(!link_too_long(&accents));
        assert!(link_too_long(&format!("{accents}x")));
    }

    #[test]
    fn errors_are_specific() {
        assert_eq!(decode("hello"), Err(LinkError::NotFound));
        assert_eq!(
            decode("#j2.AAAA"),
            Err(LinkError::UnknownVersion { version: 2 })
        );
        assert_eq!(decode("#j1.!!!"), Err(LinkError::Damaged));
        assert_eq!(decode("#j1.AAAAAAAA"), Err(LinkError::Damaged));
        assert_eq!(decode("#j99999999999.AAAA"), Err(LinkError::Damaged));
    }
}
