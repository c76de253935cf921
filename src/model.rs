//! The dataset as typed values: activities, statuses, regimes, and the records that use them.
//!
//! This module is also compiled into `build.rs`, which validates the bundled TOML and serializes a
//! [`Dataset`] for the binary; it must therefore depend on nothing but `serde` and `std`.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Declares a string-valued enum once: its variants, their wire names, and the conversions.
macro_rules! named_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(text: &str) -> Result<Self, String> {
                let wanted = text.trim().to_ascii_lowercase().replace(['-', ' '], "_");
                $name::ALL
                    .iter()
                    .copied()
                    .find(|value| value.as_str() == wanted)
                    .ok_or_else(|| {
                        let names: Vec<&str> = $name::ALL.iter().map(|v| v.as_str()).collect();
                        format!("unknown {} `{}` (expected one of: {})", stringify!($name).to_lowercase(), text, names.join(", "))
                    })
            }
        }
    };
}

named_enum!(
    /// The four activities every record classifies.
    Activity {
        Selling => "selling",
        Buying => "buying",
        Soliciting => "soliciting",
        Organizing => "organizing",
    }
);

named_enum!(
    /// Finer points beside the four activities.
    Detail {
        WorkingTogether => "working_together",
        Advertising => "advertising",
        KerbCrawling => "kerb_crawling",
        MandatoryRegistration => "mandatory_registration",
        MandatoryTesting => "mandatory_testing",
        Migrants => "migrants",
    }
);

named_enum!(
    /// How the law treats an activity.
    Status {
        Criminalized => "criminalized",
        Penalized => "penalized",
        Regulated => "regulated",
        Restricted => "restricted",
        Legal => "legal",
        Varies => "varies",
        Unknown => "unknown",
    }
);

named_enum!(
    /// Whether a condition (registration, testing) is imposed on sex workers.
    Requirement {
        Required => "required",
        NotRequired => "not_required",
        Unknown => "unknown",
    }
);

named_enum!(
    /// The overall legal approach of a jurisdiction.
    Regime {
        Criminalization => "criminalization",
        Asymmetric => "asymmetric",
        Partial => "partial",
        Legalization => "legalization",
        Decriminalization => "decriminalization",
        Varies => "varies",
        Unknown => "unknown",
    }
);

named_enum!(
    /// What a dated event that changes no status is.
    EventKind {
        Ruling => "ruling",
        Bill => "bill",
        Evaluation => "evaluation",
        Enforcement => "enforcement",
        Other => "other",
    }
);

named_enum!(
    /// Where a bill stands.
    BillStage {
        Pending => "pending",
        Passed => "passed",
        Rejected => "rejected",
        Lapsed => "lapsed",
        Withdrawn => "withdrawn",
    }
);

named_enum!(
    /// UN M49 regions.
    Region {
        Africa => "Africa",
        Americas => "Americas",
        Asia => "Asia",
        Europe => "Europe",
        Oceania => "Oceania",
    }
);

named_enum!(
    /// UN M49 subregions (the intermediate regions of Africa and the Americas are folded into
    /// the subregions most sources use).
    Subregion {
        NorthernAfrica => "Northern Africa",
        EasternAfrica => "Eastern Africa",
        MiddleAfrica => "Middle Africa",
        SouthernAfrica => "Southern Africa",
        WesternAfrica => "Western Africa",
        Caribbean => "Caribbean",
        CentralAmerica => "Central America",
        SouthAmerica => "South America",
        NorthernAmerica => "Northern America",
        CentralAsia => "Central Asia",
        EasternAsia => "Eastern Asia",
        SouthEasternAsia => "South-eastern Asia",
        SouthernAsia => "Southern Asia",
        WesternAsia => "Western Asia",
        EasternEurope => "Eastern Europe",
        NorthernEurope => "Northern Europe",
        SouthernEurope => "Southern Europe",
        WesternEurope => "Western Europe",
        AustraliaAndNewZealand => "Australia and New Zealand",
        Melanesia => "Melanesia",
        Micronesia => "Micronesia",
        Polynesia => "Polynesia",
    }
);

named_enum!(
    /// What kind of document a source is: the document itself, not the host that serves it.
    SourceKind {
        Statute => "statute",
        Gazette => "gazette",
        Court => "court",
        Government => "government",
        Parliament => "parliament",
        Igo => "igo",
        Ngo => "ngo",
        Academic => "academic",
        Press => "press",
        Encyclopedia => "encyclopedia",
        Other => "other",
    }
);

named_enum!(
    /// How much weight a kind of document carries, strongest first.
    Tier {
        Primary => "primary",
        Official => "official",
        Expert => "expert",
        Secondary => "secondary",
    }
);

impl SourceKind {
    pub fn tier(self) -> Tier {
        use SourceKind::*;
        match self {
            Statute | Gazette | Court => Tier::Primary,
            Government | Parliament | Igo => Tier::Official,
            Ngo | Academic => Tier::Expert,
            Press | Encyclopedia | Other => Tier::Secondary,
        }
    }
}

