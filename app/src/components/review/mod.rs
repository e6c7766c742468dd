//! The pieces of the review pages.
//!
//! - [`layout`]: blocks into lists, text into runs at marks and highlights (pure).
//! - [`document`]: a version's text built from its blocks, with highlighted passages.
//! - [`selection`]: the browser's selection as positions in the text.
//! - [`shown`]: threads as shown, with the person's queued commands applied (pure).
//! - [`compose`]: the fields of a comment; [`new_thread`]: the form that starts a thread.
//! - [`thread`], [`comment`], [`threads`]: the threads of a version.
//! - [`version`]: a version with its threads, selection and comment form.
//! - [`stages`], [`versions`], [`upload`], [`presence`]: the rest of a project's page.
//! - [`diff`]: differences between two versions; [`projects`]: a program's projects as cards.

pub mod comment;
pub mod compose;
pub mod diff;
pub mod document;
pub mod layout;
pub mod new_thread;
pub mod presence;
pub mod projects;
pub mod selection;
pub mod shown;
pub mod stages;
pub mod thread;
pub mod threads;
pub mod upload;
pub mod version;
pub mod versions;

use super::echo::Echo;
use crate::i18n::I18n;
use leptos::prelude::*;
use shared::ids::ProjectId;
use shared::review::wire::{Participant, ProjectDetail, ReviewRole};

/// What the pieces of a project's page share. Copy it into closures freely.
#[derive(Clone, Copy)]
pub struct ProjectCtx {
    pub id: ProjectId,
    pub detail: ReadSignal<Option<ProjectDetail>>,
    /// The project's own commands (versions, stages) until the project shows them.
    pub echo: Echo,
}

impl ProjectCtx {
    /// The person's part in the project (tracked).
    pub fn role(self) -> Option<ReviewRole> {
        self.detail.with(|d| d.as_ref().map(|d| d.role))
    }

    pub fn can_comment(self) -> bool {
        self.role().is_some_and(ReviewRole::can_comment)
    }

    pub fn can_comment_untracked(self) -> bool {
        untrack(move || self.can_comment())
    }

    pub fn is_owner(self) -> bool {
        self.role() == Some(ReviewRole::Owner)
    }

    /// The project's participants (tracked).
    pub fn participants(self) -> Vec<Participant> {
        self.detail
            .with(|d| d.as_ref().map(|d| d.participants.clone()))
            .unwrap_or_default()
    }
}

/// The translated name of a part in a project.
pub fn role_name(i: I18n, role: ReviewRole) -> String {
    i.t(match role {
        ReviewRole::Owner => "role-mentee",
        ReviewRole::Mentor => "role-mentor",
        ReviewRole::Supervisor => "role-supervisor",
        ReviewRole::Coordinator => "role-coordinator",
    })
}

/// At most `max` characters of `text`, with an ellipsis when cut.
pub fn excerpt(text: &str, max: usize) -> String {
    let mut chars = text.chars();
    let mut out: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use shared::i18n::i18n;
    use shared::locale::Locale;

    fn count(locale: Locale, id: &str, n: i64) -> String {
        i18n().text_with(locale, id, &[("count", n.into())])
    }

    #[test]
    fn counts_follow_each_language_s_plural_rules() {
        let open = "review-open-count";
        assert_eq!(count(Locale::En, open, 1), "1 open comment");
        assert_eq!(count(Locale::En, open, 2), "2 open comments");
        assert_eq!(count(Locale::Ru, open, 1), "1 открытый комментарий");
        assert_eq!(count(Locale::Ru, open, 3), "3 открытых комментария");
        assert_eq!(count(Locale::Ru, open, 11), "11 открытых комментариев");
        assert_eq!(count(Locale::Ru, open, 21), "21 открытый комментарий");
        assert_eq!(count(Locale::Pl, open, 1), "1 otwarty komentarz");
        assert_eq!(count(Locale::Pl, open, 4), "4 otwarte komentarze");
        assert_eq!(count(Locale::Pl, open, 12), "12 otwartych komentarzy");
        assert_eq!(count(Locale::Lv, open, 0), "0 atvērtu komentāru");
        assert_eq!(count(Locale::Lv, open, 21), "21 atvērts komentārs");
        assert_eq!(count(Locale::Lv, open, 5), "5 atvērti komentāri");
        assert_eq!(count(Locale::Ru, "review-versions-count", 2), "2 версии");
        assert_eq!(count(Locale::Pl, "review-versions-count", 5), "5 wersji");
    }

    #[test]
    fn excerpts_are_cut_at_characters_not_bytes() {
        assert_eq!(super::excerpt("Żółw plans", 4), "Żółw…");
        assert_eq!(super::excerpt("Żółw", 4), "Żółw");
    }
}
