//! Property tests of document identifiers ([`DocId`]) and references ([`DocRef`]).
//!
//! 1. Generated identifiers of every shape (State with and without a year, công văn, Assembly
//!    laws with a term, joint documents, Party, legacy, QCVN/TCVN standards), built from the
//!    code tables, parse; `Display` writes exactly the canonical input; the text and the JSON
//!    both come back to the same value; the accessors give the parts it was built from.
//! 2. Every variation of real text the parser documents (spaces around `/`, `-` and `:`, any
//!    dash, `Ð` or ASCII `D` for `Đ`, any case, `TƯ` for `TW`, Roman terms, NFD, surrounding
//!    whitespace, `366-QĐ-TW`, `52 HD/BTCTW`, `162/2004/TTLT/BQP-BTC`) gives the same value as
//!    the canonical text.
//! 3. Generated references (`Nghị định số 30/2020/NĐ-CP`, with a date and `của Bộ Chính trị`,
//!    a provision before it, `khoản 2 Điều 5a`, `Quy định 205`, `Nghị định 71/2024`) parse to
//!    the parts they were built from and
//!    round-trip through `Display` and serde.
//!    The same reference with a varied identifier, a differently cased type name, NBSP or NFD
//!    reads the same; the scanner finds generated references and bare identifiers in a
//!    sentence with the same value.
//! 4. Neither strict parser nor the scanner panics on arbitrary text or on text built from
//!    identifier-like pieces; the scanner's mentions are sorted, disjoint, non-empty, on char
//!    boundaries and verbatim; whatever parses prints back to a text that parses to the same
//!    value (and, for references, whose JSON deserialises to it).
//!
//! Bugs the properties found are kept as regression tests at the end of the file.
//! `PROPTEST_CASES` overrides the 256 cases.

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::Union;
use proptest::test_runner::FileFailurePersistence;
use unicode_normalization::UnicodeNormalization;
use vanban::{DocForm, DocId, DocRef};

// ---------------------------------------------------------------------------------------------
// Tables (copied from src/docref/tables.rs, which is crate-private)

const STATE_TYPES: &[&str] = &[
    "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB",
    "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TrS",
    "SL", "GN", "TTh", "UQ", "NP", "NĐ", "TT", "TTLT", "NQLT", "PL", "L", "LCT", "VBHN", "GP",
    "KL", "QCVN", "TCVN",
];

const PARTY_TYPES: &[&str] = &[
    "NQ", "QĐ", "QĐNS", "CT", "KL", "QC", "TT", "HD", "TB", "TC", "BC", "KH", "CTr", "ĐA", "PA",
    "TTr", "CV", "BB", "BS", "GGT", "L", "LCT",
];

const ISSUERS: &[&str] = &[
    "CP",
    "TTg",
    "QH",
    "UBTVQH",
    "HĐNN",
    "HĐBT",
    "CTN",
    "VPCP",
    "VPQH",
    "TTCP",
    "NHNN",
    "KTNN",
    "TANDTC",
    "VKSNDTC",
    "VKSTC",
    "HĐTP",
    "BCA",
    "BQP",
    "BNG",
    "BNV",
    "BTP",
    "BTC",
    "BCT",
    "BXD",
    "BYT",
    "BGDĐT",
    "BKHCN",
    "BVHTTDL",
    "BVHTT",
    "BNNMT",
    "BNNPTNT",
    "BNN",
    "BTNMT",
    "BGTVT",
    "BTTTT",
    "BLĐTBXH",
    "LĐTBXH",
    "BKHĐT",
    "UBDT",
    "BDTTG",
    "UBND",
    "UB",
    "HĐND",
    "CTUBND",
    "BHXH",
    "TCT",
    "TCHQ",
    "CHQ",
    "KBNN",
    "UBTWMTTQVN",
    "ĐCTUBTWMTTQVN",
    "TW",
    "VPTW",
    "BTCTW",
    "UBKTTW",
    "BTGTW",
    "BTGDVTW",
    "BDVTW",
    "BKTTW",
    "BNCTW",
    "BĐNTW",
    "BCĐTW",
    "QUTW",
    "HVCTQG",
    "TU",
    "HU",
    "QU",
    "ĐU",
    "ĐUK",
    "CB",
    "BCSĐ",
    "ĐĐ",
    "BTCTU",
    "UBKTTU",
    "VPTU",
    "TWĐTN",
];

/// Codes with a term, as the brief lists them (`QH11`–`QH16`, `UBTVQH13`–`UBTVQH15`).
const TERMED: &[&str] = &[
    "QH11", "QH12", "QH13", "QH14", "QH15", "QH16", "UBTVQH13", "UBTVQH14", "UBTVQH15",
];

/// Units after the issuer of a công văn (`10260/VPCP-NN`): codes not in the tables.
const UNITS: &[&str] = &["NN", "KTTH", "QHQT", "PL", "TCCV", "KSTT", "CN"];

