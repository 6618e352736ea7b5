//! Dates: "April 24, 2025", "24 April 2025", "July 8", "28 August", weekdays ("Thursday"), and
//! months ("February 2022", "since July"). A date is read as ISO `YYYY-MM-DD`, `--MM-DD` without
//! a year, `YYYY-MM` or `--MM` for a month, or the weekday's name.

use super::tokens::{without_possessive, Token};
use crate::calendar::{iso, MONTHS, WEEKDAYS};
use crate::text::same_ignoring_case;

/// A date found in the tokens.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMatch {
    pub first: usize,
    pub last: usize,
    pub date: String,
    /// The day of the month, or 0 for a weekday.
    pub day: f64,
}

/// A month by its name or its first three letters or more ("Aug", "Sept"), capitalised in the
/// text: "may" and "march" are also verbs.
fn month(t: &Token, text: &str) -> Option<u32> {
    let word = t.lower.as_ref();
    if word.len() < 3 || !capitalised(t, text) {
        return None;
    }
    let begins = |m: &&str| (m.get(..word.len())).is_some_and(|m| same_ignoring_case(m, word));
    MONTHS.iter().position(begins).map(|at| at as u32 + 1)
}

/// Whether `t` begins with a capital in `text`. Months and weekdays are ASCII, so its first
/// byte settles it, without decoding a character: asked of every token.
fn capitalised(t: &Token, text: &str) -> bool {
    text.as_bytes()[t.span.start].is_ascii_uppercase()
}

