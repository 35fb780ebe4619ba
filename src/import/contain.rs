//! Running a third-party parser that may panic on odd files (pdf-extract, lopdf) without taking
//! rung down: the panic is caught, said as an error, and kept off the terminal.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

thread_local! {
    static CONTAINED: Cell<bool> = const { Cell::new(false) };
}

static QUIET_HOOK: Once = Once::new();

/// True while this thread runs a parser whose panics are contained (so a panic hook keeps quiet).
pub fn panic_is_contained() -> bool {
    CONTAINED.with(Cell::get)
}

/// Runs `f`; a panic inside becomes `Err` with its message.
pub fn contain<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    QUIET_HOOK.call_once(|| {
        // Whatever hook is in place (the default one, or the coach's, which gives the terminal
        // back) stays in charge of every other panic.
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !panic_is_contained() {
                previous(info);
            }
        }));
    });
    CONTAINED.with(|c| c.set(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    CONTAINED.with(|c| c.set(false));
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "it stopped on something it did not expect".into())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error() {
        let r: Result<(), String> = contain(|| panic!("bad xref"));
        assert_eq!(r.unwrap_err(), "bad xref");
        assert!(!panic_is_contained());
        assert_eq!(contain(|| 4).unwrap(), 4);
    }
}
