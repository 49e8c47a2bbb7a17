//! Finding mentions in running text.
//!
//! The scanner walks the text once. It cuts it into chunks at line and paragraph breaks (no
//! mention spans one) and brings each chunk to the grammar's form (borrowed when already clean,
//! which a table of suspect byte pairs tells without decoding). Its prefilter then reads the
//! chunk byte by byte: it finds word boundaries through a byte class table, lower-cases the few
//! bytes of each short word on the way and asks one table (the trigger words of every kind and
//! the surnames, behind a 512-byte filter) about it. Only numbers and listed words that fit
//! their next word reach a grammar, so nom runs at candidate positions, never per byte.
//! Mentions come out in text order, without overlaps, with byte spans into the caller's text.

use std::collections::VecDeque;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::combinators::{
    TriggerTable, fold, fold_word_char, is_letter, is_word_char, one_of, word_lower,
};
use crate::date::{self, DateValue, Weekday};
use crate::docref::{self, DocRef};
use crate::error::{ParseError, ParseErrorKind};
use crate::person::{self, Person};
use crate::text::Normalized;

/// The kinds of value the scanner finds. More kinds come in later versions.
///
/// ```
/// assert_eq!("date".parse::<vanban::Kind>()?, vanban::Kind::Date);
/// assert_eq!(vanban::Kind::Date.to_string(), "date");
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Kind {
    /// Dates, times, periods and ranges ([`DateValue`]).
    Date,
    /// References to documents ([`DocRef`]).
    DocRef,
    /// Officials' role-plus-name mentions ([`Person`]).
    Person,
}

impl Kind {
    /// Every kind, in output order.
    ///
    /// ```
    /// let names: Vec<&str> = vanban::Kind::ALL.iter().map(|k| k.as_str()).collect();
    /// assert_eq!(names, ["date", "doc_ref", "person"]);
    /// ```
    pub const ALL: &'static [Kind] = &[Kind::Date, Kind::DocRef, Kind::Person];

    /// The kind's name as used in JSON output and on the command line (`date`).
    ///
    /// ```
    /// assert_eq!(vanban::Kind::Date.as_str(), "date");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            Kind::Date => "date",
            Kind::DocRef => "doc_ref",
            Kind::Person => "person",
        }
    }

    pub(crate) fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Kind, ParseError> {
        match s.trim() {
            "date" => Ok(Kind::Date),
            "doc_ref" => Ok(Kind::DocRef),
            "person" => Ok(Kind::Person),
            _ => Err(ParseError::new(
                ParseErrorKind::Unexpected,
                0,
                "a kind: date, doc_ref or person",
            )),
        }
    }
}

/// The value of a mention.
///
/// ```
/// let m = vanban::find_iter("Sáng 27-11, hội nghị khai mạc").next().unwrap();
/// assert!(matches!(m.value(), vanban::Value::Date(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Value {
    /// A date mention.
    Date(DateValue),
    /// A reference to a document.
    DocRef(DocRef),
    /// A person mention.
    Person(Person),
}

impl Value {
    /// The date value, if this is a date mention.
    ///
    /// ```
    /// let m = vanban::find_iter("ngày 28-2-2018").next().unwrap();
    /// assert_eq!(m.value().as_date().unwrap().as_single().unwrap().year(), Some(2018));
    /// ```
    pub fn as_date(&self) -> Option<&DateValue> {
        match self {
            Value::Date(d) => Some(d),
            _ => None,
        }
    }

    /// The document reference, if this is one.
    ///
    /// ```
    /// let m = vanban::find_iter("theo Nghị định số 30/2020/NĐ-CP").next().unwrap();
    /// assert_eq!(m.value().as_doc_ref().unwrap().number(), Some("30"));
    /// ```
    pub fn as_doc_ref(&self) -> Option<&DocRef> {
        match self {
            Value::DocRef(r) => Some(r),
            _ => None,
        }
    }

    /// The person, if this is a person mention.
    ///
    /// ```
    /// let m = vanban::find_iter("đồng chí Phan Thăng An phát biểu").next().unwrap();
    /// assert_eq!(m.value().as_person().unwrap().name().unwrap().given(), "An");
    /// ```
    pub fn as_person(&self) -> Option<&Person> {
        match self {
            Value::Person(p) => Some(p),
            _ => None,
        }
    }
}

/// Something doubtful the scanner noticed about a mention it still reports.
///
/// ```
/// use vanban::{Warning, Weekday};
/// let m = vanban::find_iter("Thứ Năm, 27/11/2019").next().unwrap();
/// assert!(matches!(
///     m.warnings(),
///     [Warning::WeekdayMismatch { written: Weekday::Thu, actual: Weekday::Wed, .. }]
/// ));
/// // The value keeps the date; the written weekday is in the warning.
/// assert_eq!(m.value().as_date().unwrap().to_string(), "27/11/2019");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "warning", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Warning {
    /// The written weekday is not the weekday of the written date. The mention's value keeps
    /// the date without the weekday, so that it reads back; the weekday is here.
    #[non_exhaustive]
    WeekdayMismatch {
        /// The weekday in the text.
        written: Weekday,
        /// The weekday the calendar gives for the date.
        actual: Weekday,
    },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::WeekdayMismatch { written, actual } => {
                write!(
                    f,
                    "weekday {written:?} written, but the date is a {actual:?}"
                )
            }
        }
    }
}

/// One mention found in a text: its kind, byte span, verbatim text and value.
///
/// ```
/// let text = "Cập nhật lúc 14:46, Thứ Tư, 27/11/2019 (GMT+7)\nSáng 27-11, …";
/// let m: Vec<_> = vanban::find_iter(text).collect();
/// assert_eq!(m[0].as_str(), "Cập nhật lúc 14:46, Thứ Tư, 27/11/2019 (GMT+7)");
/// assert_eq!((m[1].start(), m[1].as_str()), (55, "Sáng 27-11"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Mention<'t> {
    kind: Kind,
    start: usize,
    end: usize,
    text: &'t str,
    value: Value,
    warnings: Vec<Warning>,
}

/// A mention serialises as one line of the `extract` example: `{"kind", "start", "end",
/// "text", "value"}`, plus `"warnings"` when there are any. (The `kind` tells which value type
/// `value` holds; [`Value`] alone does not say.)
///
/// ```
/// let m = vanban::find_iter("Sáng 27-11").next().unwrap();
/// assert_eq!(
///     serde_json::to_string(&m).unwrap(),
///     r#"{"kind":"date","start":0,"end":11,"text":"Sáng 27-11","value":{"month":11,"day":27,"part_of_day":"morning"}}"#
/// );
/// ```
impl Serialize for Mention<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let n = if self.warnings.is_empty() { 5 } else { 6 };
        let mut m = s.serialize_struct("Mention", n)?;
        m.serialize_field("kind", &self.kind)?;
        m.serialize_field("start", &self.start)?;
        m.serialize_field("end", &self.end)?;
        m.serialize_field("text", self.text)?;
        m.serialize_field("value", &self.value)?;
        if self.warnings.is_empty() {
            m.skip_field("warnings")?;
        } else {
            m.serialize_field("warnings", &self.warnings)?;
        }
        m.end()
    }
}

