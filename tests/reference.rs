//! The bundled reference set: it loads, every value a seed states is in it with the seed's exact
//! sentence, and the latest values are the ones later reports give.
#![cfg(not(target_arch = "wasm32"))]

use factcheck::figures::Category;
use factcheck::reference::{FigureSeries, Incident, Reference, Tier};

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
const S0: &str = "000_07d0504bfaebc798.txt";
const S1: &str = "001_5c0e9fa9b5372774.txt";
const S2: &str = "002_bd82c5051f033c0e.txt";
const S3: &str = "003_f1b6b5ba79f4232f.txt";
const S4: &str = "004_b1c98fba87abfd1e.txt";
const APRIL: &str = "kyiv-2025-04-24";
const JUNE: &str = "kyiv-2025-06-06";
const JULY: &str = "kyiv-2025-07-04";
const AUGUST: &str = "kyiv-2025-08-28";

fn seed(file: &str) -> String {
    std::fs::read_to_string(format!("{SEEDS}/{file}")).unwrap()
}

/// Every series of an incident, its related events' included.
fn all_series(incident: &Incident) -> impl Iterator<Item = &FigureSeries> {
    incident
        .figures
        .iter()
        .chain(incident.related.iter().flat_map(|r| &r.figures))
}

/// Number words the seeds use, so this test does not lean on the figure reader it checks.
const WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
];

fn states_value(sentence: &str, value: f64) -> bool {
    let digits = format!("{value}");
    let lower = sentence.to_lowercase();
    lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
        w == digits
            || w.replace(',', "") == digits
            || WORDS.iter().any(|(word, v)| w == *word && *v == value)
    })
}

#[test]
fn the_bundled_set_loads_with_the_four_fixed_incidents() {
    let r = Reference::bundled();
    let ids: Vec<&str> = r.incidents.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, [APRIL, JUNE, JULY, AUGUST]);
}

#[test]
fn the_bundled_set_passes_the_validation_it_skips_at_load() {
    // `Reference::bundled` does not validate; this is where the bundled text is validated.
    let validated = Reference::from_json(factcheck::reference::BUNDLED_JSON);
    assert_eq!(validated.as_ref().err(), None);
    assert_eq!(validated.ok(), Some(Reference::bundled()));
}

