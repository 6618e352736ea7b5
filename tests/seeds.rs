//! Fixture tests over the five seed articles: the incident, every figure with its category
//! and verdict, and the quotations with their speakers, as a fact-checker reads them.
#![cfg(not(target_arch = "wasm32"))]

use factcheck::{check, Reference};
use serde_json::Value;
use std::sync::LazyLock;

static REFERENCE: LazyLock<Reference> = LazyLock::new(Reference::bundled);
const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");

fn report(file: &str) -> Value {
    let text = std::fs::read_to_string(format!("{SEEDS}/{file}")).unwrap();
    serde_json::to_value(check(&text, &REFERENCE)).unwrap()
}

/// The figures as (text, category, verdict), in text order.
fn figures(r: &Value) -> Vec<(String, String, String)> {
    r["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["text"].as_str().unwrap().into(),
                f["category"].as_str().unwrap().into(),
                f["verdict"].as_str().unwrap().into(),
            )
        })
        .collect()
}

/// The quotations as (first words, speaker, verdict).
fn quotes(r: &Value) -> Vec<(String, Option<String>, String)> {
    r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| matches!(c["verdict"].as_str(), Some("exact" | "altered" | "unknown")))
        .map(|c| {
            let words: Vec<&str> = c["text"]
                .as_str()
                .unwrap()
                .split_whitespace()
                .take(3)
                .collect();
            (
                words.join(" "),
                c["speaker"].as_str().map(str::to_string),
                c["verdict"].as_str().unwrap().into(),
            )
        })
        .collect()
}

fn expect(list: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    list.iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect()
}

fn expect_quotes(list: &[(&str, Option<&str>, &str)]) -> Vec<(String, Option<String>, String)> {
    list.iter()
        .map(|(a, b, c)| (a.to_string(), b.map(str::to_string), c.to_string()))
        .collect()
}

#[test]
fn seed_000_is_the_28_august_strike_with_the_toll_at_least_23_and_53_injured_outdated() {
    let r = report("000_07d0504bfaebc798.txt");
    assert_eq!(r["incident"]["id"], "kyiv-2025-08-28");
    assert_eq!(
        figures(&r),
        expect(&[
            ("Thursday", "date", "consistent"),
            ("at least 23", "killed", "consistent"),
            ("four", "killed", "consistent"),
            ("Scores", "other", "unverified"),
            ("11-hour", "duration", "consistent"),
            ("598", "drones", "consistent"),
            ("31", "missiles", "consistent"),
            ("eight", "missing", "consistent"),
            ("53", "injured", "outdated"),
            ("Thursday", "date", "consistent"),
            ("Friday", "date", "unverified"),
            ("Thursday's", "date", "consistent"),
        ])
    );
    assert_eq!(
        quotes(&r),
        expect_quotes(&[
            ("ballistics instead of", Some("Volodymyr Zelensky"), "exact"),
            ("was not happy", Some("Karoline Leavitt"), "exact"),
            ("to the negotiating", Some("Ursula von der Leyen"), "exact"),
            ("turn Ukraine into", Some("Ursula von der Leyen"), "exact"),
            // "Wall Street Journal" in the closing list of sources is a masthead, not a quote.
        ])
    );
}

#[test]
fn seed_001_gives_19_dead_which_has_since_risen_to_25() {
    let r = report("001_5c0e9fa9b5372774.txt");
    assert_eq!(r["incident"]["id"], "kyiv-2025-08-28");
    let f = figures(&r);
    assert!(
        f.contains(&("19".into(), "killed".into(), "outdated".into())),
        "{f:?}"
    );
    assert!(
        f.contains(&("at least 48".into(), "injured".into(), "consistent".into())),
        "{f:?}"
    );
    assert_eq!(
        quotes(&r),
        expect_quotes(&[
            ("sabotaging peace talks.", Some("Keir Starmer"), "exact"),
            ("shown its true", Some("Friedrich Merz"), "exact"),
            ("No diplomatic mission", Some("Kaja Kallas"), "exact"),
            ("egregious attacks,", Some("Keith Kellogg"), "exact"),
            (
                "All designated objects",
                Some("Russian Defence Ministry"),
                "exact"
            ),
            (
                "These Russian missiles",
                Some("Volodymyr Zelensky"),
                "exact"
            ),
        ])
    );
}

