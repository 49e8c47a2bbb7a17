//! Resolution of date values against a reference instant.
//!
//! Choices (documented on [`DateValue::resolve`]):
//! - a partial date (`27-11`, `tháng 3`, `quý 3`) takes the reference's year, except within
//!   two months of it across New Year (`ngày 28/12` in a January article is last December,
//!   `tháng 1` in a late-December one the coming January): the year a reader assumes, and the
//!   one other date parsers give (an earlier rule put dates from nine months before the
//!   reference to three after, which read `tháng 10` in a March article as last October); a
//!   part of the year alone (`đầu năm`) takes the reference's year;
//! - a bare weekday (`thứ Tư`) is the next occurrence at or after the reference, as mainstream
//!   extractors do;
//! - `N … trước` is the point N units before the reference, at the grain of the unit;
//! - weeks start on Monday; parts of the day are sáng 04–11, trưa 11–13, chiều 13–18,
//!   tối 18–22, đêm 22–04; `đầu`/`giữa`/`cuối` are the thirds of a month (days 1–10, 11–20,
//!   21–end), of a year (January–April, May–August, September–December) or of a quarter (its
//!   months); `cuối tuần` is the weekend.

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, Months, NaiveDate, NaiveDateTime, NaiveTime,
    TimeZone,
};
use serde::{Deserialize, Serialize};

use super::{
    Date, DateValue, Direction, Fields, PartOfDay, PeriodPart, Season, TimeUnit, Vague,
    astronomical, historical,
};

/// The interval a date value denotes: `[start, end)` at a grain, in the reference's offset.
///
/// ```
/// use chrono::DateTime;
/// use vanban::{DateValue, TimeUnit};
///
/// let reference = DateTime::parse_from_rfc3339("2019-11-27T14:46:00+07:00").unwrap();
/// let r = DateValue::parse("Sáng 28-11")?.resolve(reference).unwrap();
/// assert_eq!(r.start().to_rfc3339(), "2019-11-28T04:00:00+07:00");
/// assert_eq!(r.end().to_rfc3339(), "2019-11-28T11:00:00+07:00");
/// assert_eq!(r.grain(), TimeUnit::Hour);
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Resolved {
    start: DateTime<FixedOffset>,
    end: DateTime<FixedOffset>,
    grain: TimeUnit,
}

impl Resolved {
    /// The first instant of the interval.
    ///
    /// ```
    /// let t = chrono::DateTime::parse_from_rfc3339("2020-05-01T00:00:00+07:00").unwrap();
    /// let r = vanban::DateValue::parse("năm 2019")?.resolve(t).unwrap();
    /// assert_eq!(r.start().to_rfc3339(), "2019-01-01T00:00:00+07:00");
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn start(&self) -> DateTime<FixedOffset> {
        self.start
    }

    /// The instant just after the interval (exclusive end).
    ///
    /// ```
    /// let t = chrono::DateTime::parse_from_rfc3339("2020-05-01T00:00:00+07:00").unwrap();
    /// let r = vanban::DateValue::parse("năm 2019")?.resolve(t).unwrap();
    /// assert_eq!(r.end().to_rfc3339(), "2020-01-01T00:00:00+07:00");
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn end(&self) -> DateTime<FixedOffset> {
        self.end
    }

    /// The finest unit the expression states.
    ///
    /// ```
    /// let t = chrono::DateTime::parse_from_rfc3339("2020-05-01T00:00:00+07:00").unwrap();
    /// let r = vanban::DateValue::parse("quý I-2020")?.resolve(t).unwrap();
    /// assert_eq!(r.grain(), vanban::TimeUnit::Quarter);
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn grain(&self) -> TimeUnit {
        self.grain
    }
}

