//! The verdict rules, in one place. Read [`decide`] top to bottom: that is the whole rule set.
//!
//! A figure is compared with the reference series that counts the same thing: same incident,
//! category, scope, group and subtype. Reference values have an order in time, and the latest
//! decides between `consistent` and `outdated`.
//!
//! Each verdict's explanation is joined from its pieces (`concat`), one allocation, rather than
//! written with `format!`: every figure of every check gets one, and the formatter made a check
//! take 3% more instructions.

use crate::calendar::{date_matches, day_before};
use crate::document::Document;
use crate::event::{self, EventOf, SentenceEvent};
use crate::figures::{Category, Figure, Interval};
use crate::incident::Identified;
use crate::reference::{FigureSeries, Incident, Reference, Source};
use crate::text::{decimal, sort_stably};

crate::named::named_enum! {
    pub enum Verdict {
        /// The figure's interval holds the latest reference value. (A report may itself be hedged,
        /// "more than 8 hours": the figure holds it when it holds the number or the whole report.)
        Consistent = "consistent",
        /// It holds an earlier reported value, but not the latest.
        Outdated = "outdated",
        /// It holds no reported value.
        Conflicting = "conflicting",
        /// The reference has nothing to compare it with.
        Unverified = "unverified",
    }
}

/// A reference value a verdict was judged against.
#[derive(Debug, Clone, PartialEq)]
pub struct Cited<'r> {
    pub value: f64,
    /// What the report allows: "more than 8" hours is (8, ∞).
    pub interval: Interval,
    pub order: u32,
    pub latest: bool,
    pub source: &'r Source,
    pub note: Option<&'r str>,
}

/// A figure with its verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Judged<'a, 'r> {
    pub figure: &'a Figure,
    /// The id of the event the figure was judged against, if any.
    pub incident: Option<&'r str>,
    pub verdict: Verdict,
    pub explanation: String,
    /// The series the figure was judged against, if any: `reference` holds its values.
    pub series: Option<&'r FigureSeries>,
    pub reference: Vec<Cited<'r>>,
}

/// The scope a figure's count applies to.
pub fn scope_of(figure: &Figure) -> &str {
    (figure.scope.as_deref()).unwrap_or(figure.category.facts().default_scope)
}

/// Judges every figure of a document. `cues` are what tells which event a figure speaks of.
pub fn judge_all<'a, 'r>(
    doc: &Document,
    figures: &'a [Figure],
    identified: Option<&Identified>,
    reference: &'r Reference,
    cues: &event::Cues,
) -> Vec<Judged<'a, 'r>> {
    let at = identified.and_then(|i| reference.incident_at(&i.id));
    let incident = at.map(|k| &reference.incidents[k]);
    // Figures come sentence by sentence: what a sentence says is read once, for its first figure.
    let event_cues = cues.of(at);
    let mut current: Option<(usize, SentenceEvent)> = None;
    figures
        .iter()
        .map(|f| {
            let sentence = doc.sentence(f.sentence, f.span);
            let in_sentence = match &mut current {
                Some((index, read)) if *index == f.sentence => &*read,
                slot => {
                    let read = SentenceEvent::of(&doc.folded, sentence, event_cues);
                    &slot.insert((f.sentence, read)).1
                }
            };
            let event = event::event_of(doc, sentence, f, incident, in_sentence);
            decide(f, incident, event)
        })
        .collect()
}

