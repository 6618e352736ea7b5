//! Validation of a reference set: every problem found, each with its path
//! (`incidents[kyiv-2025-04-24].figures[2].reports[0].value`) and what is wrong, so that a
//! user's own set can be fixed in one pass.

use super::upgrade::{CURRENT, VERSION_1};
use super::{FigureSeries, Reference, ReferenceError, Source, Tier};
use crate::calendar::{parse_iso, weekday_of};
use crate::text::{decimal, WordMap};

/// Names and ids seen, hashed as the engine hashes words: std's default hasher (SipHash, with
/// its random keys) would be in the wasm for this alone (1.1 KB gzip). A map of each name to
/// itself, not a set: the category reader's word map has that shape, and the two share their
/// code in the wasm (286 B gzip, 2026-12-06).
type Seen<'a> = WordMap<&'a str, &'a str>;

/// Whether `name` is seen for the first time, now seen.
fn first_time<'a>(seen: &mut Seen<'a>, name: &'a str) -> bool {
    seen.insert(name, name).is_none()
}

struct Errors(Vec<ReferenceError>);

impl Errors {
    fn push(&mut self, path: impl Into<String>, problem: impl Into<String>) {
        self.0.push(ReferenceError {
            path: path.into(),
            problem: problem.into(),
        });
    }
}

pub(super) fn validate(reference: &Reference) -> Vec<ReferenceError> {
    let mut e = Errors(Vec::new());
    if ![VERSION_1, CURRENT].contains(&reference.schema) {
        e.push(
            "schema",
            format!(
                "unsupported schema version {}; expected {CURRENT} (or {VERSION_1})",
                reference.schema
            ),
        );
    }
    let v2 = reference.schema == CURRENT;
    let people: Seen = (reference.people.iter())
        .map(|p| (p.name.as_str(), p.name.as_str()))
        .collect();
    people_rules(reference, &mut e);
    let mut ids = Seen::default();
    for (n, incident) in reference.incidents.iter().enumerate() {
        let at = if incident.id.is_empty() {
            format!("incidents[{n}]")
        } else {
            format!("incidents[{}]", incident.id)
        };
        if incident.id.trim().is_empty() {
            e.push(format!("{at}.id"), "is empty");
        } else if !first_time(&mut ids, &incident.id) {
            e.push(
                format!("{at}.id"),
                format!("duplicate id '{}'", incident.id),
            );
        }
        match weekday_of(&incident.date) {
            None => e.push(
                format!("{at}.date"),
                format!("'{}' is not a date (YYYY-MM-DD)", incident.date),
            ),
            Some(w) if !w.eq_ignore_ascii_case(&incident.weekday) => e.push(
                format!("{at}.weekday"),
                format!(
                    "'{}' does not match the date {}, a {w}",
                    incident.weekday, incident.date
                ),
            ),
            Some(_) => {}
        }
        if incident.title.trim().is_empty() {
            e.push(format!("{at}.title"), "is empty");
        }
        series_rules(&format!("{at}.figures"), &incident.figures, v2, &mut e);
        for (q, quote) in incident.quotes.iter().enumerate() {
            let qat = format!("{at}.quotes[{q}]");
            if !people.contains_key(quote.speaker.as_str()) {
                e.push(
                    format!("{qat}.speaker"),
                    format!("'{}' is not in people", quote.speaker),
                );
            }
            if quote.text.trim().is_empty() {
                e.push(format!("{qat}.text"), "is empty");
            }
            source_rules(&format!("{qat}.source"), &quote.source, v2, &mut e);
        }
        for (r, related) in incident.related.iter().enumerate() {
            let rat = format!("{at}.related[{r}]");
            if related.id.trim().is_empty() || !first_time(&mut ids, &related.id) {
                e.push(
                    format!("{rat}.id"),
                    format!("'{}' is empty or used twice", related.id),
                );
            }
            if weekday_of(&related.date).is_none() {
                e.push(
                    format!("{rat}.date"),
                    format!("'{}' is not a date (YYYY-MM-DD)", related.date),
                );
            }
            series_rules(&format!("{rat}.figures"), &related.figures, v2, &mut e);
        }
    }
    e.0
}

