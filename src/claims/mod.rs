//! Claims: the sentences a fact-checker would check (statistics, quotes, attributions,
//! comparisons and superlatives, roles), with a check-worthiness score and its reasons.
//!
//! A first cut returns nothing; the full finder replaces `find`.

use crate::figures::Figure;
use crate::incident::Identified;
use crate::reference::Reference;
use crate::text::Span;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    Statistic,
    Quote,
    Attribution,
    Comparison,
    Role,
}

/// How a claim compares with the reference (quotes and roles; statistics are judged figure by
/// figure).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimVerdict {
    /// The quote is word for word a reference quote.
    Exact,
    /// The quote is close to a reference quote but differs; `changes` says how.
    Altered,
    /// Nothing in the reference to compare with.
    Unknown,
    /// The role matches the person's role at the incident's time.
    RoleConsistent,
    /// The role does not match ("presidential candidate" Trump in July 2025).
    RoleMismatch,
}

/// A check-worthy claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// The sentence, or the quotation for a quote claim.
    pub span: Span,
    pub kinds: Vec<ClaimKind>,
    /// Check-worthiness from 0 to 1.
    pub score: f64,
    /// Why the score is what it is, one short phrase each ("specific number", "superlative").
    pub reasons: Vec<String>,
    /// The speaker, normalised to the reference's name where known.
    pub speaker: Option<String>,
    pub verdict: Option<ClaimVerdict>,
    /// A one-line explanation of the verdict: what changed in an altered quote, the role the
    /// person really held.
    pub explanation: Option<String>,
    /// Indices into the figures slice of the figures inside the claim.
    pub figures: Vec<usize>,
}

/// Finds the check-worthy claims in `text`. `incident` (when known) dates the text, so that a
/// person's role can be compared with the role they held then.
pub fn find(
    _text: &str,
    _sentences: &[Span],
    _figures: &[Figure],
    _incident: Option<&Identified>,
    _reference: &Reference,
) -> Vec<Claim> {
    Vec::new()
}
