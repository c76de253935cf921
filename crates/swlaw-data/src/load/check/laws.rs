//! The laws of a record, and the rule that every punished activity has one in force.

use super::{Checker, web_url_problem};
use crate::load::raw::RawLaw;
use crate::load::text_scan::text_problem;
use crate::model::{Day, Law, Source, State, Status, Topic};
use std::ops::Range;
use toml::Spanned;

impl Checker {
    pub(super) fn laws(
        &mut self,
        file: &str,
        text: &str,
        id: &str,
        raw: Vec<Spanned<RawLaw>>,
        sources: &[Source],
    ) -> Vec<Law> {
        let source_known = |name: &str| sources.iter().any(|s| s.id == name);
        let mut laws: Vec<Law> = Vec::with_capacity(raw.len());
        for spanned in raw {
            let span = spanned.span();
            let law = spanned.into_inner();
            let law_id = law.id.get_ref().clone();
            if laws.iter().any(|l| l.id == law_id) {
                self.at(
                    file,
                    text,
                    law.id.span(),
                    format!("`{id}`: law id `{law_id}` is used twice"),
                );
            }
            let single = [Some(&law.statute), law.section.as_ref(), law.url.as_ref()];
            let problem = single
                .into_iter()
                .flatten()
                .find_map(|t| text_problem(t, false))
                .or_else(|| law.note.as_deref().and_then(|n| text_problem(n, true)));
            if let Some(problem) = problem {
                let message = format!("`{id}`: law `{law_id}` contains {problem}");
                self.at(file, text, span.clone(), message);
            }
            if law.statute.trim().is_empty() {
                self.at(
                    file,
                    text,
                    span.clone(),
                    format!("`{id}`: law `{law_id}` has an empty statute"),
                );
            }
            if law.punishes.get_ref().is_empty() {
                self.at(file, text, law.punishes.span(), format!("`{id}`: law `{law_id}` punishes nothing: list the activities or details it reaches"));
            }
            if let Some(repealed) = law.repealed
                && repealed <= law.in_force
            {
                self.at(file, text, span.clone(), format!("`{id}`: law `{law_id}` is repealed ({repealed}) no later than it took effect ({})", law.in_force));
            }
            if let Some(problem) = law.url.as_deref().and_then(web_url_problem) {
                self.at(
                    file,
                    text,
                    span.clone(),
                    format!("`{id}`: law `{law_id}`: {problem}"),
                );
            }
            for source in &law.sources {
                if !source_known(source.get_ref()) {
                    self.at(file, text, source.span(), format!("`{id}`: law `{law_id}` cites source `{}`, which the record does not list", source.get_ref()));
                }
            }
            laws.push(Law {
                id: law_id,
                statute: law.statute,
                section: law.section,
                in_force: law.in_force,
                repealed: law.repealed,
                punishes: law.punishes.into_inner(),
                url: law.url,
                note: law.note,
                sources: law.sources.into_iter().map(Spanned::into_inner).collect(),
            });
        }

        laws
    }

    /// Every activity punished, regulated or restricted at the end of the history has a law
    /// that punishes it and was not repealed by then.
    pub(super) fn laws_behind_statuses(
        &mut self,
        file: &str,
        text: &str,
        id: &str,
        span: Range<usize>,
        latest: &State,
        laws: &[Law],
    ) {
        // The current statuses: today, or the last change if it is dated later.
        let day = latest.since.last_day().max(Day::today());
        for (activity, status) in latest.activities.iter() {
            let needs_law = matches!(
                status,
                Status::Criminalized | Status::Penalized | Status::Regulated | Status::Restricted
            );
            // In force on that day: neither repealed before it nor starting after it.
            let cited = laws.iter().any(|law| {
                law.punishes.contains(&Topic::Activity(activity)) && law.in_force_on(day)
            });
            if needs_law && !cited {
                self.at(file, text, span.clone(), format!("`{id}`: {activity} is {status} but no law in [[jurisdiction.law]] punishes it (add the statute to `punishes`)"));
            }
        }
    }
}
