//! Records and what is derived from them: laws, sources, events, the dated history and the law
//! on a given day.

use super::date::{Day, PartialDate};
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

/// A statute or regulation behind a status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Law {
    pub id: String,
    pub statute: String,
    pub section: Option<String>,
    pub in_force: PartialDate,
    pub repealed: Option<PartialDate>,
    pub punishes: Vec<Topic>,
    pub url: Option<String>,
    pub note: Option<String>,
    pub sources: Vec<String>,
}

impl Law {
    pub fn in_force_on(&self, day: Day) -> bool {
        self.in_force.first_day() <= day
            && self
                .repealed
                .is_none_or(|repealed| repealed.first_day() > day)
    }

    /// "Penal Code, Chapter 6, Section 11 (1999)".
    pub fn citation(&self) -> String {
        match &self.section {
            Some(section) => format!("{}, {} ({})", self.statute, section, self.in_force.year),
            None => format!("{} ({})", self.statute, self.in_force.year),
        }
    }
}

/// Something a contributor read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub kind: SourceKind,
    /// The publisher or original URL when `url` is a copy of a document kept elsewhere.
    pub copy_of: Option<String>,
    pub date: Option<PartialDate>,
    pub accessed: PartialDate,
}

impl Source {
    pub fn tier(&self) -> Tier {
        self.kind.tier()
    }
}

/// One dated change. The first change of a record sets everything; later ones only what changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub from: PartialDate,
    pub regime: Option<Regime>,
    pub activities: PerActivity<Option<Status>>,
    pub details: Details,
    pub event: Option<String>,
    pub sources: Vec<String>,
}

/// Something that changed no status but matters to a lawyer: a ruling, a bill, an evaluation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Event {
    pub date: PartialDate,
    pub kind: EventKind,
    /// For bills: where the bill stood on `date`.
    pub stage: Option<BillStage>,
    /// For bills: a key shared by the events of one bill inside the record, so that a later stage
    /// supersedes an earlier one.
    pub bill: Option<String>,
    pub summary: String,
    pub sources: Vec<String>,
}

impl Event {
    /// The key that groups the stages of one bill; an event without `bill` stands alone.
    pub fn bill_key(&self, index: usize) -> String {
        self.bill.clone().unwrap_or_else(|| format!("#{index}"))
    }
}

impl Change {
    /// Whether this change states a value for `topic`.
    pub fn sets(&self, topic: Topic) -> bool {
        match topic {
            Topic::Activity(activity) => self.activities.get(activity).is_some(),
            Topic::Detail(detail) => self.details.get(detail).is_some(),
        }
    }

    /// Whether this change and `other` state the same value for `topic`.
    pub fn same_value(&self, other: &Change, topic: Topic) -> bool {
        match topic {
            Topic::Activity(activity) => {
                self.activities.get(activity) == other.activities.get(activity)
            }
            Topic::Detail(detail) => self.details.get(detail) == other.details.get(detail),
        }
    }
}

/// The law of a jurisdiction on one day, derived from its history.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The date of the latest change in force.
    pub since: PartialDate,
    pub regime: Regime,
    pub activities: PerActivity<Status>,
    pub details: Details,
    /// Cells that change at an unknown day of a window ("2016-04") containing the day asked:
    /// shown as `unknown`, with what they change from and to.
    pub unsettled: Vec<Unsettled>,
}

/// A cell whose change is dated only to a month or a year that contains the day asked: the
/// new value holds from some day in the window, so on this day neither value is asserted.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Unsettled {
    pub topic: Topic,
    pub before: Option<DetailValue>,
    pub after: DetailValue,
    pub window: PartialDate,
}

/// What a history entry is, read against the state before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// The first entry: where the record's knowledge begins, not a reform.
    Start,
    /// Only cells that were unknown become known: where knowledge of them begins.
    KnownFrom,
    /// A known status changes (or becomes unknown).
    Reform,
    /// Nothing changes (an entry that records a consolidation or a source).
    Unchanged,
}

impl DetailValue {
    pub fn is_unknown(self) -> bool {
        match self {
            DetailValue::Status(status) => status == Status::Unknown,
            DetailValue::Requirement(requirement) => requirement == Requirement::Unknown,
        }
    }

    fn unknown_like(self) -> DetailValue {
        match self {
            DetailValue::Status(_) => DetailValue::Status(Status::Unknown),
            DetailValue::Requirement(_) => DetailValue::Requirement(Requirement::Unknown),
        }
    }
}

