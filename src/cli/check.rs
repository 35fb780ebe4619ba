//! `rung check [FILE|-]`: lints bullets people already have, and with `--import` turns each one
//! into a draft filled in as far as the bullet goes.
//!
//! Exit status: 0 when no finding reaches `--fail-on` (error by default), 1 when one does,
//! 2 when the input cannot be read. The rule levels come from `assets/rules.toml` and the user's
//! `[rules]` table in `config.toml`.

use std::io::Read;
use std::path::Path;

use serde_json::{Value, json};

use super::args::{CheckArgs, FailOn, InputFormatArg, ReportFormat};
use super::output::{one_line, terminal_safe};
use super::{Cli, Context, Failure, Outcome, flags};
use crate::coach::input::{self, Group, InputFormat};
use crate::coach::{self, CheckContext, Detection, Finding, Level, Overrides, RoleFinding};
use crate::ladder::{Draft, Pack, PackSet, Rung, Style, bullet};
use crate::workspace::{self, MAX_FILE_BYTES};

/// One checked bullet.
struct Checked {
    text: String,
    detection: Detection,
    findings: Vec<Finding>,
    draft: Option<String>,
}

/// Runs `rung check`, opening the workspace only when the command needs it.
pub fn run(cli: &Cli, args: &CheckArgs) -> Result<Outcome, Failure> {
    if args.import || args.role.is_some() {
        let ctx = Context::open(cli)?;
        run_with(Some(&ctx), args)
    } else {
        run_with(None, args)
    }
}

/// Runs `rung check` with a workspace context when there is one.
pub fn run_with(ctx: Option<&Context>, args: &CheckArgs) -> Result<Outcome, Failure> {
    let overrides = load_overrides()?;
    let groups = match args
        .file
        .as_deref()
        .filter(|f| super::check_resume::is_resume_file(f, args))
    {
        // PDF, DOCX, LaTeX and LinkedIn's export: the import readers, one group per role.
        Some(file) => super::check_resume::groups(file)?,
        None => read_groups(args)?,
    };
    let label = args
        .file
        .as_deref()
        .filter(|f| f.as_os_str() != "-")
        .map_or_else(|| "standard input".to_string(), |f| f.display().to_string());
    if groups.is_empty() {
        return Err(Failure::input(format!(
            "{label}: no bullets found (one bullet per line, or a list)"
        )));
    }
    let current_role = match (ctx, &args.role) {
        (Some(ctx), Some(key)) => {
            flags::check_role(ctx, key)?;
            ctx.workspace.role(key).map_err(Failure::input)?.current
        }
        _ => false,
    };
    let loaded;
    let packs = match ctx {
        Some(c) => &c.packs,
        None => {
            loaded = PackSet::load(workspace::packs_dir().as_deref()).0;
            &loaded
        }
    };
    let pack_name = match (&args.pack, ctx) {
        (Some(p), _) => p.clone(),
        (None, Some(c)) => c.workspace.file().map_err(Failure::input)?.settings.pack,
        (None, None) => crate::ladder::pack::DEFAULT_PACK.to_string(),
    };
    let Some(pack) = packs.get(&pack_name) else {
        return Err(Failure::usage(format!(
            "no pack `{pack_name}`; the packs are: {} (see `rung packs`)",
            packs.names().join(", ")
        )));
    };
    let check_ctx = CheckContext {
        current_role,
        overrides: &overrides,
        ignored: &[],
    };

    let mut checked: Vec<Vec<Checked>> = Vec::new();
    let mut role_findings: Vec<Vec<RoleFinding>> = Vec::new();
    for group in &groups {
        let items: Vec<Checked> = group
            .bullets
            .iter()
            .map(|b| check_one(b, &check_ctx))
            .collect();
        let refs: Vec<&str> = group.bullets.iter().map(String::as_str).collect();
        let role = if group.is_role || args.role.is_some() {
            coach::check_role(&refs, &check_ctx)
        } else {
            coach::check_list(&refs, &check_ctx)
        };
        checked.push(items);
        role_findings.push(role);
    }
    if args.import {
        let ctx = ctx.ok_or_else(|| Failure::usage("--import needs a workspace"))?;
        import_all(ctx, &mut checked, args.role.as_deref(), pack)?;
    }

    let threshold = match args.fail_on {
        FailOn::Warning => Level::Warning,
        FailOn::Error => Level::Error,
    };
    let fails = checked
        .iter()
        .flatten()
        .flat_map(|c| &c.findings)
        .any(|f| f.level >= threshold)
        || role_findings
            .iter()
            .flatten()
            .any(|r| r.finding.level >= threshold);
    match args.format {
        ReportFormat::Json => print_json(&groups, &checked, &role_findings, pack),
        ReportFormat::Text => print_text(&groups, &checked, &role_findings, pack),
    }
    Ok(if fails { Outcome::Problem } else { Outcome::Ok })
}

