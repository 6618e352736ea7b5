//! What a number counts, read from the words around it: cue tables for categories, groups,
//! weapon subtypes and places, and the windows of words they are looked for in.
//!
//! The rules, in the order they apply:
//! 1. A noun right after the number that is not a count we check ("2,000 homes", "5 countries",
//!    "5000 soldiers"), or "more than" ("189 more than the previous record"), makes it `other`.
//! 2. In the words after the number (its clause): an interception or breach verb over a weapon
//!    noun wins ("48 missiles were shot down"); else the first weapon or casualty cue
//!    ("598 attack drones", "53 others were injured"). Numbers joined by "and" share the verb
//!    that follows them ("563 drones and 26 missiles were shot down"); a number past any other
//!    word begins another clause ("550 drones were fired with 475 intercepted"), and "and"
//!    between kinds joins them ("66 ballistic and cruise missiles").
//! 3. In the words before it, back to the previous number or punctuation: the nearest cue
//!    ("killing at least 23", "the death toll had risen to twelve").
//! 4. In the whole sentence before it: a toll ("the death toll rose…, and by morning it stood
//!    at 23").
//!    A sub-count ("including four children") takes its category from the figure it belongs to.

use std::sync::OnceLock;

use super::tokens::{without_possessive, Token};
use super::Category;
use crate::text::{ends_with_word, word_hash, Shapes, WordMap};

/// Words that say what a number counts. Multi-word cues are matched on consecutive tokens.
const CUES: &[(&str, Category, Cue)] = &[
    ("drones", Category::Drones, Cue::Weapon),
    ("drone", Category::Drones, Cue::Weapon),
    ("uavs", Category::Drones, Cue::Weapon),
    ("shaheds", Category::Drones, Cue::Weapon),
    ("shahed", Category::Drones, Cue::Weapon),
    ("missiles", Category::Missiles, Cue::Weapon),
    ("missile", Category::Missiles, Cue::Weapon),
    ("rockets", Category::Missiles, Cue::Weapon),
    ("kh-101", Category::Missiles, Cue::Weapon),
    ("kinzhal", Category::Missiles, Cue::Weapon),
    ("iskander-m", Category::Missiles, Cue::Weapon),
    ("iskander-k", Category::Missiles, Cue::Weapon),
    ("kalibr", Category::Missiles, Cue::Weapon),
    // Drones and missiles counted together, as the air force words it.
    ("air attack weapons", Category::Weapons, Cue::Weapon),
    ("aerial attack weapons", Category::Weapons, Cue::Weapon),
    ("air attack assets", Category::Weapons, Cue::Weapon),
    ("aerial weapons", Category::Weapons, Cue::Weapon),
    ("air weapons", Category::Weapons, Cue::Weapon),
    ("aerial targets", Category::Weapons, Cue::Weapon),
    ("air targets", Category::Weapons, Cue::Weapon),
    ("projectiles", Category::Weapons, Cue::Weapon),
    ("death toll", Category::Killed, Cue::Toll),
    // The dead and the injured together: says neither.
    ("casualty toll", Category::Other, Cue::Toll),
    ("toll", Category::Killed, Cue::Toll),
    ("number of dead", Category::Killed, Cue::Toll),
    ("number of deaths", Category::Killed, Cue::Toll),
    ("number of victims", Category::Killed, Cue::Toll),
    ("number of fatalities", Category::Killed, Cue::Toll),
    ("number of injured", Category::Injured, Cue::Toll),
    ("number of wounded", Category::Injured, Cue::Toll),
    ("lost their lives", Category::Killed, Cue::Verb),
    ("lives of", Category::Killed, Cue::Verb),
    ("killed", Category::Killed, Cue::Verb),
    ("kills", Category::Killed, Cue::Verb),
    ("kill", Category::Killed, Cue::Verb),
    ("lives", Category::Killed, Cue::Verb),
    ("killing", Category::Killed, Cue::Verb),
    ("dead", Category::Killed, Cue::Verb),
    ("deceased", Category::Killed, Cue::Verb),
    ("died", Category::Killed, Cue::Verb),
    ("dying", Category::Killed, Cue::Verb),
    ("deaths", Category::Killed, Cue::Verb),
    ("fatalities", Category::Killed, Cue::Verb),
    ("fatality", Category::Killed, Cue::Verb),
    ("bodies", Category::Killed, Cue::Verb),
    ("perished", Category::Killed, Cue::Verb),
    ("injured", Category::Injured, Cue::Verb),
    ("injuring", Category::Injured, Cue::Verb),
    ("wounded", Category::Injured, Cue::Verb),
    ("wounding", Category::Injured, Cue::Verb),
    ("hurt", Category::Injured, Cue::Verb),
    ("injuries", Category::Injured, Cue::Verb),
    ("cannot be found", Category::Missing, Cue::Verb),
    ("can't be found", Category::Missing, Cue::Verb),
    ("missing", Category::Missing, Cue::Verb),
    ("unaccounted", Category::Missing, Cue::Verb),
    ("fate unknown", Category::Missing, Cue::Verb),
    ("hospitalized", Category::Hospitalized, Cue::Verb),
    ("hospitalised", Category::Hospitalized, Cue::Verb),
    ("hospitalization", Category::Hospitalized, Cue::Verb),
    ("hospitalisation", Category::Hospitalized, Cue::Verb),
    ("in hospital", Category::Hospitalized, Cue::Verb),
    ("to hospital", Category::Hospitalized, Cue::Verb),
    ("to the hospital", Category::Hospitalized, Cue::Verb),
    ("in the hospital", Category::Hospitalized, Cue::Verb),
    ("in hospitals", Category::Hospitalized, Cue::Verb),
    ("in city hospitals", Category::Hospitalized, Cue::Verb),
    ("trapped", Category::Missing, Cue::Verb),
    ("under the rubble", Category::Missing, Cue::Verb),
    ("under the debris", Category::Missing, Cue::Verb),
    ("shot down", Category::Intercepted, Cue::Verb),
    ("shoot down", Category::Intercepted, Cue::Verb),
    ("destroy", Category::Intercepted, Cue::Verb),
    ("intercept", Category::Intercepted, Cue::Verb),
    ("shooting down", Category::Intercepted, Cue::Verb),
    ("downing", Category::Intercepted, Cue::Verb),
    ("intercepting", Category::Intercepted, Cue::Verb),
    ("neutralising", Category::Intercepted, Cue::Verb),
    ("neutralizing", Category::Intercepted, Cue::Verb),
    ("destroying", Category::Intercepted, Cue::Verb),
    ("suppressed", Category::Intercepted, Cue::Verb),
    ("downed", Category::Intercepted, Cue::Verb),
    ("intercepted", Category::Intercepted, Cue::Verb),
    ("neutralised", Category::Intercepted, Cue::Verb),
    ("neutralized", Category::Intercepted, Cue::Verb),
    ("destroyed", Category::Intercepted, Cue::Verb),
    // Lost to electronic warfare: the air force counts them as neutralised.
    ("jammed", Category::Intercepted, Cue::Verb),
    ("locationally lost", Category::Intercepted, Cue::Verb),
    ("lost from radar", Category::Intercepted, Cue::Verb),
    ("lost from radars", Category::Intercepted, Cue::Verb),
    ("lost on radar", Category::Intercepted, Cue::Verb),
    ("disappeared from radar", Category::Intercepted, Cue::Verb),
    ("disappeared from radars", Category::Intercepted, Cue::Verb),
    ("failed to reach", Category::Intercepted, Cue::Verb),
    ("failing to reach", Category::Intercepted, Cue::Verb),
    ("did not reach", Category::Intercepted, Cue::Verb),
    ("got through", Category::Breached, Cue::Verb),
    ("direct hits", Category::Breached, Cue::Verb),
    ("made it through", Category::Breached, Cue::Verb),
    ("breach", Category::Breached, Cue::Verb),
    ("breached", Category::Breached, Cue::Verb),
    ("penetrated", Category::Breached, Cue::Verb),
    ("penetrate", Category::Breached, Cue::Verb),
    ("penetrating", Category::Breached, Cue::Verb),
    ("evaded", Category::Breached, Cue::Verb),
    // The air force's words for weapons that struck: "hits by 9 missiles and 63 drones were
    // recorded at 8 locations".
    ("hits by", Category::Breached, Cue::Verb),
    ("hits of", Category::Breached, Cue::Verb),
    ("hits from", Category::Breached, Cue::Verb),
    ("impacts of", Category::Breached, Cue::Verb),
    ("recorded there", Category::Breached, Cue::Verb),
    ("recorded at", Category::Breached, Cue::Verb),
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cue {
    /// A weapon noun: decides the category unless an interception or breach verb applies.
    Weapon,
    /// A casualty or action word.
    Verb,
    /// A running total ("death toll"), which may stand sentences before its number.
    Toll,
}

/// Nouns that make a number something we do not check.
const OTHER_NOUNS: &[&str] = &[
    "homes",
    "houses",
    "buildings",
    "building",
    "apartments",
    "airfields",
    "countries",
    "nations",
    "soldiers",
    "troops",
    "servicemen",
    "planes",
    "bombers",
    "warplanes",
    "aircraft",
    "districts",
    "regions",
    "cities",
    "towns",
    "villages",
    "locations",
    "sites",
    "schools",
    "buses",
    "cars",
    "vehicles",
    "ambulances",
    "trains",
    "stations",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "tonnes",
    "tons",
    "hryvnias",
    "hryvnia",
    "dollars",
    "euros",
    "pounds",
    "times",
    "envoys",
    "sides",
    "rounds",
    "packages",
    "weapons",
    "shells",
    "floors",
    "storeys",
    "years",
    "days",
    "weeks",
    "months",
    "minutes",
    "seconds",
    "points",
    "votes",
    "members",
    "leaders",
    "hospitals",
    "embassies",
    "explosions",
    "blasts",
    "firefighters",
    "rescuers",
    "million",
    "billion",
    "components",
    "parts",
];

/// Sub-count groups: (word, group).
const GROUPS: &[(&str, &str)] = &[
    ("children", "children"),
    ("child", "children"),
    ("kids", "children"),
    ("minors", "children"),
    ("emergency workers", "emergency workers"),
    ("emergency service workers", "emergency workers"),
    ("rescuers", "emergency workers"),
    ("rescue workers", "emergency workers"),
    ("firefighters", "emergency workers"),
    ("ses workers", "emergency workers"),
];

/// Weapon subtypes, most specific first: (part of a word, subtype).
const SUBTYPES: &[(&str, &str)] = &[
    ("iskander-m", "Iskander-M"),
    ("kn-23", "Iskander-M"),
    ("iskander-k", "Iskander-K"),
    ("kinzhal", "Kinzhal"),
    ("kh-47", "Kinzhal"),
    ("kh-101", "Kh-101"),
    ("kalibr", "Kalibr"),
    ("shahed", "Shahed"),
    ("ballistic", "ballistic"),
    ("cruise", "cruise"),
];

/// Places a count may be scoped to: (word, scope).
const PLACES: &[(&str, &str)] = &[
    ("kyiv", "Kyiv"),
    ("kiev", "Kyiv"),
    ("київ", "Kyiv"),
    ("capital", "Kyiv"),
    ("ukraine", "Ukraine"),
    ("nationwide", "Ukraine"),
    ("country", "Ukraine"),
    ("cities", "Ukraine"),
    ("ternopil", "Ternopil"),
    ("lutsk", "Lutsk"),
    ("chernihiv", "Chernihiv"),
    ("kharkiv", "Kharkiv"),
    ("dnipro", "Dnipro"),
    ("odesa", "Odesa"),
    ("odessa", "Odesa"),
    ("lviv", "Lviv"),
    ("poltava", "Poltava"),
    ("khmelnytskyi", "Khmelnytskyi"),
    ("sumy", "Sumy"),
    ("zaporizhzhia", "Zaporizhzhia"),
    ("crimea", "Crimea"),
    ("kherson", "Kherson"),
    ("mykolaiv", "Mykolaiv"),
    ("zhytomyr", "Zhytomyr"),
    ("vinnytsia", "Vinnytsia"),
    ("cherkasy", "Cherkasy"),
    ("chernivtsi", "Chernivtsi"),
    ("rivne", "Rivne"),
    ("ivano-frankivsk", "Ivano-Frankivsk"),
    ("uzhhorod", "Uzhhorod"),
    ("kropyvnytskyi", "Kropyvnytskyi"),
    ("kramatorsk", "Kramatorsk"),
    ("sloviansk", "Sloviansk"),
    ("pokrovsk", "Pokrovsk"),
    ("kostiantynivka", "Kostiantynivka"),
    ("kryvyi", "Kryvyi Rih"),
    ("nikopol", "Nikopol"),
    ("pavlohrad", "Pavlohrad"),
    ("izmail", "Izmail"),
    ("brovary", "Brovary"),
    ("boryspil", "Boryspil"),
    ("irpin", "Irpin"),
    ("bucha", "Bucha"),
    ("donetsk", "Donetsk"),
    ("luhansk", "Luhansk"),
    ("tula", "Tula"),
    ("bryansk", "Bryansk"),
    ("kursk", "Kursk"),
    ("belgorod", "Belgorod"),
    ("rostov", "Rostov"),
];

/// Places named only where something happened, after a word that locates ("trains derailed in
/// Russia, resulting in seven deaths"), never as the one who acts ("Russia launched …"). Read
/// in a count's sentence (`place_from_context`), not among its clause's words.
pub const LOCATED_ONLY: &[(&str, &str)] = &[("russia", "Russia")];

/// The words that locate a place of [`LOCATED_ONLY`].
const LOCATING_WORDS: &[&str] = &["in", "inside", "within"];

/// Whether the folded text `before` a place word of [`LOCATED_ONLY`] ends with a word that
/// locates it.
pub fn is_located(before: &str) -> bool {
    ends_with_one_of(before, LOCATING_WORDS)
}

/// Whether the folded text `before` a place word ends with one of `words`.
fn ends_with_one_of(before: &str, words: &[&str]) -> bool {
    let before = before.trim_end_matches(' ');
    words.iter().any(|w| ends_with_word(before, w))
}

/// Words before a place (or before "the" and a place) that make it the attack's target rather
/// than where a count was counted: "attacks on Ukraine", "fired at the capital".
const TARGET_WORDS: &[&str] = &["on", "at", "against"];

/// Whether the folded text `before` a place word ends with a word that makes it a target.
pub fn is_target(before: &str) -> bool {
    // "strikes on the Ukrainian capital": the country's adjective goes with the place.
    let before = before.trim_end_matches(' ');
    let before = (before.strip_suffix("ukrainian")).map_or(before, |b| b.trim_end_matches(' '));
    let before = match before.strip_suffix("the") {
        Some(rest) if rest.ends_with(' ') => rest.trim_end_matches(' '),
        _ => before,
    };
    ends_with_one_of(before, TARGET_WORDS)
}

/// [`is_target`] for the place word at token `i`.
fn is_target_at(cx: &Context, i: usize) -> bool {
    let adjective = i.checked_sub(1).filter(|&k| cx.tokens[k].is("ukrainian"));
    (cx.before_the(adjective.unwrap_or(i)))
        .is_some_and(|k| crate::text::is_one_of(cx.tokens[k].lower.as_ref(), TARGET_WORDS))
}

/// The UN's monitors, who count casualties for the whole country ("From 1 to 24 April, HRMMU
/// has verified 151 killed", "more than 12,000 civilians, according to the United Nations"):
/// folded words, "nations" after "united", "un" as written "UN".
pub const COUNTRY_MONITORS: &[&str] = &["hrmmu", "ohchr", "nations", "un"];

/// Words for a place the text does not name ("directed at the city", "in the region"): a
/// launch count in their sentence may be counted there, not for the country.
pub const UNNAMED_PLACES: &[&str] = &["city", "town", "village", "region", "oblast", "district"];

/// Words for many places at once: a casualty count in a sentence that says the attack hit "six
/// regions" or "multiple Ukrainian cities" is the country's, though no word says so.
pub const MANY_PLACES: &[&str] = &["regions", "cities", "oblasts", "provinces", "towns"];

/// Whether the folded `word` of [`COUNTRY_MONITORS`], after the folded text `before` and written
/// `original` in the text, names a monitor.
pub fn is_monitor(word: &str, before: &str, original: &str) -> bool {
    match word {
        "nations" => ends_with_word(before, "united "),
        "un" => original == "UN",
        _ => true,
    }
}

/// Whether a place word with `scope`, followed in the text by `rest`, is the country as an
/// owner ("Ukraine's emergency service reported three killed", "the country's northeast"): an
/// owner does not scope a count.
pub fn is_owner(scope: &str, rest: &str) -> bool {
    scope == "Ukraine" && rest.starts_with("'s")
}

/// The scope a place word names ("kyiv", "capital", "nationwide"), as the reader gives it:
/// looked up in a map, since every word of every number's windows asks.
fn place_named(word: &str) -> Option<&'static str> {
    static BY_WORD: OnceLock<WordMap<&'static str, &'static str>> = OnceLock::new();
    let by_word = BY_WORD.get_or_init(|| PLACES.iter().copied().collect());
    by_word.get(word).copied()
}

