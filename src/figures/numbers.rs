//! Numbers as news writes them: digits with separators ("2,000", "1.5"), digits with a scale
//! ("120 billion"), words ("nine", "twenty-three", "five hundred and ninety-eight", "a dozen"),
//! and vague plurals ("dozens of", "hundreds of"), which read as "at least".

use std::sync::OnceLock;

use super::tokens::{tokenize, Token};
use crate::text::{decimal, Shapes, Span, WordMap};

/// A number found at a token position.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// Token indices, inclusive.
    pub first: usize,
    pub last: usize,
    pub value: f64,
    /// "dozens of": the value is a lower bound.
    pub vague: bool,
    /// What a hyphen glued to the number: "hour" in "11-hour", "storey" in "five-storey".
    pub suffix: Option<String>,
    /// Written in words ("nine") rather than digits.
    pub in_words: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Word {
    Unit(f64),
    Ten(f64),
    Hundred,
    Scale(f64),
    Dozen,
    /// "half", "a quarter": a share, read so that "more than half" is (0.5, none).
    Fraction(f64),
}

const WORDS: &[(&str, Word)] = &[
    ("zero", Word::Unit(0.0)),
    ("nought", Word::Unit(0.0)),
    ("naught", Word::Unit(0.0)),
    ("one", Word::Unit(1.0)),
    ("two", Word::Unit(2.0)),
    ("three", Word::Unit(3.0)),
    ("four", Word::Unit(4.0)),
    ("five", Word::Unit(5.0)),
    ("six", Word::Unit(6.0)),
    ("seven", Word::Unit(7.0)),
    ("eight", Word::Unit(8.0)),
    ("nine", Word::Unit(9.0)),
    ("ten", Word::Unit(10.0)),
    ("eleven", Word::Unit(11.0)),
    ("twelve", Word::Unit(12.0)),
    ("thirteen", Word::Unit(13.0)),
    ("fourteen", Word::Unit(14.0)),
    ("fifteen", Word::Unit(15.0)),
    ("sixteen", Word::Unit(16.0)),
    ("seventeen", Word::Unit(17.0)),
    ("eighteen", Word::Unit(18.0)),
    ("nineteen", Word::Unit(19.0)),
    ("twenty", Word::Ten(20.0)),
    ("thirty", Word::Ten(30.0)),
    ("forty", Word::Ten(40.0)),
    ("fifty", Word::Ten(50.0)),
    ("sixty", Word::Ten(60.0)),
    ("seventy", Word::Ten(70.0)),
    ("eighty", Word::Ten(80.0)),
    ("ninety", Word::Ten(90.0)),
    ("hundred", Word::Hundred),
    ("thousand", Word::Scale(1e3)),
    ("million", Word::Scale(1e6)),
    ("billion", Word::Scale(1e9)),
    ("trillion", Word::Scale(1e12)),
    ("bn", Word::Scale(1e9)),
    ("bln", Word::Scale(1e9)),
    ("tln", Word::Scale(1e12)),
    ("lakh", Word::Scale(1e5)),
    ("crore", Word::Scale(1e7)),
    ("dozen", Word::Dozen),
    ("dozens", Word::Dozen),
    ("doz", Word::Dozen),
    ("dozs", Word::Dozen),
    ("dz", Word::Dozen),
    ("dzs", Word::Dozen),
    ("half", Word::Fraction(0.5)),
    ("quarter", Word::Fraction(0.25)),
];

/// Words before a number that make it negative: "minus five", "negative ten".
const SIGNS: &[&str] = &["minus", "negative"];

/// The words a number can begin with besides a digit: number words, signs and vague plurals.
/// "a" is not among them: it begins a number only before a number word ("a dozen").
pub(super) fn first_words() -> impl Iterator<Item = &'static str> {
    let words = WORDS.iter().map(|(w, _)| *w);
    words
        .chain(SIGNS.iter().copied())
        .chain(VAGUE.iter().map(|(w, _)| *w))
}

/// Scales glued to digits: "10k", "1.2b", "10M", "1MM", "2mil".
const GLUED_SCALES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("m", 1e6),
    ("mm", 1e6),
    ("mil", 1e6),
    ("b", 1e9),
    ("bn", 1e9),
    ("g", 1e9),
];

/// Plurals that mean "at least" a number: "dozens of buildings" is 24 or more.
const VAGUE: &[(&str, f64)] = &[
    ("dozens", 24.0),
    ("scores", 40.0),
    ("hundreds", 200.0),
    ("thousands", 2000.0),
    ("millions", 2e6),
];

