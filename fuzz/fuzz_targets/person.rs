#![no_main]
//! Strict parser `vanban::Person::parse`: no panic; on Ok, `Display` re-parses equal and serde_json
//! round-trips; on Err, the offset is within the input and on a char boundary.

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let parse = vanban::Person::parse;
    match parse(s) {
        Ok(v) => {
            let v: vanban::Person = v;
            common::check_round_trip(s, &v, parse);
        }
        Err(e) => common::check_error(s, &e),
    }
});
