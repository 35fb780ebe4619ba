//! Text clean-up shared by everything that ends up in a bullet: ATS-safe characters, tidy
//! whitespace and punctuation, and the capital at the start of a sentence.

/// Makes text ATS-safe plain text: curly quotes become straight, dashes and the minus sign become
/// hyphen-minus, `×` becomes `x`, `…` becomes `...`, arrows and comparison signs become `->`,
/// `>=`, ..., every kind of whitespace (newlines, tabs, non-breaking and other unicode spaces)
/// becomes one space, and invisible characters (zero-width, bidi marks, soft hyphens, control
/// characters, whole escape sequences such as `ESC [ 31 m`) are removed. Letters in other
/// scripts and emoji are kept. The result is trimmed.
pub fn ats_safe(text: &str) -> String {
    let text = crate::safe_text::strip(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match replacement(c) {
            Replacement::Keep => out.push(c),
            Replacement::Drop => {}
            Replacement::Space => push_space(&mut out),
            Replacement::Text(s) => out.push_str(s),
        }
    }
    out.trim_end().to_string()
}

/// Cleans one answer for the bullet: [`ats_safe`], then no space before a comma, no doubled
/// commas, a doubled full stop becomes one and four or more become an ellipsis (`...`), and
/// leading bullet marks (`- `, `* `, `• `), leading `,;:` and trailing `.,;:!?` are removed.
/// A bullet is a statement, so a trailing `?` or `!` goes too; the sentence gets one full stop.
/// Empty when nothing is left.
pub fn clean_answer(answer: &str) -> String {
    let tidy = tidy_dots(&tidy_commas(&ats_safe(answer)));
    let mut rest = tidy.as_str();
    loop {
        let before = rest.len();
        rest = rest.trim_start_matches(|c: char| c == ' ' || ",;:".contains(c));
        for mark in ["- ", "* ", "+ ", "\u{2022} ", "\u{b7} "] {
            rest = rest.strip_prefix(mark).unwrap_or(rest);
        }
        rest = rest.trim_end_matches(|c: char| c == ' ' || ".,;:!?".contains(c));
        if rest.len() == before {
            return rest.to_string();
        }
    }
}

/// Capitalises the first letter of `text` (after any opening quote or bracket), leaving every
/// other character as typed. A first word that already has a capital inside (`iOS`, `eBay`,
/// `gRPC`) is left alone, since changing it would misspell a name.
pub fn capitalise_first(text: &str) -> String {
    let Some((i, c)) = text.char_indices().find(|(_, c)| !"\"'([{".contains(*c)) else {
        return text.to_string();
    };
    let first_word = text[i..].split(' ').next().unwrap_or_default();
    let inner_capital = first_word.chars().skip(1).any(char::is_uppercase);
    if !c.is_lowercase() || inner_capital {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push_str(&text[..i]);
    out.extend(c.to_uppercase());
    out.push_str(&text[i + c.len_utf8()..]);
    out
}

/// What [`ats_safe`] does with one character.
enum Replacement {
    Keep,
    Drop,
    Space,
    Text(&'static str),
}

fn replacement(c: char) -> Replacement {
    use Replacement::*;
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{2039}'
        | '\u{203A}' | '\u{FF07}' => Text("'"),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' | '\u{FF02}' => Text("\""),
        '\u{2010}'..='\u{2015}'
        | '\u{2212}'
        | '\u{2043}'
        | '\u{FE58}'
        | '\u{FE63}'
        | '\u{FF0D}' => Text("-"),
        '\u{00D7}' | '\u{2715}' | '\u{2A09}' => Text("x"),
        '\u{2026}' => Text("..."),
        '\u{2192}' | '\u{27F6}' => Text("->"),
        '\u{2190}' | '\u{27F5}' => Text("<-"),
        '\u{2264}' => Text("<="),
        '\u{2265}' => Text(">="),
        '\u{2248}' => Text("~"),
        // Zero-width characters, bidi marks and isolates, soft hyphen, word joiner, BOM.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{00AD}'
        | '\u{180E}'
        | '\u{FEFF}' => Drop,
        c if c.is_whitespace() => Space,
        c if c.is_control() => Drop,
        _ => Keep,
    }
}

/// Pushes one space unless the text is empty or already ends with one.
fn push_space(out: &mut String) {
    if !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
}

/// No space before a comma, and no comma right after another.
fn tidy_commas(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == ',' {
            let trimmed = out.trim_end_matches(' ').len();
            out.truncate(trimmed);
            if out.ends_with(',') {
                continue;
            }
        } else if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c);
    }
    out
}

/// A run of two full stops becomes one; a run of three or more becomes an ellipsis.
fn tidy_dots(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = 0;
    for c in text.chars().chain(std::iter::once('\0')) {
        if c == '.' {
            run += 1;
            continue;
        }
        match run {
            0 => {}
            1 | 2 => out.push('.'),
            _ => out.push_str("..."),
        }
        run = 0;
        if c != '\0' {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ats_safe_maps_typography_to_ascii() {
        for (input, want) in [
            (
                "\u{201C}fast\u{201D} and \u{2018}safe\u{2019}",
                "\"fast\" and 'safe'",
            ),
            ("2019\u{2013}2021 \u{2014} done", "2019-2021 - done"),
            ("3\u{00D7} faster", "3x faster"),
            ("and more\u{2026}", "and more..."),
            ("40\u{00A0}min\u{2009}to\u{202F}6", "40 min to 6"),
            ("zero\u{200B}width\u{FEFF}", "zerowidth"),
            ("bell\u{7}ring", "bellring"),
            ("red \u{1b}[31mtext\u{1b}]52;c;eA==\u{7}", "red text"),
            ("line\none\r\n\ttwo", "line one two"),
            ("1.2s \u{2192} 180ms", "1.2s -> 180ms"),
            ("Zürich, 東京 and 🚀", "Zürich, 東京 and 🚀"),
        ] {
            assert_eq!(ats_safe(input), want, "{input:?}");
        }
    }

    #[test]
    fn clean_answer_trims_punctuation_and_bullet_marks() {
        for (input, want) in [
            ("  Rebuilt the API.  ", "Rebuilt the API"),
            ("- Rebuilt the API", "Rebuilt the API"),
            ("\u{2022} Rebuilt the API;", "Rebuilt the API"),
            (", Go , , Redis,", "Go, Redis"),
            ("Cut costs by 40%!", "Cut costs by 40%"),
            ("Really?", "Really"),
            ("done.. then more.....", "done. then more"),
            ("wait... what", "wait... what"),
            (".NET and C#", ".NET and C#"),
            ("2,000 accounts", "2,000 accounts"),
            (" .,;: ", ""),
        ] {
            assert_eq!(clean_answer(input), want, "{input:?}");
        }
    }

    #[test]
    fn capitalise_first_letter_only() {
        assert_eq!(
            capitalise_first("rebuilt the NATS API"),
            "Rebuilt the NATS API"
        );
        assert_eq!(capitalise_first("\"quick\" wins"), "\"Quick\" wins");
        assert_eq!(capitalise_first("iOS app"), "iOS app");
        assert_eq!(capitalise_first("40% faster"), "40% faster");
        assert_eq!(capitalise_first("élan"), "Élan");
        assert_eq!(capitalise_first(""), "");
    }
}
