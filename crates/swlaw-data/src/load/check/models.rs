//! The reference models: definite statuses, a regime that agrees with them, and sources.

use super::Checker;
use crate::load::raw::RawModel;
use crate::load::registry::Claimed;
use crate::model::{Details, Model, PerActivity, Status, regime_contradiction};

impl Checker {
    /// A reference model, checked; its id claimed for the whole dataset.
    pub(in crate::load) fn model(
        &mut self,
        file: &str,
        text: &str,
        raw: RawModel,
    ) -> Option<Model> {
        let id = raw.id.get_ref().clone();
        self.claim(file, text, raw.id.span(), Claimed::Model(id.clone()));
        let activities = PerActivity {
            selling: raw.selling,
            buying: raw.buying,
            soliciting: raw.soliciting,
            organizing: raw.organizing,
        };
        if let Some((activity, _)) = activities
            .iter()
            .find(|(_, s)| matches!(s, Status::Varies | Status::Unknown))
        {
            self.at(
                file,
                text,
                raw.id.span(),
                format!(
                    "model `{id}`: {activity} must be a definite status, not varies or unknown"
                ),
            );
        }
        if let Some(rule) = regime_contradiction(raw.regime, &activities) {
            self.at(
                file,
                text,
                raw.id.span(),
                format!("model `{id}`: the regime contradicts the statuses: {rule}"),
            );
        }
        if raw.source.is_empty() {
            self.at(
                file,
                text,
                raw.id.span(),
                format!("model `{id}`: cites no source"),
            );
        }
        let sources = self.sources(file, text, &format!("model {id}"), raw.source);
        Some(Model {
            id,
            name: raw.name,
            summary: raw.summary.trim().to_string(),
            regime: raw.regime,
            activities,
            details: Details {
                working_together: raw.working_together,
                advertising: raw.advertising,
                kerb_crawling: raw.kerb_crawling,
                mandatory_registration: raw.mandatory_registration,
                mandatory_testing: raw.mandatory_testing,
                migrants: raw.migrants,
            },
            notes: raw.notes.map(|n| n.trim().to_string()),
            sources,
        })
    }
}
