//! Tests that change what the whole process shares (the environment, the panic hook and the
//! signal thread), kept apart from every other test and run one at a time.

#![allow(clippy::unwrap_used, clippy::string_slice)] // tests may unwrap and slice what they made

mod panic_recovery;
mod quick_args;

/// Held by each test for its whole run, so no other thread reads what it changes.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Takes [`ONE_AT_A_TIME`], even after a failed test let go of it by panicking.
fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}
