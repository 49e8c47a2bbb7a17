//! The Vietnamese lunar calendar (âm lịch): conversion between solar and lunar dates.
//!
//! The rules are those of Hồ Ngọc Đức's published algorithm ("Thuật toán tính âm lịch"), with
//! the new-moon and solar-longitude formulas of J. Meeus:
//!
//! 1. a lunar month starts on the local day that contains the new moon;
//! 2. the month that contains the winter solstice is month 11;
//! 3. when 13 months start between one month 11 and the next, the first month after month 11
//!    that contains no major solar term (trung khí: the sun's longitude crossing a multiple of
//!    30°) is a leap month and repeats the number of the month before it.
//!
//! "Local day" is the civil day at UTC+7 (meridian 105°E) from Tết 1968 on, and at UTC+8 (the
//! Chinese calendar, which Vietnam followed until then) before it: North Vietnam moved to
//! UTC+7 in 1967, hence Tết Mậu Thân on 1968-01-29 there (the South, still at UTC+8, kept
//! 1968-01-30); month 11 of 1967 is still placed at UTC+8 (1967-12-02), as in Hồ Ngọc Đức's
//! tables.
//!
//! The unit of computation is a *cycle*: the 12 or 13 months from the month 11 that contains
//! the winter solstice of solar year `g` up to the next one. Its first two months (11 and 12,
//! plus a leap 11 or 12) belong to lunar year `g`, the rest (1 … 10) to lunar year `g + 1`.
//! Cycles of 1799–2200 are computed once and kept; others are computed on demand.
//!
//! Solar dates are proleptic Gregorian. Against Hồ Ngọc Đức's published tables (computed with
//! finer astronomy) Tết and the leap month agree for every year 1968–2174; single month starts
//! differ by a day where a new moon falls within two minutes of local midnight (2054-05-07,
//! 2072-12-09, 2077-11-15), and before 1929, when the Chinese calendar used Beijing's meridian
//! (1906, 1914, 1916, 1920; 1925 is a historical anomaly). Those early years keep strictly
//! to UTC+8, as the project's rule says, rather than to the almanacs of the time.
//!
//! Against a table computed independently from the JPL DE440 ephemeris with the same rules
//! (`tests/lunar_table.rs`), every Tết, leap month and month start of lunar years 1900–2100
//! agrees but two, 2072 and 2085, where a new moon falls within a minute of midnight and the
//! day depends on the Earth's future rotation.

use std::sync::OnceLock;

/// A date of the Vietnamese lunar calendar: day `day` of month `month` (of the leap month
/// `month` when `leap`) of the lunar year `year`, the year whose Tết falls in solar year `year`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct LunarDate {
    pub(crate) year: i32,
    pub(crate) month: u8,
    pub(crate) day: u8,
    pub(crate) leap: bool,
}

/// The first lunar year the conversions accept.
pub(crate) const MIN_YEAR: i32 = 1;
/// The last lunar year the conversions accept.
pub(crate) const MAX_YEAR: i32 = 9999;

/// The lunar date of a solar (proleptic Gregorian) date; `None` for an invalid solar date or
/// one outside lunar years [`MIN_YEAR`]`..=`[`MAX_YEAR`].
pub(crate) fn solar_to_lunar(y: i32, m: u32, d: u32) -> Option<LunarDate> {
    if !(MIN_YEAR..=MAX_YEAR + 1).contains(&y) || !(1..=12).contains(&m) {
        return None;
    }
    if d == 0 || d > days_in_month(i64::from(y), m) {
        return None;
    }
    let day = jdn(i64::from(y), m, d);
    // Month 11 of solar year y starts in November or December, so the day lies in the cycle
    // of year y or in the one before.
    let mut c = cycle(i64::from(y));
    if day < c.starts[0] {
        c = cycle(i64::from(y) - 1);
    }
    let i = (0..c.len).rev().find(|&i| c.starts[i] <= day)?;
    let (year, month, leap) = c.label(i);
    let year = i32::try_from(year)
        .ok()
        .filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y))?;
    let day = u8::try_from(day - c.starts[i] + 1).ok()?;
    Some(LunarDate {
        year,
        month,
        day,
        leap,
    })
}

