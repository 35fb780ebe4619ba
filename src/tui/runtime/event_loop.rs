//! The loop: draw (only when the app's version moved, or the window was resized), wait for an
//! event (or the next autosave, or a listing read in the background), update, run effects.
//! A terminal that can no longer be read or drawn counts as gone: the draft is saved and the
//! app leaves. After every event and every batch of effects the [`Guard`] learns what is
//! unsaved, so a signal or a panic can keep it (see `guard.rs`).

use std::time::{Duration, Instant};

use crossterm::event;

use crate::tui::app::App;
use crate::tui::app::msg::{Effect, Msg};
use crate::tui::render as view;
use crate::tui::runtime::Runtime;
use crate::tui::runtime::clock::Clock;
use crate::tui::runtime::guard::{self, Guard, Unsaved};
use crate::tui::runtime::store::Store;
use crate::tui::runtime::terminal;
use crate::tui::screens::home::listing;

/// The longest wait between two ticks.
const POLL: Duration = Duration::from_millis(50);

/// How long typing must pause before the coach checks an edit and the preview follows it.
/// Long enough for the terminal to take the frame with the typed character on its own (when
/// both frames arrive together, it shows the character only once it has read both), short
/// enough that the notes follow well within one screen refresh.
const DEFERRED_CHECK_PAUSE: Duration = Duration::from_millis(1);

/// Runs the app in the real terminal until it quits; returns what the user must hear once
/// the terminal is back (see [`App::farewell`]).
pub fn run<S: Store, C: Clock>(
    mut app: App,
    mut runtime: Runtime<S, C>,
    guard: &Guard,
) -> anyhow::Result<Vec<String>> {
    let mut term = terminal::init()?;
    runtime.hold_listing();
    let result = run_loop(&mut app, &mut runtime, &mut term, guard);
    terminal::restore();
    result.map(|()| app.farewell())
}

/// What a crash would lose now.
fn unsaved<S: Store, C: Clock>(app: &App, runtime: &Runtime<S, C>) -> Option<Unsaved> {
    app.unsaved_draft().map(|draft| Unsaved {
        expected: runtime.expected(&draft.id),
        draft: draft.clone(),
    })
}

fn run_loop<S: Store, C: Clock>(
    app: &mut App,
    runtime: &mut Runtime<S, C>,
    term: &mut terminal::Term,
    guard: &Guard,
) -> anyhow::Result<()> {
    // The app's version when the screen was last drawn: an idle loop writes nothing.
    let mut drawn = None;
    // The app's version when the guard last learnt what is unsaved: only a change of state or
    // an effect (a save) can change it, so an idle loop copies no draft.
    let mut guarded = None;
    let mut warmed = false;
    // The app knows the window's size from the start (it decides what a key may do).
    if let Ok(size) = term.size() {
        app.send(Msg::Resize {
            width: size.width,
            height: size.height,
        });
    }
    loop {
        if run_effects(app, runtime, term, guard) || guarded != Some(app.version()) {
            guard.set(unsaved(app, runtime));
            guarded = Some(app.version());
        }
        if app.quitting() {
            return Ok(());
        }
        if guard::stopping() {
            // The signal thread is saving and will end the process.
            std::thread::park();
            continue;
        }
        if drawn != Some(app.version()) {
            if term.draw(|frame| view::draw(app, frame)).is_err() {
                gone(app, runtime, term, guard);
                return Ok(());
            }
            if drawn.is_none() && !warmed {
                crate::tui::warm_up_the_coach();
                warmed = true;
                if let Some(listed) = runtime.first_frame_out() {
                    app.send(listed);
                }
            }
            drawn = Some(app.version());
        }
        // The frame with the last edit is out. Once typing pauses, the coach checks it and the
        // preview is assembled; a change is drawn straight away. A key already waiting is
        // taken first, so a burst of keys is echoed key by key and checked once.
        if app.has_deferred_checks() {
            match event::poll(DEFERRED_CHECK_PAUSE) {
                Ok(false) => {
                    if app.run_deferred_checks() {
                        continue;
                    }
                }
                Ok(true) => {}
                Err(_) => {
                    gone(app, runtime, term, guard);
                    return Ok(());
                }
            }
        }
        let mut wait = app.next_deadline().map_or(POLL, |d| {
            d.saturating_duration_since(Instant::now()).min(POLL)
        });
        if runtime.reading() || runtime.importing() {
            wait = wait.min(listing::READING_POLL);
        }
        match event::poll(wait) {
            Ok(true) => match event::read() {
                Ok(ev) => {
                    // A resize changes no state, but needs a frame at the new size.
                    if matches!(ev, event::Event::Resize(..)) {
                        if terminal::fit(term).is_err() {
                            gone(app, runtime, term, guard);
                            return Ok(());
                        }
                        drawn = None;
                    }
                    app.send(Msg::Tick(Instant::now()));
                    app.event(ev);
                    // Effects this event queued (a save) have not run yet: only ever widen
                    // what the guard keeps here.
                    if let Some(u) = unsaved(app, runtime) {
                        guard.set(Some(u));
                        guarded = Some(app.version());
                    }
                }
                Err(_) => {
                    gone(app, runtime, term, guard);
                    return Ok(());
                }
            },
            Ok(false) => {}
            Err(_) => {
                gone(app, runtime, term, guard);
                return Ok(());
            }
        }
        app.send(Msg::Tick(Instant::now()));
        if let Some(listed) = runtime.poll_listing() {
            app.send(listed);
        }
        if let Some(news) = runtime.poll_import() {
            app.send(news);
        }
    }
}

fn gone<S: Store, C: Clock>(
    app: &mut App,
    runtime: &mut Runtime<S, C>,
    term: &mut terminal::Term,
    guard: &Guard,
) {
    app.send(Msg::TerminalGone);
    run_effects(app, runtime, term, guard);
}

/// Runs the effects the app queued (and those their replies queue); whether there were any.
fn run_effects<S: Store, C: Clock>(
    app: &mut App,
    runtime: &mut Runtime<S, C>,
    term: &mut terminal::Term,
    guard: &Guard,
) -> bool {
    let mut ran = false;
    loop {
        let effects = app.take_effects();
        if effects.is_empty() {
            return ran;
        }
        ran = true;
        for effect in effects {
            let reply = match effect {
                Effect::OpenEditor(text) => match terminal::edit(term, &text) {
                    Ok((edited, kept)) => {
                        app.send(Msg::EditorClosed(edited));
                        kept.map(|path| Msg::Notice {
                            text: format!(
                                "{}; your whole text is kept in {}",
                                crate::tui::app::text::too_long_message(),
                                path.display()
                            ),
                            warning: true,
                        })
                    }
                    Err(e) => Some(Msg::EditorFailed(e.to_string())),
                },
                Effect::Quit => None,
                // Writes of a draft hold the gate, so a signal's save never races them; other
                // effects (a clipboard command, a file read) must not keep a signal waiting.
                writes @ (Effect::Save(_)
                | Effect::KeepMine(_)
                | Effect::TakeTheirs(_)
                | Effect::Recover(_)
                | Effect::ResolveRecovery { .. }) => {
                    let _gate = guard.gate();
                    runtime.run(writes)
                }
                other => runtime.run(other),
            };
            if let Some(msg) = reply {
                app.send(msg);
            }
        }
    }
}
