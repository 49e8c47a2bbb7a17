//! Public API guarantees: auto traits, error messages and offsets, scanner invariants.

use vanban::{
    CanChi, Date, DateRange, DateValue, DocForm, DocId, DocRef, Kind, Mention, ParseError,
    ParseErrorKind, Person, PersonName, Resolved, Role, Scanner, Value, Warning,
};

fn assert_send_sync<T: Send + Sync + 'static>() {}

#[test]
fn public_types_are_send_sync() {
    assert_send_sync::<Date>();
    assert_send_sync::<DateRange>();
    assert_send_sync::<DateValue>();
    assert_send_sync::<CanChi>();
    assert_send_sync::<Resolved>();
    assert_send_sync::<ParseError>();
    assert_send_sync::<Scanner>();
    assert_send_sync::<Kind>();
    assert_send_sync::<Value>();
    assert_send_sync::<Warning>();
    assert_send_sync::<DocId>();
    assert_send_sync::<DocRef>();
    assert_send_sync::<DocForm>();
    assert_send_sync::<Person>();
    assert_send_sync::<PersonName>();
    assert_send_sync::<Role>();
    fn borrowed<'a, T: Send + Sync + 'a>() {}
    borrowed::<Mention<'_>>();
}

fn err(s: &str) -> ParseError {
    DateValue::parse(s).unwrap_err()
}

#[test]
fn error_messages_name_offset_and_expectation() {
    let cases: &[(&str, ParseErrorKind, usize, &str)] = &[
        ("", ParseErrorKind::Empty, 0, "empty input"),
        (
            "31/2/2020",
            ParseErrorKind::InvalidDate,
            0,
            "invalid calendar date at byte 0: a day that exists in its month",
        ),
        (
            "25:00",
            ParseErrorKind::InvalidTime,
            0,
            "invalid time of day at byte 0: an hour 0-23 and minutes 0-59",
        ),
        (
            "tháng 13",
            ParseErrorKind::InvalidDate,
            7,
            "invalid calendar date at byte 7: a month (1-12 or its name)",
        ),
        (
            "ngày 31/2/2020",
            ParseErrorKind::InvalidDate,
            6,
            "invalid calendar date at byte 6: a day that exists in its month",
        ),
        (
            "ngày 5 tháng x",
            ParseErrorKind::Unexpected,
            15,
            "expected a month (1-12 or its name) at byte 15",
        ),
        (
            "27/11/2019 xyz",
            ParseErrorKind::TrailingInput,
            10,
            "unexpected trailing input at byte 10",
        ),
        (
            "Thứ Năm, 27/11/2019",
            ParseErrorKind::WeekdayMismatch,
            0,
            "weekday contradicts the date at byte 0: a weekday that matches the date",
        ),
        (
            "Canh Tý 2021",
            ParseErrorKind::CanChiMismatch,
            0,
            "can-chi name contradicts the year at byte 0: the can-chi name of the year",
        ),
    ];
    for &(input, kind, offset, message) in cases {
        let e = err(input);
        assert_eq!(e.kind(), kind, "{input:?}");
        assert_eq!(e.offset(), offset, "{input:?}");
        assert_eq!(e.to_string(), message, "{input:?}");
    }
}

#[test]
fn error_offsets_point_into_the_original_input() {
    // NFD and NBSP before the fault: the offset counts the caller's bytes.
    let input = "nga\u{300}y\u{a0}5 tha\u{301}ng x";
    let e = err(input);
    assert_eq!(e.offset(), input.find('x').unwrap());
    // Surrounding whitespace is ignored, and offsets still count it.
    assert_eq!(err("  tháng 13").offset(), 9);
    assert_eq!(
        DateValue::parse("  27/11/2019 \n").unwrap().to_string(),
        "27/11/2019"
    );
}

#[test]
fn date_parse_refuses_ranges() {
    assert!(Date::parse("27 và 28-11").is_err());
    assert!(Date::parse("27/11").is_ok());
}

#[test]
fn scanner_kinds() {
    assert!(
        Scanner::with_kinds(&[])
            .find_iter("ngày 5/8/2022")
            .next()
            .is_none()
    );
    assert_eq!(Scanner::new().find_iter("ngày 5/8/2022").count(), 1);
    assert_eq!("doc_ref".parse::<Kind>().unwrap(), Kind::DocRef);
    assert_eq!("person".parse::<Kind>().unwrap(), Kind::Person);
    assert!("place".parse::<Kind>().is_err());
}
