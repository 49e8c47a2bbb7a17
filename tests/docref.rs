//! Document identifiers and references: every shape the project issue lists, with examples
//! written for these tests in the style of Vietnamese official and news text.

use serde_json::json;
use vanban::{DocForm, DocId, DocRef, Kind, Scanner};

fn id(s: &str) -> DocId {
    let v = DocId::parse(s).unwrap_or_else(|e| panic!("{s:?}: {e}"));
    // Display is canonical and parses back equal; serde round-trips.
    assert_eq!(v.to_string().parse::<DocId>().unwrap(), v, "{s:?}");
    let back: DocId = serde_json::from_value(serde_json::to_value(&v).unwrap()).unwrap();
    assert_eq!(back, v, "{s:?}");
    v
}

fn doc_ref(s: &str) -> DocRef {
    let v = DocRef::parse(s).unwrap_or_else(|e| panic!("{s:?}: {e}"));
    assert_eq!(v.to_string().parse::<DocRef>().unwrap(), v, "{s:?}");
    let back: DocRef = serde_json::from_value(serde_json::to_value(&v).unwrap()).unwrap();
    assert_eq!(back, v, "{s:?}");
    v
}

fn refs(text: &str) -> Vec<(String, serde_json::Value)> {
    Scanner::with_kinds(&[Kind::DocRef])
        .find_iter(text)
        .map(|m| {
            (
                m.as_str().to_owned(),
                serde_json::to_value(m.value()).unwrap(),
            )
        })
        .collect()
}

fn spans(text: &str) -> Vec<String> {
    refs(text).into_iter().map(|(s, _)| s).collect()
}

#[test]
fn party_identifiers() {
    let v = id("126-QĐ/TW");
    assert_eq!(
        (v.number(), v.doc_type(), v.form()),
        ("126", Some("QĐ"), DocForm::Party)
    );
    assert_eq!(v.issuers().collect::<Vec<_>>(), ["TW"]);
    assert_eq!(v.year(), None);
    assert_eq!(
        serde_json::to_value(&v).unwrap(),
        json!({"number": "126", "doc_type": "QĐ", "issuers": ["TW"], "form": "party"})
    );
    assert_eq!(id("19-HD/BTCTW").doc_type_name(), Some("Hướng dẫn"));
    assert_eq!(id("01-HD/BTCTW").number(), "01");
    assert_eq!(
        id("249-KH/UBKTTW").issuer_names().collect::<Vec<_>>(),
        [Some("Ủy ban Kiểm tra Trung ương")]
    );
    assert_eq!(id("340-CV/ĐU").doc_type_name(), Some("Công văn"));
    assert_eq!(
        id("287-QĐ/TWĐTN-CTTN").issuers().collect::<Vec<_>>(),
        ["TWĐTN", "CTTN"]
    );
    // `TƯ` is `TW`; Party `QĐ` is Quyết định or Quy định, so no single name.
    assert_eq!(id("10-NQ/TƯ").to_string(), "10-NQ/TW");
    assert_eq!(id("205-QĐ/TW").doc_type_name(), None);
    // Party `TT` is Thông tri, State `TT` Thông tư.
    assert_eq!(id("03-TT/TW").doc_type_name(), Some("Thông tri"));
    // Text variants: a dash for the slash, a space for the dash.
    assert_eq!(id("366-QĐ-TW"), id("366-QĐ/TW"));
    assert_eq!(id("52 HD/BTCTW"), id("52-HD/BTCTW"));
}

#[test]
fn state_identifiers_with_a_year() {
    let v = id("30/2020/NĐ-CP");
    assert_eq!(
        serde_json::to_value(&v).unwrap(),
        json!({"number": "30", "year": 2020, "doc_type": "NĐ", "issuers": ["CP"], "form": "state"})
    );
    assert_eq!(v.doc_type_name(), Some("Nghị định"));
    assert_eq!(v.issuer_names().collect::<Vec<_>>(), [Some("Chính phủ")]);
    assert_eq!(id("01/2020/TT-BTC").doc_type_name(), Some("Thông tư"));
    assert_eq!(
        id("22/2025/NQ-HĐND").issuers().collect::<Vec<_>>(),
        ["HĐND"]
    );
    // The Assembly and its Standing Committee: no type in the symbol, the term is a field.
    let law = id("59/2020/QH14");
    assert_eq!((law.doc_type(), law.term()), (None, Some(14)));
    assert_eq!(id("60/2024/UBTVQH15").term(), Some(15));
    let roman = id("63/2025/QHXV");
    assert_eq!(
        (roman.to_string().as_str(), roman.term()),
        ("63/2025/QH15", Some(15))
    );
    // Joint documents list every issuer.
    assert_eq!(
        id("12/2015/TTLT-BTP-BNV").issuers().collect::<Vec<_>>(),
        ["BTP", "BNV"]
    );
    let five = id("02/2018/TTLT-BCA-VKSNDTC-TANDTC-BQP");
    assert_eq!(five.doc_type(), Some("TTLT"));
    assert_eq!(
        five.issuers().collect::<Vec<_>>(),
        ["BCA", "VKSNDTC", "TANDTC", "BQP"]
    );
    assert_eq!(
        id("162/2004/TTLT/BQP-BTC").to_string(),
        "162/2004/TTLT-BQP-BTC"
    );
}

#[test]
fn state_identifiers_without_a_year() {
    assert_eq!(id("123/QĐ-UBND").issuers().collect::<Vec<_>>(), ["UBND"]);
    assert_eq!(
        id("1240/QĐ-TTg").issuer_names().next(),
        Some(Some("Thủ tướng Chính phủ"))
    );
    // Official letters: the first code is an issuer, not a type.
    let cv = id("10260/VPCP-NN");
    assert_eq!(
        (cv.doc_type(), cv.issuers().collect::<Vec<_>>()),
        (None, vec!["VPCP", "NN"])
    );
    assert_eq!(cv.doc_type_name(), Some("Công văn"));
    assert_eq!(
        id("1234/BTC-TCT").issuers().collect::<Vec<_>>(),
        ["BTC", "TCT"]
    );
    // Older single-code numbering.
    assert_eq!(id("28/CP").issuers().collect::<Vec<_>>(), ["CP"]);
}

#[test]
fn legacy_and_standards() {
    let v = id("388-HĐBT");
    assert_eq!(
        (v.form(), v.issuers().collect::<Vec<_>>()),
        (DocForm::Legacy, vec!["HĐBT"])
    );
    assert_eq!(id("116-CP").to_string(), "116-CP");
    assert_eq!(id("49–CP").to_string(), "49-CP");
    let l = id("24-L/CTN");
    assert_eq!((l.doc_type(), l.doc_type_name()), (Some("L"), Some("Luật")));
    assert_eq!(id("10-LCT/HĐNN7").term(), Some(7));
    let q = id("QCVN 41:2024/BGTVT");
    assert_eq!(
        (q.number(), q.year(), q.doc_type()),
        ("41", Some(2024), Some("QCVN"))
    );
    assert_eq!(id("TCVN 6909:2001").issuers().len(), 0);
    assert_eq!(
        id("QCVN 02-31-3 : 2019/BNNPTNT").to_string(),
        "QCVN 02-31-3:2019/BNNPTNT"
    );
    assert_eq!(id("30a/2008/NQ-CP").number(), "30a");
}

#[test]
fn variation_is_normalised() {
    let canonical = id("17/2022/NĐ-CP");
    for written in [
        "17/2022/ND-CP",
        "17/2022/NÐ-CP",
        "17/2022/nđ-cp",
        "17 / 2022 / NĐ - CP",
        "17/2022 /NĐ- CP",
        "17/2022/NĐ\u{2013}CP",
        "17/2022/NĐ\u{2011}CP",
        "17/2022/NĐ\u{2014}CP",
        "  17/2022/NĐ-CP\u{a0}",
    ] {
        assert_eq!(id(written), canonical, "{written:?}");
    }
    assert_eq!(id("23/2017/QĐ-TTG").to_string(), "23/2017/QĐ-TTg");
    assert_eq!(id("58/2026/TT-BGDDT").to_string(), "58/2026/TT-BGDĐT");
    // `HD` is Hướng dẫn, not `HĐ` (Hợp đồng): ASCII D is mapped only where it makes a known code.
    assert_eq!(id("19-HD/BTCTW").doc_type(), Some("HD"));
}

#[test]
fn identifiers_that_are_not() {
    for bad in [
        "27/11/2019",
        "Covid-19",
        "1/2",
        "Điều 5",
        "",
        "30/2020/",
        "-QĐ/TW",
    ] {
        assert!(DocId::parse(bad).is_err(), "{bad:?}");
    }
    let e = DocId::parse("30/2020/NĐ-CP xyz").unwrap_err();
    assert_eq!(e.offset(), "30/2020/NĐ-CP".len());
}

#[test]
fn typed_references() {
    let r = doc_ref("Quy định số 126-QĐ/TW");
    assert_eq!(
        serde_json::to_value(&r).unwrap(),
        json!({"doc_type_name": "Quy định", "number": "126",
               "id": {"number": "126", "doc_type": "QĐ", "issuers": ["TW"], "form": "party"}})
    );
    assert_eq!(doc_ref("Nghị định số 30/2020/NĐ-CP").number(), Some("30"));
    assert_eq!(
        doc_ref("Quy định 205-QĐ/TW").doc_type_name(),
        Some("Quy định")
    );
    assert_eq!(
        doc_ref("Nghị định 100/2019/NĐ-CP").id().unwrap().year(),
        Some(2019)
    );
    assert_eq!(doc_ref("Thông báo số: 45/TB-VPCP").number(), Some("45"));
    assert_eq!(
        doc_ref("Quyết định số\u{a0}06/2016/QĐ-TTG")
            .id()
            .unwrap()
            .to_string(),
        "06/2016/QĐ-TTg"
    );
    // Upper-case headings and NFD text.
    assert_eq!(
        doc_ref("NGHỊ ĐỊNH SỐ 30/2020/NĐ-CP").doc_type_name(),
        Some("Nghị định")
    );
    assert_eq!(
        doc_ref("Nghi\u{323} đi\u{323}nh số 30/2020/NĐ-CP").doc_type_name(),
        Some("Nghị định")
    );
}

