//! A generator of large, varied workspaces for benchmarks and tests (`rung generate`, hidden from
//! help). Deterministic for a given seed, so runs can be compared.

use super::{Context, Failure, Outcome};
use crate::ladder::{Draft, MetricSpec, PackSet, Rung, Status, Style};
use crate::workspace::{Role, Workspace, WorkspaceError};

const TASKS: &[&str] = &[
    "Rebuilt the invoice export service",
    "Designed a public REST API for partner integrations",
    "Migrated user sessions out of the monolith",
    "Led the move to a new ticketing system",
    "Built a self-service analytics dashboard",
    "Worked on the billing reconciliation job",
    "Automated the release checklist",
    "Rewrote the search indexer",
];
const TOOLS: &[&str] = &[
    "Rust and Axum",
    "Go, gRPC and sqlc",
    "Python, FastAPI and SQLAlchemy",
    "TypeScript and React",
    "Java and Spring Boot",
];
const STACKS: &[&str] = &[
    "PostgreSQL, S3 and SQS",
    "Redis and Kafka on Kubernetes",
    "DynamoDB and Lambda",
    "MySQL and RabbitMQ",
];
const METHODS: &[&str] = &[
    "streaming rows in batches instead of loading whole tables",
    "adding idempotency keys so retries are safe",
    "moving the hot reads behind a write-through cache",
    "replacing nightly cron jobs with an event queue",
];
const METRICS: &[(&str, &str, &str, &str)] = &[
    ("export time", "40 min", "6 min", "for 2,000 accounts"),
    ("p99 latency", "1.2s", "180ms", "across 3 services"),
    ("peak throughput", "1.2k req/s", "9k req/s", ""),
    ("monthly cloud cost", "$42k", "$27k", ""),
];

/// Fills `workspace` with `count` drafts (levels 1 to 5, some finished, three roles), from `seed`.
pub fn generate(
    workspace: &Workspace,
    count: usize,
    seed: u64,
    packs: &PackSet,
) -> Result<(), WorkspaceError> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let roles = ["acme", "globex", "initech"];
    workspace.update_file(|file| {
        for (i, key) in roles.iter().enumerate() {
            if !file.roles.iter().any(|r| r.key == *key) {
                file.roles.push(Role {
                    key: key.to_string(),
                    company: capitalised(key),
                    title: "Software Engineer".into(),
                    start: Some(format!("{}-0{}", 2016 + 2 * i, i + 1)),
                    end: (i > 0).then(|| format!("{}-0{}", 2018 + 2 * i, i + 2)),
                    current: i == 0,
                    pack: None,
                });
            }
        }
        Ok(())
    })?;
    let base = jiff::Timestamp::from_second(1_760_000_000).expect("a valid time");
    for n in 0..count {
        let created = base + jiff::SignedDuration::from_secs(60 * n as i64);
        let id = crate::ladder::DraftId::parse(&format!("gen{n:07}-{:04x}", rng.u16(..)))
            .expect("valid id");
        let mut draft = Draft::new(id, created, if rng.bool() { "backend" } else { "general" });
        draft.updated = created + jiff::SignedDuration::from_secs(rng.i64(0..86_400));
        draft.role = (n % 4 != 0).then(|| roles[n % 3].to_string());
        draft.style = if rng.u8(..4) == 0 {
            Style::ImpactFirst
        } else {
            Style::ImpactLast
        };
        let level = rng.usize(1..=5);
        let pick =
            |rng: &mut fastrand::Rng, list: &[&str]| list[rng.usize(..list.len())].to_string();
        draft.answers.set(Rung::Task, pick(&mut rng, TASKS));
        if level >= 2 {
            draft.answers.set(Rung::Tools, pick(&mut rng, TOOLS));
        }
        if level >= 3 {
            draft.answers.set(Rung::Stack, pick(&mut rng, STACKS));
        }
        if level >= 4 {
            draft.answers.set(Rung::Method, pick(&mut rng, METHODS));
        }
        if level == 5 {
            let (what, before, after, scope) = METRICS[rng.usize(..METRICS.len())];
            draft.metric = Some(MetricSpec {
                what: what.into(),
                before: before.into(),
                after: after.into(),
                scope: scope.into(),
                better: None,
            });
            draft.status = if rng.bool() {
                Status::Finished
            } else {
                Status::Draft
            };
        }
        draft.rung = Rung::ALL[level.min(4)];
        workspace.save(&draft)?;
    }
    // The listing index, as the coach would leave it after showing these drafts.
    workspace.list_and_index(packs);
    Ok(())
}

/// `rung generate --drafts N [--seed S]`.
pub fn run(ctx: &Context, drafts: usize, seed: u64) -> Result<Outcome, Failure> {
    generate(&ctx.workspace, drafts, seed, &ctx.packs).map_err(Failure::input)?;
    eprintln!(
        "Wrote {drafts} drafts to {}.",
        super::output::path_safe(ctx.workspace.root())
    );
    Ok(Outcome::Ok)
}

/// `key` with its first letter in capitals (`acme` -> `Acme`).
fn capitalised(key: &str) -> String {
    let mut chars = key.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