named_enum!(
    /// How far the sources behind a record can be trusted.
    Confidence {
        High => "high",
        Medium => "medium",
        Low => "low",
    }
);

impl Region {
    /// Whether lowercase names match too: region names are capitalized in the data but users type
    /// them in any case.
    pub fn parse_loose(text: &str) -> Option<Region> {
        Region::ALL
            .iter()
            .copied()
            .find(|region| region.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

impl Subregion {
    pub fn region(self) -> Region {
        use Subregion::*;
        match self {
            NorthernAfrica | EasternAfrica | MiddleAfrica | SouthernAfrica | WesternAfrica => {
                Region::Africa
            }
            Caribbean | CentralAmerica | SouthAmerica | NorthernAmerica => Region::Americas,
            CentralAsia | EasternAsia | SouthEasternAsia | SouthernAsia | WesternAsia => {
                Region::Asia
            }
            EasternEurope | NorthernEurope | SouthernEurope | WesternEurope => Region::Europe,
            AustraliaAndNewZealand | Melanesia | Micronesia | Polynesia => Region::Oceania,
        }
    }

    pub fn parse_loose(text: &str) -> Option<Subregion> {
        let wanted = text.trim().replace('_', " ");
        Subregion::ALL
            .iter()
            .copied()
            .find(|sub| sub.as_str().eq_ignore_ascii_case(&wanted))
    }
}

impl Status {
    /// Punished in general: what `--criminalizes` selects.
    pub fn is_punished(self) -> bool {
        matches!(self, Status::Criminalized | Status::Penalized)
    }

    /// Lawful at least in some circumstances: what `--permits` selects.
    pub fn is_permitted(self) -> bool {
        matches!(self, Status::Legal | Status::Regulated | Status::Restricted)
    }

    /// Position on the scale the gap score measures: 0 for `legal` up to 4 for `criminalized`.
    /// `varies` and `unknown` have no position.
    pub fn severity(self) -> Option<u8> {
        match self {
            Status::Legal => Some(0),
            Status::Restricted => Some(1),
            Status::Regulated => Some(2),
            Status::Penalized => Some(3),
            Status::Criminalized => Some(4),
            Status::Varies | Status::Unknown => None,
        }
    }
}

impl Detail {
    pub fn is_requirement(self) -> bool {
        matches!(
            self,
            Detail::MandatoryRegistration | Detail::MandatoryTesting
        )
    }
}

/// What a law can punish or impose: one of the activities or one of the details.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Topic {
    Activity(Activity),
    Detail(Detail),
}

impl Topic {
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Activity(activity) => activity.as_str(),
            Topic::Detail(detail) => detail.as_str(),
        }
    }
}

impl fmt::Display for Topic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Topic {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        if let Ok(activity) = text.parse::<Activity>() {
            return Ok(Topic::Activity(activity));
        }
        text.parse::<Detail>().map(Topic::Detail).map_err(|_| {
            let names: Vec<&str> = Activity::ALL
                .iter()
                .map(|a| a.as_str())
                .chain(Detail::ALL.iter().map(|d| d.as_str()))
                .collect();
            format!(
                "unknown activity or detail `{text}` (expected one of: {})",
                names.join(", ")
            )
        })
    }
}

impl Topic {
    /// Position in a fixed order: the activities, then the details.
    fn index(self) -> u8 {
        match self {
            Topic::Activity(activity) => Activity::ALL.iter().position(|&a| a == activity),
            Topic::Detail(detail) => Detail::ALL
                .iter()
                .position(|&d| d == detail)
                .map(|i| i + Activity::ALL.len()),
        }
        .unwrap_or(0) as u8
    }

    fn from_index(index: u8) -> Option<Topic> {
        let index = usize::from(index);
        Activity::ALL
            .get(index)
            .map(|&a| Topic::Activity(a))
            .or_else(|| {
                Detail::ALL
                    .get(index.checked_sub(Activity::ALL.len())?)
                    .map(|&d| Topic::Detail(d))
            })
    }
}

// Text for people (TOML, JSON); a byte for the bundled binary form, which start-up decodes.
impl Serialize for Topic {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.serialize_str(self.as_str())
        } else {
            serializer.serialize_u8(self.index())
        }
    }
}

impl<'de> Deserialize<'de> for Topic {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        if deserializer.is_human_readable() {
            let text = String::deserialize(deserializer)?;
            text.parse().map_err(D::Error::custom)
        } else {
            let index = u8::deserialize(deserializer)?;
            Topic::from_index(index).ok_or_else(|| D::Error::custom("topic index out of range"))
        }
    }
}

