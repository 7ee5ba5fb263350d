"""Which entries of the evidence lexicons does data other than the article support?

    python3 bench/lexicon_support.py --lexicon hedges       # unsupported entries
    python3 bench/lexicon_support.py --lexicon overclaims --all
    python3 bench/lexicon_support.py --lexicon topics --all

Reads only development data: the health-page set's train and dev claims and the
claims of the test sites of the labelling rounds already read (READ_ROUNDS;
bench/data/health_pages), the citation-worthiness manuscripts' train and
dev splits (bench/data/citeworthy), the mechanism set's dev texts
(bench/data/mechanisms_gold) and, when ../shared is present, the hedge
development sets of ../shared/eval (BioScope abstracts, the CoNLL-2010
Wikipedia training part, the claim-strength set). No other test split is read.

- hedges.yaml: a cue is supported when, in a set that labels what its family
  means, it matches at least MIN_MATCHES sentences and those are labelled
  qualified more often than that set's base rate (speculation: BioScope,
  Wikipedia or the health pages; modal: BioScope, the health pages or the
  claim-strength set; scope: the health pages or the claim-strength set; weasel
  and vague: Wikipedia). An exclusion is supported when the sentences it
  flips are labelled qualified less often than the base rate: the sentences the
  detector judges qualified (speculative, weasel) without it and not with every
  exclusion in place. A sentence it matches but another cue still decides, or one
  without a cue it cancels, is no evidence either way; an exclusion that flips
  nothing is unsupported (review of i193: judged on every sentence the detector
  leaves unflagged, one matching every sentence passed). The claim-strength set,
  whose label is no qualifier, counts every sentence an exclusion matches; a causal
  phrase when its claim-strength sentences are direct more often than the
  base rate.
- overclaims.yaml: a certainty word, booster or appeal to studies is supported
  when it occurs in at least MIN_MATCHES sentences of the data (it is the
  genre's English, not one article's); the file's `unattested` list names the
  entries kept without, and says why.
- evidence_topics.yaml: each class word, subject and outcome term is supported when
  it occurs in the data, or is a term of the curated knowledge (the drug knowledge
  base and lint/data/domain.yaml's field vocabulary). Beside it are printed the
  health-page claims holding it, how many of them are labelled on a weak topic
  (`weak_topic` 1) and those claims' sites, and the entries no weak claim holds are
  counted at the end (listed with `--all`). Each pattern of `not_subject_contexts`
  is supported when the claims naming its subjects that it matches are labelled
  weak less often than all claims naming them; of `only_subject_contexts`, more
  often (at least MIN_MATCHES claims either way).

Without ../shared the sets it holds are left out and entries only they
support are reported as such (`--require-shared` makes that an error).
"""

from __future__ import annotations

import csv
import functools
import re
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "eval"
HEALTH = REPO / "bench" / "data" / "health_pages" / "sentences.tsv"
CITEWORTHY = REPO / "bench" / "data" / "citeworthy"
MECHANISMS = REPO / "bench" / "data" / "mechanisms_gold"
# A labelled sentence that agrees is support; the claims lexicon asks for two
# (bench/lexicon_support.py), the hedge cues' inflections are rarer.
MIN_MATCHES = 1
SHARED_SETS = {"bioscope": "hedge_dev_bioscope_abstracts.tsv",
               "wikipedia": "hedge_dev_wikiweasel_train.tsv",
               "strength": "claim_strength_dev.tsv"}
# The sets whose labels say what a cue family means.
FAMILY_SETS = {"speculation": ("bioscope", "wikipedia", "health"),
               "modal": ("bioscope", "health", "strength"),
               "scope": ("health", "strength"), "weasel": ("wikipedia",),
               "vague": ("wikipedia",)}


# Labelling rounds of the health-page set whose test sites were read once and are
# development data since (bench/README.md, issue 15): one list, kept by eval_claims.
sys.path.insert(0, str(REPO / "bench"))
from eval_claims import SPENT_ROUNDS as READ_ROUNDS  # noqa: E402


def _health_rows() -> list[dict]:
    """The health-page rows that are development data: train, dev and READ_ROUNDS' test sites."""
    sys.path.insert(0, str(REPO / "bench"))
    from eval_hedges import site_rounds

    rounds = site_rounds()
    return [r for r in _rows(HEALTH) if r["split"] in ("train", "dev")
            or (r["split"] == "test" and rounds.get(r["site"]) in READ_ROUNDS)]


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def labelled_sets() -> dict[str, list[tuple[str, int]]]:
    """name -> [(text, label)]: 1 = qualified (hedge sets), 1 = direct (strength)."""
    sets = {"health": [(r["text"], int(r["hedged"])) for r in _health_rows()
                       if r["kind"] == "claim"]}
    if SHARED.is_dir():
        for name, file in SHARED_SETS.items():
            sets[name] = [(r["text"], int(r["label"])) for r in _rows(SHARED / file)]
    return sets


