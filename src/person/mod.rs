//! Role-plus-name mentions of officials: `Phó Bí thư Thường trực Tỉnh ủy Phạm Minh Tấn`,
//! `đồng chí Sơn Minh Thắng, Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối`, `Đ/c Phan Thăng An`.
//!
//! A [`Person`] holds the honorific, rank and academic title written before the name, the
//! [`PersonName`] split into family, middle and given names, and the [`Role`]s in the order
//! written, each a title with its modifiers and the organisation it belongs to.

mod index;
mod names;
mod parse;
mod tables;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::ParseError;

pub(crate) use parse::{
    NameStarts, body_at, committee_at, is_name_start, people_at, stop_word_at, trigger_fits,
};

/// The rest of `i` after a province or city name at its start (`Hà Nam`, `TP.HCM` excluded).
pub(crate) fn after_province(i: &str) -> Option<&str> {
    crate::combinators::lookup_word(i, &index::heads(i).provinces).map(|(r, _)| r)
}
pub(crate) use names::SURNAMES;
pub(crate) use tables::TRIGGERS;

/// A person's name: family name (`họ`), middle names (`tên đệm`, possibly several) and given
/// name (`tên`).
///
/// ```
/// let p = vanban::Person::parse("đồng chí Lê Thị Thu Hồng")?;
/// let n = p.name().unwrap();
/// assert_eq!((n.family(), n.middle(), n.given()), ("Lê", Some("Thị Thu"), "Hồng"));
/// assert_eq!(n.to_string(), "Lê Thị Thu Hồng");
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PersonName {
    family: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    middle: Option<String>,
    given: String,
    /// Names whose family name is written last (Ê Đê and Jarai names such as `Y Bih Niê`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    family_last: bool,
    /// `Jr.`, `III`: written after a foreign name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    suffix: Option<String>,
}

impl PersonName {
    /// The family name (`Phạm`, `Tôn Nữ`).
    ///
    /// ```
    /// let p = vanban::Person::parse("bà Tôn Nữ Thị Ninh")?;
    /// assert_eq!(p.name().unwrap().family(), "Tôn Nữ");
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn family(&self) -> &str {
        &self.family
    }

    /// The middle names, when written (`Minh`, `Thị Thu`).
    ///
    /// ```
    /// let p = vanban::Person::parse("đồng chí Phạm Minh Tấn")?;
    /// assert_eq!(p.name().unwrap().middle(), Some("Minh"));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn middle(&self) -> Option<&str> {
        self.middle.as_deref()
    }

    /// The given name (`Tấn`).
    ///
    /// ```
    /// let p = vanban::Person::parse("đồng chí Phạm Minh Tấn")?;
    /// assert_eq!(p.name().unwrap().given(), "Tấn");
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn given(&self) -> &str {
        &self.given
    }

    /// Whether the family name is written last, as in Ê Đê and Jarai names (`Y Bih Niê`:
    /// family `Niê`) and in foreign names written given name first (`Vladimir Putin`).
    ///
    /// ```
    /// let p = vanban::Person::parse("ông Y Bih Niê")?;
    /// assert!(p.name().unwrap().is_family_last());
    /// assert_eq!(p.name().unwrap().family(), "Niê");
    /// let p = vanban::Person::parse("Tổng thống Nga Vladimir Putin")?;
    /// assert_eq!(p.name().unwrap().given(), "Vladimir");
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn is_family_last(&self) -> bool {
        self.family_last
    }

    /// The suffix written after a foreign name (`Jr.`, `Sr.`), when there is one.
    ///
    /// ```
    /// let p = vanban::Person::parse("Tổng thống Philippines Ferdinand Marcos Jr.")?;
    /// let n = p.name().unwrap();
    /// assert_eq!((n.given(), n.family(), n.suffix()), ("Ferdinand", "Marcos", Some("Jr.")));
    /// assert_eq!(n.to_string(), "Ferdinand Marcos Jr.");
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn suffix(&self) -> Option<&str> {
        self.suffix.as_deref()
    }
}

