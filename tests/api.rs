//! The public API, one short case per behaviour: `check(text)` on a sentence, and the figure
//! it should find with its category and verdict.
#![cfg(not(target_arch = "wasm32"))]

use factcheck::report::{FigureReport, Report};
use factcheck::verdict::Verdict;
use factcheck::Reference;
use std::sync::LazyLock;

static REFERENCE: LazyLock<Reference> = LazyLock::new(Reference::bundled);

fn report(text: &str) -> Report {
    factcheck::check(text, &REFERENCE)
}

fn figure<'r>(report: &'r Report, text: &str) -> &'r FigureReport {
    report
        .figures
        .iter()
        .find(|f| f.text == text)
        .unwrap_or_else(|| panic!("no figure {text:?} in {:#?}", report.figures))
}

/// `verdict!(name, "text", "figure" => category, verdict)`: the figure is read in that category
/// and gets that verdict.
macro_rules! verdict {
    ($name:ident, $text:expr, $figure:expr => $category:literal, $verdict:ident) => {
        #[test]
        fn $name() {
            let r = report($text);
            let f = figure(&r, $figure);
            assert_eq!(
                serde_json::to_value(f.category).unwrap(),
                $category,
                "{f:#?}"
            );
            assert_eq!(f.verdict, Verdict::$verdict, "{f:#?}");
        }
    };
}

const AUGUST: &str = "On Thursday Russia killed at least 23 people in Kyiv, including four children, \
                      firing 598 attack drones and 31 missiles; the British Council and the EU delegation were hit.";
const APRIL: &str =
    "Nine people were killed in Kyiv on 24 April 2025 when ballistic missiles hit Sviatoshynskyi.";

verdict!(at_least_23_killed_holds_the_latest_toll_of_25, AUGUST, "at least 23" => "killed", Consistent);
verdict!(four_children_is_a_sub_count_not_the_total, AUGUST, "four" => "killed", Consistent);
verdict!(drones_are_judged_against_the_air_force_count, AUGUST, "598" => "drones", Consistent);
verdict!(nine_killed_on_24_april_was_revised_to_13, APRIL, "Nine" => "killed", Outdated);
verdict!(drones_said_to_hit_the_country_are_the_attack_not_a_breach,
    "On 4 July 2025, 539 drones hit Ukraine in the largest attack of the war.", "539" => "drones", Consistent);
verdict!(weapons_fired_later_in_the_day_are_not_the_nights_launch,
    "Attacks were recorded in eight areas across Ukraine on 4 July 2025, including nine missiles \
     and 63 drones fired later in the day.", "nine" => "missiles", Unverified);
verdict!(weapons_that_managed_to_strike_targets_got_through,
    "Russia fired 539 drones and 11 missiles at Ukraine on 4 July 2025. Despite air defences, 63 drones \
     and nine missiles managed to strike targets across eight regions of the country.",
    "nine" => "breached", Consistent);
verdict!(a_later_strike_dated_by_a_when_clause_is_not_judged_as_this_one,
    "Russia killed 25 people in Kyiv on 28 August 2025. The record was broken again on September 7, \
     when Russia launched 810 drones and 13 missiles, killing four people, including two in Kyiv.",
    "four" => "killed", Unverified);
verdict!(weapons_of_a_sentence_opening_days_later_are_another_attacks,
    "Russia launched 539 drones and 11 missiles at Ukraine on 4 July 2025. Five days later, it \
     launched 728 drones and 13 missiles.", "728" => "drones", Unverified);
verdict!(a_count_since_the_start_of_a_month_is_a_periods_not_the_strikes,
    "Russia launched 539 drones and 11 missiles at Ukraine on 4 July 2025. Since the start of July, \
     Russia has launched more than 1,800 drones at Ukraine.", "more than 1,800" => "drones", Unverified);
verdict!(a_weekly_total_zelensky_gives_is_not_the_nights_launch,
    "Russia launched 598 drones and 31 missiles at Ukraine on 28 August 2025. Zelensky said that \
     during the week, Russia used about 1,800 attack drones and more than 60 missiles.",
    "more than 60" => "missiles", Unverified);