/// Every place word with the scope it names, for finding them in the folded text by their
/// hashes.
pub fn place_words() -> impl Iterator<Item = (&'static str, &'static str)> {
    PLACES.iter().copied()
}

/// Ukraine as the one who launched weapons, after "by": they are counted over Russia.
const UKRAINE_AS_AGENT: &[&str] = &["ukraine", "kyiv", "sbu"];

/// "three employees have been confirmed as killed": "as" after such a verb says what they were
/// counted as, and begins no clause (an exception to [`CLAUSE_ENDS`]).
const COUNTED_AS: &[&str] = &["confirmed as", "listed as", "registered as", "reported as"];

/// What makes a place more than itself: "igniting the city of Kyiv and further afield".
const AND_BEYOND: &[&str] = &["and beyond", "and further", "and other", "and elsewhere"];

/// Words that end the words after a number: a new clause begins.
const CLAUSE_ENDS: &[&str] = &[
    "while",
    "but",
    "which",
    "where",
    "whereas",
    "as",
    "after",
    "before",
    "when",
    "including",
    "since",
    "although",
    "though",
    "because",
    "according",
];

/// The words that begin a clause of their own after a figure: "70 injured as Russia fires …
/// at Ukraine", "… dead after Russia launched … on Kyiv". "including" and "according" end a
/// number's words but go on its clause.
pub fn clause_start_words() -> impl Iterator<Item = &'static str> {
    CLAUSE_ENDS
        .iter()
        .copied()
        .filter(|w| !matches!(*w, "including" | "according"))
}

/// Words before a number that make it a part of the figure before it.
const SUB_COUNT: &[&str] = &[
    "including",
    "among them",
    "among whom",
    "of whom",
    "among the dead",
];

/// Words that say weapons were launched, not shot down: with one of them in a number's clause,
/// "598 drones" is settled as drones launched.
const LAUNCHED: &[&str] = &[
    "launched",
    "launching",
    "launch",
    "launches",
    "fired",
    "firing",
    "fires",
    "attacked",
    "attacking",
    "attack",
    "attacks",
    "struck",
    "strike",
    "hit",
    "targeted",
    "targeting",
    "pounded",
    "used",
    "using",
    "sent",
    "deployed",
    "involving",
    "involved",
    "barrage",
    "unleashed",
];

/// Verbs of making or supplying right before a number: "help produce hundreds of thousands of
/// drones" counts weapons made, not launched (USA Post Daily, 4 July 2025).
const MADE: &[&str] = &[
    "produce",
    "produced",
    "producing",
    "supply",
    "supplied",
    "deliver",
];

/// Nouns for an attack: a weapon right before one ("drone assault") names the attack.
const ATTACK_NOUNS: &[&str] = &[
    "attack", "attacks", "assault", "strike", "strikes", "barrage", "raid", "raids",
];

/// The verbs of [`LAUNCHED`] that say a launch and nothing else: "a previous record of 537
/// launched" counts what was launched, where "537 hit" would not.
const LAUNCH_VERBS: &[&str] = &["launched", "fired", "used", "sent", "deployed"];

/// Whether `t` is a verb that says a launch and nothing else ("launched", "fired", …).
pub fn is_launch_verb(t: &Token) -> bool {
    crate::text::is_one_of(t.lower.as_ref(), LAUNCH_VERBS)
}

/// Verbs that say weapons struck when the weapons are their subject ("two missiles hit a
/// residential building"); before the number they say what was launched ("struck Kyiv with 550
/// drones").
const STRUCK: &[&str] = &["hit", "struck", "hits", "hitting", "landed"];

/// Verbs after a capital that make it its government: "Kiev claims", "Kyiv said".
const SPEAKS: &[&str] = &[
    "claims",
    "claimed",
    "said",
    "says",
    "reported",
    "reports",
    "announced",
];

