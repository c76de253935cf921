//! A record's history: in date order, complete at its start, sourced, and with a regime that
//! agrees with the statuses after every entry.

use super::Checker;
use crate::load::raw::RawChange;
use crate::load::text_scan::text_problem;
use crate::model::{Change, Regime, Source, State, Status, regime_contradiction};
use toml::Spanned;

impl Checker {
    /// The history in order, each entry checked against the state it follows; returns the
    /// entries and the state after the last one.
    pub(super) fn history(
        &mut self,
        file: &str,
        text: &str,
        id: &str,
        raw: Vec<Spanned<RawChange>>,
        sources: &[Source],
    ) -> (Vec<Change>, Option<State>) {
        let source_known = |name: &str| sources.iter().any(|s| s.id == name);
        let mut history: Vec<Change> = Vec::with_capacity(raw.len());
        let mut state: Option<State> = None;
        for spanned in raw {
            let entry = spanned.into_inner();
            // Problems of an entry point at its date, the line that names it.
            let span = entry.from.span();
            let from = *entry.from.get_ref();
            // "1990" and "1990-01-01" start on the same day: one of them is redundant.
            if let Some(previous) = history.last()
                && from.first_day() <= previous.from.first_day()
            {
                self.at(
                    file,
                    text,
                    entry.from.span(),
                    format!(
                        "`{id}`: history out of order: {from} does not come after {}",
                        previous.from
                    ),
                );
            }
            let change = entry.into_change();
            if let Some(problem) = change.event.as_deref().and_then(|e| text_problem(e, true)) {
                let message = format!("`{id}`: history entry {from} contains {problem}");
                self.at(file, text, span.clone(), message);
            }
            if state.is_none() {
                let missing: Vec<&str> = change
                    .activities
                    .iter()
                    .filter(|(_, status)| status.is_none())
                    .map(|(activity, _)| activity.as_str())
                    .chain(change.regime.is_none().then_some("regime"))
                    .collect();
                if !missing.is_empty() {
                    self.at(file, text, span.clone(), format!("`{id}`: the first history entry must set the regime and all four activities; missing: {}", missing.join(", ")));
                }
            }
            let asserts_something = change.regime.is_some_and(|r| r != Regime::Unknown)
                || change
                    .activities
                    .iter()
                    .any(|(_, s)| s.is_some_and(|s| s != Status::Unknown))
                || change
                    .details
                    .stated()
                    .any(|(_, v)| !v.as_str().eq("unknown"));
            if asserts_something && change.sources.is_empty() {
                self.at(file, text, span.clone(), format!("`{id}`: history entry {from} sets a regime or status other than `unknown` but cites no source"));
            }
            for source in &change.sources {
                if !source_known(source) {
                    self.at(file, text, span.clone(), format!("`{id}`: history entry {from} cites source `{source}`, which the record does not list"));
                }
            }
            let next = state.as_ref().unwrap_or(&State::unknown()).after(&change);
            if let Some(rule) = regime_contradiction(next.regime, &next.activities) {
                self.at(
                    file,
                    text,
                    span.clone(),
                    format!("`{id}`: from {from} the regime contradicts the statuses: {rule}"),
                );
            }
            state = Some(next);
            history.push(change);
        }

        (history, state)
    }
}
