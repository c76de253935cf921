//! The confidence rules: what the sources behind each current status must be for a record's
//! `confidence` (CONTRIBUTING.md, "Confidence").

use crate::hosts::{Standing, host, standing};
use crate::model::{
    Confidence, Day, DetailValue, Jurisdiction, Provenance, State, Status, Tier, Topic,
};

/// Sources on hosts that are no evidence, cited for a status (by a history entry or a law), and
/// laws whose address is on one: such a page may lead to a statute, never back a status.
fn no_evidence_cited(record: &Jurisdiction) -> Vec<String> {
    let no_evidence = |url: &Option<String>| {
        url.as_deref()
            .filter(|url| standing(url) == Standing::NoEvidence)
            .and_then(host)
    };
    // Hosts first: a source on a listed host is rare, and only then are its citations looked up.
    let cited = |id: &String| {
        record
            .history
            .iter()
            .any(|change| change.sources.contains(id))
            || record.laws.iter().any(|law| law.sources.contains(id))
    };
    let mut problems: Vec<String> = record
        .sources
        .iter()
        .filter_map(|source| {
            let host = no_evidence(&source.url).filter(|_| cited(&source.id))?;
            Some(format!("source `{}` was read on {host}, which is no evidence (a mirror, content farm, marketing or sex-industry site): cite the document it leads to", source.id))
        })
        .collect();
    problems.extend(record.laws.iter().filter_map(|law| {
        no_evidence(&law.url).map(|host| {
            format!(
                "law `{}` links to {host}, which is no evidence: link the official text",
                law.id
            )
        })
    }));
    problems
}

/// A current cell as the confidence rules see it.
struct Cell {
    topic: Topic,
    /// The status, for activities and the details that take one.
    status: Option<Status>,
    text: &'static str,
}

/// The four activities, then the stated details, leaving out those that are `unknown`.
fn stated_cells(state: &State) -> Vec<Cell> {
    let activities = state.activities.iter().map(|(activity, &status)| Cell {
        topic: Topic::Activity(activity),
        status: Some(status),
        text: status.as_str(),
    });
    let details = state.details.stated().map(|(detail, value)| Cell {
        topic: Topic::Detail(detail),
        status: match value {
            DetailValue::Status(status) => Some(status),
            DetailValue::Requirement(_) => None,
        },
        text: value.as_str(),
    });
    activities
        .chain(details)
        .filter(|cell| cell.text != Status::Unknown.as_str())
        .collect()
}

/// Whether a status punishes, regulates or restricts: the cells `high` needs a primary or
/// official source for.
pub fn is_constraining(status: Status) -> bool {
    matches!(
        status,
        Status::Criminalized | Status::Penalized | Status::Regulated | Status::Restricted
    )
}

/// The tier a status needs at `high` confidence.
pub fn tier_needed_for_high(status: Status) -> Tier {
    if is_constraining(status) {
        Tier::Official
    } else {
        Tier::Expert
    }
}

fn cited(provenance: &Provenance) -> String {
    if provenance.sources.is_empty() {
        return "no source".to_string();
    }
    let parts: Vec<String> = provenance
        .sources
        .iter()
        .map(|source| format!("{} [{}]", source.id, source.kind))
        .collect();
    parts.join(", ")
}

/// The confidence rules on provenance (CONTRIBUTING "Confidence"), for the record's statuses on
/// `day`: each problem as a sentence. `swlaw validate` reports them as errors, `swlaw audit` as
/// findings.
pub fn provenance_problems(record: &Jurisdiction, day: Day) -> Vec<String> {
    let mut problems = no_evidence_cited(record);
    let Some(state) = record.state_on(day) else {
        return problems;
    };
    for cell in stated_cells(&state) {
        let topic = cell.topic;
        let provenance = record.provenance(topic, day);
        let best = provenance.best_tier();
        if record.confidence != Confidence::Low && best.is_none_or(|tier| tier == Tier::Secondary) {
            problems.push(format!(
                "{topic} is {} on secondary sources only ({}); a status that rests only on press, encyclopedias or other pages needs `confidence = \"low\"`",
                cell.text,
                cited(&provenance)
            ));
            continue;
        }
        if let (Confidence::High, Topic::Activity(_), Some(status)) =
            (record.confidence, topic, cell.status)
        {
            let needed = tier_needed_for_high(status);
            if best.is_none_or(|tier| tier > needed) {
                let what = if needed == Tier::Official {
                    "a primary or official source"
                } else {
                    "at least an expert source"
                };
                problems.push(format!(
                    "`confidence = \"high\"` needs {what} behind {topic} ({status}); it has {}",
                    cited(&provenance)
                ));
            }
        }
    }
    if record.confidence == Confidence::Medium
        && !record
            .sources
            .iter()
            .any(|source| source.tier() < Tier::Secondary)
    {
        problems.push("`confidence = \"medium\"` needs at least one primary, official or expert source in the record".to_string());
    }
    problems
}
