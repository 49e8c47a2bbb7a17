#![no_main]
//! Scanner `vanban::Scanner::new().find_iter`: no panic; spans non-empty, in bounds, on char
//! boundaries, sorted and non-overlapping; `as_str` is the span's text; every value serialises
//! with serde_json; date values resolve against a fixed reference without panicking.

use std::sync::OnceLock;

use chrono::{DateTime, FixedOffset};
use libfuzzer_sys::fuzz_target;

fn reference() -> DateTime<FixedOffset> {
    static R: OnceLock<DateTime<FixedOffset>> = OnceLock::new();
    *R.get_or_init(|| DateTime::parse_from_rfc3339("2019-11-27T14:46:00+07:00").unwrap())
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let scanner = vanban::Scanner::new();
    let mut last_end = 0;
    for m in scanner.find_iter(text) {
        let (start, end) = (m.start(), m.end());
        assert!(start < end, "empty mention {m:?} in {text:?}");
        assert!(end <= text.len(), "mention {m:?} past the end of {text:?}");
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "mention {m:?} not on char boundaries of {text:?}"
        );
        assert!(
            start >= last_end,
            "mention {m:?} starts before the previous one ends ({last_end}) in {text:?}"
        );
        last_end = end;
        assert_eq!(m.range(), start..end);
        assert_eq!(m.as_str(), &text[start..end], "as_str of {m:?} in {text:?}");
        let _ = m.kind();
        let _ = m.warnings();
        let value = m.value();
        if let Err(e) = serde_json::to_string(value) {
            panic!("value of {m:?} in {text:?} does not serialise: {e}");
        }
        if let Some(d) = value.as_date() {
            let _ = d.resolve(reference());
            let _ = d.to_string();
        }
        if let Some(r) = value.as_doc_ref() {
            let _ = r.to_string();
        }
        if let Some(p) = value.as_person() {
            let _ = p.to_string();
        }
    }
});