impl<'t> Mention<'t> {
    /// The kind of mention.
    ///
    /// ```
    /// let m = vanban::find_iter("năm 2019").next().unwrap();
    /// assert_eq!(m.kind(), vanban::Kind::Date);
    /// ```
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// Byte offset of the first byte, in the text given to the scanner.
    ///
    /// ```
    /// let m = vanban::find_iter("Họp ngày 5/8/2022.").next().unwrap();
    /// assert_eq!(m.start(), 6);
    /// ```
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset just past the last byte.
    ///
    /// ```
    /// let m = vanban::find_iter("Họp ngày 5/8/2022.").next().unwrap();
    /// assert_eq!(m.end(), 20);
    /// ```
    pub fn end(&self) -> usize {
        self.end
    }

    /// The span as a range.
    ///
    /// ```
    /// let text = "Họp ngày 5/8/2022.";
    /// let m = vanban::find_iter(text).next().unwrap();
    /// assert_eq!(&text[m.range()], "ngày 5/8/2022");
    /// ```
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The mention's text, verbatim (in whatever Unicode form the input had).
    ///
    /// ```
    /// let m = vanban::find_iter("Sa\u{301}ng 27-11").next().unwrap();
    /// assert_eq!(m.as_str(), "Sa\u{301}ng 27-11");
    /// ```
    pub fn as_str(&self) -> &'t str {
        self.text
    }

    /// The parsed value (normalised).
    ///
    /// ```
    /// let m = vanban::find_iter("quý I-2020").next().unwrap();
    /// assert_eq!(m.value().as_date().unwrap().to_string(), "quý I năm 2020");
    /// ```
    pub fn value(&self) -> &Value {
        &self.value
    }

    /// Takes the value out.
    ///
    /// ```
    /// let v = vanban::find_iter("năm 2019").next().unwrap().into_value();
    /// assert!(v.as_date().is_some());
    /// ```
    pub fn into_value(self) -> Value {
        self.value
    }

    /// Doubts about the mention (empty for almost every mention).
    ///
    /// ```
    /// assert!(vanban::find_iter("Thứ Tư, 27/11/2019").next().unwrap().warnings().is_empty());
    /// ```
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }
}

/// Finds mentions of the kinds asked for.
///
/// A `Scanner` is a small immutable value (`Send + Sync`); build one and share it.
///
/// ```
/// use vanban::{Kind, Scanner};
///
/// let scanner = Scanner::with_kinds(&[Kind::Date]);
/// let text = "Trong thời gian hai ngày (27 và 28-11), các đại biểu …";
/// let spans: Vec<&str> = scanner.find_iter(text).map(|m| m.as_str()).collect();
/// assert_eq!(spans, ["27 và 28-11"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Scanner {
    kinds: u8,
}

impl Default for Scanner {
    fn default() -> Self {
        Scanner::new()
    }
}

/// Longest chunk handed to the grammar at once; longer lines are cut at a space.
const MAX_CHUNK: usize = 1 << 16;

impl Scanner {
    /// A scanner for every kind.
    ///
    /// ```
    /// assert_eq!(vanban::Scanner::new().find_iter("hôm qua").count(), 1);
    /// ```
    pub const fn new() -> Scanner {
        Scanner { kinds: 0xFF }
    }

    /// A scanner for the given kinds only.
    ///
    /// ```
    /// let s = vanban::Scanner::with_kinds(&[vanban::Kind::Date]);
    /// assert!(s.finds(vanban::Kind::Date));
    /// ```
    pub fn with_kinds(kinds: &[Kind]) -> Scanner {
        Scanner {
            kinds: kinds.iter().fold(0, |acc, k| acc | k.bit()),
        }
    }

    /// Whether this scanner looks for `kind`.
    ///
    /// ```
    /// assert!(vanban::Scanner::new().finds(vanban::Kind::Date));
    /// ```
    pub fn finds(&self, kind: Kind) -> bool {
        self.kinds & kind.bit() != 0
    }

    /// Every mention in `text`, in text order, without overlaps.
    ///
    /// ```
    /// let text = "Sáng 24/10/2019, tại Hà Nội, hội nghị sơ kết 5 năm thực hiện …";
    /// let found: Vec<_> = vanban::Scanner::new().find_iter(text).collect();
    /// assert_eq!(found.len(), 1);
    /// assert_eq!(found[0].as_str(), "Sáng 24/10/2019");
    /// ```
    pub fn find_iter<'t>(&self, text: &'t str) -> Mentions<'t> {
        Mentions {
            scanner: self.clone(),
            text,
            pos: 0,
            pending: VecDeque::new(),
            anchor: None,
        }
    }
}

/// Every mention of every kind in `text` (a default [`Scanner`]).
///
/// ```
/// let n = vanban::find_iter("Sáng 27-11, Ban Thường vụ Tỉnh ủy họp (27 và 28-11).").count();
/// assert_eq!(n, 2);
/// ```
pub fn find_iter(text: &str) -> Mentions<'_> {
    Scanner::new().find_iter(text)
}

/// The dateline of a document: its first date that names a full solar day, starting within
/// its first 512 bytes, as an instant (its time, or midnight; at its written offset, else
/// Vietnam's, UTC+7). It is the default
/// reference for the partial and relative dates of the document (`Sáng 27-11`, `hôm qua`):
/// pass it to [`DateValue::resolve`](crate::DateValue::resolve).
///
/// The scan stops at that date, or after the document's head: a date deeper in is one the
/// text is about, not the day it was written (an encyclopedia article's `ngày 21 tháng 11
/// năm 1894`). It reads every kind,
/// so that the date of a document cited in the text (`Quyết định số 45/QĐ-UBND ngày 3/2/1998`),
/// which belongs to its reference, is never taken for the dateline.
///
/// ```
/// let text = "14:46, Thứ Tư, 27/11/2019 (GMT+7)\nSáng 27-11, Tỉnh ủy khai mạc hội nghị.";
/// let t = vanban::dateline(text).unwrap();
/// assert_eq!(t.to_rfc3339(), "2019-11-27T14:46:00+07:00");
/// let sang = vanban::find_iter(text).nth(1).unwrap();
/// let r = sang.value().as_date().unwrap().resolve(t).unwrap();
/// assert_eq!(r.start().to_rfc3339(), "2019-11-27T04:00:00+07:00");
/// assert!(vanban::dateline("Quyết định số 45/QĐ-UBND ngày 3/2/1998").is_none());
/// ```
pub fn dateline(text: &str) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    let vietnam = chrono::FixedOffset::east_opt(7 * 3600)?;
    find_iter(text)
        .take_while(|m| m.start() < DATELINE_HEAD)
        .find_map(|m| match m.value() {
            Value::Date(v) => v.as_single()?.to_datetime(vietnam),
            _ => None,
        })
}

/// How far into a document its dateline may start, in bytes: a dateline heads a document (a
/// news article's first lines, the place and day of a legal text), and a full date deeper in
/// an encyclopedia article (`ngày 21 tháng 11 năm 1894`) is a day the text is about, no
/// reference for its `hiện nay`.
const DATELINE_HEAD: usize = 512;

/// Iterator over the mentions of a text; see [`Scanner::find_iter`]. It works chunk by chunk
/// (a line or paragraph at a time), so the first mentions come before the whole text is read.
///
/// ```
/// let mut it = vanban::find_iter("Sáng 27-11, đồng chí Phan Thăng An phát biểu.");
/// assert_eq!(it.next().unwrap().as_str(), "Sáng 27-11");
/// assert_eq!(it.next().unwrap().as_str(), "đồng chí Phan Thăng An");
/// assert!(it.next().is_none());
/// ```
#[derive(Debug, Clone)]
pub struct Mentions<'t> {
    scanner: Scanner,
    text: &'t str,
    pos: usize,
    pending: VecDeque<Mention<'t>>,
    /// The day the text last dated (`Chiều cùng ngày` is that day).
    anchor: Option<date::Anchor>,
}

