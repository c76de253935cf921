//! The law on a given day, resolved from a record's history: each change laid over the state
//! before it, a change dated only to a month or a year left unsettled inside its window, and
//! what kind of entry each change is.

use super::date::{Day, PartialDate};
use super::record::{Change, Jurisdiction};
use super::statuses::{DetailValue, Details, PerActivity};
use super::taxonomy::*;
use serde::Serialize;

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

// Beside `State::unsettled_by`, its only caller: a cell left unsettled reads `unknown`.
impl DetailValue {
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

impl Jurisdiction {
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
}
