//! Property tests: for any text made of news words, numbers in every form, qualifiers,
//! punctuation, quotes, emoji and odd characters, `check` does not panic and its report keeps
//! its invariants (offsets select the text, low <= high, verdicts agree with the cited values).
//! The long fuzz runs (`tests/fuzz/`) go further; this is the quick version `npm test` runs.
#![cfg(not(target_arch = "wasm32"))]

use factcheck::report::broken_invariants;
use factcheck::{check, Reference};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "at least",
    "more than",
    "up to",
    "nearly",
    "some",
    "about",
    "between",
    "and",
    "to",
    "-",
    "23",
    "nine",
    "twenty-three",
    "five hundred and ninety-eight",
    "a dozen",
    "dozens of",
    "2,000",
    "1.5 million",
    "598",
    "11-hour",
    "8 hours",
    "1/2",
    "half",
    "minus",
    "0",
    "999999999999999999999",
    "people",
    "were",
    "killed",
    "injured",
    "missing",
    "drones",
    "missiles",
    "shot down",
    "children",
    "Kyiv",
    "Kiev",
    "Sviatoshynskyi",
    "Zelensky",
    "said",
    "according to",
    "Trump",
    "president",
    "Thursday",
    "28 August 2025",
    "April 24",
    "July 8",
    "since",
    "deadliest",
    "record",
    "which left",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "(",
    ")",
    "\"",
    "“",
    "”",
    "’",
    "'",
    "\n",
    "\n\n",
    "—",
    "🇺🇦",
    "👩‍👩‍👧",
    "Київ",
    "\u{0}",
    "\u{202e}",
    "e\u{301}",
    "U.S.",
    "Mr.",
    "3 a.m.",
    "#",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => "\\PC{0,6}",
            1 => (0u32..100_000).prop_map(|n| n.to_string()),
        ],
        0..60,
    )
    .prop_map(|parts| parts.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_text_gives_a_report_that_keeps_its_invariants(text in text()) {
        let reference = Reference::bundled();
        let report = check(&text, &reference);
        let broken = broken_invariants(&text, &report);
        prop_assert!(broken.is_empty(), "{:?}", broken);
    }

    #[test]
    fn any_json_gives_a_reference_set_or_errors_that_name_a_place(json in "\\PC{0,80}") {
        if let Err(errors) = Reference::from_json(&json) {
            prop_assert!(!errors.is_empty());
            for e in errors {
                prop_assert!(!e.to_string().is_empty());
            }
        }
    }
}
