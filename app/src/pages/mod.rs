//! One module per page of the app.

pub mod compare;
pub mod dashboard;
pub mod forgot_password;
pub mod invitation;
pub mod members;
pub mod new_program;
pub mod not_found;
pub mod program;
pub mod program_settings;
pub mod project;
pub mod reset_password;
pub mod review;
pub mod section;
pub mod settings;
pub mod sign_in;

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Keeps the document title as "`title` · Mentorhub" while the page is shown.
pub fn use_title(title: impl Fn() -> String + 'static) {
    let i = use_i18n();
    Effect::new(move |_| {
        document().set_title(&format!("{} · {}", title(), i.t("app-name")));
    });
}

/// A `next` path from a query string, if it is a path on this site.
pub fn safe_next(next: Option<String>) -> String {
    next.filter(|n| n.starts_with('/') && !n.starts_with("//") && !n.starts_with("/\\"))
        .unwrap_or_else(|| "/".to_owned())
}
