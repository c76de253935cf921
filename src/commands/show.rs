use crate::model::{Activity, Dataset, Detail, DetailValue, Jurisdiction, Law, Topic};
use crate::output::{Block, Cell, Present, Table, Tone};
use crate::view::{self, JurisdictionJson, When};
use serde::{Serialize, Serializer};

fn topics() -> impl Iterator<Item = Topic> {
    Activity::ALL
        .iter()
        .map(|&a| Topic::Activity(a))
        .chain(Detail::ALL.iter().map(|&d| Topic::Detail(d)))
}

/// Records in full, as of a day.
pub struct Show<'a> {
    pub dataset: &'a Dataset,
    pub records: Vec<&'a Jurisdiction>,
    pub when: When,
}

pub fn run<'a>(dataset: &'a Dataset, records: &[&'a Jurisdiction], when: When) -> Show<'a> {
    Show {
        dataset,
        records: records.to_vec(),
        when,
    }
}

/// One row of the statuses table: a topic's status on the day, if the record states it.
struct TopicRow {
    topic: Topic,
    value: Cell,
    since: String,
    laws: String,
}

fn topic_rows(record: &Jurisdiction, when: When) -> Vec<TopicRow> {
    let state = view::state_on(record, when.day);
    topics()
        .filter_map(|topic| {
            let mut value = match topic {
                Topic::Activity(activity) => Cell::status(*state.activities.get(activity)),
                Topic::Detail(detail) => match state.details.get(detail)? {
                    DetailValue::Status(s) => Cell::status(s),
                    DetailValue::Requirement(r) => Cell::plain(r.as_str()),
                },
            };
            if let Some(change) = state.unsettled.iter().find(|u| u.topic == topic) {
                let before = change.before.map_or("unstated", |v| v.as_str());
                value.text = format!(
                    "{} (changes during {}: {before} → {})",
                    value.text,
                    change.window,
                    change.after.as_str()
                );
            }
            Some(TopicRow {
                topic,
                value,
                since: view::topic_since(record, topic, when.day)
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                laws: view::citations(record, topic, when.day),
            })
        })
        .collect()
}

impl Show<'_> {
    fn fields(&self, record: &Jurisdiction) -> Block {
        let state = view::state_on(record, self.when.day);
        let mut fields = vec![
            ("regime".to_string(), Cell::regime(state.regime)),
            ("as of".to_string(), Cell::plain(self.when.label())),
        ];
        if let Some(parent) = &record.parent {
            let name = self
                .dataset
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
            let before = self.when.day < from.first_day();
            let text = if before {
                format!("{from} (the date asked is earlier: statuses unknown)")
            } else {
                from.to_string()
            };
            let tone = if before { Tone::Alert } else { Tone::Plain };
            fields.push(("history from".into(), Cell::toned(text, tone)));
        }
        Block::Fields(fields)
    }

    fn statuses(&self, record: &Jurisdiction) -> Block {
        let mut table = Table::new(&["activity", "status", "since", "law", "sources"]);
        for row in topic_rows(record, self.when) {
            let sources = view::provenance_text(record, row.topic, self.when.day);
            table.row(vec![
                row.topic.as_str().into(),
                row.value,
                Cell::toned(row.since, Tone::Dim),
                row.laws.into(),
                Cell::toned(sources, Tone::Dim),
            ]);
        }
        Block::Table(table)
    }

    fn subdivisions(&self, record: &Jurisdiction) -> Vec<Block> {
        let children: Vec<&Jurisdiction> = self.dataset.children(&record.id).collect();
        if children.is_empty() {
            return Vec::new();
        }
        let mut table = Table::new(&view::SUMMARY_HEADERS);
        for child in &children {
            let state = view::state_on(child, self.when.day);
            table.row(view::summary_row(
                &child.id,
                &child.name,
                state.regime,
                &state.activities,
            ));
        }
        vec![
            Block::Subtitle(format!("Subdivisions ({})", children.len())),
            Block::Table(table),
        ]
    }

    fn record_blocks(&self, record: &Jurisdiction) -> Vec<Block> {
        let mut blocks = vec![
            Block::Title(format!("{} ({})", record.name, record.id)),
            self.fields(record),
            self.statuses(record),
        ];
        blocks.extend(self.subdivisions(record));
        blocks.push(Block::Subtitle("History".into()));
        blocks.push(Block::Table(history_table(record, self.when)));
        if !record.laws.is_empty() {
            blocks.push(Block::Subtitle("Laws".into()));
            blocks.push(Block::Table(laws_table(&record.laws)));
            let urls = record.laws.iter().map(|l| (l.id.as_str(), l.url.as_ref()));
            blocks.extend(view::links(urls));
        }
        if !record.sources.is_empty() {
            blocks.push(Block::Subtitle("Sources".into()));
            blocks.push(Block::Table(view::sources_table(&record.sources)));
            let urls = record
                .sources
                .iter()
                .map(|s| (s.id.as_str(), s.url.as_ref()));
            blocks.extend(view::links(urls));
        }
        if !record.events.is_empty() {
            blocks.push(Block::Subtitle("Events".into()));
            blocks.push(Block::Table(view::events_table(record, self.when)));
        }
        if let Some(notes) = &record.notes {
            blocks.push(Block::Subtitle("Notes".into()));
            blocks.push(Block::Text(notes.clone()));
        }
        blocks
    }
}

