//! `swlaw export datapackage`: the dataset as a Frictionless Data Package, CSV files with a
//! `datapackage.json` that types every field, so R, pandas and the frictionless tools read it
//! without guessing.

use crate::commands::cite::{DATASET_AUTHOR, DATASET_TITLE};
use crate::model::{Activity, Confidence, Dataset, Jurisdiction, Regime, SourceKind, Status, Tier};
use crate::output::{Present, Table};
use crate::view;
use serde_json::{Value, json};
use std::path::Path;

/// A date as the data holds it: a year, a month or a day.
const PARTIAL_DATE: &str = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

fn field(name: &str, kind: &str, description: &str) -> Value {
    json!({ "name": name, "type": kind, "description": description })
}

fn enum_field(name: &str, values: &[&str], description: &str) -> Value {
    let mut field = field(name, "string", description);
    field["constraints"] = json!({ "enum": values });
    field
}

fn date_field(name: &str, description: &str) -> Value {
    let mut field = field(name, "string", description);
    field["constraints"] = json!({ "pattern": PARTIAL_DATE });
    field
}

fn required(mut field: Value) -> Value {
    field["constraints"]["required"] = json!(true);
    field
}

/// A table whose columns are the fields, in their order: a CSV file and its schema in
/// `datapackage.json` cannot drift apart.
fn table_of(fields: &[Value]) -> Table {
    let header: Vec<&str> = fields.iter().filter_map(|f| f["name"].as_str()).collect();
    Table::new(&header)
}

fn names<T: Copy>(all: &[T], name: impl Fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|&v| name(v)).collect()
}

fn jurisdictions(records: &[&Jurisdiction]) -> (Table, Vec<Value>) {
    let day = crate::model::Day::today();
    let statuses = names(Status::ALL, Status::as_str);
    let mut fields = vec![
        required(field(
            "id",
            "string",
            "ISO 3166 code (subdivisions: ISO 3166-2)",
        )),
        required(field("name", "string", "English short name")),
        field(
            "parent",
            "string",
            "id of the country a subdivision belongs to",
        ),
        enum_field(
            "level",
            &["country", "subdivision"],
            "country or subdivision",
        ),
        field("region", "string", "UN M49 region"),
        field("subregion", "string", "UN M49 subregion"),
        enum_field(
            "regime",
            &names(Regime::ALL, Regime::as_str),
            "overall regime today",
        ),
    ];
    fields.extend(Activity::ALL.iter().map(|a| {
        enum_field(
            a.as_str(),
            &statuses,
            &format!("what the law does to {} today", a.as_str()),
        )
    }));
    fields.extend([
        enum_field(
            "confidence",
            &names(Confidence::ALL, Confidence::as_str),
            "how far the sources bear the record out",
        ),
        date_field(
            "history_from",
            "first date of the record's known history: before it every status is unknown",
        ),
        date_field(
            "reviewed",
            "when the record was last checked against its sources",
        ),
    ]);
    let mut table = table_of(&fields);
    for record in records {
        let state = view::state_on(record, day);
        let mut row = vec![
            record.id.as_str().into(),
            record.name.as_str().into(),
            record.parent.clone().unwrap_or_default().into(),
            view::level(record).into(),
            record.region.as_str().into(),
            record.subregion.as_str().into(),
            state.regime.as_str().into(),
        ];
        row.extend(
            Activity::ALL
                .iter()
                .map(|&a| state.activities.get(a).as_str().into()),
        );
        row.extend([
            record.confidence.as_str().into(),
            record.history_from().into(),
            record.reviewed.to_string().into(),
        ]);
        table.row(row);
    }
    (table, fields)
}

fn laws(records: &[&Jurisdiction]) -> (Table, Vec<Value>) {
    let fields = vec![
        required(field("jurisdiction", "string", "id of the jurisdiction")),
        required(field(
            "id",
            "string",
            "the law's id within its jurisdiction",
        )),
        required(field("statute", "string", "the statute's title")),
        field("section", "string", "section, article or chapter"),
        required(date_field("in_force", "when the provision took effect")),
        date_field("repealed", "when it ceased to have effect"),
        field("punishes", "string", "what it punishes, separated by '; '"),
        field("url", "string", "where its text can be read"),
        field(
            "sources",
            "string",
            "ids of the sources behind it, separated by '; '",
        ),
    ];
    let mut table = table_of(&fields);
    for record in records {
        for law in &record.laws {
            let punishes: Vec<&str> = law.punishes.iter().map(|t| t.as_str()).collect();
            table.row(vec![
                record.id.as_str().into(),
                law.id.as_str().into(),
                law.statute.as_str().into(),
                law.section.clone().unwrap_or_default().into(),
                law.in_force.to_string().into(),
                law.repealed.into(),
                punishes.join("; ").into(),
                law.url.clone().unwrap_or_default().into(),
                law.sources.join("; ").into(),
            ]);
        }
    }
    (table, fields)
}

