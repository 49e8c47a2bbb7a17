//! The JSON format of date values (public API, `tests/fixtures/SEEDS.md`): exact output, round
//! trips, and refusal of values no text can express.

use serde_json::json;
use vanban::{Date, DateValue};

fn to_json(s: &str) -> serde_json::Value {
    serde_json::to_value(DateValue::parse(s).unwrap()).unwrap()
}

#[test]
fn shapes_match_the_documented_format() {
    assert_eq!(
        to_json("14:46, Thứ Tư, 27/11/2019 (GMT+7)"),
        json!({"year": 2019, "month": 11, "day": 27, "hour": 14, "minute": 46,
               "utc_offset_minutes": 420, "weekday": "Wed"})
    );
    assert_eq!(
        to_json("27 và 28-11"),
        json!({"start": {"month": 11, "day": 27}, "end": {"month": 11, "day": 28}})
    );
    assert_eq!(
        to_json("10 ngày trước"),
        json!({"relative": {"amount": -10, "unit": "day"}})
    );
    assert_eq!(
        to_json("Canh Tý 2020"),
        json!({"year": 2020, "can_chi": "Canh Tý"})
    );
    assert_eq!(
        to_json("Sáng 27-11"),
        json!({"month": 11, "day": 27, "part_of_day": "morning"})
    );
    assert_eq!(
        to_json("ngày 10/3 âm lịch"),
        json!({"month": 3, "day": 10, "lunar": true})
    );
}

#[test]
fn values_round_trip_through_json() {
    for s in [
        "27/11/2019",
        "Thứ Ba, 20/09/2022 16:22 (GMT+0)",
        "quý IV/2022",
        "từ ngày 1/1/2024 đến ngày 31/12/2024",
        "thứ 5 tuần trước",
        "6 tháng đầu năm nay",
        "thế kỷ XXI",
        "Xuân Nhâm Dần",
    ] {
        let v = DateValue::parse(s).unwrap();
        let back: DateValue = serde_json::from_str(&serde_json::to_string(&v).unwrap()).unwrap();
        assert_eq!(back, v, "{s}");
    }
}

#[test]
fn inexpressible_values_are_refused() {
    for bad in [
        r#"{"month": 13}"#,
        r#"{"year": 2020, "month": 2, "day": 30}"#,
        r#"{"year": 2020, "day": 5}"#,
        r#"{"hour": 25}"#,
        r#"{"quarter": 5}"#,
        r#"{"year": 2019, "month": 11, "day": 27, "weekday": "Thu"}"#,
        r#"{"year": 2021, "can_chi": "Canh Tý"}"#,
        r#"{"colour": "blue"}"#,
        r#"{"start": {"year": 2020}, "end": {"year": 2015}}"#,
    ] {
        assert!(serde_json::from_str::<DateValue>(bad).is_err(), "{bad}");
    }
    assert!(serde_json::from_str::<Date>(r#"{"can_chi": "Canh Sửu"}"#).is_err());
}
