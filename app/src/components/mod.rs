//! Reusable pieces of the interface.

pub mod announcements;
pub mod field;
pub mod header;
pub mod language;
pub mod load;
pub mod member_list;
pub mod notices;
pub mod program_form;
pub mod roles;
pub mod status;
