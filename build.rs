//! Compiles `assets/verbs.txt` (the verb lexicon) into sorted static tables, so rung never
//! parses the 3,700-verb file at run time: a lookup is a binary search from the first key on.

// A build script that cannot write its table should stop the build loudly, so it unwraps.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let source_path = "assets/verbs.txt";
    println!("cargo:rerun-if-changed={source_path}");
    let source = std::fs::read_to_string(source_path).expect("assets/verbs.txt is readable");
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
        let list = |s: &str| {
            s.split('|')
                .map(|f| format!("{f:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let noun_too = rest.contains(&"n");
        writeln!(
            entries,
            "    Entry {{ base: {base:?}, third: {third:?}, past: &[{}], ing: &[{}], noun_too: {noun_too} }},",
            list(past),
            list(ing)
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
    let mut out = String::from(
        "/// Every verb, in the order of `assets/verbs.txt`.\nstatic ENTRIES: &[Entry] = &[\n",
    );
    out.push_str(&entries);
    out.push_str("];\n\n/// Every form of every verb, sorted, for a binary search.\nstatic FORMS: &[(&str, Found)] = &[\n");
    for (form, (entry, kind, variant)) in &forms {
        writeln!(
            out,
            "    ({form:?}, Found {{ entry: {entry}, form: Form::{kind}, variant: {variant} }}),"
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("verbs_table.rs");
    std::fs::write(dest, out).expect("the verb table is written");
}
