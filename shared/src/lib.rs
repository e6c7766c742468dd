//! Mentorhub's shared core: domain types, wire types and pure rules used by both the WASM app and
//! the server. Nothing here does I/O, and nothing here depends on sqlx, axum or web-sys (an
//! invariant checked by `server/tests/architecture.rs`), so it compiles to wasm32 and native.
//!
//! # Layout
//! - [`ids`]: typed UUID identifiers (`PersonId`, `ProgramId`, `CommandId`, ...).
//! - [`role`]: the closed set of roles a person holds per program, and the sections they open.
//! - [`text`]: validated text values (names, e-mail addresses, passwords).
//! - [`locale`]: the supported languages and IANA time zone names.
//! - [`error`]: stable error codes and the JSON error body.
//! - [`api`]: wire types of the plain JSON endpoints.
//! - [`command`]: the typed commands every write is made of, one file each.
//! - [`change`]: the change feed and the live WebSocket messages.
//! - [`i18n`]: Fluent translations for en, ru, pl and lv.
//! - [`review`]: document review rules, among them re-anchoring comments onto a new version.
//! - [`booking`]: session booking rules: free slots across time zones, quotas, monthly settlement.
//! - [`selection`]: selection scoring: calibrated ranking, reliability, rank probabilities.

pub mod api;
pub mod booking;
pub mod change;
pub mod command;
pub mod error;
pub mod i18n;
pub mod ids;
pub mod locale;
pub mod review;
pub mod role;
pub mod selection;
pub mod text;
