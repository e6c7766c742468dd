//! Carrying a comment's anchor from one version of a text to the next.
//!
//! An anchor is a W3C Web Annotation–style selector on the old text: the quote (`exact`, with
//! `prefix` and `suffix` context) and its position (`start`, `end`, in characters). Placing it
//! on the new text goes in two steps:
//!
//! 1. **Follow the diff.** A word-level diff maps every unchanged stretch of the old text to the
//!    new. A quote that survived whole lands exactly where its characters went (confidence 1);
//!    one that was lightly edited lands where most of it went, refined by aligning the quote
//!    there. Because the diff keeps the surrounding text in order, a quote repeated elsewhere
//!    (boilerplate) follows its own copy, not a look-alike.
//! 2. **Search, carefully.** When most of the quote left its place (a moved paragraph is a
//!    deletion plus an insertion to a diff), its pieces are looked up in the new text, and the
//!    best few spots are aligned and judged by the quote and by its context. It is placed only
//!    when the match is close and unambiguous; otherwise it is honestly **orphaned**.
//!
//! Every placement has a confidence; below [`CHECK_BELOW`] it is flagged "check placement".

use super::align::{align, ratio};
use super::diffmap::DiffMap;
use super::seeds::{SeedIndex, exact_occurrences};
use serde::{Deserialize, Serialize};
use std::cell::OnceCell;

/// A quote selector with its position on the text it was made on. Positions count characters
/// (Unicode scalar values), `end` exclusive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TextAnchor {
    pub exact: String,
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
    pub start: usize,
    pub end: usize,
}

/// How a placement was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// The quote survived unchanged where the diff put it.
    Unchanged,
    /// The quote was edited in place; found through the diff and aligned.
    Edited,
    /// The quote moved; found by searching for it.
    Moved,
}

/// Where an anchor lands on the new text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Placement {
    Placed {
        start: usize,
        end: usize,
        /// 0–1: how sure the placement is.
        confidence: f64,
        /// The confidence is low enough that a person should look.
        check_placement: bool,
        method: Method,
    },
    /// The passage is gone (deleted or rewritten beyond recognition, or only look-alikes remain).
    Orphaned,
}

/// Placements below this confidence are flagged for a person to check.
pub const CHECK_BELOW: f64 = 0.8;
/// An edited quote stays anchored when it matches this closely…
const EDITED_SURE: f64 = 0.75;
/// …or at least this closely with its surroundings agreeing.
const EDITED_MIN: f64 = 0.65;
/// A moved quote is placed when it matches this closely…
pub(super) const MOVED_SURE: f64 = 0.9;
/// …or at least this closely with its surroundings agreeing.
pub(super) const MOVED_MIN: f64 = 0.8;
/// Context similarity that counts as "the surroundings agree".
pub(super) const CONTEXT_AGREES: f64 = 0.6;
/// Context compared on each side of a quote, in characters.
const CONTEXT: usize = 32;

/// Places anchors made on `old` onto `new`. Build once per pair of texts; place many anchors.
pub struct Reanchorer {
    pub(super) old_text: String,
    old: Vec<char>,
    pub(super) new: Vec<char>,
    pub(super) map: DiffMap,
    pub(super) index: OnceCell<SeedIndex>,
}

impl Reanchorer {
    pub fn new(old: &str, new: &str) -> Self {
        let old: Vec<char> = old.chars().collect();
        let new: Vec<char> = new.chars().collect();
        let map = DiffMap::new(&old, &new);
        Self {
            old_text: old.iter().collect(),
            old,
            new,
            map,
            index: OnceCell::new(),
        }
    }

    /// The word-level map between the texts (also used to show differences).
    pub fn diff(&self) -> &DiffMap {
        &self.map
    }

    pub fn place(&self, anchor: &TextAnchor) -> Placement {
        let quote: Vec<char> = anchor.exact.chars().collect();
        if quote.is_empty() {
            return Placement::Orphaned;
        }
        let (start, end) = self.locate_in_old(anchor, &quote);
        if let Some(placement) = self.follow_diff(anchor, &quote, start, end) {
            return placement;
        }
        self.search(anchor, &quote, start)
    }

    /// The anchor's span on the old text: its position if the quote is there, else the nearest
    /// copy of the quote (positions are hints, the quote is the truth).
    fn locate_in_old(&self, anchor: &TextAnchor, quote: &[char]) -> (usize, usize) {
        let fits = anchor.end <= self.old.len()
            && anchor.start < anchor.end
            && self.old[anchor.start..anchor.end] == *quote;
        if fits {
            return (anchor.start, anchor.end);
        }
        exact_occurrences(&self.old, quote, 1000)
            .into_iter()
            .min_by_key(|p| p.abs_diff(anchor.start))
            .map(|p| (p, p + quote.len()))
            .unwrap_or((
                anchor.start.min(self.old.len()),
                anchor.end.min(self.old.len()),
            ))
    }

