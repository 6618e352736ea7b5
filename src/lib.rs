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
    let sentences = text::sentences(text);
    let figures = figures::extract(text, &sentences);
    // Folded once: incident names, cue words and people are all looked up in this one form.
    let folded = text::Folded::new(text);
    let incident = incident::identify(text, &folded, &figures, reference);
    let claims = claims::find(
        text,
        &folded,
        &sentences,
        &figures,
        incident.as_ref(),
        reference,
    );
    let judged = verdict::judge_all(text, &sentences, &figures, incident.as_ref(), reference);
    report::build(text, incident, &judged, &claims)
}
