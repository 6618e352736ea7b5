//! Sentence segmentation, in one linear pass.
//!
//! A sentence ends at a line break, or at `.`, `!`, `?` or `…` (with any closing quotes or
//! brackets after it) followed by white space and then something that can start a sentence:
//! anything but a lowercase letter or punctuation (capitals, digits, opening quotes, emoji).
//! It does not end after an abbreviation from
//! the table ("U.S.", "Mr.", "a.m." before a name), after a single initial ("J. D. Vance"), or
//! at `!`/`?` inside a quotation that the sentence goes on after ("“Vladimir, STOP!” he wrote").

use super::{char_at, Span, Stops};

/// Abbreviations after which a full stop does not end a sentence, lowercased without the
/// final dot. "a.m." and "p.m." are here: "at 3 a.m. Ukrainian forces" reads on, which keeps
/// a time and its sentence together at the cost of joining two sentences now and then.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
    "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "e.g", "i.e", "etc", "vs", "no", "jan", "feb", "aug",
    "sept", "oct", "nov", "dec", "approx", "inc", "ltd", "jr", "sr",
];

const CLOSERS: &[char] = &['"', '”', '’', '\'', ')', ']', '»'];
const OPENERS: &[char] = &['"', '“', '‘', '\'', '(', '[', '«', '—', '-'];

/// The sentences of `text`, in order, as trimmed byte spans.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut at = 0;
    // Only a line break or a terminator can end a sentence: the bytes between them are skipped
    // unread. 0xE2 leads "…" (and other punctuation, decoded and passed over).
    const STOPS: Stops = Stops::new(&[b'\n', b'.', b'!', b'?', 0xE2]);
    while let Some((i, c)) = STOPS.next(text, at) {
        at = i + c.len_utf8();
        if c == '\n' {
            push_trimmed(text, start, i, &mut out);
            start = at;
            continue;
        }
        if !is_terminator(c) {
            continue;
        }
        // Take the run of terminators and closing quotes: "...ceasefire.”"
        let mut closed_quote = false;
        while let Some(d) = char_at(text, at) {
            if is_terminator(d) || CLOSERS.contains(&d) {
                closed_quote |= CLOSERS.contains(&d);
                at += d.len_utf8();
            } else {
                break;
            }
        }
        if ends_sentence(text, start, i, c, at, closed_quote) {
            push_trimmed(text, start, at, &mut out);
            start = at;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn ends_sentence(
    text: &str,
    start: usize,
    at: usize,
    c: char,
    end: usize,
    closed_quote: bool,
) -> bool {
    let rest = &text[end..];
    let next_visible = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    if next_visible.len() == rest.len() && !rest.is_empty() && !rest.starts_with(['\n', '\r']) {
        // No space after: "U.S.-led", "2.5", "pic.twitter.com" go on; a lowercase word of three
        // letters or more, a stop, then a capital is two sentences pasted together without
        // their space ("63 injured.A post shared …", as an editor's paste can give).
        let word = last_word(&text[start..at]);
        let joined = c == '.'
            && word.len() >= 3
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && rest.starts_with(|ch: char| ch.is_ascii_uppercase())
            && rest[1..].starts_with(|ch: char| ch.is_ascii_lowercase() || ch == ' ');
        return joined;
    }
    let Some(next) = next_visible.chars().next() else {
        return true;
    };
    if next == '\n' || next == '\r' {
        return true;
    }
    // Anything but a lowercase letter or punctuation may start one: capitals, digits, opening
    // quotes, emoji, scripts without case.
    let starts_sentence =
        !next.is_lowercase() && (!next.is_ascii_punctuation() || OPENERS.contains(&next));
    if !starts_sentence {
        // "“Vladimir, STOP!” he wrote" and "3 a.m. local time": the sentence goes on.
        return false;
    }
    if c == '.' && !closed_quote {
        let word = last_word(&text[start..at]);
        // The table is lowercase ASCII: compared without a lowercased copy of the word.
        if ABBREVIATIONS
            .iter()
            .any(|a| super::same_ignoring_case(a, word))
        {
            return false;
        }
        let mut letters = word.chars();
        let initial = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
        if initial {
            return false;
        }
    }
    true
}

/// The word right before a full stop, with inner dots ("U.S").
fn last_word(before: &str) -> &str {
    let from = before
        .rfind(|ch: char| !(ch.is_alphanumeric() || ch == '.'))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    &before[from..]
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_a_sentence() {
        assert_eq!(
            split("U.S. special envoy Keith Kellogg condemned it. Mr. Zelenskyy wrote early Friday. J. D. Vance spoke."),
            ["U.S. special envoy Keith Kellogg condemned it.", "Mr. Zelenskyy wrote early Friday.", "J. D. Vance spoke."]
        );
    }

    #[test]
    fn two_sentences_pasted_without_their_space_are_two() {
        assert_eq!(
            split("Nine were killed and 63 injured.A post claimed 30. See pic.twitter.com and U.S.A now."),
            ["Nine were killed and 63 injured.", "A post claimed 30.", "See pic.twitter.com and U.S.A now."]
        );
    }

    #[test]
    fn a_time_keeps_its_sentence_together() {
        assert_eq!(
            split("It began at approximately 3 a.m. Ukrainian forces intercepted most. At 1 a.m. local time it ended."),
            ["It began at approximately 3 a.m. Ukrainian forces intercepted most.", "At 1 a.m. local time it ended."]
        );
    }

    #[test]
    fn a_sentence_ending_inside_quotes_ends_after_the_closing_quote() {
        assert_eq!(
            split("He said: “No diplomatic mission should ever be a target.” Next, Russia spoke."),
            [
                "He said: “No diplomatic mission should ever be a target.”",
                "Next, Russia spoke."
            ]
        );
        assert_eq!(
            split("\"All designated objects were hit,\" the ministry said. It denied it."),
            [
                "\"All designated objects were hit,\" the ministry said.",
                "It denied it."
            ]
        );
    }

    #[test]
    fn an_exclamation_inside_quotes_followed_by_the_attribution_does_not_end_it() {
        assert_eq!(
            split("“Vladimir, STOP!” he wrote on Truth Social. Then he left."),
            [
                "“Vladimir, STOP!” he wrote on Truth Social.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn line_breaks_always_end_a_sentence_and_decimals_never_do() {
        assert_eq!(
            split("Scale of the assault\nIt rose 2.5 times"),
            ["Scale of the assault", "It rose 2.5 times"]
        );
    }

    #[test]
    fn empty_and_multibyte_text_split_safely() {
        assert!(split("").is_empty());
        assert!(split("  \n \n").is_empty());
        assert_eq!(
            split("Київ… Харків! 🇺🇦 Так."),
            ["Київ…", "Харків!", "🇺🇦 Так."]
        );
    }
}
