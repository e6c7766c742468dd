//! Opening and accepting an invitation link. These happen before the invitee may have an account,
//! so they are plain endpoints rather than commands; accepting still appends to the change feed.

use super::store::{self, InvitationRow};
use crate::auth::{CurrentUser, password, session, store as people_store, token};
use crate::error::{AppError, AppResult};
use crate::extract::ApiJson;
use crate::programs::commands::membership_changed;
use crate::programs::store as program_store;
use crate::state::AppState;
use crate::sync::feed::{self, Audience, NewChange};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use shared::api::{AcceptInvitation, InvitationPreview, InvitationStatus, Session};
use shared::change::Event;
use shared::error::ErrorCode;
use shared::ids::{InvitationId, PersonId};
use shared::locale::TimeZoneName;
use shared::role::Role;
use shared::text::{DisplayName, Email, NewPassword};

async fn pending(state: &AppState, secret: &str) -> AppResult<InvitationRow> {
    let row = store::by_token_hash(&mut state.db.read(), &token::hash(secret))
        .await?
        .ok_or(ErrorCode::InvitationInvalid)?;
    if row.status(state.now()) != InvitationStatus::Pending {
        return Err(ErrorCode::InvitationInvalid.into());
    }
    Ok(row)
}

#[utoipa::path(
    get, path = "/api/v1/invitations/{token}", tag = "accounts",
    params(("token" = String, Path, description = "The secret from the invitation link")),
    responses(
        (status = 200, description = "What the invitation offers", body = InvitationPreview),
        (status = 410, description = "Unknown, used, revoked or expired", body = shared::error::ApiError),
    )
)]
pub async fn preview(
    State(state): State<AppState>,
    Path(secret): Path<String>,
) -> AppResult<Json<InvitationPreview>> {
    let row = pending(&state, &secret).await?;
    let email = Email::parse(&row.email)?;
    let mut conn = state.db.read();
    let program = program_store::program(&mut conn, row.program())
        .await?
        .ok_or(ErrorCode::InvitationInvalid)?;
    let account_exists = people_store::person_by_email(&mut conn, &email)
        .await?
        .is_some();
    Ok(Json(InvitationPreview {
        program_name: program.name,
        role: row.role(),
        email,
        account_exists,
        expires_at: row.expires_at,
    }))
}

/// A new account to create on acceptance, prepared (password hashed) before the transaction.
struct NewAccount {
    display_name: DisplayName,
    password_hash: String,
    locale: shared::locale::Locale,
    time_zone: TimeZoneName,
}

#[utoipa::path(
    post, path = "/api/v1/invitations/{token}/accept", tag = "accounts",
    params(("token" = String, Path, description = "The secret from the invitation link")),
    request_body = AcceptInvitation,
    responses(
        (status = 200, description = "Accepted; the session of the (new) member", body = Session),
        (status = 401, description = "An account exists for the address: sign in first", body = shared::error::ApiError),
        (status = 403, description = "Signed in as someone else", body = shared::error::ApiError),
        (status = 410, description = "Unknown, used, revoked or expired", body = shared::error::ApiError),
        (status = 422, description = "Name or password invalid", body = shared::error::ApiError),
    )
)]
pub async fn accept(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Path(secret): Path<String>,
    ApiJson(body): ApiJson<AcceptInvitation>,
) -> AppResult<Response> {
    let row = pending(&state, &secret).await?;
    let email = Email::parse(&row.email)?;
    let new_account = match &user {
        Some(user) if user.person.email != email.as_str() => {
            return Err(ErrorCode::InvitationForSomeoneElse.into());
        }
        Some(_) => None,
        None => {
            if people_store::person_by_email(&mut state.db.read(), &email)
                .await?
                .is_some()
            {
                return Err(ErrorCode::Unauthenticated.into());
            }
            let display_name =
                DisplayName::parse(body.display_name.as_deref().unwrap_or_default())?;
            let new_password = NewPassword::parse(body.password.as_deref().unwrap_or_default())?;
            let program = program_store::program(&mut state.db.read(), row.program())
                .await?
                .ok_or(ErrorCode::InvitationInvalid)?;
            let time_zone = match body.time_zone.as_deref() {
                Some(tz) => TimeZoneName::parse(tz)?,
                None => program.time_zone(),
            };
            Some(NewAccount {
                display_name,
                password_hash: password::hash(new_password.expose().to_owned()).await?,
                locale: body.locale.unwrap_or_else(|| program.locale()),
                time_zone,
            })
        }
    };

    let now = state.now();
    let mut tx = state.db.begin().await?;
    let (person, new_session) = match (&user, new_account) {
        (Some(user), _) => (user.id(), None),
        (None, Some(account)) => {
            let id = PersonId(uuid::Uuid::new_v4());
            people_store::insert_person(
                &mut tx.conn(),
                people_store::NewPerson {
                    id,
                    email: &email,
                    display_name: account.display_name.as_str(),
                    password_hash: &account.password_hash,
                    locale: account.locale,
                    time_zone: &account.time_zone,
                    is_admin: false,
                    now,
                },
            )
            .await?;
            (id, Some(session::start(&mut tx.conn(), id, now).await?))
        }
        (None, None) => return Err(AppError::internal("accepting", "no account to use")),
    };
    if !store::mark_accepted(&mut tx.conn(), InvitationId(row.id), person, now).await? {
        return Err(ErrorCode::InvitationInvalid.into());
    }
    program_store::grant(&mut tx.conn(), row.program(), person, row.role(), now).await?;
    let accepted = store::by_id(&mut tx.conn(), InvitationId(row.id))
        .await?
        .and_then(|r| r.to_wire(now));
    let mut changes = vec![membership_changed(&mut tx.conn(), row.program(), person).await?];
    if let Some(invitation) = accepted {
        changes.push(NewChange::new(
            Event::InvitationChanged(invitation),
            [Audience::Role(row.program(), Role::Coordinator)],
        ));
    }
    feed::append(&mut tx, now, None, changes).await?;
    let me = people_store::person(&mut tx.conn(), person)
        .await?
        .ok_or(ErrorCode::NotFound)?;
    tx.commit().await?;
    state.hub.wake();

    Ok(match (new_session, user) {
        (Some((token, csrf_token)), _) => (
            [(
                header::SET_COOKIE,
                session::session_cookie(&token, state.settings.secure_cookies),
            )],
            Json(Session {
                person: me.to_me(),
                csrf_token,
            }),
        )
            .into_response(),
        (None, Some(user)) => Json(Session {
            person: me.to_me(),
            csrf_token: user.csrf_token,
        })
        .into_response(),
        (None, None) => return Err(AppError::internal("accepting", "no session")),
    })
}