#[test]
fn reference_tails_in_the_order_written() {
    let r = doc_ref(
        "Quy định số 126-QĐ/TW, ngày 28-2-2018 của Bộ Chính trị “về một số vấn đề bảo vệ chính trị nội bộ Đảng”",
    );
    let d = r.date().unwrap();
    assert_eq!(
        (d.year(), d.month(), d.day()),
        (Some(2018), Some(2), Some(28))
    );
    assert_eq!(r.issued_by(), Some("Bộ Chính trị"));
    assert_eq!(
        r.title(),
        Some("về một số vấn đề bảo vệ chính trị nội bộ Đảng")
    );
    let r = doc_ref("Nghị định số 30/2020/NĐ-CP ngày 5 tháng 3 năm 2020 của Chính phủ");
    assert_eq!(r.date().unwrap().month(), Some(3));
    assert_eq!(r.issued_by(), Some("Chính phủ"));
    assert_eq!(
        doc_ref("Quy định số 58-QĐ/TW ngày 8/2/2022")
            .date()
            .unwrap()
            .day(),
        Some(8)
    );
    assert_eq!(
        doc_ref("Quy định 366-QĐ/TW năm 2025")
            .date()
            .unwrap()
            .year(),
        Some(2025)
    );
    let r = doc_ref("Chỉ thị số 36-CT/TW của Bộ Chính trị khóa XI");
    assert_eq!((r.issued_by(), r.term()), (Some("Bộ Chính trị"), Some(11)));
    assert_eq!(
        doc_ref("Hướng dẫn số 19-HD/BTCTW của Ban Tổ chức Trung ương").issued_by(),
        Some("Ban Tổ chức Trung ương")
    );
    assert_eq!(
        doc_ref("Thông tư số 01/2020/TT-BTC ngày 14/1/2020 của Bộ Tài chính").issued_by(),
        Some("Bộ Tài chính")
    );
    assert_eq!(
        doc_ref("Quyết định số 1234/QĐ-UBND ngày 15/5/2021 của UBND tỉnh Quảng Ngãi").issued_by(),
        Some("UBND tỉnh Quảng Ngãi")
    );
    // Body before date.
    let r = doc_ref("Quy định số 58-QĐ/TW của Bộ Chính trị ngày 8-2-2022");
    assert!(r.issued_by().is_some() && r.date().is_some());
}

#[test]
fn short_references() {
    let r = doc_ref("Quy định 205");
    assert_eq!(
        (r.doc_type_name(), r.number(), r.id()),
        (Some("Quy định"), Some("205"), None)
    );
    let r = doc_ref("Hướng dẫn số 21 của Ban Tổ chức Trung ương");
    assert_eq!(
        (r.number(), r.issued_by()),
        (Some("21"), Some("Ban Tổ chức Trung ương"))
    );
    assert_eq!(doc_ref("Quyết định số 58").number(), Some("58"));
    assert_eq!(doc_ref("Nghị quyết 57").number(), Some("57"));
    let r = doc_ref("Nghị định 71/2024");
    assert_eq!((r.number(), r.year()), (Some("71"), Some(2024)));
    let r = doc_ref("NĐ 30");
    assert_eq!(
        (r.doc_type_name(), r.number()),
        (Some("Nghị định"), Some("30"))
    );
    let r = doc_ref("TT 02/2025");
    assert_eq!(
        (r.doc_type_name(), r.year()),
        (Some("Thông tư"), Some(2025))
    );
    // A law keeps its name.
    let r = doc_ref("Luật Đất đai số 31/2024/QH15");
    assert_eq!(
        (r.name(), r.id().unwrap().term()),
        (Some("Đất đai"), Some(15))
    );
    let r = doc_ref("Luật Đất đai 2013");
    assert_eq!(
        (r.name(), r.date().unwrap().year()),
        (Some("Đất đai"), Some(2013))
    );
}

/// Laws cited by a name with commas or `và` in it, or by the day they were passed, from the
/// preambles and citations of the legal corpus.
#[test]
fn law_names_with_commas_and_days() {
    let r = doc_ref("Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15");
    assert_eq!(
        (r.name(), r.number()),
        (Some("Khoa học, công nghệ và đổi mới sáng tạo"), Some("93"))
    );
    let r = doc_ref("Luật Giáo dục ngày 14 tháng 6 năm 2019");
    assert_eq!(r.name(), Some("Giáo dục"));
    let d = r.date().unwrap();
    assert_eq!(
        (d.year(), d.month(), d.day()),
        (Some(2019), Some(6), Some(14))
    );
    assert_eq!(r.to_string(), "Luật Giáo dục ngày 14/6/2019");
    let r = doc_ref("Luật Cảnh vệ ban hành ngày 25/06/2018");
    assert_eq!(
        (r.name(), r.date().unwrap().day()),
        (Some("Cảnh vệ"), Some(25))
    );
    let r = doc_ref("Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13");
    assert_eq!(r.name(), Some("Ban hành văn bản quy phạm pháp luật"));
    assert_eq!(
        doc_ref("Luật Cán bộ, công chức năm 2008").name(),
        Some("Cán bộ, công chức")
    );
    assert_eq!(
        doc_ref("Luật Hôn nhân và gia đình năm 2014").name(),
        Some("Hôn nhân và gia đình")
    );
    // After `Luật` a name may be written in lower case, throughout; `Luật sư` is a lawyer.
    // A listed name comes out as the list spells it; another as written.
    assert_eq!(
        doc_ref("Luật hộ tịch ban hành ngày 16/11/2015").name(),
        Some("Hộ tịch")
    );
    assert_eq!(
        doc_ref("Luật tiếp cận dữ liệu ban hành ngày 16/11/2015").name(),
        Some("tiếp cận dữ liệu")
    );
    assert!(spans("Luật sư Nguyễn Văn A gửi đơn ngày 26-12-1967").is_empty());
    // An amending law's title is no reference; the provision it amends is one.
    assert_eq!(
        spans("Luật sửa đổi, bổ sung Điều 73 của Luật Đất đai"),
        ["Điều 73 của Luật Đất đai"]
    );
    // A comma before a capital or a verb ends the name; after a comma a day is the
    // sentence's; `và các` lists other things.
    assert_eq!(
        spans("theo Luật Đất đai, Luật Nhà ở năm 2014"),
        ["Luật Đất đai", "Luật Nhà ở năm 2014"]
    );
    // The laws are found by their names alone, without the year or day that follows.
    for (text, law) in [
        ("Luật Hộ tịch, được sửa đổi năm 2020", "Hộ tịch"),
        ("theo Luật Đất đai, ngày 15/3/2020 UBND tỉnh họp", "Đất đai"),
        ("Luật Đầu tư và các văn bản hướng dẫn năm 2020", "Đầu tư"),
    ] {
        assert_eq!(
            refs(text),
            [(
                format!("Luật {law}"),
                json!({"doc_type_name": "Luật", "name": law})
            )],
            "{text}"
        );
    }
}

/// The constitution is cited by its year; `QĐi` is the Party's code for Quy định of 2011-2016.
#[test]
fn constitution_by_year_and_qdi_regulations() {
    let r = doc_ref("Hiến pháp năm 2013");
    assert_eq!(
        (r.doc_type_name(), r.date().unwrap().year()),
        (Some("Hiến pháp"), Some(2013))
    );
    assert_eq!(spans("theo Hiến pháp 1992, Quốc hội"), ["Hiến pháp 1992"]);
    assert!(spans("sửa đổi Hiến pháp để").is_empty());
    let r = doc_ref("Thông báo kết luận số 12-TB/TW");
    assert_eq!(r.doc_type_name(), Some("Thông báo kết luận"));
    let r = doc_ref("Quy định số 08-QĐi/TW ngày 25/10/2011");
    assert_eq!(r.doc_type_name(), Some("Quy định"));
    assert_eq!(r.id().unwrap().doc_type(), Some("QĐi"));
}

#[test]
fn plenum_and_congress_resolutions() {
    let r = doc_ref("Nghị quyết Trung ương 4 khóa XII");
    assert_eq!((r.plenum(), r.term()), (Some(4), Some(12)));
    let r = doc_ref("Nghị quyết Hội nghị Trung ương 8 (khóa XIII)");
    assert_eq!((r.plenum(), r.term()), (Some(8), Some(13)));
    let r = doc_ref("Nghị quyết Trung ương 6 (lần 2) khóa VIII");
    assert_eq!(
        (r.plenum(), r.session(), r.term()),
        (Some(6), Some(2), Some(8))
    );
    assert_eq!(doc_ref("Nghị quyết Trung ương 4 khoá XI").term(), Some(11));
    assert_eq!(doc_ref("Nghị quyết Trung ương 5 khóa 10").term(), Some(10));
    assert_eq!(doc_ref("Nghị quyết Đại hội XII").congress(), Some(12));
    assert_eq!(
        doc_ref("Văn kiện Đại hội toàn quốc lần thứ XIII").congress(),
        Some(13)
    );
}

#[test]
fn resolutions_of_a_party_committee_congress() {
    // The seed article: the committee's name goes on in lower case, which is left out.
    assert_eq!(
        refs(
            "thực hiện thắng lợi Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội Đảng bộ \
             Khối các cơ quan Trung ương nhiệm kỳ 2015 - 2020"
        )
        .last()
        .cloned(),
        Some((
            "Nghị quyết Đại hội Đảng bộ Khối".to_owned(),
            json!({"doc_type_name": "Nghị quyết", "issued_by": "Đại hội Đảng bộ Khối"})
        ))
    );
    let r = doc_ref("Nghị quyết Đại hội Đảng bộ tỉnh Bắc Giang lần thứ XIX");
    assert_eq!(
        (r.issued_by(), r.congress()),
        (Some("Đại hội Đảng bộ tỉnh Bắc Giang"), Some(19))
    );
    assert_eq!(
        r.to_string(),
        "Nghị quyết Đại hội Đảng bộ tỉnh Bắc Giang lần thứ XIX"
    );
    let r = doc_ref("nghị quyết đại hội đảng bộ Khối, ngày 5-3-2020");
    assert_eq!(
        r.to_string(),
        "Nghị quyết Đại hội Đảng bộ Khối, ngày 5/3/2020"
    );
    // Roman numerals read back to 39; a name cut inside a word is no name.
    assert!(DocRef::parse("Nghị quyết Đại hội Đảng bộ Khối lần thứ 45").is_err());
    assert!(spans("theo Nghị quyết Đại hội Đảng bộ Quân đội đề ra").is_empty());
    // A level with no place names the writer's own committee where the congress's number, its
    // term or the citation's end follows (as `Ủy ban nhân dân tỉnh`), not before a verb.
    let r = doc_ref("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII");
    assert_eq!(r.congress(), Some(17));
    assert_eq!(r.issued_by(), Some("Đại hội Đảng bộ tỉnh"));
    assert!(spans("theo Nghị quyết Đại hội Đảng bộ tỉnh đề ra").is_empty());
    let r = doc_ref("Báo cáo chính trị tại Đại hội XIII");
    assert_eq!(r.congress(), Some(13));
}

