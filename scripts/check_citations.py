#!/usr/bin/env python3
"""CI: the output of `swlaw cite --style csl-json` and `--style bibtex` as real readers take it:
citeproc-py renders every CSL item into a bibliography, bibtexparser parses every entry, and the
two agree on the keys. Usage: check_citations.py ITEMS.json ENTRIES.bib"""
import json, os, sys
import bibtexparser, citeproc
from citeproc import CitationStylesStyle, CitationStylesBibliography, Citation, CitationItem, formatter
from citeproc.source.json import CiteProcJSON
items = json.load(open(sys.argv[1]))
entries = bibtexparser.load(open(sys.argv[2])).entries
assert [e["ID"] for e in entries] == [i["id"] for i in items], "BibTeX keys differ from CSL ids"
styles = os.path.join(os.path.dirname(citeproc.__file__), "data", "styles")
style = CitationStylesStyle(os.path.join(styles, "harvard-cite-them-right.csl"), validate=False)
bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
for item in items:
    bibliography.register(Citation([CitationItem(item["id"])]))
rendered = [str(entry) for entry in bibliography.bibliography()]
assert len(rendered) == len(items), (len(rendered), len(items))
titles = [i["title"] for i in items]
assert all(any(t[:20] in r for r in rendered) for t in titles), "a title is missing from the bibliography"
print(len(items), "CSL items rendered by citeproc-py;", len(entries), "BibTeX entries parsed")
