//! Tools and stack as groups of names, each with the connector that fits what the names are:
//! data stores are `backed by`, platforms and clouds are `on`, queues, observability and services
//! are `with`, proxies are `behind`; languages, frameworks and applications take the pack's tools
//! connector (`in Rust and Axum`). Names the keyword taxonomy does not know take the pack's
//! connector. A name the task or another answer already names is left out, so nothing is said
//! twice.

use crate::coach::taxonomy::{Category, taxonomy};
use crate::coach::text::Words;

use super::phrases::{has_own_connector, natural_list, split_items};

/// Names on which things run: they take `on`.
const RUNS_ON: &[&str] = &[
    "AWS",
    "Google Cloud",
    "Microsoft Azure",
    "DigitalOcean",
    "Heroku",
    "Vercel",
    "Netlify",
    "Cloudflare",
    "Fly.io",
    "Render",
    "Linode",
    "Hetzner",
    "Oracle Cloud",
    "IBM Cloud",
    "Alibaba Cloud",
    "AWS Lambda",
    "Amazon EC2",
    "AWS Fargate",
    "Google Cloud Run",
    "Google App Engine",
    "AWS Elastic Beanstalk",
    "Azure Functions",
    "Azure App Service",
    "Google Cloud Functions",
    "Firebase",
    "Kubernetes",
    "OpenShift",
    "Nomad",
    "Google Kubernetes Engine",
    "Azure Kubernetes Service",
    "Amazon EKS",
    "Amazon ECS",
    "Databricks",
    "Apache Hadoop",
];

/// Proxies and web servers: they take `behind`.
const BEHIND: &[&str] = &[
    "NGINX",
    "HAProxy",
    "Traefik",
    "Caddy",
    "Varnish",
    "Envoy",
    "Amazon CloudFront",
    "Fastly",
    "Akamai",
];

/// Services the taxonomy does not list that work beside a system rather than back it
/// (identity, payments, messaging APIs): they take `with`, like observability.
const SERVICES: &[&str] = &[
    "Keycloak",
    "Cognito",
    "Amazon Cognito",
    "Okta",
    "Auth0",
    "Stripe",
    "Twilio",
    "SendGrid",
    "Segment",
    "LaunchDarkly",
    "Algolia",
    "Mapbox",
    "Plaid",
    "Braintree",
    "Adyen",
    "PayPal",
];

/// The order groups take in a sentence, by connector: `in Go on AWS with SQS, backed by X`;
/// a pack connector not listed here (`in`, `using`) comes first.
const ORDER: &[&str] = &["on", "with", "behind", "backed by"];

/// A run of names that share a connector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The connector, or empty when the answer carries its own.
    pub connector: String,
    /// The names as a natural list: `PostgreSQL, S3 and SQS`.
    pub text: String,
}

/// A name left out because another part of the bullet already names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// The name as the answer wrote it.
    pub name: String,
}

/// Splits a tools or stack answer into groups by kind, leaving out names `elsewhere` already has.
/// `pack_connector` is the pack's connector for this rung; `tools` is true for the tools rung.
pub fn groups(
    answer: &str,
    pack_connector: &str,
    tools: bool,
    elsewhere: &str,
    keep: Option<usize>,
) -> (Vec<Group>, Vec<LeftOut>) {
    if answer.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let mut left_out = Vec::new();
    let mut trimmed = Vec::new();
    for item in split_items(&split_joiners(answer)) {
        match item.split_once(" on ") {
            // `Kafka on EC2` when Kafka is named elsewhere: only `on EC2` is new.
            Some((head, tail)) if names_same(head, elsewhere) => {
                left_out.push(LeftOut {
                    name: head.to_string(),
                });
                trimmed.push(format!("on {tail}"));
            }
            // `GitHub Actions on AWS`: two names, each placed by its kind.
            Some((head, tail)) if is_known_name(head) && is_known_name(tail) => {
                trimmed.push(head.to_string());
                trimmed.push(tail.to_string());
            }
            _ => trimmed.push(item),
        }
    }
    let trimmed = match keep {
        Some(n) => most_specific(trimmed, n),
        None => trimmed,
    };
    let items: Vec<String> = trimmed
        .into_iter()
        .filter(|item| {
            let named = names_same(item, elsewhere);
            if named {
                left_out.push(LeftOut { name: item.clone() });
            }
            !named
        })
        .collect();
    if items.is_empty() {
        // Nothing but joiners and marks: placed as typed rather than dropped.
        let text = natural_list(answer);
        let groups = if left_out.is_empty() && !text.is_empty() {
            vec![Group {
                connector: pack_connector.to_string(),
                text,
            }]
        } else {
            Vec::new()
        };
        return (groups, left_out);
    }
    // An answer with its own connector (`on AWS and GCP`) is kept as typed.
    if pack_connector.is_empty() || has_own_connector(answer, pack_connector) {
        let text = natural_list(&items.join(", "));
        return (
            vec![Group {
                connector: String::new(),
                text,
            }],
            left_out,
        );
    }
    let kinds: Vec<Option<Category>> = items.iter().map(|i| category(i)).collect();
    // Queues beside data stores alone are part of what backs the service (`PostgreSQL, S3 and
    // SQS`); beside a platform they are named on their own (`on AWS with SQS`).
    let has_store = kinds.contains(&Some(Category::DataStore))
        && kinds
            .iter()
            .all(|k| matches!(k, Some(Category::DataStore | Category::Messaging)));
    let mut buckets: Vec<(String, Vec<String>)> = Vec::new();
    let mut own = Vec::new();
    for (item, kind) in items.into_iter().zip(kinds) {
        let kind = kind.or_else(|| {
            SERVICES
                .iter()
                .any(|s| item.eq_ignore_ascii_case(s))
                .then_some(Category::Observability)
        });
        if carries_own_connector(&item) {
            own.push(Group {
                connector: String::new(),
                text: item,
            });
            continue;
        }
        let connector = match kind {
            None => pack_connector.to_string(),
            Some(Category::Language | Category::Framework | Category::Application) => {
                if tools {
                    pack_connector.to_string()
                } else {
                    "with".to_string()
                }
            }
            Some(kind) => connector_for(&item, kind, has_store).to_string(),
        };
        match buckets.iter_mut().find(|(c, _)| *c == connector) {
            Some((_, names)) => names.push(item),
            None => buckets.push((connector, vec![item])),
        }
    }
    // The pack's own connector keeps its place first; the others follow in a fixed order.
    buckets.sort_by_key(|(c, _)| match ORDER.iter().position(|o| o == c) {
        Some(at) => 1 + at,
        None if c == pack_connector => 0,
        None => ORDER.len() + 1,
    });
    let mut groups: Vec<Group> = buckets
        .into_iter()
        .map(|(connector, names)| Group {
            connector,
            text: natural_list(&names.join(", ")),
        })
        .collect();
    groups.extend(own);
    (groups, left_out)
}

