//! Which event a figure speaks of. A text about one strike also compares it with others:
//! figures about an earlier event ("the deadliest since last year's July 8 attack, which left
//! 34 dead", "surpassing the previous high of 537") or about a context event (Operation
//! Spiderweb) are not about the main incident, and are judged against that event or not at all.

use crate::document::Document;
use crate::figures::{categories::counts_weapons, Figure};
use crate::reference::{Incident, Reference, RelatedEvent};
use crate::text::{contains_any, fold, starts_with_word, Folded, Hit, Lexicon, Span};

/// What [`SentenceEvent::of`] looks for, built once per reference set: by incident, then one
/// for a text about no incident.
pub struct Cues(Vec<Lexicon<bool>>);

impl Cues {
    pub fn new(reference: &Reference) -> Self {
        let incidents = reference.incidents.iter().map(Some);
        Cues(incidents.chain([None]).map(SentenceEvent::cues).collect())
    }

    /// The cues for a text about the incident at `at` in the reference set's list, or none.
    pub fn of(&self, at: Option<usize>) -> &Lexicon<bool> {
        let none = self.0.len() - 1;
        &self.0[at.unwrap_or(none)]
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

/// Words that put a sentence's weapons in a wave after the night's strike: "nine missiles and
/// 63 drones fired later in the day" (Tatva, 4 July 2025). A toll counted later in the day is
/// still the strike's.
const A_LATER_WAVE: &[&str] = &[
    "later in the day",
    "later that day",
    "later on the same day",
];

/// Openings that move a sentence to another time than the strike's: "Five days later, it
/// launched 728 drones", "Since the start of July, Russia has launched more than 1,800 drones",
/// "Last month, …". Its figures are another attack's, or a period's; a toll updated "two days
/// later" is lost with them, a cheap miss beside a false red flag.
const ANOTHER_TIME: &[&str] = &[
    "the next day",
    "the next night",
    "the following day",
    "the following night",
    "the following week",
    "the day before",
    "the night before",
    "the previous day",
    "the previous night",
    "the previous week",
    "last week",
    "last month",
    "this week",
    "this month",
    "during the week",
    "earlier this week",
    "earlier this month",
    "earlier this year",
    "earlier in the week",
    "earlier in the month",
    "since the start of",
    "since the beginning of",
    "since 2022",
    "since february 2022",
    "since the full-scale invasion",
    "so far this year",
    "so far this month",
    "over the past week",
    "over the past month",
    "over the last week",
    "over the last month",
    "in the past week",
    "in the past month",
    "in the last week",
    "in the last month",
];

/// Periods that make a count after them a period's total, not the night's, unless "overnight"
/// comes between: "Zelensky said that over the past week, Russia launched more than 1,800
/// drones", but "arrived in Pretoria this week … following overnight attacks that killed at
/// least nine". Not "last
/// week" ("last week's record of 537 was broken as Russia launched 550") nor "since the start of
/// the war" (the largest attack since), which stand before the night's counts too.
const PERIODS: &[&str] = &[
    "this week",
    "past week",
    "during the week",
    "this month",
    "past month",
    "so far this year",
    "since the start of the year",
    "since the beginning of the year",
];

/// Whether the last of [`PERIODS`] in `before` (the folded text before a figure) dates the
/// figure: no "overnight" stands between them.
fn of_a_period(before: &str) -> bool {
    let end = PERIODS
        .iter()
        .filter_map(|p| before.rfind(p).map(|at| at + p.len()))
        .max();
    end.is_some_and(|end| !before[end..].contains("overnight"))
}

/// Units of time that open a sentence on another time when "later", "earlier" or "before"
/// follows them: "Two days later", "A week earlier", "Hours later".
const TIME_UNITS: &[&str] = &[
    "hours", "day", "days", "night", "nights", "week", "weeks", "month", "months",
];

/// Whether `sentence` (folded) opens on another time than the strike's ([`ANOTHER_TIME`], or a
/// unit of [`TIME_UNITS`] then "later", "earlier" or "before" among its first four words).
fn opens_on_another_time(sentence: &str) -> bool {
    if ANOTHER_TIME.iter().any(|p| starts_with_word(sentence, p)) {
        return true;
    }
    let mut words = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4)
        .peekable();
    while let Some(word) = words.next() {
        if crate::text::is_one_of(word, TIME_UNITS)
            && words
                .peek()
                .is_some_and(|&w| crate::text::is_one_of(w, &["later", "earlier", "before"]))
        {
            return true;
        }
    }
    false
}

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
/// at least five Russian airfields") and does not tie it to the strike, or turns to another
/// matter ("Separately, a Ukrainian drone attack hit …"). Context that is not an
/// event (a weapon type) says nothing about which event a figure is from.
pub struct SentenceEvent {
    about_context: bool,
    /// Whether any of [`OTHER_EVENT_MARKERS`] stands in the sentence: when none does, no
    /// figure's window is searched for them.
    marks_another_event: bool,
    /// Whether one of [`A_LATER_WAVE`] stands in the sentence.
    later_wave: bool,
    /// Whether the sentence opens on another time ([`opens_on_another_time`]).
    another_time: bool,
    /// Whether one of [`PERIODS`] stands in the sentence.
    names_a_period: bool,
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

