//! Lunar dates from text, resolved to the solar calendar. Expected solar days are the public
//! holidays and festivals as announced for those years (Giỗ Tổ Hùng Vương 2024 on 18/4/2024,
//! Tết Trung thu 2023 on 29/9/2023, Tết Canh Tý on 25/1/2020, Tết Giáp Thìn on 10/2/2024).

use chrono::DateTime;
use vanban::{DateValue, ParseErrorKind, TimeUnit};

fn resolve(text: &str, reference: &str) -> (String, String, TimeUnit) {
    let t = DateTime::parse_from_rfc3339(reference).unwrap();
    let r = DateValue::parse(text)
        .unwrap_or_else(|e| panic!("{text}: {e}"))
        .resolve(t)
        .unwrap_or_else(|| panic!("{text}: no interval"));
    (r.start().to_rfc3339(), r.end().to_rfc3339(), r.grain())
}

#[test]
fn a_lunar_day_with_its_year() {
    let (s, e, g) = resolve(
        "ngày 15 tháng 8 năm 2023 âm lịch",
        "2026-01-01T00:00:00+07:00",
    );
    assert_eq!(s, "2023-09-29T00:00:00+07:00");
    assert_eq!(e, "2023-09-30T00:00:00+07:00");
    assert_eq!(g, TimeUnit::Day);
    let (s, _, _) = resolve("ngày 1/1/2020 âm lịch", "2026-01-01T00:00:00+07:00");
    assert_eq!(s, "2020-01-25T00:00:00+07:00");
}

#[test]
fn without_a_year_the_reference_lunar_year_decides() {
    // 1 June 2024 is in lunar year 2024 (Giáp Thìn).
    let (s, _, _) = resolve("ngày 10/3 âm lịch", "2024-06-01T09:00:00+07:00");
    assert_eq!(s, "2024-04-18T00:00:00+07:00");
    // 1 February 2024 is still lunar year 2023 (Tết fell on 10 February), but its first day
    // (22 January 2023) is more than nine months back: the coming Tết is meant.
    let (s, _, _) = resolve("ngày 1/1 âm lịch", "2024-02-01T09:00:00+07:00");
    assert_eq!(s, "2024-02-10T00:00:00+07:00");
    let (s, _, _) = resolve("ngày 10/12 âm lịch", "2024-02-01T09:00:00+07:00");
    assert_eq!(s, "2024-01-20T00:00:00+07:00");
}

#[test]
fn a_can_chi_year_names_the_nearest_such_year() {
    let (s, _, _) = resolve(
        "ngày 10 tháng 3 năm Giáp Thìn âm lịch",
        "2026-11-23T00:00:00+07:00",
    );
    assert_eq!(s, "2024-04-18T00:00:00+07:00");
}

#[test]
fn a_lunar_month_is_its_solar_days() {
    // Month 12 of lunar 2023 ran from 11 January to Tết Giáp Thìn, 10 February 2024.
    let (s, e, g) = resolve("tháng 12 năm 2023 âm lịch", "2026-01-01T00:00:00+07:00");
    assert_eq!(s, "2024-01-11T00:00:00+07:00");
    assert_eq!(e, "2024-02-10T00:00:00+07:00");
    assert_eq!(g, TimeUnit::Month);
}

#[test]
fn a_day_the_lunar_month_lacks_is_an_error() {
    // Month 3 of lunar 2024 has 29 days (9 April to 7 May 2024); 30/2 is a fine lunar date
    // in a 30-day month but never a solar one.
    let e = DateValue::parse("ngày 30 tháng 3 năm 2024 âm lịch").unwrap_err();
    assert_eq!(e.kind(), ParseErrorKind::InvalidDate);
    assert!(DateValue::parse("ngày 31/1 âm lịch").is_err());
}

#[test]
fn the_scanner_resolves_nothing_wrong() {
    let text = "Lễ giỗ Tổ diễn ra ngày 30 tháng 3 năm 2024 âm lịch.";
    let found: Vec<_> = vanban::find_iter(text)
        .filter(|m| m.kind() == vanban::Kind::Date)
        .collect();
    // No solar 30 March 2024 may come out of it.
    assert!(found.iter().all(|m| !m.as_str().starts_with("ngày 30")));
}

#[test]
fn festival_days_and_lunar_month_names() {
    // Reference 1 June 2024: lunar year Giáp Thìn (Tết on 10 February 2024).
    let t = "2024-06-01T09:00:00+07:00";
    assert_eq!(resolve("mùng 1 Tết", t).0, "2024-02-10T00:00:00+07:00");
    assert_eq!(
        resolve("mồng 3 Tết Nguyên đán", t).0,
        "2024-02-12T00:00:00+07:00"
    );
    assert_eq!(resolve("rằm tháng Giêng", t).0, "2024-02-24T00:00:00+07:00");
    // Lễ Vu lan 2024 fell on Sunday 18 August.
    assert_eq!(resolve("rằm tháng Bảy", t).0, "2024-08-18T00:00:00+07:00");
    // Ông Công ông Táo of lunar 2024 fell on 22 January 2025.
    assert_eq!(resolve("23 tháng Chạp", t).0, "2025-01-22T00:00:00+07:00");
    let (s, e, g) = resolve("tháng Giêng năm Canh Tý", t);
    assert_eq!(
        (s.as_str(), e.as_str(), g),
        (
            "2020-01-25T00:00:00+07:00",
            "2020-02-23T00:00:00+07:00",
            TimeUnit::Month
        )
    );
    let v = DateValue::parse("mùng 1 Tết").unwrap();
    assert_eq!(
        serde_json::to_value(v).unwrap(),
        serde_json::json!({"month": 1, "day": 1, "lunar": true})
    );
    assert_eq!(v.to_string(), "1/1 âm lịch");
    assert!(DateValue::parse("mùng 31 Tết").is_err());
}

