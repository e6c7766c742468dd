use super::super::fixtures::*;
use super::super::*;
use crate::ids::{SessionPlanId, SessionTypeId};
use chrono::NaiveDate;
use uuid::Uuid;

fn kind(n: u128) -> SessionTypeId {
    SessionTypeId(Uuid::from_u128(n))
}

/// The sprint of seed 000: strategy in week 1, progress in weeks 2 and 3, closing in week 4.
fn sprint_plan() -> SessionPlan {
    let step = |t, w| PlanStep {
        session_type: kind(t),
        weeks: WeekWindow::week(w).unwrap(),
    };
    SessionPlan {
        id: SessionPlanId(Uuid::from_u128(1)),
        program: PROGRAM,
        steps: vec![step(1, 1), step(2, 2), step(2, 3), step(3, 4)],
    }
}

#[test]
fn weeks_run_from_local_midnight_of_the_sprint_start() {
    let moscow = zone("Europe/Moscow");
    let start = NaiveDate::from_ymd_opt(2025, 1, 27).unwrap();
    let plan = sprint_plan();
    // 27 January - 2 February 2025, Moscow time.
    assert_eq!(
        plan.steps[0].window(start, &moscow),
        TimeRange::new(utc("2025-01-26 21:00"), utc("2025-02-02 21:00"))
    );
    // 17 - 23 February.
    assert_eq!(
        plan.steps[3].window(start, &moscow),
        TimeRange::new(utc("2025-02-16 21:00"), utc("2025-02-23 21:00"))
    );
}

#[test]
fn a_week_across_the_spring_change_is_an_hour_shorter() {
    let warsaw = zone("Europe/Warsaw");
    let step = PlanStep {
        session_type: kind(1),
        weeks: WeekWindow::new(1, 2).unwrap(),
    };
    let w = step.window(NaiveDate::from_ymd_opt(2025, 3, 24).unwrap(), &warsaw);
    assert_eq!(
        w,
        TimeRange::new(utc("2025-03-23 23:00"), utc("2025-04-06 22:00"))
    );
}

#[test]
fn week_windows_are_checked() {
    assert!(WeekWindow::new(0, 1).is_err());
    assert!(WeekWindow::new(3, 2).is_err());
    assert!(WeekWindow::new(1, plan::MAX_PLAN_WEEKS + 1).is_err());
    assert!(serde_json::from_str::<WeekWindow>(r#"{"first":2,"last":1}"#).is_err());
    let w: WeekWindow = serde_json::from_str(r#"{"first":2,"last":3}"#).unwrap();
    assert_eq!((w.first(), w.last()), (2, 3));
}

#[test]
fn steps_taken_by_live_or_billable_bookings_are_no_longer_open() {
    let plan = sprint_plan();
    let with_step = |n, step, status| Booking {
        plan_step: Some(step),
        ..booking(n, utc("2025-02-01 10:00"), 60, status)
    };
    let bookings = [
        with_step(1, 0, BookingStatus::Realized),
        with_step(2, 1, BookingStatus::Cancelled),
        with_step(3, 1, BookingStatus::Booked),
        with_step(4, 2, BookingStatus::Rescheduled),
        with_step(5, 3, BookingStatus::NoShow),
    ];
    let open: Vec<u16> = plan.open_steps(&bookings).map(|(i, _)| i).collect();
    assert_eq!(open, [2]);
    assert_eq!(plan.open_steps(&[]).count(), 4);
}
