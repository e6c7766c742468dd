//! Finding where a quote may have moved: every `K`-character piece of the new text is indexed by
//! its hash; a quote's pieces vote for the offsets they are found at, and the offsets with the most
//! votes become candidates for a full alignment.

use std::collections::HashMap;

/// Length of an indexed piece.
pub const K: usize = 10;
/// How far apart votes may be and still count for the same candidate (tolerates small edits).
const BUCKET: usize = 16;
/// Pieces taken from one quote at most.
const MAX_SEEDS: usize = 48;

fn hash(piece: &[char]) -> u64 {
    // FNV-1a over the code points: fast, and collisions only cost a wasted alignment.
    piece.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, c| {
        (h ^ u64::from(*c as u32)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The positions of every `K`-character piece of a text.
pub struct SeedIndex {
    positions: HashMap<u64, Vec<u32>>,
}

impl SeedIndex {
    pub fn new(text: &[char]) -> Self {
        let mut positions: HashMap<u64, Vec<u32>> = HashMap::with_capacity(text.len());
        if text.len() >= K {
            for (i, piece) in text.windows(K).enumerate() {
                positions
                    .entry(hash(piece))
                    .or_default()
                    .push(u32::try_from(i).unwrap_or(u32::MAX));
            }
        }
        Self { positions }
    }

    /// Likely start offsets of `quote` in the text, best first, with their share of votes.
    pub fn candidates(&self, quote: &[char], limit: usize) -> Vec<(usize, f64)> {
        if quote.len() < K {
            return Vec::new();
        }
        let spots = quote.len() - K + 1;
        let seeds = spots.min(MAX_SEEDS);
        let mut votes: HashMap<usize, (usize, usize)> = HashMap::new();
        for s in 0..seeds {
            let offset = if seeds == 1 {
                0
            } else {
                s * (spots - 1) / (seeds - 1)
            };
            let Some(found) = self.positions.get(&hash(&quote[offset..offset + K])) else {
                continue;
            };
            // A piece found in very many places (boilerplate) says little; skip it.
            if found.len() > 64 {
                continue;
            }
            for &p in found {
                let start = (p as usize).saturating_sub(offset);
                let entry = votes.entry(start / BUCKET).or_insert((0, start));
                entry.0 += 1;
            }
        }
        let mut ranked: Vec<(usize, f64)> = votes
            .into_values()
            .map(|(n, start)| (start, n as f64 / seeds as f64))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(limit);
        ranked
    }
}

/// Every start offset where `quote` occurs exactly (for quotes too short to index).
pub fn exact_occurrences(text: &[char], quote: &[char], limit: usize) -> Vec<usize> {
    if quote.is_empty() || quote.len() > text.len() {
        return Vec::new();
    }
    text.windows(quote.len())
        .enumerate()
        .filter(|(_, w)| *w == quote)
        .map(|(i, _)| i)
        .take(limit)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_moved_sentence_is_found_at_its_new_place() {
        let text = chars(
            "Intro paragraph here. Other things follow. The quarterly plan targets three markets. End.",
        );
        let index = SeedIndex::new(&text);
        let quote = chars("The quarterly plan targets three markets.");
        let found = index.candidates(&quote, 3);
        assert_eq!(found[0].0, 43);
        assert!(found[0].1 > 0.9);
    }

    #[test]
    fn short_quotes_are_found_exactly() {
        let text = chars("a cat, a hat, a cat");
        assert_eq!(exact_occurrences(&text, &chars("cat"), 10), vec![2, 16]);
    }
}
