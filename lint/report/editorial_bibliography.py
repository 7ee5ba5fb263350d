"""Bibliography health for the editorial report: a verdict per entry and what to do about it.

Everything comes from the run: the online check's verdict on each entry (or that none ran),
the REF findings raised on the entry's lines, the evidence type the sources annotator gave
it. The one thing computed here is a reading aid, not a judgment: for an entry nobody cites,
the uncited claims that share the most words with its title, each with the shared words, so
a reviewer can see why it was offered.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from lint.normalise import singular
from lint.report.places import Link, sentence_link, section_label
from lint.sources.citation_aliases import CitationAliases
from lint.verify.identifiers import cited_identifiers

NOT_VERIFIED = "not verified"
# Words too common in this field's titles to say two texts are about the same thing.
_COMMON = frozenset("""a an and are as at be by for from in into is it its of on or the to with
    without after before during between among via vs versus than that this these those their
    men man women study studies trial trials review systematic meta analysis effect effects
    use using used case report clinical patient patients treatment therapy role new based
    can may also more most how what when which who does do not no""".split())
_WORD = re.compile(r"[a-z0-9][a-z0-9\-]+")
MAX_CANDIDATES = 3
MIN_SHARED = 2


def short_ref(entry) -> str:
    people = entry.persons.get("author", []) or entry.persons.get("editor", [])
    first = people[0].split(",")[0].replace("{", "").replace("}", "") if people else "?"
    more = " et al." if len(people) > 1 else ""
    return f"{first}{more} {entry.get('year')}".strip()  # biblatex: the year of `date`


def _plain(text: str) -> str:
    return text.replace("{", "").replace("}", "")


def _words(text: str) -> set[str]:
    words = set()
    for word in _WORD.findall(text.lower()):
        word = singular(word, shortest=5)
        if word not in _COMMON and len(word) > 2:
            words.add(word)
    return words


def verdict(verification) -> tuple[str, str]:
    """(verdict, why) from the online check's verification; "not verified" when none ran."""
    if verification is None:
        return NOT_VERIFIED, ""  # the section says once that no check ran
    if "not in the cache" in (verification.reason or ""):
        return NOT_VERIFIED, "the online check's cache has no answer for it yet"
    why = verification.reason or ""
    if verification.retraction:
        why = (why + "; " if why else "") + verification.retraction
    return verification.status, why


def _record_text(record) -> str:
    if record is None:
        return ""
    venue = record.journals[0] if record.journals else ""
    ident = f"doi:{record.doi}" if record.doi else (f"PMID {record.pmid}" if record.pmid else "")
    parts = [record.author_text(3), str(record.year or ""), record.title, venue, ident]
    return ". ".join(p.rstrip(".") for p in parts if p) + "."


def _offline_problems(result, bibliography) -> dict[str, list[dict]]:
    """REF findings by entry key: by the key a finding names, else by the entry's lines."""
    # An entry's span is its opening line; a finding belongs to the last entry opened
    # at or before its line.
    files = set(bibliography.files or [bibliography.path])
    found = defaultdict(list)
    for d in result.diagnostics + result.baselined:
        if d.family != "REF" or d.path not in files:
            continue
        key = d.data.get("key")
        if key not in bibliography.entries:
            key = None
            starts = sorted((entry.span.start.line, key) for key, entry
                            in bibliography.entries.items() if entry.path in ("", d.path))
            for start, candidate in starts:
                if start > d.span.start.line:
                    break
                key = candidate
        if key is not None:
            found[key].append({"code": d.code, "name": d.name, "severity": str(d.severity),
                               "message": d.message, "suggestion": d.suggestion or ""})
    return found


def uncited_claims(documents) -> list[dict]:
    claims = []
    for document in documents:
        for sentence in document.sentences:
            if sentence.annotations.status.claim and not sentence.citations:
                claims.append({"text": sentence.text, "link": sentence_link(document, sentence),
                               "section": section_label(sentence),
                               "words": _words(sentence.text)})
    return claims


def _everywhere(claims: list[dict]) -> set[str]:
    """Words in more than a fifth of the claims (and more than three): the article's
    subject, not a topic a reference could be matched on."""
    seen = Counter(word for claim in claims for word in claim["words"])
    return {word for word, n in seen.items() if n > max(3, len(claims) / 5)}


