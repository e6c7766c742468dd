//! A re-anchoring corpus with ground truth: a generated document of about 600,000 characters
//! (English with Polish and Russian words, and boilerplate paragraphs repeated throughout), a new
//! version made by realistic edits — inserted, deleted and moved paragraphs, words replaced,
//! sentences rewritten or added, typos fixed — and anchors on the old version. Every character of
//! the new version remembers which old character it came from, which gives the truth: where each
//! anchor's text went, or that it is gone.

/// A small deterministic generator (xorshift64*), so every run builds the same corpus.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
}

pub(crate) const WORDS: &[&str] = &[
    "the",
    "a",
    "our",
    "their",
    "this",
    "each",
    "every",
    "new",
    "first",
    "next",
    "client",
    "mentor",
    "program",
    "offer",
    "product",
    "market",
    "plan",
    "goal",
    "step",
    "price",
    "customer",
    "bakery",
    "survey",
    "interview",
    "pilot",
    "budget",
    "team",
    "session",
    "feedback",
    "result",
    "draft",
    "version",
    "strategy",
    "scenario",
    "channel",
    "landing",
    "page",
    "test",
    "month",
    "week",
    "quarter",
    "growth",
    "revenue",
    "cost",
    "risk",
    "partner",
    "supplier",
    "order",
    "delivery",
    "morning",
    "evening",
    "report",
    "summary",
    "question",
    "answer",
    "problem",
    "solution",
    "idea",
    "value",
    "segment",
    "region",
    "city",
    "Riga",
    "Warsaw",
    "Kazan",
    "helps",
    "builds",
    "tests",
    "measures",
    "plans",
    "sells",
    "buys",
    "needs",
    "wants",
    "shows",
    "tracks",
    "reviews",
    "improves",
    "reduces",
    "increases",
    "starts",
    "ends",
    "covers",
    "includes",
    "requires",
    "with",
    "for",
    "from",
    "into",
    "after",
    "before",
    "during",
    "without",
    "because",
    "while",
    "and",
    "or",
    "but",
    "so",
    "then",
    "also",
    "only",
    "early",
    "late",
    "small",
    "large",
    "local",
    "online",
    "weekly",
    "monthly",
    "clear",
    "simple",
    "honest",
    "careful",
    "realistic",
    "measurable",
    "three",
    "five",
    "ten",
    "twenty",
    "hundred",
    "klient",
    "cel",
    "plan",
    "rynek",
    "oferta",
    "spotkanie",
    "tydzień",
    "wynik",
    "цель",
    "план",
    "клиент",
    "рынок",
    "встреча",
    "неделя",
    "результат",
    "тренер",
    "сессия",
    "продукт",
];

const BOILERPLATE: &[&str] = &[
    "Confidentiality: this document is shared with the mentor and the program staff only.",
    "Data protection: personal data in this document is processed under the program agreement.",
    "Complaints: questions about the mentoring go first to the mentor, then to the supervisor.",
];

pub(crate) fn sentence(rng: &mut Rng) -> String {
    let n = 6 + rng.below(15);
    let mut words: Vec<String> = (0..n)
        .map(|_| WORDS[rng.below(WORDS.len())].to_owned())
        .collect();
    let mut first = words[0].chars();
    if let Some(c) = first.next() {
        words[0] = c.to_uppercase().chain(first).collect();
    }
    if n > 10 && rng.chance(0.4) {
        let at = 3 + rng.below(n - 6);
        words[at].push(',');
    }
    format!("{}.", words.join(" "))
}

pub(crate) fn paragraph(rng: &mut Rng) -> String {
    let n = 2 + rng.below(6);
    (0..n).map(|_| sentence(rng)).collect::<Vec<_>>().join(" ")
}

mod edit;

use edit::edit;

/// One character of the new version and the old character it came from.
pub(crate) type Tracked = Vec<(char, Option<u32>)>;

pub struct Corpus {
    pub old: String,
    pub new: String,
    /// For each old character, where it is in the new version.
    pub new_position: Vec<Option<u32>>,
}

/// How much the new version differs: the probabilities of each edit scale with it.
pub fn generate(seed: u64, size: usize, intensity: f64) -> Corpus {
    let mut rng = Rng::new(seed);
    let mut paragraphs: Vec<String> = Vec::new();
    let mut total = 0;
    while total < size {
        let p = if paragraphs.len() % 15 == 7 {
            BOILERPLATE[(paragraphs.len() / 15) % BOILERPLATE.len()].to_owned()
        } else {
            paragraph(&mut rng)
        };
        total += p.chars().count() + 2;
        paragraphs.push(p);
    }
    let old = paragraphs.join("\n\n");
    let mut offset = 0u32;
    let mut tracked: Vec<Tracked> = paragraphs
        .iter()
        .map(|p| {
            let t: Tracked = p
                .chars()
                .enumerate()
                .map(|(i, c)| (c, Some(offset + i as u32)))
                .collect();
            offset += p.chars().count() as u32 + 2;
            t
        })
        .collect();
    edit(&mut rng, &mut tracked, intensity);
    let mut new = String::new();
    let mut new_position = vec![None; old.chars().count()];
    let mut at = 0u32;
    for (i, p) in tracked.iter().enumerate() {
        if i > 0 {
            new.push_str("\n\n");
            at += 2;
        }
        for &(c, origin) in p {
            new.push(c);
            if let Some(o) = origin {
                new_position[o as usize] = Some(at);
            }
            at += 1;
        }
    }
    Corpus {
        old,
        new,
        new_position,
    }
}

