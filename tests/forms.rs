//! One test per family of date forms the README's table "What the date parser reads" lists,
//! plus the "Not dates" paragraph and the Unicode promises. Every example is checked through
//! the public API only: strict parsing with field accessors, the serde JSON, the canonical
//! `Display`, the scanner's spans and values, and resolution against a fixed reference.
//!
//! Tests named `bug_*` are ignored: each records a library defect found while writing this
//! file, with the expectation the README's rules give.

use chrono::{DateTime, FixedOffset};
use serde_json::json;
use vanban::{
    CanChi, Date, DateValue, Direction, Kind, Mentions, ParseErrorKind, PartOfDay, PeriodPart,
    Scanner, Season, TimeUnit, Warning, Weekday,
};

/// The date mentions of `text` (these tests are about dates only).
fn dates(text: &str) -> Mentions<'_> {
    static DATES: std::sync::OnceLock<Scanner> = std::sync::OnceLock::new();
    DATES
        .get_or_init(|| Scanner::with_kinds(&[Kind::Date]))
        .find_iter(text)
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// The reference instant of the resolution tests: a dateline, Wednesday 27 November 2019,
/// 14:46 in Vietnam.
fn reference() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2019-11-27T14:46:00+07:00").unwrap()
}

/// Strict parse that must succeed; also checks that `Display` parses back to an equal value
/// and that the serde JSON deserialises back to an equal value.
fn parse(s: &str) -> DateValue {
    let v = DateValue::parse(s).unwrap_or_else(|e| panic!("{s:?} should parse: {e}"));
    let shown = v.to_string();
    assert_eq!(
        DateValue::parse(&shown).as_ref(),
        Ok(&v),
        "Display of {s:?} ({shown:?}) should parse back equal"
    );
    let j = serde_json::to_value(v).unwrap();
    assert_eq!(
        serde_json::from_value::<DateValue>(j.clone()).ok(),
        Some(v),
        "serde of {s:?} ({j}) should round-trip"
    );
    v
}

/// Strict parse of a single date (not a range).
fn date(s: &str) -> Date {
    *parse(s)
        .as_single()
        .unwrap_or_else(|| panic!("{s:?} should be a single date"))
}

/// The serde JSON of the strict parse of `s`.
fn json_of(s: &str) -> serde_json::Value {
    serde_json::to_value(parse(s)).unwrap()
}

/// `(start, end, grain)` of `s` resolved against [`reference`].
fn resolve(s: &str) -> (String, String, TimeUnit) {
    let r = parse(s)
        .resolve(reference())
        .unwrap_or_else(|| panic!("{s:?} should resolve"));
    (r.start().to_rfc3339(), r.end().to_rfc3339(), r.grain())
}

fn resolved(start: &str, end: &str, grain: TimeUnit) -> (String, String, TimeUnit) {
    (start.to_string(), end.to_string(), grain)
}

/// The spans the default scanner finds in `text`.
fn spans(text: &str) -> Vec<&str> {
    dates(text).map(|m| m.as_str()).collect()
}

/// The values of the date mentions of `text`, as JSON.
fn values(text: &str) -> Vec<serde_json::Value> {
    dates(text)
        .map(|m| serde_json::to_value(m.value()).unwrap())
        .collect()
}

/// The one mention the scanner must find in `text`; checks that its span is `expected`
/// (found verbatim in `text`) and returns its value as JSON.
fn only_mention(text: &str, expected: &str) -> serde_json::Value {
    let found: Vec<_> = dates(text).collect();
    assert_eq!(
        found.iter().map(|m| m.as_str()).collect::<Vec<_>>(),
        [expected],
        "mentions in {text:?}"
    );
    let m = &found[0];
    let at = text.find(expected).unwrap();
    assert_eq!((m.start(), m.end()), (at, at + expected.len()), "{text:?}");
    assert_eq!(&text[m.range()], expected);
    assert!(m.warnings().is_empty(), "{text:?}: {:?}", m.warnings());
    serde_json::to_value(m.value()).unwrap()
}

/// The strict parse of `s` must fail with `kind` at byte `offset`.
fn assert_error(s: &str, kind: ParseErrorKind, offset: usize) {
    let err = DateValue::parse(s).expect_err(s);
    assert_eq!((err.kind(), err.offset()), (kind, offset), "{s:?}: {err}");
    assert!(s.is_char_boundary(err.offset()));
}

fn ymd(d: &Date) -> (Option<i32>, Option<u8>, Option<u8>) {
    (d.year(), d.month(), d.day())
}

// ---------------------------------------------------------------------------------------------
// 1. Numeric dates
// ---------------------------------------------------------------------------------------------

#[test]
fn numeric_dates() {
    // Every separator, day first.
    for (s, y, m, d) in [
        ("27/11/2019", 2019, 11, 27),
        ("28-2-2018", 2018, 2, 28),
        ("15.02.2020", 2020, 2, 15),
        ("2020-02-15", 2020, 2, 15),
        ("03/09/2021", 2021, 9, 3),
        ("01.01.2000", 2000, 1, 1),
        ("29/2/2020", 2020, 2, 29),
        ("2/9/1945", 1945, 9, 2),
    ] {
        let v = date(s);
        assert_eq!(ymd(&v), (Some(y), Some(m), Some(d)), "{s}");
        assert_eq!(
            v.to_naive_date(),
            chrono::NaiveDate::from_ymd_opt(y, m.into(), d.into())
        );
        assert_eq!(v.weekday(), None, "{s}: no weekday was written");
        assert_eq!(v.hour(), None);
    }

    // Day first always, even when both halves could be a month.
    let v = date("03/04/2021");
    assert_eq!((v.day(), v.month()), (Some(3), Some(4)));
    let v = date("12-01-2022");
    assert_eq!((v.day(), v.month()), (Some(12), Some(1)));

    // JSON and canonical Display: leading zeros dropped, `/` as separator.
    assert_eq!(
        json_of("27/11/2019"),
        json!({"year": 2019, "month": 11, "day": 27})
    );
    assert_eq!(
        json_of("15.02.2020"),
        json!({"year": 2020, "month": 2, "day": 15})
    );
    assert_eq!(parse("28-2-2018").to_string(), "28/2/2018");
    assert_eq!(parse("15.02.2020").to_string(), "15/2/2020");
    assert_eq!(parse("2020-02-15").to_string(), "15/2/2020");
    assert_eq!(parse("03/09/2021").to_string(), "3/9/2021");

    // Two-digit years pivot at 30.
    for (s, y) in [
        ("3/9/91", 1991),
        ("2/9/45", 1945),
        ("1/1/25", 2025),
        ("15/6/29", 2029),
        ("15/6/31", 1931),
        ("30/4/75", 1975),
        ("07.05.54", 1954),
    ] {
        assert_eq!(date(s).year(), Some(y), "{s}");
    }
    assert_eq!(parse("3/9/91").to_string(), "3/9/1991");

    // A full date resolves to its day, whatever the reference.
    assert_eq!(
        resolve("15.02.2020"),
        resolved(
            "2020-02-15T00:00:00+07:00",
            "2020-02-16T00:00:00+07:00",
            TimeUnit::Day
        )
    );

    // In running text.
    let text = "Ngày 15.02.2020, Ủy ban nhân dân tỉnh phê duyệt dự án.";
    assert_eq!(
        only_mention(text, "Ngày 15.02.2020"),
        json!({"year": 2020, "month": 2, "day": 15})
    );
    let text = "Ông sinh ngày 3/9/91 tại Thừa Thiên Huế.";
    assert_eq!(
        only_mention(text, "ngày 3/9/91"),
        json!({"year": 1991, "month": 9, "day": 3})
    );
    let text = "Văn bản có hiệu lực từ (27/11/2019) theo thông báo.";
    assert_eq!(
        only_mention(text, "27/11/2019"),
        json!({"year": 2019, "month": 11, "day": 27})
    );
    let text = "Quyết định 1234/QĐ-UBND ngày 15/5/2021 của UBND tỉnh.";
    assert_eq!(
        only_mention(text, "ngày 15/5/2021"),
        json!({"year": 2021, "month": 5, "day": 15})
    );
}

// ---------------------------------------------------------------------------------------------
// 2. Partial dates, month-year, year
// ---------------------------------------------------------------------------------------------

#[test]
fn partial_dates() {
    // Day and month.
    for (s, m, d) in [("27-11", 11, 27), ("20/9", 9, 20), ("ngày 30/4", 4, 30)] {
        let v = date(s);
        assert_eq!(ymd(&v), (None, Some(m), Some(d)), "{s}");
        assert_eq!(v.to_naive_date(), None, "{s}: no year");
    }
    assert_eq!(json_of("27-11"), json!({"month": 11, "day": 27}));
    assert_eq!(parse("27-11").to_string(), "27/11");
    assert_eq!(parse("ngày 30/4").to_string(), "30/4");

    // Month and year.
    for (s, y, m) in [
        ("tháng 02/2020", 2020, 2),
        ("tháng 3-2020", 2020, 3),
        ("tháng 10 năm 2017", 2017, 10),
        ("tháng mười năm 2017", 2017, 10),
        ("Tháng Giêng năm 2023", 2023, 1),
    ] {
        assert_eq!(ymd(&date(s)), (Some(y), Some(m), None), "{s}");
    }
    assert_eq!(json_of("tháng 02/2020"), json!({"year": 2020, "month": 2}));
    assert_eq!(parse("tháng 02/2020").to_string(), "tháng 2/2020");
    assert_eq!(parse("tháng mười năm 2017").to_string(), "tháng 10/2017");

    // Month names: Giêng and Chạp name the first and last lunar months only.
    assert_eq!(json_of("tháng Giêng"), json!({"month": 1, "lunar": true}));
    assert_eq!(json_of("tháng Chạp"), json!({"month": 12, "lunar": true}));
    assert_eq!(parse("tháng Chạp").to_string(), "tháng 12 âm lịch");
    assert_eq!(json_of("tháng mười hai"), json!({"month": 12}));

    // Years, before the common era negative.
    assert_eq!(json_of("năm 2019"), json!({"year": 2019}));
    assert_eq!(json_of("năm 179 TCN"), json!({"year": -179}));
    assert_eq!(date("năm 179 TCN").year(), Some(-179));
    assert_eq!(parse("năm 179 TCN").to_string(), "năm 179 TCN");

    // Resolution: a partial date takes the year that puts it from nine months before the
    // reference to three months after, a bare month too (`tháng 3` in a November article is
    // the March just gone, `ngày 28/12` in a January one last December).
    assert_eq!(
        resolve("27-11"),
        resolved(
            "2019-11-27T00:00:00+07:00",
            "2019-11-28T00:00:00+07:00",
            TimeUnit::Day
        )
    );
    assert_eq!(
        resolve("ngày 30/4"),
        resolved(
            "2019-04-30T00:00:00+07:00",
            "2019-05-01T00:00:00+07:00",
            TimeUnit::Day
        )
    );
    // The lunar first month nearest the reference, as a solar month is placed: late in
    // November 2019 the coming one (Tết Canh Tý on 25 January 2020).
    assert_eq!(
        resolve("tháng Giêng"),
        resolved(
            "2020-01-25T00:00:00+07:00",
            "2020-02-23T00:00:00+07:00",
            TimeUnit::Month
        )
    );
    // The last lunar month of 2019 ended on the eve of Tết Canh Tý, 25 January 2020.
    assert_eq!(
        resolve("tháng Chạp"),
        resolved(
            "2019-12-26T00:00:00+07:00",
            "2020-01-25T00:00:00+07:00",
            TimeUnit::Month
        )
    );
    assert_eq!(
        resolve("tháng 3"),
        resolved(
            "2019-03-01T00:00:00+07:00",
            "2019-04-01T00:00:00+07:00",
            TimeUnit::Month
        )
    );
    assert_eq!(
        resolve("tháng 3-2020"),
        resolved(
            "2020-03-01T00:00:00+07:00",
            "2020-04-01T00:00:00+07:00",
            TimeUnit::Month
        )
    );
    assert_eq!(
        resolve("năm 2019"),
        resolved(
            "2019-01-01T00:00:00+07:00",
            "2020-01-01T00:00:00+07:00",
            TimeUnit::Year
        )
    );

    // In running text: after a word that introduces a date, or alone in parentheses.
    let text = "Hạn chót nộp hồ sơ là ngày 30/4.";
    assert_eq!(
        only_mention(text, "ngày 30/4"),
        json!({"month": 4, "day": 30})
    );
    let text = "Số liệu tính đến (20/9) cho thấy tăng trưởng ổn định.";
    assert_eq!(only_mention(text, "20/9"), json!({"month": 9, "day": 20}));
    let text = "Năm 179 TCN, Triệu Đà đánh chiếm nước Âu Lạc.";
    assert_eq!(only_mention(text, "Năm 179 TCN"), json!({"year": -179}));
    let text = "Đến tháng Chạp, bà con nông dân tất bật chuẩn bị đón Tết.";
    assert_eq!(spans(text), ["tháng Chạp", "Tết"]);
    assert_eq!(
        dates(text)
            .next()
            .map(|m| serde_json::to_value(m.value()).unwrap()),
        Some(json!({"month": 12, "lunar": true}))
    );
    let text = "Dự án khởi công tháng 3-2020 và hoàn thành tháng 10 năm 2021.";
    assert_eq!(spans(text), ["tháng 3-2020", "tháng 10 năm 2021"]);
    // Without context a short day-month is a fraction or a count, not a date.
    assert_eq!(
        spans("Kết quả có 20/9 phiếu tán thành."),
        Vec::<&str>::new()
    );
}

// ---------------------------------------------------------------------------------------------
// 3. Worded dates
// ---------------------------------------------------------------------------------------------

#[test]
fn worded_dates() {
    for (s, y, m, d) in [
        ("ngày 5 tháng 8 năm 2022", Some(2022), 8, 5),
        ("ngày 03 tháng 02 năm 2020", Some(2020), 2, 3),
        ("3 tháng 9 năm 1932", Some(1932), 9, 3),
        ("mồng 3 tháng 3", None, 3, 3),
        ("mùng 2 tháng 9", None, 9, 2),
        ("Mùng 2 tháng 9 năm 2022", Some(2022), 9, 2),
        ("ngày hai mươi tháng mười một", None, 11, 20),
        ("ngày hai mươi mốt tháng năm", None, 5, 21),
        ("ngày mười lăm tháng Giêng", None, 1, 15),
    ] {
        assert_eq!(ymd(&date(s)), (y, Some(m), Some(d)), "{s}");
    }
    assert_eq!(
        json_of("ngày 5 tháng 8 năm 2022"),
        json!({"year": 2022, "month": 8, "day": 5})
    );
    assert_eq!(parse("ngày 5 tháng 8 năm 2022").to_string(), "5/8/2022");
    assert_eq!(parse("ngày 03 tháng 02 năm 2020").to_string(), "3/2/2020");
    assert_eq!(json_of("mồng 3 tháng 3"), json!({"month": 3, "day": 3}));
    assert_eq!(
        json_of("ngày hai mươi tháng mười một"),
        json!({"month": 11, "day": 20})
    );
    assert_eq!(parse("ngày hai mươi tháng mười một").to_string(), "20/11");

    assert_eq!(
        resolve("mùng 2 tháng 9"),
        resolved(
            "2019-09-02T00:00:00+07:00",
            "2019-09-03T00:00:00+07:00",
            TimeUnit::Day
        )
    );

    // In running text.
    let text = "Đà Nẵng, ngày 03 tháng 02 năm 2020";
    assert_eq!(
        only_mention(text, "ngày 03 tháng 02 năm 2020"),
        json!({"year": 2020, "month": 2, "day": 3})
    );
    let text = "Mồng 3 tháng 3 là ngày giỗ tổ của dòng họ.";
    assert_eq!(
        only_mention(text, "Mồng 3 tháng 3"),
        json!({"month": 3, "day": 3})
    );
    let text = "Mùng 2 tháng 9, nhân dân cả nước treo cờ Tổ quốc.";
    assert_eq!(
        only_mention(text, "Mùng 2 tháng 9"),
        json!({"month": 9, "day": 2})
    );
    let text = "Ngày hai mươi tháng mười một, học trò về thăm thầy cô.";
    assert_eq!(
        only_mention(text, "Ngày hai mươi tháng mười một"),
        json!({"month": 11, "day": 20})
    );
}

// ---------------------------------------------------------------------------------------------
// 4. Weekdays
// ---------------------------------------------------------------------------------------------

