//! Shared nom building blocks: the crate-private error, case-insensitive keywords that are safe
//! on any Unicode input, spaces, numbers and Roman numerals.
//!
//! Everything here works on text already in the grammar's form (see [`crate::text`]).

use nom::error::{ContextError, ErrorKind, FromExternalError, ParseError as NomParseError};
use nom::{IResult, Parser};

use crate::error::{ParseError, ParseErrorKind};

/// The grammar's error: where parsing stopped and what was expected there.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PErr<'a> {
    pub(crate) rest: &'a str,
    pub(crate) kind: ParseErrorKind,
    pub(crate) expected: &'static str,
}

pub(crate) type PResult<'a, T> = IResult<&'a str, T, PErr<'a>>;

impl<'a> PErr<'a> {
    pub(crate) fn at(rest: &'a str, expected: &'static str) -> Self {
        PErr {
            rest,
            kind: ParseErrorKind::Unexpected,
            expected,
        }
    }

    pub(crate) fn kind(rest: &'a str, kind: ParseErrorKind, expected: &'static str) -> Self {
        PErr {
            rest,
            kind,
            expected,
        }
    }

    /// Converts to the public error, `whole` being the text the parse started on.
    pub(crate) fn into_public(self, whole: &str) -> ParseError {
        // `Nghị định`, `sau 3 ngày`: a space wanted where the input ends says nothing of what
        // should follow; say that the input ends too soon.
        let expected = if self.rest.is_empty() && self.expected == "a space" {
            "more words (the input ends here)"
        } else {
            self.expected
        };
        ParseError::new(self.kind, whole.len() - self.rest.len(), expected)
    }
}

/// A recoverable failure at `rest`, expecting `expected`.
pub(crate) fn fail<'a, T>(rest: &'a str, expected: &'static str) -> PResult<'a, T> {
    Err(nom::Err::Error(PErr::at(rest, expected)))
}

/// A failure of a specific kind (an impossible date, a contradiction) at `rest`.
pub(crate) fn fail_kind<'a, T>(
    rest: &'a str,
    kind: ParseErrorKind,
    expected: &'static str,
) -> PResult<'a, T> {
    Err(nom::Err::Error(PErr::kind(rest, kind, expected)))
}

impl<'a> NomParseError<&'a str> for PErr<'a> {
    fn from_error_kind(input: &'a str, _kind: ErrorKind) -> Self {
        PErr::at(input, "a date or time")
    }

    fn append(_input: &'a str, _kind: ErrorKind, other: Self) -> Self {
        other
    }

    /// Of two alternatives, keep the one that got further: its message is the useful one.
    /// At equal depth a specific kind (an impossible date) beats a plain mismatch.
    fn or(self, other: Self) -> Self {
        use std::cmp::Ordering;
        // A shape that matched but holds an impossible value (31/2, 25:00) says more than how
        // far another alternative got.
        let specific = |e: &Self| e.kind != ParseErrorKind::Unexpected;
        match (specific(&self), specific(&other)) {
            (true, false) => return self,
            (false, true) => return other,
            _ => {}
        }
        match self.rest.len().cmp(&other.rest.len()) {
            Ordering::Less => self,
            Ordering::Greater => other,
            Ordering::Equal if self.kind != ParseErrorKind::Unexpected => self,
            Ordering::Equal => other,
        }
    }
}

impl<'a> ContextError<&'a str> for PErr<'a> {}

impl<'a, E> FromExternalError<&'a str, E> for PErr<'a> {
    fn from_external_error(input: &'a str, _kind: ErrorKind, _e: E) -> Self {
        PErr::at(input, "a valid value")
    }
}