fn sources(records: &[&Jurisdiction]) -> (Table, Vec<Value>) {
    let fields = vec![
        required(field("jurisdiction", "string", "id of the jurisdiction")),
        required(field(
            "id",
            "string",
            "the source's id within its jurisdiction",
        )),
        required(field("title", "string", "the document's title")),
        field("publisher", "string", "who published it"),
        enum_field(
            "kind",
            &names(SourceKind::ALL, SourceKind::as_str),
            "what kind of document it is",
        ),
        enum_field(
            "tier",
            &names(Tier::ALL, Tier::as_str),
            "the evidential tier its kind gives",
        ),
        field("url", "string", "where it was read"),
        field("copy_of", "string", "the original, where the URL is a copy"),
        date_field("date", "when it was published"),
        required(date_field("accessed", "when it was read")),
    ];
    let mut table = table_of(&fields);
    for record in records {
        for source in &record.sources {
            table.row(vec![
                record.id.as_str().into(),
                source.id.as_str().into(),
                source.title.as_str().into(),
                source.publisher.clone().unwrap_or_default().into(),
                source.kind.as_str().into(),
                source.tier().as_str().into(),
                source.url.clone().unwrap_or_default().into(),
                source.copy_of.clone().unwrap_or_default().into(),
                source.date.into(),
                source.accessed.to_string().into(),
            ]);
        }
    }
    (table, fields)
}

fn panel_fields() -> Vec<Value> {
    let statuses = names(Status::ALL, Status::as_str);
    vec![
        required(field("id", "string", "id of the jurisdiction")),
        field("name", "string", "its name"),
        field("parent", "string", "id of its country, for a subdivision"),
        field("region", "string", "UN M49 region"),
        field("subregion", "string", "UN M49 subregion"),
        required(field(
            "year",
            "integer",
            "the year; statuses as of 31 December",
        )),
        required(enum_field(
            "activity",
            &names(Activity::ALL, Activity::as_str),
            "the activity",
        )),
        required(enum_field("status", &statuses, "what the law did to it")),
        enum_field(
            "regime",
            &names(Regime::ALL, Regime::as_str),
            "the overall regime",
        ),
        field(
            "in_history",
            "boolean",
            "whether the year is inside the record's known history",
        ),
        field(
            "laws",
            "string",
            "ids of the laws in force, separated by '; '",
        ),
        field("citations", "string", "their citations, separated by '; '"),
        field("sources", "string", "ids of the sources behind the status"),
        enum_field(
            "tier",
            &names(Tier::ALL, Tier::as_str),
            "the strongest tier among them",
        ),
        enum_field(
            "confidence",
            &names(Confidence::ALL, Confidence::as_str),
            "the record's confidence",
        ),
    ]
}

fn write_csv(dir: &Path, name: &str, table: &Table) -> anyhow::Result<()> {
    let mut bytes = Vec::new();
    crate::output::write_csv(table, &mut bytes)?;
    crate::files::write(&dir.join(name), bytes)
}

fn resource(name: &str, description: &str, fields: Vec<Value>, key: &[&str]) -> Value {
    json!({
        "name": name,
        "path": format!("{name}.csv"),
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": description,
        "schema": { "fields": fields, "primaryKey": key },
    })
}

/// How many rows each file got, for the summary.
pub struct Written {
    pub jurisdictions: usize,
    pub laws: usize,
    pub sources: usize,
    pub panel: usize,
}

/// What both exports hold, built once from the records: each table with its field schema
/// (the SQLite export needs only the tables).
struct Tables {
    jurisdictions: (Table, Vec<Value>),
    laws: (Table, Vec<Value>),
    sources: (Table, Vec<Value>),
    /// Every record, year and activity from 1990 to this year.
    panel: Table,
}

