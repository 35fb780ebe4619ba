//! DOCX: `word/document.xml` read with quick-xml, paragraph by paragraph. A paragraph with list
//! numbering (or a list style, or a typed bullet glyph) is a bullet; a heading style marks a
//! heading; tabs and table cells split a line into pieces (dates set to the right); a line break
//! inside a paragraph that is not a bullet starts a new line. Deleted text of tracked changes
//! and field codes are left out. Sources count paragraphs from 1.

use std::collections::HashMap;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::layout::{self, Line};
use super::{Format, ImportError, Resume, Source, zipped};

/// What a paragraph style says about its paragraphs.
#[derive(Debug, Clone, Copy, Default)]
struct Style {
    heading: bool,
    list: bool,
}

/// Reads a DOCX held in memory.
pub fn read(file: &str, bytes: &[u8]) -> Result<Resume, ImportError> {
    let damaged = |reason: String| ImportError::Damaged {
        file: file.into(),
        reason,
    };
    let document = zipped::entry(file, bytes, |n| n == "word/document.xml")?
        .ok_or_else(|| damaged("it has no word/document.xml; is it a Word document?".into()))?;
    let styles = zipped::entry(file, bytes, |n| n == "word/styles.xml")?
        .map(|s| read_styles(&String::from_utf8_lossy(&s)))
        .unwrap_or_default();
    let xml =
        String::from_utf8(document).map_err(|_| damaged("its document.xml is not UTF-8".into()))?;
    let lines = paragraphs(file, &xml, &styles)
        .map_err(|e| damaged(format!("its document.xml is not valid XML: {e}")))?;
    let (roles, unplaced) = layout::structure(&lines);
    Ok(Resume {
        file: file.into(),
        format: Format::Docx,
        roles,
        unplaced,
        notices: Vec::new(),
    })
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| a.value.to_string())
}

fn local(e: &BytesStart) -> String {
    e.local_name().as_ref().to_string()
}

