//! The person grammar (nom). Crate-private.
//!
//! A mention is a lead (honorific, rank, academic title), then either roles before a name
//! (`Phó Bí thư Thường trực Tỉnh ủy Phạm Minh Tấn`), a name with roles after it (`đồng chí Sơn
//! Minh Thắng, Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối`), or roles alone after an honorific
//! (`Đồng chí Bí thư Đảng ủy Khối`). Names are found by their surname (a closed table) and
//! capitalised syllables; organisations by tables of full names, committees (which take only a
//! place after them) and heads of named bodies (whose lower-case words continue until a verb,
//! a punctuation mark or the name that follows).

use nom::Parser;

use super::index::{
    Heads, MARK_DEPUTY, MARK_DESCRIPTION, MARK_FAMILIAR, MARK_HERO, MARK_MODIFIER, MARK_PLURAL,
    MARK_ROLE_LEAD, heads,
};
use super::names::{
    COMPOUND_SURNAMES, COUNTRIES, EAST_ASIAN_SURNAMES, LATIN_PLACE_LEADS, PROVINCES, SURNAMES,
    VIETNAMESE_STATES, vietnamese_syllable, western_name,
};
use super::tables::{
    ABBREVIATIONS, ACADEMIC, ACADEMIC_WORDS, DEPARTMENT_FIELDS, HONORIFICS, RANKS, SPORTS_TITLES,
    SUFFIX_DEPUTIES, TITLES,
};
use super::{Person, PersonName, Role};
use crate::combinators::{
    PResult, at_word_end, digits, fail, is_letter, is_word_char, longest_word, one_of, parse_whole,
    roman, sp1, strip_ci, word,
};
use crate::error::ParseError;

/// [`crate::combinators::lookup`], answered without reading `i` when `table` is empty (the
/// index's lists for most words).
#[inline]
fn lookup<'a, T: Copy>(i: &'a str, table: &[(&str, T)]) -> Option<(&'a str, T)> {
    if table.is_empty() {
        return None;
    }
    crate::combinators::lookup(i, table)
}

/// [`crate::combinators::lookup_word`], answered without reading `i` when `table` is empty.
#[inline]
fn lookup_word<'a>(i: &'a str, table: &[&'static str]) -> Option<(&'a str, &'static str)> {
    if table.is_empty() {
        return None;
    }
    crate::combinators::lookup_word(i, table)
}

// ---------------------------------------------------------------------------------------------
// Entry points

pub(crate) fn parse_strict(s: &str) -> Result<Person, ParseError> {
    parse_whole(s, |i| mention(i).map(|(r, found)| (r, found.person)))
}

/// Whether the word at `i` (as written) is a surname that starts a name: name-first mentions
/// (`Lê Văn A, Chủ tịch UBND tỉnh`) start there.
pub(crate) fn is_name_start(i: &str) -> bool {
    // Asked for every short word of the text: most are lower case, and most of those are
    // told by their first bytes.
    if !may_be_upper(i) || !i.starts_with(char::is_uppercase) {
        return false;
    }
    let Some((w, after_w)) = word_at(i) else {
        return false;
    };
    if !capitalised(w) || all_caps(w) || !is_surname(w) {
        return false;
    }
    // A name-first mention has its roles right after the name, behind a comma, colon, dash,
    // parenthesis or `là`: skip the name's capitalised words and look there before running
    // the grammar. The first word is `w`, read already.
    let mut r = i;
    for n in 0..6 {
        let at = if n == 0 {
            Some((w, after_w))
        } else {
            word_at(r)
        };
        match at {
            Some((w, rest)) if capitalised(w) => {
                r = rest;
                match rest.strip_prefix(' ') {
                    Some(x) if x.starts_with(char::is_uppercase) => r = x,
                    _ => break,
                }
            }
            _ => break,
        }
    }
    let t = r.trim_start_matches(' ');
    t.starts_with([',', ':', '('])
        || t.starts_with("- ")
        || t.starts_with("là ")
        || t.starts_with("làm ")
}

/// Whether the trigger word `w` (lower case), followed by `rest`, can start a person mention:
/// the first word of titles, ranks and honorifics that all have several words (`bộ`, `chủ`,
/// `đồng`) only before one of their second words (`bộ trưởng`, `chủ tịch`, `đồng chí`); a
/// plural (`các`, `những`) only before an honorific.
pub(crate) fn trigger_fits(w: &[u8], rest: &str) -> bool {
    // Asked for every trigger word of a text: the phrases' first words in a hash map, each
    // with whether a phrase is that word alone and the second words of the others.
    static SECONDS: std::sync::OnceLock<super::index::SecondWords> = std::sync::OnceLock::new();
    let seconds = SECONDS.get_or_init(|| {
        let entries = [
            TITLES,
            SPORTS_TITLES,
            RANKS,
            ACADEMIC_WORDS,
            SUFFIX_DEPUTIES,
        ]
        .into_iter()
        .flatten()
        .copied()
        .chain(HONORIFICS.iter().map(|(h, _)| *h));
        super::index::SecondWords::new(entries)
    });
    let after = rest.strip_prefix(' ').unwrap_or("");
    // `Phó` goes before any title (`Phó Thủ tướng`), not only before the table's entries.
    if w == "phó".as_bytes() {
        return true;
    }
    // The kinship honorifics lead only a name right after them (see `lead_with`), or
    // `giáo` first (`cô giáo`, `thầy giáo`); `cô` and `em` are common words.
    if ["em", "cô", "chú", "bác", "thầy"]
        .iter()
        .any(|h| h.as_bytes() == w)
    {
        let next = one_of(after, &["giáo"])
            .and_then(|(x, _)| x.strip_prefix(' '))
            .unwrap_or(after);
        // `bác sĩ` and `thầy thuốc` are academic words the table holds.
        return next.starts_with(char::is_uppercase) || seconds.fits(w, rest) == Some(true);
    }
    // `nguyên Bộ trưởng`, `cố Tổng Bí thư`: a modifier leads only a title (see
    // `may_start_role_with`), whose first word is itself a trigger that must fit. Most
    // `quyền` and `tân` of a text are rights and place names.
    if ROLE_MODIFIERS.iter().any(|m| m.as_bytes() == w) {
        let end = after
            .find(|c: char| !is_word_char(c))
            .unwrap_or(after.len());
        let mut buf = [0; 32];
        return match crate::combinators::word_lower(&after[..end], &mut buf) {
            Some(next) if ROLE_MODIFIERS.iter().any(|m| m.as_bytes() == next) => true,
            Some(next) => {
                super::tables::TRIGGERS
                    .binary_search_by(|t| t.as_bytes().cmp(next))
                    .is_ok()
                    && trigger_fits(next, &after[end..])
            }
            None => false,
        };
    }
    // `cụ thể` (specific) and `ngài` in prose: these honorifics lead only a capitalised
    // name or title, or `cụ bà`, `cụ ông`.
    if matches!(w, b"c\xe1\xbb\xa5" | b"ng\xc3\xa0i") {
        return after.starts_with(char::is_uppercase) || one_of(after, &["bà", "ông"]).is_some();
    }
    if matches!(w, b"c\xc3\xa1c" | b"nh\xe1\xbb\xafng" | b"hai" | b"ba") {
        // `các đồng chí`, `những ông`, `các tiến sĩ`: a plural lead.
        return plural_head(after);
    }
    // An entry of one word (`ông`) fits whatever follows; `Ủy viên`, `Đại tá` need theirs.
    seconds.fits(w, after).unwrap_or(true)
}

/// Whether `i` starts a lead that a plural word (`các`, `hai` …) can count: an honorific, a
/// rank or an academic title (`các đồng chí`, `hai Thiếu tướng`, `các tiến sĩ`).
fn plural_head(i: &str) -> bool {
    let h = heads(i);
    lookup(i, &h.honorifics).is_some()
        // `các tướng Lê Chiêu Thống` are the generals of Lê Chiêu Thống.
        || lookup_word(i, &h.ranks).is_some_and(|(_, r)| r != "Tướng")
        || lookup_word(i, &h.academic_words).is_some()
}

/// The person mentions starting at byte `i` of `t` (several when a plural honorific or a colon
/// shares the lead: `các đồng chí Trần Đức Lương và Đặng Thị Ngọc Thịnh`), as
/// `(start, end, person)`, in text order.
pub(crate) fn people_at(
    t: &str,
    i: usize,
    names: &mut NameStarts,
) -> Option<Vec<(usize, usize, Person)>> {
    let s = &t[i..];
    let before = t[..i].trim_end_matches(' ');
    let prev_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !is_word_char(*c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    // `Anh Dương Vương`, `Bà Triệu`: a capitalised `Anh`/`Ông`/`Bà`/`Chị` inside a sentence
    // starts a name, not an honorific.
    // The fixed lists below are looked up only where the index marks the word (see `MARKED`).
    let at = heads(s);
    let familiar = at.has(MARK_FAMILIAR) && one_of(s, FAMILIAR).is_some();
    let sentence_start =
        before.is_empty() || before.ends_with(['.', '!', '?', ':', '"', '(', '-', ';', '…']);
    if familiar && s.starts_with(char::is_uppercase) && !sentence_start {
        return None;
    }
    // `đàn anh` (senior), `người anh` (the brother), `vua anh` (the king's elder brother):
    // `anh`/`chị` after these nouns is kinship, not an honorific.
    if at.has(MARK_FAMILIAR)
        && one_of(s, &["anh", "chị"]).is_some()
        && prev_start < before.len()
        && one_of(&t[prev_start..], KIN).is_some()
    {
        return None;
    }
    // `anh em Nguyễn Nhạc, Nguyễn Huệ`, `chị em …`: siblings; `thầy cô` (teachers); `Tòa bác
    // …` (the court rejects …).
    if at.has(MARK_FAMILIAR) && prev_start < before.len() {
        let prev =
            |list: &[&str]| one_of(&t[prev_start..], list).is_some_and(|(x, _)| x.starts_with(' '));
        let kin = (one_of(s, &["em"]).is_some() && prev(&["anh", "chị"]))
            || (one_of(s, &["cô"]).is_some() && prev(&["thầy"]))
            || (one_of(s, &["bác"]).is_some()
                && prev(&[
                    "tòa", "án", "xử", "đã", "bị", "cũng", "đều", "không", "chưa", "vừa", "liền",
                    "thẳng", "kiên", "quyết", "nhưng",
                ]));
        if kin {
            return None;
        }
    }
    // `công cụ`, `dụng cụ` (tool), `nông cụ`: `cụ` ends a compound there (`công cụ Google
    // Translate` is a tool, `cụ Lê Văn Tám` an elder).
    if one_of(s, &["cụ"]).is_some()
        && prev_start < before.len()
        && one_of(&t[prev_start..], TOOL_WORDS).is_some()
    {
        return None;
    }
    // The checks above and below do not depend on the mention, so they come before the
    // grammar; so does a cheap look at whether the lead can start a strong mention at all.
    // Each only rejects (and `names` is a memo), so they go cheapest and most often failing
    // first.
    let (r, lead) = lead_with(s, at, true);
    let at_r = if r.len() == s.len() { at } else { heads(r) };
    if !may_be_strong(r, at_r, &lead) {
        return None;
    }
    // Without an honorific every strong mention has a name, at `r` or after its roles (`…,
    // bộ trưởng Bộ Ngoại giao hướng dẫn …` has none), unless roles written with a capital
    // start a sentence (see `mention_after_lead`): one walk over the text instead of the roles.
    // Only a sentence or clause start proper: after a dash, a quote, `(` or `;` a role goes on
    // a name or list before it.
    let clause_start =
        before.is_empty() || before.ends_with(['.', '!', '?', ':']) || after_opening_phrase(before);
    let alone = clause_start && r.starts_with(char::is_uppercase);
    if lead.honorific.is_none() && !alone && !name_may_start_from(t, t.len() - r.len(), names) {
        return None;
    }
    // `Ban Bí thư: …`, `Ban Thường vụ`: the title is part of an organisation's name.
    if prev_start < before.len() {
        let from_prev = &t[prev_start..];
        let h = heads(from_prev);
        if lookup_word(from_prev, &h.orgs).is_some()
            || lookup_word(from_prev, &h.committees).is_some()
        {
            return None;
        }
    }
    let alone = if alone { Alone::Checked } else { Alone::No };
    let (rest, found) = mention_after_lead(s, r, lead, alone).ok()?;
    if !found.strong {
        return None;
    }
    // `Vợ của Chủ tịch … là X`, `Con trai Tổng thống … là X`, `kẻ giết Tổng thống là X`: X is
    // not the holder of a role that something before it possesses.
    const POSSESSORS: &[&str] = &[
        "của", "vợ", "chồng", "con", "trai", "gái", "cha", "bố", "mẹ", "giết", "ám", "sát",
    ];
    let via_la = s[..s.len() - rest.len()].contains(" là ");
    if via_la && prev_start < before.len() && one_of(&t[prev_start..], POSSESSORS).is_some() {
        return None;
    }
    // `các tướng Lê Chiêu Thống`: the generals of Lê Chiêu Thống (see `plural_head`);
    // `Kiện tướng`, `Dũng tướng`: a chess master, a brave warrior, no rank.
    if found.lead.rank.as_deref() == Some("Tướng")
        && prev_start < before.len()
        && one_of(
            &t[prev_start..],
            &["các", "những", "kiện", "dũng", "danh", "mãnh"],
        )
        .is_some_and(|(x, _)| x.starts_with(' '))
    {
        return None;
    }
    let mut out = vec![(i, t.len() - rest.len(), found.person.clone())];
    if found.shared {
        let mut r = rest;
        while let Some((r2, p)) = next_in_list(r, &found) {
            let name_start = t.len() - r.len() + list_gap(r);
            out.push((name_start, t.len() - r2.len(), p));
            r = r2;
        }
    } else if found.lead.honorific.as_deref() == Some("đồng chí") && !found.person.roles.is_empty()
    {
        // `Đồng chí A, Phó Chủ tịch UBND tỉnh; B, Giám đốc Sở Y tế cùng dự`: a list of the
        // attending comrades, each with roles after a semicolon, shares the honorific (which
        // says no gender, unlike `ông`, `bà`).
        let mut r = rest;
        while let Some(x) = r.trim_start_matches(' ').strip_prefix(';') {
            let x = x.trim_start_matches(' ');
            let Ok((r2, (n, roles))) = name_then_roles(x) else {
                break;
            };
            if roles.is_empty() {
                break;
            }
            out.push((
                t.len() - x.len(),
                t.len() - r2.len(),
                finish(&found.lead, Some(n), roles),
            ));
            r = r2;
        }
    }
    Some(out)
}

/// Whether `before` (the text before a mention, trimmed) ends with a short phrase that opens a
/// sentence and its comma: `Ngày 20/11/2024,`, `Phát biểu tại hội nghị,`, `Trước đó,`. Roles
/// after it stand as at the sentence's start (`…, Thủ tướng Chính phủ ký Quyết định …`).
fn after_opening_phrase(before: &str) -> bool {
    let Some(phrase) = before.strip_suffix(',') else {
        return false;
    };
    // At most 80 bytes back: an opening phrase is short.
    let mut from = phrase.len().saturating_sub(80);
    while !phrase.is_char_boundary(from) {
        from += 1;
    }
    let window = &phrase[from..];
    let Some(k) = window.rfind(['.', '!', '?', ':', '\n', '\t', ';', ',', '"', '(', ')']) else {
        // The text's start within reach.
        return from == 0 && short_opening(phrase);
    };
    let c = window[k..].chars().next().unwrap_or(' ');
    // A sentence's end before it, not the full stop of an initial (`James A. Garfield,`).
    let initial = c == '.'
        && window[..k]
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.chars().count() == 1 && w.starts_with(char::is_uppercase));
    let ends_sentence = matches!(c, '.' | '!' | '?' | ':' | '\n' | '\t') && !initial;
    ends_sentence && short_opening(&window[k + c.len_utf8()..])
}

/// A phrase of one to six words that starts with a capital and is neither a role (`4. Giám
/// đốc, Phó Giám đốc …`: a list of roles) nor a name (the roles after it are its).
fn short_opening(phrase: &str) -> bool {
    let p = phrase.trim_start_matches(' ');
    p.starts_with(char::is_uppercase)
        && (1..=6).contains(&p.split(' ').count())
        && !starts_role_word(p)
        && lookup(p, &heads(p).honorifics).is_none()
        && !name(p).is_ok_and(|(rest, _)| rest.trim().is_empty())
}