def plain_texts() -> list[str]:
    """Every development sentence, labels aside: where the genre's English is looked for."""
    return list(_plain_texts())


@functools.lru_cache(maxsize=1)
def _plain_texts() -> tuple[str, ...]:
    # Read once per process: the mechanism set's gold.yaml alone is seconds of PyYAML, and
    # the overclaims and topics checks (and the tests) read the same texts.
    texts = [r["text"] for r in _health_rows()]
    for source in _rows(CITEWORTHY / "sources.tsv"):
        if source["split"] != "test":
            texts += [r["text"] for r in _rows(CITEWORTHY / f"{source['name']}.tsv")]
    gold = yaml.safe_load((MECHANISMS / "gold.yaml").read_text("utf-8"))
    for text in gold["texts"]:
        if text["split"] == "dev":
            texts += (MECHANISMS / text["file"]).read_text("utf-8").splitlines()
    if SHARED.is_dir():
        for file in SHARED_SETS.values():
            texts += [r["text"] for r in _rows(SHARED / file)]
    return tuple(texts)


def _leans(count: int, ones: int, base: float, sign: int) -> bool:
    if count < MIN_MATCHES:
        return False
    rate = ones / count
    return rate > base if sign > 0 else rate < base


def hedges(nlp, show_all: bool) -> list[str]:
    from spacy.matcher import Matcher, PhraseMatcher

    from lint.data import load_data

    data = load_data("hedges.yaml")
    phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
    patterns = Matcher(nlp.vocab)
    entries = {}  # label -> (what, family or role, sign)
    for kind, spec in data["cues"].items():
        family = spec.get("family", "speculation")
        for phrase in spec.get("phrases", []):
            label = f"{kind}|{phrase}"
            entries[label] = (label, family, 1)
            phrases.add(label, [nlp.make_doc(phrase)])
        for number, pattern in enumerate(spec.get("patterns", [])):
            label = f"{kind}|pattern {number + 1}"
            entries[label] = (label, family, 1)
            patterns.add(label, [pattern])
    for spec in data["exclusions"]:
        label = f"exclusion|{spec['reason']}"
        entries[label] = (label, "exclusion", -1)
        patterns.add(label, spec["patterns"])
    for phrase in data["causal"]["phrases"]:
        label = f"causal|{phrase}"
        entries[label] = (label, "causal", 1)
        phrases.add(label, [nlp.make_doc(phrase)])
    specs = {f"exclusion|{spec['reason']}": spec for spec in data["exclusions"]}
    sets = labelled_sets()
    counts = {name: {label: [0, 0] for label in entries} for name in sets}
    bases = {}
    strings = nlp.vocab.strings
    for name, rows in sets.items():
        labels = [label for _, label in rows]
        bases[name] = sum(labels) / max(1, len(labels))
        for (text, _), label in zip(rows, labels):
            doc = nlp.make_doc(text)
            found = {strings[m] for m, _, _ in phrases(doc)}
            hits = [(strings[m], s, e) for m, s, e in patterns(doc)]
            found |= {key for key, _, _ in hits}
            excluded = [hit for hit in hits if hit[0] in specs]
            flipped = _flipped(name, text, excluded, specs) \
                if excluded and name != "strength" else set()
            for key in found:
                if key in specs and name != "strength" and key not in flipped:
                    continue
                counts[name][key][0] += 1
                counts[name][key][1] += label
    # Inflections of one phrase in one group are one entry ("improves", "improved"): they
    # are judged on their sentences together.
    lexemes: dict[tuple, list[str]] = {}
    for label in entries:
        group, _, phrase = label.partition("|")
        key = (group, phrase if phrase.startswith("pattern ") or group == "exclusion"
               else " ".join(t.norm_ for t in nlp(phrase)))
        lexemes.setdefault(key, []).append(label)
    for labels in lexemes.values():
        pooled_by_set = {n: [sum(counts[n][label][i] for label in labels) for i in (0, 1)]
                         for n in sets}
        for label in labels:
            for n in sets:
                counts[n][label] = pooled_by_set[n]
    judge_in = {"exclusion": tuple(sets), "causal": ("strength",), **FAMILY_SETS}
    inventory = annotated_cues()
    unsupported = []
    for label, (shown, role, sign) in entries.items():
        names = [n for n in judge_in[role] if n in sets]
        if role == "causal":  # direct (label 0 of the strength set) more often than its base
            ok = any(_leans(counts[n][label][0], counts[n][label][0] - counts[n][label][1],
                            1 - bases[n], 1) for n in names)
        else:
            ok = any(_leans(*counts[n][label], bases[n], sign) for n in names)
        phrase = shown.split("|", 1)[1]
        if not ok and role in ("speculation", "modal") and _holds_a_cue(phrase, inventory):
            ok, shown = True, f"{shown} (a BioScope cue)"
        _report(shown, ok, {n: counts[n][label] for n in sets}, show_all, unsupported)
    return unsupported + evidence_statements(show_all)


