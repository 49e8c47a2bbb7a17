//! Scans files for mentions and writes one JSON object a line per mention.
//!
//! Contract: `../shared/seeds/README.md` ("The `extract` example"). Run with `--help`.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use chrono::{DateTime, FixedOffset};
use serde_json::{Map, Value as Json, json};
use vanban::{Kind, Mention, Scanner, Value};

const HELP: &str = "\
extract: find dates, document references and officials' names and roles in Vietnamese text

usage: extract [OPTIONS] [FILE ...]

Reads each FILE (or standard input, named -) and writes one JSON object a line per mention,
in text order: {\"file\", \"kind\", \"start\", \"end\", \"text\", \"value\"}. start/end are byte
offsets into the file as read; text is verbatim; value is normalised.

options:
  --kinds K1,K2      kinds to find (default: all: date, doc_ref, person)
                     e.g. --kinds date
  --reference T      resolve every date against instant T (RFC 3339), adding
                     \"resolved\": {\"start\", \"end\", \"grain\"}
                     e.g. --reference 2019-11-27T14:46:00+07:00
                     Without it, each document's first full date (its dateline) is the
                     reference for the dates in that document.
  --lines            every input line is its own document: adds \"line\" (1-based) and
                     offsets count from the start of that line
  --count            write only the number of mentions: KIND<TAB>N per kind, then total<TAB>N
  -h, --help         this text

example:
  cargo run --release --example extract -- --kinds date tests/fixtures/000_b80d8c5b25cca716.txt

A file that cannot be read or is not UTF-8 gets one line on standard error; the other files
are still processed and the exit status is 1.
";

struct Options {
    kinds: Vec<Kind>,
    reference: Option<DateTime<FixedOffset>>,
    lines: bool,
    count: bool,
    files: Vec<String>,
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        kinds: Kind::ALL.to_vec(),
        reference: None,
        lines: false,
        count: false,
        files: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "-h" | "--help" => {
                print!("{HELP}");
                std::process::exit(0);
            }
            "--kinds" => {
                let v = args
                    .next()
                    .ok_or("--kinds needs a value, e.g. --kinds date")?;
                o.kinds = v
                    .split(',')
                    .filter(|k| !k.is_empty())
                    .map(|k| {
                        k.parse::<Kind>().map_err(|_| {
                            format!("unknown kind {k:?} (known: date, doc_ref, person)")
                        })
                    })
                    .collect::<Result<_, _>>()?;
            }
            "--reference" => {
                let v = args.next().ok_or(
                    "--reference needs an RFC 3339 instant, e.g. 2019-11-27T14:46:00+07:00",
                )?;
                o.reference = Some(DateTime::parse_from_rfc3339(&v).map_err(|e| {
                    format!("--reference {v:?}: {e} (expected e.g. 2019-11-27T14:46:00+07:00)")
                })?);
            }
            "--lines" => o.lines = true,
            "--count" => o.count = true,
            "-" => o.files.push(a),
            s if s.starts_with("--") => return Err(format!("unknown option {s} (see --help)")),
            _ => o.files.push(a),
        }
    }
    if o.files.is_empty() {
        o.files.push("-".into());
    }
    Ok(o)
}

fn read_input(name: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let res = if name == "-" {
        io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(name).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    res.map_err(|e| format!("{name}: cannot read: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Vietnam's offset, for datelines that do not state one.
fn vietnam() -> FixedOffset {
    FixedOffset::east_opt(7 * 3600).expect("valid offset")
}

/// The document's reference: the instant given, or its first full date.
fn document_reference(
    given: Option<DateTime<FixedOffset>>,
    mentions: &[Mention<'_>],
) -> Option<DateTime<FixedOffset>> {
    given.or_else(|| {
        mentions.iter().find_map(|m| match m.value() {
            Value::Date(v) => v.as_date()?.to_datetime(vietnam()),
            _ => None,
        })
    })
}

fn mention_json(
    file: &str,
    line: Option<usize>,
    m: &Mention<'_>,
    reference: Option<DateTime<FixedOffset>>,
) -> Json {
    let mut o = Map::new();
    o.insert("file".into(), json!(file));
    if let Some(l) = line {
        o.insert("line".into(), json!(l));
    }
    o.insert("kind".into(), json!(m.kind().as_str()));
    o.insert("start".into(), json!(m.start()));
    o.insert("end".into(), json!(m.end()));
    o.insert("text".into(), json!(m.as_str()));
    o.insert(
        "value".into(),
        serde_json::to_value(m.value()).unwrap_or(Json::Null),
    );
    if let (Some(t), Value::Date(v)) = (reference, m.value()) {
        if let Some(r) = v.resolve(t) {
            o.insert(
                "resolved".into(),
                json!({
                    "start": r.start().to_rfc3339(),
                    "end": r.end().to_rfc3339(),
                    "grain": r.grain(),
                }),
            );
        }
    }
    if !m.warnings().is_empty() {
        let w: Vec<String> = m.warnings().iter().map(ToString::to_string).collect();
        o.insert("warnings".into(), json!(w));
    }
    Json::Object(o)
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    let scanner = Scanner::with_kinds(&opts.kinds);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut counts = vec![0usize; opts.kinds.len()];
    let mut failed = false;
    for file in &opts.files {
        let text = match read_input(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("extract: {e}");
                failed = true;
                continue;
            }
        };
        let docs: Vec<(Option<usize>, &str)> = if opts.lines {
            text.lines()
                .enumerate()
                .map(|(n, l)| (Some(n + 1), l))
                .collect()
        } else {
            vec![(None, text.as_str())]
        };
        for (line, doc) in docs {
            let mentions: Vec<Mention<'_>> = scanner.find_iter(doc).collect();
            for m in &mentions {
                if let Some(k) = opts.kinds.iter().position(|k| *k == m.kind()) {
                    counts[k] += 1;
                }
            }
            if opts.count {
                continue;
            }
            let reference = document_reference(opts.reference, &mentions);
            for m in &mentions {
                let j = mention_json(file, line, m, reference);
                if writeln!(out, "{j}").is_err() {
                    return ExitCode::from(1);
                }
            }
        }
    }
    if opts.count {
        for (k, n) in opts.kinds.iter().zip(&counts) {
            let _ = writeln!(out, "{k}\t{n}");
        }
        let _ = writeln!(out, "total\t{}", counts.iter().sum::<usize>());
    }
    let _ = out.flush();
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
