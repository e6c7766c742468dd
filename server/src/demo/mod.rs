//! The demo that `cargo xtask run` starts with: a Russian-speaking coaching institute's client
//! program modelled on seed 000 (trainers, a supervisor, clients, candidates and a selection
//! panel) and a Polish employee-benefit consultation program modelled on seed 001, with people in
//! every role and several languages and time zones. Seeded only into an empty database.

mod booking;
mod docx;
mod review;
mod sprint;
mod story;

use crate::auth::{password, store as people};
use crate::db::Db;
use crate::error::AppResult;
use crate::files::BlobStore;
use crate::invitations::store as invitations;
use crate::programs::store as programs;
use chrono::{DateTime, Duration, Utc};
use shared::ids::{AnnouncementId, InvitationId, PersonId, ProgramId};
use shared::locale::{Locale, TimeZoneName};
use shared::role::Role;
use shared::text::Email;
use uuid::Uuid;

/// Every demo account signs in with this password.
pub const DEMO_PASSWORD: &str = "mentorhub-demo";

/// One printed demo login.
#[derive(Debug, Clone)]
pub struct DemoLogin {
    pub email: &'static str,
    pub name: &'static str,
    pub what: &'static str,
}

struct Person {
    email: &'static str,
    name: &'static str,
    locale: Locale,
    zone: &'static str,
    admin: bool,
    /// (program index, role)
    roles: &'static [(usize, Role)],
    /// Printed as a demo login, with what the account shows.
    login: Option<&'static str>,
}

const WINTER: usize = 0;
const BENEFIT: usize = 1;

const PROGRAMS: [(&str, &str, Locale, &str); 2] = [
    (
        "Программа сопровождения клиентов — зимний поток",
        "Бесплатная программа Института: 950 кандидатов на 500 мест. Отбор по анкете и \
         тестам, затем диагностическая встреча с тренером. Основной этап — четырёхнедельный \
         спринт: стратегическая сессия (60 мин, 1-я неделя), сессии прогресса (45 мин, 2-я и \
         3-я недели) и итоговая сессия авторизации (60–90 мин, 4-я неделя). Каждую неделю \
         клиент заполняет анкету обратной связи о работе с тренером.",
        Locale::Ru,
        "Europe/Moscow",
    ),
    (
        "Konsultacje indywidualne — program benefitowy",
        "Indywidualne sesje po 50 minut dla pracowników firm partnerskich. Specjaliści \
         publikują grafiki, klienci rezerwują wizyty. Odwołanie później niż 24 godziny przed \
         wizytą albo nieobecność liczy się jako wizyta zrealizowana.",
        Locale::Pl,
        "Europe/Warsaw",
    ),
];

