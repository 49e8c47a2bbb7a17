//! The grammar's word tables indexed by their first word, so that a lookup walks only the
//! entries that can match instead of the whole table.
//!
//! A table lookup (`lookup_word`, `lookup`, `one_of`, `longest_word`) matches an entry
//! case-insensitively and whole at the start of the input, char for char with [`fold`]. An
//! entry's first word (its chars up to the first char that is no word char, folded) must then
//! equal the input's first word folded the same way: the chars before match one for one, and
//! right after them the entry has a char that is no word char (which only itself matches) or
//! ends where the input's word must end too. So the entries filed under the input's first word,
//! kept in table order, give the same first match and the same longest match as the whole
//! table.
//!
//! [`fold`]: crate::combinators::fold

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::names::{COUNTRIES, PROVINCES, REGIONS, VIETNAMESE_STATES};
use super::parse::{
    BAPTISMAL, FAMILIAR, PLURALS, ROLE_LEAD_DESCRIPTIONS, ROLE_LEAD_PHRASES, ROLE_MODIFIERS,
};
use super::tables::{
    ACADEMIC_WORDS, BODY_HEADS, COMMITTEES, HONORIFICS, LEVELS, RANKS, SPORTS_TITLES, STOP_WORDS,
    SUFFIX_DEPUTIES, TITLES,
};
use crate::combinators::{fold, one_of, word_lower};
use crate::orgs::NAMED_ORGS as ORGS;

/// FNV-1a: the keys are a few bytes long.
#[derive(Debug, Clone, Copy)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// A key's length (which `[u8]` hashes before its bytes) in one step, not eight.
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0 ^ n as u64).wrapping_mul(0x0100_0000_01b3);
    }
}

/// The entries of every indexed table whose first word is one word, in table order.
#[derive(Debug, Default)]
pub(super) struct Heads {
    pub(super) titles: Vec<&'static str>,
    pub(super) suffix_deputies: Vec<&'static str>,
    pub(super) orgs: Vec<&'static str>,
    pub(super) committees: Vec<&'static str>,
    pub(super) body_heads: Vec<&'static str>,
    pub(super) ranks: Vec<&'static str>,
    pub(super) academic_words: Vec<&'static str>,
    pub(super) levels: Vec<&'static str>,
    pub(super) provinces: Vec<&'static str>,
    pub(super) stop_words: Vec<&'static str>,
    pub(super) honorifics: Vec<(&'static str, &'static str)>,
    /// Provinces, regions and countries, in that order.
    pub(super) places: Vec<&'static str>,
    /// Vietnamese states, then countries.
    pub(super) states: Vec<&'static str>,
    pub(super) baptismal: Vec<&'static str>,
    /// The fixed word lists of the grammar (`MARK_*`) with an entry whose first word is this
    /// one: a lookup in a list whose bit is clear finds nothing.
    pub(super) marks: u16,
}

impl Heads {
    /// Whether the list `mark` (a `MARK_*` bit) has an entry whose first word is this one.
    #[inline]
    pub(super) fn has(&self, mark: u16) -> bool {
        self.marks & mark != 0
    }
}

/// The grammar's fixed word lists, as bits of [`Heads::marks`].
pub(super) const MARK_PLURAL: u16 = 1;
pub(super) const MARK_FAMILIAR: u16 = 1 << 1;
pub(super) const MARK_HERO: u16 = 1 << 3;
pub(super) const MARK_MODIFIER: u16 = 1 << 4;
pub(super) const MARK_ROLE_LEAD: u16 = 1 << 5;
pub(super) const MARK_DESCRIPTION: u16 = 1 << 6;
/// `phó` (a deputy before a title).
pub(super) const MARK_DEPUTY: u16 = 1 << 7;

type Map = HashMap<Vec<u8>, Heads, BuildHasherDefault<Fnv>>;

fn file<T>(
    map: &mut Map,
    entries: impl Iterator<Item = (&'static str, T)>,
    list: fn(&mut Heads) -> &mut Vec<T>,
) {
    for (text, value) in entries {
        let mut buf = [0; 32];
        let key = word_lower(text, &mut buf).expect("a table's first words are short");
        list(map.entry(key.to_vec()).or_default()).push(value);
    }
}

fn words(table: &'static [&'static str]) -> impl Iterator<Item = (&'static str, &'static str)> {
    table.iter().map(|&w| (w, w))
}

