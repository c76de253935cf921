//! What records claim across the whole dataset (ids, names, aliases, model ids), settled in file
//! order once every file is checked.

use super::diagnostic::Diagnostic;
use std::collections::HashMap;

/// Where each name or alias was first seen, to report duplicates across files.
struct NameSeen {
    owner: String,
    spelling: String,
    primary: bool,
    file: String,
    line: usize,
}

/// Something a record asks to own across the whole dataset. Files are checked on several threads,
/// each by its own [`Checker`]; the claims are settled afterwards, in file order, by one
/// [`Registry`], so which of two records is "first" never depends on thread timing.
pub(super) struct Claim {
    pub(super) what: Claimed,
    pub(super) file: String,
    pub(super) line: usize,
    pub(super) column: usize,
}

pub(super) enum Claimed {
    Id(String),
    Name {
        key: String,
        owner: String,
        spelling: String,
        primary: bool,
    },
    Model(String),
}

/// The ids and names claimed so far, across files.
#[derive(Default)]
pub(super) struct Registry {
    ids: HashMap<String, (String, usize)>,
    names: HashMap<String, NameSeen>,
    model_ids: HashMap<String, String>,
}

impl Registry {
    /// Settles one file's claims, returning a problem for each clash with an earlier claim.
    pub(super) fn settle(&mut self, claims: Vec<Claim>) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        for claim in claims {
            let message = match claim.what {
                Claimed::Id(id) => self.id(id, &claim.file, claim.line),
                Claimed::Name {
                    key,
                    owner,
                    spelling,
                    primary,
                } => self.name(key, owner, spelling, primary, &claim.file, claim.line),
                Claimed::Model(id) => self.model(id, &claim.file),
            };
            if let Some(message) = message {
                problems.push(Diagnostic {
                    file: claim.file,
                    line: Some(claim.line),
                    column: Some(claim.column),
                    message,
                });
            }
        }
        problems
    }

    fn id(&mut self, id: String, file: &str, line: usize) -> Option<String> {
        if let Some((other_file, other_line)) = self.ids.get(&id) {
            return Some(format!(
                "duplicate id `{id}` (first defined at {other_file}:{other_line})"
            ));
        }
        self.ids.insert(id, (file.to_string(), line));
        None
    }

    /// Two records may share a primary name (Georgia the country and the US state): a query for
    /// it is then ambiguous and lists both. Aliases and ids must be unique.
    fn name(
        &mut self,
        key: String,
        owner: String,
        spelling: String,
        primary: bool,
        file: &str,
        line: usize,
    ) -> Option<String> {
        match self.names.get(&key) {
            // The same record may spell a name twice ("México", "Mexico"; "中国", "Zhongguo"):
            // both are useful to show, and they cannot send a query to the wrong record.
            Some(seen) if seen.owner == owner => (seen.spelling == spelling)
                .then(|| format!("`{owner}`: name or alias `{spelling}` is given twice")),
            Some(seen) if seen.primary && primary => None,
            Some(seen) => Some(format!(
                "`{owner}`: name or alias `{spelling}` is already used by `{}` ({}:{})",
                seen.owner, seen.file, seen.line
            )),
            None => {
                let seen = NameSeen {
                    owner,
                    spelling,
                    primary,
                    file: file.to_string(),
                    line,
                };
                self.names.insert(key, seen);
                None
            }
        }
    }

    fn model(&mut self, id: String, file: &str) -> Option<String> {
        if let Some(first_file) = self.model_ids.get(&id) {
            return Some(format!(
                "duplicate model id `{id}` (first defined in {first_file})"
            ));
        }
        self.model_ids.insert(id, file.to_string());
        None
    }
}
