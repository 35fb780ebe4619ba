//! PDF: pdf-extract gives each glyph with its position; rung rebuilds words, lines and columns
//! itself ([`rows`]) and hands the lines to [`super::layout`].
//!
//! pdf-extract (and lopdf under it) can panic on odd files, so the document is loaded and each
//! page read inside [`super::contain::contain`]: a panic while loading is an error naming the
//! file; a panic on one page is a notice and the other pages are still read.

mod rows;

use pdf_extract::{Document, MediaBox, OutputDev, OutputError, PathOp, Transform};

use super::contain::contain;
use super::{ImportError, MAX_PAGES, Progress, Resume, layout};

/// One glyph: its position (points, from the top left of the page), advance and size.
#[derive(Debug, Clone)]
pub struct Glyph {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub size: f32,
    pub text: String,
    /// The glyph's place in the page's content stream (the order it was drawn in).
    pub seq: usize,
}

/// Collects the glyphs of one page.
#[derive(Default)]
struct Collector {
    /// The page's height, to measure from the top.
    height: f64,
    glyphs: Vec<Glyph>,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.height = media_box.ury - media_box.lly;
        Ok(())
    }
    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        // The font size as transformed onto the page: the side of a square of the same area.
        let vx = font_size * (trm.m11 + trm.m21);
        let vy = font_size * (trm.m12 + trm.m22);
        let size = (vx * vy).abs().sqrt();
        let (x, y) = (trm.m31, self.height - trm.m32);
        if size.is_finite() && x.is_finite() && y.is_finite() {
            self.glyphs.push(Glyph {
                x: x as f32,
                y: y as f32,
                w: (width * size) as f32,
                size: size as f32,
                text: text.to_string(),
                seq: self.glyphs.len(),
            });
        }
        Ok(())
    }
    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    /// Browsers draw list bullets as small filled discs, not glyphs: a small round-ish filled
    /// shape becomes a bullet glyph where it stands.
    fn fill(
        &mut self,
        ctm: &Transform,
        _colorspace: &pdf_extract::ColorSpace,
        _color: &[f64],
        path: &pdf_extract::Path,
    ) -> Result<(), OutputError> {
        let mut points = Vec::new();
        for op in &path.ops {
            match *op {
                PathOp::MoveTo(x, y) | PathOp::LineTo(x, y) => points.push((x, y)),
                PathOp::CurveTo(a, b, c, d, e, f) => points.extend([(a, b), (c, d), (e, f)]),
                PathOp::Rect(x, y, w, h) => points.extend([(x, y), (x + w, y + h)]),
                PathOp::Close => {}
            }
        }
        if points.is_empty() || points.len() > 64 {
            return Ok(());
        }
        let on_page = points.iter().map(|&(x, y)| {
            (
                x * ctm.m11 + y * ctm.m21 + ctm.m31,
                self.height - (x * ctm.m12 + y * ctm.m22 + ctm.m32),
            )
        });
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for (x, y) in on_page {
            x0 = x0.min(x);
            y0 = y0.min(y);
            x1 = x1.max(x);
            y1 = y1.max(y);
        }
        let (w, h) = (x1 - x0, y1 - y0);
        let dot =
            (1.5..=8.0).contains(&w) && (1.5..=8.0).contains(&h) && (w - h).abs() < 0.35 * w.max(h);
        if dot {
            self.glyphs.push(Glyph {
                x: x0 as f32,
                y: ((y0 + y1) / 2.0) as f32,
                w: w as f32,
                size: (h * 2.5) as f32,
                text: "\u{2022}".into(),
                seq: self.glyphs.len(),
            });
        }
        Ok(())
    }
}

/// Reads a PDF held in memory.
pub fn read(
    file: &str,
    bytes: &[u8],
    progress: &mut dyn FnMut(Progress),
) -> Result<Resume, ImportError> {
    let damaged = |reason: String| ImportError::Damaged {
        file: file.into(),
        reason,
    };
    let mut doc = contain(|| Document::load_mem(bytes))
        .map_err(|reason| ImportError::PdfReader {
            file: file.into(),
            reason,
        })?
        .map_err(|e| damaged(format!("not a readable PDF: {e}")))?;
    if doc.is_encrypted() && contain(|| doc.decrypt("")).map_or(true, |r| r.is_err()) {
        return Err(ImportError::Encrypted { file: file.into() });
    }
    let hyphenates = producer(&doc).contains("TeX");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    if pages.is_empty() {
        return Err(damaged("it has no pages".into()));
    }
    let total = (pages.len() as u32).min(MAX_PAGES);
    let mut notices = Vec::new();
    let mut lines = Vec::new();
    let mut empty_pages = Vec::new();
    for (i, &page) in pages.iter().take(MAX_PAGES as usize).enumerate() {
        let mut collector = Collector::default();
        match contain(|| pdf_extract::output_doc_page(&doc, &mut collector, page)) {
            Ok(Ok(())) => {}
            Ok(Err(e)) => notices.push(format!(
                "{file}: page {page} could not be read ({e:?}); its text is left out"
            )),
            Err(reason) => notices.push(format!(
                "{file}: page {page} could not be read ({reason}); its text is left out"
            )),
        }
        let page_lines = rows::lines(file, page, &collector.glyphs, hyphenates);
        if page_lines.columns > 1 {
            notices.push(format!(
                "{file}: page {page} is set in two columns; rung read the left column first, then the right"
            ));
        }
        if page_lines.lines.is_empty() {
            empty_pages.push(page);
        }
        lines.extend(page_lines.lines);
        progress(Progress {
            done: i as u32 + 1,
            total,
        });
    }
    if pages.len() as u32 > MAX_PAGES {
        notices.push(format!(
            "{file}: only the first {MAX_PAGES} of {} pages were read",
            pages.len()
        ));
    }
    if !empty_pages.is_empty() {
        let which = if empty_pages.len() == pages.len() {
            "no page has a text layer".to_string()
        } else {
            format!(
                "page{} {} {}",
                if empty_pages.len() == 1 { "" } else { "s" },
                empty_pages
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
                if empty_pages.len() == 1 {
                    "has"
                } else {
                    "have"
                }
            ) + " no text layer"
        };
        notices.push(format!(
            "{file}: {which} (a scan or an image); rung does not guess at images: \
             export the PDF again from the program that made it, or import its DOCX or LaTeX source"
        ));
    }
    let (roles, unplaced) = layout::structure(&lines);
    Ok(Resume {
        file: file.into(),
        format: super::Format::Pdf,
        roles,
        unplaced,
        notices,
    })
}

/// The PDF's Producer and Creator, to know whether its text may be hyphenated.
fn producer(doc: &Document) -> String {
    let Some(info) = doc
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|o| o.as_reference().ok())
        .and_then(|r| doc.get_dictionary(r).ok())
    else {
        return String::new();
    };
    [b"Producer".as_slice(), b"Creator".as_slice()]
        .iter()
        .filter_map(|k| info.get(k).ok().and_then(|o| o.as_str().ok()))
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}
