//! Finding jurisdictions: by id, name or alias (folded), with suggestions and ambiguity, and the
//! filters of `swlaw list`.

use crate::error::Failure;
use crate::model::{Dataset, Jurisdiction};
use crate::text::{fold_key, fold_words};

/// Whether `words` appears in `name` as a run of whole words.
fn contains_words(name: &[String], words: &[String]) -> bool {
    !words.is_empty() && name.windows(words.len()).any(|window| window == words)
}

fn label(record: &Jurisdiction) -> String {
    format!("{} ({})", record.name, record.id)
}

fn names(record: &Jurisdiction) -> impl Iterator<Item = &str> {
    std::iter::once(record.name.as_str()).chain(record.aliases.iter().map(String::as_str))
}

/// Resolves one query to one jurisdiction.
///
/// An id wins outright. Otherwise a name or alias equal to the query (after folding) wins, unless
/// another record at the same level also carries the query as whole words of its name: "Guinea"
/// is ambiguous beside "Guinea-Bissau", "Equatorial Guinea" and "Papua New Guinea", while
/// "Ireland" is not made ambiguous by the subdivision "Northern Ireland". Without an equal name,
/// a query that is whole words of exactly one name resolves to it.
pub fn resolve<'a>(dataset: &'a Dataset, query: &str) -> Result<&'a Jurisdiction, Failure> {
    let trimmed = query.trim();
    if let Some(record) = dataset.jurisdiction(trimmed) {
        return Ok(record);
    }
    let key = fold_key(trimmed);
    let words = fold_words(trimmed);
    if key.is_empty() {
        return Err(Failure::NotFound {
            query: query.to_string(),
            suggestions: Vec::new(),
        });
    }
    let exact: Vec<&Jurisdiction> = dataset
        .jurisdictions
        .iter()
        .filter(|record| names(record).any(|name| fold_key(name) == key))
        .collect();
    let partial: Vec<&Jurisdiction> = dataset
        .jurisdictions
        .iter()
        .filter(|record| !exact.iter().any(|e| e.id == record.id))
        .filter(|record| names(record).any(|name| contains_words(&fold_words(name), &words)))
        .collect();

    let candidates: Vec<&Jurisdiction> = match exact.as_slice() {
        [one] => {
            // Only primary names make rivals: "Ireland" is not ambiguous because the UK's long
            // alias mentions Northern Ireland.
            let rivals: Vec<&Jurisdiction> = partial
                .iter()
                .copied()
                .filter(|other| other.is_subdivision() == one.is_subdivision())
                .filter(|other| contains_words(&fold_words(&other.name), &words))
                .collect();
            if rivals.is_empty() {
                return Ok(one);
            }
            std::iter::once(*one).chain(rivals).collect()
        }
        [] => match partial.as_slice() {
            [one] => return Ok(one),
            [] => {
                return Err(Failure::NotFound {
                    query: query.to_string(),
                    suggestions: suggestions(dataset, &key),
                });
            }
            many => many.to_vec(),
        },
        many => many.to_vec(),
    };
    Err(Failure::Ambiguous {
        query: query.to_string(),
        candidates: candidates.into_iter().map(label).collect(),
    })
}

/// Resolves several queries, keeping their order and dropping repeats.
pub fn resolve_all<'a>(
    dataset: &'a Dataset,
    queries: &[String],
) -> Result<Vec<&'a Jurisdiction>, Failure> {
    let mut found: Vec<&Jurisdiction> = Vec::with_capacity(queries.len());
    for query in queries {
        let record = resolve(dataset, query)?;
        if !found.iter().any(|r| r.id == record.id) {
            found.push(record);
        }
    }
    Ok(found)
}