impl std::iter::FusedIterator for Mentions<'_> {}

impl<'t> Iterator for Mentions<'t> {
    type Item = Mention<'t>;

    fn next(&mut self) -> Option<Mention<'t>> {
        loop {
            if let Some(m) = self.pending.pop_front() {
                return Some(m);
            }
            if self.pos >= self.text.len() {
                return None;
            }
            let (start, end, next) = next_chunk(self.text, self.pos);
            self.pos = next;
            scan_chunk(
                &self.scanner,
                self.text,
                (start, end),
                &mut self.anchor,
                &mut self.pending,
            );
        }
    }
}

/// The chunk starting at `pos`: `(start, end, next_pos)`.
fn next_chunk(text: &str, pos: usize) -> (usize, usize, usize) {
    let bytes = &text.as_bytes()[pos..];
    let limit = bytes.len().min(MAX_CHUNK);
    // A tab ends a paragraph too, except right after a hyphen or `số` before a digit:
    // `52/2020/TT-\tBGDĐT`, `Nghị định số\t68/2026/NĐ-CP` are identifiers broken across a cell
    // or line by the converter that produced the text; and inside a sentence, between a word
    // (or a comma) and a word in lower case: `ngày 29 tháng 5\tnăm 2026`, `… quy định điều
    // kiện đầu tư và hoạt\tđộng …` (a paragraph starts with a capital).
    let mut from = 0;
    let found = loop {
        match memchr::memchr2(b'\n', b'\t', &bytes[from..limit]) {
            Some(k)
                if bytes[from + k] == b'\t'
                    && (bytes[..from + k].ends_with(b"-")
                        || (bytes[..from + k].ends_with("số".as_bytes())
                            && bytes.get(from + k + 1).is_some_and(u8::is_ascii_digit))
                        || wrapped_line(
                            &text[pos..pos + from + k],
                            &text[pos + from + k + 1..],
                        )) =>
            {
                from += k + 1;
            }
            Some(k) => break Some(from + k),
            None => break None,
        }
    };
    match found {
        Some(k) => (pos, pos + k, pos + k + 1),
        None if limit == bytes.len() => (pos, text.len(), text.len()),
        None => {
            // A very long line: cut at its last space within the limit, else at a char boundary.
            let cut = bytes[..limit]
                .iter()
                .rposition(|&b| b == b' ')
                .filter(|&k| k > 0)
                .unwrap_or_else(|| {
                    let mut k = limit;
                    while !text.is_char_boundary(pos + k) {
                        k -= 1;
                    }
                    k
                });
            (pos, pos + cut, pos + cut)
        }
    }
}

/// Whether a tab between `before` and `after` broke a sentence's line: a word char or a comma
/// before it, a lower-case letter after it.
fn wrapped_line(before: &str, after: &str) -> bool {
    // After a number only a date or a reference goes on (`tháng 5⇥năm 2026`): `Nghị định
    // 15⇥người dân …` is two cells of a table
    // (an identifier its day or issuer: `254/2025/QH15⇥ngày 11 …`, `năm 2016⇥của …`).
    let last = before.chars().next_back();
    let number_then_year = last.is_some_and(|c| c.is_ascii_digit())
        && one_of(
            after,
            &[
                "năm",
                "ngày",
                "tháng",
                "của",
                "về",
                "quy định",
                "hướng dẫn",
                "ban hành",
            ],
        )
        .is_some();
    (last.is_some_and(|c| c.is_alphabetic() || c == ',') || number_then_year)
        && after.chars().next().is_some_and(char::is_lowercase)
}

fn in_list(list: &[&str], w: &[u8]) -> bool {
    list.iter().any(|x| x.as_bytes() == w)
}

/// The text before byte `at` without the spaces before `at`, and where its last word starts.
fn word_before(t: &str, at: usize) -> (&str, usize) {
    let before = t[..at].trim_end_matches(' ');
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !is_word_char(*c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    (before, start)
}

/// The word just before byte `at` (skipping spaces), lower-cased.
fn previous_word<'b>(t: &str, at: usize, buf: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    let (before, start) = word_before(t, at);
    if start == before.len() {
        return None;
    }
    word_lower(&before[start..], buf)
}

/// A number may start a date only where it does not continue an identifier or a number
/// (`Covid-19`, `15/2020`, `1.234`).
fn number_may_start(t: &str, at: usize) -> bool {
    let mut back = t[..at].chars().rev();
    match back.next() {
        None => true,
        Some(c) if is_word_char(c) => false,
        Some('/' | '-' | '.' | ',' | ':' | '+') => !back.next().is_some_and(is_word_char),
        Some(_) => true,
    }
}

/// Whether a weak expression at `start..end` stands where a date is expected: after a
/// context word (`ngày`, `sáng`, `từ`, `vào` …) or alone in parentheses.
fn in_date_context(t: &str, start: usize, end: usize) -> bool {
    let mut buf = [0u8; 32];
    let words = if hyphenated_day_month(&t[start..end]) {
        date::DAY_WORDS
    } else {
        date::CONTEXT_WORDS
    };
    // The word before, once: the context words and the headline's subject are both read off it.
    let (before, word_start) = word_before(t, start);
    let word = &before[word_start..];
    let prev = if word.is_empty() {
        None
    } else {
        word_lower(word, &mut buf)
    };
    if prev.is_some_and(|w| in_list(words, w)) {
        return true;
    }
    let opened = t[..start].trim_end_matches(' ').ends_with('(');
    let closed = t[end..].trim_start_matches(' ').starts_with([')', ',']);
    if opened && closed {
        return true;
    }
    // `Thời tiết Hà Nội 16/3: mưa rào`, `Giá vàng 14/3` (a headline's last word): a day and
    // month, `/`-written, that ends a title (a count's fraction is followed by what it counts,
    // or by a full stop).
    let after = t[end..].trim_start_matches(' ');
    let titled = after.is_empty() || after.starts_with(":") || after.starts_with("- ");
    let slashed = t[start..end].bytes().filter(|&b| b == b'/').count() == 1
        && t[start..end]
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'/');
    if !(titled && slashed) {
        return false;
    }
    // The word before names what the headline is about: a proper name (`Hà Nội`, `Vietstock
    // Daily`; not a capitalised first word, `Trang 1/5`), a code (`XSMT`, `3D`), or a word of
    // the daily headlines (`giá vàng`, `thời tiết`, `phiên`, `bản tin`); `vòng 1/8`, `căn hộ
    // 12/3`, `chiếm 1/3` are a round, an address and a fraction.
    let first = before[..word_start].trim_end_matches(' ').is_empty();
    let code = word.chars().filter(|c| c.is_uppercase()).count() >= 2
        && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    let code = code
        || (word.len() >= 2
            && word.ends_with('D')
            && word[..word.len() - 1].bytes().all(|b| b.is_ascii_digit()));
    let named = (word.starts_with(char::is_uppercase) && !first) || code;
    let daily = prev.is_some_and(|w| in_list(&["vàng", "tiết", "phiên", "tin", "giá"], w));
    named || daily
}

