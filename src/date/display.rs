//! The canonical Vietnamese text of date values: what `Display` prints, chosen so that it
//! parses back to an equal value (`27/11/2019`, `14:46, thứ Tư, 27/11/2019 (GMT+7)`,
//! `quý I năm 2020`, `10 ngày trước`, `từ 27/11 đến 28/11`).

use std::fmt::{self, Write as _};

use super::tables::WEEKDAY_DISPLAY;
use super::{
    Date, DateRange, DateValue, Direction, Fields, PartOfDay, PeriodPart, Relative, Season,
    TimeUnit, Vague,
};
use crate::combinators::to_roman;
use crate::error::{ParseError, ParseErrorKind};

fn part_of_day_word(p: PartOfDay) -> &'static str {
    match p {
        PartOfDay::Morning => "sáng",
        PartOfDay::Noon => "trưa",
        PartOfDay::Afternoon => "chiều",
        PartOfDay::Evening => "tối",
        PartOfDay::Night => "đêm",
    }
}

fn unit_word(u: TimeUnit) -> &'static str {
    match u {
        TimeUnit::Second => "giây",
        TimeUnit::Minute => "phút",
        TimeUnit::Hour => "giờ",
        TimeUnit::Day => "ngày",
        TimeUnit::Week => "tuần",
        TimeUnit::Month => "tháng",
        TimeUnit::Quarter => "quý",
        TimeUnit::Year => "năm",
    }
}

fn year_text(y: i32) -> String {
    if y < 0 {
        format!("{} TCN", -i64::from(y))
    } else {
        y.to_string()
    }
}

fn relative_text(r: Relative) -> String {
    use TimeUnit::{Day, Month, Quarter, Second, Week, Year};
    match (r.unit, r.amount) {
        (Day, 0) => "hôm nay".into(),
        (Day, -1) => "hôm qua".into(),
        (Day, -2) => "hôm kia".into(),
        (Day, 1) => "ngày mai".into(),
        (Day, 2) => "ngày kia".into(),
        (Second, 0) => "bây giờ".into(),
        (Year, 0) => "năm nay".into(),
        (Week | Month | Quarter, 0) => format!("{} này", unit_word(r.unit)),
        (Week | Month | Quarter | Year, -1) => format!("{} trước", unit_word(r.unit)),
        (Week | Month | Quarter | Year, 1) => format!("{} tới", unit_word(r.unit)),
        // `3 ngày nữa`: `3 ngày tới` is the span of the next three days.
        (u, n) => format!(
            "{} {} {}",
            i64::from(n).abs(),
            unit_word(u),
            if n < 0 { "trước" } else { "nữa" }
        ),
    }
}

