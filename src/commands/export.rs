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

fn names<T: Copy>(all: &[T], name: impl Fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|&v| name(v)).collect()
}

fn jurisdictions(records: &[&Jurisdiction]) -> (Table, Vec<Value>) {
    let day = crate::model::Day::today();
    let mut header = vec![
        "id",
        "name",
        "parent",
        "level",
        "region",
        "subregion",
        "regime",
    ];
    header.extend(Activity::ALL.iter().map(|a| a.as_str()));
    header.extend(["confidence", "history_from", "reviewed"]);
    let mut table = Table::new(&header);
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
            record
                .history_from()
                .map(|d| d.to_string())
                .unwrap_or_default()
                .into(),
            record.reviewed.to_string().into(),
        ]);
        table.row(row);
    }
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
    (table, fields)
}

fn laws(records: &[&Jurisdiction]) -> (Table, Vec<Value>) {
    let mut table = Table::new(&[
        "jurisdiction",
        "id",
        "statute",
        "section",
        "in_force",
        "repealed",
        "punishes",
        "url",
        "sources",
    ]);
    for record in records {
        for law in &record.laws {
            let punishes: Vec<&str> = law.punishes.iter().map(|t| t.as_str()).collect();
            table.row(vec![
                record.id.as_str().into(),
                law.id.as_str().into(),
                law.statute.as_str().into(),
                law.section.clone().unwrap_or_default().into(),
                law.in_force.to_string().into(),
                law.repealed
                    .map(|d| d.to_string())
                    .unwrap_or_default()
                    .into(),
                punishes.join("; ").into(),
                law.url.clone().unwrap_or_default().into(),
                law.sources.join("; ").into(),
            ]);
        }
    }
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
    (table, fields)
}

fn sources(records: &[&Jurisdiction]) -> (Table, Vec<Value>) {
    let mut table = Table::new(&[
        "jurisdiction",
        "id",
        "title",
        "publisher",
        "kind",
        "tier",
        "url",
        "copy_of",
        "date",
        "accessed",
    ]);
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
                source
                    .date
                    .map(|d| d.to_string())
                    .unwrap_or_default()
                    .into(),
                source.accessed.to_string().into(),
            ]);
        }
    }
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
    let path = dir.join(name);
    std::fs::write(&path, bytes)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))
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

/// Writes the package into `dir` (created if missing): four CSV files and datapackage.json.
pub fn datapackage(
    dataset: &Dataset,
    dir: &Path,
    dataset_version: Option<&str>,
) -> anyhow::Result<Written> {
    std::fs::create_dir_all(dir)
        .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", dir.display()))?;
    let records: Vec<&Jurisdiction> = dataset.jurisdictions.iter().collect();
    let (jurisdiction_table, jurisdiction_fields) = jurisdictions(&records);
    let (law_table, law_fields) = laws(&records);
    let (source_table, source_fields) = sources(&records);
    let this_year = crate::model::Day::today().year;
    let panel = crate::commands::panel::run(&records, 1990, this_year, Activity::ALL, false);
    let panel_table = panel.csv();
    let written = Written {
        jurisdictions: jurisdiction_table.rows.len(),
        laws: law_table.rows.len(),
        sources: source_table.rows.len(),
        panel: panel_table.rows.len(),
    };
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
    let path = dir.join("datapackage.json");
    let mut bytes = serde_json::to_vec_pretty(&package)?;
    bytes.push(b'\n');
    std::fs::write(&path, bytes)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
    Ok(written)
}
