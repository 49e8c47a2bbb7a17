//! Name and place tables of the person grammar (data; see `../shared/research/data/`).
//!
//! - `SURNAMES`, `COMPOUND_SURNAMES`: `surnames.tsv` (MIT-licensed name lists it cites): every
//!   surname seen at least 3 times in 49,155 real names, every two-syllable surname and every
//!   surname listed for an ethnic minority; sorted, NFC. Left out: data-entry noise (`Student`,
//!   `Hùynh`), middle names (`Thị`, `Văn`), and rare surnames that are far more often a title,
//!   an honorific, a rank, a can-chi stem or a given name in running text (`Phó`, `Bà`, `Ông`,
//!   `Đồng`, `Thượng`, `Nhâm`, `Quang`, `Ngọc`, `Hòa`, `Bình`, `Long` …). Added: the Chinese
//!   surnames `Mao` and `Tập` that news about China writes, and `Thích`, the surname Buddhist
//!   monks and nuns take.
//! - `PROVINCES`: `provinces.tsv` (the 34 units after the 2025 merger and the 63 before it, from
//!   the General Statistics Office list as packaged by `vietnam-provinces` and
//!   `vietnamadminunits`), short names as news text writes them after `tỉnh`/`thành phố`, plus
//!   the common variants that file lists.

/// Single-syllable surnames (sorted by bytes).
pub(crate) const SURNAMES: &[&str] = &[
    "Biện",
    "Bàn",
    "Bành",
    "Bào",
    "Bá",
    "Bùi",
    "Bạch",
    "Bế",
    "Bồ",
    "Ca",
    "Cao",
    "Chiêm",
    "Chu",
    "Chung",
    "Chá",
    "Châu",
    "Chênh",
    "Chúc",
    "Chảo",
    "Chẩu",
    "Chế",
    "Chử",
    "Cung",
    "Cà",
    "Cái",
    "Cáp",
    "Cù",
    "Cư",
    "Cấn",
    "Cầm",
    "Cổ",
    "Danh",
    "Diệp",
    "Doãn",
    "Du",
    "Dư",
    "Dương",
    "Fàng",
    "Giang",
    "Giàng",
    "Giáp",
    "Hoa",
    "Hoàng",
    "Huỳnh",
    "Hà",
    "Hàn",
    "Hàng",
    "Hán",
    "Hơ",
    "Hạ",
    "Hạng",
    "Hầu",
    "Hồ",
    "Hứa",
    "Kha",
    "Khang",
    "Khuất",
    "Khúc",
    "Khưu",
    "Khương",
    "Khấu",
    "Khổng",
    "Kim",
    "Kiều",
    "Kỳ",
    "La",
    "Lang",
    "Liêu",
    "Liễu",
    "Luyện",
    "Luân",
    "Lâm",
    "Lã",
    "Lãnh",
    "Lèm",
    "Lê",
    "Lò",
    "Lô",
    "Lôi",
    "Lù",
    "Lý",
    "Lăng",
    "Lư",
    "Lưu",
    "Lương",
    "Lường",
    "Lạc",
    "Lại",
    "Lầu",
    "Lộc",
    "Lục",
    "Lữ",
    "Ma",
    "Mai",
    "Mao",
    "Mã",
    "Mè",
    "Mông",
    "Mùa",
    "Mạc",
    "Mạch",
    "Mẫn",
    "Mộc",
    "Nghiêm",
    "Nguyễn",
    "Ngô",
    "Ngôn",
    "Ngần",
    "Ngọ",
    "Ngụy",
    "Nhan",
    "Nhữ",
    "Ninh",
    "Nông",
    "Ong",
    "Phan",
    "Phà",
    "Phàng",
    "Phí",
    "Phù",
    "Phùng",
    "Phú",
    "Phạm",
    "Quan",
    "Quàng",
    "Quách",
    "Quản",
    "Quảng",
    "Siu",
    "Sìu",
    "Sùng",
    "Sơn",
    "Sầm",
    "Sử",
    "Thiều",
    "Thào",
    "Thái",
    "Thân",
    "Thích",
    "Thạch",
    "Thẩm",
    "Tiêu",
    "Triệu",
    "Trà",
    "Trình",
    "Trương",
    "Trầm",
    "Trần",
    "Trịnh",
    "Tào",
    "Tòng",
    "Tô",
    "Tôn",
    "Tăng",
    "Tưởng",
    "Tạ",
    "Tần",
    "Tẩn",
    "Tập",
    "Tống",
    "Từ",
    "Ung",
    "Uông",
    "Vi",
    "Viên",
    "Vy",
    "Vàng",
    "Vòng",
    "Võ",
    "Vùi",
    "Vũ",
    "Vưu",
    "Vương",
    "Vừ",
    "Xa",
    "Âu",
    "Ôn",
    "Đinh",
    "Điêu",
    "Điền",
    "Điểu",
    "Đoàn",
    "Đàm",
    "Đàng",
    "Đào",
    "Đường",
    "Đậu",
    "Đặng",
    "Địch",
    "Đổng",
    "Đỗ",
    "Đới",
];

