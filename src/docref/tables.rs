//! Tables of the document grammar: type codes, issuer codes, type names as text writes them,
//! and issuing bodies.
//!
//! Sources (see `../shared/research/docid_tables.md`, which quotes them):
//! - State administrative type codes: Nghị định 30/2020/NĐ-CP, Phụ lục III, mục I (official),
//!   with the pre-2020 codes of Thông tư 01/2011/TT-BNV (GN, TTh, UQ, NP);
//! - legal normative types and symbol patterns: Luật Ban hành VBQPPL 2015 (80/2015/QH13)
//!   Điều 10 and Nghị định 34/2016/NĐ-CP Điều 58, as quoted by secondary sources;
//! - Party type codes: Hướng dẫn 36-HD/VPTW (2018) and Quy định 66-QĐ/TW (2017) as quoted by
//!   secondary sources, with the codes seen in real identifiers;
//! - issuer codes and full names: the same notes, section 3 (ministry names are the
//!   government's own, including the 2025 reorganisation);
//! - issuing bodies: `../shared/research/data/orgs.md` (Party and State organs).

/// Document type codes of State documents: code, full name.
pub(crate) const STATE_TYPES: &[(&str, &str)] = &[
    // Nghị định 30/2020/NĐ-CP, Phụ lục III.
    ("NQ", "Nghị quyết"),
    ("QĐ", "Quyết định"),
    ("CT", "Chỉ thị"),
    ("QC", "Quy chế"),
    ("QyĐ", "Quy định"),
    ("TC", "Thông cáo"),
    ("TB", "Thông báo"),
    ("HD", "Hướng dẫn"),
    ("CTr", "Chương trình"),
    ("KH", "Kế hoạch"),
    ("PA", "Phương án"),
    ("ĐA", "Đề án"),
    ("DA", "Dự án"),
    ("BC", "Báo cáo"),
    ("BB", "Biên bản"),
    ("TTr", "Tờ trình"),
    ("HĐ", "Hợp đồng"),
    ("CĐ", "Công điện"),
    ("BGN", "Bản ghi nhớ"),
    ("BTT", "Bản thỏa thuận"),
    ("GUQ", "Giấy ủy quyền"),
    ("GM", "Giấy mời"),
    ("GGT", "Giấy giới thiệu"),
    ("GNP", "Giấy nghỉ phép"),
    ("PG", "Phiếu gửi"),
    ("PC", "Phiếu chuyển"),
    ("PB", "Phiếu báo"),
    ("SY", "Bản sao y"),
    ("TrS", "Bản trích sao"),
    ("SL", "Bản sao lục"),
    // Thông tư 01/2011/TT-BNV codes replaced in 2020.
    ("GN", "Bản ghi nhớ"),
    ("TTh", "Bản thỏa thuận"),
    ("UQ", "Giấy ủy quyền"),
    ("NP", "Giấy nghỉ phép"),
    // Legal normative documents (Luật BHVBQPPL 2015 Điều 10; NĐ 34/2016 Điều 58).
    ("NĐ", "Nghị định"),
    ("TT", "Thông tư"),
    ("TTLT", "Thông tư liên tịch"),
    ("NQLT", "Nghị quyết liên tịch"),
    ("PL", "Pháp lệnh"),
    ("L", "Luật"),
    ("LCT", "Lệnh"),
    ("VBHN", "Văn bản hợp nhất"),
    // Seen in real identifiers (docid_tables.md 2.1).
    ("GP", "Giấy phép"),
    ("KL", "Kết luận"),
    // Technical regulations and national standards.
    ("QCVN", "Quy chuẩn kỹ thuật quốc gia"),
    ("TCVN", "Tiêu chuẩn quốc gia"),
];

