//! Lists, runs and trimmed selections.

use super::*;
use shared::review::document::Mark;

fn block(kind: BlockKind, start: usize, end: usize) -> Block {
    Block {
        kind,
        start,
        end,
        marks: vec![],
    }
}

fn item(ordered: bool, depth: u8) -> Block {
    block(BlockKind::ListItem { ordered, depth }, 0, 1)
}

fn thread(n: u128) -> ThreadId {
    ThreadId(uuid::Uuid::from_u128(n))
}

#[test]
fn list_items_become_lists_nested_by_depth() {
    let blocks = [
        block(BlockKind::Paragraph, 0, 1),
        item(false, 0),
        item(false, 1),
        item(false, 1),
        item(false, 0),
        item(true, 0),
        block(BlockKind::Paragraph, 0, 1),
    ];
    let nodes = group(&blocks);
    let nested = Node::List {
        ordered: false,
        items: vec![
            Item {
                block: 2,
                children: vec![],
            },
            Item {
                block: 3,
                children: vec![],
            },
        ],
    };
    assert_eq!(
        nodes,
        vec![
            Node::Block(0),
            Node::List {
                ordered: false,
                items: vec![
                    Item {
                        block: 1,
                        children: vec![nested],
                    },
                    Item {
                        block: 4,
                        children: vec![],
                    },
                ],
            },
            Node::List {
                ordered: true,
                items: vec![Item {
                    block: 5,
                    children: vec![],
                }],
            },
            Node::Block(6),
        ]
    );
}

#[test]
fn a_list_starting_deep_keeps_every_item() {
    let nodes = group(&[item(false, 2), item(false, 1), item(false, 0)]);
    let count = |n: &Node| match n {
        Node::List { items, .. } => items.len(),
        Node::Block(_) => 0,
    };
    assert_eq!(nodes.iter().map(count).sum::<usize>(), 3);
}

#[test]
fn runs_split_at_marks_and_highlights_and_know_which_thread_starts_where() {
    // "We help bakeries plan." at 10..32, "bakeries" strong at 18..26.
    let mut b = block(BlockKind::Paragraph, 10, 32);
    b.marks.push(Mark {
        kind: MarkKind::Strong,
        start: 18,
        end: 26,
    });
    let long = Highlight {
        thread: thread(1),
        start: 13,
        end: 26,
        resolved: false,
    };
    let short = Highlight {
        thread: thread(2),
        start: 18,
        end: 22,
        resolved: true,
    };
    let runs = runs(&b, &[long, short]);
    let spans: Vec<(usize, usize, bool, usize)> = runs
        .iter()
        .map(|r| (r.start, r.end, r.strong, r.threads.len()))
        .collect();
    assert_eq!(
        spans,
        vec![
            (10, 13, false, 0),
            (13, 18, false, 1),
            (18, 22, true, 2),
            (22, 26, true, 1),
            (26, 32, false, 0),
        ]
    );
    assert_eq!(runs[1].opens, Some(thread(1)));
    assert_eq!(runs[2].opens, Some(thread(2)));
    assert_eq!(runs[2].threads[0], thread(2), "the shortest passage first");
    assert!(!runs[2].resolved, "an open thread covers it too");
    assert_eq!(runs[3].opens, None);
}

#[test]
fn only_safe_links_become_links() {
    let mut b = block(BlockKind::Paragraph, 0, 10);
    for (href, start) in [("javascript:alert(1)", 0), ("https://example.org", 5)] {
        b.marks.push(Mark {
            kind: MarkKind::Link { href: href.into() },
            start,
            end: start + 5,
        });
    }
    let links: Vec<Option<String>> = runs(&b, &[]).into_iter().map(|r| r.link).collect();
    assert_eq!(links, vec![None, Some("https://example.org".into())]);
}

#[test]
fn selections_lose_the_white_space_at_their_ends() {
    let chars: Vec<char> = "a  word \n\nnext".chars().collect();
    assert_eq!(trim(&chars, 1, 10), Some((3, 7)));
    assert_eq!(trim(&chars, 7, 10), None);
    assert_eq!(trim(&chars, 3, 99), Some((3, 14)));
}
