//! The vocabulary of the dataset (shared/TAXONOMY.md): activities, details, statuses, regimes,
//! regions, source kinds and tiers, confidence, events, as typed values.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Declares a string-valued enum once: its variants, their wire names, and the conversions.
macro_rules! named_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
