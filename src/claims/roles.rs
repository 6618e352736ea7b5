//! A person's role as the text gives it ("U.S. presidential candidate Donald Trump"), compared
//! with the roles the reference records for them on the date of the incident.

use super::people::Mention;
use super::ClaimVerdict;
use crate::calendar::long_date;
use crate::reference::{Person, Reference, Role};
use crate::text::{ends_with_word, fold, starts_with_word, Folded, Span};
use std::borrow::Cow;

/// Words before a title that date it themselves: "Trump's then secretary of state".
const DATED_BY_THE_TEXT: &[&str] = &[
    "then", "former", "ex", "late", "future", "incoming", "outgoing",
];

/// The outcome of a role check: whose title, where the text gives it (the title and the name),
/// and how it compares.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleCheck {
    pub person: String,
    /// The title and the name together: "US President Donald Trump".
    pub span: Span,
    pub verdict: ClaimVerdict,
    pub explanation: String,
}

/// Dots and case do not matter in titles: "U.S. President" is "us president".
fn title_form(s: &str) -> String {
    without_dots(Cow::Owned(fold(s))).into_owned()
}

/// Pushes a title in [`title_form`] and the other ways it is written: with its first word as an
/// owner ("kyiv mayor", "kyiv's mayor") and "eu" spelled out ("the european union's foreign
/// policy chief"). Made once per reference set, so that a check compares only.
fn push_written_as(title: String, forms: &mut Vec<String>) {
    let from = forms.len();
    let padded = [" ", &title, " "].concat();
    forms.push(title);
    if let Some(at) = crate::text::find(&padded, " eu ") {
        let spelled = [&padded[..at], " european union ", &padded[at + 4..]].concat();
        forms.push(spelled.trim().to_string());
    }
    for k in from..forms.len() {
        if let Some(owner) = as_owner(&forms[k]) {
            forms.push(owner);
        }
    }
}

/// "kyiv's mayor" for "kyiv mayor": the title's first word (or "european union") as an owner.
fn as_owner(title: &str) -> Option<String> {
    let (owner, rest) = match title.strip_prefix("european union ") {
        Some(rest) => ("european union", rest),
        None => title.split_once(' ')?,
    };
    (!owner.ends_with("'s")).then(|| [owner, "'s ", rest].concat())
}

