//! The connection state in the header: online, syncing, or offline with the number of changes
//! waiting on this device. A polite live region, so screen readers hear when it changes.

use crate::i18n::use_i18n;
use crate::sync::{Connection, use_sync};
use leptos::prelude::*;

#[component]
pub fn ConnectionStatus() -> impl IntoView {
    let i = use_i18n();
    let sync = use_sync();
    let connection = Memo::new(move |_| sync.connection());
    let unsent = Memo::new(move |_| sync.unsent());
    let text = move || {
        let state = match connection.get() {
            Connection::Online => i.t("status-online"),
            Connection::Syncing => i.t("status-syncing"),
            Connection::Offline => i.t("status-offline"),
        };
        match unsent.get() {
            0 => state,
            n => format!(
                "{state} · {}",
                i.t_with("status-unsent", &[("count", n.into())])
            ),
        }
    };
    let class = move || match connection.get() {
        Connection::Online => "status status-online",
        Connection::Syncing => "status status-syncing",
        Connection::Offline => "status status-offline",
    };
    view! {
        <p class=class role="status" aria-live="polite" aria-atomic="true" id="connection-status">
            <span class="visually-hidden">{i.tr("status-label")}": "</span>
            <span class="status-dot" aria-hidden="true"></span>
            <span>{text}</span>
        </p>
    }
}
