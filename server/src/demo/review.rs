//! The review part of the demo, played through the real command pipeline as its people: pairs
//! and supervision, stages, Elena's project with a Markdown version and a Word version, open and
//! resolved threads, a suggestion accepted, a private note, a comment carried onto the second
//! version and one orphaned by it.

use super::docx::{self, Para};
use super::story::{Cast, Story};
use crate::error::{AppError, AppResult};
use crate::review::store::projects as review_store;
use crate::review::uploads::store_upload;
use axum::body::Bytes;
use chrono::{DateTime, Duration, Utc};
use shared::command::*;
use shared::ids::*;
use shared::review::anchor::anchor_at;
use shared::text::*;
use uuid::Uuid;

const V1: &str = "# Стратегия личной продуктивности

## Запрос

Я хочу навести порядок в работе над своим проектом: сейчас задачи расползаются, и к вечеру я не понимаю, что сделано.

## Цель по SMART

К 23 февраля закрыть 12 из 15 задач проекта «Онлайн-курс по керамике» и вести ежедневный учёт.

## План

- Каждое утро планирую три главные задачи на день.
- Я буду работать по 12 часов в день без выходных.
- По пятницам провожу обзор недели и отправляю тренеру стендап.

## Результат

Результат: стать продуктивнее.
";

fn v2() -> AppResult<Vec<u8>> {
    docx::build(&[
        Para::Heading(1, "Стратегия личной продуктивности"),
        Para::Heading(2, "Запрос"),
        Para::Text("Я хочу навести порядок в работе над своим проектом: сейчас задачи расползаются, и к вечеру я не понимаю, что сделано."),
        Para::Heading(2, "Цель по SMART"),
        Para::Text("К 23 февраля закрыть 12 из 15 задач проекта «Онлайн-курс по керамике» и вести ежедневный учёт."),
        Para::Heading(2, "План"),
        Para::Bullet("Каждое утро планирую три главные задачи на день."),
        Para::Bullet("Работаю не больше восьми часов, воскресенье — полный отдых."),
        Para::Bullet("По пятницам провожу обзор недели и отправляю тренеру стендап."),
        Para::Heading(2, "Восстановление"),
        Para::Text("Прогулка после обеда и сон не меньше семи часов."),
        Para::Heading(2, "Результат"),
        Para::Text("Результат: к 23 февраля закрыть 12 из 15 задач проекта."),
    ])
    .map_err(|e| AppError::internal("building the demo document", e))
}

impl Story {
    async fn thread(
        &self,
        who: PersonId,
        version: VersionId,
        quote: &str,
        body: &str,
        private: bool,
        suggestion: Option<&str>,
    ) -> AppResult<(ThreadId, CommentId)> {
        let text = review_store::version(&mut self.state.db.read(), version)
            .await?
            .map(|v| v.body().text)
            .unwrap_or_default();
        let byte = text
            .find(quote)
            .ok_or_else(|| AppError::internal("seeding the demo", format!("no {quote:?}")))?;
        let start = text[..byte].chars().count();
        let (thread, comment) = (ThreadId(Uuid::new_v4()), CommentId(Uuid::new_v4()));
        self.run(
            who,
            Command::StartThread(StartThread {
                thread_id: thread,
                comment_id: comment,
                version_id: version,
                anchor: anchor_at(&text, start, start + quote.chars().count()),
                body: CommentBody::parse(body)?,
                suggestion: suggestion.map(SuggestedText::parse).transpose()?,
                private,
                mentions: vec![],
            }),
        )
        .await?;
        Ok((thread, comment))
    }

    async fn version(
        &self,
        who: PersonId,
        project: ProjectId,
        name: &str,
        bytes: Vec<u8>,
        note: &str,
    ) -> AppResult<VersionId> {
        let actor = self.actor(who).await?;
        let receipt = store_upload(&self.state, &actor, project, name, Bytes::from(bytes)).await?;
        let version = VersionId(Uuid::new_v4());
        self.run(
            who,
            Command::AddVersion(AddVersion {
                version_id: version,
                project_id: project,
                upload_id: receipt.upload_id,
                note: VersionNote::parse(note)?,
            }),
        )
        .await?;
        Ok(version)
    }
}

