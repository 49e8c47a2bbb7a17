//! Dates, times and periods as Vietnamese text writes them.
//!
//! One value family: a [`Date`] holds whatever an expression states (any of year, month, day,
//! time, weekday, part of day, quarter, season, decade, century, can-chi year, a relative
//! shift), a [`DateRange`] two of them, and [`DateValue`] is either. Values keep what was
//! *written*; [`DateValue::resolve`] turns them into an interval against a reference instant.

mod display;
mod lunar;
mod parse;
mod resolve;
mod tables;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::ParseError;

pub use resolve::Resolved;

pub(crate) use parse::{
    Anchor, MAX_TRIGGER_LEN, Parsed, anaphoric_day, anchor_of, expr, list_member, parse_strict,
    scan_expr, shared_year, time_on_anaphoric_day, trigger_fits,
};
pub(crate) use tables::TRIGGERS;
pub(crate) use tables::{
    CONTEXT_WORDS, DAY_WORDS, NUMBER_WORDS, VETO_BEFORE_CYCLE, VETO_BEFORE_PART, VETO_BEFORE_TIME,
};

/// A day of the week.
///
/// ```
/// use vanban::{DateValue, Weekday};
/// let v: DateValue = "Thứ Tư, 27/11/2019".parse()?;
/// assert_eq!(v.as_single().unwrap().weekday(), Some(Weekday::Wed));
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Weekday {
    /// Thứ Hai.
    Mon,
    /// Thứ Ba.
    Tue,
    /// Thứ Tư.
    Wed,
    /// Thứ Năm.
    Thu,
    /// Thứ Sáu.
    Fri,
    /// Thứ Bảy.
    Sat,
    /// Chủ nhật.
    Sun,
}

impl Weekday {
    /// Days since Monday (Monday = 0).
    ///
    /// ```
    /// assert_eq!(vanban::Weekday::Sun.days_from_monday(), 6);
    /// ```
    pub fn days_from_monday(self) -> u32 {
        self as u32
    }

    pub(crate) fn from_index(n: u32) -> Weekday {
        [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
        ][(n % 7) as usize]
    }
}

/// A part of the day: `sáng`, `trưa`, `chiều`, `tối`, `đêm`.
///
/// ```
/// use vanban::{DateValue, PartOfDay};
/// let v: DateValue = "Sáng 27-11".parse()?;
/// assert_eq!(v.as_single().unwrap().part_of_day(), Some(PartOfDay::Morning));
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum PartOfDay {
    /// `sáng` (04:00–11:00 when resolved).
    Morning,
    /// `trưa` (11:00–13:00).
    Noon,
    /// `chiều` (13:00–18:00).
    Afternoon,
    /// `tối` (18:00–22:00).
    Evening,
    /// `đêm`, `khuya` (22:00–04:00).
    Night,
}

/// A season as Vietnamese usage counts it (spring starts around Tết).
///
/// Resolved to solar months: spring February–April, summer May–July, autumn
/// August–October, winter November–January.
///
/// ```
/// use vanban::{DateValue, Season};
/// let v: DateValue = "mùa hè năm 2020".parse()?;
/// assert_eq!(v.as_single().unwrap().season(), Some(Season::Summer));
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Season {
    /// `mùa xuân`.
    Spring,
    /// `mùa hè`, `mùa hạ`.
    Summer,
    /// `mùa thu`.
    Autumn,
    /// `mùa đông`.
    Winter,
}

/// Which part of a period is meant: `đầu` (early), `giữa` (middle), `cuối` (late).
///
/// ```
/// use vanban::{DateValue, PeriodPart};
/// let v: DateValue = "cuối năm 2019".parse()?;
/// assert_eq!(v.as_single().unwrap().period_part(), Some(PeriodPart::Late));
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum PeriodPart {
    /// `đầu`, `thượng tuần`: the first third.
    Early,
    /// `giữa`, `trung tuần`: the middle third.
    Middle,
    /// `cuối`, `hạ tuần`: the last third.
    Late,
}

