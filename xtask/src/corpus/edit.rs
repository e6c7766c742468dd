//! The edits that turn the old version into the new one, keeping each character's origin.

use super::{Rng, Tracked, WORDS, paragraph, sentence};

fn fresh(text: &str) -> Tracked {
    text.chars().map(|c| (c, None)).collect()
}

/// Word spans `(start, end)` of a paragraph.
fn words(p: &Tracked) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < p.len() {
        if p[i].0.is_alphanumeric() {
            let start = i;
            while i < p.len() && p[i].0.is_alphanumeric() {
                i += 1;
            }
            spans.push((start, i));
        } else {
            i += 1;
        }
    }
    spans
}

/// Sentence spans (up to and including the full stop).
fn sentences(p: &Tracked) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, (c, _)) in p.iter().enumerate() {
        if *c == '.' {
            spans.push((start, i + 1));
            start = (i + 2).min(p.len());
        }
    }
    spans
}

/// Applies realistic edits to the paragraphs; every probability scales with `k`.
pub(super) fn edit(rng: &mut Rng, doc: &mut Vec<Tracked>, k: f64) {
    let mut i = 0;
    while i < doc.len() {
        if rng.chance(0.03 * k) {
            doc.remove(i);
            continue;
        }
        if rng.chance(0.04 * k) && doc.len() > 2 {
            let p = doc.remove(i);
            let to = rng.below(doc.len());
            doc.insert(to, p);
            if to <= i {
                i += 1;
            }
            continue;
        }
        let p = &mut doc[i];
        if rng.chance(0.2 * k) {
            for _ in 0..1 + rng.below(2) {
                let spans = words(p);
                if spans.is_empty() {
                    break;
                }
                let (s, e) = spans[rng.below(spans.len())];
                p.splice(s..e, fresh(WORDS[rng.below(WORDS.len())]));
            }
        }
        if rng.chance(0.06 * k) {
            let spans = sentences(p);
            if !spans.is_empty() {
                let (s, e) = spans[rng.below(spans.len())];
                p.splice(s..e, fresh(&sentence(rng)));
            }
        }
        if rng.chance(0.06 * k) {
            let spans = sentences(p);
            let at = spans
                .get(rng.below(spans.len().max(1)))
                .map(|s| s.1)
                .unwrap_or(0);
            let mut added = fresh(&format!(" {}", sentence(rng)));
            if at == 0 {
                added.remove(0);
                added.push((' ', None));
            }
            p.splice(at..at, added);
        }
        if rng.chance(0.03 * k) && !p.is_empty() {
            let at = rng.below(p.len());
            if p[at].0.is_alphabetic() {
                p[at] = ('x', None);
            }
        }
        if rng.chance(0.04 * k) {
            doc.insert(i + 1, fresh(&paragraph(rng)));
            i += 1;
        }
        i += 1;
    }
}
