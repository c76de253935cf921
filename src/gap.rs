//! The distance between a jurisdiction and a reference model.
//!
//! Statuses sit on a scale of how much an activity is punished: legal 0, restricted 1,
//! regulated 2, penalized 3, criminalized 4. An activity's distance is how many steps its status
//! lies from the model's, and the score is the sum over the four activities as a percentage of
//! the largest possible sum (4 activities × 4 steps): 0 is the model itself, 100 the opposite
//! extreme on every activity. Activities whose status is `unknown` or `varies` are left out and
//! the score is marked incomplete. Details (registration, testing, ...) are listed as deviations
//! but do not enter the score.

use crate::model::{
    Activity, Day, Detail, DetailValue, Jurisdiction, Law, Model, Requirement, State, Status, Topic,
};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The jurisdiction punishes more than the model: laws to repeal or amend.
    Repeal,
    /// The jurisdiction punishes less than the model: laws the model would add.
    Enact,
    Same,
    /// `unknown` or `varies`: no comparison possible.
    Undetermined,
}

#[derive(Debug, Clone)]
pub struct ActivityGap<'a> {
    pub activity: Activity,
    pub status: Status,
    pub model: Status,
    /// Steps between the two statuses on the 0-4 scale.
    pub distance: Option<u8>,
    pub direction: Direction,
    /// Laws in force that punish the activity: what a reform would have to repeal or amend.
    pub laws: Vec<&'a Law>,
}

#[derive(Debug, Clone)]
pub struct DetailGap<'a> {
    pub detail: Detail,
    pub value: DetailValue,
    pub model: DetailValue,
    pub laws: Vec<&'a Law>,
}

#[derive(Debug, Clone)]
pub struct Gap<'a> {
    pub activities: Vec<ActivityGap<'a>>,
    pub details: Vec<DetailGap<'a>>,
    /// 0-100, one decimal; `None` when no activity could be compared.
    pub score: Option<f64>,
    /// False when some activity was `unknown` or `varies`: the score then covers the rest only.
    pub complete: bool,
}

pub const MAX_STEPS: u8 = 4;

fn direction(status: Status, model: Status) -> (Option<u8>, Direction) {
    match (status.severity(), model.severity()) {
        (Some(a), Some(m)) if a > m => (Some(a - m), Direction::Repeal),
        (Some(a), Some(m)) if a < m => (Some(m - a), Direction::Enact),
        (Some(_), Some(_)) => (Some(0), Direction::Same),
        _ => (None, Direction::Undetermined),
    }
}

/// Whether a stated detail departs from the model's value for it.
fn detail_deviates(value: DetailValue, model: DetailValue) -> bool {
    match (value, model) {
        (DetailValue::Status(a), DetailValue::Status(m)) => {
            matches!(direction(a, m).1, Direction::Repeal | Direction::Enact)
        }
        (DetailValue::Requirement(a), DetailValue::Requirement(m)) => {
            a != Requirement::Unknown && m != Requirement::Unknown && a != m
        }
        _ => false,
    }
}

pub fn measure<'a>(record: &'a Jurisdiction, state: &State, model: &Model, day: Day) -> Gap<'a> {
    let activities: Vec<ActivityGap> = Activity::ALL
        .iter()
        .map(|&activity| {
            let status = *state.activities.get(activity);
            let wanted = *model.activities.get(activity);
            let (distance, direction) = direction(status, wanted);
            ActivityGap {
                activity,
                status,
                model: wanted,
                distance,
                direction,
                laws: record.laws_on(Topic::Activity(activity), day).collect(),
            }
        })
        .collect();
    let details = state
        .details
        .stated()
        .filter_map(|(detail, value)| {
            let wanted = model.details.get(detail)?;
            detail_deviates(value, wanted).then(|| DetailGap {
                detail,
                value,
                model: wanted,
                laws: record.laws_on(Topic::Detail(detail), day).collect(),
            })
        })
        .collect();
    let known: Vec<u8> = activities.iter().filter_map(|a| a.distance).collect();
    let score = (!known.is_empty()).then(|| {
        let steps: u32 = known.iter().map(|&d| u32::from(d)).sum();
        let max = u32::from(MAX_STEPS) * Activity::ALL.len() as u32;
        (f64::from(steps) * 1000.0 / f64::from(max)).round() / 10.0
    });
    Gap {
        complete: known.len() == Activity::ALL.len(),
        activities,
        details,
        score,
    }
}

