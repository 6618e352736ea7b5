//! Qualifiers: the words before a number that hedge it ("at least", "up to", "some"), and
//! ranges ("between 20 and 30", "20-30", "20 to 30"). Each qualifier decides the interval; see
//! [`Qualifier::interval`].

use super::numbers::{self, Number};
use super::tokens::Token;
use super::Qualifier;
use crate::text::decimal;

/// Longest phrases first, so that "no more than" wins over "more than".
const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("not less than", Qualifier::AtLeast),
    ("not fewer than", Qualifier::AtLeast),
    ("not more than", Qualifier::UpTo),
    ("a minimum of", Qualifier::AtLeast),
    ("no more than", Qualifier::UpTo),
    ("in excess of", Qualifier::MoreThan),
    ("well over", Qualifier::MoreThan),
    ("just over", Qualifier::MoreThan),
    ("upwards of", Qualifier::MoreThan),
    ("just under", Qualifier::FewerThan),
    ("an estimated", Qualifier::About),
    ("at least", Qualifier::AtLeast),
    ("more than", Qualifier::MoreThan),
    ("greater than", Qualifier::MoreThan),
    ("larger than", Qualifier::MoreThan),
    ("higher than", Qualifier::MoreThan),
    ("above", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("up to", Qualifier::UpTo),
    ("as many as", Qualifier::UpTo),
    ("at most", Qualifier::UpTo),
    ("fewer than", Qualifier::FewerThan),
    ("less than", Qualifier::FewerThan),
    ("lower than", Qualifier::FewerThan),
    ("smaller than", Qualifier::FewerThan),
    ("under", Qualifier::FewerThan),
    ("below", Qualifier::FewerThan),
    ("nearly", Qualifier::Nearly),
    ("almost", Qualifier::Nearly),
    ("close to", Qualifier::About),
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("some", Qualifier::About),
    ("approximately", Qualifier::About),
    ("roughly", Qualifier::About),
    ("estimated", Qualifier::About),
    ("circa", Qualifier::About),
    (">", Qualifier::MoreThan),
    ("<", Qualifier::FewerThan),
    ("≥", Qualifier::AtLeast),
    ("≤", Qualifier::UpTo),
    ("~", Qualifier::About),
];

/// The qualifier right before token `first`, with the index of its first token.
pub fn before(tokens: &[Token], first: usize) -> Option<(Qualifier, usize)> {
    let word_before = tokens.get(first.checked_sub(1)?)?.lower.as_ref();
    let last = word_before.as_bytes().last();
    QUALIFIERS.iter().find_map(|(phrase, q)| {
        // Most phrases do not end in the word before the number: that is settled first, by the
        // last byte before the bytes (a comparison of bytes is a call in the wasm).
        if last.is_some_and(|b| phrase.as_bytes().last() != Some(b)) {
            return None;
        }
        let head = phrase.strip_suffix(word_before)?;
        if !(head.is_empty() || head.ends_with(' ')) {
            return None;
        }
        let start = first.checked_sub(phrase.split(' ').count())?;
        let matches = tokens[start..first]
            .iter()
            .zip(phrase.split(' '))
            .all(|(t, w)| t.lower == w);
        // "Casualty toll up to 23": a headline's toll that has risen to a number, not a cap.
        let risen = *phrase == "up to"
            && start
                .checked_sub(1)
                .is_some_and(|k| matches!(tokens[k].lower.as_ref(), "toll" | "tally"));
        (matches && !risen).then_some((*q, start))
    })
}

/// A range: both ends and the token span it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct Range {
    pub first: usize,
    pub last: usize,
    pub low: f64,
    pub high: f64,
}

