//! Helpers shared by the property-test files (`mod common;` in each).
#![allow(dead_code)]

use proptest::test_runner::Config;
use unicode_normalization::UnicodeNormalization;

/// The number of cases: 256, or `PROPTEST_CASES` for longer explorations.
pub fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

/// The default configuration with [`cases`] and no failure files.
pub fn config() -> Config {
    Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    }
}

/// Non-breaking spaces for spaces.
pub fn nbsp(s: &str) -> String {
    s.replace(' ', "\u{00A0}")
}

/// Old tone placement (`uỷ`, `hoà`, `khoẻ`, `thuỷ`) and `Ð` for `Đ`.
pub fn old_style(s: &str) -> String {
    s.replace("ủy", "uỷ")
        .replace("Ủy", "Uỷ")
        .replace("hòa", "hoà")
        .replace("Hòa", "Hoà")
        .replace("khỏe", "khoẻ")
        .replace("thủy", "thuỷ")
        .replace("Thủy", "Thuỷ")
        .replace('Đ', "\u{00D0}")
}

/// `s` in Unicode canonical decomposition.
pub fn nfd(s: &str) -> String {
    s.nfd().collect()
}
