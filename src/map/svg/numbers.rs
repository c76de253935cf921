//! Numbers as the SVG writes them: coordinates in integer tenths of a user unit, written with
//! at most one decimal, so the output is byte-for-byte deterministic.

/// Format a value in tenths as a decimal with at most one fractional digit.
fn t(v: i64) -> String {
    let sign = if v < 0 { "-" } else { "" };
    let a = v.unsigned_abs();
    if a.is_multiple_of(10) {
        format!("{sign}{}", a / 10)
    } else {
        format!("{sign}{}.{}", a / 10, a % 10)
    }
}

/// Format a user-unit value rounded to one decimal.
pub(super) fn u(v: f64) -> String {
    t((v * 10.0).round() as i64)
}

/// Compact number list writer for path data: a value in tenths, written as [`t`] writes it,
/// with a space only where the previous number would run into it. Digits are written by
/// hand: a map has hundreds of thousands of numbers, and `format!` per number dominated.
pub(super) fn push_num(d: &mut String, v: i64) {
    if v >= 0 && d.ends_with(|c: char| c.is_ascii_digit() || c == '.') {
        d.push(' ');
    }
    if v < 0 {
        d.push('-');
    }
    let a = v.unsigned_abs();
    let mut digits = [0u8; 20];
    let mut n = a / 10;
    let mut len = 0;
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    d.extend(digits[..len].iter().rev().map(|&b| char::from(b)));
    if !a.is_multiple_of(10) {
        d.push('.');
        d.push(char::from(b'0' + (a % 10) as u8));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_numbers_match_the_general_formatting() {
        for v in [0, 5, -5, 10, -10, 123, -123, 1_000_000, -7, 99_999_999_999] {
            let mut d = String::from("M");
            push_num(&mut d, v);
            assert_eq!(d, format!("M{}", t(v)), "{v}");
        }
        let mut d = String::new();
        for v in [12, 30, -4, 5] {
            push_num(&mut d, v);
        }
        assert_eq!(d, "1.2 3-0.4 0.5");
    }

    #[test]
    fn tenths_formatting() {
        assert_eq!(t(0), "0");
        assert_eq!(t(-5), "-0.5");
        assert_eq!(t(123), "12.3");
        assert_eq!(t(-120), "-12");
        assert_eq!(u(-0.04), "0");
    }
}