verdict!(hours_that_are_not_the_attacks_are_no_duration_to_judge,
    "In Kyiv on 28 August 2025, rescuers worked for over 24 hours to pull bodies from the rubble.",
    "over 24" => "duration", Unverified);
verdict!(fewer_interceptions_than_reported_may_be_those_shot_down_alone,
    "On 4 July 2025, air defenses destroyed 270 drones over Ukraine, while 208 drones disappeared \
     from radar.", "270" => "intercepted", Unverified);
verdict!(a_toll_counted_later_in_the_day_is_still_the_strikes,
    "Russia struck Kyiv on 4 July 2025. Later that day, officials said 26 people were injured in Kyiv.",
    "26" => "injured", Consistent);
verdict!(a_toll_no_source_gave_is_conflicting,
    "Russia's strike on Kyiv on 24 April 2025 hit Sviatoshynskyi and killed 40 people.", "40" => "killed", Conflicting);
verdict!(the_july_2024_comparison_is_judged_against_that_event_not_this_one,
    "This new Thursday attack on the capital was the deadliest since last year's July 8 attack on Kiev, which left 34 people dead. \
     Nine people were killed in Sviatoshynskyi on 24 April 2025.", "34" => "killed", Outdated);

verdict!(a_sentence_turning_separately_to_another_matter_is_not_judged_as_the_strike,
    "Russia struck Kyiv on 24 April 2025, hitting Sviatoshynskyi. \
     Separately, a Ukrainian drone attack killed 40 people in Engels, the governor said.", "40" => "killed", Unverified);
verdict!(the_night_before_dates_a_phone_call_not_the_strike,
    "Nine people were killed in Kyiv on 24 April 2025 when ballistic missiles hit Sviatoshynskyi. \
     The strike followed a Wednesday phone call between the two leaders.", "Wednesday" => "date", Unverified);
verdict!(the_night_before_in_a_clause_about_the_attack_is_the_strikes_night,
    "Nine people were killed in Kyiv on 24 April 2025 when ballistic missiles hit Sviatoshynskyi. \
     Explosions shook the city on Wednesday night.", "Wednesday" => "date", Consistent);
verdict!(a_date_in_the_paragraph_under_the_headline_settles_the_strike_for_the_text,
    "Kyiv faced a massive missile and drone attack\n\
     On the night of August 27-28, Russian forces launched a large-scale attack on Kyiv.\n\
     Air defence was active. At least 8 deaths are known in Kyiv, including one child.", "one" => "killed", Conflicting);
verdict!(a_sentence_dating_its_attack_to_another_day_is_not_judged_as_the_strike,
    "Russia killed at least 23 people in Kyiv on 28 August 2025; the British Council was hit. \
     At least 40 people were killed when Russia unleashed a barrage on Kyiv overnight into Sunday.", "At least 40" => "killed", Unverified);

#[test]
fn a_figure_about_an_earlier_event_names_that_event() {
    let r = report(
        "The attack on 24 April 2025 in Sviatoshynskyi was the deadliest since last year's July 8 attack on Kiev, which left 34 people dead.",
    );
    assert_eq!(
        figure(&r, "34").incident.as_deref(),
        Some("kyiv-2024-07-08")
    );
}

// New Daily Prime, 28 August 2025 (sweep 15): its "three children" killed and "More than 40"
// wounded had made it 6 June's (3 killed, about 40 injured), and its 12 dead conflicting.
#[test]
fn children_killed_are_no_clue_of_a_strike_that_counted_all_its_dead_alike() {
    let r = report(
        "At least 12 people, including three children, have been killed in Russian airstrikes on \
         Kyiv. More than 40 people were wounded in the overnight barrage.",
    );
    assert_ne!(r.incident.map(|i| i.id).as_deref(), Some("kyiv-2025-06-06"));
    assert!(r.figures.iter().all(|f| f.verdict != Verdict::Conflicting));
}

#[test]
fn offsets_are_utf16_after_emoji_and_cyrillic() {
    let text = "🇺🇦 Київ 👩‍👩‍👧: at least 23 people were killed in Kyiv on 28 August 2025.";
    let r = report(text);
    let f = figure(&r, "at least 23");
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(
        String::from_utf16(&units[f.start..f.end]).unwrap(),
        "at least 23"
    );
}