impl Tables {
    fn of(records: &[&Jurisdiction]) -> Tables {
        let this_year = crate::model::Day::today().year;
        let panel = crate::commands::panel::run(records, 1990, this_year, Activity::ALL, false);
        Tables {
            jurisdictions: jurisdictions(records),
            laws: laws(records),
            sources: sources(records),
            panel: panel.csv(),
        }
    }

    fn written(&self) -> Written {
        Written {
            jurisdictions: self.jurisdictions.0.rows.len(),
            laws: self.laws.0.rows.len(),
            sources: self.sources.0.rows.len(),
            panel: self.panel.rows.len(),
        }
    }
}

/// Writes the package into `dir` (created if missing): four CSV files and datapackage.json.
pub fn datapackage(
    dataset: &Dataset,
    dir: &Path,
    dataset_version: Option<&str>,
) -> anyhow::Result<Written> {
    crate::files::create_dir(dir)?;
    let records: Vec<&Jurisdiction> = dataset.jurisdictions.iter().collect();
    let tables = Tables::of(&records);
    let written = tables.written();
    let Tables {
        jurisdictions: (jurisdiction_table, jurisdiction_fields),
        laws: (law_table, law_fields),
        sources: (source_table, source_fields),
        panel: panel_table,
    } = tables;
    write_csv(dir, "jurisdictions.csv", &jurisdiction_table)?;
    write_csv(dir, "laws.csv", &law_table)?;
    write_csv(dir, "sources.csv", &source_table)?;
    write_csv(dir, "panel.csv", &panel_table)?;

    let mut package = json!({
        "profile": "tabular-data-package",
        "name": "swlaw",
        "title": DATASET_TITLE,
        "contributors": [{ "title": DATASET_AUTHOR, "role": "author" }],
        "licenses": [{
            "name": "CC-BY-4.0",
            "title": "Creative Commons Attribution 4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
        }],
        "description": "How the law treats selling, buying, soliciting and organizing sex work in every jurisdiction, with the laws and sources behind each status and a jurisdiction-year panel from 1990. Each record's own sources are in sources.csv.",
        "resources": [
            resource("jurisdictions", "one row per jurisdiction, statuses as of the export", jurisdiction_fields, &["id"]),
            resource("laws", "the laws each record cites", law_fields, &["jurisdiction", "id"]),
            resource("sources", "the documents each record rests on", source_fields, &["jurisdiction", "id"]),
            resource("panel", "one row per jurisdiction, year and activity", panel_fields(), &["id", "year", "activity"]),
        ],
    });
    if let Some(version) = dataset_version {
        package["version"] = json!(version);
    }
    let mut bytes = serde_json::to_vec_pretty(&package)?;
    bytes.push(b'\n');
    crate::files::write(&dir.join("datapackage.json"), bytes)?;
    Ok(written)
}

/// A record's dated changes: a row per change, with only what it set (the rest NULL).
fn history(records: &[&Jurisdiction]) -> Table {
    let mut header = vec!["jurisdiction", "seq", "from_date", "regime"];
    header.extend(Activity::ALL.iter().map(|a| a.as_str()));
    header.extend(["event", "sources"]);
    let mut table = Table::new(&header);
    for record in records {
        for (seq, change) in record.history.iter().enumerate() {
            let mut row = vec![
                record.id.as_str().into(),
                seq.to_string().into(),
                change.from.to_string().into(),
                change.regime.map(|r| r.as_str()).unwrap_or_default().into(),
            ];
            row.extend(Activity::ALL.iter().map(|&a| {
                change
                    .activities
                    .get(a)
                    .map(|s| s.as_str())
                    .unwrap_or_default()
                    .into()
            }));
            row.push(change.event.clone().unwrap_or_default().into());
            row.push(change.sources.join("; ").into());
            table.row(row);
        }
    }
    table
}

fn events(records: &[&Jurisdiction]) -> Table {
    let mut table = Table::new(&[
        "jurisdiction",
        "seq",
        "date",
        "kind",
        "stage",
        "bill",
        "summary",
        "sources",
    ]);
    for record in records {
        for (seq, event) in record.events.iter().enumerate() {
            table.row(vec![
                record.id.as_str().into(),
                seq.to_string().into(),
                event.date.to_string().into(),
                event.kind.as_str().into(),
                event.stage.map(|s| s.as_str()).unwrap_or_default().into(),
                event.bill.clone().unwrap_or_default().into(),
                event.summary.as_str().into(),
                event.sources.join("; ").into(),
            ]);
        }
    }
    table
}

