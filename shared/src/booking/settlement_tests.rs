use super::super::fixtures::*;
use super::super::*;
use crate::ids::{PersonId, ProgramId};
use std::collections::BTreeMap;
use uuid::Uuid;

const OTHER_PROGRAM: ProgramId = ProgramId(Uuid::from_u128(0x301));

fn terms(program: ProgramId, name: &str, zone_name: &str, rate: Option<Rate>) -> ProgramTerms {
    ProgramTerms {
        program,
        name: name.to_owned(),
        time_zone: zone(zone_name),
        rate,
    }
}

fn pln(minor_units: u64, basis: RateBasis) -> Option<Rate> {
    Some(Rate {
        currency: CurrencyCode::parse("PLN").unwrap(),
        minor_units,
        basis,
    })
}

fn march() -> YearMonth {
    YearMonth::new(2025, 3).unwrap()
}

#[test]
fn a_booking_belongs_to_the_month_of_its_start_on_its_program_clock() {
    // 23:30Z on 28 February is March in Warsaw and February in New York.
    let warsaw_one = booking(1, utc("2025-02-28 23:30"), 50, BookingStatus::Realized);
    let new_york_one = Booking {
        program: OTHER_PROGRAM,
        ..booking(2, utc("2025-02-28 23:30"), 50, BookingStatus::Realized)
    };
    let programs = [
        terms(PROGRAM, "Warsaw", "Europe/Warsaw", None),
        terms(OTHER_PROGRAM, "New York", "America/New_York", None),
    ];
    let s = monthly_settlement(
        march(),
        &[warsaw_one, new_york_one],
        &programs,
        &BTreeMap::new(),
    )
    .unwrap();
    assert_eq!(s.lines.len(), 1);
    assert_eq!(s.lines[0].program, PROGRAM);
    assert_eq!(s.lines[0].tally.realized, 1);
}

#[test]
fn billable_sessions_are_paid_unmarked_ones_counted_apart_and_the_rest_left_out() {
    let bookings: Vec<Booking> = BookingStatus::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| booking(i as u128, utc("2025-03-10 10:00"), 50, *s))
        .collect();
    let programs = [terms(
        PROGRAM,
        "P",
        "Europe/Warsaw",
        pln(20_000, RateBasis::PerSession),
    )];
    let s = monthly_settlement(march(), &bookings, &programs, &BTreeMap::new()).unwrap();
    let line = &s.lines[0];
    assert_eq!(
        line.tally,
        Tally {
            realized: 1,
            no_show: 1,
            cancelled_late: 1,
            stopped_unprepared: 1,
            billable_minutes: 200,
            unmarked: 1
        }
    );
    assert_eq!(line.tally.billable_sessions(), 4);
    assert_eq!(line.amount, Some(80_000));
}

#[test]
fn totals_are_per_mentor_and_currency() {
    let anna = PersonId(Uuid::from_u128(0x101));
    let names = BTreeMap::from([(MENTOR, "Zofia".to_owned()), (anna, "Anna".to_owned())]);
    let eur = Some(Rate {
        currency: CurrencyCode::parse("EUR").unwrap(),
        minor_units: 6_000,
        basis: RateBasis::PerHour,
    });
    let programs = [
        terms(
            PROGRAM,
            "Benefit",
            "Europe/Warsaw",
            pln(15_000, RateBasis::PerSession),
        ),
        terms(OTHER_PROGRAM, "Sprint", "Europe/Riga", eur),
    ];
    let bookings = [
        booking(1, utc("2025-03-03 10:00"), 50, BookingStatus::Realized),
        booking(2, utc("2025-03-04 10:00"), 50, BookingStatus::NoShow),
        Booking {
            program: OTHER_PROGRAM,
            ..booking(3, utc("2025-03-05 10:00"), 90, BookingStatus::Realized)
        },
        Booking {
            mentor: anna,
            ..booking(4, utc("2025-03-06 10:00"), 50, BookingStatus::CancelledLate)
        },
    ];
    let s = monthly_settlement(march(), &bookings, &programs, &names).unwrap();
    // Anna before Zofia; Zofia's programs by name.
    let order: Vec<(&str, &str)> = s
        .lines
        .iter()
        .map(|l| (l.mentor_name.as_str(), l.program_name.as_str()))
        .collect();
    assert_eq!(
        order,
        [
            ("Anna", "Benefit"),
            ("Zofia", "Benefit"),
            ("Zofia", "Sprint")
        ]
    );
    let totals: Vec<(&str, Option<String>, Option<u64>)> = s
        .totals
        .iter()
        .map(|t| {
            (
                t.mentor_name.as_str(),
                t.currency.map(|c| c.to_string()),
                t.amount,
            )
        })
        .collect();
    assert_eq!(
        totals,
        [
            ("Anna", Some("PLN".to_owned()), Some(15_000)),
            ("Zofia", Some("EUR".to_owned()), Some(9_000)),
            ("Zofia", Some("PLN".to_owned()), Some(30_000)),
        ]
    );
}

#[test]
fn a_booking_of_an_unknown_program_is_an_error_not_a_silent_loss() {
    let b = Booking {
        program: OTHER_PROGRAM,
        ..booking(1, utc("2025-03-03 10:00"), 50, BookingStatus::Realized)
    };
    let programs = [terms(PROGRAM, "P", "Europe/Warsaw", None)];
    assert_eq!(
        monthly_settlement(march(), &[b], &programs, &BTreeMap::new()),
        Err(SettlementError::UnknownProgram(OTHER_PROGRAM))
    );
}