/// `Trận sông Áp Lục (1894)`, `Hoàng Hiệp (sinh 1931)`: a year alone in parentheses (or after
/// `sinh`, `mất`), as encyclopedias date events and people.
fn year_in_parentheses(t: &str, i: usize) -> Option<(usize, date::Parsed)> {
    let digits = t[i..].bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 || !t[i + 4..].starts_with(')') {
        return None;
    }
    let year: i32 = t[i..i + 4].parse().ok()?;
    if !(1000..=2100).contains(&year) {
        return None;
    }
    let before = t[..i].trim_end_matches(' ');
    let (b, k) = word_before(before, before.len());
    let lead = &b[k..];
    let opened = before.ends_with('(')
        || (["sinh", "mất", "Sinh", "Mất", "SN"].contains(&lead)
            && b[..k].trim_end().ends_with('('));
    // `(1900) 1234`, `(1500) phòng`: a phone number's part, a count before what it counts.
    let after = t[i + 5..].trim_start_matches(' ');
    const COUNTED: &[&str] = &[
        "phòng", "người", "căn", "chiếc", "con", "tấn", "km", "ha", "đồng", "cái", "hộ", "học",
    ];
    if after.starts_with(|c: char| c.is_ascii_digit()) || one_of(after, COUNTED).is_some() {
        return None;
    }
    // `mã số (1234)`, `trang (1052)`: a number in parentheses after what it numbers.
    let open = before.trim_end_matches(|c: char| c != '(');
    let mut buf = [0u8; 32];
    let numbered = previous_word(open, open.len().saturating_sub(1), &mut buf).is_some_and(|w| {
        in_list(
            &[
                "số", "mã", "mục", "trang", "điều", "khoản", "phòng", "gọi", "hotline", "đài",
            ],
            w,
        )
    });
    if !opened || numbered {
        return None;
    }
    year_at(i + 4, year)
}

/// The year `year` as a date found ending at `end`.
fn year_at(end: usize, year: i32) -> Option<(usize, date::Parsed)> {
    let value = DateValue::parse(&format!("năm {year}")).ok()?;
    Some((
        end,
        date::Parsed {
            value,
            strong: true,
            weekday_conflict: None,
        },
    ))
}

/// `Sau 1975, …`, `kể từ 2008.`, `Trước 1945 thì …`: a year of four digits alone after a word
/// that places an event before or after it, where the clause ends after the year (`sau 1975
/// người` counts people).
fn year_after_preposition(t: &str, i: usize) -> Option<(usize, date::Parsed)> {
    let digits = t[i..].bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return None;
    }
    let year: i32 = t[i..i + 4].parse().ok()?;
    if !(1000..=2100).contains(&year) {
        return None;
    }
    let after = &t[i + 4..];
    let ends = after.is_empty()
        || after.starts_with([',', ';', ')', '!', '?'])
        || (after.starts_with('.') && !after[1..].starts_with(|c: char| c.is_ascii_digit()))
        || one_of(
            after.trim_start_matches(' '),
            &["thì", "trở đi", "trở về trước"],
        )
        .is_some();
    let mut buf = [0u8; 32];
    let placed = previous_word(t, i, &mut buf).is_some_and(|w| in_list(&["sau", "trước", "từ"], w))
        && t[..i].ends_with(' ');
    if !ends || !placed {
        return None;
    }
    // In a sentence with another number or a word of quantities, `từ 1500` is a price, an
    // index, a room (`VN-Index giảm về dưới 1200 sau 1300`, `Phòng 1203, trước 1205`); so is one
    // the next clause continues with a number (`từ 2000, đến 3000 phân khối`). The sentence is
    // looked at over its last 300 bytes at most, so that a long line costs no more per year.
    let mut from = i.saturating_sub(300);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let sentence_start = t[from..i]
        .rfind(['.', '!', '?', ';', ':', '\n'])
        .map_or(from, |k| from + k + 1);
    let clause_start = t[sentence_start..i]
        .rfind([',', '(', '-'])
        .map_or(sentence_start, |k| sentence_start + k + 1);
    const QUANTITIES: &[&str] = &[
        "giá", "điểm", "index", "dưới", "trên", "lên", "xuống", "phòng", "số", "đài", "khúc",
        "mốc", "vé", "hotline",
    ];
    let counted = t[clause_start..i].bytes().any(|b| b.is_ascii_digit())
        || t[sentence_start..i]
            .split(|c: char| !is_word_char(c))
            .any(|w| QUANTITIES.iter().any(|q| w.eq_ignore_ascii_case(q)));
    let next_counts = after
        .strip_prefix(", ")
        .and_then(|x| one_of(x, &["lên", "xuống", "đến", "tới", "sau", "trước"]))
        .is_some_and(|(x, _)| x.trim_start().starts_with(|c: char| c.is_ascii_digit()));
    if counted || next_counts {
        return None;
    }
    year_at(i + 4, year)
}

/// Whether the number at byte `at` is a count of time, by the word before it: none (a clause
/// starts) or one that measures time (`hơn 20 năm nay`, `suốt 10 năm qua`, `đã 5 năm nay`).
fn counts_time(t: &str, at: usize) -> bool {
    const MEASURES: &[&str] = &[
        "hơn", "gần", "trong", "suốt", "đã", "khoảng", "ngót", "được", "cả", "chừng", "ngoài",
        "tròn", "mất", "trên", "ròng", "qua",
    ];
    let mut buf = [0u8; 32];
    let before = t[..at].trim_end_matches(' ');
    before.is_empty()
        || before.ends_with(|c: char| !is_word_char(c))
        || previous_word(t, at, &mut buf).is_some_and(|w| in_list(MEASURES, w))
}

/// Whether the weak date at `start..end` is a day and month written with `tháng` (`sinh 12
/// tháng 5 tại`, `1 tháng 7 - Croatia gia nhập`): not when a unit follows it (`5 tháng 10
/// ngày` is a duration) or a word before it makes it a name or a duration.
fn worded_day(t: &str, start: usize, end: usize) -> bool {
    let s = &t[start..end];
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    // `1 tháng 4-31 tháng 3` too.
    let mut words = s.split([' ', '-']).filter(|w| !w.is_empty());
    let shape = words.clone().next().is_some_and(number)
        && words.clone().next_back().is_some_and(number)
        && words.clone().any(|w| w.eq_ignore_ascii_case("tháng"))
        && words.all(|w| number(w) || w.eq_ignore_ascii_case("tháng") || w == "đến");
    if !shape {
        return false;
    }
    // `đường 3 tháng 2`, `Cúp 19 tháng 8`: streets, prizes and movements named after a day;
    // `trong 3 tháng 6 ngày`, `mất 2 tháng 10 ngày`: a duration.
    const BEFORE: &[&str] = &[
        "đường",
        "phố",
        "cầu",
        "trường",
        "thpt",
        "cúp",
        "giải",
        "trào",
        "viên",
        "máy",
        "trong",
        "sau",
        "mất",
        "hơn",
        "gần",
        "dài",
        "chậm",
        "được",
    ];
    let mut buf = [0u8; 32];
    if previous_word(t, start, &mut buf).is_some_and(|w| in_list(BEFORE, w)) {
        return false;
    }
    // A unit after it makes it a duration (`9 tháng 10 ngày`).
    let after = t[end..].trim_start_matches(' ');
    !after.starts_with(is_word_char)
        || one_of(
            after,
            &["ngày", "tuần", "tháng", "năm", "giờ", "phút", "lần", "đợt"],
        )
        .is_none()
}