/// An anchor on the old text with where its text truly went (`None`: gone).
pub struct TruthAnchor {
    pub start: usize,
    pub end: usize,
    pub truth: Option<(usize, usize)>,
}

/// `count` anchors of mixed lengths (a word to a few sentences; some on boilerplate).
pub fn anchors(corpus: &Corpus, seed: u64, count: usize) -> Vec<TruthAnchor> {
    let mut rng = Rng::new(seed);
    let old: Vec<char> = corpus.old.chars().collect();
    let boilerplate_starts: Vec<usize> = {
        let mut starts = Vec::new();
        for b in BOILERPLATE {
            let mut from = 0;
            while let Some(found) = corpus.old[from..].find(b) {
                starts.push(corpus.old[..from + found].chars().count());
                from += found + b.len();
            }
        }
        starts
    };
    let mut out = Vec::new();
    while out.len() < count {
        let start = if rng.chance(0.1) && !boilerplate_starts.is_empty() {
            boilerplate_starts[rng.below(boilerplate_starts.len())] + rng.below(20)
        } else {
            rng.below(old.len() - 1000)
        };
        // Start at a word.
        let mut s = start;
        while s < old.len()
            && !(old[s].is_alphanumeric() && (s == 0 || !old[s - 1].is_alphanumeric()))
        {
            s += 1;
        }
        let words_wanted = match rng.below(100) {
            0..=19 => 1 + rng.below(3),
            20..=59 => 4 + rng.below(9),
            60..=84 => 12 + rng.below(10),
            _ => 25 + rng.below(40),
        };
        let mut e = s;
        let mut seen = 0;
        while e < old.len() && seen < words_wanted {
            if old[e].is_alphanumeric() && (e + 1 == old.len() || !old[e + 1].is_alphanumeric()) {
                seen += 1;
            }
            e += 1;
        }
        if e <= s || e - s < 2 {
            continue;
        }
        let truth = truth_of(&corpus.new_position, s, e);
        out.push(TruthAnchor {
            start: s,
            end: e,
            truth,
        });
    }
    out
}

/// Where an anchor's text went: the tightest stretch of the new text, at most 1.5 times the
/// anchor's length, holding at least half of its characters; `None` (gone) if there is none.
fn truth_of(new_position: &[Option<u32>], s: usize, e: usize) -> Option<(usize, usize)> {
    let mut positions: Vec<usize> = new_position[s..e]
        .iter()
        .flatten()
        .map(|p| *p as usize)
        .collect();
    let len = e - s;
    let need = len.div_ceil(2);
    if positions.len() < need {
        return None;
    }
    positions.sort_unstable();
    let limit = len + len / 2;
    // Among windows of `need` consecutive kept characters that fit the limit, take the one
    // holding the most characters, extended to every kept character within the limit.
    let mut best: Option<(usize, usize, usize)> = None;
    let mut hi = 0;
    for lo in 0..positions.len() {
        hi = hi.max(lo);
        while hi + 1 < positions.len() && positions[hi + 1] + 1 - positions[lo] <= limit {
            hi += 1;
        }
        let count = hi - lo + 1;
        if count >= need && best.is_none_or(|b| count > b.2) {
            best = Some((positions[lo], positions[hi] + 1, count));
        }
    }
    best.map(|(a, b, _)| (a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_truth_follows_kept_characters() {
        let corpus = generate(7, 20_000, 1.0);
        assert!(corpus.old.chars().count() >= 20_000);
        assert_ne!(corpus.old, corpus.new);
        let new: Vec<char> = corpus.new.chars().collect();
        let old: Vec<char> = corpus.old.chars().collect();
        for (o, n) in corpus.new_position.iter().enumerate() {
            if let Some(n) = n {
                assert_eq!(old[o], new[*n as usize]);
            }
        }
        let anchors = anchors(&corpus, 9, 200);
        assert!(
            anchors.iter().any(|a| a.truth.is_none()),
            "some anchors lose their text"
        );
        assert!(anchors.iter().filter(|a| a.truth.is_some()).count() > 150);
    }

    #[test]
    fn the_same_seed_builds_the_same_corpus() {
        assert_eq!(generate(3, 5_000, 1.0).new, generate(3, 5_000, 1.0).new);
    }
}