/// A time stated only vaguely: `thời gian qua` (past), `hiện nay` (present), `thời gian tới`
/// (future).
///
/// ```
/// use vanban::{DateValue, Vague};
/// let v: DateValue = "thời gian tới".parse()?;
/// assert_eq!(v.as_single().unwrap().vague(), Some(Vague::Future));
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Vague {
    /// `thời gian qua`, `gần đây`, `những năm qua`, `trước đây`.
    Past,
    /// `hiện nay`, `ngày nay`, `hiện giờ`.
    Present,
    /// `thời gian tới`, `sắp tới`, `tương lai`, `những năm tới`.
    Future,
}

/// Which occurrence a date without its year means, when the text says (`ngày 30/11 tới`,
/// `tháng 3 vừa qua`, `thứ Ba vừa rồi`): the next one after the reference, or the last one
/// before it. Without a direction a partial date takes the reference's year and a weekday is
/// the next at or after the reference.
///
/// ```
/// use vanban::{DateValue, Direction};
/// let v: DateValue = "tháng 3 tới".parse()?;
/// assert_eq!(v.as_single().unwrap().direction(), Some(Direction::Next));
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Direction {
    /// `tới`, `sắp tới`, `tới đây`: the next occurrence after the reference.
    Next,
    /// `vừa qua`, `vừa rồi`: the last occurrence before the reference.
    Last,
}

/// A unit of time: of a relative shift, and the grain of a resolved interval.
///
/// ```
/// use vanban::{DateValue, TimeUnit};
/// let v: DateValue = "10 ngày trước".parse()?;
/// let rel = v.as_single().unwrap().relative().unwrap();
/// assert_eq!((rel.amount(), rel.unit()), (-10, TimeUnit::Day));
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum TimeUnit {
    /// `giây`.
    Second,
    /// `phút`.
    Minute,
    /// `giờ`, `tiếng`.
    Hour,
    /// `ngày`.
    Day,
    /// `tuần`.
    Week,
    /// `tháng`.
    Month,
    /// `quý`.
    Quarter,
    /// `năm`.
    Year,
}

/// A shift from the reference instant: `amount` units, negative for the past.
///
/// ```
/// use vanban::{DateValue, TimeUnit};
/// let v: DateValue = "tuần tới".parse()?;
/// let rel = v.as_single().unwrap().relative().unwrap();
/// assert_eq!((rel.amount(), rel.unit()), (1, TimeUnit::Week));
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Relative {
    amount: i32,
    unit: TimeUnit,
}

impl Relative {
    pub(crate) fn new(amount: i32, unit: TimeUnit) -> Self {
        Relative { amount, unit }
    }

    /// How many units (negative = before the reference).
    ///
    /// ```
    /// let v: vanban::DateValue = "hôm qua".parse()?;
    /// assert_eq!(v.as_single().unwrap().relative().unwrap().amount(), -1);
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn amount(&self) -> i32 {
        self.amount
    }

    /// The unit of the shift.
    ///
    /// ```
    /// let v: vanban::DateValue = "năm ngoái".parse()?;
    /// assert_eq!(v.as_single().unwrap().relative().unwrap().unit(), vanban::TimeUnit::Year);
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn unit(&self) -> TimeUnit {
        self.unit
    }
}

/// A year of the sixty-year cycle (`can chi`): a heavenly stem and an earthly branch,
/// e.g. `Canh Tý`. Serialised as its name.
///
/// ```
/// use vanban::CanChi;
/// assert_eq!(CanChi::of_year(2020).to_string(), "Canh Tý");
/// assert_eq!(CanChi::of_year(2023).to_string(), "Quý Mão");
/// assert_eq!("Giáp Thìn".parse::<CanChi>()?, CanChi::of_year(2024));
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CanChi {
    stem: u8,
    branch: u8,
}

