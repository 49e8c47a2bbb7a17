//! The Vietnamese lunar calendar (âm lịch): conversion between solar and lunar dates.
//!
//! Work in progress: the conversion core lands here first, then the parsing of lunar
//! expressions uses it.
