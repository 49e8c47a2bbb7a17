//! Text normalisation shared by every parser.
//!
//! Real Vietnamese text arrives in many forms: NFC or NFD, a precomposed vowel followed by a
//! separate tone mark (the "Windows-1258 style"), old tone placement (`hoà`, `uỷ`), `Ð` (U+00D0)
//! or `Ɖ` for `Đ`, non-breaking and zero-width spaces, every kind of dash and typographic quotes.
//! The grammar is written once, against one form: NFC, modern tone placement, `Đ`, plain spaces,
//! `-` and `"`. [`Normalized`] produces that form and remembers, for every byte of it, the byte
//! of the caller's text it came from, so spans can be reported verbatim.
//!
//! Letter case is *not* folded here: values such as quoted titles keep their case; the grammar
//! compares case-insensitively with [`crate::combinators::tag_ci`].

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A text in the grammar's form, with a map back to the original.
#[derive(Debug, Clone)]
pub(crate) struct Normalized<'a> {
    text: Cow<'a, str>,
    /// `(position in text, position in the original)` wherever the offset between the two
    /// changes, in order; empty when the text is borrowed.
    map: Vec<(usize, usize)>,
}

impl<'a> Normalized<'a> {
    pub(crate) fn new(s: &'a str) -> Self {
        let Some(first) = next_dirty(s, 0) else {
            return Normalized {
                text: Cow::Borrowed(s),
                map: Vec::new(),
            };
        };
        let (text, map) = normalize_from(s, Some(first));
        Normalized {
            text: Cow::Owned(text),
            map,
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// The byte of the original text that the char at byte `pos` of the normalised text came
    /// from (the end of the original for the end of the text).
    pub(crate) fn to_original(&self, pos: usize) -> usize {
        let pos = pos.min(self.text.len());
        let k = self.map.partition_point(|&(at, _)| at <= pos);
        match k.checked_sub(1).map(|k| self.map[k]) {
            None => pos,
            Some((at, orig)) => orig + (pos - at),
        }
    }
}

pub(crate) fn normalize(s: &str) -> Cow<'_, str> {
    if needs_normalization(s) {
        Cow::Owned(normalize_with_map(s).0)
    } else {
        Cow::Borrowed(s)
    }
}

enum Fold {
    Keep,
    Drop,
    To(char),
}

fn fold_char(c: char) -> Fold {
    match c {
        // Eth and African D look like Đ and are used for it by some encoders and typists.
        '\u{00D0}' | '\u{0189}' => Fold::To('Đ'),
        '\u{00F0}' | '\u{0256}' => Fold::To('đ'),
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Fold::To(' '),
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => Fold::Drop,
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => {
            Fold::To('-')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' | '\u{FF02}' => Fold::To('"'),
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{FF07}' => {
            Fold::To('\'')
        }
        _ => Fold::Keep,
    }
}

/// Tone of a toned `a`, `e` or `y` (old placement puts the tone there in `oa`, `oe`, `uy`),
/// as (base vowel, the same tone on `o`/`u`).
fn old_tone_pair(first: char, second: char) -> Option<(char, char)> {
    // (second toned, second bare, first toned) for each tone: huyền, sắc, hỏi, ngã, nặng.
    const OA: [(char, char, char); 10] = [
        ('à', 'a', 'ò'),
        ('á', 'a', 'ó'),
        ('ả', 'a', 'ỏ'),
        ('ã', 'a', 'õ'),
        ('ạ', 'a', 'ọ'),
        ('è', 'e', 'ò'),
        ('é', 'e', 'ó'),
        ('ẻ', 'e', 'ỏ'),
        ('ẽ', 'e', 'õ'),
        ('ẹ', 'e', 'ọ'),
    ];
    const UY: [(char, char, char); 5] = [
        ('ỳ', 'y', 'ù'),
        ('ý', 'y', 'ú'),
        ('ỷ', 'y', 'ủ'),
        ('ỹ', 'y', 'ũ'),
        ('ỵ', 'y', 'ụ'),
    ];
    let upper2 = second.is_uppercase();
    let lower2 = to_lower(second);
    let table: &[(char, char, char)] = match first {
        'o' | 'O' => &OA,
        'u' | 'U' => &UY,
        _ => return None,
    };
    let &(_, bare, toned_first) = table.iter().find(|(t, _, _)| *t == lower2)?;
    let new_first = if first.is_uppercase() {
        to_upper(toned_first)
    } else {
        toned_first
    };
    let new_second = if upper2 { to_upper(bare) } else { bare };
    Some((new_first, new_second))
}

fn to_lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

fn to_upper(c: char) -> char {
    c.to_uppercase().next().unwrap_or(c)
}

/// True when a letter continues the word (so a vowel pair is not at the end of its syllable),
/// or a combining mark the vowel keeps: moving the tone off the vowel would let the mark
/// compose with the bare vowel (`oà` + U+0311 → `òȃ`), and a second pass would read it again.
fn continues_word(c: Option<char>) -> bool {
    c.is_some_and(|c| crate::combinators::is_word_char(c) || is_combining_mark(c))
}

/// Cheap check: does `s` contain anything [`normalize_with_map`] would change?
fn needs_normalization(s: &str) -> bool {
    next_dirty(s, 0).is_some()
}

/// The first char at or after byte `from` (a char boundary) of `s` that [`dirty_char`] finds
/// dirty.
///
/// Most text holds nothing to normalise. Blocks of [`BLOCK`] bytes are first cleared by
/// [`quiet_block`], a test without branches that the compiler turns into vector code; only the
/// few blocks it cannot clear (about one in thirty in news text) are read pair by pair through
/// the table of suspect pairs (see [`suspect_pairs`]), and only those pairs closely.
fn next_dirty(s: &str, from: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut k = from;
    while k < b.len() {
        // The filter reads the byte before the block and four bytes past it; at either end of
        // the text, a copy with zeros (no word char, as the ends are) stands in.
        let to = (k + BLOCK).min(b.len());
        let quiet = match b.get(k.wrapping_sub(1)..k + BLOCK + 4) {
            Some(w) => w.try_into().is_ok_and(quiet_block),
            None => {
                let mut w = [0u8; BLOCK + 5];
                let from_k = &b[k..(k + BLOCK + 4).min(b.len())];
                w[1..1 + from_k.len()].copy_from_slice(from_k);
                if k > 0 {
                    w[0] = b[k - 1];
                }
                quiet_block(&w)
            }
        };
        if !quiet {
            if let Some(at) = dirty_between(s, k, to) {
                return Some(at);
            }
        }
        k = to;
    }
    None
}

/// Bytes [`quiet_block`] clears at once.
const BLOCK: usize = 32;

/// Whether the block `w[1..=BLOCK]` (with the byte before it in `w[0]` and four bytes after
/// it) surely holds no start of a suspect pair that [`dirty_char`] could find dirty: no lead
/// byte the table flags, and no `o`/`u` (but the `u` of `qu`) before a two- or three-byte
/// char that ends its word, as the toned vowel of an old placement must (`hoà`, `uỷ`; not
/// `hoàn`, `cuộc`).
#[inline]
fn quiet_block(w: &[u8; BLOCK + 5]) -> bool {
    let mut any = 0u8;
    for j in 0..BLOCK {
        let (p, x, y) = (w[j], w[j + 1], w[j + 2]);
        let plain_lead = (x.wrapping_sub(0xC3) < 4) | (x == 0xE1);
        let bad_lead = (x >= 0xC0) & !plain_lead;
        let eth = (x == 0xC3) & ((y == 0x90) | (y == 0xB0));
        let c6 = (x == 0xC6) & ((y == 0x89) | (y > 0xB0));
        let e1 = (x == 0xE1) & (y.wrapping_sub(0xB8) > 3);
        // The byte after the char at `y`: both read, one kept, so that no load is chosen.
        let alnum = |c: u8| ((c | 0x20).wrapping_sub(b'a') < 26) | (c.wrapping_sub(b'0') < 10);
        let two = y == 0xC3;
        let after_alnum = (two & alnum(w[j + 4])) | (!two & alnum(w[j + 5]));
        let o = (x | 0x20) == b'o';
        let u = ((x | 0x20) == b'u') & ((p | 0x20) != b'q');
        let vowel = (o | u) & ((y == 0xC3) | (y == 0xE1)) & !after_alnum;
        any |= u8::from(bad_lead | eth | c6 | e1 | vowel);
    }
    any == 0
}

/// The first dirty char found from a suspect pair starting in `from..to` of `s`.
fn dirty_between(s: &str, from: usize, to: usize) -> Option<usize> {
    let b = s.as_bytes();
    let table = suspect_pairs();
    (from..to).find_map(|j| {
        let pair = usize::from(b[j]) << 8 | usize::from(b.get(j + 1).copied().unwrap_or(0));
        if (table[pair / 64] >> (pair % 64)) & 1 == 0 {
            return None;
        }
        // After `o`/`u`, the char to look at is the next one.
        let at = if b[j] < 0x80 { j + 1 } else { j };
        dirty_char(s, at).then_some(at)
    })
}

/// The byte pairs `(x, y)` (as bits of `x << 8 | y`) at which [`next_dirty`] looks closer:
/// every lead byte but those of the plain Vietnamese letters (U+00C0..U+01B0 and
/// U+1E00..U+1EFF), `Ð`/`ð` (C3 90, C3 B0), U+0189 and up (C6 89, C6 B1..), and `o`/`u`
/// before a two- or three-byte letter that may be a toned a, e or y.
fn suspect_pairs() -> &'static [u64; 1024] {
    static TABLE: std::sync::OnceLock<[u64; 1024]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u64; 1024];
        let mut set = |x: u8, y: u8| {
            let p = usize::from(x) << 8 | usize::from(y);
            t[p / 64] |= 1 << (p % 64);
        };
        for x in 0xC0..=0xFFu8 {
            for y in 0..=0xFFu8 {
                let flagged = match x {
                    0xC4 | 0xC5 => false,
                    0xC3 => y == 0x90 || y == 0xB0,
                    0xC6 => y == 0x89 || y > 0xB0,
                    0xE1 => !(0xB8..=0xBB).contains(&y),
                    _ => true,
                };
                if flagged {
                    set(x, y);
                }
            }
        }
        for x in [b'o', b'O', b'u', b'U'] {
            set(x, 0xC3);
            set(x, 0xE1);
        }
        t
    })
}

