//! The rules between records, checked once on the whole dataset.

use super::Checker;
use crate::model::{Dataset, Status};
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

impl Checker {
    /// Rules between records: parents and the subdivisions of `varies` records.
    pub(in crate::load) fn relations(
        &mut self,
        files: &[(String, String)],
        dataset: &Dataset,
        spans: &HashMap<String, (usize, Range<usize>)>,
    ) {
        let mut children: BTreeMap<&str, usize> = BTreeMap::new();
        let ids: std::collections::HashSet<&str> = dataset
            .jurisdictions
            .iter()
            .map(|j| j.id.as_str())
            .collect();
        for record in &dataset.jurisdictions {
            let Some(parent) = record.parent.as_deref() else {
                continue;
            };
            *children.entry(parent).or_default() += 1;
            let (file, span) = &spans[&record.id];
            let (name, text) = &files[*file];
            if !ids.contains(parent) {
                self.at(
                    name,
                    text,
                    span.clone(),
                    format!("`{}`: parent `{parent}` does not exist", record.id),
                );
            } else if !record.id.starts_with(&format!("{parent}-")) {
                self.at(
                    name,
                    text,
                    span.clone(),
                    format!(
                        "`{}`: a subdivision's id must start with its parent's id `{parent}-`",
                        record.id
                    ),
                );
            }
        }
        for record in &dataset.jurisdictions {
            let recorded = children.get(record.id.as_str()).copied().unwrap_or(0);
            if let Some(count) = record.subdivision_count
                && usize::from(count) < recorded
            {
                let (file, span) = &spans[&record.id];
                let (name, text) = &files[*file];
                let message = format!(
                    "`{}`: subdivision_count = {count}, but {recorded} records name it as `parent`",
                    record.id
                );
                self.at(name, text, span.clone(), message);
            }
            let varies = record
                .states()
                .last()
                .is_some_and(|state| state.activities.iter().any(|(_, s)| *s == Status::Varies));
            if varies && !children.contains_key(record.id.as_str()) {
                let (file, span) = &spans[&record.id];
                let (name, text) = &files[*file];
                self.at(
                    name,
                    text,
                    span.clone(),
                    format!(
                        "`{}`: a status `varies` but no subdivision records name it as `parent`",
                        record.id
                    ),
                );
            }
        }
    }
}
