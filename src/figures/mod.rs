//! Figures: the numbers in a text that a fact-checker would check (death tolls, injured,
//! drones, missiles, durations, dates), each read as an interval with its category.
//!
//! A first cut reads plain digits only; the full reader (number words, qualifiers, cue tables)
//! replaces `extract`.

use crate::text::Span;
use serde::{Deserialize, Serialize};

/// What a figure counts. The words that signal each category are a table in the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Killed,
    Injured,
    Missing,
    Hospitalized,
    Drones,
    Missiles,
    Intercepted,
    Breached,
    Duration,
    Date,
    Other,
}

/// How the writer hedged the number; decides the interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// "23 killed": exactly the number.
    Exact,
    /// "at least 23": [N, ∞).
    AtLeast,
    /// "more than / over 70": (N, ∞).
    MoreThan,
    /// "up to / as many as 150": [0, N].
    UpTo,
    /// "fewer than / less than / under 10": [0, N).
    FewerThan,
    /// "nearly / almost 100": just below N, [0.9·N, N).
    Nearly,
    /// "about / around / some / approximately / roughly 20": N ± 10%.
    About,
    /// "between 20 and 30", "20-30": [low, high].
    Range,
}

impl Qualifier {
    /// The interval a hedged number stands for. `Range` needs both ends, so here it is exact.
    pub fn interval(self, n: f64) -> Interval {
        let at = |value, inclusive| Some(Bound { value, inclusive });
        let (low, high) = match self {
            Qualifier::Exact | Qualifier::Range => (at(n, true), at(n, true)),
            Qualifier::AtLeast => (at(n, true), None),
            Qualifier::MoreThan => (at(n, false), None),
            Qualifier::UpTo => (at(0.0, true), at(n, true)),
            Qualifier::FewerThan => (at(0.0, true), at(n, false)),
            Qualifier::Nearly => (at(0.9 * n, true), at(n, false)),
            Qualifier::About => (at(0.9 * n, true), at(1.1 * n, true)),
        };
        Interval { low, high }
    }
}

/// One end of an interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Bound {
    pub value: f64,
    /// Whether the bound itself belongs to the interval.
    pub inclusive: bool,
}

/// The set of values a figure allows; `None` is an open end.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Interval {
    pub low: Option<Bound>,
    pub high: Option<Bound>,
}

impl Interval {
    pub fn exact(v: f64) -> Self {
        let b = Some(Bound {
            value: v,
            inclusive: true,
        });
        Interval { low: b, high: b }
    }

    /// Whether the two intervals share at least one value: a figure "more than 8 hours" holds
    /// a report of "more than 8 hours", and "about 20" holds 21.
    pub fn overlaps(&self, other: &Interval) -> bool {
        let below = |low: Option<Bound>, high: Option<Bound>| match (low, high) {
            (Some(l), Some(h)) => {
                l.value < h.value || (l.value == h.value && l.inclusive && h.inclusive)
            }
            _ => true,
        };
        below(self.low, other.high) && below(other.low, self.high)
    }

    /// Whether `v` lies in the interval.
    pub fn contains(&self, v: f64) -> bool {
        let above = match self.low {
            None => true,
            Some(b) if b.inclusive => v >= b.value,
            Some(b) => v > b.value,
        };
        let below = match self.high {
            None => true,
            Some(b) if b.inclusive => v <= b.value,
            Some(b) => v < b.value,
        };
        above && below
    }
}

/// A figure as read from the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// What is underlined: the qualifier and the number ("at least 23", "between 20 and 30").
    pub span: Span,
    /// The number as written: 23 for "at least 23"; the lower end of a range.
    pub value: f64,
    pub interval: Interval,
    pub qualifier: Qualifier,
    pub category: Category,
    /// A sub-count's group: "children", "emergency workers", "rescuers".
    pub group: Option<String>,
    /// A kind of weapon: "ballistic", "cruise", "Kinzhal", "Iskander-M", "Kh-101", "Shahed".
    pub subtype: Option<String>,
    /// Where the count applies when the text says so: "Kyiv", "Ukraine" (nationwide), "Ternopil".
    pub scope: Option<String>,
    /// For dates: ISO `YYYY-MM-DD`, `--MM-DD` without a year, or a weekday name ("Thursday").
    pub date: Option<String>,
    /// Index of the sentence (in the slice given to `extract`) that holds the figure.
    pub sentence: usize,
}

/// Finds every figure in `text`. `sentences` are the spans from [`crate::text::sentences`].
pub fn extract(text: &str, sentences: &[Span]) -> Vec<Figure> {
    let digits = regex::Regex::new(r"\b\d+\b").expect("valid pattern");
    let mut out = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        for m in digits.find_iter(s.of(text)) {
            let value: f64 = m.as_str().parse().unwrap_or(0.0);
            out.push(Figure {
                span: Span::new(s.start + m.start(), s.start + m.end()),
                value,
                interval: Interval::exact(value),
                qualifier: Qualifier::Exact,
                category: Category::Other,
                group: None,
                subtype: None,
                scope: None,
                date: None,
                sentence: i,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifiers_become_the_intervals_the_issue_defines() {
        assert!(Qualifier::AtLeast.interval(23.0).contains(23.0));
        assert!(!Qualifier::MoreThan.interval(70.0).contains(70.0));
        assert!(Qualifier::MoreThan.interval(70.0).contains(71.0));
        assert!(Qualifier::UpTo.interval(150.0).contains(0.0));
        assert!(!Qualifier::FewerThan.interval(10.0).contains(10.0));
        assert!(Qualifier::Nearly.interval(70.0).contains(66.0));
        assert!(!Qualifier::Nearly.interval(70.0).contains(70.0));
        assert!(Qualifier::About.interval(20.0).contains(22.0));
        assert!(!Qualifier::About.interval(20.0).contains(23.0));
    }

    #[test]
    fn intervals_overlap_when_they_share_a_value() {
        let more_than_8 = Qualifier::MoreThan.interval(8.0);
        assert!(more_than_8.overlaps(&Qualifier::MoreThan.interval(8.0)));
        assert!(!more_than_8.overlaps(&Interval::exact(8.0)));
        assert!(Qualifier::About
            .interval(20.0)
            .overlaps(&Interval::exact(21.0)));
        assert!(Qualifier::UpTo
            .interval(8.0)
            .overlaps(&Interval::exact(8.0)));
    }
}
