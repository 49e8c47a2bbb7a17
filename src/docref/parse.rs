//! The grammar of identifiers and references (nom). Crate-private.
//!
//! One grammar for the identifier core with four shapes (`30/2020/NĐ-CP`, `126-QĐ/TW`,
//! `116-CP`, `QCVN 41:2024/BGTVT`); raw code tokens are kept and normalised, their meaning
//! comes from the tables. A reference is a type name (or abbreviation), optional `số`, an
//! identifier or a short number, then a date, an issuing body with its term and a quoted
//! title, each optional and in the order written.

use nom::Parser;
use nom::branch::alt;

use super::tables::{
    ALIASES, BODIES, CODE_ABBREVIATIONS, CONGRESS_DOCS, ISSUERS, LAW_NAMES, PARTY_TYPES, SIGNERS,
    STATE_TYPES, TITLE_OPENERS, TYPE_ABBREVIATIONS, TYPE_NAMES,
};
use super::{DocForm, DocId, DocRef};
use crate::combinators::{
    PResult, at_word_end, chr, digits, digits_len, fail, is_word_char, longest_word, lookup_word,
    one_of, roman, roman_value, sp0, sp1, spaced, word,
};
use crate::combinators::{SecondWords, parse_whole};
use crate::date::{self, Date, DateValue};
use crate::error::ParseError;

// ---------------------------------------------------------------------------------------------
// Entry points

pub(crate) fn parse_id_strict(s: &str) -> Result<DocId, ParseError> {
    // Asked for as an identifier, a number and one unknown code is one.
    parse_whole(s, |i| {
        doc_id(i).or_else(|e| id_single_code(i).map_err(|_| e))
    })
}

pub(crate) fn parse_ref_strict(s: &str) -> Result<DocRef, ParseError> {
    parse_whole(s, |i| {
        let (r, (mut d, _)) = doc_ref(i)?;
        // Asked for a whole reference, an unquoted `về …` that runs to the end is its title
        // (in running text where it ends cannot be told, so the scanner leaves it).
        if d.title.is_none() {
            if let Some(t) = unquoted_title(r) {
                d.title = Some(t.to_owned());
                return Ok(("", d));
            }
        }
        // A sentence's full stop after a title the reference read.
        if d.title.is_some() && r.trim() == "." {
            return Ok(("", d));
        }
        // A `về …` title that running text ends at a comma runs to the end here.
        if let Some(t) = d.title.clone().filter(|_| !r.trim().is_empty()) {
            let start = i.len() - r.len() - t.len();
            if i[..start + t.len()].ends_with(t.as_str()) {
                if let Some(whole) = unquoted_title(&i[start..]) {
                    d.title = Some(whole.to_owned());
                    return Ok(("", d));
                }
            }
        }
        Ok((r, d))
    })
}

/// `về đột phá phát triển khoa học` to the end of the input, trailing spaces and a full stop
/// left out: a title as legal citations write it without quotes.
fn unquoted_title(r: &str) -> Option<&str> {
    let t = r.trim_start_matches([' ', ',']).trim_end();
    let t = t.strip_suffix('.').unwrap_or(t).trim_end();
    let (after, _) = (word("về"), sp1).parse(t).ok()?;
    let plain = !after.is_empty()
        && t.len() <= 600
        && !t.contains(['"', '\n'])
        && after.starts_with(|c: char| is_word_char(c));
    plain.then_some(t)
}

/// Whether the trigger word `w` (lower case), followed by `rest`, can start a reference: the
/// first word of a type name of several words (`công`, `thông`, `quy`) only before the rest
/// of a name (`công văn`, `thông tư`), an abbreviation (`TT`, `QCVN`) only before a number.
pub(crate) fn trigger_fits(w: &[u8], rest: &str) -> bool {
    static SECONDS: std::sync::OnceLock<SecondWords> = std::sync::OnceLock::new();
    let seconds =
        SECONDS.get_or_init(|| SecondWords::new(TYPE_NAMES.iter().chain(CONGRESS_DOCS).copied()));
    // A type name of one word (`Luật`) fits whatever follows.
    if let Some(fits) = seconds.fits(w, rest) {
        return fits;
    }
    let after = rest.strip_prefix(' ').unwrap_or("");
    static ABBREVIATIONS: std::sync::OnceLock<crate::combinators::TriggerTable> =
        std::sync::OnceLock::new();
    let abbreviations = ABBREVIATIONS.get_or_init(|| {
        let lower: Vec<String> = TYPE_ABBREVIATIONS
            .iter()
            .map(|(a, _)| *a)
            .chain(["QCVN", "TCVN"])
            .map(|a| a.chars().map(crate::combinators::fold).collect())
            .collect();
        let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
        crate::combinators::TriggerTable::new(&[(&lower, 1)])
    });
    if abbreviations.get(w) != 0 {
        // `NĐ 30/2020/NĐ-CP`, `QĐ số 1234/QĐ-TTg`.
        return after.starts_with(|c: char| c.is_ascii_digit())
            || crate::combinators::strip_ci(after, "số ")
                .is_some_and(|x| x.starts_with(|c: char| c.is_ascii_digit()));
    }
    true
}

/// A reference starting at byte `i` of `t` that reads as one in running text: its end and
/// value.
pub(crate) fn doc_ref_at(t: &str, i: usize) -> Option<(usize, DocRef)> {
    // Type names, abbreviations and `Nghị quyết` start with a letter: before a digit only a
    // bare identifier can succeed, the alternative `doc_ref` tries last.
    let s = &t[i..];
    // `Dự luật Brady`: a bill, no law.
    if one_of(s, &["luật"]).is_some() {
        let before = t[..i].trim_end_matches(' ');
        let word = before
            .rsplit(|c: char| !is_word_char(c))
            .next()
            .unwrap_or("");
        if before.len() < i && (word == "dự" || word == "Dự" || word == "DỰ") {
            return None;
        }
    }
    // Most type names in running text name no document (`quy định tại`, `Thông tư này`,
    // `chương trình đào tạo`): outside laws and congress documents, only a number can follow
    // one, and the grammars are not tried without it.
    if let Some((r, name)) = type_name(s) {
        let law = matches!(
            name,
            "Luật" | "Bộ luật" | "Đạo luật" | "Pháp lệnh" | "Hiến pháp"
        );
        // `Nghị định của Chính phủ số 15/2007/NĐ-CP`: the issuer may come before the number.
        let issuer_first = r.starts_with(" của ") && {
            let mut end = r.len().min(120);
            while !r.is_char_boundary(end) {
                end -= 1;
            }
            r[..end].contains(" số ")
        };
        if !law && lookup_word(s, CONGRESS_DOCS).is_none() && !may_be_numbered(r) && !issuer_first {
            return None;
        }
    }
    let found = if s.starts_with(|c: char| c.is_ascii_digit()) {
        bare_ref(s)
    } else {
        doc_ref(s)
    };
    let (rest, (r, strong)) = found.ok()?;
    if !strong {
        return None;
    }
    // `Mẫu số 01/GTGT-TKHT`, `Phụ lục 02/…`: form codes, not documents.
    if starts_with_code(&t[i..]) {
        let before = t[..i].trim_end_matches(' ');
        let before = before.trim_end_matches(':').trim_end_matches(' ');
        let before_lower: String = before
            .chars()
            .rev()
            .take(12)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .map(crate::combinators::fold)
            .collect();
        if [
            "mẫu số",
            "mẫu",
            "biểu",
            "biểu số",
            "phụ lục",
            "phụ lục số",
            "file",
            "tệp",
        ]
        .iter()
        .any(|w| before_lower.ends_with(w))
        {
            return None;
        }
    }
    Some((t.len() - rest.len(), r))
}

fn starts_with_code(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit()) || s.starts_with("QCVN") || s.starts_with("TCVN")
}

/// A further identifier in a list after a reference (`Nghị định 71/2024/NĐ-CP, 88/2024/NĐ-CP
/// và 101/2024/NĐ-CP`): `(offset of the identifier in i, its end, its reference)`.
pub(crate) fn list_member(i: &str, prev: &DocRef) -> Option<(usize, usize, DocRef)> {
    prev.id.as_ref()?;
    let r = crate::combinators::list_sep(i, &[',', ';'])?;
    let start = i.len() - r.len();
    let (rest, id) = doc_id(r).ok()?;
    let doc_type_name = match (&prev.doc_type_name, id.doc_type == prev_type(prev)) {
        (Some(n), true) => Some(n.clone()),
        _ => type_name_of(&id).map(str::to_owned),
    };
    let (rest, mut r2) = tail(
        rest,
        DocRef {
            doc_type_name,
            number: Some(id.number.clone()),
            id: Some(id),
            ..empty_ref()
        },
    );
    r2.year = None;
    Some((start, i.len() - rest.len(), r2))
}

/// A further number in a list after a reference without an identifier (`Nghị quyết 57, 59, 66
/// và 68 của Bộ Chính trị`, `Nghị định 71/2024, 88/2024 và 101/2024`): `(offset of the number
/// in i, its end, its reference)`, of the same type and shape (with a year where the first has
/// one). The list ends where a word other than a clause's next follows a number (`Thông tư
/// 15, 20 người …` counts people).
pub(crate) fn number_list_member(i: &str, prev: &DocRef) -> Option<(usize, usize, DocRef)> {
    if prev.id.is_some() || prev.number.is_none() || prev.doc_type_name.is_none() {
        return None;
    }
    let r = crate::combinators::list_sep(i, &[','])?;
    let sep = &i[..i.len() - r.len()];
    if !(sep.contains(',') || sep.contains("và") || sep.contains("hoặc")) {
        return None;
    }
    let start = i.len() - r.len();
    let n = r.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&n) {
        return None;
    }
    let (mut x, number) = (&r[n..], &r[..n]);
    let mut year = None;
    if prev.year.is_some() {
        let (y, (v, _)) = x.strip_prefix('/').and_then(|y| digits_len(y, 4, 4).ok())?;
        year = u16::try_from(v).ok();
        x = y;
    }
    if !at_word_end(x) || x.starts_with(['/', '-', '.']) && !x.starts_with(". ") && x != "." {
        return None;
    }
    // `1,2 triệu`, `2,5%`: a decimal; `2025` alone after numbers without years: a year.
    let decimal = x.len() > 1
        && x.starts_with([',', '.'])
        && x[1..].starts_with(|c: char| c.is_ascii_digit());
    let year_like = year.is_none() && n == 4 && number.starts_with(['1', '2']);
    if decimal || x.starts_with('%') || year_like {
        return None;
    }
    // (`20 năm qua`, `30 ngày tới`: counts of time, so no `năm`, `ngày` here.)
    const NEXT: &[&str] = &[
        "và", "hoặc", "của", "về", "đã", "đều", "được", "là", "có", "quy", "hướng", "ban", "cũng",
        "sẽ", "nhằm",
    ];
    let after = x.trim_start_matches(' ');
    let ends = after.is_empty()
        || after.starts_with([',', '.', ';', ')', ':'])
        || (after.len() < x.len() && one_of(after, NEXT).is_some());
    if !ends {
        return None;
    }
    let member = DocRef {
        doc_type_name: prev.doc_type_name.clone(),
        number: Some(number.to_owned()),
        year,
        ..empty_ref()
    };
    let (rest, member) = tail(x, member);
    Some((start, i.len() - rest.len(), member))
}

/// The issuer of `last` given to each of `refs` that has none (the numbers of a list).
pub(crate) fn share_issuer<'a>(last: &DocRef, refs: impl Iterator<Item = &'a mut DocRef>) {
    if let Some(by) = &last.issued_by {
        for r in refs {
            if r.issued_by.is_none() {
                r.issued_by = Some(by.clone());
                // `… 18, 19-NQ/TW của Ban Chấp hành Trung ương khóa XII`: its term with it.
                r.term = r.term.or(last.term);
            }
        }
    }
}

/// A further reference found beside another: `(start, end, reference)`, offsets in the text
/// given.
pub(crate) type Member = (usize, usize, DocRef);

/// `Thông tư số 01, 02 và 03/2025/TT-BNV`, `Nghị định 71 và 88/2024/NĐ-CP`: numbers listed
/// before one identifier share its year, type and issuers, and the date and issuer written
/// after it. For a reference `first` that holds a number and nothing else, with `i` the text
/// after it: `first` completed, and the further members `(start, end, reference)` in `i`.
pub(crate) fn shared_tail(i: &str, first: &DocRef) -> Option<(DocRef, Vec<Member>)> {
    let lone = first.id.is_none()
        && first.date.is_none()
        && first.issued_by.is_none()
        && first.year.is_none()
        && first.title.is_none();
    if !lone {
        return None;
    }
    let first_number = first.number.as_deref()?;
    let mut bare: Vec<(usize, usize, String)> = Vec::new();
    let mut r = i;
    loop {
        let x = crate::combinators::list_sep(r, &[','])?;
        let start = i.len() - x.len();
        if let Ok((rest, id)) = doc_id(x) {
            // Only an identifier of the same type: `Thông tư số 01, 02/2025/NĐ-CP` is none
            // (a Party `QĐ` is a Quy định or a Quyết định: it names no type).
            if type_name_of(&id).is_some_and(|t| first.doc_type_name.as_deref() != Some(t)) {
                return None;
            }
            let (rest, last) = tail(
                rest,
                DocRef {
                    doc_type_name: first.doc_type_name.clone(),
                    number: Some(id.number.clone()),
                    id: Some(id.clone()),
                    ..empty_ref()
                },
            );
            // A year is not shared: `Nghị định 100 và 123/2021/NĐ-CP` cites 100/2019.
            let shared = id.year().is_none();
            let member = |n: &str| DocRef {
                number: Some(n.to_owned()),
                id: shared.then(|| id.with_number(n)),
                date: last.date.filter(|_| shared),
                issued_by: last.issued_by.clone().filter(|_| shared),
                term: last.term.filter(|_| shared),
                ..first.clone()
            };
            let mut out: Vec<_> = bare.iter().map(|(s, e, n)| (*s, *e, member(n))).collect();
            out.push((start, i.len() - rest.len(), last.clone()));
            return Some((member(first_number), out));
        }
        let (rest, num) = number(x).ok()?;
        if !id_ends(rest) || bare.len() >= 20 {
            return None;
        }
        bare.push((start, i.len() - rest.len(), num.text()));
        r = rest;
    }
}

fn prev_type(r: &DocRef) -> Option<String> {
    r.id.as_ref().and_then(|d| d.doc_type.clone())
}

// ---------------------------------------------------------------------------------------------
// Codes

/// Upper case for codes (`đ` → `Đ`, `ư` → `Ư`).
fn upper(s: &str) -> String {
    if s.is_ascii() {
        // The same, without the Unicode tables.
        return s.to_ascii_uppercase();
    }
    s.chars().flat_map(char::to_uppercase).collect()
}

/// FNV-1a, for the small map of codes: its keys are a few bytes long, which SipHash spends
/// more on than the lookup is worth.
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

type CodeMap = std::collections::HashMap<String, &'static str, std::hash::BuildHasherDefault<Fnv>>;

/// The canonical spelling of a code known to the tables (compared in upper case).
fn known(up: &str) -> Option<&'static str> {
    // Asked for every code of every identifier candidate, often several times: one hash
    // lookup. The first table that has a code wins, as in a walk of the tables in order, and
    // an alias only stands for a code no table spells that way.
    static CODES: std::sync::OnceLock<CodeMap> = std::sync::OnceLock::new();
    let codes = CODES.get_or_init(|| {
        let mut m = CodeMap::default();
        for table in [STATE_TYPES, PARTY_TYPES, ISSUERS] {
            for (c, _) in table {
                m.entry(upper(c)).or_insert(*c);
            }
        }
        for (a, c) in ALIASES {
            m.entry((*a).to_owned()).or_insert(*c);
        }
        m
    });
    codes.get(up).copied()
}

