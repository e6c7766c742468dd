//! Document review rules that need no I/O.
//!
//! # Layout
//! - [`anchor`]: carrying comment anchors from one version of a text to the next.
//! - `align`, `diffmap`, `seeds`: the matching machinery behind it.

mod align;
pub mod anchor;
mod diffmap;
mod seeds;

#[cfg(test)]
mod tests;