/// Lower-cases one char (Vietnamese letters lower-case to one char of the same UTF-8 length).
///
/// Vietnamese letters take fast paths (their case pairs sit at fixed distances); other chars
/// use the Unicode tables.
#[inline]
pub(crate) fn fold(c: char) -> char {
    let u = c as u32;
    match u {
        0x41..=0x5A => char::from(c as u8 + 32),
        0..=0x7F => c,
        // À–Þ (not ×): the lower case is 0x20 above.
        0xC0..=0xDE if u != 0xD7 => char::from_u32(u + 0x20).unwrap_or(c),
        0xDF..=0xFF => c,
        // Ạ…ỹ: upper case on even code points, lower case on the odd one after it.
        0x1EA0..=0x1EF9 => char::from_u32(u | 1).unwrap_or(c),
        _ => match c {
            'Ă' => 'ă',
            'Đ' => 'đ',
            'Ĩ' => 'ĩ',
            'Ũ' => 'ũ',
            'Ơ' => 'ơ',
            'Ư' => 'ư',
            'ă' | 'đ' | 'ĩ' | 'ũ' | 'ơ' | 'ư' => c,
            _ => c.to_lowercase().next().unwrap_or(c),
        },
    }
}

/// Whether `c` belongs to a word (`char::is_alphanumeric`); fast for the Latin and Vietnamese
/// ranges, the Unicode tables otherwise.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    is_letter(c)
        || if c.is_ascii() {
            c.is_ascii_digit()
        } else {
            c.is_numeric()
        }
}

/// `char::is_alphabetic`, fast for the Latin and Vietnamese ranges.
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    let u = c as u32;
    match u {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xC0..=0x24F => u != 0xD7 && u != 0xF7,
        0x1E00..=0x1EFF => true,
        _ => c.is_alphabetic(),
    }
}

/// Matches the keyword `kw` case-insensitively at the start of `i`.
///
/// Unlike nom's `tag_no_case`, it walks the *input's* chars and cuts at the input's own char
/// boundary, so inputs whose chars change byte length when lower-cased (the Kelvin sign, `ẞ`)
/// cannot make it panic.
pub(crate) fn strip_ci<'a>(i: &'a str, kw: &str) -> Option<&'a str> {
    let (ib, kb) = (i.as_bytes(), kw.as_bytes());
    // Equal bytes, and ASCII letters in either case (most keywords, most of the time): no
    // decoding.
    let mut n = 0;
    while n < kb.len() {
        let (k, c) = (kb[n], *ib.get(n)?);
        if k == c || (k < 0x80 && c < 0x80 && k.eq_ignore_ascii_case(&c)) {
            n += 1;
            continue;
        }
        if k < 0x80 && c < 0x80 {
            return None;
        }
        break;
    }
    if n == kb.len() {
        return Some(&i[n..]);
    }
    // The bytes so far are the same in both, so a char starts at the same place in both:
    // compare chars from the one that differs.
    while !kw.is_char_boundary(n) {
        n -= 1;
    }
    let (i2, kw2) = (&i[n..], &kw[n..]);
    let mut input = i2.char_indices();
    for k in kw2.chars() {
        match input.next() {
            Some((_, c)) if same_letter(c, k) => {}
            _ => return None,
        }
    }
    let used = input.next().map_or(i2.len(), |(pos, _)| pos);
    Some(&i2[used..])
}

/// `fold(c) == fold(k)`, with the common cases (the same char, ASCII, two Vietnamese vowels
/// with tone marks) decided without the tables.
#[inline]
fn same_letter(c: char, k: char) -> bool {
    if c == k {
        return true;
    }
    let (a, b) = (c as u32, k as u32);
    if a < 0x80 && b < 0x80 {
        return c.eq_ignore_ascii_case(&k);
    }
    let toned = 0x1EA0..=0x1EF9;
    if toned.contains(&a) && toned.contains(&b) {
        // Upper case on even code points, lower case on the odd one after it.
        return a | 1 == b | 1;
    }
    fold(c) == fold(k)
}

/// True when `rest` does not continue a word (so a keyword that ended there is whole).
#[inline]
pub(crate) fn at_word_end(rest: &str) -> bool {
    rest.chars().next().is_none_or(|c| !is_word_char(c))
}

/// A whole word (or words) `kw`, lower-case, matched case-insensitively.
pub(crate) fn word<'a>(
    kw: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = PErr<'a>> {
    move |i: &'a str| match strip_ci(i, kw) {
        Some(rest) if at_word_end(rest) => Ok((rest, &i[..i.len() - rest.len()])),
        _ => fail(i, kw),
    }
}

