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

impl Day {
    /// "2016-04-13", written without the formatting machinery: answers print thousands.
    pub fn text(self) -> DateText {
        PartialDate::from(self).text()
    }
}

impl From<Day> for PartialDate {
    fn from(day: Day) -> Self {
        PartialDate {
            year: day.year,
            month: Some(day.month),
            day: Some(day.day),
        }
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

/// A date as text on the stack: the year in at least four digits (at most five, as a `u16`
/// allows), then "-MM" and "-DD" where known.
#[derive(Clone, Copy)]
pub struct DateText {
    bytes: [u8; 11],
    len: u8,
}

impl DateText {
    fn push_digits(&mut self, value: u16, width: usize) {
        let mut digits = [b'0'; 5];
        let mut rest = value;
        let mut count = 0;
        while rest > 0 || count < width {
            digits[4 - count] = b'0' + (rest % 10) as u8;
            rest /= 10;
            count += 1;
        }
        let start = usize::from(self.len);
        self.bytes[start..start + count].copy_from_slice(&digits[5 - count..]);
        self.len += count as u8;
    }

    fn push_part(&mut self, value: u8) {
        self.bytes[usize::from(self.len)] = b'-';
        self.len += 1;
        self.push_digits(u16::from(value), 2);
    }
}

impl std::ops::Deref for DateText {
    type Target = str;
    fn deref(&self) -> &str {
        // Only ASCII digits and '-' are ever written, so the bytes are always UTF-8.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
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

impl PartialDate {
    /// "2016", "2016-04" or "2016-04-13".
    pub fn text(self) -> DateText {
        let mut text = DateText {
            bytes: [0; 11],
            len: 0,
        };
        text.push_digits(self.year, 4);
        if let Some(month) = self.month {
            text.push_part(month);
        }
        if let Some(day) = self.day {
            text.push_part(day);
        }
        text
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
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
        serializer.serialize_str(&self.text())
    }
}

// "2016-04" for people; three numbers (0 for an unknown month or day) for the binary form.
impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.serialize_str(&self.text())
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
    fn dates_are_written_as_the_formatting_machinery_would() {
        for year in [0, 7, 999, 1000, 1990, 9999, 10_000, u16::MAX] {
            for (month, day) in [(None, None), (Some(1), None), (Some(12), Some(31))] {
                let date = PartialDate { year, month, day };
                let mut expected = format!("{year:04}");
                if let Some(month) = month {
                    expected.push_str(&format!("-{month:02}"));
                }
                if let Some(day) = day {
                    expected.push_str(&format!("-{day:02}"));
                }
                assert_eq!(&*date.text(), expected);
                assert_eq!(date.to_string(), expected);
            }
        }
        let day = Day {
            year: 1999,
            month: 1,
            day: 9,
        };
        assert_eq!(day.to_string(), "1999-01-09");
    }

    #[test]
    fn today_is_plausible() {
        let today = Day::today();
        assert!(today.year >= 2024 && (1..=12).contains(&today.month));
    }
}
