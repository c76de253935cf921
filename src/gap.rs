//! The distance between a jurisdiction and a reference model: one definition, used by `gap`,
//! `list`, `map` and the exports.
//!
//! Statuses sit on a scale of how much an activity is punished: legal 0, restricted 1,
//! regulated 2, penalized 3, criminalized 4. An activity's distance is how many steps its status
//! lies from the model's, and the score is the sum over the four activities as a percentage of
//! the largest possible sum (4 activities × 4 steps): 0 is the model itself, 100 the opposite
//! extreme on every activity.
//!
//! What the data does not settle widens the answer instead of being counted as agreement: an
//! `unknown` activity lies anywhere from the model's status to the farthest one, so a record with
//! unknowns has a range, not a score. A `varies` activity takes the mean of its subdivisions'
//! distances, and subdivisions the dataset does not record count as unknown. Details
//! (registration, testing, migrants, ...) are listed as deviations but do not enter the score.

use crate::model::{
    Activity, Dataset, Day, Detail, DetailValue, Jurisdiction, Law, Model, Requirement, State,
    Status, Topic,
};
use crate::view;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The jurisdiction punishes more than the model: laws to repeal or amend.
    Repeal,
    /// The jurisdiction punishes less than the model: offences the model would add.
    Enact,
    Same,
    /// The status is `unknown`: no comparison possible.
    Undetermined,
    /// Decided by subdivisions: see theirs.
    Varies,
}

impl Direction {
    /// What a reform would have to do, in a few words.
    pub fn action(self) -> &'static str {
        match self {
            Direction::Repeal => "repeal or amend",
            Direction::Enact => "would add an offence",
            Direction::Same => "none",
            Direction::Undetermined => "cannot tell",
            Direction::Varies => "see subdivisions",
        }
    }
}

/// Steps from the model, exact or within bounds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Steps {
    pub min: f64,
    pub max: f64,
}

impl Steps {
    fn exact(steps: f64) -> Steps {
        Steps {
            min: steps,
            max: steps,
        }
    }

    pub fn is_exact(self) -> bool {
        self.min == self.max
    }
}

#[derive(Debug, Clone)]
pub struct ActivityGap<'a> {
    pub activity: Activity,
    pub status: Status,
    pub model: Status,
    /// Steps between the two statuses on the 0-4 scale; a range where the status is unknown
    /// or varies.
    pub steps: Steps,
    pub direction: Direction,
    /// Laws in force that punish the activity: what a reform would have to repeal or amend.
    pub laws: Vec<&'a Law>,
}

impl ActivityGap<'_> {
    /// The exact distance, when there is one.
    pub fn distance(&self) -> Option<f64> {
        self.steps.is_exact().then_some(self.steps.min)
    }
}

#[derive(Debug, Clone)]
pub struct DetailGap<'a> {
    pub detail: Detail,
    pub value: DetailValue,
    pub model: DetailValue,
    pub direction: Direction,
    pub laws: Vec<&'a Law>,
}

/// A gap score on the 0-100 scale: exact when every activity is settled, else a range.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Score {
    pub min: f64,
    pub max: f64,
}

impl Score {
    pub fn is_exact(self) -> bool {
        self.min == self.max
    }

    /// The score, when it is exact.
    pub fn exact(self) -> Option<f64> {
        self.is_exact().then_some(self.min)
    }

    /// "12.5", or "25.0-75.0" for a range.
    pub fn text(self) -> String {
        match self.exact() {
            Some(score) => format!("{score:.1}"),
            None => format!("{:.1}-{:.1}", self.min, self.max),
        }
    }

    /// The order of `list --sort gap`: exact scores first, closest first; then ranges by their
    /// midpoint and width, so that a range never ranks as if its lower bound were known.
    pub fn rank(self) -> (bool, f64, f64) {
        (
            !self.is_exact(),
            (self.min + self.max) / 2.0,
            self.max - self.min,
        )
    }

