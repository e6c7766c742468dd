//! People's own profile: name, language, time zone.

pub mod commands;