/// Whether a strong mention (one with roles or a lead) may follow the lead `lead`, which ends
/// at `r`: false only where [`mention_after_lead`] gives no strong mention.
///
/// A strong mention is either roles before a name or an honorific (which needs [`role`] to
/// read a role at `r`), or a name at `r` (which starts with a capital), strong through the
/// lead or, without one, through roles or a rank or academic title after the name's comma.
/// `at_r` is `heads(r)`.
fn may_be_strong(r: &str, at_r: &'static Heads, lead: &Lead) -> bool {
    if lead.honorific.is_some() && r.trim_start_matches(' ').starts_with(',') {
        return false;
    }
    if may_start_role_with(r, at_r) {
        return true;
    }
    let Some(after) = name_end(r) else {
        return false;
    };
    if lead.honorific.is_some() || lead.rank.is_some() || lead.academic.is_some() {
        return true;
    }
    // Roles after the name (`roles_after`: the first item is a role, perhaps after words that
    // `skip_role_lead` skips), or a rank or an academic title (`lead_between`).
    after_name(after).is_some_and(|(x, _)| {
        let h = heads(x);
        may_start_role_with(x, h)
            || (h.has(MARK_ROLE_LEAD) && one_of(x, ROLE_LEAD_PHRASES).is_some())
            || (h.has(MARK_DESCRIPTION) && one_of(x, ROLE_LEAD_DESCRIPTIONS).is_some())
            || may_start_lead_with(x, h)
    })
}

/// Whether [`name`] may read a name at byte `from` of `t` or after it: false only where it
/// reads none.
///
/// A name is a run of at least two capitalised words joined by one space, whose first word (in
/// title case) is a surname, the first word of a compound surname, or an Ê Đê or Jarai gender
/// prefix. So every name's first word ends right before a space that an uppercase char follows;
/// it is the tail, from one of its uppercase chars, of the word before that space.
///
/// The scanner asks at positions that go forward through a text: `names` keeps, for that text,
/// the last place a name may start, or that none may from some position on.
fn name_may_start_from(t: &str, from: usize, names: &mut NameStarts) -> bool {
    if matches!(names.0, Err(k) if k > from) {
        names.0 = last_name_start(t, from).ok_or(from);
    }
    match names.0 {
        Ok(p) => p >= from,
        Err(_) => false,
    }
}

/// What the person grammar has learnt about one text the scanner walks through (see
/// [`people_at`]): either `Ok(p)`, the last place a name may start, or `Err(k)`, none from byte
/// `k` on. A new text needs a new one.
#[derive(Debug)]
pub(crate) struct NameStarts(Result<usize, usize>);

impl Default for NameStarts {
    fn default() -> NameStarts {
        NameStarts(Err(usize::MAX))
    }
}

/// The last position of `t`, `from` or after, where [`name`] may read a name (see
/// [`name_may_start_from`]).
fn last_name_start(t: &str, from: usize) -> Option<usize> {
    let b = t.as_bytes();
    let mut end = b.len();
    // The spaces from the last: the first with a name's first word before it has the last.
    while let Some(sp) = b[..end].iter().rposition(|&x| x == b' ') {
        end = sp;
        if sp <= from {
            break;
        }
        let next = &t[sp + 1..];
        if !may_be_upper(next) || !next.starts_with(char::is_uppercase) {
            continue;
        }
        // `word_at` reads only word chars and apostrophes: the word ending at the space starts
        // no earlier than `start`.
        let start = t[from..sp]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_word_char(c) || c == '\'')
            .last()
            .map_or(sp, |(q, _)| from + q);
        // `Charles de Gaulle`, `Ursula von der Leyen`: the name starts before its particles.
        if PARTICLES.contains(&&t[start..sp]) {
            let head = t[from..start].trim_end_matches(' ');
            let head = match head.rsplit_once(' ') {
                Some((h, w)) if PARTICLES.contains(&w) => h,
                _ => head,
            };
            let k = head.rfind(' ').map_or(0, |s| s + 1);
            let w = &head[k..];
            if western_name(w, word_at(next).map_or("", |(v, _)| v)) && !is_surname(w) {
                return Some(from + k);
            }
        }
        for (q, c) in t[start..sp].char_indices().rev() {
            let x = &t[start + q..];
            let len = sp - start - q;
            if c.is_uppercase()
                && word_at(x).is_some_and(|(w, _)| w.len() == len)
                && may_start_name(&x[..len], x)
            {
                return Some(start + q);
            }
        }
    }
    None
}

/// False when `i` starts with a char that is surely not upper case: an ASCII char other than
/// `A`-`Z`, or a lower-case Vietnamese letter with its tone mark (`ạ`…`ỹ`). Text is mostly
/// lower case; the rest goes to [`char::is_uppercase`].
#[inline]
fn may_be_upper(i: &str) -> bool {
    match i.as_bytes() {
        [b, ..] if *b < 0x80 => b.is_ascii_uppercase(),
        // U+1EA0..U+1EF9 (E1 BA A0 .. E1 BB B9): upper case on even code points.
        [0xE1, 0xBA | 0xBB, x, ..] => x & 1 == 0,
        // U+00E0..U+00FF: lower case (and `÷`).
        [0xC3, x, ..] => *x < 0xA0,
        _ => true,
    }
}

/// Whether the word `w`, at the start of `x`, may be the first word of a name that [`name`]
/// reads (see [`name_may_start_from`]).
fn may_start_name(w: &str, x: &str) -> bool {
    // `Donald Trump`: a foreign name, given name first (only plain ASCII words can be one).
    if w.bytes().all(|b| b.is_ascii_alphabetic()) {
        let second = x[w.len()..]
            .strip_prefix(' ')
            .and_then(word_at)
            .map(|(v, _)| v);
        if second.is_some_and(|v| western_name(w, v)) {
            return true;
        }
    }
    let t = title_case(w);
    t == "Y"
        || t.starts_with("H'")
        || t.starts_with("K'")
        || COMPOUND_SURNAMES.iter().any(|c| {
            c.strip_prefix(t.as_str())
                .is_some_and(|x| x.starts_with(' '))
        })
        || is_surname(&t)
}

/// Where the name at `i` ends when [`name`] reads one (its run of capitalised words, cut as
/// `name` cuts it); `None` where `name` fails on the run's length alone.
fn name_end(i: &str) -> Option<&str> {
    let ends = capitalised_run(i, 6);
    if ends.len() < 2 {
        return None;
    }
    let n = match ends.len() {
        k if k <= 5 => k,
        _ if all_caps(&i[..ends[ends.len() - 1]]) => 3,
        _ => return None,
    };
    Some(&i[ends[n - 1]..])
}

/// Whether [`lead`] may read anything at `i`: a plural word, an honorific, a rank or an
/// academic title starts there.
fn may_start_lead_with(i: &str, h: &Heads) -> bool {
    (h.has(MARK_PLURAL) && one_of(i, PLURALS).is_some())
        || !h.honorifics.is_empty()
        || !h.ranks.is_empty()
        || !h.academic_words.is_empty()
        || academic(i).is_some()
}

/// Bytes of the separator before the next name of a list (`, ` or ` và `).
fn list_gap(r: &str) -> usize {
    let t = r.trim_start_matches(' ');
    let t = t
        .strip_prefix([',', ';'])
        .unwrap_or(t)
        .trim_start_matches(' ');
    let t = one_of(t, &["và"]).map_or(t, |(x, _)| x.trim_start_matches(' '));
    r.len() - t.len()
}

/// Expands the abbreviations of an organisation (`HĐND tỉnh` → `Hội đồng nhân dân tỉnh`).
pub(crate) fn expand_abbreviations(org: &str) -> String {
    org.split(' ')
        .map(|w| {
            ABBREVIATIONS
                .iter()
                .find(|(a, _)| *a == w)
                .map_or(w, |(_, e)| *e)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------------------------
// Words

/// The word at the start of `i` (letters, digits, and apostrophes inside: `H'Hen`, `K'Mák`).
fn word_at(i: &str) -> Option<(&str, &str)> {
    let b = i.as_bytes();
    let mut end = 0;
    let mut prev_letter = false;
    let mut k = 0;
    while let Some(&x) = b.get(k) {
        // ASCII (the apostrophe among it) on the byte: a word char is a letter or a digit.
        if x < 0x80 {
            if x.is_ascii_alphanumeric() {
                k += 1;
                end = k;
                prev_letter = true;
            } else if x == b'\'' && prev_letter && i[k + 1..].starts_with(is_letter) {
                k += 1;
                prev_letter = false;
            } else {
                break;
            }
            continue;
        }
        match i[k..].chars().next() {
            Some(c) if is_word_char(c) => {
                k += c.len_utf8();
                end = k;
                prev_letter = true;
            }
            _ => break,
        }
    }
    (end > 0).then(|| (&i[..end], &i[end..]))
}

fn capitalised(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
}

fn all_caps(w: &str) -> bool {
    // The letters' case first: it stops at the first lower-case letter.
    w.chars().filter(|&c| is_letter(c)).all(char::is_uppercase)
        && w.chars().filter(|&c| is_letter(c)).count() > 1
}

/// `PHẠM` → `Phạm`, `Phạm` → `Phạm`, `H'HEN` → `H'Hen`.
fn title_case(w: &str) -> String {
    // Char for char: `İ` lower-cases and `ΐ` upper-cases to several chars with combining
    // marks, which would not read back as the same word.
    let upper = |c: char| {
        let mut u = c.to_uppercase();
        match (u.next(), u.next()) {
            (Some(x), None) => x,
            _ => c,
        }
    };
    let mut out = String::with_capacity(w.len());
    let mut start = true;
    for c in w.chars() {
        out.push(if start {
            upper(c)
        } else {
            crate::combinators::fold(c)
        });
        start = c == '\'';
    }
    out
}

/// A canonical table entry matched case-insensitively and whole at the start of `i`.
fn is_surname(w: &str) -> bool {
    // Asked for every capitalised word of a text: one hash probe, not a binary search.
    static TABLE: std::sync::OnceLock<crate::combinators::TriggerTable> =
        std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| crate::combinators::TriggerTable::new(&[(SURNAMES, 1)]));
    let known = |t: &str| table.get(t.as_bytes()) != 0;
    // A word already in title case (nearly every one asked about) needs no copy.
    let mut chars = w.chars();
    if chars.next().is_some_and(char::is_uppercase) && chars.all(|c| !c.is_uppercase() && c != '\'')
    {
        return known(w);
    }
    known(&title_case(w))
}

/// Whether a title, an organisation, a rank or an honorific starts at `i`: a name never runs
/// into one.
fn starts_role_word(i: &str) -> bool {
    // Asked for every capitalised word of a run: the index gives the few entries that can
    // match at all (none for most words).
    let h = heads(i);
    lookup_word(i, &h.titles).is_some()
        || lookup_word(i, &h.suffix_deputies).is_some()
        || lookup_word(i, &h.orgs).is_some()
        || lookup_word(i, &h.committees).is_some()
        || lookup_word(i, &h.ranks).is_some()
        || (h.has(MARK_DEPUTY) && strip_ci(i, "phó ").is_some())
}

// ---------------------------------------------------------------------------------------------
// Names

/// The end offsets of a run of capitalised words (at most 7), kept inline: runs are read at
/// most words of a mention, and most are short or fail.
#[derive(Debug, Clone, Copy, Default)]
struct Ends {
    buf: [usize; 7],
    len: usize,
}

impl Ends {
    fn push(&mut self, end: usize) {
        self.buf[self.len] = end;
        self.len += 1;
    }
}

impl std::ops::Deref for Ends {
    type Target = [usize];
    fn deref(&self) -> &[usize] {
        &self.buf[..self.len]
    }
}

/// The capitalised words at the start of `i`, joined by single spaces, up to `max` (their end
/// offsets; `max + 1` at most, `max` being at most 6).
fn capitalised_run(i: &str, max: usize) -> Ends {
    debug_assert!(max < 7);
    let mut ends = Ends::default();
    let mut r = i;
    while let Some((w, rest)) = word_at(r) {
        if !capitalised(w) || w.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        // `Trương Tấn Sang Nguyên Chủ tịch nước`: a role after the name, its modifier
        // capitalised (as `Nguyên`, a given name too, only before a title).
        let modified = || {
            one_of(r, ROLE_MODIFIERS)
                .is_some_and(|(x, _)| sp1(x).is_ok_and(|(y, ())| starts_role_word(y)))
        };
        if !ends.is_empty() && (starts_role_word(r) || modified()) {
            break;
        }
        ends.push(i.len() - rest.len());
        if ends.len() > max {
            break;
        }
        match rest.strip_prefix(' ') {
            Some(x) if x.starts_with(char::is_uppercase) => r = x,
            _ => break,
        }
    }
    ends
}

/// A person's name at the start of `i`.
fn name(i: &str) -> PResult<'_, PersonName> {
    let ends = capitalised_run(i, 6);
    // `Charles de Gaulle`, `Jean-Claude Juncker`: one capitalised word, then the rest of a
    // foreign name.
    if ends.len() == 1 {
        if let Some((end, value)) = western_at(i, &ends) {
            return Ok((&i[end..], value));
        }
    }
    if let Some((end, value)) = middle_initial(i, &ends) {
        return Ok((&i[end..], value));
    }
    if ends.len() < 2 {
        return fail(i, "a name (surname and given name)");
    }
    let caps = all_caps(&i[..ends[ends.len() - 1]]);
    // In mixed case a name is a run of 2-5 capitalised syllables; in capitals (headlines) the
    // run can go on into the words after the name, so it is cut at 3 syllables.
    let n = match ends.len() {
        k if k <= 5 => k,
        k if caps => k.min(6),
        _ => return fail(i, "a name of 2 to 5 syllables"),
    };
    // In capitals the verb after the name is capitalised too (`PHẠM MINH CHÍNH TIẾP ĐẠI SỨ`,
    // `TÔ LÂM LÀM VIỆC VỚI`): a word that ends a body's name in lower case ends the name when
    // more capitals follow it (a last `HIỆN` may be a name's). After two syllables only a
    // function word or a common verb phrase does: `NGUYỄN VĂN SINH`, `NGUYỄN THỊ HIỆN` are
    // names. A run of capitals with no such word is cut at three syllables.
    const BREAK_AFTER_TWO: &[&str] = &[
        "làm việc",
        "phát biểu",
        "chủ trì",
        "kiểm tra",
        "tham dự",
        "thị sát",
        "khảo sát",
        "dự",
        "thăm",
        "gặp",
        "trao",
        "chúc",
        "tiếp",
        "với",
        "và",
        "tại",
        "của",
        "là",
        "đã",
        "sẽ",
        "đang",
        "được",
        "có",
        "cùng",
        "về",
        "cho",
    ];
    let n = if caps {
        let more_follow = i[ends[n - 1]..]
            .strip_prefix(' ')
            .is_some_and(|x| x.starts_with(char::is_uppercase));
        let cut = (2..n).find(|&k| {
            let w = &i[ends[k - 1] + 1..];
            let stop = if k == 2 {
                one_of(w, BREAK_AFTER_TWO).is_some()
            } else {
                one_of(w, &heads(w).stop_words).is_some()
            };
            // The run's last word too, where three syllables stay a name (`TRẦN HỒNG HÀ DỰ`
            // ends a headline with its verb).
            (k + 1 < n || more_follow || k >= 3) && stop
        });
        match cut {
            Some(k) => k,
            None if n > 5 => 3,
            None => n,
        }
    } else {
        n
    };
    let text = &i[..ends[n - 1]];
    let words: Vec<String> = text.split(' ').map(title_case).collect();
    let joined = words.join(" ");
    // `Chủ tịch Hồ Chí Minh`: the city is named after the person; `TP Hồ Chí Minh` is read as a
    // place by the organisation rules before a name is tried.
    let place = |p: &&str| {
        *p != "Hồ Chí Minh"
            && joined
                .strip_prefix(*p)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    };
    if PROVINCES.iter().any(place) || COUNTRIES.iter().any(place) {
        return fail(i, "a name, not a place");
    }
    // Korean and Chinese names in Latin letters keep their family name first, and a given
    // name of two syllables may be joined by a hyphen (`Park Hang-seo`, `Moon Jae-in`).
    if let Some((end, value)) = east_asian_name(i, &ends) {
        return Ok((&i[end..], value));
    }
    if let Some((end, value)) = western_at(i, &ends[..n]) {
        return Ok((&i[end..], value));
    }
    // Ê Đê and Jarai names: a gender prefix first, the family name last (`Y Bih Niê`, `H'Hen Niê`).
    // `Y` is a prefix only before a given name and a family name (`Y Bih Niê`).
    // `Y Thị Tuyết Lan`: before `Thị` or `Văn`, `Y` is the Kinh surname.
    let ethnic =
        (words[0] == "Y" && words.len() >= 3 && !matches!(words[1].as_str(), "Thị" | "Văn"))
            || words[0].starts_with("H'")
            || words[0].starts_with("K'");
    let value = if ethnic {
        // `Y Thanh Hà Niê Kđăm`: a clan of two words (names.md §4), when a given name stays.
        const TWO_WORD_CLANS: &[&str] = &["Niê Kđăm", "Buôn Yă"];
        let k = words.len();
        let two = k >= 4
            && TWO_WORD_CLANS.contains(&format!("{} {}", words[k - 2], words[k - 1]).as_str());
        let f = if two { 2 } else { 1 };
        let family = words[k - f..].join(" ");
        let given = words[k - f - 1].clone();
        let middle = (k > f + 1).then(|| words[..k - f - 1].join(" "));
        PersonName {
            family,
            middle,
            given,
            family_last: true,
            suffix: None,
        }
    } else if let Some((given, family)) = text
        .split_once(' ')
        .filter(|(g, f)| ends.len() == 2 && !is_surname(g) && western_name(g, f))
    {
        // `Tổng thống Mỹ Donald Trump`: foreign names are written given name first, and keep
        // their letter case (`McCain`).
        PersonName {
            family: family.to_owned(),
            middle: None,
            given: given.to_owned(),
            family_last: true,
            suffix: None,
        }
    } else {
        let compound = words.len() >= 3
            && COMPOUND_SURNAMES.iter().any(|c| {
                c.strip_prefix(words[0].as_str())
                    .and_then(|x| x.strip_prefix(' '))
                    .is_some_and(|x| x == words[1])
            });
        let k = if compound { 2 } else { 1 };
        // `Y` (a rare Kinh surname, left out of the table for the Ê Đê prefix) before `Thị`,
        // `Văn`.
        let kinh_y = words[0] == "Y" && words.len() >= 3;
        // `Hờ Thị Sua`, `Phàn Văn Lìu`, `Ông Văn Hòa`: a rare surname (of the minorities of
        // the North, or one the table leaves out as a word of its own) before the middle
        // names `Thị` or `Văn`, which mark a Vietnamese name whatever its first word, when
        // that word is a Vietnamese syllable and no title or body starts there.
        // (Not the first word of a building's or body's name written in title case: `Nhà Văn
        // Hóa`, `Cung Văn hóa`, `Báo Văn Nghệ`, `Chợ Thị Nghè`.)
        const NOT_SURNAMES: &[&str] = &[
            "Nhà",
            "Cung",
            "Chợ",
            "Siêu",
            "Báo",
            "Phố",
            "Đô",
            "Hội",
            "Sở",
            "Phòng",
            "Ban",
            "Trường",
            "Viện",
            "Cục",
            "Vụ",
            "Bộ",
            "Công",
            "Tổng",
            "Trung",
            "Khu",
            "Làng",
            "Xã",
            "Huyện",
            "Tỉnh",
            "Thành",
            "Quận",
            "Đường",
            "Cầu",
            "Sông",
            "Núi",
            "Chùa",
            "Đền",
            "Đình",
            "Tạp",
            "Nhóm",
            "Đội",
            "Câu",
            "Lớp",
            "Khoa",
            "Tòa",
        ];
        let marked = words.len() >= 3
            && matches!(words[1].as_str(), "Thị" | "Văn")
            && !NOT_SURNAMES.contains(&words[0].as_str())
            && words[0].chars().count() <= 5
            && super::names::toned_syllables(&words[0])
            && !words[0].contains('-')
            && !starts_role_word(i);
        if !compound && !kinh_y && !marked && !is_surname(&words[0]) {
            return fail(i, "a name starting with a surname");
        }
        let family = words[..k].join(" ");
        let given = words[words.len() - 1].clone();
        let middle = (words.len() > k + 1).then(|| words[k..words.len() - 1].join(" "));
        PersonName {
            family,
            middle,
            given,
            family_last: false,
            suffix: None,
        }
    };
    Ok((&i[ends[n - 1]..], value))
}

/// A Korean or Chinese name in Latin letters at `i`, whose capitalised run ends at `ends`:
/// two or three plain ASCII words in title case, the first a surname of
/// [`EAST_ASIAN_SURNAMES`], the last perhaps followed by a hyphen and the lower-case rest of a
/// given name (`Park Hang-seo`, `Kim Jong-un`, `Xi Jinping`). `(its end, the name)`.
fn east_asian_name(i: &str, ends: &[usize]) -> Option<(usize, PersonName)> {
    if !(2..=3).contains(&ends.len()) {
        return None;
    }
    let mut end = ends[ends.len() - 1];
    // Judged in title case, as `Display` writes a name (`PARK HANG SEO` is `Park Hang Seo`),
    // so that a name reads back the same.
    let words: Vec<String> = i[..end].split(' ').map(title_case).collect();
    let plain = |w: &str| {
        let b = w.as_bytes();
        b.len() >= 2 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase)
    };
    if !EAST_ASIAN_SURNAMES.contains(&words[0].as_str()) || !words.iter().all(|w| plain(w)) {
        return None;
    }
    let mut given = words[1..].join(" ");
    // `Hang-seo`: the hyphen joins the given name's two syllables.
    if let Some(rest) = i[end..].strip_prefix('-') {
        let n = rest.bytes().take_while(u8::is_ascii_lowercase).count();
        if n > 0 && !rest[n..].starts_with(|c: char| c.is_alphanumeric()) {
            given.push('-');
            given.push_str(&rest[..n]);
            end += 1 + n;
        }
    }
    // The given name is all after the family name: two syllables are one given name (`Park
    // Hang Seo` as `Park Hang-seo`), not a middle and a given name as in Vietnamese.
    Some((
        end,
        PersonName {
            family: words[0].clone(),
            middle: None,
            given,
            family_last: false,
            suffix: None,
        },
    ))
}

