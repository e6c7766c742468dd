//! How a document's blocks and marks become pieces to render (pure, tested): list items grouped
//! into nested lists, and each block's text cut into runs at every mark and highlight boundary.
//! Positions are characters of the version's text, as the server counts them.

use shared::ids::ThreadId;
use shared::review::document::{Block, BlockKind, MarkKind, safe_href};

/// A block or a list of list-item blocks, in document order.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Block(usize),
    List { ordered: bool, items: Vec<Item> },
}

/// One list item (a block) with the lists nested under it.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub block: usize,
    pub children: Vec<Node>,
}

fn list_kind(block: &Block) -> Option<(bool, u8)> {
    match block.kind {
        BlockKind::ListItem { ordered, depth } => Some((ordered, depth)),
        _ => None,
    }
}

/// Groups `blocks` into nodes: consecutive list items form lists, deeper items nest under the
/// item before them.
pub fn group(blocks: &[Block]) -> Vec<Node> {
    let mut nodes = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        match list_kind(&blocks[i]) {
            Some((ordered, depth)) => nodes.push(list(blocks, &mut i, ordered, depth)),
            None => {
                nodes.push(Node::Block(i));
                i += 1;
            }
        }
    }
    nodes
}

fn list(blocks: &[Block], i: &mut usize, ordered: bool, depth: u8) -> Node {
    let mut items: Vec<Item> = Vec::new();
    while let Some((o, d)) = blocks.get(*i).and_then(list_kind) {
        if d > depth
            && let Some(last) = items.last_mut()
        {
            last.children.push(list(blocks, i, o, d));
        } else if (d == depth && o == ordered) || d > depth {
            items.push(Item {
                block: *i,
                children: Vec::new(),
            });
            *i += 1;
        } else {
            break;
        }
    }
    Node::List { ordered, items }
}

/// A comment's passage as the document shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Highlight {
    pub thread: ThreadId,
    pub start: usize,
    pub end: usize,
    pub resolved: bool,
}

/// A stretch of a block's text with the same formatting and highlights.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Run {
    pub start: usize,
    pub end: usize,
    pub strong: bool,
    pub emphasis: bool,
    pub code: bool,
    /// A safe link target (web or mail addresses only).
    pub link: Option<String>,
    /// The threads whose passage covers the run, shortest passage first.
    pub threads: Vec<ThreadId>,
    /// Whether every thread covering the run is resolved.
    pub resolved: bool,
    /// A thread whose passage starts here (its highlight's tab stop).
    pub opens: Option<ThreadId>,
}

/// Cuts `block` into runs at its marks' and `highlights`' boundaries.
pub fn runs(block: &Block, highlights: &[Highlight]) -> Vec<Run> {
    let (from, to) = (block.start, block.end);
    let mut cuts = vec![from, to];
    for (s, e) in block
        .marks
        .iter()
        .map(|m| (m.start, m.end))
        .chain(highlights.iter().map(|h| (h.start, h.end)))
    {
        cuts.extend([s.clamp(from, to), e.clamp(from, to)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut covering: Vec<&Highlight> = highlights.iter().collect();
    covering.sort_by_key(|h| h.end - h.start);
    cuts.windows(2)
        .map(|w| {
            let (s, e) = (w[0], w[1]);
            let mut run = Run {
                start: s,
                end: e,
                ..Run::default()
            };
            for mark in block.marks.iter().filter(|m| m.start <= s && e <= m.end) {
                match &mark.kind {
                    MarkKind::Strong => run.strong = true,
                    MarkKind::Emphasis => run.emphasis = true,
                    MarkKind::Code => run.code = true,
                    MarkKind::Link { href } if safe_href(href) => run.link = Some(href.clone()),
                    MarkKind::Link { .. } => {}
                }
            }
            let here: Vec<&&Highlight> = covering
                .iter()
                .filter(|h| h.start <= s && e <= h.end)
                .collect();
            run.threads = here.iter().map(|h| h.thread).collect();
            run.resolved = !here.is_empty() && here.iter().all(|h| h.resolved);
            run.opens = here.iter().find(|h| h.start == s).map(|h| h.thread);
            run
        })
        .collect()
}

/// `[start, end)` without the white space at its ends (a double-click takes the space after a
/// word); `None` when nothing but white space is left.
pub fn trim(chars: &[char], start: usize, end: usize) -> Option<(usize, usize)> {
    let end = end.min(chars.len());
    let mut s = start.min(end);
    let mut e = end;
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    (s < e).then_some((s, e))
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
