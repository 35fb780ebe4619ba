//! Reuses the cells of parts of the screen that did not change since they were last painted.
//!
//! ratatui builds every frame from scratch: each paragraph is split into graphemes, measured,
//! wrapped and styled cell by cell, even when it is the same question as on the last frame. On
//! the ladder most of the screen (the rail, the question, its hint and examples, the box
//! borders, the footer) stays the same while an answer is typed, so painting it again on every
//! key was most of rung's work per key. Here a part is painted once into a buffer of its own,
//! kept with a hash of everything it was painted from, and later frames copy its cells when the
//! hash and the area are the same. The result is cell for cell what painting would give.
//!
//! The contract: a part must be painted straight onto the cleared frame (nothing drawn under
//! it in its area), and its key must hold everything the paint depends on. The tests below
//! draw the ladder, help, review and home through the cache and check both halves.

use std::cell::RefCell;
use std::hash::{DefaultHasher, Hash, Hasher};

use ratatui::Frame;
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

/// How many painted parts are kept: a screen has about a dozen; the least recently used goes.
const KEEP: usize = 32;

struct Part {
    area: Rect,
    key: u64,
    /// The runs of cells that are not blank: the frame is blank already, so only these are
    /// copied (most of a part is blank, and copying it all cost a good part of what
    /// painting it again did).
    cells: Runs,
    used: u64,
}

#[derive(Default)]
struct Parts {
    parts: Vec<Part>,
    clock: u64,
}

thread_local! {
    static PARTS: RefCell<Parts> = RefCell::new(Parts::default());
}

/// Paints `area` with `paint`, or copies the cells it painted last time for the same `name`,
/// `key` and area. `paint` gets the area and a buffer to paint into.
pub fn reuse<K: Hash + ?Sized>(
    frame: &mut Frame,
    area: Rect,
    name: &str,
    key: &K,
    paint: impl FnOnce(Rect, &mut Buffer),
) {
    let area = area.intersection(frame.area());
    if area.is_empty() {
        return;
    }
    let mut hasher = DefaultHasher::new();
    name.hash(&mut hasher);
    key.hash(&mut hasher);
    let key = hasher.finish();
    let buf = frame.buffer_mut();
    #[cfg(test)]
    tests::note_unless_clear(name, buf, area);
    PARTS.with_borrow_mut(|p| {
        p.clock += 1;
        let now = p.clock;
        if let Some(part) = p.parts.iter_mut().find(|x| x.area == area && x.key == key) {
            part.used = now;
            part.cells.copy(buf);
            return;
        }
        let mut painted = Buffer::empty(area);
        paint(area, &mut painted);
        let cells = Runs::of(&painted);
        cells.copy(buf);
        if p.parts.len() >= KEEP
            && let Some(oldest) = (0..p.parts.len()).min_by_key(|&i| p.parts[i].used)
        {
            p.parts.swap_remove(oldest);
        }
        p.parts.push(Part {
            area,
            key,
            cells,
            used: now,
        });
    });
}

