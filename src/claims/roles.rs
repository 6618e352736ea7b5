//! A person's role as the text gives it ("U.S. presidential candidate Donald Trump"), compared
//! with the roles the reference records for them on the date of the incident.

use super::people::Mention;
use super::ClaimVerdict;
use crate::calendar::long_date;
use crate::reference::{Person, Reference, Role};
use crate::text::{fold, Folded, Span};
use std::borrow::Cow;

/// Words before a title that date it themselves: "Trump's then secretary of state".
const DATED_BY_THE_TEXT: &[&str] = &[
    "then", "former", "ex", "late", "future", "incoming", "outgoing",
];

/// The outcome of a role check.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleCheck {
    pub verdict: ClaimVerdict,
    pub explanation: String,
}

/// Dots and case do not matter in titles: "U.S. President" is "us president".
fn title_form(s: &str) -> String {
    without_dots(Cow::Owned(fold(s))).into_owned()
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
                            std::iter::once(&r.role)
                                .chain(&r.titles)
                                .map(|t| title_form(t))
                                .collect()
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

/// Checks the title written next to `mention` (right before the name, or as an appositive right
/// after it) against the person's roles on `date` (ISO). `titles` are the reference set's;
/// `folded` is `text` folded once for the whole check.
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
    let before_end = from
        + text[from..mention.span.start]
            .trim_end_matches([' ', ','])
            .len();
    let before = in_folded(from, before_end);
    let after_text = text[mention.span.end..].trim_start_matches([',', ' ']);
    let after_start = text.len() - after_text.len();
    // 80 characters, skipped by `Chars`, which counts them without decoding them.
    let mut beyond = after_text.chars();
    beyond.nth(79);
    let cut = after_text.len() - beyond.as_str().len();
    let after = in_folded(after_start, after_start + cut);
    let person = mention.person;
    // By role, as the person's roles are.
    let forms = &titles.0[mention.index];
    let matched = forms
        .iter()
        .flatten()
        .filter(|t| {
            before.ends_with(t.as_str())
                && !before[..before.len() - t.len()].ends_with(char::is_alphanumeric)
                || (after.starts_with(t.as_str())
                    && !after[t.len()..].starts_with(char::is_alphanumeric))
        })
        .max_by_key(|t| t.len())?;
    // The word that dates the title, when the text dates it itself: "former", "then-".
    let dated_by = before
        .strip_suffix(matched.as_str())
        .map(|b| b.trim_end_matches([' ', '-', '\u{2011}']))
        .and_then(|b| {
            DATED_BY_THE_TEXT.iter().find(|w| {
                b.ends_with(*w) && !b[..b.len() - w.len()].ends_with(char::is_alphanumeric)
            })
        });
    let held = |r: &&Role| r.from.as_str() <= date && r.to.as_deref().is_none_or(|to| date <= to);
    let titled: Vec<&Role> = person
        .roles
        .iter()
        .zip(forms)
        .filter(|(_, forms)| forms.contains(matched))
        .map(|(r, _)| r)
        .collect();
    match dated_by.copied() {
        None => {}
        // "former President Donald Trump": held before the date, and held no more.
        Some("former" | "ex") => {
            let ended = |r: &&&Role| r.to.as_deref().is_some_and(|to| to < date);
            return Some(
                match (titled.iter().copied().find(held), titled.iter().find(ended)) {
                    (Some(now), _) => RoleCheck {
                        verdict: ClaimVerdict::RoleMismatch,
                        explanation: [
                            "On ",
                            &long_date(date),
                            " ",
                            &person.name,
                            " was ",
                            &now.role,
                            ", not a former one.",
                        ]
                        .concat(),
                    },
                    (None, Some(was)) => RoleCheck {
                        verdict: ClaimVerdict::RoleConsistent,
                        explanation: [
                            &person.name,
                            " had been ",
                            &was.role,
                            " until ",
                            &long_date(was.to.as_deref().unwrap_or("")),
                            ".",
                        ]
                        .concat(),
                    },
                    (None, None) => RoleCheck {
                        verdict: ClaimVerdict::RoleMismatch,
                        explanation: mismatch(person, &titled, date),
                    },
                },
            );
        }
        // "then-President": a title of some time the text speaks of, right if held by the date.
        Some("then") => {
            let since = |r: &&&Role| r.from.as_str() <= date;
            return Some(match titled.iter().find(since) {
                Some(r) => RoleCheck {
                    verdict: ClaimVerdict::RoleConsistent,
                    explanation: [
                        &person.name,
                        " was ",
                        &r.role,
                        " from ",
                        &long_date(&r.from),
                        ".",
                    ]
                    .concat(),
                },
                None => RoleCheck {
                    verdict: ClaimVerdict::RoleMismatch,
                    explanation: mismatch(person, &titled, date),
                },
            });
        }
        // "late", "future", "incoming", "outgoing": dated in ways the set does not record.
        Some(_) => return None,
    }
    if titled.iter().any(held) {
        return Some(RoleCheck {
            verdict: ClaimVerdict::RoleConsistent,
            explanation: [
                person.name.as_str(),
                " was ",
                titled.iter().copied().find(held).map_or("", |r| &r.role),
                " on ",
                &long_date(date),
                ".",
            ]
            .concat(),
        });
    }
    Some(RoleCheck {
        verdict: ClaimVerdict::RoleMismatch,
        explanation: mismatch(person, &titled, date),
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
    fn a_title_dated_in_ways_the_set_does_not_record_is_not_checked() {
        assert_eq!(
            role_of("incoming President Donald Trump", "2025-04-24"),
            None
        );
    }
}