const PEOPLE: &[Person] = &[
    Person {
        email: "coordinator@mentorhub.test",
        name: "Ирина Соколова",
        locale: Locale::Ru,
        zone: "Europe/Moscow",
        admin: true,
        roles: &[(WINTER, Role::Coordinator)],
        login: Some("coordinator (administrator of this instance)"),
    },
    Person {
        email: "supervisor@mentorhub.test",
        name: "Дмитрий Волков",
        locale: Locale::Ru,
        zone: "Europe/Moscow",
        admin: false,
        roles: &[(WINTER, Role::Supervisor)],
        login: Some("supervisor of the trainers"),
    },
    Person {
        email: "mentor@mentorhub.test",
        name: "Anna Petrova",
        locale: Locale::En,
        zone: "Europe/Riga",
        admin: false,
        roles: &[
            (WINTER, Role::Mentor),
            (WINTER, Role::Panelist),
            (BENEFIT, Role::Mentor),
        ],
        login: Some("trainer and panelist; specialist in the Polish program"),
    },
    Person {
        email: "mentee@mentorhub.test",
        name: "Елена Морозова",
        locale: Locale::Ru,
        zone: "Europe/Moscow",
        admin: false,
        roles: &[(WINTER, Role::Mentee)],
        login: Some("client in the sprint"),
    },
    Person {
        email: "candidate@mentorhub.test",
        name: "Павел Новиков",
        locale: Locale::Ru,
        zone: "Asia/Yekaterinburg",
        admin: false,
        roles: &[(WINTER, Role::Candidate)],
        login: Some("candidate in selection"),
    },
    Person {
        email: "panelist@mentorhub.test",
        name: "Татьяна Фёдорова",
        locale: Locale::Ru,
        zone: "Europe/Moscow",
        admin: false,
        roles: &[(WINTER, Role::Panelist)],
        login: Some("member of the selection commission"),
    },
    Person {
        email: "koordynator@mentorhub.test",
        name: "Katarzyna Nowak",
        locale: Locale::Pl,
        zone: "Europe/Warsaw",
        admin: false,
        roles: &[(BENEFIT, Role::Coordinator)],
        login: Some("coordinator of the Polish program"),
    },
    Person {
        email: "klient@mentorhub.test",
        name: "Agnieszka Wójcik",
        locale: Locale::Pl,
        zone: "Europe/Warsaw",
        admin: false,
        roles: &[(BENEFIT, Role::Mentee)],
        login: Some("client of the Polish program"),
    },
    Person {
        email: "maria.kuznetsova@mentorhub.test",
        name: "Мария Кузнецова",
        locale: Locale::Ru,
        zone: "Europe/Moscow",
        admin: false,
        roles: &[(WINTER, Role::Mentor)],
        login: None,
    },
    Person {
        email: "aleksei.smirnov@mentorhub.test",
        name: "Алексей Смирнов",
        locale: Locale::Ru,
        zone: "Asia/Novosibirsk",
        admin: false,
        roles: &[(WINTER, Role::Mentor)],
        login: None,
    },
    Person {
        email: "janis.berzins@mentorhub.test",
        name: "Jānis Bērziņš",
        locale: Locale::Lv,
        zone: "Europe/Riga",
        admin: false,
        roles: &[(BENEFIT, Role::Mentor), (BENEFIT, Role::Supervisor)],
        login: None,
    },
    Person {
        email: "tomasz.zielinski@mentorhub.test",
        name: "Tomasz Zieliński",
        locale: Locale::Pl,
        zone: "Europe/Warsaw",
        admin: false,
        roles: &[(BENEFIT, Role::Mentor)],
        login: None,
    },
    Person {
        email: "olga.lebedeva@mentorhub.test",
        name: "Ольга Лебедева",
        locale: Locale::Ru,
        zone: "Europe/Moscow",
        admin: false,
        roles: &[(WINTER, Role::Mentee)],
        login: None,
    },
    Person {
        email: "sergei.kozlov@mentorhub.test",
        name: "Сергей Козлов",
        locale: Locale::Ru,
        zone: "Europe/Samara",
        admin: false,
        roles: &[(WINTER, Role::Mentee)],
        login: None,
    },
    Person {
        email: "natalia.popova@mentorhub.test",
        name: "Наталья Попова",
        locale: Locale::Ru,
        zone: "Europe/Moscow",
        admin: false,
        roles: &[(WINTER, Role::Mentee)],
        login: None,
    },
    Person {
        email: "igor.vasiliev@mentorhub.test",
        name: "Игорь Васильев",
        locale: Locale::Ru,
        zone: "Europe/Moscow",
        admin: false,
        roles: &[(WINTER, Role::Mentee)],
        login: None,
    },
    Person {
        email: "yulia.mikhailova@mentorhub.test",
        name: "Юлия Михайлова",
        locale: Locale::Ru,
        zone: "Europe/Kaliningrad",
        admin: false,
        roles: &[(WINTER, Role::Candidate)],
        login: None,
    },
    Person {
        email: "artem.solovyov@mentorhub.test",
        name: "Артём Соловьёв",
        locale: Locale::Ru,
        zone: "Europe/Moscow",
        admin: false,
        roles: &[(WINTER, Role::Candidate)],
        login: None,
    },
    Person {
        email: "piotr.mazur@mentorhub.test",
        name: "Piotr Mazur",
        locale: Locale::Pl,
        zone: "Europe/Warsaw",
        admin: false,
        roles: &[(BENEFIT, Role::Mentee)],
        login: None,
    },
];

