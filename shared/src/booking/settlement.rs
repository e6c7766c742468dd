//! The monthly settlement: what each mentor is owed per program for one calendar month.
//!
//! A booking belongs to the month its start falls in on its program's clock. Billable bookings
//! (realized, no-show, late cancellation, stopped unprepared) are counted and paid; bookings still
//! unmarked are counted apart, because only marked sessions are settled. Lines are per mentor and
//! program; totals are per mentor and currency (a mentor paid in two currencies gets two totals;
//! lines without a rate total on their own). The order is fixed: mentors by name then id,
//! programs by name then id, totals by currency with the unpriced first.

use super::money::{CurrencyCode, Rate};
use super::month::YearMonth;
use super::record::Booking;
use super::status::BookingStatus;
use super::time::TimeRange;
use crate::ids::{PersonId, ProgramId};
use crate::locale::TimeZoneName;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use super::csv::settlement_csv;

/// What the settlement needs to know about a program.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgramTerms {
    pub program: ProgramId,
    pub name: String,
    /// The program's zone: months are counted on its clock.
    pub time_zone: TimeZoneName,
    /// What the program pays per billable session or hour, if it pays.
    pub rate: Option<Rate>,
}

/// Counts of one line or total.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Tally {
    pub realized: u32,
    pub no_show: u32,
    pub cancelled_late: u32,
    pub stopped_unprepared: u32,
    /// Booked minutes of the billable sessions.
    pub billable_minutes: u64,
    /// Sessions of the month still without an outcome: not settled until marked.
    pub unmarked: u32,
}

impl Tally {
    pub fn billable_sessions(&self) -> u32 {
        self.realized + self.no_show + self.cancelled_late + self.stopped_unprepared
    }

    fn count(&mut self, status: BookingStatus, minutes: u16) {
        let slot = match status {
            BookingStatus::Realized => &mut self.realized,
            BookingStatus::NoShow => &mut self.no_show,
            BookingStatus::CancelledLate => &mut self.cancelled_late,
            BookingStatus::StoppedUnprepared => &mut self.stopped_unprepared,
            BookingStatus::Booked => &mut self.unmarked,
            BookingStatus::Cancelled | BookingStatus::Rescheduled => return,
        };
        *slot += 1;
        if status.is_billable() {
            self.billable_minutes += u64::from(minutes);
        }
    }

    fn add(&mut self, other: &Tally) {
        self.realized += other.realized;
        self.no_show += other.no_show;
        self.cancelled_late += other.cancelled_late;
        self.stopped_unprepared += other.stopped_unprepared;
        self.billable_minutes += other.billable_minutes;
        self.unmarked += other.unmarked;
    }
}

/// One mentor's sessions in one program.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SettlementLine {
    pub mentor: PersonId,
    pub mentor_name: String,
    pub program: ProgramId,
    pub program_name: String,
    pub tally: Tally,
    /// Set when the program has a rate.
    pub currency: Option<CurrencyCode>,
    /// In minor units; set when the program has a rate.
    pub amount: Option<u64>,
}

/// One mentor's lines in one currency (or without a rate), added up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SettlementTotal {
    pub mentor: PersonId,
    pub mentor_name: String,
    pub currency: Option<CurrencyCode>,
    pub tally: Tally,
    pub amount: Option<u64>,
}

/// The settlement of one month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Settlement {
    pub month: YearMonth,
    pub lines: Vec<SettlementLine>,
    pub totals: Vec<SettlementTotal>,
}

/// Why a settlement could not be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SettlementError {
    #[error("booking of program {0}, which is not among the programs given")]
    UnknownProgram(ProgramId),
}

/// Settles `month` from `bookings` (any mentors, any programs, any months: the others are left
/// out). Every booking's program must be among `programs`. Mentors missing from `mentor_names`
/// are listed with an empty name.
pub fn monthly_settlement(
    month: YearMonth,
    bookings: &[Booking],
    programs: &[ProgramTerms],
    mentor_names: &BTreeMap<PersonId, String>,
) -> Result<Settlement, SettlementError> {
    let terms: BTreeMap<ProgramId, (&ProgramTerms, TimeRange)> = programs
        .iter()
        .map(|p| (p.program, (p, month.range_in(&p.time_zone))))
        .collect();
    let mut tallies: BTreeMap<(PersonId, ProgramId), Tally> = BTreeMap::new();
    for b in bookings {
        let (_, range) = terms
            .get(&b.program)
            .ok_or(SettlementError::UnknownProgram(b.program))?;
        let counted = b.status.is_billable() || b.status == BookingStatus::Booked;
        if counted && range.contains(b.start) {
            tallies
                .entry((b.mentor, b.program))
                .or_default()
                .count(b.status, b.minutes);
        }
    }
    let name_of = |mentor: &PersonId| mentor_names.get(mentor).cloned().unwrap_or_default();
    let mut lines: Vec<SettlementLine> = tallies
        .into_iter()
        .map(|((mentor, program), tally)| {
            let (terms, _) = terms[&program];
            SettlementLine {
                mentor,
                mentor_name: name_of(&mentor),
                program,
                program_name: terms.name.clone(),
                tally,
                currency: terms.rate.map(|r| r.currency),
                amount: terms
                    .rate
                    .map(|r| r.amount(tally.billable_sessions(), tally.billable_minutes)),
            }
        })
        .collect();
    lines.sort_by(|a, b| {
        (&a.mentor_name, a.mentor, &a.program_name, a.program).cmp(&(
            &b.mentor_name,
            b.mentor,
            &b.program_name,
            b.program,
        ))
    });
    let totals = totals(&lines);
    Ok(Settlement {
        month,
        lines,
        totals,
    })
}

/// Per mentor and currency, in the order of `lines` and then by currency.
fn totals(lines: &[SettlementLine]) -> Vec<SettlementTotal> {
    let mut totals: Vec<SettlementTotal> = Vec::new();
    for mentor_lines in lines.chunk_by(|a, b| a.mentor == b.mentor) {
        let mut by_currency: BTreeMap<Option<CurrencyCode>, SettlementTotal> = BTreeMap::new();
        for line in mentor_lines {
            let total = by_currency
                .entry(line.currency)
                .or_insert_with(|| SettlementTotal {
                    mentor: line.mentor,
                    mentor_name: line.mentor_name.clone(),
                    currency: line.currency,
                    tally: Tally::default(),
                    amount: line.currency.map(|_| 0),
                });
            total.tally.add(&line.tally);
            if let (Some(sum), Some(amount)) = (total.amount.as_mut(), line.amount) {
                *sum = sum.saturating_add(amount);
            }
        }
        totals.extend(by_currency.into_values());
    }
    totals
}

#[cfg(test)]
#[path = "settlement_tests.rs"]
mod tests;
