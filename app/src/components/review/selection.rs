//! From the browser's selection to character positions in a version's text.
//!
//! Every block of the rendered document carries `data-start` and `data-end` (its span of the
//! text) and holds nothing but that text, so the characters before a point inside a block are
//! the block's start plus the characters of the DOM range from the block's beginning to the
//! point. JavaScript strings count UTF-16 units while the server counts Unicode scalar values:
//! each piece is turned into a Rust string and its `char`s counted.

use leptos::prelude::*;
use std::cmp::Ordering;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Range};

/// The blocks of the document under `root` with their spans, in document order.
fn blocks(root: &Element) -> Vec<(Element, usize, usize)> {
    let Ok(list) = root.query_selector_all("[data-start]") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|e| {
            let start = e.get_attribute("data-start")?.parse().ok()?;
            let end = e.get_attribute("data-end")?.parse().ok()?;
            Some((e, start, end))
        })
        .collect()
}

/// Where a point lies against an element's contents: before, inside or after.
fn compare(element: &Element, node: &Node, offset: u32) -> Option<Ordering> {
    let range = document().create_range().ok()?;
    range.select_node_contents(element).ok()?;
    Some(range.compare_point(node, offset).ok()?.cmp(&0))
}

/// The characters from the beginning of `element` to the point.
fn chars_before(element: &Element, node: &Node, offset: u32) -> Option<usize> {
    let range = document().create_range().ok()?;
    range.set_start(element, 0).ok()?;
    range.set_end(node, offset).ok()?;
    Some(String::from(range.to_string()).chars().count())
}

/// The span of the text that `range` covers within the document under `root`, or `None` when
/// it lies outside it or covers no text. A range that starts or ends between blocks (or in a
/// page marker) is cut to the text it covers.
pub fn span_of(root: &Element, range: &Range) -> Option<(usize, usize)> {
    let (sc, so) = (range.start_container().ok()?, range.start_offset().ok()?);
    let (ec, eo) = (range.end_container().ok()?, range.end_offset().ok()?);
    let root_node: &Node = root;
    if !root_node.contains(Some(&sc)) && !root_node.contains(Some(&ec)) {
        return None;
    }
    let blocks = blocks(root);
    let mut start = None;
    for (element, from, _) in &blocks {
        match compare(element, &sc, so)? {
            Ordering::Less => start = Some(*from),
            Ordering::Equal => start = Some(from + chars_before(element, &sc, so)?),
            Ordering::Greater => continue,
        }
        break;
    }
    let mut end = None;
    for (element, from, to) in blocks.iter().rev() {
        match compare(element, &ec, eo)? {
            Ordering::Greater => end = Some(*to),
            Ordering::Equal => end = Some(from + chars_before(element, &ec, eo)?),
            Ordering::Less => continue,
        }
        break;
    }
    let (start, end) = (start?, end?);
    (start < end).then_some((start, end))
}

/// The span of the current selection within the document under `root`.
pub fn selected_span(root: &Element) -> Option<(usize, usize)> {
    let selection = window().get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    span_of(root, &selection.get_range_at(0).ok()?)
}

/// Forgets the current selection (after commenting on it).
pub fn clear_selection() {
    if let Ok(Some(selection)) = window().get_selection() {
        let _ = selection.remove_all_ranges();
    }
}

/// Scrolls so that the selection is not hidden behind `bar` (fixed at the bottom of the
/// screen).
pub fn keep_clear_of(bar: &Element) {
    let Ok(Some(selection)) = window().get_selection() else {
        return;
    };
    if selection.is_collapsed() || selection.range_count() == 0 {
        return;
    }
    let Ok(range) = selection.get_range_at(0) else {
        return;
    };
    let covered = range.get_bounding_client_rect().bottom() - bar.get_bounding_client_rect().top();
    if covered > 0.0 {
        window().scroll_by_with_x_and_y(0.0, covered + 8.0);
    }
}

/// Moves focus to the first element matching `selector`, scrolling it into view.
pub fn focus_first(selector: &str) {
    if let Some(element) = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