/// `QH14`, `UBTVQH15`, `HĐNN7`: a legislature code with its term.
fn termed(up: &str) -> Option<(&'static str, u8)> {
    ["UBTVQH", "QH", "HĐNN"].into_iter().find_map(|p| {
        let rest = up.strip_prefix(p)?;
        let n = if rest.bytes().all(|b| b.is_ascii_digit()) && (1..=2).contains(&rest.len()) {
            rest.parse().ok()?
        } else {
            u8::try_from(roman_value(rest)?).ok()?
        };
        (n > 0).then_some((p, n))
    })
}

pub(crate) fn term_of(code: &str) -> Option<u8> {
    termed(code).map(|(_, n)| n)
}

/// Normalises a code token: upper case, known mixed-case spellings (`TTg`), aliases (`TƯ` →
/// `TW`), Roman terms (`QHXV` → `QH15`) and ASCII `D` for `Đ` where that makes a known code
/// (`ND` → `NĐ`, `BGDDT` → `BGDĐT`; `HD` stays, it is Hướng dẫn).
pub(crate) fn canon_code(raw: &str) -> String {
    let up = upper(raw);
    if let Some((p, n)) = termed(&up) {
        return format!("{p}{n}");
    }
    if let Some(c) = known(&up) {
        return c.to_owned();
    }
    let ds: Vec<usize> = up.match_indices('D').map(|(k, _)| k).collect();
    if !ds.is_empty() && ds.len() <= 4 {
        for mask in 1u32..(1 << ds.len()) {
            let mut cand = String::with_capacity(up.len() + 4);
            let mut last = 0;
            for (bit, &k) in ds.iter().enumerate() {
                if mask & (1 << bit) != 0 {
                    cand.push_str(&up[last..k]);
                    cand.push('Đ');
                    last = k + 1;
                }
            }
            cand.push_str(&up[last..]);
            if let Some((p, n)) = termed(&cand) {
                return format!("{p}{n}");
            }
            if let Some(c) = known(&cand) {
                return c.to_owned();
            }
        }
    }
    up
}

fn is_state_type(code: &str) -> bool {
    STATE_TYPES.iter().any(|(c, _)| *c == code)
}

fn is_party_type(code: &str) -> bool {
    PARTY_TYPES.iter().any(|(c, _)| *c == code)
}

fn is_issuer(code: &str) -> bool {
    ISSUERS.iter().any(|(c, _)| *c == code) || termed(code).is_some()
}

pub(crate) fn type_name_of(d: &DocId) -> Option<&'static str> {
    let t = d.doc_type.as_deref();
    match d.form {
        DocForm::Party => match t? {
            "QĐ" => None,
            t => PARTY_TYPES.iter().find(|(c, _)| *c == t).map(|(_, n)| *n),
        },
        DocForm::State | DocForm::Standard => match t {
            Some(t) => STATE_TYPES.iter().find(|(c, _)| *c == t).map(|(_, n)| *n),
            // A công văn: the symbol starts with its issuer. `59/2020/QH14` is a law or a
            // resolution of the Assembly: no single name.
            None if d.issuers.len() >= 2 && term_of(&d.issuers[0]).is_none() => Some("Công văn"),
            None => None,
        },
        DocForm::Legacy => None,
    }
}

pub(crate) fn issuer_name_of(code: &str) -> Option<&'static str> {
    if let Some((p, _)) = termed(code) {
        return ISSUERS.iter().find(|(c, _)| *c == p).map(|(_, n)| *n);
    }
    ISSUERS.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}

// ---------------------------------------------------------------------------------------------
// Identifier grammar

/// A document number as written: its digits and an optional letter suffix (`30a`). Kept as
/// slices, so that an identifier that fails after its number allocates nothing.
#[derive(Clone, Copy)]
struct Num<'a> {
    digits: &'a str,
    suffix: Option<char>,
}

impl Num<'_> {
    /// The number as a value holds it: the digits and the suffix in lower case.
    fn text(self) -> String {
        let mut s = self.digits.to_owned();
        if let Some(c) = self.suffix {
            s.push(c.to_ascii_lowercase());
        }
        s
    }
}

/// A document number: digits with an optional letter suffix (`30a`), as written.
fn number(i: &str) -> PResult<'_, Num<'_>> {
    let (r, (_, n)) = digits_len(i, 1, 6)?;
    let mut num = Num {
        digits: &i[..n],
        suffix: None,
    };
    let mut r = r;
    if let Some(c) = r.chars().next().filter(char::is_ascii_alphabetic) {
        let after = &r[1..];
        if !after.starts_with(|x: char| x.is_alphanumeric()) {
            num.suffix = Some(c);
            r = after;
        }
    }
    Ok((r, num))
}

/// Whether `i` may start an identifier or a number: every shape starts with an ASCII digit
/// or with `QCVN`/`TCVN` in any case (no char outside ASCII folds to one of these letters).
fn may_start_id(i: &str) -> bool {
    match i.as_bytes() {
        [b, ..] if b.is_ascii_digit() => true,
        [b'q' | b'Q' | b't' | b'T', c, v, n, ..] => {
            c.eq_ignore_ascii_case(&b'c')
                && v.eq_ignore_ascii_case(&b'v')
                && n.eq_ignore_ascii_case(&b'n')
        }
        _ => false,
    }
}

/// One code token: a letter, then letters and digits (`NĐ`, `QH14`, `BGD&ĐT`, `TƯ`).
fn part(i: &str) -> PResult<'_, &str> {
    let ok_first = |c: char| c.is_ascii_alphabetic() || matches!(c, 'Đ' | 'đ');
    let ok = |c: char| c.is_ascii_alphanumeric() || matches!(c, 'Đ' | 'đ' | 'Ư' | 'ư' | '&');
    if !i.starts_with(ok_first) {
        return fail(i, "a code such as NĐ or CP");
    }
    // `10-NQ/T.Ư`: the Central Committee abbreviated with a dot, as older text writes it.
    for dotted in ["T.Ư", "T.W", "T.ư"] {
        if let Some(r) = i.strip_prefix(dotted).filter(|r| at_word_end(r)) {
            return Ok((r, "TƯ"));
        }
    }
    let mut n = i.find(|c: char| !ok(c)).unwrap_or(i.len());
    // `BGD&ĐT` joins two codes; `TW&nbsp;` is an HTML entity left in the text.
    if let Some(k) = i[..n]
        .match_indices('&')
        .map(|(k, _)| k)
        .find(|&k| !i[k + 1..].starts_with(|c: char| c.is_uppercase()))
    {
        n = k;
    }
    if !at_word_end(&i[n..]) {
        // `89/QĐ-TTgngày`: a space lost before the word after the code.
        let first = i.chars().next().map_or(1, char::len_utf8);
        match i[first..n]
            .char_indices()
            .map(|(k, _)| k + first)
            .find(|&k| one_of(&i[k..], &["ngày", "năm", "của", "về"]).is_some())
        {
            Some(k) => n = k,
            None => return fail(i, "a code such as NĐ or CP"),
        }
    }
    let raw = &i[..n];
    if n > 24 || raw.ends_with('&') {
        return fail(i, "a code such as NĐ or CP");
    }
    // Codes are written in capitals; in mixed case (`TTg`, `QyD`, `Qđ`) only a code the
    // tables know: `50m - Đd` in an address is no identifier.
    let mixed = raw.chars().any(char::is_lowercase) && raw.chars().any(char::is_uppercase);
    // (A capital `D` may stand for `Đ`, a small `d` may not: `Đd` is `đối diện`.)
    if mixed && known(&upper(raw)).is_none() && known(&upper(&raw.replace('D', "Đ"))).is_none() {
        return fail(i, "a code such as NĐ or CP");
    }
    Ok((&i[n..], raw))
}

/// Codes joined by dashes (`TTLT-BTP-BNV`).
fn parts(i: &str) -> PResult<'_, Vec<&str>> {
    let (mut r, first) = part(i)?;
    let mut v = vec![first];
    // After the dash, a tab may stand for the line break of a hyphenated identifier.
    let dash = |x| spaced('-')(x).map(|(y, ()): (&str, ())| y.trim_start_matches([' ', '\t']));
    while let Ok((r2, p)) = dash(r).and_then(part) {
        if v.len() >= 8 {
            break;
        }
        v.push(p);
        r = r2;
    }
    Ok((r, v))
}

fn plausible_year(y: u32) -> bool {
    (1945..=2100).contains(&y)
}

/// Nothing identifier-like continues after `r` (`.doc`, `/2`, a letter).
fn id_ends(r: &str) -> bool {
    let mut cs = r.chars();
    match cs.next() {
        None => true,
        // `…/NĐ-CPngày`: the code was cut before a glued `ngày`.
        Some(_) if one_of(r, &["ngày", "năm", "của", "về"]).is_some() => true,
        Some(c) if is_word_char(c) => false,
        // `…/NĐ-CP.Điều 39`: a sentence ends without its space; `.doc` is a file name.
        Some('.') => {
            r[1..].starts_with("ngày")
                || !cs
                    .next()
                    .is_some_and(|c| is_word_char(c) && !c.is_uppercase())
        }
        Some('/' | '-' | ':' | '_') => !cs.next().is_some_and(is_word_char),
        Some(_) => true,
    }
}

/// `QCVN 41:2024/BGTVT`, `TCVN 6909:2001`, `QCVN 02-31-3 : 2019/BNNPTNT`.
fn id_standard(i: &str) -> PResult<'_, DocId> {
    let Some((r, k)) = one_of(i, &["qcvn", "tcvn"]) else {
        return fail(i, "QCVN or TCVN");
    };
    let (r, ()) = sp1(r)?;
    let start = r;
    let (mut r, _) = digits(1, 6)(r)?;
    while let Ok((r2, _)) = alt((chr('-'), chr('.'))).and(digits(1, 6)).parse(r) {
        r = r2;
    }
    let number = start[..start.len() - r.len()].to_owned();
    let (r, ()) = spaced(':')(r)?;
    let (r2, (y, _)) = digits_len(r, 4, 4)?;
    // A year of the standard (`TCVN 5574:2018`); `0222` is none and would not print back.
    if !(1000..=9999).contains(&y) {
        return fail(r, "the year of the standard");
    }
    let r = r2;
    let (r, issuers) = match spaced('/')(r).and_then(|(x, ())| parts(x)) {
        Ok((r2, p)) => (r2, p.iter().map(|x| canon_code(x)).collect()),
        Err(_) => (r, Vec::new()),
    };
    let id = DocId {
        number,
        year: u16::try_from(y).ok(),
        doc_type: Some(["QCVN", "TCVN"][k].to_owned()),
        issuers,
        form: DocForm::Standard,
    };
    Ok((r, id))
}

/// `30/2020/NĐ-CP`, `123/QĐ-UBND`, `10260/VPCP-NN`, `59/2020/QH14`, `162/2004/TTLT/BQP-BTC`.
fn id_state(i: &str) -> PResult<'_, DocId> {
    let (r, num) = number(i)?;
    let (r, ()) = spaced('/')(r)?;
    let (r, year) = match digits_len(r, 4, 4) {
        Ok((r2, (y, _))) if plausible_year(y) => match spaced('/')(r2) {
            Ok((r3, ())) => (r3, Some(y as u16)),
            // `95/1998-NĐ-CP`: a dash for the slash, before a type and its issuer.
            Err(_) => match r2.strip_prefix('-').map(parts) {
                Some(Ok((_, p))) if p.len() >= 2 && is_state_type(&canon_code(p[0])) => {
                    (&r2[1..], Some(y as u16))
                }
                _ => return fail(r2, "a / after the year"),
            },
        },
        _ => (r, None),
    };
    let (r, first) = parts(r)?;
    let (r, second) = match spaced('/')(r).and_then(|(x, ())| parts(x)) {
        Ok((r2, p)) => (r2, p),
        Err(_) => (r, Vec::new()),
    };
    // At most eight codes in all, as `parts` reads in one run: the identifier is written back
    // with dashes only, and must read back the same.
    if first.len() + second.len() > 8 {
        return fail(r, "at most eight codes");
    }
    let mut codes: Vec<String> = first.iter().map(|x| canon_code(x)).collect();
    let tail: Vec<String> = second.iter().map(|x| canon_code(x)).collect();
    let (doc_type, issuers) = if is_state_type(&codes[0])
        && (codes.len() > 1 || !tail.is_empty() || year.is_some() || !is_issuer(&codes[0]))
    {
        let t = codes.remove(0);
        codes.extend(tail);
        (Some(t), codes)
    } else {
        codes.extend(tail);
        (None, codes)
    };
    // `28/CP`, `254/QH15`: one issuer code, as older documents were numbered (only codes the
    // tables know); `1096/QĐ`: a type alone.
    let single_ok = issuers.len() == 1 && is_issuer(&issuers[0]) || doc_type.is_some();
    if year.is_none() && issuers.len() < 2 && !single_ok {
        return fail(i, "a document symbol");
    }
    let id = DocId {
        number: num.text(),
        year,
        doc_type,
        issuers,
        form: DocForm::State,
    };
    Ok((r, id))
}

/// `442/VPTT`, `112/KT`: a number and one code of capitals that the tables do not know (an
/// office's own register). Only where the text says an identifier stands there: after a type
/// name and `số` (`văn bản số 442/VPTT`), or when the whole input is asked for as one; in
/// running text alone such a pair is as often a ratio, a unit or a form code.
fn id_single_code(i: &str) -> PResult<'_, DocId> {
    let (r, num) = number(i)?;
    let Some(r) = r.strip_prefix('/') else {
        return fail(r, "a /");
    };
    let (r, code) = part(r)?;
    let capitals = code.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    if code.chars().count() < 2 || !capitals || !id_ends(r) {
        return fail(i, "a document symbol");
    }
    let id = DocId {
        number: num.text(),
        year: None,
        doc_type: None,
        issuers: vec![canon_code(code)],
        form: DocForm::State,
    };
    Ok((r, id))
}

/// `126-QĐ/TW`, `287 - QĐ/TWĐTN-CTTN`, `366-QĐ-TW` (dash for slash), `52 HD/BTCTW`.
fn id_party(i: &str) -> PResult<'_, DocId> {
    let (r, num) = number(i)?;
    let (r, spaced_only) = match spaced('-')(r) {
        Ok((r2, ())) => (r2, false),
        Err(_) => (sp1(r)?.0, true),
    };
    let (r, ty) = part(r)?;
    let ty = canon_code(ty);
    let (r, issuers) = match spaced('/')(r).and_then(|(x, ())| parts(x)) {
        Ok((r2, p)) => (r2, p),
        Err(_) if !spaced_only && is_party_type(&ty) => {
            let (r2, p) = spaced('-')(r).and_then(|(x, ())| parts(x))?;
            if !is_issuer(&canon_code(p[0])) {
                return fail(r, "an issuer");
            }
            (r2, p)
        }
        Err(e) => return Err(e),
    };
    if spaced_only && !is_party_type(&ty) {
        return fail(i, "a Party document symbol");
    }
    let id = DocId {
        number: num.text(),
        year: None,
        doc_type: Some(ty),
        issuers: issuers.iter().map(|x| canon_code(x)).collect(),
        form: DocForm::Party,
    };
    Ok((r, id))
}

/// `388-HĐBT`, `116-CP`, `49–CP`: number and a known issuer.
fn id_legacy(i: &str) -> PResult<'_, DocId> {
    let (r, num) = number(i)?;
    let (r, ()) = spaced('-')(r)?;
    let (r, p) = part(r)?;
    let code = canon_code(p);
    if !is_issuer(&code) || r.starts_with('/') {
        return fail(i, "a legacy symbol such as 116-CP");
    }
    let id = DocId {
        number: num.text(),
        year: None,
        doc_type: None,
        issuers: vec![code],
        form: DocForm::Legacy,
    };
    Ok((r, id))
}