fn history_table(record: &Jurisdiction, when: When) -> Table {
    let mut history = Table::new(&["from", "regime", "what changed", "event"]);
    let states = record.states();
    for (index, (change, state)) in record.history.iter().zip(&states).enumerate() {
        let changes = if index == 0 {
            "history starts (known from this date)".to_string()
        } else {
            view::describe_change(&states[index - 1], state).join("\n")
        };
        history.row(vec![
            view::date_cell(change.from, when),
            Cell::regime(state.regime),
            changes.into(),
            change.event.clone().unwrap_or_default().into(),
        ]);
    }
    history
}

fn laws_table(laws: &[Law]) -> Table {
    let mut table = Table::new(&["id", "citation", "punishes", "in force", "note"]);
    for law in laws {
        let punishes: Vec<&str> = law.punishes.iter().map(|t| t.as_str()).collect();
        let in_force = match law.repealed {
            Some(repealed) => format!("{} to {repealed}", law.in_force),
            None => law.in_force.to_string(),
        };
        let note = law.note.clone().unwrap_or_default();
        table.row(vec![
            law.id.as_str().into(),
            law.citation().into(),
            punishes.join(", ").into(),
            in_force.into(),
            note.into(),
        ]);
    }
    table
}

impl Present for Show<'_> {
    fn blocks(&self) -> Vec<Block> {
        self.records
            .iter()
            .flat_map(|record| self.record_blocks(record))
            .collect()
    }

    fn csv(&self) -> Table {
        let mut csv = Table::new(&[
            "id", "name", "as_of", "topic", "status", "since", "laws", "sources", "tier",
        ]);
        for record in &self.records {
            for row in topic_rows(record, self.when) {
                let provenance = record.provenance(row.topic, self.when.day);
                let ids: Vec<&str> = provenance.sources.iter().map(|s| s.id.as_str()).collect();
                let tier = provenance
                    .best_tier()
                    .map(|t| t.as_str())
                    .unwrap_or_default();
                csv.row(vec![
                    record.id.as_str().into(),
                    record.name.as_str().into(),
                    self.when.day.to_string().into(),
                    row.topic.as_str().into(),
                    row.value.text.into(),
                    row.since.into(),
                    row.laws.into(),
                    ids.join("; ").into(),
                    tier.into(),
                ]);
            }
        }
        csv
    }
}

/// `{"as_of": ..., "jurisdictions": [...]}`.
#[derive(Serialize, schemars::JsonSchema)]
pub(crate) struct ShowJson<'a> {
    as_of: crate::model::Day,
    jurisdictions: Vec<JurisdictionJson<'a>>,
}

impl Serialize for Show<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ShowJson {
            as_of: self.when.day,
            jurisdictions: JurisdictionJson::all(self.dataset, &self.records, self.when.day),
        }
        .serialize(serializer)
    }
}