/// The first of `words` (each lower-case) found whole at the start of `i`, with its index.
pub(crate) fn one_of<'a>(i: &'a str, words: &[&str]) -> Option<(&'a str, usize)> {
    let head = Head::of(i)?;
    words.iter().enumerate().find_map(|(n, w)| {
        let rest = head.strip(i, w)?;
        at_word_end(rest).then_some((rest, n))
    })
}

/// The first entry of `table` whose word (lower case) is found whole at the start of `i`, with
/// its value. Tables list longer words before their prefixes.
pub(crate) fn lookup<'a, T: Copy>(i: &'a str, table: &[(&str, T)]) -> Option<(&'a str, T)> {
    let head = Head::of(i)?;
    table.iter().find_map(|&(w, v)| {
        let rest = head.strip(i, w)?;
        at_word_end(rest).then_some((rest, v))
    })
}

/// The first entry of `table` (any case) found whole at the start of `i`, and the entry.
pub(crate) fn lookup_word<'a>(
    i: &'a str,
    table: &[&'static str],
) -> Option<(&'a str, &'static str)> {
    let head = Head::of(i)?;
    table.iter().find_map(|name| {
        let rest = head.strip(i, name)?;
        at_word_end(rest).then_some((rest, *name))
    })
}

/// The longest of `names` (any case) found whole at the start of `i`, and the name.
pub(crate) fn longest_word(
    i: &str,
    names: impl Iterator<Item = &'static str>,
) -> Option<(&str, &'static str)> {
    let head = Head::of(i)?;
    names
        .filter_map(|name| {
            let rest = head.strip(i, name)?;
            at_word_end(rest).then_some((rest, name))
        })
        .min_by_key(|(rest, _)| rest.len())
}

/// The folded first char of an input: a table lookup compares it with each entry's first char
/// before walking the entry, so most entries cost one char compare.
struct Head(char);

impl Head {
    #[inline]
    fn of(i: &str) -> Option<Head> {
        i.chars().next().map(|c| Head(fold(c)))
    }

    #[inline]
    fn strip<'a>(&self, i: &'a str, kw: &str) -> Option<&'a str> {
        let b = *kw.as_bytes().first()?;
        if b < 0x80 {
            // An ASCII letter folds to ASCII: compare bytes, no decoding.
            if u32::from(b.to_ascii_lowercase()) != self.0 as u32 {
                return None;
            }
        } else if fold(kw.chars().next()?) != self.0 {
            return None;
        }
        strip_ci(i, kw)
    }
}

/// The char `c` itself.
pub(crate) fn chr(c: char) -> impl for<'a> Fn(&'a str) -> PResult<'a, ()> {
    move |i| match i.strip_prefix(c) {
        Some(r) => Ok((r, ())),
        None => fail(i, "punctuation"),
    }
}

/// Words, each with a set of bits (for the scanner, the kinds of mention it can start), in an
/// open-addressing hash table: the scanner asks it about most words of a text and almost
/// always gets 0, so one hash and usually one probe answer for every kind at once.
#[derive(Debug)]
pub(crate) struct TriggerTable {
    /// `(word padded with zero bytes, its bits)`; an all-zero word marks an empty slot (no word
    /// holds a zero byte).
    slots: Vec<([u8; TriggerTable::MAX_LEN], u8)>,
    /// One bit per value of a second hash, set for every word of the table: a word whose bit
    /// is clear is absent without a look at the slots (which are too large to stay in the
    /// fastest cache, while this is 512 bytes).
    filter: [u64; 64],
}

impl TriggerTable {
    /// Longer words are never triggers (the longest, `chuẩn`/`thượng`, is 8 bytes).
    pub(crate) const MAX_LEN: usize = 16;
    const SLOTS: usize = 2048;

    pub(crate) fn new(sets: &[(&[&str], u8)]) -> TriggerTable {
        let mut t = TriggerTable {
            slots: vec![([0; Self::MAX_LEN], 0); Self::SLOTS],
            filter: [0; 64],
        };
        for &(words, bit) in sets {
            for w in words {
                t.insert(w.as_bytes(), bit);
            }
        }
        t.check_load()
    }

