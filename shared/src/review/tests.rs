//! Scenario tests of re-anchoring: each edit a mentee makes between versions.

use super::anchor::{Method, Placement, TextAnchor, anchor_at, reanchor};

fn anchor_on(text: &str, quote: &str) -> TextAnchor {
    let byte = text.find(quote).expect("quote in text");
    let start = text[..byte].chars().count();
    anchor_at(text, start, start + quote.chars().count())
}

fn placed_text(new: &str, placement: &Placement) -> Option<String> {
    match placement {
        Placement::Placed { start, end, .. } => {
            Some(new.chars().skip(*start).take(end - start).collect())
        }
        Placement::Orphaned => None,
    }
}

const DOC: &str = "Offer for small bakeries.\n\nOur product helps bakeries plan their morning batches from \
yesterday's sales. It costs 30 euros a month.\n\nConfidentiality: this document is shared with the \
mentor only.\n\nThe pilot starts in March with three bakeries in Riga.\n\nConfidentiality: this document \
is shared with the mentor only.\n\nNext steps: interviews, a landing page, and a price test.";

#[test]
fn an_unchanged_text_keeps_every_anchor_in_place() {
    let anchor = anchor_on(DOC, "three bakeries in Riga");
    let result = reanchor(DOC, DOC, std::slice::from_ref(&anchor));
    assert!(matches!(
        result[0],
        Placement::Placed { start, end, confidence, method: Method::Unchanged, check_placement: false }
            if start == anchor.start && end == anchor.end && confidence == 1.0
    ));
}

#[test]
fn an_anchor_follows_its_text_when_text_is_inserted_before_it() {
    let new = DOC.replace(
        "Offer for small bakeries.",
        "Offer for small and medium bakeries, revised after the first interviews.",
    );
    let anchor = anchor_on(DOC, "three bakeries in Riga");
    let result = reanchor(DOC, &new, std::slice::from_ref(&anchor));
    assert_eq!(
        placed_text(&new, &result[0]).as_deref(),
        Some("three bakeries in Riga")
    );
}

#[test]
fn a_lightly_edited_quote_stays_anchored_with_lower_confidence() {
    let new = DOC.replace("It costs 30 euros a month.", "It costs 35 euros per month.");
    let anchor = anchor_on(DOC, "It costs 30 euros a month.");
    let result = reanchor(DOC, &new, std::slice::from_ref(&anchor));
    match &result[0] {
        Placement::Placed {
            confidence, method, ..
        } => {
            assert_eq!(*method, Method::Edited);
            assert!(*confidence < 1.0 && *confidence > 0.6, "{confidence}");
        }
        other => panic!("expected a placement, got {other:?}"),
    }
    assert_eq!(
        placed_text(&new, &result[0]).as_deref(),
        Some("It costs 35 euros per month.")
    );
}

#[test]
fn a_moved_paragraph_takes_its_anchor_along() {
    let pilot = "The pilot starts in March with three bakeries in Riga.\n\n";
    let new = format!("{}\n\n{}", DOC.replace(pilot, ""), pilot.trim());
    let anchor = anchor_on(
        DOC,
        "The pilot starts in March with three bakeries in Riga.",
    );
    let result = reanchor(DOC, &new, std::slice::from_ref(&anchor));
    assert!(
        matches!(
            result[0],
            Placement::Placed {
                method: Method::Moved,
                ..
            }
        ),
        "{:?}",
        result[0]
    );
    assert_eq!(
        placed_text(&new, &result[0]).as_deref(),
        Some("The pilot starts in March with three bakeries in Riga.")
    );
}

#[test]
fn a_deleted_passage_is_orphaned() {
    let new = DOC.replace(
        "The pilot starts in March with three bakeries in Riga.\n\n",
        "",
    );
    let anchor = anchor_on(DOC, "three bakeries in Riga");
    assert_eq!(reanchor(DOC, &new, &[anchor]), vec![Placement::Orphaned]);
}

#[test]
fn repeated_boilerplate_keeps_each_anchor_on_its_own_copy() {
    let second_copy = DOC.rfind("Confidentiality").unwrap();
    let start = DOC[..second_copy].chars().count();
    let anchor = anchor_at(
        DOC,
        start,
        start + "Confidentiality: this document".chars().count(),
    );
    let new = DOC.replace(
        "Our product helps bakeries",
        "Our new product helps many bakeries",
    );
    let result = reanchor(DOC, &new, std::slice::from_ref(&anchor));
    let second_in_new = new[..new.rfind("Confidentiality").unwrap()].chars().count();
    assert!(
        matches!(result[0], Placement::Placed { start, .. } if start == second_in_new),
        "{:?}",
        result[0]
    );
}

#[test]
fn when_the_anchored_copy_is_deleted_a_look_alike_elsewhere_is_not_taken() {
    let second = "\n\nConfidentiality: this document is shared with the mentor only.";
    let cut = DOC.rfind(second).unwrap();
    let new = format!("{}{}", &DOC[..cut], &DOC[cut + second.len()..]);
    let start = DOC[..cut + 2].chars().count();
    let anchor = anchor_at(
        DOC,
        start,
        start
            + "Confidentiality: this document is shared with the mentor only."
                .chars()
                .count(),
    );
    assert_eq!(reanchor(DOC, &new, &[anchor]), vec![Placement::Orphaned]);
}

#[test]
fn a_rewritten_passage_is_orphaned_rather_than_forced() {
    let new = DOC.replace(
        "Our product helps bakeries plan their morning batches from yesterday's sales.",
        "We sell scheduling software to cafés and restaurants across the Baltics.",
    );
    let anchor = anchor_on(
        DOC,
        "Our product helps bakeries plan their morning batches from yesterday's sales.",
    );
    assert_eq!(reanchor(DOC, &new, &[anchor]), vec![Placement::Orphaned]);
}

#[test]
fn positions_are_hints_and_the_quote_is_the_truth() {
    let mut anchor = anchor_on(DOC, "a landing page");
    anchor.start += 3;
    anchor.end += 3;
    let result = reanchor(DOC, DOC, &[anchor]);
    assert_eq!(
        placed_text(DOC, &result[0]).as_deref(),
        Some("a landing page")
    );
}

#[test]
fn non_latin_text_is_counted_in_characters() {
    let old = "Клиент формулирует цели по SMART и отслеживает прогресс.";
    let new = "Сначала: клиент формулирует цели по SMART и отслеживает прогресс.";
    let anchor = anchor_on(old, "цели по SMART");
    let result = reanchor(old, new, &[anchor]);
    assert_eq!(
        placed_text(new, &result[0]).as_deref(),
        Some("цели по SMART")
    );
}