# A statement of weak evidence must be the genre's English on more than one site (review of
# i295: patterns held by one claim of one site were no support).
MIN_STATEMENT_SITES = 2


def evidence_statements(show_all: bool) -> list[str]:
    """hedges.yaml `evidence_statements`: each pattern is supported when the development
    health-page claims where the detector keeps a statement of it are labelled on a weak topic
    more often than all claims are, on at least MIN_STATEMENT_SITES sites; each harm word when
    it decides a claim (a statement kept without it is dropped for it: a claim of safety) or
    is the genre's English; so is each reversal ("… is ineffective")."""
    from spacy.matcher import Matcher

    from lint.annotate.doc_words import lower_words
    from lint.annotate.hedges import detector
    from lint.data import load_data

    data = load_data("hedges.yaml").get("evidence_statements")
    if not data:  # a hedges.yaml without the section (a test's minimal copy) has none to judge
        return []
    hedges = detector("blank")
    single = Matcher(hedges.nlp.vocab, validate=False)
    for number, pattern in enumerate(data["patterns"]):
        single.add(f"evidence_statement|pattern {number + 1}", [pattern])
    strings = hedges.nlp.vocab.strings
    claims = [r for r in _health_rows() if r["kind"] == "claim"]
    base = sum(int(r["weak_topic"]) for r in claims) / max(1, len(claims))
    kept: dict[str, list[dict]] = {f"evidence_statement|pattern {n + 1}": []
                                   for n in range(len(data["patterns"]))}
    decided: dict[str, list[dict]] = {f"evidence_statement|harm {w}": [] for w in data["harms"]}
    for row in claims:
        doc = hedges.nlp.make_doc(row["text"])
        spans = hedges.evidence_statement_matches(doc)
        if not spans:
            continue
        judged = hedges.judge(doc, 0, len(doc), stated=spans)
        lower = lower_words(doc)
        by_span = {}
        for match_id, s, e in single(doc):
            by_span.setdefault((s, e), set()).add(strings[match_id])
        for s, e in spans:
            words = " ".join(t.text for t in doc[s:e])
            if words in judged.evidence_stated:
                for label in by_span.get((s, e), ()):
                    if row not in kept[label]:
                        kept[label].append(row)
            else:
                _, ce = hedges._clause(lower, 0, len(doc), s, e)
                for word in set(lower[e:ce]) & set(data["harms"]):
                    decided[f"evidence_statement|harm {word}"].append(row)
    unsupported = []
    for label, rows in kept.items():
        weak = sum(int(r["weak_topic"]) for r in rows)
        sites = sorted({r["site"] for r in rows})
        ok = len(sites) >= MIN_STATEMENT_SITES and _leans(len(rows), weak, base, 1)
        _report(label, ok, {"health claims (weak)": [len(rows), weak]}, show_all,
                unsupported, str(len(sites)))
    # A harm word or a reversal that no development claim decides yet ("have not shown it to
    # be unsafe") is still supported when it is the genre's English (MIN_MATCHES development
    # sentences hold it, as the overclaims check asks of its words).
    texts = [f" {' '.join(text.lower().split())} " for text in plain_texts()]
    for word in data["reversals"]:
        decided[f"evidence_statement|reversal {word}"] = []
    for label, rows in decided.items():
        word = label.rsplit(" ", 1)[1]
        attested = sum(1 for text in texts if f" {word} " in text)
        _report(f"{label} ({attested} sentences hold it)" if show_all else label,
                bool(rows) or attested >= MIN_MATCHES,
                {"health claims (weak)": [len(rows), sum(int(r["weak_topic"]) for r in rows)]},
                show_all, unsupported, str(len({r["site"] for r in rows})))
    return unsupported


