//! Scans files for mentions and writes one JSON object a line per mention.
//!
//! Contract: `../shared/seeds/README.md` ("The `extract` example"). Run with `--help`.

use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;

use chrono::{DateTime, FixedOffset};
use rayon::prelude::*;
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
                     Without it, each document's first full date in its first 512
                     bytes (its dateline) is the reference for the dates in that
                     document; without a dateline only dates that need no reference
                     (ngày 2/9/1945) are resolved.
  --lines            every input line is its own document: adds \"line\" (1-based) and
                     offsets count from the start of that line
  --count            write only the number of mentions: KIND<TAB>N per kind, then total<TAB>N
                     e.g. --count --kinds person corpus/*.txt
  --format F         json (default) or tsv: one line per mention with the columns
                     file, line, kind, start, end, text, value (as JSON), resolved start,
                     resolved end; empty where absent; tab, line end and backslash inside
                     file and text written as \\t, \\n, \\\\
                     e.g. --format tsv --kinds doc_ref law.txt | cut -f6
  -h, --help         this text

examples:
  cargo run --release --example extract -- --kinds date tests/fixtures/000_b80d8c5b25cca716.txt
  cargo run --release --example extract -- --lines --format tsv titles.txt

Each file is cut at line ends into pieces scanned on all cores; the output order is
always the text order above. A progress line appears on standard error when it is a
terminal and a file is 16 MB or more.

A file that cannot be read or is not UTF-8 gets one line on standard error; the other files
are still processed and the exit status is 1.
";

struct Options {
    kinds: Vec<Kind>,
    reference: Option<DateTime<FixedOffset>>,
    lines: bool,
    count: bool,
    format: Format,
    files: Vec<String>,
}

/// How each mention is written.
#[derive(Clone, Copy)]
enum Format {
    Json,
    Tsv,
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        kinds: Kind::ALL.to_vec(),
        reference: None,
        lines: false,
        count: false,
        format: Format::Json,
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
                if o.kinds.is_empty() {
                    return Err("--kinds names no kind (known: date, doc_ref, person)".into());
                }
            }
            "--reference" => {
                let v = args.next().ok_or(
                    "--reference needs an RFC 3339 instant, e.g. 2019-11-27T14:46:00+07:00",
                )?;
                o.reference = Some(DateTime::parse_from_rfc3339(&v).map_err(|e| {
                    format!("--reference {v:?}: {e} (expected e.g. 2019-11-27T14:46:00+07:00)")
                })?);
            }
            "--format" => {
                o.format = match args.next().as_deref() {
                    Some("json") => Format::Json,
                    Some("tsv") => Format::Tsv,
                    _ => return Err("--format needs json or tsv, e.g. --format tsv".into()),
                }
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

/// The document's reference: the instant given, or its dateline ([`vanban::dateline`], which
/// reads every kind whatever was asked, so the reference does not depend on `--kinds`).
fn document_reference(
    given: Option<DateTime<FixedOffset>>,
    scanner: &Scanner,
    text: &str,
) -> Option<DateTime<FixedOffset>> {
    if given.is_some() || !scanner.finds(Kind::Date) {
        return given;
    }
    vanban::dateline(text)
}

/// One mention with where it was found, ready to be written.
struct Row<'a, 't> {
    file: &'a str,
    line: Option<usize>,
    /// Offset of the scanned piece in its document.
    base: usize,
    mention: &'a Mention<'t>,
    reference: Option<DateTime<FixedOffset>>,
}

impl Row<'_, '_> {
    fn resolved(&self) -> Option<vanban::Resolved> {
        match (self.reference, self.mention.value()) {
            (Some(t), Value::Date(v)) => v.resolve(t),
            // Without a reference, a date that needs none (`ngày 2/9/1945`): the same against
            // any two instants, read in Vietnam's time.
            (None, Value::Date(v)) => {
                let at = |s| DateTime::parse_from_rfc3339(s).ok();
                let a = v.resolve(at("1900-01-01T00:00:00+07:00")?)?;
                let b = v.resolve(at("2100-06-15T12:00:00+07:00")?)?;
                (a == b).then_some(a)
            }
            _ => None,
        }
    }

    fn write_json(&self, out: &mut String) {
        let m = self.mention;
        let mut o = Map::new();
        o.insert("file".into(), json!(self.file));
        if let Some(l) = self.line {
            o.insert("line".into(), json!(l));
        }
        o.insert("kind".into(), json!(m.kind().as_str()));
        o.insert("start".into(), json!(self.base + m.start()));
        o.insert("end".into(), json!(self.base + m.end()));
        o.insert("text".into(), json!(m.as_str()));
        o.insert(
            "value".into(),
            serde_json::to_value(m.value()).unwrap_or(Json::Null),
        );
        if let Some(r) = self.resolved() {
            o.insert(
                "resolved".into(),
                json!({
                    "start": r.start().to_rfc3339(),
                    "end": r.end().to_rfc3339(),
                    "grain": r.grain(),
                }),
            );
        }
        if !m.warnings().is_empty() {
            let w: Vec<String> = m.warnings().iter().map(ToString::to_string).collect();
            o.insert("warnings".into(), json!(w));
        }
        out.push_str(&Json::Object(o).to_string());
        out.push('\n');
    }

    /// `file line kind start end text value resolved_start resolved_end`, tab-separated;
    /// tabs, line ends and backslashes in `file` and `text` are escaped as `\t`, `\n`, `\\`.
    fn write_tsv(&self, out: &mut String) {
        let m = self.mention;
        let (rs, re) = self.resolved().map_or((String::new(), String::new()), |r| {
            (r.start().to_rfc3339(), r.end().to_rfc3339())
        });
        let value = serde_json::to_string(m.value()).unwrap_or_default();
        let line = self.line.map(|l| l.to_string()).unwrap_or_default();
        let fields = [
            escape(self.file),
            line,
            m.kind().to_string(),
            (self.base + m.start()).to_string(),
            (self.base + m.end()).to_string(),
            escape(m.as_str()),
            value,
            rs,
            re,
        ];
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
}

fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\t' => o.push_str("\\t"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\\' => o.push_str("\\\\"),
            c => o.push(c),
        }
    }
    o
}

/// Bytes of text handed to one worker at a time: large enough to keep the cores busy, small
/// enough that the output of a batch (workers × piece) stays a few MB before it is written.
const PIECE: usize = 1 << 20;

/// What one piece of a document produced: its output lines and its count per kind.
struct Done {
    out: String,
    counts: Vec<usize>,
}

/// Everything one document piece needs that does not change between pieces.
struct Job<'a> {
    opts: &'a Options,
    scanner: &'a Scanner,
    file: &'a str,
}

impl Job<'_> {
    /// Scans `text` (which starts `base` bytes into its document) and formats its mentions.
    fn run(
        &self,
        line: Option<usize>,
        base: usize,
        text: &str,
        reference: Option<DateTime<FixedOffset>>,
    ) -> Done {
        let mut done = Done {
            out: String::new(),
            counts: vec![0; self.opts.kinds.len()],
        };
        for m in self.scanner.find_iter(text) {
            if let Some(k) = self.opts.kinds.iter().position(|k| *k == m.kind()) {
                done.counts[k] += 1;
            }
            if self.opts.count {
                continue;
            }
            let row = Row {
                file: self.file,
                line,
                base,
                mention: &m,
                reference,
            };
            match self.opts.format {
                Format::Json => row.write_json(&mut done.out),
                Format::Tsv => row.write_tsv(&mut done.out),
            }
        }
        done
    }
}

/// Splits a document at line ends into pieces of about [`PIECE`] bytes. The scanner never
/// lets a mention cross a line end, so scanning the pieces apart finds the same mentions.
fn pieces(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let mut end = (at + PIECE).min(text.len());
        if end < text.len() {
            end = match text.as_bytes()[end..].iter().position(|&b| b == b'\n') {
                Some(k) => end + k + 1,
                None => text.len(),
            };
        }
        out.push((at, &text[at..end]));
        at = end;
    }
    out
}

/// Reports how far a large input has got, on a terminal only.
struct Progress {
    on: bool,
    file: String,
    total: usize,
}

impl Progress {
    fn new(file: &str, total: usize) -> Progress {
        Progress {
            on: total >= 16 * PIECE && io::stderr().is_terminal(),
            file: file.to_owned(),
            total,
        }
    }

    fn show(&self, done: usize) {
        if self.on {
            eprint!(
                "\rextract: {}: {:3}% of {} MB",
                self.file,
                done * 100 / self.total.max(1),
                self.total >> 20
            );
        }
    }

    fn finish(&self) {
        if self.on {
            eprint!("\r\x1b[K");
        }
    }
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
    // Batches of this many pieces run in parallel, then are written in order: the output is
    // the same whatever the number of cores, and memory stays bounded by one batch.
    let batch = 4 * rayon::current_num_threads().max(1);
    for file in &opts.files {
        let text = match read_input(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("extract: {e}");
                failed = true;
                continue;
            }
        };
        let job = Job {
            opts: &opts,
            scanner: &scanner,
            file,
        };
        let progress = Progress::new(file, text.len());
        // Each unit: (line number, offset in its document, text, the document's reference).
        type Unit<'a> = (Option<usize>, usize, &'a str, Option<DateTime<FixedOffset>>);
        let units: Box<dyn Iterator<Item = Unit<'_>> + '_> = if opts.lines {
            Box::new(
                text.lines()
                    .enumerate()
                    .map(|(n, l)| (Some(n + 1), 0, l, None)),
            )
        } else {
            let reference = if opts.count {
                None
            } else {
                document_reference(opts.reference, &scanner, &text)
            };
            Box::new(
                pieces(&text)
                    .into_iter()
                    .map(move |(at, p)| (None, at, p, reference)),
            )
        };
        // Lines are small: group them so that a worker gets a worthwhile amount of text.
        let mut units = units.peekable();
        let mut seen = 0usize;
        while units.peek().is_some() {
            let mut group: Vec<Vec<Unit<'_>>> = Vec::with_capacity(batch);
            for _ in 0..batch {
                let mut size = 0;
                let mut g = Vec::new();
                while size < PIECE {
                    let Some(u) = units.next() else { break };
                    size += u.2.len() + 1;
                    g.push(u);
                }
                if g.is_empty() {
                    break;
                }
                seen += size;
                group.push(g);
            }
            let results: Vec<Vec<Done>> = group
                .par_iter()
                .map(|g| {
                    g.iter()
                        .map(|&(line, base, t, reference)| {
                            let reference = if line.is_some() && !opts.count {
                                document_reference(opts.reference, &scanner, t)
                            } else {
                                reference
                            };
                            job.run(line, base, t, reference)
                        })
                        .collect()
                })
                .collect();
            for done in results.iter().flatten() {
                for (c, n) in counts.iter_mut().zip(&done.counts) {
                    *c += n;
                }
                if out.write_all(done.out.as_bytes()).is_err() {
                    // The reader went away (`| head`): stop quietly.
                    progress.finish();
                    return ExitCode::from(1);
                }
            }
            progress.show(seen.min(text.len()));
        }
        progress.finish();
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
