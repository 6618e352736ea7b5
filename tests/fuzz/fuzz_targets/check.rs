//! `check(text)` on any UTF-8: no panic, and the report keeps its invariants.
#![no_main]
use factcheck::report::broken_invariants;
use factcheck::{check, Reference};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static REFERENCE: OnceLock<Reference> = OnceLock::new();

fuzz_target!(|text: &str| {
    let reference = REFERENCE.get_or_init(Reference::bundled);
    let report = check(text, reference);
    let broken = broken_invariants(text, &report);
    assert!(broken.is_empty(), "{broken:?}");
});
