//! The verdict rules, in one place. Read [`decide`] top to bottom: that is the whole rule set.
//!
//! A figure is compared with the reference series that counts the same thing: same incident,
//! category, scope, group and subtype. Reference values have an order in time, and the latest
//! decides between `consistent` and `outdated`.
//!
//! Each verdict's explanation is joined from its pieces (`concat`), one allocation, rather than
//! written with `format!`: every figure of every check gets one, and the formatter made a check
//! take 3% more instructions.

use crate::calendar::{date_matches, day_before, names_day, within_a_day};
use crate::document::Document;
use crate::event::{self, EventOf, SentenceEvent};
use crate::figures::{Bound, Category, Figure, Interval, STRUCK_CITY};
use crate::incident::Identified;
use crate::reference::{FigureSeries, Incident, Reference, Source};
use crate::text::{decimal, sort_stably, Span};

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
    pub qualifier: crate::figures::Qualifier,
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

/// The scope a figure's count applies to in a strike on `city`: the place its text names, else
/// its category's default, the struck city for a casualty count.
pub fn scope_in<'a>(figure: &'a Figure, city: &'a str) -> &'a str {
    let default = figure.category.facts().default_scope;
    match figure.scope.as_deref() {
        Some(scope) => scope,
        _ if default == STRUCK_CITY => city,
        _ => default,
    }
}

/// From this confidence on, the incident a text is identified as settles which event its
/// figures are about; below it, no figure is called wrong.
pub const SURE_OF_INCIDENT: f64 = 0.5;

/// Judges every figure of a document. `cues` are what tells which event a figure speaks of.
/// The identified incident is the text's; a paragraph about another incident of the set (a
/// round-up's section on another strike) has its figures judged against that one.
pub fn judge_all<'a, 'r>(
    doc: &Document,
    figures: &'a [Figure],
    identified: Option<&Identified>,
    reference: &'r Reference,
    cues: &event::Cues,
) -> Vec<Judged<'a, 'r>> {
    let at = identified.and_then(|i| reference.incident_at(&i.id));
    let incident = at.map(|k| &reference.incidents[k]);
    let sure_of_incident = identified.is_some_and(|i| i.confidence >= SURE_OF_INCIDENT);
    let near = named_near(doc, identified, figures);
    let strikes = reference.incidents.as_slice();
    // Figures come sentence by sentence: what a sentence says is read once, for its first figure.
    let event_cues = cues.of(at);
    let mut current: Option<(usize, SentenceEvent)> = None;
    let events: Vec<EventOf<'r>> = figures
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
            event::event_of(doc, sentence, f, incident, in_sentence)
        })
        .collect();
    let sections = sections(doc, identified, at, figures, &events);
    // The dates of attacks, by sentence: a sentence that dates its attack to another day than
    // its strike's ("killed when Russia unleashed a barrage … overnight into Sunday") is about
    // an attack the reference may not hold.
    let attack_dates: Vec<(usize, &str)> = figures
        .iter()
        .filter(|d| d.category == Category::Date && d.basis.settled)
        .filter_map(|d| Some((d.sentence, d.date.as_deref()?)))
        .collect();
    let another_day = |f: &Figure, strike: &Incident| {
        // In text order, as the figures are: a sentence's dates are found by bisection.
        let from = attack_dates.partition_point(|&(s, _)| s < f.sentence);
        f.category != Category::Date
            && (attack_dates[from..].iter())
                .take_while(|&&(s, _)| s == f.sentence)
                .any(|&(_, date)| !within_a_day(date, &strike.date))
    };
    figures
        .iter()
        .zip(events)
        .map(|(f, event)| {
            let paragraph = doc.paragraph_of(f.span.start);
            let strike =
                sections[paragraph].map_or(incident, |(k, _)| Some(&reference.incidents[k]));
            let event = match strike {
                Some(strike) if event == EventOf::Main && another_day(f, strike) => {
                    EventOf::Elsewhere
                }
                _ => event,
            };
            match (event, sections[paragraph]) {
                // Settled only where the paragraph gives that strike's date itself.
                (EventOf::Main, Some((k, dated))) => {
                    decide(f, Some(&reference.incidents[k]), event, dated, strikes)
                }
                (EventOf::Main, None) => decide(
                    f,
                    incident,
                    event,
                    sure_of_incident && near[paragraph],
                    strikes,
                ),
                _ => decide(f, incident, event, true, strikes),
            }
        })
        .collect()
}