/// The value a vague plural stands for ("dozens" 24). Out of line: the table's search was
/// unrolled at both callers.
#[inline(never)]
fn vague(word: &str) -> Option<f64> {
    VAGUE.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)
}

fn word(s: &str) -> Option<Word> {
    // Asked of nearly every token: a hash lookup rather than a walk through the table.
    static BY_WORD: OnceLock<WordMap<&str, Word>> = OnceLock::new();
    BY_WORD
        .get_or_init(|| WORDS.iter().copied().collect())
        .get(s)
        .copied()
}

/// Digits with optional thousands separators or a decimal part: "2,000", "598", "1.5".
fn digits(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    if b.is_empty() || !b[0].is_ascii_digit() {
        return None;
    }
    if s.contains(',') {
        // "1,674.5": separators, then an optional decimal part
        let (whole, fraction) = s.split_once('.').unwrap_or((s, ""));
        if !fraction.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let mut groups = whole.split(',');
        let head = groups.next()?;
        if head.is_empty() || head.len() > 3 || !head.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let rest: Vec<&str> = groups.collect();
        if rest
            .iter()
            .any(|g| g.len() != 3 || !g.bytes().all(|c| c.is_ascii_digit()))
        {
            return None;
        }
        return decimal::parse(&s.replace(',', ""));
    }
    let dots = s.bytes().filter(|&c| c == b'.').count();
    if dots > 1 || !s.bytes().all(|c| c.is_ascii_digit() || c == b'.') {
        return None;
    }
    decimal::parse(s)
}

/// "1/2" as 0.5: a share written with a slash, numerator below the denominator (so that
/// "24/7" and dates are left alone).
fn digit_fraction(s: &str) -> Option<f64> {
    let (a, b) = s.split_once('/')?;
    let whole = |p: &str| {
        let digits_only = !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit());
        digits_only.then(|| decimal::parse(p)).flatten()
    };
    let (a, b) = (whole(a)?, whole(b)?);
    (a < b).then(|| a / b)
}

/// "10k" as 10,000: digits followed by a scale letter from [`GLUED_SCALES`].
fn digits_with_scale(s: &str) -> Option<f64> {
    let split = s.find(|c: char| c.is_ascii_alphabetic())?;
    let (n, unit) = s.split_at(split);
    let scale = GLUED_SCALES.iter().find(|(u, _)| *u == unit)?.1;
    Some(digits(n)? * scale)
}

/// Splits "11-hour" into ("11", Some("hour")): the number's hyphenated parts ("twenty-three"
/// stays whole), and the word a hyphen glues to them.
fn split_suffix(lower: &str) -> (&str, Option<&str>) {
    if hyphen(lower).is_none() {
        return (lower, None);
    }
    let numeric: usize = lower
        .split('-')
        .take_while(|p| digits(p).is_some() || word(p).is_some())
        .map(|p| p.len() + 1)
        .sum();
    if numeric == 0 || numeric > lower.len() {
        return (lower, None);
    }
    (&lower[..numeric - 1], Some(&lower[numeric..]))
}

/// The first of a number's hyphenated parts: "twenty" of "twenty-three".
fn first_part(parts: &str) -> &str {
    hyphen(parts).map_or(parts, |h| &parts[..h])
}

/// Where the first hyphen of a token is. Asked of nearly every token, where a byte loop is
/// several times cheaper than `str`'s character search and its set-up.
pub(super) fn hyphen(s: &str) -> Option<usize> {
    s.bytes().position(|b| b == b'-')
}