impl DateValue {
    /// The interval this value denotes, relative to `reference`, expressed in the reference's
    /// UTC offset. A date that states its own offset (`16:22 (GMT+0)`) is read in that offset.
    ///
    /// Returns `None` when the value cannot be placed on the solar calendar: dates outside
    /// chrono's range, a range that ends before it starts, a lunar date without a month.
    /// A lunar date resolves to its solar day (or its lunar month's solar days).
    ///
    /// Rules: a partial date (a bare month too) takes the reference's year, or the year before
    /// or after it when that puts it within two months of the reference across New Year
    /// (`ngày 28/12` read on 5 January is last December's); a bare weekday is
    /// the next occurrence at or after the reference; `N … trước` is the point N units before the
    /// reference at the unit's grain; weeks start on Monday; see [`PartOfDay`] and
    /// [`PeriodPart`] for the sub-intervals.
    ///
    /// ```
    /// use chrono::DateTime;
    /// use vanban::{DateValue, TimeUnit};
    ///
    /// let t = DateTime::parse_from_rfc3339("2019-11-27T14:46:00+07:00").unwrap();
    /// let r = DateValue::parse("10 ngày trước")?.resolve(t).unwrap();
    /// assert_eq!(r.start().to_rfc3339(), "2019-11-17T00:00:00+07:00");
    /// assert_eq!(r.grain(), TimeUnit::Day);
    /// let r = DateValue::parse("27 và 28-11")?.resolve(t).unwrap();
    /// assert_eq!(r.end().to_rfc3339(), "2019-11-29T00:00:00+07:00");
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn resolve(&self, reference: DateTime<FixedOffset>) -> Option<Resolved> {
        match self {
            DateValue::Single(d) => d.resolve(reference),
            DateValue::Range(r) => {
                let (s, e) = (r.start().0, r.end().0);
                // Two sides without a year are placed in one, the end's: `9 tháng đầu năm`
                // (January to September) in a November article is this year's; `từ 25/12
                // đến 5/1` in a January one runs from the December before.
                let floating = |x: &Fields| {
                    x.year.is_none()
                        && x.relative.is_none()
                        && x.can_chi.is_none()
                        && x.direction.is_none()
                        && !x.lunar
                        && (x.month.is_some() || x.quarter.is_some())
                };
                if floating(&s) && floating(&e) {
                    let y = nearest_year(&e, reference.date_naive());
                    let b = Date(Fields { year: Some(y), ..e }).resolve(reference)?;
                    let mut a = Date(Fields { year: Some(y), ..s }).resolve(reference)?;
                    if a.start >= b.end {
                        a = Date(Fields {
                            year: Some(y - 1),
                            ..s
                        })
                        .resolve(reference)?;
                    }
                    return (b.end > a.start).then_some(Resolved {
                        start: a.start,
                        end: b.end,
                        grain: a.grain.min(b.grain),
                    });
                }
                let a = r.start().resolve(reference)?;
                let mut b = r.end().resolve(reference)?;
                // `từ 29 tháng Chạp đến mùng 5 tháng Giêng`, `từ ngày 25 đến ngày 5`, `từ thứ
                // Sáu đến thứ Hai`, `từ 22 giờ đến 6 giờ`: an end that comes out before the
                // start is in the next year, month, week or day, the unit it leaves unsaid.
                if b.end <= a.start && e.year.is_none() && e.relative.is_none() {
                    let later = if e.month.is_some() || e.quarter.is_some() {
                        reference.checked_add_months(Months::new(12))
                    } else if e.day.is_some() {
                        reference.checked_add_months(Months::new(1))
                    } else if e.weekday.is_some() {
                        reference.checked_add_signed(Duration::days(7))
                    } else {
                        reference.checked_add_signed(Duration::days(1))
                    };
                    b = r.end().resolve(later?)?;
                }
                (b.end > a.start).then_some(Resolved {
                    start: a.start,
                    end: b.end,
                    grain: a.grain.min(b.grain),
                })
            }
        }
    }
}

impl Date {
    /// The interval this date denotes relative to `reference`; see [`DateValue::resolve`].
    ///
    /// ```
    /// let t = chrono::DateTime::parse_from_rfc3339("2019-11-27T14:46:00+07:00").unwrap();
    /// let r = vanban::Date::parse("thứ 5 tuần trước")?.resolve(t).unwrap();
    /// assert_eq!(r.start().to_rfc3339(), "2019-11-21T00:00:00+07:00");
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn resolve(&self, reference: DateTime<FixedOffset>) -> Option<Resolved> {
        let x = &self.0;
        // A vague past or future and a recurrence are no interval. `hiện nay` is the
        // reference's day.
        if x.every.is_some() || matches!(x.vague, Some(Vague::Past | Vague::Future)) {
            return None;
        }
        if x.lunar {
            return lunar_interval(x, reference);
        }
        // `năm Giáp Thìn`, `Canh Tý 2020`: a year named by its can-chi is a lunar year, from
        // one Tết to the next.
        if let Some(c) = x.can_chi {
            let year_only = Fields {
                year: x.year,
                can_chi: x.can_chi,
                ..Fields::default()
            } == *x;
            if year_only {
                return lunar_year(x.year, c, reference);
            }
        }
        if x.vague == Some(Vague::Present) {
            let day = reference.date_naive();
            let s = reference
                .offset()
                .from_local_datetime(&midnight(day))
                .single()?;
            let e = s + Duration::days(1);
            return Some(Resolved {
                start: s,
                end: e,
                grain: TimeUnit::Day,
            });
        }
        let out = *reference.offset();
        let tz = match x.utc_offset_minutes {
            Some(m) => FixedOffset::east_opt(i32::from(m) * 60)?,
            None => out,
        };
        let now = reference.with_timezone(&tz).naive_local();
        let (s, e, grain) = interval(x, now)?;
        let start = tz.from_local_datetime(&s).single()?.with_timezone(&out);
        let end = tz.from_local_datetime(&e).single()?.with_timezone(&out);
        Some(Resolved { start, end, grain })
    }
}