/// Whether the char at byte `i` of `s` is one normalisation changes: a combining mark, a
/// folded char (`Ð`, NBSP, a dash, a typographic quote …), or the toned vowel of an old tone
/// placement (`hoà`, `uỷ`). `i` is a char boundary.
fn dirty_char(s: &str, i: usize) -> bool {
    let bytes = s.as_bytes();
    let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
        return false;
    };
    let u = c as u32;
    let plain = matches!(u, 0xC0..=0x1B0 if u != 0xD0 && u != 0xF0 && u != 0x189)
        || (0x1EA0..=0x1EF9).contains(&u);
    if !plain && !c.is_ascii() && (is_combining_mark(c) || !matches!(fold_char(c), Fold::Keep)) {
        return true;
    }
    if i > 0 && matches!(bytes[i - 1], b'o' | b'O' | b'u' | b'U') {
        let prev = bytes[i - 1];
        if old_tone_pair(prev as char, c).is_some()
            && !(matches!(prev, b'u' | b'U') && i >= 2 && matches!(bytes[i - 2], b'q' | b'Q'))
            && !continues_word(s[i + c.len_utf8()..].chars().next())
        {
            return true;
        }
    }
    false
}

/// The grammar's form of `s` and its map (see [`Normalized`]), in one pass: NFC per cluster (a
/// char and the combining marks after it) with chars folded, then old tone placement (`hoà` →
/// `hòa`, `uỷ` → `ủy`) at the end of a syllable, which [`ToneWriter`] applies as the chars go
/// by.
fn normalize_with_map(s: &str) -> (String, Vec<(usize, usize)>) {
    normalize_from(s, next_dirty(s, 0))
}