#[test]
fn an_article_about_a_city_budget_is_about_no_incident() {
    let r = report("Kyiv City Council approved a budget of 120 billion hryvnias for 2026, with 15 new schools.");
    assert!(r.incident.is_none());
    assert!(r.figures.iter().all(|f| f.verdict == Verdict::Unverified));
}

#[test]
fn every_verdict_cites_its_reference_values_with_sources() {
    let r = report(AUGUST);
    for f in r.figures.iter().filter(|f| {
        matches!(
            f.verdict,
            Verdict::Consistent | Verdict::Outdated | Verdict::Conflicting
        ) && f.category != factcheck::figures::Category::Date
    }) {
        assert!(!f.reference.is_empty(), "{f:#?}");
        assert_eq!(
            f.reference.iter().filter(|v| v.latest).count().min(1),
            1,
            "{f:#?}"
        );
        for v in f.reference.iter() {
            assert!(
                v.url.is_some() || (v.seed.is_some() && v.sentence.is_some()),
                "{v:#?}"
            );
        }
    }
}

#[test]
fn the_report_serialises_to_schema_v1_field_names() {
    let v = serde_json::to_value(report(AUGUST)).unwrap();
    for key in ["incident", "figures", "claims"] {
        assert!(v.get(key).is_some(), "{key}");
    }
    let f = &v["figures"][0];
    for key in [
        "text",
        "start",
        "end",
        "value",
        "low",
        "high",
        "qualifier",
        "category",
        "group",
        "subtype",
        "scope",
        "incident",
        "verdict",
        "explanation",
        "reference",
    ] {
        assert!(f.get(key).is_some(), "figure field {key}");
    }
}

/// The verdict of the claim whose text is `quote` in `text`'s report.
fn quote_verdict(text: &str, quote: &str) -> Option<factcheck::claims::ClaimVerdict> {
    let r = report(text);
    let claim = r.claims.iter().find(|c| c.text == quote);
    claim
        .unwrap_or_else(|| panic!("no claim {quote:?} in {:#?}", r.claims))
        .verdict
}

/// What a paragraph's check must give of each figure and claim as the whole check does, with
/// offsets from the paragraph's start.
fn findings_from(report: &Report, start: usize, end: usize) -> (Vec<String>, Vec<String>) {
    let within = |s: usize, e: usize| start <= s && e <= end;
    let figures = report.figures.iter().filter(|f| within(f.start, f.end));
    let claims = report.claims.iter().filter(|c| within(c.start, c.end));
    (
        figures
            .map(|f| {
                format!(
                    "{} {:?} {:?} {:?} {}",
                    f.start - start,
                    f.text,
                    f.category,
                    f.verdict,
                    f.explanation
                )
            })
            .collect(),
        claims
            .map(|c| {
                format!(
                    "{} {:?} {:?} {:?}",
                    c.start - start,
                    c.kinds,
                    c.verdict,
                    c.speaker
                )
            })
            .collect(),
    )
}

/// Each paragraph of `text`, checked as a part of it (the editor's re-check while typing),
/// should get the figures, verdicts and claims the check of the whole text gives it: what
/// differs, for the message.
fn part_differences(text: &str) -> Vec<String> {
    let whole = report(text);
    let incident = whole.incident.as_ref().map(|i| i.id.as_str());
    let mut differences = Vec::new();
    let mut start = 0; // in UTF-16 units, as the report counts
    for paragraph in text.split('\n') {
        let end = start + paragraph.encode_utf16().count();
        // As the widget does: the speaker of the last claim before the paragraph that has one.
        let speaker = whole
            .claims
            .iter()
            .rev()
            .filter(|c| c.end <= start)
            .find_map(|c| c.speaker.as_deref());
        let context = factcheck::Context { incident, speaker };
        let part = factcheck::check_part(paragraph, &REFERENCE, &context);
        let expected = findings_from(&whole, start, end);
        let got = findings_from(&part, 0, end - start);
        if expected != got {
            differences.push(format!(
                "in {paragraph:?}:\n  whole {expected:#?}\n  part  {got:#?}"
            ));
        }
        start = end + 1;
    }
    differences
}