/// Reads the number that starts at `tokens[i]`, if one does.
pub fn read_at(tokens: &[Token], i: usize) -> Option<Number> {
    let t = tokens.get(i)?;
    if t.is_break || !may_start_a_number(&t.lower) {
        return None;
    }
    if crate::text::is_one_of(t.lower.as_ref(), SIGNS) {
        let n = read_at(tokens, i + 1)?;
        return Some(Number {
            first: i,
            value: -n.value,
            ..n
        });
    }
    if let Some(v) = digit_fraction(&t.lower) {
        return Some(Number {
            first: i,
            last: i,
            value: v,
            vague: false,
            suffix: None,
            in_words: false,
        });
    }
    if let Some(v) = vague(&t.lower) {
        // "hundreds of thousands": one number, hundreds of a thousand (each plural stands for
        // two of its unit).
        let of_more = (tokens.get(i + 1).is_some_and(|t| t.lower == "of"))
            .then(|| vague(&tokens.get(i + 2)?.lower))
            .flatten();
        return Some(Number {
            first: i,
            last: i + 2 * usize::from(of_more.is_some()),
            value: of_more.map_or(v, |more| v * more / 2.0),
            vague: true,
            suffix: None,
            in_words: true,
        });
    }
    let (parts, suffix) = split_suffix(&t.lower);
    let hyphenated = hyphen(parts).is_some();
    let glued = (!hyphenated).then(|| digits_with_scale(&t.lower)).flatten();
    if let Some(v) = digits(first_part(parts)).or(glued) {
        if hyphenated {
            return None; // "20-30" is a range, read by the qualifier reader
        }
        // "120 billion", "1.5 million", "322 hundred", "3 dozens"
        let suffix = if glued.is_some() { None } else { suffix };
        let mut n = Number {
            first: i,
            last: i,
            value: v,
            vague: false,
            suffix: suffix.map(str::to_string),
            in_words: false,
        };
        if n.suffix.is_none() {
            let scale = match tokens.get(i + 1).and_then(|t| word(&t.lower)) {
                Some(Word::Scale(s)) => Some(s),
                Some(Word::Hundred) => Some(100.0),
                Some(Word::Dozen) => Some(12.0),
                _ => None,
            };
            if let Some(s) = scale {
                n.value *= s;
                n.last = i + 1;
                // "three lakh crore": scales stack
                while let Some(Word::Scale(s)) = tokens.get(n.last + 1).and_then(|t| word(&t.lower))
                {
                    n.value *= s;
                    n.last += 1;
                }
            }
        }
        return Some(n);
    }
    read_words(tokens, i)
}

/// Whether a word can begin a number at all: most words cannot, and are turned away by their
/// shape before any splitting, hashing or allocation.
fn may_start_a_number(lower: &str) -> bool {
    static SHAPES: OnceLock<Shapes> = OnceLock::new();
    match lower.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => true,
        // Every number word, sign and vague plural is in lowercase ASCII.
        Some(b) if b.is_ascii_lowercase() => {
            let part = first_part(lower);
            lower == "a"
                || (SHAPES
                    .get_or_init(|| Shapes::new(first_words()))
                    .may_hold(part.as_bytes())
                    && (word(part).is_some()
                        || crate::text::is_one_of(lower, SIGNS)
                        || vague(lower).is_some()))
        }
        _ => false,
    }
}

/// "five hundred and ninety-eight", "a dozen", "twenty three", "two million".
fn read_words(tokens: &[Token], i: usize) -> Option<Number> {
    let mut at = i;
    let mut total = 0.0;
    let mut current = 0.0;
    let mut last: Option<Word> = None;
    let mut end = None;
    let mut suffix = None;
    // "a hundred", "a dozen", "a thousand": the article stands for one.
    if tokens[i].is("a") {
        match tokens.get(i + 1).and_then(|t| word(&t.lower)) {
            Some(Word::Hundred | Word::Scale(_) | Word::Dozen | Word::Fraction(_)) => {
                current = 1.0;
                last = Some(Word::Unit(1.0));
                at += 1;
            }
            _ => return None,
        }
    }
    while let Some(t) = tokens.get(at) {
        if t.is_break {
            break;
        }
        if t.is("and") && matches!(last, Some(Word::Hundred | Word::Scale(_))) {
            let next_is_small = tokens
                .get(at + 1)
                .and_then(|n| word(first_part(split_suffix(&n.lower).0)))
                .is_some_and(|w| matches!(w, Word::Unit(_) | Word::Ten(_)));
            if next_is_small {
                at += 1;
                continue;
            }
            break;
        }
        // "fifty - two"
        if t.is("-") && matches!(last, Some(Word::Ten(_))) {
            let next_unit = tokens
                .get(at + 1)
                .and_then(|n| word(&n.lower))
                .is_some_and(|w| matches!(w, Word::Unit(_)));
            if next_unit {
                at += 1;
                continue;
            }
        }
        let (parts, suf) = split_suffix(&t.lower);
        let words: Option<Vec<Word>> = parts.split('-').map(word).collect();
        let Some(words) = words else { break };
        let mut fits = true;
        for w in &words {
            if !follows(last, *w) {
                fits = false;
                break;
            }
            match *w {
                Word::Unit(v) | Word::Ten(v) => current += v,
                Word::Hundred => current = current.max(1.0) * 100.0,
                Word::Dozen => current = current.max(1.0) * 12.0,
                Word::Fraction(f) => current = current.max(1.0) * f,
                // "three lakh crore": a scale right after a scale multiplies the whole.
                Word::Scale(s) if matches!(last, Some(Word::Scale(_))) && current == 0.0 => {
                    total *= s
                }
                Word::Scale(s) => {
                    total += current.max(1.0) * s;
                    current = 0.0;
                }
            }
            last = Some(*w);
        }
        if !fits {
            break;
        }
        end = Some(at);
        if suf.is_some() {
            suffix = suf.map(str::to_string);
            break;
        }
        at += 1;
    }
    let last_token = end?;
    // A lone scale word ("thousand") or "dozen" with no count before it is not a number here.
    if tokens[i].lower.as_ref() != "a"
        && i == last_token
        && matches!(last, Some(Word::Scale(_) | Word::Hundred))
    {
        return None;
    }
    Some(Number {
        first: i,
        last: last_token,
        value: total + current,
        vague: false,
        suffix,
        in_words: true,
    })
}

