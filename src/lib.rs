//! factcheck: finds the figures and check-worthy claims in news text and judges each figure
//! against a bundled reference set of four Russian strikes on Kyiv in 2025.
//!
//! The data flows one way. A [`Document`] is read once from the text; each stage takes it and
//! the stages' outputs before it; what a check reads from the reference set is [`Prepared`]
//! once per set:
//!
//! ```text
//! text ─► Document ─► figures ─► incident ─► claims ─► verdicts ─► report (schema v1)
//!                                    (which event a figure speaks of: event)
//! ```
//!
//! Each module imports only from the layers below its own, so the graph has no cycles;
//! `tests/layers.rs` holds the code to this table:
//!
//! ```text
//! 9  wasm, editor             the JavaScript boundary; the reference page's (feature `editor`)
//! 8  prepared, crossing, size_classes   built once per set; reports into JavaScript; the allocator
//! 7  report, proposals        the schema, UTF-16 offsets; a source's figures as reports
//! 6  verdict                  the rules, in one function
//! 5  event, claims            which event a figure speaks of; quotes, roles, speakers
//! 4  incident                 which strike the text is about
//! 3  reference                the reference set: types, reader, validator
//! 2  figures                  numbers, qualifiers, dates and what they count
//! 1  calendar, document       dates; the text read once
//! 0  text, named              spans, folding, lexicons, numbers written; named enums
//! ```
//!
//! Everything here is plain Rust with byte offsets; [`report`] converts them to the UTF-16
//! offsets JavaScript uses, once, at the edge. The wasm boundary lives in `wasm.rs` and is
//! compiled only for `wasm32`, with the allocator it installs, `size_classes.rs`, and the way
//! reports cross into JavaScript, `crossing.rs` and `crossing.js`.

mod named;

pub mod calendar;
pub mod claims;
pub mod document;
pub mod event;
pub mod figures;
pub mod incident;
pub mod prepared;
pub mod proposals;
pub mod reference;
pub mod report;
pub mod text;
pub mod verdict;

#[cfg(any(target_arch = "wasm32", test))]
mod crossing;
#[cfg(all(target_arch = "wasm32", feature = "editor"))]
pub mod editor;
#[cfg(any(target_arch = "wasm32", test))]
mod size_classes;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use document::Document;
pub use prepared::Prepared;
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

/// Checks `text` against `reference` and returns the full report. What the check reads from
/// the set is prepared for this one check: a [`Checker`] keeps it for many.
pub fn check(text: &str, reference: &Reference) -> Report {
    check_as(text, reference, &Prepared::new(reference), None, true)
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
    check_as(
        text,
        reference,
        &Prepared::new(reference),
        Some(context),
        true,
    )
}

/// A reference set ready for many checks: what a check reads from the set is [`Prepared`]
/// once, at its first check, not at every check.
pub struct Checker {
    reference: Reference,
    prepared: OnceLock<Prepared>,
}

impl Checker {
    pub fn new(reference: Reference) -> Self {
        Checker {
            reference,
            prepared: OnceLock::new(),
        }
    }

    pub fn reference(&self) -> &Reference {
        &self.reference
    }

    /// As [`check`].
    pub fn check(&self, text: &str) -> Report {
        check_as(text, &self.reference, self.prepared(), None, true)
    }

    /// As [`check_part`].
    pub fn check_part(&self, text: &str, context: &Context) -> Report {
        check_as(text, &self.reference, self.prepared(), Some(context), true)
    }

    /// As [`Checker::check`] or [`Checker::check_part`], with the texts of figures, cues,
    /// claims and roles left empty: JavaScript slices them from the text it holds (`wasm.rs`).
    #[cfg(target_arch = "wasm32")]
    pub(crate) fn check_for_js(&self, text: &str, context: Option<&Context>) -> Report {
        check_as(text, &self.reference, self.prepared(), context, false)
    }

    fn prepared(&self) -> &Prepared {
        self.prepared.get_or_init(|| Prepared::new(&self.reference))
    }
}

/// A whole text (`context` `None`) or a part of one; `texts` as [`report::build`] takes it.
fn check_as(
    text: &str,
    reference: &Reference,
    prepared: &Prepared,
    context: Option<&Context>,
    texts: bool,
) -> Report {
    let doc = Document::new(text);
    let figures = figures::extract(&doc);
    let incident = match context {
        None => incident::identify(&doc, &figures, reference, &prepared.incident),
        Some(c) => c.incident.and_then(|id| incident::given(id, reference)),
    };
    let speaker_before = context.and_then(|c| c.speaker);
    let claims = claims::find(
        &doc,
        &figures,
        incident.as_ref(),
        speaker_before,
        reference,
        &prepared.claims,
    );
    let judged = verdict::judge_all(
        &doc,
        &figures,
        incident.as_ref(),
        reference,
        &prepared.events,
    );
    report::build(
        &doc,
        incident,
        judged,
        claims,
        reference,
        &prepared.histories,
        texts,
    )
}
