//! Calendar dates without a clock or a time zone: what a story's date and a plan's Fridays
//! are. Written and read as ISO 8601 `YYYY-MM-DD` (the proleptic Gregorian calendar).
//!
//! Days are counted from 1970-01-01 (day 0) with the usual era arithmetic: a 400-year era
//! holds 146,097 days, and counting years from March puts the leap day last, so the day of
//! the year follows from the month by a fixed formula.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Earliest and latest year a date may carry: wide enough for any journey, narrow enough
/// that day arithmetic never overflows and a typo like `20266` is refused.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2200;

/// A day of the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a text is not a date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("a date is written as YYYY-MM-DD, like 2026-12-04")]
    Shape,
    #[error("there is no such day in the calendar")]
    NoSuchDay,
    #[error("a date must lie between {MIN_YEAR} and {MAX_YEAR}")]
    OutOfRange,
}

/// The days of the week, Monday first (ISO 8601).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// A date, checked: the day exists and the year is within range.
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, DateError> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(DateError::OutOfRange);
        }
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(DateError::NoSuchDay);
        }
        Ok(Date { year, month, day })
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    pub fn month(&self) -> u8 {
        self.month
    }

    pub fn day(&self) -> u8 {
        self.day
    }

    /// Reads `YYYY-MM-DD` (surrounding spaces allowed; a time after a `T` is ignored, so
    /// `2026-12-04T09:00:00Z` from a spreadsheet is the 4th).
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let s = s.trim();
        let s = s.split_once('T').map_or(s, |(d, _)| d);
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Shape);
        }
        let digits = |r: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = &s[r];
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return Err(DateError::Shape);
            }
            part.parse().map_err(|_| DateError::Shape)
        };
        let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        Date::new(y as i32, m as u8, d as u8)
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(&self) -> i64 {
        // Years counted from March: January and February belong to the year before.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let m = i64::from(self.month);
        let month_from_march = if m > 2 { m - 3 } else { m + 9 };
        let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` after 1970-01-01; `None` outside the supported years.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_from_march = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
        let month = if month_from_march < 10 {
            month_from_march + 3
        } else {
            month_from_march - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        let year = i32::try_from(year).ok()?;
        Date::new(year, month as u8, day as u8).ok()
    }

    /// The date `n` days later (earlier when negative); `None` outside the supported years.
    pub fn add_days(&self, n: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch() + n)
    }

    pub fn weekday(&self) -> Weekday {
        // 1970-01-01 was a Thursday.
        const FROM_THURSDAY: [Weekday; 7] = [
            Weekday::Thursday,
            Weekday::Friday,
            Weekday::Saturday,
            Weekday::Sunday,
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
        ];
        FROM_THURSDAY[self.days_since_epoch().rem_euclid(7) as usize]
    }

    /// This date when it is a Friday, else the next Friday.
    pub fn next_friday(&self) -> Option<Date> {
        let ahead = (1 - self.days_since_epoch()).rem_euclid(7);
        self.add_days(ahead)
    }

    /// `YYYYMMDD`, as iCalendar writes a date (RFC 5545 §3.3.4).
    pub fn basic(&self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn reads_and_writes_iso_dates() {
        assert_eq!(d("2026-12-04").to_string(), "2026-12-04");
        assert_eq!(d(" 2026-12-04T09:30:00Z ").to_string(), "2026-12-04");
        assert_eq!(d("2024-02-29").basic(), "20240229");
        assert_eq!(Date::parse("2026-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2026-13-01"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2026-12-4"), Err(DateError::Shape));
        assert_eq!(Date::parse("4-12-2026"), Err(DateError::Shape));
        assert_eq!(Date::parse("+026-12-04"), Err(DateError::Shape));
        assert_eq!(Date::parse("1899-12-31"), Err(DateError::OutOfRange));
        assert_eq!(Date::parse(""), Err(DateError::Shape));
        assert_eq!(Date::parse("2026-12-٠٤"), Err(DateError::Shape));
    }

    #[test]
    fn day_numbers_match_known_dates() {
        // Known day numbers: 1970-01-01 is 0, 2000-03-01 is 11,017, 2026-12-04 is 20,791.
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("2000-03-01").days_since_epoch(), 11_017);
        assert_eq!(d("2026-12-04").days_since_epoch(), 20_791);
        assert_eq!(d("1969-12-31").days_since_epoch(), -1);
        // Every day from 1900 to 2200 goes there and back.
        let first = d("1900-01-01").days_since_epoch();
        let last = d("2200-12-31").days_since_epoch();
        for n in first..=last {
            assert_eq!(
                Date::from_days_since_epoch(n).unwrap().days_since_epoch(),
                n
            );
        }
        assert_eq!(Date::from_days_since_epoch(last + 1), None);
    }

    #[test]
    fn weekdays_and_fridays() {
        assert_eq!(d("1970-01-01").weekday(), Weekday::Thursday);
        assert_eq!(d("2026-12-02").weekday(), Weekday::Wednesday);
        assert_eq!(d("2026-12-04").weekday(), Weekday::Friday);
        assert_eq!(d("2026-12-02").next_friday(), Some(d("2026-12-04")));
        assert_eq!(d("2026-12-04").next_friday(), Some(d("2026-12-04")));
        assert_eq!(d("2026-12-05").next_friday(), Some(d("2026-12-11")));
        // Twelve weeks on crosses the new year and a leap day.
        assert_eq!(d("2027-12-31").add_days(7 * 9), Some(d("2028-03-03")));
        assert_eq!(d("2028-03-03").weekday(), Weekday::Friday);
    }

    #[test]
    fn serde_uses_the_iso_text() {
        let v = serde_json::to_value(d("2026-12-04")).unwrap();
        assert_eq!(v, serde_json::json!("2026-12-04"));
        let back: Date = serde_json::from_value(v).unwrap();
        assert_eq!(back, d("2026-12-04"));
        assert!(serde_json::from_value::<Date>(serde_json::json!("tomorrow")).is_err());
    }
}
