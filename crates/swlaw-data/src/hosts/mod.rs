//! Where a source was read, as evidence: hosts that are no evidence at all, and hosts that only
//! carry copies (document-sharing sites, blog platforms), whose copies should give way to the
//! original document wherever it can be read.

/// What the host of a source's URL says about the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// A publisher's, a court's, a government's or any other site: the document's kind decides.
    Ordinary,
    /// A document-sharing site or a blog platform: at best a copy of a document kept elsewhere.
    Copying,
    /// A mirror, content farm, marketing or sex-industry site: never backs a status.
    NoEvidence,
}

use std::collections::HashSet;
use std::sync::OnceLock;

const NO_EVIDENCE: &str = include_str!("no-evidence.txt");

/// Document-sharing sites, blog platforms and personal blogs reposting documents, seen in the
/// dataset's sources.
const COPYING: &[&str] = &[
    "abcdocz.com",
    "academia.edu",
    "blogspot.com",
    "dokumen.pub",
    "fdocuments.ec",
    "fdocuments.net",
    "fdokumen.com",
    "geocities.co.jp",
    "geocities.jp",
    "issuu.com",
    "melodijoadelita.com",
    "moam.info",
    "pdf4pro.com",
    "pdfcoffee.com",
    "pdfslide.net",
    "pdfslide.tips",
    "pdfslide.us",
    "scribd.com",
    "slideshare.net",
    "studicata.com",
    "studocu.com",
    "vdocument.in",
    "vdocuments.co",
    "vdocuments.pub",
    "vdokumen.net",
    "wordpress.com",
];

/// The host of an http(s) URL, in lower case, without port or credentials.
pub fn host(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    // "issuu.com." names the same host as "issuu.com".
    let host = host.strip_suffix('.').unwrap_or(host);
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// The hosts that are no evidence, read once from the list.
fn no_evidence() -> &'static HashSet<&'static str> {
    static HOSTS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    HOSTS.get_or_init(|| {
        NO_EVIDENCE
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .collect()
    })
}

/// `host` and the domains above it: "a.b.example" gives "a.b.example", "b.example", "example".
fn and_above(host: &str) -> impl Iterator<Item = &str> {
    std::iter::successors(Some(host), |domain| {
        domain.split_once('.').map(|(_, up)| up)
    })
}

/// The standing of the host of `url` (ordinary when it is not an http(s) URL). A listed host
/// covers its subdomains.
pub fn standing(url: &str) -> Standing {
    let Some(host) = host(url) else {
        return Standing::Ordinary;
    };
    if and_above(&host).any(|domain| no_evidence().contains(domain)) {
        Standing::NoEvidence
    } else if and_above(&host).any(|domain| COPYING.contains(&domain)) {
        Standing::Copying
    } else {
        Standing::Ordinary
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_matched_whole_or_as_subdomains() {
        assert_eq!(
            standing("https://docslib.org/doc/1/x"),
            Standing::NoEvidence
        );
        assert_eq!(
            standing("http://www.shouselaw.com/ca/x"),
            Standing::NoEvidence
        );
        assert_eq!(
            standing("https://es.scribd.com/document/1"),
            Standing::Copying
        );
        assert_eq!(
            standing("https://someone.blogspot.com/2009/x.html"),
            Standing::Copying
        );
        assert_eq!(
            standing("https://user:pw@SCRIBD.com:443/x"),
            Standing::Copying
        );
        // A host that merely ends with a listed name's letters is not on the list.
        assert_eq!(standing("https://issuu.com./x"), Standing::Copying);
        assert_eq!(standing("https://notscribd.com/x"), Standing::Ordinary);
        assert_eq!(standing("https://www.riksdagen.se/sv/"), Standing::Ordinary);
        assert_eq!(standing("Government Gazette no. 12"), Standing::Ordinary);
        assert_eq!(
            host("https://a.b.example/x?y#z").as_deref(),
            Some("a.b.example")
        );
    }

    #[test]
    fn the_list_of_hosts_that_are_no_evidence_is_read_whole() {
        let hosts: Vec<&str> = NO_EVIDENCE
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .collect();
        assert!(hosts.len() >= 40, "{}", hosts.len());
        assert!(
            hosts.iter().all(|h| !h.contains(['/', ' ', ':'])),
            "{hosts:?}"
        );
    }
}