/// The solar (proleptic Gregorian) date of a lunar date; `None` when the lunar date does not
/// exist (month outside 1–12, a leap month the year lacks, day 30 of a 29-day month, day 0) or
/// lies outside lunar years [`MIN_YEAR`]`..=`[`MAX_YEAR`].
pub(crate) fn lunar_to_solar(l: LunarDate) -> Option<(i32, u32, u32)> {
    let (c, i) = find_month(l.year, l.month, l.leap)?;
    if l.day == 0 || i64::from(l.day) > c.starts[i + 1] - c.starts[i] {
        return None;
    }
    Some(civil(c.starts[i] + i64::from(l.day) - 1))
}

/// The number of the month that a leap month follows in `lunar_year` (2020 → `Some(4)`, for
/// "tháng 4 nhuận"), `None` in a 12-month year or outside [`MIN_YEAR`]`..=`[`MAX_YEAR`].
pub(crate) fn leap_month(lunar_year: i32) -> Option<u8> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&lunar_year) {
        return None;
    }
    let g = i64::from(lunar_year);
    // Months 1 … 10 (and a leap one among them) sit in the cycle of g - 1, months 11 and 12
    // (and a leap 11 or 12) in the cycle of g.
    let before = cycle(g - 1);
    if before.leap >= 3 {
        return Some(before.label(before.leap).1);
    }
    let after = cycle(g);
    (1..=2)
        .contains(&after.leap)
        .then(|| after.label(after.leap).1)
}

/// The number of days (29 or 30) of a lunar month; `None` when the month does not exist.
pub(crate) fn month_length(lunar_year: i32, month: u8, leap: bool) -> Option<u8> {
    let (c, i) = find_month(lunar_year, month, leap)?;
    u8::try_from(c.starts[i + 1] - c.starts[i]).ok()
}

/// The solar date of Tết (day 1 of month 1) of `lunar_year`.
///
/// Outside [`MIN_YEAR`]`..=`[`MAX_YEAR`] the same formulas are extrapolated: the result there
/// has no calendar meaning (and is clamped to the `i32` year range), but the call never panics.
// Checked by the tests; the parser names Tết by its lunar date (1/1) instead.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn tet(lunar_year: i32) -> (i32, u32, u32) {
    if let Some(date) = lunar_to_solar(LunarDate {
        year: lunar_year,
        month: 1,
        day: 1,
        leap: false,
    }) {
        return date;
    }
    let c = compute_cycle(i64::from(lunar_year) - 1);
    let i = c.index(1, false).unwrap_or(2).min(c.len);
    civil(c.starts[i])
}

/// The 12 or 13 months from one month 11 to the next.
#[derive(Debug, Clone, Copy)]
struct Cycle {
    /// The solar year whose winter solstice falls in the first month.
    year: i64,
    /// The Julian day number of the first day of each month; `starts[len]` is the first day
    /// of the next cycle.
    starts: [i64; 14],
    /// The number of months: 12 or 13.
    len: usize,
    /// The index of the leap month, 0 when there is none (month 11, at index 0, never is).
    leap: usize,
}

impl Cycle {
    /// The lunar year, month number and leap flag of the month at index `i`.
    fn label(&self, i: usize) -> (i64, u8, bool) {
        let n = if self.leap != 0 && i >= self.leap {
            i - 1
        } else {
            i
        };
        // n = 0 is month 11, n = 1 month 12, n = 2 month 1 of the next lunar year, ...
        let month = u8::try_from((n + 10) % 12 + 1).unwrap_or(1);
        let year = if n < 2 { self.year } else { self.year + 1 };
        (year, month, self.leap != 0 && i == self.leap)
    }

    /// The index of month `month` (the leap one when `leap`), `None` when the cycle lacks it.
    fn index(&self, month: u8, leap: bool) -> Option<usize> {
        let n = match month {
            11 | 12 => usize::from(month) - 11,
            1..=10 => usize::from(month) + 1,
            _ => return None,
        };
        let i = if leap {
            (self.leap != 0 && self.leap == n + 1).then_some(self.leap)?
        } else if self.leap != 0 && n >= self.leap {
            n + 1
        } else {
            n
        };
        (i < self.len).then_some(i)
    }
}

