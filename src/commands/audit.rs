//! `swlaw audit`: how well the dataset is sourced, per record, per region and overall.

use crate::error::exit;
use crate::filter::Area;
use crate::hosts;
use crate::load::provenance_problems;
use crate::model::{Confidence, Day, Jurisdiction, PartialDate, Region, Status, Tier};
use crate::output::{Block, Cell, Present, Table, Tone};
use serde::Serialize;

/// A citation of a source dated before the change of status it is cited for.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct StaleCitation {
    pub change: PartialDate,
    pub source: String,
    pub source_date: PartialDate,
}

/// What the audit finds in one record.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct RecordAudit<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub region: Region,
    pub confidence: Confidence,
    /// The weakest backing among the known current activities; `None` when all are unknown.
    pub weakest: Option<Tier>,
    /// Sources of the primary, official or expert tiers, and all sources.
    pub strong_sources: usize,
    pub sources: usize,
    pub history_from: Option<PartialDate>,
    /// The history starts after 1990 (or after the jurisdiction was established).
    pub shallow: bool,
    /// Activities unknown on 31 December 1990 (or of the year the jurisdiction was established):
    /// a history that starts in time but knows nothing then is not complete.
    pub unknown_at_start: usize,
    pub unknown_cells: usize,
    pub stale_citations: Vec<StaleCitation>,
    /// Sources read on a document-sharing site or a blog platform: copies to replace by the
    /// original document wherever it can be read.
    pub copies: Vec<&'a str>,
    /// Places where the notes narrate a research pass ("Review 2026-12: ...") instead of
    /// stating the law: paragraphs to fold into the statement they amend.
    pub pass_logs: usize,
    pub reviewed: PartialDate,
    /// Breaches of the confidence rules (empty in any dataset that validates).
    pub problems: Vec<String>,
}

fn audit_record(record: &Jurisdiction, day: Day) -> RecordAudit<'_> {
    let state = record.state_on(day);
    let unknown_cells = state.as_ref().map_or(4, |state| {
        state
            .activities
            .iter()
            .filter(|(_, s)| **s == Status::Unknown)
            .count()
    });
    let start = PartialDate {
        year: record.established.map_or(1990, |e| e.year.max(1990)),
        month: None,
        day: None,
    }
    .last_day();
    let unknown_at_start = record.state_on(start).as_ref().map_or(4, |state| {
        state
            .activities
            .iter()
            .filter(|(_, s)| **s == Status::Unknown)
            .count()
    });
    let mut stale = Vec::new();
    for change in record.history.iter().skip(1) {
        for id in &change.sources {
            let Some(source) = record.source(id) else {
                continue;
            };
            if let Some(date) = source.date
                && date.last_day() < change.from.first_day()
            {
                stale.push(StaleCitation {
                    change: change.from,
                    source: id.clone(),
                    source_date: date,
                });
            }
        }
    }
    RecordAudit {
        id: &record.id,
        name: &record.name,
        region: record.region,
        confidence: record.confidence,
        weakest: record.weakest_backing(day),
        strong_sources: record
            .sources
            .iter()
            .filter(|s| s.tier() < Tier::Secondary)
            .count(),
        sources: record.sources.len(),
        history_from: record.history_from(),
        shallow: record.history_is_shallow(),
        unknown_at_start,
        unknown_cells,
        stale_citations: stale,
        copies: record
            .sources
            .iter()
            .filter(|s| {
                s.url
                    .as_deref()
                    .is_some_and(|url| hosts::standing(url) == hosts::Standing::Copying)
            })
            .map(|s| s.id.as_str())
            .collect(),
        pass_logs: record.notes.as_deref().map_or(0, pass_logs),
        reviewed: record.reviewed,
        problems: provenance_problems(record, day),
    }
}

/// How a note narrates research rather than the law: a dated pass heading, or a pass or its
/// reader named as the subject. Case matters: "the review of the Act" is about the law.
const PASS_LOG_MARKERS: &[&str] = &[
    "Review 20",
    "Review of 20",
    "pass 20",
    "Pass of 20",
    "pass of 20",
    "second reader",
    "Second review",
    "second review",
    "Later pass",
    "later pass",
    "this pass",
    "This pass",
];

fn pass_logs(notes: &str) -> usize {
    PASS_LOG_MARKERS
        .iter()
        .map(|marker| notes.matches(marker).count())
        .sum()
}

/// Figures over a set of records.
#[derive(Debug, Clone, Default, Serialize, schemars::JsonSchema)]
pub struct Totals {
    pub records: usize,
    pub without_strong_source: usize,
    pub weakest_primary: usize,
    pub weakest_official: usize,
    pub weakest_expert: usize,
    pub weakest_secondary: usize,
    pub all_unknown: usize,
    pub shallow_histories: usize,
    /// Histories that start by 1990 (or creation) and know all four activities then.
    pub complete_histories: usize,
    pub unknown_at_start: usize,
    pub unknown_cells: usize,
    pub confidence_high: usize,
    pub confidence_medium: usize,
    pub confidence_low: usize,
    pub stale_citations: usize,
    /// Sources read on document-sharing sites or blog platforms.
    pub copies: usize,
    /// Records whose notes narrate research passes.
    pub notes_with_pass_logs: usize,
    pub oldest_reviewed: Option<PartialDate>,
    pub breaking_rules: usize,
}

