//! Which of the reference incidents a text is about, with a confidence and the evidence.
//!
//! Evidence is scored, not voted: a clue shared by several incidents (a district hit twice,
//! "Thursday") counts for each of them only in part, so that distinctive clues (the EU
//! delegation, 598 drones, Operation Spiderweb) decide. A text with too little evidence, such as
//! an article on a city budget, is about no incident.

use crate::calendar::{date_matches, day_before};
use crate::document::Document;
use crate::figures::{Category, Figure};
use crate::reference::{Incident, Named, Reference};
use crate::text::{fold, word_hash, Folded, Lexicon, Span, WordMap};
use serde::Serialize;

/// The incident a text is about.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Identified {
    pub id: String,
    pub title: String,
    /// The strike's date (ISO), for comparing roles and dates with.
    pub date: String,
    /// From 0 to 1.
    pub confidence: f64,
    pub evidence: Vec<Evidence>,
    /// The clues the text gives of the set's other incidents, by their place in the set: a
    /// round-up's paragraph about another strike is judged against that one.
    #[serde(skip)]
    pub others: Vec<(usize, Vec<Evidence>)>,
}

/// One clue that points to the incident.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// "date", "weekday", "figure", "place", "building", "context".
    pub kind: &'static str,
    /// What the text says, as it says it.
    #[serde(skip)]
    pub span: Span,
    /// A short description for people, e.g. "598 drones" or "British Council".
    pub text: String,
    pub weight: f64,
}

/// How much each kind of clue weighs before it is shared out among the incidents that have it.
const WEIGHTS: &[(&str, f64)] = &[
    ("date", 5.0),
    ("building", 3.0),
    ("context", 3.0),
    ("figure", 2.0),
    ("place", 1.5),
    ("weekday", 1.0),
];

/// Below this score the text is about no incident.
const MIN_SCORE: f64 = 2.5;

fn weight_of(kind: &str) -> f64 {
    WEIGHTS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or(0.0, |(_, w)| *w)
}

/// The incident `id` of `reference` as a document's earlier check identified it: no clues of
/// its own, confidence 1. `None` when the reference set has no such incident.
pub fn given(id: &str, reference: &Reference) -> Option<Identified> {
    let incident = reference.incident(id)?;
    Some(Identified {
        id: incident.id.clone(),
        title: incident.title.clone(),
        date: incident.date.clone(),
        confidence: 1.0,
        evidence: Vec::new(),
        others: Vec::new(),
    })
}

/// What identifying an incident and its events looks for, built once per reference set.
pub struct Lexicons {
    /// The names of every incident's places, buildings and events, tagged with which thing
    /// each names as (incident, kind as in [`NAMED`], place in its list); a thing's names are
    /// ranked in its order (the name, then its aliases).
    names: Lexicon<(usize, usize, usize)>,
}

impl Lexicons {
    pub fn new(reference: &Reference) -> Self {
        let mut phrases = Vec::new();
        // A city every incident struck says nothing; another city struck is a clue, and one
        // merely named beside a strike is none.
        let everywhere = |city: &str| reference.incidents.iter().all(|i| i.city() == city);
        for (i, incident) in reference.incidents.iter().enumerate() {
            for (kind, (_, list)) in NAMED.iter().enumerate() {
                for (n, named) in list(incident).iter().enumerate() {
                    if named.kind.as_deref() == Some("city")
                        && (named.name != incident.city() || everywhere(&named.name))
                    {
                        continue;
                    }
                    phrases.extend(
                        std::iter::once(&named.name)
                            .chain(&named.aliases)
                            .map(|alias| (fold(alias), (i, kind, n))),
                    );
                }
            }
        }
        Lexicons {
            names: Lexicon::new(phrases),
        }
    }
}

/// Identifies the incident `text` is about, or `None` when the evidence is too thin.
/// `folded` is `text` folded; `lexicons` are the reference set's.
pub fn identify(
    doc: &Document,
    figures: &[Figure],
    reference: &Reference,
    lexicons: &Lexicons,
) -> Option<Identified> {
    let text = doc.text;
    let named = NamedFound::in_text(text, &doc.folded, reference, lexicons);
    let mut per_incident: Vec<Vec<Evidence>> = reference
        .incidents
        .iter()
        .enumerate()
        .map(|(i, incident)| clues(text, &named, figures, (i, incident)))
        .collect();
    // Share each clue out among the incidents that have it.
    let shares = holders(&per_incident);
    for (ev, shares) in per_incident.iter_mut().zip(&shares) {
        for (e, n) in ev.iter_mut().zip(shares) {
            e.weight /= *n as f64;
        }
    }
    let scores: Vec<f64> = per_incident
        .iter()
        .map(|ev| ev.iter().map(|e| e.weight).sum())
        .collect();
    let (best, &best_score) = scores
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))?;
    if best_score < MIN_SCORE {
        return None;
    }
    let others = scores
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != best)
        .fold(0.0_f64, |a, (_, &b)| a.max(b));
    let confidence = (1.0 - (-best_score / 4.0).exp()) * best_score / (best_score + others);
    let incident = &reference.incidents[best];
    let evidence = std::mem::take(&mut per_incident[best]);
    let others = (per_incident.into_iter().enumerate())
        .filter(|(i, ev)| *i != best && !ev.is_empty())
        .collect();
    Some(Identified {
        id: incident.id.clone(),
        title: incident.title.clone(),
        date: incident.date.clone(),
        confidence: (confidence * 100.0).round() / 100.0,
        evidence,
        others,
    })
}

