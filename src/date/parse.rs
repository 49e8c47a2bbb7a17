//! The date grammar (nom). Crate-private: only [`parse_strict`] and [`expr`] leave this module.
//!
//! An expression is read as a sequence of *pieces* (a clock time, a part of the day, a weekday,
//! a calendar date, a UTC offset, a relative shift), each a small parser, merged into one
//! [`Fields`] when they do not contradict each other: `Cập nhật lúc 14:46, Thứ Tư, 27/11/2019
//! (GMT+7)` is four pieces. Ranges and day lists (`27 và 28-11`, `từ … đến …`, `2015 - 2020`,
//! `6 tháng đầu năm 2023`) are read on top of that.
//!
//! Every piece also says whether it is *strong*, i.e. a date on its own in running text. Weak
//! pieces (`20/9`, `3 giờ`, `thứ hai`, `sáng`) are dates only next to another piece or after a
//! context word; the scanner applies that rule, the strict parser ignores it.

use nom::Parser;
use nom::branch::alt;
use nom::error::ParseError as _;
use std::sync::OnceLock;

use super::tables::{
    BRANCHES, CYCLE_SHIFTS, HOLIDAYS, LUNAR_FESTIVALS, MONTH_WORDS, PARTS_OF_DAY, SEASONS,
    SECOND_WORDS, STEMS, UNIT_NAMES, UNIT_WORDS, WEEKDAY_WORDS,
};
use super::{
    CanChi, Date, DateRange, DateValue, Direction, Fields, PartOfDay, PeriodPart, Relative,
    TimeUnit, Vague, Weekday,
};
use crate::combinators::parse_whole;
use crate::combinators::{
    PErr, PResult, at_word_end, digits, digits_len, fail, fail_kind, fold, fold_word_char,
    is_letter, is_word_char, roman, sp0, sp1, spaced, strip_ci, word,
};
use crate::error::{ParseError, ParseErrorKind};

/// Whether a keyword can start at an input whose first byte is `b`: `one_of` and `lookup`
/// compare the input's first char, folded, with each keyword's; an ASCII char folds to its
/// ASCII lower case, so it starts only the keywords whose first byte is that letter in either
/// case (and, to be safe, any keyword that starts with a non-ASCII char). An empty keyword
/// matches nothing.
#[inline]
fn may_start_one(b: u8, first: Option<&u8>) -> bool {
    match first {
        Some(&k) if k < 0x80 => k.eq_ignore_ascii_case(&b),
        Some(_) => true,
        None => false,
    }
}

/// [`crate::combinators::one_of`], with an input that starts with an ASCII char no word can
/// start with (a digit, most often) turned away without the walk (see [`may_start_one`]).
#[inline]
fn one_of<'a>(i: &'a str, words: &[&str]) -> Option<(&'a str, usize)> {
    if let Some(&b) = i.as_bytes().first() {
        if b.is_ascii() && !words.iter().any(|w| may_start_one(b, w.as_bytes().first())) {
            return None;
        }
    }
    crate::combinators::one_of(i, words)
}

/// [`crate::combinators::lookup`], turning inputs away as [`one_of`] does.
#[inline]
fn lookup<'a, T: Copy>(i: &'a str, table: &[(&str, T)]) -> Option<(&'a str, T)> {
    if let Some(&b) = i.as_bytes().first() {
        if b.is_ascii()
            && !table
                .iter()
                .any(|w| may_start_one(b, w.0.as_bytes().first()))
        {
            return None;
        }
    }
    crate::combinators::lookup(i, table)
}

/// A parsed date expression and what the scanner needs to judge it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Parsed {
    pub(crate) value: DateValue,
    /// A date on its own in running text (see the module docs).
    pub(crate) strong: bool,
    /// A written weekday and the one the calendar gives, when they differ.
    pub(crate) weekday_conflict: Option<(Weekday, Weekday)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Vague times and recurrences: they stand alone.
    Vague,
    Time,
    PartOfDay,
    Weekday,
    Calendar,
    Offset,
    Relative,
}

#[derive(Debug, Clone, Copy)]
struct Piece {
    f: Fields,
    strong: bool,
    kind: Kind,
}

fn piece(kind: Kind, strong: bool, f: Fields) -> Piece {
    Piece { f, strong, kind }
}

// ---------------------------------------------------------------------------------------------
// Entry points

/// Strict parse of a whole string.
/// `hôm nay thứ 2 ngày 4/10/2021`, `hôm nay, 5/6/2024`: a day named relatively and by its
/// date is that date (as the scanner reads it).
fn named_today(s: &str) -> Option<DateValue> {
    let (rest, first) = expr(s).ok()?;
    let d = first.value.as_single()?;
    let day_only = d.relative().is_some_and(|r| r.unit() == TimeUnit::Day)
        && d.day().is_none()
        && d.hour().is_none()
        && d.part_of_day().is_none();
    let rest = rest.trim_start_matches(' ');
    let rest = rest
        .strip_prefix(',')
        .map_or(rest, |x| x.trim_start_matches(' '));
    if !day_only || rest.len() == s.len() {
        return None;
    }
    let p = parse_whole(rest, expr).ok()?;
    let dated = p
        .value
        .as_single()
        .is_some_and(|d| d.day().is_some() && d.month().is_some());
    (dated && p.weekday_conflict.is_none()).then_some(p.value)
}

pub(crate) fn parse_strict(s: &str) -> Result<DateValue, ParseError> {
    // Where no form matched even a first word, the error of the last form tried (`hằng or
    // hàng`) would name one of dozens: say what the input should have been.
    let lead = s.len() - s.trim_start().len();
    let parsed = match parse_whole(s, expr) {
        Ok(p) => p,
        Err(e) => {
            if let Some(v) = bare_numbers(s.trim()) {
                return Ok(v);
            }
            if let Some(v) = named_today(s.trim_start()) {
                return Ok(v);
            }
            return Err(
                if e.kind() == ParseErrorKind::Unexpected && e.offset() == lead {
                    ParseError::new(ParseErrorKind::Unexpected, lead, "a date or time")
                } else {
                    e
                },
            );
        }
    };
    if parsed.weekday_conflict.is_some() {
        return Err(ParseError::new(
            ParseErrorKind::WeekdayMismatch,
            s.len() - s.trim_start().len(),
            "a weekday that matches the date",
        ));
    }
    Ok(parsed.value)
}

/// Inputs that are dates only when a date is all the caller asked for: a bare year (`1975`)
/// and a month with its year (`12/2020`, `3-2021`). In running text they are counts,
/// fractions and scores unless a word says otherwise (`năm 1975`, `tháng 12/2020`).
fn bare_numbers(s: &str) -> Option<DateValue> {
    let b = s.as_bytes();
    let year_of = |x: &[u8]| {
        (x.len() == 4 && x.iter().all(u8::is_ascii_digit))
            .then(|| x.iter().fold(0i32, |a, &d| a * 10 + i32::from(d - b'0')))
            .filter(|y| (1000..=2999).contains(y))
    };
    let mut f = Fields::default();
    if let Some(y) = year_of(b) {
        f.year = Some(y);
    } else {
        let k = b.iter().position(|&c| matches!(c, b'/' | b'-' | b'.'))?;
        let (m, y) = (&b[..k], year_of(&b[k + 1..])?);
        if !(1..=2).contains(&m.len()) || !m.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let m = m.iter().fold(0u8, |a, &d| a * 10 + (d - b'0'));
        if !(1..=12).contains(&m) {
            return None;
        }
        f.year = Some(y);
        f.month = Some(m);
    }
    Some(DateValue::Single(Date(f)))
}

/// Strict parse of a can-chi name such as `Canh Tý`.
pub(crate) fn parse_can_chi(s: &str) -> Result<CanChi, ParseError> {
    parse_whole(s, can_chi_name)
}

/// Whether the trigger word `w` (lower case), followed by `rest`, can start a date: words
/// that start a date only in a phrase need its next word.
pub(crate) fn trigger_fits(w: &[u8], rest: &str) -> bool {
    let Some(next) = second_words(w) else {
        return true;
    };
    // Every form that starts with `từ` is a range (`từ … đến …`, `từ tháng 5 và 6`, `từ 8-10h`):
    // without its second side soon after, `từ ngày 1/7/2021` is read from `ngày` on, and the
    // range is not parsed in vain.
    if w == "từ".as_bytes() {
        let b = rest.as_bytes();
        let window = &b[..b.len().min(RANGE_WINDOW)];
        let found = |p: &str| memchr::memmem::find(window, p.as_bytes()).is_some();
        if memchr::memchr(b'-', window).is_none() && !found("đến") && !found("tới") && !found("và")
        {
            return false;
        }
    }
    let Some(after) = rest.strip_prefix(' ') else {
        return false;
    };
    if after.starts_with(|c: char| c.is_ascii_digit()) {
        return next.contains(&"#");
    }
    // The walk of `one_of` itself: the list's first letters are many, so a look at them first
    // (as the local `one_of` takes) measured dearer.
    crate::combinators::one_of(after, next).is_some()
}

/// The second words [`SECOND_WORDS`] gives the first word `w`.
///
/// Asked for every date trigger of a text, most of which (`năm`, `ngày`, `tháng`) have no
/// entry: one hash probe answers, where a walk of the list compared every entry.
fn second_words(w: &[u8]) -> Option<&'static [&'static str]> {
    static FIRSTS: std::sync::OnceLock<crate::combinators::TriggerTable> =
        std::sync::OnceLock::new();
    let firsts = FIRSTS.get_or_init(|| {
        // Each first word once (a test checks it): its value is its index plus one.
        let words: Vec<&str> = SECOND_WORDS.iter().map(|(w, _)| *w).collect();
        crate::combinators::TriggerTable::with_values(&words)
    });
    let k = usize::from(firsts.get(w)).checked_sub(1)?;
    SECOND_WORDS.get(k).map(|(_, next)| *next)
}

/// How far after `từ` the second side of a range may start, in bytes: past the longest first
/// side (`lúc 8 giờ 30 phút sáng thứ Hai, ngày 15 tháng 10 năm 2024` is 70).
const RANGE_WINDOW: usize = 160;

/// The byte length of the longest trigger word.
pub(crate) const MAX_TRIGGER_LEN: usize = 9;

/// A further member of a list of years or decades after `prev` (`năm 1998 và 1999`, `thập
/// niên 1950, 1960`): `(offset of the number in i, its end, its value)`.
pub(crate) fn list_member(i: &str, prev: &DateValue) -> Option<(usize, usize, DateValue)> {
    let DateValue::Single(d) = prev else {
        return None;
    };
    let f = d.0;
    let r = crate::combinators::list_sep(i, &[','])?;
    let start = i.len() - r.len();
    if let Some((end, g)) = day_list_member(r, &f) {
        return Some((start, i.len() - end.len(), g));
    }
    let year_only = f.year.is_some() && finest_rank(&f) == Some(7) && f.can_chi.is_none();
    let decade_only = f.decade.is_some() && finest_rank(&f) == Some(8);
    if !(year_only || decade_only) || f.relative.is_some() || f.period_part.is_some() {
        return None;
    }
    let (r2, n) = digits(4, 4)(r).ok()?;
    if !number_ends(r2) || !(1000..=2199).contains(&n) {
        return None;
    }
    let n = n as i32;
    let g = if decade_only {
        if n % 10 != 0 {
            return None;
        }
        Fields {
            decade: Some(n),
            ..Fields::default()
        }
    } else {
        Fields {
            year: Some(n),
            ..Fields::default()
        }
    };
    Some((start, i.len() - r2.len(), DateValue::Single(Date(g))))
}

/// A further day after a day and month (`ngày 22/9 và 23/9`, `ngày 30/9, 1/10`), at the start
/// of `r` (after the list's separator): written as numbers, in the same month or the next, and
/// followed by a pause or the next member, so that a fraction (`ngày 5/8 và 2/3 số thành
/// viên`) is none. The text after it and its value.
fn day_list_member<'a>(r: &'a str, f: &Fields) -> Option<(&'a str, DateValue)> {
    let (Some(m0), Some(_)) = (f.month, f.day) else {
        return None;
    };
    if f.hour.is_some() || f.relative.is_some() || f.weekday.is_some() || f.lunar {
        return None;
    }
    if !r.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // `ngày 30 tháng 6 và 31 tháng 12`: a day and a later month, in words, that no unit
    // follows (`và 5 tháng 10 ngày` is a duration).
    let worded = (digits(1, 2), sp1, word("tháng"), sp1, digits(1, 2)).parse(r);
    if let Ok((r2, (d, (), _, (), m))) = worded {
        let next = r2.trim_start_matches(' ');
        let unit = one_of(next, &["ngày", "tuần", "tháng", "năm", "giờ", "phút"]).is_some();
        let g = Fields {
            year: f.year,
            month: u8::try_from(m).ok(),
            day: u8::try_from(d).ok(),
            ..Fields::default()
        };
        let later = g.month.is_some_and(|m| m > m0);
        return (number_ends(r2) && !unit && later && coherent(&g))
            .then_some((r2, DateValue::Single(Date(g))));
    }
    let (r2, p) = numeric_date(r).ok()?;
    let g = p.f;
    let next_month = m0 % 12 + 1;
    let same_year = match (f.year, g.year) {
        (Some(a), Some(b)) => a == b || (m0 == 12 && b == a + 1),
        (None, Some(_)) => false,
        _ => true,
    };
    let month_ok = g.month.is_some_and(|m| m == m0 || m == next_month);
    let t = r2.trim_start_matches(' ');
    let list_goes_on = one_of(t, &["và", "hoặc"]).is_some() && t.len() < r2.len();
    if !month_ok || !same_year || g.day.is_none() || !(before_pause(r2) || list_goes_on) {
        return None;
    }
    let g = Fields {
        year: g.year.or(f.year),
        ..g
    };
    coherent(&g).then_some((r2, DateValue::Single(Date(g))))
}

/// One date expression at the start of `i`: optional lead words (`lúc`, `Cập nhật lúc`), then a
/// range, a day list or a sequence of pieces.
pub(crate) fn expr(i: &str) -> PResult<'_, Parsed> {
    expr_with(i, false)
}

/// [`expr`]; with `scan`, the parsers that the words after the first one show cannot
/// succeed are not tried (see [`narrow`]), so only the error can differ.
#[inline(always)]
fn expr_with(i: &str, scan: bool) -> PResult<'_, Parsed> {
    let bits = start_bits(i);
    let lead = if bits & LEAD_BIT != 0 {
        lead_words(i)
    } else {
        None
    };
    let (r, bits) = match lead {
        Some(r) => (r, start_bits(r)),
        None => (i, bits),
    };
    let bits = if scan { narrow(r, bits) } else { bits };
    let prefixed = lead.is_some();
    // `8-10 giờ sáng`, `9-11h`: two hours and one unit, before `8-10` is read as a day and a
    // month.
    if let Ok((r2, p)) = hour_range(r) {
        return Ok((r2, p));
    }
    // Each form but the last starts with a number or a keyword; one that cannot start at `r`
    // is not tried, and its error there (what `alt` would combine) is taken as known.
    let n = r.bytes().take_while(u8::is_ascii_digit).count();
    let short = (1..=2).contains(&n);
    let may = [
        short || bits & MONTHS_OF_YEAR_BIT != 0,
        n == 4 || bits & YEAR_RANGE_BIT != 0,
        bits & MONTH_RANGE_BIT != 0,
        short || bits & DAY_LIST_BIT != 0,
        bits & FROM_TO_BIT != 0,
    ];
    let run = may
        .iter()
        .enumerate()
        .fold(0, |m, (k, &b)| m | (u32::from(b) << k));
    // The last form, always tried, is given the bits of `r` so it need not find them again;
    // its error is combined last, as in `alt`.
    let (r, mut p) = match alt_known(r, &EXPR_FORMS, run) {
        Err(nom::Err::Error(e)) => match seq_or_range_from(r, Some(bits)) {
            Err(nom::Err::Error(e2)) => Err(nom::Err::Error(e.or(e2))),
            other => other,
        },
        other => other,
    }?;
    // `lúc`, `khoảng` make a time of `14 giờ`, but `khoảng 1/3` is a third.
    let timed = match &p.value {
        DateValue::Single(d) => d.0.hour.is_some(),
        DateValue::Range(x) => x.start().0.hour.is_some(),
    };
    // `khoảng 1 giờ` is as often a duration as a time; `khoảng 10 giờ sáng` is a time.
    let approximate = || one_of(i, &["khoảng", "vào khoảng"]).is_some();
    // `đúng 3 giờ` (at exactly three) is a time; `đúng 3 ngày` is a duration and no piece.
    let exact = match &p.value {
        DateValue::Single(d) => {
            d.0.minute.is_some() || d.0.part_of_day.is_some() || d.0.day.is_some()
        }
        DateValue::Range(_) => true,
    };
    p.strong |= prefixed && timed && (!approximate() || exact);
    let r = direction_suffix(r, &mut p.value);
    p.strong |= placed_weekday(&i[..i.len() - r.len()], &p.value);
    counted_span(&i[..i.len() - r.len()], &mut p.value);
    Ok((r, p))
}

/// `3 tháng qua`, `5 năm gần đây`, `10 ngày tới`, `24 giờ qua`: a count of units that runs up
/// to now or from now is a span (the last three months, the next ten days), where `3 tháng
/// trước` and `10 ngày nữa` are points. Now is today for days and longer units, the present
/// instant for hours, minutes and seconds.
fn counted_span(span: &str, v: &mut DateValue) {
    let DateValue::Single(d) = v else {
        return;
    };
    let Some(rel) = d.0.relative else {
        return;
    };
    let only_shift = Fields {
        relative: Some(rel),
        ..Fields::default()
    } == d.0;
    // The count is the shift's (`năm qua` is last year: its `năm` is no count of five).
    // A half counts too (`nửa năm qua`, `1 năm rưỡi qua`: in a smaller unit).
    let halved = crate::combinators::strip_ci(span, "nửa ").is_some() || span.contains(" rưỡi ");
    let counted = halved
        || count(span)
            .is_ok_and(|(x, n)| x.starts_with(' ') && i64::from(n) == i64::from(rel.amount).abs());
    let (past, future) = (
        ["qua", "vừa qua", "vừa rồi", "gần đây", "gần nhất", "nay"],
        ["tới", "sắp tới", "tiếp theo"],
    );
    let ends = |words: &[&str]| {
        words
            .iter()
            .any(|w| span.strip_suffix(w).is_some_and(|x| x.ends_with(' ')))
    };
    if !only_shift || !counted || rel.amount == 0 {
        return;
    }
    let now = Fields {
        relative: Some(Relative::new(
            0,
            if matches!(
                rel.unit,
                TimeUnit::Hour | TimeUnit::Minute | TimeUnit::Second
            ) {
                TimeUnit::Second
            } else {
                TimeUnit::Day
            },
        )),
        ..Fields::default()
    };
    let (a, b) = if rel.amount < 0 && ends(&past) {
        (d.0, now)
    } else if rel.amount > 0 && ends(&future) {
        (now, d.0)
    } else {
        return;
    };
    *v = DateValue::Range(DateRange::new(Date(a), Date(b)));
}

/// `Thứ Sáu này`, `Thứ Năm vừa rồi`: a weekday named with a capital and placed in time by the
/// words after it is no ordinal (`Thứ hai, …`, `Thứ hai này` in lower case), even where it
/// starts a sentence.
fn placed_weekday(span: &str, v: &DateValue) -> bool {
    let weekday_only = v
        .as_single()
        .is_some_and(|d| d.weekday().is_some() && d.day().is_none() && d.hour().is_none());
    let named = one_of(span, &["thứ"])
        .and_then(|(x, _)| x.strip_prefix(' '))
        .is_some_and(|y| y.starts_with(char::is_uppercase));
    let last = span.rsplit(' ').next().unwrap_or("");
    weekday_only && named && matches!(last, "qua" | "rồi" | "tới" | "này" | "đây")
}

/// After a date without its year, the words that place it before or after the time of
/// writing (`ngày 20/11 vừa qua`, `ngày 30/11 tới`, `tháng 10 này`, `thứ Ba vừa rồi`) belong
/// to the mention and give its [`Direction`]; `này` (this) gives none, as a partial date takes
/// the reference's year anyway. Before the end of a range (`ngày 30/11 tới ngày 5/12`) or a
/// place (`tới Hà Nội`), `tới` is "to".
fn direction_suffix<'a>(r: &'a str, v: &mut DateValue) -> &'a str {
    let DateValue::Single(d) = v else {
        return r;
    };
    let f = &mut d.0;
    if f.direction.is_some() || !may_take_direction(f) {
        return r;
    }
    let weekday = f.weekday.is_some();
    let Ok((x, ())) = sp1(r) else {
        return r;
    };
    let Some((x2, k)) = one_of(
        x,
        &["vừa qua", "vừa rồi", "sắp tới", "tới đây", "tới", "này"],
    ) else {
        return r;
    };
    // After a weekday, `tới` was read with it; `này` is for the week (`thứ Ba tuần này`).
    if weekday && k >= 2 {
        return r;
    }
    if k == 4 && to_a_place_or_date(x2) {
        return r;
    }
    f.direction = match k {
        0 | 1 => Some(Direction::Last),
        2..=4 => Some(Direction::Next),
        _ => None,
    };
    x2
}

/// Whether what follows a `tới` makes it "to": a number, a capitalised word, or a word that
/// starts a date (`tới ngày 5/12`, `tới Hà Nội`, `tới thứ Sáu`).
fn to_a_place_or_date(after: &str) -> bool {
    sp1(after).is_ok_and(|(y, ())| {
        y.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
            || one_of(
                y,
                &[
                    "thứ",
                    "chủ nhật",
                    "chúa nhật",
                    "cn",
                    "ngày",
                    "hết",
                    "tháng",
                    "năm",
                    "đầu",
                    "cuối",
                ],
            )
            .is_some()
    })
}

/// [`expr`] for the scanner, which needs only its successes: `expr(i).ok()`, with inputs that
/// cannot start a date turned away early (most numbers of a text are no date).
pub(crate) fn scan_expr(i: &str) -> Option<(&str, Parsed)> {
    if !may_start(i) {
        return None;
    }
    expr_with(i, true).ok()
}

/// False only when [`expr`] cannot succeed on `i`: a cheap look at how `i` starts, from what
/// every form needs there.
fn may_start(i: &str) -> bool {
    let b = i.as_bytes();
    match digit_run(b) {
        0 => true,
        n => number_may_start(b, n),
    }
}

/// The length of the run of ASCII digits at the start of `b`.
fn digit_run(b: &[u8]) -> usize {
    b.iter().take_while(|c| c.is_ascii_digit()).count()
}

/// [`may_start`] for an input that starts with `n` digits.
///
/// With no lead word before a number (none starts with a digit), `expr` can succeed only
/// through `months_of_year`, `year_range`, `day_list` (whose list needs a second day) or a
/// first piece `shifted`, `clock`, `numeric_date` or `bare_day_month`. What each needs right
/// after the number:
/// - `months_of_year` (1–2 digits), `bare_day_month` (1–2): a space;
/// - `shifted` (a count of 1–4 digits, or one grouped in thousands: `1.500`): a space;
/// - `year_range` (4 digits): a space or `-` (a range separator) or `/` and 2 digits;
/// - `iso_date` (4 digits): `-` or `/`, and 2 digits;
/// - `day_list` (1–2 digits): a space, `,` or `-` (before its second day);
/// - `clock` (1–2 digits): `:` and 2 digits, `h`, `H`, `g` or a space;
/// - `numeric_date` (1–2 digits): `/` or `-` and 1–2 digits, or `.`, 1–2 digits, `.` and a
///   year of 2 or 4 digits.
fn number_may_start(b: &[u8], n: usize) -> bool {
    let r = &b[n..];
    let Some(&c) = r.first() else {
        return false;
    };
    match n {
        1 | 2 => match c {
            b' ' | b'-' | b'h' | b'H' | b'g' => true,
            b'/' => (1..=2).contains(&digit_run(&r[1..])),
            b':' => digit_run(&r[1..]) == 2,
            b'.' => {
                let m = digit_run(&r[1..]);
                // `1.500 năm nữa`: a count in thousands.
                let thousands = n == 1 && m == 3 && r.get(4) == Some(&b' ');
                thousands
                    || ((1..=2).contains(&m)
                        && r.get(1 + m) == Some(&b'.')
                        && matches!(digit_run(&r[2 + m..]), 2 | 4))
            }
            b',' => true,
            _ => false,
        },
        3 => c == b' ',
        4 => match c {
            b' ' | b'-' => true,
            b'/' => digit_run(&r[1..]) == 2,
            _ => false,
        },
        _ => false,
    }
}