/// A name written given name first at `i`, whose capitalised run ends at `ends`: a given name,
/// perhaps a middle name, and a family name that a hyphen may join (`Philippe Douste-Blazy`,
/// `John Foster Dulles`, `Yoweri Kaguta Museveni`). `(its end, the name)`.
fn western_at(i: &str, ends: &[usize]) -> Option<(usize, PersonName)> {
    // `Jean-Claude Juncker`: a hyphenated given name, and the run after it.
    let joined;
    let ends = match ends {
        [first] => match i[*first..].strip_prefix('-') {
            Some(rest) if rest.starts_with(char::is_uppercase) => {
                let k = rest
                    .find(|c: char| !c.is_alphabetic())
                    .unwrap_or(rest.len());
                let given = first + 1 + k;
                let more = i[given..]
                    .strip_prefix(' ')
                    .map(|x| capitalised_run(x, 3))
                    .unwrap_or_default();
                joined = std::iter::once(given)
                    .chain(more.iter().map(|e| given + 1 + e))
                    .collect::<Vec<usize>>();
                &joined[..]
            }
            _ => ends,
        },
        _ => ends,
    };
    let n = ends.len();
    if !(1..=3).contains(&n) {
        return None;
    }
    let mut end = ends[n - 1];
    if let Some(rest) = i[end..].strip_prefix('-') {
        let k = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        if k > 0 && rest.starts_with(char::is_uppercase) {
            end += 1 + k;
        }
    }
    let mut words: Vec<&str> = i[..end].split(' ').collect();
    if words.len() != n || is_surname(words[0]) {
        return None;
    }
    // `Ferdinand Marcos Jr.`: a suffix after the family name. (A Roman numeral is a
    // monarch's or a pope's, whose names have no family name: `Gioan Phaolô II`.)
    let mut suffix = None;
    if n >= 3 && matches!(words[n - 1], "Jr" | "Sr") {
        let dotted = i[end..].starts_with('.');
        suffix = Some(if dotted {
            end += 1;
            format!("{}.", words[n - 1])
        } else {
            words[n - 1].to_owned()
        });
        words.pop();
    } else if matches!(words[n - 1], "Jr" | "Sr" | "Junior" | "Senior") {
        return None;
    }
    // `Charles de Gaulle`, `Ursula von der Leyen`: particles in lower case before the family
    // name belong to it.
    let mut particle_family = None;
    // (`Luiz Inácio Lula da Silva`: two middle names before it.)
    if suffix.is_none() && words.len() <= 3 {
        if let Some((x, family)) = particle_family_at(&i[end..]) {
            end = i.len() - x.len();
            particle_family = Some(family);
        }
    }
    let n = words.len();
    if let Some(family) = particle_family {
        let given = words[0];
        let last = family.rsplit(' ').next().unwrap_or("");
        let middle_ok = words[1..].iter().all(|m| western_name(m, last));
        if !western_name(given, last) || !middle_ok {
            return None;
        }
        return Some((
            end,
            PersonName {
                family,
                middle: (n >= 2).then(|| words[1..].join(" ")),
                given: given.to_owned(),
                family_last: true,
                suffix: None,
            },
        ));
    }
    if n < 2 {
        return None;
    }
    let (given, family) = (words[0], words[n - 1]);
    let middle_ok = n == 2
        || (western_name(words[1], family)
            && words[1] != family
            && !vietnamese_syllable(words[1])
            && !vietnamese_syllable(given));
    if !western_name(given, family) || !middle_ok {
        return None;
    }
    Some((
        end,
        PersonName {
            family: family.to_owned(),
            middle: (n == 3).then(|| words[1].to_owned()),
            given: given.to_owned(),
            family_last: true,
            suffix,
        },
    ))
}

/// `Joe R. Biden`, `Harry S. Truman`: a foreign given name, a middle initial with its full
/// stop, and a family name: `(its end, the name)`.
fn middle_initial(i: &str, ends: &[usize]) -> Option<(usize, PersonName)> {
    let [given_end, initial_end] = *ends else {
        return None;
    };
    let initial = &i[given_end + 1..initial_end];
    let one_letter =
        initial.chars().count() == 1 && initial.starts_with(|c: char| c.is_ascii_uppercase());
    let rest = i[initial_end..].strip_prefix(". ")?;
    if !one_letter {
        return None;
    }
    let (family, _) = word_at(rest)?;
    let given = &i[..given_end];
    if is_surname(given) || !western_name(given, family) {
        return None;
    }
    let end = i.len() - rest.len() + family.len();
    Some((
        end,
        PersonName {
            family: family.to_owned(),
            middle: Some(format!("{initial}.")),
            given: given.to_owned(),
            family_last: true,
            suffix: None,
        },
    ))
}

/// The particles of European and Arabic family names, in lower case.
const PARTICLES: &[&str] = &[
    "de", "del", "della", "der", "den", "di", "da", "dos", "du", "van", "von", "bin", "ibn",
];

/// ` de Gaulle`, ` von der Leyen`, ` da Vinci`: one or two particles of a European family
/// name, in lower case, and the capitalised rest of it: `(the rest of i, the family name)`.
fn particle_family_at(i: &str) -> Option<(&str, String)> {
    let mut r = i.strip_prefix(' ')?;
    let start = r;
    let mut count = 0;
    while let Some((w, rest)) = word_at(r) {
        if !PARTICLES.contains(&w) || count == 2 {
            break;
        }
        r = rest.strip_prefix(' ')?;
        count += 1;
    }
    if count == 0 {
        return None;
    }
    let (w, rest) = word_at(r)?;
    let mut chars = w.chars();
    let title_case = chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_lowercase);
    if !title_case {
        return None;
    }
    let family = &start[..start.len() - rest.len()];
    Some((rest, family.to_owned()))
}

/// Whether `i` starts with a surname and a capitalised word after it: how a name begins.
fn surname_and_capital(i: &str) -> bool {
    word_at(i).is_some_and(|(w, rest)| {
        is_surname(w)
            && sp1(rest)
                .ok()
                .and_then(|(x, ())| word_at(x))
                .is_some_and(|(w2, _)| capitalised(w2))
    })
}

/// Whether a name starts at `i` and ends before a boundary (the end, punctuation or a
/// lower-case word), with at most `max` syllables.
fn name_here(i: &str, max: usize) -> bool {
    let ends = capitalised_run(i, 6);
    // `Ursula von der Leyen`, `Jean-Claude Juncker`: one capitalised word, then the rest.
    if ends.len() == 1 {
        return western_at(i, &ends).is_some();
    }
    if ends.len() < 2 || ends.len() > max {
        return false;
    }
    // The name takes the whole run, and perhaps the hyphenated rest of its last word
    // (`Kim Sang-sik`).
    name(i).is_ok_and(|(r, _)| r.len() <= i.len() - ends[ends.len() - 1])
}

// ---------------------------------------------------------------------------------------------
// Organisations

/// A lead (without plural) between roles and a name; none when a name does not follow it.
fn lead_between(i: &str) -> (&str, Lead) {
    let (r, inner) = lead_with(i, heads(i), false);
    if inner.plural {
        return (i, Lead::default());
    }
    // `vua anh Nguyễn Nhạc` (the king's elder brother): right after a title, `anh` and `chị`
    // are kinship.
    if inner.rank.is_none()
        && inner.academic.is_none()
        && one_of(i, &["anh", "chị"]).is_some()
        && i.starts_with(char::is_lowercase)
    {
        return (i, Lead::default());
    }
    (r, inner)
}

/// The lead of a mention.
#[derive(Debug, Clone, Default)]
struct Lead {
    honorific: Option<String>,
    rank: Option<String>,
    academic: Option<String>,
    plural: bool,
}

/// Words that start a name when capitalised inside a sentence (`Anh Dương Vương`, `Bà Triệu`).
pub(super) const FAMILIAR: &[&str] = &["ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "thầy"];

/// Nouns after which `anh`/`chị` is kinship (`đàn anh`, `người anh`).
pub(super) const KIN: &[&str] = &["đàn", "người", "vua", "chúa"];

/// Words that make a compound with `cụ` before it (tool, instrument, equipment): no honorific.
const TOOL_WORDS: &[&str] = &[
    "công", "dụng", "khí", "nông", "ngư", "giáo", "đạo", "binh", "y", "nhạc",
];

/// Words that count a plural lead (`các đồng chí`, `hai Thiếu tướng`).
pub(super) const PLURALS: &[&str] = &["các", "hai", "ba", "những"];

fn lead(i: &str) -> (&str, Lead) {
    lead_with(i, heads(i), true)
}

/// [`lead`], given `heads(i)`. `starts`: whether the lead starts the mention (where an occupation in lower case before a
/// comma ends the clause before it), not between roles and a name.
fn lead_with<'a>(i: &'a str, mut at: &'static Heads, starts: bool) -> (&'a str, Lead) {
    let mut out = Lead::default();
    // A lead of an occupation alone, in lower case, at the start of a mention (`phóng viên`):
    // the object of the clause before when a comma follows it (see below).
    let lower_occupation = |out: &Lead| {
        starts && out.rank.is_none() && out.honorific.is_none() && i.starts_with(char::is_lowercase)
    };
    let mut r = i;
    if let Some((x, _)) = at.has(MARK_PLURAL).then(|| one_of(r, PLURALS)).flatten() {
        if let Ok((x2, ())) = sp1(x) {
            if plural_head(x2) {
                out.plural = true;
                r = x2;
                at = heads(r);
            }
        }
    }
    // Where the last part of the lead ends: a comma after an honorific belongs to the lead
    // only when another part follows (`Ông, PGS.TS X`); in `với ông, Thomas Eagleton` (with
    // him, Thomas Eagleton) `ông` is a pronoun and the comma ends the lead.
    let mut part_end = r;
    loop {
        let before = r;
        // `Anh hùng Lao động` is an honorary title, not the honorific `anh`.
        let hero = at.has(MARK_HERO) && one_of(r, &["anh hùng"]).is_some();
        // `ca sĩ Anh Robbie Williams`: after a title a capitalised `Anh` is a country.
        let country =
            (out.rank.is_some() || out.academic.is_some()) && r.starts_with(char::is_uppercase);
        if out.honorific.is_none() && !hero && !country {
            // The kinship terms and `thầy` only right before a name: `bác sĩ`, `thầy thuốc`,
            // `em bé`, `cô gái` are nouns of their own.
            let found = lookup(r, &at.honorifics).filter(|(x, h)| {
                !matches!(*h, "em" | "cô" | "chú" | "bác" | "thầy")
                    || sp1(x).is_ok_and(|(y, ())| y.starts_with(char::is_uppercase))
            });
            if let Some((x, h)) = found {
                out.honorific = Some(h.to_owned());
                r = x;
                at = heads(r);
            }
        }
        if out.rank.is_none() {
            if let Some((x, k)) = lookup_word(r, &at.ranks) {
                out.rank = Some(k.to_owned());
                r = x;
                at = heads(r);
            }
        }
        if let Some((x, a)) = academic(r).or_else(|| lookup_word(r, &at.academic_words)) {
            // `Phó giáo sư, Tiến sĩ X`: several titles are kept together.
            match &mut out.academic {
                Some(prev) => {
                    prev.push_str(", ");
                    prev.push_str(a);
                }
                None => out.academic = Some(a.to_owned()),
            }
            r = x;
            // `PGS.TS.BS`, `ThS.BS`, `BS.CKII`: abbreviations chained by full stops, kept as
            // one title as written.
            while let Some((y, b)) = r
                .strip_prefix('.')
                .filter(|y| y.starts_with(char::is_uppercase))
                .and_then(academic)
            {
                if let Some(prev) = &mut out.academic {
                    prev.push('.');
                    prev.push_str(b);
                }
                r = y;
            }
        }
        if r.len() == before.len() {
            // `Trao đổi với phóng viên, Giám đốc Sở …`: an occupation in lower case before a
            // comma ends the clause before; only a rank or a title written as one (`Đại tá,
            // Chỉ huy trưởng …`, `PGS.TS, Giám đốc …`) goes on past the comma.
            if (out.rank.is_none() && out.academic.is_none()) || lower_occupation(&out) {
                r = part_end;
            }
            break;
        }
        part_end = r;
        // `Đại tá, PGS.TS X`: a comma may separate the lead's parts; not after an occupation
        // in lower case, which ends the clause before (`Nói với phóng viên, bác sĩ …`).
        let t = r.trim_start_matches(' ');
        if lower_occupation(&out) && t.starts_with(',') {
            break;
        }
        let t = t.strip_prefix(',').map_or(t, |x| x.trim_start_matches(' '));
        if t.len() == r.len() {
            break;
        }
        r = t;
        at = heads(r);
    }
    // `linh mục Giuse Trần Đình Lữ`: a baptismal name before the name is no part of it.
    if out.honorific.is_some() || out.rank.is_some() || out.academic.is_some() {
        r = skip_baptismal(r);
    }
    // `Dự có các đồng chí: A, Bí thư …; B, …`: a colon after a plural lead opens its list.
    if out.plural && out.honorific.is_some() {
        if let Some(x) = r.trim_start_matches(' ').strip_prefix(':') {
            if name(x.trim_start_matches(' ')).is_ok() {
                r = x;
            }
        }
    }
    // Give back the space after the lead, so every shape starts at a word.
    let trimmed = i.len() - r.trim_start_matches(' ').len();
    let r = &i[trimmed.min(i.len())..];
    (r, out)
}