def _flipped(name: str, text: str, excluded: list, specs: dict) -> set[str]:
    """The exclusions (labels) matched in `excluded` (label, start, end) without which the
    detector would judge the sentence as its set's label 1 while with all of them it does
    not: the sentences whose judgment each one decides."""
    from eval_hedges import JUDGMENT

    from lint.annotate.hedges import detector

    hedges = detector("blank")
    doc = hedges.nlp.make_doc(text)
    found, _ = hedges.matches(doc)
    if not found:
        return set()
    causal = hedges.causal_matches(doc)

    def judged(without: str | None) -> bool:
        blocked: dict[int, list] = {}
        for label, s, e in excluded:
            if label != without:
                scope = (frozenset(specs[label].get("families", hedges.families)),
                         specs[label].get("recast"))
                for i in range(s, e):
                    blocked.setdefault(i, []).append(scope)
        return bool(JUDGMENT[name](hedges.judge(doc, 0, len(doc), found, blocked, causal)))

    if judged(None):
        return set()
    return {label for label, _, _ in excluded if judged(label)}


def annotated_cues() -> set[str]:
    """The cue words BioScope's annotators marked (its `cues` column), seen twice or more."""
    if not SHARED.is_dir():
        return set()
    seen: dict[str, int] = {}
    for row in _rows(SHARED / SHARED_SETS["bioscope"]):
        for cue in (row.get("cues") or "").lower().split("|"):
            if cue:
                seen[cue] = seen.get(cue, 0) + 1
    return {cue for cue, count in seen.items() if count >= MIN_MATCHES}


def _holds_a_cue(phrase: str, inventory: set[str]) -> bool:
    """The entry is an annotated cue, or holds one as whole words ("remains unclear")."""
    padded = f" {phrase.lower()} "
    return any(f" {cue} " in padded for cue in inventory if cue not in _FUNCTION_WORDS)


# Cues BioScope marks that say nothing alone ("or" of alternatives, "if", "either").
_FUNCTION_WORDS = {"or", "if", "either", "and", "not", "no", "whether or not", "can", "would",
                   "should", "will"}


def overclaims(show_all: bool) -> list[str]:
    from lint.data import load_data

    data = load_data("overclaims.yaml")
    texts = plain_texts()
    unsupported = []
    kept = set(data.get("unattested", []))
    # Idioms only cancel a cue (they need no support of their own to be safe); the cues do.
    for group in ("words", "boosters", "unsourced_evidence"):
        for entry in data[group]:
            pattern = re.compile(r"\b(" + entry + r")\b", re.IGNORECASE)
            count = sum(1 for text in texts if pattern.search(text))
            shown = f"{group}|{entry}" + (" (kept unattested, see the file)" if entry in kept
                                          else "")
            _report(shown, count >= MIN_MATCHES or entry in kept,
                    {"sentences": [count, count]}, show_all, unsupported)
    return unsupported