#[test]
fn weekdays() {
    for (s, w) in [
        ("Thứ Tư", Weekday::Wed),
        ("thứ 2", Weekday::Mon),
        ("thứ hai", Weekday::Mon),
        ("Thứ Ba", Weekday::Tue),
        ("thứ năm", Weekday::Thu),
        ("thứ 6", Weekday::Fri),
        ("thứ bảy", Weekday::Sat),
        ("Chủ nhật", Weekday::Sun),
        ("chúa nhật", Weekday::Sun),
        ("T2", Weekday::Mon),
        ("T7", Weekday::Sat),
        ("CN", Weekday::Sun),
    ] {
        let v = date(s);
        assert_eq!(v.weekday(), Some(w), "{s}");
        assert_eq!(ymd(&v), (None, None, None), "{s}");
    }
    assert_eq!(json_of("Thứ Tư"), json!({"weekday": "Wed"}));
    assert_eq!(json_of("CN"), json!({"weekday": "Sun"}));
    assert_eq!(parse("thứ 2").to_string(), "thứ Hai");
    assert_eq!(parse("chúa nhật").to_string(), "Chủ nhật");
    assert_eq!(Weekday::Sun.days_from_monday(), 6);

    // Before a date.
    let v = date("Thứ Tư, 27/11/2019");
    assert_eq!(v.weekday(), Some(Weekday::Wed));
    assert_eq!(ymd(&v), (Some(2019), Some(11), Some(27)));
    assert_eq!(
        json_of("Thứ Tư, 27/11/2019"),
        json!({"year": 2019, "month": 11, "day": 27, "weekday": "Wed"})
    );
    assert_eq!(
        parse("Thứ Tư, 27/11/2019").to_string(),
        "thứ Tư, 27/11/2019"
    );
    assert_eq!(
        json_of("thứ hai ngày 6 tháng 2"),
        json!({"month": 2, "day": 6, "weekday": "Mon"})
    );
    assert_eq!(
        json_of("Thứ Hai, 06/02/2023"),
        json!({"year": 2023, "month": 2, "day": 6, "weekday": "Mon"})
    );

    // Resolution: a bare weekday is the next occurrence at or after the reference (a Wednesday).
    assert_eq!(
        resolve("Thứ Tư"),
        resolved(
            "2019-11-27T00:00:00+07:00",
            "2019-11-28T00:00:00+07:00",
            TimeUnit::Day
        )
    );
    assert_eq!(
        resolve("thứ 2"),
        resolved(
            "2019-12-02T00:00:00+07:00",
            "2019-12-03T00:00:00+07:00",
            TimeUnit::Day
        )
    );
    assert_eq!(resolve("CN").0, "2019-12-01T00:00:00+07:00");

    // A weekday that contradicts its date: an error from the strict parser …
    assert_error("Thứ Năm, 27/11/2019", ParseErrorKind::WeekdayMismatch, 0);
    assert_error(
        "thứ ba ngày 6 tháng 2 năm 2023",
        ParseErrorKind::WeekdayMismatch,
        0,
    );
    // … but the scanner reports the mention with the date alone and warns.
    let text = "Thứ Năm, 27/11/2019 - Tin tức thời sự";
    let found: Vec<_> = dates(text).collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].as_str(), "Thứ Năm, 27/11/2019");
    assert_eq!(found[0].start(), 0);
    assert!(matches!(
        found[0].warnings(),
        [Warning::WeekdayMismatch {
            written: Weekday::Thu,
            actual: Weekday::Wed,
            ..
        }]
    ));
    let d = *found[0].value().as_date().unwrap().as_single().unwrap();
    assert_eq!(d.weekday(), None);
    assert_eq!(
        DateValue::parse(&d.to_string()).unwrap(),
        DateValue::Single(d)
    );
    assert_eq!(ymd(&d), (Some(2019), Some(11), Some(27)));

    // In running text.
    let text = "Thứ Tư, 27/11/2019, Hà Nội.";
    assert_eq!(
        only_mention(text, "Thứ Tư, 27/11/2019"),
        json!({"year": 2019, "month": 11, "day": 27, "weekday": "Wed"})
    );
    let text = "Thứ hai ngày 6 tháng 2, học sinh toàn tỉnh trở lại trường.";
    assert_eq!(
        only_mention(text, "Thứ hai ngày 6 tháng 2"),
        json!({"month": 2, "day": 6, "weekday": "Mon"})
    );
    let text = "Đoàn công tác sẽ trở về Hà Nội vào Chủ nhật.";
    assert_eq!(only_mention(text, "Chủ nhật"), json!({"weekday": "Sun"}));
    let text = "Vào chúa nhật, nhà thờ đông người.";
    assert_eq!(only_mention(text, "chúa nhật"), json!({"weekday": "Sun"}));
    let text = "Lịch trực ban (T2) đã được gửi tới các phòng.";
    assert_eq!(only_mention(text, "T2"), json!({"weekday": "Mon"}));
    // An ordinal is not a weekday.
    assert_eq!(
        spans("Thứ hai là vấn đề nguồn lực tài chính."),
        Vec::<&str>::new()
    );
}

// ---------------------------------------------------------------------------------------------
// 5. Clock times
// ---------------------------------------------------------------------------------------------

#[test]
fn clock_times() {
    for (s, h, m) in [
        ("14:46", 14, Some(46)),
        ("14h30", 14, Some(30)),
        ("14g30", 14, Some(30)),
        ("14 giờ 30 phút", 14, Some(30)),
        ("14 giờ 30", 14, Some(30)),
        ("8 giờ 5 phút", 8, Some(5)),
        ("3 giờ rưỡi", 3, Some(30)),
        ("11 giờ kém 15", 10, Some(45)),
        ("14h", 14, None),
        ("lúc 9h15", 9, Some(15)),
        ("vào lúc 7h30", 7, Some(30)),
        ("khoảng 10 giờ", 10, None),
    ] {
        let v = date(s);
        assert_eq!((v.hour(), v.minute()), (Some(h), m), "{s}");
        assert_eq!(ymd(&v), (None, None, None), "{s}");
    }
    let v = date("15:23:24");
    assert_eq!(
        (v.hour(), v.minute(), v.second()),
        (Some(15), Some(23), Some(24))
    );
    assert_eq!(
        json_of("15:23:24"),
        json!({"hour": 15, "minute": 23, "second": 24})
    );
    assert_eq!(json_of("14h30"), json!({"hour": 14, "minute": 30}));
    assert_eq!(parse("14g30").to_string(), "14:30");
    assert_eq!(parse("8 giờ 5 phút").to_string(), "8:05");
    assert_eq!(parse("11 giờ kém 15").to_string(), "10:45");

    // Parts of the day move the hour into the afternoon and evening.
    for (s, h, p) in [
        ("3 giờ chiều", 15, PartOfDay::Afternoon),
        ("8 giờ tối", 20, PartOfDay::Evening),
        ("9 giờ sáng", 9, PartOfDay::Morning),
        ("12 giờ trưa", 12, PartOfDay::Noon),
        ("10 giờ đêm", 22, PartOfDay::Night),
        ("1 giờ chiều", 13, PartOfDay::Afternoon),
        ("lúc 7 giờ 30 phút sáng", 7, PartOfDay::Morning),
    ] {
        let v = date(s);
        assert_eq!((v.hour(), v.part_of_day()), (Some(h), Some(p)), "{s}");
    }
    assert_eq!(
        json_of("3 giờ chiều"),
        json!({"hour": 15, "part_of_day": "afternoon"})
    );
    assert_eq!(
        json_of("8 giờ tối"),
        json!({"hour": 20, "part_of_day": "evening"})
    );
    assert_eq!(
        json_of("3 giờ rưỡi chiều"),
        json!({"hour": 15, "minute": 30, "part_of_day": "afternoon"})
    );

    // UTC offsets.
    for (s, off) in [
        ("14:46 (GMT+7)", 420),
        ("14:46 GMT+07:00", 420),
        ("10:00 UTC+7", 420),
        ("16:22 (GMT+0)", 0),
        ("9:30 GMT-5", -300),
    ] {
        assert_eq!(date(s).utc_offset_minutes(), Some(off), "{s}");
    }
    assert_eq!(
        json_of("14:46 GMT+07:00"),
        json!({"hour": 14, "minute": 46, "utc_offset_minutes": 420})
    );
    assert_eq!(parse("14:46 GMT+07:00").to_string(), "14:46 (GMT+7)");

    // Resolution: the reference's day, at the grain the time states; a written offset is
    // honoured and the result given in the reference's offset.
    assert_eq!(
        resolve("14h30"),
        resolved(
            "2019-11-27T14:30:00+07:00",
            "2019-11-27T14:31:00+07:00",
            TimeUnit::Minute
        )
    );
    assert_eq!(
        resolve("3 giờ chiều"),
        resolved(
            "2019-11-27T15:00:00+07:00",
            "2019-11-27T16:00:00+07:00",
            TimeUnit::Hour
        )
    );
    assert_eq!(
        resolve("15:23:24"),
        resolved(
            "2019-11-27T15:23:24+07:00",
            "2019-11-27T15:23:25+07:00",
            TimeUnit::Second
        )
    );
    assert_eq!(resolve("9:30 GMT-5").0, "2019-11-27T21:30:00+07:00");

    // In running text.
    let text = "Hội nghị khai mạc lúc 14h30 tại hội trường Tỉnh ủy.";
    assert_eq!(
        only_mention(text, "lúc 14h30"),
        json!({"hour": 14, "minute": 30})
    );
    let text = "Lễ khai mạc diễn ra vào lúc 8 giờ tối cùng ngày.";
    assert_eq!(
        only_mention(text, "vào lúc 8 giờ tối"),
        json!({"hour": 20, "part_of_day": "evening"})
    );
    let text = "Khoảng 3 giờ chiều, lực lượng cứu hộ có mặt tại hiện trường.";
    assert_eq!(
        only_mention(text, "Khoảng 3 giờ chiều"),
        json!({"hour": 15, "part_of_day": "afternoon"})
    );
    let text = "Phiên thảo luận kết thúc lúc 11 giờ kém 15.";
    assert_eq!(
        only_mention(text, "lúc 11 giờ kém 15"),
        json!({"hour": 10, "minute": 45})
    );
    let text = "Buổi lễ được truyền hình trực tiếp lúc 10:00 UTC+7.";
    assert_eq!(
        only_mention(text, "lúc 10:00 UTC+7"),
        json!({"hour": 10, "minute": 0, "utc_offset_minutes": 420})
    );
    // A duration is not a clock time.
    assert_eq!(
        spans("Các đại biểu có 3 giờ thảo luận tại tổ."),
        Vec::<&str>::new()
    );
}

// ---------------------------------------------------------------------------------------------
// 6. News datelines
// ---------------------------------------------------------------------------------------------

#[test]
fn datelines() {
    let cases = [
        (
            "Cập nhật lúc 14:46, Thứ Tư, 27/11/2019 (GMT+7)",
            json!({"year": 2019, "month": 11, "day": 27, "hour": 14, "minute": 46,
                   "utc_offset_minutes": 420, "weekday": "Wed"}),
            "14:46, thứ Tư, 27/11/2019 (GMT+7)",
            "2019-11-27T14:46:00+07:00",
        ),
        (
            "Thứ Ba, 20/09/2022 16:22 (GMT+0)",
            json!({"year": 2022, "month": 9, "day": 20, "hour": 16, "minute": 22,
                   "utc_offset_minutes": 0, "weekday": "Tue"}),
            "16:22, thứ Ba, 20/9/2022 (GMT+0)",
            "2022-09-20T16:22:00+00:00",
        ),
        (
            "Thứ Tư, 07/01/2015 | 22:34",
            json!({"year": 2015, "month": 1, "day": 7, "hour": 22, "minute": 34,
                   "weekday": "Wed"}),
            "22:34, thứ Tư, 7/1/2015",
            "2015-01-07T22:34:00+07:00",
        ),
        (
            "07/11/2019 16:07",
            json!({"year": 2019, "month": 11, "day": 7, "hour": 16, "minute": 7}),
            "16:07, 7/11/2019",
            "2019-11-07T16:07:00+07:00",
        ),
    ];
    let vn = FixedOffset::east_opt(7 * 3600).unwrap();
    for (s, value, shown, instant) in cases {
        // One value from the strict parser.
        assert_eq!(json_of(s), value, "{s}");
        assert_eq!(parse(s).to_string(), shown, "{s}");
        let d = date(s);
        assert_eq!(d.to_datetime(vn).unwrap().to_rfc3339(), instant, "{s}");
        // Exactly one mention spanning the whole dateline.
        assert_eq!(only_mention(s, s), value, "{s}");
        // Also inside a page.
        let page = format!("Thời sự\n{s}\nSáng 27-11, Ban Thường vụ Tỉnh ủy họp.");
        let found: Vec<_> = dates(&page).collect();
        assert_eq!(found[0].as_str(), s);
        assert_eq!(found[0].start(), "Thời sự\n".len());
        assert_eq!(found[1].as_str(), "Sáng 27-11");
        assert_eq!(found.len(), 2);
    }

    // A dateline in GMT+0 resolves in the reference's offset.
    assert_eq!(
        resolve("Thứ Ba, 20/09/2022 16:22 (GMT+0)"),
        resolved(
            "2022-09-20T23:22:00+07:00",
            "2022-09-20T23:23:00+07:00",
            TimeUnit::Minute
        )
    );
    // Field accessors on the full dateline.
    let d = date("Cập nhật lúc 14:46, Thứ Tư, 27/11/2019 (GMT+7)");
    assert_eq!(
        (d.hour(), d.minute(), d.second()),
        (Some(14), Some(46), None)
    );
    assert_eq!(d.weekday(), Some(Weekday::Wed));
    assert_eq!(d.utc_offset_minutes(), Some(420));
    // A time that does not exist spoils the dateline, at the time.
    assert_error(
        "Cập nhật lúc 25:46, Thứ Tư, 27/11/2019",
        ParseErrorKind::InvalidTime,
        "Cập nhật lúc ".len(),
    );
}

// ---------------------------------------------------------------------------------------------
// 7. Part of day + date
// ---------------------------------------------------------------------------------------------

#[test]
fn part_of_day_with_date() {
    assert_eq!(
        json_of("Sáng 27-11"),
        json!({"month": 11, "day": 27, "part_of_day": "morning"})
    );
    assert_eq!(
        json_of("chiều ngày 15-8"),
        json!({"month": 8, "day": 15, "part_of_day": "afternoon"})
    );
    assert_eq!(
        json_of("sáng chủ nhật"),
        json!({"weekday": "Sun", "part_of_day": "morning"})
    );
    assert_eq!(
        json_of("tối 31/12"),
        json!({"month": 12, "day": 31, "part_of_day": "evening"})
    );
    assert_eq!(
        json_of("Sáng nay (6/3)"),
        json!({"month": 3, "day": 6, "part_of_day": "morning"})
    );
    assert_eq!(
        json_of("buổi sáng 27-11"),
        json!({"month": 11, "day": 27, "part_of_day": "morning"})
    );
    assert_eq!(
        json_of("chiều ngày 15/8/2019"),
        json!({"year": 2019, "month": 8, "day": 15, "part_of_day": "afternoon"})
    );
    assert_eq!(
        json_of("đêm 30/4"),
        json!({"month": 4, "day": 30, "part_of_day": "night"})
    );
    assert_eq!(date("trưa 1/5").part_of_day(), Some(PartOfDay::Noon));
    assert_eq!(date("khuya 31/12").part_of_day(), Some(PartOfDay::Night));
    assert_eq!(parse("Sáng 27-11").to_string(), "sáng 27/11");
    assert_eq!(parse("chiều ngày 15-8").to_string(), "chiều 15/8");
    assert_eq!(parse("sáng chủ nhật").to_string(), "sáng Chủ nhật");

    // Resolution: sáng 04–11, chiều 13–18, tối 18–22, đêm 22–04.
    assert_eq!(
        resolve("Sáng 27-11"),
        resolved(
            "2019-11-27T04:00:00+07:00",
            "2019-11-27T11:00:00+07:00",
            TimeUnit::Hour
        )
    );
    assert_eq!(
        resolve("chiều ngày 15-8"),
        resolved(
            "2019-08-15T13:00:00+07:00",
            "2019-08-15T18:00:00+07:00",
            TimeUnit::Hour
        )
    );
    assert_eq!(
        resolve("tối 31/12"),
        resolved(
            "2019-12-31T18:00:00+07:00",
            "2019-12-31T22:00:00+07:00",
            TimeUnit::Hour
        )
    );
    assert_eq!(
        resolve("đêm 31/12"),
        resolved(
            "2019-12-31T22:00:00+07:00",
            "2020-01-01T04:00:00+07:00",
            TimeUnit::Hour
        )
    );
    assert_eq!(
        resolve("sáng chủ nhật"),
        resolved(
            "2019-12-01T04:00:00+07:00",
            "2019-12-01T11:00:00+07:00",
            TimeUnit::Hour
        )
    );

    // In running text.
    let text = "Sáng 27-11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết.";
    assert_eq!(
        only_mention(text, "Sáng 27-11"),
        json!({"month": 11, "day": 27, "part_of_day": "morning"})
    );
    let text = "Chiều ngày 15-8, Ủy ban nhân dân tỉnh tổ chức họp báo.";
    assert_eq!(
        only_mention(text, "Chiều ngày 15-8"),
        json!({"month": 8, "day": 15, "part_of_day": "afternoon"})
    );
    let text = "Tối 31/12, chương trình nghệ thuật chào năm mới diễn ra tại quảng trường.";
    assert_eq!(
        only_mention(text, "Tối 31/12"),
        json!({"month": 12, "day": 31, "part_of_day": "evening"})
    );
    let text = "Chiều 15-8 và sáng 16-8, đoàn làm việc tại Hà Giang.";
    assert_eq!(spans(text), ["Chiều 15-8", "sáng 16-8"]);
    let text = "Kỳ họp thứ 8 khai mạc sáng 21/10/2019 tại Nhà Quốc hội.";
    assert_eq!(
        only_mention(text, "sáng 21/10/2019"),
        json!({"year": 2019, "month": 10, "day": 21, "part_of_day": "morning"})
    );
}

// ---------------------------------------------------------------------------------------------
// 8. Day lists and ranges
// ---------------------------------------------------------------------------------------------