/// Baptismal names that Catholic clergy and faithful write before their names (`Giuse Trần
/// Đình Lữ`), in their Vietnamese spelling.
pub(super) const BAPTISMAL: &[&str] = &[
    "Giuse",
    "Gioan",
    "Phêrô",
    "Phaolô",
    "Anrê",
    "Giacôbê",
    "Đaminh",
    "Tôma",
    "Micae",
    "Antôn",
    "Phanxicô",
    "Vinh Sơn",
    "Gioakim",
    "Matthêu",
    "Luca",
    "Máccô",
    "Inhaxiô",
    "Têrêsa",
    "Maria",
    "Anna",
    "Catarina",
    "Agnès",
];

/// `i` after a baptismal name and its space, when a name follows it; else `i`.
fn skip_baptismal(i: &str) -> &str {
    let t = i.trim_start_matches(' ');
    match longest_word(t, heads(t).baptismal.iter().copied()) {
        Some((x, _)) => match sp1(x) {
            Ok((y, ())) if name(y).is_ok() => y,
            _ => i,
        },
        None => i,
    }
}

/// `PGS.TS`, `PGS. TS`, `ThS`: academic titles, case as in the table.
fn academic(i: &str) -> Option<(&str, &'static str)> {
    // Asked at every lead: reject on the first byte (a title's first char has the same first
    // byte as the text's), then on the first letter, before building anything.
    const FIRST_BYTES: [bool; 256] = {
        let mut t = [false; 256];
        let mut k = 0;
        while k < ACADEMIC.len() {
            t[ACADEMIC[k].as_bytes()[0] as usize] = true;
            k += 1;
        }
        t
    };
    if !FIRST_BYTES[usize::from(*i.as_bytes().first()?)] {
        return None;
    }
    // Two ASCII chars, no space: the first two chars below, compared as bytes.
    if let [b0 @ 0..=0x7F, b1 @ 0..=0x7F, ..] = *i.as_bytes() {
        if b1 != b' '
            && !ACADEMIC
                .iter()
                .any(|a| a.as_bytes().get(..2) == Some(&[b0, b1]))
            && !(b0.eq_ignore_ascii_case(&b't') && b1.eq_ignore_ascii_case(&b'h'))
        {
            return None;
        }
    }
    // A non-ASCII char second: no title has one there (nor has `Th`).
    const SECOND_ASCII: bool = {
        let mut k = 0;
        let mut all = true;
        while k < ACADEMIC.len() {
            all &= ACADEMIC[k].len() < 2 || ACADEMIC[k].as_bytes()[1] < 0x80;
            k += 1;
        }
        all
    };
    if let [0..=0x7F, 0x80..=0xFF, ..] = *i.as_bytes() {
        if SECOND_ASCII {
            return None;
        }
    }
    let first = i.chars().next()?;
    if !ACADEMIC.iter().any(|a| a.starts_with(first)) {
        return None;
    }
    // The title is matched on the text without its spaces, so its first two chars are the
    // first two chars of the text that are not spaces (within the 12 read): as in a title, or
    // `Th` for the loosely matched `ThS`. Most capitalised words (`Tổng`, `Bộ`) fail here.
    let mut chars = i.chars().take(12).filter(|c| *c != ' ');
    let (Some(c0), Some(c1)) = (chars.next(), chars.next()) else {
        return None;
    };
    let two = |a: &&str| {
        let mut ac = a.chars();
        ac.next() == Some(c0) && ac.next() == Some(c1)
    };
    if !(ACADEMIC.iter().any(two)
        || (c0.eq_ignore_ascii_case(&'t') && c1.eq_ignore_ascii_case(&'h')))
    {
        return None;
    }
    let squeezed: String = i.chars().take(12).filter(|c| *c != ' ').collect();
    // `Ths.` for `ThS`: a title spelled in mixed case is also met in other cases.
    let loose = |a: &str| {
        a.chars().any(char::is_lowercase)
            && squeezed
                .get(..a.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(a))
    };
    let a = ACADEMIC
        .iter()
        .find(|a| squeezed.starts_with(*a))
        .or_else(|| ACADEMIC.iter().find(|a| loose(a)))?;
    let mixed = a.chars().any(char::is_lowercase);
    // Walk the input over the title's chars, skipping spaces, to find where it ends.
    let mut used = 0;
    let mut it = a.chars();
    let mut want = it.next();
    for (k, c) in i.char_indices() {
        let Some(w) = want else {
            used = k;
            break;
        };
        if c == ' ' {
            continue;
        }
        if c != w && !(mixed && c.eq_ignore_ascii_case(&w)) {
            return None;
        }
        want = it.next();
        used = k + c.len_utf8();
    }
    if want.is_some() {
        return None;
    }
    // `GS.TS. Mai Hồng Bàng`: a full stop after the abbreviation.
    let rest = &i[used..];
    let rest = rest
        .strip_prefix('.')
        .filter(|x| x.starts_with(' '))
        .unwrap_or(rest);
    at_word_end(rest).then_some((rest, *a))
}

/// The place after a committee (`Tỉnh ủy Kiên Giang`, `UBND tỉnh Quảng Ngãi`, `HĐND tỉnh`).
/// Before a name, the place stops where the name starts. `implied` says the committee's name
/// holds its level (`Huyện ủy Sóc Sơn` is `huyện Sóc Sơn`'s), so that a place not in the table
/// follows it as it follows a level word.
fn place(i: &str, before_name: bool, implied: bool) -> Option<&str> {
    let (r, ()) = sp1(i).ok()?;
    let (r, written, province_level) = match lookup_word(r, &heads(r).levels) {
        Some((x, l)) => (x, true, l == "tỉnh"),
        None => (r, false, false),
    };
    let level = written || implied;
    // `TP.HCM`: an abbreviated level may run into its place after the full stop.
    let glued = match r.strip_prefix('.') {
        Some(x) if written && x.starts_with(char::is_uppercase) => Some(x),
        _ => None,
    };
    let r = glued.unwrap_or(r);
    let r_after_level = r;
    let r2 = if written && glued.is_none() {
        match sp1(r) {
            Ok((x, ())) => x,
            Err(_) => return Some(r),
        }
    } else {
        r
    };
    if let Some((x, _)) = lookup_word(r2, &heads(r2).provinces) {
        return Some(x);
    }
    // `Phường 12`, `Quận 2`: wards and districts of a city numbered after their level;
    // `khu dân cư số 5`, `tổ dân phố số 3`.
    if written && glued.is_none() {
        let r2 = (word("số"), sp1)
            .parse(r2)
            .ok()
            .filter(|(y, _)| y.starts_with(|c: char| c.is_ascii_digit()))
            .map_or(r2, |(y, _)| y);
        let n = r2.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=2).contains(&n) && at_word_end(&r2[n..]) && !r2.starts_with('0') {
            return Some(&r2[n..]);
        }
    }
    // Capitalised words of a place not in the table (`quận Bắc Từ Liêm`); every province is
    // in it, so after `tỉnh` they are a name (`Chủ tịch UBND tỉnh Trần Văn Bình`).
    let ends = capitalised_run(r2, 6);
    if province_level {
        // `Chủ tịch tỉnh Tỉnh Nghệ An`: the level written twice.
        let again = lookup_word(r2, &heads(r2).levels)
            .filter(|(_, l)| *l == "tỉnh")
            .and_then(|(x, _)| sp1(x).ok())
            .and_then(|(x, ())| lookup_word(x, &heads(x).provinces));
        return Some(again.map_or(r_after_level, |(x, _)| x));
    }
    if ends.is_empty() {
        return written.then_some(r_after_level);
    }
    if !level {
        return None;
    }
    let mut take = ends.len();
    if before_name {
        // The place ends where the name begins: the first word from which a name of at most 4
        // syllables reaches the end of the run (then one of 5).
        let starts: Vec<usize> = std::iter::once(0)
            .chain(ends.iter().map(|e| e + 1))
            .collect();
        // A place does not end with the first word of a place (`thành phố New York Bill …`:
        // no place `New` before a name `York Bill`).
        let cut_lead = |k: usize| {
            k > 0
                && word_at(&r2[starts[k - 1]..])
                    .is_some_and(|(w, _)| LATIN_PLACE_LEADS.contains(&w))
        };
        let fits = |k: usize, max| name_here(&r2[starts[k]..], max) && !cut_lead(k);
        // A place of one syllable (`Huế`, `Vinh`) is rare: `Sóc Sơn Nguyễn Anh Tuấn` is the
        // place `Sóc Sơn` before a name, not `Sóc` before `Sơn Nguyễn Anh Tuấn`.
        // A run that starts with no surname is a name whole only when no place can come
        // first (`thành phố London Sadiq Khan` is London's mayor Sadiq Khan).
        let surname_first = word_at(r2).is_some_and(|(w, _)| is_surname(w));
        let order = || {
            let first = surname_first.then_some(0);
            let last = (!surname_first).then_some(0);
            first
                .into_iter()
                .chain(2..ends.len())
                .chain(1..2.min(ends.len()))
                .chain(last)
        };
        let pick = order()
            .find(|&k| fits(k, 4))
            .or_else(|| order().find(|&k| fits(k, 5)));
        if let Some(k) = pick {
            take = k;
        }
    }
    // No place before the name: only the level word (`HĐND tỉnh Trần Minh Bình`).
    if take == 0 {
        return written.then_some(r_after_level);
    }
    Some(&r2[ends[take - 1]..])
}

/// Whether a verb or function word that ends a body's name starts `i` (`… Bộ Nội vụ hướng
/// dẫn`, `… đã ban hành`).
pub(crate) fn stop_word_at(i: &str) -> bool {
    one_of(i, &heads(i).stop_words).is_some()
}

/// The rest after a committee-like head at the start of `i` (`Ban cán sự đảng`, `Đảng đoàn`,
/// `Đảng ủy Khối các cơ quan`), whose lower-case words are its own.
pub(crate) fn committee_at(i: &str) -> Option<&str> {
    lookup_word(i, &heads(i).committees).map(|(r, _)| r)
}

/// An organisation at the start of `i`, as the roles read it, for other grammars: the issuing
/// body of a document (`Sở Nội vụ`, `Ban Chỉ đạo 138`), which a person's name may follow.
pub(crate) fn body_at(i: &str) -> Option<(&str, String)> {
    // `Hội nghị Trung ương` is a meeting, not the body `Hội` named `nghị Trung ương`.
    if one_of(i, &["hội nghị"]).is_some() {
        return None;
    }
    org(i, true).ok()
}

/// An organisation at the start of `i`, as written (the head's case made canonical).
fn org(i: &str, before_name: bool) -> PResult<'_, String> {
    let h = heads(i);
    if let Some((r, name)) = lookup_word(i, &h.orgs) {
        // `Ủy ban MTTQ Việt Nam tỉnh`, `… huyện Châu Thành`: the Front and the unions have
        // their committees at every level, named after the national one.
        let local = sp1(r)
            .ok()
            .filter(|(x, ())| lookup_word(x, &heads(x).levels).is_some())
            .and_then(|_| place(r, before_name, false));
        if let Some(r2) = local {
            return Ok((r2, format!("{name}{}", &r[..r.len() - r2.len()])));
        }
        // `Hội đồng Dân tộc của Quốc hội`: a known body of the known body after `của`.
        let of = (sp1, word("của"), sp1)
            .parse(r)
            .ok()
            .and_then(|(x, _)| lookup_word(x, &heads(x).orgs));
        if let Some((r2, _)) = of {
            return Ok((r2, format!("{name}{}", &r[..r.len() - r2.len()])));
        }
        // `Ban Chấp hành Trung ương Hội Nông dân Việt Nam`: the central committee of a union.
        if name.starts_with("Ban Chấp hành") || name.starts_with("Ban Thường vụ") {
            if let Ok((x, ())) = sp1(r) {
                let h2 = heads(x);
                let body_next = lookup_word(x, &h2.body_heads).is_some_and(|(_, b)| b == "Hội")
                    || one_of(x, &["công đoàn", "đoàn thanh niên", "liên đoàn"]).is_some();
                if body_next {
                    if let Ok((r2, inner)) = org(x, before_name) {
                        return Ok((r2, format!("{name} {inner}")));
                    }
                }
            }
        }
        return Ok((r, name.to_owned()));
    }
    // `tỉnh Đoàn Văn Việt` is a level and a name: the provincial Youth Union is written with
    // its capital (`Tỉnh Đoàn`).
    let committee = lookup_word(i, &h.committees).filter(|(_, head)| {
        !matches!(*head, "Tỉnh Đoàn" | "Thành Đoàn") || i.starts_with(char::is_uppercase)
    });
    if let Some((mut r, head)) = committee {
        let mut text = head.to_owned();
        // `Ban Thường vụ Tỉnh ủy`, `Ủy ban Kiểm tra Tỉnh ủy`: a committee of a committee.
        if let Ok((r2, ())) = sp1(r) {
            if let Ok((r3, inner)) = org(r2, before_name) {
                let h2 = heads(r2);
                let nested = lookup_word(r2, &h2.committees).is_some()
                    || lookup_word(r2, &h2.orgs).is_some()
                    || lookup_word(r2, &h2.body_heads).is_some();
                if nested {
                    text.push(' ');
                    text.push_str(&inner);
                    return Ok((r3, text));
                }
            }
        }
        // Committees named after their level: `Huyện ủy Sóc Sơn`, `Thành Đoàn Hải Phòng`.
        // Not in capitals, where a name cannot be told from a place (`HUYỆN ỦY TRẦN VĂN NAM`).
        let implied = matches!(
            head,
            "Tỉnh ủy" | "Thành ủy" | "Huyện ủy" | "Quận ủy" | "Thị ủy" | "Thành Đoàn" | "Tỉnh Đoàn"
        ) && !sp1(r)
            .is_ok_and(|(x, ())| word_at(x).is_some_and(|(w, _)| all_caps(w)));
        // `Ban Chỉ đạo 35`, `Ban Chỉ đạo 389 tỉnh`: steering committees known by a number.
        if head == "Ban Chỉ đạo" {
            let n = sp1(r)
                .ok()
                .map(|(x, ())| (x, x.bytes().take_while(u8::is_ascii_digit).count()))
                .filter(|(x, n)| (1..=4).contains(n) && at_word_end(&x[*n..]));
            if let Some((x, n)) = n {
                text.push_str(&r[..r.len() - x.len() + n]);
                r = &x[n..];
            }
        }
        // `Ban Chỉ đạo Trung ương`: the centre for a place.
        let centre = || {
            let (x, ()) = sp1(r).ok().filter(|_| head == "Ban Chỉ đạo")?;
            one_of(x, &["trung ương"]).map(|(y, _)| y)
        };
        if let Some(r2) = place(r, before_name, implied).or_else(centre) {
            text.push_str(&r[..r.len() - r2.len()]);
            r = r2;
            // `Ủy ban MTTQ Việt Nam tỉnh Nghệ An`: the Front's committee of a level.
            let local = sp1(r)
                .ok()
                .filter(|(x, ())| lookup_word(x, &heads(x).levels).is_some())
                .and_then(|_| place(r, before_name, false));
            if let Some(r3) = local {
                text.push_str(&r[..r.len() - r3.len()]);
                r = r3;
            }
            // `Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực`: named by its field.
            let field = sp1(r)
                .ok()
                .filter(|_| head == "Ban Chỉ đạo")
                .and_then(|(x, ())| one_of(x, &["về"]))
                .and_then(|(x, _)| field_after_about(x, true));
            if let Some((r3, _)) = field {
                text.push_str(&r[..r.len() - r3.len()]);
                r = r3;
            }
        } else if matches!(head, "Hội đồng quản trị" | "HĐQT" | "Ban Giám đốc") {
            // `HĐQT Vingroup`, `Hội đồng quản trị Công ty X`: a company's board is followed by
            // the company's name, read as a body named without its head.
            if let Ok((r2, company)) = named_body(r, "", before_name) {
                text.push(' ');
                text.push_str(&company);
                r = r2;
            }
        }
        return Ok((r, text));
    }
    let Some((r, head)) = lookup_word(i, &h.body_heads) else {
        return fail(i, "an organisation");
    };
    named_body(r, head, before_name)
}

