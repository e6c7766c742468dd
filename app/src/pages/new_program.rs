//! Opening a new program (administrators of the instance). Its creator becomes its first
//! coordinator.

use super::use_title;
use crate::components::program_form::{ProgramDraft, ProgramForm, ProgramValues};
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::sync::use_sync;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use shared::command::{Command, CreateProgram};
use shared::ids::ProgramId;

#[component]
pub fn NewProgramPage() -> impl IntoView {
    let i = use_i18n();
    let session = use_session();
    let sync = use_sync();
    let navigate = use_navigate();
    use_title(i.tr("dashboard-new-program"));
    let Some(me) = session.me_untracked().filter(|me| me.is_admin) else {
        return view! { <p class="form-alert" role="alert">{i.tr("error-forbidden")}</p> }
            .into_any();
    };
    let draft = ProgramDraft {
        locale: i.locale_untracked(),
        time_zone: me.time_zone.to_string(),
        ..ProgramDraft::default()
    };
    let create = move |values: ProgramValues| {
        sync.submit(Command::CreateProgram(CreateProgram {
            program_id: ProgramId(uuid::Uuid::new_v4()),
            name: values.name,
            description: values.description,
            locale: values.locale,
            time_zone: values.time_zone,
        }));
        navigate("/", Default::default());
    };
    view! {
        <h1>{i.tr("dashboard-new-program")}</h1>
        <section class="panel">
            <ProgramForm draft submit_label="program-create" status=Signal::stored(None)
                on_submit=create/>
        </section>
    }
    .into_any()
}