/// Text, Markdown, JSON Resume or RenderCV from a file or standard input.
fn read_groups(args: &CheckArgs) -> Result<Vec<Group>, Failure> {
    let (name, content) = read_input(args.file.as_deref())?;
    let format = match args.input_format {
        InputFormatArg::Auto => InputFormat::detect(name.as_deref(), &content),
        InputFormatArg::Text => InputFormat::Text,
        InputFormatArg::Markdown => InputFormat::Markdown,
        InputFormatArg::JsonResume => InputFormat::JsonResume,
        InputFormatArg::Rendercv => InputFormat::RenderCv,
    };
    let label = name.unwrap_or_else(|| "standard input".into());
    input::read(&content, format).map_err(|e| Failure::input(format!("{label}: {e}")))
}

fn check_one(text: &str, ctx: &CheckContext) -> Checked {
    let a = coach::analyze(text);
    let mut findings = coach::check_analysis(&a, ctx);
    // Role findings are reported apart; a bullet's own findings come in text order.
    findings.sort_by_key(|f| (f.span.start, std::cmp::Reverse(f.level)));
    Checked {
        text: text.to_string(),
        detection: coach::detect_analysis(&a),
        findings,
        draft: None,
    }
}

/// The user's `[rules]` overrides from `config.toml` in the config folder.
pub fn load_overrides() -> Result<Overrides, Failure> {
    match workspace::config_dir() {
        Some(dir) => Overrides::load(&dir.join("config.toml")).map_err(|e| {
            Failure::input(format!(
                "{e} (fix the [rules] table of this file, or remove the line)"
            ))
        }),
        None => Ok(Overrides::default()),
    }
}

/// Reads the input: a file, or standard input for `-` or no file. Returns its name and text.
pub(super) fn read_input(file: Option<&Path>) -> Result<(Option<String>, String), Failure> {
    let mut bytes = Vec::new();
    let name = match file {
        Some(p) if p.as_os_str() != "-" => {
            let shown = p.display().to_string();
            bytes = crate::plain_file::read(p, true, MAX_FILE_BYTES)
                .map_err(|e| Failure::input(format!("{shown}: cannot read it: {e}")))?;
            Some(shown)
        }
        _ => {
            use std::io::IsTerminal;
            if std::io::stdin().is_terminal() {
                return Err(Failure::usage(
                    "no input: pass a FILE, or pipe bullets in (`rung check - < bullets.txt`)",
                ));
            }
            std::io::stdin()
                .take(MAX_FILE_BYTES + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| Failure::input(format!("standard input: cannot read it: {e}")))?;
            None
        }
    };
    let label = name.clone().unwrap_or_else(|| "standard input".into());
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Failure::input(format!(
            "{label}: too large to be a resume; check a smaller file"
        )));
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        Failure::input(format!(
            "{label}: not UTF-8 text; save it as UTF-8 and try again"
        ))
    })?;
    // A byte order mark is not part of the first bullet.
    let text = match crate::safe_text::split_bom(&text) {
        ("", _) => text,
        (_, rest) => rest.to_string(),
    };
    Ok((name, text))
}

fn import_all(
    ctx: &Context,
    checked: &mut [Vec<Checked>],
    role: Option<&str>,
    pack: &Pack,
) -> Result<(), Failure> {
    let settings = ctx.workspace.file().map_err(Failure::input)?.settings;
    // The answer limit is checked for every bullet first, so an import is all or nothing.
    for (n, c) in checked.iter().flatten().enumerate() {
        let mut probe = Draft::new(
            ctx.workspace.new_id(jiff::Timestamp::now()),
            jiff::Timestamp::now(),
            "",
        );
        probe.answers = coach::import::answers_from(&flags::clean(&c.text));
        if let Some(why) = probe.too_long() {
            return Err(Failure::input(format!(
                "bullet {}: {why}; shorten it and import again (nothing was imported)",
                n + 1
            )));
        }
    }
    for c in checked.iter_mut().flatten() {
        let now = jiff::Timestamp::now();
        let mut draft = Draft::new(ctx.workspace.new_id(now), now, pack.name.clone());
        draft.style = settings.style;
        draft.role = role.map(str::to_string);
        draft.tags.push("imported".into());
        draft.answers = coach::import::answers_from(&flags::clean(&c.text));
        flags::place_on_next_rung(&mut draft);
        ctx.workspace.save(&draft).map_err(Failure::input)?;
        eprintln!(
            "imported {}  [{}]  {}",
            draft.id,
            super::drafts::cells(&draft),
            terminal_safe(&bullet(&draft, pack, Style::ImpactLast))
        );
        c.draft = Some(draft.id.to_string());
    }
    Ok(())
}

fn rungs_json(d: &Detection) -> Value {
    json!({ "task": d.task, "tools": d.tools, "stack": d.stack, "method": d.method, "metric": d.metric })
}