/// Words between a number and its weapon noun that do not name a kind of weapon.
const PLAIN_MODIFIERS: &[&str] = &[
    "russian",
    "ukrainian",
    "attack",
    "strike",
    "combat",
    "kamikaze",
    "enemy",
    "more",
    "other",
    "additional",
    "of",
    "out",
    "the",
    "explosive",
    "long-range",
    "different",
    "types",
    "type",
];

/// Words after a number that make it a part of the figure before it: "seven of them
/// ballistic", "three of them in Kyiv".
const PART_OF: &[&str] = &["of them", "of which", "of these", "of those"];

/// Categories that count weapons: the air force reports them for the whole country, so a
/// text's "at Kyiv" names the target, not the scope of the count.
const WEAPONS: &[Category] = &[
    Category::Drones,
    Category::Missiles,
    Category::Weapons,
    Category::Intercepted,
    Category::Breached,
];

/// Whether `category` counts weapons: launched, shot down or through.
pub fn counts_weapons(category: Category) -> bool {
    WEAPONS.contains(&category)
}

/// What the reader decided for one number.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub category: Category,
    pub group: Option<String>,
    pub subtype: Option<String>,
    pub scope: Option<String>,
    /// "including four children", "seven of them": take the category and scope of the figure
    /// before.
    pub sub_count: bool,
    /// The tokens of the cue that set the category, when a cue did.
    pub category_cue: Option<(usize, usize)>,
    /// Whether the words settle what was counted: a weapon noun alone ("598 drones") does not
    /// say whether they were launched or shot down.
    pub settled: bool,
    /// The token of the place word that set the scope, when one did.
    pub scope_cue: Option<usize>,
    /// "598" of "563 of the 598 drones": the whole a part before it was taken from.
    pub whole_of: bool,
    /// Whether a weapon noun alone set the category: a verb joined to it by "and" may govern it
    /// ("shot down 563 drones and 26 missiles").
    pub from_noun: bool,
    /// "drones" or "missiles", when a weapon noun follows the number in its clause.
    pub noun_after: Option<&'static str>,
    /// "one anti-radar missile": a kind of weapon the tables do not know, so a part.
    pub unknown_kind: bool,
}

/// The tokens of a sentence and where its numbers stand, with what every number's reading
/// looks up worked out once per sentence, so that a sentence of many numbers reads in
/// linear time.
pub struct Context<'a> {
    pub tokens: &'a [Token<'a>],
    /// For each token, the (first, last) token span of the number it is part of.
    number_of: Vec<Option<(usize, usize)>>,
    /// The cue that starts at each token, with its length in tokens.
    cues: Vec<Option<(Category, Cue, usize)>>,
    /// Where a toll cue ("death toll", "killing") stands, in order, for rule 4.
    tolls: Vec<(usize, Category)>,
}

/// The indices of [`CUES`] by the [`word_hash`] of their first word, worked out once: each
/// token then tries the one or two cues that can start with it instead of every cue (two words
/// of one hash cost a comparison: a cue counts where all its words stand). With the first
/// words' shapes: most tokens of a sentence start no cue, and their shape turns them away
/// before they are hashed and looked up.
fn cues_by_first_word() -> &'static (Shapes, WordMap<u64, Vec<usize>>) {
    static INDEX: OnceLock<(Shapes, WordMap<u64, Vec<usize>>)> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: WordMap<u64, Vec<usize>> = WordMap::default();
        let first = |phrase: &'static str| phrase.split(' ').next().unwrap_or(phrase);
        for (k, (phrase, _, _)) in CUES.iter().enumerate() {
            index.entry(word_hash(first(phrase))).or_default().push(k);
        }
        (Shapes::new(CUES.iter().map(|c| first(c.0))), index)
    })
}

impl<'a> Context<'a> {
    /// `numbers`: the (first, last) token span of every number in the sentence.
    pub fn new(tokens: &'a [Token<'a>], numbers: &[(usize, usize)]) -> Self {
        let mut number_of = vec![None; tokens.len()];
        for &(first, last) in numbers {
            for slot in &mut number_of[first..=last] {
                *slot = Some((first, last));
            }
        }
        let mut cx = Context {
            tokens,
            number_of,
            cues: Vec::with_capacity(tokens.len()),
            tolls: Vec::new(),
        };
        // The cues serve only to read numbers: a sentence without any has none looked up.
        let (shapes, index) = cues_by_first_word();
        let read = if numbers.is_empty() { &[] } else { tokens };
        // A word inside a cue of several starts none: "toll" of "casualty toll".
        let mut inside_until = 0;
        for (i, t) in read.iter().enumerate() {
            if i < inside_until {
                cx.cues.push(None);
                continue;
            }
            let word = without_possessive(&t.lower);
            let known = shapes
                .may_hold(word.as_bytes())
                .then(|| index.get(&word_hash(word)));
            let cue = known.flatten().and_then(|candidates| {
                candidates
                    .iter()
                    .map(|&k| CUES[k])
                    .find(|(p, _, _)| cx.phrase_at(i, p))
                    .map(|(p, c, kind)| (c, kind, p.split(' ').count()))
            });
            if let Some((c, kind, len)) = cue {
                inside_until = i + len;
                if kind == Cue::Toll {
                    cx.tolls.push((i, c));
                }
            }
            cx.cues.push(cue);
        }
        cx
    }

    /// Token `i`, or the one after it when `i` is "the": "of (the) 598", "by (the) SBU".
    fn past_the(&self, i: usize) -> usize {
        i + usize::from(self.tokens.get(i).is_some_and(|t| t.is("the")))
    }

    /// The token before `i`, passing over a "the" there: "on (the) capital", "of (the) 598".
    fn before_the(&self, i: usize) -> Option<usize> {
        let k = i.checked_sub(1)?;
        match self.tokens[k].is("the") {
            true => k.checked_sub(1),
            false => Some(k),
        }
    }

    fn is_number_start(&self, i: usize) -> bool {
        self.number_of
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|(f, _)| f == i)
    }

    fn phrase_at(&self, i: usize, phrase: &str) -> bool {
        // Split by bytes: `str::split(' ')` sets up a character search per call, and this is
        // asked for every cue and window word of every number.
        phrase
            .as_bytes()
            .split(|&b| b == b' ')
            .enumerate()
            .all(|(k, w)| {
                self.tokens
                    .get(i + k)
                    .is_some_and(|t| without_possessive(&t.lower).as_bytes() == w)
            })
    }

    /// Whether one of `phrases` starts at token `i`. Out of line: each table's search was
    /// unrolled, with [`Context::phrase_at`] inlined, at every caller.
    #[inline(never)]
    fn one_of_at(&self, i: usize, phrases: &[&str]) -> bool {
        let end = without_possessive(&self.tokens[i].lower).len();
        phrases
            .iter()
            .any(|p| may_begin(p, end) && self.phrase_at(i, p))
    }

    fn cue_at(&self, i: usize) -> Option<(Category, Cue, usize)> {
        self.cues.get(i).copied().flatten()
    }

    /// Token indices after a number, up to the end of its clause. Skips a parenthetical
    /// ", including four children," and runs through "and" when another number follows.
    fn after(&self, last: usize) -> Vec<usize> {
        let mut out = Vec::with_capacity(AFTER_WINDOW);
        let mut i = last + 1;
        while let Some(t) = self.tokens.get(i) {
            if t.is(",")
                && self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| SUB_COUNT.iter().any(|s| s.starts_with(n.lower.as_ref())))
            {
                // "including three firefighters in Kyiv, two civilians in Lutsk, and another
                // in Chernihiv": a list of parts runs on past a comma with another count or an
                // "and" after it. The aside ends at the first comma that does not go on; what
                // follows it is the number's again ("14 people, including three children aged
                // 2, 14, and 17, were killed"). A list that runs to the clause's end is the
                // parts', and ends the number's words.
                let mut close = i + 1;
                let closed = loop {
                    match self.tokens[close..].iter().position(|t| t.is(",")) {
                        Some(p) => close += p + 1,
                        None => break None,
                    }
                    // A number goes on the list, a count or an age ("aged 2, 14, and 17").
                    let goes_on = (self.tokens.get(close))
                        .is_some_and(|t| t.is("and") || t.starts_with_digit())
                        || self.is_number_start(close);
                    if !goes_on {
                        break Some(close);
                    }
                };
                match closed {
                    Some(next) => {
                        i = next;
                        continue;
                    }
                    None => break,
                }
            }
            // "48 of which were shot down": "which" after "of" goes on the number's clause.
            let of_which = i > last + 1 && self.tokens[i - 1].is("of");
            if t.is_break
                || (crate::text::is_one_of(t.lower.as_ref(), CLAUSE_ENDS)
                    && !of_which
                    && !self.one_of_at(i - 1, COUNTED_AS))
            {
                break;
            }
            // "and" ends the clause, unless a number or a weapon noun follows ("drones and 31
            // missiles", "drones and ballistic missiles").
            let weapon_at = |k: usize| matches!(self.cue_at(k), Some((_, Cue::Weapon, _)));
            // "six children and a pregnant woman were among the injured": people joined to
            // the counted group share its verb. Asked only at an "and".
            let people_joined = || {
                (self.tokens.get(i + 1)).is_some_and(|n| n.is("a") || n.is("an"))
                    && near(self, &[i - 1], 1, GROUPS).is_some()
            };
            // "killed five people in and around the city of Pokrovsk": one place.
            let in_and_around = || {
                self.tokens[i - 1].is("in")
                    && (self.tokens.get(i + 1)).is_some_and(|n| n.is("around"))
            };
            // "children aged between two and 17 were killed": a number that is not a count
            // (an age, a year) goes on the clause too.
            if t.is("and")
                && !self.is_number_start(i + 1)
                && !self.tokens.get(i + 1).is_some_and(Token::starts_with_digit)
                && !weapon_at(i + 1)
                && !weapon_at(i + 2)
                && !people_joined()
                && !in_and_around()
            {
                break;
            }
            out.push(i);
            i += 1;
            if out.len() >= AFTER_WINDOW {
                break;
            }
        }
        out
    }

    /// Token indices before a number, nearest first, back to punctuation or another number.
    /// Steps over an aside between dashes: "a strike on Kryvyi Rih—Zelensky's hometown—that
    /// left 19 dead".
    fn before(&self, first: usize) -> Vec<usize> {
        let mut out = Vec::with_capacity(BEFORE_WINDOW);
        let mut i = first;
        while i > 0 {
            i -= 1;
            let t = &self.tokens[i];
            if t.is_break && is_dash(t) {
                if let Some(open) = self.aside_opened(i) {
                    i = open;
                    continue;
                }
            }
            // "Kyiv endured one of its worst nights as Russia launched 550 drones": a clause
            // of its own ends at "as".
            if t.is_break || self.number_of[i].is_some() || t.is("as") || out.len() >= BEFORE_WINDOW
            {
                break;
            }
            out.push(i);
        }
        out
    }

    /// Whether the number at `first..=last` stands alone between commas after what it counts:
    /// "the drones, 718, were destroyed", not "Lilya Yedamenko, 52, who lives" nor "killed 3,
    /// 4, 5".
    fn is_aside(&self, first: usize, last: usize) -> bool {
        first >= 2
            && self.tokens[first - 1].is(",")
            && self.tokens.get(last + 1).is_some_and(|t| t.is(","))
            && self.cue_at(first - 2).is_some()
            && (self.tokens.get(last + 2))
                .is_some_and(|t| !t.is_break && !self.is_number_start(last + 2))
    }

    /// The dash that opens an aside closed by the dash at `close`: a few words back, with no
    /// other punctuation or number between.
    fn aside_opened(&self, close: usize) -> Option<usize> {
        (close.saturating_sub(ASIDE_WORDS + 1)..close)
            .rev()
            .find(|&k| self.tokens[k].is_break || self.number_of[k].is_some())
            .filter(|&k| k > 0 && k + 1 < close && is_dash(&self.tokens[k]))
    }
}

