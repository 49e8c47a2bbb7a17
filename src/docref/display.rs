//! Canonical text of identifiers and references (parses back to an equal value).

use std::fmt;

use super::{DocForm, DocId, DocRef};
use crate::combinators::to_roman;

pub(super) fn write_id(d: &DocId, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let issuers = d.issuers.join("-");
    match d.form {
        DocForm::Party => {
            write!(
                f,
                "{}-{}/{issuers}",
                d.number,
                d.doc_type.as_deref().unwrap_or("")
            )
        }
        DocForm::Legacy => write!(f, "{}-{issuers}", d.number),
        DocForm::Standard => {
            write!(
                f,
                "{} {}",
                d.doc_type.as_deref().unwrap_or("TCVN"),
                d.number
            )?;
            if let Some(y) = d.year {
                write!(f, ":{y}")?;
            }
            if !issuers.is_empty() {
                write!(f, "/{issuers}")?;
            }
            Ok(())
        }
        DocForm::State => {
            write!(f, "{}/", d.number)?;
            if let Some(y) = d.year {
                write!(f, "{y}/")?;
            }
            match (&d.doc_type, issuers.is_empty()) {
                (Some(t), false) => write!(f, "{t}-{issuers}"),
                (Some(t), true) => f.write_str(t),
                (None, _) => f.write_str(&issuers),
            }
        }
    }
}

pub(super) fn write_ref(r: &DocRef, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let mut parts: Vec<String> = Vec::new();
    if let Some(a) = &r.article {
        if let Some(p) = &r.point {
            parts.push(format!("điểm {p}"));
        }
        if let Some(c) = &r.clause {
            parts.push(format!("khoản {c}"));
        }
        parts.push(format!("Điều {a}"));
    }
    if let Some(t) = &r.doc_type_name {
        parts.push(t.clone());
    }
    // A numbered document names its plenum after its date (`… của Hội nghị Trung ương 6 Ban
    // Chấp hành Trung ương Đảng khóa XII`); a resolution known by its plenum, before.
    let numbered = r.id.is_some() || r.number.is_some();
    // `Nghị quyết Hội nghị Trung ương 6 Ban Chấp hành Trung ương Đảng khóa XII`: the
    // committee of a plenum known by its number follows it, as it is read.
    let committee = r
        .issued_by
        .as_deref()
        .filter(|b| {
            matches!(
                *b,
                "Ban Chấp hành Trung ương" | "Ban Chấp hành Trung ương Đảng"
            )
        })
        .filter(|_| r.plenum.is_some() && !numbered);
    if let Some(p) = r.plenum.filter(|_| !numbered) {
        if committee.is_some() {
            parts.push("Hội nghị".to_owned());
        }
        parts.push(format!("Trung ương {p}"));
        if let Some(s) = r.session {
            parts.push(format!("(lần {s})"));
        }
        if let Some(b) = committee {
            parts.push(b.to_owned());
        }
    }
    // `Nghị quyết Đại hội Đảng bộ Khối lần thứ XII`: a resolution of a Party committee's
    // congress, written as it is read (see `parse::congress_body`).
    let congress_of = r
        .issued_by
        .as_deref()
        .and_then(|b| b.strip_prefix("Đại hội "))
        .filter(|b| {
            r.id.is_none()
                && r.number.is_none()
                && r.name.is_none()
                && r.plenum.is_none()
                && r.term.is_none()
                && r.doc_type_name.is_some()
                && super::parse::congress_body(b)
                    .is_some_and(|(rest, body)| rest.is_empty() && body == *b)
        });
    if let Some(b) = congress_of {
        parts.push(format!("Đại hội {b}"));
        if let Some(c) = r.congress {
            parts.push(format!("lần thứ {}", to_roman(u32::from(c))));
        }
    } else if let Some(c) = r.congress {
        parts.push(format!("Đại hội {}", to_roman(u32::from(c))));
    }
    if let Some(n) = &r.name {
        parts.push(n.clone());
    }
    match (&r.id, &r.number) {
        // A bare identifier (`126-QĐ/TW` found alone) reads back only as itself.
        (Some(id), _) if parts.is_empty() => parts.push(id.to_string()),
        (Some(id), _) => parts.push(format!("số {id}")),
        (None, Some(n)) => match r.year {
            Some(y) => parts.push(format!("số {n}/{y}")),
            None => parts.push(format!("số {n}")),
        },
        (None, None) => {}
    }
    let mut s = parts.join(" ");
    if let Some(d) = &r.date {
        let text = d.to_string();
        // `Luật Giáo dục ngày 14/6/2019`, `Hiến pháp ngày 28/11/2013`: the day a law named
        // without its number was passed follows the name directly (after a comma a day would
        // be the sentence's).
        let sep = if (r.name.is_some() || r.doc_type_name.as_deref() == Some("Hiến pháp"))
            && r.id.is_none()
            && r.number.is_none()
        {
            " "
        } else {
            ", "
        };
        if d.day().is_some() && !text.starts_with("ngày") {
            s.push_str(&format!("{sep}ngày {text}"));
        } else if d.day().is_some() {
            s.push_str(&format!("{sep}{text}"));
        } else {
            s.push_str(&format!(" {text}"));
        }
    }
    if let Some(p) = r.plenum.filter(|_| numbered) {
        s.push_str(&format!(" của Hội nghị Trung ương {p}"));
        if let Some(n) = r.session {
            s.push_str(&format!(" (lần {n})"));
        }
        match r.issued_by.as_deref() {
            Some(b @ ("Ban Chấp hành Trung ương" | "Ban Chấp hành Trung ương Đảng")) =>
            {
                s.push_str(&format!(" {b}"));
            }
            Some(b) => s.push_str(&format!(" của {b}")),
            None => {}
        }
    } else if let Some(b) = r
        .issued_by
        .as_ref()
        .filter(|_| congress_of.is_none() && committee.is_none())
    {
        s.push_str(&format!(" của {b}"));
    }
    if let Some(t) = r.term {
        s.push_str(&format!(" khóa {}", to_roman(u32::from(t))));
    }
    if let Some(t) = &r.title {
        s.push_str(&format!(" \"{t}\""));
    }
    f.write_str(&s)
}
