//! The dataset compiled into the binary by `build.rs`, and the choice between it and a user's.

use crate::error::Failure;
use crate::load;
use crate::model::Dataset;
use std::path::Path;

/// The bundled data, validated at build time and stored in postcard's compact binary form, so
/// start-up decodes bytes instead of parsing TOML.
static BUNDLED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.postcard"));

pub fn bundled() -> Dataset {
    postcard::from_bytes(BUNDLED).unwrap_or_else(|error| {
        unreachable!("build.rs serialized this dataset with the same types: {error}")
    })
}

/// The dataset at `path` (validated like the bundled one), or the bundled one. A user's dataset
/// without models borrows the bundled models, so that `gap` still has something to measure with.
pub fn dataset(path: Option<&Path>) -> Result<Dataset, Failure> {
    let Some(path) = path else {
        return Ok(bundled());
    };
    let mut dataset = load::load_path(path).map_err(Failure::InvalidData)?;
    if dataset.models.is_empty() {
        dataset.models = bundled().models;
    }
    Ok(dataset)
}
