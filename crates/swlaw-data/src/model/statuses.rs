//! The statuses of a record or a model: one per activity, the optional details, and the rule
//! that ties a regime to them.

use super::taxonomy::*;
use serde::{Deserialize, Serialize};

/// One value per activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PerActivity<T> {
    pub selling: T,
    pub buying: T,
    pub soliciting: T,
    pub organizing: T,
}

impl<T> PerActivity<T> {
    pub fn get(&self, activity: Activity) -> &T {
        match activity {
            Activity::Selling => &self.selling,
            Activity::Buying => &self.buying,
            Activity::Soliciting => &self.soliciting,
            Activity::Organizing => &self.organizing,
        }
    }

    pub fn get_mut(&mut self, activity: Activity) -> &mut T {
        match activity {
            Activity::Selling => &mut self.selling,
            Activity::Buying => &mut self.buying,
            Activity::Soliciting => &mut self.soliciting,
            Activity::Organizing => &mut self.organizing,
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (Activity, &T)> {
        Activity::ALL
            .iter()
            .map(move |&activity| (activity, self.get(activity)))
    }
}

/// The optional details of a record; `None` where the sources do not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Details {
    pub working_together: Option<Status>,
    pub advertising: Option<Status>,
    pub kerb_crawling: Option<Status>,
    pub mandatory_registration: Option<Requirement>,
    pub mandatory_testing: Option<Requirement>,
    /// Whether people without citizenship or residence may lawfully do sex work.
    pub migrants: Option<Status>,
}

/// A detail's value, whichever kind of value the detail takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailValue {
    Status(Status),
    Requirement(Requirement),
}

/// Its name ("criminalized", "required"); details appear in answers, never in the bundled data.
impl Serialize for DetailValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl DetailValue {
    pub fn as_str(self) -> &'static str {
        match self {
            DetailValue::Status(status) => status.as_str(),
            DetailValue::Requirement(requirement) => requirement.as_str(),
        }
    }

    pub fn is_unknown(self) -> bool {
        match self {
            DetailValue::Status(status) => status == Status::Unknown,
            DetailValue::Requirement(requirement) => requirement == Requirement::Unknown,
        }
    }
}

impl Details {
    pub fn get(&self, detail: Detail) -> Option<DetailValue> {
        match detail {
            Detail::WorkingTogether => self.working_together.map(DetailValue::Status),
            Detail::Advertising => self.advertising.map(DetailValue::Status),
            Detail::KerbCrawling => self.kerb_crawling.map(DetailValue::Status),
            Detail::MandatoryRegistration => {
                self.mandatory_registration.map(DetailValue::Requirement)
            }
            Detail::MandatoryTesting => self.mandatory_testing.map(DetailValue::Requirement),
            Detail::Migrants => self.migrants.map(DetailValue::Status),
        }
    }

    /// The stated details, in a fixed order.
    pub fn stated(&self) -> impl Iterator<Item = (Detail, DetailValue)> + '_ {
        Detail::ALL
            .iter()
            .filter_map(move |&detail| self.get(detail).map(|value| (detail, value)))
    }

    /// Sets a detail's value (a value of the other kind is ignored).
    pub fn set(&mut self, detail: Detail, value: DetailValue) {
        match (detail, value) {
            (Detail::WorkingTogether, DetailValue::Status(s)) => self.working_together = Some(s),
            (Detail::Advertising, DetailValue::Status(s)) => self.advertising = Some(s),
            (Detail::KerbCrawling, DetailValue::Status(s)) => self.kerb_crawling = Some(s),
            (Detail::Migrants, DetailValue::Status(s)) => self.migrants = Some(s),
            (Detail::MandatoryRegistration, DetailValue::Requirement(r)) => {
                self.mandatory_registration = Some(r)
            }
            (Detail::MandatoryTesting, DetailValue::Requirement(r)) => {
                self.mandatory_testing = Some(r)
            }
            _ => {}
        }
    }

    /// These details with `later` laid over them: what a later history entry changes.
    pub fn overlaid(&self, later: &Details) -> Details {
        Details {
            working_together: later.working_together.or(self.working_together),
            advertising: later.advertising.or(self.advertising),
            kerb_crawling: later.kerb_crawling.or(self.kerb_crawling),
            mandatory_registration: later.mandatory_registration.or(self.mandatory_registration),
            mandatory_testing: later.mandatory_testing.or(self.mandatory_testing),
            migrants: later.migrants.or(self.migrants),
        }
    }
}

/// Whether `regime` agrees with the statuses, per the "must hold" column of the taxonomy.
/// Returns the rule that fails.
pub fn regime_contradiction(
    regime: Regime,
    statuses: &PerActivity<Status>,
) -> Option<&'static str> {
    let punished = |status: Status| status.is_punished();
    let holds = match regime {
        Regime::Criminalization => punished(statuses.selling),
        Regime::Asymmetric => punished(statuses.buying) && !punished(statuses.selling),
        Regime::Partial => {
            !punished(statuses.selling)
                && !punished(statuses.buying)
                && [statuses.soliciting, statuses.organizing]
                    .iter()
                    .any(|&s| punished(s) || s == Status::Restricted)
        }
        Regime::Legalization => {
            statuses.iter().any(|(_, &s)| s == Status::Regulated)
                && statuses.selling != Status::Criminalized
                && statuses.buying != Status::Criminalized
        }
        Regime::Decriminalization => !statuses.iter().any(|(_, &s)| punished(s)),
        Regime::Varies => statuses.iter().any(|(_, &s)| s == Status::Varies),
        Regime::Unknown => true,
    };
    if holds {
        return None;
    }
    Some(match regime {
        Regime::Criminalization => "`criminalization` needs selling criminalized or penalized",
        Regime::Asymmetric => "`asymmetric` needs buying criminalized or penalized and selling not",
        Regime::Partial => {
            "`partial` needs selling and buying not punished, and soliciting or organizing punished or restricted"
        }
        Regime::Legalization => {
            "`legalization` needs some activity regulated and neither selling nor buying criminalized"
        }
        Regime::Decriminalization => {
            "`decriminalization` needs no activity criminalized or penalized"
        }
        Regime::Varies => "`varies` needs some activity that varies",
        Regime::Unknown => unreachable!("an unknown regime never contradicts"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regime_rules_follow_the_taxonomy() {
        let all = |s| PerActivity {
            selling: s,
            buying: s,
            soliciting: s,
            organizing: s,
        };
        let mut nordic = all(Status::Legal);
        nordic.buying = Status::Criminalized;
        nordic.organizing = Status::Criminalized;
        assert!(regime_contradiction(Regime::Asymmetric, &nordic).is_none());
        assert!(regime_contradiction(Regime::Criminalization, &nordic).is_some());
        assert!(regime_contradiction(Regime::Decriminalization, &all(Status::Legal)).is_none());
        assert!(regime_contradiction(Regime::Partial, &all(Status::Legal)).is_some());
        let mut licensed = all(Status::Legal);
        licensed.organizing = Status::Regulated;
        assert!(regime_contradiction(Regime::Legalization, &licensed).is_none());
        assert!(regime_contradiction(Regime::Decriminalization, &licensed).is_none());
    }
}