/// How far back from a number its cue words are looked for: a clause, not a whole sentence.
const BEFORE_WINDOW: usize = 16;

/// The most words an aside between dashes holds for a number's clause to read past it.
const ASIDE_WORDS: usize = 6;

fn is_dash(t: &Token) -> bool {
    t.is("—") || t.is("–")
}

/// How far after a number its clause is read.
const AFTER_WINDOW: usize = 14;

/// Reads the category, group, subtype and scope of the number at tokens `first..=last`
/// (`first` includes any qualifier).
pub fn read(cx: &Context, first: usize, last: usize) -> Reading {
    // "most of the drones, 718, were destroyed": a number set off by commas alone reads the
    // clause around them.
    let aside = cx.is_aside(first, last);
    let after = cx.after(last + usize::from(aside));
    let before = cx.before(first - usize::from(aside));
    let part_of = after.first().is_some_and(|&i| cx.one_of_at(i, PART_OF));
    // "140 drones, with 64 being shot down": a part of the count before.
    let with_being = before.first().is_some_and(|&i| cx.tokens[i].is("with"))
        && after.first().is_some_and(|&i| cx.tokens[i].is("being"));
    let sub_count =
        part_of || with_being || before.iter().take(6).any(|&i| cx.one_of_at(i, SUB_COUNT));
    let group = near(cx, &after, 3, GROUPS);
    // "550 aerial weapons" is a weapon cue, though "weapons" alone is not a count we check.
    let other_noun = !after
        .first()
        .is_some_and(|&i| matches!(cx.cue_at(i), Some((_, Cue::Weapon, _))))
        && names_another_thing(after.iter().map(|&i| &cx.tokens[i]));
    // "48 of 70 missiles", "563 of the 598 drones": the whole the count before was taken from.
    let of_at = cx.before_the(first);
    // "64 out of the 145 drones": "out" may stand between the part and "of".
    let part_at = |k: usize| match k.checked_sub(1) {
        Some(o) if cx.tokens[o].is("out") => o.checked_sub(1),
        before => before,
    };
    let total_of = of_at.is_some_and(|k| {
        cx.tokens[k].is("of")
            && part_at(k).is_some_and(|p| cx.number_of[p].is_some_and(|(_, l)| l == p))
    });
    // "the number of fatalities from a missile and drone assault has risen to 23": weapons
    // before an attack's noun name the attack, not what a number after them counts.
    let names_the_attack = |&(i, (_, kind, len)): &(usize, (Category, Cue, usize))| {
        let mut k = i + len;
        while let (Cue::Weapon, Some(t)) = (kind, cx.tokens.get(k)) {
            match cx.cue_at(k) {
                Some((_, Cue::Weapon, n)) => k += n,
                _ if t.is("and") => k += 1,
                _ => return crate::text::is_one_of(&t.lower, ATTACK_NOUNS),
            }
        }
        false
    };
    let before_cue = (before.iter()).find_map(|&i| {
        cx.cue_at(i)
            .map(|c| (i, c))
            .filter(|c| !names_the_attack(c))
    });
    // "189 more than the previous record": a difference between two counts, not a count.
    let difference = after.len() >= 2
        && ["more", "fewer", "less"].contains(&cx.tokens[after[0]].lower.as_ref())
        && cx.tokens[after[1]].is("than");
    let made = (before.first()).is_some_and(|&i| crate::text::is_one_of(&cx.tokens[i].lower, MADE));

    let (category, cue) = if (other_noun && group.is_none()) || difference || made {
        (Category::Other, None)
    } else {
        after_category(cx, &after, total_of, before_cue)
            .or_else(|| before_cue.map(|(i, (c, _, len))| (c, Some((i, i + len - 1)))))
            .or_else(|| sentence_toll(cx, first).map(|c| (c, None)))
            .unwrap_or((Category::Other, None))
    };
    let launched = |&i: &usize| crate::text::is_one_of(cx.tokens[i].lower.as_ref(), LAUNCHED);
    // "nine missiles struck targets in eight locations": weapons that are the subject of
    // "struck" got through, unless a launch verb stands before them ("fired 40 missiles that
    // hit …").
    let struck = match category {
        Category::Drones | Category::Missiles | Category::Weapons | Category::Intercepted
            if !total_of && !before.iter().any(launched) =>
        {
            // The first verb after the number: "struck", or another that says what it counts.
            // "strike" is a verb only after "to" ("managed to strike targets"); elsewhere it is
            // mostly the attack ("63 drones in the strike").
            // "destroyed" with an object after it is the weapons' doing ("two missiles destroyed
            // a building"), not their interception.
            let strikes = |i: usize| {
                let word = cx.tokens[i].lower.as_ref();
                crate::text::is_one_of(word, STRUCK)
                    || (word == "strike" && cx.tokens[i - 1].is("to"))
                    || (word == "destroyed"
                        && (cx.tokens.get(i + 1)).is_some_and(|t| t.is("a") || t.is("the")))
            };
            // "struck eight locations with nine missiles": weapons that struck a count of
            // places got through.
            let struck_with = || {
                (before.first().is_some_and(|&i| cx.tokens[i].is("with")))
                    .then(|| cx.number_of[before.last()?.checked_sub(1)?])
                    .flatten()
                    .and_then(|(f, _)| f.checked_sub(1))
                    .filter(|&k| crate::text::is_one_of(&cx.tokens[k].lower, STRUCK))
            };
            after
                .iter()
                .find(|&&i| {
                    strikes(i) || matches!(cx.cue_at(i), Some((_, Cue::Verb | Cue::Toll, _)))
                })
                // "the 550 drones and missiles that hit Ukraine" names the attack, not what got
                // through; nor can "539 drones hit Ukraine" tell the attack on a place from the
                // drones that got through to it.
                .filter(|&&i| {
                    let target = cx.tokens.get(cx.past_the(i + 1));
                    strikes(i)
                        && !matches!(cx.tokens[i - 1].lower.as_ref(), "that" | "which" | "who")
                        && target
                            .is_none_or(|t| place_named(without_possessive(&t.lower)).is_none())
                })
                .copied()
                .or_else(struck_with)
        }
        _ => None,
    };
    let (category, cue) = match struck {
        Some(i) => (Category::Breached, Some((i, i))),
        None => (category, cue),
    };
    // "72 out of the 550 drones launched by Russia": the launch is the whole's, and says nothing
    // of what the part counts.
    let part = after.first().is_some_and(|&i| {
        let of = i + usize::from(cx.tokens[i].is("out"));
        cx.tokens.get(of).is_some_and(|t| t.is("of")) && cx.is_number_start(cx.past_the(of + 1))
    });
    let settled = match category {
        Category::Drones | Category::Missiles | Category::Weapons => {
            total_of || before.iter().any(launched) || (!part && after.iter().any(launched))
        }
        Category::Other => false,
        // Whether a duration is the attack's is read by the figure reader (`figures::extract`).
        _ => cue.is_some(),
    };
    let noun_after = weapon_noun(cx, &after);
    let mut unknown_kind = false;
    let subtype = match category {
        Category::Missiles | Category::Drones => {
            // The kind stands in the noun phrase: up to the weapon noun, not past it.
            let noun = after.iter().position(|&i| {
                matches!(cx.cue_at(i), Some((_, Cue::Weapon, _)))
                    && !names_a_kind(&cx.tokens[i].lower)
            });
            let phrase = &after[..noun.map_or(after.len(), |n| n + 1).min(4)];
            // "ballistic and cruise missiles", "Shahed and decoy drones", "Shahed-type drones and
            // other drones": kinds together.
            let and_other = noun.and_then(|n| after.get(n + 1..n + 3)).is_some_and(|w| {
                cx.tokens[w[0]].is("and")
                    && ["other", "decoy"].contains(&cx.tokens[w[1]].lower.as_ref())
            });
            let mixed = and_other
                || (phrase.iter()).any(|&i| cx.tokens[i].is("and") && !cx.is_number_start(i + 1));
            let phrase = if mixed { &[][..] } else { phrase };
            // "one anti-radar missile": a kind the tables do not know is a part of the total,
            // not the total.
            unknown_kind = noun.is_some_and(|n| {
                phrase[..n.min(phrase.len())].iter().any(|&i| {
                    let w = &cx.tokens[i].lower;
                    // The whole of a part ("48 out of the 70 missiles") is no kind.
                    !cx.tokens[i].is_break
                        && cx.number_of[i].is_none()
                        && !crate::text::is_one_of(w.as_ref(), PLAIN_MODIFIERS)
                        && !names_a_kind(w)
                })
            });
            near(cx, phrase, 4, SUBTYPES)
                .or_else(|| part_of.then(|| near(cx, &after, 4, SUBTYPES)).flatten())
        }
        Category::Intercepted | Category::Breached => noun_after,
        // "31 missiles, nine of them ballistic": the kind of a part that takes its whole's
        // category.
        Category::Other if part_of => near(cx, &after, 4, SUBTYPES),
        _ => None,
    };
    let settled = settled && !unknown_kind;
    // "87 Ukrainian drones", "174 Ukrainian drones and three Ukrainian missiles": Ukraine's own
    // weapons, counted over Russia.
    let weapon_at = |i: usize| matches!(cx.cue_at(i), Some((_, Cue::Weapon, _)));
    let ukrainian = || {
        after
            .iter()
            .take_while(|&&i| !weapon_at(i))
            .find(|&&i| cx.tokens[i].is("ukrainian") && (weapon_at(i + 1) || weapon_at(i + 2)))
            // "117 drones were used in the Spider's Web operation by the SBU": launched by
            // Ukraine; "it had intercepted 48 drones launched by Ukraine": over Russia.
            .or_else(|| {
                let agent = |i: usize| cx.tokens.get(cx.past_the(i + 1));
                let by_ukraine = |&&i: &&usize| {
                    cx.tokens[i].is("by")
                        && agent(i)
                            .is_some_and(|t| crate::text::is_one_of(&t.lower, UKRAINE_AS_AGENT))
                };
                matches!(
                    category,
                    Category::Drones | Category::Missiles | Category::Intercepted
                )
                .then(|| after.iter().find(by_ukraine))
                .flatten()
            })
            .map(|&i| ("Russia", i))
    };
    // "48 drones launched by Ukraine": the one who launched them, not where ("by Kyiv's air
    // defence" is where).
    let agent = |&(_, i): &(&str, usize)| {
        cx.before_the(i).is_some_and(|k| cx.tokens[k].is("by")) && !cx.tokens[i].is_possessive()
    };
    let found = place(cx, &after)
        .or_else(|| place(cx, &before))
        .or_else(|| place_where(cx, first).map(|p| (p, first)))
        .filter(|p| !agent(p));
    // "Kyiv was hit with 70 missiles", "launched 48 drones at Kharkiv": the text counts the
    // weapons at a city, though the air force counts them for the country. Their scope is the
    // city's, but a target's name settles no scope: never judged wrong against it. Not when
    // the clause names the country too ("at Kyiv and four other regions of Ukraine": the
    // country's, by that word), nor when the city is the government that speaks ("Kiev claims
    // to have shot down 296": the default).
    let weapons = counts_weapons(category);
    let speaks = |i: usize| {
        (cx.tokens.get(i + 1)).is_some_and(|t| crate::text::is_one_of(t.lower.as_ref(), SPEAKS))
    };
    // "the city of Lutsk in western Ukraine", "Kharkiv, Ukraine's second city": the country
    // that holds the city, not a scope.
    let locative = |k: usize| {
        (1..=2).any(|back| k >= back && cx.tokens[k - back].is("in"))
            || (cx.tokens[k].is_possessive() && cx.tokens[k - 1].is(","))
    };
    // "11 Iskander-M missiles from Russian regions of Bryansk": where weapons came from, after
    // them, is not where they were counted.
    let launched_from =
        |i: usize| (1..=4).any(|back| i > first + back && cx.tokens[i - back].is("from"));
    // More than the city, by no place's name.
    let and_beyond = |i: usize| i + 1 < cx.tokens.len() && cx.one_of_at(i + 1, AND_BEYOND);
    let (scope, scope_cue) = match found {
        Some((_, i)) if weapons && launched_from(i) => (None, None),
        Some((_, i)) if weapons && and_beyond(i) => (Some("Ukraine"), None),
        Some((s, i)) if weapons && s != "Ukraine" => {
            match (after.iter().chain(&before)).find(|&&k| {
                place_named(without_possessive(&cx.tokens[k].lower)) == Some("Ukraine")
                    && !(k > i && locative(k))
            }) {
                Some(&k) => (Some("Ukraine"), Some(k)),
                None if speaks(i) => (None, None),
                None => (Some(s), None),
            }
        }
        // "an offensive against Ukraine … that killed three": the country as the attack's
        // target says where it struck, not where its toll was counted; so does a city in a
        // sentence that names the country too ("strikes on the Ukrainian capital Kyiv and
        // across the country").
        Some((s, i))
            if !weapons
                && is_target_at(cx, i)
                && (s == "Ukraine"
                    || (cx.tokens.iter()).any(|t| place_named(&t.lower) == Some("Ukraine"))) =>
        {
            (Some(s), None)
        }
        Some((s, i)) => (Some(s), Some(i)),
        None => match weapons.then(ukrainian).flatten() {
            Some((s, i)) => (Some(s), Some(i)),
            None => (None, None),
        },
    };
    Reading {
        category,
        group: group.map(str::to_string),
        subtype: subtype.map(str::to_string),
        scope: scope.map(str::to_string),
        sub_count,
        category_cue: cue,
        settled,
        scope_cue,
        whole_of: total_of,
        from_noun: cue.is_some_and(|(i, _)| matches!(cx.cue_at(i), Some((_, Cue::Weapon, _)))),
        noun_after,
        unknown_kind,
    }
}

