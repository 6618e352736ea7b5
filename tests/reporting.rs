//! Real reporting (`tests/fixtures/reporting/`): reports on the four strikes by outlets the rules
//! were not written against, stored as quoted sentences with gold written before the engine was
//! run on them. Each is judged against the reference set without its own reports (a text cannot
//! confirm itself). Prints accuracy per failure class and per split, and fails below the
//! floors of issue 23 or on any `conflicting` the gold does not give, and on any red flag on
//! the swept reports (`sweep.json`) that is not among those read there. Recall counts the figures
//! a fact-checker checks: a gold `other` (a year, an hour of the day, a count of buildings) that
//! the engine does not list is not missed.
#![cfg(not(target_arch = "wasm32"))]

use factcheck::{Checker, Reference};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/reporting");

/// The floors this corpus is held to today, a ratchet: raise them as the reading improves,
/// never lower them for the same corpus. Issue 23 asks for figure recall 0.97, category 0.97,
/// scope 0.95 and verdict agreement 0.95 over the whole corpus. On 2026-12-06, over its 121
/// texts (fresh set 5 included, see the corpus README), the engine reads 0.990, 0.974, 0.953
/// and 0.955 (the blind split 0.978, 0.925, 0.887 and 0.910). Recall is held at 0.99, above
/// the 0.97: with months read as dates (later on 2026-12-06) it is 0.996.
const FLOORS: [(&str, f64); 4] = [
    ("figure recall", 0.99),
    ("category", 0.97),
    ("scope", 0.95),
    ("verdict agreement", 0.95),
];

/// False `conflicting` verdicts allowed per split: none. The blind split had one until the
/// scope rules of 2026-12-05 (a possessive country, a later clause's place); it was never read.
/// Fresh set 6 had one (a day of "the night of June 5 and 6" read as drones), fixed. Fresh set 7
/// had none when measured blind.
const FALSE_FLAGS_ALLOWED: [(&str, usize); 6] = [
    ("dev", 0),
    ("blind", 0),
    ("fresh6", 0),
    ("fresh7", 0),
    ("fresh16", 0),
    ("fresh16-non-english", 0),
];

/// Fresh sets measured once blind and read since, kept out of [`FLOORS`] until their misses are
/// worked through; each is 24 reports from outlets new to the corpus (2026-12-06). Fresh set 6
/// read 0.960, 0.901, 0.880 and 0.890 blind; fresh set 7 0.990, 0.959, 0.868 and 0.888; fresh
/// set 16's 18 in English 0.992, 0.909, 0.792 and 0.851 (its six in other languages are in
/// [`OTHER_LANGUAGES`]). Their figures are printed apart, their claims count in
/// [`CLAIM_FLOORS`], and they are held to no false `conflicting` like every split.
const NOT_YET_FLOORED: [&str; 3] = ["fresh6", "fresh7", "fresh16"];

/// Reports in other languages than English, which the engine does not read (its cue words are
/// English): scored and printed apart, outside every floor, figures' and claims' alike, and held
/// to no false `conflicting` like every split. Fresh set 16's six (2026-12-06).
const OTHER_LANGUAGES: [&str; 1] = ["fresh16-non-english"];

/// Claim verdicts that agree with the gold, by kind, a ratchet as above: on 2026-12-05 (late),
/// 207 of 214 roles, each read on its own (a role in a text of no strike is consistent when
/// held on every strike's date) and 171 of 180 quotes (one-word quotations, "STOP!", are not
/// read as quotations). With fresh set 5 (2026-12-06): 320 of 331 roles, 285 of 305 quotes
/// (two short paraphrases, "harsh, sleepless night", now unknown rather than altered). With
/// fresh set 16 and titles as outlets write them (2026-12-06): 491 of 497 roles, 483 of 504
/// quotes, in English.
const CLAIM_FLOORS: [(&str, f64); 2] = [("role", 0.98), ("quote", 0.95)];

