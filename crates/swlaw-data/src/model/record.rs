//! A record and its parts as the data gives them (laws, sources, dated changes, events), the
//! reference models, and the dataset that holds them. What the history adds up to on a day is
//! in `state.rs`; what stands behind a status, in `backing.rs`.

use super::date::{Day, PartialDate};
use super::statuses::{Details, PerActivity};
use super::taxonomy::*;
use serde::{Deserialize, Serialize};

/// A statute or regulation behind a status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Law {
    pub id: String,
    pub statute: String,
    pub section: Option<String>,
    pub in_force: PartialDate,
    pub repealed: Option<PartialDate>,
    pub punishes: Vec<Topic>,
    pub url: Option<String>,
    pub note: Option<String>,
    pub sources: Vec<String>,
}

impl Law {
    pub fn in_force_on(&self, day: Day) -> bool {
        self.in_force.first_day() <= day
            && self
                .repealed
                .is_none_or(|repealed| repealed.first_day() > day)
    }

    /// "Penal Code, Chapter 6, Section 11 (1999)".
    pub fn citation(&self) -> String {
        match &self.section {
            Some(section) => format!("{}, {} ({})", self.statute, section, self.in_force.year),
            None => format!("{} ({})", self.statute, self.in_force.year),
        }
    }
}

/// Something a contributor read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub kind: SourceKind,
    /// The publisher or original URL when `url` is a copy of a document kept elsewhere.
    pub copy_of: Option<String>,
    pub date: Option<PartialDate>,
    pub accessed: PartialDate,
}

impl Source {
    pub fn tier(&self) -> Tier {
        self.kind.tier()
    }
}

/// One dated change. The first change of a record sets everything; later ones only what changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub from: PartialDate,
    pub regime: Option<Regime>,
    pub activities: PerActivity<Option<Status>>,
    pub details: Details,
    pub event: Option<String>,
    pub sources: Vec<String>,
}

/// Something that changed no status but matters to a lawyer: a ruling, a bill, an evaluation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Event {
    pub date: PartialDate,
    pub kind: EventKind,
    /// For bills: where the bill stood on `date`.
    pub stage: Option<BillStage>,
    /// For bills: a key shared by the events of one bill inside the record, so that a later stage
    /// supersedes an earlier one.
    pub bill: Option<String>,
    pub summary: String,
    pub sources: Vec<String>,
}

impl Event {
    /// The key that groups the stages of one bill; an event without `bill` stands alone.
    pub fn bill_key(&self, index: usize) -> String {
        self.bill.clone().unwrap_or_else(|| format!("#{index}"))
    }
}

impl Change {
    /// Whether this change states a value for `topic`.
    pub fn sets(&self, topic: Topic) -> bool {
        match topic {
            Topic::Activity(activity) => self.activities.get(activity).is_some(),
            Topic::Detail(detail) => self.details.get(detail).is_some(),
        }
    }

    /// Whether this change and `other` state the same value for `topic`.
    pub fn same_value(&self, other: &Change, topic: Topic) -> bool {
        match topic {
            Topic::Activity(activity) => {
                self.activities.get(activity) == other.activities.get(activity)
            }
            Topic::Detail(detail) => self.details.get(detail) == other.details.get(detail),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Jurisdiction {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub parent: Option<String>,
    pub region: Region,
    pub subregion: Subregion,
    pub confidence: Confidence,
    pub reviewed: PartialDate,
    /// When the jurisdiction came into being, where that is after 1990: its history can start
    /// no earlier.
    pub established: Option<PartialDate>,
    /// How many subdivisions decide the `varies` statuses, where the dataset records fewer
    /// of them (Mexico's 32 states): the missing ones count as unknown in the gap.
    pub subdivision_count: Option<u16>,
    pub notes: Option<String>,
    pub laws: Vec<Law>,
    pub sources: Vec<Source>,
    pub history: Vec<Change>,
    pub events: Vec<Event>,
}

impl Jurisdiction {
    pub fn is_subdivision(&self) -> bool {
        self.parent.is_some()
    }

    /// The record without its texts: no notes, sources or events, no law notes or links, no
    /// history event texts or source lists. Statuses on every day, dates, laws in force and gaps
    /// are the same as the whole record's, which is all that `map`, `stats` and a table `list`
    /// read; the texts are most of a record's bytes, and decoding them was a fifth of a map's
    /// instructions.
    pub fn into_outline(mut self) -> Jurisdiction {
        self.notes = None;
        self.sources = Vec::new();
        self.events = Vec::new();
        for law in &mut self.laws {
            law.note = None;
            law.url = None;
            law.sources = Vec::new();
        }
        for change in &mut self.history {
            change.event = None;
            change.sources = Vec::new();
        }
        self
    }

    /// The date from which the history is complete: the first change's date.
    pub fn history_from(&self) -> Option<PartialDate> {
        self.history.first().map(|change| change.from)
    }

    /// Laws in force on `day` that punish or impose `topic`.
    pub fn laws_on(&self, topic: Topic, day: Day) -> impl Iterator<Item = &Law> {
        self.laws
            .iter()
            .filter(move |law| law.punishes.contains(&topic) && law.in_force_on(day))
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// Whether the history starts later than 1990 or, for a younger jurisdiction, its creation.
    pub fn history_is_shallow(&self) -> bool {
        let end_of_1990 = Day {
            year: 1990,
            month: 12,
            day: 31,
        };
        let baseline = self
            .established
            .map_or(end_of_1990, |date| date.last_day().max(end_of_1990));
        self.history_from()
            .is_none_or(|from| from.first_day() > baseline)
    }
}

/// A reference model: a set of statuses to measure jurisdictions against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Model {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub regime: Regime,
    pub activities: PerActivity<Status>,
    pub details: Details,
    pub notes: Option<String>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Dataset {
    pub jurisdictions: Vec<Jurisdiction>,
    pub models: Vec<Model>,
}

impl Dataset {
    pub fn jurisdiction(&self, id: &str) -> Option<&Jurisdiction> {
        self.jurisdictions
            .iter()
            .find(|j| j.id.eq_ignore_ascii_case(id))
    }

    pub fn model(&self, id: &str) -> Option<&Model> {
        self.models.iter().find(|m| m.id.eq_ignore_ascii_case(id))
    }

    pub fn children<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Jurisdiction> + 'a {
        self.jurisdictions
            .iter()
            .filter(move |j| j.parent.as_deref() == Some(id))
    }

    /// The earliest and latest `reviewed` dates in the dataset, for citations.
    pub fn reviewed_range(&self) -> Option<(PartialDate, PartialDate)> {
        let dates = self.jurisdictions.iter().map(|j| j.reviewed);
        let min = dates.clone().min()?;
        let max = dates.max()?;
        Some((min, max))
    }
}