/// Words that introduce a time in datelines and prose; they become part of the mention.
const LEAD_WORDS: &[&str] = &[
    "cập nhật lúc",
    "cập nhật ngày",
    "vào lúc",
    "vào khoảng",
    "vào đúng",
    "lúc",
    "khoảng",
    "đúng",
];

/// [`LEAD_WORDS`] and the spaces after them.
fn lead_words(i: &str) -> Option<&str> {
    let (r, _) = one_of(i, LEAD_WORDS)?;
    let (r, ()) = sp1(r).ok()?;
    Some(r)
}

// ---------------------------------------------------------------------------------------------
// Numbers

/// A number written in words, 1–99 (`hai mươi mốt`, `mười lăm`, `ba mươi`).
fn word_number(i: &str) -> PResult<'_, u32> {
    const TEEN: &[(&str, u32)] = &[
        ("một", 1),
        ("hai", 2),
        ("ba", 3),
        ("bốn", 4),
        ("tư", 4),
        ("lăm", 5),
        ("năm", 5),
        ("sáu", 6),
        ("bảy", 7),
        ("bẩy", 7),
        ("tám", 8),
        ("chín", 9),
    ];
    const AFTER_TENS: &[(&str, u32)] = &[
        ("mốt", 1),
        ("một", 1),
        ("hai", 2),
        ("ba", 3),
        ("bốn", 4),
        ("tư", 4),
        ("lăm", 5),
        ("năm", 5),
        ("sáu", 6),
        ("bảy", 7),
        ("bẩy", 7),
        ("tám", 8),
        ("chín", 9),
    ];
    let words = |r: &str, table: &[(&str, u32)]| -> Option<(usize, u32)> {
        let (r2, ()) = sp1(r).ok()?;
        let (r3, v) = lookup(r2, table)?;
        Some((r.len() - r3.len(), v))
    };
    // `năm` after a count is five (`mười năm năm` = 15 years) only when a unit follows it;
    // in `mười năm trước` it is the unit.
    let keeps_nam = |r: &str, used: usize| {
        let taken = &r[..used];
        !taken.trim_end().ends_with("năm")
            || sp1(&r[used..]).is_ok_and(|(x, ())| lookup(x, UNIT_NAMES).is_some())
    };
    if let Some((r, _)) = one_of(i, &["mười"]) {
        return Ok(match words(r, TEEN) {
            Some((used, u)) if keeps_nam(r, used) => (&r[used..], 10 + u),
            _ => (r, 10),
        });
    }
    let Some((r, unit)) = lookup(i, UNIT_WORDS) else {
        return fail(i, "a number");
    };
    if unit >= 2 {
        if let Some((r2, _)) = sp1(r).ok().and_then(|(r1, ())| one_of(r1, &["mươi"])) {
            return Ok(match words(r2, AFTER_TENS) {
                Some((used, u)) if keeps_nam(r2, used) => (&r2[used..], unit * 10 + u),
                _ => (r2, unit * 10),
            });
        }
        // Colloquial `hai mốt` = 21.
        if let Some((r2, _)) = sp1(r).ok().and_then(|(r1, ())| one_of(r1, &["mốt"])) {
            return Ok((r2, unit * 10 + 1));
        }
    }
    Ok((r, unit))
}

/// A count in digits or words (`10`, `05`, `mười`), for relative expressions.
fn count(i: &str) -> PResult<'_, u32> {
    // `9.000 năm trước`: thousands grouped with dots (a count is at most 9999, as a relative
    // amount is: `12.000 năm trước` is none).
    if let Ok((r, (a, _, b))) = (
        digits(1, 3),
        crate::combinators::chr('.'),
        digits_len_exact3,
    )
        .parse(i)
    {
        return if a < 10 {
            Ok((r, a * 1000 + b))
        } else {
            fail(i, "a count up to 9999")
        };
    }
    alt((digits(1, 4), word_number)).parse(i)
}

/// Exactly three digits, not followed by another.
fn digits_len_exact3(i: &str) -> PResult<'_, u32> {
    let (r, n) = digits(3, 3)(i)?;
    if r.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(r, "three digits");
    }
    Ok((r, n))
}

fn day_number(i: &str) -> PResult<'_, u8> {
    match alt((digits(1, 2), word_number)).parse(i) {
        Ok((r, d)) if (1..=31).contains(&d) => Ok((r, d as u8)),
        _ => fail(i, "a day (1-31)"),
    }
}

/// A month number or name; the name `năm` (May) is refused when a year number follows, since
/// then `năm` is the year's keyword (`tháng năm 2022` is not May).
fn month_number(i: &str) -> PResult<'_, u8> {
    if let Ok((r, m)) = digits(1, 2)(i) {
        if (1..=12).contains(&m) {
            return Ok((r, m as u8));
        }
        return fail_kind(i, ParseErrorKind::InvalidDate, "a month (1-12 or its name)");
    }
    if let Some((r, m)) = lookup(i, MONTH_WORDS) {
        let is_nam = i.len() - r.len() == "năm".len() && strip_ci(i, "năm").is_some();
        let year_follows = r
            .strip_prefix(' ')
            .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
        if !(is_nam && year_follows) {
            return Ok((r, m));
        }
    }
    fail(i, "a month (1-12 or its name)")
}

/// Whether the month at `i` is named by a lunar month's own name: `Giêng` (the first) and
/// `Chạp` (the twelfth) name months of the lunar calendar only.
fn lunar_month_name(i: &str) -> bool {
    one_of(i, &["giêng", "chạp"]).is_some()
}

/// ` nhuận` after a month: the leap month of a lunar year (`tháng 4 nhuận năm 2020`).
fn leap_mark(r: &str) -> (&str, bool) {
    match (sp1, word("nhuận")).parse(r) {
        Ok((r2, _)) => (r2, true),
        Err(_) => (r, false),
    }
}

/// `rằm tháng Giêng`, `rằm tháng 7 năm 2024` (the full moon: day 15 of a lunar month); `mùng 1
/// Tết`, `mồng 3 Tết Nguyên đán` (days of the first lunar month).
fn lunar_phrase(i: &str) -> PResult<'_, Piece> {
    if let Ok((r, _)) = word("rằm").parse(i) {
        let (r, _) = (sp1, word("tháng"), sp1).parse(r)?;
        let (r, m) = month_number(r)?;
        let (r, year) = year_after_month(r, true);
        let f = Fields {
            year,
            month: Some(m),
            day: Some(15),
            lunar: true,
            ..Fields::default()
        };
        return Ok((r, piece(Kind::Calendar, true, f)));
    }
    let (r, _) = alt((word("mồng"), word("mùng"))).parse(i)?;
    let (r, ()) = sp1(r)?;
    let (r, d) = day_number(r)?;
    let (r, _) = (sp1, word("tết")).parse(r)?;
    let r = match (sp1, word("nguyên đán")).parse(r) {
        Ok((r2, _)) => r2,
        Err(_) => r,
    };
    if d > 30 {
        return fail_kind(
            i,
            ParseErrorKind::InvalidDate,
            "a lunar date that exists (a day of 1-30 in its month, a leap month its year has)",
        );
    }
    let f = Fields {
        month: Some(1),
        day: Some(d),
        lunar: true,
        ..Fields::default()
    };
    Ok((r, piece(Kind::Calendar, true, f)))
}

/// `30 Tết`, `29 Tết`: the last days of the lunar year, counted toward Tết (day 20 to 30 of
/// the twelfth lunar month).
fn days_before_tet(i: &str) -> PResult<'_, Piece> {
    let (r, d) = digits(2, 2)(i)?;
    if !(20..=30).contains(&d) {
        return fail(i, "a day before Tết (20-30)");
    }
    let (mut r, _) = (sp1, word("tết")).parse(r)?;
    // `29 Tết năm 2020`: the year named is Tết's, so the day is in the lunar year before.
    let mut year = None;
    if let Ok((x, _)) = (sp1, word("năm")).parse(r) {
        match (sp1, year_number).parse(x) {
            Ok((x2, (_, (y, _)))) if y > 1 && number_ends(x2) => {
                year = Some(y - 1);
                r = x2;
            }
            // `29 Tết năm Canh Tý`, `30 Tết năm ngoái`, `năm 1`: a year this piece cannot move
            // back by one; left out, it would attach to the day unshifted.
            _ => return fail(i, "the year of Tết in digits"),
        }
    }
    let f = Fields {
        year,
        month: Some(12),
        day: Some(d as u8),
        lunar: true,
        ..Fields::default()
    };
    // Weak without its year: `đón 25 Tết xa quê` counts Tết holidays; `chiều 30 Tết`, `ngày
    // 30 Tết`, `29 Tết năm 2020` are days.
    let strong = year.is_some();
    Ok((r, piece(Kind::Calendar, strong, f)))
}

/// The eras written after a year or century: before the common era (the first two), and
/// the common era written out (`năm 40 sau Công nguyên`), which changes nothing.
const ERAS: &[&str] = &["tcn", "trước công nguyên", "scn", "sau công nguyên"];

/// Whether an era before the common era follows (`TCN`, `trước Công nguyên`).
fn era_follows(r: &str) -> bool {
    sp1(r).is_ok_and(|(x, ())| one_of(x, &ERAS[..2]).is_some())
}

/// A year in digits (1–4) with an optional era (`TCN`, `sau Công nguyên`).
fn year_number(i: &str) -> PResult<'_, (i32, usize)> {
    let (r, (y, n)) = digits_len(i, 1, 4)?;
    let y = y as i32;
    if let Ok((r2, ())) = sp1(r) {
        if let Some((r3, k)) = one_of(r2, ERAS) {
            if y == 0 {
                return fail(i, "a year");
            }
            return Ok((r3, (if k < 2 { -y } else { y }, n)));
        }
    }
    Ok((r, (y, n)))
}

/// A 2- or 4-digit year after a date separator; 2-digit years pivot at 30 (`3/9/91` is 1991,
/// `2/9/45` is 1945, `1/1/25` is 2025).
fn short_or_full_year(i: &str) -> PResult<'_, i32> {
    let (r, (y, n)) = digits_len(i, 2, 4)?;
    match n {
        4 => Ok((r, y as i32)),
        2 if y <= 30 => Ok((r, 2000 + y as i32)),
        2 => Ok((r, 1900 + y as i32)),
        _ => fail(i, "a year"),
    }
}

/// True when the text after a number does not continue it (so `1/2/3/4`, `15/2020/NĐ-CP`,
/// `27-CT` are not dates).
fn number_ends(rest: &str) -> bool {
    let mut cs = rest.chars();
    match cs.next() {
        None => true,
        Some(c) if is_word_char(c) => false,
        // `… năm 2015.Điều 39`: a sentence ended without its space.
        Some('.') => !cs
            .next()
            .is_some_and(|c| is_word_char(c) && !c.is_uppercase()),
        // `Năm 1982,Samsung …`: a clause ended without its space, as with `.`; `2,5` is a number.
        Some(',') => !cs
            .next()
            .is_some_and(|c| is_word_char(c) && !c.is_uppercase()),
        Some('/' | ':') => !cs.next().is_some_and(is_word_char),
        Some('-') => !cs.next().is_some_and(is_letter),
        Some(_) => true,
    }
}

fn ends_number<'a>(i: &'a str, r: &'a str) -> PResult<'a, ()> {
    if number_ends(r) {
        Ok((r, ()))
    } else {
        fail(i, "the end of the date")
    }
}

pub(crate) fn days_in_month(year: Option<i32>, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
    }
}

fn check_day<'a>(i: &'a str, year: Option<i32>, month: Option<u8>, day: u8) -> PResult<'a, ()> {
    let mut max = month.map_or(31, |m| days_in_month(year, m));
    // `ngày 30 tháng 2 năm 1900 âm lịch`: the piece is read before its lunar mark, and a lunar
    // month 2 may have 30 days. The whole expression is checked again once it is known to be
    // solar or lunar.
    if month == Some(2) && lunar_mark_ahead(i) {
        max = 30;
    }
    if day == 0 || day > max {
        return fail_kind(
            i,
            ParseErrorKind::InvalidDate,
            "a day that exists in its month",
        );
    }
    Ok((i, ()))
}

// ---------------------------------------------------------------------------------------------
// Calendar pieces

/// `27/11/2019`, `28-2-2018`, `15.02.2020`, `2020-02-15`, `3/9/91`, `27-11`, `20/9`.
fn numeric_date(i: &str) -> PResult<'_, Piece> {
    match iso_date(i) {
        Ok(ok) => return Ok(ok),
        Err(e) if is_specific(&e) => return Err(e),
        Err(_) => {}
    }
    let (r, (d, dn)) = digits_len(i, 1, 2)?;
    if let Some(found) = spaced_numeric_date(i) {
        return Ok(found);
    }
    let sep = match r.chars().next() {
        Some(c @ ('/' | '-' | '.')) => c,
        _ => return fail(r, "a date separator"),
    };
    let (r, (m, mn)) = digits_len(&r[1..], 1, 2)?;
    let (r, year, short_year) = match r.strip_prefix(sep).map(|x| (x, short_or_full_year(x))) {
        Some((x, Ok((r2, y)))) => (r2, Some(y), x.len() - r2.len() == 2),
        _ => (r, None, false),
    };
    if sep == '.' && year.is_none() {
        return fail(r, "a year after a dotted date");
    }
    // `1.10.30` is a version number; a dotted date with a short year writes every part with two
    // digits (`05.09.21`).
    if sep == '.' && short_year && (dn != 2 || mn != 2) {
        return fail(i, "a dotted date with a four-digit year");
    }
    if !(1..=12).contains(&m) {
        return fail_kind(i, ParseErrorKind::InvalidDate, "a month (1-12 or its name)");
    }
    check_day(i, year, Some(m as u8), d as u8)?;
    let (r, ()) = ends_number(i, r)?;
    let f = Fields {
        year,
        month: Some(m as u8),
        day: Some(d as u8),
        ..Fields::default()
    };
    Ok((r, piece(Kind::Calendar, year.is_some(), f)))
}

/// `5 - 3 - 2020`, `28/ 02/ 2018`, `28 -2-2018`: a numeric date with spaces around its
/// separators (typed documents, some papers), read only with its year in full and one
/// separator twice (`5 - 7/3/2020` is a range of days, `5 - 3` a score).
fn spaced_numeric_date(i: &str) -> Option<(&str, Piece)> {
    let (r, (d, _)) = digits_len(i, 1, 2).ok()?;
    let t = r.trim_start_matches(' ');
    let sep = t.chars().next().filter(|c| matches!(c, '/' | '-' | '.'))?;
    let (r2, (m, _)) = digits_len(t[1..].trim_start_matches(' '), 1, 2).ok()?;
    let t2 = r2.trim_start_matches(' ').strip_prefix(sep)?;
    let (rest, (y, _)) = digits_len(t2.trim_start_matches(' '), 4, 4).ok()?;
    if !i[..i.len() - rest.len()].contains(' ') {
        return None;
    }
    // Not a series of numbers (`12 - 08 - 2021 - 35`, `1 - 2 - 2000 kg`): a year of documents
    // and news, and no further number after it.
    let further = rest
        .trim_start_matches(' ')
        .strip_prefix('-')
        .is_some_and(|x| {
            x.trim_start_matches(' ')
                .starts_with(|c: char| c.is_ascii_digit())
        });
    // (`1 - 2 - 2000 kg`: a measure after the last number.)
    let measure = sp1(rest).is_ok_and(|(x, ())| {
        one_of(
            x,
            &[
                "kg", "km", "m", "tấn", "tỷ", "triệu", "nghìn", "đồng", "người", "lít", "ha", "cm",
                "mm", "g", "con", "cái", "chiếc",
            ],
        )
        .is_some()
    }) || rest.starts_with('%');
    if !(1900..=2100).contains(&y) || further || measure {
        return None;
    }
    let plain = format!("{d}{sep}{m}{sep}{y}");
    let (left, p) = numeric_date(&plain).ok()?;
    left.is_empty().then_some(())?;
    let (rest, ()) = ends_number(i, rest).ok()?;
    Some((rest, p))
}

/// `2020-02-15`, `2020/02/15`.
fn iso_date(i: &str) -> PResult<'_, Piece> {
    let (r, (y, _)) = digits_len(i, 4, 4)?;
    let sep = match r.chars().next() {
        Some(c @ ('-' | '/')) => c,
        _ => return fail(r, "a date separator"),
    };
    let (r, (m, mn)) = digits_len(&r[1..], 2, 2)?;
    let Some(r) = r.strip_prefix(sep) else {
        return fail(r, "a date separator");
    };
    let (r, (d, dn)) = digits_len(r, 2, 2)?;
    if mn != 2 || dn != 2 {
        return fail(i, "an ISO date");
    }
    if !(1..=12).contains(&m) {
        return fail_kind(i, ParseErrorKind::InvalidDate, "a month (1-12 or its name)");
    }
    let year = Some(y as i32);
    check_day(i, year, Some(m as u8), d as u8)?;
    let mut f = Fields {
        year,
        month: Some(m as u8),
        day: Some(d as u8),
        ..Fields::default()
    };
    let r = match r.strip_prefix('T').filter(|_| sep == '-') {
        Some(t) => iso_time(t, &mut f)?.0,
        None => r,
    };
    let (r, ()) = ends_number(i, r)?;
    Ok((r, piece(Kind::Calendar, true, f)))
}

/// The time of an ISO 8601 timestamp after its `T`: `10:00`, `10:00:05`, `10:00:05.123`, then
/// `Z` or an offset (`+07:00`, `+0700`). Fractions of a second are read and dropped.
fn iso_time<'a>(i: &'a str, f: &mut Fields) -> PResult<'a, ()> {
    let (r, (h, _)) = digits_len(i, 2, 2)?;
    let Some(r) = r.strip_prefix(':') else {
        return fail(r, "a colon");
    };
    let (mut r, (m, _)) = digits_len(r, 2, 2)?;
    let mut sec = None;
    if let Some(x) = r.strip_prefix(':') {
        let (x, (s, _)) = digits_len(x, 2, 2)?;
        sec = Some(s);
        r = x;
        if let Some(frac) = r.strip_prefix(['.', ',']) {
            let n = frac.bytes().take_while(u8::is_ascii_digit).count();
            if n == 0 || n > 9 {
                return fail(frac, "a fraction of a second");
            }
            r = &frac[n..];
        }
    }
    if h > 23 || m > 59 || sec.is_some_and(|s| s > 59) {
        return fail_kind(
            i,
            ParseErrorKind::InvalidTime,
            "an hour 0-23 and minutes 0-59",
        );
    }
    f.hour = Some(h as u8);
    f.minute = Some(m as u8);
    f.second = sec.map(|s| s as u8);
    if let Some(x) = r.strip_prefix('Z') {
        f.utc_offset_minutes = Some(0);
        return Ok((x, ()));
    }
    if let Some(sign) = r.chars().next().filter(|c| matches!(c, '+' | '-')) {
        // `+07:00` or `+0700`.
        let (x, (oh, om)) = match digits_len(&r[1..], 2, 4)? {
            (x, (hm, 4)) => (x, (hm / 100, hm % 100)),
            (x, (h, 2)) => match x.strip_prefix(':') {
                Some(y) => {
                    let (y, (m, _)) = digits_len(y, 2, 2)?;
                    (y, (h, m))
                }
                // `+07`: whole hours.
                None => (x, (h, 0)),
            },
            _ => return fail(r, "an offset"),
        };
        let (_, minutes) = signed_offset(r, sign, oh, om)?;
        f.utc_offset_minutes = Some(minutes);
        return Ok((x, ()));
    }
    Ok((r, ()))
}

/// `ngày 28-2-2018`, `ngày 5 tháng 8 năm 2022`, `mồng 3 tháng 3`, `ngày hai mươi tháng mười
/// một`, `ngày 27` (weak).
fn day_phrase(i: &str) -> PResult<'_, Piece> {
    // `hôm 14/8` (on 14 August) is `ngày 14/8`; after `hôm` only a written date: `hôm 5` is
    // no day.
    if let Ok((r, _)) = word("hôm").parse(i) {
        let (r, ()) = sp1(r)?;
        let (r2, mut p) = numeric_date(r)?;
        p.strong = true;
        return Ok((r2, p));
    }
    let (r, _) = alt((word("ngày"), word("mồng"), word("mùng"))).parse(i)?;
    let (r, ()) = sp1(r)?;
    let r = match alt((word("mồng"), word("mùng"))).parse(r) {
        Ok((r2, _)) => sp1(r2)?.0,
        Err(_) => r,
    };
    match numeric_date(r) {
        Ok((r2, mut p)) => {
            p.strong = true;
            return Ok((r2, p));
        }
        Err(e) if is_specific(&e) => return Err(e),
        Err(_) => {}
    }
    if let Ok((r2, mut p)) = days_before_tet(r) {
        p.strong = true;
        return Ok((r2, p));
    }
    if let Some(found) = first_or_last_day(r) {
        return found;
    }
    // `ngày 2.9`: after `ngày` a dotted day and month is no decimal.
    if let Ok((r2, d)) = digits(1, 2)(r) {
        if let Some(Ok((r3, m))) = r2.strip_prefix('.').map(digits(1, 2)) {
            if (1..=12).contains(&m)
                && (1..=31).contains(&d)
                && number_ends(r3)
                && dotted_day_ends(r3)
            {
                let f = Fields {
                    day: Some(d as u8),
                    month: Some(m as u8),
                    ..Fields::default()
                };
                check_day(i, None, f.month, d as u8)?;
                return Ok((r3, piece(Kind::Calendar, true, f)));
            }
        }
    }
    let in_words = !r.starts_with(|c: char| c.is_ascii_digit());
    let (r, d) = day_number(r)?;
    // `ngày 1.5 lít`: a decimal, of which `1` is no day.
    if !in_words && r.starts_with('.') && r[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return fail(r, "a day and month");
    }
    let mut f = Fields {
        day: Some(d),
        ..Fields::default()
    };
    let mut r = r;
    if let Ok((r2, ())) = (sp1, word("tháng"), sp1).map(|_| ()).parse(r) {
        match month_number(r2) {
            Ok((r3, m)) => {
                f.month = Some(m);
                let (r3, leap) = leap_mark(r3);
                f.lunar = lunar_month_name(r2) || leap;
                f.leap_month = leap;
                let (r4, y) = year_after_month(r3, true);
                f.year = y;
                r = r4;
            }
            // `ngày 5 tháng sau`: the month is a relative piece of its own.
            Err(_) if lookup(r2, CYCLE_SHIFTS).is_some() => {}
            Err(e) => return Err(e),
        }
    }
    // `ngày một đông` (ever more crowded) is an idiom: a day in words needs its month.
    if in_words && f.month.is_none() {
        return fail(i, "a month after a day in words");
    }
    check_day(i, f.year, f.month, d)?;
    Ok((r, piece(Kind::Calendar, f.month.is_some(), f)))
}

