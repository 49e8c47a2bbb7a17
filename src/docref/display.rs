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
    if let Some(t) = &r.doc_type_name {
        parts.push(t.clone());
    }
    if let Some(p) = r.plenum {
        parts.push(format!("Trung ương {p}"));
        if let Some(s) = r.session {
            parts.push(format!("(lần {s})"));
        }
    }
    if let Some(c) = r.congress {
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
        if d.day().is_some() && !text.starts_with("ngày") {
            s.push_str(&format!(", ngày {text}"));
        } else if d.day().is_some() {
            s.push_str(&format!(", {text}"));
        } else {
            s.push_str(&format!(" {text}"));
        }
    }
    if let Some(b) = &r.issued_by {
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
