use crate::cli::Level;
use crate::model::{Activity, Dataset, Regime, Status};
use crate::output::{Block, Cell, Report, Table};
use crate::view::{self, When};
use serde_json::{Map, Value, json};

pub fn run(dataset: &Dataset, level: Level, when: When) -> Report {
    let records: Vec<_> = dataset
        .jurisdictions
        .iter()
        .filter(|r| match level {
            Level::Country => !r.is_subdivision(),
            Level::Subdivision => r.is_subdivision(),
            Level::All => true,
        })
        .collect();
    let states: Vec<_> = records
        .iter()
        .map(|r| view::state_on(r, when.day))
        .collect();
    let mut csv = Table::new(&["group", "value", "count"]);

    let mut regimes = Table::new(&["regime", "count"]);
    let mut regimes_json = Map::new();
    for regime in Regime::ALL {
        let count = states.iter().filter(|s| s.regime == *regime).count();
        regimes.row(vec![Cell::regime(*regime), count.to_string().into()]);
        csv.row(vec![
            "regime".into(),
            regime.as_str().into(),
            count.to_string().into(),
        ]);
        regimes_json.insert(regime.as_str().into(), count.into());
    }

    let mut headers = vec!["status"];
    headers.extend(Activity::ALL.iter().map(|a| a.as_str()));
    let mut statuses = Table::new(&headers);
    let mut activities_json = Map::new();
    for status in Status::ALL {
        let mut row = vec![Cell::status(*status)];
        for activity in Activity::ALL {
            let count = states
                .iter()
                .filter(|s| s.activities.get(*activity) == status)
                .count();
            row.push(count.to_string().into());
            csv.row(vec![
                activity.as_str().into(),
                status.as_str().into(),
                count.to_string().into(),
            ]);
            let entry = activities_json
                .entry(activity.as_str())
                .or_insert_with(|| Value::Object(Map::new()));
            entry[status.as_str()] = count.into();
        }
        statuses.row(row);
    }
    let level_name = match level {
        Level::Country => "countries and territories",
        Level::Subdivision => "subdivisions",
        Level::All => "records",
    };
    Report {
        blocks: vec![
            Block::Title(format!(
                "{} {level_name}, as of {}",
                records.len(),
                when.label()
            )),
            Block::Table(regimes),
            Block::Table(statuses),
        ],
        csv,
        json: json!({
            "as_of": when.day.to_string(),
            "level": level_name,
            "total": records.len(),
            "regimes": regimes_json,
            "activities": activities_json,
        }),
    }
}