#[test]
fn the_scanner_finds_festival_days() {
    let text = "Chiều 23 tháng Chạp, người dân tiễn ông Công ông Táo; mùng 1 Tết đi lễ chùa.";
    let found: Vec<_> = vanban::find_iter(text)
        .map(|m| m.as_str().to_owned())
        .collect();
    assert_eq!(found, ["Chiều 23 tháng Chạp", "mùng 1 Tết"]);
}

#[test]
fn festivals_by_name() {
    // Reference 1 June 2024 (lunar Giáp Thìn). Solar days as announced for 2024.
    let t = "2024-06-01T09:00:00+07:00";
    for (name, day) in [
        ("Tết Nguyên đán", "2024-02-10"),
        ("Giỗ Tổ Hùng Vương", "2024-04-18"),
        ("Tết Đoan ngọ", "2024-06-10"),
        ("Lễ Vu lan", "2024-08-18"),
        ("Tết Trung thu", "2024-09-17"),
        ("ông Công ông Táo", "2025-01-22"),
    ] {
        assert_eq!(
            resolve(name, t).0,
            format!("{day}T00:00:00+07:00"),
            "{name}"
        );
    }
    assert_eq!(
        resolve("Tết Trung thu năm 2023", t).0,
        "2023-09-29T00:00:00+07:00"
    );
    let text = "Nhân dịp kỷ niệm Giỗ Tổ Hùng Vương, mồng một Tết Tân Sửu và Tết Đoan Ngọ.";
    let found: Vec<_> = vanban::find_iter(text)
        .map(|m| m.as_str().to_owned())
        .collect();
    assert_eq!(
        found,
        ["Giỗ Tổ Hùng Vương", "mồng một Tết Tân Sửu", "Tết Đoan Ngọ"]
    );
}

#[test]
fn a_day_in_a_can_chi_year_is_lunar() {
    // Giỗ Tổ Hùng Vương of Kỷ Hợi fell on 14 April 2019, written in the press as
    // `ngày 14/4/2019 (tức ngày 10/3 năm Kỷ Hợi)`.
    let (s, _, _) = resolve("ngày 10/3 năm Kỷ Hợi", "2026-11-23T00:00:00+07:00");
    assert_eq!(s, "2019-04-14T00:00:00+07:00");
    let text = "Sáng 14/4/2019 (tức ngày 10/3 năm Kỷ Hợi), lễ dâng hương diễn ra.";
    let found: Vec<_> = vanban::find_iter(text)
        .map(|m| m.as_str().to_owned())
        .collect();
    assert_eq!(found, ["Sáng 14/4/2019", "ngày 10/3 năm Kỷ Hợi"]);
    // A numeric year keeps the date solar: the can-chi only names that year.
    let v = DateValue::parse("ngày 25/1/2020 năm Canh Tý");
    assert!(v.map_or(true, |v| !v.as_single().is_some_and(|d| d.is_lunar())));
}

#[test]
fn leap_months() {
    // Lunar 2020 (Canh Tý) had a leap fourth month, 23 May to 20 June 2020; lunar 2023 (Quý
    // Mão) a leap second month, 22 March to 19 April 2023.
    let t = "2026-11-23T00:00:00+07:00";
    let (s, _, _) = resolve("ngày 1 tháng 4 nhuận năm 2020 âm lịch", t);
    assert_eq!(s, "2020-05-23T00:00:00+07:00");
    let (s, e, g) = resolve("tháng 2 nhuận năm Quý Mão", t);
    assert_eq!(
        (s.as_str(), e.as_str(), g),
        (
            "2023-03-22T00:00:00+07:00",
            "2023-04-20T00:00:00+07:00",
            TimeUnit::Month
        )
    );
    let v = DateValue::parse("ngày 1 tháng 4 nhuận năm 2020 âm lịch").unwrap();
    assert_eq!(
        serde_json::to_value(v).unwrap(),
        serde_json::json!({"year": 2020, "month": 4, "day": 1, "lunar": true, "leap_month": true})
    );
    assert_eq!(v.to_string(), "ngày 1 tháng 4 nhuận năm 2020 âm lịch");
    assert_eq!(DateValue::parse(&v.to_string()).unwrap(), v);
    // 2020 had no leap fifth month; its leap fourth month had 29 days.
    for bad in [
        "ngày 1 tháng 5 nhuận năm 2020",
        "ngày 30 tháng 4 nhuận năm 2020",
    ] {
        let e = DateValue::parse(bad).unwrap_err();
        assert_eq!(e.kind(), ParseErrorKind::InvalidDate, "{bad}");
    }
}

#[test]
fn can_chi_of_day_and_month() {
    // Mùng 1 Tết Giáp Thìn (10 February 2024) was the day Giáp Thìn of the month Bính Dần.
    use vanban::CanChi;
    assert_eq!(
        CanChi::of_day(2024, 2, 10).unwrap().to_string(),
        "Giáp Thìn"
    );
    assert_eq!(
        CanChi::of_lunar_month(2024, 1).unwrap().to_string(),
        "Bính Dần"
    );
    // Sixty days later the name comes round again.
    assert_eq!(CanChi::of_day(2024, 4, 10), CanChi::of_day(2024, 2, 10));
    assert_eq!(CanChi::of_day(1, 1, 0), None);
}
