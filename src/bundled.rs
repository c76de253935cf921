//! The dataset compiled into the binary by `build.rs`: a static index of names and ids, and the
//! records in postcard's binary form, decoded only when a command needs them.

use crate::model::{Dataset, Jurisdiction, Model};
use std::ops::Range;

/// One bundled record as the index knows it, without decoding it.
pub struct IndexEntry {
    pub id: &'static str,
    pub name: &'static str,
    pub parent: Option<&'static str>,
    /// The name and aliases folded to padded lowercase words: " kingdom of sweden ".
    pub phrases: &'static [&'static str],
    pub bytes: Range<usize>,
}

include!(concat!(env!("OUT_DIR"), "/index.rs"));

static RECORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/records.bin"));
static MODELS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/models.bin"));

// build.rs wrote these bytes from the same types a moment before this crate was compiled, so a
// decoding failure is a bug in swlaw, not bad input.
fn decode(entry: &IndexEntry) -> Jurisdiction {
    postcard::from_bytes(&RECORDS[entry.bytes.clone()])
        .unwrap_or_else(|error| unreachable!("bundled record {} is corrupt: {error}", entry.id))
}

pub fn models() -> Vec<Model> {
    postcard::from_bytes(MODELS)
        .unwrap_or_else(|error| unreachable!("bundled models are corrupt: {error}"))
}

/// Every bundled record.
pub fn all() -> Dataset {
    Dataset {
        jurisdictions: INDEX.iter().map(decode).collect(),
        models: models(),
    }
}

/// The records with these ids, their ancestors (for names) and every record below them (for
/// the subdivisions of a `varies` record), in index order.
pub fn around(ids: &[String]) -> Dataset {
    // Validation guarantees a subdivision's id extends its parent's with "-".
    let below = |id: &str, ancestor: &str| {
        id.strip_prefix(ancestor)
            .is_some_and(|rest| rest.starts_with('-'))
    };
    let wanted = |entry: &IndexEntry| {
        ids.iter()
            .any(|id| entry.id == id || below(entry.id, id) || below(id, entry.id))
    };
    Dataset {
        jurisdictions: INDEX.iter().filter(|e| wanted(e)).map(decode).collect(),
        models: models(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_matches_the_records() {
        let dataset = all();
        assert_eq!(dataset.jurisdictions.len(), INDEX.len());
        for (entry, record) in INDEX.iter().zip(&dataset.jurisdictions) {
            assert_eq!(entry.id, record.id);
            assert_eq!(entry.parent, record.parent.as_deref());
            assert_eq!(entry.phrases.len(), 1 + record.aliases.len());
        }
        assert!(!dataset.models.is_empty());
    }

    #[test]
    fn around_takes_ancestors_and_descendants() {
        let nevada = around(&["US-NV".to_string()]);
        let ids: Vec<&str> = nevada.jurisdictions.iter().map(|j| j.id.as_str()).collect();
        assert!(ids.contains(&"US") && ids.contains(&"US-NV") && ids.contains(&"US-NV-CLARK"));
        assert!(!ids.contains(&"US-CA"));
    }
}
