use crate::gap::{self, ActivityGap, Coverage, DetailGap, Direction, Gap, Score, Steps};
use crate::model::{
    Activity, Dataset, Day, Detail, Jurisdiction, Law, Model, Regime, State, Status,
};
use crate::output::{Block, Cell, Present, Table, Tone};
use crate::view::{self, When};
use serde::{Serialize, Serializer};

fn law_list(laws: &[&Law]) -> String {
    let cited: Vec<String> = laws.iter().map(|l| l.citation()).collect();
    cited.join("\n")
}

/// A subdivision of a `varies` record, with its own gap.
struct Subdivision<'a> {
    record: &'a Jurisdiction,
    regime: Regime,
    score: Score,
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
        .map(|child| Subdivision {
            record: child,
            regime: view::state_on(child, day).regime,
            score: gap::measure(dataset, child, model, day).score,
        })
        .collect();
    scored.sort_by(|a, b| {
        a.score
            .cmp_rank(b.score)
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
            let gap = gap::measure(dataset, record, model, when.day);
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
    let coverage = match gap.coverage {
        Some(Coverage { recorded, total }) if recorded < total => {
            format!("; {recorded} of {total} subdivisions recorded")
        }
        _ => String::new(),
    };
    match gap.score.exact() {
        Some(score) => format!("{score:.1} / 100"),
        None => format!(
            "{} / 100 (a range: some statuses are unknown{coverage})",
            gap.score.text()
        ),
    }
}

/// "1", "2.5", or "0-4" steps.
fn steps_text(steps: Steps) -> String {
    let one = |v: f64| {
        if v.fract() == 0.0 {
            format!("{v:.0}")
        } else {
            format!("{v:.1}")
        }
    };
    if steps.is_exact() {
        format!("{}/{}", one(steps.min), gap::MAX_STEPS)
    } else {
        format!("{}-{}/{}", one(steps.min), one(steps.max), gap::MAX_STEPS)
    }
}

fn distance_text(a: &ActivityGap) -> String {
    steps_text(a.steps)
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
                a.direction.action().into(),
                law_list(&a.laws).into(),
            ]);
        }
        for d in &gap.details {
            table.row(vec![
                d.detail.as_str().into(),
                Cell::plain(d.value.as_str()),
                Cell::plain(d.model.as_str()),
                Cell::toned("deviates", Tone::Alert),
                d.direction.action().into(),
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
                    sub.score.text().into(),
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
Score: the sum over the four activities as a share of the maximum (16 steps), 0-100. An unknown status is never counted as agreeing with the model: it lies anywhere from the model's status to the farthest, so the score becomes a range."
                .into(),
        ));
        blocks
    }

    fn csv(&self) -> Table {
        let mut csv = Table::new(&[
            "id",
            "name",
            "topic",
            "status",
            "model",
            "distance",
            "action",
            "laws",
            "score",
            "score_min",
            "score_max",
        ]);
        for entry in &self.entries {
            let (record, gap) = (entry.record, &entry.gap);
            let score = gap
                .score
                .exact()
                .map(|s| format!("{s:.1}"))
                .unwrap_or_default();
            let (min, max) = (
                format!("{:.1}", gap.score.min),
                format!("{:.1}", gap.score.max),
            );
            for a in &gap.activities {
                csv.row(vec![
                    record.id.as_str().into(),
                    record.name.as_str().into(),
                    a.activity.as_str().into(),
                    a.status.as_str().into(),
                    a.model.as_str().into(),
                    distance_text(a).into(),
                    a.direction.action().into(),
                    law_list(&a.laws).replace('\n', "; ").into(),
                    score.as_str().into(),
                    min.as_str().into(),
                    max.as_str().into(),
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
                    d.direction.action().into(),
                    law_list(&d.laws).replace('\n', "; ").into(),
                    score.as_str().into(),
                    min.as_str().into(),
                    max.as_str().into(),
                ]);
            }
        }
        csv
    }
}

#[derive(Serialize, schemars::JsonSchema)]
struct ActivityJson<'a> {
    activity: Activity,
    status: Status,
    model: Status,
    /// Exact steps for a settled status; null for unknown and varies.
    distance: Option<u8>,
    /// The steps as a range (equal bounds when exact; a mean over subdivisions for varies).
    steps: Steps,
    direction: Direction,
    laws: &'a [&'a Law],
}

#[derive(Serialize, schemars::JsonSchema)]
struct DetailJson<'a> {
    detail: Detail,
    value: &'static str,
    model: &'static str,
    direction: Direction,
    laws: &'a [&'a Law],
}

#[derive(Serialize, schemars::JsonSchema)]
struct SubdivisionJson<'a> {
    id: &'a str,
    score: Option<f64>,
    min: f64,
    max: f64,
}

#[derive(Serialize, schemars::JsonSchema)]
struct EntryJson<'a> {
    id: &'a str,
    name: &'a str,
    /// The score when every activity is settled; null for a range.
    score: Option<f64>,
    min: f64,
    max: f64,
    complete: bool,
    coverage: Option<Coverage>,
    activities: Vec<ActivityJson<'a>>,
    details: Vec<DetailJson<'a>>,
    subdivisions: Vec<SubdivisionJson<'a>>,
}

#[derive(Serialize, schemars::JsonSchema)]
pub(crate) struct GapsJson<'a> {
    as_of: Day,
    model: &'a str,
    gaps: Vec<EntryJson<'a>>,
}

fn activity_json<'a>(a: &'a ActivityGap) -> ActivityJson<'a> {
    ActivityJson {
        activity: a.activity,
        status: a.status,
        model: a.model,
        distance: a.distance().map(|d| d as u8),
        steps: a.steps,
        direction: a.direction,
        laws: &a.laws,
    }
}

fn detail_json<'a>(d: &'a DetailGap) -> DetailJson<'a> {
    DetailJson {
        detail: d.detail,
        value: d.value.as_str(),
        model: d.model.as_str(),
        direction: d.direction,
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
                score: entry.gap.score.exact(),
                min: entry.gap.score.min,
                max: entry.gap.score.max,
                complete: entry.gap.complete(),
                coverage: entry.gap.coverage,
                activities: entry.gap.activities.iter().map(activity_json).collect(),
                details: entry.gap.details.iter().map(detail_json).collect(),
                subdivisions: entry
                    .subdivisions
                    .iter()
                    .map(|s| SubdivisionJson {
                        id: &s.record.id,
                        score: s.score.exact(),
                        min: s.score.min,
                        max: s.score.max,
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