/// Every number in `text`, counts or not, with its span: the reader the external
/// Recognizers-Text suite runs against. Beyond [`read_at`] it reads signs ("-1", "minus one"),
/// thousands grouped by spaces ("1 234 567") and numbers run together by dots, slashes or
/// hyphens ("192.168.1.2", "5/17/2018", "SCP-173").
pub fn read_numbers(text: &str) -> Vec<(Span, f64)> {
    let lower = text.to_ascii_lowercase();
    let tokens = tokenize(&lower, Span::new(0, text.len()));
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(mut n) = read_at(&tokens, i) else {
            out.extend(run_together(&tokens[i]));
            i += 1;
            continue;
        };
        if n.suffix.is_some() && n.in_words {
            // "three-nought-four": number words that do not compose are numbers each.
            out.extend(run_together(&tokens[i]));
            i += 1;
            continue;
        }
        let mut span = Span::new(tokens[n.first].span.start, tokens[n.last].span.end);
        let lead = n.last == n.first && !n.in_words && tokens[n.first].lower.len() <= 3;
        while let Some(next) = tokens.get(n.last + 1) {
            let gap = &text[span.end..next.span.start];
            let group = next.lower.len() == 3 && next.lower.bytes().all(|b| b.is_ascii_digit());
            if group && lead && matches!(gap, " " | "\u{202f}" | "\u{a0}") {
                n.value = n.value * 1000.0 + digits(&next.lower).unwrap_or(0.0);
                n.last += 1;
                span.end = next.span.end;
            } else {
                break;
            }
        }
        let dash = n
            .first
            .checked_sub(1)
            .filter(|&b| tokens[b].is("-"))
            .is_some_and(|b| {
                b == 0 || !text[..tokens[b].span.start].ends_with(|c: char| c.is_alphanumeric())
            });
        if dash {
            n.value = -n.value;
            span.start = tokens[n.first - 1].span.start;
        }
        out.push((span, n.value));
        i = n.last + 1;
    }
    out
}

/// Digits run together with dots, slashes or hyphens, read one by one.
fn run_together(t: &Token) -> Vec<(Span, f64)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for part in t.lower.split(['.', '/', '-', ',']) {
        let start = t.span.start + offset;
        offset += part.len() + 1;
        let value = digits(part).or_else(|| match word(part) {
            Some(Word::Unit(v)) => Some(v),
            _ => None,
        });
        if let Some(v) = value {
            out.push((Span::new(start, start + part.len()), v));
        }
    }
    out
}