#[test]
fn references_in_running_text() {
    let text = "Thực hiện Quy định số 126-QĐ/TW, ngày 28-2-2018 của Bộ Chính trị “về một số vấn \
                đề bảo vệ chính trị nội bộ Đảng”; Hướng dẫn số 19-HD/BTCTW, ngày 12-9-2019 của \
                Ban Tổ chức Trung ương hướng dẫn thực hiện một số điều trong Quy định số 126-QĐ/TW.";
    let found = refs(text);
    assert_eq!(found.len(), 3);
    assert!(found[0].0.ends_with("nội bộ Đảng”"));
    assert_eq!(
        found[0].1["date"],
        json!({"year": 2018, "month": 2, "day": 28})
    );
    assert_eq!(
        found[1].0,
        "Hướng dẫn số 19-HD/BTCTW, ngày 12-9-2019 của Ban Tổ chức Trung ương"
    );
    assert_eq!(found[2].0, "Quy định số 126-QĐ/TW");

    // A list of bare identifiers gives one reference each, of the same type.
    let found =
        refs("Bãi bỏ Nghị định 71/2024/NĐ-CP, 88/2024/NĐ-CP và 101/2024/NĐ-CP kể từ ngày 1/7.");
    let names: Vec<_> = found
        .iter()
        .map(|(s, v)| (s.as_str(), v["doc_type_name"].clone()))
        .collect();
    assert_eq!(
        names,
        [
            ("Nghị định 71/2024/NĐ-CP", json!("Nghị định")),
            ("88/2024/NĐ-CP", json!("Nghị định")),
            ("101/2024/NĐ-CP", json!("Nghị định")),
        ]
    );
    // A bare identifier in parentheses.
    assert_eq!(
        spans("quy định về công tác văn thư (30/2020/NĐ-CP) được áp dụng"),
        ["30/2020/NĐ-CP"]
    );
    // A date inside a reference belongs to it; asked for alone, dates still find it.
    let all: Vec<_> = vanban::find_iter("Chỉ thị số 39-CT/TW ngày 18/8/2014 của Bộ Chính trị")
        .map(|m| m.kind())
        .collect();
    assert_eq!(all, [Kind::DocRef]);
    let dates: Vec<_> = Scanner::with_kinds(&[Kind::Date])
        .find_iter("Chỉ thị số 39-CT/TW ngày 18/8/2014 của Bộ Chính trị")
        .map(|m| m.as_str().to_owned())
        .collect();
    assert_eq!(dates, ["ngày 18/8/2014"]);
}

#[test]
fn not_references() {
    for text in [
        "Tờ khai theo Mẫu số 01/GTGT-TKHT ban hành kèm theo Thông tư",
        "Biểu 02/TB-ĐĐKD kèm theo",
        "đại dịch Covid-19 và COVID-19",
        "Sáng 27/11/2019, tại Hà Nội",
        "gọi số 0912-345-678",
        "theo Điều 5, khoản 2",
        "các quy định 5 năm qua",
        "file 14.2020.TT-BTNMT.doc đính kèm",
        "xếp lương hệ số 3,50/N2-TC",
    ] {
        assert_eq!(spans(text), Vec::<String>::new(), "{text:?}");
    }
}

#[test]
fn councils_named_by_their_level_alone() {
    // The writer's own province or district: `của UBND tỉnh`, `của Chủ tịch UBND tỉnh`.
    for (text, body) in [
        (
            "Quyết định số 45/QĐ-UBND ngày 3/2/1998 của UBND tỉnh",
            "UBND tỉnh",
        ),
        (
            "Quyết định số 45/QĐ-UBND của Ủy ban nhân dân tỉnh",
            "Ủy ban nhân dân tỉnh",
        ),
        ("Quyết định số 45/QĐ-UBND của UBND huyện", "UBND huyện"),
        (
            "Quyết định số 45/QĐ-UBND của Chủ tịch UBND tỉnh",
            "Chủ tịch UBND tỉnh",
        ),
        (
            "Quyết định 12/QĐ-UBND của Chủ tịch Ủy ban nhân dân tỉnh Hà Nam",
            "Chủ tịch Ủy ban nhân dân tỉnh Hà Nam",
        ),
    ] {
        let r = DocRef::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(r.issued_by(), Some(body), "{text}");
        assert_eq!(DocRef::parse(&r.to_string()).unwrap(), r, "{text}");
    }
    // A person's name after the council is not part of the body.
    assert!(DocRef::parse("Quyết định 12/QĐ-UBND của Chủ tịch UBND tỉnh Nguyễn Văn An").is_err());
}

#[test]
fn a_number_and_one_unknown_code_after_a_type_name_and_so() {
    // An office's own register (`VPTT`, `KT`): an identifier where the text says one stands.
    assert_eq!(
        serde_json::to_value(doc_ref("văn bản số 442/VPTT")).unwrap(),
        json!({"doc_type_name": "Văn bản", "number": "442",
               "id": {"number": "442", "issuers": ["VPTT"], "form": "state"}})
    );
    let found = refs("và thay thế Quyết định số 112/KT ngày 15 tháng 5 năm 1989 của Hội đồng");
    assert_eq!(found[0].0, "Quyết định số 112/KT ngày 15 tháng 5 năm 1989");
    assert_eq!(
        found[0].1["id"],
        json!({"number": "112", "issuers": ["KT"], "form": "state"})
    );
    // Asked for as an identifier, it is one.
    assert_eq!(id("442/VPTT").issuers().collect::<Vec<_>>(), ["VPTT"]);
    // Without `số`, or without a type name, such a pair is no reference.
    assert!(refs("Quyết định 112/KT").is_empty());
    assert!(refs("theo tỷ lệ 1/KT của khu vực").is_empty());
    assert!(DocId::parse("1/2").is_err());
}

#[test]
fn a_dash_for_the_slash_after_the_year() {
    // `Nghị định 95/1998-NĐ-CP`, as an older text wrote it; the value is the usual form.
    let found =
        refs("Pháp lệnh cán bộ công chức và Nghị định 95/1998-NĐ-CP ngày 17-11-1998 của Chính phủ");
    assert_eq!(
        found[0].0,
        "Nghị định 95/1998-NĐ-CP ngày 17-11-1998 của Chính phủ"
    );
    assert_eq!(id("95/1998-NĐ-CP").to_string(), "95/1998/NĐ-CP");
    // Only before a type and its issuer: a range of years is none.
    assert!(DocId::parse("5/2020-2021").is_err());
}

/// A numbered Party resolution followed by the plenum that adopted it, as official citations
/// write it: with or without `của`, the plenum's number in digits or words, the committee and
/// the term.
#[test]
fn a_numbered_resolution_and_its_plenum() {
    let r = doc_ref(
        "Nghị quyết số 18-NQ/TW ngày 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành Trung ương \
         Đảng khóa XII",
    );
    assert_eq!(
        serde_json::to_value(&r).unwrap(),
        json!({"doc_type_name": "Nghị quyết", "number": "18",
               "id": {"number": "18", "doc_type": "NQ", "issuers": ["TW"], "form": "party"},
               "date": {"year": 2017, "month": 10, "day": 25},
               "issued_by": "Ban Chấp hành Trung ương Đảng", "term": 12, "plenum": 6})
    );
    assert_eq!(
        doc_ref("Nghị quyết số 19-NQ/TW, ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII")
            .plenum(),
        Some(5)
    );
    let r = doc_ref("Nghị quyết số 26-NQ/TW Hội nghị Trung ương lần thứ bảy (khóa XII)");
    assert_eq!(
        (r.plenum(), r.term(), r.issued_by()),
        (Some(7), Some(12), None)
    );
    assert_eq!(
        spans(
            "Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp \
             hành Trung ương Đảng khóa XII về một số vấn đề, tỉnh đã"
        ),
        [
            "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung \
          ương Đảng khóa XII"
        ]
    );
}

/// A reference into a provision: the point, clause and article before the document, as
/// legal text cites them; the scanner takes them into the reference's span.
#[test]
fn provisions_before_a_reference() {
    let r = doc_ref("điểm a khoản 1 Điều 5 Nghị định số 15/2020/NĐ-CP ngày 3/2/2020 của Chính phủ");
    assert_eq!(
        serde_json::to_value(&r).unwrap(),
        json!({"doc_type_name": "Nghị định", "number": "15",
               "id": {"number": "15", "year": 2020, "doc_type": "NĐ", "issuers": ["CP"],
                      "form": "state"},
               "date": {"year": 2020, "month": 2, "day": 3}, "issued_by": "Chính phủ",
               "article": "5", "clause": "1", "point": "a"})
    );
    let r = doc_ref("Điều 5a của Luật Đất đai năm 2013");
    assert_eq!(
        (r.article(), r.clause(), r.name()),
        (Some("5a"), None, Some("Đất đai"))
    );
    assert_eq!(
        doc_ref("khoản 2, Điều 3 Thông tư 01/2021/TT-BYT"),
        doc_ref("khoản 2 Điều 3 Thông tư số 01/2021/TT-BYT")
    );
    // A provision alone, or of `Luật này`, names no document.
    assert!(DocRef::parse("Điều 5").is_err());
    assert!(DocRef::parse("Điều 5 Luật này").is_err());
    assert_eq!(
        spans("Theo điểm a khoản 1 Điều 5 Nghị định số 15/2020/NĐ-CP, mức phạt"),
        ["điểm a khoản 1 Điều 5 Nghị định số 15/2020/NĐ-CP"]
    );
    assert_eq!(
        spans("căn cứ khoản 2, Điều 3 của Thông tư 01/2021/TT-BYT và"),
        ["khoản 2, Điều 3 của Thông tư 01/2021/TT-BYT"]
    );
    // `Điều kiện` (conditions) is no article.
    assert_eq!(
        spans("Điều kiện theo Nghị định 15/2020/NĐ-CP"),
        ["Nghị định 15/2020/NĐ-CP"]
    );
    // A list of points: the clause and article still belong to the reference.
    assert_eq!(
        spans("điểm a, b khoản 1 Điều 5 Nghị định 15/2020/NĐ-CP"),
        ["khoản 1 Điều 5 Nghị định 15/2020/NĐ-CP"]
    );
    // Serde takes only what text can express: a clause needs its article.
    assert!(
        serde_json::from_value::<DocRef>(json!({"doc_type_name": "Luật", "number": "5",
                                                "clause": "2"}))
        .is_err()
    );
}

/// Laws are cited by type and name alone (the rules on citations the research notes quote):
/// a name from the crate's list of law names ends where the list says, whatever follows.
#[test]
fn laws_by_name_alone() {
    assert_eq!(
        serde_json::to_value(doc_ref("Luật Giáo dục đại học")).unwrap(),
        json!({"doc_type_name": "Luật", "name": "Giáo dục đại học"})
    );
    assert_eq!(doc_ref("Bộ luật Hình sự").name(), Some("Hình sự"));
    assert_eq!(
        doc_ref("Luật Cán bộ, công chức").name(),
        Some("Cán bộ, công chức")
    );
    assert_eq!(
        spans("Trường phải đáp ứng Luật Giáo dục đại học phải đáp ứng các yêu cầu"),
        ["Luật Giáo dục đại học"]
    );
    assert_eq!(
        spans("theo khoản 3 Điều 33 Luật Đất đai và phải nộp khoản tiền bổ sung"),
        ["khoản 3 Điều 33 Luật Đất đai"]
    );
    assert_eq!(
        spans("Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng quy định"),
        ["Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng"]
    );
    // The number, year and date still belong to the law.
    assert_eq!(
        spans("theo Luật Đất đai số 31/2024/QH15 và Luật Đất đai năm 2013."),
        ["Luật Đất đai số 31/2024/QH15", "Luật Đất đai năm 2013"]
    );
    // A name not in the list is read only with a number, year or date; `Luật sư` is a lawyer.
    assert!(spans("Luật Việt Nam quy định rõ").is_empty());
    assert!(spans("Luật sư Nguyễn Văn A cho biết").is_empty());
    assert!(DocRef::parse("Luật Đất").is_err());
}

