//! The figures of a source text, proposed as reports for an incident struck on a city: what
//! `factcheck reference add` and the reference page put in a table to pick from.

use crate::figures::{self, Category};
use crate::reference::Proposal;
use crate::Document;

/// Every counted figure of `text` (not dates, not `other`), read as a check reads it, its
/// scope the place the text names, else `city` for a casualty count (`verdict::scope_in`).
pub fn proposals(text: &str, city: &str) -> Vec<Proposal> {
    let doc = Document::new(text);
    (figures::extract(&doc).iter())
        .filter(|f| !matches!(f.category, Category::Date | Category::Other))
        .map(|f| Proposal {
            category: f.category,
            scope: crate::verdict::scope_in(f, city).to_string(),
            group: f.group.clone(),
            subtype: f.subtype.clone(),
            value: f.value,
            qualifier: f.qualifier,
            sentence: doc.sentence(f.sentence, f.span).of(text).trim().to_string(),
        })
        .collect()
}
