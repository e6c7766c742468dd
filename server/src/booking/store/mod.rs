//! SQL for session booking.

pub mod bookings;
pub mod config;
pub mod tokens;
