//! A property test: real records, mutated the ways hostile or careless files are (lines dropped
//! or repeated, values replaced by other types, control characters, cut-off files), never make
//! the loader panic, and every rejection says where the problem is.

use super::*;
use proptest::prelude::*;

/// Real records of the bundled data (Sweden and Nevada's Clark County), small enough to mutate
/// many times.
fn seeds() -> Vec<String> {
    let europe = include_str!("../../../../data/europe.toml");
    let start = europe.find("[[jurisdiction]]\nid = \"SE\"").unwrap();
    let end = europe[start + 1..]
        .find("[[jurisdiction]]")
        .map_or(europe.len(), |i| i + start + 1);
    vec![
        europe[start..end].to_string(),
        super::tests::VALID.to_string(),
    ]
}

/// What can replace a value.
fn hostile_value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\"\"".to_string()),
        Just("42".to_string()),
        Just("[1, 2]".to_string()),
        Just("{ a = 1 }".to_string()),
        Just("\"\\u001b[2J\"".to_string()),
        Just("\"\\uffff\"".to_string()),
        Just("\" 1990\"".to_string()),
        Just("\"9999-12-31\"".to_string()),
        Just("\"2016-02-30\"".to_string()),
        Just("true".to_string()),
        "\"[a-z=|<>]{0,12}\"".prop_map(|s| s),
    ]
}

#[derive(Debug, Clone)]
enum Mutation {
    DropLine(usize),
    RepeatLine(usize),
    ReplaceValue(usize, String),
    CutAt(usize),
    InsertByte(usize, u8),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::DropLine),
        any::<usize>().prop_map(Mutation::RepeatLine),
        (any::<usize>(), hostile_value()).prop_map(|(i, v)| Mutation::ReplaceValue(i, v)),
        any::<usize>().prop_map(Mutation::CutAt),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::InsertByte(i, b)),
    ]
}

fn apply(text: &str, mutation: &Mutation) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    if lines.is_empty() {
        return text.to_string();
    }
    let n = lines.len();
    match mutation {
        Mutation::DropLine(i) => {
            lines.remove(i % n);
        }
        Mutation::RepeatLine(i) => {
            let line = lines[i % n].clone();
            lines.insert(i % n, line);
        }
        Mutation::ReplaceValue(i, value) => {
            let line = &mut lines[i % n];
            if let Some((key, _)) = line.split_once(" = ") {
                *line = format!("{key} = {value}");
            }
        }
        Mutation::CutAt(i) => {
            let cut = text
                .char_indices()
                .map(|(i, _)| i)
                .nth(i % text.len().max(1));
            return text[..cut.unwrap_or(text.len())].to_string();
        }
        Mutation::InsertByte(i, byte) => {
            let mut bytes = text.as_bytes().to_vec();
            bytes.insert(i % bytes.len().max(1), *byte);
            return String::from_utf8_lossy(&bytes).into_owned();
        }
    }
    lines.join("\n") + "\n"
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn mutated_records_never_panic_and_every_rejection_has_a_place(
        seed in 0usize..2,
        mutations in proptest::collection::vec(mutation(), 1..4),
    ) {
        let mut text = seeds()[seed].clone();
        for m in &mutations {
            text = apply(&text, m);
        }
        if let Err(problems) = load_texts(&[("fuzz.toml".to_string(), text.clone())]) {
            prop_assert!(!problems.is_empty());
            for problem in &problems {
                let placed = problem.line.is_some() && problem.column.is_some();
                prop_assert!(
                    placed || problem.message.contains("empty dataset"),
                    "no place for {problem:?} in\n{text}"
                );
                prop_assert!(!problem.to_string().contains('\n'), "{problem}");
            }
        }
    }

    #[test]
    fn what_the_quick_reader_accepts_toml_reads_the_same(
        seed in 0usize..2,
        mutations in proptest::collection::vec(mutation(), 1..4),
    ) {
        let mut text = seeds()[seed].clone();
        for m in &mutations {
            text = apply(&text, m);
        }
        if let Some(quick) = fast_toml::parse_file(&text) {
            let general = parse_file_with_toml(&text);
            prop_assert_eq!(format!("{quick:?}"), format!("{general:?}"), "in\n{}", text);
        }
    }
}
