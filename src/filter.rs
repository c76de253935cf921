//! The values that filters take on the command line, parsed once, where clap reads them:
//! an area (UN M49 region or subregion), a condition on a status, a regime by any of its names.

use crate::model::{
    Activity, Detail, DetailValue, Jurisdiction, Regime, Region, Requirement, Status, Subregion,
    Topic,
};
use crate::text::fold_key;
use std::str::FromStr;

/// A UN M49 region or subregion, as `--region` takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    Region(Region),
    Subregion(Subregion),
}

impl Area {
    pub fn contains(&self, record: &Jurisdiction) -> bool {
        match self {
            Area::Region(region) => record.region == *region,
            Area::Subregion(sub) => record.subregion == *sub,
        }
    }

    /// The region itself, or the one a subregion belongs to.
    pub fn region(self) -> Region {
        match self {
            Area::Region(region) => region,
            Area::Subregion(sub) => sub.region(),
        }
    }
}

impl FromStr for Area {
    type Err = String;

    /// Case, hyphens and spaces do not matter: "South-eastern Asia", "south eastern asia" and
    /// "SOUTH_EASTERN_ASIA" are the same subregion.
    fn from_str(text: &str) -> Result<Area, String> {
        let wanted = fold_key(text);
        let region = Region::ALL
            .iter()
            .find(|r| fold_key(r.as_str()) == wanted)
            .map(|&r| Area::Region(r));
        let subregion = || {
            Subregion::ALL
                .iter()
                .find(|s| fold_key(s.as_str()) == wanted)
                .map(|&s| Area::Subregion(s))
        };
        region.or_else(subregion).ok_or_else(|| {
            let regions: Vec<&str> = Region::ALL.iter().map(|r| r.as_str()).collect();
            format!(
                "unknown region `{text}` (a UN M49 region: {}; or a subregion such as \"Western Africa\" or \"South-eastern Asia\")",
                regions.join(", ")
            )
        })
    }
}

/// A `--status` condition: an activity or detail and the value it must have.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Condition {
    Activity(Activity, Status),
    Detail(Detail, DetailValue),
}

impl FromStr for Condition {
    type Err = String;

    fn from_str(text: &str) -> Result<Condition, String> {
        let (key, value) = text
            .split_once('=')
            .ok_or("expected ACTIVITY=STATUS, e.g. buying=criminalized")?;
        Ok(match key.parse::<Topic>()? {
            Topic::Activity(activity) => Condition::Activity(activity, value.parse()?),
            Topic::Detail(detail) if detail.is_requirement() => Condition::Detail(
                detail,
                DetailValue::Requirement(value.parse::<Requirement>()?),
            ),
            Topic::Detail(detail) => Condition::Detail(detail, DetailValue::Status(value.parse()?)),
        })
    }
}

/// Other names people use for the regimes, folded (README "The vocabulary").
const REGIME_NAMES: &[(&str, Regime)] = &[
    ("prohibition", Regime::Criminalization),
    ("full criminalization", Regime::Criminalization),
    ("nordic", Regime::Asymmetric),
    ("nordic model", Regime::Asymmetric),
    ("swedish model", Regime::Asymmetric),
    ("equality model", Regime::Asymmetric),
    ("end demand", Regime::Asymmetric),
    ("abolitionism", Regime::Partial),
    ("abolitionist", Regime::Partial),
    ("partial criminalization", Regime::Partial),
    ("regulationism", Regime::Legalization),
    ("new zealand model", Regime::Decriminalization),
    ("federal", Regime::Varies),
];

/// A regime by its swlaw name or another name for it ("Nordic model", "abolitionism").
pub fn regime(text: &str) -> Result<Regime, String> {
    let wanted = fold_key(text);
    Regime::ALL
        .iter()
        .copied()
        .find(|r| fold_key(r.as_str()) == wanted)
        .or_else(|| {
            REGIME_NAMES
                .iter()
                .find(|(name, _)| fold_key(name) == wanted)
                .map(|(_, regime)| *regime)
        })
        .ok_or_else(|| {
            let names: Vec<&str> = Regime::ALL.iter().map(|r| r.as_str()).collect();
            format!(
                "unknown regime `{text}` (expected one of: {}; or another name such as \"Nordic model\", \"abolitionism\", \"New Zealand model\")",
                names.join(", ")
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_fold_case_hyphens_and_spaces() {
        assert_eq!("europe".parse(), Ok(Area::Region(Region::Europe)));
        for spelling in [
            "South-eastern Asia",
            "south eastern asia",
            "SOUTH_EASTERN_ASIA",
        ] {
            assert_eq!(
                spelling.parse(),
                Ok(Area::Subregion(Subregion::SouthEasternAsia)),
                "{spelling}"
            );
        }
        assert_eq!(
            "western-africa".parse(),
            Ok(Area::Subregion(Subregion::WesternAfrica))
        );
        assert!("atlantis".parse::<Area>().is_err());
        assert_eq!(
            Area::Subregion(Subregion::Caribbean).region(),
            Region::Americas
        );
    }

    #[test]
    fn conditions_parse_activities_and_details() {
        assert_eq!(
            "buying=criminalized".parse(),
            Ok(Condition::Activity(Activity::Buying, Status::Criminalized))
        );
        assert_eq!(
            "mandatory_testing=required".parse(),
            Ok(Condition::Detail(
                Detail::MandatoryTesting,
                DetailValue::Requirement(Requirement::Required)
            ))
        );
        for bad in ["buying", "flying=legal", "buying=maybe"] {
            assert!(bad.parse::<Condition>().is_err(), "{bad}");
        }
    }

    #[test]
    fn regimes_by_any_name() {
        assert_eq!(regime("asymmetric"), Ok(Regime::Asymmetric));
        assert_eq!(regime("Nordic model"), Ok(Regime::Asymmetric));
        assert_eq!(regime("equality-model"), Ok(Regime::Asymmetric));
        assert_eq!(regime("abolitionism"), Ok(Regime::Partial));
        assert_eq!(regime("prohibition"), Ok(Regime::Criminalization));
        assert_eq!(regime("New Zealand model"), Ok(Regime::Decriminalization));
        assert!(regime("anarchy").is_err());
    }
}
