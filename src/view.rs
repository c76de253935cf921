//! Pieces shared by the commands: the date a question is asked about, the law on that date, and
//! the JSON shape of a jurisdiction (README "JSON output"), as serde structs.

use crate::model::{
    Activity, Confidence, Dataset, Day, Detail, DetailValue, Details, EntryKind, Event,
    Jurisdiction, Law, PartialDate, PerActivity, Regime, Region, Source, State, Status, Subregion,
    Tier, Topic, Unsettled,
};
use crate::output::{Block, Link};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

/// The day a command answers about: the last day of `--as-of`, or today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    pub day: Day,
    /// What the user typed, if anything, for labels ("as of 2016").
    pub asked: Option<PartialDate>,
}

impl When {
    /// The day `--as-of` names (its last day), or today.
    pub fn new(as_of: Option<PartialDate>) -> When {
        When {
            day: as_of.map_or_else(Day::today, PartialDate::last_day),
            asked: as_of,
        }
    }

    pub fn label(&self) -> String {
        match self.asked {
            Some(date) if date.day.is_none() => format!("{} (end of {date})", self.day),
            _ => self.day.to_string(),
        }
    }
}

/// The law on a day; all `unknown` before the record's history begins.
pub fn state_on(record: &Jurisdiction, day: Day) -> State {
    record.state_on(day).unwrap_or_else(State::unknown)
}

/// The date of the latest change at or before `day` that set `topic`.
pub fn topic_since(record: &Jurisdiction, topic: Topic, day: Day) -> Option<PartialDate> {
    record.change_setting(topic, day).map(|change| change.from)
}

/// "Penal Code, Chapter 6, Section 11 (1999); ..." for the laws in force behind a topic.
pub fn citations(record: &Jurisdiction, topic: Topic, day: Day) -> String {
    let laws: Vec<String> = record.laws_on(topic, day).map(Law::citation).collect();
    laws.join("; ")
}

/// "govt [official], nswp [expert]": the documents behind a status, with their tiers.
pub fn provenance_text(record: &Jurisdiction, topic: Topic, day: Day) -> String {
    let provenance = record.provenance(topic, day);
    let parts: Vec<String> = provenance
        .sources
        .iter()
        .map(|source| format!("{} [{}]", source.id, source.tier()))
        .collect();
    parts.join(", ")
}

pub fn level(record: &Jurisdiction) -> &'static str {
    if record.is_subdivision() {
        "subdivision"
    } else {
        "country"
    }
}

/// What a change did, relative to the state before it: "buying: legal → criminalized".
pub fn describe_change(before: &State, after: &State) -> Vec<String> {
    changed_fields(before, after)
        .iter()
        .map(FieldChange::text)
        .collect()
}

/// One field a history entry changed: `regime`, an activity or a detail, from what to what
/// (`None`: unstated).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct FieldChange {
    pub field: &'static str,
    pub from: Option<&'static str>,
    pub to: Option<&'static str>,
}

impl FieldChange {
    /// "buying: legal → criminalized". A value that was unknown (or unstated) becoming known is
    /// where knowledge of it begins, not a reform, and says so.
    pub fn text(&self) -> String {
        let name = self.field;
        match (self.from, self.to) {
            (None | Some("unknown"), Some(new)) => format!("{name}: {new} (known from this date)"),
            (Some(old), None | Some("unknown")) => {
                format!("{name}: {old} → unknown (no longer known)")
            }
            (Some(old), Some(new)) => format!("{name}: {old} → {new}"),
            (None, None) => String::new(),
        }
    }
}

/// The fields that differ between two states, in a fixed order: regime, activities, details.
pub fn changed_fields(before: &State, after: &State) -> Vec<FieldChange> {
    let mut fields = Vec::new();
    if before.regime != after.regime {
        fields.push(FieldChange {
            field: "regime",
            from: Some(before.regime.as_str()),
            to: Some(after.regime.as_str()),
        });
    }
    for activity in Activity::ALL {
        let (old, new) = (
            before.activities.get(*activity),
            after.activities.get(*activity),
        );
        if old != new {
            fields.push(FieldChange {
                field: activity.as_str(),
                from: Some(old.as_str()),
                to: Some(new.as_str()),
            });
        }
    }
    for detail in Detail::ALL {
        let (old, new) = (before.details.get(*detail), after.details.get(*detail));
        if old != new {
            fields.push(FieldChange {
                field: detail.as_str(),
                from: old.map(DetailValue::as_str),
                to: new.map(DetailValue::as_str),
            });
        }
    }
    fields
}