/// One identifier.
pub(crate) fn doc_id(i: &str) -> PResult<'_, DocId> {
    // Elsewhere all four shapes fail where they start, and `alt` keeps the error of the last,
    // `id_legacy`: that of `number`.
    if !may_start_id(i) {
        return fail(i, "a number");
    }
    let (r, id) = alt((id_standard, id_state, id_party, id_legacy)).parse(i)?;
    if !id_ends(r) {
        return fail(r, "the end of the identifier");
    }
    Ok((r, id))
}

// ---------------------------------------------------------------------------------------------
// References

fn empty_ref() -> DocRef {
    DocRef {
        doc_type_name: None,
        name: None,
        number: None,
        year: None,
        id: None,
        date: None,
        issued_by: None,
        term: None,
        title: None,
        article: None,
        clause: None,
        point: None,
        plenum: None,
        session: None,
        congress: None,
    }
}

/// The longest canonical name from any of `tables` matched case-insensitively at the start of
/// `i`.
fn longest_name<'a>(i: &'a str, tables: &[&[&'static str]]) -> Option<(&'a str, &'static str)> {
    tables
        .iter()
        .filter_map(|t| lookup_word(i, t))
        .min_by_key(|(rest, _)| rest.len())
}

/// A term: `khóa XI`, `khóa 11`, `(khóa XIII)`.
fn term(i: &str) -> PResult<'_, u8> {
    let (r, ()) = sp0(i)?;
    let r = r.strip_prefix(',').map_or(r, |x| sp0(x).map_or(x, |y| y.0));
    let (r, paren) = match r.strip_prefix('(') {
        Some(x) => (x, true),
        None => (r, false),
    };
    let (r, _) = (word("khóa"), sp1).parse(r)?;
    let (r, n) = alt((roman, digits(1, 2))).parse(r)?;
    let r = if paren {
        match r.strip_prefix(')') {
            Some(x) => x,
            None => return fail(r, ")"),
        }
    } else {
        r
    };
    match u8::try_from(n) {
        Ok(n) if (1..=30).contains(&n) => Ok((r, n)),
        _ => fail(i, "a term"),
    }
}

/// Spaces, optionally around a comma: what separates the parts of a reference.
fn gap(i: &str) -> PResult<'_, ()> {
    let t = i.trim_start_matches(' ');
    let t = t.strip_prefix(',').map_or(t, |x| x.trim_start_matches(' '));
    if t.len() == i.len() || t.len() + 1 == i.len() && i.starts_with(',') {
        return fail(i, "a space");
    }
    Ok((t, ()))
}

/// A capitalised word (`Kiên`, `Giang`, `HĐND`).
fn capitalised(i: &str) -> Option<&str> {
    i.starts_with(char::is_uppercase).then_some(())?;
    let n = i.find(|c: char| !is_word_char(c)).unwrap_or(i.len());
    Some(&i[n..])
}

/// The levels of local government, written in full (`thị xã` before `xã`).
const LEVEL_WORDS: &[&str] = &[
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "phường",
];

/// ` tỉnh Hà Nam`, ` thành phố Hà Nội`: a level word and capitalised place words after a
/// council, as written.
fn level_and_place(r: &str) -> Option<(&str, &str)> {
    let (x, ()) = sp1(r).ok()?;
    let (x, _) = one_of(x, LEVEL_WORDS).or_else(|| one_of(x, &["tp"]))?;
    let mut end = x;
    while let Ok((y, ())) = sp1(end) {
        match capitalised(y) {
            Some(z) => end = z,
            None => break,
        }
    }
    // `Ủy ban nhân dân tỉnh`: the level alone names the council of the writer's own place.
    if !at_word_end(end) {
        return None;
    }
    Some((end, &r[..r.len() - end.len()]))
}

/// Issuing bodies, joined by `và` or commas (`Bộ Tư pháp và Bộ Nội vụ`), as written.
fn body(i: &str) -> PResult<'_, String> {
    bodies(i, false)
}

/// [`body`]; `joint`: the document is issued jointly (`Thông tư liên tịch`, an identifier
/// with several issuers' codes), so bodies listed with commas all issue it, whatever follows.
fn bodies(i: &str, joint_doc: bool) -> PResult<'_, String> {
    let (mut r, mut names) = one_body(i)?;
    // `Liên Bộ Tài chính - Bộ Khoa học và Công nghệ`: ministries together joined by dashes
    // too (after another body a dash goes on with the sentence: `của Chính phủ - Bộ Giao
    // thông vận tải chủ trì`).
    let joint = names.starts_with("Liên ");
    while let Ok((r2, (sep, next))) = alt((
        (sp1, word("và"), sp1).map(|_| " và "),
        (chr(','), sp1).map(|_| ", "),
        (
            sp1,
            chr('-'),
            sp1,
            nom::combinator::peek(nom::bytes::complete::tag("Bộ ")),
        )
            .map(|_| " - "),
    ))
    .and(one_body)
    .parse(r)
    {
        if sep == " - " && !joint {
            break;
        }
        // `của Bộ Chính trị, Ban Thường vụ Huyện ủy đã ban hành …`: a body after a comma is
        // the next clause's subject when its verb follows; one of the issuers goes on with
        // the list, the reference's parts or its end.
        if sep == ", " && !joint && !joint_doc && !ends_issuer_list(r2) {
            break;
        }
        names.push_str(sep);
        names.push_str(&next);
        r = r2;
    }
    Ok((r, names))
}

/// Whether what follows a body listed after a comma lets it be an issuer: the end, a stop, the
/// list going on, or the reference's own parts (its title, day or number).
fn ends_issuer_list(r: &str) -> bool {
    let x = r.trim_start_matches(' ');
    x.is_empty()
        || x.starts_with([',', ';', '.', ')', ':', '"', '('])
        || one_of(x, &["và", "ngày", "số"]).is_some()
        || one_of(x, TITLE_OPENERS).is_some()
}

/// One issuing body: a known name, or a ministry, committee or council with its place; `Chủ
/// tịch` before a council (`Chủ tịch UBND tỉnh`), the official who signs for a body before
/// it (`Bộ trưởng Bộ Công an`, `Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc`), and ministries
/// together (`Liên Bộ Tài chính, Bộ Nội vụ`).
fn one_body(i: &str) -> PResult<'_, String> {
    // The body is written with its capital (`Bộ trưởng ban hành` is no body `ban hành`).
    if let Some((x, title)) = signer(i).filter(|(x, _)| x.starts_with(char::is_uppercase)) {
        if let Ok((r, name)) = council(x) {
            return Ok((r, format!("{title} {name}")));
        }
    }
    // `Thường trực Tỉnh ủy`, `Thường trực HĐND tỉnh`, `Thường trực Ban Bí thư`: the standing
    // members of a committee issue for it.
    if let Ok((x, _)) = (word("thường trực"), sp1).parse(i) {
        let committee =
            crate::person::committee_at(x).is_some() || one_of(x, &["ban bí thư"]).is_some();
        if committee && x.starts_with(char::is_uppercase) {
            if let Ok((r, name)) = council(x) {
                return Ok((r, format!("Thường trực {name}")));
            }
        }
    }
    if let Ok((x, _)) = (word("liên"), sp1).parse(i) {
        if x.starts_with("Bộ ") || x.starts_with("bộ ") {
            if let Ok((r, name)) = council(x) {
                return Ok((r, format!("Liên {name}")));
            }
        }
    }
    one_body_plain(i)
}

/// A title of [`SIGNERS`] or two (`Bộ trưởng, Chủ nhiệm`) and a space, as written.
fn signer(i: &str) -> Option<(&str, &str)> {
    let (mut r, _) = lookup_word(i, SIGNERS)?;
    if let Some((r2, _)) = r.strip_prefix(", ").and_then(|x| lookup_word(x, SIGNERS)) {
        r = r2;
    }
    let (x, ()) = sp1(r).ok()?;
    Some((x, &i[..i.len() - r.len()]))
}

fn one_body_plain(i: &str) -> PResult<'_, String> {
    // Only a council with its level and at most a known province: a person's name may follow
    // (`của Chủ tịch UBND tỉnh Nguyễn Văn A`).
    if let Ok((x, _)) = (word("chủ tịch"), sp1).parse(i) {
        let heads = ["ủy ban nhân dân", "hội đồng nhân dân", "ubnd", "hđnd"];
        let levels = ["tỉnh", "thành phố", "huyện", "quận", "xã", "phường"];
        if let Some((y, _)) = one_of(x, &heads) {
            if let Some((z, _)) = sp1(y).ok().and_then(|(y2, ())| one_of(y2, &levels)) {
                let end = sp1(z)
                    .ok()
                    .and_then(|(z2, ())| crate::person::after_province(z2))
                    .unwrap_or(z);
                return Ok((end, i[..i.len() - end.len()].to_owned()));
            }
        }
    }
    council(i)
}

/// A body the roles' rules read at the start of `i` (up to `r`, named `name`), cut where it
/// runs into the sentence: after its head word, the name of a body goes on in lower case only
/// for one syllable after a single capitalised one (`Sở Nội vụ`, `Tổng cục Thống kê`, `Sở Kế
/// hoạch và Đầu tư`, `Ban Tuyên giáo Tỉnh ủy`), so `Sở Tài chính hướng dẫn …` and `Cục Thuế
/// Hà Nội xử phạt …` end before the verb.
fn sector_cut<'a>(i: &'a str, r: &'a str, name: String) -> Option<(&'a str, String)> {
    let read = &i[..i.len() - r.len()];
    let (mut capitals, mut lower) = (0, 0);
    let mut end = 0;
    let mut k = 0;
    // A committee's own words in lower case (`Ban cán sự đảng`, `Đảng ủy Khối các cơ quan`)
    // are its head.
    let head_words = crate::person::committee_at(read)
        .map_or(1, |x| read[..read.len() - x.len()].split(' ').count());
    // After an abbreviation (`Bộ GTVT`) no lower-case syllable belongs to the name: `Bộ GTVT
    // quy định` ends before the verb.
    let mut abbreviation = false;
    for (n, w) in read.split(' ').enumerate() {
        let start = k;
        k += w.len() + 1;
        let capital = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        let after_abbreviation = abbreviation;
        abbreviation = w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '&');
        if n < head_words {
            // The head's words.
        } else if w == "và" || w == "-" {
            // Judged by the word after it.
            (capitals, lower) = (0, 1);
            continue;
        } else if matches!(w, "tỉnh" | "huyện" | "quận" | "xã" | "phường" | "ương")
            || matches!(
                w,
                "Bộ" | "Sở" | "Cục" | "Vụ" | "Ban" | "Viện" | "Phòng" | "Tổng" | "Hội"
            )
        {
            // A level, alone or before its place (`Ban Chấp hành Đảng bộ tỉnh`; `ương` of `Trung
            // ương`), or the head
            // of a body within (`Bộ trưởng Bộ Giáo dục và Đào tạo`).
            (capitals, lower) = (0, 0);
        } else if capital {
            (capitals, lower) = (capitals + 1, 0);
        } else if lower == 0 && capitals <= 1 && !after_abbreviation {
            (capitals, lower) = (0, 1);
        } else {
            break;
        }
        end = start + w.len();
    }
    if end >= read.len() {
        return Some((r, name));
    }
    let cut = read[..end].trim_end_matches([',', ' ']);
    // A head alone (`Ủy ban`) names no body.
    cut.split(' ')
        .skip(1)
        .any(|w| w.starts_with(char::is_uppercase))
        .then(|| (&i[cut.len()..], cut.to_owned()))
}

/// Of a body read by the roles' rules (`known`) and one read here, the one that reads further.
fn longer_body<'a>(
    known: &Option<(&'a str, String)>,
    r: &'a str,
    name: String,
) -> (&'a str, String) {
    match known {
        Some((r2, n2)) if r2.len() < r.len() => (r2, n2.clone()),
        _ => (r, name),
    }
}

/// A known body, or a ministry, committee or council with its place.
fn council(i: &str) -> PResult<'_, String> {
    // The bodies the roles of officials know (`Sở Nội vụ`, `Tổng cục Thống kê`, `Ban Chỉ đạo
    // 138`, `Huyện ủy Gia Lâm`: names that go on in lower case or after a known name), where
    // they read further than the rules here.
    // A committee named by its field (`Ban Chỉ đạo Trung ương về phòng, chống tham nhũng`) is
    // read whole: its field is no title of the document.
    let known = crate::person::body_at(i).and_then(|(r, name)| {
        if name.contains(" về ") {
            Some((r, name))
        } else {
            sector_cut(i, r, name)
        }
    });
    let longer = |r, name| longer_body(&known, r, name);
    if let Some((r, name)) = longest_name(i, &[BODIES, crate::orgs::NAMED_ORGS]) {
        return Ok(longer(r, name.to_owned()));
    }
    // The issuers' full names (`Bộ Tài chính`: ministries are named in lower case after their
    // first word, so the generic rule below cannot find where they end).
    let longest = longest_word(i, ISSUERS.iter().map(|(_, name)| *name));
    if let Some((r, name)) = longest {
        // `Ủy ban nhân dân tỉnh Hà Nam`: a council written in full, then its place.
        if matches!(name, "Ủy ban nhân dân" | "Hội đồng nhân dân") {
            if let Some((r2, place)) = level_and_place(r) {
                return Ok(longer(r2, format!("{name}{place}")));
            }
        }
        return Ok(longer(r, name.to_owned()));
    }
    // Courts and procuracies, named by level and place like councils (`Tòa án nhân dân tỉnh
    // Bình Dương`, `VKSND TP Hồ Chí Minh`, `Tòa án nhân dân cấp cao tại Đà Nẵng`); the
    // supreme ones are known names above.
    if let Some((r, _)) = one_of(
        i,
        &["tòa án nhân dân", "viện kiểm sát nhân dân", "tand", "vksnd"],
    ) {
        let head = &i[..i.len() - r.len()];
        let high = || {
            let (x, ()) = sp1(r).ok()?;
            let (x, _) = one_of(x, &["cấp cao tại"])?;
            let end = level_and_place(x).map(|(e, _)| e).or_else(|| {
                let mut end = x;
                while let Some(z) = sp1(end).ok().and_then(|(y, ())| capitalised(y)) {
                    end = z;
                }
                (end.len() < x.len()).then_some(end)
            })?;
            Some((end, &r[..r.len() - end.len()]))
        };
        if let Some((r2, place)) = high().or_else(|| level_and_place(r)) {
            return Ok(longer(r2, format!("{head}{place}")));
        }
    }
    const HEADS: &[&str] = &[
        "ban chấp hành",
        "ban thường vụ",
        "ủy ban nhân dân",
        "hội đồng nhân dân",
        "ubnd",
        "hđnd",
        "tỉnh ủy",
        "thành ủy",
        "huyện ủy",
        "đảng ủy",
        "bộ",
        "sở",
        "ban",
        "cục",
        "tổng cục",
        "ủy ban",
    ];
    let Some((mut r, _)) = one_of(i, HEADS) else {
        return match known {
            Some((r, name)) => Ok((r, name)),
            None => fail(i, "an issuing body"),
        };
    };
    // Then capitalised words, with the lower-case words organisation names are built with
    // between them (`Ban Chấp hành Đảng bộ tỉnh Hà Nam`, `UBND thành phố Hà Nội`).
    const CONNECTORS: &[&str] = &[
        "chấp hành",
        "thường vụ",
        "nhân dân",
        "thành phố",
        "bộ",
        "tỉnh",
        "huyện",
        "quận",
        "xã",
        "phường",
        "và",
    ];
    let head_end = r;
    let mut words = 0;
    let mut pending = r;
    while let Ok((r2, ())) = sp1(pending) {
        if let Some(r4) = capitalised(r2) {
            r = r4;
            pending = r4;
            words += 1;
        } else if let Some((x, _)) = one_of(r2, CONNECTORS) {
            pending = x;
        } else {
            break;
        }
        if words > 10 {
            break;
        }
    }
    if words == 0 {
        // `UBND tỉnh`, `HĐND huyện`: a council and its level, the place left unsaid.
        let council = one_of(i, &["ủy ban nhân dân", "hội đồng nhân dân", "ubnd", "hđnd"]);
        if let (Some(_), Some((x, _))) = (
            council,
            sp1(head_end).ok().and_then(|(y, ())| {
                one_of(y, &["tỉnh", "thành phố", "huyện", "quận", "xã", "phường"])
            }),
        ) {
            return Ok((x, i[..i.len() - x.len()].to_owned()));
        }
        return match known {
            Some((r, name)) => Ok((r, name)),
            None => fail(i, "an issuing body"),
        };
    }
    Ok(longer(r, i[..i.len() - r.len()].to_owned()))
}

