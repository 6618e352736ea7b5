//! Growing a set from sources, as `factcheck reference new|add` and the reference page do: a
//! new incident from its date and city, and a reported value put into its series in time order.

use super::{FigureSeries, Incident, Named, Reference, Report, Source, Tier};
use crate::calendar::{day_before, long_date, weekday_of};
use crate::figures::{Category, Qualifier};

/// A figure of a source text, proposed as a report; a person may change any of it first.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Proposal {
    pub category: Category,
    pub scope: String,
    pub group: Option<String>,
    pub subtype: Option<String>,
    pub value: f64,
    pub qualifier: Qualifier,
    /// The sentence of the source the figure stands in.
    pub sentence: String,
}

impl Reference {
    /// Adds an incident struck on `city` on `date`: its weekday and "night of" worked out from
    /// the date, its places the city and the districts `source` names, if given.
    pub fn add_incident(
        &mut self,
        id: &str,
        title: &str,
        date: &str,
        city: &str,
        source: Option<&str>,
    ) -> Result<&Incident, String> {
        let weekday = weekday_of(date).ok_or(format!("'{date}' is not a date (YYYY-MM-DD)"))?;
        if id.trim().is_empty() {
            return Err("the incident's id is empty".into());
        }
        if self.incident(id).is_some() {
            return Err(format!("the set already has an incident '{id}'"));
        }
        let named = |name: &str, kind: &str| Named {
            name: name.into(),
            kind: Some(kind.into()),
            aliases: Vec::new(),
        };
        let districts = source.map(districts).unwrap_or_default();
        self.incidents.push(Incident {
            id: id.into(),
            title: title.into(),
            date: date.into(),
            night_of: night_of(date),
            weekday: weekday.into(),
            places: std::iter::once(named(city, "city"))
                .chain(districts.iter().map(|d| named(d, "district")))
                .collect(),
            buildings: Vec::new(),
            context: Vec::new(),
            figures: Vec::new(),
            quotes: Vec::new(),
            related: Vec::new(),
        });
        Ok(&self.incidents[self.incidents.len() - 1])
    }
}

impl Incident {
    /// Puts the proposal's value from `source` into its series (made if there is none), in
    /// time order: the same value as the step just before it in time joins that step as
    /// another source for it; another value is a step of its own, and the latest when it is the
    /// newest. An aggregator's new value never becomes the latest. Says what it did.
    pub fn add_report(&mut self, p: &Proposal, source: Source) -> Result<String, String> {
        let mut report = Report {
            value: p.value,
            qualifier: p.qualifier,
            order: 0,
            source,
            note: None,
        };
        report.source.sentence = Some(p.sentence.clone());
        let found = self.figures.iter().position(|s| {
            s.category == p.category
                && s.scope.eq_ignore_ascii_case(&p.scope)
                && s.group == p.group
                && s.subtype == p.subtype
        });
        let mut fresh = FigureSeries {
            category: p.category,
            scope: p.scope.clone(),
            group: p.group.clone(),
            subtype: p.subtype.clone(),
            reports: Vec::new(),
        };
        let series = match found {
            Some(k) => &mut self.figures[k],
            None => &mut fresh,
        };
        let step = series.insert(report)?;
        if found.is_none() {
            self.figures.push(fresh);
        }
        Ok(step)
    }
}

impl FigureSeries {
    /// `report` in time order: see [`Incident::add_report`].
    fn insert(&mut self, mut report: Report) -> Result<String, String> {
        let when = moment(&report.source);
        // The last step given no later than this report.
        let before = (self.reports.iter())
            .filter(|r| moment(&r.source) <= when)
            .map(|r| r.order)
            .max()
            .unwrap_or(0);
        let newest = before == self.latest_order();
        let repeats = self.reports.iter().any(|r| {
            r.order == before && r.value == report.value && r.qualifier == report.qualifier
        });
        let aggregator = report.source.rank() == Tier::Aggregator;
        let primary = (self.reports.iter()).any(|r| r.source.rank() != Tier::Aggregator);
        let value = report.in_words();
        if newest && !repeats && aggregator && primary {
            return Err(format!(
                "{value} rests on an aggregator, which never becomes the latest value on its \
                 own: add an official, wire or outlet source for it first"
            ));
        }
        let step = if repeats {
            report.order = before;
            format!("{value} joins step {before} of {}", self.label())
        } else {
            for r in self.reports.iter_mut().filter(|r| r.order > before) {
                r.order += 1;
            }
            report.order = before + 1;
            let latest = if newest { ", the latest" } else { "" };
            format!("{value} is step {} of {}{latest}", before + 1, self.label())
        };
        let place = (self.reports.iter())
            .position(|r| r.order > report.order)
            .unwrap_or(self.reports.len());
        self.reports.insert(place, report);
        Ok(step)
    }
}

