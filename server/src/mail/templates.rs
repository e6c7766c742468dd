//! The text of each e-mail, rendered from the Fluent messages in the recipient's language.

use chrono::{DateTime, Utc};
use shared::i18n::{Arg, i18n};
use shared::locale::{Locale, TimeZoneName};
use shared::role::Role;

pub struct Rendered {
    pub subject: String,
    pub body: String,
}

fn with_signature(locale: Locale, body: String) -> String {
    format!("{body}\n\n{}\n", i18n().text(locale, "email-signature"))
}

/// A time as people read it in an e-mail: local date and time with the zone's name.
pub fn local_time(at: DateTime<Utc>, zone: &TimeZoneName) -> String {
    format!(
        "{} ({})",
        at.with_timezone(&zone.tz()).format("%Y-%m-%d %H:%M"),
        zone.as_str()
    )
}

pub struct InvitationMail<'a> {
    pub locale: Locale,
    pub program: &'a str,
    pub inviter: &'a str,
    pub role: Role,
    pub link: &'a str,
    pub expires: DateTime<Utc>,
    pub zone: &'a TimeZoneName,
}

pub fn invitation(m: &InvitationMail<'_>) -> Rendered {
    let t = i18n();
    let role = t.text(m.locale, &format!("role-{}", m.role.as_str()));
    let expires = local_time(m.expires, m.zone);
    let args: [(&str, Arg<'_>); 5] = [
        ("program", m.program.into()),
        ("inviter", m.inviter.into()),
        ("role", (&role).into()),
        ("link", m.link.into()),
        ("expires", (&expires).into()),
    ];
    Rendered {
        subject: t.text_with(m.locale, "email-invitation-subject", &args),
        body: with_signature(
            m.locale,
            t.text_with(m.locale, "email-invitation-body", &args),
        ),
    }
}

pub fn password_reset(locale: Locale, email: &str, link: &str) -> Rendered {
    let t = i18n();
    let args: [(&str, Arg<'_>); 2] = [("email", email.into()), ("link", link.into())];
    Rendered {
        subject: t.text(locale, "email-reset-subject"),
        body: with_signature(locale, t.text_with(locale, "email-reset-body", &args)),
    }
}

pub struct MentionMail<'a> {
    pub locale: Locale,
    pub author: &'a str,
    pub project: &'a str,
    pub excerpt: &'a str,
    pub link: &'a str,
}

/// "X mentioned you in project Y", with the start of the comment and a link.
pub fn mention(m: &MentionMail<'_>) -> Rendered {
    let t = i18n();
    let mut excerpt: String = m.excerpt.chars().take(400).collect();
    if m.excerpt.chars().count() > 400 {
        excerpt.push('…');
    }
    let args: [(&str, Arg<'_>); 4] = [
        ("author", m.author.into()),
        ("project", m.project.into()),
        ("excerpt", (&excerpt).into()),
        ("link", m.link.into()),
    ];
    Rendered {
        subject: t.text_with(m.locale, "email-mention-subject", &args),
        body: with_signature(m.locale, t.text_with(m.locale, "email-mention-body", &args)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn invitations_speak_the_recipients_language_and_name_the_local_time() {
        let zone = TimeZoneName::parse("Europe/Moscow").unwrap();
        let mail = invitation(&InvitationMail {
            locale: Locale::Ru,
            program: "Зимний поток",
            inviter: "Ирина Соколова",
            role: Role::Mentor,
            link: "https://example.org/invite/abc",
            expires: Utc.with_ymd_and_hms(2025, 1, 20, 9, 0, 0).unwrap(),
            zone: &zone,
        });
        assert_eq!(mail.subject, "Приглашение в программу «Зимний поток»");
        assert!(mail.body.contains("Ирина Соколова приглашает вас"));
        assert!(mail.body.contains("Ваша роль: тренер."));
        assert!(mail.body.contains("https://example.org/invite/abc"));
        assert!(mail.body.contains("2025-01-20 12:00 (Europe/Moscow)"));
        assert!(mail.body.ends_with("— Mentorhub\n"));
    }

    #[test]
    fn reset_mails_carry_the_link() {
        let mail = password_reset(Locale::Pl, "a@example.org", "https://x/reset?token=t");
        assert_eq!(mail.subject, "Zmiana hasła w Mentorhub");
        assert!(mail.body.contains("https://x/reset?token=t"));
        assert!(mail.body.contains("a@example.org"));
    }
}
