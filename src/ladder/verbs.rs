//! The verb table: past tense and -ing forms of common resume verbs (irregular ones included),
//! read from `assets/verbs.toml`. Used to turn a task into its gerund for the impact-first style.
//!
//! SKELETON: being written.

/// Turns a task's opening verb into its -ing form: `Rebuilt the API` -> `rebuilding the API`.
/// Text that does not open with a known verb is returned unchanged (lower-cased first letter).
pub fn gerund_phrase(task: &str) -> String {
    task.to_string()
}
