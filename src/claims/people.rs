//! Who a text names: every alias of every person (or organisation) in the reference, found as
//! whole words, and the speaker an attribution points to.

use std::collections::HashMap;

use crate::reference::{Person, Reference};
use crate::text::{fold, Folded, Span, WordIndex};

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
];

/// Pronouns that refer to the last speaker.
const PRONOUNS: &[&str] = &["he", "she"];

/// A person named in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention<'r> {
    /// Byte span in the text.
    pub span: Span,
    pub person: &'r Person,
}

/// Aliases lowercased with straight apostrophes, longest first, so that "Volodymyr Zelensky"
/// is found before "Zelensky".
pub struct People<'r> {
    aliases: Vec<(String, &'r Person)>,
    /// Alias indices by their first word, so that a sentence asks only for the aliases whose
    /// first word it has.
    by_first_word: HashMap<String, Vec<usize>>,
}

impl<'r> People<'r> {
    pub fn new(reference: &'r Reference) -> Self {
        let mut aliases: Vec<(String, &Person)> = reference
            .people
            .iter()
            .flat_map(|p| {
                std::iter::once(&p.name)
                    .chain(&p.aliases)
                    .map(move |a| (fold(a), p))
            })
            .collect();
        aliases.sort_by_key(|a| std::cmp::Reverse(a.0.len()));
        let mut by_first_word: HashMap<String, Vec<usize>> = HashMap::new();
        for (k, (alias, _)) in aliases.iter().enumerate() {
            let first = alias.split(|c: char| !c.is_alphanumeric()).next();
            by_first_word
                .entry(first.unwrap_or_default().to_string())
                .or_default()
                .push(k);
        }
        People {
            aliases,
            by_first_word,
        }
    }

    /// Every person named in `text[sentence]`, in order, without overlaps.
    /// `folded` is the sentence folded, and `words` its word index.
    pub fn mentions(&self, sentence: Span, folded: &Folded, words: &WordIndex) -> Vec<Mention<'r>> {
        let mut found: Vec<(Span, &'r Person)> = Vec::new();
        // Longest aliases first, as in `aliases`; "" holds those that start with punctuation.
        let mut candidates: Vec<usize> = words
            .words()
            .chain([""])
            .filter_map(|w| self.by_first_word.get(w))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        for (alias, person) in candidates.iter().map(|&k| &self.aliases[k]) {
            for at in words.find(alias) {
                if found
                    .iter()
                    .all(|(f, _)| at.end <= f.start || at.start >= f.end)
                {
                    found.push((at, person));
                }
            }
        }
        found.sort_by_key(|(at, _)| at.start);
        found
            .into_iter()
            .map(|(at, person)| {
                let at = folded.original(at);
                Mention {
                    span: Span::new(sentence.start + at.start, sentence.start + at.end),
                    person,
                }
            })
            .collect()
    }
}

/// The speaker of a sentence: the person nearest before its attribution verb ("Zelensky said"),
/// else the nearest after it ("said Zelensky", "according to Zelensky"), else, for "he said",
/// the last speaker. `None` when the sentence attributes nothing.
pub fn speaker<'r>(
    text: &str,
    sentence: Span,
    (folded, words): (&Folded, &WordIndex),
    mentions: &[Mention<'r>],
    last_speaker: Option<&'r Person>,
) -> Option<&'r Person> {
    let in_text = |at: Span| {
        let at = folded.original(at);
        Span::new(sentence.start + at.start, sentence.start + at.end)
    };
    let verb = ATTRIBUTION
        .iter()
        .filter_map(|v| words.find(v).next())
        .min_by_key(|s| s.start)?;
    let verb = in_text(verb);
    let before = mentions.iter().rev().find(|m| m.span.end <= verb.start);
    let between_is_short =
        |m: &Mention| text[m.span.end..verb.start].split_whitespace().count() <= 6;
    if let Some(m) = before.filter(|m| between_is_short(m)) {
        return Some(m.person);
    }
    let pronoun = PRONOUNS.iter().any(|p| {
        words
            .find(p)
            .map(in_text)
            .any(|s| s.end <= verb.start && verb.start - s.end <= 12)
    });
    if pronoun {
        return last_speaker;
    }
    // "said Zelensky", "according to President Volodymyr Zelensky": the name follows closely.
    mentions
        .iter()
        .find(|m| {
            m.span.start >= verb.end && text[verb.end..m.span.start].split_whitespace().count() <= 3
        })
        .or(before)
        .map(|m| m.person)
}