/// A folded text in [`title_form`]: copied only when it has dots to drop.
fn without_dots(folded: Cow<'_, str>) -> Cow<'_, str> {
    if folded.contains('.') {
        Cow::Owned(folded.replace('.', ""))
    } else {
        folded
    }
}

/// Every person's roles in [`title_form`], each role's name then its titles: built once per
/// reference set, since every mention of a person compares all of them.
pub struct Titles(Vec<Vec<Vec<String>>>);

impl Titles {
    pub fn new(reference: &Reference) -> Self {
        Titles(
            reference
                .people
                .iter()
                .map(|p| {
                    p.roles
                        .iter()
                        .map(|r| {
                            let mut forms = Vec::new();
                            for t in std::iter::once(&r.role).chain(&r.titles) {
                                push_written_as(title_form(t), &mut forms);
                            }
                            forms
                        })
                        .collect()
                })
                .collect(),
        )
    }
}

/// How much of the sentence before a name is read for its title: the longest title with a word
/// that dates it ("then U.S. Secretary of State") fits many times over, and reading only this
/// much keeps a long sentence with many names from being folded again for each one.
const TITLE_WINDOW: usize = 256;

/// Where a title written before `mention` may end: right before the name; inside it, when the
/// name the text was found by holds a title ("President Trump"); or before up to three words the
/// names do not hold (a middle initial, another spelling of a first name, a rank: "President
/// Vladimir V. Putin", "Mayor Vitaly Klitschko", "Gen. Keith Kellogg", "(KCMA) Timur
/// Tkachenko", "(KMVA), Tymur Tkachenko"). Nearest the name first.
fn title_ends(text: &str, mention: Span, floor: usize) -> Vec<usize> {
    let name = mention.of(text);
    let mut ends = vec![mention.start];
    ends.extend(name.match_indices(' ').map(|(i, _)| mention.start + i + 1));
    let mut at = mention.start;
    for _ in 0..3 {
        let before = text[floor..at].trim_end_matches(' ');
        let word_start = before.rfind(' ').map_or(0, |i| i + 1);
        let word = &before[word_start..];
        let name_like = word.starts_with(char::is_uppercase)
            && word.trim_end_matches('.').chars().all(char::is_alphabetic);
        // An acronym may have the appositive's comma after it; a name may not.
        let unit = word.strip_suffix(',').unwrap_or(word);
        let acronym = unit.len() > 2
            && unit.starts_with('(')
            && unit.ends_with(')')
            && unit[1..unit.len() - 1]
                .chars()
                .all(|c| c.is_ascii_uppercase());
        if !(name_like || acronym) {
            break;
        }
        at = floor + word_start;
        ends.push(at);
    }
    ends
}

/// The byte where the last `words` words of `text[..end]` start: a title's words in the text.
fn words_back(text: &str, end: usize, words: usize) -> usize {
    let before = text[..end].trim_end_matches([' ', ',']);
    let mut at = before.len();
    for _ in 0..words {
        at = before[..at]
            .trim_end_matches(' ')
            .rfind(' ')
            .map_or(0, |i| i + 1);
    }
    at
}

/// The byte after the first `words` words of `text[start..]`, without the punctuation after.
fn words_on(text: &str, start: usize, words: usize) -> usize {
    let mut at = start;
    for _ in 0..words {
        let rest = &text[at..];
        let skipped = rest.len() - rest.trim_start_matches(' ').len();
        at += skipped + rest[skipped..].find(' ').unwrap_or(rest.len() - skipped);
    }
    start + text[start..at].trim_end_matches([',', ';', ':', '.']).len()
}

/// Checks the title written next to `mention` (before the name, or as an appositive right after
/// it) against the person's roles on `date` (ISO). `titles` are the reference set's; `folded` is
/// `text` folded once for the whole check.
pub fn check(
    text: &str,
    folded: &Folded,
    sentence_start: usize,
    mention: &Mention,
    titles: &Titles,
    date: &str,
) -> Option<RoleCheck> {
    let from = text.floor_char_boundary(
        mention
            .span
            .start
            .saturating_sub(TITLE_WINDOW)
            .max(sentence_start),
    );
    // Stretches of the text read in the text folded once: a stretch of it is that stretch
    // folded.
    let in_folded = |start: usize, end: usize| {
        without_dots(Cow::Borrowed(
            folded.folded(Span::new(start, end)).of(&folded.text),
        ))
    };
    let forms = &titles.0[mention.index];
    // Before the name, nearest it first; then after it ("Tymur Tkachenko, the head of ...").
    let before_match = title_ends(text, mention.span, from)
        .into_iter()
        .find_map(|end| {
            let end = from + text[from..end].trim_end_matches([' ', ',']).len();
            let before = in_folded(from, end);
            let t = forms
                .iter()
                .flatten()
                .filter(|t| ends_with_word(&before, t))
                .max_by_key(|t| t.len())?;
            Some((before, t, end))
        });
    let (before, matched, span) = match before_match {
        Some((before, t, end)) => {
            let start = words_back(text, end, t.split(' ').count());
            (before, t, Span::new(start, mention.span.end))
        }
        None => {
            let after_text = text[mention.span.end..].trim_start_matches([',', ' ']);
            let article = if after_text.starts_with("the ") { 4 } else { 0 };
            let after_start = text.len() - after_text.len() + article;
            // 80 characters, skipped by `Chars`, which counts them without decoding them.
            let mut beyond = text[after_start..].chars();
            beyond.nth(79);
            let cut = text.len() - after_start - beyond.as_str().len();
            let after = in_folded(after_start, after_start + cut);
            let t = forms
                .iter()
                .flatten()
                .filter(|t| starts_with_word(&after, t))
                .max_by_key(|t| t.len())?;
            let end = words_on(text, after_start, t.split(' ').count());
            (Cow::Borrowed(""), t, Span::new(mention.span.start, end))
        }
    };
    let person = mention.person;
    // The word that dates the title, when the text dates it itself: "former", "then-".
    let dated_by = before
        .strip_suffix(matched.as_str())
        .map(|b| b.trim_end_matches([' ', '-', '\u{2011}']))
        .and_then(|b| DATED_BY_THE_TEXT.iter().find(|w| ends_with_word(b, w)));
    // The span holds the word that dates the title: "former U.S. President Donald Trump".
    let mut span = span;
    if let Some(w) = dated_by {
        let word = words_back(text, span.start, 1);
        if text[word..span.start].trim_end().eq_ignore_ascii_case(w) {
            span.start = word;
        }
    }
    let held = |r: &&Role| r.from.as_str() <= date && r.to.as_deref().is_none_or(|to| date <= to);
    let titled: Vec<&Role> = person
        .roles
        .iter()
        .zip(forms)
        .filter(|(_, forms)| forms.contains(matched))
        .map(|(r, _)| r)
        .collect();
    use ClaimVerdict::{RoleConsistent, RoleMismatch};
    let (verdict, explanation) = match dated_by.copied() {
        // "former President Donald Trump": held before the date, and held no more.
        Some("former" | "ex") => {
            let ended = |r: &&&Role| r.to.as_deref().is_some_and(|to| to < date);
            match (titled.iter().copied().find(held), titled.iter().find(ended)) {
                (Some(now), _) => (
                    RoleMismatch,
                    format!(
                        "On {} {} was {}, not a former one.",
                        long_date(date),
                        person.name,
                        now.role
                    ),
                ),
                (None, Some(was)) => (
                    RoleConsistent,
                    format!(
                        "{} had been {} until {}.",
                        person.name,
                        was.role,
                        long_date(was.to.as_deref().unwrap_or(""))
                    ),
                ),
                (None, None) => (RoleMismatch, mismatch(person, &titled, date)),
            }
        }
        // "then-President": a title of some time the text speaks of, right if held by the date.
        Some("then") => {
            let since = |r: &&&Role| r.from.as_str() <= date;
            match titled.iter().find(since) {
                Some(r) => (
                    RoleConsistent,
                    format!(
                        "{} was {} from {}.",
                        person.name,
                        r.role,
                        long_date(&r.from)
                    ),
                ),
                None => (RoleMismatch, mismatch(person, &titled, date)),
            }
        }
        // "late", "future", "incoming", "outgoing": dated in ways the set does not record.
        Some(_) => return None,
        None => match titled.iter().copied().find(held) {
            Some(r) => (
                RoleConsistent,
                format!("{} was {} on {}.", person.name, r.role, long_date(date)),
            ),
            None => (RoleMismatch, mismatch(person, &titled, date)),
        },
    };
    Some(RoleCheck {
        person: person.name.clone(),
        span,
        verdict,
        explanation,
    })
}

fn mismatch(person: &Person, titled: &[&Role], date: &str) -> String {
    let was = |r: &Role| match &r.to {
        Some(to) => format!(
            "{} from {} to {}",
            r.role,
            long_date(&r.from),
            long_date(to)
        ),
        None => format!("{} from {}", r.role, long_date(&r.from)),
    };
    let claimed = titled.first().map_or(String::new(), |r| was(r));
    let held: Vec<String> = person
        .roles
        .iter()
        .filter(|r| r.from.as_str() <= date && r.to.as_deref().is_none_or(|to| date <= to))
        .map(|r| format!("{} (since {})", r.role, long_date(&r.from)))
        .collect();
    if held.is_empty() {
        format!(
            "On {} {} held no such role; the text's title fits {claimed}.",
            long_date(date),
            person.name
        )
    } else {
        format!(
            "On {} {} was {}, not what the text says; that title fits {claimed}.",
            long_date(date),
            person.name,
            held.join(" and ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::{people, Lexicons};
    use crate::reference::Reference;

    fn role_of(text: &str, date: &str) -> Option<RoleCheck> {
        let reference = Reference::bundled();
        let lexicons = Lexicons::new(&reference);
        let sentence = Span::new(0, text.len());
        let folded = crate::text::Folded::new(text);
        let found = folded.scan(&lexicons.phrases, sentence);
        let mentions = people::mentions(&reference.people, &found, sentence);
        mentions
            .iter()
            .find_map(|m| check(text, &folded, 0, m, &lexicons.titles, date))
    }

    #[test]
    fn a_title_is_known_with_its_place_as_owner_and_the_eu_spelled_out() {
        for (text, claim) in [
            (
                "Kyiv's military administration chief, Tymur Tkachenko, said",
                "Kyiv's military administration chief, Tymur Tkachenko",
            ),
            (
                "The European Union's foreign policy chief, Kaja Kallas, said",
                "European Union's foreign policy chief, Kaja Kallas",
            ),
        ] {
            let r = role_of(text, "2025-08-28").unwrap();
            assert_eq!(
                (r.verdict, r.span.of(text)),
                (ClaimVerdict::RoleConsistent, claim)
            );
        }
    }

    #[test]
    fn trump_as_presidential_candidate_in_july_2025_is_a_mismatch() {
        let r = role_of(
            "a phone call between U.S. presidential candidate Donald Trump and Putin",
            "2025-07-04",
        )
        .unwrap();
        assert_eq!(r.verdict, ClaimVerdict::RoleMismatch);
        assert!(
            r.explanation
                .contains("President of the United States (since 20 January 2025)"),
            "{}",
            r.explanation
        );
    }

    #[test]
    fn a_title_held_on_the_date_is_consistent() {
        let r = role_of("German Chancellor Friedrich Merz said so.", "2025-08-28").unwrap();
        assert_eq!(r.verdict, ClaimVerdict::RoleConsistent);
        let r = role_of(
            "Ukraine’s interior minister, Ihor Klymenko, said",
            "2025-04-24",
        )
        .unwrap();
        assert_eq!(r.verdict, ClaimVerdict::RoleConsistent);
    }

    #[test]
    fn then_dates_a_title_to_some_time_before_the_date() {
        let r = role_of("Trump's then secretary of state Mike Pompeo", "2025-04-24").unwrap();
        assert_eq!(r.verdict, ClaimVerdict::RoleConsistent, "{}", r.explanation);
        let r = role_of("then-President Donald Trump", "2025-04-24").unwrap();
        assert_eq!(r.verdict, ClaimVerdict::RoleConsistent, "{}", r.explanation);
    }

    #[test]
    fn former_is_right_only_for_a_title_no_longer_held() {
        let r = role_of("former President Donald Trump said", "2025-06-06").unwrap();
        assert_eq!(r.verdict, ClaimVerdict::RoleMismatch);
        assert!(
            r.explanation.contains("not a former one"),
            "{}",
            r.explanation
        );
        let r = role_of("former President Donald Trump said", "2023-06-06").unwrap();
        assert_eq!(r.verdict, ClaimVerdict::RoleConsistent, "{}", r.explanation);
    }

    #[test]
    fn a_title_is_found_inside_a_name_past_initials_and_after_the_article() {
        for (text, whole) in [
            ("US President Trump spoke", "US President Trump"),
            (
                "said President Vladimir V. Putin of Russia",
                "President Vladimir V. Putin",
            ),
            (
                "Tymur Tkachenko, the head of Kyiv's military administration, said",
                "Tymur Tkachenko, the head of Kyiv's military administration",
            ),
            (
                "head of the Kyiv City Military Administration (KCMA) Timur Tkachenko said",
                "head of the Kyiv City Military Administration (KCMA) Timur Tkachenko",
            ),
        ] {
            let r = role_of(text, "2025-07-04").unwrap_or_else(|| panic!("{text}"));
            assert_eq!(r.verdict, ClaimVerdict::RoleConsistent, "{text}");
            assert_eq!(r.span.of(text), whole);
        }
    }

    #[test]
    fn a_title_is_not_taken_across_lower_case_words() {
        assert_eq!(role_of("the President met with Putin", "2025-07-04"), None);
    }

    #[test]
    fn a_title_dated_in_ways_the_set_does_not_record_is_not_checked() {
        assert_eq!(
            role_of("incoming President Donald Trump", "2025-04-24"),
            None
        );
    }
}