/// [`normalize_with_map`], given the first dirty char (see [`next_dirty`]).
///
/// The text between dirty chars is copied as it is: a clean char is changed only by what stands
/// before it in the output (an `o`/`u` before a toned vowel), and the writer leaves each dirty
/// stretch only before an ASCII char, with nothing held, so that the next clean stretch starts
/// as it would have anyway.
fn normalize_from(s: &str, mut dirty: Option<usize>) -> (String, Vec<(usize, usize)>) {
    let b = s.as_bytes();
    let mut w = ToneWriter::new(s.len());
    let mut cluster = String::new();
    let mut i = 0;
    while i < b.len() {
        let Some(k) = dirty else {
            w.push_clean(&s[i..], i);
            break;
        };
        // From the char before the dirty one: a combining mark changes the char it follows.
        let p = s[i..k].chars().next_back().map_or(k, |c| k - c.len_utf8());
        w.push_clean(&s[i..p], i);
        i = p;
        loop {
            i = normalize_cluster(s, i, &mut w, &mut cluster);
            if i >= b.len() || (i > k && w.held.is_none() && b[i] < 0x80) {
                break;
            }
        }
        dirty = next_dirty(s, i);
    }
    w.finish(s.len())
}

/// Writes the cluster at byte `i` of `s` (a char and the combining marks after it, or a run of
/// ASCII chars that no mark follows) into `w`, and returns where the next one starts.
fn normalize_cluster(s: &str, mut i: usize, w: &mut ToneWriter, cluster: &mut String) -> usize {
    let b = s.as_bytes();
    let char_at = |k: usize| s[k..].chars().next().unwrap_or('\u{FFFD}');
    // A run of ASCII chars each followed by ASCII, so by no mark: copied as it is.
    let run = b[i..].iter().take_while(|x| x.is_ascii()).count();
    let safe = if i + run < b.len() {
        run.saturating_sub(1)
    } else {
        run
    };
    if safe > 0 {
        w.push_ascii(&s[i..i + safe], i);
        return i + safe;
    }
    let c = char_at(i);
    let start = i;
    i += c.len_utf8();
    // Nearly every char: no mark and no zero-width char after it. ASCII and the letters of
    // U+00C0..U+01BF and U+1E00..U+1EFF never join, as their first bytes tell.
    let next_plain = match b.get(i) {
        None => true,
        Some(&x) => {
            x < 0x80
                || (0xC3..=0xC6).contains(&x)
                || (x == 0xE1 && b.get(i + 1).is_some_and(|y| (0xB8..=0xBB).contains(y)))
        }
    };
    if next_plain || !may_join(char_at(i)) {
        push_folded(w, c, start);
        return i;
    }
    let mut has_marks = false;
    cluster.clear();
    cluster.push(c);
    while i < b.len() {
        let m = char_at(i);
        // A zero-width char is dropped: the marks after it belong to this cluster, and must be
        // ordered with it, or a second pass would order them differently.
        if matches!(fold_char(m), Fold::Drop) {
            i += m.len_utf8();
            continue;
        }
        if !is_combining_mark(m) {
            break;
        }
        cluster.push(m);
        has_marks = true;
        i += m.len_utf8();
    }
    if has_marks {
        for nc in cluster.nfc() {
            push_folded(w, nc, start);
        }
    } else {
        push_folded(w, c, start);
    }
    i
}

