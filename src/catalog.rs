//! Where the data comes from: the bundled dataset (decoded only as far as a command needs) or a
//! user's dataset given with `--data` (loaded and validated in full).

use crate::bundled::{self, INDEX};
use crate::error::Failure;
use crate::load;
use crate::model::{Dataset, Jurisdiction};
use crate::query::{self, Candidate};
use std::path::Path;

pub enum Catalog {
    Bundled,
    Loaded(Dataset),
}

impl Catalog {
    /// The dataset at `path`, or the bundled one. A user's dataset borrows the bundled models
    /// it does not define, so that `gap` always has its default model to measure with.
    pub fn open(path: Option<&Path>) -> Result<Catalog, Failure> {
        match path {
            Some(path) => Catalog::open_with(path, load::Rules::All),
            None => Ok(Catalog::Bundled),
        }
    }

    /// The dataset at `path`, checked by `rules`.
    pub fn open_with(path: &Path, rules: load::Rules) -> Result<Catalog, Failure> {
        let mut dataset = load::load_path_with(path, rules).map_err(Failure::InvalidData)?;
        // A model the user's files do not define is borrowed from the bundled ones, so that
        // the default model (and `--model asymmetric`) is always there.
        for model in bundled::models() {
            if dataset.model(&model.id).is_none() {
                dataset.models.push(model);
            }
        }
        Ok(Catalog::Loaded(dataset))
    }

    /// The ids that queries name, in order.
    pub fn resolve(&self, queries: &[String]) -> Result<Vec<String>, Failure> {
        match self {
            Catalog::Bundled => {
                let candidates: Vec<Candidate<&str>> = INDEX
                    .iter()
                    .map(|entry| Candidate {
                        id: entry.id,
                        name: entry.name,
                        subdivision: entry.parent.is_some(),
                        phrases: entry.phrases,
                    })
                    .collect();
                query::resolve_all(&candidates, queries)
            }
            Catalog::Loaded(dataset) => query::resolve_in(dataset, queries),
        }
    }

    /// Enough of the dataset to answer about these ids: them, their ancestors and everything
    /// below them.
    pub fn around(self, ids: &[String]) -> Dataset {
        match self {
            Catalog::Bundled => bundled::around(ids),
            Catalog::Loaded(dataset) => dataset,
        }
    }

    pub fn all(self) -> Dataset {
        match self {
            Catalog::Bundled => bundled::all(),
            Catalog::Loaded(dataset) => dataset,
        }
    }

    /// Every record, for an answer that reads only statuses, dates and laws in force: the
    /// bundled records come without their texts (notes, sources, events), a user's whole.
    pub fn outlines(self) -> Dataset {
        match self {
            Catalog::Bundled => bundled::outlines(),
            Catalog::Loaded(dataset) => dataset,
        }
    }
}

/// The records of resolved ids, in the order asked.
pub fn pick<'a>(dataset: &'a Dataset, ids: &[String]) -> Vec<&'a Jurisdiction> {
    ids.iter()
        .filter_map(|id| dataset.jurisdiction(id))
        .collect()
}
