//! A document's text as the server extracted it and the app shows it: one plain text (what
//! comments anchor to, positions counted in characters) and the blocks that give it structure.
//! No HTML ever travels: the app builds elements from blocks and marks, so nothing in an
//! uploaded document can run as script.

use serde::{Deserialize, Serialize};

/// The extracted text of one version.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocumentBody {
    /// Every block's text, blocks separated by a blank line (`"\n\n"`).
    pub text: String,
    pub blocks: Vec<Block>,
}

/// A structural block covering `text[start..end]` (characters).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Block {
    pub kind: BlockKind,
    pub start: usize,
    pub end: usize,
    /// Inline formatting inside the block, positions in the whole text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<Mark>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum BlockKind {
    Heading {
        level: u8,
    },
    Paragraph,
    ListItem {
        ordered: bool,
        depth: u8,
    },
    Code,
    Quote,
    /// The start of a page of a PDF; the block holds no text.
    Page {
        number: u32,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Mark {
    pub kind: MarkKind,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum MarkKind {
    Strong,
    Emphasis,
    Code,
    /// Only `http`, `https` and `mailto` links are kept (see [`safe_href`]).
    Link {
        href: String,
    },
}

/// Whether a link target may be shown as a link: web and mail addresses only, never
/// `javascript:`, `data:` or anything else a browser would run or open inline.
pub fn safe_href(href: &str) -> bool {
    let lower = href.trim().to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
        && !href.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// Builds a [`DocumentBody`] block by block, counting characters.
#[derive(Default)]
pub struct BodyBuilder {
    body: DocumentBody,
    chars: usize,
    open: Option<(BlockKind, usize, Vec<Mark>)>,
}

impl BodyBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts a block (ending any open one).
    pub fn start(&mut self, kind: BlockKind) {
        self.finish();
        if !self.body.text.is_empty() {
            self.body.text.push_str("\n\n");
            self.chars += 2;
        }
        self.open = Some((kind, self.chars, Vec::new()));
    }

    /// Appends text to the open block (a paragraph is opened if none is).
    pub fn push(&mut self, text: &str) {
        if self.open.is_none() {
            self.start(BlockKind::Paragraph);
        }
        self.body.text.push_str(text);
        self.chars += text.chars().count();
    }

    /// The current position, for marks.
    pub fn position(&self) -> usize {
        self.chars
    }

    /// Marks `[start, now)` of the open block.
    pub fn mark(&mut self, kind: MarkKind, start: usize) {
        let end = self.chars;
        self.mark_range(kind, start, end);
    }

    /// Marks `[start, end)` of the open block (ignored unless it lies inside it).
    pub fn mark_range(&mut self, kind: MarkKind, start: usize, end: usize) {
        if let Some((_, block_start, marks)) = &mut self.open
            && *block_start <= start
            && start < end
            && end <= self.chars
        {
            marks.push(Mark { kind, start, end });
        }
    }

    /// Ends the open block; an empty text block is dropped (page markers are kept).
    pub fn finish(&mut self) {
        let Some((kind, start, marks)) = self.open.take() else {
            return;
        };
        let empty = start == self.chars && !matches!(kind, BlockKind::Page { .. });
        if empty {
            // Take back the separator written for it.
            if self.body.text.ends_with("\n\n") {
                self.body.text.truncate(self.body.text.len() - 2);
                self.chars -= 2;
            }
            return;
        }
        self.body.blocks.push(Block {
            kind,
            start,
            end: self.chars,
            marks,
        });
    }

    pub fn build(mut self) -> DocumentBody {
        self.finish();
        self.body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_cover_their_text_and_are_separated_by_a_blank_line() {
        let mut b = BodyBuilder::new();
        b.start(BlockKind::Heading { level: 1 });
        b.push("Offer");
        b.start(BlockKind::Paragraph);
        let at = b.position();
        b.push("Żółw");
        b.mark(MarkKind::Strong, at);
        b.start(BlockKind::Paragraph);
        b.finish();
        let body = b.build();
        assert_eq!(body.text, "Offer\n\nŻółw");
        assert_eq!(body.blocks.len(), 2);
        assert_eq!((body.blocks[1].start, body.blocks[1].end), (7, 11));
        assert_eq!(body.blocks[1].marks[0].end, 11);
    }

    #[test]
    fn only_web_and_mail_links_are_safe() {
        assert!(safe_href("https://example.org/a"));
        assert!(safe_href("mailto:anna@example.org"));
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "/relative",
            "https://a b",
        ] {
            assert!(!safe_href(bad), "{bad}");
        }
    }
}
