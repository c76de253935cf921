//! Pieces shared by the commands: the date a question is asked about, the law on that date, and
//! the JSON shape of a jurisdiction (README "JSON output").

use crate::error::Failure;
use crate::model::{
    Activity, Dataset, Day, Detail, Jurisdiction, Law, PartialDate, PerActivity, State, Status,
    Topic,
};
use serde_json::{Value, json};

/// The day a command answers about: the last day of `--as-of`, or today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    pub day: Day,
    /// What the user typed, if anything, for labels ("as of 2016").
    pub asked: Option<PartialDate>,
}

impl When {
    pub fn parse(as_of: Option<&str>) -> Result<When, Failure> {
        match as_of {
            None => Ok(When {
                day: Day::today(),
                asked: None,
            }),
            Some(text) => {
                let date: PartialDate = text
                    .parse()
                    .map_err(|e: String| Failure::Usage(format!("--as-of: {e}")))?;
                Ok(When {
                    day: date.last_day(),
                    asked: Some(date),
                })
            }
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

/// The ids of the documents behind a status, and the strongest tier among them.
fn provenance_json(record: &Jurisdiction, topic: Topic, day: Day) -> Value {
    let provenance = record.provenance(topic, day);
    let sources: Vec<&str> = provenance.sources.iter().map(|s| s.id.as_str()).collect();
    let laws: Vec<&str> = provenance.laws.iter().map(|l| l.id.as_str()).collect();
    json!({ "sources": sources, "tier": provenance.best_tier(), "laws": laws })
}

/// Per activity and per stated detail, what backs its status on `day`.
fn provenances_json(record: &Jurisdiction, state: &State, day: Day) -> Value {
    let mut map = serde_json::Map::new();
    let topics = Activity::ALL
        .iter()
        .map(|&a| Topic::Activity(a))
        .chain(state.details.stated().map(|(d, _)| Topic::Detail(d)));
    for topic in topics {
        map.insert(topic.as_str().into(), provenance_json(record, topic, day));
    }
    Value::Object(map)
}

pub fn level(record: &Jurisdiction) -> &'static str {
    if record.is_subdivision() {
        "subdivision"
    } else {
        "country"
    }
}

fn statuses_json(statuses: &PerActivity<Status>) -> Value {
    json!(statuses)
}

fn details_json(state: &State) -> Value {
    let mut map = serde_json::Map::new();
    for (detail, value) in state.details.stated() {
        map.insert(detail.as_str().into(), value.as_str().into());
    }
    Value::Object(map)
}

/// What a change did, relative to the state before it: "buying: legal → criminalized".
pub fn describe_change(before: &State, after: &State) -> Vec<String> {
    let mut parts = Vec::new();
    if before.regime != after.regime {
        parts.push(format!("regime: {} → {}", before.regime, after.regime));
    }
    for activity in Activity::ALL {
        let (old, new) = (
            before.activities.get(*activity),
            after.activities.get(*activity),
        );
        if old != new {
            parts.push(format!("{activity}: {old} → {new}"));
        }
    }
    for detail in Detail::ALL {
        let (old, new) = (before.details.get(*detail), after.details.get(*detail));
        if old != new {
            let show = |v: Option<crate::model::DetailValue>| v.map_or("unstated", |v| v.as_str());
            parts.push(format!("{detail}: {} → {}", show(old), show(new)));
        }
    }
    parts
}

fn history_json(record: &Jurisdiction) -> Value {
    let states = record.states();
    let entries: Vec<Value> = record
        .history
        .iter()
        .zip(&states)
        .enumerate()
        .map(|(index, (change, state))| {
            let before = if index == 0 {
                State::unknown()
            } else {
                states[index - 1].clone()
            };
            json!({
                "from": change.from,
                "regime": state.regime,
                "status": statuses_json(&state.activities),
                "details": details_json(state),
                "changes": describe_change(&before, state),
                "event": change.event,
                "sources": change.sources,
            })
        })
        .collect();
    Value::Array(entries)
}

/// The stable JSON object of one jurisdiction, as of `day`.
pub fn jurisdiction_json(dataset: &Dataset, record: &Jurisdiction, day: Day) -> Value {
    let state = state_on(record, day);
    let subdivisions: Vec<&str> = dataset
        .children(&record.id)
        .map(|c| c.id.as_str())
        .collect();
    json!({
        "id": record.id,
        "name": record.name,
        "aliases": record.aliases,
        "parent": record.parent,
        "level": level(record),
        "subdivisions": subdivisions,
        "region": record.region,
        "subregion": record.subregion,
        "regime": state.regime,
        "status": statuses_json(&state.activities),
        "details": details_json(&state),
        "provenance": provenances_json(record, &state, day),
        "in_force_since": record.state_on(day).map(|s| s.since),
        "history_from": record.history_from(),
        "established": record.established,
        "confidence": record.confidence,
        "reviewed": record.reviewed,
        "notes": record.notes,
        "laws": record.laws,
        "sources": record.sources,
        "history": history_json(record),
        "events": record.events,
    })
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

/// A record's events (rulings, bills, evaluations), oldest first.
pub fn events_table(record: &Jurisdiction) -> crate::output::Table {
    let mut table = crate::output::Table::new(&["date", "kind", "summary", "sources"]);
    for event in &record.events {
        let kind = match event.stage {
            Some(stage) => format!("{} ({stage})", event.kind),
            None => event.kind.to_string(),
        };
        table.row(vec![
            event.date.to_string().into(),
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
        if let Some(url) = &source.url {
            text.push('\n');
            text.push_str(url);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_of_a_year_means_its_last_day() {
        let when = When::parse(Some("2016")).unwrap();
        assert_eq!(when.day.to_string(), "2016-12-31");
        assert!(When::parse(Some("sometime")).is_err());
        assert!(When::parse(None).unwrap().asked.is_none());
    }
}