#[test]
fn seed_002_is_the_6_june_strike_whose_toll_was_revised_down_to_three_rescuers() {
    let r = report("002_bd82c5051f033c0e.txt");
    assert_eq!(r["incident"]["id"], "kyiv-2025-06-06");
    let counts: Vec<_> = figures(&r).into_iter().filter(|f| f.1 != "date").collect();
    assert_eq!(
        counts,
        expect(&[
            ("at least four", "killed", "outdated"),
            ("around 20", "injured", "outdated"),
            ("around 400", "drones", "consistent"),
            ("40", "missiles", "outdated"),
            ("at least four", "killed", "outdated"),
            ("around 20", "injured", "outdated"),
            ("Three", "killed", "consistent"),
            ("more than 2,000", "other", "unverified"),
            ("at least 10", "injured", "consistent"),
            // Ukraine's drone attack on Russian airfields: another event.
            ("hundreds", "drones", "unverified"),
            ("at least five", "other", "unverified"),
            ("dozens", "intercepted", "unverified"),
            ("two", "other", "unverified"),
        ])
    );
    let ternopil = r["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["text"] == "at least 10")
        .unwrap();
    assert_eq!(ternopil["scope"], "Ternopil");
    let thursday_night = r["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["text"] == "Thursday")
        .unwrap();
    assert_eq!(
        thursday_night["verdict"], "consistent",
        "the night of 5 to 6 June began on Thursday"
    );
}

#[test]
fn seed_003_is_the_4_july_strike_and_flags_trump_as_a_presidential_candidate() {
    let r = report("003_f1b6b5ba79f4232f.txt");
    assert_eq!(r["incident"]["id"], "kyiv-2025-07-04");
    assert_eq!(
        figures(&r),
        expect(&[
            ("At least one", "killed", "consistent"),
            ("26", "injured", "consistent"),
            ("Friday", "date", "consistent"),
            ("550", "drones", "outdated"),
            ("11", "missiles", "consistent"),
            ("Saturday’s", "date", "unverified"),
            ("537", "drones", "consistent"),
            ("550", "drones", "outdated"),
            ("72", "breached", "consistent"),
            ("more than eight", "duration", "consistent"),
            ("February 2022", "date", "unverified"),
        ])
    );
    let record = r["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["text"] == "537")
        .unwrap();
    assert_eq!(
        record["incident"], "ukraine-2025-06-29",
        "the previous record is its own event"
    );
    let roles: Vec<&Value> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["verdict"] == "role_mismatch")
        .collect();
    assert!(
        roles.iter().any(|c| c["text"]
            .as_str()
            .unwrap()
            .contains("presidential candidate Donald Trump")),
        "{roles:?}"
    );
    assert!(
        roles
            .iter()
            .any(|c| c["text"].as_str().unwrap().contains("President Joe Biden")),
        "{roles:?}"
    );
}

#[test]
fn seed_004_is_the_24_april_strike_with_nine_killed_outdated_and_the_july_2024_comparison_apart() {
    let r = report("004_b1c98fba87abfd1e.txt");
    assert_eq!(r["incident"]["id"], "kyiv-2025-04-24");
    let counts: Vec<_> = figures(&r).into_iter().filter(|f| f.1 != "date").collect();
    assert_eq!(
        counts,
        expect(&[
            ("At least nine", "killed", "consistent"),
            ("over 70", "injured", "consistent"),
            ("nine", "killed", "outdated"),
            ("63", "injured", "outdated"),
            ("5000", "other", "unverified"),
            ("about two", "missing", "consistent"),
            ("some 70", "missiles", "consistent"),
            ("up to 150", "drones", "consistent"),
            ("at least 8", "killed", "consistent"),
            ("11", "missiles", "outdated"),
            ("37", "missiles", "consistent"),
            ("34", "killed", "outdated"),
            ("121", "injured", "consistent"),
            ("5", "other", "unverified"),
            ("21", "hospitalized", "outdated"),
            ("three", "hospitalized", "outdated"),
        ])
    );
    let july_2024 = r["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["text"] == "34")
        .unwrap();
    assert_eq!(july_2024["incident"], "kyiv-2024-07-08");
    let q = quotes(&r);
    assert!(
        q.contains(&(
            "Vladimir, STOP!".into(),
            Some("Donald Trump".into()),
            "exact".into()
        )),
        "{q:?}"
    );
    assert!(
        q.contains(&(
            "Russia has launched".into(),
            Some("State Emergency Service of Ukraine".into()),
            "exact".into()
        )),
        "{q:?}"
    );
    assert!(
        q.contains(&(
            "Mobile phones can".into(),
            Some("Ihor Klymenko".into()),
            "exact".into()
        )),
        "{q:?}"
    );
}