#[test]
fn a_paragraph_checked_as_part_of_its_article_gets_what_the_whole_check_gives_it() {
    // Every seed and every evaluation text, paragraph by paragraph.
    let seeds = std::fs::read_dir("tests/fixtures/seeds").unwrap();
    let eval = std::fs::read_dir("tests/fixtures/eval").unwrap();
    for seed in seeds
        .chain(eval)
        .filter(|e| e.as_ref().unwrap().path().extension() == Some("txt".as_ref()))
    {
        let path = seed.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let differences = part_differences(&text);
        assert!(
            differences.is_empty(),
            "{}:\n{}",
            path.display(),
            differences.join("\n")
        );
    }
}

#[test]
fn reports_of_one_checker_share_each_series_values_and_a_one_off_check_gives_the_same() {
    let text = include_str!("fixtures/seeds/004_b1c98fba87abfd1e.txt");
    let checker = factcheck::Checker::new(Reference::bundled());
    let (first, again) = (checker.check(text), checker.check(text));
    assert!(first.figures.iter().any(|f| !f.reference.is_empty()));
    for (a, b) in first.figures.iter().zip(&again.figures) {
        assert!(
            std::sync::Arc::ptr_eq(&a.reference, &b.reference),
            "{}",
            a.text
        );
    }
    assert_eq!(first, report(text));
}

#[test]
fn a_quotation_that_ends_its_sentence_is_said_by_the_speaker_named_right_after() {
    for text in [
        "Kyiv was struck on 24 April 2025.\n\"Vladimir, STOP!\" Trump wrote online.",
        // The Informant, 24 April 2025: a headline's verb.
        "‘Vladimir, STOP!’ – Trump Reacts After Deadly Kyiv Strike\nKyiv was struck on 24 April 2025.",
    ] {
        let r = report(text);
        let quote = r.claims.iter().find(|c| c.text == "Vladimir, STOP!");
        let quote = quote.unwrap_or_else(|| panic!("no quote claim in {:#?}", r.claims));
        assert_eq!(quote.speaker.as_deref(), Some("Donald Trump"), "{text}");
    }
    // Not across a paragraph: the next paragraph's speaker did not say it.
    let r = report("Kyiv was struck on 24 April 2025. \"Vladimir, STOP!\"\nZelensky said more.");
    assert!(r
        .claims
        .iter()
        .all(|c| c.speaker.as_deref() != Some("Donald Trump")));
    assert!(!r
        .claims
        .iter()
        .any(|c| c.text == "Vladimir, STOP!" && c.speaker.is_some()));
}

#[test]
fn he_is_the_person_the_sentence_before_is_about_not_an_earlier_speaker() {
    // UK News Blog, 24 April 2025: "he" is Trump, not the mayor quoted before him.
    let text = "Kyiv was struck on 24 April 2025. Mayor Vitali Klitschko said rescuers were at \
                work.\nFormer US President Donald Trump criticised Russian President Vladimir \
                Putin, calling the attack “not necessary, and very bad timing.” “Vladimir, \
                STOP!” he wrote on Truth Social.";
    let r = report(text);
    let quote = r.claims.iter().find(|c| c.text == "Vladimir, STOP!");
    let quote = quote.unwrap_or_else(|| panic!("no quote claim in {:#?}", r.claims));
    assert_eq!(quote.speaker.as_deref(), Some("Donald Trump"));
    assert_eq!(quote.verdict, Some(factcheck::claims::ClaimVerdict::Exact));
    // A speaker the set does not know hands a later "she" to no one.
    let text = "Kyiv was struck on 4 July 2025. The BBC reports the strikes hit every district. \
                \"It was terror,\" Yuliia Svyrydenko wrote on X. She described a \"sustained \
                attack\".";
    let r = report(text);
    assert!(r.claims.iter().all(|c| c.speaker.as_deref() != Some("BBC")));
}

