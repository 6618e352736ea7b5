//! Which event a figure speaks of. A text about one strike also compares it with others:
//! figures about an earlier event ("the deadliest since last year's July 8 attack, which left
//! 34 dead", "surpassing the previous high of 537") or about a context event (Operation
//! Spiderweb) are not about the main incident, and are judged against that event or not at all.

use crate::document::Document;
use crate::figures::{categories::counts_weapons, Figure};
use crate::incident::names_the_place;
use crate::reference::{Incident, Reference, RelatedEvent};
use crate::text::{find, fold, rfind, starts_with_word, Folded, Lexicon, Needles, Span};

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
const OTHER_EVENT_MARKERS: Needles = Needles::new(&[
    "since",
    "surpassing",
    "last year's",
    "previous",
    "compared with",
    "compared to",
]);

/// Words that tie a number to that earlier event: "…, which left 34 dead", "high of 537".
const OTHER_EVENT_LINKS: Needles = Needles::new(&[
    "which left",
    "which killed",
    "that killed",
    "that left",
    "when",
    "high of",
    "record of",
    "previous",
    "last year's",
]);

/// Words that put a sentence's weapons in a wave after the night's strike: "nine missiles and
/// 63 drones fired later in the day" (Tatva, 4 July 2025). A toll counted later in the day is
/// still the strike's.
const A_LATER_WAVE: Needles = Needles::new(&[
    "later in the day",
    "later that day",
    "later on the same day",
]);

/// Words that, among a sentence's first four, move it to another time than the strike's: "Five
/// days later, it launched 728 drones", "Since the start of July, Russia has launched more than
/// 1,800 drones", "Last month, …". Its figures are another attack's, or a period's; a toll
/// updated "two days later" is lost with them, a cheap miss beside a false red flag.
const ANOTHER_TIME: Needles = Needles::new(&[
    "hours later",
    "day later",
    "days later",
    "week later",
    "weeks later",
    "day earlier",
    "days earlier",
    "week earlier",
    "weeks earlier",
    "the next day",
    "the next night",
    "the following day",
    "the following night",
    "the day before",
    "the night before",
    "last week",
    "last month",
    // Not "this week's attack".
    "this week,",
    "this month,",
    "earlier this",
    "since the start of",
    "since the beginning of",
    "since 2022",
]);

/// Periods that make a count after them a period's total, not the night's, unless "overnight"
/// comes between: "Zelensky said that over the past week, Russia launched more than 1,800
/// drones", but not "this week … following overnight attacks that killed at least nine". Not
/// "last week" ("last week's record of 537 was broken as Russia launched 550"), "this week's
/// attack", nor "since the start of the war" (the largest attack since), which stand before the
/// night's counts too. They open a sentence on another time as well.
const PERIODS: Needles = Needles::new(&[
    "past week",
    "past month",
    "during the week",
    "this week alone",
    "this month alone",
    "so far this",
]);

/// Whether the last of [`PERIODS`] in `before` (the folded text before a figure) dates the
/// figure: no "overnight" stands between them.
fn of_a_period(before: &str) -> bool {
    let since_overnight = rfind(before, "overnight").map_or(before, |at| &before[at..]);
    PERIODS.in_text(since_overnight)
}

/// Whether `sentence` (folded) opens on another time than the strike's: one of
/// [`ANOTHER_TIME`] or [`PERIODS`] in its first four words.
fn opens_on_another_time(sentence: &str) -> bool {
    let mut spaces = 0;
    let head = sentence.bytes().position(|b| {
        spaces += usize::from(b == b' ');
        spaces == 4
    });
    let head = &sentence[..head.unwrap_or(sentence.len())];
    Needles::each_in(head, &[&ANOTHER_TIME, &PERIODS]) != 0
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
        let names_context = (hits.iter()).any(|h| h.tag && !names_the_place(folded, h.span));
        let tied = hits.iter().any(|h| !h.tag);
        let sentence_folded = folded.folded(sentence).of(&folded.text);
        let found = Needles::each_in(
            sentence_folded,
            &[&OTHER_EVENT_MARKERS, &A_LATER_WAVE, &PERIODS],
        );
        SentenceEvent {
            about_context: (names_context && !tied)
                || starts_with_word(sentence_folded, "separately"),
            marks_another_event: found & 1 != 0,
            later_wave: found & 2 != 0,
            another_time: opens_on_another_time(sentence_folded),
            names_a_period: found & 4 != 0,
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
        (OTHER_EVENT_MARKERS.phrases().iter())
            .filter_map(|m| rfind(before, m))
            .min()
    } else {
        None
    };
    if let Some(marker) = marker {
        let after_marker = &before[marker..];
        if OTHER_EVENT_LINKS.in_text(after_marker) {
            // The event may be named after the figure too: "since last year's July 8 attack".
            let rest = &around[marker..];
            let related = incident.and_then(|i| {
                i.related
                    .iter()
                    .find(|r| r.aliases.iter().any(|a| find(rest, &fold(a)).is_some()))
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
