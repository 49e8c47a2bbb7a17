//! Scanner throughput over real text, with a `regex` baseline in the same run.
//!
//! Reads every `../shared/corpus/*.txt` when that folder is present (the project's dev corpus),
//! else the seed articles in `tests/fixtures/`, and reports MB/s for all kinds together, for
//! each kind alone, and for a baseline: the same text scanned with six plain `regex` patterns
//! (dates, times, identifiers, typed references, title + capitalised name, `đồng chí` + name),
//! which find spans only, with no values.
//!
//! `cargo bench --bench scan`

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regex::Regex;
use vanban::{DateValue, Kind, Scanner};

fn corpus() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let list = |dir: &Path| -> Vec<std::path::PathBuf> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
        files.sort();
        files
    };
    let mut files = list(&root.join("../shared/corpus"));
    if files.is_empty() {
        files = list(&root.join("tests/fixtures"));
    }
    let mut text = String::new();
    for f in files {
        if let Ok(t) = std::fs::read_to_string(&f) {
            text.push_str(&t);
            text.push('\n');
        }
    }
    text
}

/// The baseline's six patterns.
///
/// Word boundaries are ASCII ones (`(?-u:\b)`): every pattern starts and ends on a digit or an
/// ASCII letter, so they find nearly the same spans (10,044 against 10,041 with Unicode `\b` on
/// the dev corpus), while a Unicode `\b` makes `regex` leave its DFA for a far slower engine on
/// non-ASCII text (about 13 MB/s instead of about 250 MB/s here), which would flatter the
/// scanner.
fn baseline() -> Vec<Regex> {
    [
        r"(?-u:\b)\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?(?-u:\b)",
        r"(?-u:\b)\d{1,2}(?::\d{2}|h\d{0,2})(?-u:\b)",
        r"(?-u:\b)\d{1,6}[a-z]?[-/](?:\d{4}/)?[A-ZĐ][A-Za-zĐđ0-9&]*(?:[-/][A-ZĐ][A-Za-zĐđ0-9&]*)*",
        r"(?i)(?:nghị định|quyết định|quy định|thông tư|chỉ thị|hướng dẫn|nghị quyết|kết luận|luật)\s+(?:số\s+)?\d+",
        r"(?:Bí thư|Chủ tịch|Thủ tướng|Bộ trưởng|Giám đốc|Ủy viên)(?:\s+\p{Lu}\p{Ll}*)+",
        r"(?i)đồng chí\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*",
    ]
    .iter()
    .map(|p| Regex::new(p).expect("baseline pattern compiles"))
    .collect()
}

fn bench_scan(c: &mut Criterion) {
    let text = corpus();
    let mut g = c.benchmark_group("scan");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    let all = Scanner::new();
    g.bench_function("all kinds", |b| {
        b.iter(|| all.find_iter(black_box(&text)).count())
    });
    for kind in Kind::ALL {
        let one = Scanner::with_kinds(&[*kind]);
        g.bench_function(kind.as_str(), |b| {
            b.iter(|| one.find_iter(black_box(&text)).count())
        });
    }
    let patterns = baseline();
    g.bench_function("regex baseline (6 patterns, spans only)", |b| {
        b.iter(|| {
            patterns
                .iter()
                .map(|p| p.find_iter(black_box(&text)).count())
                .sum::<usize>()
        })
    });
    g.finish();
}

fn bench_parse(c: &mut Criterion) {
    let inputs = [
        "27/11/2019",
        "Cập nhật lúc 14:46, Thứ Tư, 27/11/2019 (GMT+7)",
        "ngày 5 tháng 8 năm 2022",
        "quý I-2020",
        "10 ngày trước",
    ];
    let mut g = c.benchmark_group("parse");
    for s in inputs {
        g.bench_function(s, |b| b.iter(|| DateValue::parse(black_box(s))));
    }
    g.finish();
}

criterion_group!(benches, bench_scan, bench_parse);
criterion_main!(benches);