#[test]
fn a_common_phrase_or_a_few_shared_small_words_is_not_called_altered() {
    use factcheck::claims::ClaimVerdict;
    // PTC News, 28 August 2025: two words of another speaker's quote of another strike.
    let text = "On 28 August 2025 Kyiv was hit. Kyiv Mayor Vitaliy Klitschko described the \
                attacks as a \"massive strike,\" noting that schools were also damaged.";
    assert_eq!(
        quote_verdict(text, "massive strike,"),
        Some(ClaimVerdict::Unknown)
    );
    // Vijesti, 24 April 2025: "a", "very" and "time" of a long JD Vance quote.
    let text = "Kyiv was struck on 24 April 2025. The attack, which the US president said was \
                \"unnecessary\" and came \"at a very bad time\" as he pushes for peace, injured \
                at least 90 people.";
    assert_ne!(
        quote_verdict(text, "at a very bad time"),
        Some(ClaimVerdict::Altered)
    );
    // A paraphrase of a recorded quote is still one (Global War News, 6 June 2025).
    let text = "Kyiv was struck on 6 June 2025. Zelensky said: \"If someone is not applying \
                pressure and is giving the war more time to take lives – that is complicity and \
                accountability.\"";
    let r = report(text);
    assert!(r
        .claims
        .iter()
        .any(|c| c.verdict == Some(ClaimVerdict::Altered)));
}

#[test]
fn a_short_quote_is_altered_only_when_all_its_words_are_the_speakers() {
    use factcheck::claims::ClaimVerdict;
    // Euroscope News, 4 July 2025: "I don't know." shares two words with the set's "I'm very
    // disappointed. I don't think he's ready to stop," and was called altered.
    let text = "Kyiv was struck on 4 July 2025. Asked about peace, Trump said, \"I don't know.\"";
    assert_eq!(
        quote_verdict(text, "I don't know."),
        Some(ClaimVerdict::Unknown)
    );
    // A longer quotation with one word changed still is.
    let text = "Kyiv was struck on 4 July 2025. Trump said, \"I'm very disappointed. I don't know \
                he's ready to stop.\"";
    let quote = "I'm very disappointed. I don't know he's ready to stop.";
    assert_eq!(quote_verdict(text, quote), Some(ClaimVerdict::Altered));
}

#[test]
fn a_post_quoted_whole_or_without_its_apostrophes_is_not_called_altered() {
    use factcheck::claims::ClaimVerdict;
    // NBC News, 24 April 2025: Trump's post as he wrote it, "Lets" for the set's "Let's".
    let text = "Kyiv was struck on 24 April 2025. Trump wrote: \"5000 soldiers a week are dying. \
                Lets get the Peace Deal DONE!\"";
    let quote = "5000 soldiers a week are dying. Lets get the Peace Deal DONE!";
    assert_eq!(quote_verdict(text, quote), Some(ClaimVerdict::Exact));
    // ABC News: two pieces the set records one after the other, quoted as one.
    let text = "Kyiv was struck on 24 April 2025. Trump wrote: \"Vladimir, STOP! 5000 soldiers \
                a week are dying. Lets get the Peace Deal DONE!\"";
    let quote = "Vladimir, STOP! 5000 soldiers a week are dying. Lets get the Peace Deal DONE!";
    assert_eq!(quote_verdict(text, quote), Some(ClaimVerdict::Exact));
    // OANN: more of the post than the set holds is unknown, not a change to what it holds.
    let text = "Kyiv was struck on 24 April 2025. \"Not necessary, and very bad timing. \
                Vladimir, STOP! 5000 soldiers a week are dying. Lets get the Peace Deal DONE!\"";
    let quote = "Not necessary, and very bad timing. Vladimir, STOP! 5000 soldiers a week are \
                 dying. Lets get the Peace Deal DONE!";
    assert_eq!(quote_verdict(text, quote), Some(ClaimVerdict::Unknown));
    // A word changed inside the post is still a change.
    let text = "Kyiv was struck on 24 April 2025. Trump wrote: \"5000 soldiers a day are dying. \
                Let's get the Peace Deal DONE!\"";
    let quote = "5000 soldiers a day are dying. Let's get the Peace Deal DONE!";
    assert_eq!(quote_verdict(text, quote), Some(ClaimVerdict::Altered));
}

