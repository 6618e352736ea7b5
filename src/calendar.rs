//! Dates, in one place: ISO dates read and written, weekdays, and the night before a strike.
//!
//! A strike "on the night of 27 to 28 August" is dated the 28th, and texts name it by either
//! day or by either weekday, so most callers ask for a date and the day before it. Dates are
//! proleptic Gregorian, as `YYYY-MM-DD`, or `--MM-DD` when a text gives no year; a month named
//! alone is `YYYY-MM` or `--MM`, and names no day.

/// The weekdays, Monday first, as texts and the reference set spell them.
pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The weekday before `weekday` ("Thursday" for "Friday"): a strike on Friday morning came on
/// Thursday night.
pub fn weekday_before(weekday: &str) -> Option<&'static str> {
    let i = WEEKDAYS
        .iter()
        .position(|w| crate::text::same_ignoring_case(w, weekday))?;
    Some(WEEKDAYS[(i + 6) % 7])
}

/// The days in month `m` of year `y`.
pub fn days_in_month(y: u32, m: u32) -> u32 {
    let leap = y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400));
    match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `YYYY-MM-DD` as (year, month, day), if it is a real date.
pub fn parse_iso(iso: &str) -> Option<(u32, u32, u32)> {
    // Hyphens at 4 and 7 of 10 bytes: one anywhere else fails the parse of its part, as it
    // gave the split a fourth part.
    let b = iso.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let part = |from: usize, to: usize| iso[from..to].parse::<u32>().ok();
    let (y, m, d) = (part(0, 4)?, part(5, 7)?, part(8, 10)?);
    ((1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d)).then_some((y, m, d))
}

/// The date as ISO writes it: `YYYY-MM-DD`, or `--MM-DD` without a year; day 0 is the month
/// alone, `YYYY-MM` or `--MM`.
pub fn iso(year: Option<u32>, month: u32, day: u32) -> String {
    use crate::text::decimal::push_digits;
    let mut out = String::with_capacity(10);
    match year {
        Some(y) => push_digits(&mut out, y.into(), 4),
        None => out.push('-'),
    }
    out.push('-');
    push_digits(&mut out, month.into(), 2);
    if day > 0 {
        out.push('-');
        push_digits(&mut out, day.into(), 2);
    }
    out
}

/// The months, January first, as people write them.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "2025-07-04" as "4 July 2025"; anything else as it is.
pub fn long_date(iso: &str) -> String {
    let mut out = String::with_capacity(20);
    push_in_words(&mut out, iso, usize::MAX);
    out
}

/// "2025-08-29" as "29 Aug 2025", as a citation gives it, onto `out`; anything else as it is.
pub fn push_short_date(out: &mut String, iso: &str) {
    push_in_words(out, iso, 3);
}

/// The date with its month's name cut to `letters`, onto `out`. Its parts are those of
/// `iso.split('-')` that `parse::<u32>` reads, read from the bytes: the split's searcher and
/// the parser cost more than the rest of a source's citation (V8's profile, 2026-12-05).
fn push_in_words(out: &mut String, iso: &str, letters: usize) {
    use crate::text::decimal::push_digits;
    let mut parts = iso
        .as_bytes()
        .split(|&b| b == b'-')
        .filter_map(whole_number);
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(y), Some(m @ 1..=12), Some(d), None) => {
            let month = MONTHS[(m - 1) as usize];
            push_digits(out, d.into(), 1);
            out.push(' ');
            out.push_str(&month[..letters.min(month.len())]);
            out.push(' ');
            push_digits(out, y.into(), 1);
        }
        _ => out.push_str(iso),
    }
}

/// `digits` as `str::parse::<u32>` reads them: a `+` or none, then at least one digit, and no
/// overflow.
fn whole_number(digits: &[u8]) -> Option<u32> {
    let digits = digits.strip_prefix(b"+").unwrap_or(digits);
    if digits.is_empty() {
        return None;
    }
    digits.iter().try_fold(0u32, |n, &b| {
        let digit = b.checked_sub(b'0').filter(|&d| d < 10)?;
        n.checked_mul(10)?.checked_add(digit.into())
    })
}

/// The weekday of an ISO date, or `None` if it is not a real date.
pub fn weekday_of(iso: &str) -> Option<&'static str> {
    let (y, m, d) = parse_iso(iso)?;
    // Sakamoto's method: 0 is Sunday.
    const T: [i64; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let (y, m, d) = (y as i64, m as usize, d as i64);
    let yy = if m < 3 { y - 1 } else { y };
    let sunday_based = (yy + yy / 4 - yy / 100 + yy / 400 + T[m - 1] + d).rem_euclid(7);
    Some(WEEKDAYS[((sunday_based + 6) % 7) as usize])
}

/// The ISO date of the day before `iso` (`YYYY-MM-DD`), or an empty string if it is not one.
pub fn day_before(iso_date: &str) -> String {
    let Some((y, m, d)) = parse_iso(iso_date) else {
        return String::new();
    };
    let (y, m, d) = match (m, d) {
        (1, 1) => (y - 1, 12, 31),
        (m, 1) => (y, m - 1, days_in_month(y, m - 1)),
        (m, d) => (y, m, d - 1),
    };
    iso(Some(y), m, d)
}

