//! A section of a program (feedback, selection, booking), for the roles that open it. Their
//! tools come with later releases; until then each says so plainly. Review has its own pages
//! (`review.rs`, `project.rs`).

use super::program::{ProgramCtx, section_key};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use shared::role::{Section, sections_for};

#[component]
pub fn SectionPage(section: Section) -> impl IntoView {
    let i = use_i18n();
    let ctx = expect_context::<ProgramCtx>();
    let open = move || sections_for(&ctx.roles()).contains(&section);
    let intro = match section {
        Section::Review => "section-review-intro",
        Section::Feedback => "section-feedback-intro",
        Section::Selection => "section-selection-intro",
        Section::Booking => "section-booking-intro",
    };
    view! {
        <Show when=open fallback=move || view! {
            <p class="form-alert" role="alert">{i.tr("error-forbidden")}</p>
        }>
            <section class="panel" aria-labelledby="section-heading">
                <h2 id="section-heading">{i.tr(section_key(section))}</h2>
                <p>{i.tr(intro)}</p>
                <p class="empty">{i.tr("section-coming")}</p>
            </section>
        </Show>
    }
}
