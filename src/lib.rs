//! factcheck: finds the figures and check-worthy claims in news text and judges each figure
//! against a bundled reference set of four Russian strikes on Kyiv in 2025.
//!
//! The data flows one way, each stage reading only the previous stage's output:
//!
//! ```text
//! text ─► sentences ─► figures ─► incident ─► claims ─► verdicts ─► report (schema v1)
//! ```
//!
//! Everything here is plain Rust with byte offsets; [`report`] converts them to the UTF-16
//! offsets JavaScript uses, once, at the edge. The wasm boundary lives in `wasm.rs` and is
//! compiled only for `wasm32`, with the allocator it installs, `size_classes.rs`, and the way
//! reports cross into JavaScript, `crossing.rs` and `crossing.js`.

pub mod claims;
pub mod figures;
pub mod incident;
pub mod reference;
pub mod report;
pub mod text;
pub mod verdict;

#[cfg(any(target_arch = "wasm32", test))]
mod crossing;
#[cfg(any(target_arch = "wasm32", test))]
mod size_classes;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use reference::{Reference, ReferenceError};
pub use report::Report;
use std::sync::OnceLock;

/// The seed articles and three evaluation texts, for the tests that check a shortcut against
/// the long way on real news text.
#[cfg(test)]
pub(crate) const FIXTURE_TEXTS: [&str; 8] = [
    include_str!("../tests/fixtures/seeds/000_07d0504bfaebc798.txt"),
    include_str!("../tests/fixtures/seeds/001_5c0e9fa9b5372774.txt"),
    include_str!("../tests/fixtures/seeds/002_bd82c5051f033c0e.txt"),
    include_str!("../tests/fixtures/seeds/003_f1b6b5ba79f4232f.txt"),
    include_str!("../tests/fixtures/seeds/004_b1c98fba87abfd1e.txt"),
    include_str!("../tests/fixtures/eval/april-revised.txt"),
    include_str!("../tests/fixtures/eval/june-spiderweb.txt"),
    include_str!("../tests/fixtures/eval/august-embassies.txt"),
];

/// Checks `text` against `reference` and returns the full report. The lexicons of the set are
/// built for this one check: a [`Checker`] keeps them for many.
pub fn check(text: &str, reference: &Reference) -> Report {
    check_as(text, reference, &Lexicons::new(reference), None)
}

/// What a part of a document takes from the text before it, as the document's last report
/// gives it: an editor re-checks the paragraph being typed in at once this way, and the whole
/// document a little later.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// The incident the document is about (its id), instead of the part's own clues. The
    /// part's report names it with no evidence, at confidence 1.
    pub incident: Option<&'a str>,
    /// The last speaker before the part, for its "he said" and for a quote that opens it.
    pub speaker: Option<&'a str>,
}

/// Checks `text` as a part of a longer document, in `context`.
pub fn check_part(text: &str, reference: &Reference, context: &Context) -> Report {
    check_as(text, reference, &Lexicons::new(reference), Some(context))
}

/// A reference set ready for many checks: the lexicons a check looks names, people, quotes,
/// titles and events up in are built from the set once, at its first check, not at every
/// check (a tenth of a seed article's check).
pub struct Checker {
    reference: Reference,
    lexicons: OnceLock<Lexicons>,
}

impl Checker {
    pub fn new(reference: Reference) -> Self {
        Checker {
            reference,
            lexicons: OnceLock::new(),
        }
    }

    pub fn reference(&self) -> &Reference {
        &self.reference
    }

    /// As [`check`].
    pub fn check(&self, text: &str) -> Report {
        check_as(text, &self.reference, self.lexicons(), None)
    }

    /// As [`check_part`].
    pub fn check_part(&self, text: &str, context: &Context) -> Report {
        check_as(text, &self.reference, self.lexicons(), Some(context))
    }

    fn lexicons(&self) -> &Lexicons {
        self.lexicons.get_or_init(|| Lexicons::new(&self.reference))
    }
}

/// Every lexicon a check reads from the reference set, by the stage that reads it.
struct Lexicons {
    incident: incident::Lexicons,
    claims: claims::Lexicons,
    /// Not a lexicon, but kept as long: each series' values as reports give them.
    histories: report::Histories,
}

impl Lexicons {
    fn new(reference: &Reference) -> Self {
        Lexicons {
            incident: incident::Lexicons::new(reference),
            claims: claims::Lexicons::new(reference),
            histories: report::Histories::new(reference),
        }
    }
}

/// A whole text (`context` `None`) or a part of one.
fn check_as(
    text: &str,
    reference: &Reference,
    lexicons: &Lexicons,
    context: Option<&Context>,
) -> Report {
    let sentences = text::sentences(text);
    // Folded once: number words, incident names, cue words and people are all looked up in
    // this one form.
    let folded = text::Folded::new(text);
    let figures = figures::extract(text, &folded, &sentences);
    let incident = match context {
        None => incident::identify(text, &folded, &figures, reference, &lexicons.incident),
        Some(c) => c.incident.and_then(|id| incident::given(id, reference)),
    };
    let claims = claims::find(
        text,
        &folded,
        &sentences,
        &figures,
        incident.as_ref(),
        context.and_then(|c| c.speaker),
        (reference, &lexicons.claims),
    );
    let judged = verdict::judge_all(
        text,
        &folded,
        &sentences,
        &figures,
        incident.as_ref(),
        reference,
        &lexicons.incident,
    );
    report::build(
        text,
        incident,
        judged,
        claims,
        (reference, &lexicons.histories),
    )
}
