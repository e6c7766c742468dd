//! SQL for document review.

pub mod projects;
pub mod threads;
