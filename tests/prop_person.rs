//! Property tests of the person grammar.
//!
//! 1. Mentions built from the lexicons (honorifics, ranks, academic titles, titles with their
//!    modifiers, bodies and places, names of two to four syllables, in the shapes of the
//!    project issue) parse; the name and the first role come back; `Display` parses back to
//!    the same value and the JSON deserialises back to it.
//! 2. NFD, old tone placement, `Ð` for `Đ`, non-breaking spaces and upper case (an ALL-CAPS
//!    headline) change neither the value nor what the scanner finds.
//! 3. Neither the strict parser nor the scanner panics on text made of person words, names,
//!    punctuation and arbitrary chars; scanner spans are verbatim, sorted and disjoint.
//!
//! `PROPTEST_CASES=20000 cargo test --test prop_person` explores further.

use proptest::prelude::*;
use proptest::sample::select;
use vanban::{Kind, Person, Scanner};

mod common;
use common::{config, nfd};

const HONORIFICS: &[&str] = &["đồng chí", "Đồng chí", "Đ/c", "ông", "bà", "Ông", "Bà"];
const RANKS: &[&str] = &[
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng tá",
];
const ACADEMIC: &[&str] = &["GS.TS", "PGS.TS", "TS", "ThS", "Tiến sĩ", "Phó Giáo sư"];
const TITLES: &[&str] = &[
    "Bí thư",
    "Phó Bí thư",
    "Phó Bí thư Thường trực",
    "Chủ tịch",
    "Phó Chủ tịch",
    "Giám đốc",
    "Phó Giám đốc",
    "Cục trưởng",
    "Ủy viên",
    "Bộ trưởng",
    "Thứ trưởng",
    "Chánh Văn phòng",
];
const BODIES: &[&str] = &[
    "Tỉnh ủy",
    "Thành ủy",
    "Đảng ủy Khối",
    "Ban Thường vụ Tỉnh ủy",
    "HĐND tỉnh",
    "UBND tỉnh",
    "UBND tỉnh Quảng Ngãi",
    "Sở Y tế",
    "Cục Bảo vệ chính trị nội bộ",
    "Bộ Công an",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Ban Tổ chức Trung ương",
    "Tỉnh ủy Kiên Giang",
];
const FAMILY: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Sơn",
];
const MIDDLE: &[&str] = &[
    "Văn",
    "Thị",
    "Minh",
    "Đức",
    "Quang",
    "Thị Thu",
    "Ngọc",
    "Hữu",
];
const GIVEN: &[&str] = &[
    "An", "Bình", "Cường", "Dũng", "Hà", "Lan", "Tấn", "Thắng", "Hùng", "Mai", "Thủy", "Hòa",
];

/// A name of two to four syllables: `(text, family, given)`.
fn names() -> impl Strategy<Value = (String, String, String)> {
    (
        select(FAMILY),
        proptest::option::of(select(MIDDLE)),
        select(GIVEN),
    )
        .prop_map(|(f, m, g)| {
            let text = match m {
                Some(m) => format!("{f} {m} {g}"),
                None => format!("{f} {g}"),
            };
            (text, f.to_owned(), g.to_owned())
        })
}

/// A role: `(text, title, body)`.
fn roles() -> impl Strategy<Value = (String, String, String)> {
    (select(TITLES), select(BODIES))
        .prop_map(|(t, b)| (format!("{t} {b}"), t.to_owned(), b.to_owned()))
}

/// A mention in one of the shapes, with the name and first role it must give back.
fn mentions() -> impl Strategy<Value = (String, String, String, String, String)> {
    (
        names(),
        roles(),
        proptest::option::of(roles()),
        0..5usize,
        select(HONORIFICS),
        select(RANKS),
        select(ACADEMIC),
    )
        .prop_map(|((name, f, g), (r1, t1, b1), r2, shape, h, rank, a)| {
            let more = r2.map(|(r, _, _)| format!(", {r}")).unwrap_or_default();
            let text = match shape {
                // Roles before the name.
                0 => format!("{r1} {name}"),
                // Honorific, name, then roles.
                1 => format!("{h} {name}, {r1}{more}"),
                // Name, a dash, roles.
                2 => format!("{h} {name} - {r1}{more}"),
                // Rank and academic title before roles and name.
                3 => format!("{rank}, {a} {name}, {r1}"),
                // A colon between the roles and the name.
                _ => format!("{r1}: {name}"),
            };
            (text, f, g, t1, b1)
        })
}

