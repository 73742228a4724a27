//! Bringing every known on-disk version up to the newest shape.

use super::v1::JourneyV1;

/// A journey in any known on-disk version.
pub(super) enum OnDisk {
    V1(JourneyV1),
}

/// Brings any known version up to the newest on-disk shape. Each new version adds one
/// step here (v1 → v2 → …), so old files keep opening.
pub(super) fn migrate(d: OnDisk) -> JourneyV1 {
    match d {
        OnDisk::V1(j) => j,
    }
}