    /// `w` padded with zero bytes, if it fits and holds no zero byte.
    #[inline]
    pub(crate) fn key(w: &[u8]) -> Option<[u8; Self::MAX_LEN]> {
        if w.is_empty() || w.len() > Self::MAX_LEN || w.contains(&0) {
            return None;
        }
        let mut k = [0; Self::MAX_LEN];
        k[..w.len()].copy_from_slice(w);
        Some(k)
    }

    /// Adds `bits` to the word `w`.
    fn insert(&mut self, w: &[u8], bits: u8) {
        let key = Self::key(w).unwrap_or_else(|| panic!("trigger {w:?}"));
        let (mut h, f) = Self::hash(&key);
        self.filter[f / 64] |= 1 << (f % 64);
        loop {
            let slot = &mut self.slots[h];
            if slot.0[0] == 0 {
                *slot = (key, bits);
                break;
            }
            if slot.0 == key {
                slot.1 |= bits;
                break;
            }
            h = (h + 1) % Self::SLOTS;
        }
    }

    /// Half empty at least, so a probe for an absent word ends soon.
    fn check_load(self) -> TriggerTable {
        assert!(self.slots.iter().filter(|s| s.0[0] != 0).count() * 2 < Self::SLOTS);
        self
    }

    /// A key's first slot, and its bit in the filter (from other bits of the same hash): the
    /// key is hashed as two machine words, not byte by byte.
    #[inline(always)]
    fn hash(key: &[u8; Self::MAX_LEN]) -> (usize, usize) {
        let (lo, hi) = key.split_at(8);
        let lo = u64::from_le_bytes(lo.try_into().unwrap_or([0; 8]));
        let hi = u64::from_le_bytes(hi.try_into().unwrap_or([0; 8]));
        let h = lo.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ hi.wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
        let h = h ^ (h >> 29);
        (h as usize % Self::SLOTS, (h >> 40) as usize % 4096)
    }

    /// A table of `words` whose bits are each word's index plus one (at most 254 words, each
    /// once).
    pub(crate) fn with_values(words: &[&str]) -> TriggerTable {
        let mut t = TriggerTable::new(&[]);
        for (k, w) in words.iter().enumerate() {
            let value = u8::try_from(k + 1).expect("at most 254 words");
            t.insert(w.as_bytes(), value);
        }
        t.check_load()
    }

    /// The bits of `w` (lower case, as bytes); 0 when it is no trigger.
    #[inline]
    pub(crate) fn get(&self, w: &[u8]) -> u8 {
        match Self::key(w) {
            Some(k) => self.get_key(&k),
            None => 0,
        }
    }

    /// The bits of the word whose [`TriggerTable::key`] is `key`.
    #[inline]
    pub(crate) fn get_key(&self, key: &[u8; Self::MAX_LEN]) -> u8 {
        let (mut h, f) = Self::hash(key);
        if self.filter[f / 64] & (1 << (f % 64)) == 0 {
            return 0;
        }
        loop {
            let (word, bits) = &self.slots[h];
            if word[0] == 0 {
                return 0;
            }
            if word == key {
                return *bits;
            }
            h = (h + 1) % Self::SLOTS;
        }
    }
}

/// Lower-cases the word at the start of `s` into `buf`; `None` when it is too long to be a
/// trigger.
///
/// The table lookups of the grammar and the scanner ask this of most words of a text: see
/// [`fold_word_char`].
#[inline]
pub(crate) fn word_lower<'b>(s: &str, buf: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    let mut n = 0;
    let mut k = 0;
    while let Some((lower, len, char_len)) = fold_word_char(s, k) {
        // All four bytes (zeros past the char), a fixed-size copy: a copy of the char's
        // length alone would call `memcpy`.
        if n + len > buf.len() {
            return None;
        }
        match buf.get_mut(n..n + 4) {
            Some(dst) => dst.copy_from_slice(&lower),
            None => {
                for (d, x) in buf[n..n + len].iter_mut().zip(lower) {
                    *d = x;
                }
            }
        }
        n += len;
        k += char_len;
    }
    Some(&buf[..n])
}