/// A historical year (−1 = 1 BC, no year 0) as an astronomical one (1 BC = 0), `chrono`'s.
pub(crate) fn astronomical(year: i32) -> i32 {
    if year < 0 { year + 1 } else { year }
}

/// An astronomical year as a historical one (see [`astronomical`]).
pub(crate) fn historical(year: i32) -> i32 {
    if year <= 0 { year - 1 } else { year }
}

impl CanChi {
    pub(crate) fn new(stem: u8, branch: u8) -> Option<Self> {
        // Stems and branches advance together, so only pairs of equal parity exist.
        (stem < 10 && branch < 12 && stem % 2 == branch % 2).then_some(CanChi { stem, branch })
    }

    /// The can-chi name of a (lunar) year: 2020 is `Canh Tý`. Years before the common era
    /// count as [`Date::year`] does: −1 is 1 TCN (1 BC).
    ///
    /// ```
    /// assert_eq!(vanban::CanChi::of_year(1945).to_string(), "Ất Dậu");
    /// assert_eq!(vanban::CanChi::of_year(-1).to_string(), "Canh Thân");
    /// ```
    pub fn of_year(year: i32) -> CanChi {
        let year = astronomical(year);
        CanChi {
            stem: (year + 6).rem_euclid(10) as u8,
            branch: (year + 8).rem_euclid(12) as u8,
        }
    }

    /// The can-chi name of a solar (proleptic Gregorian) day, `None` for a date that does not
    /// exist. Days run through the sixty names without a break.
    ///
    /// ```
    /// // 1 January 2000 was a Mậu Ngọ day.
    /// assert_eq!(vanban::CanChi::of_day(2000, 1, 1).unwrap().to_string(), "Mậu Ngọ");
    /// assert_eq!(vanban::CanChi::of_day(2023, 2, 29), None);
    /// ```
    pub fn of_day(year: i32, month: u8, day: u8) -> Option<CanChi> {
        if !(1..=12).contains(&month) || day == 0 || day > parse::days_in_month(Some(year), month) {
            return None;
        }
        let jd = lunar::jdn(i64::from(year), u32::from(month), u32::from(day));
        Some(CanChi {
            stem: (jd + 9).rem_euclid(10) as u8,
            branch: (jd + 1).rem_euclid(12) as u8,
        })
    }

    /// The can-chi name of month `month` (1–12) of lunar year `year`: the branches run from
    /// `Dần` for the first month, the stems follow the year's (a leap month shares the name of
    /// the month it repeats).
    ///
    /// ```
    /// // Tháng Giêng năm Canh Tý (2020) was the month Mậu Dần.
    /// assert_eq!(vanban::CanChi::of_lunar_month(2020, 1).unwrap().to_string(), "Mậu Dần");
    /// assert_eq!(vanban::CanChi::of_lunar_month(2020, 13), None);
    /// ```
    pub fn of_lunar_month(year: i32, month: u8) -> Option<CanChi> {
        if !(1..=12).contains(&month) {
            return None;
        }
        let n = i64::from(year) * 12 + i64::from(month) + 3;
        Some(CanChi {
            stem: n.rem_euclid(10) as u8,
            branch: (i64::from(month) + 1).rem_euclid(12) as u8,
        })
    }