/// Whether number word `next` may follow `prev` in one number: "twenty three" yes,
/// "three twenty" no.
fn follows(prev: Option<Word>, next: Word) -> bool {
    match (prev, next) {
        (None, _) => true,
        (Some(Word::Unit(a)), Word::Hundred | Word::Scale(_) | Word::Dozen) => a > 0.0,
        (Some(Word::Ten(_)), Word::Unit(b)) => b < 10.0 && b > 0.0,
        (Some(Word::Ten(_)), Word::Hundred | Word::Scale(_)) => true,
        (Some(Word::Hundred), Word::Unit(_) | Word::Ten(_) | Word::Scale(_)) => true,
        (Some(Word::Scale(a)), Word::Unit(_) | Word::Ten(_)) => a > 0.0,
        (Some(Word::Scale(a)), Word::Scale(b)) => b > a || a < 1e6,
        (Some(Word::Unit(a)), Word::Fraction(_)) => a == 1.0,
        (Some(Word::Dozen | Word::Fraction(_)), _) => false,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(f64, Option<String>)> {
        let lower = text.to_ascii_lowercase();
        let t = tokenize(&lower, Span::new(0, text.len()));
        read_at(&t, 0).map(|n| (n.value, n.suffix))
    }

    fn value(text: &str) -> Option<f64> {
        read(text).map(|(v, _)| v)
    }

    #[test]
    fn digits_read_with_separators_decimals_and_scales() {
        assert_eq!(value("2,000 homes"), Some(2000.0));
        assert_eq!(value("1.5 million"), Some(1_500_000.0));
        assert_eq!(value("120 billion hryvnias"), Some(120e9));
        assert_eq!(value("598"), Some(598.0));
        assert_eq!(value("1,20"), None);
    }

    #[test]
    fn number_words_read_as_people_write_them() {
        assert_eq!(value("nine people"), Some(9.0));
        assert_eq!(value("twenty-three"), Some(23.0));
        assert_eq!(value("twenty three"), Some(23.0));
        assert_eq!(value("five hundred and ninety-eight drones"), Some(598.0));
        assert_eq!(value("a dozen"), Some(12.0));
        assert_eq!(value("a hundred"), Some(100.0));
        assert_eq!(value("two thousand five hundred"), Some(2500.0));
        assert_eq!(value("Eighty-seven"), Some(87.0));
    }

    #[test]
    fn a_run_of_unrelated_number_words_stops_where_the_number_ends() {
        assert_eq!(value("three two one"), Some(3.0));
        assert_eq!(value("a lot"), None);
        assert_eq!(value("thousand"), None);
    }

    #[test]
    fn scales_may_be_glued_stacked_or_follow_digits() {
        assert_eq!(value("10k"), Some(10_000.0));
        assert_eq!(value("1.2b"), Some(1.2e9));
        assert_eq!(value("322 hundred"), Some(32_200.0));
        assert_eq!(value("3 dozens"), Some(36.0));
        assert_eq!(value("three lakh crore"), Some(3e12));
        assert_eq!(value("fifty - two"), Some(52.0));
    }

    #[test]
    fn every_number_is_read_with_signs_groups_and_run_together_digits() {
        let values = |t: &str| {
            read_numbers(t)
                .into_iter()
                .map(|(_, v)| v)
                .collect::<Vec<_>>()
        };
        assert_eq!(values("192.168.1.2"), [192.0, 168.0, 1.0, 2.0]);
        assert_eq!(values("The answer is minus 5 and -1"), [-5.0, -1.0]);
        assert_eq!(values("1 234 567 and 423 0000"), [1_234_567.0, 423.0, 0.0]);
        assert_eq!(values("three-nought-four"), [3.0, 0.0, 4.0]);
        assert_eq!(values("SCP-173"), [173.0]);
    }

    #[test]
    fn shares_and_signs_are_read_so_that_they_can_be_left_out_as_counts() {
        assert_eq!(value("half of them"), Some(0.5));
        assert_eq!(value("a quarter"), Some(0.25));
        assert_eq!(value("1/2"), Some(0.5));
        assert_eq!(value("24/7"), None);
        assert_eq!(value("negative ten"), Some(-10.0));
        assert_eq!(value("minus 5"), Some(-5.0));
    }

    #[test]
    fn every_number_word_sign_and_vague_plural_may_start_a_number() {
        for w in first_words() {
            assert!(may_start_a_number(w), "{w}");
        }
        assert!(!may_start_a_number("people"));
    }

    #[test]
    fn vague_plurals_are_lower_bounds() {
        let t = tokenize("dozens of", Span::new(0, 9));
        let n = read_at(&t, 0).unwrap();
        assert!(n.vague);
        assert_eq!(n.value, 24.0);
        // One number, not "hundreds" and then "thousands" (USA Post Daily, 4 July 2025).
        let t = tokenize("hundreds of thousands of drones", Span::new(0, 31));
        let n = read_at(&t, 0).unwrap();
        assert_eq!((n.value, n.last), (200_000.0, 2));
    }

    #[test]
    fn a_hyphenated_unit_is_kept_as_the_suffix() {
        assert_eq!(read("11-hour"), Some((11.0, Some("hour".into()))));
        assert_eq!(read("five-storey"), Some((5.0, Some("storey".into()))));
        assert_eq!(read("45-year-old"), Some((45.0, Some("year-old".into()))));
    }

    #[test]
    fn weapon_names_and_ranges_are_not_plain_numbers() {
        assert_eq!(value("KN-23"), None);
        assert_eq!(value("Kh-101"), None);
        assert_eq!(value("20-30"), None);
    }
}