/// Bit of a scanner table entry for a surname (name-first mentions start there).
const SURNAME: u8 = 1 << 6;

/// The words the scanner tries and what each can start: every trigger word of every kind (as
/// [`Kind`] bits) and every surname ([`SURNAME`]), lower case.
fn scan_table() -> &'static TriggerTable {
    static TABLE: std::sync::OnceLock<TriggerTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let surnames: Vec<String> = person::SURNAMES
            .iter()
            .map(|s| s.chars().map(fold).collect())
            .collect();
        let surnames: Vec<&str> = surnames.iter().map(String::as_str).collect();
        TriggerTable::new(&[
            (date::TRIGGERS, Kind::Date.bit()),
            (docref::TRIGGERS, Kind::DocRef.bit()),
            (person::TRIGGERS, Kind::Person.bit()),
            (&surnames, SURNAME),
        ])
    })
}

/// A word the scanner tries: a number, or a short word in [`scan_table`].
struct Candidate {
    start: usize,
    end: usize,
    /// The table's bits for the word (0 for a number).
    bits: u8,
    /// The word in lower case (empty for a number).
    lower: [u8; TriggerTable::MAX_LEN],
    len: usize,
}

/// The next word of `t` at or after byte `k` that can start a mention.
///
/// This is the scanner's prefilter: one pass over the bytes that finds word boundaries,
/// lower-cases the first bytes of each word on the way and asks the table about it, so the
/// grammar runs only at numbers and listed words. Starting inside a word (after a mention that
/// ended there) makes the rest of the word a word, as everywhere else.
fn next_candidate(t: &str, mut k: usize) -> Option<Candidate> {
    let b = t.as_bytes();
    let table = scan_table();
    loop {
        // Skip to a word.
        while k < b.len() {
            match BYTE_CLASS[usize::from(b[k])] {
                NOT_WORD => k += 1,
                ASCII_WORD | LETTER2 => break,
                _ => match word_byte(t, k) {
                    (true, _) => break,
                    (false, l) => k += l,
                },
            }
        }
        if k >= b.len() {
            return None;
        }
        let start = k;
        if b[start].is_ascii_digit() {
            k = word_end_from(t, k);
            return Some(Candidate {
                start,
                end: k,
                bits: 0,
                lower: [0; TriggerTable::MAX_LEN],
                len: 0,
            });
        }
        // Lower-case the word while it is short enough to be a trigger, then find its end.
        // `lower` has room for a char's four bytes past the longest key, so that every char
        // is copied whole, with a fixed-size copy (a copy of the char's length alone costs a
        // call to `memcpy` per char); a word that outgrows it is too long to be a key.
        let mut lower = [0u8; TriggerTable::MAX_LEN + 8];
        let mut len = 0;
        while k < b.len() && k - start <= date::MAX_TRIGGER_LEN {
            let x = b[k];
            match BYTE_CLASS[usize::from(x)] {
                ASCII_WORD => {
                    if let Some(d) = lower.get_mut(len) {
                        *d = x.to_ascii_lowercase();
                    }
                    len += 1;
                    k += 1;
                }
                NOT_WORD => break,
                _ => {
                    let Some((folded, n, l)) = fold_word_char(t, k) else {
                        break;
                    };
                    // All four bytes (zeros past the char).
                    match lower.get_mut(len..len + 4) {
                        Some(dst) => dst.copy_from_slice(&folded),
                        None => len = lower.len(),
                    }
                    len += n;
                    k += l;
                }
            }
        }
        if k - start > date::MAX_TRIGGER_LEN {
            k = word_end_from(t, k);
            continue;
        }
        // `lower` is zero past the word: it is the word's key (a zero byte is no word char).
        if len <= TriggerTable::MAX_LEN {
            let mut key = [0; TriggerTable::MAX_LEN];
            key.copy_from_slice(&lower[..TriggerTable::MAX_LEN]);
            let lower = key;
            let bits = table.get_key(&lower);
            if bits != 0 {
                return Some(Candidate {
                    start,
                    end: k,
                    bits,
                    lower,
                    len,
                });
            }
        }
    }
}

/// The end of the word that goes on at byte `k` of `t`.
#[inline]
fn word_end_from(t: &str, mut k: usize) -> usize {
    let b = t.as_bytes();
    while k < b.len() {
        match BYTE_CLASS[usize::from(b[k])] {
            ASCII_WORD => k += 1,
            NOT_WORD => break,
            LETTER2 => k += 2,
            _ => match word_byte(t, k) {
                (true, l) => k += l,
                (false, _) => break,
            },
        }
    }
    k
}

/// What a byte says about the char it starts, for the word scan: [`NOT_WORD`] (ASCII
/// punctuation, spaces and controls), [`ASCII_WORD`] (letters and digits), [`LETTER2`] (the
/// lead of a two-byte letter: U+0100..U+01BF), or anything else, which [`word_byte`] decides.
static BYTE_CLASS: [u8; 256] = {
    let mut c = [OTHER; 256];
    let mut x = 0;
    while x < 0x80 {
        c[x] = if (x as u8).is_ascii_alphanumeric() {
            ASCII_WORD
        } else {
            NOT_WORD
        };
        x += 1;
    }
    c[0xC4] = LETTER2;
    c[0xC5] = LETTER2;
    c[0xC6] = LETTER2;
    c
};
const NOT_WORD: u8 = 0;
const ASCII_WORD: u8 = 1;
const LETTER2: u8 = 2;
const OTHER: u8 = 3;

/// Whether the char at byte `k` of `t` belongs to a word, and its length: [`is_word_char`]
/// with the common cases read off the bytes.
#[inline(always)]
fn word_byte(t: &str, k: usize) -> (bool, usize) {
    let b = t.as_bytes();
    let x = b[k];
    if x < 0x80 {
        return (x.is_ascii_alphanumeric(), 1);
    }
    match (x, b.get(k + 1)) {
        // U+00C0..U+01BF, all letters but × and ÷.
        (0xC3, Some(&y)) => (y != 0x97 && y != 0xB7, 2),
        (0xC4..=0xC6, Some(_)) => (true, 2),
        // U+1E00..U+1EFF: Latin Extended Additional, all letters.
        (0xE1, Some(0xB8..=0xBB)) => (true, 3),
        _ => {
            let c = t[k..].chars().next().unwrap_or(' ');
            (is_word_char(c), c.len_utf8())
        }
    }
}

