//! Announcements: the list (with those still waiting in the outbox) and the form to post one.

use super::field::{FormStatus, TextField, focus};
use crate::format;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::sync::outbox::Pending;
use crate::sync::use_sync;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use shared::api::Announcement;
use shared::command::{Command, PostAnnouncement};
use shared::ids::{AnnouncementId, ProgramId};
use shared::locale::Locale;
use shared::text::{AnnouncementBody, AnnouncementTitle};

/// An announcement as shown: from the server, or still on this device.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub id: AnnouncementId,
    pub title: String,
    pub body: String,
    pub author: String,
    /// `None` while it waits in the outbox.
    pub posted_at: Option<DateTime<Utc>>,
    /// The program's name, where the list mixes programs.
    pub program: Option<String>,
    /// The language it is probably written in: its program's.
    pub lang: Option<Locale>,
}

/// The announcements waiting in the outbox (newest first, for `program` or all), then `server`'s
/// — each once. `program_info` gives a program's name (where the list mixes programs) and
/// language.
pub fn merge(
    server: &[Announcement],
    pending: &[Pending],
    program: Option<ProgramId>,
    author: &str,
    program_info: impl Fn(ProgramId) -> (Option<String>, Option<Locale>),
) -> Vec<Shown> {
    let waiting = pending.iter().rev().filter_map(|p| match &p.command {
        Command::PostAnnouncement(c)
            if program.is_none_or(|id| id == c.program_id)
                && !server.iter().any(|a| a.id == c.announcement_id) =>
        {
            let (program, lang) = program_info(c.program_id);
            Some(Shown {
                id: c.announcement_id,
                title: c.title.to_string(),
                body: c.body.to_string(),
                author: author.to_owned(),
                posted_at: None,
                program,
                lang,
            })
        }
        _ => None,
    });
    let posted = server.iter().map(|a| {
        let (program, lang) = program_info(a.program_id);
        Shown {
            id: a.id,
            title: a.title.clone(),
            body: a.body.clone(),
            author: a.author_name.clone(),
            posted_at: Some(a.posted_at),
            program,
            lang,
        }
    });
    waiting.chain(posted).collect()
}

#[component]
pub fn AnnouncementList(#[prop(into)] items: Signal<Vec<Shown>>) -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    let empty = move || items.with(Vec::is_empty);
    view! {
        <Show when=move || !empty() fallback=move || view! {
            <p class="empty">{i.tr("dashboard-no-announcements")}</p>
        }>
            <ul class="announcements">
                <For each=move || items.get() key=|a| (a.id, a.posted_at.is_some()) children=move |a| {
                    let meta = {
                        let a = a.clone();
                        move || {
                            let time = a.posted_at.map(|at| {
                                format::date_time(at, i.locale(), &session.time_zone())
                            });
                            match (&a.program, time) {
                                (_, None) => i.t("announce-pending"),
                                (Some(program), Some(time)) => i.t_with("announce-by-in", &[
                                    ("author", a.author.as_str().into()),
                                    ("program", program.as_str().into()),
                                    ("time", time.as_str().into()),
                                ]),
                                (None, Some(time)) => i.t_with("announce-by", &[
                                    ("author", a.author.as_str().into()),
                                    ("time", time.as_str().into()),
                                ]),
                            }
                        }
                    };
                    let pending = a.posted_at.is_none();
                    let lang = a.lang.map(Locale::tag);
                    view! {
                        <li class="announcement" class:announcement-pending=pending>
                            <article>
                                <h3 lang=lang>{a.title}</h3>
                                <p class="meta" class:badge-pending=pending>{meta}</p>
                                <p class="announcement-body" lang=lang>{a.body}</p>
                            </article>
                        </li>
                    }
                }/>
            </ul>
        </Show>
    }
}

/// The form coordinators and supervisors post announcements with.
#[component]
pub fn AnnouncementForm(program: ProgramId) -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let title = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    let title_error = RwSignal::new(None::<String>);
    let body_error = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<&'static str>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        status.set(None);
        let parsed_title = AnnouncementTitle::parse(&title.get_untracked());
        let parsed_body = AnnouncementBody::parse(&body.get_untracked());
        title_error.set(parsed_title.as_ref().err().map(|e| i.invalid(e)));
        body_error.set(parsed_body.as_ref().err().map(|e| i.invalid(e)));
        let (Ok(title_value), Ok(body_value)) = (parsed_title, parsed_body) else {
            focus(if title_error.get_untracked().is_some() {
                "announce-title"
            } else {
                "announce-body"
            });
            return;
        };
        sync.submit(Command::PostAnnouncement(PostAnnouncement {
            announcement_id: AnnouncementId(uuid::Uuid::new_v4()),
            program_id: program,
            title: title_value,
            body: body_value,
        }));
        title.set(String::new());
        body.set(String::new());
        status.set(Some(if sync.is_online() {
            "announce-posted"
        } else {
            "sync-queued"
        }));
    };
    view! {
        <form class="form" novalidate on:submit=submit>
            <TextField id="announce-title" label="announce-title" value=title error=title_error required=true/>
            <TextField id="announce-body" label="announce-body" value=body error=body_error multiline=true required=true/>
            <button type="submit" class="button button-primary">{i.tr("announce-post")}</button>
            <FormStatus message=Signal::derive(move || status.get().map(|key| i.t(key)))/>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use shared::ids::PersonId;

    fn post(n: u128, program: ProgramId) -> Pending {
        Pending::new(Command::PostAnnouncement(PostAnnouncement {
            announcement_id: AnnouncementId(uuid::Uuid::from_u128(n)),
            program_id: program,
            title: AnnouncementTitle::parse(&format!("Queued {n}")).unwrap(),
            body: AnnouncementBody::parse("Body").unwrap(),
        }))
    }

    fn posted(n: u128, program: ProgramId) -> Announcement {
        Announcement {
            id: AnnouncementId(uuid::Uuid::from_u128(n)),
            program_id: program,
            title: format!("Queued {n}"),
            body: "Body".into(),
            author_id: PersonId(uuid::Uuid::nil()),
            author_name: "Server".into(),
            posted_at: Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap(),
        }
    }

    #[test]
    fn queued_announcements_come_first_newest_first_and_only_until_the_server_has_them() {
        let here = ProgramId(uuid::Uuid::from_u128(1));
        let there = ProgramId(uuid::Uuid::from_u128(2));
        let queue = [post(10, here), post(11, there), post(12, here)];
        let server = [posted(10, here), posted(5, here)];

        let shown = merge(&server, &queue, Some(here), "Me", |_| (None, None));

        let titles: Vec<_> = shown
            .iter()
            .map(|a| (a.title.as_str(), a.posted_at.is_some()))
            .collect();
        assert_eq!(
            titles,
            [
                ("Queued 12", false),
                ("Queued 10", true),
                ("Queued 5", true)
            ]
        );
        assert_eq!(shown[0].author, "Me");
    }
}
