//! Word documents (DOCX): the ZIP archive is opened with limits on entries and on how far each
//! part may expand (zip bombs), then `word/document.xml` is read for paragraphs, headings (by the
//! styles' outline level or built-in "heading N" names, whatever language the styles are named
//! in), list items (bulleted or numbered, from `word/numbering.xml`), bold and italic runs.

use super::{ExtractError, Limits};
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
use shared::review::document::{BlockKind, BodyBuilder, DocumentBody, MarkKind};
use std::collections::HashMap;
use std::io::{Cursor, Read};

type Archive<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

fn read_part(
    archive: &mut Archive<'_>,
    name: &str,
    limits: &Limits,
) -> Result<Option<Vec<u8>>, ExtractError> {
    let mut file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(_) => return Err(ExtractError::Unreadable("Word")),
    };
    if file.size() > limits.max_expanded as u64 {
        return Err(ExtractError::TooComplex);
    }
    let mut data = Vec::new();
    // The declared size can lie: never read more than the limit.
    (&mut file)
        .take(limits.max_expanded as u64 + 1)
        .read_to_end(&mut data)
        .map_err(|_| ExtractError::Unreadable("Word"))?;
    if data.len() > limits.max_expanded {
        return Err(ExtractError::TooComplex);
    }
    Ok(Some(data))
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| {
            a.normalized_value(XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// Style id → heading level, from `word/styles.xml`.
fn heading_styles(xml: &[u8]) -> HashMap<String, u8> {
    let mut out = HashMap::new();
    let mut reader = Reader::from_reader(xml);
    let mut current: Option<String> = None;
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => match e.name().as_ref() {
                "w:style" => current = attr(&e, "w:styleId"),
                "w:name" => {
                    let name = attr(&e, "w:val").unwrap_or_default().to_ascii_lowercase();
                    let level = if name == "title" {
                        Some(1)
                    } else {
                        name.strip_prefix("heading ")
                            .and_then(|n| n.parse::<u8>().ok())
                    };
                    if let (Some(id), Some(level)) = (&current, level) {
                        out.insert(id.clone(), level.clamp(1, 6));
                    }
                }
                "w:outlineLvl" => {
                    if let (Some(id), Some(level)) = (
                        &current,
                        attr(&e, "w:val").and_then(|v| v.parse::<u8>().ok()),
                    ) {
                        out.entry(id.clone()).or_insert((level + 1).clamp(1, 6));
                    }
                }
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    out
}

/// numId → (level → numbered?), from `word/numbering.xml`.
fn numbering(xml: &[u8]) -> HashMap<String, HashMap<u8, bool>> {
    let mut abstracts: HashMap<String, HashMap<u8, bool>> = HashMap::new();
    let mut nums: HashMap<String, String> = HashMap::new();
    let mut reader = Reader::from_reader(xml);
    let (mut abstract_id, mut level, mut num_id) = (None::<String>, 0u8, None::<String>);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => match e.name().as_ref() {
                "w:abstractNum" => abstract_id = attr(&e, "w:abstractNumId"),
                "w:lvl" => level = attr(&e, "w:ilvl").and_then(|v| v.parse().ok()).unwrap_or(0),
                "w:numFmt" => {
                    if let Some(id) = &abstract_id {
                        let numbered =
                            attr(&e, "w:val").is_some_and(|v| v != "bullet" && v != "none");
                        abstracts
                            .entry(id.clone())
                            .or_default()
                            .insert(level, numbered);
                    }
                }
                "w:num" => num_id = attr(&e, "w:numId"),
                "w:abstractNumId" => {
                    if let (Some(n), Some(a)) = (&num_id, attr(&e, "w:val")) {
                        nums.insert(n.clone(), a);
                    }
                }
                _ => {}
            },
            Ok(Event::End(e)) if e.name().as_ref() == "w:abstractNum" => abstract_id = None,
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    nums.into_iter()
        .filter_map(|(n, a)| abstracts.get(&a).map(|levels| (n, levels.clone())))
        .collect()
}

/// One paragraph as it is read: its text, its marks (relative), and what kind it is.
#[derive(Default)]
struct Paragraph {
    text: String,
    marks: Vec<(MarkKind, usize, usize)>,
    style: Option<String>,
    num_id: Option<String>,
    list_level: u8,
    outline: Option<u8>,
}

pub fn extract(bytes: &[u8], limits: &Limits) -> Result<DocumentBody, ExtractError> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| ExtractError::Unreadable("Word"))?;
    if archive.len() > limits.max_parts {
        return Err(ExtractError::TooComplex);
    }
    let document =
        read_part(&mut archive, "word/document.xml", limits)?.ok_or(ExtractError::NotADocument)?;
    let headings = read_part(&mut archive, "word/styles.xml", limits)?
        .map(|x| heading_styles(&x))
        .unwrap_or_default();
    let lists = read_part(&mut archive, "word/numbering.xml", limits)?
        .map(|x| numbering(&x))
        .unwrap_or_default();

    let mut body = BodyBuilder::new();
    let mut reader = Reader::from_reader(document.as_slice());
    let mut buf = Vec::new();
    let mut para: Option<Paragraph> = None;
    let (mut in_text, mut bold, mut italic, mut run_start) = (false, false, false, 0usize);
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|_| ExtractError::Unreadable("Word"))?;
        match event {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "w:p" => para = Some(Paragraph::default()),
                "w:pStyle" => {
                    if let Some(p) = &mut para {
                        p.style = attr(&e, "w:val");
                    }
                }
                "w:outlineLvl" => {
                    if let Some(p) = &mut para {
                        p.outline = attr(&e, "w:val").and_then(|v| v.parse::<u8>().ok());
                    }
                }
                "w:numId" => {
                    if let Some(p) = &mut para {
                        p.num_id = attr(&e, "w:val").filter(|v| v != "0");
                    }
                }
                "w:ilvl" => {
                    if let Some(p) = &mut para {
                        p.list_level = attr(&e, "w:val").and_then(|v| v.parse().ok()).unwrap_or(0);
                    }
                }
                "w:r" => {
                    bold = false;
                    italic = false;
                    run_start = para.as_ref().map(|p| p.text.chars().count()).unwrap_or(0);
                }
                "w:b" => bold = attr(&e, "w:val").is_none_or(|v| v != "0" && v != "false"),
                "w:i" => italic = attr(&e, "w:val").is_none_or(|v| v != "0" && v != "false"),
                "w:t" => in_text = true,
                "w:tab" => push(&mut para, "\t"),
                "w:br" | "w:cr" => push(&mut para, "\n"),
                _ => {}
            },
            Event::Text(t) if in_text => push(&mut para, &t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                let resolved = match (r.resolve_char_ref().ok().flatten(), r.as_ref()) {
                    (Some(c), _) => c.to_string(),
                    (None, "amp") => "&".into(),
                    (None, "lt") => "<".into(),
                    (None, "gt") => ">".into(),
                    (None, "quot") => "\"".into(),
                    (None, "apos") => "'".into(),
                    _ => String::new(),
                };
                push(&mut para, &resolved);
            }
            Event::End(e) => match e.name().as_ref() {
                "w:t" => in_text = false,
                "w:r" => {
                    if let Some(p) = &mut para {
                        let end = p.text.chars().count();
                        if end > run_start {
                            if bold {
                                p.marks.push((MarkKind::Strong, run_start, end));
                            }
                            if italic {
                                p.marks.push((MarkKind::Emphasis, run_start, end));
                            }
                        }
                    }
                }
                "w:p" => {
                    if let Some(p) = para.take() {
                        emit(&mut body, p, &headings, &lists);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(body.build())
}

fn push(para: &mut Option<Paragraph>, text: &str) {
    if let Some(p) = para {
        p.text.push_str(text);
    }
}

fn emit(
    body: &mut BodyBuilder,
    p: Paragraph,
    headings: &HashMap<String, u8>,
    lists: &HashMap<String, HashMap<u8, bool>>,
) {
    if p.text.trim().is_empty() {
        return;
    }
    let heading = p
        .style
        .as_ref()
        .and_then(|s| headings.get(s).copied())
        .or_else(|| p.outline.map(|l| (l + 1).clamp(1, 6)));
    let kind = if let Some(level) = heading {
        BlockKind::Heading { level }
    } else if let Some(num) = &p.num_id {
        let ordered = lists
            .get(num)
            .and_then(|l| l.get(&p.list_level))
            .copied()
            .unwrap_or(false);
        BlockKind::ListItem {
            ordered,
            depth: p.list_level,
        }
    } else {
        BlockKind::Paragraph
    };
    body.start(kind);
    let base = body.position();
    body.push(&p.text);
    for (kind, start, end) in p.marks {
        body.mark_range(kind, base + start, base + end);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    /// A DOCX archive with the given parts.
    pub fn archive(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        let options =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in parts {
            zip.start_file(*name, options).unwrap();
            zip.write_all(data).unwrap();
        }
        zip.finish().unwrap();
        out.into_inner()
    }

    const STYLES: &str = r#"<w:styles><w:style w:styleId="Nagwek1"><w:name w:val="heading 1"/></w:style></w:styles>"#;
    const NUMBERING: &str = r#"<w:numbering><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#;

    pub fn sample_docx() -> Vec<u8> {
        let document = r#"<w:document><w:body>
<w:p><w:pPr><w:pStyle w:val="Nagwek1"/></w:pPr><w:r><w:t>Oferta dla piekarni</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Pomagamy </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>planować</w:t></w:r><w:r><w:t xml:space="preserve"> wypieki &amp; zakupy.</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>Wywiady</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="6"/></w:numPr></w:pPr><w:r><w:t>Strona</w:t></w:r></w:p>
<w:p></w:p>
</w:body></w:document>"#;
        archive(&[
            ("word/document.xml", document.as_bytes()),
            ("word/styles.xml", STYLES.as_bytes()),
            ("word/numbering.xml", NUMBERING.as_bytes()),
        ])
    }

    #[test]
    fn headings_lists_and_bold_runs_are_read_whatever_the_style_language() {
        let body = extract(&sample_docx(), &Limits::default()).unwrap();
        assert_eq!(
            body.text,
            "Oferta dla piekarni\n\nPomagamy planować wypieki & zakupy.\n\nWywiady\n\nStrona"
        );
        let kinds: Vec<_> = body.blocks.iter().map(|b| b.kind.clone()).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading { level: 1 },
                BlockKind::Paragraph,
                BlockKind::ListItem {
                    ordered: true,
                    depth: 0
                },
                BlockKind::ListItem {
                    ordered: false,
                    depth: 0
                },
            ]
        );
        let bold = &body.blocks[1].marks[0];
        let text: String = body
            .text
            .chars()
            .skip(bold.start)
            .take(bold.end - bold.start)
            .collect();
        assert_eq!(
            (bold.kind.clone(), text.as_str()),
            (MarkKind::Strong, "planować")
        );
    }

    #[test]
    fn a_zip_bomb_is_refused_without_expanding_it() {
        let bomb = vec![b' '; 8 * 1024 * 1024];
        let bytes = archive(&[("word/document.xml", &bomb)]);
        assert!(
            bytes.len() < 100 * 1024,
            "the bomb is small: {}",
            bytes.len()
        );
        let limits = Limits {
            max_expanded: 1024 * 1024,
            ..Limits::default()
        };
        assert_eq!(
            extract(&bytes, &limits).unwrap_err(),
            ExtractError::TooComplex
        );
    }

    #[test]
    fn a_zip_that_is_not_a_word_document_is_refused() {
        let bytes = archive(&[("readme.txt", b"hello")]);
        assert_eq!(
            extract(&bytes, &Limits::default()).unwrap_err(),
            ExtractError::NotADocument
        );
        assert_eq!(
            extract(b"PK\x03\x04garbage", &Limits::default()).unwrap_err(),
            ExtractError::Unreadable("Word")
        );
    }
}