/// Two-syllable surnames, taken only when a given name remains (`Tôn Nữ`, `Âu Dương`). `Vũ
/// Văn` is left out: `Vũ` with the middle name `Văn` is far more common.
pub(crate) const COMPOUND_SURNAMES: &[&str] = &[
    "Chung Ly",
    "Gia Cát",
    "Hoàng Phủ",
    "Hạ Hầu",
    "Nguyễn Phước",
    "Thượng Quan",
    "Tây Môn",
    "Tôn Nữ",
    "Tôn Thất",
    "Tư Mã",
    "Tư Đồ",
    "Âu Dương",
];

/// Vietnamese states, past and present, as named after a title (`Tổng thống Việt Nam Cộng hòa`);
/// the other states are [`COUNTRIES`]. Names as in the constitutions of 1946 and 1980 and the
/// 1956 constitution of the Republic of Vietnam.
pub(crate) const VIETNAMESE_STATES: &[&str] = &[
    "Việt Nam Dân chủ Cộng hòa",
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "CHXHCN Việt Nam",
    // The same abbreviation run together, as encyclopedia text writes it.
    "CHXHCNVN",
    "Việt Nam Cộng hòa",
    "Việt Nam",
];

/// Country names that read like a surname and a given name (`Thái Lan`, `Hàn Quốc`), from the
/// Vietnamese names of states in common use, and those written in Latin letters that read like
/// a foreign given name (`Ukraine`).
pub(crate) const COUNTRIES: &[&str] = &[
    "Thái Lan",
    "Trung Quốc",
    "Hàn Quốc",
    "Triều Tiên",
    "Nhật Bản",
    "Hoa Kỳ",
    "Mỹ",
    "Lào",
    "Campuchia",
    "Ấn Độ",
    "Anh Quốc",
    "Anh",
    "Pháp",
    "Đức",
    "Nga",
    "Ý",
    "Tây Ban Nha",
    "Bồ Đào Nha",
    "Hà Lan",
    "Thụy Điển",
    "Thụy Sĩ",
    "Đan Mạch",
    "Na Uy",
    "Ba Lan",
    "Úc",
    "Tân Tây Lan",
    "Ai Cập",
    "Nam Phi",
    "Đài Loan",
    "Hồng Kông",
    "Ma Cao",
    "Mông Cổ",
    "Cu Ba",
    "Triều Tiên",
    // Foreign cities with Sino-Vietnamese names that read like a surname and a given name
    // (`Giám mục Luân Đôn` is the Bishop of London), as Vietnamese text has long written them.
    "Luân Đôn",
    "Bắc Kinh",
    "Thượng Hải",
    "Quảng Châu",
    "Hương Cảng",
    "Đông Kinh",
    "Hoa Thịnh Đốn",
    "Nữu Ước",
    "Ba Lê",
    "Mạc Tư Khoa",
    // States that Vietnamese text names in Latin letters, untranslated (`Tổng thống Ukraine`),
    // as the Vietnamese Ministry of Foreign Affairs lists them; before a foreign name written
    // given name first they would read as its given name.
    "Afghanistan",
    "Argentina",
    "Azerbaijan",
    "Bangladesh",
    "Belarus",
    "Brazil",
    "Bulgaria",
    "Canada",
    "Chile",
    "Colombia",
    "Croatia",
    "Cuba",
    "Estonia",
    "Ethiopia",
    "Georgia",
    "Hungary",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Israel",
    "Jordan",
    "Kazakhstan",
    "Kenya",
    "Kuwait",
    "Latvia",
    "Libya",
    "Lithuania",
    "Malaysia",
    "Mexico",
    "Moldova",
    "Mozambique",
    "Myanmar",
    "Nepal",
    "Nigeria",
    "Pakistan",
    "Palestine",
    "Peru",
    "Philippines",
    "Qatar",
    "Romania",
    "Serbia",
    "Singapore",
    "Slovakia",
    "Slovenia",
    "Syria",
    "Ukraine",
    "Uzbekistan",
    "Venezuela",
];

/// Regions that end the names of bodies and read like a surname and a given name (`Đảng Cộng
/// sản Đông Dương`, `Trung ương Cục miền Nam`): general knowledge of Vietnamese geography.
pub(crate) const REGIONS: &[&str] = &[
    "Đông Dương",
    "Đông Nam Á",
    "Nam Bộ",
    "Bắc Bộ",
    "Trung Bộ",
    "Nam Kỳ",
    "Bắc Kỳ",
    "Trung Kỳ",
    "Tây Nguyên",
    "Tây Bắc",
    "Đông Bắc",
];

