//! Reusable pieces of the interface.

pub mod announcements;
pub mod echo;
pub mod field;
pub mod header;
pub mod language;
pub mod load;
pub mod member_list;
pub mod notices;
pub mod pairing;
pub mod program_form;
pub mod review;
pub mod roles;
pub mod status;