impl fmt::Display for PersonName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<&str> = Vec::new();
        if !self.family_last {
            parts.push(&self.family);
        }
        // A middle name follows the given name in a Western name (`John Foster Dulles`); the
        // gender prefix of an Ê Đê or Jarai name comes first (`Y Bih Niê`).
        let prefix = self.middle.as_deref().is_some_and(|m| {
            m == "Y" || m.starts_with("Y ") || m.starts_with("H'") || m.starts_with("K'")
        });
        let middle_after = self.family_last && !prefix;
        match &self.middle {
            Some(m) if !middle_after => {
                parts.push(m);
                parts.push(&self.given);
            }
            Some(m) => {
                parts.push(&self.given);
                parts.push(m);
            }
            None => parts.push(&self.given),
        }
        if self.family_last {
            parts.push(&self.family);
        }
        if let Some(s) = &self.suffix {
            parts.push(s);
        }
        f.write_str(&parts.join(" "))
    }
}

/// One role of a person: a title (with its modifiers, in canonical case: `Phó Bí thư Thường
/// trực`),
/// the organisation (`Tỉnh ủy`, `HĐND tỉnh Kiên Giang`) and the organisation above it when the
/// text names one after a comma (`Cục trưởng Cục Bảo vệ chính trị nội bộ, Ban Tổ chức Trung
/// ương`).
///
/// ```
/// let p = vanban::Person::parse("Phó Bí thư Thường trực Tỉnh ủy Phạm Minh Tấn")?;
/// let r = &p.roles()[0];
/// assert_eq!((r.title(), r.org()), ("Phó Bí thư Thường trực", Some("Tỉnh ủy")));
/// assert!(r.is_deputy() && r.is_standing());
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Role {
    title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    org: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    parent_org: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    deputy: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    standing: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    first: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    former: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    late: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    acting: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    term: Option<u8>,
}

impl Role {
    /// The title with its modifiers, in the tables' canonical case whatever the text's
    /// (`Phó Bí thư Thường trực`, `Cục phó`; `TRƯỞNG BAN` gives `Trưởng ban`).
    ///
    /// ```
    /// let p = vanban::Person::parse("đồng chí Bí thư Đảng ủy Khối")?;
    /// assert_eq!(p.roles()[0].title(), "Bí thư");
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The organisation of the role, as written (abbreviations kept: `HĐND tỉnh`).
    ///
    /// ```
    /// let p = vanban::Person::parse("đồng chí Bí thư Đảng ủy Khối")?;
    /// assert_eq!(p.roles()[0].org(), Some("Đảng ủy Khối"));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn org(&self) -> Option<&str> {
        self.org.as_deref()
    }

    /// The organisation the role's organisation belongs to, when written after it.
    ///
    /// ```
    /// let p = vanban::Person::parse(
    ///     "đồng chí Nguyễn Kim Minh, Cục trưởng Cục Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương",
    /// )?;
    /// assert_eq!(p.roles()[0].parent_org(), Some("Ban Tổ chức Trung ương"));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn parent_org(&self) -> Option<&str> {
        self.parent_org.as_deref()
    }

    /// The organisation with its abbreviations expanded (`HĐND tỉnh` → `Hội đồng nhân dân
    /// tỉnh`).
    ///
    /// ```
    /// let p = vanban::Person::parse("ông Nguyễn Văn An, Chủ tịch UBND tỉnh Quảng Ngãi")?;
    /// assert_eq!(
    ///     p.roles()[0].org_expanded().as_deref(),
    ///     Some("Ủy ban nhân dân tỉnh Quảng Ngãi")
    /// );
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn org_expanded(&self) -> Option<String> {
        self.org.as_deref().map(parse::expand_abbreviations)
    }

    /// A deputy (`Phó …`, `… phó`).
    ///
    /// ```
    /// let p = vanban::Person::parse("ông Lê Văn Ba, Cục phó Cục Thuế")?;
    /// assert!(p.roles()[0].is_deputy());
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn is_deputy(&self) -> bool {
        self.deputy
    }

    /// Standing (`Thường trực`).
    ///
    /// ```
    /// let p = vanban::Person::parse("Phó Bí thư Thường trực Tỉnh ủy Phạm Minh Tấn")?;
    /// assert!(p.roles()[0].is_standing());
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn is_standing(&self) -> bool {
        self.standing
    }

    /// First (`Bí thư thứ nhất`).
    ///
    /// ```
    /// let p = vanban::Person::parse("đồng chí Bí thư thứ nhất Trung ương Đoàn")?;
    /// assert!(p.roles()[0].is_first());
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn is_first(&self) -> bool {
        self.first
    }

    /// Former (`nguyên Bộ trưởng`).
    ///
    /// ```
    /// let p = vanban::Person::parse("nguyên Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến")?;
    /// assert!(p.roles()[0].is_former());
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn is_former(&self) -> bool {
        self.former
    }

    /// Late (`cố Thủ tướng`).
    ///
    /// ```
    /// let p = vanban::Person::parse("cố Thủ tướng Võ Văn Kiệt")?;
    /// assert!(p.roles()[0].is_late());
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn is_late(&self) -> bool {
        self.late
    }

    /// Acting (`Quyền Bộ trưởng`).
    ///
    /// ```
    /// let p = vanban::Person::parse("Quyền Bộ trưởng Bộ Y tế Nguyễn Thanh Long")?;
    /// assert!(p.roles()[0].is_acting());
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn is_acting(&self) -> bool {
        self.acting
    }

    /// The term the role is qualified with (`khóa XIII` → 13).
    ///
    /// ```
    /// let p = vanban::Person::parse("đồng chí Ủy viên Bộ Chính trị khóa XIII")?;
    /// assert_eq!(p.roles()[0].term(), Some(13));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn term(&self) -> Option<u8> {
        self.term
    }
}