/// A quoted title (`“về một số vấn đề …”`, normalised to ASCII quotes), with an optional
/// `về` before the quote.
fn title(i: &str) -> PResult<'_, String> {
    let (r, ()) = sp0(i)?;
    let r = match (word("về"), sp0).parse(r) {
        Ok((x, _)) if x.starts_with('"') => x,
        _ => r,
    };
    let Some(r) = r.strip_prefix('"') else {
        return fail(r, "a quoted title");
    };
    // A quoted name inside the title (`"Về việc ban hành "Quy chế tuyển sinh""`): a quote
    // after a space and before a word opens one, any other closes one.
    let mut depth = 1;
    let mut end = None;
    for (k, _) in r.match_indices('"') {
        let opens =
            r[..k].ends_with(char::is_whitespace) && r[k + 1..].starts_with(char::is_alphanumeric);
        depth = if opens { depth + 1 } else { depth - 1 };
        if depth == 0 {
            end = Some(k);
            break;
        }
    }
    let Some(end) = end.filter(|&e| e > 0 && e <= 600) else {
        return fail(r, "a closing quote");
    };
    let t = r[..end].trim();
    if t.is_empty() || t.contains('\n') {
        return fail(r, "a title");
    }
    Ok((&r[end + 1..], t.to_owned()))
}

/// The date of a reference: `, ngày 28-2-2018`, `ngày 5 tháng 8 năm 2022`, `năm 2025`.
fn ref_date(i: &str) -> PResult<'_, Date> {
    let (r, ()) = sp0(i)?;
    let r = r.strip_prefix(',').map_or(r, |x| x);
    let (r, ()) = sp1(r).or_else(|_| sp0(r))?;
    // `ban hành ngày 29/11/2006`, `ký ngày …`, `cấp ngày …`: the day it was issued (signed,
    // granted).
    let r = match one_of(r, &["ban hành", "ký", "cấp"]) {
        Some((x, _)) => sp1(x).map_or(r, |(y, ())| y),
        None => r,
    };
    if one_of(r, &["ngày", "năm"]).is_none() {
        return fail(r, "ngày or năm");
    }
    let (r2, mut p) = date::expr(r)?;
    // `ngày 13/3/2024 (thứ Tư)`: a weekday that agrees with the day adds nothing to it.
    if let DateValue::Single(d) = p.value {
        if d.day().is_some() && d.year().is_some() && p.weekday_conflict.is_none() {
            p.value = DateValue::Single(d.without_weekday());
        }
    }
    // A document is dated by a day (`ngày 28-2-2018`) or a year alone (`năm 2019`), in the
    // years documents are issued.
    // A day with nothing else (no part of day, weekday or time zone): it prints as
    // `ngày 28/2/2018` and reads back the same.
    let plain_day = |d: &Date| {
        let text = d.to_string();
        let shown = if text.starts_with("ngày") {
            text
        } else {
            format!("ngày {text}")
        };
        Date::parse(&shown).is_ok_and(|back| back == *d)
            && d.part_of_day().is_none()
            && d.weekday().is_none()
    };
    let year_alone = |d: &Date| {
        d.year()
            .is_some_and(|y| Date::parse(&format!("năm {y}")).is_ok_and(|only| only == *d))
    };
    match p.value {
        DateValue::Single(d)
            if d.hour().is_none()
                && d.relative().is_none()
                && d.year().is_none_or(|y| (1000..=9999).contains(&y))
                && (d.day().is_some() && d.month().is_some() && plain_day(&d)
                    || year_alone(&d)) =>
        {
            Ok((r2, d))
        }
        _ => fail(r, "the date of the document"),
    }
}

/// `Thông tư số 27/2020/TT-BCA Quy định về tập huấn … ngày 24/03/2020 của Bộ Công an`: a
/// title written without quotes right after an identifier, as legal citations write it. It
/// starts with a word titles start with, and where it ends can be told only at the document's
/// day (`ngày …`, `ban hành ngày …`) or issuer (`của Bộ Công an`): the rest there and the
/// title.
fn open_title<'a>(i: &'a str, id: &DocId) -> Option<(&'a str, &'a str)> {
    // Without its day or issuer after it, a title still reads to the end of its clause where
    // it opens as only titles do right after an identifier: with `về`, or with its first word
    // capitalised (`Nghị định 104/2017/NĐ-CP Quy định xử phạt …;`). After `về` alone (not `về
    // việc`) a comma ends it: the sentence goes on there (`… về phê duyệt dự án, tổng vốn …`),
    // and `về` before a place or a goal is the verb (`về tới xã`, `về đích`).
    open_title_until_source(i, id).or_else(|| {
        let x = sp1(i).ok()?.0;
        const MOTION: &[&str] = &[
            "tới", "đến", "với", "tay", "đích", "nước", "dự", "thăm", "quê",
        ];
        let about = one_of(x, &["về"])
            .filter(|_| one_of(x, &["về việc"]).is_none())
            .and_then(|(y, _)| sp1(y).ok())
            .map(|(y, ())| one_of(y, MOTION).is_none());
        match about {
            Some(false) => None,
            // (A quote inside is another document's name, or text no title holds.)
            Some(true) => title_to_clause_end(i, true)
                .filter(|(_, t)| !t.contains('"'))
                .map(
                    |(rest, t)| match t.find(", ").filter(|k| !t[k + 2..].starts_with("chống")) {
                        Some(k) => (&i[i.len() - rest.len() - (t.len() - k)..], &t[..k]),
                        None => (rest, t),
                    },
                ),
            None if x.starts_with(char::is_uppercase) || one_of(x, &["về việc"]).is_some() => {
                title_to_clause_end(i, true)
            }
            None => None,
        }
    })
}

/// [`open_title`] where the document's day or issuer ends the title.
fn open_title_until_source<'a>(i: &'a str, id: &DocId) -> Option<(&'a str, &'a str)> {
    // Words a date of another event follows (`… cấp căn cước từ ngày 1/7/2021`), and
    // connectives that start another clause (`…, theo đó từ ngày …`).
    // An auxiliary too (`… thu phí được ban hành năm 2020`): the title is a clause there.
    const BEFORE_A_DATE: &[&str] = &[
        "từ", "đến", "vào", "trước", "sau", "là", "kể", "tới", "được", "đã", "vừa", "mới",
    ];
    const CONNECTIVES: &[&str] = &[
        "theo", "cụ", "tuy", "trong", "nhưng", "đồng", "do", "vì", "kể", "từ", "khi", "sau",
    ];
    let (x, ()) = sp1(i).ok()?;
    let (after, _) = one_of(x, TITLE_OPENERS)?;
    if !after.starts_with(' ') {
        return None;
    }
    let opener = x.len() - after.len();
    let mut checked = 0;
    for (k, _) in x.match_indices(' ').take_while(|(k, _)| *k <= 400) {
        let title = x[..k].trim_end_matches(',');
        // Inside a sentence and a clause: no quote, parenthesis or sentence end; and no
        // identifier, whose day and issuer are its own (`Hướng dẫn thực hiện Điều 7 Nghị định
        // số 105/2015/NĐ-CP ngày 20 tháng 10 năm 2015 của Chính phủ`). Each word is looked at
        // once.
        if x[checked..k].contains(['"', '(', ')', ';', ':', '/', '.', '!', '?']) {
            return None;
        }
        checked = k;
        let at = &x[k..];
        let next = at.trim_start_matches([' ', ',']);
        // A clause the document says (`quy định rằng …`, `… phải báo cáo`), or another
        // clause after a comma, is no title.
        let comma = x[..k].ends_with(',') || at.trim_start_matches(' ').starts_with(',');
        if one_of(next, &["rằng", "phải", "sẽ", "đã"]).is_some()
            || (comma && one_of(next, CONNECTIVES).is_some())
        {
            return None;
        }
        if k <= opener {
            continue;
        }
        let last = title.rsplit(' ').next().unwrap_or("");
        let open_end = BEFORE_A_DATE.iter().any(|w| last.eq_ignore_ascii_case(w));
        // The document's own day: a full one, in its identifier's year where it has one.
        let dated = one_of(next, &["ngày", "ban hành"]).is_some()
            && ref_date(at).is_ok_and(|(_, d)| {
                d.year()
                    .is_some_and(|y| id.year.is_none_or(|iy| i32::from(iy) == y))
            });
        // Its issuer: a body the identifier's issuer codes name (`…/TT-BCA … của Bộ Công
        // an`), not the object of the title (`thu hồi đất của Công ty …`).
        let issued = one_of(next, &["của"])
            .is_some_and(|(y, _)| y.trim_start_matches(' ').starts_with(char::is_uppercase))
            && gap(at)
                .and_then(|(y, ())| (word("của"), sp1).parse(y))
                .and_then(|(y, _)| body(y))
                .is_ok_and(|(_, b)| issued_by_codes(&b, id));
        if (dated || issued) && !open_end {
            return Some((&x[title.len()..], title));
        }
    }
    None
}

/// `… của Thủ tướng Chính phủ ban hành Điều lệ trường đại học;`: a title written without
/// quotes after an identified document's issuer, starting with a word titles start with and
/// running to the end of its clause (`;`, `)`, a sentence end, `, có hiệu lực …`), with no
/// other document's identifier in it and no clause of a sentence (`… sẽ bị phạt`). The rest
/// there and the title.
fn title_after_issuer(i: &str) -> Option<(&str, &str)> {
    title_to_clause_end(i, false)
}

/// [`title_after_issuer`]; with `need_end`, the clause must end in the text (a title that runs
/// to the end of a paragraph may go on after a converter's line break).
fn title_to_clause_end(i: &str, need_end: bool) -> Option<(&str, &str)> {
    const CLAUSE_WORDS: &[&str] = &[
        "sẽ", "phải", "rằng", "đã", "đang", "thì", "nhưng", "nên", "bị", "cần", "được", "hết",
        "tuy", "hôm", "khi", "chưa", "vẫn", "không", "cũng", "đều", "mới", "gồm", "gửi",
    ];
    let (x, ()) = sp1(i).ok()?;
    let (after, _) = one_of(x, TITLE_OPENERS)?;
    if !after.starts_with(' ') {
        return None;
    }
    let limit = x.len().min(400);
    let mut end = x.len();
    let mut quoted_to = 0;
    for (k, c) in x.char_indices() {
        if k > limit {
            return None;
        }
        if k < quoted_to {
            continue;
        }
        // `Về việc ban hành "Quy chế tuyển sinh …"`: a quoted name inside the title.
        if c == '"' && x[..k].ends_with(' ') {
            if let Some(q) = x[k + 1..].find('"') {
                quoted_to = k + 1 + q + 1;
                // `về Đề án "Đào tạo …", các trường …`: a comma after the quoted name ends
                // the title there.
                if x[quoted_to..].starts_with(',') {
                    end = quoted_to;
                    break;
                }
                continue;
            }
        }
        // `QCVN 01:2021/BXD`: a colon inside a code is no stop.
        let colon = c == ':' && !x[k + 1..].starts_with(|d: char| d.is_ascii_digit());
        // `… về công tác văn thư, Bộ Nội vụ hướng dẫn …`: a body that starts the next clause.
        let next_subject = c == ','
            && x[k + 1..].strip_prefix(' ').is_some_and(|y| {
                y.starts_with(char::is_uppercase)
                    && one_body(y).is_ok_and(|(z, _)| {
                        // A verb after it, not a word that goes on with a list of bodies.
                        const GOES_ON: &[&str] = &[
                            "trong", "và", "của", "tại", "với", "cho", "về", "theo", "từ", "đến",
                            "ở", "khi", "sau", "trước", "để", "hoặc", "năm", "ngày", "này", "đó",
                        ];
                        sp1(z).is_ok_and(|(v, ())| {
                            crate::person::stop_word_at(v) && one_of(v, GOES_ON).is_none()
                        })
                    })
            });
        let stop = matches!(c, ';' | ')' | '\n' | '\t' | '"' | '(')
            || colon
            || next_subject
            || (c == '.'
                && x[k + 1..].starts_with(|d: char| d.is_whitespace() || d.is_uppercase()))
            || (c == '.' && k + 1 == x.len())
            || (c == ','
                && one_of(
                    x[k + 1..].trim_start(),
                    &[
                        "có hiệu lực",
                        "sau đây",
                        "đồng thời",
                        "theo đó",
                        "trong đó",
                        "tuy nhiên",
                        "do đó",
                        "vì vậy",
                        "yêu cầu",
                        "đề nghị",
                        "giao",
                        "trừ",
                    ],
                )
                .is_some());
        if stop {
            end = k;
            break;
        }
    }
    if end > limit || (need_end && end == x.len()) {
        return None;
    }
    // `… như sau:`, `…, sau đây`: words that announce what follows the citation.
    let mut title = x[..end].trim_end_matches([' ', ',']);
    for tail in [" như sau", " sau đây", " bao gồm", " gồm"] {
        title = title.strip_suffix(tail).unwrap_or(title);
    }
    // (`… hợp tác ..`, `…`: an ellipsis is no part of it.)
    let title = title.trim_end_matches([' ', ',', '.', '…']);
    // `về việc này`, `về vấn đề trên`: the matter said before, no title.
    let anaphoric = title.split(' ').count() <= 4
        && title
            .rsplit_once(' ')
            .is_some_and(|(_, w)| ["này", "đó", "trên", "ấy"].contains(&w));
    // `về việc ..`: a title cut off before its words.
    if anaphoric || title.eq_ignore_ascii_case("về việc") || title == "Về việc" {
        return None;
    }
    // A clause word makes it no title (a predicate follows, whose end is not known), but `mới`
    // as an adjective after a noun is the title's (`về đổi mới …`, `tình hình mới`): the
    // adverb goes before a verb, never at the end or before `và`, a comma or `của`.
    let words: Vec<&str> = title.split(' ').collect();
    let clause_at = words.iter().enumerate().position(|(n, w)| {
        let w = w.trim_end_matches(',');
        if !CLAUSE_WORDS.contains(&w) {
            return false;
        }
        if w == "mới" {
            let next = words.get(n + 1).copied();
            let adjective = n > 0 && words[n - 1] == "đổi"
                || words[n].ends_with(',')
                || next.is_none_or(|x| matches!(x, "và" | "của" | "trong" | "cho"));
            return !adjective;
        }
        true
    });
    let words_ok = !title.contains('/') && clause_at.is_none();
    let has_more = title.len() > x.len() - after.len();
    (words_ok && has_more).then(|| (&x[title.len()..], title))
}

/// Whether the issuing body `b` (perhaps after its signing official) is one of the bodies
/// that `id`'s issuer codes name (`Bộ Công an` for `BCA`, `Ủy ban nhân dân tỉnh …` or `UBND
/// …` for `UBND`).
fn issued_by_codes(b: &str, id: &DocId) -> bool {
    let body = signer(b).map_or(b, |(x, _)| x);
    let body = body.strip_prefix("Liên ").unwrap_or(body);
    id.issuers.iter().any(|code| {
        let upper = code.to_uppercase();
        let name = issuer_name_of(code).or_else(|| issuer_name_of(&upper));
        name.is_some_and(|n| crate::combinators::strip_ci(body, n).is_some())
            || body.starts_with(code.as_str())
    })
}