/// The current statuses in long form: one row per jurisdiction and activity.
fn statuses(records: &[&Jurisdiction]) -> Table {
    let day = crate::model::Day::today();
    let mut table = Table::new(&["id", "activity", "status"]);
    for record in records {
        let state = view::state_on(record, day);
        for &activity in Activity::ALL {
            table.row(vec![
                record.id.as_str().into(),
                activity.as_str().into(),
                state.activities.get(activity).as_str().into(),
            ]);
        }
    }
    table
}

/// Columns stored as integers; every other column is text, an empty cell NULL.
const INTEGER_COLUMNS: &[&str] = &["year", "seq", "in_history"];

fn sqlite_value(column: &str, text: &str) -> rusqlite::types::Value {
    use rusqlite::types::Value as Sql;
    if text.is_empty() {
        return Sql::Null;
    }
    if INTEGER_COLUMNS.contains(&column) {
        match text {
            "true" => return Sql::Integer(1),
            "false" => return Sql::Integer(0),
            _ => {
                if let Ok(number) = text.parse() {
                    return Sql::Integer(number);
                }
            }
        }
    }
    Sql::Text(text.to_string())
}

fn insert(
    db: &rusqlite::Transaction,
    name: &str,
    table: &Table,
    key: &[&str],
) -> rusqlite::Result<()> {
    let quote = |ident: &str| format!("\"{}\"", ident.replace('"', "\"\""));
    let columns: Vec<String> = table
        .headers
        .iter()
        .map(|h| {
            let kind = if INTEGER_COLUMNS.contains(&h.as_str()) {
                "INTEGER"
            } else {
                "TEXT"
            };
            format!("{} {kind}", quote(h))
        })
        .collect();
    let key: Vec<String> = key.iter().map(|k| quote(k)).collect();
    db.execute_batch(&format!(
        "CREATE TABLE {} ({}, PRIMARY KEY ({}));",
        quote(name),
        columns.join(", "),
        key.join(", ")
    ))?;
    let placeholders = vec!["?"; table.headers.len()].join(", ");
    let mut statement = db.prepare(&format!(
        "INSERT INTO {} VALUES ({placeholders})",
        quote(name)
    ))?;
    for row in &table.rows {
        let values = table
            .headers
            .iter()
            .zip(row)
            .map(|(column, cell)| sqlite_value(column, &cell.text));
        statement.execute(rusqlite::params_from_iter(values))?;
    }
    Ok(())
}

/// Writes the whole dataset into a new SQLite database at `path`, by way of a temporary file
/// beside it, so a failure leaves no half-written database and an existing one untouched.
pub fn sqlite(
    dataset: &Dataset,
    path: &Path,
    dataset_version: Option<&str>,
) -> anyhow::Result<Written> {
    let records: Vec<&Jurisdiction> = dataset.jurisdictions.iter().collect();
    let tables = Tables::of(&records);
    let mut meta = Table::new(&["key", "value"]);
    meta.row(vec!["title".into(), DATASET_TITLE.into()]);
    meta.row(vec!["licence".into(), "CC-BY-4.0".into()]);
    meta.row(vec![
        "dataset_version".into(),
        dataset_version.unwrap_or_default().into(),
    ]);

    let temporary = path.with_extension("sqlite-partial");
    let _ = std::fs::remove_file(&temporary);
    let failed = |e: rusqlite::Error| anyhow::anyhow!("cannot write {}: {e}", path.display());
    let result = (|| -> rusqlite::Result<()> {
        let mut db = rusqlite::Connection::open(&temporary)?;
        let tx = db.transaction()?;
        insert(&tx, "meta", &meta, &["key"])?;
        insert(&tx, "jurisdiction", &tables.jurisdictions.0, &["id"])?;
        insert(&tx, "status", &statuses(&records), &["id", "activity"])?;
        insert(&tx, "history", &history(&records), &["jurisdiction", "seq"])?;
        insert(&tx, "event", &events(&records), &["jurisdiction", "seq"])?;
        insert(&tx, "law", &tables.laws.0, &["jurisdiction", "id"])?;
        insert(&tx, "source", &tables.sources.0, &["jurisdiction", "id"])?;
        insert(&tx, "panel", &tables.panel, &["id", "year", "activity"])?;
        tx.commit()
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&temporary);
        return Err(failed(e));
    }
    std::fs::rename(&temporary, path).map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        anyhow::anyhow!("cannot write {}: {e}", path.display())
    })?;
    Ok(tables.written())
}