#[test]
fn lists_and_ranges() {
    let nov = json!({"start": {"month": 11, "day": 27}, "end": {"month": 11, "day": 28}});
    for s in ["27 và 28-11", "27-28/11", "ngày 27 và 28 tháng 11"] {
        let v = parse(s);
        let r = v.as_range().unwrap_or_else(|| panic!("{s} is a range"));
        assert_eq!((r.start().day(), r.start().month()), (Some(27), Some(11)));
        assert_eq!((r.end().day(), r.end().month()), (Some(28), Some(11)));
        assert!(v.as_single().is_none());
        assert_eq!(serde_json::to_value(v).unwrap(), nov, "{s}");
        assert_eq!(v.to_string(), "từ 27/11 đến 28/11");
        assert_eq!(
            resolve(s),
            resolved(
                "2019-11-27T00:00:00+07:00",
                "2019-11-29T00:00:00+07:00",
                TimeUnit::Day
            ),
            "{s}"
        );
    }
    assert_eq!(
        json_of("ngày 27 và 28 tháng 11 năm 2019"),
        json!({"start": {"year": 2019, "month": 11, "day": 27},
               "end": {"year": 2019, "month": 11, "day": 28}})
    );

    let v = parse("từ ngày 1/1/2024 đến ngày 31/12/2024");
    let r = v.as_range().unwrap();
    assert_eq!(ymd(r.start()), (Some(2024), Some(1), Some(1)));
    assert_eq!(ymd(r.end()), (Some(2024), Some(12), Some(31)));
    assert_eq!(v.to_string(), "từ 1/1/2024 đến 31/12/2024");
    assert_eq!(
        resolve("từ ngày 1/1/2024 đến ngày 31/12/2024"),
        resolved(
            "2024-01-01T00:00:00+07:00",
            "2025-01-01T00:00:00+07:00",
            TimeUnit::Day
        )
    );

    assert_eq!(
        json_of("từ 8h đến 17h"),
        json!({"start": {"hour": 8}, "end": {"hour": 17}})
    );
    assert_eq!(parse("từ 8h đến 17h").to_string(), "từ 8 giờ đến 17 giờ");
    assert_eq!(
        resolve("từ 8h đến 17h"),
        resolved(
            "2019-11-27T08:00:00+07:00",
            "2019-11-27T18:00:00+07:00",
            TimeUnit::Hour
        )
    );

    // Year ranges, any dash.
    for (s, a, b) in [
        ("2015 - 2020", 2015, 2020),
        ("nhiệm kỳ 2020-2025", 2020, 2025),
        ("giai đoạn 2021–2025", 2021, 2025),
        ("nhiệm kỳ 2015 - 2020", 2015, 2020),
        ("giai đoạn 2021—2025", 2021, 2025),
    ] {
        let v = parse(s);
        let r = v.as_range().unwrap_or_else(|| panic!("{s} is a range"));
        assert_eq!(
            (r.start().year(), r.end().year()),
            (Some(a), Some(b)),
            "{s}"
        );
        assert_eq!(
            serde_json::to_value(v).unwrap(),
            json!({"start": {"year": a}, "end": {"year": b}})
        );
    }
    assert_eq!(parse("2015 - 2020").to_string(), "từ năm 2015 đến năm 2020");
    assert_eq!(
        resolve("nhiệm kỳ 2020-2025"),
        resolved(
            "2020-01-01T00:00:00+07:00",
            "2026-01-01T00:00:00+07:00",
            TimeUnit::Year
        )
    );

    // In running text.
    let text = "Hội nghị diễn ra trong hai ngày (27 và 28-11) tại Hà Nội.";
    assert_eq!(only_mention(text, "27 và 28-11"), nov);
    let text = "Cuộc thi diễn ra trong hai ngày 27-28/11 tại Nhà văn hóa tỉnh.";
    assert_eq!(only_mention(text, "ngày 27-28/11"), nov);
    let text = "Trong ngày 27 và 28 tháng 11, hội nghị làm việc theo tổ.";
    assert_eq!(only_mention(text, "ngày 27 và 28 tháng 11"), nov);
    let text = "Thời gian áp dụng từ ngày 1/1/2024 đến ngày 31/12/2024.";
    assert_eq!(
        only_mention(text, "từ ngày 1/1/2024 đến ngày 31/12/2024"),
        json!({"start": {"year": 2024, "month": 1, "day": 1},
               "end": {"year": 2024, "month": 12, "day": 31}})
    );
    let text = "Bộ phận một cửa làm việc từ 8h đến 17h các ngày trong tuần.";
    assert_eq!(
        only_mention(text, "từ 8h đến 17h"),
        json!({"start": {"hour": 8}, "end": {"hour": 17}})
    );
    let text = "Hội nghị tổng kết nhiệm kỳ 2020-2025 của Đảng bộ tỉnh.";
    assert_eq!(
        only_mention(text, "nhiệm kỳ 2020-2025"),
        json!({"start": {"year": 2020}, "end": {"year": 2025}})
    );
    let text = "Kế hoạch phát triển kinh tế - xã hội giai đoạn 2021–2025 đã được thông qua.";
    assert_eq!(
        only_mention(text, "giai đoạn 2021–2025"),
        json!({"start": {"year": 2021}, "end": {"year": 2025}})
    );
    let text = "Trong giai đoạn 2015 - 2020, tỉnh đạt nhiều thành tựu.";
    assert_eq!(
        only_mention(text, "giai đoạn 2015 - 2020"),
        json!({"start": {"year": 2015}, "end": {"year": 2020}})
    );
}

// ---------------------------------------------------------------------------------------------
// 9. Quarters and parts of the year, decades, centuries
// ---------------------------------------------------------------------------------------------

#[test]
fn quarters_and_periods() {
    for (s, q, y) in [
        ("quý I-2020", 1, Some(2020)),
        ("quý IV/2022", 4, Some(2022)),
        ("quý 3 năm 2018", 3, Some(2018)),
        ("quý ba", 3, None),
        ("quý II", 2, None),
    ] {
        let v = date(s);
        assert_eq!((v.quarter(), v.year()), (Some(q), y), "{s}");
        assert_eq!(v.month(), None);
    }
    assert_eq!(json_of("quý I-2020"), json!({"year": 2020, "quarter": 1}));
    assert_eq!(json_of("quý ba"), json!({"quarter": 3}));
    assert_eq!(parse("quý I-2020").to_string(), "quý I năm 2020");
    assert_eq!(parse("quý 3 năm 2018").to_string(), "quý III năm 2018");
    assert_eq!(
        resolve("quý IV/2022"),
        resolved(
            "2022-10-01T00:00:00+07:00",
            "2023-01-01T00:00:00+07:00",
            TimeUnit::Quarter
        )
    );
    assert_eq!(
        resolve("quý ba"),
        resolved(
            "2019-07-01T00:00:00+07:00",
            "2019-10-01T00:00:00+07:00",
            TimeUnit::Quarter
        )
    );

    // The first N months of a year are a range of months.
    assert_eq!(
        json_of("6 tháng đầu năm 2023"),
        json!({"start": {"year": 2023, "month": 1}, "end": {"year": 2023, "month": 6}})
    );
    assert_eq!(
        json_of("9 tháng năm 2022"),
        json!({"start": {"year": 2022, "month": 1}, "end": {"year": 2022, "month": 9}})
    );
    assert_eq!(
        resolve("6 tháng đầu năm 2023"),
        resolved(
            "2023-01-01T00:00:00+07:00",
            "2023-07-01T00:00:00+07:00",
            TimeUnit::Month
        )
    );

    // Thirds of a period.
    let v = date("đầu năm");
    assert_eq!(v.period_part(), Some(PeriodPart::Early));
    assert_eq!(
        json_of("đầu năm"),
        json!({"period_part": "early", "relative": {"amount": 0, "unit": "year"}})
    );
    assert_eq!(
        resolve("đầu năm"),
        resolved(
            "2019-01-01T00:00:00+07:00",
            "2019-05-01T00:00:00+07:00",
            TimeUnit::Month
        )
    );
    assert_eq!(
        json_of("cuối năm 2019"),
        json!({"year": 2019, "period_part": "late"})
    );
    assert_eq!(
        resolve("cuối năm 2019"),
        resolved(
            "2019-09-01T00:00:00+07:00",
            "2020-01-01T00:00:00+07:00",
            TimeUnit::Month
        )
    );
    assert_eq!(
        json_of("giữa tháng 3"),
        json!({"month": 3, "period_part": "middle"})
    );
    assert_eq!(
        resolve("giữa tháng 3"),
        resolved(
            "2019-03-11T00:00:00+07:00",
            "2019-03-21T00:00:00+07:00",
            TimeUnit::Day
        )
    );
    assert_eq!(
        json_of("thượng tuần tháng 5"),
        json!({"month": 5, "period_part": "early"})
    );
    assert_eq!(
        resolve("cuối tháng 11/2019"),
        resolved(
            "2019-11-21T00:00:00+07:00",
            "2019-12-01T00:00:00+07:00",
            TimeUnit::Day
        )
    );

    // Decades and centuries.
    assert_eq!(date("thập niên 1990").decade(), Some(1990));
    assert_eq!(date("những năm 90").decade(), Some(1990));
    assert_eq!(parse("những năm 90").to_string(), "thập niên 1990");
    assert_eq!(date("thế kỷ 21").century(), Some(21));
    assert_eq!(date("thế kỷ XXI").century(), Some(21));
    assert_eq!(
        resolve("thập niên 1990"),
        resolved(
            "1990-01-01T00:00:00+07:00",
            "2000-01-01T00:00:00+07:00",
            TimeUnit::Year
        )
    );
    assert_eq!(
        resolve("thế kỷ 21"),
        resolved(
            "2001-01-01T00:00:00+07:00",
            "2101-01-01T00:00:00+07:00",
            TimeUnit::Year
        )
    );

    // In running text.
    let text = "Trong quý I-2020, kim ngạch xuất khẩu của tỉnh tăng 5%.";
    assert_eq!(
        only_mention(text, "quý I-2020"),
        json!({"year": 2020, "quarter": 1})
    );
    let text = "Tổng kết công tác quý IV/2022 và triển khai nhiệm vụ quý I/2023.";
    assert_eq!(spans(text), ["quý IV/2022", "quý I/2023"]);
    let text = "Kết quả sản xuất kinh doanh 6 tháng đầu năm 2023 khả quan.";
    assert_eq!(
        only_mention(text, "6 tháng đầu năm 2023"),
        json!({"start": {"year": 2023, "month": 1}, "end": {"year": 2023, "month": 6}})
    );
    let text = "GDP quý ba tăng 7% so với cùng kỳ.";
    assert_eq!(only_mention(text, "quý ba"), json!({"quarter": 3}));
    let text = "Công trình sẽ hoàn thành vào cuối năm 2019.";
    assert_eq!(
        only_mention(text, "cuối năm 2019"),
        json!({"year": 2019, "period_part": "late"})
    );
    let text = "Từ những năm 90 của thế kỷ 20, phong trào đã phát triển mạnh.";
    // The century says which 90s: one mention.
    assert_eq!(
        only_mention(text, "những năm 90 của thế kỷ 20"),
        json!({"decade": 1990})
    );
    let text = "Kinh tế Việt Nam thập niên 1990 có nhiều chuyển biến.";
    assert_eq!(
        only_mention(text, "thập niên 1990"),
        json!({"decade": 1990})
    );
}

// ---------------------------------------------------------------------------------------------
// 10. Relative expressions
// ---------------------------------------------------------------------------------------------

#[test]
fn relative_expressions() {
    let day = |a: &str, b: &str| {
        resolved(
            &format!("{a}T00:00:00+07:00"),
            &format!("{b}T00:00:00+07:00"),
            TimeUnit::Day,
        )
    };
    // (text, amount, unit, resolution against Wednesday 2019-11-27 14:46)
    let cases = [
        ("hôm nay", 0, TimeUnit::Day, day("2019-11-27", "2019-11-28")),
        (
            "hôm qua",
            -1,
            TimeUnit::Day,
            day("2019-11-26", "2019-11-27"),
        ),
        (
            "ngày mai",
            1,
            TimeUnit::Day,
            day("2019-11-28", "2019-11-29"),
        ),
        (
            "hôm kia",
            -2,
            TimeUnit::Day,
            day("2019-11-25", "2019-11-26"),
        ),
        (
            "ngày kia",
            2,
            TimeUnit::Day,
            day("2019-11-29", "2019-11-30"),
        ),
        (
            "10 ngày trước",
            -10,
            TimeUnit::Day,
            day("2019-11-17", "2019-11-18"),
        ),
        (
            "cách đây 3 ngày",
            -3,
            TimeUnit::Day,
            day("2019-11-24", "2019-11-25"),
        ),
        (
            "3 ngày nữa",
            3,
            TimeUnit::Day,
            day("2019-11-30", "2019-12-01"),
        ),
        (
            "sau 3 ngày nữa",
            3,
            TimeUnit::Day,
            day("2019-11-30", "2019-12-01"),
        ),
        (
            "2 tháng trước",
            -2,
            TimeUnit::Month,
            resolved(
                "2019-09-01T00:00:00+07:00",
                "2019-10-01T00:00:00+07:00",
                TimeUnit::Month,
            ),
        ),
        (
            "tuần này",
            0,
            TimeUnit::Week,
            resolved(
                "2019-11-25T00:00:00+07:00",
                "2019-12-02T00:00:00+07:00",
                TimeUnit::Week,
            ),
        ),
        (
            "tuần trước",
            -1,
            TimeUnit::Week,
            resolved(
                "2019-11-18T00:00:00+07:00",
                "2019-11-25T00:00:00+07:00",
                TimeUnit::Week,
            ),
        ),
        (
            "tuần sau",
            1,
            TimeUnit::Week,
            resolved(
                "2019-12-02T00:00:00+07:00",
                "2019-12-09T00:00:00+07:00",
                TimeUnit::Week,
            ),
        ),
        (
            "tuần tới",
            1,
            TimeUnit::Week,
            resolved(
                "2019-12-02T00:00:00+07:00",
                "2019-12-09T00:00:00+07:00",
                TimeUnit::Week,
            ),
        ),
        (
            "tháng trước",
            -1,
            TimeUnit::Month,
            resolved(
                "2019-10-01T00:00:00+07:00",
                "2019-11-01T00:00:00+07:00",
                TimeUnit::Month,
            ),
        ),
        (
            "năm ngoái",
            -1,
            TimeUnit::Year,
            resolved(
                "2018-01-01T00:00:00+07:00",
                "2019-01-01T00:00:00+07:00",
                TimeUnit::Year,
            ),
        ),
        (
            "năm nay",
            0,
            TimeUnit::Year,
            resolved(
                "2019-01-01T00:00:00+07:00",
                "2020-01-01T00:00:00+07:00",
                TimeUnit::Year,
            ),
        ),
        (
            "quý tới",
            1,
            TimeUnit::Quarter,
            resolved(
                "2020-01-01T00:00:00+07:00",
                "2020-04-01T00:00:00+07:00",
                TimeUnit::Quarter,
            ),
        ),
        (
            "bây giờ",
            0,
            TimeUnit::Second,
            resolved(
                "2019-11-27T14:46:00+07:00",
                "2019-11-27T14:46:01+07:00",
                TimeUnit::Second,
            ),
        ),
    ];
    for (s, amount, unit, expected) in cases {
        let rel = date(s)
            .relative()
            .unwrap_or_else(|| panic!("{s} is relative"));
        assert_eq!((rel.amount(), rel.unit()), (amount, unit), "{s}");
        assert_eq!(resolve(s), expected, "{s}");
    }
    assert_eq!(
        json_of("10 ngày trước"),
        json!({"relative": {"amount": -10, "unit": "day"}})
    );
    assert_eq!(
        json_of("quý tới"),
        json!({"relative": {"amount": 1, "unit": "quarter"}})
    );
    assert_eq!(parse("cách đây 3 ngày").to_string(), "3 ngày trước");
    assert_eq!(parse("sau 3 ngày nữa").to_string(), "3 ngày nữa");
    assert_eq!(parse("năm ngoái").to_string(), "năm trước");
    assert_eq!(parse("tuần sau").to_string(), "tuần tới");

    // A weekday of a relative week.
    let v = date("thứ 5 tuần trước");
    assert_eq!(v.weekday(), Some(Weekday::Thu));
    assert_eq!(
        json_of("thứ 5 tuần trước"),
        json!({"weekday": "Thu", "relative": {"amount": -1, "unit": "week"}})
    );
    assert_eq!(resolve("thứ 5 tuần trước"), day("2019-11-21", "2019-11-22"));
    assert_eq!(
        json_of("thứ tư tuần tới"),
        json!({"weekday": "Wed", "relative": {"amount": 1, "unit": "week"}})
    );
    assert_eq!(resolve("thứ tư tuần tới"), day("2019-12-04", "2019-12-05"));

    // A part of a relative day.
    for (s, p, amount, start, end) in [
        (
            "sáng nay",
            PartOfDay::Morning,
            0,
            "2019-11-27T04:00:00+07:00",
            "2019-11-27T11:00:00+07:00",
        ),
        (
            "tối qua",
            PartOfDay::Evening,
            -1,
            "2019-11-26T18:00:00+07:00",
            "2019-11-26T22:00:00+07:00",
        ),
        (
            "trưa mai",
            PartOfDay::Noon,
            1,
            "2019-11-28T11:00:00+07:00",
            "2019-11-28T13:00:00+07:00",
        ),
    ] {
        let v = date(s);
        assert_eq!(v.part_of_day(), Some(p), "{s}");
        let rel = v.relative().unwrap();
        assert_eq!((rel.amount(), rel.unit()), (amount, TimeUnit::Day), "{s}");
        assert_eq!(resolve(s), resolved(start, end, TimeUnit::Hour), "{s}");
    }
    assert_eq!(
        json_of("tối qua"),
        json!({"part_of_day": "evening", "relative": {"amount": -1, "unit": "day"}})
    );

    // In running text.
    let text = "10 ngày trước, đoàn kiểm tra đã làm việc với huyện.";
    assert_eq!(
        only_mention(text, "10 ngày trước"),
        json!({"relative": {"amount": -10, "unit": "day"}})
    );
    let text = "Hôm qua, Bộ Y tế công bố thêm 12 ca mắc mới.";
    assert_eq!(
        only_mention(text, "Hôm qua"),
        json!({"relative": {"amount": -1, "unit": "day"}})
    );
    let text = "Thứ 5 tuần trước, Quốc hội đã biểu quyết thông qua luật.";
    assert_eq!(
        only_mention(text, "Thứ 5 tuần trước"),
        json!({"weekday": "Thu", "relative": {"amount": -1, "unit": "week"}})
    );
    let text = "Kỳ họp dự kiến bế mạc vào thứ tư tuần tới.";
    assert_eq!(
        only_mention(text, "thứ tư tuần tới"),
        json!({"weekday": "Wed", "relative": {"amount": 1, "unit": "week"}})
    );
    let text = "Tháng trước, năm ngoái và năm nay đều tăng; quý tới dự báo giảm.";
    assert_eq!(
        spans(text),
        ["Tháng trước", "năm ngoái", "năm nay", "quý tới"]
    );
    let text = "Tối qua, trưa mai và tối 31/12 là các mốc quan trọng.";
    assert_eq!(spans(text), ["Tối qua", "trưa mai", "tối 31/12"]);
    let text = "Cách đây 3 ngày, lũ quét đã xảy ra tại xã vùng cao.";
    assert_eq!(
        only_mention(text, "Cách đây 3 ngày"),
        json!({"relative": {"amount": -3, "unit": "day"}})
    );
    let text = "Trong 2 tháng vừa qua, giá xăng đã tăng ba lần.";
    assert_eq!(
        only_mention(text, "2 tháng vừa qua"),
        json!({"start": {"relative": {"amount": -2, "unit": "month"}},
               "end": {"relative": {"amount": 0, "unit": "day"}}})
    );
    // Scanned mentions resolve like parsed ones.
    let m = dates("Sáng nay, Chủ tịch nước tiếp đoàn đại biểu.")
        .next()
        .unwrap();
    assert_eq!(m.as_str(), "Sáng nay");
    let r = m.value().as_date().unwrap().resolve(reference()).unwrap();
    assert_eq!(r.start().to_rfc3339(), "2019-11-27T04:00:00+07:00");
}

