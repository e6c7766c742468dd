//! Approximate matching of a quote inside a window of text: semi-global edit distance (the quote
//! must be matched whole, the window may be entered and left anywhere), with the matched span.

/// Where and how well a quote matched in a window.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Alignment {
    /// Start of the match in the window (chars).
    pub start: usize,
    /// End (exclusive) of the match in the window.
    pub end: usize,
    /// Edit distance between the quote and the matched span.
    pub distance: usize,
}

impl Alignment {
    /// 1 for an exact match, falling towards 0 as edits approach the quote's length.
    pub fn similarity(&self, quote_len: usize) -> f64 {
        if quote_len == 0 {
            return 0.0;
        }
        1.0 - (self.distance as f64 / quote_len as f64).min(1.0)
    }
}

/// The longest quote aligned whole; longer quotes are aligned by their head and tail.
const WHOLE_LIMIT: usize = 512;
const PART: usize = 200;

/// Best semi-global alignment of `quote` in `window` (Sellers' algorithm with start tracking).
/// Ties prefer the leftmost end, then the longest match.
pub fn align(quote: &[char], window: &[char]) -> Option<Alignment> {
    if quote.is_empty() || window.is_empty() {
        return None;
    }
    if quote.len() > WHOLE_LIMIT {
        return align_long(quote, window);
    }
    let w = window.len();
    // prev[j]: distance of quote[..i] ending at window[..j]; start[j]: where that match began.
    let mut prev: Vec<usize> = vec![0; w + 1];
    let mut prev_start: Vec<usize> = (0..=w).collect();
    let mut cur = vec![0usize; w + 1];
    let mut cur_start = vec![0usize; w + 1];
    for (i, &q) in quote.iter().enumerate() {
        cur[0] = i + 1;
        cur_start[0] = 0;
        for j in 1..=w {
            let substitute = prev[j - 1] + usize::from(window[j - 1] != q);
            let delete = prev[j] + 1;
            let insert = cur[j - 1] + 1;
            let (best, from) = if substitute <= delete && substitute <= insert {
                (substitute, prev_start[j - 1])
            } else if delete <= insert {
                (delete, prev_start[j])
            } else {
                (insert, cur_start[j - 1])
            };
            cur[j] = best;
            cur_start[j] = from;
        }
        std::mem::swap(&mut prev, &mut cur);
        std::mem::swap(&mut prev_start, &mut cur_start);
    }
    let (end, distance) = prev
        .iter()
        .enumerate()
        .skip(1)
        .min_by_key(|(_, d)| **d)
        .map(|(j, d)| (j, *d))?;
    Some(Alignment {
        start: prev_start[end],
        end,
        distance,
    })
}

/// Aligns a long quote by its head and its tail; the distance is estimated from both parts and
/// from how far the matched length is from the quote's.
fn align_long(quote: &[char], window: &[char]) -> Option<Alignment> {
    let head = align(&quote[..PART], window)?;
    let tail_from = head.end.min(window.len());
    let tail = align(&quote[quote.len() - PART..], &window[tail_from..])?;
    let start = head.start;
    let end = tail_from + tail.end;
    let matched = end.saturating_sub(start);
    let length_gap = matched.abs_diff(quote.len());
    let sampled = head.distance + tail.distance;
    let scale = quote.len() as f64 / (2 * PART) as f64;
    let distance = ((sampled as f64 * scale) as usize).max(length_gap);
    Some(Alignment {
        start,
        end,
        distance,
    })
}

/// Plain edit distance (for short context strings).
pub fn levenshtein(a: &[char], b: &[char]) -> usize {
    if a.is_empty() {
        return b.len();
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != cb))
                .min(above + 1)
                .min(row[j] + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// 1 for equal strings, 0 for nothing in common.
pub fn ratio(a: &[char], b: &[char]) -> f64 {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    1.0 - levenshtein(a, b) as f64 / longest as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn an_exact_quote_is_found_where_it_is() {
        let a = align(&chars("brown fox"), &chars("the quick brown fox jumps")).unwrap();
        assert_eq!((a.start, a.end, a.distance), (10, 19, 0));
        assert_eq!(a.similarity(9), 1.0);
    }

    #[test]
    fn a_lightly_edited_quote_is_found_with_its_edits_counted() {
        let a = align(&chars("brown fox"), &chars("the quick browne fax jumps")).unwrap();
        assert_eq!((a.start, a.distance), (10, 2));
        assert_eq!(a.end, 20);
    }

    #[test]
    fn long_quotes_are_aligned_by_head_and_tail() {
        let text: String = (0..300).map(|i| format!("word{i} ")).collect();
        let window = format!("prefix material {text} suffix material");
        let a = align(&chars(&text), &chars(&window)).unwrap();
        assert_eq!(a.start, "prefix material ".chars().count());
        assert_eq!(a.end - a.start, text.chars().count());
        assert_eq!(a.distance, 0);
    }

    #[test]
    fn edit_distance_and_ratio() {
        assert_eq!(levenshtein(&chars("kitten"), &chars("sitting")), 3);
        assert_eq!(ratio(&chars("abc"), &chars("abc")), 1.0);
        assert_eq!(ratio(&chars(""), &chars("")), 1.0);
        assert!(ratio(&chars("abc"), &chars("xyz")) < 0.01);
    }
}