/// The cycle and index of a lunar month, `None` when it does not exist or is out of range.
fn find_month(lunar_year: i32, month: u8, leap: bool) -> Option<(Cycle, usize)> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&lunar_year) {
        return None;
    }
    let g = i64::from(lunar_year);
    let c = if month >= 11 { cycle(g) } else { cycle(g - 1) };
    let i = c.index(month, leap)?;
    Some((c, i))
}

/// The cycles kept after first use: solar years 1799 … 2200.
const CACHE_FIRST: i64 = 1799;
const CACHE_LAST: i64 = 2200;

/// The number of cycles kept.
const CACHE_LEN: usize = (CACHE_LAST - CACHE_FIRST + 1) as usize;

/// The cycle that starts with the month 11 of solar year `g`.
///
/// Each cycle of the cache is computed on its first use, alone: a text names few years, and
/// computing all of them at once costs more than the parsing of a whole corpus's dates.
fn cycle(g: i64) -> Cycle {
    static CACHE: [OnceLock<Cycle>; CACHE_LEN] = [const { OnceLock::new() }; CACHE_LEN];
    match usize::try_from(g - CACHE_FIRST)
        .ok()
        .and_then(|k| CACHE.get(k))
    {
        Some(slot) => *slot.get_or_init(|| compute_cycle(g)),
        None => compute_cycle(g),
    }
}

/// The new moon (counted from the one of January 1900) of Tết 1968, 1968-01-29 at UTC+7.
const TET_1968_MOON: i64 = 842;

/// The offset in hours east of Greenwich of the meridian that places new moon `k`, and the
/// solar terms of its month, on a day: UTC+7 from Tết 1968 on, UTC+8 (the Chinese calendar)
/// before.
fn zone(k: i64) -> f64 {
    if k >= TET_1968_MOON { 7.0 } else { 8.0 }
}

fn compute_cycle(g: i64) -> Cycle {
    let first = month11_moon(g);
    let next = month11_moon(g + 1);
    // 12 or 13 whenever the formulas make sense (all of MIN_YEAR..=MAX_YEAR and far beyond);
    // the clamp only keeps absurd years from indexing out of bounds.
    let len = usize::try_from((next - first).clamp(1, 13)).unwrap_or(12);
    let mut starts = [0; 14];
    for (k, s) in (first..).zip(starts.iter_mut().take(len)) {
        *s = new_moon_day(k);
    }
    starts[len] = new_moon_day(next);
    let mut leap = 0;
    if len == 13 {
        // The leap month is the first after month 11 whose start and end fall in the same
        // 30° sector of solar longitude: no major term inside.
        let sector: Vec<i64> = (first..)
            .zip(&starts)
            .map(|(k, &day)| sun_sector(day, zone(k)))
            .collect();
        leap = (1..13).find(|&i| sector[i] == sector[i + 1]).unwrap_or(12);
    }
    Cycle {
        year: g,
        starts,
        len,
        leap,
    }
}

/// Mean length of a lunation in days, as the month-11 search estimates it.
const SYNODIC_MONTH: f64 = 29.530588853;
/// Julian day number of 1900-01-01, near new moon 0 of the formulas.
const JDN_1900: i64 = 2_415_021;

/// The number of the new moon (counted from the one of January 1900) that starts month 11 of
/// solar year `g`: the month that holds the winter solstice.
fn month11_moon(g: i64) -> i64 {
    // The mean new moon before December 31 starts the month holding the solstice (around
    // December 22) unless it falls on or after it; then month 11 is the month before.
    let k = ((jdn(g, 12, 31) - JDN_1900) as f64 / SYNODIC_MONTH).floor() as i64;
    if sun_sector(new_moon_day(k), zone(k)) >= 9 {
        k - 1
    } else {
        k
    }
}

/// The local day (Julian day number) of new moon `k`.
fn new_moon_day(k: i64) -> i64 {
    (new_moon(k) + 0.5 + zone(k) / 24.0).floor() as i64
}

