"""Manubot's persistent identifiers cited in the documents, and their online verdicts.

A Manubot manuscript cites `[@doi:10.1/x]`, `[@pmid:123]` (or `pubmed:`),
`[@isbn:...]`, `[@url:...]`, `[@clinicaltrials:NCT...]` ... with no
bibliography entry, and aliases of them (`[@tag:name]` for a row of
citation-tags.tsv, `[@alias]: doi:...` definitions; lint/sources/citation_aliases.py). Each
identifier is verified once (by its standard form, `doi:` lower case,
`pubmed:` as `pmid:`) and its verdict reported at every citation of it. An
identifier that is also a bibliography key (a `manual-references.json`
item) is verified as that entry instead.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from lint.document.citations import classify_key, manubot_key_forms, manubot_standard_key


@dataclass(slots=True)
class CitedIdentifier:
    key: str  # standard form: doi:10.1/x, pmid:123, isbn:..., url:...
    path: str  # the document, as findings show it
    citation: object  # the model's Citation (its span is where findings go)


def _target(citation, aliases) -> str | None:
    """The identifier a citation names: its own key, or the key its alias stands for."""
    key = citation.key
    target = aliases.resolve(key) if aliases is not None else None
    if target:
        key = target
    elif citation.scheme == "tag":
        return None  # an unknown tag is CIT002's
    kind, scheme = classify_key(key)
    if kind != "identifier" or scheme == "tag":
        return None
    return manubot_standard_key(key)


def cited_identifiers(documents, aliases=None, bibliography=None) -> list[CitedIdentifier]:
    """Every citation of a persistent identifier (directly or through an alias), in order."""
    found = []
    for document in documents:
        for citation in document.citations:
            if bibliography is not None and citation.key in bibliography:
                continue  # a bibliography entry: verified as an entry
            key = _target(citation, aliases)
            if key is None:
                continue
            if bibliography is not None and any(
                    form in bibliography for form in manubot_key_forms(key)):
                continue
            found.append(CitedIdentifier(key, document.path, citation))
    return found


def scheme_of(key: str) -> tuple[str, str]:
    """(scheme, identifier) of a standard key: ("doi", "10.1/x")."""
    scheme, _, value = key.partition(":")
    return scheme, value


def verify_identifiers(keys, client) -> dict:
    """key -> Verification, each identifier asked once, in parallel as the client allows."""
    from lint.verify.check import verify_identifier

    unique = list(dict.fromkeys(keys))
    with ThreadPoolExecutor(max_workers=client.concurrency) as pool:
        verdicts = pool.map(lambda key: verify_identifier(*scheme_of(key), client), unique)
        return dict(zip(unique, verdicts))