pub async fn seed(story: &Story, cast: &Cast<'_>, now: DateTime<Utc>) -> AppResult<()> {
    let coordinator = cast.id("coordinator@mentorhub.test");
    let (winter, benefit) = (cast.winter, cast.benefit);
    let pair = |program, mentee: &str, mentor: &str| {
        Command::PairMentee(PairMentee {
            program_id: program,
            mentee_id: cast.id(mentee),
            mentor_id: cast.id(mentor),
        })
    };
    for command in [
        pair(winter, "mentee@mentorhub.test", "mentor@mentorhub.test"),
        pair(
            winter,
            "natalia.popova@mentorhub.test",
            "mentor@mentorhub.test",
        ),
        pair(
            winter,
            "olga.lebedeva@mentorhub.test",
            "maria.kuznetsova@mentorhub.test",
        ),
        pair(
            winter,
            "igor.vasiliev@mentorhub.test",
            "maria.kuznetsova@mentorhub.test",
        ),
        pair(
            winter,
            "sergei.kozlov@mentorhub.test",
            "aleksei.smirnov@mentorhub.test",
        ),
        Command::SetReviewStages(SetReviewStages {
            program_id: winter,
            stages: ["Черновик", "Доработка", "Итог"]
                .map(StageName::parse)
                .into_iter()
                .collect::<Result<_, _>>()?,
        }),
    ] {
        story.run(coordinator, command).await?;
    }
    for mentor in [
        "mentor@mentorhub.test",
        "maria.kuznetsova@mentorhub.test",
        "aleksei.smirnov@mentorhub.test",
    ] {
        let command = Command::AssignSupervisor(AssignSupervisor {
            program_id: winter,
            mentor_id: cast.id(mentor),
            supervisor_id: cast.id("supervisor@mentorhub.test"),
        });
        story.run(coordinator, command).await?;
    }
    let polish = cast.id("koordynator@mentorhub.test");
    story
        .run(
            polish,
            pair(
                benefit,
                "klient@mentorhub.test",
                "tomasz.zielinski@mentorhub.test",
            ),
        )
        .await?;
    story
        .run(
            polish,
            pair(
                benefit,
                "piotr.mazur@mentorhub.test",
                "mentor@mentorhub.test",
            ),
        )
        .await?;

    let (elena, anna) = (
        cast.id("mentee@mentorhub.test"),
        cast.id("mentor@mentorhub.test"),
    );
    story.at(now - Duration::days(12));
    let project = ProjectId(Uuid::new_v4());
    story
        .run(
            elena,
            Command::CreateProject(CreateProject {
                project_id: project,
                program_id: winter,
                title: ProjectTitle::parse("Стратегия личной продуктивности на спринт")?,
            }),
        )
        .await?;
    let v1 = story
        .version(
            elena,
            project,
            "strategija.md",
            V1.as_bytes().to_vec(),
            "Первый черновик",
        )
        .await?;

    story.at(now - Duration::days(11));
    story
        .thread(
            anna,
            v1,
            "Каждое утро планирую три главные задачи на день.",
            "Хорошо. Как вы будете отмечать, что задача сделана?",
            false,
            None,
        )
        .await?;
    story
        .thread(
            anna,
            v1,
            "Я буду работать по 12 часов в день без выходных.",
            "Это не выглядит устойчивым. Где в плане восстановление?",
            false,
            None,
        )
        .await?;
    story
        .thread(
            anna,
            v1,
            "к вечеру я не понимаю, что сделано",
            "Склонна к перегрузке — обсудить на супервизии.",
            true,
            None,
        )
        .await?;
    let (question, _) = story
        .thread(
            elena,
            v1,
            "К 23 февраля закрыть 12 из 15 задач",
            "Правильно ли я сформулировала цель по SMART?",
            false,
            None,
        )
        .await?;
    story
        .run(
            anna,
            Command::ReplyToThread(ReplyToThread {
                comment_id: CommentId(Uuid::new_v4()),
                thread_id: question,
                body: CommentBody::parse("Да: конкретно, измеримо и со сроком. Оставляем.")?,
                suggestion: None,
                mentions: vec![],
            }),
        )
        .await?;
    story
        .run(
            elena,
            Command::ResolveThread(ResolveThread {
                thread_id: question,
            }),
        )
        .await?;
    let (result, suggestion) = story
        .thread(
            anna,
            v1,
            "Результат: стать продуктивнее.",
            "Сформулируйте результат так, чтобы его можно было проверить.",
            false,
            Some("Результат: к 23 февраля закрыть 12 из 15 задач проекта."),
        )
        .await?;
    story.at(now - Duration::days(10));
    story
        .run(
            elena,
            Command::AcceptSuggestion(AcceptSuggestion {
                comment_id: suggestion,
            }),
        )
        .await?;
    story
        .run(
            elena,
            Command::ResolveThread(ResolveThread { thread_id: result }),
        )
        .await?;
    story
        .run(
            anna,
            Command::CompleteStage(CompleteStage {
                project_id: project,
                position: 0,
                version_id: Some(v1),
            }),
        )
        .await?;

    story.at(now - Duration::days(5));
    let v2 = story
        .version(
            elena,
            project,
            "strategija-v2.docx",
            v2()?,
            "Убрала переработки, добавила восстановление",
        )
        .await?;
    story.at(now - Duration::days(4));
    story
        .thread(
            anna,
            v2,
            "Прогулка после обеда и сон не меньше семи часов.",
            "Отличный план восстановления. Отмечайте сон в ежедневном учёте.",
            false,
            None,
        )
        .await?;

    story.at(now - Duration::days(3));
    let natalia = cast.id("natalia.popova@mentorhub.test");
    let other = ProjectId(Uuid::new_v4());
    story
        .run(
            natalia,
            Command::CreateProject(CreateProject {
                project_id: other,
                program_id: winter,
                title: ProjectTitle::parse("План запуска студии йоги")?,
            }),
        )
        .await?;
    story
        .version(
            natalia,
            other,
            "plan.txt",
            "Цель: открыть студию к марту.\n\nШаги: аренда зала, сайт, первые десять клиентов."
                .as_bytes()
                .to_vec(),
            "",
        )
        .await?;
    Ok(())
}