/// Rule 2: the category from the words after the number, with the tokens of its cue.
/// `before_cue` is the nearest cue before it: an interception verb there governs a weapon noun
/// after it ("the air force shot down 199 drones").
fn after_category(
    cx: &Context,
    after: &[usize],
    total_of: bool,
    before_cue: Option<(usize, (Category, Cue, usize))>,
) -> Option<(Category, Option<(usize, usize)>)> {
    let mut noun = None;
    let mut own_verb = None;
    // "14 of the 23 injured had been hospitalised": past a partitive, the verb after the whole
    // says what the part counts.
    let partitive = after.first().is_some_and(|&i| {
        cx.tokens[i].is("of")
            || (cx.tokens[i].is("out") && cx.tokens.get(i + 1).is_some_and(|t| t.is("of")))
    });
    let mut later_verb = None;
    let mut shared_verb = None;
    let mut past_and = false;
    let mut k = 0;
    while k < after.len() {
        let i = after[k];
        // "and" after a kind of weapon, before the noun, joins kinds ("66 ballistic and cruise
        // missiles"); elsewhere it joins another count or clause.
        if cx.tokens[i].is("and") {
            let joins_kinds = noun.is_none()
                && own_verb.is_none()
                && k > 0
                && names_a_kind(&cx.tokens[after[k - 1]].lower);
            past_and |= !joins_kinds;
        }
        if cx.is_number_start(i) {
            // The whole of a part ("48 of 70 missiles", "Four children are among the 17
            // people confirmed dead") is read on; a count joined by "and" or a comma may share
            // a verb; one past any other word is another clause's ("550 drones and missiles
            // were fired with 475 intercepted").
            let word_before = |back: usize| i.checked_sub(back).map(|k| &cx.tokens[k]);
            let whole_of = |t: &Token| t.is("of") || t.is("among");
            let whole = word_before(1).is_some_and(whole_of)
                || (word_before(1).is_some_and(|t| t.is("the"))
                    && word_before(2).is_some_and(whole_of));
            let joined = word_before(1).is_some_and(|t| t.is("and") || t.is(","));
            if !whole && !joined {
                break;
            }
            past_and |= joined;
        }
        if let Some((c, kind, len)) = cx.cue_at(i) {
            let at = Some((c, (i, i + len - 1)));
            match kind {
                Cue::Weapon if noun.is_none() && !past_and => noun = at,
                Cue::Verb | Cue::Toll if !past_and && own_verb.is_none() => own_verb = at,
                Cue::Verb
                    if !past_and
                        && later_verb.is_none()
                        && own_verb.is_some_and(|(o, _)| o != c) =>
                {
                    later_verb = at
                }
                Cue::Verb | Cue::Toll if past_and && shared_verb.is_none() => shared_verb = at,
                _ => {}
            }
            k += len;
            continue;
        }
        k += 1;
    }
    let acts_on_weapons = |v: &Option<(Category, (usize, usize))>| {
        matches!(v, Some((Category::Intercepted | Category::Breached, _)))
    };
    // A shared verb reaches a number only through a noun ("563 drones and 26 missiles were
    // shot down"); a bare number takes its own cue before it ("the toll rose to 25, with 60
    // injured").
    let own_verb = if partitive {
        later_verb.or(own_verb)
    } else {
        own_verb
    };
    let verb = match (own_verb, noun, before_cue) {
        (Some(v), _, _) => Some(v),
        (None, None, Some(_)) => None,
        (None, _, _) => shared_verb,
    };
    let before_acts = before_cue.filter(|(_, (c, kind, _))| {
        *kind == Cue::Verb && matches!(c, Category::Intercepted | Category::Breached)
    });
    // A weapon noun after a casualty verb is the instrument, not what is counted: "five
    // children had been injured in drone strikes".
    let noun = noun.filter(|(_, (at, _))| own_verb.is_none_or(|(_, (v, _))| *at < v));
    let found = match (noun, verb) {
        (Some(_), Some(v)) if acts_on_weapons(&Some(v)) && !total_of => Some(v),
        (Some((n, at)), _) => match before_acts {
            Some((i, (c, _, len))) if !total_of => Some((c, (i, i + len - 1))),
            _ => Some((combined(cx, n, at.1), at)),
        },
        (None, Some(v)) => Some(v),
        (None, None) => None,
    };
    found.map(|(c, at)| (c, Some(at)))
}

/// Drones and missiles counted together: "550 drones and missiles", "missiles and drones".
fn combined(cx: &Context, noun: Category, noun_end: usize) -> Category {
    let joins = |i: usize| {
        cx.tokens
            .get(i)
            .is_some_and(|t| t.is("and") || t.is("&") || t.is("or"))
    };
    let other = |i: usize| matches!(cx.cue_at(i), Some((c, Cue::Weapon, _)) if c != noun && matches!(c, Category::Drones | Category::Missiles));
    // One modifier may stand between: "drones and ballistic missiles", not "drones and 31
    // missiles".
    let modifier = |i: usize| cx.number_of.get(i).is_some_and(|n| n.is_none());
    if joins(noun_end + 1)
        && (other(noun_end + 2) || (modifier(noun_end + 2) && other(noun_end + 3)))
    {
        Category::Weapons
    } else {
        noun
    }
}

/// Whether one of the first two of `words`, those after a number, counts a thing that is
/// neither a person nor a weapon ("33 locations", "five apartment buildings").
pub fn names_another_thing<'t>(words: impl IntoIterator<Item = &'t Token<'t>>) -> bool {
    (words.into_iter().take(2)).any(|t| crate::text::is_one_of(t.lower.as_ref(), OTHER_NOUNS))
}

/// Rule 4: a toll named earlier in the sentence.
fn sentence_toll(cx: &Context, first: usize) -> Option<Category> {
    let tolls = &cx.tolls;
    let before = tolls.partition_point(|&(i, _)| i < first);
    before.checked_sub(1).map(|k| tolls[k].1)
}

/// The first table entry found in the first `n` tokens of `window`.
fn near<'t>(
    cx: &Context,
    window: &[usize],
    n: usize,
    table: &'t [(&str, &'t str)],
) -> Option<&'t str> {
    window.iter().take(n).find_map(|&i| {
        // A token holds no space: a word of the table is found in it, a phrase from it on.
        let token = &cx.tokens[i].lower;
        let end = without_possessive(token).len();
        table.iter().find_map(|(w, v)| {
            let starts_here = may_begin(w, end) && cx.phrase_at(i, w);
            (holds(token, w) || starts_here).then_some(*v)
        })
    })
}

