//! Which of the reference incidents a text is about, with a confidence and the evidence.
//!
//! Evidence is scored, not voted: a clue shared by several incidents (a district hit twice,
//! "Thursday") counts for each of them only in part, so that distinctive clues (the EU
//! delegation, 598 drones, Operation Spiderweb) decide. A text with too little evidence, such as
//! an article on a city budget, is about no incident.
//!
//! This module also decides which event a figure speaks of: figures about an earlier event the
//! text compares with ("the deadliest since last year's July 8 attack, which left 34 dead") are
//! not about the main incident.

use crate::figures::{Category, Figure};
use crate::reference::{Incident, Named, Reference, RelatedEvent};
use crate::text::{contains_any, fold, Folded, Lexicon, Span, WordMap};
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
    })
}

/// What identifying an incident and its events looks for, built once per reference set.
pub struct Lexicons {
    /// The names of every incident's places, buildings and events, tagged with which thing
    /// each names as (incident, kind as in [`NAMED`], place in its list); a thing's names are
    /// ranked in its order (the name, then its aliases).
    names: Lexicon<(usize, usize, usize)>,
    /// By incident, then one for no incident: what [`SentenceEvent::of`] looks for.
    events: Vec<Lexicon<bool>>,
}

impl Lexicons {
    pub fn new(reference: &Reference) -> Self {
        let mut phrases = Vec::new();
        for (i, incident) in reference.incidents.iter().enumerate() {
            for (kind, (_, list)) in NAMED.iter().enumerate() {
                for (n, named) in list(incident).iter().enumerate() {
                    // Every incident is in Kyiv: the city alone says nothing.
                    if named.kind.as_deref() == Some("city") {
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
        let incidents = reference.incidents.iter().map(Some);
        Lexicons {
            names: Lexicon::new(phrases),
            events: incidents.chain([None]).map(SentenceEvent::cues).collect(),
        }
    }

    /// What [`SentenceEvent::of`] looks for in a text about the incident at `at` in the
    /// reference set's list, or about none.
    pub fn events(&self, at: Option<usize>) -> &Lexicon<bool> {
        let none = self.events.len() - 1;
        &self.events[at.unwrap_or(none)]
    }
}

/// Identifies the incident `text` is about, or `None` when the evidence is too thin.
/// `folded` is `text` folded; `lexicons` are the reference set's.
pub fn identify(
    text: &str,
    folded: &Folded,
    figures: &[Figure],
    reference: &Reference,
    lexicons: &Lexicons,
) -> Option<Identified> {
    let named = NamedFound::in_text(text, folded, reference, lexicons);
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
    let evidence = per_incident.swap_remove(best);
    Some(Identified {
        id: incident.id.clone(),
        title: incident.title.clone(),
        date: incident.date.clone(),
        confidence: (confidence * 100.0).round() / 100.0,
        evidence,
    })
}

/// For each clue of each incident, how many incidents have it (the same kind and text), each
/// counted once however often the text gives it. One pass: asking every incident for each clue
/// was quadratic in a text that repeats its date.
fn holders(per_incident: &[Vec<Evidence>]) -> Vec<Vec<usize>> {
    // The distinct clues (kind, incidents that have it, the last one counted), found by text.
    let mut by_text: WordMap<&str, Vec<usize>> = WordMap::default();
    let mut distinct: Vec<(&str, usize, usize)> = Vec::new();
    let which: Vec<Vec<usize>> = (per_incident.iter().enumerate())
        .map(|(i, ev)| {
            ev.iter()
                .map(|e| {
                    let same_text = by_text.entry(e.text.as_str()).or_default();
                    let k = match same_text.iter().find(|&&k| distinct[k].0 == e.kind) {
                        Some(&k) => k,
                        None => {
                            same_text.push(distinct.len());
                            distinct.push((e.kind, 0, usize::MAX));
                            distinct.len() - 1
                        }
                    };
                    let (_, count, last) = &mut distinct[k];
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
        .map(|ks| ks.iter().map(|&k| distinct[k].1).collect())
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
            let slot = &mut found.first[i][kind][n];
            if slot.is_none_or(|(rank, _)| hit.rank < rank) {
                *slot = Some((hit.rank, hit.span));
            }
        }
        found
    }
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
    let night_before = crate::verdict::day_before(&incident.date);
    for f in figures {
        match f.category {
            Category::Date => {
                let Some(date) = f.date.as_deref() else {
                    continue;
                };
                if date_matches(date, &incident.date) || date_matches(date, &night_before) {
                    out.push(evidence("date", f.span, f.span.of(text).to_string()));
                } else if crate::verdict::is_strike_weekday(date, incident) {
                    out.push(evidence("weekday", f.span, date.to_string()));
                }
            }
            Category::Other | Category::Duration => {}
            category => {
                let reported = incident.figures.iter().any(|s| {
                    s.category == category && s.reports.iter().any(|r| r.value == f.value)
                });
                if reported && f.value >= 2.0 {
                    let mut label = String::with_capacity(24);
                    crate::text::decimal::push(&mut label, f.value);
                    label.push(' ');
                    label.push_str(category_word(category));
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

/// Whether a figure's date (`YYYY-MM-DD` or `--MM-DD`) names `iso`.
pub fn date_matches(date: &str, iso: &str) -> bool {
    date == iso || (date.starts_with("--") && iso.len() == 10 && date[2..] == iso[5..])
}

/// A word people use for the category, for evidence and explanations.
pub fn category_word(c: Category) -> &'static str {
    match c {
        Category::Killed => "killed",
        Category::Injured => "injured",
        Category::Missing => "missing",
        Category::Hospitalized => "hospitalized",
        Category::Drones => "drones",
        Category::Missiles => "missiles",
        Category::Intercepted => "intercepted",
        Category::Breached => "got through",
        Category::Duration => "hours",
        Category::Date => "date",
        Category::Other => "",
    }
}

/// Which event a figure speaks of.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EventOf<'r> {
    /// The main incident of the text.
    Main,
    /// An earlier event the reference knows, compared with in the text.
    Related(&'r RelatedEvent),
    /// Some other event the reference does not know.
    Elsewhere,
}

/// Words that turn the rest of a sentence to an earlier event: "the deadliest since …",
/// "surpassing last Saturday's previous high of …".
const OTHER_EVENT_MARKERS: &[&str] = &[
    "since",
    "surpassing",
    "last year's",
    "previous",
    "compared with",
    "compared to",
];

/// Words that tie a number to that earlier event: "…, which left 34 dead", "high of 537".
const OTHER_EVENT_LINKS: &[&str] = &[
    "which left",
    "which killed",
    "that killed",
    "that left",
    "when",
    "high of",
    "record of",
    "previous",
    "last year's",
];

/// Words that tie a sentence naming a context event (Operation Spiderweb, a phone call) back to
/// the strike: "in retaliation for Operation Spiderweb, Russia launched 407 drones".
const RELATES_TO_THE_STRIKE: &[&str] = &[
    "in response",
    "retaliation",
    "in revenge",
    "after",
    "following",
    "hours after",
    "days after",
    "came",
];

/// How far around a figure the words that tie it to another event are looked for: a clause
/// or two, so that a huge sentence with many figures still reads in linear time.
const LOOK_AROUND: usize = 300;

/// What a whole sentence says about which event its figures speak of, worked out once per
/// sentence: whether it is about a context event ("The attack, involving hundreds of drones, hit
/// at least five Russian airfields") and does not tie it to the strike. Context that is not an
/// event (a weapon type) says nothing about which event a figure is from.
pub struct SentenceEvent {
    about_context: bool,
    /// Whether any of [`OTHER_EVENT_MARKERS`] stands in the sentence: when none does, no
    /// figure's window is searched for them.
    marks_another_event: bool,
}

impl SentenceEvent {
    /// What [`SentenceEvent::of`] looks for, built once per reference set: the names of
    /// `incident`'s context events, tagged true, and the words that tie them to the strike,
    /// tagged false.
    fn cues(incident: Option<&Incident>) -> Lexicon<bool> {
        let events = incident
            .into_iter()
            .flat_map(|i| &i.context)
            .filter(|c| matches!(c.kind.as_deref(), Some("event" | "operation")))
            .flat_map(|c| std::iter::once(&c.name).chain(&c.aliases))
            .map(|a| (fold(a), true));
        let ties = RELATES_TO_THE_STRIKE.iter().map(|w| (w.to_string(), false));
        Lexicon::new(events.chain(ties))
    }

    /// `cues` are what [`Lexicons::events`] gives for the incident; `folded` is the text
    /// folded once for the whole check.
    pub fn of(folded: &Folded, sentence: Span, cues: &Lexicon<bool>) -> Self {
        let hits = folded.scan(cues, sentence);
        let names_context = hits.iter().any(|h| h.tag);
        let tied = hits.iter().any(|h| !h.tag);
        let sentence_folded = folded.folded(sentence).of(&folded.text);
        SentenceEvent {
            about_context: names_context && !tied,
            marks_another_event: contains_any(sentence_folded, OTHER_EVENT_MARKERS),
        }
    }
}

/// Decides which event `figure` speaks of, from the words around it and its sentence.
/// `folded` is `text` folded once for the whole check.
pub fn event_of<'r>(
    text: &str,
    folded: &Folded,
    sentence: Span,
    figure: &Figure,
    incident: Option<&'r Incident>,
    in_sentence: &SentenceEvent,
) -> EventOf<'r> {
    let from = text.floor_char_boundary(
        figure
            .span
            .start
            .saturating_sub(LOOK_AROUND)
            .max(sentence.start),
    );
    let to = text.ceil_char_boundary((figure.span.end + LOOK_AROUND).min(sentence.end));
    // Text folds character by character, so a stretch of the folded text is that stretch folded.
    let window = folded.folded(Span::new(from, to));
    let around = window.of(&folded.text);
    let before = &around[..folded.folded(Span::new(from, figure.span.start)).end - window.start];
    let marker = if in_sentence.marks_another_event {
        OTHER_EVENT_MARKERS
            .iter()
            .filter_map(|m| before.rfind(m))
            .min()
    } else {
        None
    };
    if let Some(marker) = marker {
        let after_marker = &before[marker..];
        if contains_any(after_marker, OTHER_EVENT_LINKS) {
            // The event may be named after the figure too: "since last year's July 8 attack".
            let rest = &around[marker..];
            let related = incident.and_then(|i| {
                i.related
                    .iter()
                    .find(|r| r.aliases.iter().any(|a| rest.contains(&fold(a))))
            });
            return related.map_or(EventOf::Elsewhere, EventOf::Related);
        }
    }
    if in_sentence.about_context {
        return EventOf::Elsewhere;
    }
    EventOf::Main
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
