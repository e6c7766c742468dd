//! The fields of a comment (a new thread's first comment or a reply): its text, an optional
//! suggested replacement for the passage, and the participants to notify.

use crate::i18n::{I18n, use_i18n};
use leptos::prelude::*;
use shared::ids::PersonId;
use shared::review::wire::Participant;
use shared::text::{CommentBody, SuggestedText};

/// What a comment form holds. Copy it into closures freely.
#[derive(Clone, Copy)]
pub struct Draft {
    pub body: RwSignal<String>,
    pub body_error: RwSignal<Option<String>>,
    pub suggest: RwSignal<bool>,
    pub suggestion: RwSignal<String>,
    pub suggestion_error: RwSignal<Option<String>>,
    pub mentions: RwSignal<Vec<PersonId>>,
}

/// A comment's values once they passed validation.
pub struct Written {
    pub body: CommentBody,
    pub suggestion: Option<SuggestedText>,
    pub mentions: Vec<PersonId>,
}

impl Draft {
    pub fn new() -> Self {
        Self {
            body: RwSignal::new(String::new()),
            body_error: RwSignal::new(None),
            suggest: RwSignal::new(false),
            suggestion: RwSignal::new(String::new()),
            suggestion_error: RwSignal::new(None),
            mentions: RwSignal::new(Vec::new()),
        }
    }

    pub fn clear(self) {
        self.body.set(String::new());
        self.body_error.set(None);
        self.suggest.set(false);
        self.suggestion.set(String::new());
        self.suggestion_error.set(None);
        self.mentions.set(Vec::new());
    }

    /// The validated values; on failure the errors are shown and `None` is returned.
    /// `may_mention` filters the mentions (a private note never names the mentee).
    pub fn written(self, i: I18n, may_mention: impl Fn(PersonId) -> bool) -> Option<Written> {
        let body = CommentBody::parse(&self.body.get_untracked());
        self.body_error
            .set(body.as_ref().err().map(|e| i.invalid(e)));
        let suggestion = if self.suggest.get_untracked() {
            let parsed = SuggestedText::parse(&self.suggestion.get_untracked());
            self.suggestion_error
                .set(parsed.as_ref().err().map(|e| i.invalid(e)));
            Some(parsed.ok()?)
        } else {
            self.suggestion_error.set(None);
            None
        };
        let mentions = self
            .mentions
            .get_untracked()
            .into_iter()
            .filter(|p| may_mention(*p))
            .collect();
        Some(Written {
            body: body.ok()?,
            suggestion,
            mentions,
        })
    }
}

/// The fields of a comment form. `prefix` makes the ids unique on the page; `passage` is what
/// a suggestion starts from; `people` are those who may be mentioned.
#[component]
pub fn CommentFields(
    prefix: String,
    draft: Draft,
    #[prop(into)] passage: Signal<String>,
    #[prop(into)] people: Signal<Vec<Participant>>,
    #[prop(default = "review-comment")] label: &'static str,
) -> impl IntoView {
    let i = use_i18n();
    let body_id = format!("{prefix}-body");
    let body_error_id = format!("{prefix}-body-error");
    let suggestion_id = format!("{prefix}-suggestion");
    let suggestion_error_id = format!("{prefix}-suggestion-error");
    let toggle = move |ev| {
        let on = event_target_checked(&ev);
        if on && draft.suggestion.get_untracked().is_empty() {
            draft.suggestion.set(passage.get_untracked());
        }
        draft.suggest.set(on);
    };
    let field_error = move |error: RwSignal<Option<String>>, id: String| {
        move || {
            error
                .get()
                .map(|m| view! { <p class="field-error" id=id.clone()>{m}</p> })
        }
    };
    view! {
        <div class="field" class:field-invalid=move || draft.body_error.get().is_some()>
            <label for=body_id.clone()>{i.tr(label)}</label>
            <textarea id=body_id.clone() rows="4" required
                aria-invalid=move || draft.body_error.get().map(|_| "true")
                aria-describedby={let id = body_error_id.clone(); move || draft.body_error.get().map(|_| id.clone())}
                prop:value=move || draft.body.get()
                on:input=move |ev| draft.body.set(event_target_value(&ev))>
            </textarea>
            {field_error(draft.body_error, body_error_id.clone())}
        </div>
        <label class="check">
            <input type="checkbox" prop:checked=move || draft.suggest.get() on:change=toggle/>
            {i.tr("review-suggest")}
        </label>
        <Show when=move || draft.suggest.get()>
            <div class="field" class:field-invalid=move || draft.suggestion_error.get().is_some()>
                <label for=suggestion_id.clone()>{i.tr("review-suggestion")}</label>
                <p class="hint">{i.tr("review-suggestion-hint")}</p>
                <textarea id=suggestion_id.clone() rows="3"
                    prop:value=move || draft.suggestion.get()
                    on:input=move |ev| draft.suggestion.set(event_target_value(&ev))>
                </textarea>
                {field_error(draft.suggestion_error, suggestion_error_id.clone())}
            </div>
        </Show>
        <Show when=move || !people.with(Vec::is_empty)>
            <fieldset class="mentions">
                <legend>{i.tr("review-mention")}</legend>
                <For each=move || people.get() key=|p| p.person_id children=move |person| {
                    let id = person.person_id;
                    let role = person.role;
                    view! {
                        <label class="check">
                            <input type="checkbox"
                                prop:checked=move || draft.mentions.with(|m| m.contains(&id))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    draft.mentions.update(|m| {
                                        m.retain(|p| *p != id);
                                        if on {
                                            m.push(id);
                                        }
                                    });
                                }/>
                            {person.name}
                            " ("{move || super::role_name(i, role)}")"
                        </label>
                    }
                }/>
            </fieldset>
        </Show>
    }
}
