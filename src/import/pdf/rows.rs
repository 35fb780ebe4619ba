//! Glyphs to lines: glyphs on one baseline make a row; a gap wider than a space is a space
//! (LaTeX PDFs often have no space glyphs at all), a gap wider than [`SEGMENT_GAP`] ems splits
//! the row into pieces (a place or dates set to the right); a page whose rows leave a clear
//! vertical gutter, with real text on both sides, is read as two columns.

use super::Glyph;
use crate::import::Source;
use crate::import::layout::Line;

/// A gap of this many ems splits a row into pieces.
const SEGMENT_GAP: f32 = 1.6;
/// A gap of this many ems is a space between words.
const SPACE_GAP: f32 = 0.14;

/// Bullet glyphs at the start of a line.
const BULLETS: &[&str] = &[
    "\u{2022}", "\u{2023}", "\u{2043}", "\u{2219}", "\u{00b7}", "\u{25cf}", "\u{25cb}", "\u{25aa}",
    "\u{25a0}", "\u{25e6}", "\u{25b8}", "\u{25ba}", "\u{2013}", "\u{2014}", "-", "*", "\u{27a2}",
    "\u{2713}", "\u{f0b7}", "\u{f0a7}", "\u{2027}", "\u{22c4}", "\u{25c6}", "\u{2666}",
];

/// The lines of one page and how many columns it was read as.
pub struct PageLines {
    pub lines: Vec<Line>,
    pub columns: u8,
}

struct Row {
    y: f32,
    glyphs: Vec<Glyph>,
}

/// The lines of page `page`, in reading order.
pub fn lines(file: &str, page: u32, glyphs: &[Glyph], hyphenates: bool) -> PageLines {
    let glyphs: Vec<Glyph> = glyphs
        .iter()
        .filter(|g| g.size > 0.5 && !g.text.is_empty())
        .map(|g| Glyph {
            text: clean(&g.text),
            ..g.clone()
        })
        .filter(|g| !g.text.is_empty())
        .collect();
    if glyphs.iter().all(|g| g.text.trim().is_empty()) {
        return PageLines {
            lines: Vec::new(),
            columns: 1,
        };
    }
    let rows = rows(glyphs);
    let (parts, columns) = match gutter(&rows) {
        Some(x) => {
            let (left, right): (Vec<Glyph>, Vec<Glyph>) = rows
                .iter()
                .flat_map(|r| r.glyphs.iter().cloned())
                .partition(|g| g.x + g.w / 2.0 < x);
            (vec![self::rows(left), self::rows(right)], 2)
        }
        None => (vec![rows], 1),
    };
    let mut lines = Vec::new();
    for row in parts.iter().flatten() {
        if let Some(line) = line_of(row, file, page, lines.len() as u32 + 1, hyphenates) {
            lines.push(line);
        }
    }
    PageLines { lines, columns }
}