/// The closest names to a query that matched nothing, best first.
fn suggestions(dataset: &Dataset, key: &str) -> Vec<String> {
    let mut scored: Vec<(f64, String)> = Vec::new();
    for record in &dataset.jurisdictions {
        let best = names(record)
            .chain(std::iter::once(record.id.as_str()))
            .map(|name| strsim::jaro_winkler(key, &fold_key(name)))
            .fold(0.0, f64::max);
        if best >= 0.82 {
            scored.push((best, label(record)));
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    scored.into_iter().take(5).map(|(_, label)| label).collect()
}

/// A record and the records below it (a Nevada county is within the United States).
pub fn is_within(dataset: &Dataset, record: &Jurisdiction, ancestor: &str) -> bool {
    let mut parent = record.parent.as_deref();
    // Bounded: a cycle cannot pass validation, but a bound costs nothing.
    for _ in 0..8 {
        match parent {
            Some(id) if id == ancestor => return true,
            Some(id) => parent = dataset.jurisdiction(id).and_then(|p| p.parent.as_deref()),
            None => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn record(id: &str, name: &str, aliases: &[&str], parent: Option<&str>) -> Jurisdiction {
        Jurisdiction {
            id: id.into(),
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            parent: parent.map(String::from),
            region: Region::Africa,
            subregion: Subregion::WesternAfrica,
            confidence: Confidence::High,
            reviewed: "2026".parse().unwrap(),
            notes: None,
            laws: vec![],
            sources: vec![],
            history: vec![],
        }
    }

    fn dataset() -> Dataset {
        Dataset {
            jurisdictions: vec![
                record("CI", "Côte d'Ivoire", &["Ivory Coast"], None),
                record("GN", "Guinea", &[], None),
                record("GW", "Guinea-Bissau", &[], None),
                record("PG", "Papua New Guinea", &[], None),
                record("GE", "Georgia", &["Sakartvelo"], None),
                record("US", "United States", &["USA"], None),
                record("US-GA", "Georgia", &[], Some("US")),
                record("IE", "Ireland", &["Éire"], None),
                record(
                    "GB",
                    "United Kingdom",
                    &["UK", "United Kingdom of Great Britain and Northern Ireland"],
                    None,
                ),
                record("GB-NIR", "Northern Ireland", &[], Some("GB")),
                record("CG", "Republic of the Congo", &["Congo-Brazzaville"], None),
                record(
                    "CD",
                    "Democratic Republic of the Congo",
                    &["DR Congo"],
                    None,
                ),
                record("SE", "Sweden", &["Sverige"], None),
            ],
            models: vec![],
        }
    }

    fn id(query: &str) -> Result<String, Failure> {
        resolve(&dataset(), query).map(|r| r.id.clone())
    }

    #[test]
    fn ids_names_and_aliases_resolve_folded() {
        assert_eq!(id("se").unwrap(), "SE");
        assert_eq!(id("SWEDEN").unwrap(), "SE");
        assert_eq!(id("sverige").unwrap(), "SE");
        assert_eq!(id("cote divoire").unwrap(), "CI");
        assert_eq!(id("Côte d’Ivoire").unwrap(), "CI");
        assert_eq!(id("us-ga").unwrap(), "US-GA");
        assert_eq!(id("eire").unwrap(), "IE");
    }

    #[test]
    fn a_subdivision_does_not_make_a_country_ambiguous() {
        assert_eq!(id("Ireland").unwrap(), "IE");
        assert_eq!(id("northern ireland").unwrap(), "GB-NIR");
    }

    #[test]
    fn shared_names_are_ambiguous() {
        for query in ["Georgia", "Guinea", "Congo"] {
            match id(query) {
                Err(Failure::Ambiguous { candidates, .. }) => assert!(candidates.len() >= 2),
                other => panic!("{query}: expected ambiguity, got {other:?}"),
            }
        }
    }

    #[test]
    fn typos_get_suggestions() {
        match id("swedn") {
            Err(Failure::NotFound { suggestions, .. }) => {
                assert_eq!(suggestions.first().map(String::as_str), Some("Sweden (SE)"));
            }
            other => panic!("expected not found, got {other:?}"),
        }
        assert!(matches!(id("   "), Err(Failure::NotFound { .. })));
    }

    #[test]
    fn within_follows_parents() {
        let data = dataset();
        let georgia = data.jurisdiction("US-GA").unwrap();
        assert!(is_within(&data, georgia, "US"));
        assert!(!is_within(&data, georgia, "GB"));
    }
}
