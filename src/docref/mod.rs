//! Document identifiers (`số, ký hiệu`) and references to documents in running text.
//!
//! A [`DocId`] is the number-and-symbol of a State or Party document (`30/2020/NĐ-CP`,
//! `126-QĐ/TW`, `10260/VPCP-NN`, `QCVN 41:2024/BGTVT`), kept as normalised raw tokens with their
//! meaning resolved through tables. A [`DocRef`] is a mention of a document: its type name,
//! number or identifier, and the date, issuing body, term and title written with it.

mod display;
mod parse;
mod tables;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::error::ParseError;

pub(crate) use parse::{
    doc_ref_at, list_member, number_list_member, provision_before, provisions_before, share_issuer,
    shared_tail, trigger_fits,
};
pub(crate) use tables::TRIGGERS;

/// The shape of an identifier, which decides how it is written.
///
/// ```
/// use vanban::{DocForm, DocId};
/// assert_eq!("126-QĐ/TW".parse::<DocId>()?.form(), DocForm::Party);
/// assert_eq!("30/2020/NĐ-CP".parse::<DocId>()?.form(), DocForm::State);
/// assert_eq!("116-CP".parse::<DocId>()?.form(), DocForm::Legacy);
/// assert_eq!("TCVN 6909:2001".parse::<DocId>()?.form(), DocForm::Standard);
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum DocForm {
    /// `NUM-TYPE/ISSUER`: Party documents (and State documents before the 1990s, such as
    /// `24-L/CTN`).
    Party,
    /// `NUM/YEAR/TYPE-ISSUER`, `NUM/TYPE-ISSUER`, `NUM/ISSUER-UNIT`, `NUM/YEAR/QH14`.
    State,
    /// `NUM-ISSUER`: decrees and decisions before 2000 (`388-HĐBT`, `116-CP`).
    Legacy,
    /// `QCVN NUM:YEAR/ISSUER`, `TCVN NUM:YEAR`: technical regulations and standards.
    Standard,
}

/// The number and symbol of a document: `30/2020/NĐ-CP`, `126-QĐ/TW`.
///
/// Parsing accepts the variation of real text (spaces around `/` and `-`, any dash, `Ð` or
/// ASCII `D` for `Đ`, any case, `TƯ` for `TW`, `TTG` for `TTg`, NFD) and normalises it;
/// `Display` writes the canonical form, which parses back to an equal value.
///
/// ```
/// use vanban::DocId;
///
/// let id: DocId = "17/2022/ND- CP".parse()?;
/// assert_eq!(id.to_string(), "17/2022/NĐ-CP");
/// assert_eq!((id.number(), id.year(), id.doc_type()), ("17", Some(2022), Some("NĐ")));
/// assert_eq!(id.issuers().collect::<Vec<_>>(), ["CP"]);
/// assert_eq!(id.doc_type_name(), Some("Nghị định"));
/// assert_eq!(id.issuer_names().collect::<Vec<_>>(), [Some("Chính phủ")]);
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "IdFields", try_from = "IdFields")]
pub struct DocId {
    number: String,
    year: Option<u16>,
    doc_type: Option<String>,
    issuers: Vec<String>,
    form: DocForm,
}

/// The serde shape of a [`DocId`] (the crate documentation: `{"number", "year"?,
/// "doc_type"?, "issuers": [..]}`, plus `form` and `term`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct IdFields {
    number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    year: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    doc_type: Option<String>,
    issuers: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    form: Option<DocForm>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    term: Option<u8>,
}

impl From<DocId> for IdFields {
    fn from(d: DocId) -> IdFields {
        let term = d.term();
        IdFields {
            number: d.number,
            year: d.year,
            doc_type: d.doc_type,
            issuers: d.issuers,
            form: Some(d.form),
            term,
        }
    }
}

impl TryFrom<IdFields> for DocId {
    type Error = ParseError;
    /// Accepted when its canonical text parses back to the same identifier.
    fn try_from(f: IdFields) -> Result<DocId, ParseError> {
        let form = f
            .form
            .unwrap_or(if f.doc_type.is_some() && f.year.is_none() {
                DocForm::Party
            } else {
                DocForm::State
            });
        let d = DocId {
            number: f.number,
            year: f.year,
            doc_type: f.doc_type,
            issuers: f.issuers,
            form,
        };
        let back: DocId = d.to_string().parse()?;
        if back == d {
            Ok(d)
        } else {
            Err(ParseError::new(
                crate::ParseErrorKind::Unexpected,
                0,
                "an identifier in canonical form",
            ))
        }
    }
}