/// Type names as running text writes them (src/docref/tables.rs, `TYPE_NAMES`).
const TYPE_NAMES: &[&str] = &[
    "Nghị quyết liên tịch",
    "Thông tư liên tịch",
    "Quyết định nhân sự",
    "Văn bản hợp nhất",
    "Nghị quyết",
    "Nghị định",
    "Quyết định",
    "Quy định",
    "Quy chế",
    "Thông tư",
    "Thông tri",
    "Thông báo",
    "Thông cáo",
    "Chỉ thị",
    "Hướng dẫn",
    "Kết luận",
    "Công văn",
    "Công điện",
    "Kế hoạch",
    "Chương trình",
    "Đề án",
    "Tờ trình",
    "Báo cáo",
    "Bộ luật",
    "Đạo luật",
    "Luật",
    "Pháp lệnh",
    "Lệnh",
    "Văn bản",
    "Quy chuẩn kỹ thuật quốc gia",
    "Tiêu chuẩn quốc gia",
];

fn all_codes() -> impl Iterator<Item = &'static str> {
    STATE_TYPES
        .iter()
        .chain(PARTY_TYPES)
        .chain(ISSUERS)
        .copied()
}

/// Whether writing ASCII `D` for every `Đ` of `code` keeps its meaning: `ĐA` → `DA` (Dự án)
/// and `HĐ` → `HD` (Hướng dẫn) are other codes.
fn d_safe(code: &str) -> bool {
    let d = code.replace('Đ', "D").to_uppercase();
    code.contains('Đ') && !all_codes().any(|c| c.to_uppercase() == d)
}

mod common;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: common::cases(),
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "proptest-regressions/prop_docref.txt",
        ))),
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Generated identifiers

/// One piece of an identifier as written.
#[derive(Debug, Clone)]
enum Tok {
    /// A document number (`30a`, `01`).
    Num(String),
    /// The year in the symbol.
    Year(u16),
    /// A type or issuer code.
    Code(&'static str),
    /// `/`, `-` or `:` between parts (spaces may go around it).
    Sep(char),
    /// A separator that may also be written as the other char: `366-QĐ-TW` and `52 HD/BTCTW`
    /// for `366-QĐ/TW` and `52-HD/BTCTW`, `162/2004/TTLT/BQP-BTC` for `TTLT-BQP-BTC`.
    Flex(char, char),
    /// The space between `QCVN` and its number.
    Gap,
    /// A standard's number (`02-31-3`): its dashes take no spaces.
    StdNum(String),
}

/// A generated identifier: its pieces and the value they must parse to.
#[derive(Debug, Clone)]
struct Gen {
    toks: Vec<Tok>,
    form: DocForm,
    number: String,
    year: Option<u16>,
    doc_type: Option<&'static str>,
    issuers: Vec<&'static str>,
}

impl Gen {
    fn canonical(&self) -> String {
        let mut s = String::new();
        for t in &self.toks {
            match t {
                Tok::Num(n) | Tok::StdNum(n) => s.push_str(n),
                Tok::Year(y) => s.push_str(&y.to_string()),
                Tok::Code(c) => s.push_str(c),
                Tok::Sep(c) | Tok::Flex(c, _) => s.push(*c),
                Tok::Gap => s.push(' '),
            }
        }
        s
    }
}

/// Numbers of 1–5 digits, optionally with a leading zero and a letter suffix (`30a`).
fn number() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        "[1-9][0-9]{0,4}",
        prop::option::weighted(0.2, prop::char::range('a', 'z')),
    )
        .prop_map(|(zero, digits, suffix)| {
            let mut s = String::new();
            if zero {
                s.push('0');
                s.push_str(&digits[..digits.len().min(4)]);
            } else {
                s.push_str(&digits);
            }
            s.extend(suffix);
            s
        })
}

fn year() -> impl Strategy<Value = u16> {
    1990u16..=2030
}

fn issuer() -> impl Strategy<Value = &'static str> {
    prop_oneof![4 => select(ISSUERS), 1 => select(TERMED)]
}

/// 1–4 issuers (joint documents have 2–4).
fn issuers(min: usize) -> impl Strategy<Value = Vec<&'static str>> {
    prop::collection::vec(issuer(), min..=4)
}

