//! The monthly settlement of a fixed data set, rendered to CSV, equals the committed
//! `golden/settlement.csv` byte for byte, on every run. The data set is March 2025 — the month
//! Warsaw and Riga change to summer time — with bookings at the month's edges on three programs'
//! clocks, every status, and names that need CSV quoting or defusing.

mod support;

use shared::booking::*;
use shared::ids::{BookingId, PersonId, ProgramId};
use std::collections::BTreeMap;
use support::*;
use uuid::Uuid;

const ANNA: PersonId = PersonId(Uuid::from_u128(0xa1));
const PIOTR: PersonId = PersonId(Uuid::from_u128(0xa2));
const MALLORY: PersonId = PersonId(Uuid::from_u128(0xa3));
const LIENE: PersonId = PersonId(Uuid::from_u128(0xa4));

const BENEFIT: ProgramId = ProgramId(Uuid::from_u128(0xb1));
const SPRINT: ProgramId = ProgramId(Uuid::from_u128(0xb2));
const YOUTH: ProgramId = ProgramId(Uuid::from_u128(0xb3));

fn programs() -> Vec<ProgramTerms> {
    let rate = |code: &str, minor_units, basis| {
        Some(Rate {
            currency: CurrencyCode::parse(code).unwrap(),
            minor_units,
            basis,
        })
    };
    vec![
        ProgramTerms {
            program: BENEFIT,
            name: "Mindgram, benefit".into(),
            time_zone: zone("Europe/Warsaw"),
            rate: rate("PLN", 15_000, RateBasis::PerSession),
        },
        ProgramTerms {
            program: SPRINT,
            name: "Спринт «Нейроинтеграция»".into(),
            time_zone: zone("Europe/Moscow"),
            rate: rate("RUB", 200_000, RateBasis::PerHour),
        },
        ProgramTerms {
            program: YOUTH,
            name: "Youth \"UPSHIFT\" pilot".into(),
            time_zone: zone("Europe/Riga"),
            rate: None,
        },
    ]
}

fn names() -> BTreeMap<PersonId, String> {
    BTreeMap::from([
        (ANNA, "Kowalska, Anna".to_owned()),
        (PIOTR, "Иванов Пётр".to_owned()),
        (MALLORY, "=HYPERLINK(\"http://x\")".to_owned()),
        (LIENE, "Liene\nOzola".to_owned()),
    ])
}

fn bookings() -> Vec<Booking> {
    use BookingStatus::*;
    let rows: [(PersonId, ProgramId, &str, u16, BookingStatus); 25] = [
        // Benefit (Warsaw): 1 March 00:30 CET is still 28 February in UTC.
        (ANNA, BENEFIT, "2025-02-28 23:30", 50, Realized),
        (ANNA, BENEFIT, "2025-02-28 22:59", 50, Realized), // 23:59 CET on 28 February
        (ANNA, BENEFIT, "2025-03-03 09:00", 50, Realized),
        (ANNA, BENEFIT, "2025-03-10 09:00", 50, NoShow),
        (ANNA, BENEFIT, "2025-03-17 09:00", 50, CancelledLate),
        (ANNA, BENEFIT, "2025-03-18 09:00", 50, Cancelled),
        (ANNA, BENEFIT, "2025-03-19 09:00", 50, Rescheduled),
        (ANNA, BENEFIT, "2025-03-31 21:59", 50, Realized), // 23:59 CEST on 31 March
        (ANNA, BENEFIT, "2025-03-31 22:00", 50, Realized), // 00:00 CEST on 1 April
        (ANNA, BENEFIT, "2025-03-28 10:00", 50, Booked),
        // Sprint (Moscow, +03:00 all year): paid by the hour.
        (ANNA, SPRINT, "2025-02-28 21:00", 60, Realized), // 00:00 on 1 March
        (ANNA, SPRINT, "2025-03-05 15:00", 45, StoppedUnprepared),
        (ANNA, SPRINT, "2025-03-12 15:00", 45, Realized),
        (ANNA, SPRINT, "2025-03-20 15:00", 90, Realized),
        (ANNA, SPRINT, "2025-03-31 21:00", 60, Realized), // 00:00 on 1 April
        (PIOTR, SPRINT, "2025-03-04 07:00", 60, Realized),
        (PIOTR, SPRINT, "2025-03-11 07:00", 45, Realized),
        (PIOTR, SPRINT, "2025-03-18 07:00", 45, NoShow),
        (PIOTR, BENEFIT, "2025-03-21 16:00", 50, Realized),
        // Youth (Riga): no rate, so counts without amounts.
        (MALLORY, YOUTH, "2025-03-06 12:00", 60, Realized),
        (MALLORY, YOUTH, "2025-03-27 12:00", 60, Booked),
        (MALLORY, YOUTH, "2025-03-31 21:30", 60, Realized), // 00:30 EEST on 1 April
        (LIENE, BENEFIT, "2025-03-14 08:00", 50, CancelledLate),
        (LIENE, YOUTH, "2025-03-14 12:00", 60, NoShow),
        (LIENE, YOUTH, "2025-03-15 12:00", 60, Cancelled),
    ];
    rows.iter()
        .enumerate()
        .map(|(i, (mentor, program, start, minutes, status))| Booking {
            id: BookingId(Uuid::from_u128(i as u128 + 1)),
            mentor: *mentor,
            program: *program,
            ..booking(0, utc(start), *minutes, *status)
        })
        .collect()
}

fn march_csv(bookings: &[Booking]) -> String {
    let settlement = monthly_settlement(
        YearMonth::parse("2025-03").unwrap(),
        bookings,
        &programs(),
        &names(),
    )
    .unwrap();
    settlement_csv(&settlement)
}

#[test]
fn march_settlement_csv_equals_the_golden_file() {
    assert_golden("settlement.csv", &march_csv(&bookings()));
}

#[test]
fn the_csv_does_not_depend_on_the_order_bookings_arrive_in() {
    let mut reversed = bookings();
    reversed.reverse();
    assert_eq!(march_csv(&reversed), march_csv(&bookings()));
}

#[test]
fn the_anna_benefit_line_adds_up_by_hand() {
    let settlement = monthly_settlement(
        YearMonth::parse("2025-03").unwrap(),
        &bookings(),
        &programs(),
        &names(),
    )
    .unwrap();
    let line = settlement
        .lines
        .iter()
        .find(|l| l.mentor == ANNA && l.program == BENEFIT)
        .unwrap();
    // Realized on 1, 3 and 31 March; a no-show; a late cancellation; one still booked.
    assert_eq!(
        (
            line.tally.realized,
            line.tally.no_show,
            line.tally.cancelled_late,
            line.tally.unmarked
        ),
        (3, 1, 1, 1)
    );
    assert_eq!(line.tally.billable_minutes, 250);
    assert_eq!(line.amount, Some(75_000));
    let sprint = settlement
        .lines
        .iter()
        .find(|l| l.mentor == ANNA && l.program == SPRINT)
        .unwrap();
    // 60 + 45 + 45 + 90 = 240 minutes at 2000.00 an hour.
    assert_eq!(
        (sprint.tally.billable_minutes, sprint.amount),
        (240, Some(800_000))
    );
}