def candidates_for(entry, claims: list[dict], everywhere: set[str]) -> list[dict]:
    """Uncited claims sharing at least MIN_SHARED title words with the entry, best first."""
    title = _words(_plain(entry.fields.get("title", "") + " " +
                          entry.fields.get("keywords", ""))) - everywhere
    scored = []
    for claim in claims:
        shared = sorted(title & claim["words"])
        if len(shared) >= MIN_SHARED:
            scored.append((len(shared), claim, shared))
    scored.sort(key=lambda item: (-item[0], item[1]["link"].line))
    return [{"text": claim["text"], "link": claim["link"], "section": claim["section"],
             "shared": shared} for _, claim, shared in scored[:MAX_CANDIDATES]]


def bibliography_health(result) -> dict:
    corpus = result.corpus
    bibliography = corpus.bibliography if corpus else None
    identifiers = _identifier_rows(corpus) if corpus else []
    if bibliography is None:
        verdicts = Counter(row["verdict"] for row in identifiers)
        return {"rows": identifiers, "verdicts": dict(verdicts),
                "verified_ran": any(v != NOT_VERIFIED for v in verdicts)}
    cited = defaultdict(list)
    aliases = corpus.aliases or CitationAliases()
    for document in corpus.documents:
        for citation in document.citations:
            # An entry is cited through an alias or a Manubot identifier too (as for CIT003):
            # it gets no "uncited: claims that might need it" candidates.
            for key in aliases.cited_keys(citation) & bibliography.entries.keys():
                cited[key].append(Link(document.path, citation.span.start.line))
    problems = _offline_problems(result, bibliography)
    claims = uncited_claims(result.documents)
    everywhere = _everywhere(claims)
    rows, verdicts = [], Counter()
    for key, entry in bibliography.entries.items():
        status, why = verdict(entry.annotations.verification)
        verdicts[status] += 1
        verification = entry.annotations.verification
        evidence = entry.annotations.evidence
        issues = [{"field": i.field, "cited": i.cited, "registered": i.registered,
                   "message": i.message, "minor": i.minor}
                  for i in (verification.issues if verification else [])]
        rows.append({
            "key": key, "ref": short_ref(entry), "title": _plain(entry.fields.get("title", "")),
            "link": Link(bibliography.file_of(key), entry.span.start.line),
            "cited": cited.get(key, []), "verdict": status, "why": why,
            "issues": issues,
            "record": _record_text(verification.record) if verification else "",
            "other_work": _record_text(verification.other_work) if verification else "",
            "closest": list(dict.fromkeys(_record_text(r) for r in (
                verification.candidates if verification else [])))[:3],
            "problems": problems.get(key, []),
            "evidence": f"{evidence.label} ({evidence.strength})" if evidence and evidence.type
            else "not recorded",
            "weak_source": bool(evidence and evidence.strength == "weak"),
            "candidates": candidates_for(entry, claims, everywhere) if key not in cited else [],
        })
    for row in rows:
        # A field the REF findings already name is not repeated under the verdict.
        row["issues"] = [i for i in row["issues"] if not any(
            i["message"] in p["message"] for p in row["problems"])]
        row["suspect"] = bool(row["problems"]) or row["verdict"] not in ("verified",
                                                                          NOT_VERIFIED)
    for row in identifiers:
        verdicts[row["verdict"]] += 1
    rows += identifiers
    return {"rows": rows, "verdicts": dict(verdicts),
            "verified_ran": any(v != NOT_VERIFIED for v in verdicts)}


def _identifier_rows(corpus) -> list[dict]:
    """A row per Manubot identifier cited without a bibliography entry (`[@doi:10.1/x]`,
    a tag or alias of one), with the online check's verdict on it when one ran."""
    places = defaultdict(list)
    for cited in cited_identifiers(corpus.documents, corpus.aliases, corpus.bibliography):
        places[cited.key].append(Link(cited.path, cited.citation.span.start.line))
    rows = []
    for key, links in places.items():
        verification = corpus.identifiers.get(key)
        status, why = verdict(verification)
        if verification is not None and verification.how == "none":
            status = NOT_VERIFIED  # no registry is asked for this scheme
        record = verification.record if verification else None
        rows.append({
            "key": key, "ref": "cited by identifier", "title": record.title if record else "",
            "link": links[0], "cited": links, "verdict": status, "why": why,
            "issues": [{"field": i.field, "cited": i.cited, "registered": i.registered,
                        "message": i.message, "minor": i.minor}
                       for i in (verification.issues if verification else [])],
            "record": _record_text(record), "other_work": "", "closest": [],
            "problems": [], "evidence": "not recorded", "weak_source": False, "candidates": [],
            "suspect": status not in ("verified", NOT_VERIFIED),
        })
    return rows
