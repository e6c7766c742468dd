//! Session booking rules that need no I/O: what a mentor offers, which slots are free, whether a
//! booking is accepted, what a cancellation costs, how a booking's status may change, how much of a
//! package is left and what each mentor is owed for a month.
//!
//! The server stores schedules and bookings and calls these functions inside its transactions; the
//! client calls the same functions to show free slots offline. "Now" is always a parameter.
//!
//! # Time
//! Schedules are wall-clock hours in an IANA zone; slots, bookings and time off are UTC instants.
//! A wall-clock start time names one instant: the earlier one when the clocks go back (so no local
//! time is offered twice) and none when the clocks go forward past it (so no slot starts at a time
//! that does not exist). A slot is offered only if every instant of it reads, on the schedule's
//! clock, inside the schedule's interval for that day. See [`zone`].
//!
//! # Layout
//! - [`time`]: wall-clock times and intervals (`09:00-17:00`), UTC ranges; [`month`]: months.
//! - [`zone`]: turning wall-clock times of an IANA zone into instants across DST changes.
//! - [`session_type`]: a program's kinds of sessions (length, notice, buffers, horizon, step).
//! - [`schedule`]: a mentor's weekly hours, date overrides and the session types offered.
//! - [`plan`]: session plans laid over a participant's sprint (step = type + week window).
//! - [`quota`]: packages (N per month, per year, per program, or unlimited) and what is left.
//! - [`cancellation`]: the cancellation policy copied onto each booking and its consequence.
//! - [`record`]: the stored booking.
//! - [`status`]: the booking status state machine.
//! - [`slots`]: free-slot computation; [`validate`]: accepting exactly the slots offered.
//! - [`settlement`]: the monthly settlement per mentor and program; [`money`]: rates and amounts;
//!   `csv`: its RFC 4180 rendering.
//! - `grid`: laying a session type's slot grid on a schedule's hours.
//! - `busy`: the index of busy time (existing bookings with buffers, time off).
//! - [`wire`]: the booking reads the server answers with.
//! - `invalid`: why a rule value (a time, an interval, a length) was refused.

mod busy;
pub mod cancellation;
mod csv;
#[cfg(test)]
mod fixtures;
mod grid;
mod invalid;
pub mod money;
pub mod month;
pub mod plan;
pub mod quota;
pub mod record;
pub mod schedule;
pub mod session_type;
pub mod settlement;
pub mod slots;
pub mod status;
pub mod time;
pub mod validate;
pub mod wire;
pub mod zone;

pub use cancellation::{CancellationConsequence, CancellationPolicy, cancellation_consequence};
pub use invalid::{RuleInvalid, RuleProblem};
pub use money::{CurrencyCode, Rate, RateBasis};
pub use month::YearMonth;
pub use plan::{PlanStep, SessionPlan, WeekWindow};
pub use quota::{Package, Quota, QuotaLeft, QuotaPeriod, QuotaUse, quota_left};
pub use record::Booking;
pub use schedule::{DateOverride, OverrideHours, Schedule, WeeklyHours};
pub use session_type::{SessionLength, SessionType, SessionTypeName, SlotStep};
pub use settlement::{
    ProgramTerms, Settlement, SettlementError, SettlementLine, SettlementTotal, Tally,
    monthly_settlement, settlement_csv,
};
pub use slots::{Availability, Slot, SlotRequest, free_slots};
pub use status::{BookingEvent, BookingStatus, NO_SHOW_WAIT_MINUTES, Party, TransitionError};
pub use time::{TimeRange, WallInterval, WallTime};
pub use validate::{BookingRefusal, check_bookable, validate_booking};