/// A range starting at token `i`: "between 20 and 30", "20-30", "20 to 30".
/// "from four to 23" is a change over time, not a range, and is left to be read as two numbers.
/// `number` is what [`numbers::read_at`] reads at `i`: the caller has it already, and reading
/// twice at every token was a tenth of all the reading.
pub fn range_at(tokens: &[Token], i: usize, number: Option<&Number>) -> Option<Range> {
    let t = tokens.get(i)?;
    if t.is("between") {
        let a = numbers::read_at(tokens, i + 1)?;
        if !tokens.get(a.last + 1)?.is("and") {
            return None;
        }
        let b = numbers::read_at(tokens, a.last + 2)?;
        return ordered(i, b.last, &a, &b);
    }
    // Every other range opens with digits ("20-30") or a number ("twenty to thirty"): most
    // tokens are neither, and are settled here.
    if number.is_none() && !t.starts_with_digit() {
        return None;
    }
    if let Some((a, b)) = numbers::hyphen(&t.lower).map(|h| (&t.lower[..h], &t.lower[h + 1..])) {
        let (lo, hi) = (decimal::parse(a)?, decimal::parse(b)?);
        return (lo < hi && a.bytes().all(|c| c.is_ascii_digit())).then_some(Range {
            first: i,
            last: i,
            low: lo,
            high: hi,
        });
    }
    if i > 0 && tokens[i - 1].is("from") {
        return None;
    }
    let a = number?;
    if a.vague || a.suffix.is_some() || !tokens.get(a.last + 1)?.is("to") {
        return None;
    }
    let b = numbers::read_at(tokens, a.last + 2)?;
    ordered(i, b.last, a, &b)
}

fn ordered(first: usize, last: usize, a: &Number, b: &Number) -> Option<Range> {
    (a.value < b.value).then_some(Range {
        first,
        last,
        low: a.value,
        high: b.value,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::tokens::tokenize;
    use crate::text::Span;

    fn toks(text: &str) -> Vec<Token<'_>> {
        tokenize(text, Span::new(0, text.len()))
    }

    #[test]
    fn the_longest_qualifier_before_the_number_wins() {
        let t = toks("no more than 20");
        assert_eq!(before(&t, 3), Some((Qualifier::UpTo, 0)));
        let t = toks("killing at least 23");
        assert_eq!(before(&t, 3), Some((Qualifier::AtLeast, 1)));
        let t = toks("some 70 missiles");
        assert_eq!(before(&t, 1), Some((Qualifier::About, 0)));
        let t = toks("killed 23");
        assert_eq!(before(&t, 1), None);
        // Dogecoin Today's copy of AP, 24 April 2025.
        let t = toks("not less than 9");
        assert_eq!(before(&t, 3), Some((Qualifier::AtLeast, 0)));
    }

    #[test]
    fn a_toll_up_to_a_number_has_risen_to_it() {
        let t = toks("casualty toll up to 23");
        assert_eq!(before(&t, 4), None);
        let t = toks("tally up to 25");
        assert_eq!(before(&t, 3), None);
        let t = toks("injuring up to 30");
        assert_eq!(before(&t, 3), Some((Qualifier::UpTo, 1)));
    }

    fn range_at(tokens: &[Token], i: usize) -> Option<Range> {
        super::range_at(tokens, i, numbers::read_at(tokens, i).as_ref())
    }

    #[test]
    fn ranges_read_between_and_hyphen_and_to_forms() {
        let t = toks("between 20 and 30 people");
        assert_eq!(
            range_at(&t, 0),
            Some(Range {
                first: 0,
                last: 3,
                low: 20.0,
                high: 30.0
            })
        );
        let t = toks("20-30 people");
        assert_eq!(range_at(&t, 0).map(|r| (r.low, r.high)), Some((20.0, 30.0)));
        let t = toks("twenty to thirty drones");
        assert_eq!(range_at(&t, 0).map(|r| (r.low, r.high)), Some((20.0, 30.0)));
    }

    #[test]
    fn a_rise_from_one_number_to_another_is_not_a_range() {
        let t = toks("rose from four to 23");
        assert_eq!(range_at(&t, 2), None);
    }
}
