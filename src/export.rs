//! Output formats (plain text, Markdown) and, later, clipboard providers.