/// Ligatures and invisible characters as plain text.
fn clean(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            '\u{00a0}' | '\u{2009}' | '\u{202f}' | '\t' => out.push(' '),
            '\u{00ad}' | '\u{200b}' | '\u{feff}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Glyphs grouped by baseline, top to bottom, each row left to right.
fn rows(mut glyphs: Vec<Glyph>) -> Vec<Row> {
    glyphs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Row> = Vec::new();
    for g in glyphs {
        // A small bullet set higher (vertically centred) still belongs to its row.
        match rows.last_mut() {
            Some(r) if (g.y - r.y).abs() <= g.size.max(4.0) * 0.45 => r.glyphs.push(g),
            _ => rows.push(Row {
                y: g.y,
                glyphs: vec![g],
            }),
        }
    }
    for r in &mut rows {
        r.glyphs = reading_order(std::mem::take(&mut r.glyphs));
        // The row's baseline is where most of its text sits, not where its first glyph was.
        let mut ys: Vec<f32> = r.glyphs.iter().map(|g| g.y).collect();
        ys.sort_by(f32::total_cmp);
        r.y = ys[ys.len() / 2];
    }
    rows
}

/// A row's glyphs in reading order. Within a run the content stream's order is kept (some
/// producers place kerned glyphs so that sorting by x would swap letters); runs, which break
/// where the stream jumps back or leaves a wide gap, are ordered by where they start.
fn reading_order(mut glyphs: Vec<Glyph>) -> Vec<Glyph> {
    glyphs.sort_by_key(|g| g.seq);
    let mut runs: Vec<Vec<Glyph>> = Vec::new();
    let mut end = f32::MIN;
    for g in glyphs {
        let size = g.size.max(4.0);
        let new_run = match runs.last() {
            None => true,
            Some(_) => g.x < end - size * 0.5 || g.x - end > size * SEGMENT_GAP,
        };
        end = if new_run {
            g.x + g.w
        } else {
            end.max(g.x + g.w)
        };
        if new_run {
            runs.push(vec![g]);
        } else {
            runs.last_mut().expect("a run").push(g);
        }
    }
    runs.sort_by(|a, b| a[0].x.total_cmp(&b[0].x));
    runs.into_iter().flatten().collect()
}

/// The ink of a row as intervals with how many glyphs each holds (a gap of an em or more ends one).
fn intervals(row: &Row) -> Vec<(f32, f32, usize)> {
    let mut out: Vec<(f32, f32, usize)> = Vec::new();
    let mut glyphs: Vec<&Glyph> = row
        .glyphs
        .iter()
        .filter(|g| !g.text.trim().is_empty())
        .collect();
    glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
    for g in glyphs {
        let end = g.x + g.w.max(0.0);
        match out.last_mut() {
            Some(last) if g.x - last.1 < g.size => {
                last.1 = last.1.max(end);
                last.2 += 1;
            }
            _ => out.push((g.x, end, 1)),
        }
    }
    out
}

/// The x of a gutter between two columns, when the page has one: few rows cross it, and at
/// least four rows have real text (20 glyphs or more) on each side of it.
fn gutter(rows: &[Row]) -> Option<f32> {
    let spans: Vec<Vec<(f32, f32, usize)>> = rows
        .iter()
        .map(intervals)
        .filter(|iv| !iv.is_empty())
        .collect();
    if spans.len() < 12 {
        return None;
    }
    let left = spans.iter().map(|s| s[0].0).fold(f32::MAX, f32::min);
    let right = spans
        .iter()
        .map(|s| s.last().map_or(0.0, |i| i.1))
        .fold(f32::MIN, f32::max);
    let width = right - left;
    if width < 100.0 {
        return None;
    }
    let mut best: Option<(usize, f32)> = None;
    let mut x = left + width * 0.2;
    while x < left + width * 0.8 {
        let crossing = spans
            .iter()
            .filter(|iv| iv.iter().any(|(a, b, _)| *a < x && *b > x))
            .count();
        if best.is_none_or(|(c, _)| crossing < c) {
            best = Some((crossing, x));
        }
        x += 2.0;
    }
    let (crossing, x) = best?;
    let on_left = spans
        .iter()
        .filter(|iv| iv.iter().any(|(_, b, n)| *b <= x && *n >= 20))
        .count();
    let on_right = spans
        .iter()
        .filter(|iv| iv.iter().any(|(a, _, n)| *a >= x && *n >= 20))
        .count();
    (crossing * 20 <= spans.len() && on_left >= 4 && on_right >= 4).then_some(x)
}

/// "$" then a digit: no space, whatever the font's metrics say.
fn after_currency(segments: &[String], next: &str) -> bool {
    segments
        .last()
        .is_some_and(|s| s.ends_with(['$', '\u{20ac}', '\u{a3}']))
        && next.starts_with(|c: char| c.is_ascii_digit())
}

/// A row as a line: its text in pieces, and whether it opens with a bullet.
fn line_of(row: &Row, file: &str, page: u32, number: u32, hyphenates: bool) -> Option<Line> {
    let mut glyphs: &[Glyph] = &row.glyphs;
    while glyphs.first().is_some_and(|g| g.text.trim().is_empty()) {
        glyphs = &glyphs[1..];
    }
    let first = glyphs.first()?;
    let mut bullet = false;
    if glyphs.len() > 1 {
        let next = glyphs[1..].iter().find(|g| !g.text.trim().is_empty());
        // A dash or star is a bullet only when a gap follows it ("-" starting a word is not).
        let gap = next.map_or(0.0, |n| n.x - (first.x + first.w));
        let size = next.map_or(first.size, |n| n.size).max(4.0);
        let spaced = glyphs[1].text.trim().is_empty() || gap > size * SPACE_GAP;
        // Fonts whose bullet maps to an odd character ("‹" from a TeX symbol font) still set it
        // apart: a lone symbol followed by a clear gap.
        let symbol = first.text.chars().count() == 1
            && first
                .text
                .chars()
                .all(|c| !c.is_alphanumeric() && !"$€£(\"'#@+[<".contains(c))
            && gap > size * 0.3;
        if (BULLETS.contains(&first.text.trim()) && spaced) || symbol {
            bullet = true;
            glyphs = &glyphs[1..];
            while glyphs.first().is_some_and(|g| g.text.trim().is_empty()) {
                glyphs = &glyphs[1..];
            }
        }
    }
    let start = glyphs.first()?;
    let mut sizes: Vec<f32> = glyphs.iter().map(|g| g.size).collect();
    sizes.sort_by(f32::total_cmp);
    let size = sizes[sizes.len() / 2];
    let mut segments = vec![String::new()];
    let mut prev_end: Option<f32> = None;
    let mut pending_space = false;
    for g in glyphs {
        if g.text.trim().is_empty() {
            pending_space = true;
            continue;
        }
        if let Some(end) = prev_end {
            let gap = g.x - end;
            if gap > size * SEGMENT_GAP {
                segments.push(String::new());
            } else if (pending_space || gap > size * SPACE_GAP)
                && !after_currency(&segments, &g.text)
            {
                let seg = segments.last_mut().expect("one segment");
                if !seg.is_empty() && !seg.ends_with(' ') {
                    seg.push(' ');
                }
            }
        }
        pending_space = false;
        segments
            .last_mut()
            .expect("one segment")
            .push_str(g.text.trim_matches(' '));
        prev_end = Some(g.x + g.w);
    }
    let segments: Vec<String> = segments
        .into_iter()
        .map(|s| crate::import::normalise(&s))
        .filter(|s| !s.is_empty())
        .collect();
    if segments.is_empty() {
        return None;
    }
    Some(Line {
        segments,
        bullet,
        x: start.x,
        y: row.y,
        size,
        heading: false,
        wraps: true,
        hyphenates,
        source: Source {
            file: file.to_string(),
            page: Some(page),
            line: number,
        },
    })
}
