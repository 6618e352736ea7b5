//! The city is data: a reference set about a strike on Kharkiv is judged as one about Kyiv is,
//! the struck city, the default scope and the districts all coming from the set.
#![cfg(not(target_arch = "wasm32"))]

use factcheck::verdict::Verdict;
use factcheck::Reference;

/// Two invented strikes, one on Kharkiv (11 June) and one on Kyiv (25 June), with the same
/// figures: killed 3, then 4; 60 injured; 48 drones.
const SET: &str = include_str!("fixtures/cities/kharkiv-and-kyiv.json");

/// The incident found and (text, verdict, scope) of each counted figure of one report about a
/// strike on `city`, in `district`, on `day` June.
fn judged(city: &str, district: &str, day: u32) -> (String, Vec<(String, Verdict, String)>) {
    let text = format!(
        "A Russian strike on {city} overnight on Wednesday, {day} June, killed three people in \
         the {district} district, the mayor said. Later the toll rose: the strike killed four \
         people and injured 60. Russia launched 48 drones at {city}. The strike on {city} killed \
         19 people, a blogger claimed."
    );
    let report = factcheck::check(&text, &Reference::from_json(SET).unwrap());
    let figures = (report.figures.iter())
        .filter(|f| f.category.name() != "date")
        .map(|f| (f.text.clone(), f.verdict, f.scope.clone()))
        .collect();
    (report.incident.unwrap().id, figures)
}

fn expected(city: &str) -> Vec<(String, Verdict, String)> {
    [
        ("three", Verdict::Outdated, city),
        ("four", Verdict::Consistent, city),
        ("60", Verdict::Consistent, city),
        // Weapons the text counts at the struck city: the set counts them for the country,
        // and the city, a target's name, settles no scope to call them wrong against.
        ("48", Verdict::Unverified, city),
        ("19", Verdict::Conflicting, city),
    ]
    .map(|(t, v, s)| (t.to_string(), v, s.to_string()))
    .to_vec()
}

#[test]
fn a_strike_on_kharkiv_is_judged_with_kharkiv_as_the_struck_city() {
    let (incident, figures) = judged("Kharkiv", "Slobidskyi", 11);
    assert_eq!(incident, "kharkiv-test");
    assert_eq!(figures, expected("Kharkiv"));
}

#[test]
fn a_strike_on_kyiv_in_the_same_set_is_judged_the_same_way() {
    let (incident, figures) = judged("Kyiv", "Darnytskyi", 25);
    assert_eq!(incident, "kyiv-test");
    assert_eq!(figures, expected("Kyiv"));
}

#[test]
fn explanations_name_the_struck_city_and_who_said_the_latest_value() {
    let text = "The strike on Kharkiv on 11 June killed four people.";
    let report = factcheck::check(text, &Reference::from_json(SET).unwrap());
    let four = report.figures.iter().find(|f| f.text == "four").unwrap();
    assert!(
        four.explanation.ends_with(
            "4 killed in Kharkiv (Kharkiv Regional Military Administration, via Test Wire, \
             11 Jun 2025 12:00+03:00)."
        ),
        "{}",
        four.explanation
    );
}