impl Totals {
    fn add(&mut self, audit: &RecordAudit) {
        self.records += 1;
        self.without_strong_source += usize::from(audit.strong_sources == 0);
        match audit.weakest {
            Some(Tier::Primary) => self.weakest_primary += 1,
            Some(Tier::Official) => self.weakest_official += 1,
            Some(Tier::Expert) => self.weakest_expert += 1,
            Some(Tier::Secondary) => self.weakest_secondary += 1,
            None => self.all_unknown += 1,
        }
        self.shallow_histories += usize::from(audit.shallow);
        self.complete_histories += usize::from(!audit.shallow && audit.unknown_at_start == 0);
        self.unknown_at_start += audit.unknown_at_start;
        self.unknown_cells += audit.unknown_cells;
        match audit.confidence {
            Confidence::High => self.confidence_high += 1,
            Confidence::Medium => self.confidence_medium += 1,
            Confidence::Low => self.confidence_low += 1,
        }
        self.stale_citations += audit.stale_citations.len();
        self.copies += audit.copies.len();
        self.notes_with_pass_logs += usize::from(audit.pass_logs > 0);
        self.oldest_reviewed = Some(match self.oldest_reviewed {
            Some(oldest) => oldest.min(audit.reviewed),
            None => audit.reviewed,
        });
        self.breaking_rules += usize::from(!audit.problems.is_empty());
    }

    /// The rows of the totals table: a label and the figure.
    fn figures(&self) -> [(&'static str, String); 19] {
        let n = |v: usize| v.to_string();
        [
            ("records", n(self.records)),
            (
                "no primary, official or expert source",
                n(self.without_strong_source),
            ),
            ("weakest cell: primary", n(self.weakest_primary)),
            ("weakest cell: official", n(self.weakest_official)),
            ("weakest cell: expert", n(self.weakest_expert)),
            ("weakest cell: secondary only", n(self.weakest_secondary)),
            ("every cell unknown", n(self.all_unknown)),
            ("history starts after 1990", n(self.shallow_histories)),
            (
                "history complete from 1990: all four known",
                n(self.complete_histories),
            ),
            (
                "cells unknown at 1990 or creation",
                n(self.unknown_at_start),
            ),
            ("unknown current cells", n(self.unknown_cells)),
            ("confidence high", n(self.confidence_high)),
            ("confidence medium", n(self.confidence_medium)),
            ("confidence low", n(self.confidence_low)),
            (
                "sources older than the change they back",
                n(self.stale_citations),
            ),
            (
                "sources read on document-sharing sites or blogs",
                n(self.copies),
            ),
            (
                "notes narrating research passes",
                n(self.notes_with_pass_logs),
            ),
            (
                "oldest review",
                self.oldest_reviewed
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            ),
            ("records breaking the rules", n(self.breaking_rules)),
        ]
    }
}

/// Totals per region (in M49 order, regions without records left out) and overall.
pub fn totals(audits: &[RecordAudit]) -> (Vec<(Region, Totals)>, Totals) {
    let mut overall = Totals::default();
    let mut regions: Vec<(Region, Totals)> = Vec::new();
    for region in Region::ALL {
        let mut totals = Totals::default();
        for audit in audits.iter().filter(|a| a.region == *region) {
            totals.add(audit);
            overall.add(audit);
        }
        if totals.records > 0 {
            regions.push((*region, totals));
        }
    }
    (regions, overall)
}

fn tier_cell(tier: Option<Tier>) -> Cell {
    match tier {
        Some(Tier::Secondary) => Cell::toned("secondary", Tone::Alert),
        Some(tier) => Cell::plain(tier.as_str()),
        None => Cell::toned("-", Tone::Dim),
    }
}

/// The dataset's sourcing: per record, per region and overall.
#[derive(Serialize, schemars::JsonSchema)]
pub struct Audit<'a> {
    as_of: Day,
    records: Vec<RecordAudit<'a>>,
    regions: Vec<RegionTotals>,
    totals: Totals,
    #[serde(skip)]
    strict: bool,
}

#[derive(Serialize, schemars::JsonSchema)]
struct RegionTotals {
    region: Region,
    totals: Totals,
}

pub fn run<'a>(
    records: &[&'a Jurisdiction],
    area: Option<&Area>,
    strict: bool,
    day: Day,
) -> Audit<'a> {
    let audits: Vec<RecordAudit> = records
        .iter()
        .filter(|record| area.is_none_or(|area| area.contains(record)))
        .map(|record| audit_record(record, day))
        .collect();
    let (regions, totals) = totals(&audits);
    Audit {
        as_of: day,
        records: audits,
        regions: regions
            .into_iter()
            .map(|(region, totals)| RegionTotals { region, totals })
            .collect(),
        totals,
        strict,
    }
}