    /// The heavenly stem (`Giáp` … `Quý`).
    ///
    /// ```
    /// assert_eq!(vanban::CanChi::of_year(2020).stem(), "Canh");
    /// ```
    pub fn stem(&self) -> &'static str {
        tables::STEMS[self.stem as usize][0]
    }

    /// The earthly branch (`Tý` … `Hợi`).
    ///
    /// ```
    /// assert_eq!(vanban::CanChi::of_year(2020).branch(), "Tý");
    /// ```
    pub fn branch(&self) -> &'static str {
        tables::BRANCHES[self.branch as usize][0]
    }

    /// Whether `year` has this name.
    ///
    /// ```
    /// let c: vanban::CanChi = "Canh Tý".parse()?;
    /// assert!(c.matches_year(1960) && c.matches_year(2020) && !c.matches_year(2021));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn matches_year(&self, year: i32) -> bool {
        CanChi::of_year(year) == *self
    }

    /// The year with this name nearest to `year` (later one on a tie, which cannot occur in a
    /// 60-year cycle).
    pub(crate) fn nearest_year(&self, year: i32) -> i32 {
        let base = (0..60)
            .map(|k| year - 30 + k)
            .find(|&y| self.matches_year(y))
            .unwrap_or(year);
        if year - base > 30 { base + 60 } else { base }
    }
}

impl fmt::Display for CanChi {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.stem(), self.branch())
    }
}

impl CanChi {
    /// Parses a can-chi name (`Canh Tý`, `canh tý`, `Quý Mão`).
    ///
    /// ```
    /// let c = vanban::CanChi::parse("Canh Tý")?;
    /// assert!(c.matches_year(2020));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn parse(s: &str) -> Result<CanChi, ParseError> {
        parse::parse_can_chi(s)
    }
}

impl FromStr for CanChi {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        parse::parse_can_chi(s)
    }
}

impl Serialize for CanChi {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CanChi {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The serde shape of a [`Date`] (the JSON format of the crate documentation).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Fields {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) month: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) day: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) hour: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) minute: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) second: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) utc_offset_minutes: Option<i16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) weekday: Option<Weekday>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) part_of_day: Option<PartOfDay>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) quarter: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) season: Option<Season>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) period_part: Option<PeriodPart>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) decade: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) century: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) can_chi: Option<CanChi>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub(crate) lunar: bool,
    /// The month is the leap month of its lunar year (`tháng 4 nhuận`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub(crate) leap_month: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) relative: Option<Relative>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) vague: Option<Vague>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) every: Option<TimeUnit>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) direction: Option<Direction>,
}

/// One date, time or period as written: any combination of the fields a Vietnamese
/// expression can state, absent fields left open.
///
/// `27/11/2019` has year, month and day; `Sáng 27-11` month, day and part of day; `quý I-2020`
/// year and quarter; `10 ngày trước` a relative shift. Build one by parsing; print it with
/// `Display` (a canonical Vietnamese form that parses back to an equal value).
///
/// ```
/// use vanban::Date;
///
/// let d: Date = "14:46, Thứ Tư, 27/11/2019 (GMT+7)".parse()?;
/// assert_eq!((d.year(), d.month(), d.day()), (Some(2019), Some(11), Some(27)));
/// assert_eq!((d.hour(), d.minute()), (Some(14), Some(46)));
/// assert_eq!(d.utc_offset_minutes(), Some(420));
/// assert_eq!(d.to_string(), "14:46, thứ Tư, 27/11/2019 (GMT+7)");
/// assert_eq!(d.to_string().parse::<Date>()?, d);
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "Fields", try_from = "Fields")]
pub struct Date(pub(crate) Fields);

