//! The shape of a data file as written, before validation: what serde reads, with spans.

use crate::model::{
    BillStage, Change, Confidence, Details, EventKind, PartialDate, PerActivity, Regime, Region,
    Requirement, SourceKind, Status, Subregion, Topic,
};
use serde::Deserialize;
use toml::Spanned;

#[derive(Deserialize)]
#[cfg_attr(test, derive(Debug))]
#[serde(deny_unknown_fields)]
pub(super) struct RawJurisdiction {
    pub(super) id: Spanned<String>,
    pub(super) name: Spanned<String>,
    #[serde(default)]
    pub(super) aliases: Vec<Spanned<String>>,
    pub(super) parent: Option<Spanned<String>>,
    pub(super) region: Spanned<Region>,
    pub(super) subregion: Spanned<Subregion>,
    pub(super) confidence: Spanned<Confidence>,
    pub(super) reviewed: PartialDate,
    pub(super) established: Option<PartialDate>,
    pub(super) subdivision_count: Option<Spanned<u16>>,
    pub(super) notes: Option<String>,
    #[serde(default)]
    pub(super) law: Vec<Spanned<RawLaw>>,
    #[serde(default)]
    pub(super) source: Vec<Spanned<RawSource>>,
    #[serde(default)]
    pub(super) history: Vec<Spanned<RawChange>>,
    #[serde(default)]
    pub(super) event: Vec<Spanned<RawEvent>>,
}

#[derive(Deserialize)]
#[cfg_attr(test, derive(Debug))]
#[serde(deny_unknown_fields)]
pub(super) struct RawEvent {
    pub(super) date: Spanned<PartialDate>,
    pub(super) kind: EventKind,
    pub(super) stage: Option<BillStage>,
    pub(super) bill: Option<String>,
    pub(super) summary: String,
    #[serde(default)]
    pub(super) sources: Vec<String>,
}

#[derive(Deserialize)]
#[cfg_attr(test, derive(Debug))]
#[serde(deny_unknown_fields)]
pub(super) struct RawLaw {
    pub(super) id: Spanned<String>,
    pub(super) statute: String,
    pub(super) section: Option<String>,
    pub(super) in_force: PartialDate,
    pub(super) repealed: Option<PartialDate>,
    pub(super) punishes: Spanned<Vec<Topic>>,
    pub(super) url: Option<String>,
    pub(super) note: Option<String>,
    #[serde(default)]
    pub(super) sources: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[cfg_attr(test, derive(Debug))]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    pub(super) id: Spanned<String>,
    pub(super) title: String,
    pub(super) publisher: Option<String>,
    pub(super) url: Option<String>,
    pub(super) kind: SourceKind,
    pub(super) copy_of: Option<Spanned<String>>,
    pub(super) date: Option<PartialDate>,
    pub(super) accessed: PartialDate,
}

#[derive(Deserialize)]
#[cfg_attr(test, derive(Debug))]
#[serde(deny_unknown_fields)]
pub(super) struct RawChange {
    pub(super) from: Spanned<PartialDate>,
    pub(super) regime: Option<Regime>,
    pub(super) selling: Option<Status>,
    pub(super) buying: Option<Status>,
    pub(super) soliciting: Option<Status>,
    pub(super) organizing: Option<Status>,
    pub(super) working_together: Option<Status>,
    pub(super) advertising: Option<Status>,
    pub(super) kerb_crawling: Option<Status>,
    pub(super) mandatory_registration: Option<Requirement>,
    pub(super) mandatory_testing: Option<Requirement>,
    pub(super) migrants: Option<Status>,
    pub(super) event: Option<String>,
    #[serde(default)]
    pub(super) sources: Vec<String>,
}

impl RawChange {
    pub(super) fn into_change(self) -> Change {
        Change {
            from: self.from.into_inner(),
            regime: self.regime,
            activities: PerActivity {
                selling: self.selling,
                buying: self.buying,
                soliciting: self.soliciting,
                organizing: self.organizing,
            },
            details: Details {
                working_together: self.working_together,
                advertising: self.advertising,
                kerb_crawling: self.kerb_crawling,
                mandatory_registration: self.mandatory_registration,
                mandatory_testing: self.mandatory_testing,
                migrants: self.migrants,
            },
            event: self.event.map(|e| e.trim().to_string()),
            sources: self.sources,
        }
    }
}

#[derive(Deserialize)]
#[cfg_attr(test, derive(Debug))]
#[serde(deny_unknown_fields)]
pub(super) struct RawModel {
    pub(super) id: Spanned<String>,
    pub(super) name: String,
    pub(super) summary: String,
    pub(super) regime: Regime,
    pub(super) selling: Status,
    pub(super) buying: Status,
    pub(super) soliciting: Status,
    pub(super) organizing: Status,
    pub(super) working_together: Option<Status>,
    pub(super) advertising: Option<Status>,
    pub(super) kerb_crawling: Option<Status>,
    pub(super) mandatory_registration: Option<Requirement>,
    pub(super) mandatory_testing: Option<Requirement>,
    pub(super) migrants: Option<Status>,
    pub(super) notes: Option<String>,
    #[serde(default)]
    pub(super) source: Vec<Spanned<RawSource>>,
}