impl Audit<'_> {
    fn records_table(&self) -> Table {
        let headers = [
            "id", "name", "conf.", "weakest", "strong", "from", "unknown", "stale", "reviewed",
        ];
        let mut table = Table::new(&headers);
        for audit in &self.records {
            let from = audit
                .history_from
                .map(|d| d.to_string())
                .unwrap_or_default();
            let from_cell = if audit.shallow {
                Cell::toned(format!("{from} (late)"), Tone::Alert)
            } else {
                Cell::plain(from)
            };
            table.row(vec![
                audit.id.into(),
                audit.name.into(),
                audit.confidence.as_str().into(),
                tier_cell(audit.weakest),
                format!("{}/{}", audit.strong_sources, audit.sources).into(),
                from_cell,
                audit.unknown_cells.to_string().into(),
                audit.stale_citations.len().to_string().into(),
                audit.reviewed.to_string().into(),
            ]);
        }
        table
    }

    fn totals_table(&self) -> Table {
        let mut headers = vec!["figure"];
        headers.extend(self.regions.iter().map(|r| r.region.as_str()));
        headers.push("all");
        let mut summary = Table::new(&headers);
        let columns: Vec<_> = self
            .regions
            .iter()
            .map(|r| r.totals.figures())
            .chain(std::iter::once(self.totals.figures()))
            .collect();
        for (row, (label, _)) in self.totals.figures().iter().enumerate() {
            let mut cells: Vec<Cell> = vec![(*label).into()];
            cells.extend(
                columns
                    .iter()
                    .map(|figures| Cell::plain(figures[row].1.clone())),
            );
            summary.row(cells);
        }
        summary
    }
}

impl Present for Audit<'_> {
    fn blocks(&self) -> Vec<Block> {
        let mut blocks = vec![Block::Table(self.records_table())];
        let problems: Vec<String> = self
            .records
            .iter()
            .flat_map(|a| a.problems.iter().map(move |p| format!("{}: {p}", a.id)))
            .collect();
        if !problems.is_empty() {
            blocks.push(Block::Subtitle(
                "Records breaking the confidence rules".into(),
            ));
            blocks.push(Block::Text(problems.join("\n\n")));
        }
        blocks.push(Block::Subtitle("Totals".into()));
        blocks.push(Block::Table(self.totals_table()));
        blocks.push(Block::Text(
            "conf.: confidence; weakest: the weakest backing among a record's known activities (the best source behind each); strong: sources that are primary, official or expert, of all sources; from: where the history starts (late: after 1990 or the jurisdiction's creation); complete: the history starts in time and knows all four activities on 31 December 1990 (or of the year of creation); unknown: current activities unknown; stale: sources dated before the change of status they are cited for. Sources read on document-sharing sites or blogs are at best copies: cite the original wherever it can be read. Notes narrating research passes (\"Review 2026-12: ...\") should be folded into what they state about the law.".into(),
        ));
        blocks
    }

    fn csv(&self) -> Table {
        let mut csv = Table::new(&[
            "id",
            "name",
            "region",
            "confidence",
            "weakest_tier",
            "strong_sources",
            "sources",
            "history_from",
            "shallow_history",
            "unknown_cells",
            "stale_citations",
            "copies",
            "pass_logs",
            "reviewed",
            "rule_problems",
        ]);
        for audit in &self.records {
            csv.row(vec![
                audit.id.into(),
                audit.name.into(),
                audit.region.as_str().into(),
                audit.confidence.as_str().into(),
                audit.weakest.map(Tier::as_str).unwrap_or_default().into(),
                audit.strong_sources.to_string().into(),
                audit.sources.to_string().into(),
                audit.history_from.into(),
                audit.shallow.to_string().into(),
                audit.unknown_cells.to_string().into(),
                audit.stale_citations.len().to_string().into(),
                audit.copies.len().to_string().into(),
                audit.pass_logs.to_string().into(),
                audit.reviewed.to_string().into(),
                audit.problems.len().to_string().into(),
            ]);
        }
        csv
    }

    fn exit_code(&self) -> u8 {
        if self.strict && self.totals.breaking_rules > 0 {
            exit::USAGE
        } else {
            exit::OK
        }
    }
}

#[cfg(test)]
mod tests {
    use super::pass_logs;

    #[test]
    fn pass_logs_are_research_narration_not_the_law() {
        let notes = "The 2019 review of the Act kept s. 8. Review 2026-12: s. 8 re-read. \
                     History depth pass 2026-12-02: nothing older found; a later pass moved it.";
        assert_eq!(pass_logs(notes), 3);
        assert_eq!(
            pass_logs("Selling is legal since the Review of Laws Act."),
            0
        );
    }
}