/// `ngày đầu tiên của tháng 3` (the first day of March), `ngày cuối cùng của tháng 2 năm
/// 2024` (its last day: the 29th), after `ngày`. The last day of a lunar month, or of a
/// February without its year, depends on what the text does not say: no date.
fn first_or_last_day(r: &str) -> Option<PResult<'_, Piece>> {
    let (x, k) = one_of(r, &["đầu tiên", "cuối cùng"])?;
    let x = (sp1, word("của")).parse(x).map_or(x, |(y, _)| y);
    let (x, _) = (sp1, word("tháng"), sp1).parse(x).ok()?;
    let lunar = lunar_month_name(x);
    let (x, m) = month_number(x).ok()?;
    let (x, year) = year_after_month(x, true);
    // A lunar mark or a can-chi year after it makes the month lunar (`… tháng 2 năm 2024 âm
    // lịch`, `… năm Giáp Thìn`).
    let lunar_after = lunar_mark_ahead(x)
        || sp1(x).is_ok_and(|(y, ())| {
            (word("năm"), sp1)
                .parse(y)
                .is_ok_and(|(z, _)| !z.starts_with(|c: char| c.is_ascii_digit()))
        });
    let day = match k {
        0 => 1,
        _ if lunar || lunar_after || (m == 2 && year.is_none()) || year.is_some_and(|y| y < 1) => {
            return None;
        }
        _ => days_in_month(year, m),
    };
    let f = Fields {
        year,
        month: Some(m),
        day: Some(day),
        lunar,
        ..Fields::default()
    };
    Some(Ok((x, piece(Kind::Calendar, true, f))))
}

/// Whether `ngày 2.9` ends at `r` as a date: at the end, before punctuation other than `%`,
/// or before a word a date goes on with. `ngày 2.5 mm`, `mỗi ngày 1.5 lít`, `ngày 12.5%` are
/// amounts: a decimal is followed by its unit.
fn dotted_day_ends(r: &str) -> bool {
    const GOES_ON: &[&str] = &[
        "năm", "tới", "vừa", "này", "lúc", "và", "đến", "hoặc", "sáng", "trưa", "chiều", "tối",
        "đêm", "âm", "dương", "hằng", "hàng", "của", "tại", "ở", "khi", "thì", "là", "đã", "sẽ",
        "mới", "các", "cho", "với", "trong", "theo", "do", "hôm", "ngày", "cùng", "trước", "sau",
    ];
    // A word in title case (`ngày 2.9 Quốc khánh`); `USD`, `GB`, `L` are units.
    let title_case = |x: &str| {
        let mut cs = x.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_lowercase)
    };
    match r.strip_prefix(' ') {
        Some(x) => title_case(x) || one_of(x, GOES_ON).is_some(),
        None => !r.starts_with(['%', '-', '\u{2013}']),
    }
}

/// Whether an error says a shape matched but its value is impossible (not a mere mismatch).
fn is_specific(e: &nom::Err<crate::combinators::PErr<'_>>) -> bool {
    matches!(e, nom::Err::Error(x) | nom::Err::Failure(x) if x.kind != ParseErrorKind::Unexpected)
}

/// Whether `i` starts with two numbers joined by `-` or `/` and no year after them, which
/// cannot be a day and a month (a day 0, a month 0 or past 12): `5-15`, `3-0`, `0-6`.
fn no_day_and_month(i: &str) -> bool {
    let Ok((r, d)) = digits(1, 2)(i) else {
        return false;
    };
    let Some(r) = r.strip_prefix(['-', '/']) else {
        return false;
    };
    let Ok((r, m)) = digits(1, 2)(r) else {
        return false;
    };
    let year_follows = r
        .strip_prefix(['-', '/', '.'])
        .is_some_and(|x| x.starts_with(|c: char| c.is_ascii_digit()));
    !year_follows && (d == 0 || !(1..=12).contains(&m))
}

/// True when only a pause follows: the end, punctuation other than a date separator, or the
/// time of day (`lúc 15:08`).
fn before_pause(r: &str) -> bool {
    let t = r.trim_start_matches(' ');
    // `9 Tháng 1 2015 lúc 15:08` (as web pages date their posts): the time of day follows.
    let at_time = t.len() < r.len()
        && one_of(t, &["lúc", "vào lúc"])
            .and_then(|(x, _)| sp1(x).ok())
            .is_some_and(|(x, ())| x.starts_with(|c: char| c.is_ascii_digit()));
    at_time
        || t.chars().next().is_none_or(|c| {
            matches!(
                c,
                ',' | '.' | ';' | ':' | ')' | '-' | '"' | '\'' | '!' | '?'
            )
        })
}

/// The year written after a month: ` năm 2022`, `/2022` (and `-2020`, `.2020` with `seps`),
/// or, as encyclopedias write it, ` 1968` / `, 1570` before a pause. Leaves `r` as it is when
/// no year follows, so ` năm nay` or ` năm Canh Tý` can be read as pieces of their own.
fn year_after_month(r: &str, seps: bool) -> (&str, Option<i32>) {
    if let Ok((r2, _)) = (sp1, word("năm"), sp1).parse(r) {
        return match year_number(r2) {
            Ok((r3, (y, _))) if number_ends(r3) => (r3, Some(y)),
            _ => (r, None),
        };
    }
    if let Some(c @ ('/' | '-' | '.')) = r.chars().next() {
        if !seps && c != '/' {
            return (r, None);
        }
        // `tháng 6-8` is a range of months, not 2008: a dash takes only 4-digit years.
        let year = match c {
            '/' => short_or_full_year(&r[1..]).ok(),
            _ => digits_len(&r[1..], 4, 4)
                .ok()
                .map(|(r2, (y, _))| (r2, y as i32)),
        };
        return match year {
            Some((r2, y)) if number_ends(r2) => (r2, Some(y)),
            _ => (r, None),
        };
    }
    let t = r.strip_prefix(',').unwrap_or(r);
    if let Ok((t2, ())) = sp1(t) {
        if let Ok((t3, (y, 4))) = digits_len(t2, 4, 4) {
            if (1000..=2199).contains(&y) && before_pause(t3) {
                return (t3, Some(y as i32));
            }
        }
    }
    (r, None)
}

/// `3 tháng 9 năm 1932`, `5 tháng 8` (a day without `ngày`, as encyclopedias write it; weak
/// without a year, since `3 tháng 10 ngày` is a duration).
fn bare_day_month(i: &str) -> PResult<'_, Piece> {
    let (r, d) = digits(1, 2)(i)?;
    let (r, _) = (sp1, word("tháng"), sp1).parse(r)?;
    let lunar = lunar_month_name(r);
    let (r, m) = month_number(r)?;
    let mut f = Fields {
        day: Some(d as u8),
        month: Some(m),
        lunar,
        ..Fields::default()
    };
    let (r, y) = year_after_month(r, false);
    f.year = y;
    if d == 0 || d > 31 {
        return fail(i, "a day (1-31)");
    }
    check_day(i, f.year, f.month, d as u8)?;
    let (r, ()) = ends_number(i, r)?;
    if f.year.is_none() {
        // `3 tháng 10 ngày`: months and days of a duration; `1 tháng 7 năm nay` is a date.
        if let Ok((r2, ())) = sp1(r) {
            let this_year = one_of(r2, &["năm"])
                .and_then(|(x, _)| sp1(x).ok())
                .is_some_and(|(x, ())| {
                    one_of(x, &["nay", "ngoái", "trước", "sau", "tới", "qua", "này"]).is_some()
                });
            if one_of(r2, &["ngày", "tuần", "năm", "giờ"]).is_some() && !this_year {
                return fail(i, "a date");
            }
        }
    }
    Ok((r, piece(Kind::Calendar, f.year.is_some(), f)))
}

/// `tháng 02/2020`, `tháng 3-2020`, `tháng 10 năm 2017`, `tháng Giêng`, `tháng 3`.
fn month_phrase(i: &str) -> PResult<'_, Piece> {
    let (r, _) = word("tháng").parse(i)?;
    let (r, ()) = sp1(r)?;
    let lunar = lunar_month_name(r);
    let (r, m) = month_number(r)?;
    let (r, leap) = leap_mark(r);
    let mut f = Fields {
        month: Some(m),
        lunar: lunar || leap,
        leap_month: leap,
        ..Fields::default()
    };
    let (r, y) = year_after_month(r, true);
    f.year = y;
    if f.year.is_none() {
        // `mỗi tháng 2 lần`: a count, not February.
        if let Ok((r2, ())) = sp1(r) {
            if one_of(r2, &["lần", "lượt", "kỳ", "đợt"]).is_some() {
                return fail(i, "a month");
            }
        }
        if !number_ends(r) {
            return fail(i, "a month");
        }
    }
    Ok((r, piece(Kind::Calendar, true, f)))
}

/// `năm 2019`, `năm 179 TCN`.
fn year_phrase(i: &str) -> PResult<'_, Piece> {
    let (r, _) = word("năm").parse(i)?;
    let (r, ()) = sp1(r)?;
    let (r2, (y, n)) = year_number(r)?;
    // A short year is weak (`năm 40` may count years) unless an era follows it.
    let era = r2.len() != r.len() - n;
    let (r, ()) = ends_number(i, r2)?;
    if let Ok((r2, ())) = sp1(r) {
        if one_of(r2, &["tuổi"]).is_some() {
            return fail(i, "a year");
        }
    }
    let f = Fields {
        year: Some(y),
        ..Fields::default()
    };
    Ok((r, piece(Kind::Calendar, n >= 3 || era, f)))
}

/// `quý I-2020`, `quý IV/2022`, `quý 3 năm 2018`, `quý ba`, `Quí I/2024` (the older
/// spelling), `Q1/2024`.
fn quarter_phrase(i: &str) -> PResult<'_, Piece> {
    // `Q1/2024`: the short form only with its year, as `Q1` alone is as often District 1.
    if let Some(x) = i.strip_prefix('Q') {
        if let (Some(q @ b'1'..=b'4'), Some(b'/' | b'-')) =
            (x.as_bytes().first(), x.as_bytes().get(1))
        {
            let (r, y) = digits(4, 4)(&x[2..])?;
            let (r, ()) = ends_number(i, r)?;
            let f = Fields {
                quarter: Some(q - b'0'),
                year: Some(y as i32),
                ..Fields::default()
            };
            return Ok((r, piece(Kind::Calendar, true, f)));
        }
    }
    let Some((r, _)) = one_of(i, &["quý", "quí"]) else {
        return fail(i, "quý");
    };
    let (r, ()) = sp1(r)?;
    // `quý đầu năm 2024`, `quý cuối năm`: the first and last quarter of a year (only with
    // `năm` after them, which is left for the year).
    let ends_of_year = one_of(r, &["đầu", "cuối"])
        .filter(|(x, _)| (sp1, word("năm")).parse(*x).is_ok())
        .map(|(x, k)| (x, [1, 4][k]));
    let q = match ends_of_year {
        Some(found) => Ok(found),
        None => alt((roman, digits(1, 1), |x| {
            one_of(x, &["một", "hai", "ba", "bốn", "tư"])
                .map(|(r, k)| (r, [1, 2, 3, 4, 4][k]))
                .ok_or_else(|| nom::Err::Error(crate::combinators::PErr::at(x, "a quarter")))
        }))
        .parse(r),
    };
    let (r, q) = match q {
        Ok((r, q)) if (1..=4).contains(&q) => (r, q),
        _ => return fail(r, "a quarter (I-IV or 1-4)"),
    };
    // `quý ba mẹ` (to cherish one's parents: `ba mẹ`): no quarter.
    if sp1(r).is_ok_and(|(x, ())| one_of(x, &["mẹ", "má"]).is_some()) {
        return fail(r, "a quarter");
    }
    let mut f = Fields {
        quarter: Some(q as u8),
        ..Fields::default()
    };
    let mut r = r;
    let sep_year = match r.chars().next() {
        Some('/' | '-' | '.') => digits(4, 4)(&r[1..]).ok(),
        _ => None,
    };
    if let Some((r2, y)) = sep_year {
        f.year = Some(y as i32);
        r = r2;
    } else if let Ok((r2, ())) = (sp1, word("năm"), sp1).map(|_| ()).parse(r) {
        if let Ok((r3, (y, _))) = year_number(r2) {
            f.year = Some(y);
            r = r3;
        }
    }
    // `quý cuối năm` alone: the year's `năm` belongs to the quarter (`quý cuối năm nay`
    // leaves it to `năm nay`).
    if ends_of_year.is_some() && f.year.is_none() {
        if let Ok((r2, _)) = (sp1, word("năm")).parse(r) {
            let relative_next = sp1(r2).is_ok_and(|(x, ())| {
                one_of(
                    x,
                    &["nay", "ngoái", "trước", "sau", "tới", "qua", "kia", "này"],
                )
                .is_some()
            });
            if !relative_next {
                r = r2;
            }
        }
    }
    let (r, ()) = ends_number(i, r)?;
    Ok((r, piece(Kind::Calendar, true, f)))
}

const DECADE_WORDS: &[&str] = &["thập niên", "thập kỷ", "thập kỉ", "những năm"];

/// `thập niên 1990`, `những năm 90`, `thập kỷ 80`.
fn decade_phrase(i: &str) -> PResult<'_, Piece> {
    let Some((r, _)) = one_of(i, DECADE_WORDS) else {
        return fail(i, "a decade");
    };
    let (r, ()) = sp1(r)?;
    let (r, (n, len)) = digits_len(r, 2, 4)?;
    let mut decade = match len {
        2 if n % 10 == 0 => 1900 + n as i32,
        4 if n % 10 == 0 => n as i32,
        _ => return fail(i, "a decade"),
    };
    let (mut r, ()) = ends_number(i, r)?;
    // `thập niên 80 của thế kỷ XIX`: the century the short decade is in; `của thế kỷ trước`
    // (of the last century) is the 20th, as the crate reads text of this century.
    if len == 2 {
        let century = (sp1, word("của"), sp1)
            .parse(r)
            .ok()
            .and_then(|(x, _)| one_of(x, CENTURY_WORDS).map(|(y, _)| y))
            .and_then(|y| sp1(y).ok())
            .and_then(|(y, ())| {
                let y = (word("thứ"), sp1).parse(y).map_or(y, |(z, _)| z);
                match alt((digits(1, 2), roman)).parse(y) {
                    Ok((z, c)) if (1..=30).contains(&c) => Some((z, c as i32)),
                    _ => word("trước").parse(y).ok().map(|(z, _)| (z, 20)),
                }
            });
        match century {
            Some((x, c)) if c >= 11 && ends_number(i, x).is_ok() && !era_follows(x) => {
                decade = (c - 1) * 100 + n as i32;
                r = x;
            }
            // `những năm 80 của thế kỷ X`, `… thế kỷ 11 TCN`: a decade with no four-digit
            // form, which this value cannot hold.
            Some(_) => return fail(i, "a decade from the 11th century on"),
            None => {}
        }
    }
    let f = Fields {
        decade: Some(decade),
        ..Fields::default()
    };
    Ok((r, piece(Kind::Calendar, true, f)))
}

const CENTURY_WORDS: &[&str] = &["thế kỷ", "thế kỉ"];

/// `thế kỷ 21`, `thế kỷ XXI`, `thế kỷ thứ 5 TCN`.
fn century_phrase(i: &str) -> PResult<'_, Piece> {
    let Some((r, _)) = one_of(i, CENTURY_WORDS) else {
        return fail(i, "a century");
    };
    let (r, ()) = sp1(r)?;
    let r = match (word("thứ"), sp1).parse(r) {
        Ok((r2, _)) => r2,
        Err(_) => r,
    };
    let (r, c) = alt((digits(1, 2), roman)).parse(r)?;
    if !(1..=30).contains(&c) {
        return fail(i, "a century");
    }
    let mut c = c as i32;
    let mut r = r;
    if let Ok((r2, ())) = sp1(r) {
        if let Some((r3, k)) = one_of(r2, ERAS) {
            if k < 2 {
                c = -c;
            }
            r = r3;
        }
    }
    let (r, ()) = ends_number(i, r)?;
    let f = Fields {
        century: Some(c),
        ..Fields::default()
    };
    Ok((r, piece(Kind::Calendar, true, f)))
}

/// `mùa hè`, `mùa thu` (weak alone: `mùa xuân` is also a poem's word).
fn season_phrase(i: &str) -> PResult<'_, Piece> {
    let (r, _) = word("mùa").parse(i)?;
    let (r, ()) = sp1(r)?;
    let Some((r, season)) = lookup(r, SEASONS) else {
        return fail(r, "a season");
    };
    // `mùa thu hoạch` is the harvest season, `mùa màng` the crops.
    if let Ok((r2, ())) = sp1(r) {
        if one_of(r2, &["hoạch", "màng"]).is_some() {
            return fail(i, "a season");
        }
    }
    // `mùa xuân 2024`: its year in four digits, as after a holiday.
    let (r, year) = holiday_year(r);
    if year.is_some() {
        let f = Fields {
            season: Some(season),
            year,
            ..Fields::default()
        };
        return Ok((r, piece(Kind::Calendar, true, f)));
    }
    // `mùa hè này`: this year's summer, as `mùa hè năm nay`.
    let (r, relative) = match (sp1, word("này")).parse(r) {
        Ok((r2, _)) => (
            r2,
            Some(Relative {
                amount: 0,
                unit: TimeUnit::Year,
            }),
        ),
        Err(_) => (r, None),
    };
    let f = Fields {
        season: Some(season),
        relative,
        ..Fields::default()
    };
    Ok((r, piece(Kind::Calendar, false, f)))
}

const HOLIDAY_LEADS: &[&str] = &["ngày", "lễ"];

/// `Quốc khánh`, `ngày Giải phóng miền Nam`, `lễ Giáng sinh`.
fn holiday(i: &str) -> PResult<'_, Piece> {
    // Without `ngày`/`lễ` the name may be part of another (`Mặt trận Dân tộc Giải phóng miền
    // Nam`), so it is weak: a date only after a context word (`dịp`, `kỷ niệm`) or with a date.
    let (r, introduced) = match one_of(i, HOLIDAY_LEADS) {
        Some((r, _)) => sp1(r).map_or((i, false), |(r2, ())| (r2, true)),
        None => (i, false),
    };
    // `Tết Trung thu`, `Giỗ Tổ Hùng Vương`, `Lễ Vu lan`: names no other day bears.
    if let Some((r, (d, m))) = lookup(r, LUNAR_FESTIVALS) {
        let (r, year) = holiday_year(r);
        let f = Fields {
            day: Some(d),
            month: Some(m),
            year,
            lunar: true,
            ..Fields::default()
        };
        return Ok((r, piece(Kind::Calendar, true, f)));
    }
    let Some((r, (d, m))) = lookup(r, HOLIDAYS) else {
        return tet_alone(i, r, introduced);
    };
    let f = Fields {
        day: Some(d),
        month: Some(m),
        ..Fields::default()
    };
    // `ngày quốc khánh Ireland`: another country's national day.
    if sp1(r).is_ok_and(|(x, ())| x.starts_with(char::is_uppercase)) {
        return fail(i, "a Vietnamese holiday");
    }
    // `Quốc khánh 2022`: with its year, the day is stated.
    let (r, year) = holiday_year(r);
    let f = Fields { year, ..f };
    Ok((r, piece(Kind::Calendar, introduced || year.is_some(), f)))
}

/// `Tết`, `Tết 2024`, `dịp Tết`: Tết Nguyên đán, the first day of the lunar year, named alone.
/// Strong when written with its capital; another capitalised word after it names another
/// day (`Tết Độc lập`), and `tết` in lower case is as often "to braid".
fn tet_alone<'a>(i: &'a str, r: &'a str, introduced: bool) -> PResult<'a, Piece> {
    let Some(x) = strip_ci(r, "tết").filter(|x| at_word_end(x)) else {
        return fail(i, "a holiday");
    };
    if sp1(x).is_ok_and(|(y, ())| y.starts_with(char::is_uppercase)) {
        return fail(i, "a holiday");
    }
    let (x, year) = holiday_year(x);
    let f = Fields {
        day: Some(1),
        month: Some(1),
        year,
        lunar: true,
        ..Fields::default()
    };
    let capital = r.starts_with('T');
    Ok((
        x,
        piece(Kind::Calendar, capital || introduced || year.is_some(), f),
    ))
}

/// The year written right after a holiday's name (`Tết Dương lịch 2022`, `Tết Nguyên đán
/// 2023`), as four digits.
fn holiday_year(r: &str) -> (&str, Option<i32>) {
    match sp1(r).and_then(|(x, ())| digits(4, 4)(x)) {
        Ok((x, y)) if (1900..=2100).contains(&y) && number_ends(x) => (x, Some(y as i32)),
        _ => (r, None),
    }
}

/// A can-chi name: stem and branch (`Canh Tý`).
fn can_chi_name(i: &str) -> PResult<'_, CanChi> {
    let find = |s: &str, table: &[&[&str]]| -> Option<(usize, usize)> {
        // `strip_ci` compares the folded first chars first: done here once for `s`.
        let c0 = s.chars().next().map(fold);
        for (n, names) in table.iter().enumerate() {
            for name in *names {
                let k0 = match name.as_bytes().first() {
                    Some(&b) if b < 0x80 => Some(char::from(b.to_ascii_lowercase())),
                    Some(_) => name.chars().next().map(fold),
                    None => c0,
                };
                if k0 != c0 {
                    continue;
                }
                if let Some(rest) = strip_ci(s, name) {
                    if at_word_end(rest) {
                        return Some((n, s.len() - rest.len()));
                    }
                }
            }
        }
        None
    };
    let Some((stem, used)) = find(i, &STEMS) else {
        return fail(i, "a heavenly stem (Giáp … Quý)");
    };
    let (r, ()) = sp1(&i[used..])?;
    let Some((branch, used2)) = find(r, &BRANCHES) else {
        return fail(r, "an earthly branch (Tý … Hợi)");
    };
    match CanChi::new(stem as u8, branch as u8) {
        Some(c) => Ok((&r[used2..], c)),
        None => fail(i, "a can-chi pair that exists"),
    }
}

/// The words that may precede a can-chi name in [`can_chi_phrase`].
const CAN_CHI_LEADS: &[&str] = &["đầu xuân", "xuân", "tết", "năm"];

/// `Canh Tý 2020`, `Xuân Nhâm Dần`, `Tết Quý Mão 2023`, `năm Canh Tý`.
fn can_chi_phrase(i: &str) -> PResult<'_, Piece> {
    let (r, prefixed, tet) = match one_of(i, CAN_CHI_LEADS) {
        Some((r, k)) => match sp1(r) {
            Ok((r2, ())) => (r2, true, CAN_CHI_LEADS[k] == "tết"),
            Err(_) => (i, false, false),
        },
        None => (i, false, false),
    };
    let (r, c) = can_chi_name(r)?;
    let mut f = Fields {
        can_chi: Some(c),
        ..Fields::default()
    };
    // `Tết Giáp Thìn`: the first day of that lunar year, as `Tết Nguyên đán Giáp Thìn`.
    if tet {
        f.month = Some(1);
        f.day = Some(1);
        f.lunar = true;
    }
    let mut r = r;
    let year = if let Ok((r2, ())) = sp1(r) {
        let r2 = match (word("năm"), sp1).parse(r2) {
            Ok((r3, _)) => r3,
            Err(_) => r2,
        };
        digits(4, 4)(r2).ok()
    } else {
        None
    };
    if let Some((r2, y)) = year {
        let y = y as i32;
        if !c.matches_year(y) {
            return fail_kind(
                i,
                ParseErrorKind::CanChiMismatch,
                "the can-chi name of the year",
            );
        }
        f.year = Some(y);
        r = ends_number(i, r2)?.0;
    }
    Ok((r, piece(Kind::Calendar, prefixed || f.year.is_some(), f)))
}

/// The parts of [`period_part_phrase`]: (part, whether only a month may follow: the `tuần`
/// words are tenths of a month).
const PERIOD_PARTS: &[(&str, (PeriodPart, bool))] = &[
    ("thượng tuần", (PeriodPart::Early, true)),
    ("trung tuần", (PeriodPart::Middle, true)),
    ("hạ tuần", (PeriodPart::Late, true)),
    ("đầu", (PeriodPart::Early, false)),
    ("giữa", (PeriodPart::Middle, false)),
    ("cuối", (PeriodPart::Late, false)),
];

