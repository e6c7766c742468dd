//! The storage seam. One [`Db`] is either SQLite (a file in WAL mode, the default) or PostgreSQL
//! (for several server instances). Queries are written once, with `$1` placeholders that both
//! understand, in each capability's `store.rs`; the [`run!`](crate::run) macro expands a query for
//! each backend so both are type-checked. Where the dialects differ, a store matches on
//! [`Conn`] and writes each side. Each backend has its own migrations.
//!
//! On SQLite every write goes through one dedicated connection (`BEGIN IMMEDIATE`), so write
//! transactions are serialized in the process; reads use a separate pool. On PostgreSQL writes run
//! concurrently and the change feed orders them (see [`crate::sync::feed`]).

mod migrate;

use crate::error::{AppError, AppResult};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{PgConnection, Postgres, Sqlite, SqliteConnection, Transaction};
use std::str::FromStr;
use std::time::Duration;

/// Which database is behind a [`Db`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn as_str(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// A connection pool to either database.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite { read: SqlitePool, write: SqlitePool },
    Postgres(PgPool),
}

/// A write transaction.
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

/// Something a query can run on: a transaction's connection or a pool.
pub enum Conn<'a> {
    Sqlite(&'a mut SqliteConnection),
    Postgres(&'a mut PgConnection),
    SqlitePool(&'a SqlitePool),
    PostgresPool(&'a PgPool),
}

/// Runs `$body` with `$c` bound to the concrete executor of a `&mut Conn`, once per backend.
#[macro_export]
macro_rules! run {
    ($conn:expr, $c:ident => $body:expr) => {
        match $conn {
            $crate::db::Conn::Sqlite($c) => {
                let $c = &mut **$c;
                $body
            }
            $crate::db::Conn::Postgres($c) => {
                let $c = &mut **$c;
                $body
            }
            $crate::db::Conn::SqlitePool($c) => {
                let $c = *$c;
                $body
            }
            $crate::db::Conn::PostgresPool($c) => {
                let $c = *$c;
                $body
            }
        }
    };
}

impl Conn<'_> {
    pub fn backend(&self) -> Backend {
        match self {
            Conn::Sqlite(_) | Conn::SqlitePool(_) => Backend::Sqlite,
            Conn::Postgres(_) | Conn::PostgresPool(_) => Backend::Postgres,
        }
    }
}

impl Db {
    /// Opens the database at `url` (`sqlite://path` or `postgres://...`), creating a SQLite file
    /// if it is missing, and applies the migrations.
    pub async fn connect(url: &str) -> AppResult<Db> {
        if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)
                .map_err(|e| AppError::internal("parsing the SQLite URL", e))?
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10));
            let write = SqlitePoolOptions::new()
                .max_connections(1)
                .acquire_timeout(Duration::from_secs(30))
                .connect_with(options.clone().create_if_missing(true))
                .await?;
            migrate::sqlite()
                .run(&write)
                .await
                .map_err(|e| AppError::internal("migrating SQLite", e))?;
            let read = SqlitePoolOptions::new()
                .max_connections(8)
                .connect_with(options.read_only(true))
                .await?;
            Ok(Db::Sqlite { read, write })
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let options = PgConnectOptions::from_str(url)
                .map_err(|e| AppError::internal("parsing the PostgreSQL URL", e))?;
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(30))
                .connect_with(options)
                .await?;
            migrate::postgres()
                .run(&pool)
                .await
                .map_err(|e| AppError::internal("migrating PostgreSQL", e))?;
            Ok(Db::Postgres(pool))
        } else {
            Err(AppError::internal(
                "choosing a database",
                format!("unsupported database URL (use sqlite:// or postgres://): {url}"),
            ))
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite { .. } => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// A connection for reads.
    pub fn read(&self) -> Conn<'_> {
        match self {
            Db::Sqlite { read, .. } => Conn::SqlitePool(read),
            Db::Postgres(pool) => Conn::PostgresPool(pool),
        }
    }

    /// Starts a write transaction.
    pub async fn begin(&self) -> AppResult<Tx> {
        Ok(match self {
            Db::Sqlite { write, .. } => Tx::Sqlite(write.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// The PostgreSQL pool, for LISTEN.
    pub fn postgres_pool(&self) -> Option<&PgPool> {
        match self {
            Db::Postgres(pool) => Some(pool),
            Db::Sqlite { .. } => None,
        }
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> AppResult<()> {
        let mut conn = self.read();
        run!(&mut conn, c => sqlx::query("SELECT 1").execute(c).await.map(|r| r.rows_affected()))?;
        Ok(())
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite { read, write } => {
                read.close().await;
                write.close().await;
            }
            Db::Postgres(pool) => pool.close().await,
        }
    }
}

impl Tx {
    pub fn conn(&mut self) -> Conn<'_> {
        match self {
            Tx::Sqlite(tx) => Conn::Sqlite(tx),
            Tx::Postgres(tx) => Conn::Postgres(tx),
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Tx::Sqlite(_) => Backend::Sqlite,
            Tx::Postgres(_) => Backend::Postgres,
        }
    }

    pub async fn commit(self) -> AppResult<()> {
        match self {
            Tx::Sqlite(tx) => tx.commit().await?,
            Tx::Postgres(tx) => tx.commit().await?,
        }
        Ok(())
    }
}
