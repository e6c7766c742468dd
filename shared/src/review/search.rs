//! The second step of re-anchoring: finding a quote that left its place (see [`super::anchor`]).

use super::align::align;
use super::anchor::{
    CHECK_BELOW, CONTEXT_AGREES, MOVED_MIN, MOVED_SURE, Method, Placement, Reanchorer, TextAnchor,
};
use super::seeds::{K, SeedIndex, exact_occurrences};

/// Quotes shorter than this are judged by their context more than by themselves.
const SHORT: usize = 24;
/// Context taken on each side to tell a short quote's copies apart.
const TELLING_CONTEXT: usize = 16;

/// One scored spot: `(start, end, quote similarity, context similarity)`.
type Spot = (usize, usize, f64, f64);

impl Reanchorer {
    pub(super) fn search(
        &self,
        anchor: &TextAnchor,
        quote: &[char],
        old_start: usize,
    ) -> Placement {
        if !self.distinctive(anchor, quote) {
            return Placement::Orphaned;
        }
        self.best_match(anchor, quote, old_start)
            .unwrap_or_else(|| self.largest_piece(anchor, quote, old_start))
    }

    /// Whether the quote can be told apart from the rest of the old text once it moved. A
    /// repeated passage (boilerplate), or a long quote whose middle is one, cannot; a short quote
    /// can if it is unique together with a little of its context.
    fn distinctive(&self, anchor: &TextAnchor, quote: &[char]) -> bool {
        let probe: String = if quote.len() >= SHORT {
            let trim = quote.len() * 15 / 100;
            quote[trim..quote.len() - trim].iter().collect()
        } else {
            let prefix: Vec<char> = anchor.prefix.chars().collect();
            let before: String = prefix[prefix.len().saturating_sub(TELLING_CONTEXT)..]
                .iter()
                .collect();
            let after: String = anchor.suffix.chars().take(TELLING_CONTEXT).collect();
            format!("{before}{}{after}", anchor.exact)
        };
        let mut copies = self.old_text.match_indices(probe.as_str());
        !(copies.next().is_some() && copies.next().is_some())
    }

    /// Likely spots for the quote in the new text, aligned and scored.
    fn spots(&self, anchor: &TextAnchor, quote: &[char]) -> Vec<Spot> {
        let starts: Vec<usize> = if quote.len() < K {
            exact_occurrences(&self.new, quote, 64)
        } else {
            let index = self.index.get_or_init(|| SeedIndex::new(&self.new));
            index
                .candidates(quote, 6)
                .into_iter()
                .filter(|(_, share)| *share >= 0.15)
                .map(|(s, _)| s)
                .collect()
        };
        let mut scored: Vec<Spot> = starts
            .into_iter()
            .filter_map(|s| {
                let slack = (quote.len() / 4).max(4);
                let ws = s.saturating_sub(slack);
                let we = (s + quote.len() + slack).min(self.new.len());
                let found = align(quote, &self.new[ws..we])?;
                let (a, b) = (ws + found.start, ws + found.end);
                Some((
                    a,
                    b,
                    found.similarity(quote.len()),
                    self.context_similarity(anchor, a, b),
                ))
            })
            .filter(|c| c.2 >= MOVED_SURE || (c.2 >= MOVED_MIN && c.3 >= CONTEXT_AGREES + 0.1))
            // Text the diff kept from elsewhere in the old version is a look-alike that was
            // already there, not this quote moved: a moved passage is new to the new text.
            .filter(|c| 2 * self.map.kept_in_new(c.0, c.1) < c.1 - c.0)
            .collect();
        scored.sort_by(|x, y| (y.2 + y.3).total_cmp(&(x.2 + x.3)));
        scored.dedup_by(|x, y| x.0.abs_diff(y.0) < 4);
        scored
    }

    fn best_match(
        &self,
        anchor: &TextAnchor,
        quote: &[char],
        old_start: usize,
    ) -> Option<Placement> {
        let scored = self.spots(anchor, quote);
        let &(s, e, similarity, context) = scored.first()?;
        // A look-alike with as good a context makes the choice a guess: do not guess.
        let rival = scored
            .get(1)
            .filter(|r| r.2 + r.3 >= similarity + context - 0.05);
        let needs_context = quote.len() < SHORT || rival.is_some();
        if needs_context && context < CONTEXT_AGREES {
            return None;
        }
        if let Some(r) = rival {
            // Prefer the copy nearest to where the text used to be, if the diff knows.
            let near = self.map.map_before(old_start).unwrap_or(0);
            if r.0.abs_diff(near) < s.abs_diff(near) && (r.3 - context).abs() < 0.01 {
                return None;
            }
        }
        let mut confidence = similarity * (0.55 + 0.45 * context);
        if rival.is_some() {
            confidence *= 0.7;
        }
        Some(Placement::Placed {
            start: s,
            end: e,
            confidence,
            check_placement: confidence < CHECK_BELOW,
            method: Method::Moved,
        })
    }

    /// A quote over several paragraphs whose paragraphs went separate ways follows its largest
    /// piece, if that holds at least half of it; the placement is flagged for checking.
    fn largest_piece(&self, anchor: &TextAnchor, quote: &[char], old_start: usize) -> Placement {
        let mut pieces: Vec<(usize, usize)> = Vec::new();
        let mut from = 0;
        for (i, c) in quote.iter().enumerate() {
            if *c == '\n' {
                if i > from {
                    pieces.push((from, i));
                }
                from = i + 1;
            }
        }
        if from == 0 {
            return Placement::Orphaned;
        }
        if quote.len() > from {
            pieces.push((from, quote.len()));
        }
        let Some(&(ps, pe)) = pieces.iter().max_by_key(|(s, e)| e - s) else {
            return Placement::Orphaned;
        };
        if (pe - ps) * 2 < quote.len() {
            return Placement::Orphaned;
        }
        let piece = TextAnchor {
            exact: quote[ps..pe].iter().collect(),
            // Only the context that travelled with the piece counts.
            prefix: if ps == 0 {
                anchor.prefix.clone()
            } else {
                String::new()
            },
            suffix: if pe == quote.len() {
                anchor.suffix.clone()
            } else {
                String::new()
            },
            start: anchor.start + ps,
            end: anchor.start + pe,
        };
        let piece_chars = &quote[ps..pe];
        if !self.distinctive(&piece, piece_chars) {
            return Placement::Orphaned;
        }
        match self.best_match(&piece, piece_chars, old_start + ps) {
            Some(Placement::Placed {
                start,
                end,
                confidence,
                ..
            }) => Placement::Placed {
                start,
                end,
                confidence: confidence * (pe - ps) as f64 / quote.len() as f64,
                check_placement: true,
                method: Method::Moved,
            },
            _ => Placement::Orphaned,
        }
    }
}