/// `đầu năm 2019`, `cuối tháng 3`, `giữa năm`, `thượng tuần tháng 5`.
fn period_part_phrase(i: &str) -> PResult<'_, Piece> {
    let Some((r, (part, month_only))) = lookup(i, PERIOD_PARTS) else {
        return fail(i, "đầu, giữa or cuối");
    };
    let (r, ()) = sp1(r)?;
    let inner = if month_only {
        alt((month_phrase, cycle_month)).parse(r)
    } else {
        alt((
            month_phrase,
            year_phrase,
            quarter_phrase,
            decade_phrase,
            century_phrase,
            cycle,
            bare_cycle,
        ))
        .parse(r)
    };
    let (r, mut p) = inner?;
    p.f.period_part = Some(part);
    p.strong = true;
    p.kind = if p.f.relative.is_some() {
        Kind::Relative
    } else {
        Kind::Calendar
    };
    Ok((r, p))
}

/// `tháng này`, `tháng trước` only (for `thượng tuần tháng này`).
fn cycle_month(i: &str) -> PResult<'_, Piece> {
    let (r, p) = cycle(i)?;
    if p.f.relative.map(|x| x.unit) == Some(TimeUnit::Month) {
        Ok((r, p))
    } else {
        fail(i, "a month")
    }
}

/// A bare `năm` or `tháng` after `đầu`/`giữa`/`cuối`: the current one.
fn bare_cycle(i: &str) -> PResult<'_, Piece> {
    let Some((r, k)) = one_of(i, &["năm", "tháng", "tuần"]) else {
        return fail(i, "năm, tháng or tuần");
    };
    // `đầu năm học` is the school year, `cuối năm tài chính` the fiscal year.
    if k == 0 && other_year(r) {
        return fail(i, "năm or tháng");
    }
    if !number_ends(r) {
        return fail(i, "năm or tháng");
    }
    let unit = [TimeUnit::Year, TimeUnit::Month, TimeUnit::Week][k];
    let f = Fields {
        relative: Some(Relative::new(0, unit)),
        ..Fields::default()
    };
    Ok((r, piece(Kind::Relative, true, f)))
}

// ---------------------------------------------------------------------------------------------
// Time pieces

/// `14:46`, `15:23:24`, `14h30`, `14g30`, `14h`, `14 giờ 30 phút`, `3 giờ rưỡi`,
/// `11 giờ kém 15`.
fn clock(i: &str) -> PResult<'_, Piece> {
    let (r, h) = digits(1, 2)(i)?;
    let invalid = |x| {
        fail_kind(
            x,
            ParseErrorKind::InvalidTime,
            "an hour 0-23 and minutes 0-59",
        )
    };
    let mut f = Fields::default();
    let (r, strong) = if let Some(r1) = r.strip_prefix(':') {
        let (r2, (m, _)) = digits_len(r1, 2, 2)?;
        let (r2, s) = match r2.strip_prefix(':').map(|x| digits_len(x, 2, 2)) {
            Some(Ok((r3, (s, _)))) => (r3, Some(s)),
            _ => (r2, None),
        };
        if h > 23 || m > 59 || s.is_some_and(|s| s > 59) {
            return invalid(i);
        }
        f.minute = Some(m as u8);
        f.second = s.map(|s| s as u8);
        let r2 = ends_number(i, r2)?.0;
        let (r2, h12) = meridiem(r2, h).map_or((r2, h), |(x, h2)| (x, h2));
        f.hour = Some(h12 as u8);
        let r2 = zone_abbreviation(r2, &mut f);
        return Ok((r2, piece(Kind::Time, true, f)));
    } else if let Some(r1) = r.strip_prefix(['h', 'H', 'g']) {
        let (r2, m) = match digits_len(r1, 2, 2) {
            Ok((r3, (m, _))) => (r3, Some(m)),
            Err(_) => (r1, None),
        };
        let r2 = match m {
            Some(_) => r2
                .strip_prefix("phút")
                .or_else(|| r2.strip_prefix(['p', '\'']))
                .unwrap_or(r2),
            None => r2,
        };
        if !at_word_end(r2) {
            return fail(i, "a time");
        }
        if h > 23 || m.is_some_and(|m| m > 59) {
            return invalid(i);
        }
        // `8h kém 15`: minutes to the hour.
        if m.is_none() {
            if let Ok((r3, _)) = (sp1, word("kém"), sp1).parse(r2) {
                let (r4, before) = digits(1, 2)(r3).or_else(|_| word_number(r3))?;
                if before == 0 || before > 59 || h == 0 {
                    return invalid(i);
                }
                let r4 = (sp1, word("phút")).parse(r4).map_or(r4, |(r5, _)| r5);
                f.hour = Some((h - 1) as u8);
                f.minute = Some((60 - before) as u8);
                return Ok((r4, piece(Kind::Time, true, f)));
            }
        }
        f.minute = m.map(|m| m as u8);
        (r2, true)
    } else if let Some((r2, h12)) = meridiem(r, h) {
        // `3pm`, `9 am`: an hour of the twelve-hour clock.
        f.hour = Some(h12 as u8);
        let r2 = zone_abbreviation(r2, &mut f);
        return Ok((r2, piece(Kind::Time, true, f)));
    } else {
        return clock_hours(i, r, h);
    };
    f.hour = Some(h as u8);
    let r = zone_abbreviation(r, &mut f);
    Ok((r, piece(Kind::Time, strong, f)))
}

/// ` PM`, `am`, ` p.m.` after an hour `h` of the twelve-hour clock (1–12): the rest and the
/// hour of the day.
fn meridiem(r: &str, h: u32) -> Option<(&str, u32)> {
    if !(1..=12).contains(&h) {
        return None;
    }
    let t = r.strip_prefix(' ').unwrap_or(r);
    for (mark, pm) in [
        ("a.m.", false),
        ("p.m.", true),
        ("am", false),
        ("pm", true),
        ("AM", false),
        ("PM", true),
    ] {
        if let Some(x) = t.strip_prefix(mark) {
            if mark.ends_with('.') || at_word_end(x) {
                return Some((x, h % 12 + if pm { 12 } else { 0 }));
            }
        }
    }
    None
}

/// ` ICT`, ` PST` after a clock reading: the time zone's offset (standard abbreviations of
/// the zones world news writes; `ICT` is Vietnam's).
fn zone_abbreviation<'a>(r: &'a str, f: &mut Fields) -> &'a str {
    const ZONES: &[(&str, i16)] = &[
        ("ICT", 7 * 60),
        ("JST", 9 * 60),
        ("KST", 9 * 60),
        ("SGT", 8 * 60),
        ("HKT", 8 * 60),
        ("MSK", 3 * 60),
        ("CET", 60),
        ("CEST", 2 * 60),
        ("EST", -5 * 60),
        ("EDT", -4 * 60),
        ("PST", -8 * 60),
        ("PDT", -7 * 60),
        ("AEST", 10 * 60),
    ];
    let Some(x) = r.strip_prefix(' ') else {
        return r;
    };
    for (zone, minutes) in ZONES {
        if let Some(y) = x.strip_prefix(zone).filter(|y| at_word_end(y)) {
            f.utc_offset_minutes = Some(*minutes);
            return y;
        }
    }
    r
}

/// The rest of a clock reading in hours after its hour `h` (read from `i`, `r` after it):
/// `3 giờ`, `9 giờ rưỡi`, `11 giờ kém 15`, `10 giờ 45 (phút)`, `10 giờ đúng`.
fn clock_hours<'a>(i: &'a str, r: &'a str, h: u32) -> PResult<'a, Piece> {
    let invalid = |x| {
        fail_kind(
            x,
            ParseErrorKind::InvalidTime,
            "an hour 0-23 and minutes 0-59",
        )
    };
    let mut f = Fields::default();
    let (r1, _) = (sp1, word("giờ")).parse(r)?;
    if h > 23 {
        return invalid(i);
    }
    // Minutes in words only before `phút`: `ba giờ mười lăm phút` (in `10 giờ năm nay` the
    // `năm` is the year's).
    let minutes = |x| match digits(1, 2)(x) {
        Ok(found) => Ok(found),
        Err(e) => match word_number(x) {
            Ok((y, m)) if (sp1, word("phút")).parse(y).is_ok() => Ok((y, m)),
            _ => Err(e),
        },
    };
    let mut r1 = r1;
    if let Ok((r2, ())) = sp1(r1) {
        if let Ok((r3, _)) = word("rưỡi").parse(r2) {
            f.minute = Some(30);
            r1 = r3;
        } else if let Ok((r3, _)) = (word("kém"), sp1).parse(r2) {
            // After `kém` a number in words is the minutes (`hai giờ kém mười lăm`).
            let (r4, m) = digits(1, 2)(r3).or_else(|_| word_number(r3))?;
            if m == 0 || m > 59 || h == 0 {
                return invalid(i);
            }
            let r4 = (sp1, word("phút")).parse(r4).map_or(r4, |(r5, _)| r5);
            f.minute = Some((60 - m) as u8);
            f.hour = Some((h - 1) as u8);
            return Ok((r4, piece(Kind::Time, false, f)));
        } else if let Ok((r3, m)) = minutes(r2) {
            if m > 59 {
                return invalid(i);
            }
            let (r3, second) = match (sp1, word("phút")).parse(r3) {
                // `14 giờ 30 phút 15 giây`: seconds only after a written `phút`.
                Ok((r4, _)) => match (sp1, digits(1, 2), sp1, word("giây")).parse(r4) {
                    Ok((r5, (_, sec, _, _))) if sec <= 59 => (r5, Some(sec as u8)),
                    _ => (r4, None),
                },
                Err(_) => (r3, None),
            };
            f.minute = Some(m as u8);
            f.second = second;
            r1 = r3;
        } else if let Ok((r3, _)) = word("đúng").parse(r2) {
            f.minute = Some(0);
            r1 = r3;
        }
    }
    f.hour = Some(h as u8);
    Ok((r1, piece(Kind::Time, false, f)))
}

/// `ba giờ rưỡi chiều`, `hai giờ mười lăm phút`, `mười giờ sáng`: a clock reading whose hour
/// is written in words. `hai giờ` alone is two hours, so the reading needs its minutes or a
/// part of the day after it.
fn clock_in_words(i: &str) -> PResult<'_, Piece> {
    let (r, h) = word_number(i)?;
    let (r2, p) = clock_hours(i, r, h)?;
    let part_next = sp1(r2).is_ok_and(|(x, ())| lookup(x, PARTS_OF_DAY).is_some());
    if p.f.minute.is_none() && !part_next {
        return fail(i, "a time");
    }
    Ok((r2, p))
}

/// [`shifted`], else [`clock_in_words`]: both start with a number in words.
fn shifted_or_clock(i: &str) -> PResult<'_, Piece> {
    shifted(i).or_else(|e| clock_in_words(i).map_err(|_| e))
}

/// `sáng`, `buổi chiều`, `tối nay`, `sáng mai`, `đêm qua`; `nửa đêm` (midnight: 0 giờ đêm).
fn part_of_day(i: &str) -> PResult<'_, Piece> {
    if let Ok((r, _)) = word("nửa đêm").parse(i) {
        let f = Fields {
            hour: Some(0),
            part_of_day: Some(PartOfDay::Night),
            ..Fields::default()
        };
        return day_after_part(r, f, Kind::Time);
    }
    let r = match (word("buổi"), sp1).parse(i) {
        Ok((r, _)) => r,
        Err(_) => match (word("rạng"), sp1).parse(i) {
            Ok((r, _)) => r,
            Err(_) => i,
        },
    };
    let Some((r, pod)) = lookup(r, PARTS_OF_DAY) else {
        return fail(i, "a part of the day");
    };
    let f = Fields {
        part_of_day: Some(pod),
        ..Fields::default()
    };
    day_after_part(r, f, Kind::PartOfDay)
}

/// `nay`, `qua`, `mai` after a part of the day (`tối nay`, `nửa đêm qua`): its day.
fn day_after_part(r: &str, mut f: Fields, kind: Kind) -> PResult<'_, Piece> {
    let mut r = r;
    let mut strong = false;
    if let Ok((r2, ())) = sp1(r) {
        if let Some((r3, k)) = one_of(r2, &["nay", "qua", "mai"]) {
            f.relative = Some(Relative::new([0, -1, 1][k], TimeUnit::Day));
            strong = true;
            r = r3;
        }
    }
    Ok((r, piece(kind, strong, f)))
}

const SUNDAY_WORDS: &[&str] = &["chủ nhật", "chúa nhật"];

/// `Thứ Tư`, `thứ 2`, `Chủ nhật`, `chúa nhật`, `CN`, `T2`.
fn weekday(i: &str) -> PResult<'_, Piece> {
    // Every weekday may be followed by `tới`, `này` … (see `coming`).
    let mk = |r, w: Weekday, strong| {
        let (r, direction) = coming(r);
        let f = Fields {
            weekday: Some(w),
            direction,
            ..Fields::default()
        };
        Ok((r, piece(Kind::Weekday, strong, f)))
    };
    if let Some((r, _)) = one_of(i, SUNDAY_WORDS) {
        return mk(r, Weekday::Sun, true);
    }
    if let Some(r) = i.strip_prefix("CN") {
        if at_word_end(r) {
            return mk(r, Weekday::Sun, false);
        }
    }
    if let Some(r) = i.strip_prefix('T') {
        if let Ok((r2, n)) = digits(1, 1)(r) {
            if (2..=7).contains(&n) && at_word_end(r2) {
                return mk(r2, Weekday::from_index(n - 2), false);
            }
        }
    }
    let (r, _) = word("thứ").parse(i)?;
    let (r, ()) = sp1(r)?;
    let (r2, day) = match digits(1, 1)(r) {
        Ok((r2, n)) if (2..=7).contains(&n) && at_word_end(r2) => (r2, Weekday::from_index(n - 2)),
        Ok(_) => return fail(r, "a weekday (2-7)"),
        Err(_) => match lookup(r, WEEKDAY_WORDS) {
            Some(found) => found,
            None => return fail(r, "a weekday name"),
        },
    };
    // Weak even when capitalised: `Thế giới thứ Ba`, `Thứ hai, …` (secondly) are ordinals.
    mk(r2, day, false)
}

/// After a weekday: `thứ Hai tới`, `thứ 2 tới` is the coming Monday (after the reference's
/// day); in `từ thứ Hai tới thứ Sáu` the `tới` is "to" before the end of a range. `thứ Hai
/// này` is the bare weekday (the next at or after the reference's day), `này` part of the span.
fn coming(r: &str) -> (&str, Option<Direction>) {
    let Ok((x, ())) = sp1(r) else {
        return (r, None);
    };
    match one_of(x, &["tới đây", "sắp tới", "tới", "này"]) {
        Some((r2, 2)) if to_a_place_or_date(r2) => (r, None),
        Some((r2, 3)) => (r2, None),
        Some((r2, _)) => (r2, Some(Direction::Next)),
        None => (r, None),
    }
}

/// An offset of `h` hours and `m` minutes with its `sign`, in minutes, within ±14 hours (the
/// error is reported at `at`).
fn signed_offset(at: &str, sign: char, h: u32, m: u32) -> PResult<'_, i16> {
    if h > 14 || m > 59 || h * 60 + m > 14 * 60 {
        return fail_kind(at, ParseErrorKind::OutOfRange, "an offset within ±14 hours");
    }
    let total = (h * 60 + m) as i16;
    Ok((at, if sign == '-' { -total } else { total }))
}

/// `(GMT+7)`, `GMT+07:00`, `UTC+7`, `(GMT+0)`, `(giờ Hà Nội)`.
fn utc_offset(i: &str) -> PResult<'_, Piece> {
    let (r, paren) = match i.strip_prefix('(') {
        Some(r) => (sp0(r)?.0, true),
        None => (i, false),
    };
    // Only `g`, `G` fold to `g`, only `u`, `U` to `u`: another first char starts neither word.
    if !r
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b | 0x20, b'g' | b'u'))
    {
        return fail(i, "GMT or UTC");
    }
    // `20h (giờ Hà Nội)`, `giờ Việt Nam`: the country's one time zone, UTC+7.
    let (r, minutes) = if let Some((r2, _)) = one_of(r, &["giờ hà nội", "giờ việt nam"]) {
        (r2, 7 * 60)
    } else {
        let Some((r, _)) = one_of(r, &["gmt", "utc"]).or_else(|| {
            // `GMT+7`: the keyword is followed by a sign, not a word end.
            ["gmt", "utc"]
                .iter()
                .find_map(|k| strip_ci(r, k).map(|x| (x, 0)))
        }) else {
            return fail(i, "GMT or UTC");
        };
        let (r, ()) = sp0(r)?;
        match r.chars().next() {
            Some(c @ ('+' | '-')) => {
                let (r2, (h, n)) = digits_len(&r[1..], 1, 2)?;
                let (r2, m) = if let Some(r3) = r2.strip_prefix(':') {
                    let (r4, (m, _)) = digits_len(r3, 2, 2)?;
                    (r4, m)
                } else if n == 2 {
                    match digits_len(r2, 2, 2) {
                        Ok((r4, (m, _))) => (r4, m),
                        Err(_) => (r2, 0),
                    }
                } else {
                    (r2, 0)
                };
                (r2, signed_offset(i, c, h, m)?.1)
            }
            _ => (r, 0),
        }
    };
    let r = if paren {
        let (r2, ()) = sp0(r)?;
        match r2.strip_prefix(')') {
            Some(r3) => r3,
            None => return fail(r2, "a closing parenthesis"),
        }
    } else {
        r
    };
    if !at_word_end(r) {
        return fail(i, "a UTC offset");
    }
    let f = Fields {
        utc_offset_minutes: Some(minutes),
        ..Fields::default()
    };
    Ok((r, piece(Kind::Offset, false, f)))
}

// ---------------------------------------------------------------------------------------------
// Relative pieces

fn rel_piece(r: &str, amount: i32, unit: TimeUnit) -> PResult<'_, Piece> {
    let f = Fields {
        relative: Some(Relative::new(amount, unit)),
        ..Fields::default()
    };
    Ok((r, piece(Kind::Relative, true, f)))
}

/// The words of [`deictic`].
const DEICTIC_WORDS: &[(&str, (i32, TimeUnit))] = &[
    ("ngày hôm nay", (0, TimeUnit::Day)),
    ("ngày hôm qua", (-1, TimeUnit::Day)),
    ("ngày hôm kia", (-2, TimeUnit::Day)),
    ("hôm nay", (0, TimeUnit::Day)),
    ("hôm qua", (-1, TimeUnit::Day)),
    ("hôm kia", (-2, TimeUnit::Day)),
    ("bữa nay", (0, TimeUnit::Day)),
    ("ngày mai", (1, TimeUnit::Day)),
    ("ngày kia", (2, TimeUnit::Day)),
    // Southern usage: `ngày mốt` is the day after tomorrow.
    ("ngày mốt", (2, TimeUnit::Day)),
    ("ngay bây giờ", (0, TimeUnit::Second)),
    ("ngay lúc này", (0, TimeUnit::Second)),
    ("bây giờ", (0, TimeUnit::Second)),
];

/// `hôm nay`, `hôm qua`, `hôm kia`, `ngày mai`, `ngày kia`, `bây giờ`.
fn deictic(i: &str) -> PResult<'_, Piece> {
    match lookup(i, DEICTIC_WORDS) {
        Some((r, (n, unit))) => rel_piece(r, n, unit),
        None => fail(i, "a relative day"),
    }
}

