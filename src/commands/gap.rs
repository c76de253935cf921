use crate::gap::{self, ActivityGap, DetailGap, Direction, Gap};
use crate::model::{
    Activity, Dataset, Day, Detail, Jurisdiction, Law, Model, Regime, State, Status,
};
use crate::output::{Block, Cell, Present, Table, Tone};
use crate::view::{self, When};
use serde::{Serialize, Serializer};

fn action(direction: Direction) -> &'static str {
    match direction {
        Direction::Repeal => "repeal or amend",
        Direction::Enact => "model adds an offence",
        Direction::Same => "none",
        Direction::Undetermined => "cannot tell",
    }
}

fn law_list(laws: &[&Law]) -> String {
    let cited: Vec<String> = laws.iter().map(|l| l.citation()).collect();
    cited.join("\n")
}

/// A subdivision of a `varies` record, with its own gap.
struct Subdivision<'a> {
    record: &'a Jurisdiction,
    regime: Regime,
    score: Option<f64>,
}

/// One record's distance to the model.
struct Entry<'a> {
    record: &'a Jurisdiction,
    state: State,
    gap: Gap<'a>,
    subdivisions: Vec<Subdivision<'a>>,
}

/// Each record's gap to a model: what deviates and which laws a reform would repeal.
pub struct Gaps<'a> {
    entries: Vec<Entry<'a>>,
    model: &'a Model,
    when: When,
}

fn subdivisions<'a>(
    dataset: &'a Dataset,
    record: &'a Jurisdiction,
    model: &Model,
    day: Day,
) -> Vec<Subdivision<'a>> {
    let mut scored: Vec<Subdivision> = dataset
        .children(&record.id)
        .map(|child| {
            let state = view::state_on(child, day);
            let (score, _) = gap::score(dataset, child, &state, model, day);
            Subdivision {
                record: child,
                regime: state.regime,
                score,
            }
        })
        .collect();
    scored.sort_by(|a, b| {
        a.score
            .unwrap_or(f64::MAX)
            .total_cmp(&b.score.unwrap_or(f64::MAX))
            .then_with(|| a.record.id.cmp(&b.record.id))
    });
    scored
}

pub fn run<'a>(
    dataset: &'a Dataset,
    records: &[&'a Jurisdiction],
    model: &'a Model,
    when: When,
) -> Gaps<'a> {
    let entries = records
        .iter()
        .map(|record| {
            let state = view::state_on(record, when.day);
            let gap = gap::measure(record, &state, model, when.day);
            let varies = state.activities.iter().any(|(_, s)| *s == Status::Varies);
            let subdivisions = if varies {
                subdivisions(dataset, record, model, when.day)
            } else {
                Vec::new()
            };
            Entry {
                record,
                state,
                gap,
                subdivisions,
            }
        })
        .collect();
    Gaps {
        entries,
        model,
        when,
    }
}

fn score_text(gap: &Gap) -> String {
    match (gap.score, gap.complete) {
        (Some(score), true) => format!("{score:.1} / 100"),
        (Some(score), false) => {
            format!("{score:.1} / 100 (incomplete: some statuses unknown or varying)")
        }
        (None, _) => "none (no activity can be compared)".to_string(),
    }
}

fn distance_text(a: &ActivityGap) -> String {
    a.distance
        .map_or("-".to_string(), |d| format!("{d}/{}", gap::MAX_STEPS))
}

impl Gaps<'_> {
    fn entry_blocks(&self, entry: &Entry) -> Vec<Block> {
        let (record, gap) = (entry.record, &entry.gap);
        let mut blocks = vec![
            Block::Title(format!(
                "{} ({}) against {}",
                record.name, record.id, self.model.name
            )),
            Block::Fields(vec![
                ("gap score".into(), Cell::plain(score_text(gap))),
                ("regime".into(), Cell::regime(entry.state.regime)),
                ("as of".into(), Cell::plain(self.when.label())),
            ]),
        ];
        let mut table = Table::new(&[
            "activity",
            "status",
            "model",
            "distance",
            "reform",
            "laws in force",
        ]);
        for a in &gap.activities {
            let deviates = matches!(a.direction, Direction::Repeal | Direction::Enact);
            let tone = if deviates { Tone::Alert } else { Tone::Good };
            table.row(vec![
                a.activity.as_str().into(),
                Cell::status(a.status),
                Cell::status(a.model),
                Cell::toned(distance_text(a), tone),
                action(a.direction).into(),
                law_list(&a.laws).into(),
            ]);
        }
        for d in &gap.details {
            table.row(vec![
                d.detail.as_str().into(),
                Cell::plain(d.value.as_str()),
                Cell::plain(d.model.as_str()),
                Cell::toned("deviates", Tone::Alert),
                "repeal or amend".into(),
                law_list(&d.laws).into(),
            ]);
        }
        blocks.push(Block::Table(table));
        if !entry.subdivisions.is_empty() {
            let mut table = Table::new(&["id", "name", "regime", "gap"]);
            for sub in &entry.subdivisions {
                table.row(vec![
                    sub.record.id.as_str().into(),
                    sub.record.name.as_str().into(),
                    Cell::regime(sub.regime),
                    sub.score.map_or("-".into(), |s| format!("{s:.1}")).into(),
                ]);
            }
            blocks.push(Block::Subtitle(format!(
                "{} decides by subdivision; their gaps",
                record.name
            )));
            blocks.push(Block::Table(table));
        }
        blocks
    }
}