// ---------------------------------------------------------------------------------------------
// 11. Seasons and fixed holidays
// ---------------------------------------------------------------------------------------------

#[test]
fn seasons_and_holidays() {
    let v = date("mùa hè năm nay");
    assert_eq!(v.season(), Some(Season::Summer));
    assert_eq!(
        v.relative().map(|r| (r.amount(), r.unit())),
        Some((0, TimeUnit::Year))
    );
    assert_eq!(
        json_of("mùa hè năm nay"),
        json!({"season": "summer", "relative": {"amount": 0, "unit": "year"}})
    );
    assert_eq!(
        resolve("mùa hè năm nay"),
        resolved(
            "2019-05-01T00:00:00+07:00",
            "2019-08-01T00:00:00+07:00",
            TimeUnit::Month
        )
    );
    assert_eq!(
        json_of("mùa xuân năm 2020"),
        json!({"year": 2020, "season": "spring"})
    );
    assert_eq!(
        resolve("mùa xuân năm 2020"),
        resolved(
            "2020-02-01T00:00:00+07:00",
            "2020-05-01T00:00:00+07:00",
            TimeUnit::Month
        )
    );
    assert_eq!(date("mùa thu").season(), Some(Season::Autumn));

    for (s, d, m) in [
        ("Quốc khánh", 2, 9),
        ("Giải phóng miền Nam", 30, 4),
        ("ngày Giải phóng miền Nam", 30, 4),
        ("Tết Dương lịch", 1, 1),
        ("Giáng sinh", 25, 12),
        ("Quốc khánh 2/9", 2, 9),
    ] {
        let v = date(s);
        assert_eq!(ymd(&v), (None, Some(m), Some(d)), "{s}");
    }
    assert_eq!(json_of("Quốc khánh"), json!({"month": 9, "day": 2}));
    assert_eq!(json_of("Giáng sinh"), json!({"month": 12, "day": 25}));
    assert_eq!(parse("Tết Dương lịch").to_string(), "1/1");
    assert_eq!(
        resolve("Giáng sinh"),
        resolved(
            "2019-12-25T00:00:00+07:00",
            "2019-12-26T00:00:00+07:00",
            TimeUnit::Day
        )
    );

    // In running text.
    let text = "Dự báo mùa hè năm nay sẽ có nhiều đợt nắng nóng gay gắt.";
    assert_eq!(
        only_mention(text, "mùa hè năm nay"),
        json!({"season": "summer", "relative": {"amount": 0, "unit": "year"}})
    );
    let text = "Nhân dịp kỷ niệm 74 năm Quốc khánh 2/9, UBND tỉnh tổ chức mít tinh.";
    assert_eq!(
        only_mention(text, "Quốc khánh 2/9"),
        json!({"month": 9, "day": 2})
    );
    let text = "Kỷ niệm 45 năm ngày Giải phóng miền Nam, thống nhất đất nước.";
    assert_eq!(
        only_mention(text, "ngày Giải phóng miền Nam"),
        json!({"month": 4, "day": 30})
    );
    let text = "Nhân dịp Giáng sinh, thành phố trang hoàng rực rỡ.";
    assert_eq!(
        only_mention(text, "Giáng sinh"),
        json!({"month": 12, "day": 25})
    );
    let text = "Vào dịp Tết Dương lịch, người lao động được nghỉ một ngày.";
    assert_eq!(
        only_mention(text, "Tết Dương lịch"),
        json!({"month": 1, "day": 1})
    );
}

// ---------------------------------------------------------------------------------------------
// 12. Can-chi years
// ---------------------------------------------------------------------------------------------

#[test]
fn can_chi_years() {
    let v = date("Canh Tý 2020");
    assert_eq!(v.year(), Some(2020));
    let c = v.can_chi().unwrap();
    assert_eq!(c.to_string(), "Canh Tý");
    assert_eq!((c.stem(), c.branch()), ("Canh", "Tý"));
    assert_eq!(c, CanChi::of_year(2020));
    assert_eq!(
        json_of("Canh Tý 2020"),
        json!({"year": 2020, "can_chi": "Canh Tý"})
    );
    assert_eq!(parse("Canh Tý 2020").to_string(), "Canh Tý 2020");

    let v = date("Xuân Nhâm Dần");
    assert_eq!(v.can_chi().unwrap().to_string(), "Nhâm Dần");
    assert_eq!(v.year(), None);
    assert_eq!(json_of("Xuân Nhâm Dần"), json!({"can_chi": "Nhâm Dần"}));
    // Placed on the Nhâm Dần year nearest the reference: a lunar year, from Tết to Tết.
    assert_eq!(
        resolve("Xuân Nhâm Dần"),
        resolved(
            "2022-02-01T00:00:00+07:00",
            "2023-01-22T00:00:00+07:00",
            TimeUnit::Year
        )
    );

    // Tết of a can-chi year is its first lunar day.
    assert_eq!(
        json_of("Tết Quý Mão 2023"),
        json!({"year": 2023, "month": 1, "day": 1, "can_chi": "Quý Mão", "lunar": true})
    );
    assert_eq!(
        json_of("Giáp Thìn 2024"),
        json!({"year": 2024, "can_chi": "Giáp Thìn"})
    );
    assert_eq!(json_of("năm Canh Tý"), json!({"can_chi": "Canh Tý"}));
    assert_eq!("Quý Mão".parse::<CanChi>().unwrap(), CanChi::of_year(2023));

    // A name that contradicts the year.
    assert_error("Canh Tý 2021", ParseErrorKind::CanChiMismatch, 0);
    assert_error("Tết Canh Tý 2021", ParseErrorKind::CanChiMismatch, 0);

    // In running text.
    let text = "Nhân dân cả nước vui đón Tết Quý Mão 2023 trong không khí ấm áp.";
    assert_eq!(
        only_mention(text, "Tết Quý Mão 2023"),
        json!({"year": 2023, "month": 1, "day": 1, "can_chi": "Quý Mão", "lunar": true})
    );
    let text = "Không khí đón Xuân Nhâm Dần đã tràn ngập khắp phố phường.";
    assert_eq!(
        only_mention(text, "Xuân Nhâm Dần"),
        json!({"can_chi": "Nhâm Dần"})
    );
}

// ---------------------------------------------------------------------------------------------
// 13. Not dates; impossible values
// ---------------------------------------------------------------------------------------------