/// The phrases of [`vague_phrase`].
const VAGUE_PHRASES: &[(&str, Vague)] = &[
    ("hiện nay", Vague::Present),
    ("ngày nay", Vague::Present),
    ("hiện giờ", Vague::Present),
    ("thời gian gần đây", Vague::Past),
    ("thời gian vừa qua", Vague::Past),
    ("thời gian qua", Vague::Past),
    ("những năm gần đây", Vague::Past),
    ("những năm vừa qua", Vague::Past),
    ("những năm qua", Vague::Past),
    // The same of days, weeks and months, and of a few of them (`vài ngày tới`).
    ("những ngày gần đây", Vague::Past),
    ("những ngày vừa qua", Vague::Past),
    ("những ngày qua", Vague::Past),
    ("những tuần gần đây", Vague::Past),
    ("những tuần qua", Vague::Past),
    ("những tháng gần đây", Vague::Past),
    ("những tháng vừa qua", Vague::Past),
    ("những tháng qua", Vague::Past),
    ("những ngày sắp tới", Vague::Future),
    ("những ngày tới", Vague::Future),
    ("những tuần tới", Vague::Future),
    ("những tháng sắp tới", Vague::Future),
    ("những tháng tới", Vague::Future),
    // A few or many of them up to now or from now (`vài năm qua`, `nhiều năm nay`, `vài
    // tuần trước`, `mấy ngày tới`, `hàng chục năm qua`, `bao năm nay`); not `vài ngày tới
    // Tết`, `từ vài ngày tới vài tuần`, `mấy ngày qua sông`, `vài ngày trước khi` (see
    // [`vague_phrase`]). The longer ending first (`trước đây` before `trước`).
    ("vài ngày trước đây", Vague::Past),
    ("vài ngày vừa qua", Vague::Past),
    ("vài ngày qua", Vague::Past),
    ("vài ngày nay", Vague::Past),
    ("vài ngày trước", Vague::Past),
    ("vài ngày sắp tới", Vague::Future),
    ("vài ngày tới đây", Vague::Future),
    ("vài ngày tới", Vague::Future),
    ("vài tuần trước đây", Vague::Past),
    ("vài tuần vừa qua", Vague::Past),
    ("vài tuần qua", Vague::Past),
    ("vài tuần nay", Vague::Past),
    ("vài tuần trước", Vague::Past),
    ("vài tuần sắp tới", Vague::Future),
    ("vài tuần tới đây", Vague::Future),
    ("vài tuần tới", Vague::Future),
    ("vài tháng trước đây", Vague::Past),
    ("vài tháng vừa qua", Vague::Past),
    ("vài tháng qua", Vague::Past),
    ("vài tháng nay", Vague::Past),
    ("vài tháng trước", Vague::Past),
    ("vài tháng sắp tới", Vague::Future),
    ("vài tháng tới đây", Vague::Future),
    ("vài tháng tới", Vague::Future),
    ("vài năm trước đây", Vague::Past),
    ("vài năm vừa qua", Vague::Past),
    ("vài năm qua", Vague::Past),
    ("vài năm nay", Vague::Past),
    ("vài năm trước", Vague::Past),
    ("vài năm sắp tới", Vague::Future),
    ("vài năm tới đây", Vague::Future),
    ("vài năm tới", Vague::Future),
    ("mấy ngày trước đây", Vague::Past),
    ("mấy ngày vừa qua", Vague::Past),
    ("mấy ngày qua", Vague::Past),
    ("mấy ngày nay", Vague::Past),
    ("mấy ngày trước", Vague::Past),
    ("mấy ngày sắp tới", Vague::Future),
    ("mấy ngày tới đây", Vague::Future),
    ("mấy ngày tới", Vague::Future),
    ("mấy tuần trước đây", Vague::Past),
    ("mấy tuần vừa qua", Vague::Past),
    ("mấy tuần qua", Vague::Past),
    ("mấy tuần nay", Vague::Past),
    ("mấy tuần trước", Vague::Past),
    ("mấy tuần sắp tới", Vague::Future),
    ("mấy tuần tới đây", Vague::Future),
    ("mấy tuần tới", Vague::Future),
    ("mấy tháng trước đây", Vague::Past),
    ("mấy tháng vừa qua", Vague::Past),
    ("mấy tháng qua", Vague::Past),
    ("mấy tháng nay", Vague::Past),
    ("mấy tháng trước", Vague::Past),
    ("mấy tháng sắp tới", Vague::Future),
    ("mấy tháng tới đây", Vague::Future),
    ("mấy tháng tới", Vague::Future),
    ("mấy năm trước đây", Vague::Past),
    ("mấy năm vừa qua", Vague::Past),
    ("mấy năm qua", Vague::Past),
    ("mấy năm nay", Vague::Past),
    ("mấy năm trước", Vague::Past),
    ("mấy năm sắp tới", Vague::Future),
    ("mấy năm tới đây", Vague::Future),
    ("mấy năm tới", Vague::Future),
    ("nhiều ngày trước đây", Vague::Past),
    ("nhiều ngày vừa qua", Vague::Past),
    ("nhiều ngày qua", Vague::Past),
    ("nhiều ngày nay", Vague::Past),
    ("nhiều ngày trước", Vague::Past),
    ("nhiều ngày sắp tới", Vague::Future),
    ("nhiều ngày tới đây", Vague::Future),
    ("nhiều ngày tới", Vague::Future),
    ("nhiều tuần trước đây", Vague::Past),
    ("nhiều tuần vừa qua", Vague::Past),
    ("nhiều tuần qua", Vague::Past),
    ("nhiều tuần nay", Vague::Past),
    ("nhiều tuần trước", Vague::Past),
    ("nhiều tuần sắp tới", Vague::Future),
    ("nhiều tuần tới đây", Vague::Future),
    ("nhiều tuần tới", Vague::Future),
    ("nhiều tháng trước đây", Vague::Past),
    ("nhiều tháng vừa qua", Vague::Past),
    ("nhiều tháng qua", Vague::Past),
    ("nhiều tháng nay", Vague::Past),
    ("nhiều tháng trước", Vague::Past),
    ("nhiều tháng sắp tới", Vague::Future),
    ("nhiều tháng tới đây", Vague::Future),
    ("nhiều tháng tới", Vague::Future),
    ("nhiều năm trước đây", Vague::Past),
    ("nhiều năm vừa qua", Vague::Past),
    ("nhiều năm qua", Vague::Past),
    ("nhiều năm nay", Vague::Past),
    ("nhiều năm trước", Vague::Past),
    ("nhiều năm sắp tới", Vague::Future),
    ("nhiều năm tới đây", Vague::Future),
    ("nhiều năm tới", Vague::Future),
    ("mấy hôm nay", Vague::Past),
    ("mấy hôm qua", Vague::Past),
    ("mấy bữa nay", Vague::Past),
    ("mấy bữa qua", Vague::Past),
    ("bao năm nay", Vague::Past),
    ("bao năm qua", Vague::Past),
    ("bao tháng nay", Vague::Past),
    ("bao tháng qua", Vague::Past),
    ("hàng chục ngày trước đây", Vague::Past),
    ("hàng chục ngày vừa qua", Vague::Past),
    ("hàng chục ngày qua", Vague::Past),
    ("hàng chục ngày nay", Vague::Past),
    ("hàng chục ngày trước", Vague::Past),
    ("hàng chục ngày sắp tới", Vague::Future),
    ("hàng chục ngày tới đây", Vague::Future),
    ("hàng chục ngày tới", Vague::Future),
    ("hàng chục tháng trước đây", Vague::Past),
    ("hàng chục tháng vừa qua", Vague::Past),
    ("hàng chục tháng qua", Vague::Past),
    ("hàng chục tháng nay", Vague::Past),
    ("hàng chục tháng trước", Vague::Past),
    ("hàng chục tháng sắp tới", Vague::Future),
    ("hàng chục tháng tới đây", Vague::Future),
    ("hàng chục tháng tới", Vague::Future),
    ("hàng chục năm trước đây", Vague::Past),
    ("hàng chục năm vừa qua", Vague::Past),
    ("hàng chục năm qua", Vague::Past),
    ("hàng chục năm nay", Vague::Past),
    ("hàng chục năm trước", Vague::Past),
    ("hàng chục năm sắp tới", Vague::Future),
    ("hàng chục năm tới đây", Vague::Future),
    ("hàng chục năm tới", Vague::Future),
    ("chục ngày trước đây", Vague::Past),
    ("chục ngày vừa qua", Vague::Past),
    ("chục ngày qua", Vague::Past),
    ("chục ngày nay", Vague::Past),
    ("chục ngày trước", Vague::Past),
    ("chục ngày sắp tới", Vague::Future),
    ("chục ngày tới đây", Vague::Future),
    ("chục ngày tới", Vague::Future),
    ("chục tháng trước đây", Vague::Past),
    ("chục tháng vừa qua", Vague::Past),
    ("chục tháng qua", Vague::Past),
    ("chục tháng nay", Vague::Past),
    ("chục tháng trước", Vague::Past),
    ("chục tháng sắp tới", Vague::Future),
    ("chục tháng tới đây", Vague::Future),
    ("chục tháng tới", Vague::Future),
    ("chục năm trước đây", Vague::Past),
    ("chục năm vừa qua", Vague::Past),
    ("chục năm qua", Vague::Past),
    ("chục năm nay", Vague::Past),
    ("chục năm trước", Vague::Past),
    ("chục năm sắp tới", Vague::Future),
    ("chục năm tới đây", Vague::Future),
    ("chục năm tới", Vague::Future),
    ("hàng trăm năm trước đây", Vague::Past),
    ("hàng trăm năm vừa qua", Vague::Past),
    ("hàng trăm năm qua", Vague::Past),
    ("hàng trăm năm nay", Vague::Past),
    ("hàng trăm năm trước", Vague::Past),
    ("hàng trăm năm sắp tới", Vague::Future),
    ("hàng trăm năm tới đây", Vague::Future),
    ("hàng trăm năm tới", Vague::Future),
    ("hàng nghìn năm trước đây", Vague::Past),
    ("hàng nghìn năm vừa qua", Vague::Past),
    ("hàng nghìn năm qua", Vague::Past),
    ("hàng nghìn năm nay", Vague::Past),
    ("hàng nghìn năm trước", Vague::Past),
    ("hàng nghìn năm sắp tới", Vague::Future),
    ("hàng nghìn năm tới đây", Vague::Future),
    ("hàng nghìn năm tới", Vague::Future),
    ("hàng ngàn năm trước đây", Vague::Past),
    ("hàng ngàn năm vừa qua", Vague::Past),
    ("hàng ngàn năm qua", Vague::Past),
    ("hàng ngàn năm nay", Vague::Past),
    ("hàng ngàn năm trước", Vague::Past),
    ("hàng ngàn năm sắp tới", Vague::Future),
    ("hàng ngàn năm tới đây", Vague::Future),
    ("hàng ngàn năm tới", Vague::Future),
    ("vài ngày gần đây", Vague::Past),
    ("vài tuần gần đây", Vague::Past),
    ("vài tháng gần đây", Vague::Past),
    ("vài năm gần đây", Vague::Past),
    ("mấy ngày gần đây", Vague::Past),
    ("mấy tháng gần đây", Vague::Past),
    ("mấy năm gần đây", Vague::Past),
    ("gần đây", Vague::Past),
    ("mới đây", Vague::Past),
    ("trước đây", Vague::Past),
    ("thời gian sắp tới", Vague::Future),
    ("thời gian tới", Vague::Future),
    ("những năm tới", Vague::Future),
    ("những năm sắp tới", Vague::Future),
    ("sắp tới", Vague::Future),
    ("tương lai", Vague::Future),
];

/// `hiện nay`, `thời gian qua`, `thời gian tới`, `những năm qua`, `gần đây`: times stated only
/// vaguely. `hiện tại` is left out: in `thực hiện tại` (carry out at) it is not a word.
fn vague_phrase(i: &str) -> PResult<'_, Piece> {
    match lookup(i, VAGUE_PHRASES) {
        // `những ngày tới Tết`: `tới` is "to" before a place or date, and before another
        // count (`từ vài ngày tới vài tuần`); `qua`, "across" (`mấy ngày qua sông`); `trước`,
        // "before" an event (`vài ngày trước khi`, `vài năm trước đó`).
        Some((r, _))
            if (i[..i.len() - r.len()].ends_with("tới")
                || (["qua", "trước"]
                    .iter()
                    .any(|w| i[..i.len() - r.len()].ends_with(w))
                    && one_of(i, &["vài", "mấy", "nhiều", "hàng", "chục", "bao"]).is_some()))
                && (to_a_place_or_date(r)
                    || sp1(r).is_ok_and(|(y, ())| {
                        one_of(y, &["vài", "mấy", "khi", "đó"]).is_some()
                            || one_of(y, MOVED_OBJECTS).is_some()
                            || one_of(y, crate::date::NUMBER_WORDS).is_some()
                    })) =>
        {
            fail(i, "a date or time")
        }
        Some((r, v)) => {
            let f = Fields {
                vague: Some(v),
                ..Fields::default()
            };
            Ok((r, piece(Kind::Vague, true, f)))
        }
        None => fail(i, "a date or time"),
    }
}

const RECURRENCE_WORDS: &[&str] = &["hằng", "hàng"];

/// `hằng năm`, `hàng tháng`, `hằng ngày`: recurrences.
fn recurrence(i: &str) -> PResult<'_, Piece> {
    const UNITS: &[(&str, TimeUnit)] = &[
        ("ngày", TimeUnit::Day),
        ("tuần", TimeUnit::Week),
        ("tháng", TimeUnit::Month),
        ("quý", TimeUnit::Quarter),
        ("năm", TimeUnit::Year),
    ];
    let Some((r, _)) = one_of(i, RECURRENCE_WORDS) else {
        return fail(i, "hằng or hàng");
    };
    let (r, ()) = sp1(r)?;
    let Some((r, unit)) = lookup(r, UNITS) else {
        return fail(r, "ngày, tuần, tháng, quý or năm");
    };
    // `hàng năm trời`, `hàng tháng trời`: for years on end, not every year.
    if sp1(r).is_ok_and(|(r2, ())| one_of(r2, &["trời"]).is_some()) {
        return fail(i, "a recurrence");
    }
    let f = Fields {
        every: Some(unit),
        ..Fields::default()
    };
    Ok((r, piece(Kind::Vague, true, f)))
}

/// True when the words after a relative expression tie it to another event (`trước khi`,
/// `sau đó`), not to the reference.
fn tied_to_event(r: &str) -> bool {
    sp1(r).is_ok_and(|(r2, ())| {
        one_of(r2, &["khi", "đó", "đấy", "lúc", "nữa", "qua", "sang"]).is_some()
    })
}

/// After `trước`/`sau`, a following word makes them prepositions (`20 ngày trước ngày khai
/// mạc`, `hai ngày trước và sau trận đấu`): the shift is from that event, not the reference.
/// Only `đây` (`trước đây`) and a pause keep them adverbs.
fn preposition_follows(r: &str) -> bool {
    match sp1(r) {
        Ok((r2, ())) => {
            r2.starts_with(|c: char| c.is_alphanumeric())
                && one_of(r2, &["đây", "đến", "tới", "cho đến"]).is_none()
        }
        Err(_) => false,
    }
}

/// The units of [`cycle`].
const CYCLE_UNITS: &[(&str, TimeUnit)] = &[
    ("tuần", TimeUnit::Week),
    ("tháng", TimeUnit::Month),
    ("quý", TimeUnit::Quarter),
    ("năm", TimeUnit::Year),
];

/// `tuần này`, `tháng trước`, `quý tới`, `năm ngoái`, `năm nay`.
fn cycle(i: &str) -> PResult<'_, Piece> {
    let Some((r, unit)) = lookup(i, CYCLE_UNITS) else {
        return fail(i, "tuần, tháng, quý or năm");
    };
    let (r, ()) = sp1(r)?;
    let Some((r2, amount)) = lookup(r, CYCLE_SHIFTS) else {
        return fail(r, "này, trước, sau, tới");
    };
    let year_only = one_of(r, &["ngoái", "kia"]).is_some();
    // `năm kế hoạch` (the plan year), `tháng kế toán`: `kế` starts a compound there.
    if one_of(r, &["kế"]).is_some()
        && sp1(r2).is_ok_and(|(x, ())| one_of(x, &["hoạch", "toán", "thừa", "nhiệm"]).is_some())
    {
        return fail(i, "a relative period");
    }
    // `năm nay khi …` (this year, when …): only a word that can be "before" or "after" ties
    // the period to an event (`tháng trước khi`).
    let this = one_of(r, &["nay", "ngoái"]).is_some();
    let r = r2;
    if year_only && unit != TimeUnit::Year {
        return fail(i, "a relative period");
    }
    if !this && tied_to_event(r) {
        return fail(i, "a relative period");
    }
    rel_piece(r, amount, unit)
}

/// What follows `qua` and `tới` as verbs (to pass, to go to): `30 năm qua đời`, `20 năm qua
/// lại`, `3 năm tới trường`, `mấy ngày qua sông`, `vài ngày tới nơi`.
const MOVED_OBJECTS: &[&str] = &[
    "đời",
    "lại",
    "khỏi",
    "nơi",
    "trường",
    "nhà",
    "đích",
    "lớp",
    "sông",
    "biên",
    "đèo",
    "cầu",
    "đường",
];

/// `10 ngày trước`, `cách đây 3 ngày`, `3 ngày tới`, `sau 3 ngày nữa`, `2 tháng vừa qua`.
fn shifted(i: &str) -> PResult<'_, Piece> {
    // (sign, whether the word can also be a preposition: `trước`/`sau` + an event)
    const DIRECTIONS: &[(&str, (i32, bool))] = &[
        ("trước đây", (-1, false)),
        ("về trước", (-1, false)),
        ("vừa qua", (-1, false)),
        ("vừa rồi", (-1, false)),
        // `3 năm gần đây` (the last three years), as `3 năm qua`.
        ("gần đây", (-1, false)),
        ("trước", (-1, true)),
        ("qua", (-1, false)),
        // `100 năm nay` (for the hundred years up to now).
        ("nay", (-1, false)),
        ("sắp tới", (1, false)),
        ("tiếp theo", (1, false)),
        ("tới", (1, false)),
        ("nữa", (1, false)),
        ("sau", (1, true)),
    ];
    fn amount_unit(r: &str) -> Option<(&str, i32, TimeUnit)> {
        // `nửa tiếng`, `một tháng rưỡi`: a half is counted in the next smaller unit that holds
        // it whole (half a month is 15 days, as in common usage).
        fn halves(unit: TimeUnit) -> Option<(i32, TimeUnit)> {
            Some(match unit {
                TimeUnit::Minute => (30, TimeUnit::Second),
                TimeUnit::Hour => (30, TimeUnit::Minute),
                TimeUnit::Day => (12, TimeUnit::Hour),
                TimeUnit::Week => (84, TimeUnit::Hour),
                TimeUnit::Month => (15, TimeUnit::Day),
                TimeUnit::Quarter => (45, TimeUnit::Day),
                TimeUnit::Year => (6, TimeUnit::Month),
                TimeUnit::Second => return None,
            })
        }
        if let Some((x, _)) = one_of(r, &["nửa"]) {
            let (x, ()) = sp1(x).ok()?;
            let (x, unit) = lookup(x, UNIT_NAMES)?;
            let (half, small) = halves(unit)?;
            return Some((x, half, small));
        }
        let (r, n) = count(r).ok()?;
        let (r, ()) = sp1(r).ok()?;
        let (r, unit) = lookup(r, UNIT_NAMES)?;
        let n = i32::try_from(n).ok()?;
        if let Ok((x, _)) = (sp1, word("rưỡi")).parse(r) {
            let (half, small) = halves(unit)?;
            let whole = half.checked_mul(2)?.checked_mul(n)?.checked_add(half)?;
            return Some((x, whole, small));
        }
        Some((r, n, unit))
    }
    if let Some((r, _)) = one_of(i, &["cách đây"]) {
        let (r, ()) = sp1(r)?;
        let Some((r, n, unit)) = amount_unit(r) else {
            return fail(r, "a number of days, weeks, months or years");
        };
        let r = match (sp1, |x| {
            one_of(x, &["về trước", "trước"]).map_or_else(|| fail(x, ""), |(y, _)| Ok((y, ())))
        })
            .parse(r)
        {
            Ok((r2, _)) => r2,
            Err(_) => r,
        };
        return rel_piece(r, -n, unit);
    }
    if let Some((r, _)) = one_of(i, &["sau"]) {
        let (r, ()) = sp1(r)?;
        let Some((r, n, unit)) = amount_unit(r) else {
            return fail(r, "a number of days, weeks, months or years");
        };
        let (r, _) = (sp1, word("nữa")).parse(r)?;
        return rel_piece(r, n, unit);
    }
    let Some((r, n, unit)) = amount_unit(i) else {
        return fail(i, "a number of days, weeks, months or years");
    };
    let (r, ()) = sp1(r)?;
    let Some((r, (sign, adposition))) = lookup(r, DIRECTIONS) else {
        return fail(r, "trước, qua, tới or nữa");
    };
    // `thêm 34 năm tới năm 2086`: `tới` is "until" before a date.
    let until = i[..i.len() - r.len()].ends_with("tới")
        && sp1(r).is_ok_and(|(x, ())| {
            one_of(x, &["năm", "ngày", "tháng", "lúc"]).is_some()
                || x.starts_with(|c: char| c.is_ascii_digit())
        });
    if until {
        return fail(i, "a relative expression");
    }
    if tied_to_event(r) || (adposition && preposition_follows(r)) {
        return fail(i, "a relative expression");
    }
    // `30 năm qua đời`, `20 năm qua lại`, `3 năm tới trường`: `qua` and `tới` as verbs (to
    // pass, to go to) before their object. (A capitalised word after them is as often the
    // sentence's subject: `trong 5 năm qua Milan đạt được …`.)
    let moved = i[..i.len() - r.len()].ends_with("qua") || i[..i.len() - r.len()].ends_with("tới");
    if moved && sp1(r).is_ok_and(|(x, ())| one_of(x, MOVED_OBJECTS).is_some()) {
        return fail(i, "a relative expression");
    }
    rel_piece(r, sign * n, unit)
}

// ---------------------------------------------------------------------------------------------
// Sequences of pieces

fn any_piece(i: &str) -> PResult<'_, Piece> {
    any_piece_from(i, None)
}

/// [`any_piece`], given the [`start_bits`] of `i` when they are known.
fn any_piece_from(i: &str, bits: Option<u32>) -> PResult<'_, Piece> {
    match i.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => alt((
            shifted,
            clock,
            numeric_date,
            days_before_tet,
            bare_day_month,
        ))
        .parse(i),
        Some(_) => word_piece(i, bits.unwrap_or_else(|| start_bits(i))),
        None => fail(i, "a date or time"),
    }
}

/// A parser of the grammar, as a plain function.
type Form<T> = for<'a> fn(&'a str) -> PResult<'a, T>;

/// The forms of [`expr`] before [`seq_or_range_from`], in the order they are tried, each with the error it gives at the start
/// of an input it cannot start with (see `expr` for when that is).
static EXPR_FORMS: [(Form<Parsed>, &str); 5] = [
    (months_of_year, "a number"),
    (year_range, "a number"),
    (month_range, "tháng"),
    (day_list, "a number"),
    (from_to, "từ"),
];

/// The pieces that start with a word (or `(`, for an offset), in the order they are tried, each
/// with the error it gives at the start of an input whose first word it cannot start with.
static WORD_PIECES: [(Form<Piece>, &str); 19] = [
    (deictic, "a relative day"),
    (lunar_phrase, "mùng"),
    (day_phrase, "mùng"),
    (cycle, "tuần, tháng, quý or năm"),
    (can_chi_phrase, "a heavenly stem (Giáp … Quý)"),
    (month_phrase, "tháng"),
    (year_phrase, "năm"),
    (quarter_phrase, "quý"),
    (weekday, "thứ"),
    (part_of_day, "a part of the day"),
    (utc_offset, "GMT or UTC"),
    (period_part_phrase, "đầu, giữa or cuối"),
    (decade_phrase, "a decade"),
    (century_phrase, "a century"),
    (season_phrase, "mùa"),
    (holiday, "a holiday"),
    (shifted_or_clock, "a number of days, weeks, months or years"),
    (vague_phrase, "a date or time"),
    (recurrence, "hằng or hàng"),
];

/// Bit of [`utc_offset`] in [`WORD_PIECES`]: it starts with a prefix, not a whole word.
const UTC_OFFSET_BIT: u32 = 1 << 10;
/// Bits of what [`expr`] tries, after those of [`WORD_PIECES`].
const LEAD_BIT: u32 = 1 << 19;
const MONTHS_OF_YEAR_BIT: u32 = 1 << 20;
const YEAR_RANGE_BIT: u32 = 1 << 21;
const MONTH_RANGE_BIT: u32 = 1 << 22;
const DAY_LIST_BIT: u32 = 1 << 23;
const FROM_TO_BIT: u32 = 1 << 24;

/// The first words of [`expr`]'s keywords (lower case), each with the parsers that can start
/// with it, as bits: the pieces of [`WORD_PIECES`], then [`LEAD_WORDS`] and the forms of
/// [`expr`] that start with a word. An open-addressing hash table, as most words are in none.
///
/// Each of those parsers begins by matching a whole keyword (case-insensitively, char by char
/// with [`fold`]), so it can only succeed, or fail anywhere but at the start of its input, when
/// the input's first word, folded the same way, is the first word of one of its keywords. The
/// sets are read from the parsers' own tables.
struct FirstWords {
    /// `(word, its length, its bits)`; a length of 0 marks an empty slot.
    slots: Vec<([u8; FirstWords::MAX_LEN], u8, u32)>,
}

impl FirstWords {
    /// No key is longer (checked when the table is built).
    const MAX_LEN: usize = 24;
    const SLOTS: usize = 512;

    fn get() -> &'static FirstWords {
        static TABLE: OnceLock<FirstWords> = OnceLock::new();
        TABLE.get_or_init(FirstWords::build)
    }

    fn build() -> FirstWords {
        // `word_number`.
        let numbers = || std::iter::once("mười").chain(UNIT_WORDS.iter().map(|x| x.0));
        let stems = STEMS.iter().flat_map(|x| x.iter().copied());
        let sets: [Vec<&str>; 25] = [
            DEICTIC_WORDS.iter().map(|x| x.0).collect(),
            vec!["rằm", "mồng", "mùng"],
            vec!["ngày", "mồng", "mùng", "hôm"],
            CYCLE_UNITS.iter().map(|x| x.0).collect(),
            CAN_CHI_LEADS.iter().copied().chain(stems).collect(),
            vec!["tháng"],
            vec!["năm"],
            vec!["quý", "quí", "q1", "q2", "q3", "q4"],
            SUNDAY_WORDS
                .iter()
                .copied()
                .chain(["cn", "t2", "t3", "t4", "t5", "t6", "t7", "thứ"])
                .collect(),
            ["buổi", "rạng", "nửa"]
                .into_iter()
                .chain(PARTS_OF_DAY.iter().map(|x| x.0))
                .collect(),
            // Matched by its prefix in `start_bits`.
            vec![],
            PERIOD_PARTS.iter().map(|x| x.0).collect(),
            DECADE_WORDS.to_vec(),
            CENTURY_WORDS.to_vec(),
            vec!["mùa"],
            HOLIDAY_LEADS
                .iter()
                .copied()
                .chain(LUNAR_FESTIVALS.iter().map(|x| x.0))
                .chain(HOLIDAYS.iter().map(|x| x.0))
                .collect(),
            ["cách đây", "sau", "nửa"]
                .into_iter()
                .chain(numbers())
                .collect(),
            VAGUE_PHRASES.iter().map(|x| x.0).collect(),
            RECURRENCE_WORDS.to_vec(),
            LEAD_WORDS.to_vec(),
            numbers().chain(["nửa"]).collect(),
            YEAR_RANGE_LEADS.to_vec(),
            vec!["từ", "tháng"],
            DAY_LIST_LEADS.to_vec(),
            vec!["từ"],
        ];
        let mut keys: Vec<(usize, String)> = Vec::new();
        for (k, set) in sets.iter().enumerate() {
            for kw in set {
                let mut words = kw
                    .split(' ')
                    .map(|w| w.chars().map(fold).collect::<String>());
                let first = words.next().unwrap_or_default();
                // The pieces whose every keyword has two words or more are also keyed by
                // their first two words (see `start_bits`).
                if (1 << k) & PAIR_PIECES != 0 {
                    let second = words.next().expect("a keyword of two words");
                    keys.push((k, format!("{first} {second}")));
                }
                keys.push((k, first));
            }
        }
        Self::from_keys(keys.into_iter().map(|(k, key)| (key, 1 << k)))
    }

    /// A table of `keys` (folded words), each with bits; a key given twice gets both.
    fn from_keys(keys: impl IntoIterator<Item = (String, u32)>) -> FirstWords {
        let mut t = FirstWords {
            slots: vec![([0; Self::MAX_LEN], 0, 0); Self::SLOTS],
        };
        for (key, bits) in keys {
            let w = key.as_bytes();
            assert!(
                !w.is_empty() && w.len() <= Self::MAX_LEN && !w[0].is_ascii_digit(),
                "key {key:?}"
            );
            let mut h = Self::hash(w);
            loop {
                let slot = &mut t.slots[h];
                if slot.1 == 0 {
                    slot.0[..w.len()].copy_from_slice(w);
                    slot.1 = w.len() as u8;
                    slot.2 = bits;
                    break;
                }
                if &slot.0[..usize::from(slot.1)] == w {
                    slot.2 |= bits;
                    break;
                }
                h = (h + 1) % Self::SLOTS;
            }
        }
        assert!(t.slots.iter().filter(|s| s.1 != 0).count() * 2 < Self::SLOTS);
        t
    }

    #[inline]
    fn hash(w: &[u8]) -> usize {
        let h = w.iter().fold(0x811c_9dc5_u32, |h, &b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        });
        (h ^ (h >> 15)) as usize % Self::SLOTS
    }

    /// The bits of `w` (lower case); 0 when it starts no keyword.
    #[inline]
    fn bits(&self, w: &[u8]) -> u32 {
        let mut h = Self::hash(w);
        loop {
            let (bytes, len, bits) = &self.slots[h];
            if *len == 0 {
                return 0;
            }
            if usize::from(*len) == w.len() && &bytes[..w.len()] == w {
                return *bits;
            }
            h = (h + 1) % Self::SLOTS;
        }
    }
}

