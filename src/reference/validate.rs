//! Validation of a reference set: every problem found, each with its path.

use super::{Reference, ReferenceError};

pub(super) fn validate(reference: &Reference) -> Vec<ReferenceError> {
    let mut errors = Vec::new();
    if reference.schema != 1 {
        errors.push(ReferenceError {
            path: "schema".into(),
            problem: format!(
                "unsupported schema version {}; expected 1",
                reference.schema
            ),
        });
    }
    errors
}