/// The ISO date of the day after `iso` (`YYYY-MM-DD`), or an empty string if it is not one.
pub fn day_after(iso_date: &str) -> String {
    let Some((y, m, d)) = parse_iso(iso_date) else {
        return String::new();
    };
    let (y, m, d) = match (m, d) {
        (12, 31) => (y + 1, 1, 1),
        (m, d) if d >= days_in_month(y, m) => (y, m + 1, 1),
        (m, d) => (y, m, d + 1),
    };
    iso(Some(y), m, d)
}

/// Whether a figure's date (`YYYY-MM-DD`, `--MM-DD` or a weekday) names `iso`, the day before
/// it or the day after: a strike's night, its day, and the morning its toll was counted.
pub fn within_a_day(date: &str, iso: &str) -> bool {
    names_day(date, iso) || names_day(date, &day_before(iso)) || names_day(date, &day_after(iso))
}

/// Whether a figure's date (`YYYY-MM-DD`, `--MM-DD` or a weekday) names the day `iso`.
pub fn names_day(date: &str, iso: &str) -> bool {
    date_matches(date, iso) || weekday_of(iso).is_some_and(|w| date.eq_ignore_ascii_case(w))
}

/// Whether a figure's date (`YYYY-MM-DD` or `--MM-DD`) names `iso`.
pub fn date_matches(date: &str, iso: &str) -> bool {
    date == iso || (date.starts_with("--") && iso.len() == 10 && date[2..] == iso[5..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_dates_read_as_people_write_them() {
        assert_eq!(long_date("2025-01-20"), "20 January 2025");
        assert_eq!(long_date("not a date"), "not a date");
        assert_eq!(long_date("2025-7-4"), "4 July 2025");
        assert_eq!(long_date("2025-07-04-01"), "2025-07-04-01");
        assert_eq!(long_date("2025-13-01"), "2025-13-01");
        let short = |iso| {
            let mut out = String::from("on ");
            push_short_date(&mut out, iso);
            out
        };
        assert_eq!(short("2025-08-29"), "on 29 Aug 2025");
        assert_eq!(short("2025-05-01"), "on 1 May 2025");
    }

    #[test]
    fn date_parts_are_read_as_the_standard_parser_reads_them() {
        for part in [
            "",
            "+",
            "-",
            "0",
            "+7",
            "07",
            "4294967295",
            "4294967296",
            "1a",
            " 1",
            "++1",
        ] {
            assert_eq!(
                whole_number(part.as_bytes()),
                part.parse::<u32>().ok(),
                "{part:?}"
            );
        }
        assert_eq!(long_date("2025--7-+4"), "4 July 2025");
    }

    #[test]
    fn day_before_crosses_months_and_leap_years() {
        assert_eq!(day_before("2025-04-24"), "2025-04-23");
        assert_eq!(day_before("2025-03-01"), "2025-02-28");
        assert_eq!(day_before("2024-03-01"), "2024-02-29");
        assert_eq!(day_before("2025-01-01"), "2024-12-31");
        assert_eq!(day_before("not a date"), "");
    }

    #[test]
    fn day_after_crosses_months_and_years_and_a_day_either_side_is_within() {
        assert_eq!(day_after("2025-08-28"), "2025-08-29");
        assert_eq!(day_after("2025-04-30"), "2025-05-01");
        assert_eq!(day_after("2024-02-28"), "2024-02-29");
        assert_eq!(day_after("2025-12-31"), "2026-01-01");
        for near in ["2025-08-27", "--08-29", "Wednesday", "Thursday", "Friday"] {
            assert!(within_a_day(near, "2025-08-28"), "{near}");
        }
        for far in ["2025-08-25", "--09-28", "Sunday", "Monday"] {
            assert!(!within_a_day(far, "2025-08-28"), "{far}");
        }
    }

    #[test]
    fn the_weekday_before_wraps_around_the_week() {
        assert_eq!(weekday_before("Friday"), Some("Thursday"));
        assert_eq!(weekday_before("monday"), Some("Sunday"));
        assert_eq!(weekday_before("Someday"), None);
    }

    #[test]
    fn weekdays_are_computed_from_the_date() {
        assert_eq!(weekday_of("2025-04-24"), Some("Thursday"));
        assert_eq!(weekday_of("2025-06-06"), Some("Friday"));
        assert_eq!(weekday_of("2024-07-08"), Some("Monday"));
        assert_eq!(weekday_of("2000-01-01"), Some("Saturday"));
        assert_eq!(weekday_of("2025-02-29"), None);
    }

    #[test]
    fn a_date_without_a_year_matches_that_day_of_any_year() {
        assert!(date_matches("--08-28", "2025-08-28"));
        assert!(date_matches("2025-08-28", "2025-08-28"));
        assert!(!date_matches("2024-08-28", "2025-08-28"));
    }
}
