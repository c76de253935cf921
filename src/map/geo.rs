//! The atlas as the binary uses it: built and projected by build.rs (see `swlaw-atlas`), decoded
//! here once per process, and the names of ids.

use std::sync::OnceLock;

pub use swlaw_atlas::{Atlas, Layer, Piece, equal_earth};

use super::iso::ISO_3166_1;
use super::points::POINTS;

static ATLAS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/atlas.bin"));

/// Name for an id: the ISO 3166-1 short name, a subdivision name from the point table, or
/// the id itself.
pub(crate) fn name_of(id: &str) -> Option<&'static str> {
    ISO_3166_1
        .iter()
        .find(|e| e.0 == id)
        .map(|e| e.2)
        .or_else(|| POINTS.iter().find(|p| p.0 == id).map(|p| p.1))
}

/// The projected atlas, decoded once per process.
pub(crate) fn atlas() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    // build.rs wrote these bytes from the same types: a failure is a bug, not bad input.
    ATLAS.get_or_init(|| {
        postcard::from_bytes(ATLAS_BYTES)
            .unwrap_or_else(|error| unreachable!("the bundled atlas is corrupt: {error}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_earth_reference_values() {
        let [x, y] = equal_earth(180.0, 0.0);
        assert!((x - 2.7066).abs() < 1e-3, "{x}");
        assert!(y.abs() < 1e-12);
        let [x, y] = equal_earth(0.0, 90.0);
        assert!(x.abs() < 1e-12);
        assert!((y - 1.3173).abs() < 1e-3, "{y}");
    }

    #[test]
    fn atlas_builds_and_splits_the_uk() {
        let a = atlas();
        let ids: Vec<&str> = a.shape_ids().collect();
        for id in [
            "FR", "GF", "SJ", "XK", "GB-SCT", "GB-EAW", "GB-NIR", "US-NV", "US-PR",
        ] {
            assert!(ids.contains(&id), "{id} missing");
        }
    }
}