/// The field a committee is named by after `về` (` phòng, chống tham nhũng, tiêu cực`, `
/// phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số`): lower-case words,
/// joined by `và` or by commas before the words such lists are made of; the rest and the
/// number of words read. With `about` (the field after `về`), only a field of the kinds such
/// committees are named by.
fn field_after_about(r: &str, about: bool) -> Option<(&str, usize)> {
    // Words a comma goes on with inside a field (the fields of the central steering
    // committees and national councils in `../shared/research/data/orgs.md` and Party news).
    const AFTER_COMMA: &[&str] = &[
        "chống",
        "tiêu cực",
        "lãng phí",
        "công nghệ",
        "đổi mới",
        "gian lận",
        "hàng giả",
        "buôn lậu",
        "tìm kiếm",
        "cứu nạn",
        "cứu hộ",
        "dự án",
        "trọng điểm",
        "công trình",
    ];
    // `về việc …` is the subject of a document, not a field.
    if sp1(r).is_ok_and(|(x, ())| one_of(x, &["việc"]).is_some()) {
        return None;
    }
    // After `về`, only the fields such committees are named by (the central steering
    // committees and national councils of orgs.md and Party news): `của Ban Chỉ đạo tỉnh về
    // tình hình dịch bệnh` is a document's title.
    const FIELDS: &[&str] = &[
        "phòng, chống",
        "phòng chống",
        "phát triển",
        "chuyển đổi số",
        "cải cách",
        "giảm nghèo",
        "xây dựng nông thôn mới",
        "nông thôn mới",
        "bình đẳng giới",
        "tìm kiếm",
        "phổ biến, giáo dục pháp luật",
        "thông tin đối ngoại",
        "người cao tuổi",
        "biến đổi khí hậu",
        "an toàn giao thông",
        "an toàn, vệ sinh thực phẩm",
        "an toàn thực phẩm",
        "khoa học",
        "đổi mới",
    ];
    if about && !sp1(r).is_ok_and(|(x, ())| one_of(x, FIELDS).is_some()) {
        return None;
    }
    let mut end = r;
    let mut words = 0;
    loop {
        let x = match sp1(end) {
            Ok((x, ())) => x,
            Err(_) if words > 0 => match end.strip_prefix(',').map(sp1) {
                Some(Ok((x, ()))) if one_of(x, AFTER_COMMA).is_some() => x,
                _ => break,
            },
            Err(_) => break,
        };
        let Some((w, rest)) = word_at(x) else { break };
        if capitalised(w) || w.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        // Not the body's stop words: a field holds words such as `đổi mới`, `phát triển`.
        const STOPS: &[&str] = &[
            "đã",
            "đang",
            "sẽ",
            "là",
            "cho",
            "tại",
            "được",
            "có",
            "cùng",
            "phát biểu",
            "chủ trì",
            "tham dự",
            "dự",
            "nhấn",
            "khẳng",
            "ký",
            "trao",
            "tặng",
            "chúc",
            "gửi",
            "thăm",
            "làm",
            "khi",
            "theo",
            "để",
            "ông",
            "bà",
            "anh",
            "chị",
            "đồng chí",
            "kiêm",
            "năm",
            "ngày",
            "nhiệm kỳ",
            "khóa",
            "của",
        ];
        if one_of(x, STOPS).is_some() && one_of(x, &["dự án"]).is_none() {
            break;
        }
        end = rest;
        words += 1;
        if words >= 16 {
            break;
        }
    }
    // A field ends in a word of it, not in `và`.
    let field = &r[..r.len() - end.len()];
    if words == 0 || field.ends_with(" và") {
        return None;
    }
    Some((end, words))
}

/// Whether a body read from `start` after its `head` is a steering committee, named by its
/// field after `về` wherever it is (`Trưởng Ban Chỉ đạo …` reads it without its head: `Chỉ
/// đạo …`); `Ủy ban`, `Hội đồng` are so only when national (`Hội đồng nhân dân tỉnh về …` is
/// a document's title).
fn field_named(head: &str, start: &str) -> bool {
    matches!(head, "" | "Ban") && start.trim_start().starts_with("Chỉ đạo")
}

/// The words of a body read so far: `start` up to `pending` (which is `start`'s rest, or the
/// text before it while its first word is read, when nothing is read yet).
fn read_so_far<'a>(start: &'a str, pending: &str) -> &'a str {
    start
        .len()
        .checked_sub(pending.len())
        .and_then(|n| start.get(..n))
        .unwrap_or("")
}

/// Whether `x`, after a dash inside a body's name, is a second field of it: a capitalised word
/// then a lower-case one that goes on with it (`Hành chính`, `Thương binh`, `Kế hoạch`), not
/// a name (all capitalised) or a clause (`Đây là`).
fn field_after_dash(x: &str) -> bool {
    let Some((w, rest)) = word_at(x) else {
        return false;
    };
    if !capitalised(w) || all_caps(w) {
        return false;
    }
    // Not a lead of the name after it (`- Nhà báo`, `- Thạc sĩ`) nor a body of its own, the
    // parent (`- Công an tỉnh`).
    let h = heads(x);
    if starts_role_word(x)
        || academic(x).is_some()
        || lookup_word(x, &h.academic_words).is_some()
        || lookup_word(x, &h.body_heads).is_some()
        || lookup(x, &h.honorifics).is_some()
    {
        return false;
    }
    let Some(y) = rest.strip_prefix(' ') else {
        return false;
    };
    word_at(y).is_some_and(|(w2, _)| {
        w2.starts_with(char::is_lowercase) && one_of(y, &heads(y).stop_words).is_none()
    })
}

/// The name of a body after its head word (`Cục` + ` Bảo vệ chính trị nội bộ`): a capitalised
/// word first, then words until a stop word, punctuation, a title or (before a name) the name.
fn named_body<'a>(r: &'a str, head: &str, before_name: bool) -> PResult<'a, String> {
    let Ok((first, ())) = sp1(r).or_else(|e| if head.is_empty() { Ok((r, ())) } else { Err(e) })
    else {
        return fail(r, "the name of the body");
    };
    // `Sở Y tế`; a number names units and hospitals (`Tiểu đoàn 14`, `Bệnh viện 108`).
    let numbered = !head.is_empty() && first.starts_with(|c: char| c.is_ascii_digit());
    // `đài truyền hình Việt Nam`: a name written in lower case counts when a proper name ends
    // it (checked below); `sở cho biết`, `công ty may mặc` name no body.
    let lower = !head.is_empty() && first.starts_with(char::is_lowercase);
    if !(first.starts_with(char::is_uppercase) || numbered || lower) || word_at(first).is_none() {
        return fail(r, "the name of the body");
    }
    // A body named without its head never starts with a person's name (`chủ tịch Trần Bạch
    // Đằng`; after a name, `…, chủ tịch Trần Bạch Đằng` is the next person).
    if head.is_empty() && before_name && name_here(first, 4) {
        return fail(r, "the name of the body");
    }
    // Nor with a title (`Trưởng đoàn Bộ trưởng`, `Chủ nhiệm Phó …`): that is the next role,
    // and a body named so would read back as one.
    if head.is_empty()
        && (lookup_word(first, &heads(first).titles).is_some() || one_of(first, &["phó"]).is_some())
    {
        return fail(r, "the name of the body");
    }
    let start = if head.is_empty() { first } else { r };
    let mut end = start;
    let mut words = 0;
    let mut pending = r;
    let mut first_word = head.is_empty();
    // Whether a level and its place were read: the body's own words end there.
    let mut placed = false;
    // `Sở Y tế`: a department's field is known, and only its place may follow it.
    let mut fielded = false;
    if head == "Sở" {
        let field = crate::combinators::longest_word(first, DEPARTMENT_FIELDS.iter().copied());
        if let Some((x, _)) = field.filter(|(x, _)| !x.starts_with(['-', '&'])) {
            pending = x;
            end = x;
            words = 1;
            first_word = false;
            fielded = true;
        }
    }
    loop {
        let next = if first_word {
            first_word = false;
            Some(first)
        } else {
            // `Phòng Tổ chức - Hành chính`, `Sở Lao động - Thương binh và Xã hội`: two fields
            // joined by a dash (a dash before a name or the sentence's next part ends it).
            match pending
                .strip_prefix(" - ")
                .filter(|x| words > 0 && field_after_dash(x))
            {
                Some(x) => Some(x),
                None => sp1(pending).ok().map(|(x, ())| x),
            }
        };
        let Some(r2) = next else { break };
        // `Ban Chấp hành Trung ương khóa XII`: a term ends the body's name; it belongs to the
        // role, whether a parent body follows it or not.
        if words > 0 && term(pending).is_ok() {
            break;
        }
        let Some((w, rest)) = word_at(r2) else { break };
        // `Sở Ngoại vụ tỉnh Thừa Thiên Huế đón đoàn`, `Trung tâm Kiểm soát bệnh tật tỉnh
        // khuyến cáo`: after the level and place that end a body's name, a lower-case word is
        // the sentence's (a capitalised one may name the body it belongs to).
        if placed && !capitalised(w) && w != "của" && !(w == "về" && field_named(head, start)) {
            break;
        }
        if (words > 0 || !head.is_empty())
            && !capitalised(w)
            && lookup_word(r2, &heads(r2).levels).is_some()
        {
            if let Some(after) = place(pending, before_name, false) {
                pending = after;
                end = after;
                words += 2;
                placed = true;
                if words >= 10 {
                    break;
                }
                continue;
            }
        }
        if fielded && !capitalised(w) && w != "của" {
            break;
        }
        // `Đảng Cộng sản Đông Dương Nguyễn Văn Cừ`: a place is part of the body, never the start
        // of the name after it.
        // `Ủy ban châu Âu`: a world region, `châu` in lower case, may be all of the name.
        if ((words > 0 || !head.is_empty()) && capitalised(w)) || w == "châu" {
            if let Some((after, _)) = longest_word(r2, heads(r2).places.iter().copied()) {
                pending = after;
                end = after;
                words += 2;
                if words >= 10 {
                    break;
                }
                continue;
            }
        }
        if before_name && words > 0 && capitalised(w) && name_here(r2, 4) {
            // `Bệnh viện Bạch Mai Đào Xuân Cơ`: a body's proper name of one syllable before a
            // name of four, where a name of three starts one word later, is the body's first
            // syllable; most proper names of bodies have two.
            // Not where that syllable is one of the commonest surnames (`Vinamilk Nguyễn Lê
            // Minh Khoa`).
            const COMMON: &[&str] = &[
                "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
                "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
            ];
            let common = word_at(r2).is_some_and(|(w, _)| COMMON.contains(&w));
            let later = (words == 1 && !common && capitalised_run(r2, 5).len() == 4)
                .then(|| word_at(r2).and_then(|(_, x)| x.strip_prefix(' ')))
                .flatten()
                .filter(|x| name_here(x, 3));
            if later.is_none() {
                break;
            }
        }
        // `Trung tâm Xúc tiến và Đầu tư`: `và` joins two parts of one name when a capitalised
        // word that starts no role and no name follows it. Whether a name starts there is told
        // by its first two words alone (a surname and a capitalised word), not by how the text
        // goes on, so that the body reads the same wherever the mention puts it (`Bộ Giáo dục
        // và Đào tạo`: `Đào tạo` is no name).
        if words > 0 && w == "và" {
            if let Some((w2, rest2)) = sp1(rest).ok().and_then(|(x, ())| {
                word_at(x).filter(|(w2, _)| {
                    capitalised(w2)
                        && !starts_role_word(x)
                        && (!surname_and_capital(x)
                            || longest_word(x, heads(x).places.iter().copied()).is_some())
                })
            }) {
                let _ = w2;
                pending = rest2;
                end = rest2;
                words += 2;
                continue;
            }
        }
        // `Ủy ban Kinh tế của Quốc hội`: a known body after `của` is the one this body is of.
        if words > 0 && w == "của" {
            let of = sp1(rest)
                .ok()
                .and_then(|(x, ())| lookup_word(x, &heads(x).orgs));
            if let Some((after, _)) = of {
                pending = after;
                end = after;
                words += 2;
                placed = true;
                continue;
            }
        }
        // `Trung tâm Y tế thuộc Sở Y tế`, `… SCIC thuộc Ủy ban Quản lý vốn …`: the body it
        // belongs to, part of its name; without one `thuộc` ends it.
        if words > 0 && w == "thuộc" {
            match sp1(rest).ok().and_then(|(x, ())| org(x, before_name).ok()) {
                Some((after, _)) => {
                    pending = after;
                    end = after;
                    words += 2;
                    placed = true;
                    continue;
                }
                None => break,
            }
        }
        // `Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực`, `Ủy ban Quốc gia về
        // chuyển đổi số`: committees and councils named by their field after `về`.
        let national = matches!(head, "Ủy ban" | "Hội đồng")
            && read_so_far(start, pending).ends_with("Quốc gia");
        // `Ban Chỉ đạo các công trình, dự án quan trọng quốc gia, trọng điểm ngành …`: the
        // field right after `Chỉ đạo`, in lower case.
        let bare_field = field_named(head, start)
            && read_so_far(start, pending).trim() == "Chỉ đạo"
            && w.starts_with(char::is_lowercase);
        if bare_field {
            if let Some((x, n)) = field_after_about(pending, false) {
                pending = x;
                end = x;
                words += n;
                continue;
            }
        }
        if words > 0 && w == "về" && (field_named(head, start) || national) {
            if let Some((x, n)) = field_after_about(rest, true) {
                pending = x;
                end = x;
                words += n;
                if words >= 24 {
                    break;
                }
                continue;
            }
        }
        // `Ban Quản lý dự án`, `nhỏ và vừa`: compounds whose first word alone ends a name
        // (`dự` is to attend, `và` joins two bodies).
        if let Some((x, _)) = one_of(
            r2,
            &[
                "dự án",
                "dự toán",
                "dự báo",
                "dự trữ",
                "dự phòng",
                "nhỏ và vừa",
            ],
        ) {
            if words > 0 {
                pending = x;
                end = x;
                words += if w == "nhỏ" { 3 } else { 2 };
                continue;
            }
        }
        if !capitalised(w) && one_of(r2, &heads(r2).stop_words).is_some() {
            break;
        }
        if words > 0 && starts_role_word(r2) && lookup_word(r2, &heads(r2).committees).is_none() {
            break;
        }
        // `Bệnh viện Trung ương Quân đội 108`: a number after a proper name ends the body's
        // name (not a count: `… 5 năm qua`, `… 300 người`).
        let numbers_name = w.len() <= 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && read_so_far(start, pending).split(' ').any(capitalised)
            && sp1(rest).map_or(true, |(y, ())| {
                one_of(
                    y,
                    &[
                        "năm",
                        "tháng",
                        "ngày",
                        "tuần",
                        "giờ",
                        "phút",
                        "người",
                        "lần",
                        "tỷ",
                        "triệu",
                        "nghìn",
                        "ngàn",
                        "km",
                        "ha",
                        "tấn",
                        "đồng",
                        "học",
                        "hộ",
                        "giường",
                        "chỗ",
                        "tầng",
                        "phòng",
                        "nhiệm",
                    ],
                )
                .is_none()
            })
            && !rest.starts_with(['%', '/', '.']);
        let number_kept = capitalised(w) || (numbered && words == 0) || numbers_name;
        if w.chars().any(|c| c.is_ascii_digit()) && !number_kept {
            break;
        }
        // `Công ty TNHH Đường sách TP.HCM`: an abbreviation glued to the next by a full stop;
        // `Sở LĐTB-XH`, `Lương thực-thực phẩm`: words joined by a hyphen; `Ban Chỉ đạo phòng,
        // chống dịch`: the fixed pair `phòng, chống` (prevention and control).
        let rest = match rest.strip_prefix('.') {
            Some(x) if all_caps(w) && x.starts_with(char::is_uppercase) => {
                word_at(x).map_or(rest, |(_, y)| y)
            }
            // `Bộ NN&PTNT`, `KH&CN`: abbreviations joined by `&`.
            _ if all_caps(w) && rest.starts_with('&') => match word_at(&rest[1..]) {
                Some((w2, y)) if all_caps(w2) => y,
                _ => rest,
            },
            _ => match rest.strip_prefix('-') {
                Some(x) if x.starts_with(|c: char| is_word_char(c)) => {
                    word_at(x).map_or(rest, |(_, y)| y)
                }
                _ if w == "phòng" => {
                    match rest.strip_prefix(", ").and_then(|x| strip_ci(x, "chống")) {
                        Some(y) if at_word_end(y) => y,
                        _ => rest,
                    }
                }
                _ => rest,
            },
        };
        pending = rest;
        end = rest;
        words += 1;
        if words >= 10 {
            break;
        }
    }
    if words == 0 {
        return fail(r, "the name of the body");
    }
    let body = &start[..start.len() - end.len()];
    // A body named without its head is never exactly a person's name, wherever it stands, so
    // that it reads alike before a name and after one (where `Display` writes every role).
    if head.is_empty() && name(body.trim_start()).is_ok_and(|(rest, _)| rest.is_empty()) {
        return fail(r, "the name of the body");
    }
    // A body in lower case only needs a proper name in it when text goes on after it: `Học
    // viện quân y` at the end of a mention is a body, `công ty may mặc ở …` is not one.
    let boundary = {
        let t = end.trim_start_matches(' ');
        t.is_empty() || t.starts_with([',', ';', '.', ')', ':'])
    };
    let named = placed || body.split(' ').any(capitalised) || (boundary && words <= 4);
    if lower && !named {
        return fail(r, "the name of the body");
    }
    let mut text = head.to_owned();
    if !head.is_empty() && !body.starts_with(' ') {
        text.push(' ');
    }
    text.push_str(body);
    Ok((end, text))
}

