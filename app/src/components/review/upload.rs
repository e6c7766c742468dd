//! Uploading a new version (the project's owner): the file goes up with visible progress, then
//! the `add_version` command makes it a version. Uploading needs the network, and says so.

use super::ProjectCtx;
use crate::api::upload::{Progress, upload};
use crate::components::field::{FormAlert, FormStatus};
use crate::i18n::use_i18n;
use crate::sync::use_sync;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::command::{AddVersion, Command};
use shared::ids::VersionId;
use shared::text::VersionNote;

/// The file types the server reads.
const ACCEPT: &str = ".md,.markdown,.txt,.text,.docx,.pdf,text/markdown,text/plain,application/pdf,\
application/vnd.openxmlformats-officedocument.wordprocessingml.document";

#[derive(Clone, Copy, Debug, PartialEq)]
enum Stage {
    Idle,
    Sending(Progress),
    Done,
}

#[component]
pub fn UploadForm(ctx: ProjectCtx) -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let file_ref = NodeRef::<leptos::html::Input>::new();
    let note = RwSignal::new(String::new());
    let stage = RwSignal::new(Stage::Idle);
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let online = move || sync.is_online();
    let busy = move || matches!(stage.get(), Stage::Sending(_));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        done.set(None);
        let file = file_ref
            .get_untracked()
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        let Some(file) = file else {
            error.set(Some(i.t("upload-choose")));
            return;
        };
        let note_value = match VersionNote::parse(&note.get_untracked()) {
            Ok(n) => n,
            Err(invalid) => return error.set(Some(i.invalid(&invalid))),
        };
        if !sync.is_online() {
            error.set(Some(i.t("upload-offline")));
            return;
        }
        let name = file.name();
        stage.set(Stage::Sending(Progress {
            sent: 0.0,
            total: file.size(),
        }));
        spawn_local(async move {
            let result = upload(ctx.id, &file, move |p| stage.set(Stage::Sending(p))).await;
            match result {
                Ok(receipt) => {
                    sync.submit(Command::AddVersion(AddVersion {
                        version_id: VersionId(uuid::Uuid::new_v4()),
                        project_id: ctx.id,
                        upload_id: receipt.upload_id,
                        note: note_value,
                    }));
                    stage.set(Stage::Done);
                    note.set(String::new());
                    if let Some(input) = file_ref.get_untracked() {
                        input.set_value("");
                    }
                    done.set(Some(
                        i.t_with("upload-done", &[("name", name.as_str().into())]),
                    ));
                }
                Err(err) => {
                    stage.set(Stage::Idle);
                    error.set(Some(if err == crate::api::Error::Network {
                        i.t("upload-failed-network")
                    } else {
                        err.message(i.locale_untracked())
                    }));
                }
            }
        });
    };
    let percent = move || match stage.get() {
        Stage::Sending(p) => Some(p.percent()),
        Stage::Done => Some(100),
        Stage::Idle => None,
    };
    view! {
        <form class="form" on:submit=submit novalidate aria-labelledby="upload-heading">
            <h3 id="upload-heading">{i.tr("upload-title")}</h3>
            <div class="field">
                <label for="upload-file">{i.tr("upload-file")}</label>
                <p class="hint" id="upload-file-hint">{i.tr("upload-file-hint")}</p>
                <input id="upload-file" type="file" accept=ACCEPT node_ref=file_ref aria-describedby="upload-file-hint"/>
            </div>
            <div class="field">
                <label for="upload-note">{i.tr("upload-note")}</label>
                <textarea id="upload-note" rows="3" prop:value=move || note.get()
                    on:input=move |ev| note.set(event_target_value(&ev))></textarea>
            </div>
            <Show when=move || !online()>
                <p class="notice-offline">{i.tr("upload-offline")}</p>
            </Show>
            <button type="submit" class="button button-primary" disabled=move || busy() || !online()>
                {i.tr("upload-submit")}
            </button>
            {move || percent().map(|p| view! {
                <div class="upload-progress">
                    <progress id="upload-progress" max="100" value=p.to_string() aria-label=i.tr("upload-progress-label")></progress>
                    <span>{move || if p < 100 || busy() { i.t_with("upload-percent", &[("percent", i64::from(p).into())]) } else { i.t("upload-sent") }}</span>
                </div>
            })}
            <FormAlert id="upload-error" message=error/>
            <FormStatus message=done/>
        </form>
    }
}
