//! Document review rules that need no I/O.
//!
//! # Layout
//! - [`anchor`]: carrying comment anchors from one version of a text to the next.
//! - [`document`]: a version's extracted text and its blocks, as the app renders them.
//! - [`wire`]: the review reads (projects, versions, threads, differences).
//! - `search`: finding a quote that moved; `align`, `diffmap`, `seeds`: the matching machinery.

mod align;
pub mod anchor;
mod diffmap;
pub use diffmap::word_diff;
pub mod document;
mod search;
mod seeds;
pub mod wire;

#[cfg(test)]
mod tests;