macro_rules! accessor {
    ($(#[$doc:meta])* $name:ident: $ty:ty) => {
        $(#[$doc])*
        pub fn $name(&self) -> Option<$ty> {
            self.0.$name
        }
    };
}

impl Date {
    /// Parses a whole string as one date, time or period (not a range).
    ///
    /// Leading and trailing whitespace is ignored; anything else that is not part of the
    /// expression is an error.
    ///
    /// # Errors
    /// A [`ParseError`] with the byte offset where the input stopped making sense.
    ///
    /// ```
    /// let d = vanban::Date::parse("ngày 5 tháng 8 năm 2022")?;
    /// assert_eq!(d.to_string(), "5/8/2022");
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn parse(s: &str) -> Result<Date, ParseError> {
        match parse_strict(s)? {
            DateValue::Single(d) => Ok(d),
            DateValue::Range(_) => Err(ParseError::new(
                crate::ParseErrorKind::Unexpected,
                0,
                "a single date, not a range",
            )),
        }
    }

    accessor!(
        /// The year, counted as historians do: negative before the common era, with no year 0
        /// (`năm 179 TCN` is −179, `năm 1 TCN` is −1). `chrono`'s years are astronomical (1
        /// BC is its year 0); [`Date::to_naive_date`] and resolution convert.
        ///
        /// ```
        /// assert_eq!(vanban::Date::parse("năm 179 TCN")?.year(), Some(-179));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        year: i32
    );
    accessor!(
        /// The month, 1–12.
        ///
        /// ```
        /// assert_eq!(vanban::Date::parse("tháng Chạp")?.month(), Some(12));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        month: u8
    );
    accessor!(
        /// The day of the month, 1–31.
        ///
        /// ```
        /// assert_eq!(vanban::Date::parse("mồng 3 tháng 3")?.day(), Some(3));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        day: u8
    );
    accessor!(
        /// The hour, 0–23 (`3 giờ chiều` is 15).
        ///
        /// ```
        /// assert_eq!(vanban::Date::parse("3 giờ chiều")?.hour(), Some(15));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        hour: u8
    );
    accessor!(
        /// The minute, 0–59 (`3 giờ rưỡi` is 30).
        ///
        /// ```
        /// assert_eq!(vanban::Date::parse("3 giờ rưỡi")?.minute(), Some(30));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        minute: u8
    );
    accessor!(
        /// The second, 0–59.
        ///
        /// ```
        /// assert_eq!(vanban::Date::parse("15:23:24")?.second(), Some(24));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        second: u8
    );
    accessor!(
        /// The written UTC offset in minutes (`GMT+7` is 420).
        ///
        /// ```
        /// assert_eq!(vanban::Date::parse("16:22 (GMT+0)")?.utc_offset_minutes(), Some(0));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        utc_offset_minutes: i16
    );
    accessor!(
        /// The written weekday.
        ///
        /// ```
        /// assert_eq!(vanban::Date::parse("Chủ nhật")?.weekday(), Some(vanban::Weekday::Sun));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        weekday: Weekday
    );
    accessor!(
        /// The written part of the day.
        ///
        /// ```
        /// use vanban::PartOfDay;
        /// assert_eq!(vanban::Date::parse("tối 31/12")?.part_of_day(), Some(PartOfDay::Evening));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        part_of_day: PartOfDay
    );
    accessor!(
        /// The quarter, 1–4 (`quý IV/2022` is 4).
        ///
        /// ```
        /// assert_eq!(vanban::Date::parse("quý IV/2022")?.quarter(), Some(4));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        quarter: u8
    );
    accessor!(
        /// The season.
        ///
        /// ```
        /// assert_eq!(vanban::Date::parse("mùa thu")?.season(), Some(vanban::Season::Autumn));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        season: Season
    );
    accessor!(
        /// The part of the period meant (`đầu năm`, `cuối tháng 3`).
        ///
        /// ```
        /// use vanban::PeriodPart;
        /// assert_eq!(vanban::Date::parse("giữa tháng 3")?.period_part(), Some(PeriodPart::Middle));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        period_part: PeriodPart
    );
    accessor!(
        /// The decade's first year (`thập niên 1990` and `những năm 90` are 1990).
        ///
        /// ```
        /// assert_eq!(vanban::Date::parse("những năm 90")?.decade(), Some(1990));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        decade: i32
    );
    accessor!(
        /// The century (`thế kỷ XXI` is 21; negative before the common era).
        ///
        /// ```
        /// assert_eq!(vanban::Date::parse("thế kỷ XXI")?.century(), Some(21));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        century: i32
    );
    accessor!(
        /// The can-chi year name.
        ///
        /// ```
        /// let d = vanban::Date::parse("Xuân Nhâm Dần")?;
        /// assert_eq!(d.can_chi().unwrap().to_string(), "Nhâm Dần");
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        can_chi: CanChi
    );
    accessor!(
        /// Which occurrence a date without its year means, when the text says (`ngày 30/11
        /// tới`, `thứ Ba vừa rồi`).
        ///
        /// ```
        /// use vanban::Direction;
        /// let d = vanban::Date::parse("thứ Ba vừa rồi")?;
        /// assert_eq!(d.direction(), Some(Direction::Last));
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        direction: Direction
    );
    accessor!(
        /// The relative shift (`10 ngày trước`, `tuần tới`, `năm ngoái`).
        ///
        /// ```
        /// assert!(vanban::Date::parse("hôm nay")?.relative().is_some());
        /// # Ok::<(), vanban::ParseError>(())
        /// ```
        relative: Relative
    );

    /// A vague time (`hiện nay`, `thời gian qua`), stated without any calendar field.
    ///
    /// ```
    /// use vanban::Vague;
    /// assert_eq!(vanban::Date::parse("hiện nay")?.vague(), Some(Vague::Present));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn vague(&self) -> Option<Vague> {
        self.0.vague
    }

    /// The period of a recurrence: `hằng năm` (every year) is [`TimeUnit::Year`]. A
    /// recurrence may name the day it falls on (`ngày 20 tháng 12 hằng năm`); it resolves to
    /// no interval.
    ///
    /// ```
    /// use vanban::TimeUnit;
    /// assert_eq!(vanban::Date::parse("hằng năm")?.every(), Some(TimeUnit::Year));
    /// let d = vanban::Date::parse("ngày 20 tháng 12 hằng năm")?;
    /// assert_eq!((d.every(), d.month(), d.day()), (Some(TimeUnit::Year), Some(12), Some(20)));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn every(&self) -> Option<TimeUnit> {
        self.0.every
    }

    /// Whether day and month are lunar (`ngày 10/3 âm lịch`).
    ///
    /// ```
    /// assert!(vanban::Date::parse("ngày 10/3 âm lịch")?.is_lunar());
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn is_lunar(&self) -> bool {
        self.0.lunar
    }

    /// Whether the month is the leap month of its lunar year (`tháng 4 nhuận năm 2020`).
    ///
    /// ```
    /// let d = vanban::Date::parse("ngày 1 tháng 4 nhuận năm 2020 âm lịch")?;
    /// assert!(d.is_lunar() && d.is_leap_month());
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn is_leap_month(&self) -> bool {
        self.0.leap_month
    }

    /// The calendar day as a `chrono` date, when year, month and day are all written (solar
    /// dates only).
    ///
    /// ```
    /// let d = vanban::Date::parse("27/11/2019")?;
    /// assert_eq!(d.to_naive_date(), chrono::NaiveDate::from_ymd_opt(2019, 11, 27));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn to_naive_date(&self) -> Option<chrono::NaiveDate> {
        if self.0.lunar || self.0.relative.is_some() {
            return None;
        }
        chrono::NaiveDate::from_ymd_opt(
            astronomical(self.0.year?),
            u32::from(self.0.month?),
            u32::from(self.0.day?),
        )
    }

    /// The instant this date denotes when it names a full solar day: its time (or midnight)
    /// at its written offset (or `default_offset`). A dateline such as `14:46, Thứ Tư,
    /// 27/11/2019 (GMT+7)` gives the instant a document was published.
    ///
    /// ```
    /// use chrono::FixedOffset;
    /// let d = vanban::Date::parse("14:46, Thứ Tư, 27/11/2019 (GMT+7)")?;
    /// let t = d.to_datetime(FixedOffset::east_opt(0).unwrap()).unwrap();
    /// assert_eq!(t.to_rfc3339(), "2019-11-27T14:46:00+07:00");
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn to_datetime(
        &self,
        default_offset: chrono::FixedOffset,
    ) -> Option<chrono::DateTime<chrono::FixedOffset>> {
        let day = self.to_naive_date()?;
        let time = chrono::NaiveTime::from_hms_opt(
            u32::from(self.0.hour.unwrap_or(0)),
            u32::from(self.0.minute.unwrap_or(0)),
            u32::from(self.0.second.unwrap_or(0)),
        )?;
        let offset = match self.0.utc_offset_minutes {
            Some(m) => chrono::FixedOffset::east_opt(i32::from(m) * 60)?,
            None => default_offset,
        };
        day.and_time(time).and_local_timezone(offset).single()
    }

    /// The date without its weekday (`ngày 13/3/2024 (thứ Tư)` dating a document: the day
    /// says it).
    pub(crate) fn without_weekday(self) -> Date {
        Date(Fields {
            weekday: None,
            ..self.0
        })
    }

    /// The date without a written weekday that contradicts it.
    pub(crate) fn without_wrong_weekday(self) -> Date {
        match (self.0.weekday, self.actual_weekday()) {
            (Some(w), Some(a)) if w != a => Date(Fields {
                weekday: None,
                ..self.0
            }),
            _ => self,
        }
    }

    /// The weekday the calendar gives for this date, when year, month and day are known.
    pub(crate) fn actual_weekday(&self) -> Option<Weekday> {
        use chrono::Datelike;
        let d = self.to_naive_date()?;
        Some(Weekday::from_index(d.weekday().num_days_from_monday()))
    }
}