type Interval = (NaiveDateTime, NaiveDateTime, TimeUnit);

/// The year of a day, month or quarter written without one: the reference's own year, unless
/// the date lies within two months of the reference across New Year (`ngày 28/12` in an
/// article of 5 January is last December's, `ngày 5/1` in one of 20 December next January's).
/// Outside those weeks a date keeps the year it is written in, as other date parsers read it
/// (`tháng 10` in March is this year's October).
fn nearest_year(x: &Fields, today: NaiveDate) -> i32 {
    // Where the date falls in its year, in months: its day, else the middle of its month or
    // quarter.
    let at = match (x.month, x.quarter) {
        (Some(m), _) => f64::from(m) + x.day.map_or(0.5, |d| f64::from(d) / 31.0),
        (None, Some(q)) => f64::from(q) * 3.0 - 0.5,
        (None, None) => return today.year(),
    };
    let now = f64::from(today.month()) + f64::from(today.day()) / 31.0;
    if at - now > 10.0 {
        today.year() - 1
    } else if now - at > 10.0 {
        today.year() + 1
    } else {
        today.year()
    }
}

/// The solar day (or whole month) of a lunar date. Without a year the lunar year is the one
/// named by its can-chi nearest the reference's, else the reference's own lunar year, or the
/// one before or after it where that puts the day more than nine months from the reference.
fn lunar_interval(x: &Fields, reference: DateTime<FixedOffset>) -> Option<Resolved> {
    use super::lunar::{LunarDate, lunar_to_solar, month_length, solar_to_lunar};
    let month = x.month?;
    let today = reference.date_naive();
    let this_year = solar_to_lunar(today.year(), today.month(), today.day())?.year;
    // `30 Tết`, `30 tháng Chạp`: New Year's Eve, the last day of the year's last month, which
    // has only 29 days in some years.
    let day_in = |year: i32, day: u8| {
        let eve = day == 30 && month == 12 && !x.leap_month;
        match month_length(year, month, x.leap_month) {
            Some(n) if eve && n < 30 => n,
            _ => day,
        }
    };
    let solar_of = |year: i32| {
        let (y, m, d) = lunar_to_solar(LunarDate {
            year,
            month,
            day: day_in(year, x.day.unwrap_or(1)),
            leap: x.leap_month,
        })?;
        NaiveDate::from_ymd_opt(y, m, d)
    };
    let year = match (x.year, x.can_chi) {
        (Some(y), _) => y,
        (None, Some(c)) => c.nearest_year(this_year),
        // The reference's lunar year, unless that puts the day more than nine months away:
        // `Tết` in December is the coming one (and `28 Tết` before it), `Tết Trung thu` in
        // June this year's.
        (None, None) => match solar_of(this_year) {
            Some(d) if (d - today).num_days() > 275 => this_year - 1,
            Some(d) if (today - d).num_days() > 275 => this_year + 1,
            _ => this_year,
        },
    };
    let (day, days, grain) = match x.day {
        Some(d) => (day_in(year, d), 1, TimeUnit::Day),
        None => (
            1,
            i64::from(month_length(year, month, x.leap_month)?),
            TimeUnit::Month,
        ),
    };
    let (y, m, d) = lunar_to_solar(LunarDate {
        year,
        month,
        day,
        leap: x.leap_month,
    })?;
    let s = ymd(y, m, d)?;
    let tz = *reference.offset();
    let start = tz.from_local_datetime(&s).single()?;
    Some(Resolved {
        start,
        end: start + Duration::days(days),
        grain,
    })
}