impl Report {
    /// "at least 23", "25".
    pub fn in_words(&self) -> String {
        self.qualifier.in_words(self.value)
    }
}

/// When a source gave its value, for ordering: its date, then its time in UTC where a zone is
/// given (minutes as text that sorts; a report without a time comes first in its day).
fn moment(source: &Source) -> (String, String) {
    let date = source.date.clone().unwrap_or_default();
    let time = source.time.as_deref().map(utc).unwrap_or_default();
    (date, time)
}

/// "06:06+03:00" as the minutes of 03:06 (plus a day, so that none is negative).
fn utc(time: &str) -> String {
    let minutes = |t: &str| -> i32 {
        let h: i32 = t.get(..2).and_then(|h| h.parse().ok()).unwrap_or(0);
        let m: i32 = t.get(3..5).and_then(|m| m.parse().ok()).unwrap_or(0);
        h * 60 + m
    };
    let offset = match time.get(5..6) {
        Some("+") => minutes(&time[6..]),
        Some("-") => -minutes(&time[6..]),
        _ => 0,
    };
    format!("{:05}", minutes(time) - offset + 24 * 60)
}

/// "night of 23 to 24 April 2025" for 2025-04-24; "night of 31 May to 1 June 2025".
fn night_of(date: &str) -> String {
    let (before, after) = (long_date(&day_before(date)), long_date(date));
    let b: Vec<&str> = before.split(' ').collect();
    let a: Vec<&str> = after.split(' ').collect();
    match (b.as_slice(), a.as_slice()) {
        ([d1, m1, y1], [d2, m2, y2]) if m1 == m2 && y1 == y2 => {
            format!("night of {d1} to {d2} {m2} {y2}")
        }
        ([d1, m1, y1], [_, _, y2]) if y1 == y2 => format!("night of {d1} {m1} to {after}"),
        _ => format!("night of {before} to {after}"),
    }
}

/// The districts a source text names, once each, in order: "Solomianskyi" for "in Kyiv's
/// Solomianskyi district".
fn districts(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut found: Vec<String> = Vec::new();
    for pair in words.windows(2) {
        let word = |w: &'_ str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
        let (name, next) = (word(pair[0]), word(pair[1]));
        let capitalised = name.chars().next().is_some_and(char::is_uppercase);
        if next.eq_ignore_ascii_case("district") && capitalised && !found.contains(&name) {
            found.push(name);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_night_of_a_strike_spans_months_and_years() {
        assert_eq!(night_of("2025-04-24"), "night of 23 to 24 April 2025");
        assert_eq!(night_of("2025-06-01"), "night of 31 May to 1 June 2025");
        assert_eq!(
            night_of("2026-01-01"),
            "night of 31 December 2025 to 1 January 2026"
        );
    }

    #[test]
    fn times_order_by_their_moment_in_utc() {
        assert!(utc("06:06+03:00") < utc("05:00Z"));
        assert!(utc("01:27+03:00") < utc("00:00Z"));
        assert_eq!(utc("10:00Z"), utc("13:00+03:00"));
    }

    #[test]
    fn districts_are_the_capitalised_words_before_district() {
        let text = "Missiles hit Kyiv's Solomianskyi district, the Darnytskyi district and \
                    another district; the Solomianskyi district again.";
        assert_eq!(districts(text), ["Solomianskyi", "Darnytskyi"]);
    }
}