/// Document type codes of Party documents (`NUM-TYPE/ISSUER`): code, full name. `QĐ` is both
/// Quyết định and Quy định; its name comes from the words before the identifier.
pub(crate) const PARTY_TYPES: &[(&str, &str)] = &[
    ("NQ", "Nghị quyết"),
    ("QĐ", "Quyết định"),
    ("QĐNS", "Quyết định nhân sự"),
    ("CT", "Chỉ thị"),
    ("KL", "Kết luận"),
    ("QC", "Quy chế"),
    ("TT", "Thông tri"),
    ("HD", "Hướng dẫn"),
    ("TB", "Thông báo"),
    ("TC", "Thông cáo"),
    ("BC", "Báo cáo"),
    ("KH", "Kế hoạch"),
    ("CTr", "Chương trình"),
    ("ĐA", "Đề án"),
    ("PA", "Phương án"),
    ("TTr", "Tờ trình"),
    ("CV", "Công văn"),
    ("BB", "Biên bản"),
    ("BS", "Bản sao"),
    ("GGT", "Giấy giới thiệu"),
    ("L", "Luật"),
    ("LCT", "Lệnh"),
    // Regulations of the Central Committee in 2011-2016 (`08-QĐi/TW`, on setting an example;
    // docid_tables.md: one peer gives it, and it is seen in real ids).
    ("QĐi", "Quy định"),
];

