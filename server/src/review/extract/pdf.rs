//! PDF text, page by page, through lopdf with a limit on how far each stream may expand. A
//! parser panic is caught one level up ([`super::extract_contained`]).

use super::{ExtractError, Limits};
use shared::review::document::{BlockKind, BodyBuilder, DocumentBody};

pub fn extract(bytes: &[u8], limits: &Limits) -> Result<DocumentBody, ExtractError> {
    let document = lopdf::Document::load_mem(bytes).map_err(|_| ExtractError::Unreadable("PDF"))?;
    if document.is_encrypted() {
        return Err(ExtractError::Encrypted);
    }
    let pages = document.get_pages();
    if pages.len() > limits.max_parts {
        return Err(ExtractError::TooComplex);
    }
    let mut body = BodyBuilder::new();
    for &number in pages.keys() {
        let text = document
            .extract_text_with_limit(&[number], limits.max_expanded)
            .map_err(|_| ExtractError::Unreadable("PDF"))?;
        body.start(BlockKind::Page { number });
        for paragraph in paragraphs(&text) {
            body.start(BlockKind::Paragraph);
            body.push(&paragraph);
        }
    }
    Ok(body.build())
}

/// Lines joined into paragraphs: a blank line separates paragraphs, a line ending in a hyphen
/// joins the next without a space.
fn paragraphs(page: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in page.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        if !current.is_empty() && !current.ends_with('-') {
            current.push(' ');
        }
        current.push_str(line);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use lopdf::content::{Content, Operation};
    use lopdf::{Document, Object, Stream, dictionary};

    /// A PDF with one page per entry, each showing its lines of text.
    pub fn sample_pdf(pages: &[&[&str]]) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let font_id = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        });
        let resources_id =
            doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
        let mut kids = Vec::new();
        for lines in pages {
            let mut operations = vec![
                Operation::new("BT", vec![]),
                Operation::new("Tf", vec!["F1".into(), 12.into()]),
            ];
            for (i, line) in lines.iter().enumerate() {
                operations.push(Operation::new(
                    "Td",
                    vec![72.into(), (700 - 20 * i as i64).into()],
                ));
                operations.push(Operation::new("Tj", vec![Object::string_literal(*line)]));
            }
            operations.push(Operation::new("ET", vec![]));
            let content = Content { operations };
            let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
            let page_id = doc.add_object(dictionary! {
                "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
            });
            kids.push(page_id.into());
        }
        let count = kids.len() as i64;
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => kids, "Count" => count, "Resources" => resources_id,
                "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            }),
        );
        let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog_id);
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    }

    #[test]
    fn text_is_read_page_by_page() {
        let bytes = sample_pdf(&[
            &["Strategy session in week one."],
            &["Closing session in week four."],
        ]);
        let body = extract(&bytes, &Limits::default()).unwrap();
        let pages: Vec<_> = body
            .blocks
            .iter()
            .filter(|b| matches!(b.kind, BlockKind::Page { .. }))
            .collect();
        assert_eq!(pages.len(), 2);
        assert!(
            body.text.contains("Strategy session in week one."),
            "{:?}",
            body.text
        );
        assert!(body.text.contains("Closing session in week four."));
    }

    #[test]
    fn broken_pdfs_are_refused() {
        assert_eq!(
            extract(b"%PDF-1.4 not really", &Limits::default()).unwrap_err(),
            ExtractError::Unreadable("PDF")
        );
    }

    #[test]
    fn lines_become_paragraphs() {
        assert_eq!(
            paragraphs("one\ntwo\n\nthree-\nfour"),
            vec!["one two", "three-four"]
        );
    }
}