/// A calendar day. Only ordering is needed, so no calendar arithmetic beyond month lengths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// Today in UTC, from the system clock (days-to-civil, after Howard Hinnant).
    pub fn today() -> Day {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        let z = (secs / 86_400) as i64 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Day { year, month, day }
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

/// A date known to the year, the month or the day: `"2016"`, `"2016-04"`, `"2016-04-13"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    /// The first day the date can mean: a change dated "2016" applies from 1 January 2016.
    pub fn first_day(self) -> Day {
        Day {
            year: self.year,
            month: self.month.unwrap_or(1),
            day: self.day.unwrap_or(1),
        }
    }

    /// The last day the date can mean: a question "as of 2016" asks about 31 December 2016.
    pub fn last_day(self) -> Day {
        let month = self.month.unwrap_or(12);
        Day {
            year: self.year,
            month,
            day: self.day.unwrap_or_else(|| days_in_month(self.year, month)),
        }
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.first_day(), self.month.is_some(), self.day.is_some()).cmp(&(
            other.first_day(),
            other.month.is_some(),
            other.day.is_some(),
        ))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        let invalid = || format!("invalid date `{text}` (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        let parts: Vec<&str> = text.trim().split('-').collect();
        let number = |part: &str, digits: usize| -> Result<u16, String> {
            if part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| invalid())
            } else {
                Err(invalid())
            }
        };
        let year = number(parts.first().copied().unwrap_or(""), 4)?;
        if year < 1000 {
            return Err(invalid());
        }
        let month = match parts.get(1) {
            Some(part) => {
                let month = number(part, 2)? as u8;
                if !(1..=12).contains(&month) {
                    return Err(format!("invalid month in date `{text}`"));
                }
                Some(month)
            }
            None => None,
        };
        let day = match (parts.get(2), month) {
            (Some(part), Some(month)) => {
                let day = number(part, 2)? as u8;
                if day == 0 || day > days_in_month(year, month) {
                    return Err(format!("invalid day in date `{text}`"));
                }
                Some(day)
            }
            _ => None,
        };
        if parts.len() > 3 {
            return Err(invalid());
        }
        Ok(PartialDate { year, month, day })
    }
}

// "2016-04" for people; three numbers (0 for an unknown month or day) for the binary form.
impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.collect_str(self)
        } else {
            (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0)).serialize(serializer)
        }
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        if deserializer.is_human_readable() {
            let text = String::deserialize(deserializer)?;
            text.parse().map_err(D::Error::custom)
        } else {
            let (year, month, day) = <(u16, u8, u8)>::deserialize(deserializer)?;
            Ok(PartialDate {
                year,
                month: (month > 0).then_some(month),
                day: (day > 0).then_some(day),
            })
        }
    }
}

/// One value per activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
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
}

/// The law of a jurisdiction on one day, derived from its history.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The date of the latest change in force.
    pub since: PartialDate,
    pub regime: Regime,
    pub activities: PerActivity<Status>,
    pub details: Details,
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
    pub fn state_on(&self, day: Day) -> Option<State> {
        let mut state: Option<State> = None;
        for change in self
            .history
            .iter()
            .take_while(|c| c.from.first_day() <= day)
        {
            let base = state.unwrap_or_else(State::unknown);
            state = Some(base.after(change));
        }
        state
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

    /// The latest change at or before `day` that set `topic`.
    pub fn change_setting(&self, topic: Topic, day: Day) -> Option<&Change> {
        self.history
            .iter()
            .take_while(|change| change.from.first_day() <= day)
            .filter(|change| change.sets(topic))
            .last()
    }

    /// The documents behind the status of `topic` on `day`: those of the history entry that set
    /// it, then those of the laws in force that punish it, each once.
    pub fn provenance(&self, topic: Topic, day: Day) -> Provenance<'_> {
        let mut ids: Vec<&str> = Vec::new();
        let entry = self.change_setting(topic, day);
        let laws: Vec<&Law> = self.laws_on(topic, day).collect();
        let cited = entry
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
    fn partial_dates_parse_and_order() {
        let year: PartialDate = "2016".parse().unwrap();
        let day: PartialDate = "2016-04-13".parse().unwrap();
        assert!(year < day);
        assert_eq!(year.last_day().to_string(), "2016-12-31");
        assert_eq!(day.first_day().to_string(), "2016-04-13");
        assert_eq!(
            "2024-02"
                .parse::<PartialDate>()
                .unwrap()
                .last_day()
                .to_string(),
            "2024-02-29"
        );
        for bad in [
            "16",
            "2016-13",
            "2016-02-30",
            "2016-1-1",
            "abcd",
            "2016-01-01-01",
            "",
        ] {
            assert!(
                bad.parse::<PartialDate>().is_err(),
                "{bad} should not parse"
            );
        }
    }

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

    #[test]
    fn today_is_plausible() {
        let today = Day::today();
        assert!(today.year >= 2024 && (1..=12).contains(&today.month));
    }
}
