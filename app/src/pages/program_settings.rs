//! A program's name, description, language and time zone, changed by its coordinators.

use super::program::ProgramCtx;
use crate::components::program_form::{ProgramDraft, ProgramForm, ProgramValues};
use crate::i18n::use_i18n;
use crate::sync::use_sync;
use leptos::prelude::*;
use shared::command::{Command, UpdateProgram};
use shared::role::Role;

#[component]
pub fn ProgramSettingsPage() -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let ctx = expect_context::<ProgramCtx>();
    let status = RwSignal::new(None::<&'static str>);
    let Some(detail) = ctx.detail.get_untracked() else {
        return ().into_any();
    };
    if !detail.program.roles.contains(&Role::Coordinator) {
        return view! { <p class="form-alert" role="alert">{i.tr("error-forbidden")}</p> }
            .into_any();
    }
    let program = detail.program;
    let draft = ProgramDraft {
        name: program.name.clone(),
        description: program.description.clone(),
        locale: program.locale,
        time_zone: program.time_zone.to_string(),
    };
    let save = move |values: ProgramValues| {
        let Some(current) = ctx.detail.get_untracked().map(|d| d.program) else {
            return;
        };
        let update = UpdateProgram {
            program_id: current.id,
            name: (values.name.as_str() != current.name).then_some(values.name),
            description: (values.description.as_str() != current.description)
                .then_some(values.description),
            locale: (values.locale != current.locale).then_some(values.locale),
            time_zone: (values.time_zone != current.time_zone).then_some(values.time_zone),
        };
        if update.validate().is_err() {
            return status.set(Some("invalid-nothing-to-change"));
        }
        sync.submit(Command::UpdateProgram(update));
        status.set(Some(if sync.is_online() {
            "common-saved"
        } else {
            "sync-queued"
        }));
    };
    view! {
        <section class="panel" aria-labelledby="program-settings-heading">
            <h2 id="program-settings-heading">{i.tr("program-settings")}</h2>
            <ProgramForm draft submit_label="common-save" status on_submit=save/>
        </section>
    }
    .into_any()
}