#[test]
fn not_dates() {
    for text in [
        "Hơn 6.500 đại biểu dự hội nghị tại 13 điểm cầu trên cả nước.",
        "Công tác phòng, chống dịch Covid-19 được triển khai quyết liệt.",
        "Đây là lần thứ ba đoàn công tác của Bộ đến làm việc tại tỉnh.",
        "Nghị quyết Đại hội lần thứ XIII của Đảng đã đi vào cuộc sống.",
        "Vụ trưởng Vụ Địa phương 3 (Ban Tổ chức Trung ương) phát biểu.",
        "Tỷ lệ hộ nghèo giảm 2,5%, tăng trưởng kinh tế đạt 7,02%.",
        "Tổng vốn đầu tư đạt 15.000 tỷ đồng, tương đương 650 triệu USD.",
        "Giá vàng tăng 200.000 đồng/lượng so với phiên trước.",
        "Mọi thông tin xin liên hệ đường dây nóng 0912.345.678 hoặc 024.3825.1234.",
        "Theo Nghị định số 15/2020/NĐ-CP của Chính phủ về xử phạt vi phạm hành chính.",
        "Căn cứ Điều 5 của Luật Tổ chức Chính phủ.",
        "Đội tuyển thắng với tỷ số 2-1 trong trận chung kết.",
        "Hơn 2/3 số đại biểu tán thành nghị quyết.",
        "Ban chấp hành họp mỗi tháng 2 lần.",
        "Khoảng 30-40% số hộ dân được hỗ trợ.",
        "Kỳ họp thứ 8 đã thảo luận nhiều nội dung quan trọng.",
    ] {
        assert_eq!(spans(text), Vec::<&str>::new(), "{text:?}");
    }
    // The law's year is a date; `Điều 5` next to it is not part of it.
    let text = "Căn cứ Điều 5 Luật Cán bộ, công chức năm 2008.";
    assert_eq!(only_mention(text, "năm 2008"), json!({"year": 2008}));

    // Not dates for the strict parser either.
    for s in ["6.500", "Covid-19", "Điều 5", "lần thứ ba", "15/2020/NĐ-CP"] {
        assert!(DateValue::parse(s).is_err(), "{s}");
    }
    assert_error("", ParseErrorKind::Empty, 0);

    // Impossible values: errors from the strict parser, with kind and offset …
    assert_error("31/2/2020", ParseErrorKind::InvalidDate, 0);
    assert_error("29/2/2019", ParseErrorKind::InvalidDate, 0);
    assert_error("31/4/2021", ParseErrorKind::InvalidDate, 0);
    assert_error("29.02.2019", ParseErrorKind::InvalidDate, 0);
    assert_error("32/1/2020", ParseErrorKind::InvalidDate, 0);
    assert_error("30/2", ParseErrorKind::InvalidDate, 0);
    assert_error("13/13/2020", ParseErrorKind::InvalidDate, 0);
    assert_error("27-28/13", ParseErrorKind::InvalidDate, 0);
    assert_error("25:00", ParseErrorKind::InvalidTime, 0);
    assert_error("24:00", ParseErrorKind::InvalidTime, 0);
    assert_error("14:61", ParseErrorKind::InvalidTime, 0);
    assert_error("15h75", ParseErrorKind::InvalidTime, 0);
    assert_error("lúc 25:00", ParseErrorKind::InvalidTime, "lúc ".len());
    assert_error(
        "vào lúc 14:61",
        ParseErrorKind::InvalidTime,
        "vào lúc ".len(),
    );
    // Month 13 after `tháng`: an error pointing at the 13 (its kind: see `bug_month_13_kind`).
    let err = DateValue::parse("tháng 13").unwrap_err();
    assert_eq!(err.offset(), "tháng ".len());
    assert_eq!(err.expected(), Some("a month (1-12 or its name)"));
    let err = DateValue::parse("ngày 5 tháng 13 năm 2020").unwrap_err();
    assert_eq!(err.offset(), "ngày 5 tháng ".len());
    // Trailing words.
    assert_error("27/11/2019 xyz", ParseErrorKind::TrailingInput, 10);

    // … and never mentions.
    for text in [
        "Ngày 31/2/2020, một văn bản được ký ban hành.",
        "Ngày 29/2/2019, hồ sơ được nộp về Sở.",
        "Cuộc họp bắt đầu lúc 25:00 theo lịch cũ.",
        "Số liệu ngày 15/13/2020 được công bố trên cổng thông tin.",
        "Số liệu tháng 13/2020 chưa được công bố.",
        "Ngày 32/1/2020 không có trong lịch.",
    ] {
        assert_eq!(spans(text), Vec::<&str>::new(), "{text:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Unicode: NFD, old tone placement, Ð, NBSP, dashes
// ---------------------------------------------------------------------------------------------

#[test]
fn unicode_forms_give_same_values_and_verbatim_spans() {
    // NFD (decomposed) input parses to the same value as NFC.
    for (nfd, nfc) in [
        ("Sa\u{301}ng 27-11", "Sáng 27-11"),
        (
            "Thu\u{31b}\u{301} Tu\u{31b}, 27/11/2019",
            "Thứ Tư, 27/11/2019",
        ),
        (
            "Ca\u{323}\u{302}p nha\u{323}\u{302}t lu\u{301}c 14:46, Thu\u{31b}\u{301} Tu\u{31b}, 27/11/2019 (GMT+7)",
            "Cập nhật lúc 14:46, Thứ Tư, 27/11/2019 (GMT+7)",
        ),
        (
            "tha\u{301}ng mu\u{31b}o\u{31b}\u{300}i na\u{306}m 2017",
            "tháng mười năm 2017",
        ),
        (
            "Te\u{302}\u{301}t Quy\u{301} Ma\u{303}o 2023",
            "Tết Quý Mão 2023",
        ),
        (
            "thu\u{31b}\u{301} 5 tua\u{302}\u{300}n tru\u{31b}o\u{31b}\u{301}c",
            "thứ 5 tuần trước",
        ),
        // Ð (U+00D0) for Đ, NBSP, em dash.
        ("\u{d0}êm 31/12", "đêm 31/12"),
        (
            "ngày 5\u{a0}tháng\u{a0}8 năm 2022",
            "ngày 5 tháng 8 năm 2022",
        ),
        ("giai đoạn 2021\u{2014}2025", "giai đoạn 2021-2025"),
    ] {
        assert_ne!(nfd, nfc);
        assert_eq!(parse(nfd), parse(nfc), "{nfd:?}");
    }
    assert_eq!(
        json_of("Sa\u{301}ng 27-11"),
        json!({"month": 11, "day": 27, "part_of_day": "morning"})
    );
    // Values come out normalised.
    assert_eq!(
        json_of("Te\u{302}\u{301}t Quy\u{301} Ma\u{303}o 2023"),
        json!({"year": 2023, "month": 1, "day": 1, "can_chi": "Quý Mão", "lunar": true})
    );

    // Spans point into the text as given.
    let text = "Tin: Sa\u{301}ng 27-11, Ban Thu\u{31b}o\u{31b}\u{300}ng vu\u{323} ho\u{323}p.";
    let found: Vec<_> = dates(text).collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].as_str(), "Sa\u{301}ng 27-11");
    assert_eq!(
        (found[0].start(), found[0].end()),
        (5, 5 + "Sa\u{301}ng 27-11".len())
    );
    assert_eq!(
        serde_json::to_value(found[0].value()).unwrap(),
        json!({"month": 11, "day": 27, "part_of_day": "morning"})
    );

    // Decomposed text before the mention shifts its byte offsets; the span follows.
    let text = "Ti\u{309}nh u\u{309}y ho\u{323}p nga\u{300}y 5/8/2022 ta\u{323}i hội trường.";
    assert_eq!(
        only_mention(text, "nga\u{300}y 5/8/2022"),
        json!({"year": 2022, "month": 8, "day": 5})
    );

    // Old tone placement.
    let text = "Tỉnh uỷ họp ngày 5/8/2022 tại hội trường.";
    assert_eq!(
        only_mention(text, "ngày 5/8/2022"),
        json!({"year": 2022, "month": 8, "day": 5})
    );
    let text = "Tỉnh uỷ Hoà Bình họp sáng thứ ba ngày 6 tháng 2.";
    assert_eq!(
        only_mention(text, "sáng thứ ba ngày 6 tháng 2"),
        json!({"month": 2, "day": 6, "weekday": "Tue", "part_of_day": "morning"})
    );
    let text = "Hoà Bình, ngày 5\u{a0}tháng\u{a0}8 năm 2022";
    assert_eq!(
        only_mention(text, "ngày 5\u{a0}tháng\u{a0}8 năm 2022"),
        json!({"year": 2022, "month": 8, "day": 5})
    );

    // Error offsets point into the input as given.
    let err = DateValue::parse("tha\u{301}ng 13").unwrap_err();
    assert_eq!(err.offset(), "tha\u{301}ng ".len());
    assert_error(
        "nga\u{300}y 5 tha\u{301}ng 8 na\u{306}m 2022 xyz",
        ParseErrorKind::TrailingInput,
        "nga\u{300}y 5 tha\u{301}ng 8 na\u{306}m 2022".len(),
    );
    assert_error(
        "lu\u{301}c 25:00",
        ParseErrorKind::InvalidTime,
        "lu\u{301}c ".len(),
    );
    assert_error("Canh Ty\u{301} 2021", ParseErrorKind::CanChiMismatch, 0);
}

// ---------------------------------------------------------------------------------------------
// Library bugs found while writing these tests (ignored so the rest passes).
// ---------------------------------------------------------------------------------------------

/// Regression: a worded date `ngày D tháng M` followed by `năm` and a word that is not a number
/// (`năm nay`, `năm ngoái`, `năm Canh Tý`) does not parse, although `ngày 2/9 năm nay`,
/// `tháng 9 năm nay` and `tháng 8 năm Canh Tý` do.
#[test]
fn worded_date_with_relative_year() {
    assert_eq!(
        json_of("ngày 2 tháng 9 năm nay"),
        json!({"month": 9, "day": 2, "relative": {"amount": 0, "unit": "year"}})
    );
    assert_eq!(parse("ngày 2 tháng 9 năm nay"), parse("ngày 2/9 năm nay"));
    assert_eq!(
        json_of("mùng 2 tháng 9 năm ngoái"),
        json!({"month": 9, "day": 2, "relative": {"amount": -1, "unit": "year"}})
    );
    // A day in a year named by its can-chi is a lunar day.
    assert_eq!(
        json_of("ngày 15 tháng 8 năm Canh Tý"),
        json!({"month": 8, "day": 15, "can_chi": "Canh Tý", "lunar": true})
    );
}

/// Regression: in running text, a worded date followed by `năm` + a non-number loses its day, or the
/// whole mention, or turns into a wrong relative value.
#[test]
fn scanner_worded_date_before_nam_word() {
    // The day is lost: only `tháng 9` is reported.
    let text = "Ngày 5 tháng 9 năm học mới bắt đầu.";
    assert_eq!(spans(text).first().copied(), Some("Ngày 5 tháng 9"));
    let v = dates(text).next().unwrap().into_value();
    let d = *v.as_date().unwrap().as_single().unwrap();
    assert_eq!((d.month(), d.day()), (Some(9), Some(5)));

    // The whole mention disappears (`Mùng 2 tháng 9,` alone is found).
    let text = "Mùng 2 tháng 9 năm nay, cả nước kỷ niệm 77 năm Quốc khánh.";
    let first = dates(text).next().expect("a mention");
    assert_eq!(first.start(), 0);
    assert!(first.as_str().starts_with("Mùng 2 tháng 9"));

    // A day list disappears too.
    let text = "Ngày 27 và 28 tháng 11 năm nay, hội nghị diễn ra tại Hà Nội.";
    let first = dates(text).next().expect("a mention");
    assert!(first.as_str().starts_with("Ngày 27 và 28 tháng 11"));

    // A wrong value: `3 năm trước` (three years ago) is reported instead of 3 March.
    let text = "Mồng 3 tháng 3 năm trước, lễ hội diễn ra rất đông vui.";
    let first = dates(text).next().expect("a mention");
    assert_eq!(first.start(), 0);
    let d = *first.value().as_date().unwrap().as_single().unwrap();
    assert_eq!((d.month(), d.day()), (Some(3), Some(3)));
}

/// Regression: an impossible calendar date after a leading word (`ngày`, a weekday, a part of the
/// day) is reported as trailing input after the leading word (or after the day number)
/// instead of `InvalidDate` at the date, as bare `31/2/2020` is (the `ParseErrorKind::
/// InvalidDate` documentation names `31/2/2020`; `lúc 25:00` likewise points at the time).
#[test]
fn invalid_date_after_leading_word() {
    assert_error("ngày 31/2/2020", ParseErrorKind::InvalidDate, "ngày ".len());
    assert_error("ngày 30/2", ParseErrorKind::InvalidDate, "ngày ".len());
    assert_error("ngày 32/1/2020", ParseErrorKind::InvalidDate, "ngày ".len());
    assert_error("sáng 31/2/2020", ParseErrorKind::InvalidDate, "sáng ".len());
    assert_error(
        "Thứ Tư, 31/2/2019",
        ParseErrorKind::InvalidDate,
        "Thứ Tư, ".len(),
    );
    assert_error(
        "từ ngày 1/1/2024 đến ngày 31/2/2024",
        ParseErrorKind::InvalidDate,
        "từ ngày 1/1/2024 đến ngày ".len(),
    );
}

/// Regression: an ISO date that does not exist is `Unexpected` at the day, not `InvalidDate`.
#[test]
fn invalid_iso_date_kind() {
    assert_error("2019-02-29", ParseErrorKind::InvalidDate, 0);
}

/// Regression (was a mismatch between documentation and behaviour): `ParseErrorKind::InvalidDate` is documented as covering
/// "month 13", and `13/13/2020` gives it, but `tháng 13/2020` gives `Unexpected`.
#[test]
fn month_13_kind() {
    assert_error("tháng 13/2020", ParseErrorKind::InvalidDate, "tháng ".len());
    assert_error("tháng 13", ParseErrorKind::InvalidDate, "tháng ".len());
}

/// Times stated only vaguely, and recurrences: their own fields, no calendar value, and no
/// interval except `hiện nay` (the reference's day).
#[test]
fn vague_times_and_recurrences() {
    let reference = DateTime::parse_from_rfc3339("2019-11-27T14:46:00+07:00").unwrap();
    let cases = [
        ("hiện nay", json!({"vague": "present"})),
        ("ngày nay", json!({"vague": "present"})),
        ("thời gian qua", json!({"vague": "past"})),
        ("những năm qua", json!({"vague": "past"})),
        ("gần đây", json!({"vague": "past"})),
        ("thời gian tới", json!({"vague": "future"})),
        ("hằng năm", json!({"every": "year"})),
        ("hàng tháng", json!({"every": "month"})),
    ];
    for (input, want) in cases {
        let v = DateValue::parse(input).unwrap();
        assert_eq!(serde_json::to_value(v).unwrap(), want, "{input}");
        assert_eq!(v.to_string().parse::<DateValue>().unwrap(), v, "{input}");
    }
    let now = DateValue::parse("hiện nay")
        .unwrap()
        .resolve(reference)
        .unwrap();
    assert_eq!(now.start().to_rfc3339(), "2019-11-27T00:00:00+07:00");
    assert!(
        DateValue::parse("thời gian tới")
            .unwrap()
            .resolve(reference)
            .is_none()
    );
    assert!(
        DateValue::parse("hằng năm")
            .unwrap()
            .resolve(reference)
            .is_none()
    );

    let text = "Những năm qua, tỉnh đã đạt nhiều thành tựu; trong thời gian tới, hằng năm tỉnh sẽ tổng kết.";
    assert_eq!(spans(text), ["Những năm qua", "thời gian tới", "hằng năm"]);
    // `thực hiện tại` (carry out at) is no `hiện tại`; `hàng năm trời` (for years) no recurrence.
    assert!(spans("tổ chức thực hiện tại cơ quan, đơn vị").is_empty());
    assert!(spans("anh chờ hàng năm trời").is_empty());
}

#[test]
fn weekend_exact_times_and_cua() {
    // Reference: Wednesday 27 November 2019.
    assert_eq!(
        json_of("cuối tuần"),
        json!({"period_part": "late", "relative": {"amount": 0, "unit": "week"}})
    );
    assert_eq!(
        resolve("cuối tuần"),
        resolved(
            "2019-11-30T00:00:00+07:00",
            "2019-12-02T00:00:00+07:00",
            TimeUnit::Day
        )
    );
    assert_eq!(
        json_of("vào đúng 8 giờ sáng"),
        json!({"hour": 8, "part_of_day": "morning"})
    );
    assert_eq!(
        spans("Đúng 9 giờ 5 phút sáng 13/10, đoàn xe xuất phát."),
        ["Đúng 9 giờ 5 phút sáng 13/10"]
    );
    assert_eq!(
        json_of("quý 4 của năm 2018"),
        json!({"year": 2018, "quarter": 4})
    );
    assert_eq!(
        spans("Hạn nộp là ngày 10 của tháng tiếp theo."),
        ["ngày 10 của tháng tiếp theo"]
    );
}

#[test]
fn era_written_once_and_named_days() {
    // The era at the end of a range holds for its start too.
    assert_eq!(
        json_of("thế kỷ 18 đến thế kỷ 12 TCN"),
        json!({"start": {"century": -18}, "end": {"century": -12}})
    );
    assert_eq!(
        json_of("năm 300 đến năm 200 TCN"),
        json!({"start": {"year": -300}, "end": {"year": -200}})
    );
    // A holiday's name and its date are one day.
    assert_eq!(
        json_of("Ngày Quốc tế thiếu nhi - 1 tháng 6"),
        json!({"month": 6, "day": 1})
    );
}

#[test]
fn years_before_the_common_era_count_as_historians_do() {
    // `năm 1 TCN` is −1 and is followed by year 1: chrono's year 0 is 1 BC.
    assert_eq!(Date::parse("năm 1 TCN").unwrap().year(), Some(-1));
    assert_eq!(
        resolve("năm 1 TCN"),
        resolved(
            "0000-01-01T00:00:00+07:00",
            "0001-01-01T00:00:00+07:00",
            TimeUnit::Year
        )
    );
    // The first century BC is 100–1 BC.
    assert_eq!(
        resolve("thế kỷ 1 TCN"),
        resolved(
            "-0099-01-01T00:00:00+07:00",
            "0001-01-01T00:00:00+07:00",
            TimeUnit::Year
        )
    );
    assert_eq!(
        DateValue::parse("năm 0").unwrap_err().kind(),
        ParseErrorKind::InvalidDate
    );
    // The can-chi of 1 BC follows that of AD 1 (Tân Dậu) back by one: Canh Thân.
    assert_eq!(vanban::CanChi::of_year(1).to_string(), "Tân Dậu");
    assert_eq!(vanban::CanChi::of_year(-1).to_string(), "Canh Thân");
}

/// Regression (found by comparing the scanner with a pattern count over the dev corpus): a
/// pair of numbers after a date that cannot be a day and a month (a score, a range of counts)
/// ended the date with an error, so the date was lost.
#[test]
fn a_number_pair_after_a_date_ends_it() {
    assert_eq!(
        spans(
            "đậm nhất là 2-8 trước Juventus vào ngày 10 tháng 7 năm 1927, 0-6 cũng trước Juventus"
        ),
        ["ngày 10 tháng 7 năm 1927"]
    );
    assert_eq!(
        spans("Năm 2019, 5-15 người tham gia mỗi lớp."),
        ["Năm 2019"]
    );
    assert_eq!(spans("Tối 27/11/2019, 3-0 là tỷ số"), ["Tối 27/11/2019"]);
    // An impossible day and month after a piece is still an error, in a strict parse and in a
    // scan.
    assert_error(
        "Thứ Tư, 31/2/2019",
        ParseErrorKind::InvalidDate,
        "Thứ Tư, ".len(),
    );
    assert!(spans("Thứ Tư, 13/13/2019 họp").is_empty());
}

/// Regression (dev corpus): a range of clock times whose end names the day (`trưa nay`,
/// `sáng mai`) was refused as "two dates of different kinds"; both times are on that day.
#[test]
fn a_range_of_times_takes_the_relative_day_of_either_side() {
    assert_eq!(
        spans("ghi nhận trên địa bàn thành phố từ 6h00-12h00 trưa nay là chùm ca bệnh"),
        ["từ 6h00-12h00 trưa nay"]
    );
    let v = parse("từ 8h đến 11h sáng nay");
    assert_eq!(v.to_string(), "từ 8 giờ, hôm nay đến 11 giờ sáng, hôm nay");
    let r = v.as_range().unwrap();
    assert_eq!(r.start().relative(), r.end().relative());
    assert_eq!(
        parse("từ 8h sáng mai đến 11h")
            .as_range()
            .unwrap()
            .end()
            .hour(),
        Some(11)
    );
    // A day that is no time of day still needs its own kind.
    assert!(DateValue::parse("từ hôm qua đến 5/8").is_err());
}

/// Regression (dev corpus): a comma with no space after it, before a capital, ends a date as
/// a full stop does (`Năm 1982,Samsung`); before a digit it is a decimal comma.
#[test]
fn a_comma_glued_to_the_next_clause_ends_a_date() {
    assert_eq!(
        spans("trên thế giới. Năm 1982,Samsung xây dựng nhà máy"),
        ["Năm 1982"]
    );
    assert!(spans("tăng năm 2019,5 lần").is_empty());
}

/// Two hours and one unit (`8-10 giờ sáng`, `9-11h`), found in the dev corpus as `vào khoảng
/// 11-12 giờ đêm`: a range of clock times, not a day and a month, when the clock reading is
/// clear; `mất khoảng 1-2 giờ` is a span of hours and no date.
#[test]
fn two_hours_and_one_unit() {
    assert_eq!(
        spans("6 tháng 9 năm 1792), vào khoảng 11-12 giờ đêm, Quang Trung"),
        ["6 tháng 9 năm 1792", "vào khoảng 11-12 giờ đêm"]
    );
    let v = parse("1-3 giờ chiều");
    let r = v.as_range().unwrap();
    assert_eq!((r.start().hour(), r.end().hour()), (Some(13), Some(15)));
    assert_eq!(parse("9-11h").to_string(), "từ 9 giờ đến 11 giờ");
    assert_eq!(
        parse("từ 7-9h sáng").as_range().unwrap().start().hour(),
        Some(7)
    );
    // Without a clock's `h`, a part of the day or minutes: hours counted, or a day and month.
    assert!(spans("mất khoảng 1-2 giờ để hoàn thành").is_empty());
    assert!(spans("mất 2h-3h để đi").is_empty());
    assert_eq!(date("8-10").month(), Some(10));
}

/// Regression (dev corpus): the second day of `ngày 22/9 và 23/9` was lost, as a bare day and
/// month needs a context word; a list member after a day and month takes its context.
#[test]
fn further_days_after_a_day_and_month() {
    assert_eq!(
        spans("Trong ngày 22/9 và 23/9, tại các chốt kiểm soát"),
        ["ngày 22/9", "23/9"]
    );
    assert_eq!(
        spans("Họp các ngày 30/9, 1/10 và 2/10."),
        ["ngày 30/9", "1/10", "2/10"]
    );
    // A fraction after the date is none: it is followed by a noun, in another month.
    assert_eq!(spans("ngày 5/8 và 2/3 số thành viên"), ["ngày 5/8"]);
    // The year of the first holds for the rest.
    let found: Vec<_> = dates("ngày 31/12/2021 và 1/1/2022, ngày 5/8/2022 và 6/8.")
        .map(|m| m.value().as_date().unwrap().to_string())
        .collect();
    assert_eq!(found, ["31/12/2021", "1/1/2022", "5/8/2022", "6/8/2022"]);
}

/// A holiday and its year (`tết nguyên đán 2009` in the dev corpus resolved to the dateline's
/// year before): the year is the holiday's, and the day is stated.
#[test]
fn a_holiday_and_its_year() {
    assert_eq!(date("Tết Dương lịch 2022").to_string(), "1/1/2022");
    assert_eq!(date("Quốc khánh 2022").to_string(), "2/9/2022");
    assert_eq!(date("Tết Nguyên đán 2023").to_string(), "1/1/2023 âm lịch");
    assert_eq!(
        spans("Lịch nghỉ Tết Dương lịch 2022 từ ngày 1/1."),
        ["Tết Dương lịch 2022", "ngày 1/1"]
    );
    // A number that is no year stays out.
    assert_eq!(spans("dịp Quốc khánh 150 người"), ["Quốc khánh"]);
}

/// Regression (dev corpus): `rạng sáng 22/10` was found as `sáng 22/10`, as `rạng` started no
/// scan (the strict parser read it).
#[test]
fn rang_sang_is_part_of_the_mention() {
    assert_eq!(
        spans("Rạng sáng nay, một vụ cháy xảy ra; rạng sáng 22/10 cũng vậy."),
        ["Rạng sáng nay", "rạng sáng 22/10"]
    );
    assert!(spans("ánh sáng rạng rỡ").is_empty());
}

/// `nửa đêm` (midnight) is 0 giờ đêm, with its day when one is said.
#[test]
fn midnight() {
    assert_eq!(parse("nửa đêm").to_string(), "0 giờ đêm");
    assert_eq!(parse("nửa đêm qua").to_string(), "0 giờ đêm, hôm qua");
    assert_eq!(date("nửa đêm 5/8").hour(), Some(0));
    assert_eq!(spans("Đến nửa đêm, hai mẹ con bỗng giật mình"), ["nửa đêm"]);
    // `nửa` (half) starts nothing else.
    assert!(spans("một nửa số người dân").is_empty());
}

/// Fuzz finding `date-3` (`24-2h`): the first of two hours is a clock hour, 0 to 23.
#[test]
fn two_hours_start_at_a_clock_hour() {
    assert!(DateValue::parse("24-2h").is_err());
    assert_eq!(parse("23-2h").to_string(), "từ 23 giờ đến 2 giờ");
}

/// Regression (dev corpus, eight times): `ngày tháng năm sinh` (date of birth) was read as May.
/// `năm` in lower case after `tháng`, with no day or year, is the heading's year; the month is
/// written `tháng Năm` or `tháng 5`.
#[test]
fn ngay_thang_nam_sinh_is_no_may() {
    assert!(
        spans("Thông tin người lao động (bao gồm họ tên, ngày tháng năm sinh, giới tính)")
            .is_empty()
    );
    assert!(spans("8. Địa danh, ngày tháng năm cấp văn bằng.").is_empty());
    assert_eq!(spans("vào tháng Năm, trời nóng"), ["tháng Năm"]);
    assert_eq!(spans("ngày 5 tháng năm"), ["ngày 5 tháng năm"]);
}

/// Hours in words read as clock times when minutes or a part of the day follow; alone, `hai
/// giờ` is two hours.
#[test]
fn clock_hours_in_words() {
    let d = date("ba giờ rưỡi chiều");
    assert_eq!((d.hour(), d.minute()), (Some(15), Some(30)));
    let d = date("hai giờ mười lăm phút");
    assert_eq!((d.hour(), d.minute()), (Some(2), Some(15)));
    let d = date("ba giờ kém mười lăm phút");
    assert_eq!((d.hour(), d.minute()), (Some(2), Some(45)));
    assert_eq!(date("mười giờ sáng").hour(), Some(10));
    assert!(DateValue::parse("hai giờ").is_err());
    assert_eq!(
        spans("Khoảng ba giờ sáng ngày 5/6, một đám cháy bùng lên"),
        ["Khoảng ba giờ sáng ngày 5/6"]
    );
    assert!(spans("Cuộc họp kéo dài ba giờ rưỡi").is_empty());
    // `năm` after the hour is the year's, not five minutes.
    assert_eq!(date("10 giờ năm nay").minute(), None);
}

/// `ngay bây giờ`, `2 ngày vừa rồi`, `thứ 2 tới`, `mùa hè này`, `quý hiện tại`.
#[test]
fn more_relative_words() {
    assert_eq!(parse("ngay bây giờ"), parse("bây giờ"));
    assert_eq!(parse("ngay lúc này"), parse("bây giờ"));
    assert_eq!(parse("2 ngày vừa rồi"), parse("2 ngày qua"));
    assert_eq!(parse("thứ 2 tới"), parse("thứ Hai tới"));
    assert_eq!(parse("mùa hè này"), parse("mùa hè năm nay"));
    assert_eq!(parse("quý hiện tại"), parse("quý này"));
    assert_eq!(
        resolve("mùa đông này"),
        resolved(
            "2019-11-01T00:00:00+07:00",
            "2020-02-01T00:00:00+07:00",
            TimeUnit::Month
        )
    );
    // `tới` before the end of a range is "to".
    let r = parse("từ thứ Hai tới thứ Sáu");
    let r = r.as_range().unwrap();
    assert_eq!(
        (r.start().weekday(), r.end().weekday()),
        (Some(Weekday::Mon), Some(Weekday::Fri))
    );
    assert_eq!(
        spans("Bộ phận một cửa làm việc từ thứ Hai tới thứ Sáu hằng tuần"),
        ["từ thứ Hai tới thứ Sáu", "hằng tuần"]
    );
}

/// A dotted date with a two-digit year writes its day and month with two digits: `1.10.30` is
/// a version number.
#[test]
fn version_numbers_are_no_dotted_dates() {
    assert!(DateValue::parse("1.10.30").is_err());
    assert!(spans("Bản cập nhật 1.10.30 sửa lỗi").is_empty());
    assert_eq!(date("05.09.21").year(), Some(2021));
    assert_eq!(date("1.1.2020").day(), Some(1));
}

/// Web pages date their posts `9 Tháng 1 2015 lúc 15:08`: a year without `năm` before the time.
#[test]
fn year_without_nam_before_the_time() {
    let d = date("9 Tháng 1 2015 lúc 15:08");
    assert_eq!(ymd(&d), (Some(2015), Some(1), Some(9)));
    assert_eq!((d.hour(), d.minute()), (Some(15), Some(8)));
    assert_eq!(
        spans("Đăng 9 Tháng 1 2015 lúc 15:08 bởi admin"),
        ["9 Tháng 1 2015 lúc 15:08"]
    );
    // A count after the month is no year.
    assert_eq!(
        spans("ngày 5 tháng 3 2000 người tham gia"),
        ["ngày 5 tháng 3"]
    );
}

/// `hôm 14/8` is `ngày 14/8`: the lead belongs to the mention (only before a written date).
#[test]
fn hom_before_a_date() {
    assert_eq!(spans("Hôm 14/8, ông nói"), ["Hôm 14/8"]);
    assert_eq!(parse("hôm 28-2-2018"), parse("ngày 28-2-2018"));
    assert!(spans("hôm 5 người đến").is_empty());
    assert_eq!(spans("hôm nay (14/8)"), ["hôm nay (14/8)"]);
}

/// `sáng sớm` (early morning), `chiều tối` (dusk), `tối muộn`, `đêm khuya`: parts of the day said
/// more closely.
#[test]
fn parts_of_the_day_said_closely() {
    assert_eq!(spans("Sáng sớm 27/11, tại Hà Nội"), ["Sáng sớm 27/11"]);
    assert_eq!(
        date("sáng sớm 27/11").part_of_day(),
        Some(PartOfDay::Morning)
    );
    assert_eq!(
        date("chiều tối 5/6").part_of_day(),
        Some(PartOfDay::Evening)
    );
    assert_eq!(
        spans("Khoảng 5 giờ sáng sớm 5/6, cháy lớn"),
        ["Khoảng 5 giờ sáng sớm 5/6"]
    );
}

/// Fuzz finding `date-4`: in a range, a side with its own relative day takes no day or month
/// from the other side (`6/12 hôm nay` would name two days).
#[test]
fn a_side_with_its_own_relative_day_takes_no_date() {
    let v = parse("ngày 6-12 năm ngoái 0h - chiều hôm nay");
    let r = v.as_range().unwrap();
    assert_eq!((r.end().day(), r.end().month()), (None, None));
    assert_eq!(r.end().part_of_day(), Some(PartOfDay::Afternoon));
    assert_eq!(
        parse("từ 8h đến 17h ngày 5/8")
            .as_range()
            .unwrap()
            .start()
            .day(),
        Some(5)
    );
}

/// Where no form matches even its first word, the error says what was expected in general.
#[test]
fn an_input_no_form_starts_names_a_date_as_expected() {
    let e = DateValue::parse("xyz").unwrap_err();
    assert_eq!((e.offset(), e.expected()), (0, Some("a date or time")));
    let e = DateValue::parse("  xyz").unwrap_err();
    assert_eq!(e.offset(), 2);
    assert_eq!(
        DateValue::parse("tháng 13").unwrap_err().kind(),
        ParseErrorKind::InvalidDate
    );
}

/// `ngày 20/11 vừa qua`, `ngày 30/11 tới`, `tháng 10 này`: the words that place a partial date
/// belong to the mention; `tới` before a range's end or a place is "to".
#[test]
fn words_that_place_a_partial_date_belong_to_it() {
    assert_eq!(spans("Ngày 20/11 vừa qua, ông đến"), ["Ngày 20/11 vừa qua"]);
    assert_eq!(spans("vào ngày 30/11 tới, hội nghị"), ["ngày 30/11 tới"]);
    // They say which occurrence is meant (the reference is Wednesday 27/11/2019).
    assert_eq!(date("ngày 30/11 tới").direction(), Some(Direction::Next));
    assert_eq!(resolve("ngày 20/11 tới").0, "2020-11-20T00:00:00+07:00");
    assert_eq!(resolve("ngày 20/11 vừa qua").0, "2019-11-20T00:00:00+07:00");
    assert_eq!(resolve("tháng 12 vừa qua").0, "2018-12-01T00:00:00+07:00");
    assert_eq!(resolve("thứ Tư tới").0, "2019-12-04T00:00:00+07:00");
    assert_eq!(resolve("thứ Tư").0, "2019-11-27T00:00:00+07:00");
    assert_eq!(resolve("thứ Ba vừa rồi").0, "2019-11-26T00:00:00+07:00");
    assert_eq!(resolve("thứ Năm vừa qua").0, "2019-11-21T00:00:00+07:00");
    assert_eq!(
        json_of("tháng 3 tới"),
        json!({"month": 3, "direction": "next"})
    );
    assert_eq!(parse("tháng 3 này"), parse("tháng 3"));
    // Only a date without its year has a direction.
    assert!(
        serde_json::from_value::<DateValue>(json!({"year": 2020, "direction": "next"})).is_err()
    );
    assert_eq!(spans("tháng 10 này, giá tăng"), ["tháng 10 này"]);
    assert_eq!(
        spans("từ ngày 30/11 tới ngày 5/12"),
        ["từ ngày 30/11 tới ngày 5/12"]
    );
    assert_eq!(spans("ngày 30/11 tới Hà Nội"), ["ngày 30/11"]);
}

/// The night of a day runs past its midnight: `12 giờ đêm 31/12` is the midnight that ends
/// 31 December, as `đêm 31/12` runs from 22:00 to 04:00.
#[test]
fn night_hours_after_midnight_fall_on_the_next_day() {
    assert_eq!(resolve("12 giờ đêm 31/12").0, "2020-01-01T00:00:00+07:00");
    assert_eq!(resolve("nửa đêm qua").0, "2019-11-27T00:00:00+07:00");
    assert_eq!(resolve("23 giờ đêm 31/12").0, "2019-12-31T23:00:00+07:00");
    // Late in November, 1 January is the coming one (a date without its year is placed from
    // nine months before the reference to three months after).
    assert_eq!(resolve("0 giờ ngày 1/1").0, "2020-01-01T00:00:00+07:00");
}

/// Forms met in news and chat that other extractors read: the southern `ngày mốt`, a
/// weekday with `này`/`tới đây`, `trước nữa`/`sau nữa`, seconds in words, Vietnam's time zone
/// by name, ISO 8601 timestamps, halves of a year and `mới đây`.
#[test]
fn more_everyday_forms() {
    assert_eq!(
        json_of("ngày mốt"),
        json!({"relative": {"amount": 2, "unit": "day"}})
    );
    // `thứ Hai này` is the bare weekday: the next Monday at or after the reference.
    assert_eq!(parse("thứ Hai này"), parse("thứ Hai"));
    assert_eq!(parse("Chủ nhật này"), parse("Chủ nhật"));
    assert_eq!(resolve("thứ Sáu này").0, "2019-11-29T00:00:00+07:00");
    assert_eq!(date("chủ nhật tới").direction(), Some(Direction::Next));
    assert_eq!(date("thứ Hai tới đây").direction(), Some(Direction::Next));
    assert_eq!(spans("vào chủ nhật tới đây, đoàn"), ["chủ nhật tới đây"]);
    assert_eq!(
        json_of("tuần trước nữa"),
        json!({"relative": {"amount": -2, "unit": "week"}})
    );
    assert_eq!(
        json_of("năm sau nữa"),
        json!({"relative": {"amount": 2, "unit": "year"}})
    );
    assert_eq!(
        json_of("14 giờ 30 phút 15 giây"),
        json!({"hour": 14, "minute": 30, "second": 15})
    );
    assert_eq!(
        only_mention(
            "Trận đấu bắt đầu lúc 20h (giờ Hà Nội) ngày 5/6.",
            "lúc 20h (giờ Hà Nội) ngày 5/6"
        ),
        json!({"month": 6, "day": 5, "hour": 20, "utc_offset_minutes": 420})
    );
    assert_eq!(date("17 giờ giờ Việt Nam").utc_offset_minutes(), Some(420));
    assert_eq!(
        json_of("2020-03-02T10:00:05.123+07:00"),
        json!({"year": 2020, "month": 3, "day": 2, "hour": 10, "minute": 0, "second": 5,
               "utc_offset_minutes": 420})
    );
    assert_eq!(date("2020-03-02T03:00Z").utc_offset_minutes(), Some(0));
    assert_eq!(
        date("2020-03-02T10:00:00+0700").utc_offset_minutes(),
        Some(420)
    );
    assert_error("2020-03-02T25:00", ParseErrorKind::InvalidTime, 11);
    assert_eq!(
        json_of("nửa đầu năm 2021"),
        json!({"start": {"year": 2021, "month": 1}, "end": {"year": 2021, "month": 6}})
    );
    assert_eq!(parse("nửa cuối năm 2020"), parse("6 tháng cuối năm 2020"));
    assert_eq!(
        only_mention("Trong nửa đầu năm 2012, doanh thu tăng", "nửa đầu năm 2012"),
        json!({"start": {"year": 2012, "month": 1}, "end": {"year": 2012, "month": 6}})
    );
    assert_eq!(json_of("mới đây"), json!({"vague": "past"}));
    assert_eq!(spans("Mới đây, Bộ Y tế cho biết"), ["Mới đây"]);
}

/// A bare year and a month with its year are dates when a date is all that was asked for;
/// in running text they need a word (`năm 1975`, `tháng 12/2020`). `từ` leads a range of
/// bare years as `từ năm` does.
#[test]
fn bare_years_in_strict_parsing_and_ranges_after_tu() {
    assert_eq!(json_of("1975"), json!({"year": 1975}));
    assert_eq!(json_of("12/2020"), json!({"year": 2020, "month": 12}));
    assert_eq!(parse("3-2021"), parse("tháng 3 năm 2021"));
    assert!(DateValue::parse("13/2020").is_err());
    assert!(DateValue::parse("999").is_err());
    assert!(spans("Có 1975 người và 12/2020 phiếu").is_empty());
    assert_eq!(
        only_mention("Dự án kéo dài từ 2019 đến 2021 và", "từ 2019 đến 2021"),
        json!({"start": {"year": 2019}, "end": {"year": 2021}})
    );
    assert!(spans("Có từ 2000 đến 3000 người tham gia").is_empty());
}

/// More forms: `N năm gần đây`, the common era written out, a short decade and its century,
/// `ngày 2.9`, the days before Tết.
#[test]
fn eras_decades_in_centuries_dotted_days_and_days_before_tet() {
    assert_eq!(
        json_of("3 năm gần đây"),
        json!({"start": {"relative": {"amount": -3, "unit": "year"}},
               "end": {"relative": {"amount": 0, "unit": "day"}}})
    );
    assert_eq!(json_of("năm 40 sau Công nguyên"), json!({"year": 40}));
    assert_eq!(
        only_mention("Khoảng năm 40 SCN, họ dựng nước.", "Khoảng năm 40 SCN"),
        json!({"year": 40})
    );
    // A short year alone is weak: it may count years.
    assert!(spans("năm 40, họ đi").is_empty());
    assert_eq!(
        json_of("thế kỷ thứ 5 sau Công nguyên"),
        json!({"century": 5})
    );
    assert_eq!(
        json_of("thập niên 60 của thế kỷ XIX"),
        json!({"decade": 1860})
    );
    assert_eq!(
        json_of("những năm 80 của thế kỷ trước"),
        json!({"decade": 1980})
    );
    assert_eq!(json_of("ngày 2.9"), json!({"month": 9, "day": 2}));
    assert_eq!(
        only_mention(
            "Nhân dịp ngày 2.9, tỉnh tổ chức. Tỷ lệ 2.5 lần.",
            "ngày 2.9"
        ),
        json!({"month": 9, "day": 2})
    );
    assert_error("ngày 31.2", ParseErrorKind::InvalidDate, 0);
    assert_eq!(
        only_mention("Chiều 30 Tết, người dân đổ về", "Chiều 30 Tết"),
        json!({"month": 12, "day": 30, "part_of_day": "afternoon", "lunar": true})
    );
    assert_eq!(
        json_of("29 Tết"),
        json!({"month": 12, "day": 29, "lunar": true})
    );
}

/// Found by a review of the new forms: amounts after `ngày`, Tết holidays counted, school and
/// fiscal years, decades of early centuries, `CN` with `này`, ISO offsets in whole hours.
#[test]
fn review_of_the_new_forms() {
    for text in [
        "Lượng mưa trung bình ngày 2.5 mm.",
        "Mỗi ngày 1.5 lít nước",
        "Giá vàng ngày 3.12 triệu đồng",
        "Tăng trưởng ngày 12.5%.",
        "Anh đã đón 25 Tết xa quê.",
        "Nửa cuối năm tài chính 2023 thu giảm",
    ] {
        assert!(spans(text).is_empty(), "{text}: {:?}", spans(text));
    }
    assert_eq!(spans("từ ngày 1.11 cùng năm"), ["ngày 1.11"]);
    assert_eq!(
        spans("Trong nửa đầu năm học 2021-2022, học sinh"),
        ["năm học 2021-2022"]
    );
    // The year after `N Tết` is Tết's: the day before it is in the lunar year before.
    assert_eq!(
        only_mention("vào ngày 29 Tết năm 2020 thì", "ngày 29 Tết năm 2020"),
        json!({"year": 2019, "month": 12, "day": 29, "lunar": true})
    );
    // A short decade of a century before the 11th has no four-digit form.
    assert!(DateValue::parse("những năm 80 của thế kỷ I").is_err());
    assert_eq!(date("CN này"), date("Chủ nhật"));
    assert_eq!(date("2020-03-02T10:00+07").utc_offset_minutes(), Some(420));
}

/// Vague spans of days, weeks and months, as of years.
#[test]
fn vague_spans_of_days_weeks_and_months() {
    assert_eq!(json_of("những ngày qua"), json!({"vague": "past"}));
    assert_eq!(json_of("vài năm gần đây"), json!({"vague": "past"}));
    assert_eq!(json_of("những tháng tới"), json!({"vague": "future"}));
    assert_eq!(
        only_mention("Trong những ngày tới, trời sẽ mưa", "những ngày tới"),
        json!({"vague": "future"})
    );
    // After `vài`, `mấy`, the words `tới`, `qua` are as often "to" and "across".
    assert_eq!(spans("Còn mấy ngày tới Tết?"), ["Tết"]);
    assert!(spans("Thời gian xử lý từ vài ngày tới vài tuần").is_empty());
    assert_eq!(spans("trong những ngày tới Tết"), ["Tết"]);
}

/// The first and last days of a month, when the month says which day that is.
#[test]
fn first_and_last_days_of_a_month() {
    assert_eq!(
        json_of("ngày đầu tiên của tháng 3"),
        json!({"month": 3, "day": 1})
    );
    assert_eq!(
        json_of("ngày cuối cùng của tháng 2 năm 2024"),
        json!({"year": 2024, "month": 2, "day": 29})
    );
    assert_eq!(
        json_of("ngày cuối cùng của tháng 4"),
        json!({"month": 4, "day": 30})
    );
    // A February without its year, or a lunar month, leaves the last day unsaid.
    assert!(DateValue::parse("ngày cuối cùng của tháng 2").is_err());
    assert!(DateValue::parse("ngày cuối cùng của tháng Chạp").is_err());
    assert_eq!(
        only_mention(
            "Vào ngày đầu tiên của tháng 9, học sinh tựu trường",
            "ngày đầu tiên của tháng 9"
        ),
        json!({"month": 9, "day": 1})
    );
}

/// `từ … đến nay`: from a date until today, whatever the start's unit; nothing of today is
/// given to the start.
#[test]
fn from_a_date_until_today() {
    assert_eq!(
        json_of("từ năm 2020 đến nay"),
        json!({"start": {"year": 2020}, "end": {"relative": {"amount": 0, "unit": "day"}}})
    );
    assert_eq!(
        json_of("từ tháng 3 đến nay"),
        json!({"start": {"month": 3}, "end": {"relative": {"amount": 0, "unit": "day"}}})
    );
    assert_eq!(parse("2015 - nay"), parse("từ năm 2015 đến hôm nay"));
    assert_eq!(
        resolve("từ đầu năm đến nay"),
        resolved(
            "2019-01-01T00:00:00+07:00",
            "2019-11-28T00:00:00+07:00",
            TimeUnit::Day
        )
    );
    assert_eq!(
        spans("Từ đầu năm đến nay, tỉnh đã thu hút 20 dự án."),
        ["Từ đầu năm đến nay"]
    );
    assert!(DateValue::parse("từ năm sau đến nay").is_err());
}

/// A weekday named with a capital and placed in time starts a sentence as a date; its name
/// is never read as a year.
#[test]
fn placed_weekdays_start_sentences() {
    assert_eq!(
        only_mention("Thứ Năm vừa rồi, đoàn đã đến.", "Thứ Năm vừa rồi"),
        json!({"weekday": "Thu", "direction": "last"})
    );
    assert_eq!(
        only_mention("Thứ Sáu tới, đoàn sẽ đến.", "Thứ Sáu tới"),
        json!({"weekday": "Fri", "direction": "next"})
    );
    assert_eq!(spans("Thứ Sáu này, đoàn sẽ đến."), ["Thứ Sáu này"]);
    // Ordinals stay out, and so does the year a weekday's name would make.
    assert!(spans("Thứ hai là phải làm ngay. Thứ hai này cần thêm thời gian.").is_empty());
    assert!(
        spans("Thứ Năm vừa rồi")
            .iter()
            .all(|s| s.starts_with("Thứ"))
    );
}

#[test]
fn dateline_time_after_a_dash() {
    assert_eq!(
        only_mention("Chủ nhật, 10/3/2024 - 21:00", "Chủ nhật, 10/3/2024 - 21:00"),
        json!({"year": 2024, "month": 3, "day": 10, "hour": 21, "minute": 0, "weekday": "Sun"})
    );
    assert_eq!(
        json_of("15/03/2024 | 08:12"),
        json!({"year": 2024, "month": 3, "day": 15, "hour": 8, "minute": 12})
    );
    // Two dates joined by a dash stay a range.
    assert_eq!(
        json_of("10/3/2024 - 21/3/2024"),
        json!({"start": {"year": 2024, "month": 3, "day": 10}, "end": {"year": 2024, "month": 3, "day": 21}})
    );
}

#[test]
fn quarters_in_other_spellings_and_counts() {
    assert_eq!(json_of("Quí I/2024"), json!({"year": 2024, "quarter": 1}));
    assert_eq!(
        json_of("quí 3 năm 2023"),
        json!({"year": 2023, "quarter": 3})
    );
    assert_eq!(json_of("Q1/2024"), json!({"year": 2024, "quarter": 1}));
    // `Q1` alone is as often District 1.
    assert!(spans("Căn hộ ở Q1 giá cao").is_empty());
    assert_eq!(
        json_of("hai quý đầu năm 2024"),
        json!({"start": {"year": 2024, "quarter": 1}, "end": {"year": 2024, "quarter": 2}})
    );
    assert_eq!(
        json_of("3 quý cuối năm"),
        json!({"start": {"quarter": 2}, "end": {"quarter": 4}})
    );
    assert_eq!(
        only_mention("Hai quý đầu năm, xuất khẩu tăng.", "Hai quý đầu năm"),
        json!({"start": {"quarter": 1}, "end": {"quarter": 2}})
    );
}

/// A date without its year takes the reference's year, or the next or last within two months
/// of the reference across New Year.
#[test]
fn partial_dates_take_the_nearest_year() {
    let january = chrono::DateTime::parse_from_rfc3339("2024-01-05T10:00:00+07:00").unwrap();
    let start = |s: &str| parse(s).resolve(january).unwrap().start().to_rfc3339();
    assert_eq!(start("ngày 28/12"), "2023-12-28T00:00:00+07:00");
    assert_eq!(start("quý IV"), "2023-10-01T00:00:00+07:00");
    assert_eq!(start("tháng 3"), "2024-03-01T00:00:00+07:00");
    // `tháng 3 tới` said in March is next year's.
    let march = chrono::DateTime::parse_from_rfc3339("2024-03-15T10:00:00+07:00").unwrap();
    assert_eq!(
        parse("tháng 3 tới")
            .resolve(march)
            .unwrap()
            .start()
            .to_rfc3339(),
        "2025-03-01T00:00:00+07:00"
    );
    // A range that crosses the new year.
    let r = parse("từ 25/12 đến 5/1").resolve(january).unwrap();
    assert_eq!(r.start().to_rfc3339(), "2023-12-25T00:00:00+07:00");
    assert_eq!(r.end().to_rfc3339(), "2024-01-06T00:00:00+07:00");
    // Two sides without a year share the end's, so that `9 tháng đầu năm` late in the year is
    // that year's.
    let r = parse("từ tháng 3 đến tháng 10").resolve(january).unwrap();
    assert_eq!(r.start().to_rfc3339(), "2024-03-01T00:00:00+07:00");
    let r = parse("từ tháng 11 đến tháng 12").resolve(january).unwrap();
    assert_eq!(r.start().to_rfc3339(), "2023-11-01T00:00:00+07:00");
    // Outside those weeks, the reference's year (as other date parsers read it): October in a
    // March article is this year's; so is the first half of the year.
    let march = chrono::DateTime::parse_from_rfc3339("2024-03-15T10:00:00+07:00").unwrap();
    let at_march = |s: &str| parse(s).resolve(march).unwrap().start().to_rfc3339();
    assert_eq!(at_march("ngày 15 tháng 10"), "2024-10-15T00:00:00+07:00");
    assert_eq!(at_march("tháng 8"), "2024-08-01T00:00:00+07:00");
    assert_eq!(at_march("6 tháng đầu năm"), "2024-01-01T00:00:00+07:00");
    let november = chrono::DateTime::parse_from_rfc3339("2024-11-15T10:00:00+07:00").unwrap();
    let r = parse("9 tháng đầu năm").resolve(november).unwrap();
    assert_eq!(r.start().to_rfc3339(), "2024-01-01T00:00:00+07:00");
    assert_eq!(r.end().to_rfc3339(), "2024-10-01T00:00:00+07:00");
    // An end before its start is in the next day, week or month, the unit left unsaid.
    let wednesday = chrono::DateTime::parse_from_rfc3339("2024-01-10T10:00:00+07:00").unwrap();
    let r = parse("từ 22 giờ đến 6 giờ").resolve(wednesday).unwrap();
    assert_eq!(r.end().to_rfc3339(), "2024-01-11T07:00:00+07:00");
    let r = parse("từ thứ Hai đến thứ Sáu").resolve(wednesday).unwrap();
    assert_eq!(
        (r.start().to_rfc3339(), r.end().to_rfc3339()),
        (
            "2024-01-15T00:00:00+07:00".into(),
            "2024-01-20T00:00:00+07:00".into()
        )
    );
    // Lunar dates too: Tết in December is the coming one.
    let december = chrono::DateTime::parse_from_rfc3339("2024-12-20T10:00:00+07:00").unwrap();
    let r = parse("Tết").resolve(december).unwrap();
    assert_eq!(r.start().to_rfc3339(), "2025-01-29T00:00:00+07:00");
    // The start's year runs on into the next year at the end.
    assert_eq!(
        json_of("từ 25/12/2023 đến 5/1"),
        json!({"start": {"year": 2023, "month": 12, "day": 25}, "end": {"year": 2024, "month": 1, "day": 5}})
    );
}

/// A count of units up to now or from now is a span; `trước`, `nữa`, `cách đây`, `sau` make
/// points.
#[test]
fn counted_units_up_to_now_or_from_now_are_spans() {
    assert_eq!(
        json_of("3 tháng qua"),
        json!({"start": {"relative": {"amount": -3, "unit": "month"}},
               "end": {"relative": {"amount": 0, "unit": "day"}}})
    );
    assert_eq!(
        resolve("10 ngày tới"),
        resolved(
            "2019-11-27T00:00:00+07:00",
            "2019-12-08T00:00:00+07:00",
            TimeUnit::Day
        )
    );
    // Hours run up to the present instant.
    assert_eq!(
        resolve("24 giờ qua"),
        resolved(
            "2019-11-26T14:00:00+07:00",
            "2019-11-27T14:46:01+07:00",
            TimeUnit::Second
        )
    );
    assert_eq!(parse("hai tuần qua").to_string(), "2 tuần qua");
    assert_eq!(parse("5 năm gần đây"), parse("5 năm qua"));
    assert_eq!(parse("từ 3 tháng trước đến hôm nay"), parse("3 tháng qua"));
    // Points.
    assert_eq!(
        json_of("3 ngày nữa"),
        json!({"relative": {"amount": 3, "unit": "day"}})
    );
    assert_eq!(parse("sau 3 ngày nữa").to_string(), "3 ngày nữa");
    assert_eq!(
        json_of("10 ngày trước"),
        json!({"relative": {"amount": -10, "unit": "day"}})
    );
    // `tuần qua`, `năm qua` (no count: that `năm` is no five) are last week and last year.
    assert_eq!(parse("tuần qua"), parse("tuần trước"));
    assert_eq!(parse("năm qua"), parse("năm trước"));
    assert_eq!(parse("năm năm qua"), parse("5 năm qua"));
    assert_eq!(
        only_mention("Trong 3 tháng qua, giá vàng tăng.", "3 tháng qua"),
        json!({"start": {"relative": {"amount": -3, "unit": "month"}},
               "end": {"relative": {"amount": 0, "unit": "day"}}})
    );
}

/// `Tết` named alone is Tết Nguyên đán, the first day of the lunar year.
#[test]
fn tet_alone_is_the_lunar_new_year() {
    let tet = json!({"month": 1, "day": 1, "lunar": true});
    assert_eq!(only_mention("Dịp Tết, giá cả tăng cao.", "Tết"), tet);
    assert_eq!(only_mention("Người dân về quê ăn Tết.", "Tết"), tet);
    assert_eq!(
        json_of("Tết 2024"),
        json!({"year": 2024, "month": 1, "day": 1, "lunar": true})
    );
    assert_eq!(
        resolve("Tết 2020"),
        resolved(
            "2020-01-25T00:00:00+07:00",
            "2020-01-26T00:00:00+07:00",
            TimeUnit::Day
        )
    );
    // With its can-chi, as `Tết Nguyên đán Giáp Thìn`.
    assert_eq!(parse("Tết Giáp Thìn"), parse("Tết Nguyên đán Giáp Thìn"));
    // `tết tóc` (to braid hair); another day named `Tết …`.
    assert!(spans("Cô bé tết tóc cho em.").is_empty());
    assert!(spans("Tết Độc lập là ngày vui").is_empty());
}

/// Found by review: Tết named otherwise than as a time, verbs after a count, a quarter that
/// is a verb.
#[test]
fn review_of_tet_counts_and_quarters() {
    for text in [
        "Hàng Tết về chợ sớm.",
        "Bánh Tết ngon nhất vùng.",
        "Quà Tết cho người nghèo.",
        "Con cháu đi chúc Tết ông bà.",
        "Ông đã ăn 80 cái Tết.",
        "Ông ấy 30 năm qua đời ở quê.",
        "Xe chạy 2 giờ tới nơi.",
        "Con phải quí ba mẹ.",
    ] {
        assert!(spans(text).is_empty(), "{text}: {:?}", spans(text));
    }
    assert_eq!(
        spans("Tết Trung thu là Tết của thiếu nhi."),
        ["Tết Trung thu"]
    );
    assert_eq!(spans("Sau Tết, lao động quay lại."), ["Tết"]);
    assert_eq!(
        spans("Trong 5 năm qua Milan đạt được một danh hiệu."),
        ["5 năm qua"]
    );
    assert_eq!(spans("GDP quý ba tăng 7%."), ["quý ba"]);
}

#[test]
fn a_weekday_in_parentheses_after_its_day() {
    assert_eq!(
        only_mention("Hôm 13/3 (thứ Tư), anh Nam bị bắt.", "Hôm 13/3 (thứ Tư)"),
        json!({"month": 3, "day": 13, "weekday": "Wed"})
    );
    assert_eq!(
        json_of("13/3/2024 (thứ Tư)"),
        json!({"year": 2024, "month": 3, "day": 13, "weekday": "Wed"})
    );
}

/// A day and month ending a headline (`Giá vàng 14/3`, `Dự báo thời tiết 4/10: …`).
#[test]
fn a_day_and_month_ending_a_headline() {
    assert_eq!(spans("Giá vàng 14/3"), ["14/3"]);
    assert_eq!(spans("Dự báo thời tiết 4/10: Lào Cai giảm mưa"), ["4/10"]);
    assert_eq!(spans("XSMT 23/10 - Kết quả xổ số miền Trung"), ["23/10"]);
    // Fractions, scores and addresses.
    for text in [
        "Số phiếu đạt 2/3",
        "Kết quả 2/1",
        "Tỷ lệ chiếm 1/3",
        "Nhà ở số 15/3",
    ] {
        assert!(spans(text).is_empty(), "{text}");
    }
    assert!(spans("Hội nghị 27/2 đã thống nhất").is_empty());
}

#[test]
fn review_of_headline_days() {
    for text in [
        "Việt Nam lọt vào vòng 1/8",
        "Trang 1/5",
        "Đại đội 3/5",
        "Căn hộ 12/3",
        "Hoàn thành 3/5",
        "Quân đoàn 3/2 - 50 năm xây dựng",
        "iPhone 16 được chấm điểm 9/10",
    ] {
        assert!(spans(text).is_empty(), "{text}: {:?}", spans(text));
    }
    assert_eq!(
        spans("Vietstock Daily 05/10: Khối lượng giao dịch"),
        ["05/10"]
    );
    assert_eq!(spans("Phiên 4/10: Khối ngoại bán ròng"), ["4/10"]);
}

/// `Chiều cùng ngày`, `Sáng hôm sau`: the day the text last dated, or the next.
#[test]
fn the_same_day_and_the_next() {
    let text = "Sáng 12/3, đoàn đến Hà Giang. Chiều cùng ngày, đoàn làm việc với tỉnh.";
    let found: Vec<_> = dates(text)
        .map(|m| {
            (
                m.as_str().to_owned(),
                serde_json::to_value(m.value()).unwrap(),
            )
        })
        .collect();
    assert_eq!(found[1].0, "Chiều cùng ngày");
    assert_eq!(
        found[1].1,
        json!({"month": 3, "day": 12, "part_of_day": "afternoon"})
    );
    let text = "Ngày 10/3/2024, ông A bị bắt. Sáng hôm sau, công an khám nhà.";
    let found = values(text);
    assert_eq!(
        found[1],
        json!({"year": 2024, "month": 3, "day": 11, "part_of_day": "morning"})
    );
    let text = "Tối 31/12/2023, trời mưa. Ngày hôm sau, trời nắng.";
    let found = values(text);
    assert_eq!(found[1], json!({"year": 2024, "month": 1, "day": 1}));
    // Without a day before it, or when the day is one that follows.
    assert!(spans("Hôm đó, trời mưa to.").is_empty());
    assert_eq!(
        spans("Ngày 5/6, album ra mắt cùng ngày với buổi hòa nhạc."),
        ["Ngày 5/6"]
    );
    // A clock time on that day (`dev_danes_annot`).
    let text = "Ngày 10/3/2024, vụ cháy xảy ra. Tính đến 14 giờ cùng ngày, lửa đã tắt.";
    let found: Vec<_> = dates(text)
        .map(|m| {
            (
                m.as_str().to_owned(),
                serde_json::to_value(m.value()).unwrap(),
            )
        })
        .collect();
    assert_eq!(found[1].0, "14 giờ cùng ngày");
    assert_eq!(
        found[1].1,
        json!({"year": 2024, "month": 3, "day": 10, "hour": 14})
    );
}

/// A day and month in words without `ngày`, as chronologies write them (`dev_viwiki`): a date
/// where nothing or punctuation follows, or starting a paragraph; a duration where a unit
/// follows, and then no month either.
#[test]
fn a_day_and_month_in_words_without_ngay() {
    assert_eq!(
        only_mention(
            "1 tháng 7 - Croatia gia nhập Liên minh châu Âu.",
            "1 tháng 7"
        ),
        json!({"month": 7, "day": 1})
    );
    assert_eq!(
        spans("Ngày hội diễn ra 1 tháng 7, tại Hà Nội."),
        ["1 tháng 7"]
    );
    assert_eq!(spans("18 tháng 1: tại Đài Loan, động đất."), ["18 tháng 1"]);
    assert_eq!(
        spans("14 tháng 12 sẽ có sao băng trên bầu trời."),
        ["14 tháng 12"]
    );
    assert_eq!(
        spans("Năm tài chính: 1 tháng 4-31 tháng 3."),
        ["1 tháng 4-31 tháng 3"]
    );
    assert!(spans("Hoài thai 9 tháng 10 ngày, con đau một.").is_empty());
    assert_eq!(
        spans("Ông sinh 12 tháng 5 tại làng Kim Liên."),
        ["12 tháng 5"]
    );
    assert_eq!(
        spans("Luật có hiệu lực từ 1 tháng 7 năm nay."),
        ["1 tháng 7 năm nay"]
    );
    // Streets and prizes named after a day.
    assert!(spans("Đường 3 tháng 2, quận 10 bị ngập.").is_empty());
    assert!(spans("Giải Bóng đá Cúp 19 tháng 8.").is_empty());
    assert!(spans("trên phim \"11 tháng 5 ngày\", Minh Hương").is_empty());
    // A later day of the list, in words too.
    assert_eq!(
        spans("kỳ trước ngày 15 tháng 6 và 15 tháng 12 hàng năm tổng hợp"),
        ["ngày 15 tháng 6", "15 tháng 12", "hàng năm"]
    );
}

/// Real news and encyclopedia text: a few or many units up to now, counts in thousands, `N
/// năm nay`, and `năm nay` before `khi` or after a name with a number.
#[test]
fn vague_counts_thousands_and_this_year() {
    assert_eq!(
        only_mention("Trong vài năm qua, nhiều doanh nghiệp", "vài năm qua"),
        json!({"vague": "past"})
    );
    assert_eq!(spans("trong vài tháng qua cao hơn 25%"), ["vài tháng qua"]);
    assert_eq!(spans("nhiều năm nay ông vẫn làm"), ["nhiều năm nay"]);
    assert_eq!(spans("hàng chục năm qua, làng"), ["hàng chục năm qua"]);
    assert_eq!(
        only_mention("trong vài ngày tới, trời mưa", "vài ngày tới"),
        json!({"vague": "future"})
    );
    // To, across, before: no span of time.
    assert!(spans("từ vài ngày tới vài tuần").is_empty());
    assert!(spans("mấy ngày qua sông").is_empty());
    assert!(spans("vài ngày trước khi khai mạc").is_empty());
    assert_eq!(spans("thời gian qua khi dịch bùng phát"), ["thời gian qua"]);
    assert_eq!(
        only_mention(
            "vào khoảng 9.000 năm trước, đất đai",
            "vào khoảng 9.000 năm trước"
        ),
        json!({"relative": {"amount": -9000, "unit": "year"}})
    );
    assert_eq!(
        only_mention("trong gần 100 năm nay", "100 năm nay"),
        json!({"start": {"relative": {"amount": -100, "unit": "year"}}, "end": {"relative": {"amount": 0, "unit": "day"}}})
    );
    assert_eq!(
        spans("sa sút ở mùa giải năm nay khi liên tiếp thua"),
        ["năm nay"]
    );
    assert_eq!(spans("mùa dịch Covid-19 năm nay."), ["năm nay"]);
    // A number that labels a thing counts no years.
    for text in [
        "Học sinh lớp 12 năm nay sẽ thi",
        "iPhone 13 năm nay có màu mới",
        "Lần thứ 3 năm nay, giá xăng tăng",
    ] {
        assert_eq!(spans(text), ["năm nay"], "{text}");
    }
    assert!(
        spans("từ 42.000 đến 48.000 năm trước, các di dân")
            .iter()
            .all(|s| *s != "năm trước")
    );
    assert!(spans("quay trở lại năm này qua năm khác").is_empty());
}

/// Lottery and weather headlines (`dev_danes_annot`) name today by its date too: one mention
/// of that date.
#[test]
fn today_named_by_its_date() {
    assert_eq!(
        only_mention(
            "XSMN hôm nay thứ 2 ngày 4/10/2021",
            "hôm nay thứ 2 ngày 4/10/2021"
        ),
        json!({"year": 2021, "month": 10, "day": 4, "weekday": "Mon"})
    );
    assert_eq!(
        spans("Kết quả hôm nay Thứ 7 23/10/2021\tXSQNG"),
        ["hôm nay Thứ 7 23/10/2021"]
    );
    assert_eq!(spans("hôm qua 10 người bị thương"), ["hôm qua"]);
    // The mention's text parses to the same value.
    assert_eq!(
        parse("hôm nay thứ 2 ngày 4/10/2021"),
        parse("thứ 2 ngày 4/10/2021")
    );
}

/// `lễ, Tết` and `ngày lễ tết` name holidays in general (`dev_phapdien`, `dev_viwiki`).
#[test]
fn holidays_in_general_are_no_tet() {
    assert!(spans("kể cả ngày nghỉ, lễ, Tết.").is_empty());
    assert!(spans("Vào các ngày lễ tết, nông thôn vui.").is_empty());
    assert_eq!(spans("nghỉ Tết rồi mới về"), ["Tết"]);
    assert_eq!(spans("sau Tết, giá tăng"), ["Tết"]);
}

/// Found by review: vague counts read as "to", quantifiers before the unit, thousands.
#[test]
fn review_of_vague_counts() {
    for text in [
        "Cần vài năm tới mười năm để phục hồi rừng",
        "Khoảng vài ngày tới một tuần",
        "Phải mất vài ngày tới nơi",
        "Nhiều ngày qua đèo",
        "bao nhiêu năm nay",
    ] {
        assert!(spans(text).is_empty(), "{text}");
    }
    for (text, span) in [
        ("Hàng chục năm tới, nước biển dâng", "Hàng chục năm tới"),
        ("Bao năm nay, ông vẫn làm", "Bao năm nay"),
        ("Hơn chục năm nay ông vẫn làm", "chục năm nay"),
        ("Mấy hôm nay trời rét", "Mấy hôm nay"),
        ("Hàng nghìn năm qua, dòng sông", "Hàng nghìn năm qua"),
        ("Vài năm trước đây, ông", "Vài năm trước đây"),
    ] {
        assert_eq!(spans(text), [span], "{text}");
    }
    assert_eq!(
        only_mention("Dự kiến 1.500 năm nữa", "1.500 năm nữa"),
        json!({"relative": {"amount": 1500, "unit": "year"}})
    );
    assert_eq!(parse("9000 năm trước"), parse("9.000 năm trước"));
    assert!(spans("khoảng 12.000 năm trước, người").is_empty());
}

/// Legal text (`dev_phapdien`) dates yearly deadlines: `ngày 20 tháng 12 hằng năm` is one
/// recurrence on that day, with no interval of its own.
#[test]
fn a_day_that_recurs() {
    assert_eq!(
        only_mention(
            "trước ngày 20 tháng 12 hằng năm, các đơn vị",
            "ngày 20 tháng 12 hằng năm"
        ),
        json!({"month": 12, "day": 20, "every": "year"})
    );
    assert_eq!(
        parse("ngày 20 tháng 12 hằng năm").to_string(),
        "ngày 20/12 hằng năm"
    );
    assert_eq!(
        json_of("ngày 5 hằng tháng"),
        json!({"day": 5, "every": "month"})
    );
    assert!(date("ngày 20/12 hằng năm").resolve(reference()).is_none());
    // A span and how often it recurs stay apart; a year is no recurring day.
    assert_eq!(
        spans("từ thứ Hai tới thứ Sáu hằng tuần"),
        ["từ thứ Hai tới thứ Sáu", "hằng tuần"]
    );
    assert!(DateValue::parse("ngày 20 tháng 12 năm 2020 hằng năm").is_err());
}

/// `tháng 8 âm lịch năm 1792` (`dev_viwiki`): the year after the lunar marker.
#[test]
fn a_year_after_the_lunar_marker() {
    assert_eq!(
        only_mention(
            "vào tháng 8 âm lịch năm 1792 thì",
            "tháng 8 âm lịch năm 1792"
        ),
        json!({"year": 1792, "month": 8, "lunar": true})
    );
}

/// A dateline heads its document: a full date deep in an encyclopedia article is a day it is
/// about, no reference for its `hiện nay` (`dev_viwiki`).
#[test]
fn a_dateline_heads_its_document() {
    let head = "Thứ Tư, 27/11/2019 (GMT+7)\nSáng 27-11, Tỉnh ủy họp.";
    assert_eq!(
        vanban::dateline(head).unwrap().to_rfc3339(),
        "2019-11-27T00:00:00+07:00"
    );
    let article = format!(
        "Thành phố Huế là cố đô. {} Ngày 21 tháng 11 năm 1894, vua băng hà. Hiện nay thành phố đông dân.",
        "Lịch sử thành phố gắn với nhiều triều đại và nhiều công trình kiến trúc. ".repeat(8)
    );
    assert!(vanban::dateline(&article).is_none());
}

/// Encyclopedias date events, works and people by a year in parentheses (`dev_viwiki`).
#[test]
fn a_year_in_parentheses() {
    assert_eq!(
        only_mention("Trận sông Áp Lục (1894) trong Chiến tranh", "1894"),
        json!({"year": 1894})
    );
    assert_eq!(spans("Hoàng Hiệp (Sinh 1931) là nhạc sĩ"), ["1931"]);
    assert!(spans("mã số (1234) của hồ sơ").is_empty());
    assert!(spans("dân số (3000) người").is_empty());
}

/// A month listed before one with its year shares that year (`dev_danes_annot`).
#[test]
fn months_listed_share_a_year() {
    let found = values("vào tháng Mười và tháng Mười một năm nay khi");
    assert_eq!(
        found[0],
        json!({"month": 10, "relative": {"amount": 0, "unit": "year"}})
    );
    let found = values("tháng 3, tháng 4 năm 2024 có mưa");
    assert_eq!(found[0], json!({"year": 2024, "month": 3}));
}

/// Found by review: years in parentheses that are counts or phone numbers, `(SN 1965)`; a
/// lunar day every year; no shared year across New Year.
#[test]
fn review_of_parentheses_recurrences_and_shared_years() {
    assert!(spans("có (1500) phòng").is_empty());
    assert!(spans("Gọi (1080) để hỏi").is_empty());
    assert!(spans("số máy (1900) 1234").is_empty());
    assert_eq!(spans("Nguyễn Văn A (SN 1965) trú tại"), ["1965"]);
    assert_eq!(
        only_mention(
            "Giỗ Tổ mùng 10 tháng 3 âm lịch hằng năm là",
            "mùng 10 tháng 3 âm lịch hằng năm"
        ),
        json!({"month": 3, "day": 10, "lunar": true, "every": "year"})
    );
    let found = values("Tháng 12 và tháng 1 năm sau trời lạnh");
    assert_eq!(found[0], json!({"month": 12}));
}

/// Found by a review of the forms other date suites test: minutes to the hour after `8h`
/// (which gave 08:00), word minutes after `kém`, and halves of units (`nửa tiếng`,
/// `một tháng rưỡi`), counted in the next smaller unit.
#[test]
fn minutes_to_the_hour_and_halves() {
    assert_eq!(json_of("8h kém 15"), json!({"hour": 7, "minute": 45}));
    assert_eq!(
        json_of("hai giờ kém mười lăm chiều"),
        json!({"hour": 13, "minute": 45, "part_of_day": "afternoon"})
    );
    assert_eq!(
        only_mention("Lúc 8h kém 15, đoàn xe xuất phát.", "Lúc 8h kém 15"),
        json!({"hour": 7, "minute": 45})
    );
    assert_eq!(
        json_of("nửa tiếng nữa"),
        json!({"relative": {"amount": 30, "unit": "minute"}})
    );
    assert_eq!(
        json_of("1 tiếng rưỡi nữa"),
        json!({"relative": {"amount": 90, "unit": "minute"}})
    );
    assert_eq!(
        json_of("một tháng rưỡi nữa"),
        json!({"relative": {"amount": 45, "unit": "day"}})
    );
    assert_eq!(
        json_of("nửa năm trước"),
        json!({"relative": {"amount": -6, "unit": "month"}})
    );
    // Over the half year just gone, as `6 tháng qua`.
    assert_eq!(json_of("nửa năm qua"), json_of("6 tháng qua"));
    // `nửa` before no unit is no shift.
    assert!(values("Anh được nhận nửa lương.").is_empty());
}

/// Found by a review of the forms other date suites test: more commemorations (named with
/// `ngày`/`lễ`, and their written day kept), New Year's Eve in a year whose last lunar month has
/// 29 days, and can-chi years from Tết to Tết.
#[test]
fn commemorations_eves_and_lunar_years() {
    assert_eq!(
        only_mention(
            "Ngày Phụ nữ Việt Nam 20/10 được tổ chức trang trọng.",
            "Ngày Phụ nữ Việt Nam 20/10"
        ),
        json!({"month": 10, "day": 20})
    );
    assert_eq!(
        only_mention("Nhân dịp lễ Tình nhân, anh tặng hoa.", "lễ Tình nhân"),
        json!({"month": 2, "day": 14})
    );
    assert_eq!(
        json_of("ngày Thầy thuốc Việt Nam"),
        json!({"month": 2, "day": 27})
    );
    // `phụ nữ Việt Nam` without `ngày` names women.
    assert!(values("Các phụ nữ Việt Nam rất đảm đang.").is_empty());
    // The lunar year 2023 (Quý Mão) ends on its 29th of the twelfth month: `30 Tết` is that day.
    let march = chrono::DateTime::parse_from_rfc3339("2024-03-15T10:00:00+07:00").unwrap();
    let at = |s: &str| {
        let r = parse(s).resolve(march).unwrap();
        (r.start().to_rfc3339(), r.end().to_rfc3339())
    };
    assert_eq!(at("30 Tết").0, "2024-02-09T00:00:00+07:00");
    assert_eq!(
        at("năm Giáp Thìn"),
        (
            "2024-02-10T00:00:00+07:00".into(),
            "2025-01-29T00:00:00+07:00".into()
        )
    );
    assert_eq!(at("Canh Tý 2020").0, "2020-01-25T00:00:00+07:00");
}

/// Found by a probe of the corpus: words whose other sense is no time. `tương lai` is a time
/// only after a word that places something in it; `năm kế hoạch` is the plan year.
#[test]
fn words_with_another_sense() {
    assert!(values("Bất ngờ em dâu tương lai kêu đau bụng.").is_empty());
    assert!(values("Tương lai của Kylian Mbappe còn bỏ ngỏ.").is_empty());
    assert!(values("Chủ nghĩa tư bản là tương lai của nhân loại.").is_empty());
    assert_eq!(
        values("Trong tương lai, giá sẽ tăng."),
        [json!({"vague": "future"})]
    );
    assert_eq!(
        values("Trong tương lai gần, chúng tôi sẽ mở rộng."),
        [json!({"vague": "future"})]
    );
    assert!(values("Dự toán ngân sách nhà nước năm kế hoạch được giao.").is_empty());
    assert_eq!(
        values("Kế hoạch năm kế tiếp đã được duyệt."),
        [json!({"relative": {"amount": 1, "unit": "year"}})]
    );
}

/// Found by a review of the forms other date suites test: twelve-hour clocks and zone
/// abbreviations, a season's year, the first and last quarter, ranges from today and a week
/// written once after a range of weekdays.
#[test]
fn clocks_seasons_quarters_and_ranges_from_today() {
    assert_eq!(json_of("3pm"), json!({"hour": 15}));
    assert_eq!(json_of("10:30 p.m."), json!({"hour": 22, "minute": 30}));
    assert_eq!(json_of("12 am"), json!({"hour": 0}));
    assert_eq!(
        json_of("10:00 ICT"),
        json!({"hour": 10, "minute": 0, "utc_offset_minutes": 420})
    );
    assert_eq!(
        only_mention("Sự kiện bắt đầu lúc 9 am giờ địa phương.", "lúc 9 am"),
        json!({"hour": 9})
    );
    // A bare number before `am` is no time (`am` is also a word: a hermitage, `am hiểu`).
    assert!(values("Chùa có 3 am nhỏ thờ Phật.").is_empty());
    assert!(values("Ông có 5 am hiểu về luật.").is_empty());
    assert_eq!(
        json_of("mùa xuân 2024"),
        json!({"year": 2024, "season": "spring"})
    );
    assert_eq!(
        json_of("quý cuối năm 2023"),
        json!({"year": 2023, "quarter": 4})
    );
    assert_eq!(json_of("quý đầu năm"), json!({"quarter": 1}));
    assert_eq!(
        json_of("từ nay đến cuối năm"),
        json!({"start": {"relative": {"amount": 0, "unit": "day"}},
               "end": {"period_part": "late", "relative": {"amount": 0, "unit": "year"}}})
    );
    assert_eq!(
        json_of("từ thứ 2 đến thứ 6 tuần sau"),
        json!({"start": {"weekday": "Mon", "relative": {"amount": 1, "unit": "week"}},
               "end": {"weekday": "Fri", "relative": {"amount": 1, "unit": "week"}}})
    );
}

/// Found by a probe of the corpus: a year alone after `sau`, `trước`, `từ` where the clause
/// ends after it; a count after it is no year.
#[test]
fn years_after_prepositions() {
    assert_eq!(
        only_mention("Sau 1975, ông về quê.", "1975"),
        json!({"year": 1975})
    );
    assert_eq!(
        only_mention(
            "Mức tăng cao nhất kể từ 1950. Ireland chính thức tuyên bố.",
            "1950"
        ),
        json!({"year": 1950})
    );
    assert!(values("sau 1975 người dân trở về").is_empty());
    assert!(values("Giá từ 2000 đồng một kg.").is_empty());
}

/// Found by a review of this release: prices, index points and rooms after `từ`, `sau`,
/// `trước` are no years.
#[test]
fn numbers_after_prepositions_that_are_no_years() {
    for text in [
        "VN-Index giảm về dưới 1200 sau 1300, phiên chiều hồi phục.",
        "Cổ phiếu tăng từ 1500, lên 1800.",
        "Vé máy bay giá từ 1500.",
        "Phòng 1203, trước 1205, sau 1201.",
        "Mẫu xe nằm trong phân khúc từ 2000, đến 3000 phân khối.",
        "Khách hàng gọi tổng đài 1900, sau 1800.",
    ] {
        assert!(values(text).is_empty(), "{text}");
    }
}

/// Found by the property tests: `từ bây giờ` is from this moment, as `bây giờ` alone.
#[test]
fn from_this_moment() {
    // `parse` checks that `Display` and serde read back equal.
    let d = parse("từ bây giờ đến cuối tháng");
    assert_eq!(d, parse("bây giờ đến cuối tháng"));
    assert_eq!(
        json_of("từ bây giờ đến cuối tháng")["start"]["relative"]["unit"],
        "second"
    );
}

/// Typed documents and some papers space the separators of a numeric date; with the year in
/// full and one separator twice it is a date (not a score or a range of days).
#[test]
fn spaced_numeric_dates() {
    assert_eq!(date("ngày 5 - 3 - 2020"), date("5/3/2020"));
    assert_eq!(date("28/ 02/ 2018"), date("28/2/2018"));
    assert_eq!(date("ngày 28 -2-2018"), date("28/2/2018"));
    assert!(dates("Tỷ số 5 - 3 sau hiệp một.").next().is_none());
    let found: Vec<_> = dates("Quyết định ban hành ngày 06 -12-2012 đã có hiệu lực.")
        .map(|m| m.as_str().to_owned())
        .collect();
    assert_eq!(found, ["ngày 06 -12-2012"]);
}

/// Spaced numbers in a series or with a year outside the years of news are no date.
#[test]
fn spaced_numbers_that_are_no_dates() {
    assert!(
        dates("Tỷ lệ phối trộn là 1 - 2 - 2000 kg mỗi mẻ.")
            .next()
            .is_none()
    );
    assert!(
        dates("Kết quả xổ số: 12 - 08 - 2021 - 35.")
            .next()
            .is_none()
    );
}
