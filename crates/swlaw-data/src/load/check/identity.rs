//! A record's identity: its id well-formed, its names and notes fit to show, its subregion in
//! its region, and its id and names claimed for the whole dataset (`Registry`, in
//! load/registry.rs, settles the claims).

use super::Checker;
use crate::load::raw::RawJurisdiction;
use crate::load::registry::Claimed;
use crate::load::text_scan::text_problem;
use crate::model::Day;
use crate::text::fold_key;
use toml::Spanned;

fn is_code(part: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&part.len())
        && part
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// ISO 3166-1 alpha-2 ("SE"), ISO 3166-2 ("US-NV", "GB-EAW"), or a swlaw-local third level
/// below a subdivision ("US-NV-CLARK").
fn id_problem(id: &str, has_parent: bool) -> Option<String> {
    let parts: Vec<&str> = id.split('-').collect();
    let country = parts[0].len() == 2 && parts[0].bytes().all(|b| b.is_ascii_uppercase());
    let well_formed = country
        && match parts.len() {
            1 => true,
            2 => is_code(parts[1], 1, 3),
            3 => is_code(parts[1], 1, 3) && is_code(parts[2], 1, 20),
            _ => false,
        };
    if !well_formed {
        return Some(format!(
            "malformed id `{id}`: expected an ISO 3166-1 alpha-2 code (`SE`), an ISO 3166-2 code (`US-NV`) or a local code below one (`US-NV-CLARK`), in capitals"
        ));
    }
    match (parts.len(), has_parent) {
        (1, true) => Some(format!(
            "`{id}` is a country code but the record has a `parent`"
        )),
        (n, false) if n > 1 => Some(format!(
            "`{id}` is a subdivision code but the record has no `parent`"
        )),
        _ => None,
    }
}

impl Checker {
    /// The record's id, names and region: checked, the names claimed for the whole dataset.
    pub(super) fn identity(&mut self, file: &str, text: &str, raw: &RawJurisdiction) -> String {
        let id = raw.id.get_ref().clone();
        let names = std::iter::once(&raw.name).chain(&raw.aliases);
        for name in names {
            if let Some(problem) = text_problem(name.get_ref(), false) {
                let message = format!("`{id}`: a name or alias contains {problem}");
                self.at(file, text, name.span(), message);
            }
        }
        if let Some(notes) = &raw.notes
            && let Some(problem) = text_problem(notes, true)
        {
            self.at(
                file,
                text,
                raw.id.span(),
                format!("`{id}`: the notes contain {problem}"),
            );
        }
        let today = Day::today();
        if raw.reviewed.first_day() > today {
            let message = format!("`{id}`: reviewed {} is in the future", raw.reviewed);
            self.at(file, text, raw.id.span(), message);
        }
        if let Some(problem) = id_problem(&id, raw.parent.is_some()) {
            self.at(file, text, raw.id.span(), problem);
        }
        self.claim(file, text, raw.id.span(), Claimed::Id(id.clone()));
        if raw.name.get_ref().trim().is_empty() {
            self.at(file, text, raw.name.span(), format!("`{id}`: empty name"));
        }
        // An id is also typed as a query, so it may not collide with another record's name.
        self.claim_name(file, text, &id, &raw.id, false);
        self.claim_name(file, text, &id, &raw.name, true);
        for alias in &raw.aliases {
            self.claim_name(file, text, &id, alias, false);
        }
        let subregion = *raw.subregion.get_ref();
        let region = *raw.region.get_ref();
        if subregion.region() != region {
            let message = format!(
                "`{id}`: subregion `{subregion}` belongs to {}, not {region}",
                subregion.region()
            );
            self.at(file, text, raw.subregion.span(), message);
        }

        id
    }

    /// Claims a name or alias for the record (see [`Registry::name`]).
    fn claim_name(
        &mut self,
        file: &str,
        text: &str,
        owner: &str,
        name: &Spanned<String>,
        primary: bool,
    ) {
        let key = fold_key(name.get_ref());
        if key.is_empty() {
            self.at(
                file,
                text,
                name.span(),
                format!("`{owner}`: empty name or alias"),
            );
            return;
        }
        let what = Claimed::Name {
            key,
            owner: owner.to_string(),
            spelling: name.get_ref().clone(),
            primary,
        };
        self.claim(file, text, name.span(), what);
    }
}