/// `lines` as a paragraph in `area`, word-wrapped (trimmed) when `wrap` is true.
pub fn paragraph(frame: &mut Frame, area: Rect, lines: &[Line<'_>], wrap: bool) {
    reuse(frame, area, "paragraph", &(lines, wrap), |area, buf| {
        let p = Paragraph::new(lines.to_vec());
        let p = if wrap { p.wrap(Wrap { trim: true }) } else { p };
        p.render(area, buf);
    });
}

/// `block` in `area`; `key` must describe it (its borders, styles and titles).
pub fn block<K: Hash + ?Sized>(frame: &mut Frame, area: Rect, key: &K, block: Block<'_>) {
    reuse(frame, area, "block", key, |area, buf| {
        block.render(area, buf)
    });
}

/// A blank gap shorter than this stays inside a run: copying a few blanks is cheaper than
/// starting another run.
const GAP: usize = 8;

/// Rows of cells, each run a stretch of one row that starts and ends with a cell that is not
/// blank.
struct Runs {
    /// (column, row, start in `cells`, length)
    runs: Vec<(u16, u16, usize, usize)>,
    cells: Vec<Cell>,
}

impl Runs {
    /// The runs of `painted`.
    fn of(painted: &Buffer) -> Runs {
        let mut out = Runs {
            runs: Vec::new(),
            cells: Vec::new(),
        };
        let area = painted.area;
        for y in area.top()..area.bottom() {
            let start = painted.index_of(area.x, y);
            let row = &painted.content[start..start + usize::from(area.width)];
            let mut x = 0;
            while let Some(first) = row[x..].iter().position(|c| *c != Cell::EMPTY) {
                let begin = x + first;
                let mut end = begin + 1;
                let mut blanks = 0;
                for cell in &row[end..] {
                    if *cell == Cell::EMPTY {
                        blanks += 1;
                        if blanks >= GAP {
                            break;
                        }
                    } else {
                        end += blanks + 1;
                        blanks = 0;
                    }
                }
                let column = area.x + u16::try_from(begin).unwrap_or(u16::MAX);
                out.runs.push((column, y, out.cells.len(), end - begin));
                out.cells.extend_from_slice(&row[begin..end]);
                x = end;
            }
        }
        out
    }

    /// Puts the runs into `to` at their places.
    fn copy(&self, to: &mut Buffer) {
        for &(x, y, start, len) in &self.runs {
            let at = to.index_of(x, y);
            to.content[at..at + len].clone_from_slice(&self.cells[start..start + len]);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::style::{Color, Style};

    use super::*;
    use crate::ladder::PackSet;
    use crate::tui::Start;
    use crate::tui::app::App;
    use crate::tui::render as view;
    use crate::tui::render::theme::Theme;
    use crate::tui::runtime::Runtime;
    use crate::tui::runtime::clock::FixedClock;
    use crate::tui::runtime::store::MemoryStore;

    thread_local! {
        /// The parts painted over cells something else drew first, in this thread.
        static DRAWN_OVER: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    }

    /// Notes `name` when a cell of `area` is not as the cleared frame has it (the contract's
    /// first half).
    pub(super) fn note_unless_clear(name: &str, buf: &Buffer, area: Rect) {
        let clear = area
            .rows()
            .all(|row| row.columns().all(|p| buf[(p.x, p.y)] == Cell::EMPTY));
        if !clear {
            DRAWN_OVER.with_borrow_mut(|d| d.push(name.to_string()));
        }
    }

    /// Draws with `draw` through the cache as it stands, then again with the cache emptied,
    /// and fails when a part was drawn over other cells or the two frames differ (a key that
    /// misses something its paint reads gives a stale part).
    fn check_frame(width: u16, height: u16, what: &str, draw: impl Fn(&mut Frame)) {
        let frame = |draw: &dyn Fn(&mut Frame)| {
            let mut t = Terminal::new(TestBackend::new(width, height)).unwrap();
            t.draw(|f| draw(f)).unwrap();
            t.backend().buffer().clone()
        };
        DRAWN_OVER.with_borrow_mut(Vec::clear);
        let cached = frame(&draw);
        let drawn_over = DRAWN_OVER.with_borrow_mut(std::mem::take);
        assert!(
            drawn_over.is_empty(),
            "{what}: painted over other cells: {drawn_over:?}"
        );
        PARTS.with_borrow_mut(|p| p.parts.clear());
        let fresh = frame(&draw);
        assert_eq!(cached, fresh, "{what}: the cache drew a stale frame");
    }

    /// Runs the effects `app` queued until none are left, as the loop does.
    fn run_effects(app: &mut App, rt: &mut Runtime<MemoryStore, FixedClock>) {
        loop {
            let effects = app.take_effects();
            if effects.is_empty() {
                return;
            }
            for effect in effects {
                if let Some(msg) = rt.run(effect) {
                    app.send(msg);
                }
            }
        }
    }

    #[test]
    fn the_ladder_help_review_and_home_through_the_cache_are_what_painting_afresh_gives() {
        let at = "2026-11-22T10:00:00Z".parse().unwrap();
        let mut rt = Runtime::new(MemoryStore::default(), FixedClock::new(at));
        let mut app = App::new(PackSet::builtin(), Theme::color(), Instant::now());
        app.start(Start::New {
            role: None,
            pack: None,
        });
        run_effects(&mut app, &mut rt);
        let mut step = 0;
        let mut press = |code: KeyCode, what: &str| {
            app.key(KeyEvent::new(code, KeyModifiers::NONE));
            run_effects(&mut app, &mut rt);
            step += 1;
            // Two frames at one size (parts reused), then two at the other.
            let (width, height) = if step % 4 < 2 { (80, 24) } else { (120, 40) };
            check_frame(width, height, what, |f| view::draw(&app, f));
        };
        for answer in [
            "Rebuilt the invoice export service",
            "Rust and Axum",
            "PostgreSQL, S3 and SQS",
            "streaming rows in batches",
            "Cut export time from 40 min to 6 min for 2,000 accounts",
        ] {
            for c in answer.chars() {
                press(KeyCode::Char(c), answer);
            }
            press(KeyCode::F(1), "help over the ladder");
            press(KeyCode::Esc, "help closed");
            press(KeyCode::Enter, "the next rung");
        }
        press(KeyCode::Up, "the review");
        press(KeyCode::Esc, "home with one draft");
        press(KeyCode::Char('n'), "a second draft");
        press(KeyCode::Char('B'), "a second draft typed in");
    }

    #[test]
    #[should_panic(expected = "the cache drew a stale frame")]
    fn the_check_catches_a_key_that_misses_what_the_paint_reads() {
        let text = RefCell::new("first");
        let draw = |f: &mut Frame| {
            reuse(f, Rect::new(0, 0, 20, 1), "careless", &(), |area, buf| {
                Paragraph::new(*text.borrow()).render(area, buf)
            })
        };
        check_frame(20, 1, "first", draw);
        *text.borrow_mut() = "second";
        check_frame(20, 1, "second", draw);
    }

    #[test]
    #[should_panic(expected = "painted over other cells")]
    fn the_check_catches_a_part_painted_over_other_cells() {
        check_frame(20, 1, "over", |f| {
            Paragraph::new("under").render(Rect::new(0, 0, 20, 1), f.buffer_mut());
            paragraph(f, Rect::new(0, 0, 20, 1), &lines("over"), false);
        });
    }

    fn lines(text: &str) -> Vec<Line<'static>> {
        vec![Line::styled(text.to_string(), Style::new().fg(Color::Cyan))]
    }

    /// Draws `text` once painted directly and once through the cache, twice, and compares.
    fn same_as_painting(text: &str, area: Rect) {
        let mut direct = Terminal::new(TestBackend::new(40, 6)).unwrap();
        direct
            .draw(|f| {
                Paragraph::new(lines(text))
                    .wrap(Wrap { trim: true })
                    .render(area, f.buffer_mut())
            })
            .unwrap();
        let mut cached = Terminal::new(TestBackend::new(40, 6)).unwrap();
        for _ in 0..2 {
            cached.clear().unwrap();
            cached
                .draw(|f| paragraph(f, area, &lines(text), true))
                .unwrap();
            assert_eq!(cached.backend().buffer(), direct.backend().buffer());
        }
    }

    #[test]
    fn a_reused_part_is_what_painting_gives() {
        same_as_painting("the same question on every frame", Rect::new(2, 1, 20, 4));
        same_as_painting("漢字 and 🙂 take two cells each", Rect::new(0, 0, 15, 6));
    }

    #[test]
    fn a_change_of_text_or_area_paints_again() {
        let mut t = Terminal::new(TestBackend::new(30, 3)).unwrap();
        t.draw(|f| paragraph(f, Rect::new(0, 0, 30, 1), &lines("first"), false))
            .unwrap();
        t.draw(|f| paragraph(f, Rect::new(0, 0, 30, 1), &lines("second"), false))
            .unwrap();
        assert_eq!(t.backend().buffer()[(0, 0)].symbol(), "s");
        t.draw(|f| paragraph(f, Rect::new(4, 1, 26, 1), &lines("second"), false))
            .unwrap();
        assert_eq!(t.backend().buffer()[(4, 1)].symbol(), "s");
        assert_eq!(t.backend().buffer()[(0, 0)].symbol(), " ");
    }

    #[test]
    fn the_cache_stays_small() {
        let mut t = Terminal::new(TestBackend::new(30, 3)).unwrap();
        for i in 0..(KEEP * 3) {
            t.draw(|f| paragraph(f, Rect::new(0, 0, 30, 1), &lines(&i.to_string()), false))
                .unwrap();
        }
        assert!(PARTS.with_borrow(|p| p.parts.len()) <= KEEP);
        t.draw(|f| paragraph(f, Rect::new(0, 0, 30, 1), &lines("after"), false))
            .unwrap();
        assert_eq!(t.backend().buffer()[(0, 0)].symbol(), "a");
    }
}