/// Whether a day after a comma (`rest`, then `after` once it is read) is the day of the
/// sentence's event, not the document's: `Để triển khai Nghị quyết 57-NQ/TW, ngày 15/3/2025,
/// Tỉnh ủy tổ chức hội nghị`. The document's day goes on with its issuer, title or the end
/// of the citation (`Quy định số 126-QĐ/TW, ngày 28-2-2018 của Bộ Chính trị`).
fn event_day(rest: &str, after: &str, id: Option<&DocId>) -> bool {
    if !rest.trim_start_matches(' ').starts_with(',') {
        return false;
    }
    // The sentence's subject after it, a body written with its capital (`, Tỉnh ủy tổ chức`,
    // ` Sở Y tế đã họp`); after a lower-case word the day is read as the document's, as a
    // legal basis cites it (`Căn cứ …, ngày 1/3/1990, hội nghị đã thông qua`).
    let x = after.strip_prefix(',').unwrap_or(after);
    let Some(x) = x.strip_prefix(' ') else {
        return false;
    };
    if !x.starts_with(char::is_uppercase) {
        return false;
    }
    let Ok((y, b)) = body(x) else {
        return false;
    };
    // The Party's citation writes its issuer there without `của` (`Kết luận số 01-KL/TW, ngày
    // 18/5/2021, Bộ Chính trị về …`): the identifier's issuer, or a title after the body.
    let issuer = id.is_some_and(|d| issued_by_codes(&b, d))
        || sp1(y).is_ok_and(|(z, ())| one_of(z, TITLE_OPENERS).is_some());
    !issuer
}

/// Date, body (with its term) and title after a reference, each optional, in any order.
fn tail(i: &str, mut r: DocRef) -> (&str, DocRef) {
    let mut rest = i;
    // `ban hành ngày …` right after the identifier is its day, not a title.
    if let Some(id) =
        r.id.as_ref()
            .filter(|_| r.name.is_none() && ref_date(rest).is_err())
    {
        if let Some((x, t)) = open_title(rest, id) {
            r.title = Some(t.to_owned());
            rest = x;
        }
    }
    for _ in 0..5 {
        if r.date.is_none() {
            if let Some((x, d)) = ref_date(rest)
                .ok()
                .filter(|(x, _)| !event_day(rest, x, r.id.as_ref()))
            {
                r.date = Some(d);
                rest = x;
                continue;
            }
            // `Kế hoạch 4464/KH-SYT (ngày 22/9) của Sở Y tế`: the day in parentheses.
            let paren = sp0(rest)
                .ok()
                .and_then(|(x, ())| x.strip_prefix('('))
                .and_then(|x| ref_date(x).ok())
                .and_then(|(x, d)| Some((sp0(x).ok()?.0.strip_prefix(')')?, d)));
            if let Some((x, d)) = paren {
                r.date = Some(d);
                rest = x;
                continue;
            }
        }
        // Only a Party document comes from a plenum of the Central Committee.
        let numbered = r.id.is_some() || r.number.is_some();
        let party = r.id.as_ref().is_none_or(|d| d.form == DocForm::Party);
        // `Nghị quyết số 18-NQ/TW (khóa XII)`: the committee's term, its body unsaid, in
        // parentheses or Roman numerals (`khóa 1 lớp học` is a course).
        let marked = rest.trim_start_matches(' ').starts_with('(')
            || one_of(rest.trim_start_matches(' '), &["khóa"]).is_some_and(|(x, _)| {
                x.trim_start_matches(' ')
                    .starts_with(|c: char| c.is_ascii_uppercase())
            });
        if numbered && party && r.term.is_none() && r.id.is_some() && marked {
            if let Ok((x, t)) = term(rest) {
                r.term = Some(t);
                rest = x;
                continue;
            }
        }
        if numbered && party && r.issued_by.is_none() && r.plenum.is_none() && r.congress.is_none()
        {
            // `Nghị quyết số 18-NQ/TW … (của) Hội nghị lần thứ sáu Ban Chấp hành Trung ương
            // Đảng khóa XII`: the plenum that adopted it.
            // (`… ngày 09/11/2022 tại Hội nghị lần thứ sáu …`: where it was adopted.)
            let at = |x| (word("tại"), sp1).parse(x).map_or(x, |(y, _): (&str, _)| y);
            if let Ok((x, p)) = gap(rest).and_then(|(x, ())| plenum_body(at(x))) {
                r.plenum = Some(p.number);
                r.session = p.session;
                r.issued_by = p.body;
                r.term = p.term.or(r.term);
                rest = x;
                continue;
            }
        }
        if r.issued_by.is_none() {
            // Laws and ordinances come from the National Assembly and its Standing Committee
            // (`luật người khuyết tật ngày … của Bộ Lao động …` cites another document's day
            // and issuer).
            let legislative = matches!(
                r.doc_type_name.as_deref(),
                Some("Luật" | "Bộ luật" | "Pháp lệnh" | "Hiến pháp")
            ) && r.id.is_none()
                && r.number.is_none();
            // `Thông tư liên tịch số 09/2014/TTLT-BYT-BTC của Bộ Y tế, Bộ Tài chính …`.
            let joint = r
                .doc_type_name
                .as_deref()
                .is_some_and(|n| n.contains("liên tịch"))
                || r.id.as_ref().is_some_and(|d| {
                    d.doc_type.as_deref().is_some_and(|t| t.ends_with("LT"))
                        || d.issuers
                            .iter()
                            .filter(|c| issuer_name_of(c).is_some())
                            .count()
                            >= 2
                });
            let of = gap(rest)
                .and_then(|(x, ())| (word("của"), sp1).parse(x))
                .and_then(|(x, _)| bodies(x, joint))
                .ok()
                .filter(|(_, b)| !legislative || b.contains("Quốc hội"))
                // Read the same where `Display` writes it, before a title (a body that the
                // words after it decide, `Bộ óaffdsf`, is none).
                .filter(|(_, b)| body(&format!("{b} \"x\"")).is_ok_and(|(_, b2)| b2 == *b));
            if let Some((x, b)) = of {
                r.issued_by = Some(b);
                rest = x;
                if let Ok((y, t)) = term(rest) {
                    r.term = Some(t);
                    rest = y;
                }
                // `… của Thủ tướng Chính phủ ban hành Điều lệ trường đại học;`: an unquoted
                // title after the issuer of an identified document, to the clause's end.
                if r.title.is_none() && r.id.is_some() {
                    if let Some((y, t)) = title_after_issuer(rest) {
                        r.title = Some(t.to_owned());
                        rest = y;
                    }
                }
                continue;
            }
        }
        if r.title.is_none() {
            if let Ok((x, t)) = title(rest) {
                r.title = Some(t);
                rest = x;
                continue;
            }
            // `Nghị định 15/2020/NĐ-CP ngày 3/2/2020 quy định xử phạt …;`: after the day of an
            // identified document, as after its issuer, an unquoted title to the clause's end.
            if let (Some(id), Some(_), None) = (&r.id, r.date, &r.issued_by) {
                // A citation's title ends at `;` or `)` (`Căn cứ Nghị định … ngày … quy định
                // …;`); before a full stop the verb is the sentence's (`Nghị định … ngày …
                // quy định mức phạt …`).
                let cited = title_to_clause_end(rest, true)
                    .filter(|(y, _)| y.trim_start_matches([' ', ',']).starts_with([';', ')']));
                if let Some((y, t)) = cited {
                    // `… ban hành Quy chế tuyển sinh của Bộ trưởng Bộ Giáo dục và Đào tạo.`:
                    // the issuer after the title ends it.
                    let issuer = t.match_indices(" của ").find_map(|(k, _)| {
                        let (x, b) = (word("của"), sp1)
                            .parse(&t[k + 1..])
                            .and_then(|(x, _)| body(x))
                            .ok()?;
                        (x.is_empty() && issued_by_codes(&b, id)).then_some((k, b))
                    });
                    match issuer {
                        Some((k, b)) => {
                            r.title = Some(t[..k].to_owned());
                            r.issued_by = Some(b);
                        }
                        None => r.title = Some(t.to_owned()),
                    }
                    rest = y;
                    continue;
                }
            }
        }
        break;
    }
    (rest, r)
}

/// Ordinals in words, as plenums are numbered (`lần thứ sáu`, `lần thứ mười hai`), longer
/// first; the value of each is its index in [`ORDINAL_VALUES`].
const ORDINAL_WORDS: [&str; 19] = [
    "mười một",
    "mười hai",
    "mười ba",
    "mười bốn",
    "mười lăm",
    "mười sáu",
    "mười bảy",
    "mười tám",
    "mười chín",
    "mười",
    "nhất",
    "hai",
    "ba",
    "tư",
    "năm",
    "sáu",
    "bảy",
    "tám",
    "chín",
];
const ORDINAL_VALUES: [u8; 19] = [
    11, 12, 13, 14, 15, 16, 17, 18, 19, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9,
];

/// `(lần 2)` after a plenum held in several sessions: the rest and the session.
fn plenum_session(r: &str) -> (&str, Option<u8>) {
    match (sp1, chr('('), (word("lần"), sp1), digits(1, 1), chr(')')).parse(r) {
        Ok((x, (_, _, _, k, _))) => (x, u8::try_from(k).ok()),
        Err(_) => (r, None),
    }
}

/// A plenum number: digits, a Roman numeral or an ordinal in words.
fn plenum_number(i: &str) -> PResult<'_, u8> {
    if let Some((r, k)) = one_of(i, &ORDINAL_WORDS) {
        return Ok((r, ORDINAL_VALUES[k]));
    }
    let (r, n) = alt((roman, digits(1, 2))).parse(i)?;
    match u8::try_from(n) {
        Ok(n) if (1..=30).contains(&n) && id_ends(r) => Ok((r, n)),
        _ => fail(i, "a plenum number"),
    }
}

/// The plenum that adopted a document, after it: `(của) Hội nghị lần thứ sáu Ban Chấp hành
/// Trung ương Đảng khóa XII`, `Hội nghị Trung ương 6 khóa XII`, `Hội nghị Trung ương lần thứ
/// tư (khóa XII)`: its number, the committee as written (`Ban Chấp hành Trung ương` with or
/// without `Đảng`), and the term.
fn plenum_body(i: &str) -> PResult<'_, Plenum> {
    let r = (word("của"), sp1).parse(i).map_or(i, |(x, _)| x);
    let (r, _) = (word("hội nghị"), sp1).parse(r)?;
    let (r, central) = match one_of(r, &["trung ương", "tw"]) {
        Some((x, _)) => (sp1(x)?.0, true),
        None => (r, false),
    };
    // `Hội nghị Trung ương 6`, `Hội nghị lần thứ sáu`: a plenum says which it is (`hội nghị
    // năm nay`, `hội nghị ba bên` are meetings).
    let (r, counted) = match (word("lần thứ"), sp1).parse(r) {
        Ok((x, _)) => (x, true),
        Err(_) => (r, false),
    };
    if !central && !counted {
        return fail(r, "Trung ương or lần thứ");
    }
    let (mut r, n) = plenum_number(r)?;
    let (r2, session) = plenum_session(r);
    r = r2;
    let mut body = None;
    if let Ok((x, _)) = (sp1, word("ban chấp hành trung ương")).parse(r) {
        let (x, party) = match (sp1, word("đảng")).parse(x) {
            Ok((y, _)) if at_word_end(y) => (y, true),
            _ => (x, false),
        };
        body = Some(if party {
            "Ban Chấp hành Trung ương Đảng"
        } else {
            "Ban Chấp hành Trung ương"
        });
        r = x;
    }
    let (r, t) = match term(r) {
        Ok((x, t)) => (x, Some(t)),
        Err(_) => (r, None),
    };
    Ok((
        r,
        Plenum {
            number: n,
            session,
            body: body.map(str::to_owned),
            term: t,
        },
    ))
}

/// What [`plenum_body`] reads.
struct Plenum {
    number: u8,
    session: Option<u8>,
    body: Option<String>,
    term: Option<u8>,
}

/// Words that end the name of a law (`Luật Đất đai số …`, `Đạo luật X năm 1938`, `Luật X là …`).
const NAME_STOPS: &[&str] = &[
    "sửa đổi",
    "ban hành",
    "gồm",
    "quy định",
    "vào",
    "số",
    "năm",
    "là",
    "được",
    "đã",
    "có",
    "về",
    "của",
    "và",
    "thì",
    "này",
    "cho",
    "với",
    "trong",
    "theo",
    "ngày",
    "khi",
    "do",
    "đến",
    "từ",
    "sẽ",
    "không",
    "khóa",
    "tháng",
];

/// Words that end a law's name after `và` or a comma: a list of other things (`Luật Đầu tư và
/// các văn bản`), not more of the name (`Luật Hôn nhân và gia đình`, `Luật Cán bộ, công chức`).
const LIST_STOPS: &[&str] = &["các", "những", "một", "mọi", "nhiều", "bởi", "tại", "như"];

/// The name of a law after its type name (`Luật| Đất đai`, `Luật| Khoa học, công nghệ và đổi
/// mới sáng tạo`): the rest after it, when there is one.
///
/// The name starts with a capital and goes on with lower-case words; `và` and a comma go on
/// with it only before a lower-case word that could be more of it, so that `Luật Đất đai, Luật
/// Nhà ở` and `Luật X, được sửa đổi` end the name at the comma. After a capitalised type name
/// (`Luật hộ tịch ban hành ngày 16/11/2015`, `lowered`) the name may start in lower case.
/// The title of an amending law after its type (`Luật` + ` sửa đổi, bổ sung một số điều của
/// Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương`): the rest after the laws
/// it amends, each named as [`LAW_NAMES`] lists it, so that a number or day after them is the
/// amending law's own (the laws amended are older).
fn amending_name(r: &str) -> Option<&str> {
    use crate::combinators::strip_ci;
    let (x, ()) = sp1(r).ok()?;
    let x = strip_ci(x, "sửa đổi, bổ sung").or_else(|| strip_ci(x, "sửa đổi bổ sung"))?;
    let (mut x, ()) = sp1(x).ok()?;
    if let Some(y) = strip_ci(x, "một số điều").and_then(|y| sp1(y).ok()) {
        x = y.0;
    }
    // `của` is often left out (`sửa đổi, bổ sung Luật Thuế giá trị gia tăng`).
    let x = match word("của").parse(x) {
        Ok((y, _)) => y,
        Err(_) => &r[r.len() - x.len() - 1..],
    };
    let mut rest = x;
    let mut pending = x;
    let mut laws = 0;
    // `của Luật A, Luật B và Luật C`, `của các Luật …`.
    while let Ok((y, ())) = sp1(pending) {
        let y = word("các")
            .parse(y)
            .ok()
            .and_then(|(z, _)| sp1(z).ok())
            .map_or(y, |(z, ())| z);
        let Some((after_type, _)) = one_of(y, &["bộ luật", "luật", "pháp lệnh"]) else {
            break;
        };
        let Some((after, _)) = bare_law(after_type) else {
            break;
        };
        rest = after;
        laws += 1;
        if laws >= 8 {
            break;
        }
        pending = match after.strip_prefix(',') {
            Some(z) => z,
            None => match (sp1, word("và")).parse(after) {
                Ok((z, _)) => z,
                Err(_) => break,
            },
        };
    }
    (laws > 0).then_some(rest)
}