#[test]
fn every_seed_sourced_value_and_quote_is_found_verbatim_in_its_seed() {
    let r = Reference::bundled();
    let mut checked = 0;
    for incident in &r.incidents {
        for series in all_series(incident) {
            for report in &series.reports {
                let (Some(file), Some(sentence)) = (&report.source.seed, &report.source.sentence)
                else {
                    continue;
                };
                assert!(
                    seed(file).contains(sentence.as_str()),
                    "{file} does not contain {sentence:?}"
                );
                assert!(
                    states_value(sentence, report.value),
                    "{sentence:?} does not state {}",
                    report.value
                );
                checked += 1;
            }
        }
        for quote in &incident.quotes {
            if let (Some(file), Some(sentence)) = (&quote.source.seed, &quote.source.sentence) {
                assert!(
                    seed(file).contains(sentence.as_str()),
                    "{file} does not contain {sentence:?}"
                );
                assert!(
                    sentence.contains(quote.text.as_str()),
                    "{sentence:?} does not hold the quote {:?}",
                    quote.text
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 60, "only {checked} seed citations");
}

/// Every figure the five seeds state about the four strikes: (seed, a fragment of its sentence,
/// value, category, group, incident). A person curated this list by reading the seeds.
/// (seed, fragment, value, category, group, incident)
type Stated = (
    &'static str,
    &'static str,
    f64,
    Category,
    Option<&'static str>,
    &'static str,
);

const INVENTORY: &[Stated] = &[
    (
        S0,
        "killing at least 23 people in Kyiv",
        23.0,
        Category::Killed,
        None,
        AUGUST,
    ),
    (
        S0,
        "including four children",
        4.0,
        Category::Killed,
        Some("children"),
        AUGUST,
    ),
    (
        S0,
        "598 attack drones",
        598.0,
        Category::Drones,
        None,
        AUGUST,
    ),
    (S0, "31 missiles", 31.0, Category::Missiles, None, AUGUST),
    (
        S0,
        "eight people remain missing",
        8.0,
        Category::Missing,
        None,
        AUGUST,
    ),
    (
        S0,
        "53 others were injured",
        53.0,
        Category::Injured,
        None,
        AUGUST,
    ),
    (
        S0,
        "11-hour assault",
        11.0,
        Category::Duration,
        None,
        AUGUST,
    ),
    (
        S1,
        "leaving 19 people dead",
        19.0,
        Category::Killed,
        None,
        AUGUST,
    ),
    (
        S1,
        "at least 48 injured",
        48.0,
        Category::Injured,
        None,
        AUGUST,
    ),
    (
        S2,
        "killing at least four people",
        4.0,
        Category::Killed,
        None,
        JUNE,
    ),
    (
        S2,
        "killed at least four people",
        4.0,
        Category::Killed,
        None,
        JUNE,
    ),
    (
        S2,
        "injuring around 20",
        20.0,
        Category::Injured,
        None,
        JUNE,
    ),
    (S2, "injured around 20", 20.0, Category::Injured, None, JUNE),
    (S2, "around 400 drones", 400.0, Category::Drones, None, JUNE),
    (S2, "40 missiles", 40.0, Category::Missiles, None, JUNE),
    (
        S2,
        "Three emergency workers were killed",
        3.0,
        Category::Killed,
        Some("emergency workers"),
        JUNE,
    ),
    (
        S2,
        "at least 10 people were injured",
        10.0,
        Category::Injured,
        None,
        JUNE,
    ),
    (
        S3,
        "At least one person has been killed",
        1.0,
        Category::Killed,
        None,
        JULY,
    ),
    (S3, "26 others injured", 26.0, Category::Injured, None, JULY),
    (
        S3,
        "550 drones and 11 missiles",
        550.0,
        Category::Drones,
        None,
        JULY,
    ),
    (
        S3,
        "550 drones and 11 missiles",
        11.0,
        Category::Missiles,
        None,
        JULY,
    ),
    (
        S3,
        "previous high of 537 drones",
        537.0,
        Category::Drones,
        None,
        JULY,
    ),
    (
        S3,
        "Of the 550 drones launched overnight",
        550.0,
        Category::Drones,
        None,
        JULY,
    ),
    (
        S3,
        "72 managed to breach",
        72.0,
        Category::Breached,
        None,
        JULY,
    ),
    (
        S3,
        "more than eight hours",
        8.0,
        Category::Duration,
        None,
        JULY,
    ),
    (
        S4,
        "At least nine people have been reported killed",
        9.0,
        Category::Killed,
        None,
        APRIL,
    ),
    (S4, "over 70 injured", 70.0, Category::Injured, None, APRIL),
    (
        S4,
        "nine people were killed, 63 injured",
        9.0,
        Category::Killed,
        None,
        APRIL,
    ),
    (
        S4,
        "nine people were killed, 63 injured",
        63.0,
        Category::Injured,
        None,
        APRIL,
    ),
    (
        S4,
        "some 70 missiles",
        70.0,
        Category::Missiles,
        None,
        APRIL,
    ),
    (S4, "up to 150 drones", 150.0, Category::Drones, None, APRIL),
    (
        S4,
        "at least 8 people were killed",
        8.0,
        Category::Killed,
        None,
        APRIL,
    ),
    (
        S4,
        "11 Iskander-M/KN-23 ballistic missiles",
        11.0,
        Category::Missiles,
        None,
        APRIL,
    ),
    (S4, "37 Kh-101", 37.0, Category::Missiles, None, APRIL),
    (
        S4,
        "which left 34 people dead",
        34.0,
        Category::Killed,
        None,
        APRIL,
    ),
    (S4, "121 injured", 121.0, Category::Injured, None, APRIL),
    (
        S4,
        "21 people are hospitalized",
        21.0,
        Category::Hospitalized,
        None,
        APRIL,
    ),
    (
        S4,
        "including a pregnant woman and three children",
        3.0,
        Category::Hospitalized,
        Some("children"),
        APRIL,
    ),
    (
        S4,
        "two children who cannot be found",
        2.0,
        Category::Missing,
        Some("children"),
        APRIL,
    ),
];

#[test]
fn every_figure_the_seeds_state_is_in_the_reference_with_its_seed_sentence() {
    let r = Reference::bundled();
    for &(file, fragment, value, category, group, id) in INVENTORY {
        assert!(
            seed(file).contains(fragment),
            "{file} does not contain {fragment:?}"
        );
        let incident = r.incident(id).unwrap();
        let found = all_series(incident).any(|s| {
            s.category == category
                && s.group.as_deref() == group
                && s.reports.iter().any(|rep| {
                    rep.value == value
                        && rep.source.seed.as_deref() == Some(file)
                        && rep
                            .source
                            .sentence
                            .as_deref()
                            .is_some_and(|t| t.contains(fragment))
                })
        });
        assert!(
            found,
            "{id}: no {category:?} report of {value} citing {file}: {fragment:?}"
        );
    }
}

fn latest(
    id: &str,
    category: Category,
    scope: &str,
    group: Option<&str>,
    subtype: Option<&str>,
) -> f64 {
    let r = Reference::bundled();
    let s = r
        .incident(id)
        .unwrap()
        .figures
        .iter()
        .find(|s| {
            s.category == category
                && s.scope == scope
                && s.group.as_deref() == group
                && s.subtype.as_deref() == subtype
        })
        .unwrap_or_else(|| panic!("{id}: no {category:?} series in {scope}"));
    let order = s.latest_order();
    s.reports.iter().find(|r| r.order == order).unwrap().value
}

#[test]
fn the_latest_values_are_the_ones_later_reports_give() {
    assert_eq!(latest(APRIL, Category::Killed, "Kyiv", None, None), 13.0);
    assert_eq!(latest(APRIL, Category::Injured, "Kyiv", None, None), 87.0);
    assert_eq!(
        latest(APRIL, Category::Missiles, "Ukraine", None, None),
        70.0
    );
    assert_eq!(
        latest(APRIL, Category::Drones, "Ukraine", None, None),
        145.0
    );
    assert_eq!(latest(JUNE, Category::Killed, "Kyiv", None, None), 3.0);
    assert_eq!(latest(JUNE, Category::Drones, "Ukraine", None, None), 407.0);
    assert_eq!(
        latest(JUNE, Category::Missiles, "Ukraine", None, None),
        45.0
    );
    assert_eq!(
        latest(JUNE, Category::Injured, "Ternopil", None, None),
        11.0
    );
    assert_eq!(latest(JULY, Category::Killed, "Kyiv", None, None), 2.0);
    assert_eq!(latest(JULY, Category::Injured, "Kyiv", None, None), 26.0);
    assert_eq!(latest(JULY, Category::Drones, "Ukraine", None, None), 539.0);
    assert_eq!(latest(AUGUST, Category::Killed, "Kyiv", None, None), 25.0);
    assert_eq!(
        latest(AUGUST, Category::Killed, "Kyiv", Some("children"), None),
        4.0
    );
    assert_eq!(latest(AUGUST, Category::Injured, "Kyiv", None, None), 63.0);
    assert_eq!(
        latest(AUGUST, Category::Drones, "Ukraine", None, None),
        598.0
    );
    assert_eq!(
        latest(AUGUST, Category::Missiles, "Ukraine", None, None),
        31.0
    );
    assert_eq!(
        latest(
            AUGUST,
            Category::Intercepted,
            "Ukraine",
            None,
            Some("drones")
        ),
        563.0
    );
}

#[test]
fn every_value_history_is_in_time_order_with_one_latest_value() {
    let r = Reference::bundled();
    for incident in &r.incidents {
        for s in all_series(incident) {
            let orders: Vec<u32> = s.reports.iter().map(|r| r.order).collect();
            assert!(
                orders.windows(2).all(|w| w[0] <= w[1]),
                "{} {:?}: orders {orders:?}",
                incident.id,
                s.category
            );
        }
    }
}

#[test]
fn trump_was_president_not_a_candidate_on_4_july_2025() {
    let r = Reference::bundled();
    let trump = r.people.iter().find(|p| p.name == "Donald Trump").unwrap();
    let on = |date: &str| -> Vec<&str> {
        trump
            .roles
            .iter()
            .filter(|role| {
                role.from.as_str() <= date && role.to.as_deref().is_none_or(|to| date <= to)
            })
            .map(|role| role.role.as_str())
            .collect()
    };
    assert_eq!(on("2025-07-04"), ["President of the United States"]);
    assert_eq!(on("2024-07-04"), ["presidential candidate"]);
}

#[test]
fn the_bundled_set_is_formatted_as_the_writer_writes_it() {
    let text = include_str!("../src/reference/incidents.json");
    let written = Reference::from_json(text).unwrap().to_json();
    let first_difference = text.lines().zip(written.lines()).position(|(a, b)| a != b);
    assert_eq!(
        first_difference,
        None,
        "line {:?}",
        first_difference.map(|n| n + 1)
    );
    assert_eq!(text, written);
}

#[test]
fn explanations_cite_who_said_it_via_its_outlet_the_closest_source_first() {
    let report = factcheck::check(&seed(S0), &Reference::bundled());
    let figure = |text: &str| report.figures.iter().find(|f| f.text == text).unwrap();
    let killed = figure("at least 23");
    assert!(
        killed
            .explanation
            .contains("25 killed in Kyiv (Volodymyr Zelensky, via RBC-Ukraine, 29 Aug 2025)"),
        "{}",
        killed.explanation
    );
    let latest = killed.reference.iter().find(|v| v.latest).unwrap();
    assert_eq!(latest.said_by.as_deref(), Some("Volodymyr Zelensky"));
    assert_eq!(latest.outlet.as_deref(), Some("RBC-Ukraine"));
    assert_eq!(latest.tier, Some(Tier::Outlet));
    // The seed (an aggregator) and the Kyiv Independent both give 31: the outlet is cited.
    let missiles = figure("31");
    assert!(
        missiles.explanation.ends_with(
            "31 missiles across Ukraine (Ukrainian Air Force, via Kyiv Independent, 28 Aug 2025)."
        ),
        "{}",
        missiles.explanation
    );
}