/// Whether `phrase` may begin with a word `len` bytes long: its first word must end there.
/// Most window words are settled by this before [`Context::phrase_at`] compares them.
fn may_begin(phrase: &str, len: usize) -> bool {
    phrase.len() == len || phrase.as_bytes().get(len) == Some(&b' ')
}

/// Whether `word` names a kind of weapon of [`SUBTYPES`] ("ballistic", "kh-101s"). Out of
/// line: each of its three callers had the table's search unrolled.
#[inline(never)]
fn names_a_kind(word: &str) -> bool {
    SUBTYPES.iter().any(|(kind, _)| holds(word, kind))
}

/// Whether `part` stands anywhere in `word`, as `str::contains` says.
fn holds(word: &str, part: &str) -> bool {
    crate::text::find(word, part).is_some()
}

/// "drones" or "missiles" for an interception or breach count, when the text says which; none
/// for both together ("72 of the 550 drones and missiles").
fn weapon_noun(cx: &Context, after: &[usize]) -> Option<&'static str> {
    let (k, noun, len) = after
        .iter()
        .enumerate()
        .find_map(|(k, &i)| match cx.cue_at(i) {
            Some((c @ (Category::Drones | Category::Missiles), Cue::Weapon, len)) => {
                Some((k, c, len))
            }
            _ => None,
        })?;
    let end = after[k] + len - 1;
    if combined(cx, noun, end) == Category::Weapons {
        return None;
    }
    Some(noun.word())
}

/// The first place word in `window`, with its token.
fn place<'t>(cx: &Context, window: &[usize]) -> Option<(&'t str, usize)> {
    window.iter().find_map(|&i| {
        let lower = &cx.tokens[i].lower;
        let word = without_possessive(lower);
        let scope = place_named(word)?;
        (!is_owner(scope, &lower[word.len()..])).then_some((scope, i))
    })
}