impl State {
    /// Every cell's value, activities first: the regime is not a cell.
    fn cells(&self) -> impl Iterator<Item = (Topic, Option<DetailValue>)> + '_ {
        self.activities
            .iter()
            .map(|(a, &s)| (Topic::Activity(a), Some(DetailValue::Status(s))))
            .chain(
                Detail::ALL
                    .iter()
                    .map(|&d| (Topic::Detail(d), self.details.get(d))),
            )
    }

    fn set(&mut self, topic: Topic, value: DetailValue) {
        match (topic, value) {
            (Topic::Activity(a), DetailValue::Status(s)) => *self.activities.get_mut(a) = s,
            (Topic::Detail(d), value) => self.details.set(d, value),
            (Topic::Activity(_), DetailValue::Requirement(_)) => {}
        }
    }

    /// The state on a day inside `change`'s window: what the change alters is not asserted.
    fn unsettled_by(&self, change: &Change, next: &State) -> State {
        let mut state = next.clone();
        let before: Vec<_> = self.cells().collect();
        for ((topic, old), (_, new)) in before.into_iter().zip(next.cells()) {
            let Some(new) = new.filter(|new| Some(*new) != old && change.sets(topic)) else {
                continue;
            };
            state.set(topic, new.unknown_like());
            state.unsettled.push(Unsettled {
                topic,
                before: old,
                after: new,
                window: change.from,
            });
        }
        if next.regime != self.regime {
            state.regime = Regime::Unknown;
        }
        state
    }

    /// What a change from `self` to `next` is.
    pub fn entry_kind(&self, next: &State) -> EntryKind {
        let mut kind = EntryKind::Unchanged;
        let regimes = [(self.regime != Regime::Unknown, self.regime != next.regime)];
        let cells = self.cells().zip(next.cells()).map(|((_, old), (_, new))| {
            let known = old.is_some_and(|v| !v.is_unknown());
            (known, old != new)
        });
        for (was_known, changed) in regimes.into_iter().chain(cells) {
            match (was_known, changed) {
                (true, true) => return EntryKind::Reform,
                (false, true) => kind = EntryKind::KnownFrom,
                _ => {}
            }
        }
        kind
    }
}

impl State {
    pub fn unknown() -> State {
        State {
            since: PartialDate {
                year: 1000,
                month: None,
                day: None,
            },
            regime: Regime::Unknown,
            activities: PerActivity {
                selling: Status::Unknown,
                buying: Status::Unknown,
                soliciting: Status::Unknown,
                organizing: Status::Unknown,
            },
            details: Details::default(),
            unsettled: Vec::new(),
        }
    }