/// The pieces of [`WORD_PIECES`] whose every keyword has two words or more: `deictic`,
/// `decade_phrase`, `century_phrase`, `vague_phrase`. They can start only where the first two
/// words of the input, folded and one space apart, are those of one of their keywords.
const PAIR_PIECES: u32 = 1 | 1 << 12 | 1 << 13 | 1 << 17;

/// The bits of [`FirstWords`] for the first word of `i`, and for its first two words for
/// [`PAIR_PIECES`].
fn start_bits(i: &str) -> u32 {
    let Some(&b0) = i.as_bytes().first() else {
        return 0;
    };
    // No keyword starts with a digit.
    if b0.is_ascii_digit() {
        return 0;
    }
    // The first word folded as `strip_ci` folds it; a word longer than any key is none of them.
    let mut buf = [0u8; FirstWords::MAX_LEN];
    let (n, used) = fold_word(i, &mut buf);
    let table = FirstWords::get();
    let mut bits = match n {
        Some(n) if n > 0 => table.bits(&buf[..n]),
        _ => 0,
    };
    let w = &buf[..n.unwrap_or(buf.len())];
    // `GMT+7`, `(GMT+7)`: the keyword need not end a word.
    if b0 == b'(' || w.starts_with(b"gmt") || w.starts_with(b"utc") {
        bits |= UTC_OFFSET_BIT;
    }
    if bits & PAIR_PIECES != 0 {
        // A keyword's words are one space apart, and a space folds from nothing else.
        let mut pair = 0;
        if let (Some(n), Some(r)) = (n, i[used..].strip_prefix(' ')) {
            if n < buf.len() {
                buf[n] = b' ';
                if let (Some(n2), _) = fold_word(r, &mut buf[n + 1..]) {
                    if n2 > 0 {
                        pair = table.bits(&buf[..n + 1 + n2]);
                    }
                }
            }
        }
        bits = (bits & !PAIR_PIECES) | (pair & PAIR_PIECES);
    }
    bits
}

/// The bits of [`FirstWords`] for the parsers that can start at `i` (its [`start_bits`] are
/// `bits`), less those that the word after the first shows cannot succeed: for the scanner,
/// which needs only successes.
///
/// Many pieces and forms begin with a keyword that must be followed, after spaces, by a
/// number or by one of a few words (`năm` by a year, `mùa` by a season, `thứ` by a number or
/// a weekday's name). [`Narrowing`] knows, for each first word, which of its parsers need
/// that, and for each second word which of them it can continue; the others are dropped.
/// Only the first piece is chosen from these bits, so a parser dropped here is one that
/// would have failed, and `alt` returns the same first success without it.
fn narrow(i: &str, bits: u32) -> u32 {
    if bits & Narrowing::ANY == 0 {
        return bits;
    }
    let t = Narrowing::get();
    let mut buf = [0u8; FirstWords::MAX_LEN];
    let (Some(n), used) = fold_word(i, &mut buf) else {
        return bits;
    };
    let needs = bits & t.firsts.bits(&buf[..n]);
    if needs == 0 {
        return bits;
    }
    // A keyword's words are one space apart or more (`sp1`); a digit or a word follows.
    let after = &i[used..];
    let rest = after.trim_start_matches(' ');
    let allowed = if rest.len() == after.len() {
        0
    } else if rest.starts_with(|c: char| c.is_ascii_digit()) {
        Narrowing::DIGIT_OK
    } else {
        match fold_word(rest, &mut buf) {
            (Some(n2), _) if n2 > 0 => t.seconds.bits(&buf[..n2]),
            _ => 0,
        }
    };
    bits & !(needs & !allowed)
}

/// The tables of [`narrow`].
struct Narrowing {
    /// First word → the parsers that, starting with it, need a known next word or a number.
    firsts: FirstWords,
    /// Second word → the parsers it may continue.
    seconds: FirstWords,
}

impl Narrowing {
    /// Bits of [`WORD_PIECES`] and the forms of [`expr`] (see [`FirstWords`]).
    const LUNAR: u32 = 1 << 1;
    const DAY: u32 = 1 << 2;
    const CYCLE: u32 = 1 << 3;
    const CAN_CHI: u32 = 1 << 4;
    const MONTH: u32 = 1 << 5;
    const YEAR: u32 = 1 << 6;
    const WEEKDAY: u32 = 1 << 8;
    const PART_OF_DAY: u32 = 1 << 9;
    const PERIOD_PART: u32 = 1 << 11;
    const SEASON: u32 = 1 << 14;
    const HOLIDAY: u32 = 1 << 15;
    const SHIFTED: u32 = 1 << 16;
    const RECURRENCE: u32 = 1 << 18;
    /// All the parsers narrowed.
    const ANY: u32 = Self::LUNAR
        | Self::DAY
        | Self::CYCLE
        | Self::CAN_CHI
        | Self::MONTH
        | Self::YEAR
        | Self::WEEKDAY
        | Self::PART_OF_DAY
        | Self::PERIOD_PART
        | Self::SEASON
        | Self::HOLIDAY
        | Self::SHIFTED
        | Self::RECURRENCE
        | MONTHS_OF_YEAR_BIT
        | YEAR_RANGE_BIT
        | MONTH_RANGE_BIT
        | DAY_LIST_BIT;
    /// The parsers whose keyword may be followed by a number.
    const DIGIT_OK: u32 = Self::LUNAR
        | Self::DAY
        | Self::MONTH
        | Self::YEAR
        | Self::WEEKDAY
        | Self::SHIFTED
        | YEAR_RANGE_BIT
        | MONTH_RANGE_BIT
        | DAY_LIST_BIT;

    fn get() -> &'static Narrowing {
        static TABLE: OnceLock<Narrowing> = OnceLock::new();
        TABLE.get_or_init(Narrowing::build)
    }

    fn build() -> Narrowing {
        fn first_words<'a>(v: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
            v.into_iter()
                .map(|w| w.split(' ').next().unwrap_or_default())
                .collect()
        }
        fn second_words<'a>(v: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
            v.into_iter().filter_map(|w| w.split(' ').nth(1)).collect()
        }
        let numbers: Vec<&str> = std::iter::once("mười")
            .chain(UNIT_WORDS.iter().map(|x| x.0))
            .collect();
        let stems: Vec<&str> = STEMS.iter().flat_map(|x| x.iter().copied()).collect();
        let cycle_units: Vec<&str> = CYCLE_UNITS.iter().map(|x| x.0).collect();
        fn cat<'a>(parts: &[&[&'a str]]) -> Vec<&'a str> {
            parts.concat()
        }
        // (the parser, the first words after which it needs a known next word, those next
        // words). Each set is read off the parser:
        let specs: Vec<(u32, Vec<&str>, Vec<&str>)> = vec![
            // `rằm tháng …`; `mồng`/`mùng` + a day (digits or `word_number`).
            (
                Self::LUNAR,
                vec!["rằm", "mồng", "mùng"],
                cat(&[&["tháng"], &numbers]),
            ),
            // `ngày`/`mồng`/`mùng` + (`mồng`/`mùng`) + a day; `ngày đầu tiên`, `ngày cuối
            // cùng` of a month.
            (
                Self::DAY,
                vec!["ngày", "mồng", "mùng", "hôm"],
                cat(&[&["mồng", "mùng", "đầu", "cuối"], &numbers]),
            ),
            // A unit + a shift of `CYCLE_SHIFTS`.
            (
                Self::CYCLE,
                cycle_units.clone(),
                first_words(CYCLE_SHIFTS.iter().map(|x| x.0)),
            ),
            // A lead of one word (not a stem) + a can-chi name, which starts with a stem.
            (Self::CAN_CHI, vec!["năm", "xuân", "tết"], stems.clone()),
            // `tháng` + a month in digits or words.
            (
                Self::MONTH,
                vec!["tháng"],
                first_words(MONTH_WORDS.iter().map(|x| x.0)),
            ),
            // `năm` + a year in digits.
            (Self::YEAR, vec!["năm"], vec![]),
            // `thứ` + a digit or a weekday's name.
            (
                Self::WEEKDAY,
                vec!["thứ"],
                first_words(WEEKDAY_WORDS.iter().map(|x| x.0)),
            ),
            // `buổi`/`rạng` + a part of the day; `nửa đêm`.
            (
                Self::PART_OF_DAY,
                vec!["buổi", "rạng", "nửa"],
                first_words(PARTS_OF_DAY.iter().map(|x| x.0)),
            ),
            // A part (`thượng tuần`, `đầu`) + the period it is a part of.
            (
                Self::PERIOD_PART,
                first_words(PERIOD_PARTS.iter().map(|x| x.0)),
                cat(&[
                    &second_words(PERIOD_PARTS.iter().map(|x| x.0)),
                    &["tháng", "năm", "quý"],
                    &first_words(DECADE_WORDS.iter().copied()),
                    &first_words(CENTURY_WORDS.iter().copied()),
                    &cycle_units,
                ]),
            ),
            // `mùa` + a season.
            (
                Self::SEASON,
                vec!["mùa"],
                first_words(SEASONS.iter().map(|x| x.0)),
            ),
            // `ngày`/`lễ` + a holiday's name.
            (
                Self::HOLIDAY,
                HOLIDAY_LEADS.to_vec(),
                first_words(
                    LUNAR_FESTIVALS
                        .iter()
                        .map(|x| x.0)
                        .chain(HOLIDAYS.iter().map(|x| x.0)),
                ),
            ),
            // `cách đây`, `sau` + a count; a count in words + more of it or a unit.
            (
                Self::SHIFTED,
                cat(&[&["cách", "sau"], &numbers]),
                cat(&[
                    &["đây", "mươi", "mốt", "lăm"],
                    &numbers,
                    &first_words(UNIT_NAMES.iter().map(|x| x.0)),
                ]),
            ),
            // `hằng`/`hàng` + a unit.
            (
                Self::RECURRENCE,
                RECURRENCE_WORDS.to_vec(),
                vec!["ngày", "tuần", "tháng", "quý", "năm"],
            ),
            // A count in words + more of it, `tháng` or `quý`; `nửa đầu`, `nửa cuối`.
            (
                MONTHS_OF_YEAR_BIT,
                cat(&[&numbers, &["nửa"]]),
                cat(&[
                    &["tháng", "quý", "quí", "mươi", "mốt", "lăm", "đầu", "cuối"],
                    &numbers,
                ]),
            ),
            // A lead + a year in digits; a lead of two words.
            (
                YEAR_RANGE_BIT,
                first_words(YEAR_RANGE_LEADS.iter().copied()),
                second_words(YEAR_RANGE_LEADS.iter().copied()),
            ),
            // `từ tháng`; `tháng` + a month in digits.
            (MONTH_RANGE_BIT, vec!["từ", "tháng"], vec!["tháng"]),
            // A lead + a day in digits; `các ngày`.
            (
                DAY_LIST_BIT,
                first_words(DAY_LIST_LEADS.iter().copied()),
                second_words(DAY_LIST_LEADS.iter().copied()),
            ),
        ];
        let fold_str = |w: &str| w.chars().map(fold).collect::<String>();
        // The lead words of `can_chi_phrase`, `part_of_day` and `holiday` narrowed here start
        // none of the names they introduce (else those names could start at the lead).
        for w in ["năm", "xuân", "tết"] {
            assert!(!stems.iter().any(|s| fold_str(s) == w));
        }
        assert!(PARTS_OF_DAY.iter().all(|x| {
            !["buổi", "rạng", "nửa"].contains(&x.0.split(' ').next().unwrap_or_default())
        }));
        assert!(
            LUNAR_FESTIVALS
                .iter()
                .chain(HOLIDAYS)
                .all(|x| { !HOLIDAY_LEADS.contains(&x.0.split(' ').next().unwrap_or_default()) })
        );
        let mut firsts = Vec::new();
        let mut seconds = Vec::new();
        for (bit, fs, ss) in specs {
            assert!(bit & Self::ANY == bit);
            firsts.extend(fs.into_iter().map(|w| (fold_str(w), bit)));
            seconds.extend(ss.into_iter().map(|w| (fold_str(w), bit)));
        }
        Narrowing {
            firsts: FirstWords::from_keys(firsts),
            seconds: FirstWords::from_keys(seconds),
        }
    }
}

/// Folds the word at the start of `i` into `buf`: its folded length (`None` when it does not
/// fit) and its length in `i`.
fn fold_word(i: &str, buf: &mut [u8]) -> (Option<usize>, usize) {
    let (mut n, mut k) = (0, 0);
    while let Some((lower, len, char_len)) = fold_word_char(i, k) {
        let Some(dst) = buf.get_mut(n..n + len) else {
            return (None, k);
        };
        for (d, x) in dst.iter_mut().zip(lower) {
            *d = x;
        }
        n += len;
        k += char_len;
    }
    (Some(n), k)
}

/// `alt` over `branches` (each a parser and its error at the start of `i` when its bit is not
/// in `run`), running only those whose bit is in `run`.
///
/// `alt` keeps, of two errors, the one that got further (a specific kind first), the later one
/// on a tie; a skipped branch's error, at the start of `i` and of no specific kind, thus loses
/// to every later error. So only the last skipped branch can matter, and it is combined at
/// its place; the others are left out.
fn alt_known<'a, T>(i: &'a str, branches: &[(Form<T>, &'static str)], run: u32) -> PResult<'a, T> {
    let all = (1u32 << branches.len()) - 1;
    let run = run & all;
    let skipped = all & !run;
    let last_skipped = match skipped {
        0 => 0,
        m => 1 << (31 - m.leading_zeros()),
    };
    let mut err: Option<PErr<'a>> = None;
    let mut m = run | last_skipped;
    while m != 0 {
        let k = m.trailing_zeros();
        m &= m - 1;
        let (p, expected) = branches[k as usize];
        let e = if run & (1 << k) != 0 {
            match p(i) {
                Err(nom::Err::Error(e)) => e,
                other => return other,
            }
        } else {
            PErr::at(i, expected)
        };
        err = Some(match err {
            Some(prev) => prev.or(e),
            None => e,
        });
    }
    match err {
        Some(e) => Err(nom::Err::Error(e)),
        None => fail(i, "a date or time"),
    }
}

/// The pieces that start with a word: `alt` over [`WORD_PIECES`], running only the pieces the
/// first word (see [`start_bits`]) can start.
fn word_piece(i: &str, bits: u32) -> PResult<'_, Piece> {
    alt_known(i, &WORD_PIECES, bits)
}

/// What may stand between two pieces: a comma, a bar (`Thứ Tư, 07/01/2015 | 22:34`), `lúc`,
/// `vào lúc`, or spaces.
fn piece_sep(i: &str) -> PResult<'_, ()> {
    let (r, ()) = sp0(i)?;
    let r = match r.strip_prefix([',', '|']) {
        Some(r2) => sp0(r2)?.0,
        None => r,
    };
    // The words below start with `v`, `l` or `c`; an ASCII char folds to its ASCII lower
    // case, so any other ASCII char (a digit, most often) starts none of them.
    let r = match r.as_bytes().first() {
        Some(b) if b.is_ascii() && !matches!(b.to_ascii_lowercase(), b'v' | b'l' | b'c') => r,
        _ => {
            let r = match one_of(r, &["vào lúc", "lúc"]) {
                Some((r2, _)) => sp1(r2)?.0,
                None => r,
            };
            // `quý 4 của năm 2018`, `ngày 5 của tháng 3`: `của` before a larger period.
            match one_of(r, &["của"]).and_then(|(r2, _)| sp1(r2).ok()) {
                Some((r2, ())) if one_of(r2, &["năm", "tháng", "tuần"]).is_some() => r2,
                _ => r,
            }
        }
    };
    if r.len() == i.len() {
        fail(i, "a separator")
    } else {
        Ok((r, ()))
    }
}

/// The coarseness of a field, to check that a relative shift only carries finer fields.
fn finest_rank(f: &Fields) -> Option<u8> {
    // 0 second … 7 year, 8 decade, 9 century.
    let ranks = [
        (f.second.is_some(), 0),
        (f.minute.is_some(), 1),
        (f.hour.is_some() || f.part_of_day.is_some(), 2),
        (f.day.is_some() || f.weekday.is_some(), 3),
        (f.month.is_some() || f.season.is_some(), 5),
        (f.quarter.is_some(), 6),
        (f.year.is_some() || f.can_chi.is_some(), 7),
        (f.decade.is_some(), 8),
        (f.century.is_some(), 9),
    ];
    ranks.iter().find(|(set, _)| *set).map(|(_, r)| *r)
}

fn coarsest_rank(f: &Fields) -> Option<u8> {
    let ranks = [
        (f.century.is_some(), 9),
        (f.decade.is_some(), 8),
        (f.year.is_some() || f.can_chi.is_some(), 7),
        (f.quarter.is_some(), 6),
        (f.month.is_some() || f.season.is_some(), 5),
        (f.day.is_some() || f.weekday.is_some(), 3),
        (f.hour.is_some() || f.part_of_day.is_some(), 2),
        (f.minute.is_some(), 1),
        (f.second.is_some(), 0),
    ];
    ranks.iter().find(|(set, _)| *set).map(|(_, r)| *r)
}

fn unit_rank(u: TimeUnit) -> u8 {
    match u {
        TimeUnit::Second => 0,
        TimeUnit::Minute => 1,
        TimeUnit::Hour => 2,
        TimeUnit::Day => 3,
        TimeUnit::Week => 4,
        TimeUnit::Month => 5,
        TimeUnit::Quarter => 6,
        TimeUnit::Year => 7,
    }
}

/// The hour a part of the day makes of a written hour (`3 giờ chiều` = 15), or `None` when
/// they contradict each other (`20 giờ sáng`).
fn hour_in_part(h: u8, p: PartOfDay) -> Option<u8> {
    let h2 = match p {
        PartOfDay::Morning => h,
        PartOfDay::Noon if h <= 4 => h + 12,
        PartOfDay::Noon => h,
        PartOfDay::Afternoon | PartOfDay::Evening if h < 12 => h + 12,
        PartOfDay::Afternoon | PartOfDay::Evening => h,
        PartOfDay::Night if (6..=11).contains(&h) => h + 12,
        PartOfDay::Night if h == 12 => 0,
        PartOfDay::Night => h,
    };
    let ok = match p {
        PartOfDay::Morning => h2 <= 12,
        PartOfDay::Noon => (10..=14).contains(&h2),
        PartOfDay::Afternoon => (12..=19).contains(&h2),
        PartOfDay::Evening => (17..=23).contains(&h2),
        PartOfDay::Night => h2 >= 18 || h2 <= 5,
    };
    ok.then_some(h2)
}

/// Whether the fields make one date text can state: one calendar shape (a day/month/year, a
/// quarter, a season, a decade or a century), a weekday only with a day, a time or a relative
/// week, a period part only with a month, a year, a quarter or a decade, an offset only with a
/// time or a day, a lunar marker only on a day or month, vague times and recurrences alone.
pub(crate) fn coherent(f: &Fields) -> bool {
    // Day 0 and month 0 exist in no calendar (`từ 0-1-10` is not a range of days).
    // No day 0, month 0 or year 0 (1 TCN is followed by 1).
    if f.day == Some(0) || f.month == Some(0) || f.year == Some(0) || f.day.is_some_and(|d| d > 31)
    {
        return false;
    }
    let dmy = f.day.is_some() || f.month.is_some();
    let shapes = [
        dmy,
        f.quarter.is_some(),
        f.season.is_some(),
        f.decade.is_some(),
        f.century.is_some(),
    ]
    .iter()
    .filter(|x| **x)
    .count();
    if shapes > 1 {
        return false;
    }
    let yearly = f.year.is_some() || f.can_chi.is_some();
    if (f.decade.is_some() || f.century.is_some()) && (yearly || f.weekday.is_some()) {
        return false;
    }
    if f.day.is_some() && f.month.is_none() && f.year.is_some() {
        return false;
    }
    if f.leap_month {
        let Some(m) = f.month else { return false };
        if !f.lunar
            || f.year
                .is_some_and(|y| super::lunar::leap_month(y) != Some(m))
        {
            return false;
        }
    }
    if let (Some(d), Some(m)) = (f.day, f.month) {
        // A lunar month has 29 or 30 days, which the calendar knows once the year is given.
        let max = match (f.lunar, f.year) {
            (true, Some(y)) => super::lunar::month_length(y, m, f.leap_month).unwrap_or(0),
            (true, None) => 30,
            (false, _) => days_in_month(f.year, m),
        };
        if d > max {
            return false;
        }
    }
    if let (Some(c), Some(y)) = (f.can_chi, f.year) {
        if !c.matches_year(y) {
            return false;
        }
    }
    if f.weekday.is_some() && f.day.is_none() {
        let week_shift = f
            .relative
            .is_some_and(|r| matches!(r.unit, TimeUnit::Week | TimeUnit::Day));
        let calendar = yearly || shapes > 0 || f.period_part.is_some();
        if calendar || (f.relative.is_some() && !week_shift) {
            return false;
        }
    }
    if f.period_part.is_some() {
        let timed = f.hour.is_some() || f.part_of_day.is_some() || f.weekday.is_some();
        if f.day.is_some() || f.season.is_some() || f.can_chi.is_some() || timed {
            return false;
        }
    }
    // A time of day goes with a day (or a weekday, or a relative day), not with a bare month
    // or year: `Năm 1803, Tối cao Pháp viện` is no evening.
    if (f.hour.is_some() || f.part_of_day.is_some())
        && f.day.is_none()
        && f.weekday.is_none()
        && (yearly || shapes > 0)
    {
        return false;
    }
    // A time zone goes with a time on a named day (`lúc 10h ICT hôm qua`) too.
    let relative_day = f
        .relative
        .is_some_and(|x| x.unit == TimeUnit::Day && f.hour.is_some());
    if f.utc_offset_minutes.is_some()
        && (f.lunar
            || (f.relative.is_some() && !relative_day)
            || (f.hour.is_none() && f.day.is_none()))
    {
        return false;
    }
    if f.lunar && (!dmy || f.relative.is_some() || f.weekday.is_some()) {
        return false;
    }
    if f.direction.is_some() && !may_take_direction(f) {
        return false;
    }
    if f.vague.is_some() || f.every.is_some() {
        let alone = Fields {
            vague: None,
            every: None,
            ..*f
        };
        if (alone != Fields::default() && !recurring_day(f))
            || (f.vague.is_some() && f.every.is_some())
        {
            return false;
        }
    }
    true
}