    /// [`Score::rank`] as an ordering.
    pub fn cmp_rank(self, other: Score) -> std::cmp::Ordering {
        let (a, b) = (self.rank(), other.rank());
        a.0.cmp(&b.0)
            .then(a.1.total_cmp(&b.1))
            .then(a.2.total_cmp(&b.2))
    }
}

/// How many of the subdivisions that decide a `varies` activity the dataset records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Coverage {
    pub recorded: usize,
    pub total: usize,
}

#[derive(Debug, Clone)]
pub struct Gap<'a> {
    pub activities: Vec<ActivityGap<'a>>,
    pub details: Vec<DetailGap<'a>>,
    pub score: Score,
    /// For a record with a `varies` activity: its subdivisions, recorded and in all.
    pub coverage: Option<Coverage>,
}

impl Gap<'_> {
    /// Whether every activity, and every subdivision behind a `varies` one, is settled.
    pub fn complete(&self) -> bool {
        self.score.is_exact()
    }
}

pub const MAX_STEPS: u8 = 4;

fn direction(status: Status, model: Status) -> Direction {
    match (status.severity(), model.severity()) {
        (Some(a), Some(m)) if a > m => Direction::Repeal,
        (Some(a), Some(m)) if a < m => Direction::Enact,
        (Some(_), Some(_)) => Direction::Same,
        _ if status == Status::Varies => Direction::Varies,
        _ => Direction::Undetermined,
    }
}

/// The largest distance any status can have from the model's.
fn farthest(model: Status) -> f64 {
    let m = model.severity().unwrap_or(0);
    f64::from(m.max(MAX_STEPS - m))
}

/// How a stated detail departs from the model's value for it, if it does.
fn detail_direction(value: DetailValue, model: DetailValue) -> Option<Direction> {
    match (value, model) {
        (DetailValue::Status(a), DetailValue::Status(m)) => {
            Some(direction(a, m)).filter(|d| matches!(d, Direction::Repeal | Direction::Enact))
        }
        (DetailValue::Requirement(a), DetailValue::Requirement(m)) => match (a, m) {
            (Requirement::Required, Requirement::NotRequired) => Some(Direction::Repeal),
            (Requirement::NotRequired, Requirement::Required) => Some(Direction::Enact),
            _ => None,
        },
        _ => None,
    }
}

/// The subdivisions that decide for `record`, and how many there are in all.
fn subdivisions<'a>(
    dataset: &'a Dataset,
    record: &'a Jurisdiction,
) -> (Vec<&'a Jurisdiction>, usize) {
    let children: Vec<&Jurisdiction> = dataset.children(&record.id).collect();
    let total = record
        .subdivision_count
        .map_or(children.len(), usize::from)
        .max(children.len());
    (children, total)
}

/// Steps from the model for one activity of a record on `day`.
fn activity_steps(
    dataset: &Dataset,
    record: &Jurisdiction,
    activity: Activity,
    model: Status,
    day: Day,
) -> Steps {
    let status = *view::state_on(record, day).activities.get(activity);
    match (status.severity(), model.severity()) {
        (Some(a), Some(m)) => Steps::exact(f64::from(a.abs_diff(m))),
        _ if status == Status::Varies => {
            let (children, total) = subdivisions(dataset, record);
            if total == 0 {
                return Steps {
                    min: 0.0,
                    max: farthest(model),
                };
            }
            let missing = (total - children.len()) as f64;
            let (mut min, mut max) = (0.0, missing * farthest(model));
            for child in children {
                let steps = activity_steps(dataset, child, activity, model, day);
                min += steps.min;
                max += steps.max;
            }
            Steps {
                min: min / total as f64,
                max: max / total as f64,
            }
        }
        _ => Steps {
            min: 0.0,
            max: farthest(model),
        },
    }
}

fn percent(steps: f64) -> f64 {
    let max = f64::from(MAX_STEPS) * Activity::ALL.len() as f64;
    (steps * 1000.0 / max).round() / 10.0
}