/// For each clue of each incident, how many incidents have it (the same kind and text), each
/// counted once however often the text gives it. One pass: asking every incident for each clue
/// was quadratic in a text that repeats its date.
fn holders(per_incident: &[Vec<Evidence>]) -> Vec<Vec<usize>> {
    // The distinct clues (kind, text, incidents that have it, the last one counted), found by
    // the hash of their text.
    let mut by_text: WordMap<u64, Vec<usize>> = WordMap::default();
    let mut distinct: Vec<(&str, &str, usize, usize)> = Vec::new();
    let which: Vec<Vec<usize>> = (per_incident.iter().enumerate())
        .map(|(i, ev)| {
            ev.iter()
                .map(|e| {
                    let same_text = by_text.entry(word_hash(&e.text)).or_default();
                    let same = |&&k: &&usize| distinct[k].0 == e.kind && distinct[k].1 == e.text;
                    let k = match same_text.iter().find(same) {
                        Some(&k) => k,
                        None => {
                            same_text.push(distinct.len());
                            distinct.push((e.kind, &e.text, 0, usize::MAX));
                            distinct.len() - 1
                        }
                    };
                    let (_, _, count, last) = &mut distinct[k];
                    if *last != i {
                        *count += 1;
                        *last = i;
                    }
                    k
                })
                .collect()
        })
        .collect();
    (which.iter())
        .map(|ks| ks.iter().map(|&k| distinct[k].2).collect())
        .collect()
}

/// Where an incident lists one kind of named thing.
type ListOf = fn(&Incident) -> &[Named];

/// The kinds of named things that identify an incident, with where each list is.
const NAMED: [(&str, ListOf); 3] = [
    ("place", |i| &i.places),
    ("building", |i| &i.buildings),
    ("context", |i| &i.context),
];

/// The rank of the name a thing goes by in the text, and where the text first uses it.
type FirstName = (usize, Span);

/// Where the text first names each place, building and event of every incident, by the first of
/// its names (the name, then its aliases) that the text uses anywhere. One scan of the text
/// for all of them.
struct NamedFound {
    /// By incident, then kind (as in [`NAMED`]), then the thing's place in its list.
    first: Vec<[Vec<Option<FirstName>>; 3]>,
}

impl NamedFound {
    fn in_text(text: &str, folded: &Folded, reference: &Reference, lexicons: &Lexicons) -> Self {
        let first = reference
            .incidents
            .iter()
            .map(|incident| NAMED.map(|(_, list)| vec![None; list(incident).len()]))
            .collect();
        let mut found = NamedFound { first };
        for hit in folded.scan(&lexicons.names, Span::new(0, text.len())) {
            let (i, kind, n) = hit.tag;
            if NAMED[kind].0 == "context" && names_the_place(folded, hit.span) {
                continue;
            }
            let slot = &mut found.first[i][kind][n];
            if slot.is_none_or(|(rank, _)| hit.rank < rank) {
                *slot = Some((hit.rank, hit.span));
            }
        }
        found
    }
}

/// Whether the name of an event at `span` names the place instead: "174 drones over Russia and
/// occupied Crimea", not the peace proposal named for it.
pub fn names_the_place(folded: &Folded, span: Span) -> bool {
    let at = folded.folded(span).start;
    folded.text[..at].ends_with("occupied ")
}

fn clues(
    text: &str,
    named: &NamedFound,
    figures: &[Figure],
    (i, incident): (usize, &Incident),
) -> Vec<Evidence> {
    let mut out = Vec::new();
    for (kind, (name, list)) in NAMED.iter().enumerate() {
        for (n, thing) in list(incident).iter().enumerate() {
            if let Some((_, at)) = named.first[i][kind][n] {
                out.push(evidence(name, at, thing.name.clone()));
            }
        }
    }
    let night_before = day_before(&incident.date);
    for f in figures {
        match f.category {
            Category::Date => {
                let Some(date) = f.date.as_deref() else {
                    continue;
                };
                if date_matches(date, &incident.date) || date_matches(date, &night_before) {
                    out.push(evidence("date", f.span, f.span.of(text).to_string()));
                } else if incident.is_strike_weekday(date) {
                    out.push(evidence("weekday", f.span, date.to_string()));
                }
            }
            Category::Other | Category::Duration => {}
            category => {
                // The same count of the same thing: "more than 20 injured" is not a report of
                // 20, nor "48 drones shot down" one of 48 missiles ("two missiles" may be two of
                // a kind), nor "three children" killed one of 3 killed.
                let reported = incident.figures.iter().any(|s| {
                    s.category == category
                        && s.group == f.group
                        && (f.subtype.is_none() || s.subtype == f.subtype)
                        && (s.reports.iter()).any(|r| {
                            r.value == f.value
                                && f.interval.overlaps(&r.qualifier.interval(r.value))
                        })
                });
                if reported && f.value >= 2.0 {
                    let mut label = String::with_capacity(24);
                    crate::text::decimal::push(&mut label, f.value);
                    label.push(' ');
                    label.push_str(category.word());
                    // Once per figure, however often the text gives it.
                    if !out.iter().any(|e| e.kind == "figure" && e.text == label) {
                        out.push(evidence("figure", f.span, label));
                    }
                }
            }
        }
    }
    out
}

fn evidence(kind: &'static str, span: Span, text: String) -> Evidence {
    Evidence {
        kind,
        span,
        text,
        weight: weight_of(kind),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clue(kind: &'static str, text: &str) -> Evidence {
        evidence(kind, Span::new(0, 0), text.to_string())
    }

    #[test]
    fn a_clue_is_held_once_by_each_incident_however_often_the_text_gives_it() {
        let per_incident = [
            vec![clue("date", "28 August"), clue("date", "28 August")],
            vec![clue("date", "28 August"), clue("place", "28 August")],
            vec![clue("place", "Darnytskyi")],
        ];
        assert_eq!(holders(&per_incident), [vec![2, 2], vec![2, 1], vec![1]]);
    }
}
