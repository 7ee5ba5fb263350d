"""Examples several rules' docstrings show alike, written once.

A docstring line `{{name}}` stands for the example `name` below; the rule's
documentation (`content-lint rules`, docs/rules.md) and its tests see the
text in full, as if it were written in place.
"""

from __future__ import annotations

import re

# A reference the registry knows exactly as cited (the online checks' passing case).
_W2018_ENTRY = """```bibtex
@article{w2018, author = {Testperson, A. and Probandt, B.},
  title = {Duration of Fictional Hormone Therapy Predicts Recovery},
  journal = {Journal of Fictional Andrology}, volume = {199}, number = {4}, pages = {e676--e677},
  year = {2018}, doi = {10.5555/x1}}
```"""

_W2018_RECORD = """```json
{"crossref": {"DOI": "10.5555/x1", "type": "journal-article",
  "title": ["Duration of Fictional Hormone Therapy Predicts Recovery"],
  "author": [{"family": "Testperson", "given": "A."}, {"family": "Probandt", "given": "B."}],
  "container-title": ["The Journal of Fictional Andrology"],
  "short-container-title": ["J Fict Androl"],
  "volume": "199", "issue": "4", "page": "e676-e677",
  "issued": {"date-parts": [[2018, 4]]}}}
```"""

# A conference abstract (a supplement page), as the evidence-type rules recognise it.
_ABSTRACT_ENTRY = """```bibtex
@article{abstract2018, author = {A, B}, title = {Age Predicts Recovery},
  journal = {Journal of Fictional Andrology}, year = {2018}, pages = {e676--e677}}
```"""

# A Manubot tag defined in citation-tags.tsv and cited (CIT002 and CIT006 pass on it).
_TAGGED_CITATION = """```markdown
Clomiphene raises LH [@tag:clomid-trial].
```

```tsv
tag    citation
clomid-trial    doi:10.5555/x1
```"""

# A claim cited only to that abstract (EVD003 and REF010 report it).
_CLAIM_ON_ABSTRACT = """```markdown
Age predicts the return of sperm after testosterone therapy [@abstract2018].
```

""" + _ABSTRACT_ENTRY

# The entry the citation-placement and overclaiming examples cite.
_KNOWN2020_ENTRY = """```bibtex
@article{known2020, author = {K, A}, title = {T}, journal = {J}, year = {2020}}
```"""

SHARED = {
    "tagged-citation": _TAGGED_CITATION,
    "abstract-entry": _ABSTRACT_ENTRY,
    "claim-on-abstract": _CLAIM_ON_ABSTRACT,
    "known2020-entry": _KNOWN2020_ENTRY,
    "w2018-entry": _W2018_ENTRY,
    "w2018-record": _W2018_RECORD,
    "verified-reference": "```markdown\nCited [@w2018].\n```\n\n" + _W2018_ENTRY + "\n\n"
                          + _W2018_RECORD,
}

_PLACE = re.compile(r"^\{\{([\w-]+)\}\}$", re.MULTILINE)


def expand(doc: str, where: str) -> str:
    """The docstring with each `{{name}}` line replaced by its shared example."""
    def shared(match: re.Match) -> str:
        name = match.group(1)
        if name not in SHARED:
            raise ValueError(f"{where}: no shared example {name!r} (lint/rules/examples.py)")
        return SHARED[name]
    return _PLACE.sub(shared, doc)
