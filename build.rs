//! Compiles `assets/verbs.txt` (the verb lexicon) into sorted static tables, so rung never
//! parses the 3,700-verb file at run time: a lookup is a binary search from the first key on.
//!
//! The tables hold spans (offset and length) into one string rather than `&str`s: each pointer
//! in a static table is a relocation the loader applies at every start, and the 40,000 of them
//! made the loader copy 1.4 MB of pages before `main` (about 1 ms here).

// A build script that cannot write its table should stop the build loudly, so it unwraps.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let source_path = "assets/verbs.txt";
    println!("cargo:rerun-if-changed={source_path}");
    let source = std::fs::read_to_string(source_path).expect("assets/verbs.txt is readable");
    let mut tables = Tables::default();
    let mut entries = String::new();
    // form -> (entry, form name, variant); later inserts win, as in a map filled in file order.
    let mut forms: BTreeMap<String, (usize, &str, usize)> = BTreeMap::new();
    let mut pasts = Vec::new();
    let mut index = 0;
    for line in source.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split(' ').collect();
        let [base, third, past, ing, rest @ ..] = fields.as_slice() else {
            continue;
        };
        let noun_too = rest.contains(&"n");
        let (base_span, third_span) = (tables.span(base), tables.span(third));
        let (past_list, ing_list) = (tables.list(past), tables.list(ing));
        writeln!(
            entries,
            "    Entry {{ base: {base_span}, third: {third_span}, past: {past_list}, ing: {ing_list}, noun_too: {noun_too} }},"
        )
        .unwrap();
        forms.insert(base.to_string(), (index, "Base", 0));
        forms.insert(third.to_string(), (index, "Third", 0));
        for (v, f) in ing.split('|').enumerate() {
            forms.insert(f.to_string(), (index, "Ing", v));
        }
        if let Some(parts) = rest.first().filter(|p| **p != "-" && **p != "n") {
            for part in parts.split('|') {
                forms
                    .entry(part.to_string())
                    .or_insert((index, "Participle", 0));
            }
        }
        for (v, f) in past.split('|').enumerate() {
            pasts.push((f.to_string(), (index, "Past", v)));
        }
        index += 1;
    }
    // Past forms last, so they win over a base spelled the same way (`found`, `cut`).
    for (f, found) in pasts {
        forms.insert(f, found);
    }
    let mut form_rows = String::new();
    for (form, (entry, kind, variant)) in &forms {
        let span = tables.span(form);
        writeln!(
            form_rows,
            "    ({span}, Found {{ entry: {entry}, form: Form::{kind}, variant: {variant} }}),"
        )
        .unwrap();
    }
    let mut out = String::from(
        "/// Every verb, in the order of `assets/verbs.txt`.\nstatic ENTRIES: &[Entry] = &[\n",
    );
    out.push_str(&entries);
    out.push_str("];\n\n/// Every form of every verb, sorted, for a binary search.\nstatic FORMS: &[(Span, Found)] = &[\n");
    out.push_str(&form_rows);
    out.push_str("];\n\n/// The spellings of the past and -ing lists, in order.\nstatic LISTS: &[Span] = &[\n");
    for span in &tables.lists {
        writeln!(out, "    {span},").unwrap();
    }
    writeln!(
        out,
        "];\n\n/// Every spelling the tables name, end to end.\nstatic TEXT: &str = {:?};",
        tables.text
    )
    .unwrap();
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("verbs_table.rs");
    std::fs::write(dest, out).expect("the verb table is written");
}

/// The one string every spelling lives in, and the list items, as the generated code spells
/// them (`Span(offset, length)`, `List(first item, count)`).
#[derive(Default)]
struct Tables {
    text: String,
    lists: Vec<String>,
}

impl Tables {
    /// Appends `word` to the text; its span.
    fn span(&mut self, word: &str) -> String {
        let at = self.text.len();
        self.text.push_str(word);
        assert!(u32::try_from(at).is_ok() && u16::try_from(word.len()).is_ok());
        format!("Span({at}, {})", word.len())
    }

    /// Appends the `|`-separated spellings as list items; the list.
    fn list(&mut self, spellings: &str) -> String {
        let first = self.lists.len();
        for s in spellings.split('|') {
            let span = self.span(s);
            self.lists.push(span);
        }
        let count = self.lists.len() - first;
        assert!(u16::try_from(first).is_ok() && u8::try_from(count).is_ok());
        format!("List({first}, {count})")
    }
}