// ---------------------------------------------------------------------------------------------
// Roles

/// A term qualifier: `khóa XIII`, `khóa 13`.
fn term(i: &str) -> PResult<'_, u8> {
    let (r, _) = (sp1, word("khóa"), sp1).parse(i)?;
    let (r, n) = nom::branch::alt((roman, digits(1, 2))).parse(r)?;
    match u8::try_from(n) {
        Ok(n) if (1..=30).contains(&n) => Ok((r, n)),
        _ => fail(i, "a term"),
    }
}

/// The words before a title that qualify a role: former (`nguyên`, `cựu`), late (`cố`),
/// acting (`quyền`), newly appointed (`tân`).
pub(super) const ROLE_MODIFIERS: &[&str] = &["nguyên", "cựu", "cố", "quyền", "tân"];

/// Whether a role may start at `i`: a title (perhaps after `Phó`) or a title with its deputy
/// marker after it follows the modifier, as [`role`] requires before it reads the rest. Most
/// words fail here with one index probe.
fn may_start_role_with(i: &str, mut h: &'static Heads) -> bool {
    let mut r = i;
    if h.has(MARK_MODIFIER) {
        if let Some((x, _)) = one_of(r, ROLE_MODIFIERS) {
            if let Ok((x2, ())) = sp1(x) {
                r = x2;
                h = heads(r);
            }
        }
    }
    lookup_word(r, &h.suffix_deputies).is_some()
        || lookup_word(r, &h.titles).is_some()
        || (h.has(MARK_DEPUTY)
            && strip_ci(r, "phó ").is_some_and(|x| lookup_word(x, &heads(x).titles).is_some()))
}

/// One role: `[nguyên|cố|Quyền] [Phó] TITLE [phó] [Thường trực|thứ nhất|Thường vụ] [ORG] [khóa N]`.
fn role(i: &str, before_name: bool) -> PResult<'_, Role> {
    let mut r = i;
    let (mut former, mut late, mut acting) = (false, false, false);
    if let Some((x, k)) = one_of(r, ROLE_MODIFIERS) {
        if let Ok((x2, ())) = sp1(x) {
            match k {
                0 | 1 => former = true,
                2 => late = true,
                3 => acting = true,
                // `tân Bộ trưởng`: newly appointed; nothing to record.
                _ => {}
            }
            r = x2;
        }
    }
    // A brand as the body of `Chủ tịch` (`Chủ tịch FPT Telecom`) only where the title is
    // written as a title, capitalised: a lower-case `chủ tịch` is the chair of what came before.
    let written_capital = r.starts_with(char::is_uppercase);
    let mut title = String::new();
    let mut deputy = false;
    let at = heads(r);
    if let Some((x, _)) = lookup_word(r, &at.suffix_deputies) {
        let head = SUFFIX_DEPUTIES
            .iter()
            .find(|h| strip_ci(r, h).is_some())
            .copied()
            .unwrap_or("");
        title.push_str(head);
        deputy = true;
        r = x;
    } else {
        if let Some(x) = strip_ci(r, "phó ") {
            if lookup_word(x, &heads(x).titles).is_some() {
                title.push_str("Phó ");
                deputy = true;
                r = x;
            }
        }
        let at = if deputy { heads(r) } else { at };
        let Some((x, head)) = lookup_word(r, &at.titles) else {
            return fail(r, "a title");
        };
        title.push_str(head);
        r = x;
    }
    let (mut standing, mut first) = (false, false);
    if let Ok((x, ())) = sp1(r) {
        if let Some((x2, k)) = one_of(x, &["thường trực", "thứ nhất", "thường vụ"]) {
            match k {
                0 => {
                    standing = true;
                    title.push_str(" Thường trực");
                }
                1 => {
                    first = true;
                    title.push_str(" thứ nhất");
                }
                _ => title.push_str(" Thường vụ"),
            }
            r = x2;
        } else if let Some((x2, k)) = one_of(
            x,
            &[
                "dự khuyết",
                "chuyên trách",
                "đặc mệnh toàn quyền",
                "phụ trách",
            ],
        ) {
            // `Ủy viên dự khuyết`, `Phó Trưởng đoàn chuyên trách`, `Đại sứ đặc mệnh toàn
            // quyền`, `Phó Giám đốc phụ trách Sở …` (in charge of the body it names: before a
            // capital only, as `phụ trách kinh tế` names a field, not a body).
            let in_charge = k == 3;
            let body_next = sp1(x2).is_ok_and(|(y, ())| y.starts_with(char::is_uppercase));
            if !in_charge || body_next {
                title.push(' ');
                title.push_str(&x[..x.len() - x2.len()].to_lowercase());
                r = x2;
            }
        }
    }
    let mut role = Role {
        title,
        org: None,
        parent_org: None,
        deputy,
        standing,
        first,
        former,
        late,
        acting,
        term: None,
    };
    r = skip_abbreviation(r);
    r = skip_tenure(r, true);
    let mut after_short_name = false;
    // `Trưởng ấp Phú Hòa`, `Trưởng thôn Đông Nguyễn Văn A`: the village a head of village
    // heads, named after the title without its unit word.
    let village = village_of(&role.title)
        .and_then(|unit| sp1(r).ok().map(|(x, ())| (unit, x)))
        .and_then(|(unit, x)| {
            let run = capitalised_run(x, 6);
            // (The commonest surnames only: `Phú Hòa`, `Kim Liên` are villages.)
            const COMMON: &[&str] = &[
                "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
                "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lò", "Đinh", "Trịnh", "Trương", "Lương",
                "Đào", "Cao", "Tạ", "Lâm", "Đoàn", "Quách", "Thái", "Vi", "Hà", "Lại", "Mai",
            ];
            let first_surname = word_at(x).is_some_and(|(w, _)| COMMON.contains(&w));
            let take = match run.len() {
                0 => return None,
                // `Trưởng thôn Lê Hùng`: two words from a surname are the head's name.
                2 if first_surname => return None,
                // A village of one or two words; no name of two syllables is read after it.
                1 | 2 => run.len(),
                // A longer run: the place, then a name of up to four syllables.
                k => (1..k).find(|&p| name_here(&x[run[p - 1] + 1..], 4))?,
            };
            let end = run[take - 1];
            Some((&x[end..], format!("{unit} {}", &x[..end])))
        });
    if let Some((x2, o)) = village {
        role.org = Some(o);
        r = x2;
    } else if let Ok((x, ())) = sp1(r) {
        let head = title_body(&role.title);
        if let Ok((x2, o)) = org(x, before_name) {
            // `Trưởng đoàn Đại biểu Quốc hội tỉnh`: the body is `Đoàn Đại biểu Quốc hội tỉnh`,
            // its head word written once, inside the title.
            let full = head.map(|h| format!("{h} {o}")).filter(|f| {
                lookup_word(f, &heads(f).committees).is_some()
                    || lookup_word(f, &heads(f).orgs).is_some()
            });
            role.org = Some(full.unwrap_or(o));
            r = x2;
        } else if let Some(x2) =
            lookup_word(x, &heads(x).levels).and_then(|_| place(r, before_name, false))
        {
            // `Chủ tịch tỉnh Nghệ An`, `Bí thư xã`: a level of government and its place stand
            // for its body.
            role.org = Some(r[..r.len() - x2.len()].trim_start().to_owned());
            r = x2;
        } else if let Some((x2, o)) = ministry_without_head(&role.title, x) {
            role.org = Some(o);
            r = x2;
        } else if let Some((x2, p)) = (role.title.trim_start_matches("Phó ") == "Bí thư")
            .then(|| lookup_word(x, &heads(x).provinces))
            .flatten()
        {
            // `Bí thư Hà Nội Bùi Thị Minh Hoài`: a province stands for its Party committee, as
            // for `Chủ tịch Hà Nội` its People's Committee.
            role.org = Some(p.to_owned());
            r = x2;
        } else if let Some((x2, o)) = head.and_then(|h| listed_without_head(h, x)) {
            // `Trưởng ban Chính sách, chiến lược Trung ương`: a listed body, its head word
            // written once, inside the title (its name has a comma no free name may have).
            role.org = Some(o);
            r = x2;
        } else if takes_bare_body(&role.title)
            && (written_capital || !role.title.ends_with("Chủ tịch"))
        {
            // `Trưởng ban Nội chính Tỉnh ủy`, `Trưởng ban Tổ chức Trung ương`: the body is named
            // without its head word (`Ban Tổ chức Trung ương`; as `Cục` in `Cục trưởng Cục …`
            // is written twice).
            if let Ok((x2, o)) = named_body(x, "", before_name) {
                // A head word in it takes its canonical case, as `org` gives it (`CỤc …`
                // read after a name is `Cục …`).
                let o = match lookup_word(o.trim_start(), &heads(o.trim_start()).body_heads) {
                    Some((rest, h)) => format!("{h}{rest}"),
                    None => o.trim_start().to_owned(),
                };
                let o = o.as_str();
                role.org = Some(match head {
                    Some(h) if strip_ci(o, h).is_none_or(|y| !y.starts_with(' ')) => {
                        format!("{h} {o}")
                    }
                    _ => o.to_owned(),
                });
                r = x2;
            }
        }
        let before = r.len();
        r = skip_abbreviation(r);
        after_short_name = r.len() != before;
    }
    // `Giám đốc điều hành của tập đoàn Lenovo`, `hiệu trưởng đầu tiên của Đại học Y Hà Nội`:
    // the body after `của`.
    if role.org.is_none() {
        let first = (sp1, word("đầu tiên")).parse(r).map_or(r, |(x, _)| x);
        if let Ok((x, _)) = (sp1, word("của"), sp1).parse(first) {
            if let Ok((x2, o)) = org(x, before_name) {
                role.org = Some(o);
                r = x2;
            } else {
                // `Đại sứ đầu tiên của nước CHXHCN Việt Nam`: a state.
                let y = (word("nước"), sp1).parse(x).map_or(x, |(y, _)| y);
                if let Some((x2, state)) = longest_word(y, heads(y).states.iter().copied()) {
                    role.org = Some(state.to_owned());
                    r = x2;
                }
            }
        }
    }
    // `Bộ trưởng Bộ Ngoại giao Việt Nam`, `Thủ tướng Trung Quốc`: the state the body or the
    // office belongs to, written with its capital (`vua anh Nguyễn Nhạc` is the king's elder
    // brother).
    if let Some((x, ())) = sp1(r)
        .ok()
        .filter(|(x, ())| x.starts_with(char::is_uppercase))
    {
        if let Some((x2, state)) = longest_word(x, heads(x).states.iter().copied()) {
            let body = role.org.is_some();
            role.org = Some(match role.org.take() {
                Some(o) => format!("{o} {state}"),
                None => state.to_owned(),
            });
            r = x2;
            // `Ủy ban MTTQ Việt Nam tỉnh Nghệ An`: the national body's committee of a level.
            let local = sp1(r)
                .ok()
                .filter(|(y, ())| body && lookup_word(y, &heads(y).levels).is_some())
                .and_then(|_| place(r, before_name, false));
            if let (Some(r3), Some(o)) = (local, role.org.as_mut()) {
                o.push_str(&r[..r.len() - r3.len()]);
                r = r3;
            }
        }
    }
    // `Thủ tướng Nhật Bản mới Fumio Kishida`: the word of tenure after the body.
    if role.org.is_some() {
        r = skip_tenure(r, false);
    }
    // `Đại sứ Việt Nam tại Liên Hợp Quốc`, `đại sứ tại Tiệp Khắc`: where an envoy serves.
    if is_envoy(&role.title) {
        if let Ok((x, _)) = (sp1, word("tại"), sp1).parse(r) {
            let places = VIETNAMESE_STATES
                .iter()
                .chain(COUNTRIES)
                .chain(INTERNATIONAL_BODIES)
                .copied();
            let end = match longest_word(x, places) {
                Some((x2, _)) => Some(x2),
                None if !before_name => capitalised_run(x, 4).last().map(|&e| &x[e..]),
                None => None,
            };
            if let Some(x2) = end {
                let at = &r[..r.len() - x2.len()];
                let at = at.trim_start();
                role.org = Some(match role.org.take() {
                    Some(o) => format!("{o} {at}"),
                    None => at.to_owned(),
                });
                r = x2;
            }
        }
    }
    // `thành viên` (member) is a role only of a body: `Thành viên Ban Bí thư`.
    if role.title == "Thành viên" && role.org.is_none() {
        return fail(i, "the body of a member");
    }
    if let Ok((x, t)) = term(r) {
        role.term = Some(t);
        r = x;
    }
    // `Ủy viên Bộ Chính trị Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam`: a known body
    // right after the body, with no comma, is its parent.
    if role.org.is_some() {
        if let Ok((x, ())) = sp1(r) {
            if let Some((x2, parent)) = lookup_word(x, &heads(x).orgs) {
                // After a short name (`Ủy viên Bộ Chính trị (BCT) Ban Chấp hành …`), which the
                // value does not keep, only where the body and the parent written next to each
                // other read back as the two (`huyện (ĐBQH) Chính phủ` would read as one body).
                if after_short_name && !parent_reads_back(&role, parent) {
                    return Ok((r, role));
                }
                role.parent_org = Some(parent.to_owned());
                r = x2;
                if role.term.is_none() {
                    if let Ok((x3, t)) = term(r) {
                        role.term = Some(t);
                        r = x3;
                    }
                }
            }
        }
    }
    Ok((r, role))
}

/// Whether `role` with the parent body `parent`, written with the parent right after the body
/// (as `Display` writes it where no name comes first), reads back with that body and parent.
fn parent_reads_back(written: &Role, parent: &str) -> bool {
    let Some(org) = written.org.as_deref() else {
        return false;
    };
    let title = &written.title;
    let text = format!("{title} {} {parent}", org_after_title(title, org));
    role_text_reads_back(&text, title, org, Some(parent))
}

/// Whether the written role `text` parses whole to the role `title` of `org` with `parent`.
fn role_text_reads_back(text: &str, title: &str, org: &str, parent: Option<&str>) -> bool {
    matches!(role(text, false), Ok(("", back))
        if back.title == title
            && back.org.as_deref() == Some(org)
            && back.parent_org.as_deref() == parent)
}

/// The unit of a head of village (`Trưởng ấp` → `ấp`): the village is named after the title
/// without it.
fn village_of(title: &str) -> Option<&'static str> {
    match title.trim_start_matches("Phó ") {
        "Trưởng thôn" => Some("thôn"),
        "Trưởng ấp" => Some("ấp"),
        "Trưởng bản" => Some("bản"),
        "Trưởng khu phố" => Some("khu phố"),
        _ => None,
    }
}

/// The head word of the body that a title names inside it (`Trưởng ban` → `Ban`).
pub(crate) fn title_body(title: &str) -> Option<&'static str> {
    match title.trim_start_matches("Phó ") {
        "Trưởng ban" => Some("Ban"),
        "Trưởng đoàn" => Some("Đoàn"),
        "Trưởng phòng" => Some("Phòng"),
        "Trưởng khoa" => Some("Khoa"),
        _ => None,
    }
}

/// The organisation as written after its title: `Trưởng ban Tổ chức Trung ương`, not `Trưởng
/// ban Ban …`, where the rest reads back as the same body.
fn org_after_title<'a>(title: &str, org: &'a str) -> &'a str {
    let Some(head) = title_body(title).or_else(|| village_of(title)) else {
        return org;
    };
    let Some(rest) = org.strip_prefix(head).and_then(|x| x.strip_prefix(' ')) else {
        return org;
    };
    // Only where the short form reads back as the same body.
    let text = format!("{title} {rest}");
    match role(&text, false) {
        Ok(("", back)) if back.title == title && back.org.as_deref() == Some(org) => rest,
        _ => org,
    }
}