fn finding_json(f: &Finding) -> Value {
    let mut out = json!({
        "rule": f.rule,
        "level": f.level.name(),
        "span": [f.span.start, f.span.end],
        "message": f.message,
        "rung": f.rung.map(Rung::name),
        "why": f.why,
    });
    // The replacement for `span` when there is one sure answer, for editors and scripts.
    if let Some(fix) = &f.fix {
        out["fix"] = fix.clone().into();
    }
    out
}

fn next_question(d: &Detection, pack: &Pack) -> Option<String> {
    d.next().map(|r| pack.prompt(r).question.clone())
}

fn print_json(groups: &[Group], checked: &[Vec<Checked>], roles: &[Vec<RoleFinding>], pack: &Pack) {
    let mut bullets = Vec::new();
    let mut role_entries = Vec::new();
    for ((group, items), role) in groups.iter().zip(checked).zip(roles) {
        for (i, c) in items.iter().enumerate() {
            let mut findings: Vec<Value> = c.findings.iter().map(finding_json).collect();
            findings.extend(
                role.iter()
                    .filter(|r| r.bullet == Some(i))
                    .map(|r| finding_json(&r.finding)),
            );
            let mut entry = json!({
                "text": c.text,
                "rungs": rungs_json(&c.detection),
                "level": c.detection.level(),
                "next_question": next_question(&c.detection, pack),
                "findings": findings,
            });
            if let Some(id) = &c.draft {
                entry["draft"] = json!(id);
            }
            bullets.push(entry);
        }
        let whole: Vec<Value> = role
            .iter()
            .filter(|r| r.bullet.is_none())
            .map(|r| finding_json(&r.finding))
            .collect();
        if !whole.is_empty() {
            role_entries.push(json!({ "title": group.title, "findings": whole }));
        }
    }
    let doc = json!({ "bullets": bullets, "roles": role_entries });
    println!("{}", super::output::json_text(&doc));
}

/// The five level cells: `#` for a rung the bullet has, `.` for one it lacks.
fn cells(d: &Detection) -> String {
    d.cells()
        .iter()
        .map(|on| if *on { '#' } else { '.' })
        .collect()
}

/// The text with a line of carets under the span (ASCII, so it works in any terminal and log).
/// Columns are counted on the text as printed (wide characters take two).
fn underline(text: &str, span: &std::ops::Range<usize>) -> String {
    let at = |i: usize| {
        let mut i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (from, to) = (at(span.start), at(span.end));
    let shown = |s: &str| crate::safe_text::width(&one_line(s));
    let start = shown(text.get(..from).unwrap_or_default());
    let len = shown(text.get(from..to.max(from)).unwrap_or_default()).max(1);
    format!("{}{}", " ".repeat(start), "^".repeat(len))
}

fn print_finding(f: &Finding, text: &str) {
    println!(
        "   {:<8} {}: {}",
        f.level.name(),
        f.rule,
        terminal_safe(&f.message)
    );
    let whole = f.span.start == 0 && f.span.end >= text.trim_end().trim_end_matches('.').len();
    if f.span.end > f.span.start && !whole {
        println!("            {}", one_line(text));
        println!("            {}", underline(text, &f.span));
    }
}

fn print_text(groups: &[Group], checked: &[Vec<Checked>], roles: &[Vec<RoleFinding>], pack: &Pack) {
    let mut n = 0;
    let mut counts = [0usize; 3];
    for ((group, items), role) in groups.iter().zip(checked).zip(roles) {
        if let Some(title) = &group.title {
            println!("== {} ==", one_line(title));
        }
        for (i, c) in items.iter().enumerate() {
            n += 1;
            println!("{n}. {}", one_line(&c.text));
            let next = next_question(&c.detection, pack)
                .map(|q| format!("  next: {q}"))
                .unwrap_or_else(|| "  all five rungs".into());
            println!(
                "   [{}] level {}{}",
                cells(&c.detection),
                c.detection.level(),
                next
            );
            let own = c.findings.iter();
            let from_role = role
                .iter()
                .filter(|r| r.bullet == Some(i))
                .map(|r| &r.finding);
            for f in own.chain(from_role) {
                counts[f.level as usize] += 1;
                print_finding(f, &c.text);
            }
            if let Some(id) = &c.draft {
                println!("   draft {id} (continue with `rung open {id}`)");
            }
        }
        for r in role.iter().filter(|r| r.bullet.is_none()) {
            counts[r.finding.level as usize] += 1;
            println!(
                "   {:<8} {}: {}",
                r.finding.level.name(),
                r.finding.rule,
                terminal_safe(&r.finding.message)
            );
        }
    }
    let plural = |k: usize, w: &str| format!("{k} {w}{}", if k == 1 { "" } else { "s" });
    println!(
        "{}: {}, {}, {}.",
        plural(n, "bullet"),
        plural(counts[2], "error"),
        plural(counts[1], "warning"),
        plural(counts[0], "hint")
    );
}