/// Asked for a whole reference, an unquoted `về …` to the end is its title; Display quotes it.
#[test]
fn unquoted_title_in_strict_parsing() {
    let r = doc_ref(
        "Nghị định 15/2020/NĐ-CP về xử phạt vi phạm hành chính trong lĩnh vực bưu chính, viễn thông.",
    );
    assert_eq!(
        r.title(),
        Some("về xử phạt vi phạm hành chính trong lĩnh vực bưu chính, viễn thông")
    );
    assert_eq!(
        r.to_string(),
        "Nghị định số 15/2020/NĐ-CP \"về xử phạt vi phạm hành chính trong lĩnh vực bưu chính, viễn thông\""
    );
    assert!(DocRef::parse("Quyết định 98/QĐ-UBND về").is_err());
    // The scanner does not guess where it ends.
    assert_eq!(
        spans("Nghị định 15/2020/NĐ-CP về xử phạt vi phạm hành chính"),
        ["Nghị định 15/2020/NĐ-CP"]
    );
}

/// Found by reviews of the new forms: meetings that are no plenum, provisions written with
/// commas, longer law names and verbs after a listed name, and provisions of plenum
/// resolutions.
#[test]
fn review_of_the_new_forms() {
    assert_eq!(
        spans("Theo Nghị định 15/2020/NĐ-CP, hội nghị năm nay sẽ bàn về thuế."),
        ["Nghị định 15/2020/NĐ-CP"]
    );
    assert_eq!(
        spans("Nghị quyết 05/2021/NQ-HĐND của Hội nghị Trung ương 3 tỉnh."),
        ["Nghị quyết 05/2021/NQ-HĐND"]
    );
    // Official style separates the parts of a provision with commas.
    assert_eq!(
        spans("tại điểm a, khoản 1, Điều 5, Luật Đất đai năm 2013"),
        ["điểm a, khoản 1, Điều 5, Luật Đất đai năm 2013"]
    );
    // The longest listed name wins, whatever follows it.
    for (text, name) in [
        (
            "Luật Thương mại điện tử đang được soạn thảo.",
            "Thương mại điện tử",
        ),
        (
            "Luật Doanh nghiệp nhà nước cần sửa.",
            "Doanh nghiệp nhà nước",
        ),
        ("Theo Luật Đất đai nêu rõ.", "Đất đai"),
    ] {
        assert_eq!(
            refs(text),
            [(
                format!("Luật {name}"),
                json!({"doc_type_name": "Luật", "name": name})
            )],
            "{text}"
        );
    }
    // `gồm` ends a law's name: `14` is no number of it.
    assert_eq!(
        refs("Luật Đất đai gồm 14 chương"),
        [(
            "Luật Đất đai".to_owned(),
            json!({"doc_type_name": "Luật", "name": "Đất đai"})
        )]
    );
    assert_eq!(
        spans("Luật Ngân sách nhà nước hiện hành quy định"),
        ["Luật Ngân sách nhà nước"]
    );
    let r = doc_ref("Điều 5 Nghị quyết Trung ương 6 khóa X");
    assert_eq!(
        (r.article(), r.plenum(), r.term()),
        (Some("5"), Some(6), Some(10))
    );
    assert!(DocRef::parse("điểm w khoản 1 Điều 5 Nghị định 15/2020/NĐ-CP").is_err());
}

#[test]
fn issuing_bodies_named_on_in_lower_case() {
    for (text, body) in [
        (
            "Công văn số 567/SNV-CCVC ngày 2/3/2024 của Sở Nội vụ.",
            "Sở Nội vụ",
        ),
        (
            "Quyết định số 15/QĐ-TCTK ngày 10/3/2024 của Tổng cục Thống kê, các đơn vị",
            "Tổng cục Thống kê",
        ),
        (
            "Quyết định số 15/QĐ-PC ngày 10/3/2024 của Vụ Pháp chế, các đơn vị",
            "Vụ Pháp chế",
        ),
        (
            "Hướng dẫn số 05-HD/BTGTU ngày 10/3/2024 của Ban Tuyên giáo Tỉnh ủy, các",
            "Ban Tuyên giáo Tỉnh ủy",
        ),
        (
            "Quyết định số 15-QĐ/HU ngày 10/3/2024 của Huyện ủy Gia Lâm, các",
            "Huyện ủy Gia Lâm",
        ),
        (
            "Nghị quyết số 05-NQ/ĐU ngày 10/3/2024 của Đảng ủy Chính phủ, các",
            "Đảng ủy Chính phủ",
        ),
        (
            "Quyết định số 15/QĐ-TLĐ ngày 10/3/2024 của Tổng Liên đoàn Lao động Việt Nam.",
            "Tổng Liên đoàn Lao động Việt Nam",
        ),
    ] {
        let found = refs(text);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].1["issued_by"], body, "{text}");
    }
    assert_eq!(
        doc_ref("Công văn số 567/SNV-CCVC ngày 2/3/2024 của Sở Nội vụ").issued_by(),
        Some("Sở Nội vụ")
    );
    // The name ends where the sentence goes on.
    for (text, body) in [
        (
            "Theo Công văn số 2/STC của Sở Tài chính hướng dẫn các đơn vị.",
            "Sở Tài chính",
        ),
        (
            "Công văn số 3/CT của Cục Thuế Hà Nội xử phạt doanh nghiệp",
            "Cục Thuế Hà Nội",
        ),
        (
            "Quyết định số 1/QĐ-TCTK của Tổng cục Thống kê công bố hôm nay",
            "Tổng cục Thống kê",
        ),
        (
            "Quyết định số 5/QĐ-SKHĐT của Sở Kế hoạch và Đầu tư, các đơn vị",
            "Sở Kế hoạch và Đầu tư",
        ),
        (
            "Quyết định số 15/QĐ của Ban Chấp hành Đảng bộ tỉnh, các đơn vị",
            "Ban Chấp hành Đảng bộ tỉnh",
        ),
        (
            "Quyết định số 1096/QĐ ngày 28/8/1980 của Bộ trưởng Bộ Giáo dục.",
            "Bộ trưởng Bộ Giáo dục",
        ),
    ] {
        assert_eq!(refs(text)[0].1["issued_by"], body, "{text}");
    }
}

#[test]
fn capitalised_provisions_and_codes_by_abbreviation() {
    // A provision starting a sentence is written with a capital.
    let found = refs("Khoản 1a Điều 5 Thông tư số 02/2025/TT-BNV được bổ sung như sau.");
    assert_eq!(found[0].0, "Khoản 1a Điều 5 Thông tư số 02/2025/TT-BNV");
    assert_eq!(found[0].1["clause"], "1a");
    let found = refs("Điểm a Khoản 2 Điều 5 Nghị định 15/2020/NĐ-CP quy định");
    assert_eq!(found[0].1["point"], "a");
    assert_eq!(found[0].1["clause"], "2");
    // Codes by the initials court news cites them with.
    let found = refs("Bị cáo bị truy tố theo khoản 4 Điều 353 BLHS năm 2015.");
    assert_eq!(found[0].0, "khoản 4 Điều 353 BLHS năm 2015");
    assert_eq!(
        found[0].1,
        json!({"doc_type_name": "Bộ luật", "name": "Hình sự", "date": {"year": 2015},
               "article": "353", "clause": "4"})
    );
    assert_eq!(doc_ref("BLDS 2015").to_string(), "Bộ luật Dân sự năm 2015");
    assert_eq!(spans("theo BLTTHS, cơ quan điều tra"), ["BLTTHS"]);
}

#[test]
fn the_constitution_named_by_its_state() {
    let found = refs("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;");
    assert_eq!(
        found[0].1,
        json!({"doc_type_name": "Hiến pháp", "name": "nước Cộng hòa xã hội chủ nghĩa Việt Nam"})
    );
    let r = doc_ref("Điều 4 Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013");
    assert_eq!(r.article(), Some("4"));
    assert_eq!(r.date().and_then(|d| d.year()), Some(2013));
    // Alone, `Hiến pháp` still needs its year.
    assert!(spans("sửa đổi Hiến pháp là việc hệ trọng").is_empty());
}

#[test]
fn bare_numbers_after_lower_case_type_words_and_years() {
    // Before punctuation a bare number is one.
    assert_eq!(
        spans("Theo nghị định số 100, mức phạt tăng."),
        ["nghị định số 100"]
    );
    // Verbs before `số`, and a year after a type name, are no references.
    assert!(spans("Ban tổ chức thông báo số 12 đã trúng giải đặc biệt.").is_empty());
    assert!(spans("Hội nghị quyết định số 15 đại biểu được bầu.").is_empty());
    assert!(spans("Báo cáo 2023 cho thấy tăng trưởng.").is_empty());
    // With a date, an issuer or a capital they are.
    assert_eq!(
        spans("theo quyết định số 45 ngày 3/2/1998 của UBND tỉnh"),
        ["quyết định số 45 ngày 3/2/1998 của UBND tỉnh"]
    );
    assert_eq!(spans("Quyết định số 45 đã nêu"), ["Quyết định số 45"]);
    assert_eq!(
        spans("Nghị quyết 1874 của Hội đồng Bảo an"),
        ["Nghị quyết 1874 của Hội đồng Bảo an"]
    );
}

#[test]
fn amending_laws_own_their_number_and_day() {
    let found = refs(
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].1,
        json!({"doc_type_name": "Luật",
               "name": "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
               "date": {"year": 2019, "month": 11, "day": 22}})
    );
    let r = doc_ref("Luật Sửa đổi, bổ sung một số điều của Luật Đất đai ngày 29 tháng 6 năm 2024");
    assert_eq!(
        r.name(),
        Some("sửa đổi, bổ sung một số điều của Luật Đất đai")
    );
    // A number or year right after the law amended is that law's.
    assert_eq!(
        spans("Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13 có hiệu lực"),
        ["Bộ luật Hình sự số 100/2015/QH13"]
    );
    assert_eq!(
        spans("Luật sửa đổi, bổ sung một số điều của Luật Đất đai năm 2013"),
        ["Luật Đất đai năm 2013"]
    );
    // Alone, and before a comma that is no part of it.
    assert_eq!(
        spans("theo Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học, các trường"),
        ["Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học"]
    );
    let found = refs(
        "khoản 15 Điều 1 của Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học quy định",
    );
    assert_eq!(found[0].1["article"], "1");
    assert_eq!(found[0].1["clause"], "15");
}