/// A mention of a person: honorific, rank, academic title, name and roles, each optional
/// (a mention without a name is a person referred to by role: `Đồng chí Bí thư Đảng ủy
/// Khối`).
///
/// ```
/// use vanban::Person;
///
/// let p: Person = "đồng chí Sơn Minh Thắng, Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối".parse()?;
/// assert_eq!(p.honorific(), Some("đồng chí"));
/// assert_eq!(p.name().unwrap().to_string(), "Sơn Minh Thắng");
/// assert_eq!(p.roles().len(), 2);
/// assert_eq!(p.to_string().parse::<Person>()?, p);
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "PersonFields")]
pub struct Person {
    #[serde(skip_serializing_if = "Option::is_none")]
    honorific: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rank: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    academic: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<PersonName>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    roles: Vec<Role>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonFields {
    #[serde(default)]
    honorific: Option<String>,
    #[serde(default)]
    rank: Option<String>,
    #[serde(default)]
    academic: Option<String>,
    #[serde(default)]
    name: Option<PersonName>,
    #[serde(default)]
    roles: Vec<Role>,
}

impl TryFrom<PersonFields> for Person {
    type Error = ParseError;
    /// Accepted when its canonical text parses back to the same person.
    fn try_from(f: PersonFields) -> Result<Person, ParseError> {
        let p = Person {
            honorific: f.honorific,
            rank: f.rank,
            academic: f.academic,
            name: f.name,
            roles: f.roles,
        };
        let back: Person = p.to_string().parse()?;
        if back == p {
            Ok(p)
        } else {
            Err(ParseError::new(
                crate::ParseErrorKind::Unexpected,
                0,
                "a person mention that text can express",
            ))
        }
    }
}

impl Person {
    /// Parses a whole string as one person mention (surrounding whitespace ignored).
    ///
    /// # Errors
    /// A [`ParseError`] with the byte offset where the input stopped being a mention.
    ///
    /// ```
    /// let p = vanban::Person::parse("Đ/c Phan Thăng An")?;
    /// assert_eq!(p.honorific(), Some("đồng chí"));
    /// assert!(vanban::Person::parse("Hà Nội").is_err());
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn parse(s: &str) -> Result<Person, ParseError> {
        parse::parse_strict(s)
    }