#[inline(never)]
fn scan_chunk<'t>(
    scanner: &Scanner,
    text: &'t str,
    (start, end): (usize, usize),
    anchor: &mut Option<date::Anchor>,
    out: &mut VecDeque<Mention<'t>>,
) {
    let (dates, docs, people) = (
        scanner.finds(Kind::Date),
        scanner.finds(Kind::DocRef),
        scanner.finds(Kind::Person),
    );
    if !dates && !docs && !people {
        return;
    }
    let chunk = &text[start..end];
    let n = Normalized::new(chunk);
    // A tab left inside a chunk is a line a converter broke (see `next_chunk`): a space to the
    // grammars, byte for byte, so that offsets stay as they are.
    let unbroken;
    let t = if n.as_str().contains('\t') {
        unbroken = n.as_str().replace('\t', " ");
        unbroken.as_str()
    } else {
        n.as_str()
    };
    let mut names = person::NameStarts::default();
    let mut i = 0;
    // The end of the last mention: a reference may take the provision before it back to here.
    let mut floor = 0;
    while let Some(cand) = next_candidate(t, i) {
        i = cand.start;
        let word_end = cand.end;
        let (date_candidate, doc_candidate, person_candidate) = if cand.bits == 0 {
            let ok = number_may_start(t, i);
            // An identifier goes on after its number with `/` or `-` (`126-QĐ/TW`, `30/2020`).
            let id_next = t[word_end..]
                .trim_start_matches(' ')
                .starts_with(['/', '-']);
            (
                dates && ok && date_may_follow(&t[i..word_end], &t[word_end..]),
                docs && ok && id_next,
                false,
            )
        } else {
            let (w, bits, rest) = (&cand.lower[..cand.len], cand.bits, &t[word_end..]);
            (
                dates && bits & Kind::Date.bit() != 0 && date::trigger_fits(w, rest),
                docs && bits & Kind::DocRef.bit() != 0 && docref::trigger_fits(w, rest),
                people
                    && ((bits & Kind::Person.bit() != 0 && person::trigger_fits(w, rest))
                        || (bits & SURNAME != 0 && person::is_name_start(&t[i..]))),
            )
        };
        // A reference first: a date inside it belongs to it.
        if doc_candidate {
            if let Some((stop, r)) = docref::doc_ref_at(t, i) {
                // `khoản 2 Điều 3 Nghị định …`: the provision belongs to the reference.
                let (from, r) = docref::provision_before(t, floor, i, &r).unwrap_or((i, r));
                // `Thông tư số 01, 02 và 03/2025/TT-BNV`: numbers sharing one symbol.
                let shared = docref::shared_tail(&t[stop..], &r);
                let r = shared.as_ref().map_or(r, |(first, _)| first.clone());
                // Where this reference's mentions start in `out` (see the lists below).
                let group = out.len();
                let mut push = |from: usize, to: usize, value: DocRef| {
                    let (s, e) = (start + n.to_original(from), start + n.to_original(to));
                    out.push_back(Mention {
                        kind: Kind::DocRef,
                        start: s,
                        end: e,
                        text: &text[s..e],
                        value: Value::DocRef(value),
                        warnings: Vec::new(),
                    });
                };
                // `Điều 5, Điều 6 và Điều 7 Nghị định …`: the provisions listed before it.
                for (s2, e2, v) in docref::provisions_before(t, floor, from, &r) {
                    push(s2, e2, v);
                }
                push(from, stop, r.clone());
                i = stop;
                let mut prev = r;
                for (s2, e2, v) in shared.map(|(_, members)| members).unwrap_or_default() {
                    push(stop + s2, stop + e2, v.clone());
                    i = stop + e2;
                    prev = v;
                }
                // `Nghị định 71/2024/NĐ-CP, 88/2024/NĐ-CP và 101/2024/NĐ-CP của Chính phủ`: the
                // issuer after the last is every one's.
                let mut listed = false;
                while let Some((s2, e2, v)) = docref::list_member(&t[i..], &prev) {
                    push(i + s2, i + e2, v.clone());
                    i += e2;
                    prev = v;
                    listed = true;
                }
                // `Nghị quyết 57, 59, 66 và 68 của Bộ Chính trị`: numbers of one type, the
                // issuer after the last every one's.
                while let Some((s2, e2, v)) = docref::number_list_member(&t[i..], &prev) {
                    push(i + s2, i + e2, v.clone());
                    i += e2;
                    prev = v;
                    listed = true;
                }
                if listed {
                    let refs = out.range_mut(group..).filter_map(|m| match &mut m.value {
                        Value::DocRef(d) => Some(d),
                        _ => None,
                    });
                    docref::share_issuer(&prev, refs);
                }
                floor = i;
                continue;
            }
        }
        // A person next: a name inside an organisation or a reference's body is no mention.
        // Every person mention has a capitalised word (a name or an organisation) soon after
        // its first word: `toàn bộ`, `cán bộ chủ chốt` need no grammar.
        if person_candidate && capital_ahead(&t[word_end..], 96) {
            if let Some(found) = person::people_at(t, i, &mut names) {
                for (from, to, p) in found {
                    let (s, e) = (start + n.to_original(from), start + n.to_original(to));
                    out.push_back(Mention {
                        kind: Kind::Person,
                        start: s,
                        end: e,
                        text: &text[s..e],
                        value: Value::Person(p),
                        warnings: Vec::new(),
                    });
                    i = to;
                }
                floor = i;
                continue;
            }
        }
        if date_candidate {
            // A date, else `Chiều cùng ngày`, `Sáng hôm sau`: the day last dated, or the next.
            let found = date_at(t, i)
                .map(|(stop, parsed)| {
                    let warnings: Vec<Warning> = parsed
                        .weekday_conflict
                        .map(|(written, actual)| Warning::WeekdayMismatch { written, actual })
                        .into_iter()
                        .collect();
                    let value = if parsed.weekday_conflict.is_some() {
                        parsed.value.without_wrong_weekdays()
                    } else {
                        parsed.value
                    };
                    (stop, value, warnings)
                })
                .or_else(|| {
                    // Asked only at the words these start with (most candidates fail above).
                    const FIRST: &[&str] = &[
                        "cùng", "ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "khuya",
                    ];
                    let w = &cand.lower[..cand.len];
                    if !in_list(FIRST, w) {
                        return None;
                    }
                    let (len, value) = date::anaphoric_day(&t[i..], (*anchor)?)?;
                    Some((i + len, value, Vec::new()))
                });
            // `14 giờ cùng ngày`: a clock time on the day last dated.
            let found = found.map(|(stop, value, warnings)| {
                match (*anchor).and_then(|a| date::time_on_anaphoric_day(&value, &t[stop..], a)) {
                    Some((len, v)) => (stop + len, v, warnings),
                    None => (stop, value, warnings),
                }
            });
            // `tháng 10 và tháng 11 năm nay`: a month listed before one with its year.
            let found = found.map(|(stop, value, warnings)| {
                let month_only = value.as_single().is_some_and(|d| {
                    d.month().is_some() && d.day().is_none() && d.year().is_none()
                });
                let next = t[stop..]
                    .strip_prefix(" và ")
                    .or_else(|| t[stop..].strip_prefix(", "))
                    .filter(|_| month_only)
                    .and_then(|x| date_at(t, t.len() - x.len()));
                match next.and_then(|(_, p)| date::shared_year(&value, &p.value)) {
                    Some(v) => (stop, v, warnings),
                    None => (stop, value, warnings),
                }
            });
            if let Some((stop, value, warnings)) = found {
                let mut push = |from: usize, to: usize, value: DateValue, warnings| {
                    let (s, e) = (start + n.to_original(from), start + n.to_original(to));
                    out.push_back(Mention {
                        kind: Kind::Date,
                        start: s,
                        end: e,
                        text: &text[s..e],
                        value: Value::Date(value),
                        warnings,
                    });
                };
                if let Some(a) = date::anchor_of(&value) {
                    *anchor = Some(a);
                }
                push(i, stop, value, warnings);
                i = stop;
                // `năm 1998 và 1999`, `thập niên 1950, 1960`: bare members of the list.
                let mut prev = value;
                while let Some((s2, e2, v)) = date::list_member(&t[i..], &prev) {
                    push(i + s2, i + e2, v, Vec::new());
                    i += e2;
                    prev = v;
                }
                floor = i;
                continue;
            }
        }
        i = word_end;
    }
}

