//! A map from positions in the old text to positions in the new one, made from a word-level diff:
//! every stretch the diff keeps equal maps one to one; everything else maps nowhere.

use similar::{Algorithm, DiffOp, capture_diff_slices};

/// A word with the spaces after it, or one other character with the spaces after it.
fn tokens(text: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let start = i;
        if text[i].is_alphanumeric() {
            while i < text.len() && text[i].is_alphanumeric() {
                i += 1;
            }
        } else {
            i += 1;
        }
        while i < text.len() && text[i].is_whitespace() {
            i += 1;
        }
        out.push((start, i));
    }
    out
}

/// Word-level differences between two texts, as runs of equal, inserted and deleted text.
pub fn word_diff(old: &str, new: &str) -> Vec<super::wire::DiffSegment> {
    use super::wire::{DiffOp as Op, DiffSegment};
    let old: Vec<char> = old.chars().collect();
    let new: Vec<char> = new.chars().collect();
    let old_tokens = tokens(&old);
    let new_tokens = tokens(&new);
    let old_words: Vec<&[char]> = old_tokens.iter().map(|&(s, e)| &old[s..e]).collect();
    let new_words: Vec<&[char]> = new_tokens.iter().map(|&(s, e)| &new[s..e]).collect();
    let text =
        |chars: &[char], tokens: &[(usize, usize)], range: std::ops::Range<usize>| -> String {
            if range.is_empty() {
                return String::new();
            }
            chars[tokens[range.start].0..tokens[range.end - 1].1]
                .iter()
                .collect()
        };
    let mut out: Vec<DiffSegment> = Vec::new();
    let mut push = |op: Op, text: String| {
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(&text),
            _ => out.push(DiffSegment { op, text }),
        }
    };
    for op in capture_diff_slices(Algorithm::Patience, &old_words, &new_words) {
        match op {
            DiffOp::Equal { old_index, len, .. } => push(
                Op::Equal,
                text(&old, &old_tokens, old_index..old_index + len),
            ),
            DiffOp::Delete {
                old_index, old_len, ..
            } => push(
                Op::Delete,
                text(&old, &old_tokens, old_index..old_index + old_len),
            ),
            DiffOp::Insert {
                new_index, new_len, ..
            } => push(
                Op::Insert,
                text(&new, &new_tokens, new_index..new_index + new_len),
            ),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                push(
                    Op::Delete,
                    text(&old, &old_tokens, old_index..old_index + old_len),
                );
                push(
                    Op::Insert,
                    text(&new, &new_tokens, new_index..new_index + new_len),
                );
            }
        }
    }
    out
}

/// A stretch that is the same in both texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub old: usize,
    pub new: usize,
    pub len: usize,
}

/// The equal stretches of two texts, ordered by their old position.
#[derive(Clone, Debug, Default)]
pub struct DiffMap {
    blocks: Vec<Block>,
}

impl DiffMap {
    pub fn new(old: &[char], new: &[char]) -> Self {
        let old_tokens = tokens(old);
        let new_tokens = tokens(new);
        let old_words: Vec<&[char]> = old_tokens.iter().map(|&(s, e)| &old[s..e]).collect();
        let new_words: Vec<&[char]> = new_tokens.iter().map(|&(s, e)| &new[s..e]).collect();
        let mut blocks: Vec<Block> = Vec::new();
        for op in capture_diff_slices(Algorithm::Patience, &old_words, &new_words) {
            if let DiffOp::Equal {
                old_index,
                new_index,
                len,
            } = op
            {
                let old_start = old_tokens[old_index].0;
                let new_start = new_tokens[new_index].0;
                let char_len = old_tokens[old_index + len - 1].1 - old_start;
                match blocks.last_mut() {
                    Some(last)
                        if last.old + last.len == old_start && last.new + last.len == new_start =>
                    {
                        last.len += char_len;
                    }
                    _ => blocks.push(Block {
                        old: old_start,
                        new: new_start,
                        len: char_len,
                    }),
                }
            }
        }
        Self { blocks }
    }

    /// The parts of `[start, end)` that survive unchanged, as `(old start, new start, len)`.
    pub fn surviving(&self, start: usize, end: usize) -> Vec<Block> {
        let first = self.blocks.partition_point(|b| b.old + b.len <= start);
        self.blocks[first..]
            .iter()
            .take_while(|b| b.old < end)
            .map(|b| {
                let from = b.old.max(start);
                let to = (b.old + b.len).min(end);
                Block {
                    old: from,
                    new: b.new + (from - b.old),
                    len: to - from,
                }
            })
            .filter(|b| b.len > 0)
            .collect()
    }

    /// Where old position `p` is in the new text, if it survived.
    pub fn map(&self, p: usize) -> Option<usize> {
        let i = self.blocks.partition_point(|b| b.old + b.len <= p);
        self.blocks
            .get(i)
            .filter(|b| b.old <= p)
            .map(|b| b.new + (p - b.old))
    }

    /// The new position nearest before old position `p` that survived, if any.
    pub fn map_before(&self, p: usize) -> Option<usize> {
        let i = self.blocks.partition_point(|b| b.old < p);
        let b = self.blocks.get(i.checked_sub(1)?)?;
        Some(b.new + (p.min(b.old + b.len) - b.old))
    }

    /// How many characters of `[start, end)` in the new text are kept from the old text (equal
    /// stretches are ordered in both texts, so the blocks are sorted by new position too).
    pub fn kept_in_new(&self, start: usize, end: usize) -> usize {
        let first = self.blocks.partition_point(|b| b.new + b.len <= start);
        self.blocks[first..]
            .iter()
            .take_while(|b| b.new < end)
            .map(|b| (b.new + b.len).min(end) - b.new.max(start))
            .sum()
    }

    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn unchanged_words_map_across_an_insertion() {
        let old = chars("One two three four.");
        let new = chars("One two and a half three four.");
        let map = DiffMap::new(&old, &new);
        assert_eq!(map.map(0), Some(0));
        assert_eq!(map.map(8), Some(19), "'three' moved right by the insertion");
        let surviving = map.surviving(4, 13);
        assert_eq!(surviving.iter().map(|b| b.len).sum::<usize>(), 9);
    }

    #[test]
    fn word_differences_rebuild_both_texts() {
        use crate::review::wire::DiffOp;
        let (old, new) = (
            "The pilot starts in March.",
            "The pilot starts in April, in Riga.",
        );
        let diff = word_diff(old, new);
        let side = |keep: DiffOp| {
            diff.iter()
                .filter(|s| s.op != keep)
                .map(|s| s.text.as_str())
                .collect::<String>()
        };
        assert_eq!(side(DiffOp::Insert), old);
        assert_eq!(side(DiffOp::Delete), new);
        assert!(
            diff.iter()
                .any(|s| s.op == DiffOp::Delete && s.text.contains("March"))
        );
    }

    #[test]
    fn deleted_words_map_nowhere() {
        let old = chars("Keep this. Drop that entirely. Keep the end.");
        let new = chars("Keep this. Keep the end.");
        let map = DiffMap::new(&old, &new);
        let drop_at = 11;
        assert_eq!(map.map(drop_at), None);
        assert_eq!(map.map_before(drop_at), Some(11));
    }
}
