//! Scanner throughput over real text.
//!
//! Reads every `../shared/corpus/dev_*.txt` when that folder is present (the project's dev
//! corpus), else the seed articles in `tests/fixtures/`, and reports MB/s for the date scanner
//! and for strict parsing of typical strings.
//!
//! `cargo bench --bench scan`

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use vanban::{DateValue, Kind, Scanner};

fn corpus() -> String {
    let mut text = String::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    if files.is_empty() {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        files = std::fs::read_dir(fixtures)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    }
    files.sort();
    for f in files {
        if let Ok(t) = std::fs::read_to_string(&f) {
            text.push_str(&t);
            text.push('\n');
        }
    }
    text
}

fn bench_scan(c: &mut Criterion) {
    let text = corpus();
    let mut g = c.benchmark_group("scan");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    let dates = Scanner::with_kinds(&[Kind::Date]);
    g.bench_function("date", |b| {
        b.iter(|| dates.find_iter(black_box(&text)).count())
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