/// The `n` most specific names, in the order typed: frameworks, libraries and applications
/// before the languages they are written in (`Axum` says more than `Rust`), known names before
/// unknown words.
fn most_specific(items: Vec<String>, n: usize) -> Vec<String> {
    if items.len() <= n {
        return items;
    }
    let rank = |item: &String| match category(item) {
        Some(Category::Language) => 1,
        Some(_) => 0,
        None => 2,
    };
    let mut ranked: Vec<(usize, &String)> = items.iter().enumerate().collect();
    ranked.sort_by_key(|(i, item)| (rank(item), *i));
    let mut keep: Vec<usize> = ranked.iter().take(n).map(|(i, _)| *i).collect();
    keep.sort_unstable();
    keep.into_iter().map(|i| items[i].clone()).collect()
}

/// How many names a tools answer lists.
pub fn count_items(answer: &str) -> usize {
    split_items(&split_joiners(answer)).len()
}

/// True when an item brings its own link to the sentence: `on AWS`, `deployed on Fly.io`,
/// `running two regions`.
fn carries_own_connector(item: &str) -> bool {
    let first = item.split(' ').next().unwrap_or_default();
    let verb = matches!(
        crate::ladder::verbs::form_of(first),
        Some(crate::ladder::verbs::Form::Past | crate::ladder::verbs::Form::Ing)
    ) && item.contains(' ');
    verb || super::phrases::CONNECTOR_WORDS
        .iter()
        .any(|w| super::phrases::opens_with(item, w))
}

/// `React + TypeScript`, `Go & gRPC`, `Go and Redis`: joiners between names become commas, so
/// each name can find its kind. Text inside brackets is left alone.
fn split_joiners(answer: &str) -> String {
    let mut out = String::with_capacity(answer.len());
    let mut depth = 0usize;
    let words: Vec<&str> = answer.split(' ').collect();
    for (i, word) in words.iter().enumerate() {
        depth += word.matches(['(', '[']).count();
        depth = depth.saturating_sub(word.matches([')', ']']).count());
        let joiner = ["and", "&", "+", "plus"].contains(&word.to_lowercase().as_str());
        if joiner && depth == 0 && i > 0 && i + 1 < words.len() {
            out.push(',');
            continue;
        }
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The known technologies a text names, by index into the taxonomy. The text is read as if
/// mid-sentence, so names that are also English words (`Go`) count at its start too.
fn techs_in(text: &str) -> Vec<usize> {
    let padded = format!("with {text}");
    taxonomy()
        .find_in(&Words::new(&padded))
        .into_iter()
        .map(|m| m.tech)
        .collect()
}

/// True when the text names a known technology (`Go`, `React`).
pub fn is_known_name(text: &str) -> bool {
    !techs_in(text).is_empty()
}

/// The taxonomy's kind for a name, when it names exactly one known technology.
fn category(item: &str) -> Option<Category> {
    match techs_in(item).as_slice() {
        [one] => Some(taxonomy().tech(*one).category),
        _ => None,
    }
}

/// The connector for one known name of an infrastructure kind.
fn connector_for(item: &str, kind: Category, has_store: bool) -> &'static str {
    let name = techs_in(item)
        .first()
        .map(|t| taxonomy().tech(*t).name.clone())
        .unwrap_or_default();
    if RUNS_ON.contains(&name.as_str()) {
        return "on";
    }
    if BEHIND.contains(&name.as_str()) {
        return "behind";
    }
    match kind {
        Category::DataStore => "backed by",
        Category::Messaging if has_store => "backed by",
        // Orchestrators (Airflow, Dagster) work beside the data rather than back it.
        Category::Messaging
        | Category::Observability
        | Category::InfraAsCode
        | Category::DataPlatform => "with",
        Category::CiCd | Category::Platform => "on",
        _ => "with",
    }
}

/// True when `elsewhere` already names `item`: the same known technology (`Postgres` and
/// `PostgreSQL`), or the same words, ignoring case.
pub fn names_same(item: &str, elsewhere: &str) -> bool {
    if elsewhere.is_empty() {
        return false;
    }
    if let [one] = techs_in(item).as_slice() {
        return techs_in(elsewhere).contains(one);
    }
    let needle = item.to_lowercase();
    let hay = elsewhere.to_lowercase();
    !needle.is_empty()
        && hay.match_indices(&needle).any(|(i, _)| {
            let before = hay[..i].chars().next_back();
            let after = hay[i + needle.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}