/// A map whose keys keep the order they were given in (activities, then details).
#[derive(Debug, Clone)]
pub struct Ordered<K, V>(pub Vec<(K, V)>);

impl<K: Serialize, V: Serialize> Serialize for Ordered<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

// An object whose keys are K's values (activities, statuses, regimes...) and whose values are V.
impl<K: schemars::JsonSchema, V: schemars::JsonSchema> schemars::JsonSchema for Ordered<K, V> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("Map_of_{}_to_{}", K::schema_name(), V::schema_name()).into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "object",
            "propertyNames": generator.subschema_for::<K>(),
            "additionalProperties": generator.subschema_for::<V>(),
        })
    }
}

/// The stated details of a state, in their fixed order.
pub fn stated_details(details: &Details) -> Ordered<Detail, DetailValue> {
    Ordered(details.stated().collect())
}

/// What backs one status on the day asked.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ProvenanceJson<'a> {
    pub sources: Vec<&'a str>,
    /// The strongest tier among the sources; `None` when none is cited.
    pub tier: Option<Tier>,
    pub laws: Vec<&'a str>,
}

impl<'a> ProvenanceJson<'a> {
    pub fn new(record: &'a Jurisdiction, topic: Topic, day: Day) -> ProvenanceJson<'a> {
        let provenance = record.provenance(topic, day);
        ProvenanceJson {
            sources: provenance.sources.iter().map(|s| s.id.as_str()).collect(),
            tier: provenance.best_tier(),
            laws: provenance.laws.iter().map(|l| l.id.as_str()).collect(),
        }
    }
}

/// One entry of a record's history, with the state it led to.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct HistoryEntryJson<'a> {
    pub from: PartialDate,
    /// `start` (where the history begins), `known_from` (a cell becomes known), `reform`, or
    /// `unchanged`.
    pub kind: EntryKind,
    pub regime: Regime,
    pub status: PerActivity<Status>,
    pub details: Ordered<Detail, DetailValue>,
    pub changes: Vec<FieldChange>,
    pub event: Option<&'a str>,
    pub sources: &'a [String],
}

fn history_json(record: &Jurisdiction) -> Vec<HistoryEntryJson<'_>> {
    let states = record.states();
    let mut before = State::unknown();
    let mut entries = Vec::with_capacity(states.len());
    let kinds = record.entry_kinds();
    for ((change, state), kind) in record.history.iter().zip(&states).zip(kinds) {
        entries.push(HistoryEntryJson {
            from: change.from,
            kind,
            regime: state.regime,
            status: state.activities,
            details: stated_details(&state.details),
            changes: if kind == EntryKind::Start {
                Vec::new()
            } else {
                changed_fields(&before, state)
            },
            event: change.event.as_deref(),
            sources: &change.sources,
        });
        before = state.clone();
    }
    entries
}

/// The stable JSON object of one jurisdiction as of a day (README "JSON output").
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct JurisdictionJson<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub aliases: &'a [String],
    pub parent: Option<&'a str>,
    #[schemars(extend("enum" = ["country", "subdivision"]))]
    pub level: &'static str,
    pub subdivisions: Vec<&'a str>,
    pub region: Region,
    pub subregion: Subregion,
    pub regime: Regime,
    pub status: PerActivity<Status>,
    pub details: Ordered<Detail, DetailValue>,
    /// Cells whose change is dated to a month or year containing the day asked, so `unknown`
    /// on that day: what they change from and to.
    pub unsettled: Vec<Unsettled>,
    pub provenance: Ordered<Topic, ProvenanceJson<'a>>,
    pub in_force_since: Option<PartialDate>,
    pub history_from: Option<PartialDate>,
    pub established: Option<PartialDate>,
    pub confidence: Confidence,
    pub reviewed: PartialDate,
    pub notes: Option<&'a str>,
    pub laws: &'a [Law],
    pub sources: &'a [Source],
    pub history: Vec<HistoryEntryJson<'a>>,
    pub events: &'a [Event],
}