/// Whether `m` may join the char before it into a cluster: a combining mark, or a zero-width
/// char that is dropped from between them.
#[inline]
fn may_join(m: char) -> bool {
    let u = m as u32;
    if u < 0x300 || (0x1E00..=0x1EFF).contains(&u) {
        return u == 0xAD;
    }
    is_combining_mark(m) || matches!(fold_char(m), Fold::Drop)
}

fn push_folded(w: &mut ToneWriter, c: char, orig: usize) {
    // ASCII and the plain letters (nearly every char) are kept as they are.
    let u = c as u32;
    if u < 0x80
        || matches!(u, 0xC0..=0x1B0 if u != 0xD0 && u != 0xF0 && u != 0x189)
        || (0x1EA0..=0x1EF9).contains(&u)
    {
        w.push(c, orig);
        return;
    }
    match fold_char(c) {
        Fold::Keep => w.push(c, orig),
        Fold::Drop => {}
        Fold::To(n) => w.push(n, orig),
    }
}

/// Writes chars with their original positions, moving old tone marks on the way: after an `o`
/// or `u`, a toned vowel that would take its tone is held until the char after it shows
/// whether the pair ends the syllable.
struct ToneWriter {
    out: String,
    map: Vec<(usize, usize)>,
    /// Original position minus written position, since the last entry of `map`.
    delta: isize,
    /// The toned vowel held after an `o`/`u`, and its original position.
    held: Option<(char, usize)>,
    /// The last char written, and the one before it (for `qu`, whose `u` belongs to the
    /// consonant).
    last: char,
    before_last: char,
}

