//! Words and punctuation with their byte spans: what the number, qualifier and category
//! readers look at. A word keeps its inner hyphens, apostrophes, slashes and digit separators
//! ("twenty-three", "Iskander-M/KN-23", "2,000", "2.5"), so that "five-storey" or "Kh-101" can
//! be recognised as one thing.

use std::borrow::Cow;

use crate::text::{char_at, fold, Span};

#[derive(Debug, Clone, PartialEq)]
pub struct Token<'t> {
    pub span: Span,
    /// The word folded (lowercase, apostrophes straight), non-breaking hyphens made plain;
    /// borrowed from the text when that changes nothing, as for most words.
    pub lower: Cow<'t, str>,
    /// Punctuation that ends a clause: `, ; : . ! ? ( ) — –` and quote marks.
    pub is_break: bool,
}

impl Token<'_> {
    /// Out of line: inlined at its 60 callers, it was 0.8 KB of gzip (2026-12-06; the ledger).
    #[inline(never)]
    pub fn is(&self, word: &str) -> bool {
        self.lower == word
    }

    /// "kyiv's": an owner (folding has made the apostrophe straight).
    pub fn is_possessive(&self) -> bool {
        self.lower.ends_with("'s")
    }

    pub fn starts_with_digit(&self) -> bool {
        self.lower
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_digit)
    }
}

/// Strips a possessive from a folded word, so that "kyiv's" reads as "kyiv" and "sunday's" as
/// "sunday" (folding has made the apostrophe straight).
pub fn without_possessive(lower: &str) -> &str {
    lower.strip_suffix("'s").unwrap_or(lower)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `c`, at byte `at` of `text`, stays inside a word: some characters do between two
/// word characters (or two digits).
fn joins(text: &str, at: usize, c: char) -> bool {
    let between = |inside: fn(char) -> bool| {
        text[..at].chars().next_back().is_some_and(inside)
            && char_at(text, at + c.len_utf8()).is_some_and(inside)
    };
    match c {
        '-' | '/' | '\'' | '’' | '‑' => between(is_word_char),
        ',' | '.' => between(|d| d.is_ascii_digit()),
        _ => false,
    }
}

/// Splits `lower[span]` into tokens. Spaces are dropped; other punctuation becomes a token.
/// `lower` is the text with its ASCII letters lowercased (`str::to_ascii_lowercase`), which
/// keeps every offset: lowercased once per text, a capitalised word needs no copy of its own.
pub fn tokenize(lower: &str, span: Span) -> Vec<Token<'_>> {
    let slice = &lower[span.start..span.end];
    debug_assert!(
        !slice.bytes().any(|b| b.is_ascii_uppercase()),
        "tokenize reads text whose ASCII letters are lowercased already"
    );
    // About one token per five bytes of news text: one allocation per sentence, not several.
    let mut out = Vec::with_capacity(slice.len() / 5 + 1);
    let mut i = 0;
    while let Some(c) = char_at(slice, i) {
        if c == ' ' {
            i += 1; // the commonest character, settled first
            continue;
        }
        if is_word_char(c) {
            let start = i;
            let mut end = i;
            let mut ascii = true;
            loop {
                // Runs of ASCII letters and digits, most of a word, are passed over byte by byte.
                end += slice.as_bytes()[end..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
                let Some(d) = char_at(slice, end) else { break };
                if is_word_char(d) || joins(slice, end, d) {
                    ascii &= d.is_ascii();
                    end += d.len_utf8();
                } else {
                    break;
                }
            }
            let word = &slice[start..end];
            out.push(Token {
                span: Span::new(span.start + start, span.start + end),
                lower: if ascii {
                    Cow::Borrowed(word)
                } else {
                    folded(word)
                },
                is_break: false,
            });
            i = end;
            continue;
        }
        let end = i + c.len_utf8();
        if !c.is_whitespace() {
            out.push(Token {
                span: Span::new(span.start + i, span.start + end),
                lower: Cow::Borrowed(&slice[i..end]),
                is_break: is_break(c),
            });
        }
        i = end;
    }
    out
}

/// `word`, not all ASCII, with its ASCII letters lowercased already, folded.
fn folded(word: &str) -> Cow<'_, str> {
    let folded = fold(word);
    Cow::Owned(match crate::text::find(&folded, "‑").is_some() {
        true => folded.replace('‑', "-"),
        false => folded,
    })
}

fn is_break(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '.' | '!' | '?' | '(' | ')' | '—' | '–' | '"' | '“' | '”' | '…'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(&text.to_ascii_lowercase(), Span::new(0, text.len()))
            .into_iter()
            .map(|t| t.lower.into_owned())
            .collect()
    }

    #[test]
    fn words_keep_inner_hyphens_separators_and_slashes() {
        assert_eq!(
            words("11 Iskander-M/KN-23, 2,000 homes; twenty-three’s 2.5"),
            [
                "11",
                "iskander-m/kn-23",
                ",",
                "2,000",
                "homes",
                ";",
                "twenty-three's",
                "2.5"
            ]
        );
    }

    #[test]
    fn a_trailing_full_stop_is_punctuation_not_part_of_the_number() {
        assert_eq!(words("killed 23."), ["killed", "23", "."]);
    }

    #[test]
    fn spans_are_byte_offsets_into_the_whole_text_even_after_emoji() {
        let text = "🇺🇦 Київ: 23";
        let t = tokenize(text, Span::new(0, text.len()));
        assert_eq!(t.last().unwrap().span.of(text), "23");
        let kyiv = t.iter().find(|t| t.lower == "київ").unwrap();
        assert_eq!(kyiv.span.of(text), "Київ");
        // Folded whether the word's first letter is beyond ASCII or a later one is.
        assert_eq!(words("ÉTÉ été’s Kyiv’s"), ["été", "été's", "kyiv's"]);
    }
}