/// The organisation as written after its title in a role's `Display`: the short form of
/// [`org_after_title`] where it reads back, else the body itself, with `của` before it where
/// the bare body would read as another one (`Trưởng đoàn của Nhật Bản`: without `của`, the
/// delegation would be one named `Nhật Bản`).
pub(crate) fn org_phrase(
    title: &str,
    org: &str,
    parent: Option<(&str, &str)>,
) -> std::borrow::Cow<'static, str> {
    let short = org_after_title(title, org);
    if short.len() != org.len() {
        return short.to_owned().into();
    }
    // Read back with the parent body where `Display` writes it right after the body (a space
    // between them, with no name before the roles), as the two may join; after a comma, the
    // parent is read apart from the role.
    let parent = parent.filter(|(sep, _)| *sep == " ");
    let (sep, p) = parent.unwrap_or(("", ""));
    let reads_back = |text: &str| role_text_reads_back(text, title, org, parent.map(|(_, p)| p));
    if !reads_back(&format!("{title} {org}{sep}{p}"))
        && reads_back(&format!("{title} của {org}{sep}{p}"))
    {
        return format!("của {org}").into();
    }
    org.to_owned().into()
}

/// Envoys, whose posting follows their title with `tại`.
fn is_envoy(title: &str) -> bool {
    matches!(
        title
            .trim_start_matches("Phó ")
            .trim_end_matches(" đặc mệnh toàn quyền"),
        "Đại sứ" | "Tổng Lãnh sự" | "Lãnh sự" | "Trưởng đại diện"
    )
}

/// International bodies an envoy may be posted to.
const INTERNATIONAL_BODIES: &[&str] = &[
    "Liên Hợp Quốc",
    "Liên Hiệp Quốc",
    "LHQ",
    "ASEAN",
    "UNESCO",
    "WTO",
    "Liên minh châu Âu",
    "EU",
];

/// `Bộ trưởng Ngoại giao`, `Thứ trưởng Quốc phòng`, `Bộ trưởng Ngoại giao Mỹ`: a ministry
/// named without `Bộ` after a minister's title, as the known ministries are named; the body
/// comes out whole (`Bộ Ngoại giao`, `Bộ Ngoại giao Mỹ`).
fn ministry_without_head<'a>(title: &str, x: &'a str) -> Option<(&'a str, String)> {
    if !matches!(title.trim_start_matches("Phó "), "Bộ trưởng" | "Thứ trưởng") {
        return None;
    }
    let (rest, name) = crate::orgs::NAMED_ORGS
        .iter()
        .filter_map(|o| o.strip_prefix("Bộ "))
        .filter_map(|n| strip_ci(x, n).filter(|r| at_word_end(r)).map(|r| (r, n)))
        .min_by_key(|(r, _)| r.len())?;
    let mut body = format!("Bộ {name}");
    // Another country's ministry: `Bộ trưởng Ngoại giao Mỹ`.
    let country = sp1(rest)
        .ok()
        .and_then(|(y, ())| longest_word(y, heads(y).states.iter().copied()));
    if let Some((after, c)) = country {
        body.push(' ');
        body.push_str(c);
        return Some((after, body));
    }
    Some((rest, body))
}

/// Titles after which a body may be named without its head word.
fn takes_bare_body(title: &str) -> bool {
    let head = title.trim_start_matches("Phó ");
    matches!(
        head,
        "Trưởng ban"
            | "Trưởng đoàn"
            | "Giám đốc"
            | "Tổng Giám đốc"
            | "Giám đốc điều hành"
            | "Tổng Giám đốc điều hành"
            // `Tổng Thư ký Liên hợp quốc`, `Tổng Thư ký NATO`: international bodies.
            | "Tổng Thư ký"
            | "Trưởng phòng"
            | "Trưởng khoa"
            | "Chủ nhiệm"
            | "Chủ tịch"
    )
}

/// ` mới`, ` đương nhiệm`, ` mới đắc cử` after a title or its body, before a name (or, with
/// `before_of`, before `của` and the body): how long the holder has held it, which the role
/// does not keep (as `tân` before a title). `Thủ tướng mới ký …` (has just signed) keeps it.
fn skip_tenure(r: &str, before_of: bool) -> &str {
    const TENURE: &[&str] = &[
        "mới đắc cử",
        "vừa đắc cử",
        "đắc cử",
        "đương nhiệm",
        "sắp mãn nhiệm",
        "mãn nhiệm",
        "mới",
    ];
    let Some((x, _)) = sp1(r).ok().and_then(|(x, ())| one_of(x, TENURE)) else {
        return r;
    };
    let next = sp1(x).ok().map(|(y, ())| y);
    let fits = next.is_some_and(|y| {
        (y.starts_with(char::is_uppercase) && !starts_role_word(y))
            || (before_of && one_of(y, &["của"]).is_some())
    });
    if fits { x } else { r }
}

/// A body of [`crate::orgs::NAMED_ORGS`] whose head word is `head`, written without it at the
/// start of `x`: the rest and the body's name.
fn listed_without_head<'a>(head: &str, x: &'a str) -> Option<(&'a str, String)> {
    crate::orgs::NAMED_ORGS.iter().find_map(|o| {
        let name = o.strip_prefix(head)?.strip_prefix(' ')?;
        let rest = strip_ci(x, name).filter(|y| at_word_end(y))?;
        Some((rest, (*o).to_owned()))
    })
}

/// Titles whose body is as often a company named by one foreign word (`Chủ tịch Hermès`).
fn names_a_body(title: &str) -> bool {
    // Not a player's or a coach's: `HLV Ole Gunnar Solskjaer`; only where the body reads back
    // after the name too, and has no head word the title holds (`Trưởng ban X` is `Ban X`).
    takes_bare_body(title) && title_body(title).is_none()
}

/// ` (ĐBQH)`, ` (KH&CN)`: an abbreviation in parentheses after a title or organisation.
fn skip_abbreviation(r: &str) -> &str {
    let t = r.trim_start_matches(' ');
    let Some(x) = t.strip_prefix('(') else {
        return r;
    };
    let n = x
        .find(|c: char| !(c.is_uppercase() || c == '&' || c == '-' || c.is_ascii_digit()))
        .unwrap_or(x.len());
    if n >= 2 && x[n..].starts_with(')') {
        return &x[n + 1..];
    }
    // `Ngân hàng TMCP Kỹ Thương Việt Nam (Techcombank)`: a one-word short name of the body.
    match word_at(x) {
        Some((w, rest)) if capitalised(w) && w.len() <= 24 && rest.starts_with(')') => &rest[1..],
        _ => r,
    }
}

/// Separators in a list of roles: `, `, ` kiêm `, `, kiêm `, ` - `.
fn role_sep(i: &str) -> Option<&str> {
    let t = i.trim_start_matches(' ');
    // `bà X - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy`.
    if t.len() < i.len() {
        if let Some(x) = t.strip_prefix('-') {
            if x.starts_with(' ') {
                return Some(x.trim_start_matches(' '));
            }
        }
    }
    // `Bí thư Tỉnh ủy Nghệ An; Tổng Kiểm toán Nhà nước`: a semicolon between roles too.
    let t2 = t.strip_prefix([',', ';']);
    let t = t2.unwrap_or(t).trim_start_matches(' ');
    if let Some((x, _)) = one_of(t, &["kiêm"]) {
        return sp1(x).ok().map(|(y, ())| y);
    }
    (t2.is_some()).then_some(t)
}

/// Roles before a name: `Tổng Bí thư, Chủ tịch nước`, `Bí thư kiêm Chủ tịch UBND tỉnh`.
fn roles_before(i: &str) -> PResult<'_, Vec<Role>> {
    let (mut r, first) = role(i, true)?;
    let mut roles = vec![first];
    while let Some(x) = role_sep(r) {
        let Ok((x2, next)) = role(x, true) else {
            // `Cục trưởng Cục Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương Nguyễn Quang
            // Dương`: the parent body of the role before, then the name.
            let Some(last) = roles
                .last_mut()
                .filter(|l| l.org.is_some() && l.parent_org.is_none())
            else {
                break;
            };
            // Written with its capital: `đảng viên Dân chủ` (a party member) is no body.
            match org(x, true) {
                Ok((x2, o))
                    if x.starts_with(char::is_uppercase)
                        && sp1(x2).is_ok_and(|(y, ())| name(y).is_ok()) =>
                {
                    last.parent_org = Some(o);
                    r = x2;
                }
                _ => {}
            }
            break;
        };
        roles.push(next);
        r = x2;
        if roles.len() > 8 {
            break;
        }
    }
    Ok((r, roles))
}

/// Roles after a name: each item a role, or an organisation alone (the parent of the role
/// before it: `Cục trưởng Cục Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương`).
fn roles_after(i: &str) -> (&str, Vec<Role>) {
    let mut roles: Vec<Role> = Vec::new();
    let mut r = i;
    let mut first = true;
    loop {
        let x = if first {
            first = false;
            r
        } else {
            match role_sep(r) {
                Some(x) => x,
                None => break,
            }
        };
        let lead = skip_role_lead(x);
        // `từng giữ chức Bộ trưởng`, `từng là …`: a former role.
        let skipped = &x[..x.len() - lead.len()];
        let once = skipped.starts_with("từng") || skipped.contains(" từng ");
        let x = lead;
        // At most nine roles; the parent body of the ninth may still follow it.
        let next_role = if roles.len() < 9 {
            role(x, false).ok()
        } else {
            None
        };
        if let Some((x2, mut next)) = next_role {
            next.former |= once;
            // `chủ tịch Trần Bạch Đằng, phó chủ tịch Lê Văn Thanh`: the next person's role.
            let name_follows = |x2: &str| sp1(x2).is_ok_and(|(y, ())| name(y).is_ok());
            // `…, Phó Chủ tịch: A, B`: a role before a colon leads the names after it; `…,
            // Phó Chủ tịch là B`: the role is B's.
            // (`… là đồng chí B`: an honorific before the name.)
            let holder_follows = one_of(x2.trim_start_matches(' '), &["là"])
                .and_then(|(y, _)| y.strip_prefix(' '))
                .is_some_and(|y| {
                    y.starts_with(char::is_uppercase) || lookup(y, &heads(y).honorifics).is_some()
                });
            // (A quote after the colon is what the person said: `…, Bộ trưởng Bộ Xây dựng:
            // "…"`.)
            let leads_names = x2
                .trim_start_matches(' ')
                .strip_prefix(':')
                .is_some_and(|y| name(y.trim_start_matches(' ')).is_ok());
            if (next.org.is_none() && name_follows(x2)) || leads_names || holder_follows {
                break;
            }
            // `…, phó chủ tịch kiêm tổng thư ký Trần Bạch Đằng`: roles joined by `kiêm` that a
            // name follows are the next person's too.
            let joined = one_of(x2.trim_start_matches(' '), &["kiêm"]).is_some()
                && roles_before(x).is_ok_and(|(x3, _)| name_follows(x3));
            if joined {
                break;
            }
            // `…, Phó Chủ tịch Quốc hội Nguyễn Khắc Định`: a role that a name follows is the
            // next person's, where its body reads the same before a name and after one. Where
            // the body read before a name stops short (`UBND thành phố Dương Đức Tuấn`), the
            // words may be a place named after a person (`UBND phường Nguyễn Trung Trực`,
            // `Trường THPT Chu Văn An`), and only the reading after a name reads back from
            // what `Display` writes: the role stays this person's.
            let next_persons = role(x, true).is_ok_and(|(x3, _)| {
                x3.len() == x2.len() && sp1(x3).is_ok_and(|(y, ())| name(y).is_ok())
            });
            if next_persons {
                break;
            }
            roles.push(next);
            r = x2;
        } else if let Some((last, rest)) = roles.last_mut().zip(level_place(x)) {
            // `Bí thư Đảng ủy xã Tân Lập, huyện Đan Phượng, tỉnh Hà Nội`: the places the
            // body is in, the larger after the smaller.
            let written = &x[..x.len() - rest.len()];
            let places = last
                .parent_org
                .as_deref()
                .filter(|p| level_place(p).is_some_and(str::is_empty));
            match (&last.org, &last.parent_org, places) {
                (Some(_), None, _) => last.parent_org = Some(written.to_owned()),
                (Some(_), Some(_), Some(p)) => last.parent_org = Some(format!("{p}, {written}")),
                _ => break,
            }
            r = rest;
        } else if let Some(last) = roles
            .last_mut()
            .filter(|l| l.parent_org.is_none() && x.starts_with(char::is_uppercase))
        {
            // `Tiểu đội trưởng, Trung đội Thông tin`: the body of a title written alone, with
            // its capital (`…, ban hành văn bản`, `…, báo cáo` are the sentence's verbs).
            match org(x, false) {
                Ok((x2, o)) => {
                    if last.org.is_none() {
                        last.org = Some(o);
                    } else {
                        last.parent_org = Some(o);
                    }
                    r = x2;
                }
                Err(_) => break,
            }
        } else {
            break;
        }
    }
    (r, roles)
}

/// A level and its place at the start of `i` (`huyện Đan Phượng`, `tỉnh Nghệ An`): the rest.
/// A list of them is read one by one (`huyện Quỳnh Lưu, tỉnh Nghệ An`).
fn level_place(i: &str) -> Option<&str> {
    lookup_word(i, &heads(i).levels)
        .and_then(|(after, _)| place(after, false, true))
        .filter(|rest| rest.len() < i.len() && !rest.starts_with(|c: char| is_word_char(c)))
}

/// Phrases before a role in a list after a name (`nay là`, `từng giữ chức`).
pub(super) const ROLE_LEAD_PHRASES: &[&str] = &[
    "hiện nay là",
    "hiện là",
    "nay là",
    "sau là",
    "từng là",
    "từng giữ chức",
    "từng giữ các chức vụ",
];

/// Descriptions of a person that a role may follow in a list after a name (`nhà văn`).
pub(super) const ROLE_LEAD_DESCRIPTIONS: &[&str] = &[
    "nhà hoạt động cách mạng",
    "nhà hoạt động chính trị",
    "nhà cách mạng",
    "nhà chính trị",
    "nhà ngoại giao",
    "nhà quân sự",
    "nhà văn",
    "nhà thơ",
    "nhà báo",
    "nhà giáo",
    "nhà khoa học",
    "nhà nghiên cứu",
    "nhà sử học",
    "nhà kinh tế",
    "nhà kinh tế học",
    "chính khách",
    "doanh nhân",
    "nhạc sĩ",
    "họa sĩ",
    "nghệ sĩ",
    "diễn viên",
    "luật sư",
];

/// Words before a role in a list after a name that are not roles themselves: `nay là`,
/// `từng giữ chức`, and descriptions (`nhà văn, nhà ngoại giao, Chủ tịch …`, `chính khách
/// Việt Nam, Bộ trưởng …`) that a role follows. Gives `i` back when no role follows them.
fn skip_role_lead(i: &str) -> &str {
    let mut r = i;
    for _ in 0..4 {
        if let Some((x, _)) = one_of(r, ROLE_LEAD_PHRASES) {
            match sp1(x) {
                Ok((y, ())) => {
                    r = y;
                    continue;
                }
                Err(_) => break,
            }
        }
        let Some((x, _)) = one_of(r, ROLE_LEAD_DESCRIPTIONS) else {
            break;
        };
        // `chính khách Việt Nam, …`: a country after the description.
        let x = sp1(x)
            .ok()
            .and_then(|(y, ())| longest_word(y, heads(y).states.iter().copied()))
            .map_or(x, |(y, _)| y);
        match role_sep(x) {
            Some(y) => r = y,
            None => break,
        }
    }
    if r.len() < i.len() && role(r, false).is_ok() {
        r
    } else {
        i
    }
}

/// ` (2014)`, ` (1990-1995)`: years in parentheses, skipped.
fn skip_years_in_parens(i: &str) -> &str {
    let t = i.trim_start_matches(' ');
    let Some(x) = t.strip_prefix('(') else {
        return i;
    };
    match x.find(')') {
        Some(k)
            if k <= 24
                && x[..k].bytes().any(|b| b.is_ascii_digit())
                && x[..k]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b" -/".contains(&b)) =>
        {
            &x[k + 1..]
        }
        _ => i,
    }
}