impl FromStr for Date {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        Date::parse(s)
    }
}

impl From<Date> for Fields {
    fn from(d: Date) -> Fields {
        d.0
    }
}

impl TryFrom<Fields> for Date {
    type Error = ParseError;
    /// Only values the parser can produce are accepted: the canonical text of the value must
    /// parse back to the same value, which checks ranges, calendar validity and which fields
    /// may go together in one place.
    fn try_from(f: Fields) -> Result<Date, ParseError> {
        let d = Date(f);
        display::check_representable(&d)?;
        let back = Date::parse(&d.to_string())?;
        if back == d {
            Ok(d)
        } else {
            Err(ParseError::new(
                crate::ParseErrorKind::Unexpected,
                0,
                "a combination of date fields that text can express",
            ))
        }
    }
}

/// Two dates: a range (`từ ngày 1/1/2024 đến ngày 31/12/2024`, `nhiệm kỳ 2015 - 2020`) or a
/// set of consecutive days sharing a month (`27 và 28-11`). Fields shared in the text (the
/// month of `27 và 28-11`) are copied into both ends.
///
/// ```
/// let v: vanban::DateValue = "27 và 28-11".parse()?;
/// let r = v.as_range().unwrap();
/// assert_eq!((r.start().day(), r.start().month()), (Some(27), Some(11)));
/// assert_eq!((r.end().day(), r.end().month()), (Some(28), Some(11)));
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "RangeFields")]
pub struct DateRange {
    start: Date,
    end: Date,
}

