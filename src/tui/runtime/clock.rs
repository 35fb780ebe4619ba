//! Wall-clock time behind a trait, so draft timestamps are fixed in tests.

use std::cell::Cell;

/// Where `created`/`updated` timestamps come from.
pub trait Clock {
    /// The current time.
    fn now(&self) -> jiff::Timestamp;
}

/// The system clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> jiff::Timestamp {
        jiff::Timestamp::now()
    }
}

/// A clock that shows whatever time it was set to.
#[derive(Debug, Clone)]
pub struct FixedClock(Cell<jiff::Timestamp>);

impl FixedClock {
    /// A clock stopped at `at`.
    pub fn new(at: jiff::Timestamp) -> FixedClock {
        FixedClock(Cell::new(at))
    }

    /// Moves the clock to `at`.
    pub fn set(&self, at: jiff::Timestamp) {
        self.0.set(at);
    }
}

impl Clock for FixedClock {
    fn now(&self) -> jiff::Timestamp {
        self.0.get()
    }
}
