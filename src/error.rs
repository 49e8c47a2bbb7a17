//! The crate's one error type.

use std::fmt;

/// What went wrong in a strict parse.
///
/// New kinds may be added in minor releases.
///
/// ```
/// use vanban::{DateValue, ParseErrorKind};
///
/// let err = "31/2/2020".parse::<DateValue>().unwrap_err();
/// assert_eq!(err.kind(), ParseErrorKind::InvalidDate);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The input was empty (or only whitespace).
    Empty,
    /// Something else was expected at the offset (see [`ParseError::expected`]).
    Unexpected,
    /// A whole value was read, but more input followed it.
    TrailingInput,
    /// A calendar date that does not exist (`31/2/2020`, month 13).
    InvalidDate,
    /// A clock time that does not exist (`25:00`, `14:61`).
    InvalidTime,
    /// A written weekday that contradicts its date (`Thứ Năm, 27/11/2019`, a Wednesday).
    WeekdayMismatch,
    /// A written can-chi name that contradicts its year (`Canh Tý 2021`).
    CanChiMismatch,
    /// A number outside the range the value allows (an offset beyond ±14 h, a value built
    /// from JSON with a year beyond ±9999). A written year has at most four digits: a longer
    /// number is no year, reported as [`Unexpected`](Self::Unexpected).
    OutOfRange,
}

impl fmt::Display for ParseErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ParseErrorKind::Empty => "empty input",
            ParseErrorKind::Unexpected => "unexpected input",
            ParseErrorKind::TrailingInput => "unexpected trailing input",
            ParseErrorKind::InvalidDate => "invalid calendar date",
            ParseErrorKind::InvalidTime => "invalid time of day",
            ParseErrorKind::WeekdayMismatch => "weekday contradicts the date",
            ParseErrorKind::CanChiMismatch => "can-chi name contradicts the year",
            ParseErrorKind::OutOfRange => "number out of range",
        })
    }
}

/// The error of every strict parser in the crate: what went wrong, where (a byte offset into the
/// string that was parsed, on a char boundary) and what was expected there.
///
/// ```
/// use vanban::DateValue;
///
/// let err = "ngày 5 tháng x".parse::<DateValue>().unwrap_err();
/// assert_eq!(err.offset(), 15);
/// assert_eq!(err.to_string(), "expected a month (1-12 or its name) at byte 15");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub struct ParseError {
    kind: ParseErrorKind,
    offset: usize,
    expected: &'static str,
}

impl ParseError {
    pub(crate) fn new(kind: ParseErrorKind, offset: usize, expected: &'static str) -> Self {
        ParseError {
            kind,
            offset,
            expected,
        }
    }

    /// The kind of failure.
    ///
    /// ```
    /// use vanban::{DateValue, ParseErrorKind};
    /// assert_eq!(DateValue::parse("").unwrap_err().kind(), ParseErrorKind::Empty);
    /// ```
    pub fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// Byte offset into the parsed string where the failure was found.
    ///
    /// ```
    /// use vanban::DateValue;
    /// assert_eq!(DateValue::parse("27/11/2019 xyz").unwrap_err().offset(), 10);
    /// ```
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// A short description of what was expected at [`offset`](Self::offset); `None` when the
    /// kind says it all (an empty input).
    ///
    /// ```
    /// use vanban::DateValue;
    /// let err = DateValue::parse("tháng 13").unwrap_err();
    /// assert_eq!(err.expected(), Some("a month (1-12 or its name)"));
    /// assert_eq!(DateValue::parse("").unwrap_err().expected(), None);
    /// ```
    pub fn expected(&self) -> Option<&str> {
        (!self.expected.is_empty()).then_some(self.expected)
    }

    pub(crate) fn with_offset(mut self, offset: usize) -> Self {
        self.offset = offset;
        self
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ParseErrorKind::Empty => f.write_str("empty input"),
            ParseErrorKind::Unexpected => {
                write!(f, "expected {} at byte {}", self.expected, self.offset)
            }
            kind if self.expected.is_empty() => write!(f, "{kind} at byte {}", self.offset),
            kind => write!(f, "{kind} at byte {}: {}", self.offset, self.expected),
        }
    }
}