/// The serde shape of a [`DateRange`], validated on the way in.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RangeFields {
    start: Date,
    end: Date,
}

impl TryFrom<RangeFields> for DateRange {
    type Error = ParseError;
    /// As for [`Date`]: only ranges whose canonical text parses back to them are accepted.
    fn try_from(f: RangeFields) -> Result<DateRange, ParseError> {
        let r = DateRange::new(f.start, f.end);
        match DateValue::parse(&r.to_string())? {
            DateValue::Range(back) if back == r => Ok(r),
            _ => Err(ParseError::new(
                crate::ParseErrorKind::Unexpected,
                0,
                "a range that text can express",
            )),
        }
    }
}

impl DateRange {
    pub(crate) fn new(start: Date, end: Date) -> Self {
        DateRange { start, end }
    }

    /// The first date.
    ///
    /// ```
    /// let v: vanban::DateValue = "2015 - 2020".parse()?;
    /// assert_eq!(v.as_range().unwrap().start().year(), Some(2015));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn start(&self) -> &Date {
        &self.start
    }

    /// The last date (inclusive as written: `27-28/11` ends on the 28th).
    ///
    /// ```
    /// let v: vanban::DateValue = "2015 - 2020".parse()?;
    /// assert_eq!(v.as_range().unwrap().end().year(), Some(2020));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn end(&self) -> &Date {
        &self.end
    }
}

