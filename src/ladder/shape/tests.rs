use super::*;

fn shape(text: &str) -> Shape {
    read(text).shape
}

#[test]
fn clauses_in_every_tense() {
    assert_eq!(
        shape("Rebuilt the checkout service"),
        Shape::Clause(Form::Past)
    );
    assert_eq!(shape("leads the platform team"), Shape::Clause(Form::Third));
    assert_eq!(shape("perform code reviews"), Shape::Clause(Form::Base));
    assert_eq!(
        shape("successfully migrated 40 services"),
        Shape::Clause(Form::Past)
    );
}

#[test]
fn subjects_are_taken_off() {
    let r = read("I built the runbook");
    assert_eq!(r.text, "built the runbook");
    assert_eq!(
        read("we moved checks into a queue").text,
        "moved checks into a queue"
    );
    assert_eq!(
        read("my team and I shipped the app").text,
        "shipped the app"
    );
    assert_eq!(read("which cut build times").text, "cut build times");
    assert_eq!(read("it reduced errors").text, "reduced errors");
    assert_eq!(read("I have built X").text, "built X");
    // `This` before a noun is not a subject.
    assert_eq!(read("This release train").text, "This release train");
}

#[test]
fn adjective_openers_get_a_verb() {
    assert_eq!(
        read("Responsible for the order history API").text,
        "owned the order history API"
    );
    assert_eq!(
        read("responsible for migrating the jobs").text,
        "migrating the jobs"
    );
    assert_eq!(
        read("involved in the move to AWS").text,
        "took part in the move to AWS"
    );
    assert_eq!(read("I was responsible for billing").text, "owned billing");
}

#[test]
fn other_shapes() {
    assert_eq!(shape("improving throughput 3x"), Shape::Ing);
    assert_eq!(shape("by batching writes"), Shape::Prep("by".into()));
    assert_eq!(shape("via feature flags"), Shape::Prep("via".into()));
    assert_eq!(shape("to cut latency"), Shape::Infinitive);
    assert_eq!(shape("by 30%"), Shape::Amount);
    assert_eq!(shape("30% faster"), Shape::Amount);
    assert_eq!(shape("token bucket per API key"), Shape::Noun);
    assert_eq!(shape("a 95% drop in manual work"), Shape::Noun);
    assert_eq!(shape("40% fewer tickets"), Shape::Noun);
    assert_eq!(shape("Order history API"), Shape::Noun);
    assert_eq!(
        shape("Design and development of the billing service"),
        Shape::Noun
    );
    assert!(is_ing_noun("billing service rewrite"));
    assert!(!is_ing_noun("billing the customers"));
    assert_eq!(shape("Design the new schema"), Shape::Clause(Form::Base));
}

#[test]
fn measurements() {
    let Shape::Measurement(m) = shape("AUC from 0.71 to 0.84") else {
        panic!("not a measurement");
    };
    assert_eq!(
        (m.what.as_str(), m.before.as_str(), m.after.as_str()),
        ("AUC", "0.71", "0.84")
    );
    let Shape::Measurement(m) = shape("p95 800ms -> 120ms across 3 regions") else {
        panic!("not a measurement");
    };
    assert_eq!(
        (
            m.what.as_str(),
            m.before.as_str(),
            m.after.as_str(),
            m.scope.as_str()
        ),
        ("p95", "800ms", "120ms", "across 3 regions")
    );
    assert!(matches!(
        shape("Cut build times from 25 to 8 minutes"),
        Shape::Clause(_)
    ));
}

#[test]
fn subjects_of_their_own() {
    assert_eq!(
        shape("Job runtime went from 5h to 45min, storage dropped 70%"),
        Shape::SubjectClause
    );
    assert_eq!(
        shape("Marketing now publishes landing pages"),
        Shape::SubjectClause
    );
    assert_eq!(
        shape("other teams actually use it now"),
        Shape::SubjectClause
    );
    assert_eq!(
        shape("Handles ~300 refunds a week"),
        Shape::Clause(Form::Third)
    );
    assert_eq!(
        shape("only rebuilding and testing targets affected by each change"),
        Shape::Ing
    );
    assert_eq!(shape("short daily retrieval quizzes"), Shape::Noun);
    assert_eq!(shape("a 27% reduction in SaaS spend"), Shape::Noun);
}
