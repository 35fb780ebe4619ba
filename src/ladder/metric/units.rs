//! Unit tables: durations, sizes, time units of rates, currencies and event nouns.

/// Seconds in one day.
const DAY: f64 = 86_400.0;

/// Duration units (lower-case spellings) and their length in seconds. `m` is deliberately absent:
/// it is ambiguous between minutes and millions.
const DURATIONS: &[(&[&str], f64)] = &[
    (&["ns", "nsec", "nanosecond", "nanoseconds"], 1e-9),
    (
        &[
            "us",
            "\u{b5}s",
            "\u{3bc}s",
            "usec",
            "microsecond",
            "microseconds",
        ],
        1e-6,
    ),
    (
        &["ms", "msec", "msecs", "millisecond", "milliseconds"],
        1e-3,
    ),
    (&["s", "sec", "secs", "second", "seconds"], 1.0),
    (&["min", "mins", "minute", "minutes"], 60.0),
    (&["h", "hr", "hrs", "hour", "hours"], 3_600.0),
    (&["d", "day", "days"], DAY),
    (&["w", "wk", "wks", "week", "weeks"], 7.0 * DAY),
    (&["mo", "mos", "month", "months"], 30.0 * DAY),
    (&["y", "yr", "yrs", "year", "years"], 365.0 * DAY),
];

/// Size units (lower-case spellings) and their size in bytes.
const SIZES: &[(&[&str], f64)] = &[
    (&["b", "byte", "bytes"], 1.0),
    (&["kb", "kilobyte", "kilobytes"], 1e3),
    (&["mb", "megabyte", "megabytes"], 1e6),
    (&["gb", "gigabyte", "gigabytes"], 1e9),
    (&["tb", "terabyte", "terabytes"], 1e12),
    (&["pb", "petabyte", "petabytes"], 1e15),
    (&["kib", "kibibyte", "kibibytes"], 1024.0),
    (&["mib", "mebibyte", "mebibytes"], 1_048_576.0),
    (&["gib", "gibibyte", "gibibytes"], 1_073_741_824.0),
    (&["tib", "tebibyte", "tebibytes"], 1_099_511_627_776.0),
];

/// Bit-rate tokens (lower-case) and bits per second.
const BIT_RATES: &[(&str, f64)] = &[
    ("bps", 1.0),
    ("kbps", 1e3),
    ("mbps", 1e6),
    ("gbps", 1e9),
    ("tbps", 1e12),
];

/// Rate tokens that carry their own noun (lower-case), per second.
const RATE_TOKENS: &[(&str, &str)] = &[
    ("rps", "request"),
    ("qps", "query"),
    ("tps", "transaction"),
    ("iops", "io"),
];

/// Words that turn a time unit into "per": `a day`, `per second`, `each week`.
pub const PER_WORDS: &[&str] = &["per", "a", "an", "each", "every"];

/// Adverbs that mean "per <unit>": `3 deploys daily`.
const PER_ADVERBS: &[(&str, f64)] = &[
    ("hourly", 3_600.0),
    ("daily", DAY),
    ("weekly", 7.0 * DAY),
    ("monthly", 30.0 * DAY),
    ("yearly", 365.0 * DAY),
    ("annually", 365.0 * DAY),
];

/// Currency symbols and prefixes, longest first, with their codes.
const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("C$", "CAD"),
    ("A$", "AUD"),
    ("$", "USD"),
    ("\u{20ac}", "EUR"),
    ("\u{a3}", "GBP"),
    ("\u{a5}", "JPY"),
    ("\u{20b9}", "INR"),
];

/// Currency codes rung recognises.
const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK",
    "PLN", "CZK", "BRL", "MXN", "SGD", "HKD", "ZAR",
];

/// Short event nouns and the word they stand for.
const NOUN_SYNONYMS: &[(&str, &str)] = &[
    ("req", "request"),
    ("reqs", "request"),
    ("q", "query"),
    ("msg", "message"),
    ("msgs", "message"),
    ("tx", "transaction"),
    ("txn", "transaction"),
    ("txns", "transaction"),
    ("op", "operation"),
    ("ops", "operation"),
    ("evt", "event"),
    ("evts", "event"),
];

fn lookup(table: &[(&[&str], f64)], unit: &str) -> Option<f64> {
    let unit = unit.to_lowercase();
    table
        .iter()
        .find(|(names, _)| names.contains(&unit.as_str()))
        .map(|(_, factor)| *factor)
}

/// Seconds in one `unit` of time (`min` -> 60), if it is a duration unit.
pub fn duration_seconds(unit: &str) -> Option<f64> {
    lookup(DURATIONS, unit)
}

