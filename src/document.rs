//! The text being checked, read once: its sentences and its folded form with the folded
//! words hashed. Every stage takes the one [`Document`], as a rule in Harper takes its
//! `Document`, so that no stage splits or folds the text again.

use crate::text::{self, Folded, Span};

/// A text with what every stage reads of it.
pub struct Document<'t> {
    /// The text as the user gave it; every span is a byte range of it.
    pub text: &'t str,
    /// Its sentences, in order, as [`text::sentences`] finds them.
    pub sentences: Vec<Span>,
    /// The text folded (lowercased, quotes and dashes made plain) with its words hashed: number
    /// words, incident names, cue words and people are all looked up in this one form.
    pub folded: Folded,
    /// Where each line break stands: paragraphs are lines.
    breaks: Vec<usize>,
}

impl<'t> Document<'t> {
    pub fn new(text: &'t str) -> Self {
        Document {
            text,
            sentences: text::sentences(text),
            folded: Folded::new(text),
            breaks: (text.bytes().enumerate())
                .filter(|&(_, b)| b == b'\n')
                .map(|(k, _)| k)
                .collect(),
        }
    }

    /// How many paragraphs (lines) the text has.
    pub fn paragraph_count(&self) -> usize {
        self.breaks.len() + 1
    }

    /// The paragraph (line) that byte `at` stands in, from 0.
    pub fn paragraph_of(&self, at: usize) -> usize {
        self.breaks.partition_point(|&b| b < at)
    }

    /// The sentence at `index`, or `fallback` (a figure's own span) past the last one.
    pub fn sentence(&self, index: usize, fallback: Span) -> Span {
        self.sentences.get(index).copied().unwrap_or(fallback)
    }
}