/// Counts of one slice of the corpus (a split, a class).
#[derive(Default)]
struct Tally {
    figures: usize,
    found: usize,
    category: usize,
    scoped: usize,
    scope: usize,
    verdict: usize,
    false_conflicting: usize,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.figures += other.figures;
        self.found += other.found;
        self.category += other.category;
        self.scoped += other.scoped;
        self.scope += other.scope;
        self.verdict += other.verdict;
        self.false_conflicting += other.false_conflicting;
    }

    fn rates(&self) -> [(&'static str, f64); 4] {
        let r = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        [
            ("figure recall", r(self.found, self.figures)),
            ("category", r(self.category, self.found)),
            ("scope", r(self.scope, self.scoped)),
            ("verdict agreement", r(self.verdict, self.found)),
        ]
    }

    fn line(&self) -> String {
        let rates = self
            .rates()
            .map(|(n, v)| format!("{n} {:.3}", v))
            .join(", ");
        format!(
            "{} figures, {rates}, false conflicting {}",
            self.figures, self.false_conflicting
        )
    }
}

/// The gold entries of every `gold*.json` file, in file order.
fn gold() -> Vec<Value> {
    let mut files: Vec<_> = fs::read_dir(DIR)
        .expect("the reporting fixtures")
        .map(|e| e.expect("an entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with("gold") && name.ends_with(".json")
        })
        .collect();
    files.sort();
    files
        .iter()
        .flat_map(|p| {
            let json: Value = serde_json::from_str(&fs::read_to_string(p).expect("gold"))
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            json["reports"].as_array().cloned().unwrap_or_default()
        })
        .collect()
}

/// The bundled set without the reports that `url` is the source of.
fn reference_without(url: &str) -> Reference {
    let mut reference = Reference::bundled();
    let same = |u: &Option<String>| u.as_deref().is_some_and(|u| same_url(u, url));
    for incident in &mut reference.incidents {
        for series in &mut incident.figures {
            series.reports.retain(|r| !same(&r.source.url));
        }
        incident.figures.retain(|s| !s.reports.is_empty());
        incident.quotes.retain(|q| !same(&q.source.url));
    }
    reference
}

fn same_url(a: &str, b: &str) -> bool {
    let plain = |u: &str| {
        u.trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_start_matches("www.")
            .trim_end_matches('/')
            .to_ascii_lowercase()
    };
    plain(a) == plain(b)
}

/// The quoted sentences of the report `id`.
fn text_of(id: &str) -> String {
    fs::read_to_string(format!("{DIR}/texts/{id}.txt")).unwrap_or_else(|e| panic!("{id}: {e}"))
}

/// The gold reports that may be read while the rules change: in English, outside the blind
/// split.
fn readable_gold() -> impl Iterator<Item = Value> {
    gold().into_iter().filter(|r| {
        let split = r["split"].as_str().unwrap_or("dev");
        split != "blind" && !OTHER_LANGUAGES.contains(&split)
    })
}

/// The UTF-16 offsets of the `nth` (1-based) occurrence of `at` in `text`.
fn occurrence(text: &str, at: &str, nth: usize) -> Option<(usize, usize)> {
    let (start, _) = text.match_indices(at).nth(nth.checked_sub(1)?)?;
    let utf16 = |b: usize| text[..b].encode_utf16().count();
    Some((utf16(start), utf16(start + at.len())))
}