fn law_name(r: &str, lowered: bool) -> Option<&str> {
    // Words that make another word with `luật` (lawyer, law in general, jurist, rules, law
    // studies) or start an amending law's title.
    const LAW_COMPOUNDS: &[&str] = &["sư", "pháp", "gia", "lệ", "học", "sửa", "định"];
    let mut q = r;
    let mut words = 0;
    let mut lower_name = false;
    let continues = |x: &str| {
        x.starts_with(char::is_lowercase)
            && one_of(x, NAME_STOPS).is_none()
            && one_of(x, LIST_STOPS).is_none()
    };
    loop {
        let x = match sp1(q) {
            Ok((x, ())) => x,
            // `Luật Cán bộ, công chức`: a comma inside the name.
            Err(_) if words > 0 && q.starts_with(',') => match sp1(&q[1..]) {
                Ok((x, ())) if continues(x) => x,
                _ => break,
            },
            Err(_) => break,
        };
        // The name starts with a capital (checked first: it is the cheapest test), or, when
        // allowed, with a lower-case word that is no stop (`Luật này`, `Luật số …` have none)
        // and makes no word with `luật` (`Luật sư` is a lawyer, `Luật sửa đổi …` amends).
        if words == 0 && !x.starts_with(char::is_uppercase) {
            if !(lowered && continues(x) && one_of(x, LAW_COMPOUNDS).is_none()) {
                break;
            }
            lower_name = true;
        }
        // A name begun in lower case is written in lower case throughout.
        if lower_name && x.starts_with(char::is_uppercase) {
            break;
        }
        // `Luật Phòng cháy và chữa cháy`: `và` between lower-case words of the name.
        let x = match one_of(x, &["và"]) {
            Some((y, _)) if words > 0 => match sp1(y) {
                Ok((z, ())) if continues(z) => z,
                _ => break,
            },
            _ => x,
        };
        // The name ends before its number, its year, or a word that starts the sentence's
        // next part (`Luật X năm 2014`, `Luật X là …`); its first word is capitalised and
        // may be one of these (`Luật Ban hành văn bản quy phạm pháp luật`).
        let stop = words > 0 && one_of(x, NAME_STOPS).is_some();
        if stop || x.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        let n = x.find(|c: char| !is_word_char(c)).unwrap_or(x.len());
        if n == 0 || words >= 16 {
            break;
        }
        q = &x[n..];
        words += 1;
    }
    (words > 0).then_some(q)
}

/// The marks after a law's name that make it the bill revising it (`Luật Đất đai (sửa đổi)`,
/// `dự thảo Luật Đất đai sửa đổi`), longer first (text is normalised: plain spaces).
const REVISED: &[&str] = &[
    " (sửa đổi, bổ sung)",
    " (sửa đổi bổ sung)",
    " (sửa đổi)",
    " sửa đổi, bổ sung",
    " sửa đổi bổ sung",
    " sửa đổi",
];

/// Where a law's name ends in a mark of [`REVISED`], if it does, and the mark as the name
/// keeps it: in parentheses (`Đất đai (sửa đổi)`), however written.
fn revision(name: &str) -> Option<(usize, &'static str)> {
    let m = REVISED.iter().find(|m| name.ends_with(*m))?;
    let canonical = if m.contains("bổ sung") {
        " (sửa đổi, bổ sung)"
    } else {
        " (sửa đổi)"
    };
    Some((name.len() - m.len(), canonical))
}

/// The spelling [`LAW_NAMES`] gives `name`, when it lists it (in any case).
fn listed_law_name(name: &str) -> Option<&'static str> {
    listed_prefix(name).and_then(|(rest, listed)| rest.is_empty().then_some(listed))
}

/// A law cited by its name alone (`Luật Giáo dục đại học.`, `Bộ luật Hình sự quy định …`),
/// with `r` the text after the type name: the rest and the name, when it is one of
/// [`LAW_NAMES`] (the longest that fits). The list says where the name ends: the words alone
/// cannot (`Luật Giáo dục đại học phải đáp ứng …`, `Luật Đất đai và phải nộp …`).
fn bare_law(r: &str) -> Option<(&str, &str)> {
    let (x, ()) = sp1(r).ok()?;
    // Whatever follows: a verb the grammar cannot tell from more of a name (`Luật Đất đai nêu
    // rõ`), so the list holds the longer names too (`Thương mại điện tử`, `Doanh nghiệp nhà
    // nước`), and the longest listed wins.
    let (rest, _) = listed_prefix(x)?;
    Some((rest, &x[..x.len() - rest.len()]))
}

/// The longest name of [`LAW_NAMES`] that `x` starts with (in any case, at a word end): the
/// rest of `x` and the listed spelling. The list is looked up by its first word.
fn listed_prefix(x: &str) -> Option<(&str, &'static str)> {
    static BY_FIRST: std::sync::OnceLock<Vec<(Vec<u8>, &'static str)>> = std::sync::OnceLock::new();
    let table = BY_FIRST.get_or_init(|| {
        let mut v: Vec<(Vec<u8>, &'static str)> = LAW_NAMES
            .iter()
            .map(|n| {
                let first = n.split([' ', ',']).next().unwrap_or_default();
                let mut buf = [0u8; 32];
                let key = crate::combinators::word_lower(first, &mut buf).unwrap_or_default();
                (key.to_vec(), *n)
            })
            .collect();
        v.sort();
        v
    });
    let end = x.find(|c: char| !is_word_char(c)).unwrap_or(x.len());
    let mut buf = [0u8; 32];
    let key = crate::combinators::word_lower(&x[..end], &mut buf)?;
    let from = table.partition_point(|(k, _)| k.as_slice() < key);
    table[from..]
        .iter()
        .take_while(|(k, _)| k.as_slice() == key)
        .filter_map(|(_, name)| {
            crate::combinators::strip_ci(x, name)
                .filter(|rest| at_word_end(rest))
                .map(|rest| (rest, *name))
        })
        .min_by_key(|(rest, _)| rest.len())
}

fn plausible_law_year(y: u32) -> bool {
    (1700..=2100).contains(&y)
}

/// The date value of a year alone.
fn year_date(y: u32) -> Option<Date> {
    Date::parse(&format!("năm {y}")).ok()
}

/// Words that measure rather than number (`Quy định 5 năm`): after them a short number is no
/// document number.
const MEASURES: &[&str] = &[
    "ngày", "tháng", "năm", "tuổi", "người", "lần", "điểm", "triệu", "tỷ", "nghìn", "ngàn", "đồng",
    "giờ", "phút", "km", "ha", "tấn", "kg", "điều", "khoản", "mục", "trang", "%",
];

/// The type name at the start of `i`: the first of the names text writes (`TYPE_NAMES`), else
/// the longest of every name of the code tables (`Phương án`, `Giấy mời`), so that the name a
/// bare identifier gets always reads back.
///
/// A name matches only where its first char folds to that of `i`: the names are grouped by it
/// once, each group in table order, and only the group of `i` is tried.
fn type_name(i: &str) -> Option<(&str, &'static str)> {
    type Group = (char, Vec<&'static str>, Vec<&'static str>);
    static GROUPS: std::sync::OnceLock<Vec<Group>> = std::sync::OnceLock::new();
    let groups = GROUPS.get_or_init(|| {
        let mut groups: Vec<Group> = Vec::new();
        let first = |name: &str| name.chars().next().map(crate::combinators::fold);
        let tables = STATE_TYPES.iter().chain(PARTY_TYPES).map(|(_, name)| *name);
        for (text, name) in TYPE_NAMES
            .iter()
            .map(|n| (true, *n))
            .chain(tables.map(|n| (false, n)))
        {
            let Some(c) = first(name) else { continue };
            let k = match groups.iter().position(|g| g.0 == c) {
                Some(k) => k,
                None => {
                    groups.push((c, Vec::new(), Vec::new()));
                    groups.len() - 1
                }
            };
            if text {
                groups[k].1.push(name);
            } else {
                groups[k].2.push(name);
            }
        }
        groups
    });
    let head = crate::combinators::fold(i.chars().next()?);
    let (_, text, tables) = groups.iter().find(|g| g.0 == head)?;
    let strip = |name: &'static str| {
        crate::combinators::strip_ci(i, name)
            .filter(|r| at_word_end(r))
            .map(|r| (r, name))
    };
    text.iter().find_map(|n| strip(n)).or_else(|| {
        tables
            .iter()
            .filter_map(|n| strip(n))
            .min_by_key(|(r, _)| r.len())
    })
}

/// `Quy định số 126-QĐ/TW, ngày …`, `Nghị định 100/2019/NĐ-CP`, `Quy định 205`, `Luật Đất đai
/// số 31/2024/QH15`, `Nghị định 71/2024`.
fn typed_ref(i: &str) -> PResult<'_, (DocRef, bool)> {
    let Some((r, name)) = type_name(i) else {
        return fail(i, "a document type");
    };
    let capital = i.starts_with(char::is_uppercase);
    // The value is built only once the reference is found: most type names in running text
    // are followed by no number, and these fail without allocating.
    // A law's name comes out as the list of law names spells it when it is one of them
    // (`Luật hộ tịch` → `Hộ tịch`), so that one law has one name.
    let make = |law: Option<&str>| DocRef {
        doc_type_name: Some(name.to_owned()),
        name: law.map(|n| {
            match n
                .strip_prefix("Sửa đổi")
                .filter(|rest| rest.starts_with(", bổ sung") || rest.starts_with(" bổ sung"))
            {
                // An amending law's title in sentence case, whatever case it was written in.
                Some(rest) => format!("sửa đổi{rest}"),
                None => match revision(n) {
                    // `Đất đai (sửa đổi)`: the listed spelling, then the mark.
                    Some((at, mark)) => {
                        let base = &n[..at];
                        format!("{}{mark}", listed_law_name(base).unwrap_or(base))
                    }
                    None => listed_law_name(n).unwrap_or(n).to_owned(),
                },
            }
        }),
        ..empty_ref()
    };
    let mut law = None;
    let mut bare = false;
    let mut amending = false;
    let mut revised = false;
    let after_type = r;
    let mut r = r;
    // The name of a law: `Luật Đất đai số …`.
    // `Hiến pháp năm 2013`: the constitution has no name and no number, only its year.
    let constitution = name == "Hiến pháp";
    if constitution || matches!(name, "Luật" | "Bộ luật" | "Đạo luật" | "Pháp lệnh") {
        // A number or year right after the last law amended is that law's (`… của Bộ luật
        // Hình sự số 100/2015/QH13`, `… của Luật Đất đai năm 2013`): the amending law is then
        // not read as one (the law amended is, as before); a day is the amending law's.
        let amends = if constitution {
            None
        } else {
            amending_name(r).filter(|q| {
                let after = q.trim_start_matches(' ');
                let numbered =
                    one_of(after, &["số", "năm"]).is_some() || digits_len(after, 4, 4).is_ok();
                !numbered
            })
        };
        amending = amends.is_some();
        let named = if let Some(q) = amends {
            Some(q)
        } else if constitution {
            // `Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam`: the state's name is the
            // constitution's (the first line of every preamble).
            let state = sp1(r)
                .ok()
                .and_then(|(x, ())| {
                    crate::combinators::strip_ci(x, "nước cộng hòa xã hội chủ nghĩa việt nam")
                })
                .filter(|x| at_word_end(x));
            Some(state.unwrap_or(r))
        } else {
            // A listed name is read whole when a number follows it (`Luật Người lao động Việt
            // Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14`): the rule for names
            // stops at its `theo`.
            let generic = law_name(r, capital);
            // So is one that its year or day follows (`Pháp lệnh Dân số năm 2003`).
            let numbered = |rest: &str| {
                sp1(rest).is_ok_and(|(x, ())| {
                    one_of(x, &["số", "năm", "ngày", "ban hành"]).is_some()
                        || x.starts_with(|c: char| c.is_ascii_digit())
                })
            };
            match bare_law(r).filter(|(rest, _)| numbered(rest)) {
                Some((rest, _)) if generic.is_none_or(|g| rest.len() < g.len()) => Some(rest),
                _ => generic,
            }
        };
        if let Some(q) = named {
            // `Luật Đất đai (sửa đổi)`: the bill that revises a law is named so until passed.
            // Once its year or number is written, it is the law passed (`Luật Viên chức sửa
            // đổi năm 2019`, `Luật Đất đai (sửa đổi) năm 2024`): the mark is no part of its
            // name.
            let dated = |x: &str| {
                sp1(x).is_ok_and(|(y, ())| {
                    one_of(y, &["năm", "số"]).is_some() || digits_len(y, 4, 4).is_ok()
                })
            };
            // Without parentheses `sửa đổi` is the verb when its object follows (`Luật Giá sửa
            // đổi, bổ sung một số điều …`, `… sửa đổi thuế suất`): a bill's mark ends the
            // citation or is followed by the sentence's own words.
            let mark_ends = |x: &str| {
                let t = x.trim_start_matches(' ');
                t.is_empty()
                    || t.starts_with([',', '.', ';', ':', ')', '"', '('])
                    || one_of(
                        t,
                        &[
                            "đã",
                            "được",
                            "sẽ",
                            "có",
                            "là",
                            "và",
                            "vừa",
                            "mới",
                            "đang",
                            "cũng",
                            "chính thức",
                            "của",
                            "do",
                            "tại",
                            "trình",
                            "nhằm",
                            "với",
                            "khi",
                            "lúc",
                            "hiện",
                            "sắp",
                            "vào",
                        ],
                    )
                    .is_some()
            };
            let mark = REVISED
                .iter()
                .find_map(|m| q.strip_prefix(m).map(|x| (m.starts_with(" ("), x)))
                .filter(|(paren, x)| *paren || dated(x) || mark_ends(x))
                .map(|(_, x)| x);
            let (name_end, q) = match mark {
                Some(x) if dated(x) => (q, x),
                Some(x) if !constitution && !amending => {
                    revised = true;
                    (x, x)
                }
                _ => (q, q),
            };
            law = Some(r[..r.len() - name_end.len()].trim()).filter(|n| !n.is_empty());
            // The state's name in its own spelling, whatever the case written.
            if constitution && law.is_some() {
                law = Some("nước Cộng hòa xã hội chủ nghĩa Việt Nam");
            }
            r = q;
            // `Luật Đất đai 2013`, `Luật Nhân quyền 1957`: a law cited by name and year.
            if let Ok((x, (y, _))) = sp1(r).and_then(|(x, ())| digits_len(x, 4, 4)) {
                if plausible_law_year(y) && id_ends(x) {
                    let mut out = make(law);
                    out.date = year_date(y);
                    let (x2, out) = tail(x, out);
                    return Ok((x2, (out, true)));
                }
            }
            // `Luật X năm 2014`; `Luật Giáo dục ngày 14 tháng 6 năm 2019`, `Luật Cảnh vệ ban
            // hành ngày 25/06/2018`: the day a law was passed follows its name directly. After
            // a comma a day is the sentence's (`theo Luật Đất đai, ngày 15/3 …`).
            let passed = sp1(r)
                .ok()
                .and_then(|(x, ())| (word("ban"), sp1, word("hành")).parse(x).ok())
                .map_or(r, |(x, _)| x);
            if let Ok((x, d)) = ref_date(passed) {
                let direct = !r.starts_with(',') && !passed.trim_start().starts_with(',');
                if d.day().is_none() || (direct && d.year().is_some()) {
                    let mut out = make(law);
                    out.date = Some(d);
                    let (x2, out) = tail(x, out);
                    return Ok((x2, (out, true)));
                }
            }
            // `theo Luật Giáo dục đại học.`, `Bộ luật Hình sự quy định …`: a law by its name
            // alone, when no number follows it (looked up only then).
            bare = capital && matches!(name, "Luật" | "Bộ luật" | "Pháp lệnh");
        }
    }
    // `Nghị định của Chính phủ số 15/2007/NĐ-CP`: the issuer written before the number.
    let mut issuer_first = None;
    if law.is_none() && !constitution {
        let early = (sp1, word("của"), sp1)
            .parse(r)
            .and_then(|(x, _)| body(x))
            .ok()
            .filter(|(y, _)| (sp1, word("số")).parse(*y).is_ok());
        if let Some((y, b)) = early {
            issuer_first = Some(b);
            r = y;
        }
    }
    // `Nghị quyết chuyên đề số …`: the kind of the type, then its number.
    let r = match qualified(r) {
        Some(x) if law.is_none() && !constitution && issuer_first.is_none() => x,
        _ => r,
    };
    let found = numbered_ref(r, law, capital, &make).map(|(x, (mut out, strong))| {
        if out.issued_by.is_none() {
            out.issued_by = issuer_first;
        }
        (x, (out, strong))
    });
    match found {
        // The constitution named by its state, an amending law by the laws it amends, need no
        // year.
        Err(_) if (constitution || amending) && law.is_some() => Ok((r, (make(law), true))),
        // A bill is named, not numbered, and its mark says it is one.
        Err(_) if revised && law.is_some() && !r.starts_with(',') => {
            let (rest, out) = tail(r, make(law));
            Ok((rest, (out, true)))
        }
        Err(_) if revised && law.is_some() => Ok((r, (make(law), true))),
        Err(e) => match bare.then(|| bare_law(after_type)).flatten() {
            // Its quoted title or issuer may follow (`Luật Giáo dục đại học "về …"`); after a
            // comma, a day is the sentence's (`theo Luật Đất đai, ngày 15/3 …`).
            Some((rest, name)) if !rest.starts_with(',') => {
                let (rest, out) = tail(rest, make(Some(name)));
                Ok((rest, (out, true)))
            }
            Some((rest, name)) => Ok((rest, (make(Some(name)), true))),
            None => Err(e),
        },
        found => found,
    }
}