/// The value of a date mention: one [`Date`] or a [`DateRange`].
///
/// Parse with [`DateValue::parse`] or `str::parse`; `Display` prints a canonical Vietnamese
/// form that parses back to an equal value; serde writes the JSON of
/// the crate documentation (a range is `{"start": …, "end": …}`, a date its fields).
///
/// ```
/// use vanban::DateValue;
///
/// let v: DateValue = "quý I-2020".parse()?;
/// assert_eq!(serde_json::to_string(&v).unwrap(), r#"{"year":2020,"quarter":1}"#);
/// assert_eq!(v.to_string().parse::<DateValue>()?, v);
/// # Ok::<(), vanban::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum DateValue {
    /// A range or set of consecutive days.
    Range(DateRange),
    /// One date, time or period.
    Single(Date),
}

impl DateValue {
    /// The value without written weekdays that contradict their dates (the scanner reports
    /// those in a [`crate::Warning`]), so that it prints in a form that reads back.
    pub(crate) fn without_wrong_weekdays(self) -> DateValue {
        match self {
            DateValue::Single(d) => DateValue::Single(d.without_wrong_weekday()),
            DateValue::Range(r) => DateValue::Range(DateRange::new(
                r.start().without_wrong_weekday(),
                r.end().without_wrong_weekday(),
            )),
        }
    }

    /// Parses a whole string as one date expression (a single date or a range).
    ///
    /// Leading and trailing whitespace is ignored. Input in any Unicode form (NFC, NFD, old
    /// tone placement, `Ð`, NBSP, typographic dashes) is accepted; error offsets point into
    /// `s` as given.
    ///
    /// # Errors
    /// A [`ParseError`] naming the byte offset and what was expected there; impossible values
    /// (`31/2/2020`, `25:00`) and contradictions (a weekday that is not the date's) are errors.
    ///
    /// ```
    /// let v = vanban::DateValue::parse("từ ngày 1/1/2024 đến ngày 31/12/2024")?;
    /// assert!(v.as_range().is_some());
    /// assert!(vanban::DateValue::parse("25:00").is_err());
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn parse(s: &str) -> Result<DateValue, ParseError> {
        parse_strict(s)
    }

    /// The single date, if this is not a range.
    ///
    /// ```
    /// let v = vanban::DateValue::parse("năm 2019")?;
    /// assert_eq!(v.as_single().unwrap().year(), Some(2019));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn as_single(&self) -> Option<&Date> {
        match self {
            DateValue::Single(d) => Some(d),
            DateValue::Range(_) => None,
        }
    }

    /// The range, if this is one.
    ///
    /// ```
    /// let v = vanban::DateValue::parse("27-28/11")?;
    /// assert_eq!(v.as_range().unwrap().end().day(), Some(28));
    /// # Ok::<(), vanban::ParseError>(())
    /// ```
    pub fn as_range(&self) -> Option<&DateRange> {
        match self {
            DateValue::Range(r) => Some(r),
            DateValue::Single(_) => None,
        }
    }
}

impl FromStr for DateValue {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        DateValue::parse(s)
    }
}

impl From<Date> for DateValue {
    fn from(d: Date) -> Self {
        DateValue::Single(d)
    }
}

impl From<DateRange> for DateValue {
    fn from(r: DateRange) -> Self {
        DateValue::Range(r)
    }
}