#[test]
fn the_engine_reads_real_reporting_as_the_gold_does() {
    let reports = gold();
    let mut splits: BTreeMap<String, Tally> = BTreeMap::new();
    let mut classes: BTreeMap<String, Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    // By claim kind: (gold claims, claims whose verdict agrees), in English and in
    // [`OTHER_LANGUAGES`].
    let mut claim_tallies: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut other_languages: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for report in &reports {
        let id = report["id"].as_str().expect("an id");
        let text = text_of(id);
        let url = report["url"].as_str().unwrap_or("");
        let checker = Checker::new(reference_without(url));
        let found = serde_json::to_value(checker.check(&text)).expect("a report");
        let figures = found["figures"].as_array().cloned().unwrap_or_default();
        let split = report["split"].as_str().unwrap_or("dev").to_string();
        let claims = found["claims"].as_array().cloned().unwrap_or_default();
        for (kind, list) in [("role", "roles"), ("quote", "quotes")] {
            for g in report[list].as_array().into_iter().flatten() {
                let at = g["at"].as_str().expect("at");
                let nth = g["nth"].as_u64().unwrap_or(1) as usize;
                let Some((start, end)) = occurrence(&text, at, nth) else {
                    panic!("{id}: \"{at}\" #{nth} is not in the text");
                };
                let want = g["verdict"].as_str().unwrap_or("");
                // The narrowest claim: a quotation's own rather than its sentence's.
                let claim = claims
                    .iter()
                    .filter(|c| {
                        let (s, e) = (
                            c["start"].as_u64().unwrap() as usize,
                            c["end"].as_u64().unwrap() as usize,
                        );
                        s < end
                            && start < e
                            && c["kinds"]
                                .as_array()
                                .is_some_and(|k| k.iter().any(|k| k == kind))
                    })
                    .min_by_key(|c| c["end"].as_u64().unwrap() - c["start"].as_u64().unwrap());
                let overlaps = |v: &Value| {
                    (v["start"].as_u64().unwrap() as usize) < end
                        && start < v["end"].as_u64().unwrap() as usize
                };
                // A role is read on its own: a sentence may give two people titles.
                let got = match kind {
                    "role" => claim
                        .and_then(|c| c["roles"].as_array()?.iter().find(|r| overlaps(r)))
                        .and_then(|r| r["verdict"].as_str()),
                    _ => claim.and_then(|c| c["verdict"].as_str()),
                }
                .unwrap_or("unknown");
                // A role the set does not know is not checked: no role verdict is right.
                let right = got == want || (want == "unknown" && got != "role_mismatch");
                let tallies = match OTHER_LANGUAGES.contains(&split.as_str()) {
                    true => &mut other_languages,
                    false => &mut claim_tallies,
                };
                let tally = tallies.entry(kind).or_insert((0, 0));
                tally.0 += 1;
                tally.1 += usize::from(right);
                if !right && split != "blind" {
                    misses.push(format!(
                        "[{split}] {id}: {kind} \"{at}\" read {got}, gold {want}"
                    ));
                }
            }
        }
        for g in report["figures"].as_array().into_iter().flatten() {
            let at = g["at"].as_str().expect("at");
            let nth = g["nth"].as_u64().unwrap_or(1) as usize;
            let (start, end) = occurrence(&text, at, nth)
                .unwrap_or_else(|| panic!("{id}: \"{at}\" #{nth} is not in the text"));
            let class = match &g["class"] {
                Value::Null => "none".to_string(),
                c => c.to_string(),
            };
            let engine = figures.iter().find(|f| {
                let (s, e) = (
                    f["start"].as_u64().unwrap() as usize,
                    f["end"].as_u64().unwrap() as usize,
                );
                s < end && start < e
            });
            let want = |k: &str| g[k].as_str().unwrap_or("").to_string();
            // This figure's counts, added to its split's and its class's.
            let mut one = Tally {
                figures: 1,
                ..Tally::default()
            };
            match engine {
                // A number that counts nothing the reference tracks (a year, an hour, a
                // building) need not be a figure; when the engine lists one, it must read it
                // as `other`.
                None if g["category"] == "other" => continue,
                None => misses.push(format!(
                    "[{split}] {id}: missed \"{at}\" ({})",
                    want("category")
                )),
                Some(f) => {
                    let got = |k: &str| f[k].as_str().unwrap_or("").to_string();
                    let category_right = got("category") == want("category");
                    let scoped = !matches!(want("category").as_str(), "date" | "other" | "");
                    let scope_right = got("scope").eq_ignore_ascii_case(&want("scope"));
                    // A judged verdict agrees only about the gold's incident: "4 killed" read
                    // as outdated against another strike's toll is right by chance.
                    let judged = !matches!(want("verdict").as_str(), "unverified" | "");
                    let verdict_right = got("verdict") == want("verdict")
                        && (!judged || got("incident") == want("incident"));
                    let false_conflicting =
                        got("verdict") == "conflicting" && want("verdict") != "conflicting";
                    one.found = 1;
                    one.category = usize::from(category_right);
                    one.scoped = usize::from(scoped);
                    one.scope = usize::from(scoped && scope_right);
                    one.verdict = usize::from(verdict_right);
                    one.false_conflicting = usize::from(false_conflicting);
                    if !(category_right && (!scoped || scope_right) && verdict_right) {
                        misses.push(format!(
                            "[{split}] {id}: \"{at}\" read {} / {} / {} ({}), gold {} / {} / {} ({}){}",
                            got("category"),
                            got("scope"),
                            got("verdict"),
                            got("incident"),
                            want("category"),
                            want("scope"),
                            want("verdict"),
                            want("incident"),
                            if false_conflicting {
                                "  FALSE CONFLICTING"
                            } else {
                                ""
                            }
                        ));
                    }
                }
            }
            splits.entry(split.clone()).or_default().add(&one);
            classes.entry(class).or_default().add(&one);
        }
    }
    let (mut all, mut floored) = (Tally::default(), Tally::default());
    for (split, t) in &splits {
        all.add(t);
        if ![&NOT_YET_FLOORED[..], &OTHER_LANGUAGES]
            .concat()
            .contains(&split.as_str())
        {
            floored.add(t);
        }
    }
    println!("real reporting, {} reports", reports.len());
    println!("  all:   {}", all.line());
    println!(
        "  all but {NOT_YET_FLOORED:?} and {OTHER_LANGUAGES:?} (floored): {}",
        floored.line()
    );
    for (split, t) in &splits {
        println!("  {split}: {}", t.line());
    }
    for (class, t) in &classes {
        println!("  class {class}: {}", t.line());
    }
    for (kind, (n, right)) in &claim_tallies {
        println!("  {kind}s: {right} of {n} verdicts agree with the gold");
    }
    for (kind, (n, right)) in &other_languages {
        println!("  {kind}s in {OTHER_LANGUAGES:?}: {right} of {n} verdicts agree with the gold");
    }
    // The blind split is scored, never shown: its misses would tune the rules to it.
    for m in misses.iter().filter(|m| !m.starts_with("[blind]")) {
        println!("  {m}");
    }
    let below: Vec<String> = (floored.rates().iter().zip(FLOORS))
        .filter(|((_, v), (_, floor))| v < floor)
        .map(|((n, v), (_, floor))| format!("{n} {v:.3} < {floor}"))
        .collect();
    assert!(
        reports.len() >= 40,
        "the corpus holds {} reports",
        reports.len()
    );
    for (split, allowed) in FALSE_FLAGS_ALLOWED {
        let found = splits.get(split).map_or(0, |t| t.false_conflicting);
        assert!(
            found <= allowed,
            "{found} false conflicting verdicts on the {split} split, at most {allowed} allowed"
        );
    }
    assert!(below.is_empty(), "below the floors: {below:?}");
    for (kind, floor) in CLAIM_FLOORS {
        let (n, right) = claim_tallies.get(kind).copied().unwrap_or((0, 0));
        let rate = right as f64 / n.max(1) as f64;
        assert!(
            rate >= floor,
            "{kind} verdicts agree {rate:.3}, below {floor}"
        );
    }
}