    /// `cues` are what [`Cues::of`] gives for the incident; `folded` is the text
    /// folded once for the whole check.
    pub fn of(folded: &Folded, sentence: Span, cues: &Lexicon<bool>) -> Self {
        let hits = folded.scan(cues, sentence);
        // "from Cape Chauda in occupied Crimea": the place, not the peace proposal named for it.
        let place = |h: &Hit<bool>| {
            let at = folded.folded(h.span).start;
            folded.text[..at].ends_with("occupied ")
        };
        let names_context = hits.iter().any(|h| h.tag && !place(h));
        let tied = hits.iter().any(|h| !h.tag);
        let sentence_folded = folded.folded(sentence).of(&folded.text);
        SentenceEvent {
            about_context: (names_context && !tied)
                || starts_with_word(sentence_folded, "separately"),
            marks_another_event: contains_any(sentence_folded, OTHER_EVENT_MARKERS),
            later_wave: contains_any(sentence_folded, A_LATER_WAVE),
            another_time: opens_on_another_time(sentence_folded),
            names_a_period: contains_any(sentence_folded, PERIODS),
        }
    }
}

/// Decides which event `figure` speaks of, from the words around it and its sentence.
pub fn event_of<'r>(
    doc: &Document,
    sentence: Span,
    figure: &Figure,
    incident: Option<&'r Incident>,
    in_sentence: &SentenceEvent,
) -> EventOf<'r> {
    let (text, folded) = (doc.text, &doc.folded);
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
    if in_sentence.about_context
        || in_sentence.another_time
        || (in_sentence.names_a_period && of_a_period(before))
        || (in_sentence.later_wave && counts_weapons(figure.category))
    {
        return EventOf::Elsewhere;
    }
    EventOf::Main
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_opening_on_another_time_is_found_by_its_first_words() {
        for opening in [
            "five days later, it launched 728 drones",
            "a few days earlier, russia had fired 537",
            "hours later, 13 missiles hit kharkiv",
            "since the start of july, russia has launched more than 1,800 drones",
            "last month, russia launched more than 5,000 drones",
            "the next night, russia attacked kharkiv",
            "this week alone, russia launched more than 1,300 drones",
            "since 2022, russia has fired more than 40,000 drones",
        ] {
            assert!(opens_on_another_time(opening), "{opening}");
        }
        for same_time in [
            "the toll later rose to 25",
            "the attack lasted seven hours, later reports said",
            "since then, 23 people have been found dead",
            "russia launched its largest attack since the start of the war",
            "overnight, russia launched 539 drones",
        ] {
            assert!(!opens_on_another_time(same_time), "{same_time}");
        }
    }

    #[test]
    fn a_period_before_a_count_makes_it_the_periods_unless_overnight_comes_between() {
        assert!(of_a_period(
            "zelensky said that over the past week, russia launched "
        ));
        assert!(!of_a_period(
            "zelensky arrived in pretoria this week following overnight attacks that killed "
        ));
        assert!(!of_a_period(
            "russia's drones struck kyiv over the weekend, leaving "
        ));
    }
}