#[test]
fn numbers_sharing_one_symbol() {
    let found = refs("Quyết định số 12, 13 và 14/QĐ-UBND ngày 02/01/2024 quy định");
    let spans: Vec<_> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        spans,
        ["Quyết định số 12", "13", "14/QĐ-UBND ngày 02/01/2024"]
    );
    for ((_, v), n) in found.iter().zip(["12", "13", "14"]) {
        assert_eq!(
            v["id"],
            json!({"number": n, "doc_type": "QĐ", "issuers": ["UBND"], "form": "state"})
        );
        assert_eq!(v["doc_type_name"], "Quyết định");
        assert_eq!(v["date"], json!({"year": 2024, "month": 1, "day": 2}));
    }
    // A year is not shared (`Nghị định 100 và 123/2021/NĐ-CP`: 100 is of 2019), but the
    // numbers are still found.
    let found = refs("Thông tư số 01, 02 và 03/2025/TT-BNV quy định");
    let spans: Vec<_> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(spans, ["Thông tư số 01", "02", "03/2025/TT-BNV"]);
    assert!(found[0].1.get("id").is_none());
    assert_eq!(
        found[1].1,
        json!({"doc_type_name": "Thông tư", "number": "02"})
    );
    // The date and issuer after the list are every member's.
    let found = refs("Quy định số 41, 80-QĐ/TW của Bộ Chính trị");
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].1["issued_by"], "Bộ Chính trị");
    assert_eq!(found[0].1["id"]["issuers"], json!(["TW"]));
    // Another type's symbol is no shared one.
    let found = refs("Thông tư số 01, 02/2025/NĐ-CP");
    assert!(found[0].1.get("id").is_none());
}

#[test]
fn plenum_resolutions_named_by_their_plenum() {
    let found = refs(
        "Thực hiện Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về tiếp tục đổi mới",
    );
    assert_eq!(
        found[0].1,
        json!({"doc_type_name": "Nghị quyết", "issued_by": "Ban Chấp hành Trung ương Đảng",
               "term": 12, "plenum": 6})
    );
    let r = doc_ref("Nghị quyết Hội nghị Trung ương lần thứ sáu khóa XII");
    assert_eq!((r.plenum(), r.term()), (Some(6), Some(12)));
    assert_eq!(
        doc_ref("Nghị quyết Hội nghị lần thứ 6 (lần 2) Ban Chấp hành Trung ương khóa VIII")
            .session(),
        Some(2)
    );
    // A meeting counted without its committee or term may be any body's.
    assert!(spans("nghị quyết hội nghị lần thứ hai của chi bộ").is_empty());
}

#[test]
fn short_type_names_with_so() {
    let found = refs("Theo QĐ số 1234/QĐ-TTg ngày 5/3/2024 của Thủ tướng");
    assert_eq!(found[0].0, "QĐ số 1234/QĐ-TTg ngày 5/3/2024 của Thủ tướng");
    assert_eq!(found[0].1["doc_type_name"], "Quyết định");
    assert_eq!(spans("CV số 123/UBND-VX về việc"), ["CV số 123/UBND-VX"]);
    assert_eq!(spans("NQ số 18-NQ/TW"), ["NQ số 18-NQ/TW"]);
    // A short form and a bare number are as often something else.
    assert!(spans("CV 12 đường Lê Lợi").is_empty());
    assert!(spans("TT số 5 học sinh").is_empty());
}

#[test]
fn provisions_listed_before_a_reference() {
    let found = refs("Theo Điều 5, Điều 6 và Điều 7 Nghị định số 15/2020/NĐ-CP thì");
    let got: Vec<_> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        got,
        ["Điều 5", "Điều 6", "Điều 7 Nghị định số 15/2020/NĐ-CP"]
    );
    let articles: Vec<_> = found.iter().map(|(_, v)| v["article"].clone()).collect();
    assert_eq!(articles, [json!("5"), json!("6"), json!("7")]);
    assert!(found.iter().all(|(_, v)| v["number"] == "15"));
    // Clauses and points of the same article; items without their keyword after one with it.
    let found = refs("quy định tại khoản 1 và khoản 2 Điều 3 Thông tư 02/2025/TT-BNV");
    assert_eq!(found[0].0, "khoản 1");
    assert_eq!(
        (&found[0].1["clause"], &found[0].1["article"]),
        (&json!("1"), &json!("3"))
    );
    let found = refs("tại Điều 5, 6 và Điều 7 Luật Đất đai");
    let got: Vec<_> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(got, ["Điều 5", "6", "Điều 7 Luật Đất đai"]);
    let found = refs("điểm a, điểm b khoản 2 Điều 8 Nghị định 15/2020/NĐ-CP");
    assert_eq!(found[0].1["point"], "a");
    assert_eq!(found[0].1["clause"], "2");
    // A number before a comma with no keyword before it is no provision.
    assert_eq!(
        spans("năm 2020, Điều 7 Luật Đất đai"),
        ["Điều 7 Luật Đất đai"]
    );
}

#[test]
fn a_party_documents_term_after_its_identifier() {
    let r = doc_ref("Nghị quyết số 18-NQ/TW (khóa XII)");
    assert_eq!(r.term(), Some(12));
    let found = refs("Thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 (khóa XII), tỉnh đã");
    assert_eq!(
        found[0].0,
        "Nghị quyết số 18-NQ/TW, ngày 25/10/2017 (khóa XII)"
    );
    assert_eq!(found[0].1["term"], 12);
}

/// Found by review: a finer provision before an item of a list, a weekday after a document's
/// date, a term with a plenum or a title, a course.
#[test]
fn review_of_lists_weekdays_and_terms() {
    let found = refs("Bãi bỏ khoản 2 Điều 3, Điều 6 Nghị định số 141/2013/NĐ-CP.");
    assert!(
        found
            .iter()
            .all(|(_, v)| v["article"] != "3" || v.get("clause").is_some())
    );
    let found = refs("Theo Quyết định số 123/QĐ-UBND ngày 13/3/2024 (thứ Tư), tỉnh đã");
    assert_eq!(
        found[0].1["date"],
        json!({"year": 2024, "month": 3, "day": 13})
    );
    let r = doc_ref(
        "Nghị quyết số 18-NQ/TW (khóa XII) của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng",
    );
    assert_eq!((r.term(), r.plenum()), (Some(12), Some(6)));
    let found = refs(
        "Nghị quyết số 18-NQ/TW ngày 25/10/2017 (khóa XII) của Bộ Chính trị \"Một số vấn đề về tổ chức\" đã",
    );
    assert_eq!(found[0].1["title"], "Một số vấn đề về tổ chức");
    let found = refs("Kết luận 01-KL/TW khóa 1 lớp học đã kết thúc");
    assert!(found[0].1.get("term").is_none());
}

/// Real citations of legal text (`dev_phapdien`): the official who signs for a body, and
/// ministries issuing together.
#[test]
fn the_signing_official_and_joint_ministries_issue() {
    let found = refs(
        "Thông tư số 32/2010/TT-BCA ngày 29 tháng 9 năm 2010 của Bộ trưởng Bộ Công an quy định về công tác.",
    );
    assert_eq!(found[0].1["issued_by"], "Bộ trưởng Bộ Công an");
    assert!(
        found[0]
            .0
            .ends_with("của Bộ trưởng Bộ Công an quy định về công tác")
    );
    assert_eq!(found[0].1["title"], "quy định về công tác");
    let found = refs("Thông tư số 09/2017/TT-NHNN của Thống đốc Ngân hàng Nhà nước Việt Nam.");
    assert_eq!(
        found[0].1["issued_by"],
        "Thống đốc Ngân hàng Nhà nước Việt Nam"
    );
    let found = refs(
        "Thông tư liên tịch số 55/2015/TTLT-BTC-BKHCN ngày 22 tháng 4 năm 2015 của Liên Bộ Tài chính - Bộ Khoa học và Công nghệ hướng dẫn định mức",
    );
    assert_eq!(
        found[0].1["issued_by"],
        "Liên Bộ Tài chính - Bộ Khoa học và Công nghệ"
    );
    let found = refs(
        "Thông tư liên tịch số 144/2007/TTLT-BTC-BGDĐT-BNG ngày 05 tháng 12 năm 2007 của Liên Bộ Tài chính, Bộ Giáo dục và Đào tạo, Bộ Ngoại giao về hướng dẫn",
    );
    assert_eq!(
        found[0].1["issued_by"],
        "Liên Bộ Tài chính, Bộ Giáo dục và Đào tạo, Bộ Ngoại giao"
    );
    let r = doc_ref("Quyết định số 15/2020/QĐ-BYT của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc");
    assert_eq!(r.issued_by(), Some("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"));
}

/// Legal citations (`dev_phapdien`) write a title without quotes right after the identifier
/// and a law's name after its number; the title ends at the document's day or issuer.
#[test]
fn an_unquoted_title_or_a_laws_name_after_the_identifier() {
    let found = refs(
        "(Điều 1 Thông tư số 27/2020/TT-BCA Quy định về tập huấn và tổ chức hội thi điều lệnh, quân sự, võ thuật trong Công an nhân dân ngày 24/03/2020 của Bộ Công an, có hiệu lực)",
    );
    assert_eq!(found.len(), 1);
    let v = &found[0].1;
    assert_eq!(
        v["title"],
        "Quy định về tập huấn và tổ chức hội thi điều lệnh, quân sự, võ thuật trong Công an nhân dân"
    );
    assert_eq!(v["date"], json!({"year": 2020, "month": 3, "day": 24}));
    assert_eq!(v["issued_by"], "Bộ Công an");
    let found = refs("của Luật 81/2006/QH11 Cư trú ban hành ngày 29/11/2006;");
    assert_eq!(
        found[0].0,
        "Luật 81/2006/QH11 Cư trú ban hành ngày 29/11/2006"
    );
    assert_eq!(found[0].1["name"], "Cư trú");
    assert_eq!(
        found[0].1["date"],
        json!({"year": 2006, "month": 11, "day": 29})
    );
    let r = doc_ref("Luật số 37/2018/QH14 Công an nhân dân ngày 20/11/2018 của Quốc hội");
    assert_eq!(r.name(), Some("Công an nhân dân"));
    // The type written again before the name.
    let found = refs("Luật 41/2019/QH14 Luật thi hành án hình sự ban hành ngày 14/6/2019;");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1["name"], "Thi hành án hình sự");
    // A long listed name before its number is read whole.
    let found = refs(
        "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14 ngày 13 tháng 11 năm 2020 quy định",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1["number"], "69");
    // An identifier inside a title keeps its own day and issuer.
    let found = refs(
        "Thông tư số 80/2019/TT-BCA Hướng dẫn thực hiện Điều 7 Nghị định số 105/2015/NĐ-CP ngày 20 tháng 10 năm 2015 của Chính phủ",
    );
    assert!(found[0].1.get("title").is_none());
    assert_eq!(found.last().unwrap().1["issued_by"], "Chính phủ");
    // Without a day or an issuer to end it, or as a clause, there is no title.
    assert!(
        refs("Nghị định 15/2018/NĐ-CP về an toàn thực phẩm đã thay thế.")[0]
            .1
            .get("title")
            .is_none()
    );
    let found = refs(
        "Thông tư 09/2017/TT-BGDĐT quy định rằng các trường báo cáo ngày 5/6/2017 của Bộ Giáo dục và Đào tạo.",
    );
    assert!(found[0].1.get("title").is_none());
    // A capitalised opener right after the identifier starts a title that runs to its
    // clause's end.
    let found = refs("Thông tư 08/2013/TT-BCA Quy định về tổ chức, hoạt động của công an xã.");
    assert_eq!(
        found[0].1["title"],
        "Quy định về tổ chức, hoạt động của công an xã"
    );
    // Found by review: another sentence or clause, an effective date, a day of another
    // year, the title's object, `ban hành ngày`.
    for text in [
        "Quyết định 2222/QĐ-TTg phê duyệt Đề án. Ngày 5/3/2021, Thủ tướng ký.",
        "Thông tư 15/2014/TT-BCA quy định về đăng ký xe, theo đó từ ngày 1/6/2014 người dân phải đăng ký.",
        "Thông tư 10/2021/TT-BCA về việc cấp căn cước từ ngày 1/7/2021 có hiệu lực.",
        "Theo Nghị định 30/2020/NĐ-CP về công tác văn thư, ngày 5/3/2021, UBND tỉnh họp.",
    ] {
        let found = refs(text);
        assert!(found[0].1.get("title").is_none(), "{text}");
        assert!(found[0].1.get("issued_by").is_none(), "{text}");
    }
    // A connective after a comma ends the title.
    let found = refs(
        "Quyết định 100/QĐ-UBND về việc bãi bỏ văn bản, tuy nhiên ngày 5/5/2020 UBND tỉnh họp.",
    );
    assert_eq!(found[0].1["title"], "về việc bãi bỏ văn bản");
    assert!(found[0].1.get("date").is_none());
    // The title's object is no issuer: `về việc` opens a title to the clause's end.
    let found = refs("Quyết định số 201/QĐ-UBND về việc thu hồi đất của Công ty TNHH Minh Phát.");
    assert_eq!(
        found[0].1["title"],
        "về việc thu hồi đất của Công ty TNHH Minh Phát"
    );
    assert!(found[0].1.get("issued_by").is_none());
    let found = refs("Nghị định 15/2020/NĐ-CP ban hành ngày 3/2/2020.");
    assert!(found[0].1.get("title").is_none());
    assert_eq!(
        found[0].1["date"],
        json!({"year": 2020, "month": 2, "day": 3})
    );
}