/// The calendar part: day, month, year, quarter, season, decade, century, can-chi.
fn calendar_text(x: &Fields) -> String {
    let mut s = String::new();
    if let Some(p) = x.period_part {
        s.push_str(match p {
            PeriodPart::Early => "đầu ",
            PeriodPart::Middle => "giữa ",
            PeriodPart::Late => "cuối ",
        });
    }
    let year_printed;
    if let Some(c) = x.century {
        if c < 0 {
            let _ = write!(s, "thế kỷ {} TCN", -i64::from(c));
        } else {
            let _ = write!(s, "thế kỷ {c}");
        }
        year_printed = false;
    } else if let Some(d) = x.decade {
        let _ = write!(s, "thập niên {d}");
        year_printed = false;
    } else if let Some(q) = x.quarter {
        let _ = write!(s, "quý {}", to_roman(u32::from(q)));
        if let Some(y) = x.year {
            let _ = write!(s, " năm {}", year_text(y));
        }
        year_printed = true;
    } else if let Some(season) = x.season {
        s.push_str(match season {
            Season::Spring => "mùa xuân",
            Season::Summer => "mùa hè",
            Season::Autumn => "mùa thu",
            Season::Winter => "mùa đông",
        });
        if let Some(y) = x.year {
            let _ = write!(s, " năm {}", year_text(y));
        }
        year_printed = true;
    } else if x.leap_month {
        // The leap month has no numeric form: `ngày 1 tháng 4 nhuận năm 2020`.
        year_printed = true;
        if let Some(d) = x.day {
            let _ = write!(s, "ngày {d} ");
        }
        if let Some(m) = x.month {
            let _ = write!(s, "tháng {m} nhuận");
        }
        if let Some(y) = x.year {
            let _ = write!(s, " năm {}", year_text(y));
        }
    } else {
        year_printed = true;
        match (x.day, x.month, x.year) {
            (Some(d), Some(m), Some(y)) if (1000..=9999).contains(&y) => {
                let _ = write!(s, "{d}/{m}/{y}");
            }
            (Some(d), Some(m), Some(y)) => {
                let _ = write!(s, "ngày {d} tháng {m} năm {}", year_text(y));
            }
            (Some(d), Some(m), None) => {
                let _ = write!(s, "{d}/{m}");
            }
            (Some(d), None, _) => {
                let _ = write!(s, "ngày {d}");
            }
            (None, Some(m), Some(y)) if (1000..=9999).contains(&y) => {
                let _ = write!(s, "tháng {m}/{y}");
            }
            (None, Some(m), Some(y)) => {
                let _ = write!(s, "tháng {m} năm {}", year_text(y));
            }
            (None, Some(m), None) => {
                let _ = write!(s, "tháng {m}");
            }
            (None, None, Some(y)) if x.can_chi.is_some() && (1000..=9999).contains(&y) => {}
            (None, None, Some(y)) => {
                let _ = write!(s, "năm {}", year_text(y));
            }
            (None, None, None) => {}
        }
    }
    if let Some(c) = x.can_chi {
        let only_year = x.day.is_none()
            && x.month.is_none()
            && x.quarter.is_none()
            && x.season.is_none()
            && x.century.is_none()
            && x.decade.is_none();
        match x.year {
            Some(y) if only_year && (1000..=9999).contains(&y) => {
                let _ = write!(s, "{c} {y}");
            }
            Some(y) if year_printed && (1000..=9999).contains(&y) => {
                let _ = write!(s, " {c} {y}");
            }
            _ => {
                if !s.is_empty() && !s.ends_with(' ') {
                    s.push(' ');
                }
                let _ = write!(s, "năm {c}");
            }
        }
    }
    s
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let x = &self.0;
        if let Some(v) = x.vague {
            return f.write_str(match v {
                Vague::Past => "thời gian qua",
                Vague::Present => "hiện nay",
                Vague::Future => "thời gian tới",
            });
        }
        if let Some(u) = x.every {
            // `ngày 20/12 hằng năm`: the day it falls on first.
            let on = Date(Fields { every: None, ..*x });
            if on.0 != Fields::default() {
                let day = on.to_string();
                let day = if x.day.is_some() && !day.starts_with("ngày") {
                    format!("ngày {day}")
                } else {
                    day
                };
                return write!(f, "{day} hằng {}", unit_word(u));
            }
            return write!(f, "hằng {}", unit_word(u));
        }
        let mut out = String::new();
        let mut timed = false;
        if let Some(h) = x.hour {
            match (x.minute, x.second) {
                (Some(m), Some(s)) => write!(out, "{h}:{m:02}:{s:02}")?,
                (Some(m), None) => write!(out, "{h}:{m:02}")?,
                (None, _) => write!(out, "{h} giờ")?,
            }
            timed = true;
            if let Some(p) = x.part_of_day {
                write!(out, " {}", part_of_day_word(p))?;
            }
        } else if let Some(p) = x.part_of_day {
            out.push_str(part_of_day_word(p));
        }
        let mut listed = timed;
        if let Some(w) = x.weekday {
            if !out.is_empty() {
                out.push_str(if timed { ", " } else { " " });
            }
            out.push_str(WEEKDAY_DISPLAY[w as usize]);
            listed = true;
        }
        let cal = calendar_text(x);
        if !cal.is_empty() {
            if !out.is_empty() {
                out.push_str(if listed { ", " } else { " " });
            }
            out.push_str(&cal);
        }
        if let Some(r) = x.relative {
            // After a clock time a comma keeps `0 giờ, 2 tuần trước` from reading as 0:02.
            if timed && cal.is_empty() {
                out.push_str(", ");
            } else if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            out.push_str(&relative_text(r));
        }
        if x.lunar {
            out.push_str(" âm lịch");
        }
        if let Some(m) = x.utc_offset_minutes {
            let sign = if m < 0 { '-' } else { '+' };
            let a = i32::from(m).abs();
            if a % 60 == 0 {
                write!(out, " (GMT{sign}{})", a / 60)?;
            } else {
                write!(out, " (GMT{sign}{}:{:02})", a / 60, a % 60)?;
            }
        }
        // Last: `ngày 30/11 tới (GMT+7)` would not read back, `… (GMT+7) tới` does.
        match x.direction {
            Some(Direction::Next) => out.push_str(" tới"),
            Some(Direction::Last) => out.push_str(" vừa qua"),
            None => {}
        }
        f.write_str(out.trim_start())
    }
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `3 tháng qua`, `10 ngày tới`: a count of units up to now or from now.
        let shift_only = |d: &Date| {
            d.0.relative.filter(|_| {
                Fields {
                    relative: d.0.relative,
                    ..Fields::default()
                } == d.0
            })
        };
        if let (Some(a), Some(b)) = (shift_only(self.start()), shift_only(self.end())) {
            let now = |r: Relative, unit: TimeUnit| {
                let fine = matches!(unit, TimeUnit::Hour | TimeUnit::Minute | TimeUnit::Second);
                r.amount == 0
                    && r.unit
                        == if fine {
                            TimeUnit::Second
                        } else {
                            TimeUnit::Day
                        }
            };
            if a.amount < 0 && now(b, a.unit) {
                return write!(f, "{} {} qua", -i64::from(a.amount), unit_word(a.unit));
            }
            if b.amount > 0 && now(a, b.unit) {
                return write!(f, "{} {} tới", b.amount, unit_word(b.unit));
            }
        }
        write!(f, "từ {} đến {}", self.start(), self.end())
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Single(d) => d.fmt(f),
            DateValue::Range(r) => r.fmt(f),
        }
    }
}

