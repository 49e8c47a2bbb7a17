// Shared checks for the strict-parser targets (included with `#[path]` by each target).
use std::fmt::{Debug, Display};

use serde::{de::DeserializeOwned, Serialize};

/// Offsets of a strict parser's error point into the input as given, on a char boundary.
pub fn check_error(input: &str, e: &vanban::ParseError) {
    let off = e.offset();
    assert!(
        off <= input.len(),
        "error offset {off} past the end (len {}) of {input:?}: {e}",
        input.len()
    );
    assert!(
        input.is_char_boundary(off),
        "error offset {off} not on a char boundary of {input:?}: {e}"
    );
    // Display of the error must not panic either.
    let _ = e.to_string();
}

/// `Display` re-parses to an equal value, and serde_json round-trips the value.
pub fn check_round_trip<T, F>(input: &str, v: &T, parse: F)
where
    T: Display + Debug + PartialEq + Serialize + DeserializeOwned,
    F: Fn(&str) -> Result<T, vanban::ParseError>,
{
    let shown = v.to_string();
    match parse(&shown) {
        Ok(back) => assert_eq!(
            &back, v,
            "{input:?} parses to {v:?}, displayed {shown:?}, which parses to a different value"
        ),
        Err(e) => panic!("{input:?} parses to {v:?}, displayed {shown:?}, which does not parse: {e}"),
    }
    let json = serde_json::to_string(v)
        .unwrap_or_else(|e| panic!("{input:?} parses to {v:?}, which does not serialise: {e}"));
    match serde_json::from_str::<T>(&json) {
        Ok(back) => assert_eq!(&back, v, "{input:?} serialises as {json}, which deserialises differently"),
        Err(e) => panic!("{input:?} serialises as {json}, which does not deserialise: {e}"),
    }
}