/// Bytes in one `unit` of data (`MB` -> 1e6), if it is a size unit.
pub fn size_bytes(unit: &str) -> Option<f64> {
    lookup(SIZES, unit)
}

/// Bits per second in one `unit` (`Mbps` -> 1e6), if it is a bit-rate token.
pub fn bit_rate(unit: &str) -> Option<f64> {
    let unit = unit.to_lowercase();
    BIT_RATES
        .iter()
        .find(|(name, _)| *name == unit)
        .map(|(_, f)| *f)
}

/// The noun of a rate token such as `rps`, if it is one.
pub fn rate_token(unit: &str) -> Option<&'static str> {
    let unit = unit.to_lowercase();
    RATE_TOKENS
        .iter()
        .find(|(name, _)| *name == unit)
        .map(|(_, noun)| *noun)
}

/// Seconds in the period of a "per" adverb (`daily` -> 86400).
pub fn per_adverb_seconds(word: &str) -> Option<f64> {
    let word = word.to_lowercase();
    PER_ADVERBS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, f)| *f)
}

/// Splits a currency symbol or code off the start of `text`: `$1.2M` -> (`USD`, `1.2M`).
/// A code must be followed by a space or a digit (`USD 40k`, `USD40k`).
pub fn strip_currency_prefix(text: &str) -> Option<(&'static str, &str)> {
    for (symbol, code) in CURRENCY_SYMBOLS {
        if let Some(rest) = text.strip_prefix(symbol) {
            return Some((code, rest.trim_start()));
        }
    }
    let (head, rest) = text.split_at_checked(3)?;
    let code = currency_code(head)?;
    let next = rest.chars().next()?;
    (next == ' ' || next.is_ascii_digit()).then(|| (code, rest.trim_start()))
}

/// Splits a currency symbol or code off the start of a unit tail: `€/month` -> (`EUR`, `/month`).
pub fn strip_currency_suffix(text: &str) -> Option<(&'static str, &str)> {
    for (symbol, code) in CURRENCY_SYMBOLS {
        if let Some(rest) = text.strip_prefix(symbol) {
            return Some((code, rest.trim_start()));
        }
    }
    let (head, rest) = text.split_at_checked(3)?;
    let code = currency_code(head)?;
    match rest.chars().next() {
        None | Some(' ') | Some('/') => Some((code, rest.trim_start())),
        _ => None,
    }
}

/// The canonical code for a currency code in any case (`usd` -> `USD`).
fn currency_code(text: &str) -> Option<&'static str> {
    let upper = text.to_ascii_uppercase();
    CURRENCY_CODES.iter().find(|c| **c == upper).copied()
}

/// True when `text` is a currency code rung knows (as stored in a dimension).
pub fn is_currency_code(text: &str) -> bool {
    CURRENCY_CODES.contains(&text)
}

/// A noun in the form used to compare quantities: lower case, short forms spelled out, plurals
/// made singular (`Requests` -> `request`, `msgs` -> `message`, `active users` -> `active user`).
pub fn normalize_noun(noun: &str) -> String {
    noun.split_whitespace()
        .map(normalize_word)
        .collect::<Vec<_>>()
        .join(" ")
}

fn normalize_word(word: &str) -> String {
    let word = word.to_lowercase();
    if let Some((_, full)) = NOUN_SYNONYMS.iter().find(|(short, _)| *short == word) {
        return (*full).to_string();
    }
    singular(&word)
}

/// A rough singular: `queries` -> `query`, `users` -> `user`; short words and `-ss`/`-us`/`-is`
/// endings are left alone.
pub fn singular(word: &str) -> String {
    let chars = word.chars().count();
    if chars > 4
        && let Some(stem) = word.strip_suffix("ies")
    {
        return format!("{stem}y");
    }
    let keeps = ["ss", "us", "is"].iter().any(|end| word.ends_with(end));
    match word.strip_suffix('s') {
        Some(stem) if chars > 3 && !keeps => stem.to_string(),
        _ => word.to_string(),
    }
}

/// A rough plural of a noun for messages: `user` -> `users`, `query` -> `queries`.
pub fn plural(noun: &str) -> String {
    let vowels = ['a', 'e', 'i', 'o', 'u'];
    if let Some(stem) = noun.strip_suffix('y')
        && !stem.ends_with(vowels)
        && !stem.is_empty()
    {
        return format!("{stem}ies");
    }
    if ["s", "x", "ch", "sh"].iter().any(|end| noun.ends_with(end)) {
        return format!("{noun}es");
    }
    format!("{noun}s")
}