/// The entries of the indexed tables that can match at the start of `i`.
#[inline]
pub(super) fn heads(i: &str) -> &'static Heads {
    static MAP: OnceLock<Table<Heads>> = OnceLock::new();
    static NONE: Heads = Heads {
        titles: Vec::new(),
        suffix_deputies: Vec::new(),
        orgs: Vec::new(),
        committees: Vec::new(),
        body_heads: Vec::new(),
        ranks: Vec::new(),
        academic_words: Vec::new(),
        levels: Vec::new(),
        provinces: Vec::new(),
        stop_words: Vec::new(),
        honorifics: Vec::new(),
        places: Vec::new(),
        states: Vec::new(),
        baptismal: Vec::new(),
        marks: 0,
    };
    let map = MAP.get_or_init(|| {
        let mut m = Map::default();
        file(&mut m, words(TITLES), |h| &mut h.titles);
        file(&mut m, words(SPORTS_TITLES), |h| &mut h.titles);
        file(&mut m, words(SUFFIX_DEPUTIES), |h| &mut h.suffix_deputies);
        file(&mut m, words(ORGS), |h| &mut h.orgs);
        file(&mut m, words(COMMITTEES), |h| &mut h.committees);
        file(&mut m, words(BODY_HEADS), |h| &mut h.body_heads);
        file(&mut m, words(RANKS), |h| &mut h.ranks);
        file(&mut m, words(ACADEMIC_WORDS), |h| &mut h.academic_words);
        file(&mut m, words(LEVELS), |h| &mut h.levels);
        file(&mut m, words(PROVINCES), |h| &mut h.provinces);
        file(&mut m, words(STOP_WORDS), |h| &mut h.stop_words);
        file(&mut m, HONORIFICS.iter().map(|&(w, v)| (w, (w, v))), |h| {
            &mut h.honorifics
        });
        file(
            &mut m,
            words(PROVINCES)
                .chain(words(REGIONS))
                .chain(words(COUNTRIES)),
            |h| &mut h.places,
        );
        file(
            &mut m,
            words(VIETNAMESE_STATES).chain(words(COUNTRIES)),
            |h| &mut h.states,
        );
        file(&mut m, words(BAPTISMAL), |h| &mut h.baptismal);
        for (list, mark) in MARKED {
            for w in *list {
                let mut buf = [0; 32];
                let key = word_lower(w, &mut buf).expect("a list's first words are short");
                m.entry(key.to_vec()).or_default().marks |= mark;
            }
        }
        Table::new(m.into_iter())
    });
    let mut buf = [0; 32];
    // A first word longer than the buffer is longer than every entry's first word.
    match word_lower(i, &mut buf).map(<[u8]>::len) {
        Some(len) => map.get(len, &buf).unwrap_or(&NONE),
        None => &NONE,
    }
}

/// The fixed word lists marked in [`Heads::marks`].
const MARKED: &[(&[&str], u16)] = &[
    (PLURALS, MARK_PLURAL),
    (FAMILIAR, MARK_FAMILIAR),
    (&["anh hùng"], MARK_HERO),
    (ROLE_MODIFIERS, MARK_MODIFIER),
    (ROLE_LEAD_PHRASES, MARK_ROLE_LEAD),
    (ROLE_LEAD_DESCRIPTIONS, MARK_DESCRIPTION),
    (&["phó"], MARK_DEPUTY),
];

/// The index as an open-addressing hash table on the key padded with zero bytes to 32 (no
/// key holds a zero byte: no word char folds to NUL), hashed on its four 8-byte blocks.
#[derive(Debug)]
struct Table<V> {
    /// `(padded key, its length, index into heads + 1)`; 0 marks an empty slot.
    slots: Vec<([u8; 32], usize, usize)>,
    heads: Vec<V>,
    shift: u32,
}

