use crate::cli::Level;
use crate::model::{Activity, Dataset, Day, Regime, State, Status};
use crate::output::{Block, Cell, Present, Table};
use crate::view::{self, Ordered, When};
use serde::{Serialize, Serializer};

/// How many records have each regime, and each status per activity.
pub struct Stats {
    level: Level,
    when: When,
    total: usize,
    regimes: Vec<(Regime, usize)>,
    /// Per status (in order), the count for each activity.
    statuses: Vec<(Status, [usize; 4])>,
}

pub fn run(dataset: &Dataset, level: Level, when: When) -> Stats {
    let states: Vec<State> = dataset
        .jurisdictions
        .iter()
        .filter(|r| match level {
            Level::Country => !r.is_subdivision(),
            Level::Subdivision => r.is_subdivision(),
            Level::All => true,
        })
        .map(|r| view::state_on(r, when.day))
        .collect();
    let regimes = Regime::ALL
        .iter()
        .map(|&regime| (regime, states.iter().filter(|s| s.regime == regime).count()))
        .collect();
    let statuses = Status::ALL
        .iter()
        .map(|&status| {
            let mut counts = [0; 4];
            for (slot, activity) in counts.iter_mut().zip(Activity::ALL) {
                *slot = states
                    .iter()
                    .filter(|s| *s.activities.get(*activity) == status)
                    .count();
            }
            (status, counts)
        })
        .collect();
    Stats {
        level,
        when,
        total: states.len(),
        regimes,
        statuses,
    }
}

impl Stats {
    fn level_name(&self) -> &'static str {
        match self.level {
            Level::Country => "countries and territories",
            Level::Subdivision => "subdivisions",
            Level::All => "records",
        }
    }
}

impl Present for Stats {
    fn blocks(&self) -> Vec<Block> {
        let mut regimes = Table::new(&["regime", "count"]);
        for (regime, count) in &self.regimes {
            regimes.row(vec![Cell::regime(*regime), count.to_string().into()]);
        }
        let mut headers = vec!["status"];
        headers.extend(Activity::ALL.iter().map(|a| a.as_str()));
        let mut statuses = Table::new(&headers);
        for (status, counts) in &self.statuses {
            let mut row = vec![Cell::status(*status)];
            row.extend(counts.iter().map(|c| Cell::plain(c.to_string())));
            statuses.row(row);
        }
        vec![
            Block::Title(format!(
                "{} {}, as of {}",
                self.total,
                self.level_name(),
                self.when.label()
            )),
            Block::Table(regimes),
            Block::Table(statuses),
        ]
    }

    fn csv(&self) -> Table {
        let mut csv = Table::new(&["group", "value", "count"]);
        for (regime, count) in &self.regimes {
            csv.row(vec![
                "regime".into(),
                regime.as_str().into(),
                count.to_string().into(),
            ]);
        }
        for (status, counts) in &self.statuses {
            for (activity, count) in Activity::ALL.iter().zip(counts) {
                csv.row(vec![
                    activity.as_str().into(),
                    status.as_str().into(),
                    count.to_string().into(),
                ]);
            }
        }
        csv
    }
}

#[derive(Serialize, schemars::JsonSchema)]
pub(crate) struct StatsJson {
    as_of: Day,
    level: &'static str,
    total: usize,
    regimes: Ordered<Regime, usize>,
    activities: Ordered<Activity, Ordered<Status, usize>>,
}

impl Serialize for Stats {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let activities = Activity::ALL
            .iter()
            .enumerate()
            .map(|(index, &activity)| {
                let counts = self.statuses.iter().map(|(s, c)| (*s, c[index])).collect();
                (activity, Ordered(counts))
            })
            .collect();
        StatsJson {
            as_of: self.when.day,
            level: self.level_name(),
            total: self.total,
            regimes: Ordered(self.regimes.clone()),
            activities: Ordered(activities),
        }
        .serialize(serializer)
    }
}
