//! Decimal numbers read and written without the standard library's float routines.
//!
//! `str::parse::<f64>` and `f64`'s `Display` (and serde_json's float writer) each carry
//! tables of powers of ten and five: together 27 KB gzip of the `.wasm` (measured 2026-11-23;
//! see the ledger, `www/bench-profile.md`, "`decimal`"). News figures need far less: a count,
//! a share, a number of hours. Reading is exact (correctly rounded) for up to 19 significant
//! digits with an exponent within ±22, which covers every number a text or a reference set
//! writes in practice; beyond that it is within a rounding or two. Writing gives whole numbers
//! as integers and other numbers to nine decimal places, trailing zeros dropped.

/// 10⁰ to 10²²: every one exactly representable, so scaling by one of them rounds once.
const EXACT_POWERS: [f64; 23] = {
    let mut powers = [1.0; 23];
    let mut k = 1;
    while k < 23 {
        powers[k] = powers[k - 1] * 10.0;
        k += 1;
    }
    powers
};

/// The number `s` writes: digits with an optional `.` and fraction ("598", "1.5", "2."), an
/// optional leading `-` and an optional exponent ("-2.5e3", as JSON writes). `None` when `s`
/// is anything else, or has no digit.
pub fn parse(s: &str) -> Option<f64> {
    let (negative, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (number, exponent) = match s.find(['e', 'E']) {
        Some(at) => (&s[..at], Some(&s[at + 1..])),
        None => (s, None),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    // The significant digits as an integer, and the power of ten that scales them.
    let (mut digits, mut scale) = (0u64, 0i32);
    for (b, in_fraction) in whole
        .bytes()
        .map(|b| (b, false))
        .chain(fraction.bytes().map(|b| (b, true)))
    {
        if !b.is_ascii_digit() {
            return None;
        }
        if digits < 1_000_000_000_000_000_000 {
            digits = digits * 10 + u64::from(b - b'0');
            scale -= i32::from(in_fraction);
        } else if !in_fraction {
            scale += 1; // a digit beyond the 19th of the whole part: one more power of ten
        }
    }
    if let Some(e) = exponent {
        let (sign, e) = match e.as_bytes().first() {
            Some(b'-') => (-1, &e[1..]),
            Some(b'+') => (1, &e[1..]),
            _ => (1, e),
        };
        if e.is_empty() || !e.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        // Past ±10,000 every value is 0 or infinite anyway.
        let e = e.parse::<i32>().unwrap_or(i32::MAX).min(10_000);
        scale = scale.saturating_add(sign * e);
    }
    let value = scaled(digits, scale);
    Some(if negative { -value } else { value })
}

/// `digits × 10^scale`, stepping by at most 10²²: one step, so one rounding, for a scale
/// within ±22, since every power up to 10²² is exact; a few more beyond.
fn scaled(digits: u64, scale: i32) -> f64 {
    let mut value = digits as f64;
    let mut left = scale;
    while left != 0 && value.is_finite() && value != 0.0 {
        let step = left.clamp(-22, 22);
        let power = EXACT_POWERS[step.unsigned_abs() as usize];
        value = if step > 0 {
            value * power
        } else {
            value / power
        };
        left -= step;
    }
    value
}

/// A number as people write it: whole numbers without ".0", others to nine decimal places
/// (six from a billion up) with trailing zeros dropped ("2.5", "20.7", not
/// "20.700000000000003"); "null" for what is not a finite number, as
/// JSON has no other way to say it.
pub fn write(v: f64) -> String {
    let mut out = String::new();
    push(&mut out, v);
    out
}

/// [`write()`] at the end of `out`: a text made of several numbers is built in one string.
pub fn push(out: &mut String, v: f64) {
    use std::fmt::Write;
    if !v.is_finite() {
        return out.push_str("null");
    }
    if let Some(n) = as_whole(v) {
        return push_whole(out, if n < 0 { "-" } else { "" }, n.unsigned_abs());
    }
    let sign = if v < 0.0 { "-" } else { "" };
    let a = v.abs();
    // Writing to a String cannot fail.
    if a >= 1e15 {
        // 15 significant digits, the most a double keeps of any decimal: 10²⁴, stored as
        // 999999999999999983222784, is written 1000000000000000000000000.
        let (mut digits, mut zeros) = (a, 0);
        while digits >= 1e15 {
            digits /= 10.0;
            zeros += 1;
        }
        let digits = digits.round() as u64;
        let _ = if zeros <= 20 {
            write!(out, "{sign}{digits}{}", "0".repeat(zeros))
        } else {
            write!(out, "{sign}{digits}e{zeros}") // only hostile text writes such a number
        };
        return;
    }
    if a >= 1e12 {
        // Six decimals of so large a number are below its precision anyway.
        return push_whole(out, sign, a.round() as u64);
    }
    // Nine places below a billion, six above: what fits a u64 after scaling.
    let mut places = if a < 1e9 { 9 } else { 6 };
    let unit = 10u64.pow(places as u32);
    let units = (a * unit as f64).round() as u64;
    let (whole, mut fraction) = (units / unit, units % unit);
    let sign = if units == 0 { "" } else { sign };
    if fraction == 0 {
        return push_whole(out, sign, whole);
    }
    while fraction % 10 == 0 {
        fraction /= 10;
        places -= 1;
    }
    let _ = write!(out, "{sign}{whole}.{fraction:0places$}");
}

/// `v` as the integer [`write`] writes it as, when it is whole and below 10¹⁵ (beyond that,
/// `write` keeps 15 significant digits).
fn as_whole(v: f64) -> Option<i64> {
    // Below 10¹⁵ a number is whole when it survives the round trip through an integer, which
    // costs less than `fract` (a library call where the CPU has no rounding instruction).
    let n = v as i64;
    (v.abs() < 1e15 && n as f64 == v).then_some(n)
}

/// `n` after `sign`, in digits written here: most numbers a check writes are whole, and
/// `format!` costs several times more.
fn push_whole(out: &mut String, sign: &str, n: u64) {
    out.push_str(sign);
    push_digits(out, n, 1);
}

/// `n` in at least `width` digits (up to 20), zeros in front, as `format!("{n:0width$}")`
/// writes it: the dates of every check ("2025-04-24", "24 April 2025") are written this way.
pub fn push_digits(out: &mut String, mut n: u64, width: usize) {
    let mut digits = [b'0'; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let at = at.min(digits.len().saturating_sub(width));
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_the_standard_parser_reads_for_news_numbers() {
        for s in [
            "0",
            "598",
            "1.5",
            "2.",
            ".5",
            "0.1",
            "0.3",
            "20.7",
            "1674.5",
            "3.14159",
            "123456789012345",
            "9007199254740993",
            "-2.5e3",
            "1E-7",
            "12345678901234567890123",
        ] {
            assert_eq!(parse(s), s.parse::<f64>().ok(), "{s}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_decimal() {
        for s in [
            "", ".", "-", "1.2.3", "1,000", "inf", "NaN", "1e", "1e+", "12a", " 1",
        ] {
            assert_eq!(parse(s), None, "{s:?}");
        }
    }

    #[test]
    fn huge_and_tiny_exponents_are_infinite_or_zero() {
        assert_eq!(parse("1e999"), Some(f64::INFINITY));
        assert_eq!(parse("1e-999"), Some(0.0));
        assert_eq!(parse("1e99999999999"), Some(f64::INFINITY));
    }

    #[test]
    fn writes_whole_numbers_bare_and_fractions_short() {
        assert_eq!(write(23.0), "23");
        assert_eq!(write(-4.0), "-4");
        assert_eq!(write(2.5), "2.5");
        assert_eq!(write(0.9 * 23.0), "20.7");
        assert_eq!(write(0.1 + 0.2), "0.3");
        assert_eq!(write(-0.25), "-0.25");
        assert_eq!(write(1.0 / 3.0), "0.333333333");
        assert_eq!(write(33.3333333), "33.3333333");
        assert_eq!(write(f64::NAN), "null");
        assert_eq!(write(-0.0000000001), "0");
        assert_eq!(write(1e24), "1000000000000000000000000");
        assert_eq!(write(-123456789012345.0), "-123456789012345");
        assert_eq!(write(f64::MAX), "179769313486232e294"); // with an exponent past 10³⁵
    }

    #[test]
    fn a_whole_number_is_the_integer_write_writes() {
        for v in [
            0.0,
            -0.0,
            23.0,
            -4.0,
            1e12,
            999_999_999_999_999.0,
            -123456789012345.0,
        ] {
            assert_eq!(as_whole(v).map(|n| n.to_string()), Some(write(v)), "{v}");
        }
        for v in [2.5, -0.25, 1e15, 1e24, f64::NAN, f64::INFINITY] {
            assert_eq!(as_whole(v), None, "{v}");
        }
    }
}
