//! Word tables of the date grammar. All entries are lower case, NFC, modern tone placement
//! (the normaliser brings input to that form).
//!
//! Sources: standard Vietnamese usage as described in `../shared/research/dates.md` (calendar
//! words, weekday and month names, numerals, parts of the day); the can-chi stems and branches
//! and their Vietnamese names (`Mão`, not the Chinese rabbit) from the same notes, section
//! "Can-chi (year)"; the fixed-date holidays from the Labour Code 2019, Art. 112 (Tết Dương
//! lịch 1/1, Giải phóng miền Nam 30/4, Quốc tế Lao động 1/5, Quốc khánh 2/9) and widely observed
//! commemorations (8/3, 1/6, 27/7, 19/8, 20/11, Giáng sinh 25/12).

use super::{PartOfDay, Season, TimeUnit, Weekday};

/// Heavenly stems, index 0 = Giáp; alternative spellings after the first.
pub(crate) const STEMS: [&[&str]; 10] = [
    &["Giáp"],
    &["Ất"],
    &["Bính"],
    &["Đinh"],
    &["Mậu"],
    &["Kỷ", "Kỉ"],
    &["Canh"],
    &["Tân"],
    &["Nhâm"],
    &["Quý"],
];

/// Earthly branches, index 0 = Tý; alternative spellings after the first.
pub(crate) const BRANCHES: [&[&str]; 12] = [
    &["Tý", "Tí"],
    &["Sửu"],
    &["Dần"],
    &["Mão", "Mẹo"],
    &["Thìn"],
    &["Tỵ", "Tị"],
    &["Ngọ"],
    &["Mùi"],
    &["Thân"],
    &["Dậu"],
    &["Tuất"],
    &["Hợi"],
];

/// Weekday words after `thứ`, with their day.
pub(crate) const WEEKDAY_WORDS: &[(&str, Weekday)] = &[
    ("hai", Weekday::Mon),
    ("ba", Weekday::Tue),
    ("tư", Weekday::Wed),
    ("bốn", Weekday::Wed),
    ("năm", Weekday::Thu),
    ("sáu", Weekday::Fri),
    ("bảy", Weekday::Sat),
    ("bẩy", Weekday::Sat),
];

/// Canonical weekday names for display.
pub(crate) const WEEKDAY_DISPLAY: [&str; 7] = [
    "thứ Hai",
    "thứ Ba",
    "thứ Tư",
    "thứ Năm",
    "thứ Sáu",
    "thứ Bảy",
    "Chủ nhật",
];

/// Parts of the day; `buổi` may precede them.
pub(crate) const PARTS_OF_DAY: &[(&str, PartOfDay)] = &[
    // Early morning, dusk, late evening and late night: the same parts of the day, said more
    // closely (longer entries first: the first match wins).
    ("sáng sớm", PartOfDay::Morning),
    ("chiều tối", PartOfDay::Evening),
    ("tối muộn", PartOfDay::Evening),
    ("đêm khuya", PartOfDay::Night),
    ("sáng", PartOfDay::Morning),
    ("trưa", PartOfDay::Noon),
    ("chiều", PartOfDay::Afternoon),
    ("tối", PartOfDay::Evening),
    ("đêm", PartOfDay::Night),
    ("khuya", PartOfDay::Night),
];