/// The rule set.
pub fn decide<'a, 'r>(
    figure: &'a Figure,
    incident: Option<&'r Incident>,
    event: EventOf<'r>,
) -> Judged<'a, 'r> {
    let unverified = |incident: Option<&'r str>, why: String| Judged {
        figure,
        incident,
        verdict: Verdict::Unverified,
        explanation: why,
        series: None,
        reference: Vec::new(),
    };

    // 1. Without an incident there is nothing to compare with.
    let Some(main) = incident else {
        return unverified(None, "The text matches none of the incidents in the reference set, so this figure cannot be checked.".into());
    };

    // 2. A figure about another event is never judged against the main incident.
    let (id, series_list): (&'r str, &'r [FigureSeries]) = match event {
        EventOf::Main => (&main.id, &main.figures),
        EventOf::Related(r) => (&r.id, &r.figures),
        EventOf::Elsewhere => {
            return unverified(None, "This figure is about another event, not this strike; the reference set has nothing on it.".into());
        }
    };

    // 3. Dates are checked against the event's date and the night before it.
    if figure.category == Category::Date {
        return judge_date(figure, main, event);
    }
    if figure.category == Category::Other {
        return unverified(Some(id), "Not a count the reference set tracks.".into());
    }

    // 4. Find the series that counts the same thing.
    let scope = scope_of(figure);
    let Some(series) = series_list.iter().find(|s| {
        s.category == figure.category
            && s.scope.eq_ignore_ascii_case(scope)
            && s.group == figure.group
            && s.subtype == figure.subtype
    }) else {
        return unverified(
            Some(id),
            [
                "The reference set has no figure for ",
                &describe(
                    figure.category,
                    scope,
                    figure.group.as_deref(),
                    figure.subtype.as_deref(),
                ),
                " to compare with.",
            ]
            .concat(),
        );
    };

    // 5. Latest value held: consistent. An earlier one: outdated. None: conflicting.
    let latest_order = series.latest_order();
    let cited: Vec<Cited<'r>> = series
        .reports
        .iter()
        .map(|r| Cited {
            value: r.value,
            interval: r.qualifier.interval(r.value),
            order: r.order,
            latest: r.order == latest_order,
            source: &r.source,
            note: r.note.as_deref(),
        })
        .collect();
    let holds =
        |c: &&Cited| figure.interval.contains(c.value) || figure.interval.includes(&c.interval);
    let what = describe(
        series.category,
        &series.scope,
        series.group.as_deref(),
        series.subtype.as_deref(),
    );
    let latest = cited
        .iter()
        .find(|c| c.latest)
        .map(|c| (c.value, c.source.short_name()));
    let (lv, lsrc) = latest.unwrap_or((f64::NAN, String::new()));
    let (verdict, explanation) = if let Some(c) = cited.iter().filter(|c| c.latest).find(holds) {
        (
            Verdict::Consistent,
            [
                "Agrees with the latest reported figure: ",
                &decimal::write(c.value),
                " ",
                &what,
                " (",
                &c.source.short_name(),
                ").",
            ]
            .concat(),
        )
    } else if let Some(c) = cited.iter().find(holds) {
        let earlier = [
            &decimal::write(c.value),
            " ",
            &what,
            " was reported earlier (",
            &c.source.short_name(),
            "), but the figure has since been revised to ",
            &decimal::write(lv),
            " (",
            &lsrc,
            ").",
        ];
        (Verdict::Outdated, earlier.concat())
    } else {
        let none = [
            "No report gives this: the latest figure is ",
            &decimal::write(lv),
            " ",
            &what,
            " (",
            &lsrc,
            "); reported values were ",
            &history(&cited),
            ".",
        ];
        (Verdict::Conflicting, none.concat())
    };
    Judged {
        figure,
        incident: Some(id),
        verdict,
        explanation,
        series: Some(series),
        reference: cited,
    }
}

fn judge_date<'a, 'r>(
    figure: &'a Figure,
    main: &'r Incident,
    event: EventOf<'r>,
) -> Judged<'a, 'r> {
    let date = figure.date.as_deref().unwrap_or("");
    let (id, iso, night, title) = match event {
        EventOf::Related(r) => (
            r.id.as_str(),
            r.date.as_str(),
            String::new(),
            r.title.as_str(),
        ),
        _ => (
            main.id.as_str(),
            main.date.as_str(),
            main.night_of.clone(),
            main.title.as_str(),
        ),
    };
    // The night before is asked last: it is the one that builds a string.
    let on_the_day = date_matches(date, iso)
        || (event == EventOf::Main && main.is_strike_weekday(date))
        || date_matches(date, &day_before(iso));
    let (verdict, explanation) = match (on_the_day, event) {
        (true, EventOf::Related(_)) => (
            Verdict::Consistent,
            [
                "The date of the earlier event the text compares with: ",
                title,
                ".",
            ]
            .concat(),
        ),
        (true, _) => (
            Verdict::Consistent,
            ["The strike came in the ", &night, "."].concat(),
        ),
        // A date in a news text may name anything (a phone call, a meeting), so a date that is
        // not the strike's is not wrong, only unchecked.
        (false, _) => (
            Verdict::Unverified,
            [
                "Not the date of the strike (",
                &main.night_of,
                "); it may refer to something else.",
            ]
            .concat(),
        ),
    };
    Judged {
        figure,
        incident: Some(id),
        verdict,
        explanation,
        series: None,
        reference: Vec::new(),
    }
}