/// The weight of clues from which a paragraph is taken to be about an incident: its date (5) or
/// a building or event it alone names (3); one two strikes share (1.5) is not enough.
const PARAGRAPH_CLUE: f64 = 2.0;

/// The clues that can make a paragraph about another strike: a figure ("3 killed") or a
/// district is too often another strike's by chance.
const SECTION_CLUES: &[&str] = &["date", "building", "context"];

/// By paragraph, the incident of the set other than the text's that the paragraph is about,
/// and whether the paragraph gives that incident's date. A paragraph is about the incident
/// whose clues in it outweigh twice every other's (a clue in a figure about another event, "the
/// deadliest since 24 April", counts for none), or else about the one the paragraph before is
/// about: a round-up's section goes on until another strike's clues begin the next.
fn sections(
    doc: &Document,
    identified: Option<&Identified>,
    main: Option<usize>,
    figures: &[Figure],
    events: &[EventOf],
) -> Vec<Option<(usize, bool)>> {
    let count = doc.paragraph_count();
    let (Some(identified), Some(main)) = (identified, main) else {
        return vec![None; count];
    };
    if identified.others.is_empty() {
        return vec![None; count];
    }
    let aside: Vec<Span> = (figures.iter().zip(events))
        .filter(|(_, e)| **e != EventOf::Main)
        .map(|(f, _)| f.span)
        .collect();
    let clues = std::iter::once((main, &identified.evidence))
        .chain(identified.others.iter().map(|(i, ev)| (*i, ev)));
    let incidents = 1 + identified
        .others
        .iter()
        .map(|(i, _)| *i)
        .fold(main, usize::max);
    let mut score = vec![vec![0.0_f64; incidents]; count];
    let mut dated = vec![vec![false; incidents]; count];
    // The first paragraph with a clue of any kind to the text's own strike.
    let mut main_from = count;
    for (i, evidence) in clues {
        for e in evidence {
            let p = doc.paragraph_of(e.span.start);
            if i == main {
                main_from = main_from.min(p);
            }
            if SECTION_CLUES.contains(&e.kind) && !aside.iter().any(|s| s.contains(e.span)) {
                score[p][i] += e.weight;
                dated[p][i] |= e.kind == "date";
            }
        }
    }
    let about: Vec<Option<usize>> = score
        .iter()
        .map(|row| {
            let best = (0..incidents).max_by(|&a, &b| row[a].total_cmp(&row[b]))?;
            let second = (0..incidents)
                .filter(|&i| i != best)
                .fold(0.0_f64, |m, i| m.max(row[i]));
            (row[best] >= PARAGRAPH_CLUE && row[best] > 2.0 * second).then_some(best)
        })
        .collect();
    // The paragraphs before the first section (a headline) belong to it, unless the text's own
    // strike is named there: a report whose last lines recall another strike ("occupied
    // Crimea") is not about that strike from its first line.
    let mut current = about[..main_from]
        .iter()
        .flatten()
        .next()
        .copied()
        .unwrap_or(main);
    (0..count)
        .map(|p| {
            current = about[p].unwrap_or(current);
            (current != main).then(|| (current, dated[p][current]))
        })
        .collect()
}

