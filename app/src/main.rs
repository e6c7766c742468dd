//! Mentorhub's client: a Leptos single-page app compiled to WebAssembly and built by Trunk
//! (`trunk build --release` at the repository root; the server serves `dist/`).
//!
//! # Layout
//! - [`app`]: the shell — contexts, header, routes.
//! - [`api`]: the only module that talks to the server (JSON endpoints, uploads with progress,
//!   the live socket).
//! - [`session`]: who is signed in; the CSRF token; offline start-up.
//! - [`sync`]: the persisted command outbox, the change feed, live updates, connection state,
//!   who else has a project open.
//! - [`i18n`]: the interface language (shared Fluent files) and its switching.
//! - [`format`]: dates and times in the viewer's language and time zone.
//! - [`pages`]: one module per page (document review: `review`, `project`, `compare`).
//! - [`components`]: reusable pieces (fields, header, lists, loading frames, pairs; `review/`
//!   holds the document, its selection and threads, versions, stages and differences).
//!
//! Every write is a command queued in the outbox (`sync`), so a page never waits on the network
//! to record what the person did; views show queued commands as "not sent yet".

mod api;
mod app;
mod components;
mod format;
mod i18n;
mod pages;
mod session;
mod sync;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