/// The gap score of a record on `day` and whether it is complete; for a `varies` record, the
/// mean of its subdivisions' scores, complete when all of theirs are.
pub fn score(
    dataset: &crate::model::Dataset,
    record: &Jurisdiction,
    state: &State,
    model: &Model,
    day: Day,
) -> (Option<f64>, bool) {
    if state.activities.iter().any(|(_, s)| *s == Status::Varies) {
        let scores: Vec<(Option<f64>, bool)> = dataset
            .children(&record.id)
            .map(|child| {
                score(
                    dataset,
                    child,
                    &crate::view::state_on(child, day),
                    model,
                    day,
                )
            })
            .collect();
        let known: Vec<f64> = scores.iter().filter_map(|(s, _)| *s).collect();
        let complete = !scores.is_empty() && scores.iter().all(|(s, c)| s.is_some() && *c);
        let mean = (!known.is_empty())
            .then(|| (known.iter().sum::<f64>() / known.len() as f64 * 10.0).round() / 10.0);
        return (mean, complete);
    }
    let gap = measure(record, state, model, day);
    (gap.score, gap.complete)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn statuses(s: [Status; 4]) -> PerActivity<Status> {
        PerActivity {
            selling: s[0],
            buying: s[1],
            soliciting: s[2],
            organizing: s[3],
        }
    }

    fn model(s: [Status; 4]) -> Model {
        Model {
            id: "m".into(),
            name: "m".into(),
            summary: String::new(),
            regime: Regime::Unknown,
            activities: statuses(s),
            details: Details {
                mandatory_testing: Some(Requirement::NotRequired),
                ..Details::default()
            },
            notes: None,
            sources: vec![],
        }
    }

    fn record() -> Jurisdiction {
        Jurisdiction {
            id: "XX".into(),
            name: "X".into(),
            aliases: vec![],
            parent: None,
            region: Region::Europe,
            subregion: Subregion::NorthernEurope,
            confidence: Confidence::High,
            reviewed: "2026".parse().unwrap(),
            established: None,
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
            history: vec![],
            events: vec![],
        }
    }

    fn state(s: [Status; 4]) -> State {
        State {
            activities: statuses(s),
            details: Details {
                mandatory_testing: Some(Requirement::Required),
                ..Details::default()
            },
            ..State::unknown()
        }
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
        let rec = record();
        assert_eq!(
            measure(&rec, &state([Legal; 4]), &decrim, DAY).score,
            Some(0.0)
        );
        assert_eq!(
            measure(&rec, &state([Criminalized; 4]), &decrim, DAY).score,
            Some(100.0)
        );
    }

    #[test]
    fn nordic_against_decriminalization() {
        let rec = record();
        let gap = measure(
            &rec,
            &state([Legal, Criminalized, Legal, Restricted]),
            &model([Legal; 4]),
            DAY,
        );
        // (0 + 4 + 0 + 1) / 16 = 31.25%
        assert_eq!(gap.score, Some(31.3));
        assert!(gap.complete);
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
    }

    #[test]
    fn unknowns_make_the_score_incomplete_and_stricter_models_ask_to_enact() {
        let rec = record();
        let nordic = model([Legal, Criminalized, Legal, Criminalized]);
        let gap = measure(&rec, &state([Legal, Legal, Unknown, Legal]), &nordic, DAY);
        assert!(!gap.complete);
        assert_eq!(gap.activities[1].direction, Direction::Enact);
        assert_eq!(gap.score, Some(50.0));
        let none = measure(&rec, &state([Unknown; 4]), &nordic, DAY);
        assert_eq!(none.score, None);
    }
}