/// The instant (Julian day, UT) of new moon `k`, counted from the one of January 1900: Meeus'
/// formula for the phases of the moon (mean phase plus periodic terms) with his ΔT
/// approximation.
fn new_moon(k: i64) -> f64 {
    let k = k as f64;
    let t = k / 1236.85; // Julian centuries from 1900
    let t2 = t * t;
    let t3 = t2 * t;
    let sin = |degrees: f64| degrees.to_radians().sin();
    let mean = 2_415_020.759_33 + 29.530_588_68 * k + 0.000_117_8 * t2 - 0.000_000_155 * t3
        + 0.000_33 * sin(166.56 + 132.87 * t - 0.009_173 * t2);
    // Mean anomalies of the sun and the moon, and the moon's argument of latitude.
    let m = 359.2242 + 29.105_356_08 * k - 0.000_033_3 * t2 - 0.000_003_47 * t3;
    let mm = 306.0253 + 385.816_918_06 * k + 0.010_730_6 * t2 + 0.000_012_36 * t3;
    let f = 21.2964 + 390.670_506_46 * k - 0.001_652_8 * t2 - 0.000_002_39 * t3;
    let periodic = (0.1734 - 0.000_393 * t) * sin(m) + 0.0021 * sin(2.0 * m) - 0.4068 * sin(mm)
        + 0.0161 * sin(2.0 * mm)
        - 0.0004 * sin(3.0 * mm)
        + 0.0104 * sin(2.0 * f)
        - 0.0051 * sin(m + mm)
        - 0.0074 * sin(m - mm)
        + 0.0004 * sin(2.0 * f + m)
        - 0.0004 * sin(2.0 * f - m)
        - 0.0006 * sin(2.0 * f + mm)
        + 0.0010 * sin(2.0 * f - mm)
        + 0.0005 * sin(2.0 * mm + m);
    let delta_t = if t < -11.0 {
        0.001 + 0.000_839 * t + 0.000_226_1 * t2 - 0.000_008_45 * t3 - 0.000_000_081 * t * t3
    } else {
        -0.000_278 + 0.000_265 * t + 0.000_262 * t2
    };
    mean + periodic - delta_t
}

/// The 30° sector (0 … 11, sector 9 starting at the winter solstice) of the sun's longitude
/// at the start (local midnight) of day `day` at `tz` hours east of Greenwich.
fn sun_sector(day: i64, tz: f64) -> i64 {
    let longitude = sun_longitude(day as f64 - 0.5 - tz / 24.0);
    (longitude / 30.0).floor() as i64
}

/// The sun's true geometric longitude in degrees, in [0, 360), at Julian day `jd`: Meeus'
/// low-accuracy solar coordinates (mean longitude plus equation of centre).
fn sun_longitude(jd: f64) -> f64 {
    let t = (jd - 2_451_545.0) / 36525.0; // Julian centuries from J2000
    let t2 = t * t;
    let m =
        (357.529_10 + 35_999.050_30 * t - 0.000_155_9 * t2 - 0.000_000_48 * t * t2).to_radians();
    let l0 = 280.466_45 + 36_000.769_83 * t + 0.000_303_2 * t2;
    let c = (1.914_600 - 0.004_817 * t - 0.000_014 * t2) * m.sin()
        + (0.019_993 - 0.000_101 * t) * (2.0 * m).sin()
        + 0.000_290 * (3.0 * m).sin();
    (l0 + c).rem_euclid(360.0)
}

/// The Julian day number of a proleptic Gregorian date (2000-01-01 → 2451545).
pub(crate) fn jdn(y: i64, m: u32, d: u32) -> i64 {
    // Count from 0000-03-01 so that February, with its leap day, ends the year.
    let (y, m) = if m <= 2 {
        (y - 1, i64::from(m) + 9)
    } else {
        (y, i64::from(m) - 3)
    };
    let era = y.div_euclid(400);
    let year_of_era = y.rem_euclid(400);
    let day_of_year = (153 * m + 2) / 5 + i64::from(d) - 1;
    let day_of_era = 365 * year_of_era + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era + 1_721_120
}