/// Ordinances are cited by name like laws (`dev_phapdien`).
#[test]
fn ordinances_by_name() {
    let found = refs("một số điều của Pháp lệnh Cảnh sát môi trường về nhiệm vụ");
    assert_eq!(found[0].0, "Pháp lệnh Cảnh sát môi trường");
    assert_eq!(found[0].1["name"], "Cảnh sát môi trường");
    let found = refs("Pháp lệnh 06/2008/PL-UBTVQH12 Công an xã ban hành ngày 21/11/2008;");
    assert_eq!(found[0].1["name"], "Công an xã");
    assert_eq!(
        found[0].1["date"],
        json!({"year": 2008, "month": 11, "day": 21})
    );
}

/// `số` glued to its number (`dev_phapdien`).
#[test]
fn a_number_glued_to_so() {
    let found = refs("theo Quyết định số322/QĐ-TTg ngày 19/4/2000 của Thủ tướng Chính phủ.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1["number"], "322");
    assert_eq!(found[0].1["issued_by"], "Thủ tướng Chính phủ");
}

/// Found by review: a dash joins ministries only after `Liên Bộ`; bodies that sign alone;
/// names with `số`, `của`, `với` keep their year; a law's issuer is the legislature.
#[test]
fn review_of_issuers_and_law_names() {
    let found =
        refs("Nghị định 100/2019/NĐ-CP của Chính phủ - Bộ Giao thông vận tải chủ trì soạn thảo.");
    assert_eq!(found[0].1["issued_by"], "Chính phủ");
    let found = refs("Quyết định 15/QĐ-KTNN của Tổng Kiểm toán nhà nước ban hành quy chế.");
    assert_eq!(found[0].1["issued_by"], "Tổng Kiểm toán nhà nước");
    let found = refs("Thông tư 09/2017/TT-NHNN của Thống đốc NHNN quy định");
    assert_eq!(found[0].1["issued_by"], "Thống đốc NHNN");
    let found = refs(
        "của liên Bộ Tài chính, Bộ Ngoại giao: Thông tư liên tịch 144/2007/TTLT-BTC-BNG của liên Bộ Tài chính, Bộ Ngoại giao",
    );
    assert_eq!(found[0].1["issued_by"], "Liên Bộ Tài chính, Bộ Ngoại giao");
    for (text, name, year) in [
        ("theo Pháp lệnh Dân số năm 2003 thì", "Dân số", 2003),
        (
            "Pháp lệnh Ưu đãi người có công với cách mạng năm 2020 quy định",
            "Ưu đãi người có công với cách mạng",
            2020,
        ),
    ] {
        let found = refs(text);
        assert_eq!(found[0].1["name"], name, "{text}");
        assert_eq!(found[0].1["date"]["year"], year, "{text}");
    }
    let r = doc_ref("Hiến pháp ban hành ngày 28/11/2013");
    assert_eq!(r.to_string(), "Hiến pháp ngày 28/11/2013");
    let found = refs("theo Luật hộ tịch ngày 28/05/2020 của Bộ Tư pháp hướng dẫn");
    assert!(found[0].1.get("issued_by").is_none());
}

/// A law cited by name alone keeps a quoted title after it (found by the round-trip property).
#[test]
fn a_bare_law_name_and_its_title() {
    let r = doc_ref("Luật Giáo dục đại học \"về tự chủ\"");
    assert_eq!(r.name(), Some("Giáo dục đại học"));
    assert_eq!(r.title(), Some("về tự chủ"));
}

/// A tab where a converter broke a citation after `số` (`dev_phapdien`).
#[test]
fn a_tab_after_so() {
    let found = refs("Căn cứ Nghị định số\t68/2026/NĐ-CP quy định chi tiết");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "Nghị định số\t68/2026/NĐ-CP");
    assert_eq!(found[0].1["number"], "68");
}

/// Legal citations (`dev_phapdien`) write the title after the issuer too, to the clause's end;
/// in a news sentence a clause after it is no title.
#[test]
fn a_title_after_the_issuer() {
    let found = refs(
        "Quyết định số 70/2014/QĐ-TTg ngày 10 tháng 12 năm 2014 của Thủ tướng Chính phủ ban hành Điều lệ trường đại học;",
    );
    assert_eq!(found[0].1["title"], "ban hành Điều lệ trường đại học");
    let found =
        refs("Thông tư 40/2021/TT-BTC của Bộ Tài chính hướng dẫn thuế đối với hộ kinh doanh.");
    assert_eq!(found[0].1["title"], "hướng dẫn thuế đối với hộ kinh doanh");
    let found =
        refs("Nghị định 15/2020/NĐ-CP của Chính phủ về xử phạt, có hiệu lực từ ngày 15/4/2020.");
    assert_eq!(found[0].1["title"], "về xử phạt");
    let found = refs(
        "Theo Nghị định 100/2019/NĐ-CP của Chính phủ quy định xử phạt vi phạm hành chính, người vi phạm sẽ bị phạt.",
    );
    assert!(found[0].1.get("title").is_none());
}

/// Found by review: a title after the issuer ends before a clause of the sentence; `luật sư`
/// after a law's number is lawyers.
#[test]
fn review_of_titles_after_issuers() {
    let found = refs(
        "Nghị định 30/2020/NĐ-CP của Chính phủ về công tác văn thư được ban hành năm 2020 nhưng chưa áp dụng.",
    );
    assert!(found[0].1.get("title").is_none());
    let found = refs("Luật 59/2020/QH14 luật sư phải tuân thủ.");
    assert!(found[0].1.get("name").is_none());
    // An abbreviated body ends before the verb.
    let found = refs("Thông tư 12/2020/TT-BGTVT của Bộ GTVT quy định về đăng kiểm");
    assert_eq!(found[0].1["issued_by"], "Bộ GTVT");
    assert_eq!(found[0].1["title"], "quy định về đăng kiểm");
}

/// Type names that name no document (`quy định tại`, `Thông tư này`) give nothing; the same
/// words before a number, a law's name or a congress still give references.
#[test]
fn type_names_without_numbers() {
    assert!(
        refs(
            "Trường hợp quy định tại Điều 5 Thông tư này thì áp dụng theo quy định của Chính phủ."
        )
        .is_empty()
    );
    assert!(refs("Chương trình đào tạo được xây dựng theo kế hoạch của nhà trường.").is_empty());
    let found = refs(
        "Theo Quyết định số 1234/QĐ-UBND ngày 5/3/2020 của UBND tỉnh, Luật Đất đai năm 2013 và Nghị quyết Đại hội XIII của Đảng.",
    );
    let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        spans,
        [
            "Quyết định số 1234/QĐ-UBND ngày 5/3/2020 của UBND tỉnh",
            "Luật Đất đai năm 2013",
            "Nghị quyết Đại hội XIII của Đảng"
        ]
    );
}

/// Found by a probe of the corpus: a title right after the identifier, opened by `về việc` or
/// a capitalised verb, runs to the end of its clause (a quoted name inside it, `như sau:` and
/// `bao gồm:` left out); one that runs into the end of a paragraph is not taken, as a
/// converter may have broken its line there.
#[test]
fn titles_right_after_identifiers() {
    // (text, the first reference's title; none where empty)
    let cases = [
        (
            "Căn cứ Nghị định 104/2017/NĐ-CP Quy định xử phạt vi phạm hành chính trong lĩnh vực phòng, chống thiên tai; khai thác và bảo vệ công trình thủy lợi;",
            "Quy định xử phạt vi phạm hành chính trong lĩnh vực phòng, chống thiên tai",
        ),
        (
            "Theo Quyết định số 774/QĐ-BYT về việc ban hành danh mục 02 sinh phẩm chẩn đoán.",
            "về việc ban hành danh mục 02 sinh phẩm chẩn đoán",
        ),
        (
            "Ban hành kèm theo Quyết định số 20/2001/QĐ-BGDĐT Về việc ban hành \"Quy chế tuyển sinh sau đại học\".",
            "Về việc ban hành \"Quy chế tuyển sinh sau đại học\"",
        ),
        (
            "Nghị định 70/2001/NĐ-CP Quy định chi tiết thi hành Luật Hôn nhân và gia đình như sau:",
            "Quy định chi tiết thi hành Luật Hôn nhân và gia đình",
        ),
        // A predicate is no title; a lower-case `về` alone opens none.
        (
            "Theo Quyết định 123/QĐ-UBND về việc thu hồi đất, người dân phải di dời.",
            "",
        ),
        (
            "Thông tư 01/2020/TT-BTC Hướng dẫn thu phí được ban hành năm 2020.",
            "",
        ),
        // Up to the end of the paragraph only: no title.
        (
            "Thông tư liên tịch 34/2012/TTLT-BYT-BLĐTBXH Quy định chi tiết về việc xác định mức độ khuyết tật do",
            "",
        ),
    ];
    for (text, title) in cases {
        let found = refs(text);
        let got = found[0]
            .1
            .get("title")
            .and_then(|t| t.as_str())
            .unwrap_or("");
        assert_eq!(got, title, "{text}");
    }
}

