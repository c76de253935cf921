use crate::gap::{self, Direction, Gap};
use crate::model::{Dataset, Jurisdiction, Law, Model, Status};
use crate::output::{Block, Cell, Report, Table, Tone};
use crate::view::{self, When};
use serde_json::{Value, json};

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

fn gap_json(record: &Jurisdiction, gap: &Gap, subdivisions: Vec<Value>) -> Value {
    json!({
        "id": record.id,
        "name": record.name,
        "score": gap.score,
        "complete": gap.complete,
        "activities": gap.activities.iter().map(|a| json!({
            "activity": a.activity,
            "status": a.status,
            "model": a.model,
            "distance": a.distance,
            "direction": a.direction,
            "laws": a.laws,
        })).collect::<Vec<_>>(),
        "details": gap.details.iter().map(|d| json!({
            "detail": d.detail,
            "value": d.value.as_str(),
            "model": d.model.as_str(),
            "laws": d.laws,
        })).collect::<Vec<_>>(),
        "subdivisions": subdivisions,
    })
}

pub fn run(dataset: &Dataset, records: &[&Jurisdiction], model: &Model, when: When) -> Report {
    let mut blocks = Vec::new();
    let mut csv = Table::new(&[
        "id", "name", "topic", "status", "model", "distance", "action", "laws", "score",
    ]);
    let mut items = Vec::new();
    for record in records {
        let state = view::state_on(record, when.day);
        let gap = gap::measure(record, &state, model, when.day);
        let score_text = match (gap.score, gap.complete) {
            (Some(score), true) => format!("{score:.1} / 100"),
            (Some(score), false) => {
                format!("{score:.1} / 100 (incomplete: some statuses unknown or varying)")
            }
            (None, _) => "none (no activity can be compared)".to_string(),
        };
        blocks.push(Block::Title(format!(
            "{} ({}) against {}",
            record.name, record.id, model.name
        )));
        blocks.push(Block::Fields(vec![
            ("gap score".into(), Cell::plain(score_text.clone())),
            ("regime".into(), Cell::regime(state.regime)),
            ("as of".into(), Cell::plain(when.label())),
        ]));
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
            let distance = a
                .distance
                .map_or("-".to_string(), |d| format!("{d}/{}", gap::MAX_STEPS));
            table.row(vec![
                a.activity.as_str().into(),
                Cell::status(a.status),
                Cell::status(a.model),
                Cell::toned(
                    distance.clone(),
                    if deviates { Tone::Alert } else { Tone::Good },
                ),
                action(a.direction).into(),
                law_list(&a.laws).into(),
            ]);
            csv.row(vec![
                record.id.as_str().into(),
                record.name.as_str().into(),
                a.activity.as_str().into(),
                a.status.as_str().into(),
                a.model.as_str().into(),
                distance.into(),
                action(a.direction).into(),
                law_list(&a.laws).replace('\n', "; ").into(),
                gap.score
                    .map(|s| format!("{s:.1}"))
                    .unwrap_or_default()
                    .into(),
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
            csv.row(vec![
                record.id.as_str().into(),
                record.name.as_str().into(),
                d.detail.as_str().into(),
                d.value.as_str().into(),
                d.model.as_str().into(),
                "".into(),
                "repeal or amend".into(),
                law_list(&d.laws).replace('\n', "; ").into(),
                gap.score
                    .map(|s| format!("{s:.1}"))
                    .unwrap_or_default()
                    .into(),
            ]);
        }
        blocks.push(Block::Table(table));

        let mut subdivisions = Vec::new();
        if state.activities.iter().any(|(_, s)| *s == Status::Varies) {
            let mut table = Table::new(&["id", "name", "regime", "gap"]);
            let mut scored: Vec<(Option<f64>, &Jurisdiction, crate::model::Regime)> = dataset
                .children(&record.id)
                .map(|child| {
                    let child_state = view::state_on(child, when.day);
                    let (score, _) =
                        crate::gap::score(dataset, child, &child_state, model, when.day);
                    (score, child, child_state.regime)
                })
                .collect();
            scored.sort_by(|a, b| {
                a.0.unwrap_or(f64::MAX)
                    .total_cmp(&b.0.unwrap_or(f64::MAX))
                    .then_with(|| a.1.id.cmp(&b.1.id))
            });
            for (score, child, regime) in &scored {
                table.row(vec![
                    child.id.as_str().into(),
                    child.name.as_str().into(),
                    Cell::regime(*regime),
                    score.map_or("-".into(), |s| format!("{s:.1}")).into(),
                ]);
                subdivisions.push(json!({ "id": child.id, "score": score }));
            }
            blocks.push(Block::Subtitle(format!(
                "{} decides by subdivision; their gaps",
                record.name
            )));
            blocks.push(Block::Table(table));
        }
        items.push(gap_json(record, &gap, subdivisions));
    }
    blocks.push(Block::Text(
        "Distance: steps between statuses on the scale legal 0, restricted 1, regulated 2, penalized 3, criminalized 4. \
Score: the sum over the four activities as a share of the maximum (16 steps), 0-100."
            .into(),
    ));
    Report {
        blocks,
        csv,
        json: json!({ "as_of": when.day.to_string(), "model": model.id, "gaps": items }),
    }
}
