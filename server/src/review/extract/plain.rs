//! Plain text: paragraphs separated by blank lines.

use super::ExtractError;
use shared::review::document::{BlockKind, BodyBuilder, DocumentBody};

/// Whether bytes are text: valid UTF-8 (a BOM allowed), no NUL, hardly any control characters.
pub fn looks_like_text(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)) else {
        return false;
    };
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    !text.contains('\0') && controls * 100 <= text.chars().count()
}

pub fn decode(bytes: &[u8]) -> Result<&str, ExtractError> {
    std::str::from_utf8(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes))
        .map_err(|_| ExtractError::NotADocument)
}

pub fn extract(text: &str) -> DocumentBody {
    let text = text.replace("\r\n", "\n");
    let mut body = BodyBuilder::new();
    for paragraph in text.split("\n\n") {
        let paragraph = paragraph.trim_matches('\n');
        if paragraph.trim().is_empty() {
            continue;
        }
        body.start(BlockKind::Paragraph);
        body.push(paragraph.trim_end());
    }
    body.build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_split_on_blank_lines() {
        let body = extract("First line\nsame paragraph\r\n\r\n\r\nSecond\n");
        assert_eq!(body.text, "First line\nsame paragraph\n\nSecond");
        assert_eq!(body.blocks.len(), 2);
    }

    #[test]
    fn text_is_told_from_binary() {
        assert!(looks_like_text("Zażółć gęślą jaźń\n".as_bytes()));
        assert!(looks_like_text(b"\xef\xbb\xbfWith a BOM"));
        assert!(!looks_like_text(b"nul\0inside"));
        assert!(!looks_like_text(&[0xff, 0xfe, 0x00, 0x41]));
    }
}
