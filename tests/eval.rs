//! The evaluation texts in `tests/fixtures/eval/`: sentences written for this project about the
//! four strikes, with right, revised and wrong figures. `expected.json` states every figure's
//! category and verdict; extraction must find at least 95% of them with the right category,
//! and every verdict on a found figure must be right.
#![cfg(not(target_arch = "wasm32"))]

use factcheck::Reference;
use serde_json::Value;

const EVAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/eval");

struct Outcome {
    annotated: usize,
    found: usize,
    wrong: Vec<String>,
}

fn evaluate(file: &Value, reference: &Reference) -> Outcome {
    let name = file["file"].as_str().unwrap();
    let text = std::fs::read_to_string(format!("{EVAL}/{name}")).unwrap();
    let report = serde_json::to_value(factcheck::check(&text, reference)).unwrap();
    let mut wrong = Vec::new();
    let incident = report["incident"]["id"].as_str();
    if incident != file["incident"].as_str() {
        wrong.push(format!(
            "{name}: incident {incident:?}, expected {}",
            file["incident"]
        ));
    }
    let figures = report["figures"].as_array().unwrap();
    let annotated = file["figures"].as_array().unwrap();
    let (mut at, mut found) = (0, 0);
    for a in annotated {
        let (want, category, verdict) = (a[0].as_str().unwrap(), &a[1], &a[2]);
        let hit = figures[at..]
            .iter()
            .position(|f| f["text"].as_str().unwrap().contains(want) && &f["category"] == category);
        let Some(offset) = hit else {
            let seen: Vec<String> = figures
                .iter()
                .filter(|f| f["text"].as_str().unwrap().contains(want))
                .map(|f| format!("{} as {}", f["text"], f["category"]))
                .collect();
            wrong.push(format!(
                "{name}: missed \"{want}\" as {category} (read: {seen:?})"
            ));
            continue;
        };
        for extra in &figures[at..at + offset] {
            if extra["category"] != "other" || extra["verdict"] != "unverified" {
                wrong.push(format!(
                    "{name}: unexpected figure {} {} {}",
                    extra["text"], extra["category"], extra["verdict"]
                ));
            }
        }
        let f = &figures[at + offset];
        found += 1;
        if &f["verdict"] != verdict {
            wrong.push(format!(
                "{name}: \"{want}\" is {}, expected {verdict}: {}",
                f["verdict"], f["explanation"]
            ));
        }
        at += offset + 1;
    }
    for extra in &figures[at..] {
        if extra["category"] != "other" || extra["verdict"] != "unverified" {
            wrong.push(format!(
                "{name}: unexpected figure {} {} {}",
                extra["text"], extra["category"], extra["verdict"]
            ));
        }
    }
    Outcome {
        annotated: annotated.len(),
        found,
        wrong,
    }
}

#[test]
fn extraction_finds_95_percent_of_the_evaluation_figures_and_every_verdict_is_right() {
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{EVAL}/expected.json")).unwrap())
            .unwrap();
    let reference = Reference::bundled();
    let (mut annotated, mut found, mut wrong) = (0, 0, Vec::new());
    for file in expected["files"].as_array().unwrap() {
        let o = evaluate(file, &reference);
        annotated += o.annotated;
        found += o.found;
        wrong.extend(o.wrong);
    }
    let recall = found as f64 / annotated as f64;
    println!(
        "evaluation: {found} of {annotated} figures found with the right category ({:.1}%)",
        recall * 100.0
    );
    let misses: Vec<&String> = wrong.iter().filter(|w| w.contains(": missed")).collect();
    let errors: Vec<&String> = wrong.iter().filter(|w| !w.contains(": missed")).collect();
    assert!(
        recall >= 0.95,
        "recall {:.1}% below 95%:\n{}",
        recall * 100.0,
        misses
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(
        errors.is_empty(),
        "wrong verdicts, incidents or figures:\n{}",
        errors
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}
