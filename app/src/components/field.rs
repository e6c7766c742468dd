//! Labelled form controls with their hint and error linked for assistive technology
//! (`aria-describedby`, `aria-invalid`), and the form-level messages.

use crate::i18n::use_i18n;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Moves keyboard focus to the element with `id` (the first invalid field after a submit),
/// scrolling it into view.
pub fn focus(id: &str) {
    if let Some(element) = element(id) {
        let _ = element.focus();
    }
}

/// Moves keyboard focus to the element with `id` without scrolling (the main region after a
/// navigation, which starts at the top of the page).
pub fn focus_in_place(id: &str) {
    if let Some(element) = element(id) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}

/// The ids an input is described by: its hint and, when shown, its error.
fn described_by(hint: Option<&str>, error: Option<&str>) -> Option<String> {
    let ids: Vec<&str> = hint.into_iter().chain(error).collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A text input (or a textarea with `multiline`) with its label, hint and error. `label` and
/// `hint` are message ids.
#[component]
pub fn TextField(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(optional, into)] error: MaybeProp<String>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let i = use_i18n();
    let error_id = format!("{id}-error");
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let described = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || described_by(hint_id.as_deref(), error.get().map(|_| error_id.as_str()))
    };
    let invalid = move || error.get().map(|_| "true");
    let on_input = move |ev| value.set(event_target_value(&ev));
    let control = if multiline {
        view! {
            <textarea id=id name=id rows="6" required=required aria-invalid=invalid
                aria-describedby=described prop:value=move || value.get() on:input=on_input>
            </textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id name=id type=kind autocomplete=autocomplete required=required
                aria-invalid=invalid aria-describedby=described
                prop:value=move || value.get() on:input=on_input />
        }
        .into_any()
    };
    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id>{i.tr(label)}</label>
            {hint.zip(hint_id).map(|(hint, hint_id)| view! {
                <p class="hint" id=hint_id>{i.tr(hint)}</p>
            })}
            {control}
            {move || error.get().map(|message| view! {
                <p class="field-error" id=error_id.clone()>{message}</p>
            })}
        </div>
    }
}

/// A `<select>` with its label and error; `options` are `(value, text)` pairs.
#[component]
pub fn SelectField(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(optional, into)] error: MaybeProp<String>,
) -> impl IntoView {
    let i = use_i18n();
    let error_id = format!("{id}-error");
    let described = {
        let error_id = error_id.clone();
        move || error.get().map(|_| error_id.clone())
    };
    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id>{i.tr(label)}</label>
            <select id=id name=id aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=described
                on:change=move |ev| value.set(event_target_value(&ev))>
                {move || options.get().into_iter().map(|(option, text)| {
                    let selected = option.clone();
                    view! {
                        <option value=option prop:selected=move || value.get() == selected>
                            {text}
                        </option>
                    }
                }).collect_view()}
            </select>
            {move || error.get().map(|message| view! {
                <p class="field-error" id=error_id.clone()>{message}</p>
            })}
        </div>
    }
}

/// A form-level error, announced when it appears.
#[component]
pub fn FormAlert(id: &'static str, #[prop(into)] message: Signal<Option<String>>) -> impl IntoView {
    view! {
        <div id=id class="form-alert-region" role="alert">
            {move || message.get().map(|m| view! { <p class="form-alert">{m}</p> })}
        </div>
    }
}

/// A form-level confirmation, announced politely.
#[component]
pub fn FormStatus(#[prop(into)] message: Signal<Option<String>>) -> impl IntoView {
    view! {
        <div class="form-status-region" role="status">
            {move || message.get().map(|m| view! { <p class="form-status">{m}</p> })}
        </div>
    }
}
