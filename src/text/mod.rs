//! Spans and sentences. Everything inside the engine counts in bytes of the UTF-8 text;
//! only the report converts to UTF-16.

use std::collections::HashMap;

mod sentences;

pub use sentences::sentences;

/// A half-open byte range `[start, end)` into the checked text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The slice of `text` this span covers.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Text in the one form names, cues and quotes are compared in: lowercase, curly apostrophes
/// straight. Folding can change byte lengths ("’" is three bytes, "'" one), so it keeps a map
/// back to the original's offsets.
pub struct Folded {
    pub text: String,
    /// `map[k]` is the original offset of folded byte `k`; one entry more for the end.
    map: Vec<usize>,
}

impl Folded {
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        for (at, c) in original.char_indices() {
            if c.is_ascii() {
                // Most news text is ASCII: one byte in, one byte out.
                text.push(c.to_ascii_lowercase());
                map.push(at);
                continue;
            }
            let before = text.len();
            if matches!(c, '’' | '‘') {
                text.push('\'');
            } else {
                text.extend(c.to_lowercase());
            }
            map.resize(map.len() + text.len() - before, at);
        }
        map.push(original.len());
        Folded { text, map }
    }

    /// The span of the original text that a span of the folded text came from.
    pub fn original(&self, span: Span) -> Span {
        let end = if span.end == self.text.len() {
            *self.map.last().expect("the end is mapped")
        } else {
            self.map[span.end]
        };
        Span::new(self.map[span.start], end)
    }
}

/// `s` folded: lowercase, apostrophes straight.
pub fn fold(s: &str) -> String {
    Folded::new(s).text
}

/// Every place `needle` stands in `hay` as whole words (not inside a longer word), left to
/// right. Both are expected in the same case.
pub fn find_words<'h>(hay: &'h str, needle: &'h str) -> impl Iterator<Item = Span> + 'h {
    let mut from = 0;
    std::iter::from_fn(move || {
        if needle.is_empty() {
            return None;
        }
        while let Some(i) = hay[from..].find(needle) {
            let start = from + i;
            let end = start + needle.len();
            from = start + hay[start..].chars().next().map_or(1, char::len_utf8);
            let before = hay[..start].chars().next_back();
            let after = hay[end..].chars().next();
            if !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
            {
                return Some(Span::new(start, end));
            }
        }
        None
    })
}

/// The words of a text (runs of letters and digits) by where they start, so that looking up
/// many cue words or names in one sentence costs a hash lookup each instead of a scan of the
/// sentence each.
pub struct WordIndex<'t> {
    text: &'t str,
    starts: HashMap<&'t str, Vec<usize>>,
}

impl<'t> WordIndex<'t> {
    /// Indexes `text`, expected folded like the needles it will be asked for.
    pub fn new(text: &'t str) -> Self {
        let mut starts: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut start = None;
        for (at, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(at),
                (false, Some(s)) => {
                    starts.entry(&text[s..at]).or_default().push(s);
                    start = None;
                }
                _ => {}
            }
        }
        WordIndex { text, starts }
    }

    /// Every place `needle` stands as whole words, as [`find_words`] finds them.
    pub fn find<'s>(&'s self, needle: &'s str) -> impl Iterator<Item = Span> + 's {
        let first = needle.split(|c: char| !c.is_alphanumeric()).next();
        let indexed = first.filter(|w| !w.is_empty());
        let at_words = indexed
            .and_then(|w| self.starts.get(w))
            .into_iter()
            .flatten()
            .filter_map(move |&start| {
                let end = start + needle.len();
                let fits = self.text[start..].starts_with(needle)
                    && !self.text[end..].starts_with(char::is_alphanumeric);
                fits.then_some(Span::new(start, end))
            });
        // A needle that starts with punctuation is not indexed: scan for it.
        let scanned = indexed
            .is_none()
            .then(|| find_words(self.text, needle))
            .into_iter()
            .flatten();
        at_words.chain(scanned)
    }

    /// The distinct words of the text.
    pub fn words(&self) -> impl Iterator<Item = &str> + '_ {
        self.starts.keys().copied()
    }

    pub fn has(&self, needle: &str) -> bool {
        self.find(needle).next().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_index_finds_what_a_scan_finds() {
        let text =
            "kyiv's mayor said: the state emergency service, in kyiv, said 'record-breaking'";
        let index = WordIndex::new(text);
        for needle in [
            "kyiv",
            "said",
            "state emergency service",
            "record-breaking",
            "'record",
            "emergency",
            "mayor said",
            "kyi",
            "s",
        ] {
            let indexed: Vec<Span> = index.find(needle).collect();
            let scanned: Vec<Span> = find_words(text, needle).collect();
            assert_eq!(indexed, scanned, "{needle}");
        }
    }

    #[test]
    fn folded_spans_map_back_to_the_original_across_curly_apostrophes() {
        let original = "Ukraine’s State Emergency Service said";
        let folded = Folded::new(original);
        assert_eq!(folded.text, "ukraine's state emergency service said");
        let at = find_words(&folded.text, "state emergency service")
            .next()
            .unwrap();
        assert_eq!(folded.original(at).of(original), "State Emergency Service");
        let said = find_words(&folded.text, "said").next().unwrap();
        assert_eq!(folded.original(said).of(original), "said");
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(
            find_words("the toll rose", "toll").next(),
            Some(Span::new(4, 8))
        );
        assert_eq!(find_words("tolls rose", "toll").next(), None);
        assert_eq!(find_words("kyiv and kyiv's", "kyiv").count(), 2);
        assert_eq!(find_words("київ", "").next(), None);
    }
}