/// `ngày 20 tháng 12 hằng năm`, `ngày 5 hằng tháng`: the day a recurrence falls on, in the
/// unit it recurs by (a day and month every year, a day every month), with nothing else. A
/// weekday keeps its `hằng tuần` apart (`từ thứ Hai tới thứ Sáu hằng tuần`: a span, and how
/// often).
fn recurring_day(f: &Fields) -> bool {
    let on = Fields {
        every: f.every,
        day: f.day,
        month: f.month,
        weekday: f.weekday,
        lunar: f.lunar,
        ..Fields::default()
    };
    let fits = match f.every {
        Some(TimeUnit::Year) => f.month.is_some() && f.weekday.is_none(),
        Some(TimeUnit::Month) => f.day.is_some() && f.month.is_none() && f.weekday.is_none(),
        _ => false,
    };
    *f == on && fits
}

/// Whether a [`Direction`] can pick the occurrence of `f`: a date without its year (a day
/// and month, or a month) or a weekday, perhaps with a time, and nothing that fixes the
/// occurrence already (a year, a can-chi, a relative shift, a lunar date, a part of a period).
fn may_take_direction(f: &Fields) -> bool {
    let open = f.year.is_none()
        && f.can_chi.is_none()
        && f.relative.is_none()
        && !f.lunar
        && f.period_part.is_none()
        && f.quarter.is_none()
        && f.season.is_none()
        && f.decade.is_none()
        && f.century.is_none();
    let dated = f.month.is_some() && f.weekday.is_none();
    let weekday = f.weekday.is_some() && f.month.is_none() && f.day.is_none();
    open && (dated || weekday)
}

/// Merges `b` into `a` when they describe one moment without contradiction.
fn merge(a: &Fields, b: &Fields) -> Option<Fields> {
    fn one<T: PartialEq + Copy>(x: Option<T>, y: Option<T>) -> Result<Option<T>, ()> {
        match (x, y) {
            (Some(p), Some(q)) if p != q => Err(()),
            (Some(p), _) => Ok(Some(p)),
            (None, q) => Ok(q),
        }
    }
    let stands_alone = |f: &Fields| f.vague.is_some() || f.every.is_some();
    // `ngày 20 tháng 12 hằng năm`: a recurrence after the day it falls on.
    let recurrence = Fields {
        every: b.every,
        ..Fields::default()
    };
    if b.every.is_some() && *b == recurrence && !stands_alone(a) {
        let m = Fields {
            every: b.every,
            ..*a
        };
        return recurring_day(&m).then_some(m);
    }
    if stands_alone(a) || stands_alone(b) {
        return None;
    }
    let m = (|| -> Result<Fields, ()> {
        Ok(Fields {
            year: one(a.year, b.year)?,
            month: one(a.month, b.month)?,
            day: one(a.day, b.day)?,
            hour: one(a.hour, b.hour)?,
            minute: one(a.minute, b.minute)?,
            second: one(a.second, b.second)?,
            utc_offset_minutes: one(a.utc_offset_minutes, b.utc_offset_minutes)?,
            weekday: one(a.weekday, b.weekday)?,
            part_of_day: one(a.part_of_day, b.part_of_day)?,
            quarter: one(a.quarter, b.quarter)?,
            season: one(a.season, b.season)?,
            period_part: one(a.period_part, b.period_part)?,
            decade: one(a.decade, b.decade)?,
            century: one(a.century, b.century)?,
            can_chi: one(a.can_chi, b.can_chi)?,
            lunar: a.lunar || b.lunar,
            leap_month: a.leap_month || b.leap_month,
            relative: one(a.relative, b.relative)?,
            vague: None,
            every: None,
            direction: one(a.direction, b.direction)?,
        })
    })()
    .ok()?;
    let mut m = m;
    // Fields of the same rank from both sides (a day from one, a weekday from the other) are
    // fine; but a relative shift may only carry fields finer than its unit.
    if let Some(rel) = m.relative {
        let abs = Fields {
            relative: None,
            period_part: None,
            utc_offset_minutes: None,
            ..m
        };
        if let Some(c) = coarsest_rank(&abs) {
            if c >= unit_rank(rel.unit) {
                return None;
            }
        }
    }
    if let (Some(h), Some(p)) = (m.hour, m.part_of_day) {
        m.hour = Some(hour_in_part(h, p)?);
    }
    // A weekday goes with a day, a time or a relative week, never with a bare month or year:
    // in `luật biển thứ ba năm 1982`, `thứ ba` is "third".
    if m.weekday.is_some()
        && m.day.is_none()
        && m.relative.is_none()
        && (m.year.is_some() || m.month.is_some() || m.quarter.is_some())
    {
        return None;
    }
    coherent(&m).then_some(m)
}

/// A sequence of pieces merged into one date.
fn seq(i: &str) -> PResult<'_, (Fields, bool, usize)> {
    seq_from(i, None)
}

/// [`seq`], given the [`start_bits`] of `i` when they are known.
fn seq_from(i: &str, bits: Option<u32>) -> PResult<'_, (Fields, bool, usize)> {
    let (mut r, first) = any_piece_from(i, bits)?;
    // An offset qualifies a time before it; it never starts a date.
    if first.kind == Kind::Offset {
        return fail(i, "a date or time");
    }
    let mut f = first.f;
    if first.kind == Kind::Time {
        if let (Some(h), Some(p)) = (f.hour, f.part_of_day) {
            f.hour = hour_in_part(h, p);
        }
    }
    let mut strong = first.strong;
    let mut n = 1;
    let mut has_offset = first.kind == Kind::Offset;
    loop {
        let after_sep = piece_sep(r).and_then(|(r2, ())| any_piece(r2));
        // `sáng 31/2/2020`: an impossible date after a piece is an error, not the end; but a
        // pair of numbers that is no day and month (`năm 2019, 5-15 người`, a score `3-0`)
        // ends the date before it.
        if let Err(e) = &after_sep {
            let stray = piece_sep(r).is_ok_and(|(r2, ())| no_day_and_month(r2));
            if is_specific(e) && !stray {
                return Err(e.clone());
            }
        }
        let next = after_sep
            .or_else(|_| {
                // A date in parentheses after a weekday or part of day: `thứ Bảy (12/3)`.
                let (r2, ()) = sp0(r)?;
                let Some(r3) = r2.strip_prefix('(') else {
                    return fail(r2, "(");
                };
                let (r4, p) = numeric_date(r3)?;
                match r4.strip_prefix(')') {
                    Some(r5) => Ok((r5, p)),
                    None => fail(r4, ")"),
                }
            })
            .or_else(|_: nom::Err<_>| {
                // `Hôm 13/3 (thứ Tư)`: the weekday of the day before, in parentheses.
                let (r2, ()) = sp0(r)?;
                let Some(r3) = r2.strip_prefix('(') else {
                    return fail(r2, "(");
                };
                let (r4, p) = weekday(r3)?;
                match r4.strip_prefix(')') {
                    Some(r5)
                        if f.day.is_some() && f.weekday.is_none() && p.f.direction.is_none() =>
                    {
                        Ok((r5, p))
                    }
                    _ => fail(r4, ")"),
                }
            })
            .or_else(|_: nom::Err<_>| sp0(r).and_then(|(r2, ())| utc_offset(r2)))
            .or_else(|_: nom::Err<_>| {
                // `Chủ nhật, 10/3/2024 - 21:00`, `15/03/2024 | 08:12`: a dateline's time after
                // a dash or a bar, only after a full date and only as a clock time.
                let full = f.year.is_some() && f.day.is_some() && f.hour.is_none();
                let Some(x) = r.strip_prefix(" - ").or_else(|| r.strip_prefix(" | ")) else {
                    return fail(r, "a dateline's time");
                };
                match any_piece(x) {
                    Ok((x2, p)) if full && p.kind == Kind::Time && p.f.minute.is_some() => {
                        Ok((x2, p))
                    }
                    _ => fail(r, "a dateline's time"),
                }
            });
        let Ok((r2, p)) = next else { break };
        if p.kind == Kind::Offset && (has_offset || (f.hour.is_none() && f.day.is_none())) {
            break;
        }
        let merged = merge(&f, &p.f).or_else(|| {
            // `Sáng nay (6/3)`: a date in parentheses pins down `nay`/`hôm qua`.
            let pins = p.kind == Kind::Calendar && p.f.day.is_some();
            match f.relative {
                Some(rel) if pins && rel.unit == TimeUnit::Day => merge(
                    &Fields {
                        relative: None,
                        ..f
                    },
                    &p.f,
                ),
                _ => None,
            }
        });
        let Some(m) = merged else { break };
        has_offset |= p.kind == Kind::Offset;
        f = m;
        strong |= p.strong;
        n += 1;
        r = r2;
    }
    if first.kind == Kind::Offset && n == 1 {
        return fail(i, "a date or time");
    }
    // `(tức ngày 10/3 năm Kỷ Hợi)`: a day or month in a year named only by its can-chi is
    // lunar, since the can-chi names the lunar year.
    if f.can_chi.is_some() && f.year.is_none() && f.month.is_some() && !f.lunar {
        let g = Fields { lunar: true, ..f };
        if coherent(&g) {
            f = g;
        }
    }
    // `ngày 10/3 âm lịch`, `(âm lịch)`.
    if f.day.is_some() || f.month.is_some() {
        let lunar = lunar_suffix(r);
        if let Ok(r2) = lunar {
            let g = Fields { lunar: true, ..f };
            if !coherent(&g) {
                // `ngày 30 tháng 3 năm 2024 âm lịch`: that month has 29 days.
                return fail_kind(
                    i,
                    ParseErrorKind::InvalidDate,
                    "a lunar date that exists (a day of 1-30 in its month, a leap month its year has)",
                );
            }
            f = g;
            strong = true;
            r = r2;
            // `mùng 10 tháng 3 âm lịch hằng năm`: a lunar day every year.
            if let Ok((r3, p)) = sp1(r).and_then(|(x, ())| recurrence(x)) {
                let g = Fields {
                    every: p.f.every,
                    ..f
                };
                if recurring_day(&g) {
                    f = g;
                    r = r3;
                }
            }
            // `tháng 8 âm lịch năm 1792`: the year after the marker.
            if f.year.is_none() && f.every.is_none() {
                if let Ok((r3, p)) = sp1(r2).and_then(|(x, ())| year_phrase(x)) {
                    let g = Fields {
                        year: p.f.year,
                        ..f
                    };
                    if p.f.year.is_some() && coherent(&g) {
                        f = g;
                        r = r3;
                    }
                }
            }
        }
    }
    // A lunar value from a single piece (`ngày 30 tháng 4 nhuận năm 2020`) is checked here
    // against the lunar calendar.
    if f.lunar && !coherent(&f) {
        return fail_kind(
            i,
            ParseErrorKind::InvalidDate,
            "a lunar date that exists (a day of 1-30 in its month, a leap month its year has)",
        );
    }
    // There is no year 0: 1 TCN is followed by 1.
    if f.year == Some(0) {
        return fail_kind(i, ParseErrorKind::InvalidDate, "a year other than 0");
    }
    // A solar day read leniently before a lunar mark that did not come (see `check_day`).
    if let (false, Some(d), Some(m)) = (f.lunar, f.day, f.month) {
        if d > days_in_month(f.year, m) {
            return fail_kind(
                i,
                ParseErrorKind::InvalidDate,
                "a day that exists in its month",
            );
        }
    }
    Ok((r, (f, strong || n >= 2, n)))
}

/// Whether a lunar mark (`âm lịch`, `nhuận`) follows within the next few words of `i`.
fn lunar_mark_ahead(i: &str) -> bool {
    let mut end = i.len().min(64);
    while !i.is_char_boundary(end) {
        end -= 1;
    }
    let window = &i[..end];
    // Only `â`, `Â` (both led by the byte 0xC3) fold to `â`, and only `n`, `N` to `n`: the
    // other places cannot start either mark. Both bytes start a char.
    window.bytes().enumerate().any(|(k, b)| match b {
        0xC3 => strip_ci(&window[k..], "âm lịch").is_some(),
        b'n' | b'N' => strip_ci(&window[k..], "nhuận").is_some(),
        _ => false,
    })
}

/// ` âm lịch` or ` (âm lịch)` after a date.
fn lunar_suffix(r: &str) -> Result<&str, ()> {
    let t = r.trim_start_matches(' ');
    if let Some(rest) = t.strip_prefix('(') {
        let rest = strip_ci(rest, "âm lịch").ok_or(())?;
        return rest.strip_prefix(')').ok_or(());
    }
    if t.len() == r.len() {
        return Err(());
    }
    match word("âm lịch").parse(t) {
        Ok((rest, _)) => Ok(rest),
        Err(_) => Err(()),
    }
}

fn conflict(f: &Fields) -> Option<(Weekday, Weekday)> {
    let written = f.weekday?;
    let actual = Date(*f).actual_weekday()?;
    (written != actual).then_some((written, actual))
}

fn single(r: &str, f: Fields, strong: bool) -> PResult<'_, Parsed> {
    Ok((
        r,
        Parsed {
            value: DateValue::Single(Date(f)),
            strong,
            weekday_conflict: conflict(&f),
        },
    ))
}

/// The rank class used to decide whether two sides of `A đến B` are alike.
fn side_class(f: &Fields) -> Option<u8> {
    finest_rank(f).map(|r| if r <= 2 { 2 } else { r })
}

/// Whether the two sides of a range are both relative or both not, or one is a time of day
/// alone that takes the other's day (`từ 8h đến 11h sáng nay`: both hours are today's; see
/// [`distribute`]).
fn same_relative_kind(a: &Fields, b: &Fields) -> bool {
    let time_only = |f: &Fields| coarsest_rank(f).is_some_and(|r| r <= 2);
    match (a.relative.is_some(), b.relative.is_some()) {
        (true, false) => time_only(b),
        (false, true) => time_only(a),
        _ => true,
    }
}

/// Copies the coarse fields one side of a range states to the other side, where that side has
/// finer fields but lacks them (`từ 27 đến 29/11`: the month; `từ 8h đến 17h ngày 5/8`: the day).
fn distribute(a: &mut Fields, b: &mut Fields) {
    fn fill(x: &mut Fields, y: &Fields) {
        let fine = finest_rank(x).unwrap_or(9);
        let fits = |c: Option<CanChi>| y.year.is_none_or(|yy| c.is_none_or(|c| c.matches_year(yy)));
        if x.year.is_none()
            && x.relative.is_none()
            && fine < 7
            && y.relative.is_none()
            && fits(x.can_chi)
        {
            x.year = y.year;
        }
        // A side with its own relative day (`… đến chiều hôm nay`) takes no date from the
        // other: `6/12 hôm nay` would be two days at once.
        let own_day = x.relative.is_some();
        if x.month.is_none() && fine < 5 && x.quarter.is_none() && x.season.is_none() && !own_day {
            x.month = y.month;
        }
        if x.day.is_none() && x.weekday.is_none() && fine < 3 && !own_day {
            x.day = y.day;
            if x.month.is_none() {
                x.month = y.month;
            }
            if x.year.is_none() {
                x.year = y.year;
            }
        }
        if x.utc_offset_minutes.is_none() {
            x.utc_offset_minutes = y.utc_offset_minutes;
        }
        if x.relative.is_none() && x.year.is_none() && y.relative.is_some() && fine < 7 {
            x.relative = y.relative;
        }
    }
    let (a0, b0) = (*a, *b);
    fill(a, &b0);
    if !coherent(a) {
        *a = a0;
    }
    fill(b, &a0);
    if !coherent(b) {
        *b = b0;
    }
    // `từ 25/12/2023 đến 5/1`: the end, given the start's year, falls in the year after it.
    if b0.year.is_none() && !a.lunar && !b.lunar {
        if let (Some(y), Some(ma), Some(mb)) = (b.year, a.month, b.month) {
            if (mb, b.day) < (ma, a.day) && y == a0.year.unwrap_or(y) {
                let next = Fields {
                    year: Some(y + 1),
                    ..*b
                };
                if coherent(&next) {
                    *b = next;
                }
            }
        }
    }
}

fn range(r: &str, mut a: Fields, mut b: Fields, strong: bool) -> PResult<'_, Parsed> {
    // `thế kỷ 18 đến thế kỷ 12 TCN`, `năm 300 đến 200 TCN`: the era written once, at the end,
    // holds for both sides (a range cannot run from our era back into the one before).
    if b.century.is_some_and(|c| c < 0) && a.century.is_some_and(|c| c > 0) {
        a.century = a.century.map(|c| -c);
    }
    if b.year.is_some_and(|y| y < 0) && a.year.is_some_and(|y| y > 0) && a.month.is_none() {
        a.year = a.year.map(|y| -y);
    }
    distribute(&mut a, &mut b);
    // `23/6 - mùng 2 năm Canh Tý`: a side in a year named only by its can-chi is lunar, as a
    // single date is (see `expr`).
    for side in [&mut a, &mut b] {
        if side.can_chi.is_some() && side.year.is_none() && side.month.is_some() && !side.lunar {
            let g = Fields {
                lunar: true,
                ..*side
            };
            if coherent(&g) {
                *side = g;
            }
        }
    }
    // A recurrence stands alone (`từ thứ Hai tới thứ Sáu hằng tuần` is a span and how often).
    if !coherent(&a) || !coherent(&b) || a.every.is_some() || b.every.is_some() {
        return fail(r, "a range of two dates");
    }
    // `Ngày Quốc tế thiếu nhi - 1 tháng 6`: a name and its date, one day, not a range.
    if a == b {
        return single(r, a, strong);
    }
    // `từ 31 đến 1/12`: within one month the days run forward.
    if a.year.is_none()
        && b.year.is_none()
        && a.month.is_some()
        && a.month == b.month
        && a.relative == b.relative
        && a.day.is_some()
        && a.day > b.day
    {
        return fail(r, "a range that ends after it starts");
    }
    if let (Some(ya), Some(yb), Some(ma), Some(mb)) = (a.year, b.year, a.month, b.month) {
        if (ya, ma) > (yb, mb) {
            return fail(r, "a range that ends after it starts");
        }
    }
    // `hôm nay - hôm qua`: counted from the same day, the end comes first (a fuzz finding:
    // `Display` writes `từ … đến …`, which rejects it).
    if let (Some(x), Some(y)) = (a.relative, b.relative) {
        if x.unit == y.unit && y.amount() < x.amount() {
            return fail(r, "a range that ends after it starts");
        }
    }
    let (da, db) = (Date(a), Date(b));
    if let (Some(x), Some(y)) = (da.to_naive_date(), db.to_naive_date()) {
        if x > y {
            return fail(r, "a range that ends after it starts");
        }
    }
    if let (Some(x), Some(y), None, None) = (a.year, b.year, a.month, b.month) {
        // `2 quý đầu năm 2024`: quarters of one year.
        let ordered = match (a.quarter, b.quarter) {
            (Some(qa), Some(qb)) => (x, qa) < (y, qb),
            _ => x < y,
        };
        if !ordered {
            return fail(r, "a range that ends after it starts");
        }
    }
    let value = DateValue::Range(DateRange::new(da, db));
    let weekday_conflict = conflict(&a).or_else(|| conflict(&b));
    Ok((
        r,
        Parsed {
            value,
            strong,
            weekday_conflict,
        },
    ))
}

/// The word between the two sides of a range: `đến`, `tới`, `-`.
fn range_sep(i: &str) -> PResult<'_, ()> {
    if let Ok((r, ())) = spaced('-')(i) {
        return Ok((r, ()));
    }
    let (r, ()) = sp1(i)?;
    let Some((r, _)) = one_of(
        r,
        &["cho đến hết", "cho đến", "cho tới", "đến hết", "đến", "tới"],
    ) else {
        return fail(r, "đến or tới");
    };
    let (r, ()) = sp1(r)?;
    Ok((r, ()))
}

/// A sequence, or two sequences of the same kind joined by `đến`/`tới`/`-`.
fn seq_or_range_from(i: &str, bits: Option<u32>) -> PResult<'_, Parsed> {
    let (r, (a, sa, _)) = seq_from(i, bits)?;
    // `thập niên 1970–1980`: the second decade written as a bare number.
    if let (Some(d1), true) = (a.decade, finest_rank(&a) == Some(8)) {
        if let Ok((r2, d2)) = range_sep(r).and_then(|(r1, ())| digits(4, 4)(r1)) {
            let d2 = d2 as i32;
            if d2 % 10 == 0 && d2 > d1 && number_ends(r2) {
                let b = Fields {
                    decade: Some(d2),
                    ..a
                };
                return range(r2, a, b, sa);
            }
        }
    }
    if let Ok((r2, (b, sb, _))) = range_sep(r).and_then(|(r1, ())| seq(r1)) {
        if side_class(&a) == side_class(&b) && same_relative_kind(&a, &b) && a.lunar == b.lunar {
            // Two clock times joined (`5 giờ - 17 giờ`) read as hours on their own.
            let times = a.hour.is_some() && b.hour.is_some();
            if let Ok(ok) = range(r2, a, b, sa || sb || times) {
                return Ok(ok);
            }
        }
    }
    single(r, a, sa)
}

/// `từ ngày 1/1/2024 đến ngày 31/12/2024`, `từ 8h đến 17h`, `từ 27 đến 29/11`.
fn from_to(i: &str) -> PResult<'_, Parsed> {
    let (r, _) = (word("từ"), sp1).parse(i)?;
    if let Ok(ok) = hour_range(r) {
        return Ok(ok);
    }
    // `từ nay đến cuối năm`, `từ hôm nay đến thứ Sáu`: from today to a later date (`từ bây
    // giờ` is from this moment on, read as the other sides are).
    if let Some((r2, _)) = one_of(r, &["hôm nay", "nay"]) {
        if let Ok((r3, ())) = range_sep(r2) {
            let (r4, (b, _, _)) = seq(r3)?;
            return from_today(r4, b);
        }
    }
    let (r, a) = match seq(r) {
        Ok((r2, (a, _, _))) => (r2, a),
        Err(_) => {
            let (r2, d) = digits(1, 2)(r)?;
            let f = Fields {
                day: Some(d as u8),
                ..Fields::default()
            };
            (r2, f)
        }
    };
    let (r, ()) = range_sep(r)?;
    // `từ năm 2020 đến nay`, `từ đầu năm đến nay`: from a date until today (`nay` alone, as
    // `hôm nay`), whatever the start's unit.
    if let Ok((r2, _)) = word("nay").parse(r) {
        return until_today(r2, a);
    }
    let (r, (b, _, _)) = seq(r)?;
    // `từ thứ 2 đến thứ 6 tuần sau`: the week written once, after the end, is the start's too.
    let mut a = a;
    let weekday_only = |f: &Fields| {
        f.weekday.is_some()
            && *f
                == Fields {
                    weekday: f.weekday,
                    ..Fields::default()
                }
    };
    // Only where the start comes first in that week (`từ thứ 6 đến thứ 2 tuần sau` spans
    // two weeks).
    let in_order = match (a.weekday, b.weekday) {
        (Some(x), Some(y)) => x.days_from_monday() <= y.days_from_monday(),
        _ => false,
    };
    if weekday_only(&a) && in_order && b.relative.is_some_and(|x| x.unit == TimeUnit::Week) {
        a.relative = b.relative;
    }
    // `từ tháng 3 đến hôm nay`, as `Display` writes `… đến nay`.
    if b == today() && side_class(&a) != side_class(&b) {
        return until_today(r, a);
    }
    if side_class(&a) != side_class(&b) || !same_relative_kind(&a, &b) {
        return fail(r, "two dates of the same kind");
    }
    range(r, a, b, true)
}

/// `hôm nay`: the end of a range until today.
fn today() -> Fields {
    Fields {
        relative: Some(Relative::new(0, TimeUnit::Day)),
        ..Fields::default()
    }
}

/// A range from the date `a` to today (`từ năm 2020 đến nay`). Nothing of either side is
/// shared with the other, as `range` would (`từ tháng 3 đến nay` starts in March, not today).
fn until_today(r: &str, a: Fields) -> PResult<'_, Parsed> {
    with_today(r, a, true)
}

