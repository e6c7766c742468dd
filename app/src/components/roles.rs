//! A person's roles as a list of badges.

use crate::i18n::{I18n, use_i18n};
use leptos::prelude::*;
use shared::role::Role;

/// The translated name of a role.
pub fn role_name(i: I18n, role: Role) -> String {
    i.t(&format!("role-{role}"))
}

#[component]
pub fn RoleList(#[prop(into)] roles: Signal<Vec<Role>>) -> impl IntoView {
    let i = use_i18n();
    view! {
        <ul class="roles">
            <For each=move || roles.get() key=|r| *r let:role>
                <li class="role">{move || role_name(i, role)}</li>
            </For>
        </ul>
    }
}
