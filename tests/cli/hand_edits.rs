//! Keys and tables a user adds by hand to a draft or to `rung.toml` are kept
//! when rung writes the file again, and a misspelt known table is named.

use std::fs;

use crate::support::cmd::Env;

#[test]
fn a_drafts_hand_added_keys_and_tables_survive_a_change() {
    let env = Env::new();
    let id = env.add_task("Rebuilt the invoice export");
    let file = env.drafts().join(format!("{id}.toml"));
    let text = fs::read_to_string(&file).unwrap();
    let text = text.replacen(
        "[answers]\n",
        "notes = \"ask Sam for the real numbers\"\n\n[answers]\nwhy = \"for the promo packet\"\n",
        1,
    ) + "\n[custom]\nsource = \"performance review 2025\"\n";
    fs::write(&file, &text).unwrap();
    let r = env.run(&["set", &id, "--finish"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let after: toml::Table = fs::read_to_string(&file).unwrap().parse().unwrap();
    assert_eq!(
        after["status"].as_str(),
        Some("finished"),
        "the change is made"
    );
    assert_eq!(
        after["notes"].as_str(),
        Some("ask Sam for the real numbers")
    );
    assert_eq!(
        after["answers"]["why"].as_str(),
        Some("for the promo packet")
    );
    assert_eq!(
        after["answers"]["task"].as_str(),
        Some("Rebuilt the invoice export")
    );
    assert_eq!(
        after["custom"]["source"].as_str(),
        Some("performance review 2025")
    );
}

#[test]
fn rung_toml_keeps_hand_added_tables_and_names_a_misspelt_one() {
    let env = Env::new();
    let r = env.run(&["list"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let file = env.ws().join("rung.toml");
    let text = "notes = \"job hunt 2026\"\n".to_string()
        + &fs::read_to_string(&file).unwrap()
        + "\n[[role]]\nkey = \"initech\"\ncompany = \"Initech\"\ntitle = \"Engineer\"\nlocation = \"Berlin\"\n"
        + "\n[custom]\nowner = \"me\"\n\n[[roles]]\nkey = \"acme\"\ncompany = \"Acme\"\ntitle = \"Engineer\"\n";
    fs::write(&file, text).unwrap();
    let r = env.run_role_add("globex", "Globex", "SRE", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("did you mean `role`"),
        "the misspelt table is named: {}",
        r.stderr
    );
    let after: toml::Table = fs::read_to_string(&file).unwrap().parse().unwrap();
    assert_eq!(after["notes"].as_str(), Some("job hunt 2026"));
    assert_eq!(after["custom"]["owner"].as_str(), Some("me"));
    assert_eq!(after["roles"][0]["key"].as_str(), Some("acme"));
    assert_eq!(after["role"][0]["location"].as_str(), Some("Berlin"));
    assert_eq!(after["role"][1]["key"].as_str(), Some("globex"));
    let r = env.run(&["doctor"]);
    assert!(r.stdout.contains("did you mean `role`"), "{}", r.stdout);
}
