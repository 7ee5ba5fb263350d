"""Does a glossary entry's text define its term? (rules in lint/data/definitions.yaml)."""

from __future__ import annotations

from lint.annotate.lexicon import load_data
from lint.document.annotations import DefinitionJudgment
from lint.normalise import SEPARATORS, singular


def _head_words(entry) -> set[str]:
    words = set()
    for form in [entry.term, entry.preferred, *entry.aliases]:
        parts = [p for p in SEPARATORS.split(form) if p]
        if parts:
            words.add(singular(parts[-1]).lower())
            words.add(" ".join(parts).lower())
    return {w for w in words if w}


def judge_definition(entry, nlp) -> DefinitionJudgment:
    rules = load_data("definitions.yaml")
    text = entry.definition.strip()
    if not text:
        return DefinitionJudgment(False, "no definition")
    doc = nlp(text)
    sentence = next(iter(doc.sents))
    tokens = [t for t in sentence]
    verbs = set(rules["defining_verbs"])
    # Subject: everything before the first defining verb, without parentheses
    # or appositions set off by commas ("Growth hormone, or somatotropin, is").
    depth = 0
    subject = []
    verb = None
    in_apposition = False
    for token in tokens:
        if token.text == "(":
            depth += 1
            continue
        if token.text == ")":
            depth -= 1
            continue
        if depth:
            continue
        if token.text == ",":
            in_apposition = not in_apposition
            continue
        if token.norm_ in verbs and token.i > sentence.start:
            verb = token
            break
        if not in_apposition:
            subject.append(token.lower_)
    heads = _head_words(entry)
    subject_text = " ".join(subject)
    names_term = any(h in subject_text for h in heads)
    if verb is not None and names_term:
        opening = sentence[:verb.i - sentence.start + 1].text
        if len(opening) > 60:
            opening = opening[:40] + " … " + verb.text
        return DefinitionJudgment(True, f"'{opening}' defines the term")
    first = tokens[0].lower_ if tokens else ""
    if first in rules["genus_openers"]:
        genus_verbs = set(rules["genus_verbs"])
        for token in tokens[1:int(rules["max_genus_words"]) + 2]:
            if token.norm_ in genus_verbs or token.lower_ in genus_verbs:
                return DefinitionJudgment(True, f"opens with a genus: "
                                                f"'{sentence[:token.i - sentence.start + 1]}'")
    shown = sentence[:8].text
    return DefinitionJudgment(False, f"does not say what '{entry.term}' is; it reads: "
                                     f"'{shown} …'")


def annotate_definitions(glossary, model: str) -> None:
    from lint.nlp import pipeline

    if glossary is None:
        return
    nlp = pipeline(model)
    for entry in glossary.entries:
        entry.annotations.definition = judge_definition(entry, nlp)
