//! Strict parsing of whole strings, one JSON object a line.
//!
//! Contract: `../shared/seeds/README.md` ("The `parse` example").
//!
//! `cargo run --example parse -- date "27/11/2019" "Sáng 27-11"` or, with no TEXT, one input
//! per line of standard input.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use chrono::{DateTime, FixedOffset};
use serde_json::{Map, Value as Json, json};
use vanban::{DateValue, DocId, DocRef, ParseError, Person};

const HELP: &str = "\
parse: strict parsing of whole strings

usage: parse KIND [--reference RFC3339] [TEXT ...]

KIND is date, doc_id, doc_ref or person. Each TEXT (or, with none,
each line of standard input) is parsed as one whole value and written as one JSON line:
  {\"input\", \"ok\": true, \"value\", \"display\"}     display = the canonical form
  {\"input\", \"ok\": false, \"error\": {\"offset\", \"message\"}}
With --reference, a date also gets \"resolved\": {\"start\", \"end\", \"grain\"}.
Exit status 0 when every input parsed, 1 otherwise.

examples: parse date \"quý I-2020\" \"31/2/2020\"
          parse doc_id \"17/2022/ND-CP\" \"126-QĐ/TW\"
          parse doc_ref \"Quy định số 126-QĐ/TW, ngày 28-2-2018 của Bộ Chính trị\"
";

/// The kinds this example parses.
#[derive(Clone, Copy)]
enum Kind {
    Date,
    DocId,
    DocRef,
    Person,
}

/// A parsed value as JSON, its canonical text, and its resolution when it is a date.
fn parse_kind(
    kind: Kind,
    input: &str,
    reference: Option<DateTime<FixedOffset>>,
) -> Result<(Json, String, Option<vanban::Resolved>), ParseError> {
    Ok(match kind {
        Kind::Date => {
            let v = DateValue::parse(input)?;
            let resolved = reference.and_then(|t| v.resolve(t));
            (
                serde_json::to_value(v).unwrap_or(Json::Null),
                v.to_string(),
                resolved,
            )
        }
        Kind::DocId => {
            let v = DocId::parse(input)?;
            (
                serde_json::to_value(&v).unwrap_or(Json::Null),
                v.to_string(),
                None,
            )
        }
        Kind::DocRef => {
            let v = DocRef::parse(input)?;
            (
                serde_json::to_value(&v).unwrap_or(Json::Null),
                v.to_string(),
                None,
            )
        }
        Kind::Person => {
            let v = Person::parse(input)?;
            (
                serde_json::to_value(&v).unwrap_or(Json::Null),
                v.to_string(),
                None,
            )
        }
    })
}

fn one(kind: Kind, input: &str, reference: Option<DateTime<FixedOffset>>) -> (Json, bool) {
    let mut o = Map::new();
    o.insert("input".into(), json!(input));
    match parse_kind(kind, input, reference) {
        Ok((value, display, resolved)) => {
            o.insert("ok".into(), json!(true));
            o.insert("value".into(), value);
            o.insert("display".into(), json!(display));
            if let Some(r) = resolved {
                o.insert(
                    "resolved".into(),
                    json!({
                        "start": r.start().to_rfc3339(),
                        "end": r.end().to_rfc3339(),
                        "grain": r.grain(),
                    }),
                );
            }
            (Json::Object(o), true)
        }
        Err(e) => {
            o.insert("ok".into(), json!(false));
            o.insert(
                "error".into(),
                json!({"offset": e.offset(), "message": e.to_string()}),
            );
            (Json::Object(o), false)
        }
    }
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1).peekable();
    let kind = match args.next() {
        Some(k) if k == "-h" || k == "--help" => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Some(k) => k,
        None => {
            eprint!("parse: missing KIND\n\n{HELP}");
            return ExitCode::from(2);
        }
    };
    let kind = match kind.as_str() {
        "date" => Kind::Date,
        "doc_id" => Kind::DocId,
        "doc_ref" => Kind::DocRef,
        "person" => Kind::Person,
        _ => {
            eprintln!(
                "parse: unknown or not yet supported kind {kind:?} (this version knows: date, doc_id, doc_ref, person)"
            );
            return ExitCode::from(2);
        }
    };
    let mut reference = None;
    let mut texts = Vec::new();
    while let Some(a) = args.next() {
        if a == "-h" || a == "--help" {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        if a == "--reference" {
            let Some(v) = args.next() else {
                eprintln!("parse: --reference needs an RFC 3339 instant");
                return ExitCode::from(2);
            };
            match DateTime::parse_from_rfc3339(&v) {
                Ok(t) => reference = Some(t),
                Err(e) => {
                    eprintln!("parse: --reference {v:?}: {e}");
                    return ExitCode::from(2);
                }
            }
        } else {
            texts.push(a);
        }
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut all_ok = true;
    let mut emit = |s: &str, out: &mut BufWriter<io::StdoutLock<'_>>| {
        let (j, ok) = one(kind, s, reference);
        all_ok &= ok;
        writeln!(out, "{j}").is_ok()
    };
    if texts.is_empty() {
        for line in io::stdin().lock().lines() {
            let Ok(line) = line else {
                eprintln!("parse: standard input is not UTF-8 text");
                return ExitCode::from(2);
            };
            if !emit(&line, &mut out) {
                return ExitCode::from(1);
            }
        }
    } else {
        for t in &texts {
            if !emit(t, &mut out) {
                return ExitCode::from(1);
            }
        }
    }
    let _ = out.flush();
    if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