/// Found by a probe of the corpus: a bill (`Dự luật`) is no law.
#[test]
fn bills_are_no_laws() {
    assert!(refs("Dự luật Brady năm 1993 được thông qua.").is_empty());
    assert_eq!(refs("Luật Đất đai năm 2013 có hiệu lực.").len(), 1);
}

/// Found by a review and a probe: `T.Ư` for the Central Committee, programmes of action as a
/// type, and an unquoted title after the document's day (the issuer after the title ends it).
#[test]
fn dotted_codes_programmes_and_titles_after_the_day() {
    let found = serde_json::to_value(doc_ref("Nghị quyết số 10-NQ/T.Ư")).unwrap();
    assert_eq!(found["id"]["issuers"], json!(["TW"]));
    let found = serde_json::to_value(doc_ref("Chương trình hành động số 10-CTr/TU")).unwrap();
    assert_eq!(found["doc_type_name"], "Chương trình hành động");
    let found = refs(
        "Căn cứ Thông tư 10/2009/TT-BGDĐT ngày 7/5/2009 ban hành Quy chế tuyển sinh và đào tạo trình độ tiến sĩ của Bộ trưởng Bộ Giáo dục và Đào tạo;",
    );
    assert_eq!(
        found[0].1["title"],
        "ban hành Quy chế tuyển sinh và đào tạo trình độ tiến sĩ"
    );
    assert_eq!(found[0].1["issued_by"], "Bộ trưởng Bộ Giáo dục và Đào tạo");
    let found = refs(
        "Thông tư 22/2019/TT-BGDĐT của Bộ Giáo dục và Đào tạo quy định chế độ báo cáo định kỳ, đồng thời cập nhật dữ liệu.",
    );
    assert_eq!(found[0].1["title"], "quy định chế độ báo cáo định kỳ");
    // Found by review: after the day, a title only in a citation (ended by `;` or `)`); before
    // a full stop the verb is the sentence's.
    let found = refs(
        "Nghị định 100/2019/NĐ-CP ngày 30/12/2019 quy định mức phạt tiền từ 6 đến 8 triệu đồng đối với người điều khiển xe máy có nồng độ cồn.",
    );
    assert_eq!(found[0].0, "Nghị định 100/2019/NĐ-CP ngày 30/12/2019");
    assert!(found[0].1.get("title").is_none());
    // `về việc này` names the matter said before; a quoted name then a comma ends a title.
    assert!(
        refs("Công văn số 789/UBND-KT về việc này.")[0]
            .1
            .get("title")
            .is_none()
    );
    let found = refs(
        "Quyết định số 911/QĐ-TTg ngày 17/6/2010 của Thủ tướng Chính phủ về Đề án \"Đào tạo giảng viên có trình độ tiến sĩ\", các trường đã cử giảng viên.",
    );
    assert_eq!(
        found[0].1["title"],
        "về Đề án \"Đào tạo giảng viên có trình độ tiến sĩ\""
    );
    // A colon inside a code is no stop.
    let found = refs("Thông tư 01/2021/TT-BXD ban hành QCVN 01:2021/BXD về quy hoạch xây dựng;");
    assert!(
        found
            .iter()
            .any(|(s, _)| s == "QCVN 01:2021/BXD về quy hoạch xây dựng")
    );
}

/// Found by a probe of the corpus: a tab where a converter broke a sentence's line (a word or
/// comma before it, a lower-case word after it) is a space; a tab before a capital still ends
/// a paragraph.
#[test]
fn lines_broken_by_a_converter() {
    let text =
        "Căn cứ Tờ trình số 906/TTr-BGDĐT ngày 29 tháng 5\tnăm 2026 của Bộ Giáo dục và Đào tạo;";
    let found = refs(text);
    assert_eq!(
        found[0].0,
        "Tờ trình số 906/TTr-BGDĐT ngày 29 tháng 5\tnăm 2026 của Bộ Giáo dục và Đào tạo"
    );
    assert_eq!(
        found[0].1["date"],
        json!({"year": 2026, "month": 5, "day": 29})
    );
    let found = refs("theo quy định của Luật Quản\tlý thuế.");
    assert_eq!(found[0].1["name"], "Quản lý thuế");
    // A new paragraph: the law's name ends at the tab.
    let found = refs("theo Luật Đất đai\tNăm 2024, giá đất tăng.");
    assert_eq!(found[0].0, "Luật Đất đai");
}

/// Found by a probe of the corpus: the issuer before the number, the day in parentheses, and
/// the day a document was signed or granted.
#[test]
fn issuer_before_number_and_days_in_parentheses() {
    let found = refs(
        "Nghị định của Chính phủ số 15/2007/NĐ-CP ngày 26 tháng 1 năm 2007 \"Về phân loại đơn vị hành chính cấp tỉnh và cấp huyện\".",
    );
    assert_eq!(found[0].1["issued_by"], "Chính phủ");
    assert_eq!(found[0].1["number"], "15");
    let found = refs("Kế hoạch 4464/KH-SYT (ngày 22/9) của Sở Y tế Đà Nẵng được triển khai.");
    assert_eq!(found[0].1["date"], json!({"month": 9, "day": 22}));
    assert_eq!(found[0].1["issued_by"], "Sở Y tế Đà Nẵng");
    let found = refs("Theo quyết định số 55/GP-TTĐT cấp ngày 02/10/2014 của Cục Phát thanh.");
    assert_eq!(
        found[0].1["date"],
        json!({"year": 2014, "month": 10, "day": 2})
    );
    // `quy định của` with no number after it is no reference.
    assert!(refs("Theo quy định của Bộ Tài chính, số tiền này được hoàn lại.").is_empty());
}

/// Found by a probe of citations: numbers listed after a type name without identifiers, the
/// issuer after the last every one's; a count after a number ends the list.
#[test]
fn numbers_listed_after_a_type() {
    let found = refs("Nghị quyết 57, 59, 66 và 68 của Bộ Chính trị là bộ tứ trụ cột.");
    let numbers: Vec<&str> = found
        .iter()
        .map(|(_, v)| v["number"].as_str().unwrap())
        .collect();
    assert_eq!(numbers, ["57", "59", "66", "68"]);
    assert!(found.iter().all(|(_, v)| v["issued_by"] == "Bộ Chính trị"));
    let found = refs("Nghị định 71/2024, 88/2024 và 101/2024 hướng dẫn thi hành.");
    assert_eq!(found.len(), 3);
    assert_eq!(found[2].1["year"], 2024);
    assert_eq!(refs("Theo Thông tư 15, 20 người bị phạt.").len(), 1);
}

/// Found by a probe of citations: judgments and licences are types of their own.
#[test]
fn judgments_and_licences() {
    let found = refs("Theo Bản án số 167/2023/HS-PT ngày 12/5/2023, bị cáo bị phạt tù.");
    assert_eq!(found[0].0, "Bản án số 167/2023/HS-PT ngày 12/5/2023");
    assert_eq!(found[0].1["doc_type_name"], "Bản án");
    let found = refs("Công ty được cấp Giấy phép số 110/GP-UBND.");
    assert_eq!(found[0].0, "Giấy phép số 110/GP-UBND");
}

/// Found by a review of this release: decimals, years and counts of time after a listed
/// number end the list; a table cell after a number is no line a converter broke.
#[test]
fn lists_end_at_decimals_years_and_counts() {
    assert_eq!(
        refs("Nghị quyết 128, 1,2 triệu liều vắc xin đã về.").len(),
        1
    );
    assert_eq!(refs("Nghị quyết 68, 2025 là năm bản lề.").len(), 1);
    assert_eq!(refs("Nghị định 15 và 20 năm qua.").len(), 1);
    let found = refs("Nghị định 15\tngười dân phản ánh");
    assert_eq!(found[0].0, "Nghị định 15");
}

/// Found by a review of error messages: an input that ends where more words were wanted says
/// so, not that a space was expected.
#[test]
fn input_that_ends_too_soon() {
    let e = DocRef::parse("Nghị định").unwrap_err();
    assert_eq!(e.offset(), "Nghị định".len());
    assert_eq!(e.expected(), Some("more words (the input ends here)"));
}

/// Courts and procuracies issue judgments and decisions: named by level and place like
/// councils.
#[test]
fn courts_and_procuracies_as_issuers() {
    let r = doc_ref("Bản án số 25/2023/HS-ST ngày 12/5/2023 của Tòa án nhân dân tỉnh Bình Dương");
    assert_eq!(r.issued_by(), Some("Tòa án nhân dân tỉnh Bình Dương"));
    let r = doc_ref("Bản án số 12/2024/HS-PT của Toà án nhân dân cấp cao tại Đà Nẵng");
    assert_eq!(r.issued_by(), Some("Tòa án nhân dân cấp cao tại Đà Nẵng"));
    let r = doc_ref("Quyết định số 5/QĐ-VKSND của VKSND thị xã Sơn Tây");
    assert_eq!(r.issued_by(), Some("VKSND thị xã Sơn Tây"));
}

/// A bill that revises a law is named with its mark until it is passed.
#[test]
fn bills_revising_a_law() {
    let found = refs("Quốc hội thảo luận dự án Luật Đất đai (sửa đổi) tại hội trường.");
    assert_eq!(found[0].0, "Luật Đất đai (sửa đổi)");
    assert_eq!(found[0].1["name"], "Đất đai (sửa đổi)");
    let r = doc_ref("Bộ luật lao động (sửa đổi bổ sung)");
    assert_eq!(r.name(), Some("Lao động (sửa đổi, bổ sung)"));
    assert_eq!(r.to_string().parse::<DocRef>().unwrap(), r);
    let found = refs("Quốc hội thảo luận dự thảo Luật Đất đai sửa đổi tại hội trường.");
    assert_eq!(found[0].1["name"], "Đất đai (sửa đổi)");
    // With its year it is the law passed: the mark is no part of its name.
    let r = doc_ref("Luật Viên chức sửa đổi năm 2019");
    assert_eq!(
        (r.name(), r.date().and_then(|d| d.year())),
        (Some("Viên chức"), Some(2019))
    );
    assert_eq!(
        doc_ref("Luật Đất đai (sửa đổi) năm 2024").name(),
        Some("Đất đai")
    );
}

/// A steering committee named by its field issues documents under that whole name.
#[test]
fn issuers_named_by_their_field() {
    let r = doc_ref(
        "Kết luận số 5-KL/BCĐTW của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực",
    );
    assert_eq!(
        r.issued_by(),
        Some("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực")
    );
    let r = doc_ref("Quyết định số 5/QĐ-UBND của Hội đồng nhân dân tỉnh về việc ban hành quy chế");
    assert_eq!(r.issued_by(), Some("Hội đồng nhân dân tỉnh"));
    assert_eq!(r.title(), Some("về việc ban hành quy chế"));
}