fn push_codes(toks: &mut Vec<Tok>, codes: &[&'static str]) {
    for (k, c) in codes.iter().enumerate() {
        if k > 0 {
            toks.push(Tok::Sep('-'));
        }
        toks.push(Tok::Code(c));
    }
}

/// `30/2020/NĐ-CP`, `12/2015/TTLT-BTP-BNV`, `123/QĐ-UBND`, `5/2020/NĐ`, `1096/QĐ`.
fn state_typed() -> impl Strategy<Value = Gen> {
    (
        number(),
        prop::option::of(year()),
        select(STATE_TYPES),
        prop_oneof![1 => Just(Vec::new()), 6 => issuers(1)],
    )
        .prop_map(|(num, year, ty, iss)| {
            let mut toks = vec![Tok::Num(num.clone()), Tok::Sep('/')];
            if let Some(y) = year {
                toks.extend([Tok::Year(y), Tok::Sep('/')]);
            }
            toks.push(Tok::Code(ty));
            for (k, c) in iss.iter().enumerate() {
                let sep = if k == 0 {
                    Tok::Flex('-', '/')
                } else {
                    Tok::Sep('-')
                };
                toks.extend([sep, Tok::Code(c)]);
            }
            Gen {
                toks,
                form: DocForm::State,
                number: num,
                year,
                doc_type: Some(ty),
                issuers: iss,
            }
        })
}

/// `59/2020/QH14`, `28/CP`, `10260/VPCP-NN`, `1234/BTC-TCT`, `5/2021/CP-BTC`.
fn state_untyped() -> impl Strategy<Value = Gen> {
    (
        number(),
        prop::option::of(year()),
        issuer(),
        prop::collection::vec(prop_oneof![issuer(), select(UNITS)], 0..=3),
    )
        .prop_map(|(num, year, first, rest)| {
            let mut iss = vec![first];
            iss.extend(rest);
            let mut toks = vec![Tok::Num(num.clone()), Tok::Sep('/')];
            if let Some(y) = year {
                toks.extend([Tok::Year(y), Tok::Sep('/')]);
            }
            push_codes(&mut toks, &iss);
            Gen {
                toks,
                form: DocForm::State,
                number: num,
                year,
                doc_type: None,
                issuers: iss,
            }
        })
}

/// `126-QĐ/TW`, `24-L/CTN`, `287-QĐ/TWĐTN-BTCTW`.
fn party() -> impl Strategy<Value = Gen> {
    (number(), select(PARTY_TYPES), issuers(1)).prop_map(|(num, ty, iss)| {
        let mut toks = vec![
            Tok::Num(num.clone()),
            Tok::Flex('-', ' '),
            Tok::Code(ty),
            Tok::Flex('/', '-'),
        ];
        push_codes(&mut toks, &iss);
        Gen {
            toks,
            form: DocForm::Party,
            number: num,
            year: None,
            doc_type: Some(ty),
            issuers: iss,
        }
    })
}

/// `116-CP`, `388-HĐBT`.
fn legacy() -> impl Strategy<Value = Gen> {
    (number(), issuer()).prop_map(|(num, iss)| Gen {
        toks: vec![Tok::Num(num.clone()), Tok::Sep('-'), Tok::Code(iss)],
        form: DocForm::Legacy,
        number: num,
        year: None,
        doc_type: None,
        issuers: vec![iss],
    })
}

/// `QCVN 41:2024/BGTVT`, `TCVN 6909:2001`, `QCVN 02-31-3:2019/BNNPTNT`.
fn standard() -> impl Strategy<Value = Gen> {
    (
        prop_oneof![Just("QCVN"), Just("TCVN")],
        prop::collection::vec("[0-9]{1,5}", 1..=3),
        prop::sample::select(vec!['-', '.']),
        year(),
        prop::collection::vec(issuer(), 0..=2),
    )
        .prop_map(|(ty, nums, sep, year, iss)| {
            let num = nums.join(&sep.to_string());
            let mut toks = vec![
                Tok::Code(ty),
                Tok::Gap,
                Tok::StdNum(num.clone()),
                Tok::Sep(':'),
                Tok::Year(year),
            ];
            if !iss.is_empty() {
                toks.push(Tok::Sep('/'));
                push_codes(&mut toks, &iss);
            }
            Gen {
                toks,
                form: DocForm::Standard,
                number: num,
                year: Some(year),
                doc_type: Some(ty),
                issuers: iss,
            }
        })
}

fn any_id() -> impl Strategy<Value = Gen> {
    Union::new(vec![
        state_typed().boxed(),
        state_typed().boxed(),
        state_untyped().boxed(),
        party().boxed(),
        party().boxed(),
        legacy().boxed(),
        standard().boxed(),
    ])
}

// ---------------------------------------------------------------------------------------------
// Variations

#[derive(Debug, Clone, Copy)]
enum Case {
    AsIs,
    Lower,
    Upper,
}

#[derive(Debug, Clone, Copy)]
enum DStyle {
    Stroke,
    Eth,
    Ascii,
}

#[derive(Debug, Clone)]
struct Style {
    /// Spaces before and after each separator, taken in turn.
    spaces: Vec<(usize, usize)>,
    /// Spaces between `QCVN` and the number.
    gap: usize,
    dash: char,
    d: DStyle,
    case: Case,
    tu: bool,
    roman: bool,
    nfd: bool,
    pad: bool,
    /// Which flexible separator, if any, takes its other spelling.
    flex: Option<usize>,
}

fn style() -> impl Strategy<Value = Style> {
    (
        prop::collection::vec((0usize..=2, 0usize..=2), 1..=6),
        1usize..=3,
        select(vec![
            '-', '\u{2010}', '\u{2011}', '\u{2013}', '\u{2014}', '\u{2212}',
        ]),
        prop_oneof![Just(DStyle::Stroke), Just(DStyle::Eth), Just(DStyle::Ascii)],
        prop_oneof![Just(Case::AsIs), Just(Case::Lower), Just(Case::Upper)],
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        (any::<bool>(), prop::option::of(0usize..2)),
    )
        .prop_map(
            |(spaces, gap, dash, d, case, tu, roman, nfd, (pad, flex))| Style {
                spaces,
                gap,
                dash,
                d,
                case,
                tu,
                roman,
                nfd,
                pad,
                flex,
            },
        )
}

fn roman(n: u32) -> String {
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

fn code_variant(c: &str, st: &Style) -> String {
    if st.tu && c == "TW" {
        return "TƯ".to_owned();
    }
    if st.roman {
        if let Some(k) = c.find(|x: char| x.is_ascii_digit()) {
            let n: u32 = c[k..].parse().expect("term");
            return format!("{}{}", &c[..k], roman(n));
        }
    }
    match st.d {
        DStyle::Ascii if d_safe(c) => c.replace('Đ', "D"),
        DStyle::Stroke | DStyle::Ascii => c.to_owned(),
        DStyle::Eth => c.replace('Đ', "\u{00D0}"),
    }
}

fn render(g: &Gen, st: &Style) -> String {
    let mut s = String::new();
    let mut seps = 0;
    let flexes = g.toks.iter().filter(|t| matches!(t, Tok::Flex(..))).count();
    let bent = st.flex.filter(|_| flexes > 0).map(|k| k % flexes.max(1));
    let mut flex_seen = 0;
    for t in &g.toks {
        let t = &match t {
            Tok::Flex(c, other) => {
                let k = flex_seen;
                flex_seen += 1;
                Tok::Sep(if bent == Some(k) { *other } else { *c })
            }
            t => t.clone(),
        };
        match t {
            Tok::Num(n) | Tok::StdNum(n) => s.push_str(n),
            Tok::Year(y) => s.push_str(&y.to_string()),
            Tok::Code(c) => s.push_str(&code_variant(c, st)),
            Tok::Flex(..) => unreachable!(),
            Tok::Sep(c) => {
                let (before, after) = st.spaces[seps % st.spaces.len()];
                seps += 1;
                s.push_str(&" ".repeat(before));
                s.push(*c);
                s.push_str(&" ".repeat(after));
            }
            Tok::Gap => s.push_str(&" ".repeat(st.gap)),
        }
    }
    let s = match st.case {
        Case::AsIs => s,
        Case::Lower => s.to_lowercase(),
        Case::Upper => s.to_uppercase(),
    };
    let s: String = s
        .chars()
        .map(|c| if c == '-' { st.dash } else { c })
        .collect();
    let s = if st.nfd { s.nfd().collect() } else { s };
    if st.pad {
        format!(" \u{00A0}{s}\t ")
    } else {
        s
    }
}

// ---------------------------------------------------------------------------------------------
// References

#[derive(Debug, Clone)]
struct RefGen {
    text: String,
    type_name: &'static str,
    id: Option<String>,
    number: String,
    year: Option<u16>,
    date: Option<NaiveDate>,
    body: Option<&'static str>,
    term: Option<u8>,
    title: Option<&'static str>,
    /// `(point, clause, article)` of a provision written before the type name.
    provision: Option<(Option<&'static str>, Option<u16>, String)>,
}

/// `điểm a khoản 2 Điều 5 `: a provision before the reference, each part optional but the
/// article; an article may carry a letter (`Điều 5a`).
fn provision() -> impl Strategy<Value = (Option<&'static str>, Option<u16>, String)> {
    (
        prop::option::of(select(&["a", "b", "c", "d", "đ", "e"][..])),
        prop::option::of(1u16..=30),
        (
            1u16..=300,
            prop::option::weighted(0.2, select(&["a", "b"][..])),
        ),
    )
        .prop_map(|(p, c, (a, l))| {
            // A point is a point of a clause.
            let c = if p.is_some() { c.or(Some(1)) } else { c };
            (p, c, format!("{a}{}", l.unwrap_or("")))
        })
}

fn provision_text(p: &(Option<&'static str>, Option<u16>, String)) -> String {
    let mut s = String::new();
    if let Some(x) = p.0 {
        s.push_str(&format!("điểm {x} "));
    }
    if let Some(c) = p.1 {
        s.push_str(&format!("khoản {c} "));
    }
    s.push_str(&format!("Điều {} ", p.2));
    s
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (1990i32..=2030, 1u32..=12, 1u32..=31)
        .prop_filter_map("a valid date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

/// `, ngày 28-2-2018`, `ngày 28/2/2018`, `ngày 28 tháng 2 năm 2018`.
fn date_text(d: NaiveDate, k: usize) -> String {
    match k {
        0 => format!(", ngày {}", d.format("%-d-%-m-%Y")),
        1 => format!(" ngày {}", d.format("%-d/%-m/%Y")),
        _ => format!(", ngày {}", d.format("%-d tháng %-m năm %Y")),
    }
}

/// Issuing bodies written after `của`, as they must come back. (`Ủy ban nhân dân tỉnh Hà Nam`
/// is left out: see `bug_full_council_name_with_place`.)
const BODIES: &[&str] = &[
    "Bộ Chính trị",
    "Ban Bí thư",
    "Ban Chấp hành Trung ương",
    "Chính phủ",
    "Thủ tướng Chính phủ",
    "Quốc hội",
    "Ủy ban Thường vụ Quốc hội",
    "Bộ Tài chính",
    "Bộ Tư pháp và Bộ Nội vụ",
    "UBND tỉnh Hà Nam",
    "HĐND thành phố Hà Nội",
    "Ban Chấp hành Đảng bộ tỉnh Hà Nam",
];

const TITLES: &[&str] = &[
    "về tăng cường công tác",
    "về một số vấn đề",
    "Quy định chi tiết thi hành Luật Đất đai",
];

fn any_ref() -> impl Strategy<Value = RefGen> {
    let with_id = (
        select(TYPE_NAMES),
        any_id(),
        prop::option::of((date(), 0usize..3)),
        prop::option::weighted(0.6, (select(BODIES), prop::option::of(1u8..=14))),
        prop::option::weighted(0.3, select(TITLES)),
        prop::option::weighted(0.3, provision()),
    )
        .prop_map(|(t, g, date, body, title, provision)| {
            let id = g.canonical();
            let mut text = provision.as_ref().map(provision_text).unwrap_or_default();
            text.push_str(&format!("{t} số {id}"));
            if let Some((d, k)) = date {
                text.push_str(&date_text(d, k));
            }
            if let Some((b, term)) = body {
                text.push_str(&format!(" của {b}"));
                if let Some(n) = term {
                    text.push_str(&format!(" khóa {}", roman(u32::from(n))));
                }
            }
            if let Some(ti) = title {
                text.push_str(&format!(" “{ti}”"));
            }
            RefGen {
                text,
                type_name: t,
                id: Some(id),
                number: g.number,
                year: None,
                date: date.map(|x| x.0),
                body: body.map(|x| x.0),
                term: body.and_then(|x| x.1),
                title,
                provision,
            }
        });
    let short = (
        select(TYPE_NAMES),
        number(),
        prop::option::of(year()),
        any::<bool>(),
    )
        .prop_map(|(t, n, y, so)| {
            // Without `số`, a lone number that could be a year is read as one (`Báo cáo
            // 2023`): such numbers take `số`.
            let a_year = y.is_none() && n.parse::<u16>().is_ok_and(|n| (1945..=2100).contains(&n));
            let so = if so || a_year { "số " } else { "" };
            let text = match y {
                Some(y) => format!("{t} {so}{n}/{y}"),
                None => format!("{t} {so}{n}"),
            };
            RefGen {
                text,
                type_name: t,
                id: None,
                number: n,
                year: y,
                date: None,
                body: None,
                term: None,
                title: None,
                provision: None,
            }
        });
    prop_oneof![3 => with_id, 1 => short]
}

// ---------------------------------------------------------------------------------------------
// Text for the no-panic properties

const PIECES: &[&str] = &[
    "0",
    "1",
    "2",
    "30",
    "126",
    "2020",
    "2024",
    "10260",
    "a",
    "/",
    "/",
    "-",
    "-",
    ":",
    ".",
    ",",
    " ",
    " ",
    "  ",
    "\u{00A0}",
    "\u{2013}",
    "\u{2212}",
    "NĐ",
    "ND",
    "nđ",
    "QĐ",
    "QD",
    "CP",
    "TW",
    "TƯ",
    "TTg",
    "TTG",
    "TTLT",
    "BTP",
    "BNV",
    "QH14",
    "QHXV",
    "UBTVQH",
    "HĐNN",
    "HD",
    "BGD&ĐT",
    "&",
    "QCVN ",
    "TCVN ",
    "đ",
    "Đ",
    "\u{00D0}",
    "Ư",
    "ư",
    "Nghị định",
    "Quy định",
    "Luật",
    "Luật Đất đai",
    "NĐ ",
    "số",
    "số ",
    "ngày",
    "ngày ",
    "tháng",
    "năm",
    "của",
    " của Bộ Chính trị",
    "khóa",
    " khóa XII",
    "Trung ương",
    "Đại hội",
    "(",
    ")",
    "“",
    "”",
    "\"",
    "\u{0301}",
    "\u{0323}",
    "\u{212A}",
    "ẞ",
    "\u{200B}",
    "\n",
    "Mẫu số",
    "Phụ lục",
    "Điều 5 ",
    "khoản 2 ",
    "điểm a ",
    "Điều kiện",
    "Luật Giáo dục đại học",
    " Hội nghị lần thứ sáu",
    " về ",
];

fn idish() -> impl Strategy<Value = String> {
    prop::collection::vec(select(PIECES), 0..=24).prop_map(|v| v.concat())
}

/// Heads of references, in many of the shapes the grammar knows.
const REF_HEADS: &[&str] = &[
    "Nghị định",
    "Quy định",
    "Quyết định",
    "Luật",
    "Luật Đất đai",
    "Bộ luật Hình sự",
    "Đạo luật Nhân quyền",
    "Pháp lệnh",
    "Nghị quyết Trung ương",
    "Nghị quyết Hội nghị Trung ương",
    "Nghị quyết Đại hội",
    "Văn kiện Đại hội toàn quốc lần thứ",
    "Báo cáo chính trị Đại hội",
    "NĐ",
    "ND",
    "QĐ",
    "TTLT",
    "Quy chuẩn kỹ thuật quốc gia",
];

/// Pieces after the head.
const REF_PIECES: &[&str] = &[
    " số",
    " số:",
    " ",
    " 4",
    " 12",
    " 205",
    " 71/2024",
    " 30a",
    " XII",
    " XIII",
    " (lần 2)",
    " khóa XII",
    " (khóa XIII)",
    " khóa 11",
    ", ngày 28-2-2018",
    " ngày 5 tháng 8 năm 2022",
    " ngày 5/8/2022",
    " năm 2014",
    " 2013",
    " tháng 8/2022",
    " của Bộ Chính trị",
    " của Ban Bí thư",
    ", của Chính phủ",
    " của Bộ Tư pháp và Bộ Nội vụ",
    " của UBND tỉnh Hà Nam",
    " của Ban Chấp hành Đảng bộ tỉnh Hà Nam",
    " “về một số vấn đề”",
    " về \"công tác cán bộ\"",
    ", 88/2024/NĐ-CP",
    " và 101/2024/NĐ-CP",
    " 5 năm",
    " là",
    " đã",
    " Đất đai",
];

fn refish() -> impl Strategy<Value = String> {
    (
        select(REF_HEADS),
        prop::collection::vec(
            prop_oneof![
                4 => select(REF_PIECES).prop_map(str::to_owned),
                1 => any_id().prop_map(|g| format!(" {}", g.canonical())),
                1 => (any_id(), style()).prop_map(|(g, st)| format!(" {}", render(&g, &st))),
            ],
            0..=6,
        ),
    )
        .prop_map(|(h, v)| format!("{h}{}", v.concat()))
}

/// A varied identifier with identifier-like pieces around it (`30/2020/NĐ-CP/`, `- 116-CP`).
fn idlike() -> impl Strategy<Value = String> {
    (
        any_id(),
        style(),
        prop::collection::vec(select(PIECES), 0..=2),
        prop::collection::vec(select(PIECES), 0..=2),
    )
        .prop_map(|(g, st, a, b)| format!("{}{}{}", a.concat(), render(&g, &st), b.concat()))
}

fn texts() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => idish(),
        1 => any::<String>(),
        1 => "\\PC{0,40}",
        3 => refish(),
        2 => idlike(),
        // A generated reference inside other pieces.
        2 => (idish(), any_ref(), idish()).prop_map(|(a, r, b)| format!("{a} {} {b}", r.text)),
    ]
}

/// References left out of the print-back checks: none since the bugs the properties found
/// (bare identifiers, table type names, congress numbers) were fixed; kept as the one place
/// to name an exception should one be needed.
fn known_bug(_r: &DocRef) -> bool {
    false
}

fn check_scanner(text: &str) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for m in vanban::find_iter(text) {
        prop_assert!(m.start() < m.end(), "empty mention {m:?}");
        prop_assert!(
            m.start() >= last_end,
            "overlapping or unsorted mention {m:?}"
        );
        prop_assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
        prop_assert_eq!(&text[m.range()], m.as_str());
        last_end = m.end();
        // A reference the scanner reports round-trips through its text and its JSON.
        if let Some(r) = m.value().as_doc_ref() {
            if !known_bug(r) {
                let s = r.to_string();
                prop_assert_eq!(s.parse::<DocRef>(), Ok(r.clone()), "{:?} in {:?}", s, text);
                let json = serde_json::to_string(r).unwrap();
                let back: Result<DocRef, String> =
                    serde_json::from_str(&json).map_err(|e| e.to_string());
                prop_assert_eq!(back, Ok(r.clone()), "{} in {:?}", json, text);
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(config())]

    /// Canonical identifiers parse to the parts they were built from, print back verbatim,
    /// and round-trip through text and JSON.
    #[test]
    fn id_round_trip(g in any_id()) {
        let s = g.canonical();
        let id = DocId::parse(&s).map_err(|e| TestCaseError::fail(format!("{s:?}: {e}")))?;
        prop_assert_eq!(id.to_string(), s.clone());
        prop_assert_eq!(id.form(), g.form, "{}", s);
        prop_assert_eq!(id.number(), g.number.as_str(), "{}", s);
        prop_assert_eq!(id.year(), g.year.map(i32::from), "{}", s);
        prop_assert_eq!(id.doc_type(), g.doc_type, "{}", s);
        prop_assert_eq!(id.issuers().collect::<Vec<_>>(), g.issuers.clone(), "{}", s);
        prop_assert_eq!(id.to_string().parse::<DocId>(), Ok(id.clone()));
        let json = serde_json::to_string(&id).unwrap();
        let back: DocId = serde_json::from_str(&json)
            .map_err(|e| TestCaseError::fail(format!("{s:?} {json}: {e}")))?;
        prop_assert_eq!(back, id);
    }

    /// Every documented variation parses to the same value as the canonical identifier.
    #[test]
    fn id_variations(g in any_id(), st in style()) {
        let canonical = g.canonical();
        let want = DocId::parse(&canonical)
            .map_err(|e| TestCaseError::fail(format!("{canonical:?}: {e}")))?;
        let varied = render(&g, &st);
        let got = DocId::parse(&varied)
            .map_err(|e| TestCaseError::fail(format!("{varied:?} ({canonical}): {e}")))?;
        prop_assert_eq!(got, want, "{:?} vs {:?}", varied, canonical);
    }

    /// References built from a type name, `số` and an identifier or number, a date and an
    /// issuing body parse to those parts and round-trip through text and JSON (also in NFD).
    #[test]
    fn ref_round_trip(g in any_ref()) {
        let s = &g.text;
        let r = DocRef::parse(s).map_err(|e| TestCaseError::fail(format!("{s:?}: {e}")))?;
        prop_assert_eq!(r.doc_type_name(), Some(g.type_name), "{}", s);
        prop_assert_eq!(r.number(), Some(g.number.as_str()), "{}", s);
        match &g.id {
            Some(id) => prop_assert_eq!(r.id(), Some(&DocId::parse(id).unwrap()), "{}", s),
            None => {
                prop_assert_eq!(r.id(), None, "{}", s);
                prop_assert_eq!(r.year(), g.year.map(i32::from), "{}", s);
            }
        }
        prop_assert_eq!(r.date().and_then(|d| d.to_naive_date()), g.date, "{}", s);
        prop_assert_eq!(r.issued_by(), g.body, "{}", s);
        prop_assert_eq!(r.term(), g.term, "{}", s);
        prop_assert_eq!(r.title(), g.title, "{}", s);
        let provision = g.provision.as_ref();
        prop_assert_eq!(r.point(), provision.and_then(|p| p.0), "{}", s);
        prop_assert_eq!(
            r.clause().map(str::to_owned),
            provision.and_then(|p| p.1).map(|c| c.to_string()),
            "{}",
            s
        );
        prop_assert_eq!(r.article(), provision.map(|p| p.2.as_str()), "{}", s);
        let text = r.to_string();
        let back = DocRef::parse(&text)
            .map_err(|e| TestCaseError::fail(format!("{s:?} → {text:?}: {e}")))?;
        prop_assert_eq!(&back, &r, "{:?} → {:?}", s, text);
        let json = serde_json::to_string(&r).unwrap();
        let back: DocRef = serde_json::from_str(&json)
            .map_err(|e| TestCaseError::fail(format!("{s:?} {json}: {e}")))?;
        prop_assert_eq!(&back, &r);
        let nfd: String = s.nfd().collect();
        prop_assert_eq!(DocRef::parse(&nfd), Ok(r));
    }

    /// No panics, and the scanner's invariants, on arbitrary and identifier-like text.
    #[test]
    fn never_panics(text in texts()) {
        let _ = DocId::parse(&text);
        let _ = DocRef::parse(&text);
        let _ = vanban::find_iter(&text).count();
        check_scanner(&text)?;
    }

    /// Whatever parses as an identifier prints as text that parses back to the same value.
    #[test]
    fn parsed_ids_print_back(text in texts()) {
        if let Ok(id) = DocId::parse(&text) {
            let s = id.to_string();
            prop_assert_eq!(s.parse::<DocId>(), Ok(id), "{:?} → {:?}", text, s);
        }
    }

    /// Whatever parses as a reference prints as text that parses back to the same value.
    #[test]
    fn parsed_refs_print_back(text in texts()) {
        if let Ok(r) = DocRef::parse(&text) {
            // `số 126-QĐ/TW`, `Phương án số 1/PA`, `Nghị quyết Đại hội XXXX`: see `known_bug`.
            if !known_bug(&r) {
                let s = r.to_string();
                prop_assert_eq!(s.parse::<DocRef>(), Ok(r.clone()), "{:?} → {:?}", text, s);
                let json = serde_json::to_string(&r).unwrap();
                let back: Result<DocRef, String> =
                    serde_json::from_str(&json).map_err(|e| e.to_string());
                prop_assert_eq!(back, Ok(r), "{:?} → {}", text, json);
            }
        }
    }

    /// A reference written with a varied identifier, a lower-case or capitalised type name,
    /// non-breaking spaces or NFD reads as the canonical one.
    #[test]
    fn ref_variations(
        t in select(TYPE_NAMES),
        g in any_id(),
        st in style(),
        upper in any::<bool>(),
        nbsp in any::<bool>(),
    ) {
        let canonical = format!("{t} số {}", g.canonical());
        let want = DocRef::parse(&canonical)
            .map_err(|e| TestCaseError::fail(format!("{canonical:?}: {e}")))?;
        let t = if upper { t.to_uppercase() } else { t.to_lowercase() };
        let sp = if nbsp { "\u{00A0}" } else { " " };
        let varied = format!("{}{sp}số{sp}{}", t.replace(' ', sp), render(&g, &st));
        let got = DocRef::parse(&varied)
            .map_err(|e| TestCaseError::fail(format!("{varied:?} ({canonical}): {e}")))?;
        prop_assert_eq!(got, want, "{:?} vs {:?}", varied, canonical);
    }

    /// A generated reference in a sentence is found by the scanner with the same value.
    #[test]
    fn scanner_finds_refs(g in any_ref()) {
        let want = DocRef::parse(&g.text).unwrap();
        let text = format!("Căn cứ {}, hội nghị đã thông qua.", g.text);
        let found: Vec<_> = vanban::find_iter(&text)
            .filter_map(|m| m.value().as_doc_ref().cloned().map(|r| (m.as_str().to_owned(), r)))
            .collect();
        prop_assert!(
            found.iter().any(|(s, r)| *r == want && *s == g.text),
            "{:?}: {:?}",
            text,
            found
        );
    }

    /// A bare identifier in a sentence is found by the scanner (identifiers with a year or
    /// two codes).
    #[test]
    fn scanner_finds_ids(g in any_id()) {
        // A lone `28/CP` needs a type name before it.
        let codes = g.issuers.len() + usize::from(g.doc_type.is_some());
        if g.form == DocForm::State && g.year.is_none() && codes < 2 {
            return Ok(());
        }
        let s = g.canonical();
        let want = DocId::parse(&s).unwrap();
        let text = format!("Theo văn bản ({s}), hội nghị đã thông qua.");
        let found: Vec<DocId> = vanban::find_iter(&text)
            .filter_map(|m| m.value().as_doc_ref().and_then(|r| r.id().cloned()))
            .collect();
        prop_assert!(found.contains(&want), "{:?}: {:?}", text, found);
    }
}

proptest! {
    #![proptest_config(config())]

    /// A bare identifier read as a reference prints back to text that parses to the same
    /// value, and its JSON deserialises. Fails for every identifier without a type name
    /// (`126-QĐ/TW`, `116-CP`, `59/2020/QH14`, `28/CP`) and for those named from the code
    /// tables with a name the grammar does not read (`1/PA`): see
    /// `bug_bare_id_ref_display_does_not_parse` and `bug_table_type_name_does_not_parse`.
    #[test]
        fn bare_id_refs_print_back(g in any_id()) {
        let s = g.canonical();
        let r = DocRef::parse(&s).map_err(|e| TestCaseError::fail(format!("{s:?}: {e}")))?;
        let text = r.to_string();
        prop_assert_eq!(text.parse::<DocRef>(), Ok(r.clone()), "{:?} → {:?}", s, text);
        let json = serde_json::to_string(&r).unwrap();
        let back: Result<DocRef, String> = serde_json::from_str(&json).map_err(|e| e.to_string());
        prop_assert_eq!(back, Ok(r), "{:?} → {}", s, json);
    }
}

// ---------------------------------------------------------------------------------------------
// Regressions: bugs the properties found (minimal inputs), fixed

/// `DocRef::parse("126-QĐ/TW")` gives a reference with no type name; its `Display` is
/// `số 126-QĐ/TW`, which `DocRef::parse` rejects ("expected a number at byte 0"), and its
/// JSON (`{"number":"126","id":{…}}`) fails to deserialise for the same reason. The scanner
/// reports such references for every bare identifier in running text.
#[test]
fn bare_id_ref_prints_as_the_identifier() {
    for s in ["126-QĐ/TW", "116-CP", "59/2020/QH14", "0/CP"] {
        let r = DocRef::parse(s).unwrap();
        assert_eq!(r.doc_type_name(), None);
        let text = r.to_string();
        assert_eq!(text, s);
        assert_eq!(text.parse::<DocRef>(), Ok(r.clone()), "{s:?} → {text:?}");
        let json = serde_json::to_string(&r).unwrap();
        let back: Result<DocRef, String> = serde_json::from_str(&json).map_err(|e| e.to_string());
        assert_eq!(back, Ok(r), "{s:?} → {json}");
    }
}

/// `của Ủy ban nhân dân tỉnh Hà Nam`: the issuer table's full name `Ủy ban nhân dân` is taken
/// before the generic rule that would read on to `tỉnh Hà Nam`, so the strict parse fails with
/// trailing input and the scanner cuts the body short. `UBND tỉnh Hà Nam` works.
#[test]
fn full_council_name_with_place() {
    for body in [
        "Ủy ban nhân dân tỉnh Hà Nam",
        "Hội đồng nhân dân tỉnh Hà Nam",
    ] {
        let s = format!("Quyết định số 1/QĐ-UBND của {body}");
        let r = DocRef::parse(&s).unwrap_or_else(|e| panic!("{s:?}: {e}"));
        assert_eq!(r.issued_by(), Some(body));
        let text = format!("Căn cứ {s}.");
        let m = vanban::find_iter(&text).next().unwrap();
        assert_eq!(m.as_str(), s);
    }
}

/// `DocRef::parse("1/PA")` names the type from the code tables (`Phương án`), but `Phương án`
/// is not a type name the reference grammar reads, so `Display` (`Phương án số 1/PA`) does not
/// parse back and the JSON does not deserialise. Same for every table name missing from the
/// grammar's type names: State `PA`, `DA`, `BB`, `HĐ`, `BGN`, `BTT`, `GUQ`, `GM`, `GGT`,
/// `GNP`, `PG`, `PC`, `PB`, `SY`, `TrS`, `SL`, `GN`, `TTh`, `UQ`, `NP`, `GP`; Party `PA`,
/// `BB`, `BS`, `GGT`.
#[test]
fn table_type_names_parse_as_heads() {
    for s in ["1/PA", "123/GM-UBND", "5/2020/GP-BTC", "1-BS/TW"] {
        let r = DocRef::parse(s).unwrap();
        assert!(r.doc_type_name().is_some());
        let text = r.to_string();
        assert_eq!(text.parse::<DocRef>(), Ok(r.clone()), "{s:?} → {text:?}");
        let json = serde_json::to_string(&r).unwrap();
        let back: Result<DocRef, String> = serde_json::from_str(&json).map_err(|e| e.to_string());
        assert_eq!(back, Ok(r), "{s:?} → {json}");
    }
}

/// `Nghị quyết Đại hội 40` (and `0`, up to `99`): the congress is read from one or two digits
/// with no range check, and `Display` writes it in Roman numerals, which the grammar reads only
/// from I to XXXIX: `Nghị quyết Đại hội XXXX`, and `Nghị quyết Đại hội ` for 0, do not parse
/// back (nor does the JSON deserialise). The scanner finds `Nghị quyết Đại hội 40` in
/// `Nghị quyết Đại hội 40-CP`.
#[test]
fn congress_within_roman_range() {
    // Congresses are numbered I to XXXIX: other numbers are refused, so every value prints
    // back; a congress number must end (`Đại hội 40-CP` is not one).
    for s in ["Nghị quyết Đại hội 40", "Nghị quyết Đại hội 0"] {
        assert!(DocRef::parse(s).is_err(), "{s:?}");
    }
    let r = DocRef::parse("Nghị quyết Đại hội 13").unwrap();
    assert_eq!(r.to_string().parse::<DocRef>(), Ok(r));
    for m in vanban::find_iter("theo Nghị quyết Đại hội 40-CP") {
        assert_ne!(m.as_str(), "Nghị quyết Đại hội 40");
    }
}