impl DocId {
    /// The same identifier with another number (of a list that shares one symbol).
    pub(crate) fn with_number(&self, n: &str) -> DocId {
        DocId {
            number: n.to_owned(),
            ..self.clone()
        }
    }

    /// Parses a whole string as one identifier (surrounding whitespace ignored).
    ///
    /// # Errors
    /// A [`ParseError`] with the byte offset where the input stopped being an identifier.
    ///
    /// ```
    /// let id = vanban::DocId::parse("02/2018/TTLT-BCA-VKSNDTC-TANDTC-BQP")?;
    /// assert_eq!(id.issuers().len(), 4);
    /// assert!(vanban::DocId::parse("27/11/2019").is_err());
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn parse(s: &str) -> Result<DocId, ParseError> {
        parse::parse_id_strict(s)
    }

    /// The number as written, leading zeros and letter suffix kept (`01`, `30a`, `02-31-3`).
    ///
    /// ```
    /// assert_eq!(vanban::DocId::parse("30a/2008/NQ-CP")?.number(), "30a");
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn number(&self) -> &str {
        &self.number
    }

    /// The year in the symbol, when written (State legal documents, standards).
    ///
    /// ```
    /// assert_eq!(vanban::DocId::parse("126-QĐ/TW")?.year(), None);
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn year(&self) -> Option<i32> {
        self.year.map(i32::from)
    }

    /// The document type code (`NĐ`, `QĐ`, `TTLT`, `QCVN`); `None` for a công văn
    /// (`10260/VPCP-NN`), an Assembly law (`59/2020/QH14`) or a legacy `116-CP`.
    ///
    /// ```
    /// assert_eq!(vanban::DocId::parse("10260/VPCP-NN")?.doc_type(), None);
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn doc_type(&self) -> Option<&str> {
        self.doc_type.as_deref()
    }

    /// The issuer codes, in order (`["BTP", "BNV"]` for `12/2015/TTLT-BTP-BNV`).
    ///
    /// ```
    /// let id = vanban::DocId::parse("1234/BTC-TCT")?;
    /// assert_eq!(id.issuers().collect::<Vec<_>>(), ["BTC", "TCT"]);
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn issuers(&self) -> impl ExactSizeIterator<Item = &str> + DoubleEndedIterator + '_ {
        self.issuers.iter().map(String::as_str)
    }

    /// The identifier's shape.
    ///
    /// ```
    /// assert_eq!(vanban::DocId::parse("QCVN 41:2024/BGTVT")?.form(), vanban::DocForm::Standard);
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn form(&self) -> DocForm {
        self.form
    }

    /// The legislature's term written in the symbol (`QH14` → 14, `UBTVQH15` → 15, `HĐNN7` → 7).
    ///
    /// ```
    /// assert_eq!(vanban::DocId::parse("59/2020/QH14")?.term(), Some(14));
    /// assert_eq!(vanban::DocId::parse("63/2025/QHXV")?.term(), Some(15));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn term(&self) -> Option<u8> {
        self.issuers.iter().find_map(|i| parse::term_of(i))
    }

    /// The full name of the document type, from the tables. `None` for an unknown code, and
    /// for the Party code `QĐ`, which is either Quyết định or Quy định (the words before the
    /// identifier tell; see [`DocRef::doc_type_name`]).
    ///
    /// ```
    /// assert_eq!(vanban::DocId::parse("01/2020/TT-BTC")?.doc_type_name(), Some("Thông tư"));
    /// assert_eq!(vanban::DocId::parse("19-HD/BTCTW")?.doc_type_name(), Some("Hướng dẫn"));
    /// assert_eq!(vanban::DocId::parse("126-QĐ/TW")?.doc_type_name(), None);
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn doc_type_name(&self) -> Option<&'static str> {
        parse::type_name_of(self)
    }

    /// The full names of the issuers, from the tables (`None` for codes not in them).
    ///
    /// ```
    /// let id = vanban::DocId::parse("19-HD/BTCTW")?;
    /// assert_eq!(id.issuer_names().collect::<Vec<_>>(), [Some("Ban Tổ chức Trung ương")]);
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn issuer_names(&self) -> impl Iterator<Item = Option<&'static str>> + '_ {
        self.issuers.iter().map(|i| parse::issuer_name_of(i))
    }
}

impl FromStr for DocId {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<DocId, ParseError> {
        DocId::parse(s)
    }
}