/// The char at byte `k` of `s` (a char boundary) in lower case, as [`fold`] gives it, when it
/// is a word char ([`is_word_char`]): `(its bytes, zero past them; their length; the char's
/// length in s)`. `None` for any other char and at the end of `s`.
///
/// The letters of Vietnamese text (ASCII, U+00C0..U+00FF, `Ă Đ Ĩ Ũ Ơ Ư` and `Ạ`..`ỹ`) are read
/// and lower-cased off their bytes, as their case pairs sit at fixed distances; the rest is
/// decoded.
#[inline(always)]
pub(crate) fn fold_word_char(s: &str, k: usize) -> Option<([u8; 4], usize, usize)> {
    let b = s.as_bytes();
    let x = *b.get(k)?;
    if x < 0x80 {
        return x
            .is_ascii_alphanumeric()
            .then(|| ([x.to_ascii_lowercase(), 0, 0, 0], 1, 1));
    }
    let y = b.get(k + 1).copied().unwrap_or(0);
    match x {
        // U+00C0..U+00FF but `×` and `÷`: À–Þ lower-case 0x20 above; ß…ÿ are lower case.
        0xC3 if y != 0x97 && y != 0xB7 => {
            return Some(([0xC3, if y <= 0x9E { y + 0x20 } else { y }, 0, 0], 2, 2));
        }
        // Ạ…ỹ (U+1EA0..U+1EF9): upper case on even code points.
        0xE1 => {
            let z = b.get(k + 2).copied().unwrap_or(0);
            if (y == 0xBA && z >= 0xA0) || (y == 0xBB && (0x80..=0xB9).contains(&z)) {
                return Some(([0xE1, y, z | 1, 0], 3, 3));
            }
        }
        // Ă ă Đ đ Ĩ ĩ, Ũ ũ, Ơ ơ: upper case on even code points.
        0xC4 if matches!(y, 0x82 | 0x83 | 0x90 | 0x91 | 0xA8 | 0xA9) => {
            return Some(([0xC4, y | 1, 0, 0], 2, 2));
        }
        0xC5 if matches!(y, 0xA8 | 0xA9) => return Some(([0xC5, y | 1, 0, 0], 2, 2)),
        0xC6 if matches!(y, 0xA0 | 0xA1) => return Some(([0xC6, y | 1, 0, 0], 2, 2)),
        // Ư ư.
        0xC6 if y == 0xAF || y == 0xB0 => return Some(([0xC6, 0xB0, 0, 0], 2, 2)),
        _ => {}
    }
    let c = s.get(k..)?.chars().next()?;
    if !is_word_char(c) {
        return None;
    }
    let l = fold(c);
    let mut out = [0u8; 4];
    l.encode_utf8(&mut out);
    Some((out, l.len_utf8(), c.len_utf8()))
}

/// Phrases grouped by their first word (lower case), with the second words each first word
/// takes: the scanner's check that a trigger word is followed by the rest of a phrase.
#[derive(Debug)]
pub(crate) struct SecondWords {
    /// First words, as a table whose bits are `index + 1` into `lists`.
    firsts: TriggerTable,
    lists: Vec<Vec<&'static str>>,
}

