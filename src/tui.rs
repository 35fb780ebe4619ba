//! The interactive coach: a ratatui app in the shape of The Elm Architecture.
