//! Phrase rules: lists that read naturally, and connectors that are never doubled.

/// Words and phrases that already join an answer to the sentence. When an answer opens with one
/// of them (case-insensitive, as whole words), the pack's connector is not added.
pub const CONNECTOR_WORDS: &[&str] = &[
    "across",
    "all on",
    "alongside",
    "and",
    "around",
    "at",
    "atop",
    "backed by",
    "behind",
    "built on",
    "built with",
    "by",
    "deployed on",
    "deployed to",
    "for",
    "from",
    "hosted in",
    "hosted on",
    "in",
    "including",
    "inside",
    "into",
    "leveraging",
    "on",
    "onto",
    "over",
    "plus",
    "powered by",
    "running on",
    "through",
    "under",
    "upon",
    "using",
    "utilising",
    "utilizing",
    "via",
    "with",
    "within",
];

/// True when `answer` opens with `phrase` as whole words, ignoring case:
/// `in Go` opens with `in`, `Ingres` does not, and neither does `on-prem`.
pub fn opens_with(answer: &str, phrase: &str) -> bool {
    let phrase = phrase.trim();
    if phrase.is_empty() {
        return false;
    }
    let mut answer_words = answer.split(' ');
    phrase.split_whitespace().all(|word| {
        answer_words
            .next()
            .is_some_and(|a| a.to_lowercase() == word.to_lowercase())
    })
}

/// True when the answer already carries a connector, so `connector` (the pack's) must not be
/// added in front of it.
pub fn has_own_connector(answer: &str, connector: &str) -> bool {
    opens_with(answer, connector) || CONNECTOR_WORDS.iter().any(|w| opens_with(answer, w))
}

/// Joins a list the way people write it: `A, B, C` and `A, B, and C` both become `A, B and C`;
/// `A and B` and a single item stay as they are. Commas inside brackets and between digits
/// (`2,000`) do not split; a final `or` is kept (`A, B or C`). When the last item already has its
/// own `and` (`Python, FastAPI and SQLAlchemy`), the items are only joined by commas.
/// Expects cleaned text (see [`super::clean_answer`]).
pub fn natural_list(text: &str) -> String {
    let mut items = split_items(text);
    if items.len() < 2 {
        return items.pop().unwrap_or_default();
    }
    let last = items.pop().unwrap_or_default();
    let (conjunction, last) = match last.split_once(' ') {
        Some((word, rest)) if word == "and" || word == "or" => (word, rest.to_string()),
        _ => ("and", last),
    };
    let already_joined = [" and ", " or ", " & "].iter().any(|c| last.contains(c));
    let head = items.join(", ");
    if already_joined {
        format!("{head}, {last}")
    } else {
        format!("{head} {conjunction} {last}")
    }
}

/// Splits on commas and semicolons that are not inside brackets and not between two digits;
/// drops empty items, bare conjunctions and items of punctuation alone.
pub(super) fn split_items(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut items = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        let between_digits = i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if (c == ',' || c == ';') && depth == 0 && !between_digits {
            items.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    items.push(current);
    items
        .into_iter()
        // The whole answer lost its closing marks in cleaning; an item keeps none either.
        .map(|s| {
            s.trim()
                .trim_end_matches(|c: char| c == ' ' || ".:!?".contains(c))
                .to_string()
        })
        // A stray mark between commas (`Rust, ., Go`) is not an item.
        .filter(|s| !s.chars().all(|c| c.is_ascii_punctuation()))
        .filter(|s| !["and", "or"].contains(&s.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_naturally() {
        for (input, want) in [
            ("Go", "Go"),
            ("Go and Redis", "Go and Redis"),
            ("Go, Redis", "Go and Redis"),
            ("Go, Redis, Kafka", "Go, Redis and Kafka"),
            ("Go, Redis, and Kafka", "Go, Redis and Kafka"),
            ("Go; Redis; Kafka", "Go, Redis and Kafka"),
            ("Go, Redis or Kafka", "Go, Redis or Kafka"),
            ("Go, Redis, or Kafka", "Go, Redis or Kafka"),
            (
                "Python, FastAPI and SQLAlchemy",
                "Python, FastAPI and SQLAlchemy",
            ),
            (
                "Python (pandas, NumPy), SQL",
                "Python (pandas, NumPy) and SQL",
            ),
            ("2,000 rows, S3", "2,000 rows and S3"),
            (
                "using Figma, Sketch, and Miro",
                "using Figma, Sketch and Miro",
            ),
            ("Go, Redis, and", "Go and Redis"),
            ("Rebuilt, ., and", "Rebuilt"),
            ("Go, -, Redis", "Go and Redis"),
            ("., ;", ""),
            ("Rebuilt . , and", "Rebuilt"),
            ("Go., Redis", "Go and Redis"),
        ] {
            assert_eq!(natural_list(input), want, "{input:?}");
        }
    }

    #[test]
    fn connectors_match_whole_words_only() {
        assert!(has_own_connector("in Go and Redis", "in"));
        assert!(has_own_connector("Using Figma", "in"));
        assert!(has_own_connector("BACKED BY Postgres", "backed by"));
        assert!(has_own_connector("via Kafka", "backed by"));
        assert!(has_own_connector("over gRPC", "using"));
        assert!(!has_own_connector("Ingres", "in"));
        assert!(!has_own_connector("on-prem Kafka", "backed by"));
        assert!(!has_own_connector("backed", "backed by"));
        assert!(has_own_connector("amid chaos", "amid"));
        assert!(!has_own_connector("Go", ""));
    }
}