impl<'a> JurisdictionJson<'a> {
    /// The objects of several records, as of one day.
    pub fn all(dataset: &'a Dataset, records: &[&'a Jurisdiction], day: Day) -> Vec<Self> {
        records
            .iter()
            .map(|record| JurisdictionJson::new(dataset, record, day))
            .collect()
    }

    pub fn new(dataset: &'a Dataset, record: &'a Jurisdiction, day: Day) -> JurisdictionJson<'a> {
        let known = record.state_on(day);
        let state = known.clone().unwrap_or_else(State::unknown);
        let topics = Activity::ALL
            .iter()
            .map(|&a| Topic::Activity(a))
            .chain(state.details.stated().map(|(d, _)| Topic::Detail(d)));
        JurisdictionJson {
            id: &record.id,
            name: &record.name,
            aliases: &record.aliases,
            parent: record.parent.as_deref(),
            level: level(record),
            subdivisions: dataset
                .children(&record.id)
                .map(|c| c.id.as_str())
                .collect(),
            region: record.region,
            subregion: record.subregion,
            regime: state.regime,
            status: state.activities,
            details: stated_details(&state.details),
            unsettled: state.unsettled.clone(),
            provenance: Ordered(
                topics
                    .map(|topic| (topic, ProvenanceJson::new(record, topic, day)))
                    .collect(),
            ),
            in_force_since: known.map(|s| s.since),
            history_from: record.history_from(),
            established: record.established,
            confidence: record.confidence,
            reviewed: record.reviewed,
            notes: record.notes.as_deref(),
            laws: &record.laws,
            sources: &record.sources,
            history: history_json(record),
            events: &record.events,
        }
    }
}

/// The columns of a one-line summary of a record or model.
pub const SUMMARY_HEADERS: [&str; 7] = [
    "id",
    "name",
    "regime",
    "selling",
    "buying",
    "soliciting",
    "organizing",
];

/// A one-line summary: id, name, regime and the four statuses, colored.
pub fn summary_row(
    id: &str,
    name: &str,
    regime: crate::model::Regime,
    statuses: &PerActivity<Status>,
) -> Vec<crate::output::Cell> {
    use crate::output::Cell;
    let mut row = vec![Cell::plain(id), Cell::plain(name), Cell::regime(regime)];
    row.extend(statuses.iter().map(|(_, &status)| Cell::status(status)));
    row
}

/// A date in a record's history or events, marked when it comes after the day asked (`show
/// --as-of` lists the whole history).
pub fn date_cell(date: PartialDate, when: When) -> crate::output::Cell {
    use crate::output::{Cell, Tone};
    if when.asked.is_some() && date.first_day() > when.day {
        Cell::toned(format!("{date}\n(after the date asked)"), Tone::Dim)
    } else {
        Cell::plain(date.to_string())
    }
}

/// A record's events (rulings, bills, evaluations), oldest first.
pub fn events_table(record: &Jurisdiction, when: When) -> crate::output::Table {
    let mut table = crate::output::Table::new(&["date", "kind", "summary", "sources"]);
    for event in &record.events {
        let kind = match event.stage {
            Some(stage) => format!("{} ({stage})", event.kind),
            None => event.kind.to_string(),
        };
        table.row(vec![
            date_cell(event.date, when),
            kind.into(),
            event.summary.as_str().into(),
            event.sources.join(", ").into(),
        ]);
    }
    table
}

/// The sources a record or model cites: what was read, its own date, and when it was read.
pub fn sources_table(sources: &[crate::model::Source]) -> crate::output::Table {
    let mut table = crate::output::Table::new(&["id", "kind", "source", "dated", "read"]);
    for source in sources {
        let mut text = source.title.clone();
        if let Some(publisher) = &source.publisher {
            text.push_str(&format!(" ({publisher})"));
        }
        if let Some(original) = &source.copy_of {
            text.push_str(&format!("\n(a copy of: {original})"));
        }
        let dated = source.date.map(|d| d.to_string()).unwrap_or_default();
        table.row(vec![
            source.id.as_str().into(),
            format!("{}\n{}", source.kind, source.tier()).into(),
            text.into(),
            dated.into(),
            source.accessed.to_string().into(),
        ]);
    }
    table
}

/// The web addresses of sources or laws, after their table (which names them by id).
pub fn links<'a>(items: impl Iterator<Item = (&'a str, Option<&'a String>)>) -> Option<Block> {
    let links: Vec<Link> = items
        .filter_map(|(id, url)| {
            url.map(|url| Link {
                label: id.to_string(),
                url: url.clone(),
            })
        })
        .collect();
    (!links.is_empty()).then_some(Block::Links(links))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_of_a_year_means_its_last_day() {
        let when = When::new(Some("2016".parse().unwrap()));
        assert_eq!(when.day.to_string(), "2016-12-31");
        assert!(When::new(None).asked.is_none());
    }
}