/// Whether what follows the number `word` can continue a date: a separator or a unit
/// (`27/11`, `14h30`, `3 giờ`, `5 tháng 8`, `10 ngày trước`, `2015 - 2020`); most numbers of
/// a text (`6.500 người`, `13 điểm cầu`) are followed by other words.
fn date_may_follow(word: &str, rest: &str) -> bool {
    if !word.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    let after = rest.trim_start_matches(' ');
    if after.len() == rest.len() || !after.starts_with(is_letter) {
        return true;
    }
    const UNITS: &[&str] = &[
        "giờ", "tháng", "năm", "ngày", "tuần", "quý", "phút", "giây", "tiếng", "đến", "tới", "và",
        "hoặc", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "rưỡi", "kém", "thế", "thập",
        "tết",
    ];
    one_of(after, UNITS).is_some()
}

/// Whether a word starting with a capital letter begins within `window` bytes of `s`.
fn capital_ahead(s: &str, window: usize) -> bool {
    let mut end = s.len().min(window);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let mut prev_word = true;
    for c in s[..end].chars() {
        if !prev_word && c.is_uppercase() {
            return true;
        }
        prev_word = is_word_char(c);
    }
    false
}

/// The kinds of mention (as [`Kind`] bits) that the lower-case word `w` can start.
#[cfg(test)]
pub(crate) fn trigger_kinds(w: &[u8]) -> u8 {
    scan_table().get(w) & !SURNAME
}

/// `27-11` (a day and month joined by a hyphen, no year): the form scores and powers share.
fn hyphenated_day_month(s: &str) -> bool {
    s.contains('-') && !s.contains('/') && s.bytes().filter(|&b| b == b'-').count() == 1
}

/// Whether a value states a day, month, year, hour or weekday (not only a part of the day or
/// a season).
fn has_anchor(v: &DateValue) -> bool {
    let d = match v {
        DateValue::Range(r) => r.start(),
        DateValue::Single(d) => d,
    };
    d.day().is_some()
        || d.month().is_some()
        || d.year().is_some()
        || d.hour().is_some()
        || d.weekday().is_some()
}

