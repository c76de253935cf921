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
    t(tenths(v))
}

/// A user-unit value in whole tenths, rounded half away from zero as `f64::round` does. The
/// baseline x86-64 target has no rounding instruction, so `round` is a software routine run for
/// every projected point; the truncating conversion is one instruction, and `value - truncated`
/// is exact below 2^52 in magnitude, so the remainder decides the rounding exactly (a world map:
/// 57.9M -> 55.7M instructions, the SVG byte for byte the same). Larger or non-finite values
/// take `round`.
pub(super) fn tenths(v: f64) -> i64 {
    let scaled = v * 10.0;
    if !scaled.is_finite() || scaled.abs() >= 4_503_599_627_370_496.0 {
        return scaled.round() as i64;
    }
    let truncated = scaled as i64;
    let remainder = scaled - truncated as f64;
    if remainder >= 0.5 {
        truncated + 1
    } else if remainder <= -0.5 {
        truncated - 1
    } else {
        truncated
    }
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
    fn tenths_round_as_f64_round_does() {
        let mut samples = vec![
            0.0,
            -0.0,
            0.05,
            -0.05,
            0.049_999_999,
            0.15,
            -0.15,
            0.25,
            2.5,
            -2.5,
            1e15,
            -1e15,
            4.5e14,
            1e300,
            -1e300,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
        ];
        // Values on and next to every half-tenth from -1000 to 1000.
        for k in -20_000..=20_000 {
            let half = f64::from(k) / 20.0;
            samples.extend([half, half.next_up(), half.next_down()]);
        }
        for v in samples {
            assert_eq!(tenths(v), (v * 10.0).round() as i64, "{v:e}");
        }
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