/// A range from today to the date `b` (`từ nay đến cuối năm`), which must not be before
/// today.
fn from_today(r: &str, b: Fields) -> PResult<'_, Parsed> {
    with_today(r, b, false)
}

/// A range between today and the date `other`: from it until today (`before`), else from today
/// to it. The date must lie on its side of today.
fn with_today(r: &str, other: Fields, before: bool) -> PResult<'_, Parsed> {
    let today = today();
    let side = other.relative.is_none_or(|x| {
        if before {
            x.amount() <= 0
        } else {
            x.amount() >= 0
        }
    });
    if !side
        || other.vague.is_some()
        || other.every.is_some()
        || !coherent(&other)
        || other == today
    {
        return fail(
            r,
            if before {
                "a date before today"
            } else {
                "a date after today"
            },
        );
    }
    let (a, b) = if before {
        (other, today)
    } else {
        (today, other)
    };
    let value = DateValue::Range(DateRange::new(Date(a), Date(b)));
    Ok((
        r,
        Parsed {
            value,
            strong: true,
            weekday_conflict: conflict(&other),
        },
    ))
}

/// `8-10 giờ sáng`, `11-12 giờ đêm`, `9-11h`: two hours joined by a dash, the unit written once
/// after the second, which carries what follows it (a part of the day, a date, which the
/// first hour shares).
fn hour_range(i: &str) -> PResult<'_, Parsed> {
    // Nearly every input: no digit, or a digit and no dash after one or two of them.
    let b = i.as_bytes();
    let n = b.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&n) || !matches!(b.get(n), Some(b'-' | b' ')) {
        return fail(i, "two hours");
    }
    let (r, h1) = digits(1, 2)(i)?;
    let (r, ()) = spaced('-')(r)?;
    // The second number and its unit, checked before the second side is read.
    let (u, _) = digits(1, 2)(r)?;
    let unit = u.trim_start_matches(' ');
    let glued = u.len() == unit.len();
    let has_unit = one_of(unit, &["giờ"]).is_some()
        || (glued
            && unit.starts_with(['h', 'H', 'g'])
            && !unit[1..].starts_with(char::is_alphabetic));
    if !has_unit || h1 > 23 {
        return fail(r, "an hour and its unit");
    }
    let (r2, (b, _, _)) = seq(r)?;
    // A clock reading, not a span of hours (`mất khoảng 1-2 giờ`, `từ 2-3 giờ`): the clock's
    // `h`, or a part of the day, minutes or a day with the second hour.
    let clock = glued || b.part_of_day.is_some() || b.minute.is_some() || b.day.is_some();
    if b.hour.is_none() || !clock {
        return fail(r, "an hour");
    }
    // The part of the day is said once for both hours (`1-3 giờ chiều`: from 13 to 15), where
    // the first hour falls in it.
    let part = b
        .part_of_day
        .and_then(|p| hour_in_part(h1 as u8, p).map(|h| (h, p)));
    let a = Fields {
        hour: Some(part.map_or(h1 as u8, |(h, _)| h)),
        part_of_day: part.map(|(_, p)| p),
        ..Fields::default()
    };
    range(r2, a, b, true)
}

const DAY_LIST_LEADS: &[&str] = &["các ngày", "ngày", "mồng", "mùng"];

/// `27 và 28-11`, `27-28/11`, `ngày 27 và 28 tháng 11`, `ngày 27, 28 và 29/11/2019`.
fn day_list(i: &str) -> PResult<'_, Parsed> {
    let (r, prefixed) = match one_of(i, DAY_LIST_LEADS) {
        Some((r, _)) => (sp1(r)?.0, true),
        None => (i, false),
    };
    let (r, d1) = digits(1, 2)(r)?;
    // Each day with the text after it; `listed` marks `và`/`,` (the days must be consecutive).
    // At most 31 days, on the stack: most calls read one number and stop.
    let mut days = [(d1, r, false); 31];
    let mut len = 1;
    let mut r = r;
    loop {
        let sep = if let Ok((r2, _)) = (sp1, word("và"), sp1).parse(r) {
            Some((r2, true))
        } else if let Ok((r2, ())) = spaced(',')(r) {
            Some((r2, true))
        } else if let Ok((r2, ())) = range_sep(r) {
            Some((r2, false))
        } else {
            None
        };
        let Some((r2, listed)) = sep else { break };
        let r2 = (word("ngày"), sp1).parse(r2).map_or(r2, |(x, _)| x);
        let Ok((r3, d)) = digits(1, 2)(r2) else { break };
        if len >= 31 {
            break;
        }
        days[len] = (d, r3, listed);
        len += 1;
        r = r3;
    }
    // The shared month (and year) follows the last day; `27 và 28-11` reads `-11` as the month,
    // not as a third day, so try from the longest list down.
    let mut found = None;
    for k in (1..len).rev() {
        if let Ok((r2, (m, y))) = month_tail(days[k].1) {
            found = Some((k, r2, m, y));
            break;
        }
    }
    let Some((k, r, month, year)) = found else {
        return fail(r, "the month of a list of days");
    };
    // `ngày 27 và 28 tháng 11 năm nay`: a relative year for the whole list.
    let (r, relative) = match year
        .is_none()
        .then(|| sp1(r).and_then(|(r1, ())| cycle(r1)))
    {
        Some(Ok((r2, p))) if p.f.relative.is_some_and(|x| x.unit == TimeUnit::Year) => {
            (r2, p.f.relative)
        }
        _ => (r, None),
    };
    let days = &days[..=k];
    let listed = days.iter().any(|d| d.2);
    if !(1..=12).contains(&month) {
        return fail(i, "a month (1-12 or its name)");
    }
    let (r, ()) = ends_number(i, r)?;
    let increasing = days.windows(2).all(|w| w[0].0 < w[1].0);
    let consecutive = days.windows(2).all(|w| w[0].0 + 1 == w[1].0);
    if !increasing || (listed && !consecutive) {
        return fail(i, "consecutive days");
    }
    let last = days.last().map_or(d1, |d| d.0);
    check_day(i, year, Some(month as u8), last as u8)?;
    check_day(i, year, Some(month as u8), d1 as u8)?;
    let mk = |d: u32| Fields {
        year,
        month: Some(month as u8),
        day: Some(d as u8),
        relative,
        ..Fields::default()
    };
    range(r, mk(d1), mk(last), prefixed || year.is_some())
}

/// The month (and year) after a list of days: `-11`, `/11/2019`, ` tháng 11 năm 2019`.
fn month_tail(r: &str) -> PResult<'_, (u32, Option<i32>)> {
    if let Some(c @ ('/' | '-' | '.')) = r.chars().next() {
        let (r2, m) = digits(1, 2)(&r[1..])?;
        let (r2, y) = match r2.strip_prefix(c).map(short_or_full_year) {
            Some(Ok((r3, y))) => (r3, Some(y)),
            _ => (r2, None),
        };
        if !(1..=12).contains(&m) || !number_ends(r2) {
            return fail(r, "a month");
        }
        return Ok((r2, (m, y)));
    }
    let (r2, _) = (sp1, word("tháng"), sp1).parse(r)?;
    let (r2, m) = month_number(r2)?;
    let (r2, y) = year_after_month(r2, false);
    Ok((r2, (u32::from(m), y)))
}

/// The words that may precede the first year of [`year_range`].
const YEAR_RANGE_LEADS: &[&str] = &[
    "nhiệm kỳ",
    "nhiệm kì",
    "giai đoạn",
    "thời kỳ",
    "thời kì",
    "niên khóa",
    "năm học",
    "từ năm",
    "từ",
    "giữa năm",
    "giữa các năm",
    "năm",
];

/// `2015 - 2020`, `nhiệm kỳ 2020-2025`, `giai đoạn 2021–2025`, `từ năm 2015 đến năm 2020`.
fn year_range(i: &str) -> PResult<'_, Parsed> {
    let (r, between) = match one_of(i, YEAR_RANGE_LEADS) {
        Some((r, k)) => (sp1(r)?.0, YEAR_RANGE_LEADS[k].starts_with("giữa")),
        None => (i, false),
    };
    let (r, y1) = digits(4, 4)(r)?;
    // `giữa năm 1649 và 1660`: between two years.
    let sep = if between {
        (sp1, word("và"), sp1).parse(r).map(|(x, _)| (x, ()))
    } else {
        range_sep(r)
    };
    // `năm 2013/14`: a school or fiscal year.
    if let Some(x) = r.strip_prefix('/') {
        if let Ok((x2, (y2, 2))) = digits_len(x, 2, 2) {
            if y2 == (y1 + 1) % 100 && number_ends(x2) {
                let mk = |y: u32| Fields {
                    year: Some(y as i32),
                    ..Fields::default()
                };
                return range(x2, mk(y1), mk(y1 + 1), true);
            }
        }
    }
    let (r, ()) = sep?;
    // `từ 2019 đến nay`: from a year until today.
    if let Ok((r2, _)) = word("nay").parse(r) {
        if !between && (1000..=2200).contains(&y1) {
            let f = Fields {
                year: Some(y1 as i32),
                ..Fields::default()
            };
            return until_today(r2, f);
        }
    }
    let dash = !between && r.len() < i.len() && i[..i.len() - r.len()].trim_end().ends_with('-');
    let r = (word("năm"), sp1).parse(r).map_or(r, |(x, _)| x);
    let (r, (y2, n2)) = digits_len(r, 2, 4)?;
    // `1961-63`: the end year's last two digits, after a dash only.
    let y2 = match n2 {
        4 => y2,
        // Not `1305-11-01` (an ISO date): nothing date-like may follow the short year.
        2 if dash && !r.starts_with(['-', '/', '.']) => y1 / 100 * 100 + y2,
        _ => return fail(i, "a range of years"),
    };
    let (r, ()) = ends_number(i, r)?;
    if !(1000..=2200).contains(&y1) || y2 <= y1 || y2 - y1 > 200 {
        return fail(i, "a range of years");
    }
    let mk = |y: u32| Fields {
        year: Some(y as i32),
        ..Fields::default()
    };
    range(r, mk(y1), mk(y2), true)
}

/// `tháng 6-8`, `từ tháng 6 - 8 năm 2020`, `tháng 5 và 6/1956`: months sharing a year.
fn month_range(i: &str) -> PResult<'_, Parsed> {
    let r = (word("từ"), sp1).parse(i).map_or(i, |(x, _)| x);
    let (r, _) = (word("tháng"), sp1).parse(r)?;
    let (r, (m1, _)) = digits_len(r, 1, 2)?;
    let (r, listed) = if let Ok((r2, _)) = (sp1, word("và"), sp1).parse(r) {
        (r2, true)
    } else {
        (range_sep(r)?.0, false)
    };
    let r = (word("tháng"), sp1).parse(r).map_or(r, |(x, _)| x);
    let (r, (m2, _)) = digits_len(r, 1, 2)?;
    if !(1..=12).contains(&m1) || !(1..=12).contains(&m2) || m2 <= m1 || (listed && m2 != m1 + 1) {
        return fail(i, "a range of months");
    }
    let (r, year) = year_after_month(r, false);
    // `tháng 1 đến tháng 2 năm Canh Tý`: a year the range cannot take is not left behind.
    let dangling = sp1(r).is_ok_and(|(x, ())| one_of(x, &["năm"]).is_some());
    if !number_ends(r) || (year.is_none() && dangling) {
        return fail(i, "a range of months");
    }
    let mk = |m: u32| Fields {
        year,
        month: Some(m as u8),
        ..Fields::default()
    };
    range(r, mk(m1), mk(m2), true)
}

/// `6 tháng đầu năm 2023`, `6 tháng cuối năm`, `9 tháng năm 2022`: the first or last N months.
fn months_of_year(i: &str) -> PResult<'_, Parsed> {
    // `nửa đầu năm 2021`, `nửa cuối năm nay`: the first or last six months.
    let half = (word("nửa"), sp1)
        .parse(i)
        .ok()
        .and_then(|(r, _)| one_of(r, &["đầu năm", "cuối năm"]))
        .filter(|(r2, _)| !other_year(r2))
        .map(|(r2, k)| (r2, k == 1));
    let (r, last, n) = if let Some((r, last)) = half {
        (r, last, 6)
    } else {
        let (r, n) = alt((digits(1, 2), word_number)).parse(i)?;
        // `2 quý đầu năm`, `hai quý cuối năm 2023`: the first or last N quarters.
        let quarters = (sp1, |x| word_of(x, &["quý", "quí"]), sp1)
            .parse(r)
            .ok()
            .and_then(|(x, _)| one_of(x, &["đầu năm", "cuối năm"]))
            .filter(|(x, _)| !other_year(x));
        if let Some((r, k)) = quarters {
            if !(1..=3).contains(&n) {
                return fail(i, "a number of quarters");
            }
            return months_of_year_tail(r, n, k == 1, i, true);
        }
        if !(1..=11).contains(&n) {
            return fail(i, "a number of months");
        }
        let (r, last) = months_of_year_rest(r)?;
        (r, last, n)
    };
    months_of_year_tail(r, n, last, i, false)
}

/// The first of `words` at the start of `i`, as a parser.
fn word_of<'a>(i: &'a str, words: &[&'static str]) -> PResult<'a, usize> {
    match one_of(i, words) {
        Some((r, k)) => Ok((r, k)),
        None => fail(i, words.first().copied().unwrap_or("a word")),
    }
}

/// `tháng đầu năm`, `tháng cuối năm`, `tháng năm 2022` after the number of months; whether
/// they are the last months.
fn months_of_year_rest(r: &str) -> PResult<'_, bool> {
    let (r, _) = (sp1, word("tháng"), sp1).parse(r)?;
    if let Some((r2, k)) = one_of(r, &["đầu năm", "cuối năm"]) {
        if other_year(r2) {
            return fail(r, "the months of a calendar year");
        }
        return Ok((r2, k == 1));
    }
    let (r2, _) = word("năm").parse(r)?;
    // `9 tháng năm 2022` needs its year: `9 tháng năm` alone is no period.
    if !r2.starts_with(" ") || !r2[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return fail(r2, "a year");
    }
    Ok((r2, false))
}

/// Whether `năm` just read is a school or fiscal year (`nửa đầu năm học 2021-2022`, `6 tháng
/// cuối năm tài chính`), whose months are not the calendar's.
fn other_year(r: &str) -> bool {
    sp1(r).is_ok_and(|(x, ())| one_of(x, &["học", "tài chính", "tài khóa", "ngân sách"]).is_some())
}

/// The rest of [`months_of_year`] after its number of months (or of quarters).
fn months_of_year_tail<'a>(
    r: &'a str,
    n: u32,
    last: bool,
    i: &'a str,
    quarters: bool,
) -> PResult<'a, Parsed> {
    let mut f = Fields::default();
    let mut r = r;
    if let Ok((r2, ())) = sp1(r) {
        if let Ok((r3, y)) = digits(4, 4)(r2) {
            f.year = Some(y as i32);
            r = ends_number(i, r3)?.0;
        } else if let Some((r3, k)) = one_of(r2, &["nay", "ngoái", "trước", "sau", "tới"]) {
            f.relative = Some(Relative::new([0, -1, -1, 1, 1][k], TimeUnit::Year));
            r = r3;
        }
    }
    let n = n as u8;
    let count = if quarters { 4 } else { 12 };
    let (m1, m2) = if last { (count + 1 - n, count) } else { (1, n) };
    let at = |m: u8| {
        if quarters {
            Fields {
                quarter: Some(m),
                ..f
            }
        } else {
            Fields {
                month: Some(m),
                ..f
            }
        }
    };
    range(r, at(m1), at(m2), true)
}

/// The day a text last dated, as year (if written), month and day: what `cùng ngày` and
/// `hôm sau` refer to.
pub(crate) type Anchor = (Option<i32>, u8, u8);

/// The anchor a value gives: a single day with its month.
pub(crate) fn anchor_of(v: &DateValue) -> Option<Anchor> {
    let d = v.as_single()?;
    Some((d.0.year, d.0.month?, d.0.day?))
}

/// `Chiều cùng ngày`, `hôm đó`, `ngày hôm đó`, `Sáng hôm sau`, `ngày hôm sau`: the day the text
/// last dated (`anchor`), or the day after it, with a part of the day. The bytes read and the
/// value (the day written out: it reads back as that day).
/// `tháng 10 và tháng 11 năm nay`, `tháng 3, tháng 4 năm 2024`: a month without its year
/// (`first`) listed before one with it (`next`) shares that year.
pub(crate) fn shared_year(first: &DateValue, next: &DateValue) -> Option<DateValue> {
    let (DateValue::Single(a), DateValue::Single(b)) = (first, next) else {
        return None;
    };
    let month_only = |f: &Fields| {
        *f == Fields {
            month: f.month,
            ..Fields::default()
        } && f.month.is_some()
    };
    let year_of = |f: &Fields| Fields {
        year: f.year,
        relative: f.relative.filter(|r| r.unit == TimeUnit::Year),
        ..Fields::default()
    };
    let y = year_of(&b.0);
    let b_month_year = Fields {
        month: b.0.month,
        ..y
    } == b.0;
    // `tháng 12 và tháng 1 năm sau`: December is this year's.
    let forward = a.0.month.zip(b.0.month).is_some_and(|(x, z)| x < z);
    if !month_only(&a.0) || !b_month_year || y == Fields::default() || !forward {
        return None;
    }
    let f = Fields {
        year: y.year,
        relative: y.relative,
        ..a.0
    };
    coherent(&f).then_some(DateValue::Single(Date(f)))
}

/// `14 giờ cùng ngày`, `21h hôm sau`: a clock time `v` and, in `rest` after it, the day the
/// text last dated or the next: the length read from `rest` and the time on that day.
pub(crate) fn time_on_anaphoric_day(
    v: &DateValue,
    rest: &str,
    anchor: Anchor,
) -> Option<(usize, DateValue)> {
    let DateValue::Single(d) = v else {
        return None;
    };
    let f = &d.0;
    if f.hour.is_none() || f.day.is_some() || f.relative.is_some() || f.weekday.is_some() {
        return None;
    }
    let (x, ()) = sp1(rest).ok()?;
    let (len, day) = anaphoric_day(x, anchor)?;
    let DateValue::Single(g) = day else {
        return None;
    };
    let m = merge(f, &g.0)?;
    coherent(&m).then(|| (rest.len() - x.len() + len, DateValue::Single(Date(m))))
}

pub(crate) fn anaphoric_day(i: &str, anchor: Anchor) -> Option<(usize, DateValue)> {
    let (r, part) = match lookup(i, PARTS_OF_DAY) {
        Some((r, p)) => (sp1(r).ok()?.0, Some(p)),
        None => (i, None),
    };
    const DAYS: &[&str] = &[
        "cùng ngày",
        "ngày hôm đó",
        "hôm đó",
        "ngày hôm sau",
        "hôm sau",
    ];
    let (r2, k) = one_of(r, DAYS)?;
    // `cùng ngày với vụ thảm sát`: the same day as what follows, not as what came before.
    if sp1(r2).is_ok_and(|(x, ())| one_of(x, &["với"]).is_some()) {
        return None;
    }
    let (year, month, day) = anchor;
    let (year, month, day) = if k >= 3 {
        // Without a year, a common year's calendar (a 29 February has no day after it known).
        let next = chrono::NaiveDate::from_ymd_opt(
            year.map_or(2001, super::astronomical),
            u32::from(month),
            u32::from(day),
        )?
        .succ_opt()?;
        use chrono::Datelike;
        let y = year.map(|_| super::historical(next.year()));
        (y, next.month() as u8, next.day() as u8)
    } else {
        (year, month, day)
    };
    let f = Fields {
        year,
        month: Some(month),
        day: Some(day),
        part_of_day: part,
        ..Fields::default()
    };
    coherent(&f).then(|| (i.len() - r2.len(), DateValue::Single(Date(f))))
}

#[cfg(test)]
mod tests {
    use super::super::tables::TRIGGERS;
    use super::*;

    fn ok(s: &str) -> Parsed {
        match expr(s) {
            Ok(("", p)) => p,
            other => panic!("{s:?}: {other:?}"),
        }
    }

    #[test]
    fn pieces_merge_into_a_dateline() {
        let p = ok("Cập nhật lúc 14:46, Thứ Tư, 27/11/2019 (GMT+7)");
        let d = p.value.as_single().copied().unwrap();
        assert_eq!(d.0.hour, Some(14));
        assert_eq!(d.0.weekday, Some(Weekday::Wed));
        assert_eq!(d.0.utc_offset_minutes, Some(420));
        assert!(p.weekday_conflict.is_none());
    }

    #[test]
    fn weak_and_strong() {
        assert!(!ok("20/9").strong);
        assert!(ok("Sáng 20/9").strong);
        assert!(!ok("thứ hai").strong);
        assert!(!ok("Thứ Hai").strong);
        assert!(ok("Thứ Hai, 25/11/2019").strong);
        assert!(!ok("khoảng 1/3").strong);
        assert!(!ok("khoảng 10 giờ").strong);
        assert!(ok("khoảng 10 giờ sáng").strong);
        assert!(ok("lúc 10 giờ").strong);
        assert!(!ok("3 giờ").strong);
        assert!(ok("3 giờ chiều").strong);
    }

    #[test]
    fn triggers_are_sorted_and_short() {
        assert!(
            TRIGGERS.windows(2).all(|w| w[0] < w[1]),
            "TRIGGERS must stay sorted"
        );
        assert!(TRIGGERS.iter().all(|t| t.len() <= MAX_TRIGGER_LEN));
    }

    /// Every first word a keyword form of the grammar starts with (the table `start_bits`
    /// reads) starts a scan too, or the scanner finds the form only from its second word on
    /// (`rạng sáng 22/10` was found as `sáng 22/10`).
    #[test]
    fn second_words_name_each_first_word_once() {
        for (k, (w, next)) in SECOND_WORDS.iter().enumerate() {
            assert!(SECOND_WORDS[..k].iter().all(|(v, _)| v != w), "{w}");
            assert_eq!(second_words(w.as_bytes()), Some(*next));
        }
        assert_eq!(second_words("năm".as_bytes()), None);
    }

    #[test]
    fn every_first_word_of_the_grammar_is_a_trigger() {
        let missing: Vec<String> = FirstWords::get()
            .slots
            .iter()
            .filter(|(_, len, _)| *len > 0)
            .map(|(w, len, _)| String::from_utf8_lossy(&w[..usize::from(*len)]).into_owned())
            // A pair's first word (`hôm nay`).
            .map(|w| w.split(' ').next().unwrap_or_default().to_owned())
            .filter(|w| {
                TRIGGERS
                    .binary_search_by(|t| t.as_bytes().cmp(w.as_bytes()))
                    .is_err()
            })
            // Left out on purpose, as the commonest words: `ông Công ông Táo` is found from
            // `Tết`/`ngày` before it, `các ngày 5 và 6` from `ngày` (the plural left out of
            // the span), and `tư` starts a count in words only after tens.
            .filter(|w| !["ông", "các", "tư"].contains(&w.as_str()))
            .collect();
        assert!(missing.is_empty(), "not in TRIGGERS: {missing:?}");
    }

    #[test]
    fn word_numbers() {
        assert_eq!(word_number("hai mươi mốt").unwrap().1, 21);
        assert_eq!(word_number("mười lăm").unwrap().1, 15);
        assert_eq!(word_number("ba mươi").unwrap().1, 30);
        assert_eq!(word_number("mười").unwrap().1, 10);
        assert_eq!(word_number("hai mốt").unwrap().1, 21);
    }

    #[test]
    fn hour_and_part_of_day() {
        assert_eq!(hour_in_part(3, PartOfDay::Afternoon), Some(15));
        assert_eq!(hour_in_part(8, PartOfDay::Evening), Some(20));
        assert_eq!(hour_in_part(12, PartOfDay::Night), Some(0));
        assert_eq!(hour_in_part(20, PartOfDay::Morning), None);
        assert_eq!(hour_in_part(1, PartOfDay::Noon), Some(13));
    }
}