/// The proleptic Gregorian date of a Julian day number, the year clamped to `i32`.
fn civil(jdn: i64) -> (i32, u32, u32) {
    let z = jdn - 1_721_120; // days from 0000-03-01
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153; // month from March, 0 … 11
    let d = day_of_year - (153 * mp + 2) / 5 + 1;
    let (m, carry) = if mp < 10 { (mp + 3, 0) } else { (mp - 9, 1) };
    let y = era.saturating_mul(400).saturating_add(year_of_era + carry);
    let y = i32::try_from(y).unwrap_or(if y < 0 { i32::MIN } else { i32::MAX });
    // Both are small and positive by construction.
    (
        y,
        u32::try_from(m).unwrap_or(1),
        u32::try_from(d).unwrap_or(1),
    )
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A solar date as the API gives it: year, month, day.
    type Solar = (i32, u32, u32);

    fn lunar(year: i32, month: u8, day: u8, leap: bool) -> LunarDate {
        LunarDate {
            year,
            month,
            day,
            leap,
        }
    }

    fn both_ways(solar: Solar, l: LunarDate) {
        assert_eq!(
            solar_to_lunar(solar.0, solar.1, solar.2),
            Some(l),
            "{solar:?}"
        );
        assert_eq!(lunar_to_solar(l), Some(solar), "{l:?}");
    }

    /// research/dates.md §8 "Reference values": Tết and leap month per lunar year.
    #[test]
    fn reference_table() {
        let rows: &[(i32, Solar, Option<u8>)] = &[
            (1968, (1968, 1, 29), Some(7)),
            (1985, (1985, 1, 21), Some(2)),
            (1991, (1991, 2, 15), None),
            (2007, (2007, 2, 17), None),
            (2017, (2017, 1, 28), Some(6)),
            (2020, (2020, 1, 25), Some(4)),
            (2023, (2023, 1, 22), Some(2)),
            (2024, (2024, 2, 10), None),
            (2025, (2025, 1, 29), Some(6)),
            (2026, (2026, 2, 17), None),
            (2030, (2030, 2, 2), None),
            (2033, (2033, 1, 31), Some(11)),
        ];
        for &(year, date, leap) in rows {
            assert_eq!(tet(year), date, "Tết {year}");
            both_ways(date, lunar(year, 1, 1, false));
            assert_eq!(leap_month(year), leap, "leap month of {year}");
        }
    }

    /// research/dates.md §8 "Reference values", note column: where the leap months lie.
    #[test]
    fn reference_leap_months() {
        // 2020: leap 4 starts 2020-05-23.
        both_ways((2020, 5, 23), lunar(2020, 4, 1, true));
        // 2023: leap 2 = 2023-03-22 … 04-19 (so 29 days; month 3 starts on 04-20).
        both_ways((2023, 3, 22), lunar(2023, 2, 1, true));
        both_ways((2023, 4, 19), lunar(2023, 2, 29, true));
        both_ways((2023, 4, 20), lunar(2023, 3, 1, false));
        assert_eq!(month_length(2023, 2, true), Some(29));
        // 2025: leap 6 starts 2025-07-25.
        both_ways((2025, 7, 25), lunar(2025, 6, 1, true));
        // 2033: leap 11 (the "2033 problem"); the leap month is one of lunar year 2033.
        assert!(month_length(2033, 11, true).is_some());
        assert_eq!(month_length(2034, 11, true), None);
        // A leap month the year lacks does not exist.
        assert_eq!(lunar_to_solar(lunar(2024, 4, 1, true)), None);
        assert_eq!(month_length(2020, 5, true), None);
    }

    /// research/dates.md §8 "Implementation pitfalls": values that broken ports get wrong.
    #[test]
    fn pitfall_values() {
        // Pitfall 1 (truncation instead of floor): Tết 1985 is 1985-01-21, not 02-20.
        assert_eq!(tet(1985), (1985, 1, 21));
        // Pitfall 2 (flipped signs of Meeus' terms): Tết 1991 is 1991-02-15, not 02-14.
        assert_eq!(tet(1991), (1991, 2, 15));
        // Pitfall 3 (day 0 in naive ports): the last day of a 30-day month. (Hồ Ngọc Đức's
        // tables start month 4 of 2054 a day earlier: that new moon falls within seconds of
        // midnight UTC+7, closer than these formulas, or ΔT in 2054, can tell.)
        both_ways((2054, 5, 7), lunar(2054, 3, 30, false));
        both_ways((2062, 4, 9), lunar(2062, 2, 30, false));
        // Pitfall 4 (solar new year inside lunar month 11 or 12).
        both_ways((2008, 1, 6), lunar(2007, 11, 28, false));
        both_ways((2022, 1, 2), lunar(2021, 11, 30, false));
    }

    /// The switch from UTC+8 to UTC+7 at Tết 1968 (research/dates.md §8: North 1968-01-29,
    /// South 1968-01-30). Month 11 of 1967 starts on 1967-12-02 as in Hồ Ngọc Đức's tables
    /// (the new moon fell at 23:10 UTC+7 on 12-01, 00:10 UTC+8 on 12-02).
    #[test]
    fn switch_to_utc7_at_tet_1968() {
        assert_eq!(civil(new_moon_day(TET_1968_MOON)), (1968, 1, 29));
        assert_eq!(
            civil((new_moon(TET_1968_MOON) + 0.5 + 8.0 / 24.0).floor() as i64),
            (1968, 1, 30)
        );
        both_ways((1967, 12, 2), lunar(1967, 11, 1, false));
        both_ways((1967, 12, 31), lunar(1967, 12, 1, false));
        assert_eq!(month_length(1967, 12, false), Some(29));
        both_ways((1968, 1, 28), lunar(1967, 12, 29, false));
    }

    /// Every cycle of the supported range is well formed: 12 or 13 months of 29 or 30 days,
    /// a leap month exactly in the 13-month ones, each cycle starting where the last ended.
    #[test]
    fn whole_range_is_well_formed() {
        for g in i64::from(MIN_YEAR) - 1..=i64::from(MAX_YEAR) {
            let c = cycle(g);
            assert!(c.len == 12 || c.len == 13, "{g}");
            assert_eq!(c.leap != 0, c.len == 13, "{g}");
            for w in c.starts[..=c.len].windows(2) {
                assert!(w[1] - w[0] == 29 || w[1] - w[0] == 30, "{g}");
            }
            assert_eq!(c.starts[c.len], cycle(g + 1).starts[0], "{g}");
        }
    }

    /// Dates that do not exist, and the edges of the supported range.
    #[test]
    fn invalid_and_out_of_range() {
        assert_eq!(lunar_to_solar(lunar(2024, 0, 1, false)), None);
        assert_eq!(lunar_to_solar(lunar(2024, 13, 1, false)), None);
        assert_eq!(lunar_to_solar(lunar(2024, 1, 0, false)), None);
        assert_eq!(lunar_to_solar(lunar(2024, 1, 31, false)), None);
        // 2024: month 1 has 29 days (Tết 2024-02-10, month 2 from 2024-03-10).
        assert_eq!(month_length(2024, 1, false), Some(29));
        assert_eq!(lunar_to_solar(lunar(2024, 1, 30, false)), None);
        assert_eq!(
            lunar_to_solar(lunar(2024, 2, 1, false)),
            Some((2024, 3, 10))
        );
        assert_eq!(month_length(2024, 0, false), None);
        assert_eq!(solar_to_lunar(2023, 2, 29), None);
        assert_eq!(solar_to_lunar(2024, 2, 29), Some(lunar(2024, 1, 20, false)));
        assert_eq!(solar_to_lunar(2024, 13, 1), None);
        assert_eq!(solar_to_lunar(2024, 4, 31), None);
        assert_eq!(solar_to_lunar(0, 6, 1), None);
        assert_eq!(solar_to_lunar(i32::MAX, 1, 1), None);
        assert_eq!(lunar_to_solar(lunar(MAX_YEAR + 1, 1, 1, false)), None);
        assert_eq!(leap_month(MIN_YEAR - 1), None);
        // The first day of the range: lunar year 1 starts in solar year 1.
        let (y, m, d) = tet(MIN_YEAR);
        assert_eq!(solar_to_lunar(y, m, d), Some(lunar(MIN_YEAR, 1, 1, false)));
        // Never panics, whatever the year.
        for y in [i32::MIN, -1_000_000, 0, 10_000, 1_000_000, i32::MAX] {
            let _ = tet(y);
            assert_eq!(leap_month(y), None);
            assert_eq!(month_length(y, 1, false), None);
        }
    }

    /// The Julian day numbers agree with known values and invert.
    #[test]
    fn julian_day_numbers() {
        assert_eq!(jdn(2000, 1, 1), 2_451_545);
        assert_eq!(jdn(1900, 1, 1), JDN_1900);
        assert_eq!(jdn(1970, 1, 1), 2_440_588);
        assert_eq!(jdn(1582, 10, 15), 2_299_161);
        for day in jdn(-400, 1, 1)..jdn(2401, 1, 1) {
            let (y, m, d) = civil(day);
            assert!(d >= 1 && d <= days_in_month(i64::from(y), m));
            assert_eq!(jdn(i64::from(y), m, d), day);
        }
    }

    /// The lunar month after `l`'s month, as `(year, month, leap)`.
    fn next_month(l: LunarDate) -> (i32, u8, bool) {
        if !l.leap && leap_month(l.year) == Some(l.month) {
            (l.year, l.month, true)
        } else if l.month == 12 {
            (l.year + 1, 1, false)
        } else {
            (l.year, l.month + 1, false)
        }
    }

    /// Every day of 1900-01-01 … 2100-12-31: the round trip is the identity, consecutive
    /// days are consecutive lunar days, months have 29 or 30 days and years 12 or 13 months.
    #[test]
    fn every_day_1900_2100() {
        let first = jdn(1900, 1, 1);
        let last = jdn(2100, 12, 31);
        let mut prev: Option<LunarDate> = None;
        let mut months_in_year = std::collections::BTreeMap::<i32, u32>::new();
        for day in first..=last {
            let (y, m, d) = civil(day);
            let l = solar_to_lunar(y, m, d).unwrap();
            assert_eq!(lunar_to_solar(l), Some((y, m, d)), "{l:?}");
            let len = month_length(l.year, l.month, l.leap).unwrap();
            assert!(len == 29 || len == 30, "{l:?}");
            assert!(l.day >= 1 && l.day <= len, "{l:?}");
            if let Some(p) = prev {
                if l.day == 1 {
                    assert_eq!(
                        p.day,
                        month_length(p.year, p.month, p.leap).unwrap(),
                        "{p:?}"
                    );
                    assert_eq!((l.year, l.month, l.leap), next_month(p), "{p:?} → {l:?}");
                } else {
                    assert_eq!(
                        l,
                        LunarDate {
                            day: p.day + 1,
                            ..p
                        }
                    );
                }
            }
            if l.day == 1 {
                *months_in_year.entry(l.year).or_default() += 1;
            }
            prev = Some(l);
        }
        // Lunar years 1900 (Tết 1900-01-31) … 2099 lie wholly inside the range.
        for year in 1900..=2099 {
            let expected = if leap_month(year).is_some() { 13 } else { 12 };
            assert_eq!(months_in_year[&year], expected, "{year}");
        }
    }

    /// An independent check of 1968–2100: Tết falls between January 20 and February 21, and
    /// the day of the December solstice, from Meeus' mean-solstice polynomial (a formula the
    /// conversion does not use), lies in month 11.
    #[test]
    fn tet_window_and_solstice_month() {
        for year in 1968..=2100 {
            let (y, m, d) = tet(year);
            assert_eq!(y, year);
            assert!(
                (m, d) >= (1, 20) && (m, d) <= (2, 21),
                "Tết {year}: {m}-{d}"
            );

            // Meeus, Astronomical Algorithms, table 27.B (years 1000–3000), in TT; the
            // periodic terms left out and ΔT stay well under an hour here.
            let t = (f64::from(year) - 2000.0) / 1000.0;
            let solstice =
                2_451_900.059_52 + 365_242.740_49 * t - 0.062_23 * t * t - 0.008_23 * t * t * t
                    + 0.000_32 * t * t * t * t;
            let local = solstice + 0.5 + 7.0 / 24.0;
            let day = local.floor() as i64;
            // Within an hour of midnight the day is uncertain: accept either neighbour.
            let frac = local - local.floor();
            let candidates: Vec<i64> = if frac < 0.05 {
                vec![day, day - 1]
            } else if frac > 0.95 {
                vec![day, day + 1]
            } else {
                vec![day]
            };
            assert!(
                candidates.iter().any(|&c| {
                    let (y, m, d) = civil(c);
                    let l = solar_to_lunar(y, m, d).unwrap();
                    l.month == 11 && !l.leap && l.year == year
                }),
                "solstice {year}: {:?}",
                civil(day)
            );
        }
    }
}
