//! Failed sign-in throttling, per account and per address, kept in the database so that every
//! server instance counts the same failures.

use super::store;
use crate::db::Conn;
use crate::error::AppResult;
use chrono::{DateTime, Duration, Utc};
use std::net::IpAddr;

/// The window failures are counted in.
pub const WINDOW: Duration = Duration::minutes(15);
/// Failed attempts on one account within the window before it is paused.
pub const PER_ACCOUNT: i64 = 5;
/// Failed attempts from one address within the window before it is paused.
pub const PER_ADDRESS: i64 = 50;
/// Password-reset requests per account within an hour.
pub const RESETS_PER_HOUR: i64 = 3;

pub fn account_key(email: &str) -> String {
    format!("account:{email}")
}

pub fn address_key(ip: IpAddr) -> String {
    format!("ip:{ip}")
}

pub fn reset_key(email: &str) -> String {
    format!("reset:{email}")
}

/// Whether either key has used up its attempts.
pub async fn blocked(
    conn: &mut Conn<'_>,
    account: &str,
    address: &str,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let since = now - WINDOW;
    Ok(
        store::count_failures(conn, account, since).await? >= PER_ACCOUNT
            || store::count_failures(conn, address, since).await? >= PER_ADDRESS,
    )
}