/// "the city of Ternopil, where at least 10 people were injured".
fn place_where<'t>(cx: &Context, first: usize) -> Option<&'t str> {
    let w = (first.saturating_sub(4)..first)
        .rev()
        .find(|&i| cx.tokens[i].is("where"))?;
    if first - w > 4 || w < 2 || !cx.tokens[w - 1].is(",") {
        return None;
    }
    place(cx, &[w - 2]).map(|(p, _)| p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::extract;
    use crate::text::{sentences, Span};

    #[test]
    fn every_cue_is_found_by_its_first_word_past_the_shapes() {
        let (shapes, index) = cues_by_first_word();
        for (k, (phrase, _, _)) in CUES.iter().enumerate() {
            let first = phrase.split(' ').next().unwrap_or(phrase);
            assert!(shapes.may_hold(first.as_bytes()), "{phrase}");
            assert!(index[&word_hash(first)].contains(&k), "{phrase}");
        }
    }

    /// (text, category, group, subtype, scope)
    type Read = (
        String,
        Category,
        Option<String>,
        Option<String>,
        Option<String>,
    );

    fn figures_of(text: &str) -> Vec<crate::figures::Figure> {
        extract(&crate::Document::new(text))
    }

    /// The scope the first figure of `text` is read with, if any.
    fn first_scope(text: &str) -> Option<String> {
        figures_of(text).swap_remove(0).scope
    }

    fn read_all(text: &str) -> Vec<Read> {
        figures_of(text)
            .into_iter()
            .map(|f| {
                (
                    f.span.of(text).to_string(),
                    f.category,
                    f.group,
                    f.subtype,
                    f.scope,
                )
            })
            .collect()
    }

    fn categories(text: &str) -> Vec<(String, Category)> {
        read_all(text)
            .into_iter()
            .map(|(t, c, ..)| (t, c))
            .collect()
    }

    fn c(t: &str, cat: Category) -> (String, Category) {
        (t.to_string(), cat)
    }

    #[test]
    fn a_cue_after_the_number_decides_its_category() {
        assert_eq!(
            categories("Russia fired 598 attack drones and 31 missiles; eight people remain missing while 53 others were injured."),
            [c("598", Category::Drones), c("31", Category::Missiles), c("eight", Category::Missing), c("53", Category::Injured)]
        );
        // Red Nation Today and Express, 4 July 2025.
        assert_eq!(
            categories("Casualties included one fatality and over 23 injuries."),
            [c("one", Category::Killed), c("over 23", Category::Injured)]
        );
        assert_eq!(
            categories("At least 23 people were injured, with 14 requiring hospitalization."),
            [
                c("At least 23", Category::Injured),
                c("14", Category::Hospitalized)
            ]
        );
    }

    #[test]
    fn weapons_fired_at_a_city_and_beyond_are_counted_for_the_country() {
        // JOE, 6 June 2025.
        let text = "Almost all of Ukraine was attacked, with over 400 drones and 40 missiles igniting the city of Kyiv and further afield.";
        let figures = figures_of(text);
        for f in &figures {
            assert_eq!(f.scope.as_deref(), Some("Ukraine"), "{f:?}");
        }
        assert_eq!(
            first_scope("Russia launched 550 drones at Kyiv and other cities."),
            Some("Ukraine".into())
        );
        assert_eq!(
            first_scope("Russia launched 550 drones at Kyiv."),
            Some("Kyiv".into())
        );
    }

    #[test]
    fn weapons_that_hit_landed_or_destroyed_something_got_through() {
        // Express and USA Today News, 4 July 2025; Monaco Journal and Euroradio, 28 August.
        assert_eq!(
            categories(
                "Russia successfully struck eight locations with nine missiles and 63 drones."
            ),
            [
                c("eight", Category::Other),
                c("nine", Category::Breached),
                c("63", Category::Breached)
            ]
        );
        for text in [
            "Two missiles landed within 50 metres of the delegation building.",
            "It struck nearby, two missiles hitting within 50 metres of the mission.",
            "Two missiles destroyed a five-storey building in the Darnytskyi district.",
        ] {
            assert_eq!(categories(text)[0].1, Category::Breached, "{text}");
        }
        // Passive, or without an object: what air defence did.
        assert_eq!(
            categories("48 missiles were destroyed.")[0].1,
            Category::Intercepted
        );
        assert_eq!(
            categories("Russia hit Kyiv with 550 drones.")[0].1,
            Category::Drones
        );
    }

    #[test]
    fn people_confirmed_as_killed_were_killed() {
        // MENAFN (Ukrinform), 6 June 2025.
        assert_eq!(
            categories("A total of three State Emergency Service employees have been confirmed as killed as a result of the strikes."),
            [c("three", Category::Killed)]
        );
    }

    #[test]
    fn a_casualty_toll_counts_neither_the_dead_nor_the_injured_alone() {
        // MENAFN (Ukrinform), 6 June 2025: the 23 were injured.
        assert_eq!(
            categories("Kyiv Attack's Casualty Toll Up To 23. The death toll rose to 4."),
            [c("23", Category::Other), c("4", Category::Killed)]
        );
    }

    #[test]
    fn people_joined_to_a_group_and_a_place_in_and_around_stay_in_the_clause() {
        assert_eq!(
            categories("Klitschko said six children and a pregnant woman were among the injured."),
            [c("six", Category::Injured)]
        );
        let r = read_all("Shelling killed five people in and around the city of Pokrovsk.");
        assert_eq!(r[0].4.as_deref(), Some("Pokrovsk"), "{r:?}");
    }

    #[test]
    fn hits_recorded_are_weapons_that_got_through() {
        assert_eq!(
            categories("Hits by 13 missiles and 32 attack drones were recorded at 10 locations."),
            [
                c("13", Category::Breached),
                c("32", Category::Breached),
                c("10", Category::Other)
            ]
        );
        assert_eq!(
            categories(
                "Eight areas were hit, with a total of nine missiles and 63 UAVs recorded there."
            ),
            [
                c("Eight", Category::Other),
                c("nine", Category::Breached),
                c("63", Category::Breached)
            ]
        );
    }

    #[test]
    fn weapons_that_struck_got_through_but_weapons_fired_that_hit_were_launched() {
        assert_eq!(
            categories("Over 63 drones and nine missiles struck targets in eight locations."),
            [
                c("Over 63", Category::Breached),
                c("nine", Category::Breached),
                c("eight", Category::Other)
            ]
        );
        assert_eq!(
            categories("Two missiles hit a residential building."),
            [c("Two", Category::Breached)]
        );
        assert_eq!(
            categories("Russia fired 40 missiles that hit homes."),
            [c("40", Category::Missiles)]
        );
        assert_eq!(
            categories("Russia struck Kyiv with 550 drones."),
            [c("550", Category::Drones)]
        );
        assert_eq!(
            categories("The 550 drones that hit Ukraine came in waves."),
            [c("550", Category::Drones)]
        );
        // Glisten Report, 4 July 2025: "Over 500 drones and 11 missiles struck Kyiv and other
        // locations overnight": hitting the attack's target says no more than attacking it.
        assert_eq!(
            categories("539 drones hit Ukraine in the largest attack of the war."),
            [c("539", Category::Drones)]
        );
        assert_eq!(
            categories("Over 500 drones and 11 missiles struck the capital overnight."),
            [c("Over 500", Category::Drones), c("11", Category::Missiles)]
        );
        // Wuzup Nigeria, 4 July 2025 (sweep 12): "strike" after "to" is the verb.
        assert_eq!(
            categories("63 drones and nine missiles managed to strike targets across the country."),
            [c("63", Category::Breached), c("nine", Category::Breached)]
        );
        assert_eq!(
            categories("63 drones were used in the strike on Kyiv."),
            [c("63", Category::Drones)]
        );
    }

    #[test]
    fn a_bare_number_before_a_launch_verb_counts_the_weapons_before_it() {
        assert_eq!(
            categories("Russia fired 550 drones overnight, up from a previous record of 537 launched last week."),
            [c("550", Category::Drones), c("537", Category::Drones)]
        );
    }

    #[test]
    fn a_difference_between_counts_is_not_a_count() {
        assert_eq!(
            categories(
                "Russia launched 728 drones, 189 more than the previous record of 539 drones."
            ),
            [
                c("728", Category::Drones),
                c("189", Category::Other),
                c("539", Category::Drones)
            ]
        );
    }

    #[test]
    fn ukrainian_weapons_joined_by_and_share_the_interception_verb() {
        let r = read_all(
            "Russia says it intercepted 174 Ukrainian drones and three Ukrainian missiles.",
        );
        assert_eq!(r[1].1, Category::Intercepted, "{r:?}");
    }

    #[test]
    fn a_cue_before_the_number_decides_when_the_noun_is_elided() {
        assert_eq!(
            categories("Strikes killing 9 and injuring 63 hit the city."),
            [c("9", Category::Killed), c("63", Category::Injured)]
        );
        assert_eq!(
            categories("By the evening the death toll had risen to twelve."),
            [c("twelve", Category::Killed)]
        );
        assert_eq!(
            categories("In Kyiv the death toll rose, and by morning it stood at 23."),
            [c("23", Category::Killed)]
        );
    }

    #[test]
    fn an_interception_verb_over_a_weapon_noun_makes_an_interception_count() {
        assert_eq!(
            read_all("The air force said 563 drones and 26 missiles were shot down."),
            [
                (
                    "563".into(),
                    Category::Intercepted,
                    None,
                    Some("drones".into()),
                    None
                ),
                (
                    "26".into(),
                    Category::Intercepted,
                    None,
                    Some("missiles".into()),
                    None
                )
            ]
        );
        assert_eq!(
            categories("Of the 550 drones launched overnight, 72 managed to breach air defences."),
            [c("550", Category::Drones), c("72", Category::Breached)]
        );
        assert_eq!(
            categories("In all, 48 of 70 missiles were shot down."),
            [c("48", Category::Intercepted), c("70", Category::Missiles)]
        );
    }

    #[test]
    fn other_nouns_make_a_number_uncheckable() {
        assert_eq!(
            categories("More than 2,000 homes lost power and 5000 soldiers a week are dying."),
            [
                c("More than 2,000", Category::Other),
                c("5000", Category::Other)
            ]
        );
    }

    #[test]
    fn sub_counts_take_their_group_and_the_category_of_their_total() {
        assert_eq!(
            read_all(
                "Russia attacked, killing at least 23 people in Kyiv including four children."
            ),
            [
                (
                    "at least 23".into(),
                    Category::Killed,
                    None,
                    None,
                    Some("Kyiv".into())
                ),
                (
                    "four".into(),
                    Category::Killed,
                    Some("children".into()),
                    None,
                    Some("Kyiv".into())
                )
            ]
        );
        assert_eq!(
            read_all("21 people are hospitalized, including a pregnant woman and three children."),
            [
                ("21".into(), Category::Hospitalized, None, None, None),
                (
                    "three".into(),
                    Category::Hospitalized,
                    Some("children".into()),
                    None,
                    None
                )
            ]
        );
        assert_eq!(
            categories("Zelensky said 25 people, including four children, had been killed."),
            [c("25", Category::Killed), c("four", Category::Killed)]
        );
    }

    #[test]
    fn subtypes_come_from_weapon_names() {
        let r = read_all("Russia launched 11 Iskander-M/KN-23 ballistic missiles, 37 Kh-101 and 2 Kinzhal missiles.");
        let subtypes: Vec<Option<String>> = r.iter().map(|x| x.3.clone()).collect();
        assert_eq!(
            subtypes,
            [
                Some("Iskander-M".into()),
                Some("Kh-101".into()),
                Some("Kinzhal".into())
            ]
        );
        assert!(r.iter().all(|x| x.1 == Category::Missiles));
    }

    #[test]
    fn scope_comes_from_a_place_in_the_clause_and_weapons_at_the_city_settle_no_scope() {
        let r = read_all(
            "Russia targeted the city of Ternopil, where at least 10 people were injured.",
        );
        assert_eq!(r[0].4.as_deref(), Some("Ternopil"));
        let r = read_all(
            "Six people were killed across Ukraine, and in Ternopil 11 people were injured.",
        );
        assert_eq!(
            (r[0].4.as_deref(), r[1].4.as_deref()),
            (Some("Ukraine"), Some("Ternopil"))
        );
        // Weapons the text counts at the city are read there, but the city names a target.
        let f = extract(&crate::Document::new("Russia fired 550 drones at Kyiv."));
        assert_eq!(
            (f[0].scope.as_deref(), f[0].basis.scope),
            (Some("Kyiv"), None)
        );
        let r = read_all("Russia fired 145 drones at Kyiv and four other regions of Ukraine.");
        assert_eq!(r[0].4.as_deref(), Some("Ukraine"));
        let r = read_all("Kiev claims to have shot down 296 drones.");
        assert_eq!(r[0].4, None);
        // A region of Russia struck in return is no count of the strike's city.
        let r = read_all("One woman was killed in a strike in Russia's Rostov region.");
        assert_eq!(r[0].4.as_deref(), Some("Rostov"));
        // Fresh set 7 (The Hawk, Georgia Today, WDC TV): the attacker, the country that holds
        // a city and the one who launched drones are none of them where a count was counted.
        let r = read_all("She said 10 people were killed in Russia's overnight strikes on Kyiv.");
        assert_eq!(r[0].4.as_deref(), Some("Kyiv"));
        let r = read_all("Kharkiv, Ukraine's second city, was hit by seven missiles.");
        assert_ne!(r[0].4.as_deref(), Some("Ukraine"));
        let r = read_all(
            "Russia's defence ministry said it intercepted 48 drones launched by Ukraine.",
        );
        assert_eq!(
            (r[0].1, r[0].4.as_deref()),
            (Category::Intercepted, Some("Russia"))
        );
    }

    #[test]
    fn weapons_that_name_the_attack_do_not_say_what_a_later_number_counts() {
        // Editorji (AP), 29 August 2025: the toll was read as drones.
        assert_eq!(
            categories(
                "The number of fatalities from a missile and drone assault has risen to 23."
            ),
            [c("23", Category::Killed)]
        );
        assert_eq!(
            categories("Ukraine carried out a drone strike on five Russian airbases."),
            [c("five", Category::Other)]
        );
    }

    #[test]
    fn a_part_and_the_parts_listed_after_it_count_what_their_whole_counts() {
        // UN News, eFlip, UK Times, The British Eye: each part below was "other" or lost.
        let r = read_all("At least six people died, including three firefighters in Kyiv, two civilians in Lutsk, and one person in Chernihiv.");
        let read: Vec<_> = r
            .iter()
            .map(|f| (f.0.as_str(), f.1, f.4.as_deref()))
            .collect();
        assert_eq!(
            read[1..],
            [
                ("three", Category::Killed, Some("Kyiv")),
                ("two", Category::Killed, Some("Lutsk")),
                ("one", Category::Killed, Some("Chernihiv"))
            ]
        );
        assert_eq!(
            categories("At least 15 people, including four children were killed."),
            [
                c("At least 15", Category::Killed),
                c("four", Category::Killed)
            ]
        );
        assert_eq!(
            categories("Four children are among the 17 people confirmed dead."),
            [c("Four", Category::Killed), c("17", Category::Killed)]
        );
        // A thing in the list is no person: "including two children and 33 sites".
        assert_eq!(
            categories("Three people died, including two children, and 33 sites were hit."),
            [
                c("Three", Category::Killed),
                c("two", Category::Killed),
                c("33", Category::Other)
            ]
        );
    }

    #[test]
    fn a_clause_reads_past_an_aside_between_dashes_and_a_number_between_commas() {
        let r = read_all(
            "It follows a strike on Kryvyi Rih—Zelensky's hometown—that left 19 dead, including nine children.",
        );
        assert_eq!(
            (r[0].1, r[0].4.as_deref(), r[1].4.as_deref()),
            (Category::Killed, Some("Kryvyi Rih"), Some("Kryvyi Rih"))
        );
        assert_eq!(
            categories("The military said most of the drones, 718, were destroyed."),
            [c("718", Category::Intercepted)]
        );
        // A person's age is no count.
        assert_eq!(
            categories("Lilya Yedamenko, 52, who lives opposite, saw it."),
            [c("52", Category::Other)]
        );
    }

    #[test]
    fn the_uns_monitors_count_for_the_country_without_settling_it() {
        for text in [
            "From 1 to 24 April 2025, HRMMU has verified 848 civilian casualties (151 killed and 697 injured).",
            "The attacks have killed more than 12,000 civilians, according to the United Nations.",
            "The UN said 12,000 civilians were killed.",
        ] {
            let f = figures_of(text);
            let killed = f.iter().find(|f| f.category == Category::Killed).unwrap();
            assert_eq!(
                (killed.scope.as_deref(), killed.basis.scope),
                (Some("Ukraine"), None),
                "{text}"
            );
        }
        // "un" in French is no monitor, nor a monitor named with the place it counted in.
        for text in [
            "Selon un témoin, 12 personnes were killed.",
            "The UN said 23 people were killed in Kyiv.",
        ] {
            let f = figures_of(text);
            assert_ne!(f[0].scope.as_deref(), Some("Ukraine"), "{text}");
        }
    }

    #[test]
    fn air_force_wordings_of_totals_and_of_jamming_are_read() {
        assert_eq!(
            categories("Russia used 550 air attack weapons, 452 projectiles in all."),
            [c("550", Category::Weapons), c("452", Category::Weapons)]
        );
        assert_eq!(
            categories("The military used nearly 550 air weapons against Ukraine."),
            [c("nearly 550", Category::Weapons)]
        );
        assert_eq!(
            categories("Another 208 drones were lost from radar or jammed."),
            [c("208", Category::Intercepted)]
        );
        // Kinds joined before their noun, and a count in a clause of its own.
        assert_eq!(
            categories("Russia fired 66 ballistic and cruise missiles."),
            [c("66", Category::Missiles)]
        );
        assert_eq!(
            categories("550 drones and missiles were fired with 475 of them intercepted."),
            [c("550", Category::Weapons), c("475", Category::Intercepted)]
        );
        // Not a count: "one of the largest and deadliest missile strikes".
        assert_eq!(
            categories("It was one of the largest and deadliest missile strikes."),
            []
        );
    }

    #[test]
    fn a_part_is_not_launched_by_its_wholes_participle() {
        assert_eq!(
            categories("It said 72 out of the 550 drones launched by Russia evaded air defenses."),
            [c("72", Category::Breached), c("550", Category::Drones)]
        );
        // With no verb of its own, the part's kind is left open, and so never judged wrong.
        let f = extract(&crate::Document::new(
            "It said 72 out of the 550 drones launched by Russia were over Kyiv.",
        ));
        assert_eq!(
            (f[0].category, f[0].basis.settled),
            (Category::Drones, false)
        );
    }

    #[test]
    fn a_whole_before_including_takes_its_parts_verb() {
        assert_eq!(
            categories("At least 18 people including four children were killed."),
            [
                c("At least 18", Category::Killed),
                c("four", Category::Killed)
            ]
        );
    }

    #[test]
    fn a_list_of_parts_after_including_lends_the_whole_none_of_its_places() {
        let text = "At least six people died in the attack, including three firefighters in Kyiv, \
                    two civilians in Lutsk, and another civilian in Chernihiv.";
        let f = figures_of(text);
        assert_eq!((f[0].category, f[0].basis.scope), (Category::Killed, None));
        assert_ne!(f[0].scope.as_deref(), Some("Lutsk"));
        // An aside between commas is still passed over: "including four children" is one.
        let text = "Five people, including four children, were killed in Kyiv.";
        assert_eq!(first_scope(text).as_deref(), Some("Kyiv"));
    }

    #[test]
    fn an_aside_holding_a_list_ends_at_the_comma_that_does_not_go_on() {
        // PTC News, 28 August 2025: the ages are a list inside the aside, the verb after it.
        let text = "Emergency services confirmed that 14 persons, including three children aged \
                    2, 14, and 17, were killed, while at least 38 others were injured.";
        let f = figures_of(text);
        assert_eq!(
            (f[0].span.of(text), f[0].category),
            ("14", Category::Killed)
        );
    }

    #[test]
    fn a_casualty_count_over_many_places_at_once_is_the_country_s_unsettled() {
        // The World's Eye, 6 June 2025.
        let text =
            "The strikes hit six regions, lasted for hours, and killed at least four people.";
        let f = figures_of(text);
        assert_eq!(
            (f[1].scope.as_deref(), f[1].basis.scope),
            (Some("Ukraine"), None)
        );
        // Not from a clause of its own after the count (Gipi, 6 June 2025).
        let text = "Russia attacked early Friday, killing at least four people and injuring 20 in \
                    the capital, Kyiv, as strikes hit cities and regions.";
        let f = figures_of(text);
        assert_ne!(f[0].scope.as_deref(), Some("Ukraine"));
    }

    #[test]
    fn a_count_with_no_place_is_the_country_s_when_the_next_sentence_names_the_places_hit() {
        // Global War News, 6 June 2025.
        let text = "Ukrainian authorities reported that five people were killed and 80 injured \
                    in the overnight onslaught. The strikes hit Kyiv, Chernihiv, Lutsk, and \
                    Ternopil, with widespread destruction reported.";
        let f = figures_of(text);
        let read: Vec<_> = f
            .iter()
            .map(|f| (f.scope.as_deref(), f.basis.scope))
            .collect();
        assert_eq!(read, [(Some("Ukraine"), None), (Some("Ukraine"), None)]);
        // Not across a paragraph, and not for a count its own sentence places.
        let text =
            "Five people were killed in Kyiv overnight. The strikes hit Chernihiv and Lutsk.";
        assert_eq!(first_scope(text).as_deref(), Some("Kyiv"));
        let text = "Five people were killed overnight.\nThe strikes hit Chernihiv and Lutsk.";
        assert_ne!(first_scope(text).as_deref(), Some("Ukraine"));
    }

    #[test]
    fn a_place_named_only_among_the_parts_settles_nothing_for_the_whole() {
        // Local News Wave, 6 June 2025: the six are the country's, the three Kyiv's.
        let text = "At least six people were killed, including three rescuers searching for \
                    survivors in Kyiv.";
        let f = figures_of(text);
        assert_eq!((f[0].category, f[0].basis.scope), (Category::Killed, None));
        // The place after the list's closing comma is the whole's again.
        let text = "At least 15 people, including four children, have been killed in a \
                    bombardment of Kyiv.";
        let f = figures_of(text);
        assert_eq!(f[0].scope.as_deref(), Some("Kyiv"));
        assert!(f[0].basis.scope.is_some());
    }

    #[test]
    fn russia_is_a_place_only_where_a_word_locates_it() {
        let scopes = |text: &str| {
            let f = figures_of(text);
            f.into_iter().map(|f| f.scope).collect::<Vec<_>>()
        };
        assert_eq!(
            scopes("Bridges collapsed in Russia, resulting in seven deaths."),
            [Some("Russia".to_string())]
        );
        // Who acts is not where a count was counted.
        assert_eq!(
            scopes("Russia launched 400 drones at Ukraine."),
            [Some("Ukraine".to_string())]
        );
        // "Kiev" acts here too: with "within Russia" the count is not settled in Kyiv
        // (SouthFront, 6 June 2025, where it was judged against Kyiv's toll).
        let text = "Kiev also targeted several civilian sites within Russia in acts of railway \
                    sabotage over the weekend, killing at least seven people.";
        assert!(figures_of(text)[0].basis.scope.is_none());
    }

    #[test]
    fn the_deceased_are_killed_and_warplanes_are_no_weapons() {
        assert_eq!(
            categories("Three of the deceased in Kyiv were rescue personnel."),
            [c("Three", Category::Killed)]
        );
        assert_eq!(
            categories("Kyiv launched its largest drone strike on at least 40 Russian warplanes."),
            [c("at least 40", Category::Other)]
        );
    }

    #[test]
    fn drones_launched_by_ukraine_are_counted_over_russia() {
        let text = "Zelensky said 117 drones were used in the Spider's Web operation by the SBU.";
        assert_eq!(first_scope(text).as_deref(), Some("Russia"));
        // Shot down by Ukraine's air defences, they are Russia's, counted for Ukraine.
        let text = "Of them, 400 drones were shot down by Ukraine's air defences.";
        assert_ne!(first_scope(text).as_deref(), Some("Russia"));
    }

    #[test]
    fn an_approximation_holds_for_both_weapon_counts_it_joins() {
        let f = extract(&crate::Document::new(
            "Air defences shot down approximately 200 drones and 30 cruise missiles.",
        ));
        assert_eq!(
            f.iter().map(|f| f.qualifier).collect::<Vec<_>>(),
            [crate::figures::Qualifier::About; 2]
        );
        // Not across a clause of another kind: "about 20 killed and 30 injured" is two reports.
        let f = extract(&crate::Document::new(
            "About 20 were killed and 30 injured.",
        ));
        assert_eq!(f[1].qualifier, crate::figures::Qualifier::Exact);
    }

    #[test]
    fn a_part_counts_what_the_verb_after_its_whole_says() {
        assert_eq!(
            categories("Officials said 14 of the 23 injured had been hospitalised."),
            [c("14", Category::Hospitalized), c("23", Category::Injured)]
        );
        assert_eq!(
            categories("Klitschko said 14 of the wounded were taken to the hospital."),
            [c("14", Category::Hospitalized)]
        );
        assert_eq!(
            categories(
                "Kyiv was hit with 70 missiles, 48 of which were shot down, and 140 drones."
            ),
            [
                c("70", Category::Missiles),
                c("48", Category::Intercepted),
                c("140", Category::Drones)
            ]
        );
        // The drones joined past the part share the missiles' city, not the part's verb, and
        // so does their part.
        let r = read_all(
            "Kyiv was hit with 70 missiles, 48 of which were shot down, and 140 drones, with 64 being shot down.",
        );
        assert_eq!(
            (r[2].4.as_deref(), r[3].1, r[3].4.as_deref()),
            (Some("Kyiv"), Category::Intercepted, Some("Kyiv"))
        );
        assert_eq!(
            categories("Air defences held, though 13 targets suffered direct hits."),
            [c("13", Category::Breached)]
        );
        // "a total of" says nothing of launched or hit: not settled.
        let r = crate::figures::extract(&crate::Document::new(
            "Eight areas were hit, with a total of nine missiles recorded there.",
        ));
        assert!(!r[0].basis.settled, "{r:?}");
    }

    #[test]
    fn a_part_of_an_interception_count_is_an_interception_of_its_kind() {
        let r = read_all("Air defences shot down 270 targets, including two cruise missiles.");
        assert_eq!(
            (r[1].1, r[1].3.as_deref()),
            (Category::Intercepted, Some("missiles"))
        );
    }

    #[test]
    fn the_country_as_an_owner_and_ukraines_own_drones_set_no_ukrainian_scope() {
        let r = read_all("Ukraine's emergency service reported three firefighters killed.");
        assert_eq!(r[0].4, None);
        let r = read_all("Russia said it downed 87 Ukrainian drones, including 45 over Crimea.");
        assert_eq!(
            (r[0].4.as_deref(), r[1].4.as_deref()),
            (Some("Russia"), Some("Crimea"))
        );
        let r = read_all("Of 550 drones, 72 managed to breach Ukrainian air defences.");
        assert_eq!(r[1].4, None);
        // Where weapons were launched from is no scope; a place the sentence opens with is.
        let r = read_all("Russia fired 11 missiles from Russian regions of Bryansk and Kursk.");
        assert_eq!(r[0].4, None);
        let r = read_all("Footage from the city of Lutsk showed at least four cruise missiles.");
        assert_eq!(r[0].4.as_deref(), Some("Lutsk"));
        // Odri Media, 4 July 2025: the city's night is its own clause.
        let r = read_all("Kyiv endured its worst night as Russia launched 550 drones.");
        assert_ne!(r[0].4.as_deref(), Some("Kyiv"));
        // A headline's target after "as" is another clause's place.
        let r = read_all("21 killed, EU building damaged as Russia strikes Ukraine");
        assert_eq!(r[0].4, None);
        let r = read_all("Russia struck Ukraine overnight, killing 21 people.");
        assert_eq!(r[0].4.as_deref(), Some("Ukraine"));
        // Where the reporter filed from is not where the count applies.
        let r = read_all("Kyiv, Ukraine (CNN) — Russia struck across Ukraine, killing 4 people.");
        assert_eq!(r[0].4.as_deref(), Some("Ukraine"));
        let r = read_all("Shelling killed five people in and around the city of Pokrovsk.");
        assert_eq!(r[0].4.as_deref(), Some("Pokrovsk"));
        // A sentence that opens with a dash aside is no dateline.
        let r = read_all("In the city of Lutsk – near Poland – strikes wounded five people.");
        assert_eq!(r[0].4.as_deref(), Some("Lutsk"));
        // The attack's target scopes a casualty count, but does not settle it.
        let f = crate::figures::extract(&crate::Document::new(
            "Three killed, 49 wounded in intense Russian air attacks on Ukraine",
        ));
        assert_eq!(f[0].scope.as_deref(), Some("Ukraine"));
        assert_eq!(f[0].basis.scope, None);
    }

    #[test]
    fn a_sentence_span_outside_the_text_start_is_respected() {
        let text = "Intro. Nine people were killed.";
        let s = sentences(text);
        assert_eq!(s[1], Span::new(7, text.len()));
        assert_eq!(categories(text), [c("Nine", Category::Killed)]);
    }
}
