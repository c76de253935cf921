//! Finding jurisdictions by id, name or alias (folded), with suggestions and ambiguity.
//!
//! Matching works on [`Candidate`]s: an id, a name and the folded phrases of its names. The
//! bundled data has them precomputed in a static index, so a lookup decodes no record.

use crate::error::Failure;
use crate::model::{Dataset, Jurisdiction};
use crate::text::{fold_key, phrase};

/// What matching needs to know of a record.
pub struct Candidate<'a, P> {
    pub id: &'a str,
    pub name: &'a str,
    pub subdivision: bool,
    /// The name, then the aliases, each folded to padded words: " kingdom of sweden ".
    pub phrases: &'a [P],
}

/// Phrases for a record of a dataset loaded at run time.
pub fn phrases_of(record: &Jurisdiction) -> Vec<String> {
    std::iter::once(&record.name)
        .chain(&record.aliases)
        .map(|name| phrase(name))
        .collect()
}

/// Whether a padded phrase, spaces ignored, equals a folded key.
fn same_key(phrase: &str, key: &str) -> bool {
    phrase.bytes().filter(|&b| b != b' ').eq(key.bytes())
}

fn label<P>(candidate: &Candidate<'_, P>) -> String {
    format!("{} ({})", candidate.name, candidate.id)
}

/// Resolves one query to the id of one jurisdiction.
///
/// An id wins outright. Otherwise a name or alias equal to the query (after folding) wins when
/// only one record has it ("Georgia", the country and the US state, stays ambiguous). Without
/// an equal name, a query that is whole words of exactly one name or alias resolves to it.
pub fn resolve<'a, P: AsRef<str>>(
    candidates: &[Candidate<'a, P>],
    query: &str,
) -> Result<&'a str, Failure> {
    let trimmed = query.trim();
    if let Some(found) = candidates
        .iter()
        .find(|c| c.id.eq_ignore_ascii_case(trimmed))
    {
        return Ok(found.id);
    }
    let key = fold_key(trimmed);
    if key.is_empty() {
        return Err(Failure::NotFound {
            query: query.to_string(),
            suggestions: Vec::new(),
        });
    }
    let exact: Vec<&Candidate<P>> = candidates
        .iter()
        .filter(|c| c.phrases.iter().any(|p| same_key(p.as_ref(), &key)))
        .collect();
    // Names that merely contain the query are looked for only when no name equals it.
    let partial = || -> Vec<&Candidate<P>> {
        let words = phrase(trimmed);
        candidates
            .iter()
            .filter(|c| c.phrases.iter().any(|p| p.as_ref().contains(&words)))
            .collect()
    };

    let chosen: Vec<&Candidate<P>> = match exact.as_slice() {
        // An exact name or alias wins over names that merely contain the query: "Nevada" is
        // the state, not one of its counties; "Guinea" is Guinea, not Guinea-Bissau.
        [one] => return Ok(one.id),
        [] => match partial().as_slice() {
            [one] => return Ok(one.id),
            [] => {
                return Err(Failure::NotFound {
                    query: query.to_string(),
                    suggestions: suggestions(candidates, &key),
                });
            }
            many => many.to_vec(),
        },
        many => many.to_vec(),
    };
    Err(Failure::Ambiguous {
        query: query.to_string(),
        candidates: chosen.into_iter().map(label).collect(),
    })
}

/// Resolves several queries to ids, keeping their order and dropping repeats.
pub fn resolve_all<P: AsRef<str>>(
    candidates: &[Candidate<'_, P>],
    queries: &[String],
) -> Result<Vec<String>, Failure> {
    let mut found: Vec<String> = Vec::with_capacity(queries.len());
    for query in queries {
        let id = resolve(candidates, query)?;
        if !found.iter().any(|f| f == id) {
            found.push(id.to_string());
        }
    }
    Ok(found)
}

/// The closest names to a query that matched nothing, best first.
fn suggestions<P: AsRef<str>>(candidates: &[Candidate<'_, P>], key: &str) -> Vec<String> {
    let mut scored: Vec<(f64, String)> = Vec::new();
    for candidate in candidates {
        let best = candidate
            .phrases
            .iter()
            .map(|p| p.as_ref().replace(' ', ""))
            .chain(std::iter::once(candidate.id.to_ascii_lowercase()))
            .map(|name| strsim::jaro_winkler(key, &name))
            .fold(0.0, f64::max);
        if best >= 0.82 {
            scored.push((best, label(candidate)));
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    scored.into_iter().take(5).map(|(_, label)| label).collect()
}

/// Resolves queries against a dataset loaded at run time.
pub fn resolve_in(dataset: &Dataset, queries: &[String]) -> Result<Vec<String>, Failure> {
    let phrases: Vec<Vec<String>> = dataset.jurisdictions.iter().map(phrases_of).collect();
    let candidates: Vec<Candidate<String>> = dataset
        .jurisdictions
        .iter()
        .zip(&phrases)
        .map(|(record, phrases)| Candidate {
            id: &record.id,
            name: &record.name,
            subdivision: record.is_subdivision(),
            phrases,
        })
        .collect();
    resolve_all(&candidates, queries)
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
            established: None,
            subdivision_count: None,
            notes: None,
            laws: vec![],
            sources: vec![],
            history: vec![],
            events: vec![],
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
        resolve_in(&dataset(), &[query.to_string()]).map(|ids| ids[0].clone())
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
    fn an_exact_name_wins_over_names_that_contain_it() {
        assert_eq!(id("Guinea").unwrap(), "GN");
        assert_eq!(id("guinea-bissau").unwrap(), "GW");
    }

    #[test]
    fn shared_names_are_ambiguous() {
        for query in ["Georgia", "Congo"] {
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