impl Present for Gaps<'_> {
    fn blocks(&self) -> Vec<Block> {
        let mut blocks: Vec<Block> = self
            .entries
            .iter()
            .flat_map(|entry| self.entry_blocks(entry))
            .collect();
        blocks.push(Block::Text(
            "Distance: steps between statuses on the scale legal 0, restricted 1, regulated 2, penalized 3, criminalized 4. \
Score: the sum over the four activities as a share of the maximum (16 steps), 0-100."
                .into(),
        ));
        blocks
    }

    fn csv(&self) -> Table {
        let mut csv = Table::new(&[
            "id", "name", "topic", "status", "model", "distance", "action", "laws", "score",
        ]);
        for entry in &self.entries {
            let (record, gap) = (entry.record, &entry.gap);
            let score = gap.score.map(|s| format!("{s:.1}")).unwrap_or_default();
            for a in &gap.activities {
                csv.row(vec![
                    record.id.as_str().into(),
                    record.name.as_str().into(),
                    a.activity.as_str().into(),
                    a.status.as_str().into(),
                    a.model.as_str().into(),
                    distance_text(a).into(),
                    action(a.direction).into(),
                    law_list(&a.laws).replace('\n', "; ").into(),
                    score.as_str().into(),
                ]);
            }
            for d in &gap.details {
                csv.row(vec![
                    record.id.as_str().into(),
                    record.name.as_str().into(),
                    d.detail.as_str().into(),
                    d.value.as_str().into(),
                    d.model.as_str().into(),
                    "".into(),
                    "repeal or amend".into(),
                    law_list(&d.laws).replace('\n', "; ").into(),
                    score.as_str().into(),
                ]);
            }
        }
        csv
    }
}

#[derive(Serialize)]
struct ActivityJson<'a> {
    activity: Activity,
    status: Status,
    model: Status,
    distance: Option<u8>,
    direction: Direction,
    laws: &'a [&'a Law],
}

#[derive(Serialize)]
struct DetailJson<'a> {
    detail: Detail,
    value: &'static str,
    model: &'static str,
    laws: &'a [&'a Law],
}

#[derive(Serialize)]
struct SubdivisionJson<'a> {
    id: &'a str,
    score: Option<f64>,
}

#[derive(Serialize)]
struct EntryJson<'a> {
    id: &'a str,
    name: &'a str,
    score: Option<f64>,
    complete: bool,
    activities: Vec<ActivityJson<'a>>,
    details: Vec<DetailJson<'a>>,
    subdivisions: Vec<SubdivisionJson<'a>>,
}

#[derive(Serialize)]
struct GapsJson<'a> {
    as_of: Day,
    model: &'a str,
    gaps: Vec<EntryJson<'a>>,
}

fn activity_json<'a>(a: &'a ActivityGap) -> ActivityJson<'a> {
    ActivityJson {
        activity: a.activity,
        status: a.status,
        model: a.model,
        distance: a.distance,
        direction: a.direction,
        laws: &a.laws,
    }
}

fn detail_json<'a>(d: &'a DetailGap) -> DetailJson<'a> {
    DetailJson {
        detail: d.detail,
        value: d.value.as_str(),
        model: d.model.as_str(),
        laws: &d.laws,
    }
}

impl Serialize for Gaps<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let gaps = self
            .entries
            .iter()
            .map(|entry| EntryJson {
                id: &entry.record.id,
                name: &entry.record.name,
                score: entry.gap.score,
                complete: entry.gap.complete,
                activities: entry.gap.activities.iter().map(activity_json).collect(),
                details: entry.gap.details.iter().map(detail_json).collect(),
                subdivisions: entry
                    .subdivisions
                    .iter()
                    .map(|s| SubdivisionJson {
                        id: &s.record.id,
                        score: s.score,
                    })
                    .collect(),
            })
            .collect();
        GapsJson {
            as_of: self.when.day,
            model: &self.model.id,
            gaps,
        }
        .serialize(serializer)
    }
}