/// Whether [`numbered_ref`] may read anything at `r`: a space, then `số` or what starts an
/// identifier.
fn may_be_numbered(r: &str) -> bool {
    sp1(r).is_ok_and(|(x, ())| may_start_id(x) || crate::combinators::strip_ci(x, "số").is_some())
        || qualified(r).is_some()
}

/// `Nghị quyết| chuyên đề số 03-NQ/TU`, `Công văn| hỏa tốc số 88/UBND-TH`, `Báo cáo| thẩm tra
/// số …`: one to three lower-case words that qualify the type before `số` and a number; the
/// rest from the space before `số`. The type is the one named (the qualifier says which kind
/// of it, no other type).
fn qualified(r: &str) -> Option<&str> {
    const NOT_QUALIFIERS: &[&str] = &[
        "số", "của", "này", "đó", "về", "và", "các", "những", "đã", "được", "năm", "ngày", "tại",
        "cho", "với", "theo", "do", "trong", "là", "có", "sẽ", "đang", "trên",
        // Words that make another noun with the type name: `Nghị định thư` (a protocol),
        // `Hướng dẫn viên` (a guide), `Báo cáo viên`.
        "thư", "viên", "hóa", "gia", "sư",
        // `Thông tư liên lịch số …/TTLT-…`: a misspelt joint type, which the id names.
        "liên",
    ];
    let mut x = r;
    for words in 1..=3 {
        let (y, ()) = sp1(x).ok()?;
        let (w, after) = match y.find(|c: char| !is_word_char(c)) {
            Some(n) => (&y[..n], &y[n..]),
            None => return None,
        };
        if w.is_empty()
            || !w.starts_with(char::is_lowercase)
            || w.contains(|c: char| c.is_ascii_digit())
            || NOT_QUALIFIERS.contains(&w)
        {
            return None;
        }
        x = after;
        let number = sp1(x)
            .ok()
            .and_then(|(z, ())| crate::combinators::strip_ci(z, "số"))
            .map(|z| z.trim_start_matches(' '))
            .is_some_and(|z| z.starts_with(|c: char| c.is_ascii_digit()));
        if number && words >= 1 {
            return Some(x);
        }
    }
    None
}

/// The rest of [`typed_ref`] after the type name and a law's name: `số`, an identifier or a
/// number, then the tail.
fn numbered_ref<'a>(
    r: &'a str,
    law: Option<&str>,
    capital: bool,
    make: &dyn Fn(Option<&str>) -> DocRef,
) -> PResult<'a, (DocRef, bool)> {
    let (r, ()) = sp1(r)?;
    let (r, so) = match (word("số"), sp0).parse(r) {
        Ok((x, _)) => {
            let x = x.strip_prefix(':').map_or(x, |y| sp0(y).map_or(y, |z| z.0));
            // `số\t68/2026/NĐ-CP`: a tab where a converter broke the line (see the scanner).
            let x = x.strip_prefix('\t').unwrap_or(x);
            (x, true)
        }
        // `Quyết định số322/QĐ-TTg`: the number glued to `số`.
        Err(_) => match crate::combinators::strip_ci(r, "số")
            .filter(|x| x.starts_with(|c: char| c.is_ascii_digit()))
        {
            Some(x) => (x, true),
            None => (r, false),
        },
    };
    // As `id_or_number` fails, before a value is built.
    if !may_start_id(r) {
        return fail(r, "a number");
    }
    let (r2, (mut out, has_id)) = id_or_number(r, make(law), so)?;
    // `Luật 81/2006/QH11 Cư trú`, `Luật số 37/2018/QH14 Công an nhân dân ngày …`: a listed
    // law's name after its identifier.
    let mut r2 = r2;
    let law_type = matches!(
        out.doc_type_name.as_deref(),
        Some("Luật" | "Bộ luật" | "Pháp lệnh")
    );
    if has_id && law.is_none() && law_type {
        // `Luật 41/2019/QH14 Luật thi hành án hình sự`: the type written again before it.
        let again = sp1(r2)
            .ok()
            .filter(|(x, ())| x.starts_with(char::is_uppercase))
            .and_then(|(x, ())| one_of(x, &["luật", "bộ luật", "pháp lệnh"]))
            .map_or(r2, |(x, _)| x);
        let named = bare_law(again)
            .or_else(|| bare_law(r2))
            .filter(|(_, n)| n.starts_with(char::is_uppercase) || again.len() < r2.len());
        if let Some((x, n)) = named {
            out.name = Some(listed_law_name(n).unwrap_or(n).to_owned());
            r2 = x;
        }
    }
    let (r3, out) = tail(r2, out);
    if has_id {
        return Ok((r3, (out, true)));
    }
    // A bare number needs more to be a reference: `Hội nghị quyết định số 15 đại biểu`,
    // `thông báo số 12 đã trúng giải` are verbs, `Báo cáo 2023` names a year.
    let attached = out.date.is_some()
        || out.issued_by.is_some()
        || out.year.is_some()
        || out.title.is_some()
        || out.term.is_some();
    let a_year = !so
        && out
            .number
            .as_deref()
            .and_then(|n| n.parse::<u16>().ok())
            .is_some_and(|n| (1945..=2100).contains(&n));
    if a_year && !attached {
        return fail(r, "a document number, not a year");
    }
    // `Theo nghị định số 100, mức phạt …`: before punctuation a bare number is one.
    let ends_clause = {
        let t = r3.trim_start_matches(' ');
        t.is_empty() || t.starts_with([',', '.', ';', ')', ':'])
    };
    let strong = out.name.is_some() || (so && (capital || attached || ends_clause)) || capital;
    Ok((r3, (out, strong)))
}

/// What follows a type name: a full identifier, or a short number with an optional year
/// (`71/2024`); `(rest, reference, whether an identifier was written)`.
fn id_or_number(r: &str, mut out: DocRef, numbered: bool) -> PResult<'_, (DocRef, bool)> {
    // Neither an identifier nor a number: the error is that of `number`.
    if !may_start_id(r) {
        return fail(r, "a number");
    }
    let id = doc_id(r).or_else(|e| {
        if numbered {
            id_single_code(r).map_err(|_| e)
        } else {
            Err(e)
        }
    });
    if let Ok((r2, id)) = id {
        out.number = Some(id.number.clone());
        out.id = Some(id);
        return Ok((r2, (out, true)));
    }
    let (r2, num) = number(r)?;
    let (r2, year) = match r2.strip_prefix('/').map(|x| digits_len(x, 4, 4)) {
        Some(Ok((x, (y, _)))) if plausible_year(y) => (x, Some(y as u16)),
        _ => (r2, None),
    };
    // `Quy định 5 năm` measures; `Quyết định số 58 ngày 5/8/2022` is dated.
    let measured =
        sp1(r2).is_ok_and(|(x, ())| one_of(x, MEASURES).is_some()) && ref_date(r2).is_err();
    if !id_ends(r2) || measured {
        return fail(r2, "a document number");
    }
    out.number = Some(num.text());
    out.year = year;
    Ok((r2, (out, false)))
}

/// `NĐ 30`, `TT 02/2025`, `QĐ 1234/QĐ-UBND`: abbreviated type names (as written, upper case).
fn abbreviated_ref(i: &str) -> PResult<'_, (DocRef, bool)> {
    let Some((name, r)) = TYPE_ABBREVIATIONS.iter().find_map(|(a, n)| {
        i.strip_prefix(a)
            .filter(|r| at_word_end(r))
            .map(|r| (*n, r))
    }) else {
        return fail(i, "an abbreviated type");
    };
    let (r, ()) = sp1(r)?;
    let r = (word("số"), sp0).parse(r).map_or(r, |(x, _)| x);
    let out = DocRef {
        doc_type_name: Some(name.to_owned()),
        ..empty_ref()
    };
    let (r2, (out, has_id)) = id_or_number(r, out, false)?;
    let (r3, out) = tail(r2, out);
    // `CV 12 đường …`, `TT số 5 học sinh`: a short form and a bare number are as often a park,
    // a town or a centre; an identifier, a year, a day or an issuer make it a document.
    // `NĐ 30,`, `QĐ 1234.`, `NQ 57 và …`: the abbreviations with `Đ` and `NQ` name nothing
    // else, so a number that a stop or a list follows is a document's.
    let distinct = i.starts_with("NĐ") || i.starts_with("QĐ") || i.starts_with("NQ");
    let ends = {
        let t = r3.trim_start_matches(' ');
        t.is_empty()
            || t.starts_with([',', '.', ';', ')', ':'])
            || one_of(t, &["và"]).is_some_and(|_| t.len() < r3.len())
    };
    let strong = has_id
        || out.year.is_some()
        || out.date.is_some()
        || out.issued_by.is_some()
        || (distinct && ends);
    Ok((r3, (out, strong)))
}

/// `BLHS năm 2015`, `BLDS 2015`: a code by its abbreviation, with its year.
fn code_ref(i: &str) -> PResult<'_, (DocRef, bool)> {
    let Some((mut r, name)) = CODE_ABBREVIATIONS.iter().find_map(|(a, n)| {
        i.strip_prefix(a)
            .filter(|r| at_word_end(r))
            .map(|r| (r, *n))
    }) else {
        return fail(i, "a code's abbreviation");
    };
    let mut out = DocRef {
        doc_type_name: Some("Bộ luật".to_owned()),
        name: Some(name.to_owned()),
        ..empty_ref()
    };
    if let Ok((x, (y, _))) = sp1(r).and_then(|(x, ())| digits_len(x, 4, 4)) {
        if plausible_law_year(y) && id_ends(x) {
            out.date = year_date(y);
            r = x;
        }
    } else if let Ok((x, d)) = ref_date(r) {
        // `năm 2015`; a day after a comma is the sentence's.
        if d.day().is_none() && !r.starts_with(',') {
            out.date = Some(d);
            r = x;
        }
    }
    // No issuer or title: a code named alone reads none (see `typed_ref`).
    Ok((r, (out, true)))
}

/// `Nghị quyết Trung ương 4 khóa XII`, `Nghị quyết Hội nghị Trung ương 8 (khóa XIII)`,
/// `Nghị quyết Trung ương 6 (lần 2) khóa VIII`.
fn plenum_ref(i: &str) -> PResult<'_, (DocRef, bool)> {
    let (r, _) = (word("nghị quyết"), sp1).parse(i)?;
    // `Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII`, `Nghị quyết
    // Hội nghị Trung ương lần thứ tư (khóa XII)`: the plenum as after a number, which names
    // its committee or term (a `hội nghị lần thứ hai` alone may be any body's).
    if let Ok((x, p)) = plenum_body(r) {
        let central = (word("hội nghị"), sp1)
            .parse(r)
            .is_ok_and(|(y, _)| one_of(y, &["trung ương", "tw"]).is_some());
        if p.body.is_some() || p.term.is_some() || central {
            let out = DocRef {
                doc_type_name: Some("Nghị quyết".to_owned()),
                plenum: Some(p.number),
                session: p.session,
                issued_by: p.body,
                term: p.term,
                ..empty_ref()
            };
            return Ok((x, (out, true)));
        }
    }
    let r = (word("hội nghị"), sp1).parse(r).map_or(r, |(x, _)| x);
    let Some((r, _)) = one_of(r, &["trung ương", "tw", "tư"]) else {
        return fail(r, "Trung ương");
    };
    let (r, ()) = sp1(r)?;
    let (r, n) = digits(1, 2)(r)?;
    if !(1..=30).contains(&n) || !id_ends(r) {
        return fail(i, "a plenum number");
    }
    let mut out = DocRef {
        doc_type_name: Some("Nghị quyết".to_owned()),
        plenum: u8::try_from(n).ok(),
        ..empty_ref()
    };
    let (mut r, session) = plenum_session(r);
    out.session = session;
    if let Ok((x, t)) = term(r) {
        out.term = Some(t);
        r = x;
    }
    Ok((r, (out, true)))
}

/// `Nghị quyết Đại hội XII`, `Văn kiện Đại hội toàn quốc lần thứ XIII`.
fn congress_ref(i: &str) -> PResult<'_, (DocRef, bool)> {
    let Some((r, name)) = lookup_word(i, CONGRESS_DOCS) else {
        return fail(i, "a congress document");
    };
    // `Báo cáo chính trị tại Đại hội XIII`: the congress it was presented at.
    let r = (sp1, word("tại")).parse(r).map_or(r, |(x, _)| x);
    let (r, _) = (sp1, word("đại hội")).parse(r)?;
    // `Nghị quyết Đại hội Đảng bộ Khối`, `… Đại hội Đảng bộ tỉnh Bắc Giang lần thứ XIX`: the
    // congress of a Party committee, which issues the resolution.
    if let Some((x, party)) = sp1(r).ok().and_then(|(x, ())| congress_body(x)) {
        let mut out = DocRef {
            doc_type_name: Some(name.to_owned()),
            issued_by: Some(format!("Đại hội {party}")),
            ..empty_ref()
        };
        let mut x = x;
        if let Ok((y, (_, _, _, n))) =
            (sp1, word("lần thứ"), sp1, alt((roman, digits(1, 2)))).parse(x)
        {
            // As `Đại hội XII`: the numbers `Display` writes in Roman numerals that read back.
            if (1..=39).contains(&n) && id_ends(y) {
                out.congress = u8::try_from(n).ok();
                x = y;
            }
        }
        let (x, out) = tail(x, out);
        return Ok((x, (out, true)));
    }
    let r = match sp1(r)
        .ok()
        .and_then(|(x, ())| one_of(x, &["đại biểu toàn quốc", "đảng toàn quốc", "toàn quốc"]))
    {
        Some((x, _)) => x,
        None => r,
    };
    let r = match (sp1, word("lần thứ")).parse(r) {
        Ok((x, _)) => x,
        Err(_) => r,
    };
    let (r, ()) = sp1(r)?;
    let (r, n) = alt((roman, digits(1, 2))).parse(r)?;
    if !(1..=39).contains(&n) || !id_ends(r) {
        return fail(i, "a congress number");
    }
    let out = DocRef {
        doc_type_name: Some(name.to_owned()),
        congress: u8::try_from(n).ok(),
        ..empty_ref()
    };
    let (r, out) = tail(r, out);
    Ok((r, (out, true)))
}