/// Paragraph styles by id: headings (by name or outline level) and list styles.
fn read_styles(xml: &str) -> HashMap<String, Style> {
    let mut out = HashMap::new();
    let mut reader = Reader::from_str(xml);
    let mut current: Option<(String, Style)> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match local(&e).as_str() {
                "style" => {
                    if let Some((id, s)) = current.take() {
                        out.insert(id, s);
                    }
                    current = attr(&e, "w:styleId").map(|id| (id, Style::default()));
                }
                "name" => {
                    if let (Some((_, s)), Some(name)) = (&mut current, attr(&e, "w:val")) {
                        let name = name.to_ascii_lowercase();
                        s.heading |= name.starts_with("heading") || name == "title";
                        s.list |=
                            name.starts_with("list bullet") || name.starts_with("list number");
                    }
                }
                "outlineLvl" => {
                    if let Some((_, s)) = &mut current {
                        s.heading = true;
                    }
                }
                "numPr" => {
                    if let Some((_, s)) = &mut current {
                        s.list = true;
                    }
                }
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    if let Some((id, s)) = current {
        out.insert(id, s);
    }
    out
}

/// The paragraph being read.
#[derive(Default)]
struct Para {
    style: Style,
    numbered: bool,
    /// Lines of pieces.
    lines: Vec<Vec<String>>,
}

impl Para {
    fn piece(&mut self) -> &mut String {
        if self.lines.is_empty() {
            self.lines.push(vec![String::new()]);
        }
        let line = self.lines.last_mut().expect("a line");
        if line.is_empty() {
            line.push(String::new());
        }
        line.last_mut().expect("a piece")
    }
}

/// Text lines of the document body.
fn paragraphs(
    file: &str,
    xml: &str,
    styles: &HashMap<String, Style>,
) -> Result<Vec<Line>, quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut para: Option<Para> = None;
    let mut number = 0u32;
    let mut in_text = false;
    let mut in_ppr = false;
    // Pieces of a table row's cells that are not bullets, said as one line at the row's end.
    let mut row: Option<(Vec<String>, u32)> = None;
    loop {
        let event = reader.read_event()?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                match local(e).as_str() {
                    "p" if !empty => {
                        number += 1;
                        para = Some(Para::default());
                    }
                    "pPr" if !empty => in_ppr = true,
                    "pStyle" if in_ppr => {
                        if let (Some(p), Some(id)) = (&mut para, attr(e, "w:val")) {
                            p.style = styles.get(&id).copied().unwrap_or(Style {
                                heading: id.to_ascii_lowercase().starts_with("heading")
                                    || id == "Title",
                                list: id.starts_with("ListBullet") || id.starts_with("ListNumber"),
                            });
                        }
                    }
                    "numId" if in_ppr => {
                        if let Some(p) = &mut para {
                            p.numbered = attr(e, "w:val").is_some_and(|v| v != "0");
                        }
                    }
                    "t" if !empty => in_text = true,
                    "tab" if !in_ppr => {
                        if let Some(p) = &mut para {
                            p.piece();
                            if let Some(l) = p.lines.last_mut() {
                                l.push(String::new());
                            }
                        }
                    }
                    "br" | "cr" => {
                        if let Some(p) = &mut para {
                            p.lines.push(vec![String::new()]);
                        }
                    }
                    "noBreakHyphen" => {
                        if let Some(p) = &mut para {
                            p.piece().push('-');
                        }
                    }
                    "tr" if !empty => row = Some((Vec::new(), number + 1)),
                    _ => {}
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "pPr" => in_ppr = false,
                "p" => {
                    if let Some(p) = para.take() {
                        emit(file, number, p, &mut row, &mut out);
                    }
                }
                "tr" => {
                    if let Some((pieces, at)) = row.take()
                        && !pieces.is_empty()
                    {
                        out.push(line(file, at, pieces, false, false));
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_text => {
                if let Some(p) = &mut para {
                    p.piece().push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if in_text => {
                if let Some(p) = &mut para {
                    let text = match r.resolve_char_ref() {
                        Ok(Some(c)) => c.to_string(),
                        _ => match r.xml10_content().as_ref() {
                            "amp" => "&".into(),
                            "lt" => "<".into(),
                            "gt" => ">".into(),
                            "quot" => "\"".into(),
                            "apos" => "'".into(),
                            _ => String::new(),
                        },
                    };
                    p.piece().push_str(&text);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

fn line(file: &str, number: u32, pieces: Vec<String>, bullet: bool, heading: bool) -> Line {
    Line {
        segments: pieces,
        bullet,
        x: 0.0,
        y: 0.0,
        size: 0.0,
        heading,
        wraps: false,
        hyphenates: false,
        source: Source {
            file: file.into(),
            page: None,
            line: number,
        },
    }
}

/// Turns a finished paragraph into lines (or into pieces of the table row it sits in).
fn emit(
    file: &str,
    number: u32,
    p: Para,
    row: &mut Option<(Vec<String>, u32)>,
    out: &mut Vec<Line>,
) {
    let mut lines: Vec<Vec<String>> = p
        .lines
        .into_iter()
        .map(|l| {
            l.into_iter()
                .map(|s| super::normalise(&s))
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
        })
        .filter(|l| !l.is_empty())
        .collect();
    if lines.is_empty() {
        return;
    }
    let mut bullet = p.numbered || p.style.list;
    if !bullet && let Some(rest) = typed_bullet(&lines[0][0]) {
        lines[0][0] = rest;
        bullet = true;
    }
    if bullet {
        let text = super::normalise(&lines.concat().join(" "));
        out.push(line(file, number, vec![text], true, false));
        return;
    }
    if let Some((pieces, _)) = row {
        pieces.extend(lines.into_iter().flatten());
        return;
    }
    for l in lines {
        out.push(line(file, number, l, false, p.style.heading));
    }
}

/// A paragraph that starts with a typed bullet glyph: the text after it.
fn typed_bullet(text: &str) -> Option<String> {
    for glyph in [
        "\u{2022}", "\u{25aa}", "\u{25cf}", "\u{2013}", "-", "*", "\u{27a2}",
    ] {
        if let Some(rest) = text.strip_prefix(glyph)
            && rest.starts_with([' ', '\t'])
        {
            return Some(rest.trim().to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn docx(body: &str) -> Vec<u8> {
        let xml = format!(
            r#"<?xml version="1.0"?><w:document xmlns:w="w"><w:body>{body}</w:body></w:document>"#
        );
        let mut buf = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut buf);
        zip.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
        zip.finish().unwrap();
        buf.into_inner()
    }

    fn p(text: &str) -> String {
        format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
    }

    #[test]
    fn tables_tabs_typed_bullets_and_headings() {
        let body = [
            r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Experience</w:t></w:r></w:p>"#.to_string(),
            "<w:tbl><w:tr><w:tc>".to_string() + &p("Acme &amp; Sons") + "</w:tc><w:tc>" + &p("Jan 2020 – Present") + "</w:tc></w:tr></w:tbl>",
            r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Backend Engineer</w:t></w:r><w:r><w:tab/><w:t>Berlin</w:t></w:r></w:p>"#.to_string(),
            p("• Cut costs by 30%"),
            r#"<w:p><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">Led a team </w:t></w:r><w:r><w:t>of 4</w:t></w:r><w:del><w:r><w:delText>never</w:delText></w:r></w:del></w:p>"#.to_string(),
            r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Education</w:t></w:r></w:p>"#.to_string(),
            p("• A course"),
        ]
        .concat();
        let r = read("cv.docx", &docx(&body)).unwrap();
        assert_eq!(r.roles.len(), 1, "{r:?}");
        let role = &r.roles[0];
        assert_eq!(role.company, "Acme & Sons");
        assert_eq!(role.title, "Backend Engineer");
        assert!(role.dates.as_ref().unwrap().current);
        let texts: Vec<&str> = role.bullets.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Cut costs by 30%", "Led a team of 4"]);
        assert_eq!(role.bullets[1].source.line, 6);
        assert_eq!(r.unplaced.len(), 1);
    }

    #[test]
    fn a_docx_without_a_document_is_refused() {
        let mut buf = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut buf);
        zip.start_file("word/other.xml", zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.finish().unwrap();
        let err = read("x.docx", &buf.into_inner()).unwrap_err().to_string();
        assert!(
            err.contains("x.docx") && err.contains("document.xml"),
            "{err}"
        );
    }
}