/// Reports collected without gold (`sweep.json`, 219 of them from outlets new to the corpus on
/// 2026-12-06) and read for their red flags alone: every `conflicting` figure, `altered` quote
/// and `role_mismatch` the engine gave was read against the text and the reference set, and
/// those found earned are listed there with why. Nine were false and are fixed ("nine of them
/// ballistic" judged against all 31 missiles; Trump's "I don't know." called an altered "I
/// don't think …"; two tolls of strikes "on the Ukrainian capital Kyiv and across the country"
/// judged against Kyiv's; "nine missiles and 63 drones fired later in the day" judged against
/// the night's launch; Trump's "I don't think he's looking to stop" called an altered "ready to
/// stop"; drones that "managed to strike targets" read as launched; Leavitt's words as she said
/// them called altered; three children killed taken for another strike's 3 killed). Any other
/// red flag on these reports fails: it has not been read.
#[test]
fn the_only_red_flags_on_swept_reports_are_the_reviewed_ones() {
    let sweep: Value = serde_json::from_str(
        &fs::read_to_string(format!("{DIR}/sweep.json")).expect("the swept reports"),
    )
    .expect("sweep.json");
    let reports = sweep["reports"].as_array().expect("reports");
    assert!(reports.len() >= 219, "{} swept reports", reports.len());
    let mut unread = Vec::new();
    for report in reports {
        let id = report["id"].as_str().expect("an id");
        let text = text_of(id);
        let checker = Checker::new(reference_without(report["url"].as_str().unwrap_or("")));
        let found = serde_json::to_value(checker.check(&text)).expect("a report");
        let figures = found["figures"].as_array().into_iter().flatten();
        let claims = found["claims"].as_array().into_iter().flatten();
        let roles = claims
            .clone()
            .flat_map(|c| c["roles"].as_array().into_iter().flatten());
        // Each kind's red flag: a figure conflicting, a quote altered, a role mismatched.
        let flags = (figures.map(|f| ("figure", "conflicting", f)))
            .chain(claims.map(|c| ("quote", "altered", c)))
            .chain(roles.map(|r| ("role", "role_mismatch", r)))
            .filter(|(_, red, f)| f["verdict"].as_str() == Some(*red))
            .map(|(kind, _, f)| (kind, f));
        for (kind, flag) in flags {
            let (at, verdict) = (flag["text"].as_str(), flag["verdict"].as_str());
            let reviewed = report["flags"].as_array().into_iter().flatten().any(|r| {
                r["kind"].as_str() == Some(kind)
                    && r["at"].as_str() == at
                    && r["verdict"].as_str() == verdict
            });
            if !reviewed {
                unread.push(format!("{id}: {kind} {at:?} {verdict:?}"));
            }
        }
    }
    assert!(unread.is_empty(), "red flags no one has read: {unread:#?}");
}

