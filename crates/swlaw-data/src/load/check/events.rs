//! A record's events: summarized, sourced, and with a stage and bill key for bills only.

use super::Checker;
use crate::load::raw::RawEvent;
use crate::load::text_scan::text_problem;
use crate::model::{Event, EventKind, Source};
use toml::Spanned;

impl Checker {
    pub(super) fn events(
        &mut self,
        file: &str,
        text: &str,
        id: &str,
        raw: Vec<Spanned<RawEvent>>,
        sources: &[Source],
    ) -> Vec<Event> {
        let source_known = |name: &str| sources.iter().any(|s| s.id == name);
        let mut events: Vec<Event> = Vec::with_capacity(raw.len());
        for spanned in raw {
            let event = spanned.into_inner();
            let span = event.date.span();
            let date = *event.date.get_ref();
            let mut problem = |message: String| self.at(file, text, span.clone(), message);
            match (event.kind, event.stage) {
                (EventKind::Bill, None) => problem(format!(
                    "`{id}`: bill event {date} has no `stage` (pending, passed, rejected, lapsed or withdrawn)"
                )),
                (kind, Some(_)) if kind != EventKind::Bill => problem(format!(
                    "`{id}`: {kind} event {date} has a `stage`, which only bills have"
                )),
                _ => {}
            }
            if event.bill.is_some() && event.kind != EventKind::Bill {
                problem(format!(
                    "`{id}`: {} event {date} names a `bill`, which only bill events do",
                    event.kind
                ));
            }
            if let Some(bad) = text_problem(&event.summary, true) {
                problem(format!("`{id}`: event {date} contains {bad}"));
            }
            if event.summary.trim().is_empty() {
                problem(format!("`{id}`: event {date} has an empty summary"));
            }
            if event.sources.is_empty() {
                problem(format!("`{id}`: event {date} cites no source"));
            }
            for source in &event.sources {
                if !source_known(source) {
                    problem(format!(
                        "`{id}`: event {date} cites source `{source}`, which the record does not list"
                    ));
                }
            }
            events.push(Event {
                date,
                kind: event.kind,
                stage: event.stage,
                bill: event.bill,
                summary: event.summary.trim().to_string(),
                sources: event.sources,
            });
        }
        events.sort_by_key(|event| event.date);

        events
    }
}
