//! The API suite: the real server on port 0, a fresh database per test, driven over HTTP and
//! WebSocket. Runs on SQLite, and on PostgreSQL with `--features postgres-tests`.

mod access;
mod accounts;
mod architecture;
mod bad_input;
mod booking;
mod commands;
mod helpers;
mod invitations;
mod live;
mod review;
mod scale_out;
mod storage_story;