/// `mới` after a noun is an adjective of the title (`đổi mới`, `tình hình mới`), not the
/// adverb of a predicate.
#[test]
fn titles_with_new() {
    let found = refs("Chỉ thị số 39-CT/TW của Bộ Chính trị về đổi mới hoạt động.");
    assert_eq!(found[0].1["title"], "về đổi mới hoạt động");
    let found = refs("Chỉ thị số 39-CT/TW của Bộ Chính trị về tình hình mới.");
    assert_eq!(found[0].1["title"], "về tình hình mới");
    let found = refs("Nghị định số 30/2020/NĐ-CP của Chính phủ về công tác văn thư mới ban hành.");
    assert!(found[0].1.get("title").is_none());
}

/// A body after a comma whose verb follows is the next clause's subject, not an issuer.
#[test]
fn issuers_end_before_the_next_clause() {
    let found = refs(
        "Thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy đã ban hành kế hoạch.",
    );
    assert_eq!(found[0].0, "Chỉ thị 35-CT/TW của Bộ Chính trị");
    assert_eq!(found[0].1["issued_by"], "Bộ Chính trị");
    let r = doc_ref("Thông tư liên tịch số 12/2010/TTLT-BTC-BNV của Bộ Tài chính, Bộ Nội vụ");
    assert_eq!(r.issued_by(), Some("Bộ Tài chính, Bộ Nội vụ"));
    let found = refs(
        "Theo Thông tư liên tịch số 2076/TTLT-BQP-BTC của Bộ Quốc phòng, Bộ Tài chính về chế độ.",
    );
    assert_eq!(found[0].1["issued_by"], "Bộ Quốc phòng, Bộ Tài chính");
}

/// A day after a comma that the sentence's subject follows is the day of the sentence's event.
#[test]
fn the_day_of_the_event_after_a_reference() {
    let text = "Để triển khai Nghị quyết 57-NQ/TW, ngày 15/3/2025, Tỉnh ủy tổ chức hội nghị.";
    let found = refs(text);
    assert_eq!(found[0].0, "Nghị quyết 57-NQ/TW");
    assert!(found[0].1.get("date").is_none());
    let dates: Vec<_> = vanban::find_iter(text)
        .filter(|m| m.kind() == vanban::Kind::Date)
        .map(|m| m.as_str().to_owned())
        .collect();
    assert_eq!(dates, ["ngày 15/3/2025"]);
    // The document's own day goes on with its issuer, or a legal basis cites it.
    let found = refs("Quy định số 126-QĐ/TW, ngày 28-2-2018 của Bộ Chính trị.");
    assert_eq!(found[0].1["date"]["day"], 28);
    let found = refs("Căn cứ Nghị quyết số 1/NQ, ngày 1 tháng 3 năm 1990, hội nghị đã thông qua.");
    assert_eq!(found[0].1["date"]["year"], 1990);
}

/// Found by a probe of Party news: local Party bodies and standing members as issuers, and
/// the plenum a resolution was adopted at.
#[test]
fn local_party_issuers_and_plenums() {
    let issuer = |s: &str| doc_ref(s).issued_by().map(str::to_owned);
    assert_eq!(
        issuer("Báo cáo số 15-BC/ĐĐ ngày 12/6/2023 của Đảng đoàn Hội Nông dân tỉnh").as_deref(),
        Some("Đảng đoàn Hội Nông dân tỉnh")
    );
    assert_eq!(
        issuer("Kết luận số 05-KL/TW của Ban cán sự đảng Chính phủ").as_deref(),
        Some("Ban cán sự đảng Chính phủ")
    );
    assert_eq!(
        issuer("Nghị quyết số 09-NQ/ĐU ngày 20/12/2022 của Đảng ủy Khối các cơ quan tỉnh")
            .as_deref(),
        Some("Đảng ủy Khối các cơ quan tỉnh")
    );
    assert_eq!(
        issuer("Thông báo kết luận số 1025-TB/TU ngày 20-4-2024 của Thường trực Tỉnh ủy")
            .as_deref(),
        Some("Thường trực Tỉnh ủy")
    );
    let r = doc_ref(
        "Nghị quyết số 27-NQ/TW ngày 09/11/2022 tại Hội nghị lần thứ sáu Ban Chấp hành Trung ương \
         Đảng khóa XIII",
    );
    assert_eq!((r.plenum(), r.term()), (Some(6), Some(13)));
}

/// Words that say which kind of a type the document is come between the type name and `số`:
/// the span takes them, the type stays the one named.
#[test]
fn qualified_type_names() {
    let found = refs("Tỉnh ủy ban hành Nghị quyết chuyên đề số 03-NQ/TU về chuyển đổi số.");
    assert_eq!(
        found[0].0,
        "Nghị quyết chuyên đề số 03-NQ/TU về chuyển đổi số"
    );
    assert_eq!(found[0].1["doc_type_name"], "Nghị quyết");
    let r = doc_ref("Công văn hỏa tốc số 88/UBND-TH ngày 06/9/2024");
    assert_eq!(r.doc_type_name(), Some("Công văn"));
    assert_eq!(r.to_string().parse::<DocRef>().unwrap(), r);
    // A protocol is no decree; `này` points back.
    assert!(refs("Nghị định thư số 14 được ký kết.").is_empty());
    assert!(refs("Kế hoạch này số 5 người tham gia.").is_empty());
}

/// An unquoted title right after the identifier that opens with `về` and ends its clause; an
/// ellipsis is no part of a title.
#[test]
fn titles_with_ve_after_the_identifier() {
    let found = refs("Nghị định số 30/2020/NĐ-CP về công tác văn thư.");
    assert_eq!(found[0].1["title"], "về công tác văn thư");
    let r = doc_ref("Nghị định số 30/2020/NĐ-CP về công tác văn thư.");
    assert_eq!(r.title(), Some("về công tác văn thư"));
    let found = refs("Chỉ thị số 27/CT-TTg ngày 3/10/2021 của Thủ tướng Chính phủ về việc phục ..");
    assert_eq!(found[0].1["title"], "về việc phục");
    let found = refs("Quyết định số 2826/QĐ-BTNMT của Bộ Tài nguyên và Môi trường về việc ..");
    assert!(found[0].1.get("title").is_none());
    // Without the clause's end, where it ends cannot be told.
    assert_eq!(
        spans(
            "Theo Nghị định 100/2019/NĐ-CP về xử phạt vi phạm hành chính trong lĩnh vực giao thông"
        ),
        ["Nghị định 100/2019/NĐ-CP"]
    );
}

/// A title ends before a body after a comma that its verb follows: the next clause's subject.
#[test]
fn titles_end_before_the_next_subject() {
    let found =
        refs("Nghị định số 30/2020/NĐ-CP của Chính phủ về công tác văn thư, Bộ Nội vụ hướng dẫn.");
    assert_eq!(found[0].1["title"], "về công tác văn thư");
    // Bodies listed in a title stay in it.
    let found = refs(
        "Quyết định số 13/2013/QĐ-TTg của Thủ tướng Chính phủ quy định về chế độ đối với cán bộ \
         Đoàn Thanh niên, Hội Sinh viên Việt Nam trong các cơ sở giáo dục;",
    );
    assert_eq!(
        found[0].1["title"],
        "quy định về chế độ đối với cán bộ Đoàn Thanh niên, Hội Sinh viên Việt Nam trong các cơ \
         sở giáo dục"
    );
}

/// The issuer after the last of a list of identifiers is every one's, with its term.
#[test]
fn lists_share_their_issuer_and_term() {
    let found = refs("Thực hiện Nghị quyết 01/NQ-CP và 02/NQ-CP ngày 05/01/2024 của Chính phủ.");
    assert_eq!(found[0].1["issued_by"], "Chính phủ");
    // The day is the last one's: the others may have their own.
    assert!(found[0].1.get("date").is_none());
    let found = refs("Nghị quyết số 18, 19-NQ/TW của Ban Chấp hành Trung ương khóa XII.");
    assert_eq!(found[0].1["term"], 12);
}

/// Found by a review of this session's rules against the build before it.
#[test]
fn review_of_the_party_news_rules() {
    // A steering committee's `về` starts a title unless a committee's field follows.
    let r = doc_ref("Thông báo số 5/TB-BCĐ của Ban Chỉ đạo tỉnh về tình hình dịch bệnh");
    assert_eq!(r.issued_by(), Some("Ban Chỉ đạo tỉnh"));
    assert_eq!(r.title(), Some("về tình hình dịch bệnh"));
    let r = doc_ref(
        "Kế hoạch số 15/KH-BCĐ của Ban Chỉ đạo 35 Trung ương về tổ chức Giải Búa liềm vàng",
    );
    assert_eq!(r.issued_by(), Some("Ban Chỉ đạo 35 Trung ương"));
    // A `về` title after the identifier ends at a comma; `về` before a place is the verb.
    let found =
        refs("Theo Quyết định 1234/QĐ-UBND về phê duyệt dự án, tổng vốn đầu tư là 500 tỷ đồng.");
    assert_eq!(found[0].1["title"], "về phê duyệt dự án");
    assert!(
        refs("Công văn số 123/UBND-VX về tới xã chậm hai tuần.")[0]
            .1
            .get("title")
            .is_none()
    );
    // The strict parser still takes it to the end.
    let r = doc_ref("Nghị định 15/2020/NĐ-CP về xử phạt trong lĩnh vực bưu chính, viễn thông.");
    assert_eq!(
        r.title(),
        Some("về xử phạt trong lĩnh vực bưu chính, viễn thông")
    );
    // The Party's citation names its issuer after the day without `của`.
    let found = refs("Kết luận số 01-KL/TW, ngày 18/5/2021, Bộ Chính trị về tiếp tục thực hiện.");
    assert_eq!(found[0].1["date"]["day"], 18);
    // Joint documents keep every issuer whatever follows.
    let found = refs(
        "Thông tư liên tịch số 09/2014/TTLT-BYT-BTC của Bộ Y tế, Bộ Tài chính tổ chức thực hiện.",
    );
    assert_eq!(found[0].1["issued_by"], "Bộ Y tế, Bộ Tài chính");
    // `sửa đổi` before its object is the verb.
    let found = refs("Luật Thuế tài nguyên sửa đổi thuế suất đối với khoáng sản.");
    assert_eq!(found[0].1["name"], "Thuế tài nguyên");
}

/// `NĐ`, `QĐ`, `NQ` name nothing else: a bare number after them that a stop or a list follows
/// is a document's (`CV 12`, `TT số 5` still need more).
#[test]
fn distinct_abbreviations_with_bare_numbers() {
    assert_eq!(spans("Theo NĐ 30, các cơ quan phải thực hiện."), ["NĐ 30"]);
    assert_eq!(
        spans("Thực hiện NQ 57 và NQ 59 của Bộ Chính trị."),
        ["NQ 57", "NQ 59 của Bộ Chính trị"]
    );
    assert!(spans("Xe buýt CV 12, tuyến số 5.").is_empty());
}
