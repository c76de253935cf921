//! Dates as precise as their sources: a day, a month or a year.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

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

impl Day {
    /// The day after this one.
    pub fn next(self) -> Day {
        match (
            self.day < days_in_month(self.year, self.month),
            self.month < 12,
        ) {
            (true, _) => Day {
                day: self.day + 1,
                ..self
            },
            (false, true) => Day {
                month: self.month + 1,
                day: 1,
                ..self
            },
            (false, false) => Day {
                year: self.year.saturating_add(1),
                month: 1,
                day: 1,
            },
        }
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
        // No trimming: " 2016" is not a date a source gives.
        let parts: Vec<&str> = text.split('-').collect();
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

/// "2016-12-31": days appear in answers (the day asked), never in the bundled data.
impl Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
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
    fn today_is_plausible() {
        let today = Day::today();
        assert!(today.year >= 2024 && (1..=12).contains(&today.month));
    }
}
