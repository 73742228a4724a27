//! Changing a survey's column mapping the way the mapping step does: a column's role, an
//! item's role (long shape), the touchpoints' journey order. Each keeps the mapping
//! coherent: the touchpoint list holds exactly the touchpoint columns, and only one column
//! (or item) is the overall rating or the recommend question.
//!
//! Pure Rust.

use super::survey::{Mapping, Role};

impl Mapping {
    /// Gives column `column` the role `role`. A new touchpoint joins the end of the journey
    /// order; a column that stops being one leaves it; a new overall or NPS column takes the
    /// role from the one that had it (which becomes ignored). Out of range: no change.
    pub fn set_role(&mut self, column: usize, role: Role) {
        if column >= self.roles.len() {
            return;
        }
        if matches!(
            role,
            Role::Overall | Role::Nps | Role::Respondent | Role::Item | Role::Answer
        ) {
            for r in self.roles.iter_mut().filter(|r| **r == role) {
                *r = Role::Ignore;
            }
        }
        self.roles[column] = role;
        let roles = &self.roles;
        self.touchpoints
            .retain(|c| roles.get(*c) == Some(&Role::Touchpoint));
        if role == Role::Touchpoint && !self.touchpoints.contains(&column) {
            self.touchpoints.push(column);
        }
    }

    /// Long shape: makes `item` a touchpoint (at the end of the order), the overall rating,
    /// the recommend question, or ignored (any other role).
    pub fn set_item_role(&mut self, item: &str, role: Role) {
        self.items.retain(|i| i != item);
        if self.overall_item.as_deref() == Some(item) {
            self.overall_item = None;
        }
        if self.nps_item.as_deref() == Some(item) {
            self.nps_item = None;
        }
        match role {
            Role::Touchpoint => self.items.push(item.to_string()),
            Role::Overall => self.overall_item = Some(item.to_string()),
            Role::Nps => self.nps_item = Some(item.to_string()),
            _ => {}
        }
    }

    /// The role of a long-shape item.
    pub fn item_role(&self, item: &str) -> Role {
        if self.items.iter().any(|i| i == item) {
            Role::Touchpoint
        } else if self.overall_item.as_deref() == Some(item) {
            Role::Overall
        } else if self.nps_item.as_deref() == Some(item) {
            Role::Nps
        } else {
            Role::Ignore
        }
    }

    /// Moves the touchpoint at place `from` of the journey order by `by` places (clamped).
    pub fn move_touchpoint(&mut self, from: usize, by: isize) {
        let list_len = match self.shape {
            super::survey::Shape::Wide => self.touchpoints.len(),
            super::survey::Shape::Long => self.items.len(),
        };
        if from >= list_len {
            return;
        }
        let to = from.saturating_add_signed(by).min(list_len - 1);
        match self.shape {
            super::survey::Shape::Wide => {
                let c = self.touchpoints.remove(from);
                self.touchpoints.insert(to, c);
            }
            super::survey::Shape::Long => {
                let c = self.items.remove(from);
                self.items.insert(to, c);
            }
        }
    }

    /// How many touchpoints the mapping names (a mapping without any cannot be read).
    pub fn touchpoint_count(&self) -> usize {
        match self.shape {
            super::survey::Shape::Wide => self.touchpoints.len(),
            super::survey::Shape::Long => self.items.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Scale;
    use crate::model::survey::{NpsScale, Shape};

    fn mapping(roles: Vec<Role>, touchpoints: Vec<usize>) -> Mapping {
        Mapping {
            shape: Shape::Wide,
            roles,
            touchpoints,
            items: vec![],
            overall_item: None,
            nps_item: None,
            touchpoint_scale: Scale::default(),
            overall_scale: Scale::default(),
            nps_scale: NpsScale::ZeroToTen,
        }
    }

    #[test]
    fn roles_keep_the_touchpoint_order_and_one_overall() {
        use Role::*;
        let mut m = mapping(
            vec![Respondent, Touchpoint, Touchpoint, Overall, Ignore],
            vec![2, 1],
        );
        m.set_role(4, Touchpoint);
        assert_eq!(m.touchpoints, [2, 1, 4], "a new touchpoint goes last");
        m.set_role(2, Segment);
        assert_eq!(m.touchpoints, [1, 4]);
        m.set_role(1, Overall);
        assert_eq!(m.roles, [Respondent, Overall, Segment, Ignore, Touchpoint]);
        assert_eq!(m.touchpoints, [4]);
        m.set_role(4, Touchpoint);
        assert_eq!(m.touchpoints, [4], "never twice");
        m.set_role(9, Touchpoint);
        assert_eq!(m.roles.len(), 5, "out of range: unchanged");
        m.move_touchpoint(0, 1);
        assert_eq!(m.touchpoints, [4]);
        m.set_role(3, Touchpoint);
        m.move_touchpoint(1, -5);
        assert_eq!(m.touchpoints, [3, 4], "clamped at the top");
        m.move_touchpoint(0, 1);
        assert_eq!(m.touchpoints, [4, 3]);
        assert_eq!(m.touchpoint_count(), 2);
    }

    #[test]
    fn long_items_take_one_role_each() {
        let mut m = mapping(vec![Role::Respondent, Role::Item, Role::Answer], vec![]);
        m.shape = Shape::Long;
        m.set_item_role("Offer", Role::Touchpoint);
        m.set_item_role("Invoice", Role::Touchpoint);
        m.set_item_role("Overall", Role::Overall);
        m.set_item_role("NPS", Role::Nps);
        assert_eq!(m.items, ["Offer", "Invoice"]);
        m.move_touchpoint(1, -1);
        assert_eq!(m.items, ["Invoice", "Offer"]);
        m.set_item_role("Offer", Role::Nps);
        assert_eq!(m.nps_item.as_deref(), Some("Offer"));
        assert_eq!(m.item_role("NPS"), Role::Ignore, "one recommend question");
        assert_eq!(m.items, ["Invoice"]);
        m.set_item_role("Overall", Role::Ignore);
        assert_eq!(m.overall_item, None);
        assert_eq!(m.item_role("Overall"), Role::Ignore);
    }
}