/// Month names after `tháng` (number words and the two lunar-derived names).
pub(crate) const MONTH_WORDS: &[(&str, u8)] = &[
    ("giêng", 1),
    ("chạp", 12),
    ("mười một", 11),
    ("mười hai", 12),
    ("mười", 10),
    ("một", 1),
    ("hai", 2),
    ("ba", 3),
    ("tư", 4),
    ("bốn", 4),
    ("năm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("bẩy", 7),
    ("tám", 8),
    ("chín", 9),
];

/// Digits as words (1–9) in counting position.
pub(crate) const UNIT_WORDS: &[(&str, u32)] = &[
    ("một", 1),
    ("hai", 2),
    ("ba", 3),
    ("bốn", 4),
    ("tư", 4),
    ("năm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("bẩy", 7),
    ("tám", 8),
    ("chín", 9),
];

/// Units of relative expressions.
pub(crate) const UNIT_NAMES: &[(&str, TimeUnit)] = &[
    ("giây", TimeUnit::Second),
    ("phút", TimeUnit::Minute),
    ("giờ", TimeUnit::Hour),
    ("tiếng", TimeUnit::Hour),
    ("ngày", TimeUnit::Day),
    ("tuần", TimeUnit::Week),
    ("tháng", TimeUnit::Month),
    ("quý", TimeUnit::Quarter),
    ("năm", TimeUnit::Year),
];

/// Seasons after `mùa`.
pub(crate) const SEASONS: &[(&str, Season)] = &[
    ("xuân", Season::Spring),
    ("hè", Season::Summer),
    ("hạ", Season::Summer),
    ("thu", Season::Autumn),
    ("đông", Season::Winter),
];

/// Fixed-date holidays and commemorations: name, day, month.
pub(crate) const HOLIDAYS: &[(&str, (u8, u8))] = &[
    ("quốc khánh", (2, 9)),
    ("giải phóng miền nam", (30, 4)),
    ("tết dương lịch", (1, 1)),
    ("giáng sinh", (25, 12)),
    ("noel", (25, 12)),
    ("quốc tế lao động", (1, 5)),
    ("quốc tế phụ nữ", (8, 3)),
    ("quốc tế thiếu nhi", (1, 6)),
    ("thương binh liệt sĩ", (27, 7)),
    ("nhà giáo việt nam", (20, 11)),
    ("phụ nữ việt nam", (20, 10)),
    ("thầy thuốc việt nam", (27, 2)),
    ("báo chí cách mạng việt nam", (21, 6)),
    ("doanh nhân việt nam", (13, 10)),
    ("tình nhân", (14, 2)),
    ("valentine", (14, 2)),
];

/// Trigger words that start a date only in a phrase: the words that must follow them (`#` for
/// a number in digits). Everything else these words start (`quốc gia`, `một số`, `sau khi`)
/// is not tried. Taken from the grammar's own phrases (`Quốc khánh`, `chủ nhật`, `nhiệm kỳ`,
/// `cách đây 3 ngày`, `sau 3 ngày nữa`, `hai tuần trước`).
pub(crate) const SECOND_WORDS: &[(&str, &[&str])] = &[
    ("quốc", &["khánh", "tế"]),
    ("phụ", &["nữ"]),
    ("thầy", &["thuốc"]),
    ("báo", &["chí"]),
    ("doanh", &["nhân"]),
    ("tình", &["nhân"]),
    ("trung", &["tuần"]),
    ("chủ", &["nhật"]),
    ("nhà", &["giáo"]),
    ("giải", &["phóng"]),
    ("thương", &["binh"]),
    ("hạ", &["tuần"]),
    ("nhiệm", &["kỳ", "kì"]),
    (
        "nửa",
        &[
            "đêm", "đầu", "cuối", "giờ", "tiếng", "ngày", "tuần", "tháng", "năm", "phút",
        ],
    ),
    ("mới", &["đây"]),
    ("vài", &["ngày", "tuần", "tháng", "năm"]),
    ("mấy", &["ngày", "tuần", "tháng", "năm", "hôm", "bữa"]),
    ("bao", &["tháng", "năm"]),
    ("chục", &["ngày", "tháng", "năm"]),
    ("nhiều", &["ngày", "tuần", "tháng", "năm"]),
    ("ngay", &["bây", "lúc"]),
    ("cách", &["đây"]),
    (
        "sau",
        &[
            "#", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "vài",
        ],
    ),
    (
        "từ",
        &[
            "#",
            "ngày",
            "tháng",
            "năm",
            "quý",
            "tuần",
            "thế",
            "thập",
            "sáng",
            "trưa",
            "chiều",
            "tối",
            "đêm",
            "rạng",
            "đầu",
            "giữa",
            "cuối",
            "thượng",
            "trung",
            "hạ",
            "hôm",
            "mùng",
            "mồng",
            "thứ",
            "chủ",
            "nay",
            "lúc",
            "khoảng",
            "những",
            "đây",
            "rằm",
            "tết",
        ],
    ),
    ("vào", &["lúc", "khoảng", "đúng"]),
    ("hiện", &["nay", "giờ"]),
    ("thời", &["gian", "kỳ", "kì", "điểm"]),
    ("những", &["năm", "ngày", "tháng", "tuần", "thập"]),
    ("đầu", PERIOD_FOLLOWERS),
    ("giữa", PERIOD_FOLLOWERS),
    ("cuối", PERIOD_FOLLOWERS),
    ("thế", &["kỷ", "kỉ"]),
    (
        "hàng",
        &[
            "năm", "ngày", "tháng", "tuần", "quý", "giờ", "chục", "trăm", "nghìn", "ngàn",
        ],
    ),
    ("tương", &["lai"]),
    ("trước", &["đây"]),
    ("gần", &["đây"]),
    ("hôm", &["#", "nay", "qua", "kia", "trước", "sau", "đó"]),
    // `Chiều cùng ngày`: the day last dated.
    ("cùng", &["ngày"]),
    ("một", UNIT_FOLLOWERS),
    ("hai", UNIT_FOLLOWERS),
    ("ba", UNIT_FOLLOWERS),
];

/// What follows `đầu`, `giữa`, `cuối` in a date: the period it is a part of.
const PERIOD_FOLLOWERS: &[&str] = &[
    "#", "năm", "tháng", "tuần", "quý", "ngày", "thập", "thế", "những", "mùa", "xuân", "hè", "hạ",
    "thu", "đông",
];

/// What follows a number in words that counts days, weeks …: a unit, or more of the number.
const UNIT_FOLLOWERS: &[&str] = &[
    "giây", "phút", "giờ", "tiếng", "ngày", "tuần", "tháng", "quý", "năm", "thập", "thế", "mươi",
    "trăm", "nghìn", "ngàn",
];

/// Festivals of the lunar calendar and their (day, month), lunar. Sources: Bộ luật Lao động
/// 2019, Điều 112 (Tết Âm lịch; Giỗ Tổ Hùng Vương, 10/3 âm lịch), and the traditional festival
/// days as every printed Vietnamese calendar (lịch vạn niên) gives them. Longer names first.
pub(crate) const LUNAR_FESTIVALS: &[(&str, (u8, u8))] = &[
    ("tết nguyên đán", (1, 1)),
    ("tết âm lịch", (1, 1)),
    ("tết cổ truyền", (1, 1)),
    ("tết nguyên tiêu", (15, 1)),
    ("tết thượng nguyên", (15, 1)),
    ("tết hàn thực", (3, 3)),
    ("giỗ tổ hùng vương", (10, 3)),
    ("tết đoan ngọ", (5, 5)),
    ("vu lan", (15, 7)),
    ("tết trung nguyên", (15, 7)),
    ("tết trung thu", (15, 8)),
    ("tết trùng cửu", (9, 9)),
    ("tết ông công ông táo", (23, 12)),
    ("ông công ông táo", (23, 12)),
    ("ông công, ông táo", (23, 12)),
];

/// Words after a cycle unit (`tuần trước`, `năm nay`) and the shift they mean. Longer entries
/// first: the first match wins.
pub(crate) const CYCLE_SHIFTS: &[(&str, i32)] = &[
    ("vừa qua", -1),
    ("vừa rồi", -1),
    ("kế tiếp", 1),
    ("tiếp theo", 1),
    ("sắp tới", 1),
    ("hiện tại", 0),
    // `tuần trước nữa` (the week before last), `năm sau nữa` (the year after next).
    ("trước nữa", -2),
    ("sau nữa", 2),
    ("này", 0),
    ("nay", 0),
    ("trước", -1),
    ("qua", -1),
    ("rồi", -1),
    ("ngoái", -1),
    ("kia", -2),
    ("sau", 1),
    ("tới", 1),
    ("kế", 1),
];

/// Words before a date that make a short numeric form (`20/9`, `27-11`) a date in running
/// text, where alone it could be a fraction or a score.
pub(crate) const CONTEXT_WORDS: &[&str] = &[
    "ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "từ", "đến", "tới", "vào",
    "lúc", "dịp", "lễ", "trước", "sau", "đầu", "cuối", "giữa", "hạn", "nay", "mai", "qua", "rạng",
    "kể", "bữa", "đợt", "tết", "niệm", "hết",
];

/// The context words that still make a hyphenated `27-11` a date (`4-1` after `đến` or `thắng`
/// is a score, `10-6` after `từ` may be a power of ten).
pub(crate) const DAY_WORDS: &[&str] = &[
    "ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "rạng", "mồng", "mùng",
];

/// Number words: a cycle word after one is a count (`hai năm sau`), not a shift of one.
pub(crate) const NUMBER_WORDS: &[&str] = &[
    "một", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mươi",
    "mốt", "lăm", "trăm", "nghìn", "ngàn", "triệu", "vài", "mấy",
];

/// Words before a cycle word that make it a frequency or a vague span, not a shift
/// (`những năm qua`, `hàng tháng`, `mỗi tuần`).
pub(crate) const VETO_BEFORE_CYCLE: &[&str] = &[
    "những", "các", "mấy", "nhiều", "vài", "hàng", "hằng", "mỗi", "từng", "đá", "loại", "bao",
    "chục", "nhiêu",
];

/// Words before `đầu`/`giữa`/`cuối` that make a compound of it (`bắt đầu` begin, `ban đầu`
/// initial, `hàng đầu` leading, `đứng đầu` heading), not a part of a period.
pub(crate) const VETO_BEFORE_PART: &[&str] = &["bắt", "ban", "hàng", "đứng", "mở", "khởi", "dẫn"];

/// Words before a clock time that make it a duration (`mất 2h15'`, `kéo dài 3 giờ`).
pub(crate) const VETO_BEFORE_TIME: &[&str] = &["mất", "dài", "tốn", "vòng", "trong"];

/// First words of every date expression the scanner can start at (lower case, sorted by bytes
/// for binary search). Must list the first word of every keyword-initial form in the grammar.
pub(crate) const TRIGGERS: &[&str] = &[
    "ba",
    "bao",
    "buổi",
    "báo",
    "bây",
    "bính",
    "bảy",
    "bẩy",
    "bốn",
    "bữa",
    "canh",
    "chiều",
    "chín",
    "chúa",
    "chục",
    "chủ",
    "cn",
    "cuối",
    "cách",
    "cùng",
    "cập",
    "doanh",
    "giai",
    "giáng",
    "giáp",
    "giải",
    "giỗ",
    "giữa",
    "gmt",
    "gần",
    "hai",
    "hiện",
    "hàng",
    "hôm",
    "hạ",
    "hằng",
    "khoảng",
    "khuya",
    "kỉ",
    "kỷ",
    "lúc",
    "lễ",
    "mùa",
    "mùng",
    "mười",
    "mấy",
    "mậu",
    "mồng",
    "một",
    "mới",
    "ngay",
    "ngày",
    "nhiều",
    "nhiệm",
    "nhà",
    "nhâm",
    "những",
    "niên",
    "noel",
    "năm",
    "nửa",
    "phụ",
    "q1",
    "q2",
    "q3",
    "q4",
    "quí",
    "quý",
    "quốc",
    "rạng",
    "rằm",
    "sau",
    "sáng",
    "sáu",
    "sắp",
    "t2",
    "t3",
    "t4",
    "t5",
    "t6",
    "t7",
    "tháng",
    "thương",
    "thượng",
    "thầy",
    "thập",
    "thế",
    "thời",
    "thứ",
    "trung",
    "trưa",
    "trước",
    "tuần",
    "tám",
    "tân",
    "tình",
    "tương",
    "tết",
    "tối",
    "từ",
    "utc",
    "valentine",
    "vu",
    "vài",
    "vào",
    "xuân",
    "đinh",
    "đêm",
    "đúng",
    "đầu",
    "ất",
];