impl SecondWords {
    pub(crate) fn new(phrases: impl Iterator<Item = &'static str>) -> SecondWords {
        let mut v: Vec<(String, Vec<&'static str>)> = Vec::new();
        for phrase in phrases {
            let mut words = phrase.split(' ');
            let first: String = words.next().unwrap_or_default().chars().map(fold).collect();
            let second = words.next().unwrap_or("");
            match v.iter_mut().find(|(f, _)| *f == first) {
                Some((_, list)) => list.push(second),
                None => v.push((first, vec![second])),
            }
        }
        // Asked for every trigger word of a text: one hash probe instead of a walk.
        assert!(v.len() < usize::from(u8::MAX), "too many first words");
        let keys: Vec<&str> = v.iter().map(|(f, _)| f.as_str()).collect();
        let firsts = TriggerTable::with_values(&keys);
        SecondWords {
            firsts,
            lists: v.into_iter().map(|(_, list)| list).collect(),
        }
    }

    /// `None` when no phrase starts with `w` (lower case); else whether `rest` (the text after
    /// `w`) goes on with one of its phrases. A phrase of one word fits whatever follows.
    pub(crate) fn fits(&self, w: &[u8], rest: &str) -> Option<bool> {
        let k = self.firsts.get(w);
        let list = self.lists.get(usize::from(k).checked_sub(1)?)?;
        let after = rest.strip_prefix(' ').unwrap_or("");
        Some(list.contains(&"") || one_of(after, list).is_some())
    }
}

/// The separator before a further member of a list (`, `, ` và `, `, hoặc `, or one of `marks`
/// and spaces): the text after it. `None` where nothing separates.
pub(crate) fn list_sep<'a>(i: &'a str, marks: &[char]) -> Option<&'a str> {
    let r = i.trim_start_matches(' ');
    let r = r.strip_prefix(marks).unwrap_or(r).trim_start_matches(' ');
    let r = match one_of(r, &["và", "hoặc"]) {
        Some((x, _)) => sp1(x).ok()?.0,
        None => r,
    };
    (r.len() < i.len()).then_some(r)
}

/// One or more plain spaces (the normaliser has already turned NBSP and friends into spaces).
pub(crate) fn sp1(i: &str) -> PResult<'_, ()> {
    let n = i.bytes().take_while(|&b| b == b' ').count();
    if n == 0 {
        fail(i, "a space")
    } else {
        Ok((&i[n..], ()))
    }
}

/// Zero or more plain spaces.
pub(crate) fn sp0(i: &str) -> PResult<'_, ()> {
    let n = i.bytes().take_while(|&b| b == b' ').count();
    Ok((&i[n..], ()))
}

/// `c` with optional spaces around it.
pub(crate) fn spaced(c: char) -> impl for<'a> Fn(&'a str) -> PResult<'a, ()> {
    move |i| {
        let (i, ()) = sp0(i)?;
        match i.strip_prefix(c) {
            Some(rest) => sp0(rest),
            None => fail(i, "a separator"),
        }
    }
}

/// A run of `min..=max` ASCII digits that is not followed by another digit, as a number.
pub(crate) fn digits(min: usize, max: usize) -> impl for<'a> Fn(&'a str) -> PResult<'a, u32> {
    move |i| {
        let n = i.bytes().take_while(u8::is_ascii_digit).count();
        if n < min || n > max {
            return fail(i, "a number");
        }
        let v = i[..n]
            .bytes()
            .fold(0u32, |acc, b| acc * 10 + u32::from(b - b'0'));
        Ok((&i[n..], v))
    }
}

/// Like [`digits`], also returning how many digits were written.
pub(crate) fn digits_len(i: &str, min: usize, max: usize) -> PResult<'_, (u32, usize)> {
    let n = i.bytes().take_while(u8::is_ascii_digit).count();
    if n < min || n > max {
        return fail(i, "a number");
    }
    let v = i[..n]
        .bytes()
        .fold(0u32, |acc, b| acc * 10 + u32::from(b - b'0'));
    Ok((&i[n..], (v, n)))
}

/// An upper-case Roman numeral from 1 to 39 (terms, quarters, centuries), as a whole word.
pub(crate) fn roman(i: &str) -> PResult<'_, u32> {
    let n = i
        .bytes()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X'))
        .count();
    if n == 0 || !at_word_end(&i[n..]) {
        return fail(i, "a Roman numeral");
    }
    match roman_value(&i[..n]) {
        Some(v) => Ok((&i[n..], v)),
        None => fail(i, "a Roman numeral"),
    }
}