/// A Party committee whose congress a resolution comes from, as written with `Đảng bộ` in its
/// canonical case: `Đảng bộ` and capitalised words (`Đảng bộ Khối`, `Đảng bộ Quân đội`), or a
/// level and capitalised words (`Đảng bộ tỉnh Bắc Giang`). The words in lower case that may
/// follow (`Đảng bộ Khối các cơ quan Trung ương`) are left out: they cannot be told from the
/// sentence.
pub(crate) fn congress_body(i: &str) -> Option<(&str, String)> {
    let (r, _) = word("đảng bộ").parse(i).ok()?;
    let (mut r, ()) = sp1(r).ok()?;
    let start = r;
    if let Some((x, _)) = one_of(r, LEVEL_WORDS) {
        // `Đảng bộ tỉnh lần thứ XVII`: the level alone names the writer's own committee.
        let after = x.strip_prefix(' ').unwrap_or(x);
        if after.is_empty()
            || after.starts_with([',', '.', ';', '(', ')'])
            || one_of(after, &["lần thứ", "nhiệm kỳ", "khóa"]).is_some()
        {
            let words = &start[..start.len() - x.len()];
            return Some((x, format!("Đảng bộ {words}")));
        }
        r = sp1(x).ok()?.0;
    }
    let mut end = None;
    while r.starts_with(char::is_uppercase) {
        let n = r.find(|c: char| !is_word_char(c)).unwrap_or(r.len());
        // `Khóa XI`, `LẦN THỨ XIX`, a Roman numeral: what follows the name, not the name.
        let w = &r[..n];
        if n == 0
            || one_of(r, &["khóa", "lần", "nhiệm"]).is_some()
            || roman(w).is_ok_and(|(x, _)| x.is_empty())
        {
            break;
        }
        end = Some(&r[n..]);
        match r[n..].strip_prefix(' ') {
            Some(x) if x.starts_with(char::is_uppercase) => r = x,
            _ => break,
        }
    }
    let end = end?;
    // A word in lower case right after the capitals either closes the name (`Đảng bộ Khối các
    // cơ quan …`: a function word) or is the rest of a word of it (`Đảng bộ Quân đội`), which
    // cannot be told from a sentence: no reference rather than a cut name.
    let next = end.strip_prefix(' ').unwrap_or("");
    if next.starts_with(char::is_lowercase) && one_of(next, CLOSING_WORDS).is_none() {
        return None;
    }
    let words = &start[..start.len() - end.len()];
    Some((end, format!("Đảng bộ {words}")))
}

/// Lower-case words that may follow the name of a Party committee without being part of it.
const CLOSING_WORDS: &[&str] = &[
    "các",
    "của",
    "và",
    "đã",
    "đang",
    "sẽ",
    "trong",
    "về",
    "với",
    "là",
    "được",
    "nhiệm kỳ",
    "lần thứ",
    "khóa",
    "năm",
    "ngày",
    "tại",
    "cho",
    "theo",
    "để",
    "thì",
    "này",
    "đề ra",
    "nêu",
];

/// A bare identifier (`(30/2020/NĐ-CP)`), named by its type code where that is unambiguous.
fn bare_ref(i: &str) -> PResult<'_, (DocRef, bool)> {
    let (r, id) = doc_id(i)?;
    // Lower-case symbols (`21/2009/nđ-cp`) parse, but in running text only codes written in
    // capitals (or known to the tables) make an identifier.
    let written = &i[..i.len() - r.len()];
    // A lone `28/CP` is an identifier only after a type name (`Nghị định số 28/CP`).
    let codes = id.issuers.len() + usize::from(id.doc_type.is_some());
    let single = id.form == DocForm::State && id.year.is_none() && codes < 2;
    let strong = written.chars().any(char::is_uppercase) && !single;
    let out = DocRef {
        doc_type_name: type_name_of(&id).map(str::to_owned),
        number: Some(id.number.clone()),
        id: Some(id),
        ..empty_ref()
    };
    let (r, out) = tail(r, out);
    Ok((r, (out, strong)))
}

/// One reference: `(value, strong)`, strong meaning a reference on its own in running text.
pub(crate) fn doc_ref(i: &str) -> PResult<'_, (DocRef, bool)> {
    alt((
        provision_ref,
        plenum_ref,
        congress_ref,
        typed_ref,
        abbreviated_ref,
        code_ref,
        bare_ref,
    ))
    .parse(i)
}

/// The provision a reference points into, before it: `Điều 5`, `khoản 2 Điều 3`, `điểm a
/// khoản 1 Điều 12`, `Điều 5a`; `(point, clause, article)` as written.
fn provision(i: &str) -> PResult<'_, (Option<&str>, Option<&str>, &str)> {
    // A number or an article's number and its letter (`Điều 5a`, inserted by an amendment).
    fn numbered(i: &str) -> PResult<'_, &str> {
        let n = i.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=4).contains(&n) || i.starts_with('0') {
            return fail(i, "a number");
        }
        let n = match i.as_bytes().get(n) {
            Some(b'a'..=b'z') => n + 1,
            _ => n,
        };
        if !at_word_end(&i[n..]) {
            return fail(i, "a number");
        }
        Ok((&i[n..], &i[..n]))
    }
    let mut r = i;
    let mut point = None;
    if let Ok((x, _)) = (word("điểm"), sp1).parse(r) {
        // A point is a letter of the Vietnamese alphabet (`a`, `đ`; no `f`, `j`, `w`, `z`),
        // written in lower case.
        let len = x
            .chars()
            .next()
            .filter(|c| (c.is_ascii_lowercase() && !"fjwz".contains(*c)) || *c == 'đ');
        let Some(c) = len else {
            return fail(x, "a point (a letter)");
        };
        let (p, y) = x.split_at(c.len_utf8());
        if !at_word_end(y) {
            return fail(x, "a point (a letter)");
        }
        point = Some(p);
        r = gap(y)?.0;
    }
    let mut clause = None;
    if let Ok((x, _)) = (word("khoản"), sp1).parse(r) {
        let (y, n) = numbered(x)?;
        clause = Some(n);
        r = gap(y)?.0;
    }
    let (r, _) = (word("điều"), sp1).parse(r)?;
    let (r, article) = numbered(r)?;
    Ok((r, (point, clause, article)))
}

/// Where a provision written just before the reference found at `i` starts (`khoản 2 Điều 3`
/// before `Nghị định …`), not before `floor` (the end of the last mention), with the value it
/// gives: the reference `r` found there, with the provision's parts, when the provision reads
/// up to `i` as [`provision_ref`] reads one.
///
/// The scanner finds references at their type names; `Điều`, `khoản` and `điểm` are far too
/// common words (`điều kiện`, `thời điểm`) to try each, so the few bytes before a reference
/// are read instead.
pub(crate) fn provision_before(
    t: &str,
    floor: usize,
    i: usize,
    r: &DocRef,
) -> Option<(usize, DocRef)> {
    // `điểm đ khoản 12, Điều 123a của ` is under 48 bytes.
    let mut lo = floor.max(i.saturating_sub(64));
    while !t.is_char_boundary(lo) {
        lo += 1;
    }
    let window = &t[lo..i];
    // `iều ` is common to `Điều` and `điều` (the text is normalised: NFC).
    let k = window.rfind("i\u{1ec1}u ")?;
    let article = lo + k.checked_sub(2)?;
    if !matches!(t.get(article..article + 2), Some("Đ" | "đ")) {
        return None;
    }
    // The earliest of `điểm`, `khoản`, `Điều` that reads through to the same end.
    let before = &t[lo..article];
    // Each word found must start a word (`tạiĐiều 7`, glued to the word before, is none).
    let word_start = |k: usize| !t[..k].chars().next_back().is_some_and(is_word_char);
    // The words in lower case or capitalised (`Khoản 2 Điều 5 … được sửa đổi`, starting a
    // sentence).
    let last_of = |s: &str, lower: &str, upper: &str| match (s.rfind(lower), s.rfind(upper)) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    let mut starts = Vec::with_capacity(3);
    if let Some(c) = last_of(before, "kho\u{1ea3}n ", "Kho\u{1ea3}n ") {
        if let Some(p) = last_of(&before[..c], "\u{111}i\u{1ec3}m ", "\u{110}i\u{1ec3}m ") {
            starts.push(lo + p);
        }
        starts.push(lo + c);
    }
    starts.push(article);
    starts.retain(|&k| word_start(k) && k >= floor);
    // The reference at `i` is read already: the provision must lead up to it (as
    // [`provision_ref`] reads one), and the reference gets its parts. Parsing the reference
    // again from each start cost more than the rest of the scan of references.
    r.doc_type_name.as_ref()?;
    starts.into_iter().find_map(|s| {
        let (x, (point, clause, article)) = provision(&t[s..i]).ok()?;
        let (x, ()) = gap(x).ok()?;
        let x = (word("của"), sp1).parse(x).map_or(x, |(y, _)| y);
        x.is_empty().then_some(())?;
        let mut out = r.clone();
        out.point = point.map(str::to_owned);
        out.clause = clause.map(str::to_owned);
        out.article = Some(article.to_owned());
        Some((s, out))
    })
}

/// `Điều 5, Điều 6 và Điều 7 Nghị định …`, `khoản 1 và khoản 2 Điều 3 …`, `Điều 5, 6 và Điều
/// 7 …`: the provisions listed before the one that a reference found at `from` points into
/// (`r`), each of the same document, as `(start, end, reference)` in text order, none before
/// `floor`. The list is read back from `from`: items of the same kind as the reference's
/// first, joined by commas, `và` or `hoặc`; an item without its keyword counts only when one
/// with it comes before it (`Điều 5, 6 …`).
pub(crate) fn provisions_before(t: &str, floor: usize, from: usize, r: &DocRef) -> Vec<Member> {
    #[derive(Clone, Copy, PartialEq)]
    enum Part {
        Article,
        Clause,
        Point,
    }
    let (part, lower, upper) = if r.point.is_some() {
        (Part::Point, "\u{111}i\u{1ec3}m ", "\u{110}i\u{1ec3}m ")
    } else if r.clause.is_some() {
        (Part::Clause, "kho\u{1ea3}n ", "Kho\u{1ea3}n ")
    } else if r.article.is_some() {
        (Part::Article, "\u{111}i\u{1ec1}u ", "\u{110}i\u{1ec1}u ")
    } else {
        return Vec::new();
    };
    let at_word_start = |k: usize| !t[..k].chars().next_back().is_some_and(is_word_char);
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    let mut bare: Vec<(usize, usize, String)> = Vec::new();
    let mut pos = from;
    while found.len() + bare.len() < 30 {
        // The separator before the item after.
        let before = t[floor..pos].trim_end_matches(' ');
        let sep = before
            .strip_suffix(',')
            .or_else(|| before.strip_suffix(" và"))
            .or_else(|| before.strip_suffix(" hoặc"));
        let Some(rest) = sep else { break };
        let rest = rest.trim_end_matches(' ');
        let end = floor + rest.len();
        // The item: a number (`5`, `5a`) or, for points, a letter (`a`, `đ`).
        let b = rest.as_bytes();
        let mut k = rest.len();
        if part == Part::Point {
            let Some(c) = rest.chars().next_back().filter(|c| c.is_lowercase()) else {
                break;
            };
            k -= c.len_utf8();
        } else {
            if k > 0 && b[k - 1].is_ascii_lowercase() {
                k -= 1;
            }
            let digits = b[..k]
                .iter()
                .rev()
                .take_while(|x| x.is_ascii_digit())
                .count();
            if digits == 0 || digits > 4 {
                break;
            }
            k -= digits;
        }
        let start = floor + k;
        if !at_word_start(start) {
            break;
        }
        let item = t[start..end].to_owned();
        let head = t[floor..start]
            .strip_suffix(lower)
            .or_else(|| t[floor..start].strip_suffix(upper));
        // `khoản 2 Điều 3, Điều 6 …`: an item that a finer provision points into is that
        // provision, which this list does not read; it ends here.
        let finer = |h: &str| {
            let mut words = h.trim_end_matches(' ').rsplit(' ');
            let (_, kw) = (words.next(), words.next());
            kw.is_some_and(|k| {
                let k = k.to_lowercase();
                match part {
                    Part::Article => k == "khoản" || k == "điểm",
                    Part::Clause => k == "điểm",
                    Part::Point => false,
                }
            })
        };
        match head {
            Some(h) if at_word_start(floor + h.len()) && finer(h) => break,
            Some(h) if at_word_start(floor + h.len()) => {
                found.append(&mut bare);
                found.push((floor + h.len(), end, item));
                pos = floor + h.len();
            }
            _ => {
                bare.push((start, end, item));
                pos = start;
            }
        }
    }
    found.reverse();
    found
        .into_iter()
        .map(|(s, e, item)| {
            let mut v = r.clone();
            match part {
                Part::Article => {
                    v.article = Some(item);
                    v.clause = None;
                    v.point = None;
                }
                Part::Clause => {
                    v.clause = Some(item);
                    v.point = None;
                }
                Part::Point => v.point = Some(item),
            }
            (s, e, v)
        })
        .collect()
}

/// A reference into a provision of a document: `khoản 2 Điều 3 Nghị định 15/2020/NĐ-CP`,
/// `Điều 5 của Luật Đất đai năm 2013`. The document must be one [`typed_ref`] or
/// [`abbreviated_ref`] reads: `Điều 5` alone, or of `Luật này`, names none.
fn provision_ref(i: &str) -> PResult<'_, (DocRef, bool)> {
    // Asked at every reference: `điều`, `điểm` start with `đ` (0xC4 0x91, `Đ` 0xC4 0x90),
    // `khoản` with `k`.
    if !matches!(i.as_bytes().first(), Some(b'k' | b'K' | 0xC4)) {
        return fail(i, "a provision");
    }
    let (r, (point, clause, article)) = provision(i)?;
    // `Điều 5 Nghị định …`, `Điều 5 của Luật …`, and in official style with commas (`điểm a,
    // khoản 1, Điều 5, Luật …`).
    let (r, ()) = gap(r)?;
    let r = (word("của"), sp1).parse(r).map_or(r, |(x, _)| x);
    let (r, (mut out, strong)) = alt((
        typed_ref,
        abbreviated_ref,
        plenum_ref,
        congress_ref,
        code_ref,
    ))
    .parse(r)?;
    if out.doc_type_name.is_none() {
        return fail(r, "a document");
    }
    out.point = point.map(str::to_owned);
    out.clause = clause.map(str::to_owned);
    out.article = Some(article.to_owned());
    Ok((r, (out, strong)))
}

#[cfg(test)]
mod tests {
    use super::super::tables::TRIGGERS;
    use super::*;

    #[test]
    fn law_names_listed_once_and_normalised() {
        let mut seen = std::collections::HashSet::new();
        for n in LAW_NAMES {
            assert!(seen.insert(n.to_lowercase()), "{n} twice");
            assert_eq!(crate::text::normalize(n), *n, "{n}");
            assert!(
                bare_law(&format!(" {n}"))
                    .is_some_and(|(rest, name)| rest.is_empty() && name == *n),
                "{n}"
            );
        }
    }

    #[test]
    fn codes_normalise() {
        assert_eq!(canon_code("ND"), "NĐ");
        assert_eq!(canon_code("nđ"), "NĐ");
        assert_eq!(canon_code("HD"), "HD");
        assert_eq!(canon_code("TTG"), "TTg");
        assert_eq!(canon_code("TƯ"), "TW");
        assert_eq!(canon_code("QHXV"), "QH15");
        assert_eq!(canon_code("BGDDT"), "BGDĐT");
        assert_eq!(canon_code("HDND"), "HĐND");
        assert_eq!(canon_code("Ð"), "Ð".to_uppercase());
    }

    #[test]
    fn codes_glued_to_the_next_word() {
        // A code running into `ngày`; and a multi-byte first letter (found by the corpus run).
        assert_eq!(part("TTgngày 5").unwrap(), ("ngày 5", "TTg"));
        assert!(part("đặc biệt").is_err());
        assert!(doc_id("5-đặc biệt").is_err());
    }

    #[test]
    fn triggers_sorted() {
        assert!(
            TRIGGERS
                .windows(2)
                .all(|w| w[0].as_bytes() < w[1].as_bytes())
        );
    }
}
