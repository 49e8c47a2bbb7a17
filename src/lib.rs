//! # vanban
//!
//! Typed values from Vietnamese news and official text.
//!
//! `vanban` reads the expressions Vietnamese news, legal and Party documents are full of and
//! turns them into exact, serde-serialisable values, with byte spans into your text:
//!
//! - **dates and times**: `27/11/2019`, `ngày 28-2-2018`, `Sáng 27-11`, `14:46, Thứ Tư,
//!   27/11/2019 (GMT+7)`, `27 và 28-11`, `quý I-2020`, `nhiệm kỳ 2015 - 2020`, `10 ngày
//!   trước`, `Canh Tý 2020`, lunar dates (`rằm tháng Giêng`, `ngày 10/3 âm lịch`), resolved
//!   against a reference instant when you need intervals ([`DateValue`], [`Date`],
//!   [`DateRange`], [`Resolved`], [`CanChi`]);
//! - **document identifiers and references**: `126-QĐ/TW`, `30/2020/NĐ-CP`, `Quy định số
//!   126-QĐ/TW, ngày 28-2-2018 của Bộ Chính trị “về …”` with type, number, date, issuing body
//!   and title ([`DocId`], [`DocRef`]);
//! - **role-plus-name mentions of officials**: `Phó Bí thư Thường trực Tỉnh ủy Phạm Minh Tấn`,
//!   `đồng chí Sơn Minh Thắng, Ủy viên Trung ương Đảng` with honorific, name parts and roles
//!   ([`Person`], [`PersonName`], [`Role`]);
//!
//! and one scanner, [`find_iter`] (or a [`Scanner`] for some kinds only), that finds all three
//! in running text as [`Mention`]s. The values you parse ([`DateValue`], [`Date`], [`DocId`],
//! [`DocRef`], [`Person`], [`CanChi`], [`Kind`]) implement `FromStr` and `Display` (the
//! canonical form, which parses back equal); every value implements serde's traits, in the
//! JSON format below.
//!
//! ## Parsing a whole string
//!
//! ```
//! use vanban::DateValue;
//!
//! let v: DateValue = "ngày 5 tháng 8 năm 2022".parse()?;
//! let d = v.as_single().unwrap();
//! assert_eq!((d.year(), d.month(), d.day()), (Some(2022), Some(8), Some(5)));
//! assert_eq!(v.to_string(), "5/8/2022"); // canonical form, parses back equal
//! assert_eq!(serde_json::to_string(&v).unwrap(), r#"{"year":2022,"month":8,"day":5}"#);
//! # Ok::<(), vanban::ParseError>(())
//! ```
//!
//! ## Scanning running text
//!
//! ```
//! let text = "Sáng 27-11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị (27 và 28-11).";
//! for m in vanban::find_iter(text) {
//!     println!("{}..{} {:?}", m.start(), m.end(), m.as_str());
//! }
//! let spans: Vec<&str> = vanban::find_iter(text).map(|m| m.as_str()).collect();
//! assert_eq!(spans, ["Sáng 27-11", "27 và 28-11"]);
//! ```
//!
//! ## Documents and people
//!
//! ```
//! use vanban::{DocRef, Person};
//!
//! let r = DocRef::parse("Quy định số 126-QĐ/TW, ngày 28-2-2018 của Bộ Chính trị")?;
//! assert_eq!(r.doc_type_name(), Some("Quy định"));
//! assert_eq!(r.id().unwrap().to_string(), "126-QĐ/TW");
//! assert_eq!(r.issued_by(), Some("Bộ Chính trị"));
//!
//! let p = Person::parse("Phó Bí thư Thường trực Tỉnh ủy Phạm Minh Tấn")?;
//! assert_eq!(p.name().unwrap().family(), "Phạm");
//! assert_eq!(p.roles()[0].title(), "Phó Bí thư Thường trực");
//! assert_eq!(p.roles()[0].org(), Some("Tỉnh ủy"));
//! # Ok::<(), vanban::ParseError>(())
//! ```
//!
//! ## Resolving against a reference
//!
//! ```
//! use chrono::DateTime;
//! let dateline = DateTime::parse_from_rfc3339("2019-11-27T14:46:00+07:00").unwrap();
//! let v = vanban::DateValue::parse("tháng trước")?;
//! let r = v.resolve(dateline).unwrap();
//! assert_eq!(r.start().to_rfc3339(), "2019-10-01T00:00:00+07:00");
//! assert_eq!(r.grain(), vanban::TimeUnit::Month);
//! # Ok::<(), vanban::ParseError>(())
//! ```
//!
//! ## JSON
//!
//! The serde form of values is public API and follows SemVer. Absent fields are omitted, never
//! `null`; strings in values are normalised.
//!
//! - A date: any of `year`, `month`, `day`, `hour`, `minute`, `second`, `utc_offset_minutes`,
//!   `weekday` (`"Mon"` … `"Sun"`), `part_of_day` (`"morning"`, `"noon"`, `"afternoon"`,
//!   `"evening"`, `"night"`), `quarter`, `season`, `period_part`, `decade`, `century`,
//!   `can_chi` (`"Canh Tý"`), `lunar` and `leap_month` (`true` for lunar dates), `relative`
//!   (`{"amount": -10, "unit": "day"}`, negative for the past), `vague`, `every`, `direction`
//!   (`"next"` for `ngày 30/11 tới`, `"last"` for `thứ Ba vừa rồi`). A range is
//!   `{"start": DATE, "end": DATE}`.
//! - A document reference: `doc_type_name`, `number` (as written, `"01"`), `year`, `id` (`{"number",
//!   "year"?, "doc_type"?, "issuers": [..], "term"?, "form"}`, `term` the legislature of a
//!   `QH14` issuer, `form` one of `"party"`, `"state"`, `"legacy"`, `"standard"`), `date`,
//!   `issued_by`, `term`, `title` (quoted; the strict parser also takes an unquoted `về …`
//!   that runs to the end of its input, the scanner leaves it to the text), `name` (a law's:
//!   `Đất đai`, as the list of law names spells it when it lists the law), `plenum`,
//!   `session`, `congress`, `article`, `clause`, `point` (the provision pointed into: `điểm
//!   a khoản 1 Điều 5` → `"5"`, `"1"`, `"a"`, as written).
//! - A person: `honorific`, `rank`, `academic`, `name` (`{"family", "middle"?, "given",
//!   "family_last"?}`, `family_last` true for names written family name last: `Y Bih Niê`,
//!   `Vladimir Putin`) and
//!   `roles`, a list of `{"title", "org"?, "parent_org"?, "deputy"?, "standing"?, "first"?,
//!   "former"?, "late"?, "acting"?, "term"?}` in the order written.
//!
//!
//! A [`Mention`] serialises as `{"kind", "start", "end", "text", "value", "warnings"?}`, the
//! line the `extract` example writes without its `file` and `resolved`.
//!
//! ```
//! let v = vanban::DateValue::parse("từ 27 đến 28/11/2019")?;
//! assert_eq!(
//!     serde_json::to_string(&v).unwrap(),
//!     r#"{"start":{"year":2019,"month":11,"day":27},"end":{"year":2019,"month":11,"day":28}}"#
//! );
//! # Ok::<(), vanban::ParseError>(())
//! ```
//!
//! ## Unicode
//!
//! Input may be NFC or NFD, use old tone placement (`uỷ`, `hoà`), `Ð` for `Đ`, non-breaking
//! or zero-width spaces and any dash. Values come out normalised (NFC, `ủy`, `Đ`); spans and
//! error offsets always point into the text as you gave it, on char boundaries. [`normalize`]
//! gives the normalised form of any text.
//!
//! ## Errors
//!
//! Strict parsers return [`ParseError`], which carries a [`ParseErrorKind`], the byte offset
//! where parsing failed and what was expected there. The scanner never fails: text that is
//! not a mention is simply not reported.

#![cfg_attr(docsrs, feature(doc_cfg))]

mod combinators;
mod date;
mod docref;
mod error;
mod orgs;
mod person;
mod scan;
mod text;

pub use date::{
    CanChi, Date, DateRange, DateValue, Direction, PartOfDay, PeriodPart, Relative, Resolved,
    Season, TimeUnit, Vague, Weekday,
};
pub use docref::{DocForm, DocId, DocRef};
pub use error::{ParseError, ParseErrorKind};
pub use person::{Person, PersonName, Role};
pub use scan::{Kind, Mention, Mentions, Scanner, Value, Warning, dateline, find_iter};

/// The README's examples are compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// The normalised form of `text` that values are reported in: NFC, modern tone placement
/// (`ủy`, `hòa`), `Đ` for `Ð`, plain spaces, `-` for every dash and `"`/`'` for typographic
/// quotes. Borrows when nothing changes.
///
/// ```
/// assert_eq!(vanban::normalize("Tỉnh uỷ\u{00A0}Hoà Bình"), "Tỉnh ủy Hòa Bình");
/// ```
pub fn normalize(text: &str) -> std::borrow::Cow<'_, str> {
    text::normalize(text)
}