def topics(nlp, show_all: bool) -> list[str]:
    from spacy.matcher import PhraseMatcher

    from lint.data import load_data
    from lint.normalise import with_plural
    from lint.sources.drugs import load_knowledge

    data = load_data("evidence_topics.yaml")
    knowledge = load_knowledge()
    terms = {}
    for name, values in data["classes"].items():
        for term in values:
            terms.setdefault(term.lower(), f"class {name}")
    for topic in data["topics"]:
        for key in ("subjects", "outcomes"):
            for term in topic[key]:
                if isinstance(term, str):
                    terms.setdefault(term.lower(), f"topic {topic['id']}")
    contexts = [(key, spec) for key in ("not_subject_contexts", "only_subject_contexts")
                for spec in data.get(key, ())]
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for term in set(terms) | {w.lower() for _, spec in contexts for w in spec["subjects"]}:
        matcher.add(term, [nlp.make_doc(form) for form in with_plural(term)])
    # The health pages' claims, each with the entries it holds: a topic's words are
    # supported by claims a labeller put on a weak topic, not by any sentence that holds
    # them (review of i215: "total T" was supported by a test result, "recent decades" by
    # no weak claim).
    rows = [(r, {nlp.vocab.strings[m] for m, _, _ in matcher(nlp.make_doc(r["text"]))})
            for r in _health_rows() if r["kind"] == "claim"]
    counts = dict.fromkeys(terms, 0)
    for text in plain_texts():
        for key in {nlp.vocab.strings[m] for m, _, _ in matcher(nlp.make_doc(text))}:
            if key in counts:
                counts[key] += 1
    vocabulary = curated_vocabulary()
    unsupported, unweighed = [], []
    for term, where in terms.items():
        holding = [r for r, found in rows if term in found]
        weak = [r for r in holding if r["weak_topic"] == "1"]
        # A class key of the knowledge base (`knowledge_classes`) is curated knowledge itself.
        known = (knowledge.find(term) is not None or term in vocabulary
                 or term in knowledge.classes)
        # Supported: the genre's English (in the data) or curated knowledge. Whether a
        # labeller put a claim holding it on a weak topic is printed beside, and the entries
        # no weak claim holds are counted at the end: what a reviewer weighs (review of
        # i215). Not the gate: many curated and rubric terms have no weak claim yet.
        ok = counts[term] >= MIN_MATCHES or known
        shown = f"{where}|{term}" + (" (curated knowledge)" if known else "")
        if not weak:
            unweighed.append(shown)
        _report(shown, ok, {"sentences": [counts[term], counts[term]],
                            "claims (weak)": [len(holding), len(weak)]},
                show_all, unsupported, _sites(weak))
    for key, spec in contexts:
        subjects = {w.lower() for w in spec["subjects"]}
        naming = [r for r, found in rows if found & subjects]
        base = sum(r["weak_topic"] == "1" for r in naming) / max(1, len(naming))
        for number, pattern in enumerate(spec["patterns"]):
            matched = [r for r in naming if re.search(pattern, r["text"], re.IGNORECASE)]
            weak = [r for r in matched if r["weak_topic"] == "1"]
            # `not_subject_contexts`: the claims a pattern takes the subjects out of are on a
            # weak topic less often than all claims naming them; `only_subject_contexts`:
            # the claims a pattern keeps them in, more often.
            ok = _leans(len(matched), len(weak), base, -1 if key.startswith("not") else 1)
            _report(f"{key}|{spec['subjects'][0]} pattern {number + 1}", ok,
                    {"weak claims": [len(matched), len(weak)],
                     "naming": [len(naming), round(base * len(naming))]},
                    show_all, unsupported, _sites(weak))
    print(f"{len(unweighed)} entries held by no claim labelled on a weak topic"
          + (": " + "; ".join(unweighed) if show_all else " (--all lists them)"))
    return unsupported


def _sites(rows: list[dict]) -> str:
    """The sites of `rows` and how many of the rows each holds, most first."""
    counts: dict[str, int] = {}
    for row in rows:
        site = row["site"].split(" ", 1)[0]
        counts[site] = counts.get(site, 0) + 1
    return ", ".join(f"{site} {n}" for site, n in
                     sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def curated_vocabulary() -> set[str]:
    """The terms of the project's curated knowledge (domain.yaml, drugs.yaml names and
    class names), lower-cased: field vocabulary kept as sourced data, not one article's."""
    from lint.data import load_data

    terms: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            terms.add(value.lower())
        elif isinstance(value, dict):
            for key, item in value.items():
                if key in ("names", "label") or isinstance(item, (list, dict)):
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(load_data("domain.yaml"))
    drugs = load_data("drugs.yaml")
    walk(drugs.get("classes", {}))
    for drug in drugs.get("drugs", []):
        walk(drug.get("names", []))
    return terms


def _report(shown: str, ok: bool, counts: dict, show_all: bool, unsupported: list,
            sites: str = "") -> None:
    if not ok:
        unsupported.append(shown)
    if show_all or not ok:
        detail = "  ".join(f"{name} {count:>4} ({ones / count if count else 0:.2f})"
                           for name, (count, ones) in counts.items())
        print(f"{'ok ' if ok else 'NO '} {shown:<60} {detail}"
              + (f"  sites: {sites}" if sites else ""))


def main(lexicon: str, show_all: bool, require_shared: bool = False) -> int:
    from lint.nlp import BLANK, pipeline

    if not SHARED.is_dir():
        print(f"{SHARED} not found: BioScope, Wikipedia and claim-strength sets left out")
        if require_shared:
            return 2
    nlp = pipeline(BLANK)
    if lexicon == "hedges":
        unsupported = hedges(nlp, show_all)
    elif lexicon == "overclaims":
        unsupported = overclaims(show_all)
    else:
        unsupported = topics(nlp, show_all)
    print(f"{len(unsupported)} unsupported entries in {lexicon}")
    return 0