impl ToneWriter {
    fn new(cap: usize) -> ToneWriter {
        ToneWriter {
            out: String::with_capacity(cap),
            map: Vec::new(),
            delta: 0,
            held: None,
            last: '\0',
            before_last: '\0',
        }
    }

    #[inline]
    fn push(&mut self, c: char, orig: usize) {
        if let Some((second, at)) = self.held.take() {
            self.release(second, at, Some(c));
        }
        // The toned vowels of a pair are all non-ASCII.
        if !c.is_ascii()
            && matches!(self.last, 'o' | 'O' | 'u' | 'U')
            && old_tone_pair(self.last, c).is_some()
        {
            self.held = Some((c, orig));
            return;
        }
        self.emit(c, orig);
    }

    /// Writes a run of text that normalisation leaves as it is (see [`normalize_from`]), with
    /// nothing held.
    fn push_clean(&mut self, run: &str, orig: usize) {
        debug_assert!(self.held.is_none());
        let mut back = run.chars().rev();
        let Some(last) = back.next() else {
            return;
        };
        let at = self.out.len();
        if orig as isize - at as isize != self.delta {
            self.map.push((at, orig));
            self.delta = orig as isize - at as isize;
        }
        self.out.push_str(run);
        self.before_last = back.next().unwrap_or(self.last);
        self.last = last;
    }

    /// Writes a run of ASCII chars (none of which is the toned vowel of a pair).
    fn push_ascii(&mut self, run: &str, orig: usize) {
        let bytes = run.as_bytes();
        let Some(&first) = bytes.first() else {
            return;
        };
        if let Some((second, at)) = self.held.take() {
            self.release(second, at, Some(char::from(first)));
        }
        let at = self.out.len();
        if orig as isize - at as isize != self.delta {
            self.map.push((at, orig));
            self.delta = orig as isize - at as isize;
        }
        self.out.push_str(run);
        self.before_last = match bytes.len() {
            1 => self.last,
            n => char::from(bytes[n - 2]),
        };
        self.last = char::from(bytes[bytes.len() - 1]);
    }

    /// Writes the held vowel, moving its tone to the `o`/`u` before it when the pair ends the
    /// syllable (`next` does not go on with it) and the `u` is not that of `qu`.
    fn release(&mut self, second: char, orig: usize, next: Option<char>) {
        let first = self.last;
        let qu = matches!(first, 'u' | 'U') && matches!(self.before_last, 'q' | 'Q');
        match old_tone_pair(first, second) {
            Some((f, s2)) if !qu && !continues_word(next) => {
                // `first` is one ASCII byte, written last: its position and origin stay.
                self.out.pop();
                self.out.push(f);
                self.last = f;
                self.emit(s2, orig);
            }
            _ => self.emit(second, orig),
        }
    }

    #[inline]
    fn emit(&mut self, c: char, orig: usize) {
        let at = self.out.len();
        if orig as isize - at as isize != self.delta {
            self.map.push((at, orig));
            self.delta = orig as isize - at as isize;
        }
        self.before_last = self.last;
        self.last = c;
        self.out.push(c);
    }

    fn finish(mut self, original_len: usize) -> (String, Vec<(usize, usize)>) {
        if let Some((second, at)) = self.held.take() {
            self.release(second, at, None);
        }
        // The end of the text maps to the end of the original.
        let at = self.out.len();
        if original_len as isize - at as isize != self.delta {
            self.map.push((at, original_len));
        }
        (self.out, self.map)
    }
}

