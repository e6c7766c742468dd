//! Reminding mentors of past sessions they have not marked (only marked sessions are settled).
//! Runs beside the server; each session is reminded about once, by whichever instance gets it.

use super::store::{bookings, config};
use crate::auth::store as people;
use crate::error::AppResult;
use crate::mail::store as mail_store;
use crate::mail::templates::local_time;
use crate::state::AppState;
use chrono::Duration;
use shared::i18n::{Arg, i18n};
use shared::locale::TimeZoneName;
use shared::text::Email;

/// How long after its end an unmarked session is reminded about.
pub const GRACE: Duration = Duration::hours(2);

/// Sends the reminders due now; returns how many were sent.
pub async fn remind_due(state: &AppState) -> AppResult<usize> {
    let now = state.now();
    let due = bookings::unmarked_unreminded(&mut state.db.read(), now - GRACE).await?;
    let mut sent = 0;
    for row in due {
        let Some(b) = row.booking() else { continue };
        let mut tx = state.db.begin().await?;
        if !bookings::set_reminded(&mut tx.conn(), b.id, now).await? {
            continue;
        }
        let Some(mentor) = people::person(&mut tx.conn(), b.mentor).await? else {
            continue;
        };
        let session = config::session_type(&mut tx.conn(), b.session_type)
            .await?
            .map(|t| t.name.as_str().to_owned())
            .unwrap_or_default();
        let zone = TimeZoneName::parse(&mentor.time_zone).unwrap_or_else(|_| TimeZoneName::utc());
        let when = local_time(b.start, &zone);
        let link = format!(
            "{}/programs/{}/booking",
            state.settings.public_url, b.program
        );
        let locale = mentor.locale();
        let args: [(&str, Arg<'_>); 4] = [
            ("session", session.as_str().into()),
            ("client", row.client_name.as_str().into()),
            ("when", (&when).into()),
            ("link", link.as_str().into()),
        ];
        let t = i18n();
        let subject = t.text_with(locale, "email-unmarked-subject", &args);
        let body = format!(
            "{}\n\n{}\n",
            t.text_with(locale, "email-unmarked-body", &args),
            t.text(locale, "email-signature")
        );
        mail_store::enqueue(
            &mut tx.conn(),
            &Email::parse(&mentor.email)?,
            &subject,
            &body,
            now,
        )
        .await?;
        tx.commit().await?;
        sent += 1;
    }
    if sent > 0 {
        state.mailer.wake();
    }
    Ok(sent)
}

/// Looks for unmarked sessions every ten minutes until shutdown.
pub async fn run(state: AppState) {
    let mut shutdown = state.shutdown.clone();
    loop {
        if let Err(err) = remind_due(&state).await {
            tracing::warn!(error = %err, "sending reminders failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_secs(600)) => {}
            _ = shutdown.changed() => return,
        }
    }
}