/// Two reports of different strikes pasted together, as an editor pastes a round-up's parts:
/// no figure that is not `conflicting` in its own report may be `conflicting` in the two
/// together. Each report is paired with two others, picked by fixed strides through the gold
/// (the blind split and other languages left out). With the seed articles pasted together,
/// correct figures of the other strikes had turned red (issue 23, class 8). On 2026-12-06, 55
/// figures in 242 pairs did before a figure that only another strike of the set reported was
/// `unverified`; 4 after it (counts of the 9 July strike, which the set does not hold); none
/// since a weekday or a place in a paragraph no longer ties it to the text's strike.
#[test]
fn pasting_two_reports_of_different_strikes_turns_no_figure_red() {
    let reports: Vec<Value> = readable_gold()
        .filter(|r| r["incidents"].as_array().is_some_and(|i| i.len() == 1))
        .collect();
    let checker = Checker::new(Reference::bundled());
    // Each figure's (start, text) that is red in a text.
    let red = |text: &str| -> Vec<(usize, String)> {
        (checker.check(text).figures.into_iter())
            .filter(|f| f.verdict.name() == "conflicting")
            .map(|f| (f.start, f.text))
            .collect()
    };
    let texts: Vec<String> = reports
        .iter()
        .map(|r| text_of(r["id"].as_str().unwrap()))
        .collect();
    let alone: Vec<Vec<(usize, String)>> = texts.iter().map(|t| red(t)).collect();
    let n = reports.len();
    let (mut pairs, mut gained) = (0, Vec::new());
    for (a, b) in (0..n).flat_map(|a| [(a, (a * 37 + 11) % n), (a, (a * 53 + 29) % n)]) {
        if reports[a]["incidents"] == reports[b]["incidents"] {
            continue;
        }
        pairs += 1;
        let (first, second) = (texts[a].trim_end(), texts[b].trim());
        let pasted = format!("{first}\n\n{second}");
        let shift = first.encode_utf16().count() + 2;
        for (start, text) in red(&pasted) {
            let (k, start) = match start < shift {
                true => (a, start),
                false => (b, start - shift),
            };
            if !alone[k].contains(&(start, text.clone())) {
                let ids = (&reports[a]["id"], &reports[b]["id"]);
                gained.push(format!(
                    "{} + {}: {text:?} of {}",
                    ids.0, ids.1, reports[k]["id"]
                ));
            }
        }
    }
    println!(
        "{pairs} pairs pasted, {} figures turned red: {gained:#?}",
        gained.len()
    );
    assert!(pairs >= 100, "{pairs} pairs");
    assert!(
        gained.is_empty(),
        "figures red only when pasted: {gained:#?}"
    );
}