/// "killed in Kyiv", "children killed in Kyiv", "ballistic missiles across Ukraine".
fn describe(category: Category, scope: &str, group: Option<&str>, subtype: Option<&str>) -> String {
    let mut s = String::with_capacity(64); // room for the usual description: one allocation
    if let Some(g) = group {
        s.push_str(g);
        s.push(' ');
    }
    if let Some(t) = subtype {
        s.push_str(t);
        s.push(' ');
    }
    s.push_str(category.word());
    if scope == "Ukraine" {
        s.push_str(" across Ukraine");
    } else {
        s.push_str(" in ");
        s.push_str(scope);
    }
    s
}

/// The values in time order, e.g. "9, then 12, then 13".
fn history(cited: &[Cited]) -> String {
    let mut values: Vec<(u32, f64)> = cited.iter().map(|c| (c.order, c.value)).collect();
    // Reference values are finite and not negative, so their bits order as they do.
    sort_stably(&mut values, |&(order, v)| (u64::from(order), v.to_bits()));
    values.dedup_by(|a, b| a.1 == b.1);
    values
        .iter()
        .map(|(_, v)| decimal::write(*v))
        .collect::<Vec<_>>()
        .join(", then ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::{Bound, Interval, Qualifier};
    use crate::reference::{RelatedEvent, Report};
    use crate::text::Span;

    fn source(name: &str) -> Source {
        Source {
            seed: None,
            sentence: None,
            url: Some(format!("https://example.org/{name}")),
            name: Some(name.into()),
            date: None,
        }
    }

    fn series(
        category: Category,
        scope: &str,
        group: Option<&str>,
        values: &[(f64, u32)],
    ) -> FigureSeries {
        FigureSeries {
            category,
            scope: scope.into(),
            group: group.map(str::to_string),
            subtype: None,
            reports: values
                .iter()
                .map(|&(value, order)| Report {
                    value,
                    qualifier: Qualifier::Exact,
                    order,
                    source: source(&format!("r{order}")),
                    note: None,
                })
                .collect(),
        }
    }

    /// 24 April: killed in Kyiv 9, then 12, then 13; four children killed elsewhere in time.
    fn april() -> Incident {
        Incident {
            id: "kyiv-2025-04-24".into(),
            title: "Strike on Kyiv, 24 April 2025".into(),
            date: "2025-04-24".into(),
            night_of: "night of 23 to 24 April 2025".into(),
            weekday: "Thursday".into(),
            places: vec![],
            buildings: vec![],
            context: vec![],
            figures: vec![
                series(
                    Category::Killed,
                    "Kyiv",
                    None,
                    &[(9.0, 1), (12.0, 2), (13.0, 3)],
                ),
                series(Category::Killed, "Kyiv", Some("children"), &[(2.0, 1)]),
                series(Category::Drones, "Ukraine", None, &[(150.0, 1), (145.0, 2)]),
            ],
            quotes: vec![],
            related: vec![RelatedEvent {
                id: "kyiv-2024-07-08".into(),
                title: "8 July 2024".into(),
                date: "2024-07-08".into(),
                aliases: vec!["july 8 attack".into()],
                figures: vec![series(
                    Category::Killed,
                    "Kyiv",
                    None,
                    &[(34.0, 1), (33.0, 2)],
                )],
            }],
        }
    }

    fn figure(category: Category, value: f64, interval: Interval) -> Figure {
        Figure {
            span: Span::new(0, 1),
            value,
            interval,
            qualifier: Qualifier::Exact,
            category,
            group: None,
            subtype: None,
            scope: None,
            date: None,
            sentence: 0,
        }
    }

    fn killed(v: f64) -> Figure {
        figure(Category::Killed, v, Interval::exact(v))
    }

    fn at_least(v: f64) -> Interval {
        Interval {
            low: Some(Bound {
                value: v,
                inclusive: true,
            }),
            high: None,
        }
    }

    #[test]
    fn a_figure_holding_the_latest_value_is_consistent() {
        let i = april();
        let f = killed(13.0);
        let j = decide(&f, Some(&i), EventOf::Main);
        assert_eq!(j.verdict, Verdict::Consistent);
        assert!(
            j.explanation.contains("13 killed in Kyiv"),
            "{}",
            j.explanation
        );
    }

    #[test]
    fn an_open_interval_that_holds_the_latest_value_is_consistent() {
        let i = april();
        let f = figure(Category::Killed, 9.0, at_least(9.0));
        assert_eq!(
            decide(&f, Some(&i), EventOf::Main).verdict,
            Verdict::Consistent
        );
    }

    #[test]
    fn a_figure_holding_only_an_earlier_value_is_outdated_and_says_what_it_became() {
        let i = april();
        let f = killed(9.0);
        let j = decide(&f, Some(&i), EventOf::Main);
        assert_eq!(j.verdict, Verdict::Outdated);
        assert!(j.explanation.contains("revised to 13"), "{}", j.explanation);
    }

    #[test]
    fn a_figure_holding_no_reported_value_is_conflicting_and_gives_the_history() {
        let i = april();
        let f = killed(40.0);
        let j = decide(&f, Some(&i), EventOf::Main);
        assert_eq!(j.verdict, Verdict::Conflicting);
        assert!(
            j.explanation.contains("9, then 12, then 13"),
            "{}",
            j.explanation
        );
        assert_eq!(j.reference.len(), 3);
        assert_eq!(j.reference.iter().filter(|c| c.latest).count(), 1);
    }

    #[test]
    fn a_hedged_figure_holds_a_report_hedged_the_same_way() {
        let mut i = april();
        i.figures.push(FigureSeries {
            category: Category::Duration,
            scope: "Kyiv".into(),
            group: None,
            subtype: None,
            reports: vec![Report {
                value: 8.0,
                qualifier: Qualifier::MoreThan,
                order: 1,
                source: source("BBC"),
                note: None,
            }],
        });
        let more_than_eight = figure(Category::Duration, 8.0, Qualifier::MoreThan.interval(8.0));
        assert_eq!(
            decide(&more_than_eight, Some(&i), EventOf::Main).verdict,
            Verdict::Consistent
        );
        let exactly_six = figure(Category::Duration, 6.0, Interval::exact(6.0));
        assert_eq!(
            decide(&exactly_six, Some(&i), EventOf::Main).verdict,
            Verdict::Conflicting
        );
    }

    #[test]
    fn a_count_the_reference_does_not_track_is_unverified() {
        let i = april();
        let f = figure(Category::Missing, 2.0, Interval::exact(2.0));
        let j = decide(&f, Some(&i), EventOf::Main);
        assert_eq!(j.verdict, Verdict::Unverified);
        assert!(j.reference.is_empty());
    }

    #[test]
    fn without_an_incident_every_figure_is_unverified() {
        assert_eq!(
            decide(&killed(13.0), None, EventOf::Main).verdict,
            Verdict::Unverified
        );
    }

    #[test]
    fn a_sub_count_is_judged_against_its_group_not_the_total() {
        let i = april();
        let mut f = killed(2.0);
        f.group = Some("children".into());
        assert_eq!(
            decide(&f, Some(&i), EventOf::Main).verdict,
            Verdict::Consistent
        );
    }

    #[test]
    fn a_figure_scoped_to_another_city_is_not_judged_against_kyiv() {
        let i = april();
        let mut f = killed(13.0);
        f.scope = Some("Ternopil".into());
        assert_eq!(
            decide(&f, Some(&i), EventOf::Main).verdict,
            Verdict::Unverified
        );
    }

    #[test]
    fn weapons_default_to_the_nationwide_count() {
        let i = april();
        let f = figure(Category::Drones, 145.0, Interval::exact(145.0));
        let j = decide(&f, Some(&i), EventOf::Main);
        assert_eq!(j.verdict, Verdict::Consistent);
        assert!(
            j.explanation.contains("across Ukraine"),
            "{}",
            j.explanation
        );
    }

    #[test]
    fn a_figure_about_a_related_event_is_judged_against_that_event() {
        let i = april();
        let f = killed(34.0);
        let j = decide(&f, Some(&i), EventOf::Related(&i.related[0]));
        assert_eq!(j.verdict, Verdict::Outdated);
        assert_eq!(j.incident, Some("kyiv-2024-07-08"));
    }

    #[test]
    fn a_figure_about_an_unknown_other_event_is_not_judged() {
        let i = april();
        let f = killed(13.0);
        let j = decide(&f, Some(&i), EventOf::Elsewhere);
        assert_eq!(j.verdict, Verdict::Unverified);
        assert_eq!(j.incident, None);
    }

    #[test]
    fn the_strike_date_or_the_night_before_or_its_weekday_is_consistent() {
        let i = april();
        for date in ["2025-04-24", "--04-23", "Thursday"] {
            let mut f = figure(Category::Date, 24.0, Interval::exact(24.0));
            f.date = Some(date.into());
            assert_eq!(
                decide(&f, Some(&i), EventOf::Main).verdict,
                Verdict::Consistent,
                "{date}"
            );
        }
    }

    #[test]
    fn another_date_is_unverified_not_conflicting() {
        let i = april();
        let mut f = figure(Category::Date, 0.0, Interval::exact(0.0));
        f.date = Some("Monday".into());
        assert_eq!(
            decide(&f, Some(&i), EventOf::Main).verdict,
            Verdict::Unverified
        );
    }
}
