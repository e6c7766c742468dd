//! `GET /api/v1/live`: a WebSocket that pokes a signed-in person with the newest sequence of a
//! change they may see. It carries no data: the client pulls `/changes`, which is authorized per
//! person. The connection checks the session again every minute and closes when it ended.

use super::hub::{Memberships, Notice};
use super::presence;
use crate::auth::{CurrentUser, store as auth_store};
use crate::error::{AppError, AppResult};
use crate::programs::store as program_store;
use crate::review::access::project_access;
use crate::state::AppState;
use crate::web::same_origin;
use axum::extract::State;
use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::http::HeaderMap;
use axum::response::Response;
use shared::change::LiveMessage;
use shared::change::LiveRequest;
use shared::error::ErrorCode;
use shared::ids::ProjectId;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::broadcast::error::RecvError;

/// How often an open connection re-checks its session and memberships.
const RECHECK: Duration = Duration::from_secs(60);
/// How often the server pings, so proxies keep an idle connection open and dead peers are noticed.
const PING: Duration = Duration::from_secs(25);
/// Close code sent when the session ended (4000–4999 are free for applications).
pub const CLOSE_SESSION_ENDED: u16 = 4401;

#[utoipa::path(
    get, path = "/api/v1/live", tag = "sync",
    responses(
        (status = 101, description = "WebSocket: server sends LiveMessage JSON texts"),
        (status = 401, description = "Not signed in", body = shared::error::ApiError),
        (status = 403, description = "Cross-site connection refused", body = shared::error::ApiError),
    )
)]
pub async fn live(
    State(state): State<AppState>,
    user: CurrentUser,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> AppResult<Response> {
    if !same_origin(&headers, &state.settings) {
        return Err(AppError::Expected(ErrorCode::Forbidden));
    }
    Ok(upgrade.on_upgrade(move |socket| async move {
        let mut viewing = Viewing {
            id: uuid::Uuid::new_v4(),
            project: None,
        };
        if let Err(err) = connection(socket, &state, &user, &mut viewing).await {
            tracing::debug!(error = %err, "live connection ended");
        }
        if viewing.project.is_some()
            && let Err(err) =
                presence::viewing(&state, viewing.id, user.id(), viewing.project, None).await
        {
            tracing::debug!(error = %err, "clearing presence failed");
        }
    }))
}

async fn memberships(state: &AppState, user: &CurrentUser) -> AppResult<Memberships> {
    Ok(program_store::roles_by_program(&mut state.db.read(), user.id()).await?)
}

async fn send(socket: &mut WebSocket, message: &LiveMessage) -> Result<(), axum::Error> {
    let text = serde_json::to_string(message).unwrap_or_default();
    socket.send(Message::Text(text.into())).await
}

/// What one connection shows.
struct Viewing {
    id: uuid::Uuid,
    project: Option<ProjectId>,
}

/// Handles a message from the client: only `viewing` is understood; anything else is ignored.
async fn request(
    state: &AppState,
    user: &CurrentUser,
    viewing: &mut Viewing,
    text: &str,
) -> AppResult<()> {
    let Ok(LiveRequest::Viewing { project_id }) = serde_json::from_str::<LiveRequest>(text) else {
        return Ok(());
    };
    // Only a project the person may open counts; others are ignored, revealing nothing.
    let allowed = match project_id {
        Some(project) => project_access(&mut state.db.read(), user.id(), project)
            .await
            .is_ok(),
        None => true,
    };
    if allowed {
        presence::viewing(state, viewing.id, user.id(), viewing.project, project_id).await?;
        viewing.project = project_id;
    }
    Ok(())
}

async fn connection(
    mut socket: WebSocket,
    state: &AppState,
    user: &CurrentUser,
    viewing: &mut Viewing,
) -> AppResult<()> {
    let state = state.clone();
    let user = user.clone();
    let mut notices = state.hub.subscribe();
    let mut presence_changes = state.hub.subscribe_presence();
    let mut roles = memberships(&state, &user).await?;
    let mut shutdown = state.shutdown.clone();
    let mut recheck = tokio::time::interval(RECHECK);
    recheck.tick().await;
    let mut ping = tokio::time::interval(PING);
    ping.tick().await;
    let head = super::feed::head(&mut state.db.read()).await?;
    send(&mut socket, &LiveMessage::Hello { head })
        .await
        .map_err(|e| AppError::internal("live hello", e))?;

    loop {
        tokio::select! {
            notice = notices.recv() => {
                let seq = match notice {
                    Ok(notice) => match relevant(&state, &user, &mut roles, &notice).await? {
                        true => notice.seq,
                        false => continue,
                    },
                    // Fell behind: poke with the newest sequence; the pull sorts out the rest.
                    Err(RecvError::Lagged(_)) => state.hub.head(),
                    Err(RecvError::Closed) => return Ok(()),
                };
                if send(&mut socket, &LiveMessage::Poke { seq }).await.is_err() {
                    return Ok(());
                }
            }
            incoming = socket.recv() => match incoming {
                None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return Ok(()),
                Some(Ok(Message::Text(text))) => request(&state, &user, viewing, text.as_str()).await?,
                Some(Ok(_)) => {}
            },
            changed = presence_changes.recv() => {
                let project = match (changed, viewing.project) {
                    (Ok(project), Some(current)) if project == current => project,
                    // Fell behind: the current project may be among the missed ones.
                    (Err(RecvError::Lagged(_)), Some(current)) => current,
                    (Err(RecvError::Closed), _) => return Ok(()),
                    _ => continue,
                };
                let viewers = presence::viewers(&mut state.db.read(), project, state.now()).await?;
                let message = LiveMessage::Presence { project_id: project, viewers };
                if send(&mut socket, &message).await.is_err() {
                    return Ok(());
                }
            }
            _ = ping.tick() => {
                if socket.send(Message::Ping(Default::default())).await.is_err() {
                    return Ok(());
                }
            }
            _ = recheck.tick() => {
                let alive = auth_store::session(&mut state.db.read(), &user.token_hash, state.now())
                    .await?
                    .is_some();
                if !alive {
                    let frame = CloseFrame { code: CLOSE_SESSION_ENDED, reason: Utf8Bytes::from_static("session ended") };
                    let _ = socket.send(Message::Close(Some(frame))).await;
                    return Ok(());
                }
                roles = memberships(&state, &user).await?;
            }
            _ = shutdown.changed() => {
                let _ = socket.send(Message::Close(None)).await;
                return Ok(());
            }
        }
    }
}

/// Whether the notice concerns this person; reloads their memberships when it names them.
async fn relevant(
    state: &AppState,
    user: &CurrentUser,
    roles: &mut Memberships,
    notice: &Arc<Notice>,
) -> AppResult<bool> {
    if notice.names(user.id()) {
        *roles = memberships(state, user).await?;
    }
    Ok(notice.visible_to(user.id(), roles))
}
