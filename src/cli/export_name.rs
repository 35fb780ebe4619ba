//! The user's name for a fresh RenderCV or JSON Resume file: `--name`, else `name` in
//! `rung.toml`, else, for RenderCV at a terminal, asked once and kept in `rung.toml`.
//!
//! Choices: RenderCV prints the name at the top of the CV and names its files after it, so a
//! missing name gives `NAME_IN_SNAKE_CASE_CV.pdf`; that is worth one question. JSON Resume works
//! without one, so it only uses a name already known. Names are cleaned of control characters
//! and capped at [`MAX_NAME`] characters, from the flag as from the prompt.

use std::io::IsTerminal;

use super::output::{ask_line, path_safe};
use super::{Context, Failure};
use crate::safe_text;

/// The longest name kept, in characters.
pub const MAX_NAME: usize = 100;

/// A name as typed, cleaned: control characters and escape sequences removed, runs of
/// whitespace made one space, cut to [`MAX_NAME`] characters. `None` when nothing is left.
pub fn clean(raw: &str) -> Option<String> {
    let stripped = safe_text::strip(raw);
    let words: Vec<&str> = stripped.split_whitespace().collect();
    let name: String = words.join(" ").chars().take(MAX_NAME).collect();
    let name = name.trim_end().to_string();
    (!name.is_empty()).then_some(name)
}

/// The name to write, given `--name` and the name `rung.toml` holds. Asks at a terminal when
/// `ask` is set and neither gives one, and keeps the answer in `rung.toml`.
pub fn resolve(
    ctx: &Context,
    flag: Option<&str>,
    kept: Option<&str>,
    ask: bool,
) -> Result<Option<String>, Failure> {
    if let Some(name) = flag.and_then(clean).or_else(|| kept.and_then(clean)) {
        return Ok(Some(name));
    }
    if !ask {
        return Ok(None);
    }
    let file = ctx.workspace.file_path();
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if !interactive {
        eprintln!(
            "note: RenderCV names its files after you; add `name = \"Your Name\"` to {}, or pass --name \"Your Name\".",
            path_safe(&file)
        );
        return Ok(None);
    }
    let answer = ask_line(&format!(
        "Your name, as RenderCV prints it at the top (kept in {} so rung asks once; Enter to skip): ",
        path_safe(&file)
    ))?;
    let Some(name) = clean(&answer) else {
        eprintln!(
            "No name given; RenderCV will use a placeholder. Pass --name, or add `name = \"Your Name\"` to {}.",
            path_safe(&file)
        );
        return Ok(None);
    };
    ctx.workspace
        .update_file(|f| {
            f.name = Some(name.clone());
            Ok(())
        })
        .map_err(Failure::workspace)?;
    eprintln!("Kept your name in {}.", path_safe(&file));
    Ok(Some(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cleaned_and_capped() {
        assert_eq!(
            clean("  Ada   Lovelace \n").as_deref(),
            Some("Ada Lovelace")
        );
        assert_eq!(
            clean("Ada\x1b[31m Lovelace\x07").as_deref(),
            Some("Ada Lovelace")
        );
        assert_eq!(clean(" \t\n"), None);
        let long = "É".repeat(300);
        assert_eq!(clean(&long).unwrap().chars().count(), MAX_NAME);
    }
}