/// A date expression starting at `i` that reads as a date in running text.
fn date_at(t: &str, i: usize) -> Option<(usize, date::Parsed)> {
    if let Some(found) = year_in_parentheses(t, i).or_else(|| year_after_preposition(t, i)) {
        return Some(found);
    }
    let (rest, parsed) = date::scan_expr(&t[i..])?;
    let stop = t.len() - rest.len();
    if stop == i {
        return None;
    }
    // Context makes a weak form a date only when it has a number or a weekday in it: after
    // `thời hạn`, `tối` is the `tối` of `tối đa`, not an evening.
    let accepted = parsed.strong
        || (has_anchor(&parsed.value) && (in_date_context(t, i, stop) || worded_day(t, i, stop)));
    if !accepted {
        return None;
    }
    // `những năm qua`, `hàng tháng`, `mỗi tuần`: frequencies and vague spans, not shifts.
    let mut buf = [0u8; 32];
    let prev = previous_word(t, i, &mut buf).map(<[u8]>::to_vec);
    let prev_in = |list: &[&str]| prev.as_deref().is_some_and(|w| in_list(list, w));
    // `Tết` alone is the holiday as a time only after a word that places something at it
    // (`dịp Tết`, `ăn Tết`, `sau Tết`) or starting a sentence: `bánh Tết`, `quà Tết`, `chúc
    // Tết`, `là Tết của thiếu nhi`, `đón 25 Tết` name it otherwise.
    if t[i..stop].eq_ignore_ascii_case("tết") || &t[i..stop] == "Tết" {
        const TET_LEADS: &[&str] = &[
            "dịp", "sau", "trước", "đến", "ăn", "đón", "vui", "ngày", "những", "cận", "giáp",
            "qua", "trong", "tới", "vào", "mùa", "nghỉ", "về", "hết", "mỗi", "mùng", "mồng",
            "chiều", "tối", "đêm", "sáng",
        ];
        let starts_sentence = t[..i]
            .trim_end_matches(' ')
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | ';' | '(' | '"' | '-' | ','));
        // `ngày nghỉ, lễ, Tết`, `ngày lễ tết`: holidays in general, not the New Year.
        let holidays = {
            let listed = t[..i].trim_end_matches(' ').ends_with(',');
            let before = t[..i].trim_end_matches([' ', ',']);
            let (b, k) = word_before(before, before.len());
            let w = &b[k..];
            w.eq_ignore_ascii_case("lễ") || (listed && w.eq_ignore_ascii_case("nghỉ"))
        };
        if holidays || !(starts_sentence || prev_in(TET_LEADS)) {
            return None;
        }
    }
    // `hơn 20 năm nay` counts years up to now, but `lớp 12 năm nay`, `iPhone 13 năm nay`,
    // `lần thứ 3 năm nay` label a thing this year: a count of years up to now only after the
    // words that measure time, or alone.
    let counted_to_now = {
        let mut w = t[i..stop].split(' ');
        w.next()
            .is_some_and(|x| x.starts_with(|c: char| c.is_ascii_digit()))
            && w.next()
                .is_some_and(|x| one_of(x, &["năm", "tháng", "tuần", "ngày"]).is_some())
            && w.next() == Some("nay")
            && w.next().is_none()
    };
    if counted_to_now && !counts_time(t, i) {
        return None;
    }
    // `các ngày lễ tết`: holidays in general.
    if one_of(&t[i..stop], &["lễ tết"]).is_some_and(|(x, _)| x.is_empty()) {
        return None;
    }
    // `tương lai` is a time after the words that place something in it (`trong tương lai`,
    // `tương lai gần`); otherwise an adjective or a noun (`vợ tương lai`, `Tương lai của …`).
    if one_of(&t[i..stop], &["tương lai"]).is_some_and(|(x, _)| x.is_empty()) {
        const FUTURE_LEADS: &[&str] = &["trong", "vào", "tới", "cho", "đến", "ở", "về", "sau"];
        let near = one_of(&t[stop..], &[" gần", " xa"]).is_some();
        if !(prev_in(FUTURE_LEADS) || near) {
            return None;
        }
    }
    // `Thứ Năm vừa rồi` that was not read as a weekday is no year `Năm vừa rồi` either.
    if prev_in(&["thứ"])
        && one_of(&t[i..], &["hai", "ba", "tư", "năm", "sáu", "bảy", "bẩy"]).is_some()
    {
        return None;
    }
    // `bắt đầu năm 1988` (began in 1988): `đầu` is part of a compound.
    if one_of(&t[i..], &["đầu", "giữa", "cuối"]).is_some() && prev_in(date::VETO_BEFORE_PART)
    {
        return None;
    }
    // `mất 2h15'`, `kéo dài 3 giờ`: durations.
    let clock = |d: &date::Date| d.hour().is_some() && d.day().is_none() && d.weekday().is_none();
    let clock_only = match &parsed.value {
        DateValue::Single(d) => clock(d),
        // `mất 2h-3h`: a span of hours too.
        DateValue::Range(r) => clock(r.start()) && clock(r.end()),
    };
    if clock_only && prev_in(date::VETO_BEFORE_TIME) {
        return None;
    }
    // `Cách mạng tháng Tám`, `Cách mạng Tháng Mười Nga`: events named after their month.
    if one_of(&t[i..], &["tháng"]).is_some() {
        let mut buf = [0u8; 32];
        let prev = previous_word(t, i, &mut buf);
        if prev.is_some_and(|w| w == "mạng".as_bytes()) {
            return None;
        }
        // `sau 5 tháng 10 ngày`: a count of months before it, so no month of the calendar;
        // `1 tháng 7` read as a date started at the number.
        let counted = prev.is_some_and(|w| w.len() <= 2 && w.iter().all(u8::is_ascii_digit));
        let year_less = |d: &date::Date| d.year().is_none() && d.can_chi().is_none();
        if counted && parsed.value.as_single().is_some_and(year_less) {
            return None;
        }
        // `ngày tháng năm sinh` (date of birth): `năm` in lower case is the year of a form's
        // heading, not May; the month's name is written `tháng Năm` (or `tháng 5`).
        let month_named = t[i..stop].split(' ').nth(1);
        let month_alone = |d: &date::Date| d.day().is_none() && d.year().is_none();
        if month_named == Some("năm") && parsed.value.as_single().is_some_and(month_alone) {
            return None;
        }
    }
    let is_cycle = one_of(&t[i..], &["tuần", "tháng", "quý", "năm"]).is_some();
    let shifted = match &parsed.value {
        DateValue::Single(d) => d.relative().is_some(),
        DateValue::Range(r) => r.start().relative().is_some() || r.end().relative().is_some(),
    };
    if is_cycle && shifted {
        let mut buf = [0u8; 32];
        let prev = previous_word(t, i, &mut buf);
        // A number counts, unless it ends a name (`Covid-19 năm nay`) or, before `nay` and
        // `ngoái`, labels a thing (`lớp 12 năm nay`: see `counts_time`).
        let (before, prev_start) = word_before(t, i);
        let this = t[i..stop].ends_with(" nay") || t[i..stop].ends_with(" ngoái");
        let named = before[..prev_start]
            .strip_suffix('-')
            .is_some_and(|x| x.ends_with(char::is_alphabetic))
            || (this && !counts_time(t, prev_start));
        let counted = |w: &[u8]| {
            in_list(date::VETO_BEFORE_CYCLE, w)
                || in_list(date::NUMBER_WORDS, w)
                || (w.iter().all(u8::is_ascii_digit) && !named)
        };
        if prev.is_some_and(counted) {
            return None;
        }
    }
    // `hôm nay thứ 2 ngày 4/10/2021`, `hôm nay, Thứ 7 23/10/2021`: the day named by its date
    // too, one mention of that date.
    let day_only = parsed.value.as_single().is_some_and(|d| {
        d.relative()
            .is_some_and(|r| r.unit() == date::TimeUnit::Day)
            && d.day().is_none()
            && d.hour().is_none()
            && d.part_of_day().is_none()
    });
    if day_only {
        let after = t[stop..].trim_start_matches(' ');
        let after = after
            .strip_prefix(',')
            .map_or(after, |x| x.trim_start_matches(' '));
        if after.len() < t.len() - stop {
            // Read as a mention of its own would be (a fraction `5/6` is none).
            let dated = date_at(t, t.len() - after.len()).filter(|(_, p)| {
                p.value
                    .as_single()
                    .is_some_and(|d| d.day().is_some() && d.month().is_some())
            });
            if let Some((end, p)) = dated {
                return Some((end, p));
            }
        }
    }
    Some((stop, parsed))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prefilter's candidates by definition: every word (a run of word chars), a number,
    /// or a word of at most `MAX_TRIGGER_LEN` bytes whose lower case the table holds.
    fn reference_candidates(t: &str) -> Vec<(usize, usize, u8)> {
        let mut out = Vec::new();
        let mut buf = [0u8; 32];
        let mut i = 0;
        while let Some((k, c)) = t[i..].char_indices().find(|(_, c)| is_word_char(*c)) {
            let start = i + k;
            let end = t[start..]
                .char_indices()
                .find(|(_, c)| !is_word_char(*c))
                .map_or(t.len(), |(k, _)| start + k);
            if c.is_ascii_digit() {
                out.push((start, end, 0));
            } else if end - start <= date::MAX_TRIGGER_LEN {
                let bits = word_lower(&t[start..], &mut buf).map_or(0, |w| scan_table().get(w));
                if bits != 0 {
                    out.push((start, end, bits));
                }
            }
            i = end;
        }
        out
    }

    fn candidates(t: &str) -> Vec<(usize, usize, u8)> {
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(c) = next_candidate(t, i) {
            out.push((c.start, c.end, c.bits));
            i = c.end;
        }
        out
    }

    #[test]
    fn prefilter_finds_the_defined_candidates() {
        for t in [
            "Sáng 27-11, Phó Bí thư Tỉnh ủy Nguyễn Văn A dự NĂM 2019; ĐỒNG chí × ÷ İ K Москва",
            "Quyết định số 126-QĐ/TW ngày 28-2-2018 của Bộ Chính trị",
            "",
            "x²năm ½ các",
        ] {
            assert_eq!(candidates(t), reference_candidates(t), "{t:?}");
        }
        crate::text::for_each_corpus_line(|line| {
            let n = Normalized::new(line);
            assert_eq!(candidates(n.as_str()), reference_candidates(n.as_str()));
        });
    }

    proptest::proptest! {
        #[test]
        fn prefilter_finds_the_defined_candidates_in_generated_text(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "năm", "NĂM", "Năm", "các", "Các", "Nguyễn", "NGUYỄN", "nguyễn", "đồng", "ĐỒNG",
                "chí", "27", "2019", "x", "thượng", "Thượng", "×", "÷", "İ", "\u{212A}", "ẞ", "²",
                "Москва", "1/2", ",", ".", "-", "(", "\"", "quyết", "định", "Bộ", "tháng", "ủy",
                "Ủy", "ông", "ÔNG", "ưu", "Ư", "a", "ÿ", "Ÿ", "ǅ", "'",
            ]), 0..16),
            seps in proptest::collection::vec(proptest::sample::select(vec![" ", "", "  ", ", "]), 16),
        ) {
            let mut t = String::new();
            for (w, s) in words.iter().zip(&seps) {
                t.push_str(w);
                t.push_str(s);
            }
            proptest::prop_assert_eq!(candidates(&t), reference_candidates(&t));
        }
    }

    fn spans(text: &str) -> Vec<&str> {
        find_iter(text).map(|m| m.as_str()).collect()
    }

    #[test]
    fn seed_sentences() {
        assert_eq!(
            spans("Cập nhật lúc 14:46, Thứ Tư, 27/11/2019 (GMT+7)\n.\n\nSáng 27-11, Ban"),
            [
                "Cập nhật lúc 14:46, Thứ Tư, 27/11/2019 (GMT+7)",
                "Sáng 27-11"
            ]
        );
        assert_eq!(spans("Hơn 6.500 đại biểu, 13 điểm cầu"), Vec::<&str>::new());
        assert_eq!(
            spans("Đại hội lần thứ XIII, Vụ Địa phương 3 (Ban"),
            Vec::<&str>::new()
        );
        assert_eq!(spans("sơ kết 5 năm thực hiện Chỉ thị"), Vec::<&str>::new());
        assert_eq!(spans("đại dịch Covid-19"), Vec::<&str>::new());
    }

    #[test]
    fn chunks_cover_long_lines() {
        let line = "a ".repeat(MAX_CHUNK);
        let (s, e, next) = next_chunk(&line, 0);
        assert_eq!(s, 0);
        assert!(e <= MAX_CHUNK && e > 0 && next == e);
    }
}
