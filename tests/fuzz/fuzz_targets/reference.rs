//! The reference loader on any bytes: no panic; a set it accepts checks text without breaking
//! the report's invariants; errors always name something.
#![no_main]
use factcheck::report::broken_invariants;
use factcheck::{check, Reference};
use libfuzzer_sys::fuzz_target;

const TEXT: &str = "At least 23 people were killed in Kyiv on Thursday, 28 August 2025, and 598 drones were launched.";

fuzz_target!(|json: &str| {
    match Reference::from_json(json) {
        Ok(reference) => {
            let report = check(TEXT, &reference);
            let broken = broken_invariants(TEXT, &report);
            assert!(broken.is_empty(), "{broken:?}");
        }
        Err(errors) => assert!(!errors.is_empty() && errors.iter().all(|e| !e.problem.is_empty())),
    }
});