/// A reference to a document in running text: `Quy định số 126-QĐ/TW, ngày 28-2-2018 của Bộ
/// Chính trị “về một số vấn đề …”`, `Nghị định 71/2024`, `Quy định 205`, `Nghị quyết Trung
/// ương 4 khóa XII`, `Nghị quyết Đại hội XII`.
///
/// ```
/// use vanban::DocRef;
///
/// let r: DocRef = "Quy định số 126-QĐ/TW, ngày 28-2-2018 của Bộ Chính trị".parse()?;
/// assert_eq!(r.doc_type_name(), Some("Quy định"));
/// assert_eq!(r.number(), Some("126"));
/// assert_eq!(r.id().unwrap().to_string(), "126-QĐ/TW");
/// assert_eq!(r.date().unwrap().year(), Some(2018));
/// assert_eq!(r.issued_by(), Some("Bộ Chính trị"));
/// assert_eq!(r.to_string().parse::<DocRef>()?, r);
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RefFields")]
pub struct DocRef {
    #[serde(skip_serializing_if = "Option::is_none")]
    doc_type_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<DocId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    issued_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    term: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    plenum: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    session: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    congress: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    article: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    clause: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    point: Option<String>,
}

/// The serde shape of a [`DocRef`], validated on the way in.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RefFields {
    #[serde(default)]
    doc_type_name: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    number: Option<String>,
    #[serde(default)]
    year: Option<u16>,
    #[serde(default)]
    id: Option<DocId>,
    #[serde(default)]
    date: Option<Date>,
    #[serde(default)]
    issued_by: Option<String>,
    #[serde(default)]
    term: Option<u8>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    plenum: Option<u8>,
    #[serde(default)]
    session: Option<u8>,
    #[serde(default)]
    congress: Option<u8>,
    #[serde(default)]
    article: Option<String>,
    #[serde(default)]
    clause: Option<String>,
    #[serde(default)]
    point: Option<String>,
}

impl TryFrom<RefFields> for DocRef {
    type Error = ParseError;
    fn try_from(f: RefFields) -> Result<DocRef, ParseError> {
        let r = DocRef {
            doc_type_name: f.doc_type_name,
            name: f.name,
            number: f.number,
            year: f.year,
            id: f.id,
            date: f.date,
            issued_by: f.issued_by,
            term: f.term,
            title: f.title,
            plenum: f.plenum,
            session: f.session,
            congress: f.congress,
            article: f.article,
            clause: f.clause,
            point: f.point,
        };
        let back: DocRef = r.to_string().parse()?;
        if back == r {
            Ok(r)
        } else {
            Err(ParseError::new(
                crate::ParseErrorKind::Unexpected,
                0,
                "a reference that text can express",
            ))
        }
    }
}

macro_rules! str_accessor {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        pub fn $name(&self) -> Option<&str> {
            self.$name.as_deref()
        }
    };
}

