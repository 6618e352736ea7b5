//! What a check reads from the reference set, built from the set once and kept for every
//! check: the lexicons each stage looks names, cues, people, quotes and titles up in, and
//! each series' history as reports give it (a tenth of a seed article's check when it was
//! built at every check).

use crate::reference::Reference;
use crate::{claims, event, incident, report};

/// Everything prepared once per reference set, by the stage that reads it.
pub struct Prepared {
    pub incident: incident::Lexicons,
    pub events: event::Cues,
    pub claims: claims::Lexicons,
    pub histories: report::Histories,
}

impl Prepared {
    pub fn new(reference: &Reference) -> Self {
        Prepared {
            incident: incident::Lexicons::new(reference),
            events: event::Cues::new(reference),
            claims: claims::Lexicons::new(reference),
            histories: report::Histories::new(reference),
        }
    }
}
