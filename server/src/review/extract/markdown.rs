//! Markdown, read with pulldown-cmark into blocks and marks. Raw HTML is kept as visible text,
//! never as markup; links survive only with web or mail addresses.

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use shared::review::document::{BlockKind, BodyBuilder, DocumentBody, MarkKind, safe_href};

struct State {
    body: BodyBuilder,
    /// Ordered flag of each open list.
    lists: Vec<bool>,
    quote_depth: usize,
    /// Open inline marks: kind and start position.
    marks: Vec<(MarkKind, usize)>,
    /// Whether the open block has text yet (a list item's first paragraph joins the item).
    block_has_text: bool,
    in_item: bool,
}

impl State {
    fn start(&mut self, kind: BlockKind) {
        self.body.start(kind);
        self.block_has_text = false;
    }

    fn text(&mut self, text: &str) {
        self.body.push(text);
        self.block_has_text = true;
    }
}

fn level(h: HeadingLevel) -> u8 {
    match h {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

pub fn extract(source: &str) -> DocumentBody {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut s = State {
        body: BodyBuilder::new(),
        lists: Vec::new(),
        quote_depth: 0,
        marks: Vec::new(),
        block_has_text: false,
        in_item: false,
    };
    for event in Parser::new_ext(source, options) {
        match event {
            Event::Start(tag) => start_tag(&mut s, tag),
            Event::End(tag) => end_tag(&mut s, tag),
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => s.text(&t),
            Event::Code(t) => {
                let at = s.body.position();
                s.text(&t);
                s.body.mark(MarkKind::Code, at);
            }
            Event::SoftBreak => s.text(" "),
            Event::HardBreak => s.text("\n"),
            Event::Rule => {}
            Event::TaskListMarker(done) => s.text(if done { "☑ " } else { "☐ " }),
            Event::FootnoteReference(_) | Event::InlineMath(_) | Event::DisplayMath(_) => {}
        }
    }
    s.body.build()
}

fn start_tag(s: &mut State, tag: Tag<'_>) {
    match tag {
        Tag::Heading { level: h, .. } => s.start(BlockKind::Heading { level: level(h) }),
        Tag::Paragraph => {
            if s.in_item && !s.block_has_text {
                return; // the first paragraph of a list item is the item
            }
            let kind = if s.quote_depth > 0 {
                BlockKind::Quote
            } else {
                BlockKind::Paragraph
            };
            s.start(kind);
        }
        Tag::CodeBlock(CodeBlockKind::Fenced(_) | CodeBlockKind::Indented) => {
            s.start(BlockKind::Code)
        }
        Tag::BlockQuote(_) => s.quote_depth += 1,
        Tag::List(first) => s.lists.push(first.is_some()),
        Tag::Item => {
            let ordered = s.lists.last().copied().unwrap_or(false);
            let depth = u8::try_from(s.lists.len().saturating_sub(1)).unwrap_or(u8::MAX);
            s.start(BlockKind::ListItem { ordered, depth });
            s.in_item = true;
        }
        Tag::TableRow | Tag::TableHead => s.start(BlockKind::Paragraph),
        Tag::TableCell if s.block_has_text => s.text(" | "),
        Tag::Emphasis => s.marks.push((MarkKind::Emphasis, s.body.position())),
        Tag::Strong => s.marks.push((MarkKind::Strong, s.body.position())),
        Tag::Link { dest_url, .. } => {
            let href = dest_url.to_string();
            let kind = MarkKind::Link { href };
            s.marks.push((kind, s.body.position()));
        }
        _ => {}
    }
}

fn end_tag(s: &mut State, tag: TagEnd) {
    match tag {
        TagEnd::BlockQuote(_) => s.quote_depth = s.quote_depth.saturating_sub(1),
        TagEnd::List(_) => {
            s.lists.pop();
        }
        TagEnd::Item => {
            s.in_item = false;
            s.body.finish();
        }
        TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link => {
            if let Some((kind, start)) = s.marks.pop() {
                let keep = match &kind {
                    MarkKind::Link { href } => safe_href(href),
                    _ => true,
                };
                if keep {
                    s.body.mark(kind, start);
                }
            }
        }
        TagEnd::Heading(_)
        | TagEnd::Paragraph
        | TagEnd::CodeBlock
        | TagEnd::TableRow
        | TagEnd::TableHead
            if !s.in_item =>
        {
            s.body.finish()
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(body: &DocumentBody) -> Vec<BlockKind> {
        body.blocks.iter().map(|b| b.kind.clone()).collect()
    }

    #[test]
    fn headings_paragraphs_and_lists_become_blocks() {
        let body =
            extract("# Offer\n\nWe help **bakeries** plan.\n\n- first\n- second\n\n1. one\n");
        assert_eq!(
            body.text,
            "Offer\n\nWe help bakeries plan.\n\nfirst\n\nsecond\n\none"
        );
        assert_eq!(
            kinds(&body),
            vec![
                BlockKind::Heading { level: 1 },
                BlockKind::Paragraph,
                BlockKind::ListItem {
                    ordered: false,
                    depth: 0
                },
                BlockKind::ListItem {
                    ordered: false,
                    depth: 0
                },
                BlockKind::ListItem {
                    ordered: true,
                    depth: 0
                },
            ]
        );
        let strong = &body.blocks[1].marks[0];
        assert_eq!(strong.kind, MarkKind::Strong);
        let text: String = body
            .text
            .chars()
            .skip(strong.start)
            .take(strong.end - strong.start)
            .collect();
        assert_eq!(text, "bakeries");
    }

    #[test]
    fn html_and_scripts_stay_visible_text_and_unsafe_links_are_dropped() {
        let body = extract(
            "Hi <script>alert(1)</script> [click](javascript:alert(1)) [ok](https://example.org)\n\n<img src=x onerror=alert(1)>",
        );
        assert!(body.text.contains("<script>alert(1)</script>"));
        assert!(body.text.contains("<img src=x onerror=alert(1)>"));
        let links: Vec<_> = body.blocks.iter().flat_map(|b| &b.marks).collect();
        assert_eq!(links.len(), 1);
        assert_eq!(
            links[0].kind,
            MarkKind::Link {
                href: "https://example.org".into()
            }
        );
    }

    #[test]
    fn block_positions_index_the_text_in_characters() {
        let body = extract("## Цель\n\nКлиент формулирует цели.");
        for block in &body.blocks {
            let slice: String = body
                .text
                .chars()
                .skip(block.start)
                .take(block.end - block.start)
                .collect();
            assert!(!slice.is_empty());
        }
        assert_eq!(body.blocks[1].start, "Цель\n\n".chars().count());
    }
}