/// Range checks on fields that did not come from the parser (deserialised values).
pub(crate) fn check_representable(d: &Date) -> Result<(), ParseError> {
    let x = &d.0;
    let bad = |what: &'static str| Err(ParseError::new(ParseErrorKind::OutOfRange, 0, what));
    if x.year.is_some_and(|y| !(-9999..=9999).contains(&y)) {
        return bad("a year within ±9999");
    }
    if x.month.is_some_and(|m| !(1..=12).contains(&m)) {
        return bad("a month 1-12");
    }
    if x.day.is_some_and(|v| !(1..=31).contains(&v)) {
        return bad("a day 1-31");
    }
    if x.hour.is_some_and(|v| v > 23) || x.minute.is_some_and(|v| v > 59) {
        return bad("an hour 0-23 and minutes 0-59");
    }
    if x.second.is_some_and(|v| v > 59) {
        return bad("seconds 0-59");
    }
    if x.quarter.is_some_and(|q| !(1..=4).contains(&q)) {
        return bad("a quarter 1-4");
    }
    if x.utc_offset_minutes.is_some_and(|m| m.abs() > 14 * 60) {
        return bad("an offset within ±14 hours");
    }
    if x.decade
        .is_some_and(|v| !(0..=9990).contains(&v) || v % 10 != 0)
    {
        return bad("a decade such as 1990");
    }
    if x.century.is_some_and(|c| c == 0 || c.abs() > 30) {
        return bad("a century within ±30");
    }
    if x.relative.is_some_and(|r| r.amount.abs() > 9999) {
        return bad("a relative amount within ±9999");
    }
    Ok(())
}
