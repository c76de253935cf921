//! What stands behind the status of a topic on a day: the history entries that set and
//! confirm it, the laws in force that punish it, and the documents they cite.

use super::date::Day;
use super::record::{Change, Jurisdiction, Law, Source};
use super::taxonomy::*;

impl Jurisdiction {
    /// The changes at or before `day` behind the value `topic` has on `day`: the one that gave it
    /// that value, then any later ones that state the same value again. A restated status is
    /// confirmed by the later entry's sources; it does not start again on its date.
    pub fn changes_behind(&self, topic: Topic, day: Day) -> Vec<&Change> {
        let setting: Vec<&Change> = self
            .history
            .iter()
            .take_while(|change| change.from.first_day() <= day)
            .filter(|change| change.sets(topic))
            .collect();
        let Some(latest) = setting.last() else {
            return Vec::new();
        };
        let run = setting
            .iter()
            .rev()
            .take_while(|change| change.same_value(latest, topic))
            .count();
        setting[setting.len() - run..].to_vec()
    }

    /// The change that gave `topic` the value it has on `day` (where its status is "since").
    pub fn change_setting(&self, topic: Topic, day: Day) -> Option<&Change> {
        self.changes_behind(topic, day).first().copied()
    }

    /// The documents behind the status of `topic` on `day`: those of the history entries behind
    /// it (the one that set it and those that confirm it), then those of the laws in force that
    /// punish it, each once.
    pub fn provenance(&self, topic: Topic, day: Day) -> Provenance<'_> {
        let mut ids: Vec<&str> = Vec::new();
        let entries = self.changes_behind(topic, day);
        let laws: Vec<&Law> = self.laws_on(topic, day).collect();
        let cited = entries
            .into_iter()
            .flat_map(|change| &change.sources)
            .chain(laws.iter().flat_map(|law| &law.sources));
        for id in cited {
            if !ids.contains(&id.as_str()) {
                ids.push(id);
            }
        }
        Provenance {
            sources: ids.iter().filter_map(|id| self.source(id)).collect(),
            laws,
        }
    }

    /// The weakest backing among the activities whose status is known on `day`: the tier of the
    /// best source behind each, and the worst of those (`Secondary` also when nothing is
    /// cited). `None` when every activity is unknown.
    pub fn weakest_backing(&self, day: Day) -> Option<Tier> {
        let state = self.state_on(day)?;
        state
            .activities
            .iter()
            .filter(|(_, status)| **status != Status::Unknown)
            .map(|(activity, _)| {
                self.provenance(Topic::Activity(activity), day)
                    .best_tier()
                    .unwrap_or(Tier::Secondary)
            })
            .max()
    }
}

/// What stands behind one status: the documents and the laws.
#[derive(Debug, Clone)]
pub struct Provenance<'a> {
    pub sources: Vec<&'a Source>,
    pub laws: Vec<&'a Law>,
}

impl Provenance<'_> {
    /// The strongest tier among the sources; `None` when nothing is cited.
    pub fn best_tier(&self) -> Option<Tier> {
        self.sources.iter().map(|source| source.tier()).min()
    }
}
