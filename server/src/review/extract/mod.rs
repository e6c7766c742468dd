//! Turning an uploaded file into a [`DocumentBody`]: the type is decided by the content (never
//! by the name alone), and each reader is fenced in — size limits, entry and page limits,
//! decompression limits, and (in [`extract_contained`]) a panic guard and a time limit — so a
//! hostile or broken file gets a clear refusal and affects nothing else.

mod docx;
mod markdown;
mod pdf;
mod plain;

use shared::review::document::DocumentBody;
use std::time::Duration;

/// What kind of document a file is, by its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Markdown,
    PlainText,
    Docx,
    Pdf,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Markdown => "markdown",
            Kind::PlainText => "text",
            Kind::Docx => "docx",
            Kind::Pdf => "pdf",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Kind::Markdown => "text/markdown; charset=utf-8",
            Kind::PlainText => "text/plain; charset=utf-8",
            Kind::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Kind::Pdf => "application/pdf",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is not a Markdown, text, Word (DOCX) or PDF document")]
    NotADocument,
    #[error("the file is larger than {limit} bytes")]
    TooLarge { limit: usize },
    #[error(
        "the file expands to more than the limits allow (a compressed archive that is too large, or too many parts)"
    )]
    TooComplex,
    #[error("the {0} file is damaged and cannot be read")]
    Unreadable(&'static str),
    #[error("the PDF is protected with a password")]
    Encrypted,
    #[error("the document contains no text (a scanned PDF needs text recognition first)")]
    NoText,
    #[error("reading the document took too long")]
    TimedOut,
}

/// Limits a reader must stay within.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// The largest upload accepted, in bytes.
    pub max_file: usize,
    /// The most bytes a compressed part (DOCX XML, PDF stream) may expand to.
    pub max_expanded: usize,
    /// The most pages of a PDF, or entries of a DOCX archive.
    pub max_parts: usize,
    /// The most characters of extracted text.
    pub max_text: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_file: 20 * 1024 * 1024,
            max_expanded: 64 * 1024 * 1024,
            max_parts: 5_000,
            max_text: 5_000_000,
        }
    }
}

/// The kind of a file from its first bytes (and, between Markdown and plain text, its name).
pub fn sniff(bytes: &[u8], name: &str) -> Result<Kind, ExtractError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ExtractError::Empty);
    }
    if bytes.starts_with(b"%PDF-") {
        return Ok(Kind::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Ok(Kind::Docx);
    }
    if !plain::looks_like_text(bytes) {
        return Err(ExtractError::NotADocument);
    }
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".md") || lower.ends_with(".markdown") {
        Ok(Kind::Markdown)
    } else {
        Ok(Kind::PlainText)
    }
}

/// Extracts the text of a file. Synchronous and CPU-bound: call [`extract_contained`] from async
/// code.
pub fn extract(
    bytes: &[u8],
    name: &str,
    limits: &Limits,
) -> Result<(Kind, DocumentBody), ExtractError> {
    if bytes.len() > limits.max_file {
        return Err(ExtractError::TooLarge {
            limit: limits.max_file,
        });
    }
    let kind = sniff(bytes, name)?;
    let body = match kind {
        Kind::Markdown => markdown::extract(plain::decode(bytes)?),
        Kind::PlainText => plain::extract(plain::decode(bytes)?),
        Kind::Docx => docx::extract(bytes, limits)?,
        Kind::Pdf => pdf::extract(bytes, limits)?,
    };
    if body.text.trim().is_empty() {
        return Err(if kind == Kind::Pdf {
            ExtractError::NoText
        } else {
            ExtractError::Empty
        });
    }
    if body.text.chars().count() > limits.max_text {
        return Err(ExtractError::TooComplex);
    }
    Ok((kind, body))
}

/// How long one extraction may take.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// Runs [`extract`] on the blocking pool, turning a reader's panic into `Unreadable` and a
/// runaway reader into `TimedOut` (the thread is left to finish on its own; its result is
/// dropped).
pub async fn extract_contained(
    bytes: axum::body::Bytes,
    name: String,
    limits: Limits,
) -> Result<(Kind, DocumentBody), ExtractError> {
    let kind_hint = sniff(&bytes, &name).map(Kind::as_str).unwrap_or("uploaded");
    let task = tokio::task::spawn_blocking(move || {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            extract(&bytes, &name, &limits)
        }))
    });
    match tokio::time::timeout(TIME_LIMIT, task).await {
        Err(_) => Err(ExtractError::TimedOut),
        Ok(Err(_)) | Ok(Ok(Err(_))) => {
            tracing::warn!(
                kind = kind_hint,
                "a document reader panicked; the upload is refused"
            );
            Err(ExtractError::Unreadable(kind_hint))
        }
        Ok(Ok(Ok(result))) => result,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_decides_the_type() {
        assert_eq!(sniff(b"%PDF-1.7 ...", "notes.txt"), Ok(Kind::Pdf));
        assert_eq!(sniff(b"PK\x03\x04....", "offer.pdf"), Ok(Kind::Docx));
        assert_eq!(sniff(b"# Offer\n\nText", "offer.md"), Ok(Kind::Markdown));
        assert_eq!(sniff(b"# Offer\n\nText", "offer.txt"), Ok(Kind::PlainText));
        assert_eq!(
            sniff(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "offer.md"),
            Err(ExtractError::NotADocument)
        );
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n\x00\x00", "offer.md"),
            Err(ExtractError::NotADocument)
        );
        assert_eq!(sniff(b"", "offer.md"), Err(ExtractError::Empty));
        assert_eq!(sniff(b"  \n\t ", "offer.md"), Err(ExtractError::Empty));
    }

    #[test]
    fn binary_garbage_is_refused_and_oversize_files_too() {
        let garbage: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        assert_eq!(
            extract(&garbage, "x.md", &Limits::default()).unwrap_err(),
            ExtractError::NotADocument
        );
        let limits = Limits {
            max_file: 10,
            ..Limits::default()
        };
        assert_eq!(
            extract(b"More than ten bytes of text", "a.txt", &limits).unwrap_err(),
            ExtractError::TooLarge { limit: 10 }
        );
    }

    #[tokio::test]
    async fn a_reader_that_panics_is_contained() {
        // A PDF header followed by nonsense: whatever the parser does, the answer is a refusal.
        let bytes = axum::body::Bytes::from_static(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF");
        let result = extract_contained(bytes, "broken.pdf".into(), Limits::default()).await;
        assert!(
            matches!(
                result,
                Err(ExtractError::Unreadable(_) | ExtractError::NoText)
            ),
            "{result:?}"
        );
    }
}