    fn follow_diff(
        &self,
        anchor: &TextAnchor,
        quote: &[char],
        start: usize,
        end: usize,
    ) -> Option<Placement> {
        let len = end.saturating_sub(start);
        if len == 0 {
            return None;
        }
        let surviving = self.map.surviving(start, end);
        let kept: usize = surviving.iter().map(|b| b.len).sum();
        if let [only] = surviving.as_slice()
            && only.len == len
            && self.new[only.new..only.new + len] == *quote
        {
            return Some(Placement::Placed {
                start: only.new,
                end: only.new + len,
                confidence: 1.0,
                check_placement: false,
                method: Method::Unchanged,
            });
        }
        if (kept as f64) < 0.4 * len as f64 {
            return None;
        }
        let (first, last) = (surviving.first()?, surviving.last()?);
        // The surviving pieces must still be in order and roughly together.
        let in_order = surviving
            .windows(2)
            .all(|w| w[0].new + w[0].len <= w[1].new);
        let from = first.new.saturating_sub(first.old - start);
        let to = last.new + last.len + (end - (last.old + last.len));
        if !in_order || to < from || to - from > 2 * len + 16 {
            return None;
        }
        let slack = (len / 4).max(8);
        let window_start = from.saturating_sub(slack);
        let window_end = (to + slack).min(self.new.len());
        let kept_share = kept as f64 / len as f64;
        if let Some(found) = align(quote, &self.new[window_start..window_end]) {
            let similarity = found.similarity(quote.len());
            let (s, e) = (window_start + found.start, window_start + found.end);
            let context = self.context_similarity(anchor, s, e);
            // A close match stands on its own; a looser one needs its surroundings to agree.
            if similarity >= EDITED_SURE || (similarity >= EDITED_MIN && context >= CONTEXT_AGREES)
            {
                let confidence = similarity * (0.85 + 0.15 * context);
                return Some(Placement::Placed {
                    start: s,
                    end: e,
                    confidence,
                    check_placement: confidence < CHECK_BELOW,
                    method: Method::Edited,
                });
            }
        }
        // Part of the passage was cut or rewritten, but most of it is still here, together:
        // point at what is left and ask a person to look.
        let (s, e) = (first.new, last.new + last.len);
        let together = e - s <= kept + (kept / 5).max(16);
        if (kept_share >= 0.6 && (e - s) * 2 <= len * 3) || (kept_share >= 0.5 && together) {
            return Some(Placement::Placed {
                start: s,
                end: e,
                confidence: 0.6 * kept_share,
                check_placement: true,
                method: Method::Edited,
            });
        }
        None
    }

    /// How well the text around `[start, end)` in the new text matches the anchor's context.
    pub(super) fn context_similarity(&self, anchor: &TextAnchor, start: usize, end: usize) -> f64 {
        let prefix: Vec<char> = tail(&anchor.prefix, CONTEXT);
        let suffix: Vec<char> = anchor.suffix.chars().take(CONTEXT).collect();
        let before = &self.new[start.saturating_sub(prefix.len())..start];
        let after = &self.new[end..(end + suffix.len()).min(self.new.len())];
        let sides = [(prefix.as_slice(), before), (suffix.as_slice(), after)];
        let scores: Vec<f64> = sides
            .iter()
            .filter(|(wanted, _)| !wanted.is_empty())
            .map(|(wanted, got)| ratio(wanted, got))
            .collect();
        if scores.is_empty() {
            1.0
        } else {
            scores.iter().sum::<f64>() / scores.len() as f64
        }
    }
}

fn tail(text: &str, n: usize) -> Vec<char> {
    let chars: Vec<char> = text.chars().collect();
    chars[chars.len().saturating_sub(n)..].to_vec()
}

/// Places each anchor; the same code the server runs when a new version is uploaded.
pub fn reanchor(old: &str, new: &str, anchors: &[TextAnchor]) -> Vec<Placement> {
    let engine = Reanchorer::new(old, new);
    anchors.iter().map(|a| engine.place(a)).collect()
}

/// An anchor for `[start, end)` of `text`, with `CONTEXT` characters of context on each side.
pub fn anchor_at(text: &str, start: usize, end: usize) -> TextAnchor {
    let chars: Vec<char> = text.chars().collect();
    let end = end.min(chars.len());
    let start = start.min(end);
    TextAnchor {
        exact: chars[start..end].iter().collect(),
        prefix: chars[start.saturating_sub(CONTEXT)..start].iter().collect(),
        suffix: chars[end..(end + CONTEXT).min(chars.len())]
            .iter()
            .collect(),
        start,
        end,
    }
}
