//! Numbers as news writes them: digits with separators ("2,000", "1.5"), digits with a scale
//! ("120 billion"), words ("nine", "twenty-three", "five hundred and ninety-eight", "a dozen"),
//! and vague plurals ("dozens of", "hundreds of"), which read as "at least".

use super::tokens::Token;

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
}

const WORDS: &[(&str, Word)] = &[
    ("zero", Word::Unit(0.0)),
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
    ("dozen", Word::Dozen),
];

/// Plurals that mean "at least" a number: "dozens of buildings" is 24 or more.
const VAGUE: &[(&str, f64)] = &[
    ("dozens", 24.0),
    ("scores", 40.0),
    ("hundreds", 200.0),
    ("thousands", 2000.0),
    ("millions", 2e6),
];

fn word(s: &str) -> Option<Word> {
    WORDS.iter().find(|(w, _)| *w == s).map(|(_, v)| *v)
}

/// Digits with optional thousands separators or a decimal part: "2,000", "598", "1.5".
fn digits(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    if b.is_empty() || !b[0].is_ascii_digit() {
        return None;
    }
    if s.contains(',') {
        let mut groups = s.split(',');
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
        return s.replace(',', "").parse().ok();
    }
    let dots = s.bytes().filter(|&c| c == b'.').count();
    if dots > 1 || !s.bytes().all(|c| c.is_ascii_digit() || c == b'.') {
        return None;
    }
    s.parse().ok()
}

/// Splits "11-hour" into ("11", Some("hour")) and "twenty-three" into its number words.
fn split_suffix(lower: &str) -> (Vec<&str>, Option<&str>) {
    let parts: Vec<&str> = lower.split('-').collect();
    let numeric = parts
        .iter()
        .take_while(|p| digits(p).is_some() || word(p).is_some())
        .count();
    if numeric == 0 || numeric == parts.len() {
        return (parts, None);
    }
    let suffix_at = parts[..numeric].iter().map(|p| p.len() + 1).sum::<usize>();
    (parts[..numeric].to_vec(), Some(&lower[suffix_at..]))
}

/// Reads the number that starts at `tokens[i]`, if one does.
pub fn read_at(tokens: &[Token], i: usize) -> Option<Number> {
    let t = tokens.get(i)?;
    if t.is_break {
        return None;
    }
    if let Some(&(_, v)) = VAGUE.iter().find(|(w, _)| t.lower == *w) {
        return Some(Number {
            first: i,
            last: i,
            value: v,
            vague: true,
            suffix: None,
            in_words: true,
        });
    }
    let (parts, suffix) = split_suffix(&t.lower);
    if let Some(v) = parts.first().and_then(|p| digits(p)) {
        if parts.len() > 1 {
            return None; // "20-30" is a range, read by the qualifier reader
        }
        // "120 billion", "1.5 million"
        let mut n = Number {
            first: i,
            last: i,
            value: v,
            vague: false,
            suffix: suffix.map(str::to_string),
            in_words: false,
        };
        if n.suffix.is_none() {
            if let Some(Word::Scale(s)) = tokens.get(i + 1).and_then(|t| word(&t.lower)) {
                n.value *= s;
                n.last = i + 1;
            }
        }
        return Some(n);
    }
    read_words(tokens, i)
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
            Some(Word::Hundred | Word::Scale(_) | Word::Dozen) => {
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
                .and_then(|n| split_suffix(&n.lower).0.first().and_then(|p| word(p)))
                .is_some_and(|w| matches!(w, Word::Unit(_) | Word::Ten(_)));
            if next_is_small {
                at += 1;
                continue;
            }
            break;
        }
        let (parts, suf) = split_suffix(&t.lower);
        let words: Option<Vec<Word>> = parts.iter().map(|p| word(p)).collect();
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
    if tokens[i].lower.as_str() != "a"
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
        (Some(Word::Scale(a)), Word::Scale(b)) => b > a,
        (Some(Word::Dozen), _) => false,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::tokens::tokenize;
    use crate::text::Span;

    fn read(text: &str) -> Option<(f64, Option<String>)> {
        let t = tokenize(text, Span::new(0, text.len()));
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
    fn vague_plurals_are_lower_bounds() {
        let t = tokenize("dozens of", Span::new(0, 9));
        let n = read_at(&t, 0).unwrap();
        assert!(n.vague);
        assert_eq!(n.value, 24.0);
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