/// The gap of a record to a model on `day`: per activity, per detail, and the score.
pub fn measure<'a>(
    dataset: &Dataset,
    record: &'a Jurisdiction,
    model: &Model,
    day: Day,
) -> Gap<'a> {
    let state: State = view::state_on(record, day);
    let activities: Vec<ActivityGap> = Activity::ALL
        .iter()
        .map(|&activity| {
            let status = *state.activities.get(activity);
            let wanted = *model.activities.get(activity);
            ActivityGap {
                activity,
                status,
                model: wanted,
                steps: activity_steps(dataset, record, activity, wanted, day),
                direction: direction(status, wanted),
                laws: record.laws_on(Topic::Activity(activity), day).collect(),
            }
        })
        .collect();
    let details = state
        .details
        .stated()
        .filter_map(|(detail, value)| {
            let wanted = model.details.get(detail)?;
            let direction = detail_direction(value, wanted)?;
            Some(DetailGap {
                detail,
                value,
                model: wanted,
                direction,
                laws: record.laws_on(Topic::Detail(detail), day).collect(),
            })
        })
        .collect();
    let varies = activities.iter().any(|a| a.status == Status::Varies);
    let coverage = varies.then(|| {
        let (children, total) = subdivisions(dataset, record);
        Coverage {
            recorded: children.len(),
            total,
        }
    });
    let score = Score {
        min: percent(activities.iter().map(|a| a.steps.min).sum()),
        max: percent(activities.iter().map(|a| a.steps.max).sum()),
    };
    Gap {
        activities,
        details,
        score,
        coverage,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn statuses(s: [Status; 4]) -> PerActivity<Option<Status>> {
        PerActivity {
            selling: Some(s[0]),
            buying: Some(s[1]),
            soliciting: Some(s[2]),
            organizing: Some(s[3]),
        }
    }

    fn model(s: [Status; 4]) -> Model {
        Model {
            id: "m".into(),
            name: "m".into(),
            summary: String::new(),
            regime: Regime::Unknown,
            activities: PerActivity {
                selling: s[0],
                buying: s[1],
                soliciting: s[2],
                organizing: s[3],
            },
            details: Details {
                mandatory_testing: Some(Requirement::NotRequired),
                ..Details::default()
            },
            notes: None,
            sources: vec![],
        }
    }

    /// A record whose history has one entry (2000) with these statuses and required testing.
    fn record(id: &str, parent: Option<&str>, s: [Status; 4]) -> Jurisdiction {
        Jurisdiction {
            id: id.into(),
            name: id.into(),
            aliases: vec![],
            parent: parent.map(String::from),
            region: Region::Europe,
            subregion: Subregion::NorthernEurope,
            confidence: Confidence::High,
            reviewed: "2026".parse().unwrap(),
            established: None,
            subdivision_count: None,
            notes: None,
            laws: vec![Law {
                id: "purchase".into(),
                statute: "Penal Code".into(),
                section: None,
                in_force: "1999".parse().unwrap(),
                repealed: None,
                punishes: vec![Topic::Activity(Activity::Buying)],
                url: None,
                note: None,
                sources: vec![],
            }],
            sources: vec![],
            history: vec![Change {
                from: "2000".parse().unwrap(),
                regime: Some(Regime::Unknown),
                activities: statuses(s),
                details: Details {
                    mandatory_testing: Some(Requirement::Required),
                    ..Details::default()
                },
                event: None,
                sources: vec![],
            }],
            events: vec![],
        }
    }

    fn gap_of(records: Vec<Jurisdiction>, model: &Model) -> Score {
        let dataset = Dataset {
            jurisdictions: records,
            models: vec![],
        };
        measure(&dataset, &dataset.jurisdictions[0], model, DAY).score
    }

    use Status::*;
    const DAY: Day = Day {
        year: 2020,
        month: 1,
        day: 1,
    };

    #[test]
    fn the_model_itself_scores_zero_and_the_opposite_100() {
        let decrim = model([Legal; 4]);
        let legal = gap_of(vec![record("XX", None, [Legal; 4])], &decrim);
        assert_eq!(legal.exact(), Some(0.0));
        let worst = gap_of(vec![record("XX", None, [Criminalized; 4])], &decrim);
        assert_eq!(worst.exact(), Some(100.0));
    }

    #[test]
    fn nordic_against_decriminalization() {
        let rec = record("XX", None, [Legal, Criminalized, Legal, Restricted]);
        let dataset = Dataset {
            jurisdictions: vec![rec],
            models: vec![],
        };
        let gap = measure(&dataset, &dataset.jurisdictions[0], &model([Legal; 4]), DAY);
        // (0 + 4 + 0 + 1) / 16 = 31.25%
        assert_eq!(gap.score.exact(), Some(31.3));
        assert!(gap.complete());
        let buying = &gap.activities[1];
        assert_eq!(buying.direction, Direction::Repeal);
        assert_eq!(
            buying.laws.len(),
            1,
            "the purchase law is what would have to go"
        );
        assert_eq!(
            gap.details.len(),
            1,
            "required testing deviates from the model"
        );
        assert_eq!(gap.details[0].direction, Direction::Repeal);
    }

    #[test]
    fn unknowns_give_a_range_never_agreement() {
        let decrim = model([Legal; 4]);
        // Venezuela's shape: selling legal, the rest unknown.
        let score = gap_of(
            vec![record("XX", None, [Legal, Unknown, Unknown, Unknown])],
            &decrim,
        );
        assert_eq!((score.min, score.max), (0.0, 75.0));
        assert_eq!(score.exact(), None);
        assert_eq!(score.text(), "0.0-75.0");
        // A range ranks after every exact score, even New Zealand's 12.5.
        assert!(
            score.rank()
                > Score {
                    min: 12.5,
                    max: 12.5
                }
                .rank()
        );
        let none = gap_of(vec![record("XX", None, [Unknown; 4])], &decrim);
        assert_eq!((none.min, none.max), (0.0, 100.0));
    }

    #[test]
    fn a_stricter_model_would_add_offences() {
        let nordic = model([Legal, Criminalized, Legal, Criminalized]);
        let rec = record("XX", None, [Legal, Legal, Unknown, Legal]);
        let dataset = Dataset {
            jurisdictions: vec![rec],
            models: vec![],
        };
        let gap = measure(&dataset, &dataset.jurisdictions[0], &nordic, DAY);
        assert_eq!(gap.activities[1].direction, Direction::Enact);
        assert_eq!(gap.activities[1].direction.action(), "would add an offence");
        // 4 + 4 known, soliciting 0..4 unknown: 50.0 to 75.0.
        assert_eq!((gap.score.min, gap.score.max), (50.0, 75.0));
    }

    #[test]
    fn a_varying_record_takes_its_subdivisions_and_counts_the_missing_ones() {
        let decrim = model([Legal; 4]);
        let mut federal = record("XX", None, [Varies; 4]);
        let one = record("XX-A", Some("XX"), [Criminalized; 4]);
        let two = record("XX-B", Some("XX"), [Legal; 4]);
        let both = gap_of(vec![federal.clone(), one.clone(), two.clone()], &decrim);
        assert_eq!(both.exact(), Some(50.0), "the mean of 100 and 0");
        // Four subdivisions decide, two are recorded: the other two are unknown.
        federal.subdivision_count = Some(4);
        let dataset = Dataset {
            jurisdictions: vec![federal, one, two],
            models: vec![],
        };
        let gap = measure(&dataset, &dataset.jurisdictions[0], &decrim, DAY);
        assert_eq!((gap.score.min, gap.score.max), (25.0, 75.0));
        assert_eq!(
            gap.coverage,
            Some(Coverage {
                recorded: 2,
                total: 4
            })
        );
        assert_eq!(gap.activities[0].direction, Direction::Varies);
    }
}