    /// The honorific, normalised to lower case (`Đ/c` → `đồng chí`).
    ///
    /// ```
    /// assert_eq!(vanban::Person::parse("Ông Trần Thế Cương")?.honorific(), Some("ông"));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn honorific(&self) -> Option<&str> {
        self.honorific.as_deref()
    }

    /// A military or police rank (`Thượng tướng`).
    ///
    /// ```
    /// let p = vanban::Person::parse("đồng chí Thượng tướng Lương Tam Quang")?;
    /// assert_eq!(p.rank(), Some("Thượng tướng"));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn rank(&self) -> Option<&str> {
        self.rank.as_deref()
    }

    /// An academic, professional or honorary title (`PGS.TS`, `Luật sư`, `NSND`).
    ///
    /// ```
    /// let p = vanban::Person::parse("Đại tá, PGS.TS Nguyễn Văn Minh")?;
    /// assert_eq!((p.rank(), p.academic()), (Some("Đại tá"), Some("PGS.TS")));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn academic(&self) -> Option<&str> {
        self.academic.as_deref()
    }

    /// The name, when written.
    ///
    /// ```
    /// assert!(vanban::Person::parse("Đồng chí Bí thư Đảng ủy Khối")?.name().is_none());
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn name(&self) -> Option<&PersonName> {
        self.name.as_ref()
    }

    /// The roles, in the order written.
    ///
    /// ```
    /// let p = vanban::Person::parse("Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng")?;
    /// let titles: Vec<_> = p.roles().iter().map(|r| r.title()).collect();
    /// assert_eq!(titles, ["Tổng Bí thư", "Chủ tịch nước"]);
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn roles(&self) -> &[Role] {
        &self.roles
    }
}

impl FromStr for Person {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Person, ParseError> {
        Person::parse(s)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, ", ")
    }
}

impl Role {
    /// Writes the role, with `parent_sep` before its parent body: `, ` after a name (where a
    /// body alone is the parent of the role before it), a space before a name or with no name
    /// (where a parent is read only when it follows its body directly).
    fn write(&self, f: &mut impl fmt::Write, parent_sep: &str) -> fmt::Result {
        if self.former {
            f.write_str("nguyên ")?;
        }
        if self.late {
            f.write_str("cố ")?;
        }
        if self.acting {
            f.write_str("Quyền ")?;
        }
        f.write_str(&self.title)?;
        if let Some(o) = &self.org {
            let parent = self.parent_org.as_deref().map(|p| (parent_sep, p));
            write!(f, " {}", parse::org_phrase(&self.title, o, parent))?;
        }
        if let Some(t) = self.term {
            write!(f, " khóa {}", crate::combinators::to_roman(u32::from(t)))?;
        }
        if let Some(p) = &self.parent_org {
            write!(f, "{parent_sep}{p}")?;
        }
        Ok(())
    }
}

/// The canonical form puts the name first and the roles after a comma (`Thủ tướng Phạm Minh
/// Chính` prints `Phạm Minh Chính, Thủ tướng`), the shape every mention with roles reads back
/// from; a lead stays before the name (`đồng chí Phan Thăng An, Phó Bí thư …`).
impl fmt::Display for Person {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut lead: Vec<&str> = Vec::new();
        if let Some(h) = &self.honorific {
            lead.push(h);
        }
        if let Some(r) = &self.rank {
            lead.push(r);
        }
        if let Some(a) = &self.academic {
            lead.push(a);
        }
        let roles: Vec<String> = self.roles.iter().map(ToString::to_string).collect();
        match &self.name {
            Some(n) => {
                let mut s = lead.join(" ");
                if !s.is_empty() {
                    s.push(' ');
                }
                s.push_str(&n.to_string());
                for r in &roles {
                    s.push_str(", ");
                    s.push_str(r);
                }
                f.write_str(&s)
            }
            None => {
                let mut s = lead.join(" ");
                if !s.is_empty() && !roles.is_empty() {
                    s.push(' ');
                }
                for (k, r) in self.roles.iter().enumerate() {
                    if k > 0 {
                        s.push_str(", ");
                    }
                    r.write(&mut s, " ")?;
                }
                f.write_str(&s)
            }
        }
    }
}