/// The value of a canonical Roman numeral made of I, V and X (1..=39), `None` otherwise.
pub(crate) fn roman_value(s: &str) -> Option<u32> {
    let val = |c: u8| match c {
        b'I' => Some(1i64),
        b'V' => Some(5),
        b'X' => Some(10),
        _ => None,
    };
    let b = s.as_bytes();
    let mut total = 0i64;
    for (k, &c) in b.iter().enumerate() {
        let v = val(c)?;
        let next = b.get(k + 1).and_then(|&n| val(n)).unwrap_or(0);
        total += if v < next { -v } else { v };
    }
    let total = u32::try_from(total).ok()?;
    // Accept only the canonical spelling, so `IIII` or `VX` are not numerals.
    (total > 0 && total < 40 && to_roman(total) == s).then_some(total)
}

/// The canonical Roman numeral of `n` (1..=39).
pub(crate) fn to_roman(n: u32) -> String {
    const PARTS: [(u32, &str); 5] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut n = n;
    let mut s = String::new();
    for (v, r) in PARTS {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// Parses the whole of a caller's string with `p`: normalises it, ignores surrounding
/// whitespace, and reports errors at byte offsets of the string as given.
pub(crate) fn parse_whole<T>(
    s: &str,
    p: impl for<'a> Fn(&'a str) -> PResult<'a, T>,
) -> Result<T, ParseError> {
    let n = crate::text::Normalized::new(s);
    let t = n.as_str();
    let lead = t.len() - t.trim_start().len();
    run_all(t.trim(), p).map_err(|e| {
        let off = e.offset();
        e.with_offset(n.to_original(lead + off))
    })
}

/// Runs `p` over the whole of `input` (already normalised), turning nom's result into the
/// public error. Trailing input is an error.
pub(crate) fn run_all<'a, T>(
    input: &'a str,
    mut p: impl Parser<&'a str, Output = T, Error = PErr<'a>>,
) -> Result<T, ParseError> {
    if input.trim().is_empty() {
        return Err(ParseError::new(ParseErrorKind::Empty, 0, ""));
    }
    match p.parse(input) {
        Ok(("", v)) => Ok(v),
        Ok((rest, _)) => Err(ParseError::new(
            ParseErrorKind::TrailingInput,
            input.len() - rest.len(),
            "",
        )),
        Err(nom::Err::Error(e) | nom::Err::Failure(e)) => Err(e.into_public(input)),
        Err(nom::Err::Incomplete(_)) => Err(ParseError::new(
            ParseErrorKind::Unexpected,
            input.len(),
            "more input",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_word_char_agrees_with_fold() {
        for c in (0..=0x10_FFFFu32).filter_map(char::from_u32) {
            let s = format!("{c}x");
            let expected = is_word_char(c).then(|| fold(c).to_string());
            let got = fold_word_char(&s, 0)
                .map(|(b, n, l)| (String::from_utf8(b[..n].to_vec()).unwrap(), l));
            assert_eq!(got, expected.map(|e| (e, c.len_utf8())), "{c:?}");
        }
    }

    #[test]
    fn strip_ci_is_safe_on_case_changing_chars() {
        assert_eq!(strip_ci("Tỉnh Ủy Bến Tre", "tỉnh ủy"), Some(" Bến Tre"));
        // KELVIN SIGN lower-cases to a 1-byte 'k': must not panic, must cut at its boundary.
        assert_eq!(strip_ci("\u{212A}ỳ họp", "kỳ"), Some(" họp"));
        assert_eq!(strip_ci("ẞx", "ß"), Some("x"));
        assert_eq!(strip_ci("úy", "ủy"), None);
    }

    #[test]
    fn fold_agrees_with_unicode_on_vietnamese() {
        let letters = "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ";
        for c in letters.chars().chain(letters.to_lowercase().chars()) {
            assert_eq!(fold(c), c.to_lowercase().next().unwrap(), "{c}");
            assert!(is_word_char(c));
        }
        for c in ['×', '÷', ' ', '-', '…', '"'] {
            assert!(!is_word_char(c));
        }
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(roman_value("XIII"), Some(13));
        assert_eq!(roman_value("IV"), Some(4));
        assert_eq!(roman_value("XXI"), Some(21));
        assert_eq!(roman_value("IIII"), None);
        assert_eq!(roman_value("VX"), None);
        assert_eq!(to_roman(19), "XIX");
    }
}
