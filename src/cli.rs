//! The non-interactive commands.