impl<V> Table<V> {
    /// The table of `map`'s keys; keys longer than 32 bytes are left out.
    fn new(map: impl ExactSizeIterator<Item = (Vec<u8>, V)>) -> Table<V> {
        let size = (map.len() * 2).next_power_of_two().max(16);
        let mut t = Table {
            slots: vec![([0; 32], 0, 0); size],
            heads: Vec::with_capacity(map.len()),
            shift: 64 - size.trailing_zeros(),
        };
        for (key, heads) in map {
            if key.len() > 32 {
                continue;
            }
            let mut padded = [0; 32];
            padded[..key.len()].copy_from_slice(&key);
            let mut k = t.slot(&padded);
            while t.slots[k].2 != 0 {
                k = (k + 1) & (size - 1);
            }
            t.heads.push(heads);
            t.slots[k] = (padded, key.len(), t.heads.len());
        }
        t
    }

    #[inline]
    fn slot(&self, padded: &[u8; 32]) -> usize {
        let block = |n: usize| {
            let mut b = [0; 8];
            b.copy_from_slice(&padded[n * 8..n * 8 + 8]);
            u64::from_le_bytes(b)
        };
        let h = block(0)
            ^ block(1).rotate_left(19)
            ^ block(2).rotate_left(37)
            ^ block(3).rotate_left(53);
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The entry of the key `padded[..len]`, the rest of `padded` being zero bytes.
    #[inline]
    fn get(&self, len: usize, padded: &[u8; 32]) -> Option<&V> {
        let mask = self.slots.len() - 1;
        let mut k = self.slot(padded);
        loop {
            let (key, n, h) = &self.slots[k];
            if *h == 0 {
                return None;
            }
            if *n == len && key == padded {
                return Some(&self.heads[h - 1]);
            }
            k = (k + 1) & mask;
        }
    }
}

/// Phrases grouped by their first word (lower case), with the second words each first word
/// takes: the scanner's check that a trigger word is followed by the rest of a phrase. As
/// `crate::combinators::SecondWords`, in a hash map.
///
/// The first words are in a [`Table`]: one longer than its 32 bytes is no word the scanner
/// asks about (its words are at most 32 bytes long).
#[derive(Debug)]
pub(super) struct SecondWords(Table<Seconds>);

/// The phrases of one first word: whether one is that word alone, their second words, and the
/// ASCII bytes a text's second word may start with to be one of them (bit `b` for byte `b`).
#[derive(Debug, Default)]
struct Seconds {
    alone: bool,
    list: Vec<&'static str>,
    ascii: u128,
}

impl SecondWords {
    pub(super) fn new(phrases: impl Iterator<Item = &'static str>) -> SecondWords {
        let mut map: HashMap<Vec<u8>, Seconds, BuildHasherDefault<Fnv>> = HashMap::default();
        for phrase in phrases {
            let mut words = phrase.split(' ');
            let first: String = words.next().unwrap_or_default().chars().map(fold).collect();
            let second = words.next().unwrap_or("");
            let entry = map.entry(first.into_bytes()).or_default();
            if second.is_empty() {
                entry.alone = true;
            } else {
                entry.list.push(second);
                // `one_of` matches an entry only where the text's first char folds to the
                // entry's first char folded.
                if let Some(k) = second.chars().next() {
                    for b in 0..128u8 {
                        if fold(char::from(b)) == fold(k) {
                            entry.ascii |= 1 << b;
                        }
                    }
                }
            }
        }
        SecondWords(Table::new(map.into_iter()))
    }

    /// `None` when no phrase starts with `w` (lower case); else whether `after` (the text
    /// after `w` and its space) goes on with one of its phrases. A phrase of one word fits
    /// whatever follows.
    #[inline]
    pub(super) fn fits(&self, w: &[u8], after: &str) -> Option<bool> {
        let mut padded = [0; 32];
        padded.get_mut(..w.len())?.copy_from_slice(w);
        let seconds = self.0.get(w.len(), &padded)?;
        if seconds.alone {
            return Some(true);
        }
        // A text's word that starts with an ASCII byte no second word may start with.
        if let Some(&b) = after.as_bytes().first() {
            if b < 0x80 && seconds.ascii & (1 << b) == 0 {
                return Some(false);
            }
        }
        Some(one_of(after, &seconds.list).is_some())
    }
}
