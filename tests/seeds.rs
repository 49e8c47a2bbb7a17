//! The five seed articles against their gold mentions (`tests/fixtures/gold.jsonl`): every
//! `core` line of each kind is found with its value, no `negative` line is hit and no mention
//! falls outside the gold (the gold lists every mention of the articles).

use std::path::Path;

use serde_json::Value as Json;
use vanban::{Kind, Scanner};

struct Found {
    start: usize,
    end: usize,
    value: Json,
}

fn fixtures() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))
}

fn gold(kind: &str) -> Vec<Json> {
    let text = std::fs::read_to_string(fixtures().join("gold.jsonl")).expect("gold.jsonl");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<Json>(l).expect("gold line is JSON"))
        .filter(|g| g["kind"] == kind)
        .collect()
}

/// `got` holds every key of `want`, recursively; lists element by element.
fn holds(want: &Json, got: &Json) -> bool {
    match (want, got) {
        (Json::Object(w), Json::Object(g)) => {
            w.iter().all(|(k, v)| g.get(k).is_some_and(|x| holds(v, x)))
        }
        (Json::Array(w), Json::Array(g)) => {
            w.len() == g.len() && w.iter().zip(g).all(|(a, b)| holds(a, b))
        }
        _ => want == got,
    }
}

fn occurrences(hay: &str, needle: &str) -> Vec<(usize, usize)> {
    hay.match_indices(needle)
        .map(|(i, m)| (i, i + m.len()))
        .collect()
}

fn scan(doc: &str, kind: Kind) -> Vec<Found> {
    let text = std::fs::read_to_string(fixtures().join(doc)).expect("seed article");
    Scanner::with_kinds(&[kind])
        .find_iter(&text)
        .map(|m| Found {
            start: m.start(),
            end: m.end(),
            value: serde_json::to_value(m.value()).expect("value serialises"),
        })
        .collect()
}

fn core_lines_found(kind: Kind) -> usize {
    let mut failures = Vec::new();
    let mut checked = 0;
    for g in gold(kind.as_str()).iter().filter(|g| g["tier"] == "core") {
        let doc = g["doc"].as_str().unwrap();
        let text = std::fs::read_to_string(fixtures().join(doc)).unwrap();
        let want = g["text"].as_str().unwrap();
        let found = scan(doc, kind);
        for (s, e) in occurrences(&text, want) {
            checked += 1;
            let ok = found
                .iter()
                .any(|m| m.start <= s && m.end >= e && holds(&g["value"], &m.value));
            if !ok {
                failures.push(format!("{doc}: {want:?} at {s}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "missed core {kind} lines: {failures:#?}"
    );
    checked
}

#[test]
fn every_core_date_is_found_with_its_value() {
    // 46 core occurrences in the five articles.
    assert_eq!(core_lines_found(Kind::Date), 46);
}

#[test]
fn every_core_doc_ref_is_found_with_its_value() {
    assert_eq!(core_lines_found(Kind::DocRef), 33);
}

#[test]
fn every_core_person_is_found_with_its_value() {
    assert_eq!(core_lines_found(Kind::Person), 27);
}

#[test]
fn no_negative_person_and_nothing_outside_the_gold() {
    outside_gold(Kind::Person, &[]);
}

#[test]
fn no_negative_date_and_nothing_outside_the_gold() {
    outside_gold(Kind::Date, &[]);
}

#[test]
fn no_negative_doc_ref_and_nothing_outside_the_gold() {
    // The gold's `Hướng dẫn số 26` (value: type and number, no identifier) is the reference
    // written with a no-break space after `số`; the gold's exact-text search cannot find that
    // occurrence, so it is allowed here by name.
    outside_gold(Kind::DocRef, &["Hướng dẫn số\u{a0}26"]);
}

fn outside_gold(kind: Kind, gold_gaps: &[&str]) {
    let all = gold(kind.as_str());
    let docs: std::collections::BTreeSet<&str> =
        all.iter().map(|g| g["doc"].as_str().unwrap()).collect();
    for doc in docs {
        let text = std::fs::read_to_string(fixtures().join(doc)).unwrap();
        let found = scan(doc, kind);
        let mut covered = Vec::new();
        for g in all.iter().filter(|g| g["doc"] == doc) {
            let occ = occurrences(&text, g["text"].as_str().unwrap());
            if g["tier"] == "negative" {
                for (s, e) in occ {
                    let hit = found.iter().find(|m| m.start < e && m.end > s);
                    assert!(
                        hit.is_none(),
                        "{doc}: negative {:?} overlapped by {:?}",
                        g["text"],
                        hit.map(|m| &text[m.start..m.end])
                    );
                }
            } else {
                covered.extend(occ);
            }
        }
        for m in &found {
            assert!(
                covered.iter().any(|&(s, e)| m.start < e && m.end > s)
                    || gold_gaps.contains(&&text[m.start..m.end]),
                "{doc}: false positive {:?}",
                &text[m.start..m.end]
            );
        }
    }
}

#[test]
fn datelines_are_single_mentions() {
    let text = std::fs::read_to_string(fixtures().join("000_b80d8c5b25cca716.txt")).unwrap();
    let m = vanban::find_iter(&text).next().unwrap();
    assert_eq!(m.as_str(), "Cập nhật lúc 14:46, Thứ Tư, 27/11/2019 (GMT+7)");
    let text = std::fs::read_to_string(fixtures().join("003_e4f7c21c0c58b803.txt")).unwrap();
    let m = vanban::find_iter(&text).next().unwrap();
    assert_eq!(m.as_str(), "Thứ Ba, 20/09/2022 16:22 (GMT+0)");
    assert_eq!(
        serde_json::to_value(m.value()).unwrap(),
        serde_json::json!({"year": 2022, "month": 9, "day": 20, "hour": 16, "minute": 22,
            "utc_offset_minutes": 0, "weekday": "Tue"})
    );
}