/// Issuer codes and full names. Codes with a term number (`QH14`, `UBTVQH15`, `HĐNN7`) are
/// matched by their prefix.
pub(crate) const ISSUERS: &[(&str, &str)] = &[
    ("CP", "Chính phủ"),
    ("TTg", "Thủ tướng Chính phủ"),
    ("QH", "Quốc hội"),
    ("UBTVQH", "Ủy ban Thường vụ Quốc hội"),
    ("HĐNN", "Hội đồng Nhà nước"),
    ("HĐBT", "Hội đồng Bộ trưởng"),
    ("CTN", "Chủ tịch nước"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("VPQH", "Văn phòng Quốc hội"),
    ("TTCP", "Thanh tra Chính phủ"),
    ("NHNN", "Ngân hàng Nhà nước Việt Nam"),
    ("KTNN", "Kiểm toán nhà nước"),
    ("TANDTC", "Tòa án nhân dân tối cao"),
    ("VKSNDTC", "Viện kiểm sát nhân dân tối cao"),
    ("VKSTC", "Viện kiểm sát nhân dân tối cao"),
    ("HĐTP", "Hội đồng Thẩm phán Tòa án nhân dân tối cao"),
    ("BCA", "Bộ Công an"),
    ("BQP", "Bộ Quốc phòng"),
    ("BNG", "Bộ Ngoại giao"),
    ("BNV", "Bộ Nội vụ"),
    ("BTP", "Bộ Tư pháp"),
    ("BTC", "Bộ Tài chính"),
    ("BCT", "Bộ Công Thương"),
    ("BXD", "Bộ Xây dựng"),
    ("BYT", "Bộ Y tế"),
    ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    ("BKHCN", "Bộ Khoa học và Công nghệ"),
    ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("BVHTT", "Bộ Văn hóa - Thông tin"),
    ("BNNMT", "Bộ Nông nghiệp và Môi trường"),
    ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("BNN", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("BTNMT", "Bộ Tài nguyên và Môi trường"),
    ("BGTVT", "Bộ Giao thông vận tải"),
    ("BTTTT", "Bộ Thông tin và Truyền thông"),
    ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("LĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("BKHĐT", "Bộ Kế hoạch và Đầu tư"),
    ("UBDT", "Ủy ban Dân tộc"),
    ("BDTTG", "Bộ Dân tộc và Tôn giáo"),
    ("UBND", "Ủy ban nhân dân"),
    ("UB", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    ("CTUBND", "Chủ tịch Ủy ban nhân dân"),
    ("BHXH", "Bảo hiểm xã hội Việt Nam"),
    ("TCT", "Tổng cục Thuế"),
    ("TCHQ", "Tổng cục Hải quan"),
    ("CHQ", "Cục Hải quan"),
    ("KBNN", "Kho bạc Nhà nước"),
    ("UBTWMTTQVN", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    (
        "ĐCTUBTWMTTQVN",
        "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ),
    // Party.
    ("TW", "Trung ương Đảng"),
    ("VPTW", "Văn phòng Trung ương Đảng"),
    ("BTCTW", "Ban Tổ chức Trung ương"),
    ("UBKTTW", "Ủy ban Kiểm tra Trung ương"),
    ("BTGTW", "Ban Tuyên giáo Trung ương"),
    ("BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương"),
    ("BDVTW", "Ban Dân vận Trung ương"),
    ("BKTTW", "Ban Kinh tế Trung ương"),
    ("BNCTW", "Ban Nội chính Trung ương"),
    ("BĐNTW", "Ban Đối ngoại Trung ương"),
    ("BCĐTW", "Ban Chỉ đạo Trung ương"),
    ("QUTW", "Quân ủy Trung ương"),
    ("HVCTQG", "Học viện Chính trị quốc gia Hồ Chí Minh"),
    ("TU", "Tỉnh ủy, Thành ủy"),
    ("HU", "Huyện ủy"),
    ("QU", "Quận ủy"),
    ("ĐU", "Đảng ủy"),
    ("ĐUK", "Đảng ủy Khối"),
    ("CB", "Chi bộ"),
    ("BCSĐ", "Ban cán sự đảng"),
    ("ĐĐ", "Đảng đoàn"),
    ("BTCTU", "Ban Tổ chức Tỉnh ủy"),
    ("UBKTTU", "Ủy ban Kiểm tra Tỉnh ủy"),
    ("VPTU", "Văn phòng Tỉnh ủy"),
    ("TWĐTN", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
];

/// Spellings normalised to another code: `TƯ` for `TW`, upper-cased mixed-case codes.
pub(crate) const ALIASES: &[(&str, &str)] = &[
    ("TƯ", "TW"),
    ("TTG", "TTg"),
    ("TTR", "TTr"),
    ("CTR", "CTr"),
    ("QYĐ", "QyĐ"),
    ("TRS", "TrS"),
    ("TTH", "TTh"),
    ("BGD&ĐT", "BGDĐT"),
];

/// Type names as running text writes them before a number, with the canonical name. Longer
/// names first.
pub(crate) const TYPE_NAMES: &[&str] = &[
    "Nghị quyết liên tịch",
    "Thông tư liên tịch",
    "Quyết định nhân sự",
    "Văn bản hợp nhất",
    "Nghị quyết",
    "Nghị định",
    "Quyết định",
    "Quy định",
    "Quy chế",
    "Thông tư",
    "Thông tri",
    // A notice of the Secretariat's or Politburo's conclusions (`Thông báo kết luận số
    // 12-TB/TW`): one type name, coded `TB`.
    "Thông báo kết luận",
    "Thông báo",
    "Thông cáo",
    "Chỉ thị",
    "Hướng dẫn",
    "Kết luận",
    "Công văn",
    "Công điện",
    "Kế hoạch",
    "Chương trình",
    "Đề án",
    "Tờ trình",
    "Báo cáo",
    "Bộ luật",
    "Đạo luật",
    "Luật",
    "Pháp lệnh",
    "Hiến pháp",
    "Lệnh",
    "Văn bản",
    "Quy chuẩn kỹ thuật quốc gia",
    "Tiêu chuẩn quốc gia",
];

/// Documents of a Party congress (`Văn kiện Đại hội toàn quốc lần thứ XIII`).
pub(crate) const CONGRESS_DOCS: &[&str] = &["Nghị quyết", "Văn kiện", "Báo cáo chính trị"];

/// Abbreviated type names before a number (`NĐ 30`, `TT 02/2025`), upper case as written.
pub(crate) const TYPE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("NĐ", "Nghị định"),
    ("ND", "Nghị định"),
    ("TT", "Thông tư"),
    ("QĐ", "Quyết định"),
    ("QD", "Quyết định"),
    ("NQ", "Nghị quyết"),
    ("CT", "Chỉ thị"),
    ("TTLT", "Thông tư liên tịch"),
];

/// Issuing bodies after `của` besides the organisations of `crate::orgs` (officials who issue
/// documents, and short forms), as canonical names.
pub(crate) const BODIES: &[&str] = &[
    "Ban Bí thư Trung ương Đảng",
    "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
    "Thủ tướng Chính phủ",
    "Thủ tướng",
    "Chủ tịch nước",
    "Ban Thường vụ Tỉnh ủy",
    "Ban Thường vụ Thành ủy",
    "Ban Thường vụ",
    "Trung ương",
    "Đảng",
];

/// First words of references the scanner tries (lower case, sorted by bytes).
pub(crate) const TRIGGERS: &[&str] = &[
    "báo", "bộ", "chương", "chỉ", "ct", "công", "hiến", "hướng", "kế", "kết", "luật", "lệnh", "nd",
    "nghị", "nq", "nđ", "pháp", "qcvn", "qd", "quy", "quyết", "qđ", "tcvn", "thông", "tiêu", "tt",
    "ttlt", "tờ", "văn", "đạo", "đề",
];