/// The rule set. `strikes` are the set's incidents, for a figure that only another strike's
/// reports give (rule 8); with none, a figure is judged against `incident` alone.
pub fn decide<'a, 'r>(
    figure: &'a Figure,
    incident: Option<&'r Incident>,
    event: EventOf<'r>,
    event_settled: bool,
    strikes: &'r [Incident],
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
    let scope = scope_in(figure, main.city());
    let series_in = |scope: &str| {
        series_list.iter().find(|s| {
            s.category == figure.category
                && s.scope.eq_ignore_ascii_case(scope)
                && s.group == figure.group
                && s.subtype == figure.subtype
        })
    };
    let Some(series) = series_in(scope) else {
        // Weapons the text counts at a city: say what the set counts for the country.
        let default = figure.category.facts().default_scope;
        let country = (scope != default).then(|| series_in(default)).flatten();
        let latest = country.and_then(|s| s.latest());
        let what = describe(
            figure.category,
            scope,
            figure.group.as_deref(),
            figure.subtype.as_deref(),
        );
        let mut why = format!("The reference set has no figure for {what} to compare with.");
        if let (Some(s), Some(r)) = (country, latest) {
            why.push_str(" It counts them for the country: ");
            why.push_str(&decimal::write(r.value));
            why.push(' ');
            why.push_str(&describe(s.category, &s.scope, None, s.subtype.as_deref()));
            why.push_str(" (");
            why.push_str(&r.source.short_name());
            why.push_str(").");
        }
        return unverified(Some(id), why);
    };

    // 5. A report it agrees with (their intervals overlap): the latest, or one of the latest
    //    value ("nearly 70" beside a later plain 70), is consistent; only earlier ones,
    //    outdated.
    //    A report open above ("at least 9") reaches only as far as the series ever went: once
    //    later reports said 13, it does not agree with 40. One that runs down to zero ("up to
    //    150") reaches only as low: when no report said fewer than 145, it does not agree
    //    with 12.
    let latest_order = series.latest_order();
    let values = series.reports.iter().map(|r| r.value);
    let most = values.clone().fold(0.0, f64::max);
    let least = values.fold(f64::INFINITY, f64::min);
    let cited: Vec<Cited<'r>> = series
        .reports
        .iter()
        .map(|r| Cited {
            value: r.value,
            qualifier: r.qualifier,
            interval: capped(r.qualifier.interval(r.value), least, most),
            order: r.order,
            latest: r.order == latest_order,
            source: &r.source,
            note: r.note.as_deref(),
        })
        .collect();
    let holds = |c: &&Cited| figure.interval.overlaps(&c.interval);
    let what = describe(
        series.category,
        &series.scope,
        series.group.as_deref(),
        series.subtype.as_deref(),
    );
    let (lv, lwords, lsrc) = series
        .latest()
        .map_or((f64::NAN, String::new(), String::new()), |r| {
            (r.value, r.in_words(), r.source.short_name())
        });
    let agreeing = (cited.iter().filter(|c| c.latest).filter(holds))
        .min_by_key(|c| c.source.rank())
        .or_else(|| {
            cited
                .iter()
                .filter(|c| c.value == lv && figure.value == lv)
                .find(holds)
        });
    let (verdict, explanation) = if let Some(c) = agreeing {
        (
            Verdict::Consistent,
            [
                "Agrees with the latest reported figure: ",
                &c.qualifier.in_words(c.value),
                " ",
                &what,
                " (",
                &c.source.short_name(),
                ").",
            ]
            .concat(),
        )
    } else if let Some(c) = cited
        .iter()
        .filter(holds)
        // Of the earlier reports, one of the very value is the one to cite ("44 missiles", not
        // the "about 40" before it that holds 44 too).
        .min_by_key(|c| c.value != figure.value)
    {
        let earlier = [
            &c.qualifier.in_words(c.value),
            " ",
            &what,
            " was reported earlier (",
            &c.source.short_name(),
            "), but the figure has since been revised to ",
            &lwords,
            " (",
            &lsrc,
            ").",
        ];
        // A sentence that opens on a hedge ("at least 21") opens on a capital.
        let mut earlier = earlier.concat();
        earlier[..1].make_ascii_uppercase();
        (Verdict::Outdated, earlier)
    } else if let Some(missing) = unsettled(figure, event_settled) {
        // 6. No report agrees, but the text does not say for certain what the figure counts:
        //    a red flag must rest on the text's own words, never on a default.
        let why = [
            missing,
            " The reference set has ",
            &lwords,
            " ",
            &what,
            " (",
            &lsrc,
            ").",
        ];
        (Verdict::Unverified, why.concat())
    } else if interim(figure, &cited) {
        // 7. A casualty count below the latest of a rising toll, or a count within 2% of a
        //    reported one, may be a count given at some time that the reference set lacks.
        let why = format!(
            "Close to or below the reported figures for {what} ({}): it may be an interim count \
             the reference set does not hold; the latest is {lwords} ({lsrc}).",
            history(&cited)
        );
        (Verdict::Unverified, why)
    } else if let Some((strike, there)) = reported_of_another(figure, id, strikes) {
        // 8. No report of this strike gives it, but one of another strike in the set does: the
        //    text may be about that strike (a round-up, two reports pasted together).
        let why = [
            "No report of this strike gives it; can't tell from the text whether it is about the ",
            &strike.title,
            ": ",
            &there,
        ];
        (Verdict::Unverified, why.concat())
    } else {
        // 9. The text says what it counts, where and when, and no report gives it.
        let none = format!(
            "No report gives this: the latest figure is {lwords} {what} ({lsrc}); reported values \
             were {}.",
            history(&cited)
        );
        (Verdict::Conflicting, none)
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
    // The day before is the strike's night only in a clause about an attack (`basis.settled`
    // for a date): texts date phone calls and threats by it too. Asked last: it builds a string.
    let on_the_day =
        names_day(date, iso) || (figure.basis.settled && names_day(date, &day_before(iso)));
    let (verdict, explanation) = match (on_the_day, event) {
        (true, EventOf::Related(_)) => (
            Verdict::Consistent,
            format!("The date of the earlier event the text compares with: {title}."),
        ),
        (true, _) => (
            Verdict::Consistent,
            ["The strike came in the ", &night, "."].concat(),
        ),
        // A date in a news text may name anything (a phone call, a meeting), so a date that is
        // not the strike's is not wrong, only unchecked.
        (false, _) => (
            Verdict::Unverified,
            format!(
                "Not the date of the strike ({}); it may refer to something else.",
                main.night_of
            ),
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

/// By paragraph, whether the text ties its figures to the identified incident where a reader
/// meets them: a clue of the incident (its date, a building, an event, a figure; not a weekday
/// or a place, which strikes share: "on Wednesday" before 9 July's 728 drones tied them to 24
/// April, a Thursday) stands in the paragraph, or its date, a building or an event in the text's
/// first two (the headline and the lede), and the paragraph names no other day. A round-up that
/// mentions the strike in passing does not make every figure its own. Worked out once per
/// paragraph, in one pass over the clues and the dates.
fn named_near(doc: &Document, identified: Option<&Identified>, figures: &[Figure]) -> Vec<bool> {
    let count = doc.paragraph_count();
    let Some(identified) = identified else {
        return vec![false; count];
    };
    // A part of a document checked alone: the document's check named the incident already.
    if identified.evidence.is_empty() {
        return vec![true; count];
    }
    let mut clue = vec![false; count];
    let mut lede = false;
    for e in &identified.evidence {
        let k = doc.paragraph_of(e.span.start);
        clue[k] |= !matches!(e.kind, "weekday" | "place");
        // The headline and the paragraph under it: texts date the strike in either.
        lede |= k <= 1 && matches!(e.kind, "date" | "building" | "context");
    }
    let night_before = day_before(&identified.date);
    let mut other_day = vec![false; count];
    for d in figures.iter().filter(|d| d.category == Category::Date) {
        let another = d.date.as_deref().is_some_and(|date| {
            date.contains('-')
                && !date_matches(date, &identified.date)
                && !date_matches(date, &night_before)
        });
        other_day[doc.paragraph_of(d.span.start)] |= another;
    }
    (0..count)
        .map(|k| (clue[k] || lede) && !other_day[k])
        .collect()
}

/// What the text leaves open about `figure`, said for people, or `None` when its own words
/// settle what it counts, where, and which event it is about.
fn unsettled(figure: &Figure, event_settled: bool) -> Option<&'static str> {
    let weapons = matches!(
        figure.category,
        Category::Drones | Category::Missiles | Category::Weapons
    );
    if !figure.basis.settled {
        return Some(if weapons {
            "Can't tell from the text whether these were launched or shot down."
        } else {
            "Can't tell from the text what this number counts."
        });
    }
    if figure.basis.scope.is_none() {
        return Some(
            "Can't tell from the text where this count applies: no word of its sentence says where it was counted.",
        );
    }
    if !event_settled {
        return Some("Can't tell from the text which strike this figure is about.");
    }
    None
}

/// A strike of the set other than `id` with a report that `figure` agrees with, as the rules
/// above judge it against that strike (consistent or outdated), and what they say of it.
fn reported_of_another<'r>(
    figure: &Figure,
    id: &str,
    strikes: &'r [Incident],
) -> Option<(&'r Incident, String)> {
    strikes.iter().filter(|s| s.id != id).find_map(|strike| {
        let judged = decide(figure, Some(strike), EventOf::Main, true, &[]);
        let agrees = matches!(judged.verdict, Verdict::Consistent | Verdict::Outdated);
        agrees.then_some((strike, judged.explanation))
    })
}

/// `interval` with its open ends closed at what its series ever said: an open upper end at
/// `most`, when that lies above its low end or on it ("at least 4" when no report ever said more
/// is 4, not 12,000); a low end of zero at `least`, when that lies within it ("up to 150" when
/// no report said fewer than 145 is 145 to 150, not 12).
fn capped(interval: Interval, least: f64, most: f64) -> Interval {
    let at = |value| {
        Some(Bound {
            value,
            inclusive: true,
        })
    };
    match (interval.low, interval.high) {
        (Some(low), None) if most > low.value || (most == low.value && low.inclusive) => Interval {
            low: Some(low),
            high: at(most),
        },
        (Some(low), Some(high)) if low.value == 0.0 && least > 0.0 && least < high.value => {
            Interval {
                low: at(least),
                high: Some(high),
            }
        }
        _ => interval,
    }
}

/// Whether a figure may be a count given at some time that the reference set does not hold:
/// a casualty count below the latest of a toll that rose (tolls are counted up through the
/// day, and early counts differ by source), or a count within 2% of a reported one (the air
/// force and the ministry give 475 and 476 for one night), or fewer interceptions than reported.
fn interim(figure: &Figure, cited: &[Cited]) -> bool {
    let casualties = matches!(
        figure.category,
        Category::Killed | Category::Injured | Category::Hospitalized
    );
    let first = cited.iter().min_by_key(|c| c.order).map(|c| c.value);
    let latest = cited.iter().find(|c| c.latest).map(|c| c.value);
    let rose = matches!((first, latest), (Some(a), Some(b)) if a < b);
    let below_latest = latest.is_some_and(|b| figure.value < b);
    let near = cited
        .iter()
        .any(|c| (figure.value - c.value).abs() <= (c.value * 0.02).max(1.0));
    // Fewer interceptions than reported may be those shot down alone, the rest jammed ("270
    // drones destroyed, while 208 disappeared from radar", against the 476 neutralised).
    let part = figure.category == Category::Intercepted && below_latest;
    (casualties && rose && below_latest) || near || part
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
    use crate::figures::Qualifier;
    use crate::reference::{RelatedEvent, Report};
    use crate::text::Span;

    fn source(name: &str) -> Source {
        Source {
            url: Some(format!("https://example.org/{name}")),
            outlet: Some(name.into()),
            ..Source::default()
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
            places: vec![crate::reference::Named {
                name: "Kyiv".into(),
                kind: Some("city".into()),
                aliases: vec![],
            }],
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
            basis: crate::figures::Basis {
                category: Some(Span::new(0, 1)),
                settled: true,
                scope: Some(Span::new(0, 1)),
            },
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
        let j = decide(&f, Some(&i), EventOf::Main, true, &[]);
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
            decide(&f, Some(&i), EventOf::Main, true, &[]).verdict,
            Verdict::Consistent
        );
    }

    #[test]
    fn a_report_open_above_reaches_no_further_than_the_most_any_report_said() {
        let mut i = april();
        let mut s = series(Category::Killed, "Kyiv", None, &[(4.0, 1), (3.0, 2)]);
        s.reports[0].qualifier = Qualifier::AtLeast;
        i.figures = vec![s];
        let f = figure(Category::Killed, 12000.0, at_least(12000.0));
        let j = decide(&f, Some(&i), EventOf::Main, true, &[]);
        assert_ne!(j.verdict, Verdict::Outdated, "{}", j.explanation);
    }

    #[test]
    fn a_report_down_to_zero_reaches_no_lower_than_the_least_any_report_said() {
        // Georgia Today, 24 April 2025: "12 kamikaze drones" at Kharkiv was called outdated
        // against an early "up to 150" of the country's drones, since revised to 145.
        let mut i = april();
        i.figures[2].reports[0].qualifier = Qualifier::UpTo;
        let f = figure(Category::Drones, 12.0, Interval::exact(12.0));
        let j = decide(&f, Some(&i), EventOf::Main, true, &[]);
        assert_ne!(j.verdict, Verdict::Outdated, "{}", j.explanation);
        let f = figure(Category::Drones, 148.0, Interval::exact(148.0));
        let j = decide(&f, Some(&i), EventOf::Main, true, &[]);
        assert_eq!(j.verdict, Verdict::Outdated, "{}", j.explanation);
    }

    #[test]
    fn a_figure_holding_only_an_earlier_value_is_outdated_and_says_what_it_became() {
        let i = april();
        let f = killed(9.0);
        let j = decide(&f, Some(&i), EventOf::Main, true, &[]);
        assert_eq!(j.verdict, Verdict::Outdated);
        assert!(j.explanation.contains("revised to 13"), "{}", j.explanation);
        // A hedged report is cited with its hedge.
        let mut i = april();
        i.figures[0].reports[0].qualifier = Qualifier::AtLeast;
        let f = killed(10.0);
        let j = decide(&f, Some(&i), EventOf::Main, true, &[]);
        assert!(
            j.explanation
                .starts_with("At least 9 killed in Kyiv was reported earlier"),
            "{}",
            j.explanation
        );
    }

    #[test]
    fn an_outdated_figure_cites_the_earlier_report_of_its_own_value() {
        // National Security Journal, 6 June 2025: "44 missiles" cited Zelensky's "about 40".
        let mut i = april();
        i.figures[2] = series(
            Category::Missiles,
            "Ukraine",
            None,
            &[(40.0, 1), (44.0, 2), (45.0, 3)],
        );
        i.figures[2].reports[0].qualifier = Qualifier::About;
        let f = figure(Category::Missiles, 44.0, Interval::exact(44.0));
        let j = decide(&f, Some(&i), EventOf::Main, true, &[]);
        assert_eq!(j.verdict, Verdict::Outdated);
        assert!(
            j.explanation.starts_with("44 missiles"),
            "{}",
            j.explanation
        );
    }

    #[test]
    fn a_figure_holding_no_reported_value_is_conflicting_and_gives_the_history() {
        let i = april();
        let f = killed(40.0);
        let j = decide(&f, Some(&i), EventOf::Main, true, &[]);
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
    fn a_figure_only_another_strike_reported_is_unverified_and_names_that_strike() {
        // Two reports pasted together: the second one's toll, judged as the first one's strike.
        let april = april();
        let mut august = april.clone();
        august.id = "kyiv-2025-08-28".into();
        august.title = "Strike on Kyiv, 28 August 2025".into();
        august.figures = vec![series(
            Category::Killed,
            "Kyiv",
            None,
            &[(4.0, 1), (23.0, 2)],
        )];
        let strikes = [april.clone(), august];
        let (later, unknown) = (killed(23.0), killed(40.0));
        let j = decide(&later, Some(&april), EventOf::Main, true, &strikes);
        assert_eq!(j.verdict, Verdict::Unverified);
        assert!(
            j.explanation.ends_with("about the Strike on Kyiv, 28 August 2025: Agrees with the latest reported figure: 23 killed in Kyiv (r2)."),
            "{}",
            j.explanation
        );
        // A figure no strike of the set reported is still conflicting.
        let j = decide(&unknown, Some(&april), EventOf::Main, true, &strikes);
        assert_eq!(j.verdict, Verdict::Conflicting);
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
            decide(&more_than_eight, Some(&i), EventOf::Main, true, &[]).verdict,
            Verdict::Consistent
        );
        let exactly_six = figure(Category::Duration, 6.0, Interval::exact(6.0));
        assert_eq!(
            decide(&exactly_six, Some(&i), EventOf::Main, true, &[]).verdict,
            Verdict::Conflicting
        );
    }

    #[test]
    fn a_count_the_reference_does_not_track_is_unverified() {
        let i = april();
        let f = figure(Category::Missing, 2.0, Interval::exact(2.0));
        let j = decide(&f, Some(&i), EventOf::Main, true, &[]);
        assert_eq!(j.verdict, Verdict::Unverified);
        assert!(j.reference.is_empty());
    }

    #[test]
    fn without_an_incident_every_figure_is_unverified() {
        assert_eq!(
            decide(&killed(13.0), None, EventOf::Main, true, &[]).verdict,
            Verdict::Unverified
        );
    }

    #[test]
    fn a_sub_count_is_judged_against_its_group_not_the_total() {
        let i = april();
        let mut f = killed(2.0);
        f.group = Some("children".into());
        assert_eq!(
            decide(&f, Some(&i), EventOf::Main, true, &[]).verdict,
            Verdict::Consistent
        );
    }

    #[test]
    fn a_figure_scoped_to_another_city_is_not_judged_against_kyiv() {
        let i = april();
        let mut f = killed(13.0);
        f.scope = Some("Ternopil".into());
        assert_eq!(
            decide(&f, Some(&i), EventOf::Main, true, &[]).verdict,
            Verdict::Unverified
        );
    }

    #[test]
    fn weapons_default_to_the_nationwide_count() {
        let i = april();
        let f = figure(Category::Drones, 145.0, Interval::exact(145.0));
        let j = decide(&f, Some(&i), EventOf::Main, true, &[]);
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
        let j = decide(&f, Some(&i), EventOf::Related(&i.related[0]), true, &[]);
        assert_eq!(j.verdict, Verdict::Outdated);
        assert_eq!(j.incident, Some("kyiv-2024-07-08"));
    }

    #[test]
    fn a_figure_about_an_unknown_other_event_is_not_judged() {
        let i = april();
        let f = killed(13.0);
        let j = decide(&f, Some(&i), EventOf::Elsewhere, true, &[]);
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
                decide(&f, Some(&i), EventOf::Main, true, &[]).verdict,
                Verdict::Consistent,
                "{date}"
            );
        }
    }

    #[test]
    fn the_night_before_is_the_strikes_only_in_a_clause_about_an_attack() {
        let i = april();
        for date in ["--04-23", "Wednesday"] {
            let mut f = figure(Category::Date, 23.0, Interval::exact(23.0));
            f.date = Some(date.into());
            f.basis.settled = false;
            let j = decide(&f, Some(&i), EventOf::Main, true, &[]);
            assert_eq!(j.verdict, Verdict::Unverified, "{date}");
        }
        let mut f = figure(Category::Date, 0.0, Interval::exact(0.0));
        f.date = Some("Thursday".into());
        f.basis.settled = false;
        let j = decide(&f, Some(&i), EventOf::Main, true, &[]);
        assert_eq!(j.verdict, Verdict::Consistent, "the strike's own day");
    }

    #[test]
    fn an_earlier_events_weekday_is_checked_against_that_event() {
        let i = april();
        let related = &i.related[0];
        let weekday = crate::calendar::weekday_of(&related.date).unwrap();
        let mut f = figure(Category::Date, 0.0, Interval::exact(0.0));
        f.date = Some(weekday.into());
        let j = decide(&f, Some(&i), EventOf::Related(related), true, &[]);
        assert_eq!(j.verdict, Verdict::Consistent);
    }

    #[test]
    fn another_date_is_unverified_not_conflicting() {
        let i = april();
        let mut f = figure(Category::Date, 0.0, Interval::exact(0.0));
        f.date = Some("Monday".into());
        assert_eq!(
            decide(&f, Some(&i), EventOf::Main, true, &[]).verdict,
            Verdict::Unverified
        );
    }
}