fn people_rules(reference: &Reference, e: &mut Errors) {
    let mut names = Seen::default();
    for (n, person) in reference.people.iter().enumerate() {
        let at = format!("people[{n}]");
        if person.name.trim().is_empty() {
            e.push(format!("{at}.name"), "is empty");
        } else if !first_time(&mut names, &person.name) {
            e.push(
                format!("{at}.name"),
                format!("duplicate person '{}'", person.name),
            );
        }
        for (r, role) in person.roles.iter().enumerate() {
            let rat = format!("{at}.roles[{r}]");
            if weekday_of(&role.from).is_none() {
                e.push(
                    format!("{rat}.from"),
                    format!("'{}' is not a date (YYYY-MM-DD)", role.from),
                );
            }
            match role.to.as_deref() {
                Some(to) if weekday_of(to).is_none() => e.push(
                    format!("{rat}.to"),
                    format!("'{to}' is not a date (YYYY-MM-DD)"),
                ),
                Some(to) if to < role.from.as_str() => e.push(
                    format!("{rat}.to"),
                    format!("ends ({to}) before it starts ({})", role.from),
                ),
                _ => {}
            }
        }
    }
}

fn series_rules(at: &str, figures: &[FigureSeries], v2: bool, e: &mut Errors) {
    for (f, series) in figures.iter().enumerate() {
        let fat = format!("{at}[{f}]");
        if series.scope.trim().is_empty() {
            e.push(format!("{fat}.scope"), "is empty");
        }
        if series.reports.is_empty() {
            e.push(
                format!("{fat}.reports"),
                "has no report: every figure needs at least one value with its source",
            );
            continue;
        }
        for (r, report) in series.reports.iter().enumerate() {
            let rat = format!("{fat}.reports[{r}]");
            if !report.value.is_finite() {
                e.push(format!("{rat}.value"), "is not a finite number");
            } else if report.value < 0.0 {
                e.push(
                    format!("{rat}.value"),
                    format!(
                        "is negative ({}): counts cannot be",
                        decimal::write(report.value)
                    ),
                );
            }
            if report.order == 0 {
                e.push(format!("{rat}.order"), "must be 1 or more");
            }
            source_rules(&format!("{rat}.source"), &report.source, v2, e);
        }
        let latest = series.latest_order();
        let primary = |r: &&super::Report| r.source.rank() != Tier::Aggregator;
        let at_latest = || series.reports.iter().filter(|r| r.order == latest);
        if series.reports.iter().any(|r| primary(&r)) && !at_latest().any(|r| primary(&r)) {
            e.push(
                format!("{fat}.reports"),
                format!(
                    "order {latest} rests only on aggregators ({}): an aggregator never becomes \
                     the latest value on its own; cite an official, wire or outlet source for it",
                    at_latest()
                        .map(|r| r.source.short_name())
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
            );
        }
        let mut latest_values: Vec<f64> = series
            .reports
            .iter()
            .filter(|r| r.order == latest)
            .map(|r| r.value)
            .collect();
        latest_values.dedup();
        if latest_values.len() > 1 {
            e.push(
                format!("{fat}.reports"),
                format!(
                    "order {latest} holds different values ({}): the latest value must be unique",
                    latest_values
                        .iter()
                        .map(|&v| decimal::write(v))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
    }
}

fn source_rules(at: &str, source: &Source, v2: bool, e: &mut Errors) {
    let seeded = source.seed.is_some()
        && source
            .sentence
            .as_deref()
            .is_some_and(|s| !s.trim().is_empty());
    let linked = source
        .url
        .as_deref()
        .is_some_and(|u| u.starts_with("http://") || u.starts_with("https://"));
    if !seeded && !linked {
        e.push(
            at,
            "missing source: give a seed file and its sentence, or an http(s) URL",
        );
    }
    if !v2 {
        return;
    }
    if source.name.is_some() {
        e.push(
            format!("{at}.name"),
            "is schema version 1's: write the outlet as `outlet`",
        );
    }
    for (field, value) in [("outlet", &source.outlet), ("date", &source.date)] {
        if value.as_deref().is_none_or(|v| v.trim().is_empty()) {
            e.push(at, format!("missing field `{field}`"));
        }
    }
    if source.tier.is_none() {
        e.push(at, "missing field `tier`");
    }
    if let Some(date) = source.date.as_deref().filter(|d| parse_iso(d).is_none()) {
        e.push(
            format!("{at}.date"),
            format!("'{date}' is not a date (YYYY-MM-DD)"),
        );
    }
    if let Some(time) = source.time.as_deref().filter(|t| !is_zoned_time(t)) {
        e.push(
            format!("{at}.time"),
            format!("'{time}' is not a time with its zone (HH:MM then Z or +HH:MM)"),
        );
    }
}

/// "06:06+03:00", "22:01-05:00" or "01:27Z".
fn is_zoned_time(time: &str) -> bool {
    let clock = |t: &str, hours: u32| {
        let b = t.as_bytes();
        b.len() == 5
            && b[2] == b':'
            && t[..2].parse::<u32>().is_ok_and(|h| h < hours)
            && t[3..].parse::<u32>().is_ok_and(|m| m < 60)
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 2 || c.is_ascii_digit())
    };
    match time.get(5..) {
        Some("Z") => clock(&time[..5], 24),
        Some(zone) if zone.starts_with(['+', '-']) => {
            clock(&time[..5], 24) && clock(&zone[1..], 15)
        }
        _ => false,
    }
}

/// What the loader says about a set it accepts: each series whose values all come from
/// aggregators, which want an official or wire source.
pub(super) fn cautions(reference: &Reference) -> Vec<String> {
    let mut notes = Vec::new();
    for incident in &reference.incidents {
        let at = format!("incidents[{}]", incident.id);
        let related = incident
            .related
            .iter()
            .map(|r| (format!("{at}.related[{}]", r.id), &r.figures));
        for (at, figures) in std::iter::once((at.clone(), &incident.figures)).chain(related) {
            for (f, series) in figures.iter().enumerate() {
                if series
                    .reports
                    .iter()
                    .all(|r| r.source.rank() == Tier::Aggregator)
                {
                    let mut outlets: Vec<String> = series
                        .reports
                        .iter()
                        .map(|r| r.source.short_name())
                        .collect();
                    outlets.dedup();
                    notes.push(format!(
                        "{at}.figures[{f}] ({}): every value comes from an aggregator ({}); find \
                         an official or wire source",
                        series.label(),
                        outlets.join("; ")
                    ));
                }
            }
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(json: &str) -> Vec<String> {
        match Reference::from_json(json) {
            Ok(_) => Vec::new(),
            Err(e) => e.iter().map(ToString::to_string).collect(),
        }
    }

    const GOOD_REPORT: &str =
        r#"{"value": 9, "order": 1, "source": {"url": "https://example.org/a"}}"#;

    fn incident(id: &str, date: &str, weekday: &str, figures: &str) -> String {
        format!(
            r#"{{"id": "{id}", "title": "t", "date": "{date}", "night_of": "n", "weekday": "{weekday}", "figures": [{figures}]}}"#
        )
    }

    fn set(incidents: &[String]) -> String {
        format!(
            r#"{{"schema": 1, "incidents": [{}], "people": []}}"#,
            incidents.join(",")
        )
    }

    fn series(reports: &str) -> String {
        format!(r#"{{"category": "killed", "scope": "Kyiv", "reports": [{reports}]}}"#)
    }

    #[test]
    fn a_valid_set_has_no_errors() {
        assert!(errors(&set(&[incident(
            "a",
            "2025-04-24",
            "Thursday",
            &series(GOOD_REPORT)
        )]))
        .is_empty());
    }

    #[test]
    fn bad_json_names_the_line_and_column() {
        let e = errors("{\"schema\": 1,\n \"incidents\": [}");
        assert!(e[0].starts_with("reference set: line 2, column"), "{e:?}");
    }

    #[test]
    fn wrong_types_and_unknown_fields_name_the_field() {
        let e = errors(&set(&[incident(
            "a",
            "2025-04-24",
            "Thursday",
            &series(r#"{"value": "nine", "order": 1, "source": {"url": "https://x.org"}}"#),
        )]));
        assert_eq!(
            e,
            ["reference set: incidents[a].figures[0].reports[0].value: invalid type: string \"nine\", expected a number"]
        );
        let e = errors(r#"{"schema": 1, "incidents": [], "peple": []}"#);
        assert!(e[0].contains("unknown field `peple`"), "{e:?}");
    }

    #[test]
    fn a_missing_field_names_the_incident_and_where_it_is_missing() {
        let e = errors(&set(&[incident(
            "a",
            "2025-04-24",
            "Thursday",
            &series(r#"{"value": 9, "source": {"url": "https://x.org"}}"#),
        )]));
        assert_eq!(
            e,
            ["reference set: incidents[a].figures[0].reports[0]: missing field `order`"]
        );
    }

    #[test]
    fn a_figure_cannot_name_an_incident_of_its_own() {
        // Figures live inside their incident; one that names another incident is refused.
        let figure = format!(
            r#"{{"category": "killed", "scope": "Kyiv", "incident": "kyiv-2099-01-01", "reports": [{GOOD_REPORT}]}}"#
        );
        let e = errors(&set(&[incident("a", "2025-04-24", "Thursday", &figure)]));
        assert_eq!(e.len(), 1);
        assert!(
            e[0].starts_with("reference set: incidents[a].figures[0]")
                && e[0].contains("unknown field `incident`"),
            "{e:?}"
        );
    }

    #[test]
    fn duplicate_ids_are_named() {
        let a = incident("a", "2025-04-24", "Thursday", &series(GOOD_REPORT));
        assert_eq!(
            errors(&set(&[a.clone(), a])),
            ["reference set: incidents[a].id: duplicate id 'a'"]
        );
    }

    #[test]
    fn negative_counts_are_named_with_their_path() {
        let e = errors(&set(&[incident(
            "a",
            "2025-04-24",
            "Thursday",
            &series(r#"{"value": -3, "order": 1, "source": {"url": "https://x.org"}}"#),
        )]));
        assert_eq!(e, ["reference set: incidents[a].figures[0].reports[0].value: is negative (-3): counts cannot be"]);
    }

    #[test]
    fn a_missing_source_is_named() {
        let e = errors(&set(&[incident(
            "a",
            "2025-04-24",
            "Thursday",
            &series(r#"{"value": 3, "order": 1, "source": {"seed": "x.txt"}}"#),
        )]));
        assert_eq!(e, ["reference set: incidents[a].figures[0].reports[0].source: missing source: give a seed file and its sentence, or an http(s) URL"]);
    }

    #[test]
    fn a_weekday_that_does_not_match_the_date_is_named() {
        let e = errors(&set(&[incident(
            "a",
            "2025-04-24",
            "Friday",
            &series(GOOD_REPORT),
        )]));
        assert_eq!(e, ["reference set: incidents[a].weekday: 'Friday' does not match the date 2025-04-24, a Thursday"]);
    }

    #[test]
    fn two_latest_values_are_named() {
        let two = r#"{"value": 3, "order": 2, "source": {"url": "https://x.org"}}, {"value": 4, "order": 2, "source": {"url": "https://x.org"}}"#;
        let e = errors(&set(&[incident(
            "a",
            "2025-04-24",
            "Thursday",
            &series(two),
        )]));
        assert!(
            e[0].contains("incidents[a].figures[0].reports: order 2 holds different values"),
            "{e:?}"
        );
    }

    #[test]
    fn a_quote_by_an_unknown_person_is_named() {
        let json = set(&[incident("a", "2025-04-24", "Thursday", &series(GOOD_REPORT))])
            .replace(r#""figures""#, r#""quotes": [{"speaker": "Nobody", "text": "x", "source": {"url": "https://x.org"}}], "figures""#);
        assert_eq!(
            errors(&json),
            ["reference set: incidents[a].quotes[0].speaker: 'Nobody' is not in people"]
        );
    }

    #[test]
    fn a_series_without_reports_and_a_bad_role_date_are_named() {
        let json = set(&[incident("a", "2025-04-24", "Thursday", &series(""))])
            .replace(r#""people": []"#, r#""people": [{"name": "P", "roles": [{"role": "r", "from": "2025-05-01", "to": "2025-01-01"}]}]"#);
        let e = errors(&json);
        assert!(
            e.iter()
                .any(|x| x.contains("incidents[a].figures[0].reports: has no report")),
            "{e:?}"
        );
        assert!(
            e.iter().any(|x| x.contains(
                "people[0].roles[0].to: ends (2025-01-01) before it starts (2025-05-01)"
            )),
            "{e:?}"
        );
    }

    fn v2_report(value: u32, order: u32, tier: &str) -> String {
        format!(
            r#"{{"value": {value}, "order": {order}, "source": {{"outlet": "O", "url": "https://x.org", "date": "2025-04-24", "tier": "{tier}"}}}}"#
        )
    }

    fn v2_set(reports: &[String]) -> String {
        set(&[incident(
            "a",
            "2025-04-24",
            "Thursday",
            &series(&reports.join(",")),
        )])
        .replacen(r#""schema": 1"#, r#""schema": 2"#, 1)
    }

    #[test]
    fn an_aggregator_above_every_primary_source_is_named() {
        let e = errors(&v2_set(&[
            v2_report(9, 1, "wire"),
            v2_report(12, 2, "aggregator"),
        ]));
        assert_eq!(e, ["reference set: incidents[a].figures[0].reports: order 2 rests only on aggregators (O, 24 Apr 2025): an aggregator never becomes the latest value on its own; cite an official, wire or outlet source for it"]);
        // Beside a primary source at the same step, it may stand.
        let both = [
            v2_report(9, 1, "wire"),
            v2_report(12, 2, "aggregator"),
            v2_report(12, 2, "official"),
        ];
        assert!(errors(&v2_set(&both)).is_empty());
    }

    #[test]
    fn a_series_resting_only_on_aggregators_is_a_note_not_an_error() {
        let loaded = Reference::load(&v2_set(&[v2_report(9, 1, "aggregator")])).unwrap();
        assert_eq!(
            loaded.notes,
            ["incidents[a].figures[0] (killed in Kyiv): every value comes from an aggregator (O, 24 Apr 2025); find an official or wire source"]
        );
    }

    #[test]
    fn a_version_2_source_needs_its_outlet_date_and_tier_and_refuses_a_name() {
        let source = r#"{"value": 9, "order": 1, "source": {"url": "https://x.org", "name": "N", "time": "6:06"}}"#;
        let e = errors(&v2_set(&[source.to_string()]));
        let at = "reference set: incidents[a].figures[0].reports[0].source";
        assert_eq!(
            e,
            [
                format!("{at}.name: is schema version 1's: write the outlet as `outlet`"),
                format!("{at}: missing field `outlet`"),
                format!("{at}: missing field `date`"),
                format!("{at}: missing field `tier`"),
                format!("{at}.time: '6:06' is not a time with its zone (HH:MM then Z or +HH:MM)"),
            ]
        );
        let e = errors(&v2_set(&[v2_report(9, 1, "blog")]));
        assert!(e[0].ends_with("source.tier: unknown variant `blog`, expected one of `official`, `wire`, `outlet`, `aggregator`"), "{e:?}");
    }

    #[test]
    fn times_carry_their_zone() {
        for good in ["06:06+03:00", "01:27Z", "22:01-05:00", "00:00+14:00"] {
            assert!(is_zoned_time(good), "{good}");
        }
        for bad in [
            "06:06",
            "6:06Z",
            "24:00Z",
            "06:60Z",
            "06:06+3",
            "06:06+03:00x",
            "é6:06Z",
        ] {
            assert!(!is_zoned_time(bad), "{bad}");
        }
    }
}