fn day(t: &Token) -> Option<u32> {
    // Asked of every token: most are words, settled by their first byte.
    if !t.starts_with_digit() {
        return None;
    }
    let digits = t.lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &t.lower[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// Two days in a row at token `i` ("3-4" as one token, or "3", "–", "to" or "and", "4"): the
/// second day, and the token after them.
fn night(tokens: &[Token], i: usize) -> Option<(u32, usize)> {
    let t = tokens.get(i)?;
    let (first, second, next) = match t.lower.split_once('-') {
        Some((a, b)) => (a.parse::<u32>().ok()?, b.parse::<u32>().ok()?, i + 1),
        None => {
            let joined = tokens.get(i + 1)?;
            if !(joined.is("-") || joined.is("–") || joined.is("to") || joined.is("and")) {
                return None;
            }
            (day(t)?, day(tokens.get(i + 2)?)?, i + 3)
        }
    };
    (first + 1 == second && (2..=31).contains(&second)).then_some((second, next))
}

/// Words that say a clause speaks of an attack. A text dates many things by the day before a
/// strike (a phone call, a threat, an accusation), so that day is the strike's night only in a
/// clause like these: "launched … late Thursday", "on Wednesday night". Casualty words are not
/// among them: a toll is dated days later ("On 28 April a man died of his burns").
const OF_AN_ATTACK: &[&str] = &[
    "attack",
    "attacks",
    "attacked",
    "assault",
    "strike",
    "strikes",
    "struck",
    "barrage",
    "bombardment",
    "bombarded",
    "shelling",
    "launched",
    "fired",
    "hit",
    "pounded",
    "unleashed",
    "night",
    "overnight",
    "drones",
    "drone",
    "missiles",
    "missile",
    "explosions",
    "blasts",
    "sirens",
    "alert",
    "alerts",
    "raid",
    "warnings",
];

/// Words that begin another clause, whose date is its own: "the attack comes after Vance
/// threatened … on Wednesday", "the barrage followed a Thursday phone call".
const CLAUSE_BEGINS: &[&str] = &[
    "after",
    "before",
    "following",
    "followed",
    "ahead",
    "since",
    "while",
    "when",
    "as",
    "but",
    "amid",
];

/// How many words either side of a date its clause is read for.
const CLAUSE_WORDS: usize = 16;

/// Whether the clause around the date at tokens `first..=last` speaks of an attack: read back
/// and on to punctuation other than a comma ("In the early hours of Wednesday, residents awoke
/// to explosions"), or to a word that begins another clause.
pub fn of_an_attack(tokens: &[Token], first: usize, last: usize) -> bool {
    let ends = |t: &&Token| {
        (t.is_break && !t.is(",")) || crate::text::is_one_of(t.lower.as_ref(), CLAUSE_BEGINS)
    };
    // A clause's words, no more: a line of a million words and as many weekdays reads in
    // linear time.
    let back = (tokens[..first].iter().rev().take(CLAUSE_WORDS)).take_while(|t| !ends(t));
    // "on September 7, when Russia launched 810 drones": a "when" right after the date says
    // what happened on it.
    let is = |k: usize, word: &str| tokens.get(k).is_some_and(|t| t.is(word));
    let when = last + 1 + usize::from(is(last + 1, ","));
    let from = if is(when, "when") { when + 1 } else { last + 1 };
    let on = (tokens[from..].iter().take(CLAUSE_WORDS)).take_while(|t| !ends(t));
    back.chain(on)
        .any(|t| crate::text::is_one_of(without_possessive(&t.lower), OF_AN_ATTACK))
}

fn year(t: Option<&Token>) -> Option<u32> {
    let t = t?;
    (t.lower.len() == 4)
        .then(|| t.lower.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// Every word a date can begin with, lowercase, for passing over sentences that hold none: the
/// weekdays, and the months as [`month`] reads them, by their first three letters or more.
pub(super) fn first_words() -> impl Iterator<Item = String> {
    let weekdays = WEEKDAYS.iter().map(|d| d.to_ascii_lowercase());
    let months = MONTHS
        .iter()
        .flat_map(|m| (3..=m.len()).map(|n| m[..n].to_ascii_lowercase()));
    weekdays.chain(months)
}

/// Words before a month named alone that date it: "since July", "in May".
const BEFORE_A_MONTH: &[&str] = &["in", "since", "last", "early", "late", "until"];

/// Finds every date in `tokens` (of `text`), left to right, without overlaps.
pub fn find(tokens: &[Token], text: &str) -> Vec<DateMatch> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(d) = date_at(tokens, text, i) {
            i = d.last + 1;
            out.push(d);
        } else {
            i += 1;
        }
    }
    out
}

fn date_at(tokens: &[Token], text: &str, i: usize) -> Option<DateMatch> {
    let t = &tokens[i];
    // A date starts with a capital or a digit: most tokens are settled here.
    let capital = capitalised(t, text);
    if !capital && !t.starts_with_digit() {
        return None;
    }
    // "Sunday's casualties": a weekday in the possessive is the day too.
    let word = t.span.of(text);
    let word = (word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))).unwrap_or(word);
    let weekday = || WEEKDAYS.iter().find(|w| word == **w);
    if let Some(w) = capital.then(weekday).flatten() {
        return Some(DateMatch {
            first: i,
            last: i,
            date: (*w).to_string(),
            day: 0.0,
        });
    }
    // "April 24, 2025" / "July 8" / "the night of August 27-28"
    if let Some(m) = month(t, text) {
        let (d, next) = match night(tokens, i + 1) {
            Some(night) => night,
            None => match tokens.get(i + 1).and_then(day) {
                Some(d) => (d, i + 2),
                // "February 2022", "since July": a month, day 0. Alone, after a word that
                // dates it: after others a capitalised "May" or "March" may be a name or a verb.
                None if year(tokens.get(i + 1)).is_some()
                    || (i > 0 && crate::text::is_one_of(&tokens[i - 1].lower, BEFORE_A_MONTH)) =>
                {
                    (0, i + 1)
                }
                None => return None,
            },
        };
        let comma = tokens.get(next).is_some_and(|t| t.is(","));
        let y_at = if comma { next + 1 } else { next };
        let y = year(tokens.get(y_at));
        let last = if y.is_some() { y_at } else { next - 1 };
        return Some(DateMatch {
            first: i,
            last,
            date: iso(y, m, d),
            day: d as f64,
        });
    }
    // "24 April 2025", "28 August", and "3-4 July 2025", "3 to 4 July": a night, named by the
    // morning it ends on.
    let (d, next) = night(tokens, i).or_else(|| Some((day(t)?, i + 1)))?;
    let m = month(tokens.get(next)?, text)?;
    let y = year(tokens.get(next + 1));
    let last = if y.is_some() { next + 1 } else { next };
    Some(DateMatch {
        first: i,
        last,
        date: iso(y, m, d),
        day: d as f64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::tokens::tokenize;
    use crate::text::Span;

    fn dates(text: &str) -> Vec<String> {
        let lower = text.to_ascii_lowercase();
        find(&tokenize(&lower, Span::new(0, text.len())), text)
            .into_iter()
            .map(|d| d.date)
            .collect()
    }

    #[test]
    fn iso_dates_are_padded_as_format_pads_them() {
        assert_eq!(iso(Some(2025), 4, 24), "2025-04-24");
        assert_eq!(iso(Some(987), 1, 2), "0987-01-02");
        assert_eq!(iso(Some(12345), 12, 31), "12345-12-31");
        assert_eq!(iso(None, 7, 8), "--07-08");
        assert_eq!(iso(Some(2022), 2, 0), "2022-02", "a month alone");
        assert_eq!(iso(None, 7, 0), "--07");
    }

    #[test]
    fn month_day_and_day_month_forms_read_with_or_without_a_year() {
        assert_eq!(dates("on April 24, 2025 at dawn"), ["2025-04-24"]);
        assert_eq!(dates("the 24 April 2025 strike"), ["2025-04-24"]);
        assert_eq!(dates("last year's July 8 attack"), ["--07-08"]);
        assert_eq!(dates("on 28 August,"), ["--08-28"]);
        assert_eq!(dates("May 4th"), ["--05-04"]);
        // LatestLY (AP), 6 June 2025: "Kyiv, Jun 6 (AP)".
        assert_eq!(dates("Kyiv, Jun 6 (AP) A Russian"), ["--06-06"]);
        assert_eq!(dates("on the night of 3-4 July 2025"), ["2025-07-04"]);
        assert_eq!(dates("the night of 27–28 August"), ["--08-28"]);
        assert_eq!(dates("overnight from 23 to 24 April"), ["--04-24"]);
        assert_eq!(dates("On the night of August 27-28, Russia"), ["--08-28"]);
        assert_eq!(dates("overnight on July 3 to 4, 2025"), ["2025-07-04"]);
        // SouthFront and UN News: "and" joins the two days too.
        assert_eq!(dates("over the night of June 5 and 6, in"), ["--06-06"]);
        assert_eq!(dates("overnight between 27 and 28 August."), ["--08-28"]);
        assert!(dates("killed 5 and 6 injured").is_empty(), "no month");
        assert!(dates("between 20-30 April").is_empty(), "not a night");
    }

    #[test]
    fn a_date_is_of_an_attack_only_where_its_clause_speaks_of_one() {
        let of_attack = |text: &str| {
            let lower = text.to_ascii_lowercase();
            let tokens = tokenize(&lower, Span::new(0, text.len()));
            let d = &find(&tokens, text)[0];
            of_an_attack(&tokens, d.first, d.last)
        };
        assert!(of_attack(
            "Russia launched its largest drone assault late Thursday, injuring 23"
        ));
        assert!(of_attack("Explosions shook the city on Wednesday night."));
        assert!(of_attack(
            "On July 3, Russian forces launched 550 aerial weapons."
        ));
        assert!(of_attack(
            "The record was broken on September 7, when Russia launched 810 drones."
        ));
        assert!(!of_attack(
            "Trump on Wednesday accused Zelensky of prolonging the war."
        ));
        assert!(!of_attack(
            "The barrage followed a Thursday phone call between the two."
        ));
        assert!(!of_attack(
            "The attack comes after Vance threatened to quit talks on Wednesday."
        ));
    }

    #[test]
    fn weekdays_are_dates_and_lowercase_month_words_are_not() {
        assert_eq!(dates("on Thursday night"), ["Thursday"]);
        assert_eq!(dates("confirmed Sunday’s casualties"), ["Sunday"]);
        assert!(dates("talks may 5 times fail").is_empty());
    }

    #[test]
    fn a_month_is_a_date_with_its_year_or_after_a_word_that_dates_it() {
        assert_eq!(dates("since Russia's February 2022 invasion"), ["2022-02"]);
        assert_eq!(dates("the highest since May 2022."), ["2022-05"]);
        assert_eq!(dates("In July, the UN human rights office"), ["--07"]);
        assert_eq!(dates("the heaviest since last July and"), ["--07"]);
        assert!(dates("May God help us").is_empty(), "no word that dates it");
        assert!(dates("Theresa May said").is_empty());
    }
}