impl DocRef {
    /// Parses a whole string as one reference (surrounding whitespace ignored).
    ///
    /// # Errors
    /// A [`ParseError`] with the byte offset where the input stopped being a reference.
    ///
    /// ```
    /// let r = vanban::DocRef::parse("Nghị quyết Trung ương 4 khóa XII")?;
    /// assert_eq!((r.plenum(), r.term()), (Some(4), Some(12)));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn parse(s: &str) -> Result<DocRef, ParseError> {
        parse::parse_ref_strict(s)
    }

    str_accessor!(
        /// The document type's full name as the text gives it (`Quy định`, `Nghị định`).
        ///
        /// ```
        /// let r = vanban::DocRef::parse("NĐ 30")?;
        /// assert_eq!(r.doc_type_name(), Some("Nghị định"));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        doc_type_name
    );
    str_accessor!(
        /// The name of a law or code written before its number (`Luật Đất đai số 31/2024/QH15`
        /// → `Đất đai`).
        ///
        /// ```
        /// let r = vanban::DocRef::parse("Luật Đất đai số 31/2024/QH15")?;
        /// assert_eq!(r.name(), Some("Đất đai"));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        name
    );
    str_accessor!(
        /// The document number as written (`126`, `01`), from the identifier or alone
        /// (`Quy định 205`).
        ///
        /// ```
        /// assert_eq!(vanban::DocRef::parse("Hướng dẫn số 01")?.number(), Some("01"));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        number
    );
    str_accessor!(
        /// The issuing body as written after `của` (`Bộ Chính trị`), or the congress of a
        /// Party committee that a resolution comes from (`Nghị quyết Đại hội Đảng bộ Khối` →
        /// `Đại hội Đảng bộ Khối`).
        ///
        /// ```
        /// let r = vanban::DocRef::parse("Quy định 205 của Bộ Chính trị")?;
        /// assert_eq!(r.issued_by(), Some("Bộ Chính trị"));
        /// let r = vanban::DocRef::parse("Nghị quyết Đại hội Đảng bộ tỉnh Bắc Giang lần thứ XIX")?;
        /// assert_eq!(r.issued_by(), Some("Đại hội Đảng bộ tỉnh Bắc Giang"));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        issued_by
    );
    str_accessor!(
        /// The quoted title, without its quotes.
        ///
        /// ```
        /// let r = vanban::DocRef::parse("Chỉ thị số 39-CT/TW “về tăng cường công tác”")?;
        /// assert_eq!(r.title(), Some("về tăng cường công tác"));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        title
    );

    /// The year written with a short number (`Nghị định 71/2024` → 2024).
    ///
    /// ```
    /// assert_eq!(vanban::DocRef::parse("Nghị định 71/2024")?.year(), Some(2024));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn year(&self) -> Option<i32> {
        self.year.map(i32::from)
    }

    /// The full identifier, when one is written.
    ///
    /// ```
    /// let r = vanban::DocRef::parse("Nghị định số 30/2020/NĐ-CP")?;
    /// assert_eq!(r.id().unwrap().issuers().collect::<Vec<_>>(), ["CP"]);
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn id(&self) -> Option<&DocId> {
        self.id.as_ref()
    }

    /// The document's date, when written.
    ///
    /// ```
    /// let r = vanban::DocRef::parse("Quyết định số 58 ngày 5 tháng 8 năm 2022")?;
    /// assert_eq!(r.date().unwrap().month(), Some(8));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn date(&self) -> Option<&Date> {
        self.date.as_ref()
    }

    /// The term (`khóa`) of the issuing body or plenum (`Bộ Chính trị khóa XI` → 11).
    ///
    /// ```
    /// let r = vanban::DocRef::parse("Chỉ thị số 36-CT/TW của Bộ Chính trị khóa XI")?;
    /// assert_eq!(r.term(), Some(11));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn term(&self) -> Option<u8> {
        self.term
    }

    /// The plenum of a Central Committee resolution (`Nghị quyết Trung ương 4` → 4).
    ///
    /// ```
    /// assert_eq!(vanban::DocRef::parse("Nghị quyết Hội nghị Trung ương 8 (khóa XIII)")?.plenum(), Some(8));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn plenum(&self) -> Option<u8> {
        self.plenum
    }

    /// The session of a plenum held in several (`Trung ương 6 (lần 2)` → 2).
    ///
    /// ```
    /// let r = vanban::DocRef::parse("Nghị quyết Trung ương 6 (lần 2) khóa VIII")?;
    /// assert_eq!((r.plenum(), r.session(), r.term()), (Some(6), Some(2), Some(8)));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn session(&self) -> Option<u8> {
        self.session
    }

    str_accessor!(
        /// The article (`Điều`) of the document the reference points into, as written (`5`,
        /// `5a`).
        ///
        /// ```
        /// let r = vanban::DocRef::parse("điểm a khoản 2 Điều 5 Nghị định số 15/2020/NĐ-CP")?;
        /// assert_eq!((r.point(), r.clause(), r.article()), (Some("a"), Some("2"), Some("5")));
        /// assert_eq!(r.number(), Some("15"));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        article
    );
    str_accessor!(
        /// The clause (`khoản`) of the article the reference points into, as written.
        ///
        /// ```
        /// let r = vanban::DocRef::parse("khoản 1 Điều 3 Luật Đất đai năm 2013")?;
        /// assert_eq!((r.clause(), r.article(), r.name()), (Some("1"), Some("3"), Some("Đất đai")));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        clause
    );
    str_accessor!(
        /// The point (`điểm`, a letter) of the clause the reference points into.
        ///
        /// ```
        /// let r = vanban::DocRef::parse("điểm đ khoản 1 Điều 8 Thông tư 01/2021/TT-BYT")?;
        /// assert_eq!(r.point(), Some("đ"));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        point
    );

    /// The Party congress of a congress resolution (`Nghị quyết Đại hội XII` → 12).
    ///
    /// ```
    /// assert_eq!(vanban::DocRef::parse("Nghị quyết Đại hội XII")?.congress(), Some(12));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn congress(&self) -> Option<u8> {
        self.congress
    }
}

impl FromStr for DocRef {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<DocRef, ParseError> {
        DocRef::parse(s)
    }
}

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        display::write_id(self, f)
    }
}

impl fmt::Display for DocRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        display::write_ref(self, f)
    }
}
