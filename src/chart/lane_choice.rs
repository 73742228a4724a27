//! Which lanes a surface shows (the embed's `lanes=bank,expect,promises`): a small value
//! that reads and writes the address's list and picks those lanes out of [`LanesData`].
//!
//! `promises` brings the failure-demand lane along: the contacts a broken promise causes
//! are the other half of the same story (seed `004`), and the address names only three.
//!
//! Pure Rust: never imports yew, web-sys or wasm-bindgen; never fails on what an address
//! holds (unknown names are ignored).

use super::lanes::{Lane, LanesData};

/// The lanes to show; all three off shows none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct LaneChoice {
    /// The emotional bank account.
    pub bank: bool,
    /// Expectations (`expect`).
    pub expect: bool,
    /// Promises, and the failure demand they cause.
    pub promises: bool,
}

impl LaneChoice {
    /// Every lane.
    pub const ALL: LaneChoice = LaneChoice {
        bank: true,
        expect: true,
        promises: true,
    };

    /// Reads the value of `lanes=`: names separated by commas, in any order and case.
    /// Empty or `all` is every lane; names it does not know are ignored.
    pub fn parse(value: &str) -> LaneChoice {
        let value = value.trim();
        if value.is_empty() {
            return LaneChoice::ALL;
        }
        let mut c = LaneChoice::default();
        for name in value.split(',').map(|n| n.trim().to_ascii_lowercase()) {
            match name.as_str() {
                "all" => return LaneChoice::ALL,
                "bank" => c.bank = true,
                "expect" => c.expect = true,
                "promises" => c.promises = true,
                _ => {}
            }
        }
        c
    }

    /// The value for `lanes=` in a fixed order (`bank,expect,promises`); `None` when no
    /// lane is chosen, so the address leaves `lanes` out.
    pub fn to_param(self) -> Option<String> {
        let names: Vec<&str> = [
            (self.bank, "bank"),
            (self.expect, "expect"),
            (self.promises, "promises"),
        ]
        .into_iter()
        .filter_map(|(on, n)| on.then_some(n))
        .collect();
        (!names.is_empty()).then(|| names.join(","))
    }

    /// Whether no lane is chosen.
    pub fn is_empty(self) -> bool {
        !(self.bank || self.expect || self.promises)
    }

    /// Whether `lane` is one of the chosen.
    pub fn shows(self, lane: &Lane) -> bool {
        match lane {
            Lane::Bank { .. } => self.bank,
            Lane::Expectations { .. } => self.expect,
            Lane::Promises { .. } | Lane::FailureDemand { .. } => self.promises,
        }
    }

    /// Which of the three `data` has something in (the bank always has, once there are
    /// touchpoints): a surface offers only these.
    pub fn available(data: &LanesData) -> LaneChoice {
        let mut c = LaneChoice::default();
        for lane in &data.lanes {
            match lane {
                Lane::Bank { .. } => c.bank = true,
                Lane::Expectations { .. } => c.expect = true,
                Lane::Promises { .. } | Lane::FailureDemand { .. } => c.promises = true,
            }
        }
        c
    }

    /// The lanes chosen both here and in `other`.
    pub fn and(self, other: LaneChoice) -> LaneChoice {
        LaneChoice {
            bank: self.bank && other.bank,
            expect: self.expect && other.expect,
            promises: self.promises && other.promises,
        }
    }
}

impl LanesData {
    /// Only the chosen lanes, in their usual order.
    pub fn only(mut self, choice: LaneChoice) -> LanesData {
        self.lanes.retain(|l| choice.shows(l));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::lanes::{lane_name, lanes_svg};
    use crate::i18n::Lang;

    const BANK: LaneChoice = LaneChoice {
        bank: true,
        expect: false,
        promises: false,
    };

    #[test]
    fn the_address_list_reads_in_any_order_and_ignores_strangers() {
        assert_eq!(LaneChoice::parse("bank"), BANK);
        let two = LaneChoice {
            bank: false,
            expect: true,
            promises: true,
        };
        assert_eq!(LaneChoice::parse("promises,expect"), two);
        assert_eq!(LaneChoice::parse("Expect, PROMISES"), two);
        assert_eq!(LaneChoice::parse("expect,promises,banana,"), two);
        assert_eq!(LaneChoice::parse(""), LaneChoice::ALL);
        assert_eq!(LaneChoice::parse("all"), LaneChoice::ALL);
        assert_eq!(LaneChoice::parse("bank,all"), LaneChoice::ALL);
        assert!(LaneChoice::parse("banana").is_empty());
        assert!(LaneChoice::parse(",,,").is_empty());
    }

    #[test]
    fn the_list_is_written_in_one_order_and_reads_back() {
        assert_eq!(
            LaneChoice::ALL.to_param().as_deref(),
            Some("bank,expect,promises")
        );
        assert_eq!(
            LaneChoice::parse("promises,bank").to_param().as_deref(),
            Some("bank,promises")
        );
        assert_eq!(LaneChoice::default().to_param(), None);
        for bits in 0..8u8 {
            let c = LaneChoice {
                bank: bits & 1 != 0,
                expect: bits & 2 != 0,
                promises: bits & 4 != 0,
            };
            if let Some(p) = c.to_param() {
                assert_eq!(LaneChoice::parse(&p), c, "{p}");
            } else {
                assert!(c.is_empty());
            }
        }
    }

    fn telecom() -> LanesData {
        crate::i18n::lanes::text::tests::telecom()
    }

    fn names(d: &LanesData) -> Vec<&'static str> {
        d.lanes.iter().map(|l| lane_name(l, Lang::En)).collect()
    }

    #[test]
    fn only_the_chosen_lanes_are_kept_and_drawn() {
        let bank = telecom().only(BANK);
        assert_eq!(names(&bank), ["Emotional bank account"]);
        let svg = lanes_svg(&bank, 800, 300);
        assert!(svg.contains("Emotional bank account"));
        assert!(!svg.contains("Promises") && !svg.contains("Expectations"));
        assert!(!svg.contains("Failure demand"));

        let promises = telecom().only(LaneChoice::parse("promises"));
        assert_eq!(names(&promises), ["Promises", "Failure demand"]);
        let expect = telecom().only(LaneChoice::parse("expect"));
        assert_eq!(names(&expect), ["Expectations"]);
        assert_eq!(telecom().only(LaneChoice::ALL), telecom());
        assert!(telecom().only(LaneChoice::default()).lanes.is_empty());
    }

    #[test]
    fn what_a_journey_has_decides_what_is_offered() {
        assert_eq!(LaneChoice::available(&telecom()), LaneChoice::ALL);
        let only_bank = telecom().only(BANK);
        assert_eq!(LaneChoice::available(&only_bank), BANK);
        assert_eq!(
            LaneChoice::available(&LanesData::default()),
            LaneChoice::default()
        );
        assert_eq!(LaneChoice::ALL.and(BANK), BANK);
        assert!(BANK.and(LaneChoice::parse("expect")).is_empty());
    }
}