#[test]
fn each_titled_person_in_a_sentence_gets_a_role_verdict_of_their_own() {
    let text = "On 6 June 2025, Russian President Vladimir Putin told former U.S. President \
                Donald Trump that Kyiv would be struck.";
    let r = report(text);
    let roles: Vec<(&str, &str, String)> = r
        .claims
        .iter()
        .flat_map(|c| &c.roles)
        .map(|role| {
            let verdict = serde_json::to_value(role.verdict).unwrap();
            (
                role.person.as_str(),
                role.text.as_str(),
                verdict.as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        roles,
        [
            (
                "Vladimir Putin",
                "Russian President Vladimir Putin",
                "role_consistent".to_string()
            ),
            (
                "Donald Trump",
                "former U.S. President Donald Trump",
                "role_mismatch".to_string()
            ),
        ]
    );
}

#[test]
fn a_title_reaches_past_an_acronym_and_its_comma_but_not_past_another_name() {
    let roles = |text: &str| -> Vec<(String, String)> {
        let r = report(text);
        let roles = r.claims.iter().flat_map(|c| &c.roles);
        roles
            .map(|role| (role.person.clone(), role.text.clone()))
            .collect()
    };
    // Rahbar Kisan (Anadolu), 28 August 2025.
    let text = "On 28 August 2025 Kyiv was struck. The head of the Kyiv City Military \
                Administration (KMVA), Tymur Tkachenko, said 23 people were killed.";
    let found = roles(text);
    assert!(
        found.iter().any(|(p, t)| p == "Tymur Tkachenko"
            && t.starts_with("head of the Kyiv City Military Administration (KMVA), Tymur")),
        "{found:?}"
    );
    // Megazone, 24 April 2025: Ramaphosa's title is not Zelensky's.
    let text = "On 24 April 2025 Kyiv was struck. After meeting South African President Cyril \
                Ramaphosa, Zelensky said he would return home.";
    assert!(roles(text).iter().all(|(p, _)| p != "Volodymyr Zelensky"));
}

#[test]
fn launch_sites_in_occupied_crimea_leave_a_sentence_about_the_strike() {
    // Ukraine Crisis Media Center, 24 April 2025: "Crimea" names the US peace proposal as a
    // context event of the strike, but "occupied Crimea" is where drones were launched from.
    let text = "Russia struck Kyiv on 24 April 2025. Ukraine's Air Force said Russia had \
                launched 70 missiles and 145 drones toward Ukraine, including 11 ballistic \
                missiles from Russian regions of Bryansk and Kursk, and 145 Shahed drones \
                from Cape Chauda in occupied Crimea.";
    let r = report(text);
    assert_eq!(figure(&r, "70").verdict, Verdict::Consistent);
    assert_eq!(figure(&r, "11").scope, "Ukraine");
}

#[test]
fn a_round_up_judges_each_strike_s_paragraphs_against_that_strike() {
    let text = "A summer of strikes on Kyiv.\n\
        On 28 August 2025 Russia hit the British Council and the EU delegation, killing 25 people.\n\
        Rescuers worked through the day.\n\
        On 24 April 2025 a ballistic missile hit Sviatoshynskyi and killed 13 people.\n\
        Nine people were reported dead by morning.";
    let r = report(text);
    let judged = |t: &str| {
        let f = figure(&r, t);
        (f.incident.as_deref(), f.verdict)
    };
    assert_eq!(judged("25"), (Some("kyiv-2025-08-28"), Verdict::Consistent));
    assert_eq!(judged("13"), (Some("kyiv-2025-04-24"), Verdict::Consistent));
    // The paragraph after goes on about 24 April, but does not date itself: never red.
    assert_eq!(
        figure(&r, "Nine").incident.as_deref(),
        Some("kyiv-2025-04-24")
    );
    assert_ne!(figure(&r, "Nine").verdict, Verdict::Conflicting);
}

#[test]
fn a_report_that_recalls_another_strike_last_is_judged_against_its_own_before_that() {
    // Global War News, 6 June 2025, shortened: "Crimea" is a clue of the 24 April strike.
    let text = "Russia launched a large-scale drone and missile assault on multiple Ukrainian \
        cities early Friday, just days after Ukraine carried out a major strike on Russian air \
        bases.\n\
        Ukrainian authorities reported that five people were killed and 80 injured in the \
        overnight onslaught.\n\
        Zelensky stated that Russia launched more than 400 drones, along with 38 cruise \
        missiles.\n\
        Meanwhile, Moscow reported downing 174 Ukrainian drones over Russian territory and \
        occupied Crimea.";
    let r = report(text);
    assert_eq!(r.incident.as_ref().unwrap().id, "kyiv-2025-06-06");
    let f = figure(&r, "more than 400");
    assert_eq!(
        (f.incident.as_deref(), f.verdict),
        (Some("kyiv-2025-06-06"), Verdict::Consistent)
    );
}

#[test]
fn in_a_text_of_no_strike_a_title_held_all_year_is_consistent_and_none_is_called_wrong() {
    let r = report(
        "Russian President Vladimir Putin once met former President Donald Trump in Helsinki.",
    );
    let roles: Vec<(&str, String)> = r
        .claims
        .iter()
        .flat_map(|c| &c.roles)
        .map(|role| {
            let verdict = serde_json::to_value(role.verdict).unwrap();
            (role.person.as_str(), verdict.as_str().unwrap().to_string())
        })
        .collect();
    assert_eq!(r.incident, None);
    assert_eq!(
        roles,
        [("Vladimir Putin", "role_consistent".to_string())],
        "'former President Donald Trump' may be right in an undated text"
    );
}

#[test]
fn weapons_the_text_counts_at_the_city_are_unverified_and_the_card_gives_the_countrys_count() {
    let r = report("On 24 April 2025 Kyiv was hit with 70 missiles, and Sviatoshynskyi burned.");
    let f = figure(&r, "70");
    assert_eq!((f.scope.as_str(), f.verdict), ("Kyiv", Verdict::Unverified));
    assert!(
        f.explanation
            .contains("It counts them for the country: 70 missiles across Ukraine"),
        "{}",
        f.explanation
    );
}

#[test]
fn a_figure_is_a_clue_of_a_strike_only_as_the_same_count_of_the_same_thing() {
    // WDCTV, 4 July 2025: Russia's own count of Ukraine's drones is not the 24 April strike's
    // 48 missiles shot down; and "more than 25" injured is not the 6 June report of 25.
    let clues = |text: &str| -> Vec<String> {
        let incident = report(text).incident.expect("the date names the strike");
        incident.evidence.into_iter().map(|e| e.text).collect()
    };
    let cases = [
        (
            "On 24 April 2025 the air force shot down 48 missiles.",
            "48 intercepted",
            true,
        ),
        (
            "On 24 April 2025 Russia's defense ministry said it intercepted 48 drones launched \
             by Ukraine.",
            "48 intercepted",
            false,
        ),
        (
            "25 people were injured in Kyiv on 6 June 2025.",
            "25 injured",
            true,
        ),
        (
            "More than 25 people were injured in Kyiv on 6 June 2025.",
            "25 injured",
            false,
        ),
    ];
    for (text, clue, held) in cases {
        let found = clues(text);
        assert_eq!(found.iter().any(|c| c == clue), held, "{text}: {found:?}");
    }
}

#[test]
fn a_name_inside_a_quotation_is_not_its_speaker() {
    // UbuntuSafa, 4 July 2025: "“… the conversation I had today with president Putin …,” the US
    // president told reporters" had made Putin the speaker of Trump's next quotation.
    let r = report(
        "“I spoke with president Putin today,” the US president told reporters on 4 July 2025. \
         “I’m very disappointed. I don’t think he’s ready to stop.”",
    );
    let quote = (r.claims.iter())
        .find(|c| c.text.contains("ready to stop"))
        .expect("the quotation is a claim");
    assert_ne!(quote.speaker.as_deref(), Some("Vladimir Putin"));
    assert_eq!(
        serde_json::to_value(quote.verdict).unwrap(),
        "exact",
        "{quote:#?}"
    );
}