/// The lunar year `year` (else the one named `c` nearest the reference's), from its Tết to the
/// next, at the grain of a year.
fn lunar_year(
    year: Option<i32>,
    c: super::CanChi,
    reference: DateTime<FixedOffset>,
) -> Option<Resolved> {
    use super::lunar::{LunarDate, lunar_to_solar, solar_to_lunar};
    let today = reference.date_naive();
    let year = match year {
        Some(y) => y,
        None => c.nearest_year(solar_to_lunar(today.year(), today.month(), today.day())?.year),
    };
    let tet = |year: i32| {
        let (y, m, d) = lunar_to_solar(LunarDate {
            year,
            month: 1,
            day: 1,
            leap: false,
        })?;
        ymd(y, m, d)
    };
    let tz = *reference.offset();
    Some(Resolved {
        start: tz.from_local_datetime(&tet(year)?).single()?,
        end: tz
            .from_local_datetime(&tet(year.checked_add(1)?)?)
            .single()?,
        grain: TimeUnit::Year,
    })
}

fn midnight(d: NaiveDate) -> NaiveDateTime {
    d.and_time(NaiveTime::MIN)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDateTime> {
    NaiveDate::from_ymd_opt(y, m, d).map(midnight)
}

fn add_months(t: NaiveDateTime, n: i64) -> Option<NaiveDateTime> {
    let m = u32::try_from(n.unsigned_abs()).ok()?;
    if n >= 0 {
        t.checked_add_months(Months::new(m))
    } else {
        t.checked_sub_months(Months::new(m))
    }
}

fn shift(now: NaiveDateTime, amount: i32, unit: TimeUnit) -> Option<NaiveDateTime> {
    let n = i64::from(amount);
    match unit {
        TimeUnit::Second => now.checked_add_signed(Duration::try_seconds(n)?),
        TimeUnit::Minute => now.checked_add_signed(Duration::try_minutes(n)?),
        TimeUnit::Hour => now.checked_add_signed(Duration::try_hours(n)?),
        TimeUnit::Day => now.checked_add_signed(Duration::try_days(n)?),
        TimeUnit::Week => now.checked_add_signed(Duration::try_weeks(n)?),
        TimeUnit::Month => add_months(now, n),
        TimeUnit::Quarter => add_months(now, n * 3),
        TimeUnit::Year => add_months(now, n * 12),
    }
}

/// The period of `unit` that contains `t`.
fn period_of(t: NaiveDateTime, unit: TimeUnit) -> Option<Interval> {
    let d = t.date();
    let (s, e) = match unit {
        TimeUnit::Second => {
            let s = t.with_nanosecond_zero();
            (s, s + Duration::seconds(1))
        }
        TimeUnit::Minute => {
            let s = d.and_hms_opt(t.hour(), t.minute(), 0)?;
            (s, s + Duration::minutes(1))
        }
        TimeUnit::Hour => {
            let s = d.and_hms_opt(t.hour(), 0, 0)?;
            (s, s + Duration::hours(1))
        }
        TimeUnit::Day => (midnight(d), midnight(d) + Duration::days(1)),
        TimeUnit::Week => {
            let monday = d - Duration::days(i64::from(d.weekday().num_days_from_monday()));
            (midnight(monday), midnight(monday) + Duration::days(7))
        }
        TimeUnit::Month => {
            let s = ymd(d.year(), d.month(), 1)?;
            (s, add_months(s, 1)?)
        }
        TimeUnit::Quarter => {
            let s = ymd(d.year(), (d.month() - 1) / 3 * 3 + 1, 1)?;
            (s, add_months(s, 3)?)
        }
        TimeUnit::Year => {
            let s = ymd(d.year(), 1, 1)?;
            (s, add_months(s, 12)?)
        }
    };
    Some((s, e, unit))
}

trait NanoZero {
    fn with_nanosecond_zero(self) -> Self;
}

impl NanoZero for NaiveDateTime {
    fn with_nanosecond_zero(self) -> Self {
        use chrono::Timelike;
        self.with_nanosecond(0).unwrap_or(self)
    }
}

use chrono::Timelike;

/// A part (`đầu`/`giữa`/`cuối`) of a period.
fn part_of(s: NaiveDateTime, e: NaiveDateTime, unit: TimeUnit, p: PeriodPart) -> Option<Interval> {
    let k = match p {
        PeriodPart::Early => 0,
        PeriodPart::Middle => 1,
        PeriodPart::Late => 2,
    };
    match unit {
        TimeUnit::Year => {
            let a = add_months(s, 4 * k)?;
            Some((a, add_months(a, 4)?, TimeUnit::Month))
        }
        TimeUnit::Quarter => {
            let a = add_months(s, k)?;
            Some((a, add_months(a, 1)?, TimeUnit::Month))
        }
        TimeUnit::Month => {
            let a = s + Duration::days(10 * k);
            let b = if k == 2 { e } else { a + Duration::days(10) };
            Some((a, b, TimeUnit::Day))
        }
        TimeUnit::Week => {
            // Monday–Tuesday, Wednesday–Friday, the weekend.
            let (from, to) = [(0, 2), (2, 5), (5, 7)][k as usize];
            Some((
                s + Duration::days(from),
                s + Duration::days(to),
                TimeUnit::Day,
            ))
        }
        _ => Some((s, e, unit)),
    }
}

fn part_of_day(d: NaiveDate, p: PartOfDay) -> Option<Interval> {
    let (from, to) = match p {
        PartOfDay::Morning => (4, 11),
        PartOfDay::Noon => (11, 13),
        PartOfDay::Afternoon => (13, 18),
        PartOfDay::Evening => (18, 22),
        PartOfDay::Night => (22, 28),
    };
    let s = midnight(d) + Duration::hours(from);
    Some((s, midnight(d) + Duration::hours(to), TimeUnit::Hour))
}

/// Time of day or part of day within day `d`.
fn within_day(x: &Fields, d: NaiveDate) -> Option<Interval> {
    if let Some(h) = x.hour {
        let (m, s) = (x.minute.unwrap_or(0), x.second.unwrap_or(0));
        // The night of a day runs past its midnight (`đêm 31/12` is 22:00 to 04:00): `12 giờ
        // đêm 31/12`, `nửa đêm qua`, `2 giờ đêm 5/6` fall on the next calendar day.
        let d = if x.part_of_day == Some(PartOfDay::Night) && h < 4 {
            d.succ_opt()?
        } else {
            d
        };
        let start = d.and_hms_opt(u32::from(h), u32::from(m), u32::from(s))?;
        let grain = if x.second.is_some() {
            TimeUnit::Second
        } else if x.minute.is_some() {
            TimeUnit::Minute
        } else {
            TimeUnit::Hour
        };
        return period_of(start, grain);
    }
    if let Some(p) = x.part_of_day {
        return part_of_day(d, p);
    }
    Some((midnight(d), midnight(d) + Duration::days(1), TimeUnit::Day))
}

fn interval(x: &Fields, now: NaiveDateTime) -> Option<Interval> {
    if let Some(r) = x.relative {
        let anchor = shift(now, r.amount, r.unit)?;
        let mut abs = Fields {
            relative: None,
            ..*x
        };
        let has_abs = abs.weekday.is_some()
            || abs.day.is_some()
            || abs.month.is_some()
            || abs.hour.is_some()
            || abs.part_of_day.is_some()
            || abs.quarter.is_some()
            || abs.season.is_some();
        let (ps, pe, _) = period_of(anchor, r.unit)?;
        if !has_abs {
            return match x.period_part {
                Some(p) => part_of(ps, pe, r.unit, p),
                None => period_of(anchor, r.unit),
            };
        }
        let a = anchor.date();
        match r.unit {
            TimeUnit::Week => {
                let day = match abs.weekday {
                    Some(w) => ps.date() + Duration::days(i64::from(w.days_from_monday())),
                    None => return Some((ps, pe, TimeUnit::Week)),
                };
                return within_day(&abs, day);
            }
            TimeUnit::Day => return within_day(&abs, a),
            TimeUnit::Month => {
                abs.year = Some(historical(a.year()));
                abs.month.get_or_insert(a.month() as u8);
            }
            TimeUnit::Quarter => {
                abs.year = Some(historical(a.year()));
                if abs.month.is_none() {
                    abs.quarter.get_or_insert(((a.month() - 1) / 3 + 1) as u8);
                }
            }
            TimeUnit::Year => abs.year = Some(historical(a.year())),
            TimeUnit::Second | TimeUnit::Minute | TimeUnit::Hour => {
                return period_of(anchor, r.unit);
            }
        }
        return interval(&abs, now);
    }

    if let Some(c) = x.century {
        let c = i64::from(c);
        // Astronomical years: `thế kỷ 1 TCN` is 100–1 BC, the years −99 to 0.
        let (y1, y2) = if c > 0 {
            ((c - 1) * 100 + 1, c * 100 + 1)
        } else {
            (c * 100 + 1, c * 100 + 101)
        };
        // Early, middle and late parts of a century: its thirds (33, 34, 33 years).
        let (y1, y2) = match x.period_part {
            None => (y1, y2),
            Some(PeriodPart::Early) => (y1, y1 + 33),
            Some(PeriodPart::Middle) => (y1 + 33, y1 + 67),
            Some(PeriodPart::Late) => (y1 + 67, y2),
        };
        let (y1, y2) = (i32::try_from(y1).ok()?, i32::try_from(y2).ok()?);
        return Some((ymd(y1, 1, 1)?, ymd(y2, 1, 1)?, TimeUnit::Year));
    }
    if let Some(d) = x.decade {
        // Early, middle and late parts of a decade: years 0–3, 3–7 and 7–10.
        let (a, b) = match x.period_part {
            None => (0, 10),
            Some(PeriodPart::Early) => (0, 3),
            Some(PeriodPart::Middle) => (3, 7),
            Some(PeriodPart::Late) => (7, 10),
        };
        return Some((ymd(d + a, 1, 1)?, ymd(d + b, 1, 1)?, TimeUnit::Year));
    }

    let today = now.date();
    let dated = x.month.is_some()
        || x.day.is_some()
        || x.quarter.is_some()
        || x.season.is_some()
        || x.period_part.is_some();
    let year = match (x.year, x.can_chi) {
        (Some(y), _) => Some(astronomical(y)),
        (None, Some(c)) => Some(astronomical(c.nearest_year(historical(today.year())))),
        (None, None) if dated => {
            // `ngày 30/11 tới`, `tháng 3 vừa qua`: the next or last such day or month.
            let (m, d) = (
                x.month.map_or(today.month(), u32::from),
                x.day.map_or(0, u32::from),
            );
            let here = (today.month(), if x.day.is_some() { today.day() } else { 0 });
            Some(match x.direction {
                // `tháng 3 tới` said in March is next year's.
                Some(Direction::Next) if (m, d) < here || (x.day.is_none() && m == here.0) => {
                    today.year() + 1
                }
                Some(Direction::Last) if (m, d) > here => today.year() - 1,
                Some(_) => today.year(),
                None => nearest_year(x, today),
            })
        }
        (None, None) => None,
    };
    let Some(y) = year else {
        // Only a time, part of day or weekday.
        let day = match (x.weekday, x.day) {
            (Some(w), None) => {
                let ahead = (7 + i64::from(w.days_from_monday())
                    - i64::from(today.weekday().num_days_from_monday()))
                    % 7;
                // `thứ Hai tới` on a Monday is next week's; `thứ Ba vừa rồi` the last Tuesday
                // before today.
                match x.direction {
                    Some(Direction::Next) if ahead == 0 => today + Duration::days(7),
                    Some(Direction::Last) => today - Duration::days(7 - ahead),
                    _ => today + Duration::days(ahead),
                }
            }
            _ => today,
        };
        return within_day(x, day);
    };

    if let Some(d) = x.day {
        let m = x.month.map_or(today.month(), u32::from);
        let day = NaiveDate::from_ymd_opt(y, m, u32::from(d))?;
        return within_day(x, day);
    }
    if let Some(m) = x.month {
        let s = ymd(y, u32::from(m), 1)?;
        let e = add_months(s, 1)?;
        return match x.period_part {
            Some(p) => part_of(s, e, TimeUnit::Month, p),
            None => Some((s, e, TimeUnit::Month)),
        };
    }
    if let Some(q) = x.quarter {
        let s = ymd(y, u32::from(q) * 3 - 2, 1)?;
        let e = add_months(s, 3)?;
        return match x.period_part {
            Some(p) => part_of(s, e, TimeUnit::Quarter, p),
            None => Some((s, e, TimeUnit::Quarter)),
        };
    }
    if let Some(season) = x.season {
        let first = match season {
            Season::Spring => 2,
            Season::Summer => 5,
            Season::Autumn => 8,
            Season::Winter => 11,
        };
        let s = ymd(y, first, 1)?;
        return Some((s, add_months(s, 3)?, TimeUnit::Month));
    }
    let s = ymd(y, 1, 1)?;
    let e = add_months(s, 12)?;
    match x.period_part {
        Some(p) => part_of(s, e, TimeUnit::Year, p),
        None => Some((s, e, TimeUnit::Year)),
    }
}