/// Calls `f` with every line of the project's dev corpus, when it is there (it is not part of
/// the package): the real text that tests compare fast paths with their definitions on.
#[cfg(test)]
pub(crate) fn for_each_corpus_line(mut f: impl FnMut(&str)) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.filter_map(Result::ok) {
        if let Ok(text) = std::fs::read_to_string(e.path()) {
            text.lines().for_each(&mut f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The definition the one-pass normaliser must agree with: three passes over a char vector
    // and a map entry for every byte.
    fn reference_needs(s: &str) -> bool {
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                i += 1;
                continue;
            }
            // Safe: `i` is always on a char boundary here (ASCII bytes advance by 1, others by
            // their UTF-8 length).
            let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
            // Precomposed Latin and Vietnamese letters (nearly every non-ASCII char of the text)
            // are neither combining marks nor folded; the tables answer for the rest.
            let u = c as u32;
            let plain = matches!(u, 0xC0..=0x1B0 if u != 0xD0 && u != 0xF0 && u != 0x189)
                || (0x1EA0..=0x1EF9).contains(&u);
            if !plain && (is_combining_mark(c) || !matches!(fold_char(c), Fold::Keep)) {
                return true;
            }
            if i > 0 {
                let prev = bytes[i - 1];
                if matches!(prev, b'o' | b'O' | b'u' | b'U')
                    && old_tone_pair(prev as char, c).is_some()
                    && !(matches!(prev, b'u' | b'U')
                        && i >= 2
                        && matches!(bytes[i - 2], b'q' | b'Q'))
                    && !continues_word(s[i + c.len_utf8()..].chars().next())
                {
                    return true;
                }
            }
            i += c.len_utf8();
        }
        false
    }

    fn reference_map(s: &str) -> (String, Vec<usize>) {
        // Pass 1: NFC per cluster (a char and the combining marks after it) and char folding.
        let mut chars: Vec<(char, usize)> = Vec::with_capacity(s.len());
        let mut iter = s.char_indices().peekable();
        let mut cluster = String::new();
        while let Some((start, c)) = iter.next() {
            let mut has_marks = false;
            cluster.clear();
            cluster.push(c);
            while let Some(&(_, m)) = iter.peek() {
                // A zero-width char is dropped: the marks after it belong to this cluster, and
                // must be ordered with it, or a second pass would order them differently.
                if matches!(fold_char(m), Fold::Drop) {
                    iter.next();
                    continue;
                }
                if !is_combining_mark(m) {
                    break;
                }
                cluster.push(m);
                has_marks = true;
                iter.next();
            }
            if has_marks {
                for nc in cluster.nfc() {
                    reference_push(&mut chars, nc, start);
                }
            } else {
                reference_push(&mut chars, c, start);
            }
        }
        // Pass 2: old tone placement (`hoà` → `hòa`, `uỷ` → `ủy`) at the end of a syllable.
        for k in 1..chars.len() {
            let (first, second) = (chars[k - 1].0, chars[k].0);
            if !matches!(first, 'o' | 'O' | 'u' | 'U') {
                continue;
            }
            if matches!(first, 'u' | 'U') && k >= 2 && matches!(chars[k - 2].0, 'q' | 'Q') {
                continue;
            }
            if continues_word(chars.get(k + 1).map(|p| p.0)) {
                continue;
            }
            if let Some((f, s2)) = old_tone_pair(first, second) {
                chars[k - 1].0 = f;
                chars[k].0 = s2;
            }
        }
        // Pass 3: the string and the byte map.
        let mut out = String::with_capacity(s.len());
        let mut map = Vec::with_capacity(s.len() + 1);
        for (c, orig) in chars {
            out.push(c);
            map.extend(std::iter::repeat_n(orig, c.len_utf8()));
        }
        map.push(s.len());
        (out, map)
    }

    fn reference_push(chars: &mut Vec<(char, usize)>, c: char, orig: usize) {
        match fold_char(c) {
            Fold::Keep => chars.push((c, orig)),
            Fold::Drop => {}
            Fold::To(n) => chars.push((n, orig)),
        }
    }

    fn check_against_reference(s: &str) {
        assert_eq!(needs_normalization(s), reference_needs(s), "needs: {s:?}");
        let (text, map) = reference_map(s);
        let n = Normalized {
            text: Cow::Owned(normalize_with_map(s).0),
            map: normalize_with_map(s).1,
        };
        assert_eq!(n.as_str(), text, "text of {s:?}");
        for (pos, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(n.to_original(pos), map[pos], "position {pos} of {s:?}");
        }
    }

    #[test]
    fn one_pass_agrees_with_the_definition() {
        for s in [
            "hoà bình, khoẻ, thuỷ, quý, HOÀ, Uỷ ban",
            "Sa\u{0301}ng 27\u{2013}11 “về” \u{00D0}ảng\u{00A0}ủy\u{200B}",
            "o\u{200B}\u{0300}a ô\u{0344} Thư\u{0301} oẽ uỳ uỹ",
            "",
            "\u{0301}",
        ] {
            check_against_reference(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn one_pass_agrees_on_generated_text(
            chars in proptest::collection::vec(proptest::sample::select(vec![
                'o', 'O', 'u', 'U', 'q', 'Q', 'a', 'e', 'y', 'h', ' ', '-', '1',
                'à', 'á', 'ả', 'ã', 'ạ', 'è', 'é', 'ẻ', 'ẽ', 'ẹ', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ',
                'À', 'Ả', 'Ẽ', 'Ỳ', 'Ý', 'ô', 'ư', 'Đ', '\u{00D0}', '\u{00F0}', '\u{0189}',
                '\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}', '\u{0302}',
                '\u{0306}', '\u{031B}', '\u{0344}', '\u{200B}', '\u{00AD}', '\u{FEFF}',
                '\u{00A0}', '\u{2013}', '\u{201C}', '\u{2019}', '\u{212B}', 'İ', 'ẞ',
                'ơ', 'Ơ', 'ư', 'ĩ', '×', 'ạ', 'Ạ', 'ỵ', 'Ỵ', 'ặ', 'ố', 'ƀ', '\u{01B1}',
                '\u{1EFA}', '\u{1E80}', '\u{0300}', 'ả', 'ẹ', 'ỷ', 'ẻ', 'n', 't', 'x', '.',
                'g', '\u{0345}', '\u{0363}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{0256}',
                '\u{FF07}', 'Ⱥ', '\u{1E00}', '\u{1EFF}', '\u{0E31}', '\u{0915}', '\u{093F}',
                '\u{1F600}', '\u{FE0F}', '\u{20DD}', '٣',
            ]), 0..120)
        ) {
            let s: String = chars.into_iter().collect();
            check_against_reference(&s);
        }
    }

    #[test]
    fn dirty_chars_found_at_every_offset_of_a_block() {
        // Each dirty form, after every count of clean bytes, in text long enough for the
        // block filter of `next_dirty`, and at the very end.
        for dirty in ["hoà", "Uỷ", "\u{00D0}", "\u{00A0}", "a\u{0301}", "“", "×"] {
            for pos in 0..80 {
                let clean = "quả hoàn cuộc ".repeat(8);
                let head: String = clean.chars().take(pos).collect();
                check_against_reference(&format!("{head}{dirty} {clean}"));
                check_against_reference(&format!("{clean}{head}{dirty}"));
            }
        }
    }

    #[test]
    fn one_pass_agrees_on_the_corpus() {
        for_each_corpus_line(check_against_reference);
    }

    #[test]
    fn clean_text_is_borrowed() {
        let n = Normalized::new("Sáng 27-11, Tỉnh ủy họp");
        assert!(matches!(n.text, Cow::Borrowed(_)));
        assert_eq!(n.to_original(5), 5);
    }

    #[test]
    fn nfd_and_old_tones_become_nfc_modern() {
        assert_eq!(normalize("Tỉnh uỷ"), "Tỉnh ủy");
        assert_eq!(normalize("hoà bình, khoẻ, thuỷ"), "hòa bình, khỏe, thủy");
        assert_eq!(normalize("HOÀ"), "HÒA");
        // `quý` keeps its tone on y: the u belongs to `qu`.
        assert_eq!(normalize("quý I"), "quý I");
        // Closed syllables keep the tone on the second vowel in both styles.
        assert_eq!(normalize("hoàng"), "hoàng");
        let nfd = "Sa\u{0301}ng 27\u{2013}11";
        assert_eq!(normalize(nfd), "Sáng 27-11");
        // Precomposed vowel + separate tone mark (Windows-1258 style).
        assert_eq!(normalize("Thư\u{0301} Tư"), "Thứ Tư");
        assert_eq!(normalize("\u{00D0}ảng\u{00A0}ủy\u{200B}"), "Đảng ủy");
        assert_eq!(normalize("“về”"), "\"về\"");
    }

    #[test]
    fn map_points_into_the_original() {
        let src = "Sa\u{0301}ng\u{00A0}27";
        let n = Normalized::new(src);
        assert_eq!(n.as_str(), "Sáng 27");
        // "Sáng" is 5 bytes normalised, 6 in the original.
        assert_eq!(n.to_original(5), 6);
        assert_eq!(&src[n.to_original(6)..n.to_original(8)], "27");
        assert_eq!(n.to_original(n.as_str().len()), src.len());
    }
}
