//! An iCalendar file (RFC 5545) of all-day events: how the twelve-week plan lands in
//! people's agendas without a server. Only what calendars need: `VCALENDAR` with `VERSION`
//! and `PRODID`, and per event `UID`, `DTSTAMP`, `DTSTART`/`DTEND` as dates, `SUMMARY`,
//! `DESCRIPTION`.
//!
//! Text values are escaped (§3.3.11: backslash, semicolon, comma, line break), lines end
//! in CR LF and are folded so none is longer than 75 octets (§3.1), never inside a
//! UTF-8 character.
//!
//! Pure Rust: never imports yew, web-sys or wasm-bindgen.

use crate::model::Date;

/// The product identifier every file carries.
pub const PRODID: &str = "-//Peakend//Moments of truth plan//EN";
/// Longest line, in octets, without its CR LF.
pub const MAX_LINE_OCTETS: usize = 75;

/// One all-day event.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Stable across exports, so a calendar that imports the file again updates the
    /// event instead of adding a second one.
    pub uid: String,
    pub date: Date,
    pub summary: String,
    pub description: String,
}

/// Escapes a TEXT value.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT (§3.3.11).
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at [`MAX_LINE_OCTETS`]: a continuation line starts
/// with a space, which counts towards its 75 octets.
fn line(out: &mut String, content: &str) {
    let mut room = MAX_LINE_OCTETS;
    let mut used = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if used + n > room {
            out.push_str("\r\n ");
            room = MAX_LINE_OCTETS - 1;
            used = 0;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

/// `YYYYMMDDTHHMMSSZ` for a moment in milliseconds since 1970 (UTC), as `DTSTAMP` wants.
/// Moments outside the supported years fall back to 1970.
pub fn utc_stamp(ms: f64) -> String {
    let secs = if ms.is_finite() {
        (ms / 1000.0).floor() as i64
    } else {
        0
    };
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    match Date::from_days_since_epoch(days) {
        Some(d) => format!(
            "{}T{:02}{:02}{:02}Z",
            d.basic(),
            rest / 3600,
            rest % 3600 / 60,
            rest % 60
        ),
        None => "19700101T000000Z".to_string(),
    }
}

/// The calendar: its name, its events, and the time it was made (`stamp`, from
/// [`utc_stamp`]).
pub fn write_calendar(name: &str, events: &[Event], stamp: &str) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, &format!("PRODID:{PRODID}"));
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    // Not in RFC 5545 but read by most calendars as the calendar's title.
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    for e in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", escape(&e.uid)));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(&mut out, &format!("DTSTART;VALUE=DATE:{}", e.date.basic()));
        // An all-day event ends (exclusively) the next day.
        if let Some(end) = e.date.add_days(1) {
            line(&mut out, &format!("DTEND;VALUE=DATE:{}", end.basic()));
        }
        line(&mut out, &format!("SUMMARY:{}", escape(&e.summary)));
        if !e.description.is_empty() {
            line(&mut out, &format!("DESCRIPTION:{}", escape(&e.description)));
        }
        line(&mut out, "TRANSP:TRANSPARENT");
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// A short, stable fingerprint of a text (FNV-1a, 64 bits) for event UIDs: the same
/// journey and plan give the same UIDs, different journeys different ones.
pub fn fingerprint(s: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The content lines of a calendar with their folds undone (RFC 5545 §3.1), for tests.
#[cfg(test)]
pub(crate) fn unfold(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for l in s.split("\r\n") {
        match l.strip_prefix(' ') {
            Some(rest) => {
                if let Some(last) = out.last_mut() {
                    last.push_str(rest);
                }
            }
            None => out.push(l.to_string()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\r\ne\nf\u{7}"), "a\\,b\\;c\\\\d\\ne\\nf");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let d = Date::parse("2026-12-04").unwrap();
        let summary = "Ééééé ".repeat(40);
        let e = Event {
            uid: "w1@peakend".into(),
            date: d,
            summary: summary.clone(),
            description: String::new(),
        };
        let ics = write_calendar("Plan", &[e], "20261202T102500Z");
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for l in ics.split("\r\n") {
            assert!(l.len() <= MAX_LINE_OCTETS, "{} octets: {l}", l.len());
            assert!(!l.contains('\n') && !l.contains('\r'));
        }
        let lines = unfold(&ics);
        assert!(lines.contains(&format!("SUMMARY:{summary}")));
        assert!(lines.contains(&"DTSTART;VALUE=DATE:20261204".to_string()));
        assert!(lines.contains(&"DTEND;VALUE=DATE:20261205".to_string()));
    }

    #[test]
    fn stamps_in_utc() {
        // 2026-12-02 10:25:00 UTC is 1,796,207,100 seconds after 1970.
        assert_eq!(utc_stamp(1_796_207_100_000.0), "20261202T102500Z");
        assert_eq!(utc_stamp(f64::NAN), "19700101T000000Z");
        assert_eq!(fingerprint("a"), "af63dc4c8601ec8c");
    }
}
