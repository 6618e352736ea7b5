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
//! compiled only for `wasm32`.

pub mod claims;
pub mod figures;
pub mod incident;
pub mod reference;
pub mod report;
pub mod text;
pub mod verdict;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use reference::{Reference, ReferenceError};
pub use report::Report;

/// Checks `text` against `reference` and returns the full report.
pub fn check(text: &str, reference: &Reference) -> Report {
    check_as(text, reference, None)
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
    check_as(text, reference, Some(context))
}

/// A whole text (`context` `None`) or a part of one.
fn check_as(text: &str, reference: &Reference, context: Option<&Context>) -> Report {
    let sentences = text::sentences(text);
    let figures = figures::extract(text, &sentences);
    // Folded once: incident names, cue words and people are all looked up in this one form.
    let folded = text::Folded::new(text);
    let incident = match context {
        None => incident::identify(text, &folded, &figures, reference),
        Some(c) => c.incident.and_then(|id| incident::given(id, reference)),
    };
    let claims = claims::find(
        text,
        &folded,
        &sentences,
        &figures,
        incident.as_ref(),
        context.and_then(|c| c.speaker),
        reference,
    );
    let judged = verdict::judge_all(
        text,
        &folded,
        &sentences,
        &figures,
        incident.as_ref(),
        reference,
    );
    report::build(text, incident, &judged, &claims)
}
