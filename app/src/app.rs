//! The application shell: contexts, header, routes.

use crate::components::header::Header;
use crate::components::load::SignedIn;
use crate::components::notices::Rejections;
use crate::i18n::provide_i18n;
use crate::pages::compare::ComparePage;
use crate::pages::dashboard::DashboardPage;
use crate::pages::forgot_password::ForgotPasswordPage;
use crate::pages::invitation::InvitationPage;
use crate::pages::members::MembersPage;
use crate::pages::new_program::NewProgramPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::program::{ProgramLayout, ProgramOverview};
use crate::pages::program_settings::ProgramSettingsPage;
use crate::pages::project::{LatestVersion, NumberedVersion, ProjectLayout};
use crate::pages::reset_password::ResetPasswordPage;
use crate::pages::review::ReviewPage;
use crate::pages::section::SectionPage;
use crate::pages::settings::SettingsPage;
use crate::pages::sign_in::SignInPage;
use crate::session::provide_session;
use crate::sync::provide_sync;
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;
use shared::role::Section;

#[component]
pub fn App() -> impl IntoView {
    let i18n = provide_i18n();
    let sync = provide_sync();
    provide_session(i18n, sync);
    view! {
        <Router>
            <Header/>
            <main id="main" tabindex="-1">
                <FocusOnNavigation/>
                <Rejections/>
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/sign-in") view=SignInPage/>
                    <Route path=path!("/forgot-password") view=ForgotPasswordPage/>
                    <Route path=path!("/reset-password") view=ResetPasswordPage/>
                    <Route path=path!("/invite/:token") view=InvitationPage/>
                    <Route path=path!("/") view=|| view! { <SignedIn><DashboardPage/></SignedIn> }/>
                    <Route path=path!("/settings") view=|| view! { <SignedIn><SettingsPage/></SignedIn> }/>
                    <Route path=path!("/programs/new") view=|| view! { <SignedIn><NewProgramPage/></SignedIn> }/>
                    <ParentRoute path=path!("/programs/:id") view=|| view! { <SignedIn><ProgramLayout/></SignedIn> }>
                        <Route path=path!("") view=ProgramOverview/>
                        <Route path=path!("review") view=ReviewPage/>
                        <Route path=path!("feedback") view=|| view! { <SectionPage section=Section::Feedback/> }/>
                        <Route path=path!("selection") view=|| view! { <SectionPage section=Section::Selection/> }/>
                        <Route path=path!("booking") view=|| view! { <SectionPage section=Section::Booking/> }/>
                        <Route path=path!("members") view=MembersPage/>
                        <Route path=path!("settings") view=ProgramSettingsPage/>
                    </ParentRoute>
                    <ParentRoute path=path!("/projects/:id") view=|| view! { <SignedIn><ProjectLayout/></SignedIn> }>
                        <Route path=path!("") view=LatestVersion/>
                        <Route path=path!("versions/:n") view=NumberedVersion/>
                        <Route path=path!("compare") view=ComparePage/>
                    </ParentRoute>
                </Routes>
            </main>
        </Router>
    }
}

/// After each client-side navigation, moves focus to the main region, so keyboard and
/// screen-reader users start reading the new page from its top.
#[component]
fn FocusOnNavigation() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            crate::components::field::focus_in_place("main");
        }
        path
    });
}