    /// This state with a change laid over it.
    pub fn after(&self, change: &Change) -> State {
        let mut next = self.clone();
        next.since = change.from;
        if let Some(regime) = change.regime {
            next.regime = regime;
        }
        for activity in Activity::ALL {
            if let Some(status) = change.activities.get(*activity) {
                *next.activities.get_mut(*activity) = *status;
            }
        }
        next.details = self.details.overlaid(&change.details);
        next.unsettled.clear();
        next
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Jurisdiction {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub parent: Option<String>,
    pub region: Region,
    pub subregion: Subregion,
    pub confidence: Confidence,
    pub reviewed: PartialDate,
    /// When the jurisdiction came into being, where that is after 1990: its history can start
    /// no earlier.
    pub established: Option<PartialDate>,
    /// How many subdivisions decide the `varies` statuses, where the dataset records fewer
    /// of them (Mexico's 32 states): the missing ones count as unknown in the gap.
    pub subdivision_count: Option<u16>,
    pub notes: Option<String>,
    pub laws: Vec<Law>,
    pub sources: Vec<Source>,
    pub history: Vec<Change>,
    pub events: Vec<Event>,
}

impl Jurisdiction {
    pub fn is_subdivision(&self) -> bool {
        self.parent.is_some()
    }

    /// The date from which the history is complete: the first change's date.
    pub fn history_from(&self) -> Option<PartialDate> {
        self.history.first().map(|change| change.from)
    }

    /// Every state the record has passed through, oldest first, one per change.
    pub fn states(&self) -> Vec<State> {
        let mut states: Vec<State> = Vec::with_capacity(self.history.len());
        for change in &self.history {
            let base = states.last().cloned().unwrap_or_else(State::unknown);
            states.push(base.after(change));
        }
        states
    }

    /// The law on `day`; `None` before the history starts, where swlaw does not assume that
    /// today's law already held.
    ///
    /// A change dated to a month or a year happened on some day of that window: asked about a
    /// day before the window's last, the cells it changes are `unknown` (see
    /// [`State::unsettled`]); from its last day on, the new values hold.
    pub fn state_on(&self, day: Day) -> Option<State> {
        let mut state: Option<State> = None;
        for change in self
            .history
            .iter()
            .take_while(|c| c.from.first_day() <= day)
        {
            let base = state.unwrap_or_else(State::unknown);
            let next = base.after(change);
            state = Some(if day < change.from.last_day() {
                base.unsettled_by(change, &next)
            } else {
                next
            });
        }
        state
    }

    /// What each history entry is: the start, a reform, or where some cell becomes known.
    pub fn entry_kinds(&self) -> Vec<EntryKind> {
        let states = self.states();
        let mut kinds = Vec::with_capacity(states.len());
        let mut before = State::unknown();
        for (index, state) in states.iter().enumerate() {
            kinds.push(if index == 0 {
                EntryKind::Start
            } else {
                before.entry_kind(state)
            });
            before = state.clone();
        }
        kinds
    }

    /// The date of the latest reform in force on `day` (not the start of the history, not a
    /// cell becoming known).
    pub fn latest_reform(&self, day: Day) -> Option<PartialDate> {
        self.history
            .iter()
            .zip(self.entry_kinds())
            .take_while(|(change, _)| change.from.first_day() <= day)
            .filter(|(_, kind)| *kind == EntryKind::Reform)
            .map(|(change, _)| change.from)
            .last()
    }

    /// Laws in force on `day` that punish or impose `topic`.
    pub fn laws_on(&self, topic: Topic, day: Day) -> impl Iterator<Item = &Law> {
        self.laws
            .iter()
            .filter(move |law| law.punishes.contains(&topic) && law.in_force_on(day))
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// The changes at or before `day` behind the value `topic` has on `day`: the one that gave it
    /// that value, then any later ones that state the same value again. A restated status is
    /// confirmed by the later entry's sources; it does not start again on its date.
    pub fn changes_behind(&self, topic: Topic, day: Day) -> Vec<&Change> {
        let setting: Vec<&Change> = self
            .history
            .iter()
            .take_while(|change| change.from.first_day() <= day)
            .filter(|change| change.sets(topic))
            .collect();
        let Some(latest) = setting.last() else {
            return Vec::new();
        };
        let run = setting
            .iter()
            .rev()
            .take_while(|change| change.same_value(latest, topic))
            .count();
        setting[setting.len() - run..].to_vec()
    }

    /// The change that gave `topic` the value it has on `day` (where its status is "since").
    pub fn change_setting(&self, topic: Topic, day: Day) -> Option<&Change> {
        self.changes_behind(topic, day).first().copied()
    }

    /// The documents behind the status of `topic` on `day`: those of the history entries behind
    /// it (the one that set it and those that confirm it), then those of the laws in force that
    /// punish it, each once.
    pub fn provenance(&self, topic: Topic, day: Day) -> Provenance<'_> {
        let mut ids: Vec<&str> = Vec::new();
        let entries = self.changes_behind(topic, day);
        let laws: Vec<&Law> = self.laws_on(topic, day).collect();
        let cited = entries
            .into_iter()
            .flat_map(|change| &change.sources)
            .chain(laws.iter().flat_map(|law| &law.sources));
        for id in cited {
            if !ids.contains(&id.as_str()) {
                ids.push(id);
            }
        }
        Provenance {
            sources: ids.iter().filter_map(|id| self.source(id)).collect(),
            laws,
        }
    }

    /// The weakest backing among the activities whose status is known on `day`: the tier of the
    /// best source behind each, and the worst of those (`Secondary` also when nothing is
    /// cited). `None` when every activity is unknown.
    pub fn weakest_backing(&self, day: Day) -> Option<Tier> {
        let state = self.state_on(day)?;
        state
            .activities
            .iter()
            .filter(|(_, status)| **status != Status::Unknown)
            .map(|(activity, _)| {
                self.provenance(Topic::Activity(activity), day)
                    .best_tier()
                    .unwrap_or(Tier::Secondary)
            })
            .max()
    }

    /// Whether the history starts later than 1990 or, for a younger jurisdiction, its creation.
    pub fn history_is_shallow(&self) -> bool {
        let end_of_1990 = Day {
            year: 1990,
            month: 12,
            day: 31,
        };
        let baseline = self
            .established
            .map_or(end_of_1990, |date| date.last_day().max(end_of_1990));
        self.history_from()
            .is_none_or(|from| from.first_day() > baseline)
    }
}

/// What stands behind one status: the documents and the laws.
#[derive(Debug, Clone)]
pub struct Provenance<'a> {
    pub sources: Vec<&'a Source>,
    pub laws: Vec<&'a Law>,
}

impl Provenance<'_> {
    /// The strongest tier among the sources; `None` when nothing is cited.
    pub fn best_tier(&self) -> Option<Tier> {
        self.sources.iter().map(|source| source.tier()).min()
    }
}

/// A reference model: a set of statuses to measure jurisdictions against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Model {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub regime: Regime,
    pub activities: PerActivity<Status>,
    pub details: Details,
    pub notes: Option<String>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Dataset {
    pub jurisdictions: Vec<Jurisdiction>,
    pub models: Vec<Model>,
}

impl Dataset {
    pub fn jurisdiction(&self, id: &str) -> Option<&Jurisdiction> {
        self.jurisdictions
            .iter()
            .find(|j| j.id.eq_ignore_ascii_case(id))
    }

    pub fn model(&self, id: &str) -> Option<&Model> {
        self.models.iter().find(|m| m.id.eq_ignore_ascii_case(id))
    }

    pub fn children<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Jurisdiction> + 'a {
        self.jurisdictions
            .iter()
            .filter(move |j| j.parent.as_deref() == Some(id))
    }

    /// The earliest and latest `reviewed` dates in the dataset, for citations.
    pub fn reviewed_range(&self) -> Option<(PartialDate, PartialDate)> {
        let dates = self.jurisdictions.iter().map(|j| j.reviewed);
        let min = dates.clone().min()?;
        let max = dates.max()?;
        Some((min, max))
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
