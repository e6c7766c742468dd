//! The migrations of each backend, compiled into the binary.

use sqlx::SqlSafeStr;
use sqlx::migrate::{Migration, MigrationType, Migrator};

/// `(version, description, sqlite sql, postgres sql)`: every version exists for both backends.
const MIGRATIONS: &[(i64, &str, &str, &str)] = &[
    (
        1,
        "foundation",
        include_str!("migrations/sqlite/0001_foundation.sql"),
        include_str!("migrations/postgres/0001_foundation.sql"),
    ),
    (
        2,
        "pairs and review",
        include_str!("migrations/sqlite/0002_pairs_and_review.sql"),
        include_str!("migrations/postgres/0002_pairs_and_review.sql"),
    ),
    (
        3,
        "presence",
        include_str!("migrations/sqlite/0003_presence.sql"),
        include_str!("migrations/postgres/0003_presence.sql"),
    ),
    (
        4,
        "booking",
        include_str!("migrations/sqlite/0004_booking.sql"),
        include_str!("migrations/postgres/0004_booking.sql"),
    ),
];

fn migrator(pick: impl Fn(&(i64, &str, &'static str, &'static str)) -> &'static str) -> Migrator {
    Migrator::with_migrations(
        MIGRATIONS
            .iter()
            .map(|m| {
                Migration::new(
                    m.0,
                    m.1.into(),
                    MigrationType::Simple,
                    pick(m).into_sql_str(),
                    false,
                )
            })
            .collect(),
    )
}

pub fn sqlite() -> Migrator {
    migrator(|m| m.2)
}

pub fn postgres() -> Migrator {
    migrator(|m| m.3)
}
