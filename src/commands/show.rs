use crate::model::{Activity, Dataset, Detail, Jurisdiction, Topic};
use crate::output::{Block, Cell, Report, Table, Tone};
use crate::view::{self, When};
use serde_json::json;

fn topics() -> impl Iterator<Item = Topic> {
    Activity::ALL
        .iter()
        .map(|&a| Topic::Activity(a))
        .chain(Detail::ALL.iter().map(|&d| Topic::Detail(d)))
}

pub fn run(dataset: &Dataset, records: &[&Jurisdiction], when: When) -> Report {
    let mut blocks = Vec::new();
    let mut csv = Table::new(&[
        "id", "name", "as_of", "topic", "status", "since", "laws", "sources", "tier",
    ]);
    for record in records {
        let state = view::state_on(record, when.day);
        blocks.push(Block::Title(format!("{} ({})", record.name, record.id)));
        let mut fields = vec![
            ("regime".to_string(), Cell::regime(state.regime)),
            ("as of".to_string(), Cell::plain(when.label())),
        ];
        if let Some(parent) = &record.parent {
            let name = dataset
                .jurisdiction(parent)
                .map_or(parent.as_str(), |p| p.name.as_str());
            fields.push(("part of".into(), Cell::plain(format!("{name} ({parent})"))));
        }
        fields.push((
            "region".into(),
            Cell::plain(format!("{} / {}", record.region, record.subregion)),
        ));
        if !record.aliases.is_empty() {
            fields.push(("also called".into(), Cell::plain(record.aliases.join(", "))));
        }
        fields.push(("confidence".into(), Cell::plain(record.confidence.as_str())));
        fields.push(("reviewed".into(), Cell::plain(record.reviewed.to_string())));
        if let Some(from) = record.history_from() {
            let before = when.day < from.first_day();
            let text = if before {
                format!("{from} (the date asked is earlier: statuses unknown)")
            } else {
                from.to_string()
            };
            fields.push((
                "history from".into(),
                Cell::toned(text, if before { Tone::Alert } else { Tone::Plain }),
            ));
        }
        blocks.push(Block::Fields(fields));

        let mut table = Table::new(&["activity", "status", "since", "law", "sources"]);
        for topic in topics() {
            let value = match topic {
                Topic::Activity(activity) => Some(Cell::status(*state.activities.get(activity))),
                Topic::Detail(detail) => state.details.get(detail).map(|v| match v {
                    crate::model::DetailValue::Status(s) => Cell::status(s),
                    crate::model::DetailValue::Requirement(r) => Cell::plain(r.as_str()),
                }),
            };
            let Some(value) = value else { continue };
            let since = view::topic_since(record, topic, when.day)
                .map(|d| d.to_string())
                .unwrap_or_default();
            let laws = view::citations(record, topic, when.day);
            let provenance = record.provenance(topic, when.day);
            let source_ids: Vec<&str> = provenance.sources.iter().map(|s| s.id.as_str()).collect();
            let tier = provenance
                .best_tier()
                .map(|t| t.as_str())
                .unwrap_or_default();
            csv.row(vec![
                record.id.as_str().into(),
                record.name.as_str().into(),
                when.day.to_string().into(),
                topic.as_str().into(),
                value.text.as_str().into(),
                since.as_str().into(),
                laws.as_str().into(),
                source_ids.join("; ").into(),
                tier.into(),
            ]);
            table.row(vec![
                topic.as_str().into(),
                value,
                Cell::toned(since, Tone::Dim),
                laws.into(),
                Cell::toned(view::provenance_text(record, topic, when.day), Tone::Dim),
            ]);
        }
        blocks.push(Block::Table(table));

        let children: Vec<&Jurisdiction> = dataset.children(&record.id).collect();
        if !children.is_empty() {
            blocks.push(Block::Subtitle(format!(
                "Subdivisions ({})",
                children.len()
            )));
            let mut table = Table::new(&view::SUMMARY_HEADERS);
            for child in children {
                let state = view::state_on(child, when.day);
                table.row(view::summary_row(
                    &child.id,
                    &child.name,
                    state.regime,
                    &state.activities,
                ));
            }
            blocks.push(Block::Table(table));
        }

        blocks.push(Block::Subtitle("History".into()));
        let mut history = Table::new(&["from", "regime", "what changed", "event"]);
        let states = record.states();
        for (index, (change, state)) in record.history.iter().zip(&states).enumerate() {
            let changes = if index == 0 {
                "history starts".to_string()
            } else {
                view::describe_change(&states[index - 1], state).join("\n")
            };
            history.row(vec![
                change.from.to_string().into(),
                Cell::regime(state.regime),
                changes.into(),
                change.event.clone().unwrap_or_default().into(),
            ]);
        }
        blocks.push(Block::Table(history));

        if !record.laws.is_empty() {
            blocks.push(Block::Subtitle("Laws".into()));
            let mut laws = Table::new(&["id", "citation", "punishes", "in force", "note"]);
            for law in &record.laws {
                let punishes: Vec<&str> = law.punishes.iter().map(|t| t.as_str()).collect();
                let in_force = match law.repealed {
                    Some(repealed) => format!("{} to {repealed}", law.in_force),
                    None => law.in_force.to_string(),
                };
                let mut note = law.note.clone().unwrap_or_default();
                if let Some(url) = &law.url {
                    if !note.is_empty() {
                        note.push('\n');
                    }
                    note.push_str(url);
                }
                laws.row(vec![
                    law.id.as_str().into(),
                    law.citation().into(),
                    punishes.join(", ").into(),
                    in_force.into(),
                    note.into(),
                ]);
            }
            blocks.push(Block::Table(laws));
        }

        if !record.sources.is_empty() {
            blocks.push(Block::Subtitle("Sources".into()));
            blocks.push(Block::Table(view::sources_table(&record.sources)));
        }
        if !record.events.is_empty() {
            blocks.push(Block::Subtitle("Events".into()));
            blocks.push(Block::Table(view::events_table(record)));
        }
        if let Some(notes) = &record.notes {
            blocks.push(Block::Subtitle("Notes".into()));
            blocks.push(Block::Text(notes.clone()));
        }
    }
    let jurisdictions: Vec<_> = records
        .iter()
        .map(|r| view::jurisdiction_json(dataset, r, when.day))
        .collect();
    Report {
        blocks,
        csv,
        json: json!({ "as_of": when.day.to_string(), "jurisdictions": jurisdictions }),
    }
}
