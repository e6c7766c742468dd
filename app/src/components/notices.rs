//! Changes the server refused, each with what it was and the server's reason, until dismissed.

use crate::i18n::{I18n, use_i18n};
use crate::sync::use_sync;
use leptos::prelude::*;
use shared::command::Command;

/// A short description of a command, for telling the person which change failed.
pub fn describe(i: I18n, command: &Command) -> String {
    match command {
        Command::UpdateProfile(_) => i.t("command-update-profile"),
        Command::CreateProgram(c) => i.t_with(
            "command-create-program",
            &[("name", c.name.as_str().into())],
        ),
        Command::UpdateProgram(_) => i.t("command-update-program"),
        Command::InviteMember(c) => i.t_with(
            "command-invite-member",
            &[("email", c.email.as_str().into())],
        ),
        Command::RevokeInvitation(_) => i.t("command-revoke-invitation"),
        Command::GrantRole(c) => i.t_with(
            "command-grant-role",
            &[("role", i.t(&format!("role-{}", c.role)).as_str().into())],
        ),
        Command::RevokeRole(c) => i.t_with(
            "command-revoke-role",
            &[("role", i.t(&format!("role-{}", c.role)).as_str().into())],
        ),
        Command::PostAnnouncement(c) => i.t_with(
            "command-post-announcement",
            &[("title", c.title.as_str().into())],
        ),
        Command::CreateProject(c) => i.t_with(
            "command-create-project",
            &[("title", c.title.as_str().into())],
        ),
        other => i.t(&format!("command-{}", other.type_name().replace('_', "-"))),
    }
}

#[component]
pub fn Rejections() -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    view! {
        <div class="notices" role="alert">
            <For each=move || sync.rejections() key=|r| r.id children=move |rejection| {
                let id = rejection.id;
                let command = rejection.command;
                let message = rejection.message;
                view! {
                    <div class="notice notice-error">
                        <p>
                            {move || i.t_with("sync-rejected", &[
                                ("what", describe(i, &command).as_str().into()),
                                ("message", message.as_str().into()),
                            ])}
                        </p>
                        <button type="button" class="button button-quiet"
                            on:click=move |_| sync.dismiss(id)>
                            {i.tr("common-dismiss")}
                        </button>
                    </div>
                }
            }/>
        </div>
    }
}