/// `(program, author email, title, body, days ago)`
const ANNOUNCEMENTS: [(usize, &str, &str, &str, i64); 3] = [
    (
        WINTER,
        "coordinator@mentorhub.test",
        "Диагностическая неделя",
        "С понедельника проходят диагностические встречи. Тренер пришлёт вам резюме с \
         рекомендациями, после чего вы вместе решите, продолжать ли работу.",
        6,
    ),
    (
        WINTER,
        "supervisor@mentorhub.test",
        "Еженедельная анкета обратной связи",
        "Напоминаем: анкету о работе с тренером нужно заполнять каждую неделю. Без неё участие \
         в программе может быть прекращено.",
        2,
    ),
    (
        BENEFIT,
        "koordynator@mentorhub.test",
        "Nowe terminy w grafikach",
        "Specjaliści dodali terminy na przyszły miesiąc. Pamiętaj: wizytę można bezpłatnie \
         odwołać najpóźniej 24 godziny wcześniej.",
        1,
    ),
];

/// The demo logins, as printed.
pub fn logins() -> Vec<DemoLogin> {
    PEOPLE
        .iter()
        .filter_map(|p| {
            p.login.map(|what| DemoLogin {
                email: p.email,
                name: p.name,
                what,
            })
        })
        .collect()
}

/// Seeds the demo into an empty database. Returns the logins to print, or `None` when the
/// database already has people (a second run keeps whatever is there).
pub async fn seed(
    db: &Db,
    files: &BlobStore,
    now: DateTime<Utc>,
) -> AppResult<Option<Vec<DemoLogin>>> {
    let mut tx = db.begin().await?;
    let any = Email::parse(PEOPLE[0].email)?;
    if people::person_by_email(&mut tx.conn(), &any)
        .await?
        .is_some()
    {
        return Ok(None);
    }
    let hash = password::hash(DEMO_PASSWORD.to_owned()).await?;
    let program_ids: Vec<ProgramId> = PROGRAMS.iter().map(|_| ProgramId(Uuid::new_v4())).collect();
    let mut person_ids = Vec::new();
    for person in PEOPLE {
        let id = PersonId(Uuid::new_v4());
        person_ids.push((person.email, id));
        people::insert_person(
            &mut tx.conn(),
            people::NewPerson {
                id,
                email: &Email::parse(person.email)?,
                display_name: person.name,
                password_hash: &hash,
                locale: person.locale,
                time_zone: &TimeZoneName::parse(person.zone)?,
                is_admin: person.admin,
                now: now - Duration::days(40),
            },
        )
        .await?;
    }
    let id_of = |email: &str| {
        person_ids
            .iter()
            .find(|(e, _)| *e == email)
            .map(|(_, id)| *id)
            .unwrap_or(person_ids[0].1)
    };
    for (index, (name, description, locale, zone)) in PROGRAMS.iter().enumerate() {
        programs::insert_program(
            &mut tx.conn(),
            programs::NewProgram {
                id: program_ids[index],
                name,
                description,
                locale: *locale,
                time_zone: &TimeZoneName::parse(zone)?,
                created_by: person_ids[0].1,
                now: now - Duration::days(35),
            },
        )
        .await?;
    }
    for person in PEOPLE {
        for (program, role) in person.roles {
            programs::grant(
                &mut tx.conn(),
                program_ids[*program],
                id_of(person.email),
                *role,
                now - Duration::days(30),
            )
            .await?;
        }
    }
    for (program, author, title, body, days_ago) in ANNOUNCEMENTS {
        programs::insert_announcement(
            &mut tx.conn(),
            programs::NewAnnouncement {
                id: AnnouncementId(Uuid::new_v4()),
                program: program_ids[program],
                author: id_of(author),
                title,
                body,
                now: now - Duration::days(days_ago),
            },
        )
        .await?;
    }
    // An invitation still waiting for an answer, as coordinators usually have a few.
    let secret = crate::auth::token::new_token();
    invitations::insert(
        &mut tx.conn(),
        invitations::NewInvitation {
            id: InvitationId(Uuid::new_v4()),
            program: program_ids[WINTER],
            email: &Email::parse("new.trainer@mentorhub.test")?,
            role: Role::Mentor,
            token_hash: &crate::auth::token::hash(&secret),
            invited_by: id_of("coordinator@mentorhub.test"),
            now: now - Duration::days(1),
            expires_at: now + Duration::days(13),
        },
    )
    .await?;
    tx.commit().await?;
    let cast = story::Cast {
        people: &person_ids,
        winter: program_ids[WINTER],
        benefit: program_ids[BENEFIT],
    };
    let story = story::Story::new(db, files, now - Duration::days(30))?;
    review::seed(&story, &cast, now).await?;
    booking::seed(&story, &cast, now).await?;
    Ok(Some(logins()))
}
