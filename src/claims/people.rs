//! Who a text names: every alias of every person (or organisation) in the reference, found as
//! whole words, and the speaker an attribution points to.

use super::Phrase;
use crate::reference::{Person, Reference};
use crate::text::{fold, sort_stably, Hit, Span};

/// Verbs and phrases that attribute words to someone.
pub const ATTRIBUTION: &[&str] = &[
    "according to",
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "wrote",
    "writes",
    "announced",
    "stated",
    "stating",
    "added",
    "warned",
    "accused",
    "condemned",
    "confirmed",
    "described",
    "characterised",
    "characterized",
    "vowed",
    "noted",
    "claimed",
    "reported",
    "cited",
    "tweeted",
    "posted",
    "declared",
    "insisted",
    "urged",
    "pointed out",
    "articulated",
    "emphasized",
    "emphasised",
    "voiced",
    "expressed",
    "acknowledged",
    "blamed",
    "stressed",
    // Headlines: "‘Vladimir, STOP!’ – Trump Reacts After Deadly Kyiv Strike".
    "reacts",
    "responds",
];

/// Pronouns that refer to the last speaker.
pub const PRONOUNS: &[&str] = &["he", "she"];

/// A person named in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention<'r> {
    /// Byte span in the text.
    pub span: Span,
    pub person: &'r Person,
    /// The person's place in the reference's people.
    pub index: usize,
}

impl Mention<'_> {
    /// Whether the person is named inside one of `quotes`: spoken of, not speaking.
    pub fn is_quoted(&self, quotes: &[Span]) -> bool {
        quotes.iter().any(|q| q.contains(self.span))
    }
}

/// Every alias of every person (tagged with the person's place in the reference), lowercased
/// with straight apostrophes, longest first, so that "Volodymyr Zelensky" is found before
/// "Zelensky".
pub fn names(reference: &Reference) -> Vec<(String, usize)> {
    let mut aliases: Vec<(String, usize)> = reference
        .people
        .iter()
        .enumerate()
        .flat_map(|(k, p)| {
            std::iter::once(&p.name)
                .chain(&p.aliases)
                .map(move |a| (fold(a), k))
        })
        .collect();
    sort_stably(&mut aliases, |a| (u64::MAX - a.0.len() as u64, 0));
    aliases
}

/// Every person of `people` (the reference's, whose [`names`] the lexicon has) named in the
/// stretch `within`, in order, without overlaps. `found` are the phrases found there.
pub fn mentions<'r>(people: &'r [Person], found: &[Hit<Phrase>], within: Span) -> Vec<Mention<'r>> {
    let mut hits: Vec<(Span, usize, usize)> = found
        .iter()
        .filter_map(|h| match h.tag {
            Phrase::Name(k) => Some((h.span, k, h.rank)),
            Phrase::Cue(_) => None,
        })
        .collect();
    // Most sentences name no one: nothing to sort, no bytes to mark.
    if hits.is_empty() {
        return Vec::new();
    }
    // Longest aliases first: a shorter one inside a longer one is part of that name.
    sort_stably(&mut hits, |&(span, _, rank)| {
        (rank as u64, span.start as u64)
    });
    // Which bytes of the stretch a name already holds: asking every name found so far
    // instead is quadratic in a long sentence of names.
    let mut taken = vec![false; within.end - within.start];
    let mut mentioned: Vec<Mention<'r>> = Vec::new();
    for (span, index, _) in hits {
        let bytes = &mut taken[span.start - within.start..span.end - within.start];
        if !bytes.contains(&true) {
            bytes.fill(true);
            mentioned.push(Mention {
                span,
                person: &people[index],
                index,
            });
        }
    }
    sort_stably(&mut mentioned, |m| (m.span.start as u64, 0));
    mentioned
}

/// The speaker of a sentence whose first attribution verb stands at `verb`: the person nearest
/// before it ("Zelensky said"), else the nearest after it ("said Zelensky", "according to
/// Zelensky"), else, for "he said" (`pronouns` are where "he" and "she" stand), the last
/// speaker. A person named inside a quotation (`quotes`) is spoken of, never the speaker:
/// "“… the conversation I had today with president Putin …,” the US president told reporters".
pub fn speaker<'r>(
    text: &str,
    verb: Span,
    pronouns: &[Span],
    mentions: &[Mention<'r>],
    quotes: &[Span],
    last_speaker: Option<&'r Person>,
) -> Option<&'r Person> {
    let before = (mentions.iter().rev()).find(|m| m.span.end <= verb.start && !m.is_quoted(quotes));
    let between_is_short =
        |m: &Mention| text[m.span.end..verb.start].split_whitespace().count() <= 6;
    if let Some(m) = before.filter(|m| between_is_short(m)) {
        return Some(m.person);
    }
    let pronoun = pronouns
        .iter()
        .any(|s| s.end <= verb.start && verb.start - s.end <= 12);
    if pronoun {
        return last_speaker;
    }
    // "said Zelensky", "according to President Volodymyr Zelensky": the name follows closely.
    mentions
        .iter()
        .find(|m| {
            m.span.start >= verb.end
                && !m.is_quoted(quotes)
                && text[verb.end..m.span.start].split_whitespace().count() <= 3
        })
        .or(before)
        .map(|m| m.person)
}
