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
    /// Where the record's outline (see [`Jurisdiction::into_outline`]) lies in `OUTLINES`.
    pub outline: Range<usize>,
}

include!(concat!(env!("OUT_DIR"), "/index.rs"));

static RECORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/records.bin"));
static OUTLINES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/outlines.bin"));
static MODELS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/models.bin"));

// build.rs wrote these bytes from the same types a moment before this crate was compiled, so a
// decoding failure is a bug in swlaw, not bad input.
fn decode(entry: &IndexEntry) -> Jurisdiction {
    decode_from(RECORDS, entry.bytes.clone(), entry.id)
}

fn decode_outline(entry: &IndexEntry) -> Jurisdiction {
    decode_from(OUTLINES, entry.outline.clone(), entry.id)
}

fn decode_from(blob: &[u8], bytes: Range<usize>, id: &str) -> Jurisdiction {
    postcard::from_bytes(&blob[bytes])
        .unwrap_or_else(|error| unreachable!("bundled record {id} is corrupt: {error}"))
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

/// Every bundled record without its texts ([`Jurisdiction::into_outline`]), for answers that
/// read only statuses, dates and laws in force.
pub fn outlines() -> Dataset {
    Dataset {
        jurisdictions: INDEX.iter().map(decode_outline).collect(),
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
    fn outlines_are_the_records_without_their_texts() {
        let whole = all();
        let outlines = outlines();
        assert_eq!(outlines.jurisdictions.len(), whole.jurisdictions.len());
        let days: Vec<crate::model::Day> = ["1990", "1996-12", "2005-03-16", "2015", "2026"]
            .iter()
            .map(|date| {
                date.parse::<crate::model::PartialDate>()
                    .unwrap()
                    .last_day()
            })
            .collect();
        for (outline, record) in outlines.jurisdictions.iter().zip(&whole.jurisdictions) {
            assert_eq!(outline, &record.clone().into_outline());
            assert!(outline.notes.is_none() && outline.sources.is_empty());
            for &day in &days {
                assert_eq!(outline.state_on(day), record.state_on(day), "{}", record.id);
            }
        }
    }

    #[test]
    fn around_takes_ancestors_and_descendants() {
        let nevada = around(&["US-NV".to_string()]);
        let ids: Vec<&str> = nevada.jurisdictions.iter().map(|j| j.id.as_str()).collect();
        assert!(ids.contains(&"US") && ids.contains(&"US-NV") && ids.contains(&"US-NV-CLARK"));
        assert!(!ids.contains(&"US-CA"));
    }
}
