//! "Also here: Anna, Dmitry": who else has the project open, announced politely.

use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::sync::use_sync;
use leptos::prelude::*;
use shared::ids::ProjectId;

#[component]
pub fn Presence(project: ProjectId) -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let session = use_session();
    let names = Memo::new(move |_| {
        sync.others_viewing(project, session.person())
            .into_iter()
            .map(|v| v.name)
            .collect::<Vec<_>>()
    });
    let text = move || {
        names.with(|n| {
            (!n.is_empty()).then(|| {
                i.t_with(
                    "review-also-here",
                    &[("names", n.join(", ").as_str().into())],
                )
            })
        })
    };
    view! {
        <p class="presence" role="status" aria-live="polite" aria-atomic="true">{text}</p>
    }
}