/// What introduces roles after a name: `, `, ` - `, ` (`, ` là `, ` làm `.
fn after_name(i: &str) -> Option<(&str, bool)> {
    let t = i.trim_start_matches(' ');
    // `Phan Quốc Việt (41 tuổi), Tổng giám đốc …`, `Đỗ Quốc Sam (sinh 1929), Giáo sư …`: an
    // age or years in parentheses between the name and the comma before its roles.
    if let Some(x) = t.strip_prefix('(') {
        if let Some(close) = x.find(')').filter(|&k| k <= 40) {
            if x[..close].bytes().any(|b| b.is_ascii_digit()) {
                let after = x[close + 1..].trim_start_matches(' ');
                if let Some(y) = after.strip_prefix(',') {
                    return Some((y.trim_start_matches(' '), false));
                }
            }
        }
    }
    if let Some(x) = t.strip_prefix(',') {
        return Some((x.trim_start_matches(' '), false));
    }
    if let Some(x) = t.strip_prefix('-') {
        if t.len() < i.len() {
            return Some((x.trim_start_matches(' '), false));
        }
    }
    if let Some(x) = t.strip_prefix('(') {
        return Some((x.trim_start_matches(' '), true));
    }
    // `Nguyễn Hữu Thọ làm Chủ tịch`, `đồng chí X giữ chức Bí thư …`, `X được bầu làm …`:
    // the role the person was made.
    if t.len() < i.len() {
        const MADE: &[&str] = &[
            "là",
            "làm",
            "giữ chức vụ",
            "giữ chức",
            "giữ cương vị",
            "được bầu giữ chức",
            "được bầu làm",
            "được bổ nhiệm giữ chức",
            "được bổ nhiệm làm",
        ];
        if let Some((x, _)) = one_of(t, MADE) {
            return sp1(x).ok().map(|(y, ())| (y, false));
        }
    }
    // `Hồ Đức Phớc: Bí thư Tỉnh ủy Nghệ An`.
    if let Some(x) = t.strip_prefix(':') {
        return Some((x.trim_start_matches(' '), false));
    }
    // `Thượng tướng Phan Văn Giang Bộ trưởng Bộ Quốc phòng`: a title written with its capital
    // right after the name.
    if t.len() < i.len()
        && t.starts_with(char::is_uppercase)
        && may_start_role_with(t, heads(t))
        && role(t, false).is_ok()
    {
        return Some((t, false));
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Mentions

#[derive(Debug, Clone)]
struct Found {
    person: Person,
    strong: bool,
    /// The lead (and colon roles) apply to further names in a list.
    shared: bool,
    shared_roles: Vec<Role>,
    /// The shared roles were written before a colon (every name gets them); else before the
    /// first name after a plural lead (`Các đồng chí Phó Chủ tịch UBND tỉnh A và B`), only
    /// for names with no roles of their own.
    colon: bool,
    lead: Lead,
}

fn finish(lead: &Lead, name: Option<PersonName>, roles: Vec<Role>) -> Person {
    Person {
        honorific: lead.honorific.clone(),
        rank: lead.rank.clone(),
        academic: lead.academic.clone(),
        name,
        roles,
    }
}

/// A name and the roles written after it.
fn name_then_roles(i: &str) -> PResult<'_, (PersonName, Vec<Role>)> {
    let (r, n) = name(i)?;
    if let Some((x, paren)) = after_name(r) {
        let (x2, roles) = roles_after(x);
        if !roles.is_empty() {
            if !paren {
                return Ok((x2, (n, roles)));
            }
            // The mention ends after the parenthesis its roles opened: right after them, or
            // after a short note the grammar does not read (`Lê Quân (Thứ trưởng, KT. Bộ
            // trưởng)`); else it is the name alone, never an open parenthesis.
            let t = x2.trim_start_matches(' ');
            if let Some(y) = t.strip_prefix(')') {
                return Ok((y, (n, roles)));
            }
            if let Some(k) = t.find(')').filter(|&k| k <= 48 && !t[..k].contains('(')) {
                return Ok((&t[k + 1..], (n, roles)));
            }
        }
    }
    Ok((r, (n, Vec::new())))
}

fn mention(i: &str) -> PResult<'_, Found> {
    let (r, lead) = lead(i);
    mention_after_lead(i, r, lead, Alone::Checked)
}

/// Whether roles may name a person without an honorific (see [`mention_after_lead`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Alone {
    No,
    /// Yes, when they read back from what `Display` writes.
    Checked,
    /// Yes: the read-back itself.
    Trusted,
}

/// Whether the person `p` (roles alone) reads back equal from its `Display`.
fn reads_back(p: &Person) -> bool {
    let text = p.to_string();
    let (r, lead) = lead(&text);
    matches!(
        mention_after_lead(&text, r, lead, Alone::Trusted),
        Ok(("", found)) if found.person == *p
    )
}

/// A mention at `i`, whose lead `lead` ends at `r`. `alone`: whether roles written with a
/// capital may name a person without an honorific (see below): at the start of a sentence, and
/// in a strict parse.
fn mention_after_lead<'a>(i: &'a str, r: &'a str, lead: Lead, alone: Alone) -> PResult<'a, Found> {
    // `Hồ Hùng Anh, Chủ tịch …`: a word that could be an honorific, then a comma, is the end of
    // something else.
    if lead.honorific.is_some() && r.trim_start_matches(' ').starts_with(',') {
        return fail(i, "a person mention");
    }
    let has_lead = lead.honorific.is_some() || lead.rank.is_some() || lead.academic.is_some();
    // Roles, then (after an optional comma or a colon) the name.
    if let Ok((r2, before)) = roles_before(r) {
        let t = r2.trim_start_matches(' ');
        let (t, colon) = match t.strip_prefix(':') {
            Some(x) => (x.trim_start_matches(' '), true),
            None => (
                t.strip_prefix(',').map_or(t, |x| x.trim_start_matches(' ')),
                false,
            ),
        };
        // `Tổng thống Philippines là Diosdado Macapagal`: the holder after `là`, of a role
        // written with its capital or its body (`bác sĩ của tổng thống là …` names the
        // doctor).
        let named_role =
            r.starts_with(char::is_uppercase) || before.iter().any(|x| x.org.is_some());
        // `Chủ tịch Quốc hội là ông Nguyễn Phú Trọng`: an honorific may stand before it.
        let holder = |x: &str| {
            x.starts_with(char::is_uppercase)
                || one_of(x, &["ông", "bà", "anh", "chị", "đồng chí"]).is_some_and(|(y, _)| {
                    sp1(y).is_ok_and(|(z, ())| z.starts_with(char::is_uppercase))
                })
        };
        let t = match one_of(t, &["là"]).and_then(|(x, _)| x.strip_prefix(' ')) {
            Some(x) if named_role && !colon && t.len() < r2.len() && holder(x) => x,
            _ => t,
        };
        if t.len() < r2.len() || r2.is_empty() || !colon {
            // `…, chủ tịch Phong trào …, Phùng Văn Cung - …`: a lower-case title, a comma, then
            // a name is the end of one list item and the start of the next, unless a lead
            // (`đồng chí`) opens the mention.
            let comma = !colon && r2.trim_start_matches(' ').starts_with(',');
            let loose = comma && !has_lead && r.starts_with(char::is_lowercase);
            let gap_ok = t.len() < r2.len() && !loose;
            if gap_ok {
                // `Giám đốc: Thiếu tướng GS.TS. Mai Hồng Bàng`: a rank, an academic title or an
                // honorific may stand between the roles and the name.
                let (t, inner) = lead_between(skip_baptismal(t));
                let mut lead = lead.clone();
                lead.honorific = lead.honorific.or(inner.honorific);
                lead.rank = lead.rank.or(inner.rank);
                lead.academic = lead.academic.or(inner.academic);
                // All roles print after the name, where at most nine are read back.
                if let Some((r3, (mut n, after))) = name_then_roles(t)
                    .ok()
                    .filter(|(_, (_, after))| before.len() + after.len() <= 9)
                {
                    let mut before = before.clone();
                    // `Chủ tịch Hermès Axel Dumas`, `HLV Barça Xavi Hernández`, `Thị trưởng
                    // London Sadiq Khan`: after a title of a company, club or city with no body
                    // read, the first of three foreign words is the body, not a given name.
                    if let Some(last) = before.last_mut() {
                        let three = n.family_last
                            && n.middle.as_deref().is_some_and(|m| !m.contains(' '))
                            && n.suffix.is_none();
                        if three
                            && last.org.is_none()
                            && names_a_body(&last.title)
                            && t == r2.trim_start_matches(' ')
                        {
                            let middle = n.middle.take().unwrap_or_default();
                            last.org = Some(std::mem::replace(&mut n.given, middle));
                        }
                    }
                    let mut roles = before.clone();
                    roles.extend(after);
                    let person = finish(&lead, Some(n), roles);
                    return Ok((
                        r3,
                        Found {
                            person,
                            strong: true,
                            shared: lead.plural || colon,
                            shared_roles: if colon || lead.plural {
                                before
                            } else {
                                Vec::new()
                            },
                            colon,
                            lead,
                        },
                    ));
                }
            }
        }
        // A person named by role alone needs an organisation, and an honorific (`Đồng chí Bí
        // thư Đảng ủy Khối`; `đồng chí bí thư nói` names no one in particular) or, at the start
        // of a sentence, roles that name one office holder (`roles_name_one`).
        let capital_alone =
            lead.honorific.is_none() && alone != Alone::No && roles_name_one(r, r2, &before);
        if (lead.honorific.is_some() || capital_alone) && before.iter().any(|r| r.org.is_some()) {
            let person = finish(&lead, None, before);
            // Roles alone must read back from what `Display` writes, as every value does; the
            // check reads them back with the rule trusted, so it does not recurse.
            if lead.honorific.is_none() && alone == Alone::Checked && !reads_back(&person) {
                return fail(i, "a name (surname and given name)");
            }
            return Ok((
                r2,
                Found {
                    person,
                    strong: true,
                    shared: false,
                    shared_roles: Vec::new(),
                    colon: false,
                    lead,
                },
            ));
        }
    }
    let (mut r2, (n, mut roles)) = name_then_roles(r)?;
    let mut lead = lead;
    let mut has_lead = has_lead;
    if roles.is_empty() && lead.rank.is_none() && lead.academic.is_none() {
        // `Lê Xuân Thục, Đại tá`, `Đặng Xuân Kỳ, Giáo sư, nguyên Viện trưởng …`: a rank or an
        // academic title after the name, then perhaps its roles.
        if let Some((x, false)) = after_name(r2) {
            let (x2, after) = lead_between(x);
            // Not the bare `tướng` (`X, tướng lĩnh …` describes; `Liêu Đông, tướng …` is a place).
            let rank = after.rank.as_deref().filter(|r| *r != "Tướng");
            if after.honorific.is_none() && (rank.is_some() || after.academic.is_some()) {
                // The lead swallows the spaces and comma after it; the mention does not.
                let used = x[..x.len() - x2.len()].trim_end_matches([' ', ',']).len();
                let end = &x[used..];
                // `Lê Thu Hà, Trung tướng (2014), nguyên Phó Giám đốc …`: the year of the rank.
                let (x3, more) = match role_sep(skip_years_in_parens(end)) {
                    Some(y) => roles_after(y),
                    None => (end, Vec::new()),
                };
                lead.rank = after.rank;
                lead.academic = after.academic;
                roles = more;
                has_lead = true;
                r2 = if roles.is_empty() { end } else { x3 };
            }
        }
    }
    let strong = has_lead || !roles.is_empty();
    let person = finish(&lead, Some(n), roles);
    Ok((
        r2,
        Found {
            person,
            strong,
            shared: lead.plural,
            shared_roles: Vec::new(),
            colon: false,
            lead,
        },
    ))
}

/// Whether the roles `before`, written at `r` and ending at `r2` with no name after them and
/// no honorific before, name the one holder of an office: `Phó Bí thư Thường trực Tỉnh ủy phát
/// biểu …`, a caption or a subject (the caller asks only at the start of a sentence; inside one
/// such roles are too often part of a name, `Văn phòng Thủ tướng Chính phủ`).
///
/// - Written with a capital, and the first role not former or late (`Display` writes `nguyên`,
///   `cố` in lower case).
/// - Every role with a body the tables bound ([`known_body`]): without a name to end it, a body
///   named by its head and free words runs on into the sentence (`Vụ trưởng Vụ Công tác chính
///   trị chịu trách nhiệm`).
/// - The text does not go on with a capital (`Chủ tịch UBND TPHCM Phan Văn Mãi`: a name or body
///   the grammar did not read), a plural (`Chủ tịch UBND các huyện`), a number or a level
///   (`Chủ tịch UBND phường 5`, `… Ủy ban nhân dân cấp xã`: any such office), or a list of
///   places after a comma (`… tỉnh, thành phố trực thuộc Trung ương`: every province).
fn roles_name_one(r: &str, r2: &str, before: &[Role]) -> bool {
    let after = r2.trim_start_matches(' ');
    let goes_on = (after.len() < r2.len()
        && (after.starts_with(char::is_uppercase)
            || after.starts_with(|c: char| c.is_ascii_digit())
            || one_of(after, &["các", "những", "mỗi", "từng", "cấp"]).is_some()))
        || r2.strip_prefix(", ").is_some_and(|x| {
            let places = [
                "thành phố",
                "tỉnh",
                "huyện",
                "quận",
                "thị xã",
                "xã",
                "phường",
                "lãnh đạo",
            ];
            one_of(x, &places).is_some()
        });
    !goes_on
        && r.starts_with(char::is_uppercase)
        && before.first().is_some_and(|r| !r.former && !r.late)
        && !before
            .iter()
            .any(|r| SPORTS_TITLES.contains(&r.title.as_str()))
        && before
            .iter()
            .all(|r| r.org.as_deref().is_some_and(known_body))
}

/// Whether the organisation `o` of a role is one whose extent the tables fix: a known body
/// (`Bộ Công an`, `Chính phủ`), a committee with the place or body after it (`Ủy ban nhân dân
/// tỉnh Ninh Thuận`), or a state (`Thủ tướng Nhật Bản`).
fn known_body(o: &str) -> bool {
    let h = heads(o);
    let whole =
        |found: Option<(&str, &'static str)>| found.is_some_and(|(rest, _)| rest.is_empty());
    whole(lookup_word(o, &h.orgs))
        || lookup_word(o, &h.committees).is_some()
        || whole(longest_word(
            o,
            VIETNAMESE_STATES.iter().chain(COUNTRIES).copied(),
        ))
}

/// The next name of a list sharing a lead: `… và Đặng Thị Ngọc Thịnh`, `…; Nguyễn Văn B, …`.
fn next_in_list<'a>(r: &'a str, found: &Found) -> Option<(&'a str, Person)> {
    let gap = list_gap(r);
    if gap == 0 {
        return None;
    }
    let (r2, (n, roles)) = name_then_roles(&r[gap..]).ok()?;
    let mut all = if found.colon || roles.is_empty() {
        found.shared_roles.clone()
    } else {
        Vec::new()
    };
    all.extend(roles);
    Some((r2, finish(&found.lead, Some(n), all)))
}

#[cfg(test)]
mod tests {
    use super::super::tables::{BODY_HEADS, COMMITTEES, LEVELS, TRIGGERS};
    use super::*;
    use crate::orgs::NAMED_ORGS as ORGS;

    #[test]
    fn triggers_sorted() {
        assert!(
            TRIGGERS
                .windows(2)
                .all(|w| w[0].as_bytes() < w[1].as_bytes())
        );
        assert!(
            SURNAMES
                .windows(2)
                .all(|w| w[0].as_bytes() < w[1].as_bytes())
        );
    }

    #[test]
    fn every_lead_and_title_word_is_a_trigger() {
        let heads = TITLES
            .iter()
            .chain(SPORTS_TITLES)
            .chain(RANKS)
            .chain(ACADEMIC_WORDS)
            .chain(SUFFIX_DEPUTIES)
            .copied()
            .chain(HONORIFICS.iter().map(|(w, _)| *w));
        for entry in heads {
            let first: String = entry
                .split([' ', '.', '/'])
                .next()
                .unwrap()
                .chars()
                .map(crate::combinators::fold)
                .collect();
            let bits = crate::scan::trigger_kinds(first.as_bytes());
            assert!(
                bits & crate::Kind::Person.bit() != 0,
                "{entry:?}: {first:?}"
            );
        }
    }

    /// Lookups take the first entry that matches, so a longer entry must come before every
    /// entry that is a prefix of it, or it is never found.
    #[test]
    fn no_entry_is_shadowed() {
        let honorifics: Vec<&str> = HONORIFICS.iter().map(|(h, _)| *h).collect();
        let tables: [&[&str]; 10] = [
            TITLES,
            SPORTS_TITLES,
            RANKS,
            ACADEMIC_WORDS,
            SUFFIX_DEPUTIES,
            COMMITTEES,
            BODY_HEADS,
            LEVELS,
            ORGS,
            &honorifics,
        ];
        for table in tables {
            for (k, long) in table.iter().enumerate() {
                for short in &table[..k] {
                    let shadowed = strip_ci(long, short).is_some_and(at_word_end);
                    assert!(!shadowed, "{long:?} comes after {short:?}");
                }
            }
        }
    }

    #[test]
    fn names_split() {
        let (_, n) = name("Lê Thị Thu Hồng, Phó").unwrap();
        assert_eq!(
            (n.family.as_str(), n.middle.as_deref(), n.given.as_str()),
            ("Lê", Some("Thị Thu"), "Hồng")
        );
        let (_, n) = name("Tôn Nữ Thị Ninh").unwrap();
        assert_eq!(n.family, "Tôn Nữ");
        let (_, n) = name("Y Bih Niê").unwrap();
        assert_eq!((n.family.as_str(), n.given.as_str()), ("Niê", "Bih"));
        assert!(name("Hà Nội").is_err());
        assert!(name("Kiên Giang").is_err());
    }
}
