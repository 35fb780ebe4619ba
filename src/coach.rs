//! The coach: checks on answers and bullets. Starts small (notes per rung); the rule engine
//! plugs in here later.

pub mod notes;

pub use notes::{Level, Note, notes};