/// Red flags that a paragraph of a real report shows when re-checked alone, as the widget
/// re-checks the paragraph being typed in (the document's strike, or the strike its figures
/// were judged against, given as context), and that the whole report's check does not give:
/// at most this many, a ratchet. On 2026-12-06, 5 in 1,248 paragraphs ("15 killed, dozens
/// wounded" of 17 June judged against 24 April; "550 missiles raining down", read as missiles;
/// "Two children among dead" of 28 August; SES's "three deaths" of 6 June; Overview Press's
/// "more than 1,000" drones by the fall). The whole check had left them unsettled: no clue of
/// the strike in their paragraph or lede; a part, given its strike, is tied to it everywhere.
/// Each shows until the full check after the keystroke (at most 150 ms later) replaces it.
const RECHECK_RED_FLAGS_ALLOWED: usize = 5;

#[test]
fn a_paragraph_rechecked_alone_raises_few_red_flags_its_whole_report_does_not() {
    let reference = Reference::bundled();
    let strikes: Vec<&str> = reference.incidents.iter().map(|i| i.id.as_str()).collect();
    let mut gained = Vec::new();
    let mut paragraphs = 0;
    for report in readable_gold() {
        let id = report["id"].as_str().expect("an id");
        let text = text_of(id);
        let text = text.trim();
        let whole = factcheck::check(text, &reference);
        // The UTF-16 offsets of the paragraph, as the report gives them.
        let utf16 = |b: usize| text[..b].encode_utf16().count();
        let mut start = 0;
        for paragraph in text.split('\n') {
            let end = start + paragraph.len();
            let (from, to) = (utf16(start), utf16(end));
            let own: Vec<_> = (whole.figures.iter())
                .filter(|f| f.start >= from && f.end <= to)
                .collect();
            // As the widget chooses it: the strike of the paragraph's first judged figure.
            let incident = (own.iter())
                .filter_map(|f| f.incident.as_deref())
                .find(|i| strikes.contains(i))
                .or(whole.incident.as_ref().map(|i| i.id.as_str()));
            let context = factcheck::Context {
                incident,
                speaker: None,
            };
            paragraphs += usize::from(!paragraph.trim().is_empty());
            let part = factcheck::check_part(paragraph, &reference, &context);
            for f in part
                .figures
                .iter()
                .filter(|f| f.verdict.name() == "conflicting")
            {
                let red_before = own
                    .iter()
                    .any(|g| g.start == f.start + from && g.verdict == f.verdict);
                if !red_before {
                    gained.push(format!("{id}: {:?} in {paragraph:?}", f.text));
                }
            }
            start = end + 1;
        }
    }
    println!(
        "{paragraphs} paragraphs re-checked alone, {} red flags the whole check did not give: \
         {gained:#?}",
        gained.len()
    );
    assert!(paragraphs >= 1000, "{paragraphs} paragraphs");
    assert!(
        gained.len() <= RECHECK_RED_FLAGS_ALLOWED,
        "red flags only when re-checked alone: {gained:#?}"
    );
}