/// Province and city names (short form), before and after the 2025 merger; longer first.
pub(crate) const PROVINCES: &[&str] = &[
    "Bà Rịa - Vũng Tàu",
    "Thừa Thiên - Huế",
    "TP Hồ Chí Minh",
    "TP.HCM",
    "TP HCM",
    "TPHCM",
    "Thừa Thiên Huế",
    "Hồ Chí Minh",
    "Thái Nguyên",
    "Tuyên Quang",
    "Bình Dương",
    "Bình Phước",
    "Bình Thuận",
    "Kiên Giang",
    "Ninh Thuận",
    "Quảng Bình",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Tiền Giang",
    "Bình Định",
    "Bắc Giang",
    "Hải Dương",
    "Hải Phòng",
    "Hậu Giang",
    "Khánh Hòa",
    "Ninh Bình",
    "Quảng Nam",
    "Quảng Trị",
    "Sóc Trăng",
    "Thanh Hóa",
    "Thái Bình",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Điện Biên",
    "Đồng Tháp",
    "An Giang",
    "Bạc Liêu",
    "Bắc Ninh",
    "Cao Bằng",
    "Hà Giang",
    "Hòa Bình",
    "Hưng Yên",
    "Lai Châu",
    "Lâm Đồng",
    "Lạng Sơn",
    "Nam Định",
    "Trà Vinh",
    "Tây Ninh",
    "Đắk Nông",
    "Đồng Nai",
    "Bắc Kạn",
    "Bến Tre",
    "Cần Thơ",
    "Gia Lai",
    "Hà Tĩnh",
    "Kon Tum",
    "Long An",
    "Lào Cai",
    "Nghệ An",
    "Phú Thọ",
    "Phú Yên",
    "Sài Gòn",
    "Yên Bái",
    "Đà Nẵng",
    "Đắk Lắk",
    "Cà Mau",
    "Hà Nam",
    "Hà Nội",
    "Sơn La",
    "Huế",
];

/// Whether `w` (one word, any case) can be a syllable of Vietnamese written without its
/// diacritics: an initial consonant of the Quốc ngữ alphabet, one run of vowels, and a final
/// consonant Vietnamese allows (`c`, `ch`, `m`, `n`, `ng`, `nh`, `p`, `t`). Source: the
/// syllable structure of standard Vietnamese orthography (initials, rhymes and finals as every
/// grammar of the language lists them). `Trump`, `Putin`, `Angela`, `Joe` are none.
pub(crate) fn vietnamese_syllable(w: &str) -> bool {
    const INITIALS: &[&str] = &[
        "ngh", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "ch", "b", "c", "d", "g", "h",
        "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ];
    const FINALS: &[&str] = &["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];
    let lower = w.to_ascii_lowercase();
    if lower.is_empty() || !lower.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let is_vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let rest = INITIALS
        .iter()
        .find_map(|i| {
            lower
                .strip_prefix(i)
                .filter(|r| r.starts_with(|c: char| is_vowel(c as u8)))
        })
        .unwrap_or(&lower);
    let vowels = rest.bytes().take_while(|&b| is_vowel(b)).count();
    vowels > 0 && FINALS.contains(&&rest[vowels..])
}

/// First words of place names written in Latin letters (`New York`, `San Francisco`): never a
/// given name, never the last word of a place. General knowledge of English, Spanish and
/// Portuguese place names.
pub(crate) const LATIN_PLACE_LEADS: &[&str] = &[
    "New", "San", "Santa", "Santo", "Los", "Las", "Saint", "Sankt", "Port", "Fort", "Puerto",
    "Rio", "Sri", "Buenos", "North", "South", "East", "West", "Upper", "Lower", "Great", "Mount",
    "Lake", "Cape", "Kuala", "Hong", "Costa", "Saudi", "Abu",
];

/// Whether the two words `given` and `family` read as a foreign name written given name first
/// (`Donald Trump`, `Angela Merkel`, `Vladimir Putin`): both plain ASCII words in title case
/// (`McCain` too, not `FPT`), the first no word that starts a place (`New York`), and at least
/// one of them no syllable of Vietnamese. Vietnamese names written without diacritics (`Nguyen
/// Van`) are syllables; Korean and Chinese names (`Kim Jong Un`, `Tập Cận Bình`) start with a
/// surname and are read as Vietnamese names are.
pub(crate) fn western_name(given: &str, family: &str) -> bool {
    let title_case = |w: &str| {
        let b = w.as_bytes();
        b.len() >= 2
            && b[0].is_ascii_uppercase()
            && b[1].is_ascii_lowercase()
            && b.iter().all(|x| x.is_ascii_alphabetic() || *x == b'-')
            && !w.ends_with('-')
    };
    let syllable = |w: &str| w.split('-').all(vietnamese_syllable);
    title_case(given)
        && title_case(family)
        && !LATIN_PLACE_LEADS.contains(&given)
        && !(syllable(given) && syllable(family))
}