/// Old tone placement, `Ð` for `Đ` and non-breaking spaces.
fn old_style(s: &str) -> String {
    common::nbsp(&common::old_style(s))
}

fn found(text: &str) -> Vec<(usize, String)> {
    Scanner::with_kinds(&[Kind::Person])
        .find_iter(text)
        .map(|m| (m.start(), serde_json::to_string(m.value()).unwrap()))
        .collect()
}

/// Text made of person words, names and punctuation, with some arbitrary chars.
fn person_ish() -> impl Strategy<Value = String> {
    let words: Vec<&'static str> = HONORIFICS
        .iter()
        .chain(RANKS)
        .chain(ACADEMIC)
        .chain(TITLES)
        .chain(BODIES)
        .chain(FAMILY)
        .chain(MIDDLE)
        .chain(GIVEN)
        .chain(&[
            ",",
            ":",
            " - ",
            "(",
            ")",
            ";",
            "và",
            "các",
            "kiêm",
            "khóa XIII",
            "nguyên",
            "cố",
            "phát biểu",
            "\u{0301}",
            "\u{00A0}",
            "TP.HCM",
            "của",
            "tại",
            "(41 tuổi)",
        ])
        .copied()
        .collect();
    let piece = prop_oneof![
        8 => select(words).prop_map(str::to_owned),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn generated_mentions_parse_and_round_trip((text, family, given, title, body) in mentions()) {
        let p = Person::parse(&text).map_err(|e| TestCaseError::fail(format!("{text:?}: {e}")))?;
        let name = p.name().unwrap();
        prop_assert_eq!(name.family(), family.as_str(), "{}", text);
        prop_assert_eq!(name.given(), given.as_str(), "{}", text);
        let role = &p.roles()[0];
        prop_assert_eq!(role.title(), title.as_str(), "{}", text);
        // `Trưởng ban`-style titles are not generated, so the body comes back as written.
        prop_assert_eq!(role.org(), Some(body.as_str()), "{}", text);
        let shown = p.to_string();
        prop_assert_eq!(Person::parse(&shown).ok(), Some(p.clone()), "{} -> {}", text, shown);
        let json = serde_json::to_string(&p).unwrap();
        let back: Person = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, p, "{}", json);
    }

    #[test]
    fn unicode_forms_and_case_change_nothing((text, ..) in mentions()) {
        let p = Person::parse(&text).unwrap();
        prop_assert_eq!(Person::parse(&nfd(&text)).ok(), Some(p.clone()), "NFD {}", text);
        prop_assert_eq!(Person::parse(&old_style(&text)).ok(), Some(p.clone()), "old {}", text);
        let sentence = format!("Sáng nay, {text} phát biểu.");
        let want: Vec<String> = found(&sentence).into_iter().map(|(_, v)| v).collect();
        for variant in [nfd(&sentence), old_style(&sentence)] {
            let got: Vec<String> = found(&variant).into_iter().map(|(_, v)| v).collect();
            prop_assert_eq!(&got, &want, "{:?}", variant);
        }
        // An ALL-CAPS headline gives the same names and titles, title-cased.
        let upper = Person::parse(&text.to_uppercase());
        if let Ok(u) = upper {
            prop_assert_eq!(u.name().map(|n| n.family()), p.name().map(|n| n.family()));
        }
    }

    #[test]
    fn nothing_panics_and_spans_are_sound(s in person_ish()) {
        let _ = Person::parse(&s);
        let mut last = 0;
        for m in Scanner::new().find_iter(&s) {
            prop_assert!(m.start() >= last && m.start() < m.end() && m.end() <= s.len());
            prop_assert!(s.is_char_boundary(m.start()) && s.is_char_boundary(m.end()));
            prop_assert_eq!(&s[m.start()..m.end()], m.as_str());
            serde_json::to_string(m.value()).unwrap();
            last = m.end();
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(s in "\\PC{0,80}") {
        if let Err(e) = Person::parse(&s) {
            prop_assert!(e.offset() <= s.len() && s.is_char_boundary(e.offset()));
        }
        let _ = Scanner::with_kinds(&[Kind::Person]).find_iter(&s).count();
    }
}
