//! Document review: projects, versions, inline comments. This slice holds text extraction.

pub mod extract;
