"""Which weakly (or strongly) supported topic does a sentence touch? (the evidence registry).

A topic is subjects × outcomes (lint/data/evidence_topics.yaml); its subjects include
the members of the drug knowledge base's classes it names (`knowledge_classes`). A sentence
touches a topic when it names one of its subjects — itself, through its
table row's first cell, or, when it opens with "it", "this", "these",
"they", "their", through the subject the section was last about, or, when
it names no subject and does not open with an outcome, through the subject
of the sentence before (one sentence on, not further; not an everyday measure
such as diet or exercise, `not_carried`, nor into a sentence naming a drug or a
procedure, `procedures`), or, when
it is an item of a list (or a short fragment given as a line) after a
lead-in ending in ":", through the lead-in's subject ("BPC-157 may
influence:" / "Tissue healing"), or, when none of these gives it one and it
names an outcome (a list item, or a sentence not opening with the outcome),
through the innermost heading above it that names a subject, up to the page's
title or its front matter's ("Sermorelin Benefits for Males" / "Therapy results
unfold over several weeks, with early changes in improved sleep"), or, when it
names the evidence or the safety first and no agent, through the page's subject
(its title's agent, or the agent its opening names and names again: "The safety
record is spotless." under a heading naming nothing, on a page about ipamorelin)
— and one of its outcomes. Hits go to
`sentence.annotations.evidence_topics`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint.annotate.doc_arrays import lowers, span_text, word_ids
from lint.annotate.doc_arrays import text as doc_text
from lint.annotate.doc_words import lower_words
from lint.annotate.doc_words import words as words_of
from lint.annotate.lexicon import PhraseIndex, load_data
from lint.annotate.regex_gate import FoldedGatedPattern, GatedPattern, GatedSearches
from lint.diagnostics import Span
from lint.document.annotations import TopicHit
from lint.document.model import BlockKind
from lint.normalise import with_plural
from lint.sources.yamlfile import DataFileError, load_yaml_file

LEVELS = ("high", "moderate", "low", "very low")
_ANAPHORA = {"it", "this", "these", "they", "their", "its"}
# The index's label of the registry's `not_subjects` phrases.
_MASK = "not_subject"
_ANAPHOR_WINDOW = 3
# A pronoun after these opens a reported clause whose subject it is.
_REPORTING = {"that"}
_CLAUSE_PRONOUNS = {"it", "they"}
# An opening phrase this short before its comma ("Outside labs, it is promoted for sleep";
# "In older men, they …") leaves the pronoun after it the sentence's subject.
_FRONTED_WORDS = 4
# A statement the page's subject reaches names its outcome within this many words. Rounds
# 26-30 in page (the rounds i326 was written on; review of i326): 0 or 2 words F1 0.635
# (73/20/64), 3 to 8 words 0.647 (75/20/62): 4, the smallest of the plateau but one, keeps
# "The acute safety record …" and leaves a sentence opening on a thing of its own.
_OUTCOME_FIRST = 4
# Words before a sentence's first noun that do not change what it opens with.
_ARTICLES = {"the", "a", "an"}
_DEFINITE = {"the", "this", "these", "that", "those"}
# Items of a comma list: this many words at most between two commas.
_LIST_ITEM_WORDS = 3
_CONJUNCTIONS = {"and", "or"}
# Prepositions opening a span of time (`outcome_patterns`: "Since 1968, …", "From 2012 to
# 2022, …"): a phrase fronted before its comma, no item of a list.
_SPAN_OPENERS = {"since", "between", "from", "in", "over", "during"}
# A line given alone (classify, the benchmarks) this short and without a full stop reads
# as a list item: the items of a lead-in are separate lines there.
_FRAGMENT_WORDS = 6
_ITEM_WORDS = 12
# A research compound's code (BPC-157, TB-500, GHK-Cu): an agent taken, not the body's own.
_CODE = re.compile(r"\d|^[A-Z]{2,}-[A-Za-z]+$")
# Words between a compound and the role it bears ("BPC-157 appears to play a role in").
_BEARER_WORDS = 3
# Where a clause ends for a topic's `sentence_pattern`: a semicolon, a dash, or a comma
# before a conjunction that opens another clause ("…, and IVF can increase their chances").
_CLAUSE_BOUNDARY = re.compile(
    r";|\s[—–]\s|,\s+(?:and|but|while|whereas|so|yet|although|though|with)\b", re.IGNORECASE)


def _is_item(block, doc, start: int, end: int, after_lead_in: bool = False) -> bool:
    """A list item, or a short fragment given as its own line (a list item out of Markdown)."""
    if block.kind is BlockKind.LIST_ITEM:
        return True
    if not block.meta.given_line:
        return False
    words = [t for t in doc[start:end] if not t.is_punct]
    if after_lead_in and len(words) <= _ITEM_WORDS and not doc[start:end].text.rstrip(
            ).endswith(":"):
        return True
    return (len(words) <= _FRAGMENT_WORDS
            and not doc[start:end].text.rstrip().endswith((".", "!", "?", ":")))


def _opening_words(doc, sentence) -> set[str]:
    """The sentence's first words, and the first words after a short fronted phrase and
    its comma: where a pronoun is the subject of the sentence."""
    start, end = sentence.token_start, sentence.token_end
    # (the Doc's kept word lists: no Token per word)
    lower, spelled = lower_words(doc), words_of(doc)
    words = set(lower[start:min(end, start + _ANAPHOR_WINDOW)])
    for i in range(start + 1, min(end, start + _FRONTED_WORDS + 1)):
        if spelled[i] == ",":
            words |= set(lower[i + 1:min(end, i + 1 + _ANAPHOR_WINDOW - 1)])
            break
    return words


def _reported_pronoun(doc, sentence) -> bool:
    """A pronoun is the subject of a reported clause ("Animal studies have demonstrated
    that it can accelerate healing …", "Evidence has shown that it acts as …"): what the
    studies found is said of the subject before."""
    lower = lower_words(doc)
    return any(lower[i] in _REPORTING and lower[i + 1] in _CLAUSE_PRONOUNS
               for i in range(sentence.token_start, sentence.token_end - 1))


def _refers_back(doc, sentence, definite: frozenset[int], nouns: frozenset[int]) -> bool:
    """A definite noun phrase naming what kind of thing the subject is ("the compound",
    "these substances", "this product"): it refers to the subject last named. `definite`,
    `nouns`: the LOWER ids of those words (read from the Doc's array, no Token per word)."""
    lower = lowers(doc)
    return any(lower[i] in definite and lower[i + 1] in nouns
               for i in range(sentence.token_start, sentence.token_end - 1))


def _list_siblings(doc, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Two spans are items of one comma list ("a review of sleep, medications, fertility
    goals"; "energy, libido, mood, sleep, and recovery"): named side by side, neither said
    to act on the other. Between them only commas, "and" / "or" and other short items."""
    (s1, e1), (s2, e2) = sorted([first, second])
    words = lower_words(doc)
    if words[s1] in _SPAN_OPENERS or words[s2] in _SPAN_OPENERS:
        # A phrase of a preposition is no item of a list, first or second: a fronted phrase
        # of time ("Between 1996 and 2016, semen quality …") or one set off by commas after
        # the subject ("BPC-157, in vitro, sped …", "Sperm counts, over the past fifty
        # years, have halved …"; session 29, i408).
        return False
    gap = words[e1:s2]
    if not gap or gap[0] != ",":
        return False
    item = 0
    for word in gap:
        if word == ",":
            item = 0
        elif word not in _CONJUNCTIONS:
            item += 1
            if item > _LIST_ITEM_WORDS:
                return False
    return gap[-1] in _CONJUNCTIONS or gap[-1] == ","


def _same_agent(agents: dict[str, str], subject: dict[str, str]) -> bool:
    """The agents name the page's subject again (the same word, in any case)."""
    return bool({n.lower() for n in agents.values()} & {n.lower() for n in subject.values()})


def _terms(value) -> list[str]:
    """A topic's subjects or outcomes: terms, and lists of them (the registry's named classes)."""
    if isinstance(value, str):
        return [value]
    return [term for item in value or () for term in _terms(item)]


def _acronym_plurals(terms: list[str]) -> list[str]:
    """Terms, and the plural an acronym takes in writing ("GHSs", "SARMs"), which
    `with_plural` spells as a word's ("ghses")."""
    return terms + [t + "s" for t in terms if " " not in t and len(t) <= 5]


# A registry "class" `unapproved <kind>` ("unapproved peptide"): the knowledge base's agents
# of that chemical kind that DrugCentral (its list of approved drugs) does not hold — research
# peptides such as BPC-157, CJC-1295 or ipamorelin, and any a project's `drug-knowledge` file
# adds — except the body's own hormones (kisspeptin: its physiology is not a weak topic).
_UNAPPROVED = "unapproved "


def _unapproved(drug, kind: str, hormones) -> bool:
    """The drug is of `kind`, has no DrugCentral (approved-drug) record nor an FDA approval
    of the newer-approvals layer and is not a hormone of the body (physiology.yaml)."""
    return (drug.kind == kind and drug.drugcentral_id is None and not drug.drugcentral_name
            and not drug.approval and drug.key not in hormones)


def _member_names(topic_classes: dict[str, list[str]], knowledge=None
                  ) -> dict[str, list[str]]:
    """Each topic's names in running text of the drug knowledge base's members of its
    classes (a new secretagogue added to drugs.yaml joins its topics without a registry
    edit). A name without a letter is a fragment of a code ("L-163,191"), not a name.
    The knowledge base is read once for all topics: a pass over its drugs per class was
    a tenth of a second of every check's start-up. `knowledge`: the run's knowledge base
    (a project's `drug-knowledge` file laid over the packaged one); the packaged one without."""
    wanted = list(dict.fromkeys(k for classes in topic_classes.values() for k in classes))
    if not wanted:
        return {topic: [] for topic in topic_classes}
    if knowledge is None:
        from lint.sources.drugs import load_knowledge

        knowledge = load_knowledge()
    hormones = (knowledge.physiology or {}).get("hormones") or {}
    # A class's members from the base's class index (`members`: `has_class` holds, in the
    # base's order; the index the mechanisms' readers use too), not `has_class` for every
    # drug and class (4,800 drugs; the index is built once per base and read again).
    members: dict[str, list[str]] = {
        klass: ([drug.key for drug in knowledge.drugs.values()
                 if _unapproved(drug, klass[len(_UNAPPROVED):], hormones)]
                if klass.startswith(_UNAPPROVED) else
                [drug.key for drug in knowledge.members(klass)])
        for klass in wanted}
    names = knowledge.text_names()
    out = {}
    for topic, classes in topic_classes.items():
        unknown = [klass for klass in classes if klass not in knowledge.classes
                   and not klass.startswith(_UNAPPROVED)]
        if unknown:
            raise ValueError(f"topic {topic!r}: knowledge_classes {unknown} are no classes "
                             "of the drug knowledge base")
        found = dict.fromkeys(key for klass in classes for key in members[klass])
        out[topic] = [name for key in found for name in names.get(key, ())
                      if any(c.isalpha() for c in name)]
    return out


def load_topics(extra_path: str | None = None, knowledge=None) -> dict[str, dict]:
    """The registry, with a project's `evidence-topics` file laid over it; `knowledge`: the
    drug knowledge base whose classes' members are subjects (the packaged one without)."""
    # Copies: the registry is parsed once per process (`load_data`) and the subjects are
    # written below; writing the shared dicts let a project's drug file reach later runs.
    topics = {t["id"]: dict(t) for t in load_data("evidence_topics.yaml")["topics"]}
    if extra_path:
        for topic in (load_yaml_file(extra_path) or {}).get("topics", []):
            topics[topic["id"]] = topic
    for topic in topics.values():
        if topic.get("level") not in LEVELS:
            raise ValueError(f"topic {topic.get('id')!r}: level must be one of {LEVELS}")
        problem = _pattern_problem(topic.get("sentence_pattern"))
        if problem:  # a project's pattern: a clear error with its line, not a traceback
            raise DataFileError(f"topic {topic.get('id')!r}: sentence_pattern {problem}",
                                Span.at(_pattern_line(extra_path, topic.get("id"))))
        patterns = topic.get("outcome_patterns")
        problems = (["must be a list of regular expressions"]
                    if patterns is not None and not isinstance(patterns, list)
                    else [_pattern_problem(pattern) for pattern in patterns or ()])
        problem = next((p for p in problems if p), "")
        if problem:
            raise DataFileError(f"topic {topic.get('id')!r}: outcome_patterns {problem}",
                                Span.at(_pattern_line(extra_path, topic.get("id"),
                                                      "outcome_patterns")))
    members = _member_names({key: _terms(topic.get("knowledge_classes"))
                             for key, topic in topics.items()}, knowledge)
    for key, topic in topics.items():
        topic["subjects"] = _terms(topic.get("subjects")) + members[key]
        topic["outcomes"] = _terms(topic.get("outcomes"))
    return topics


# A pattern's leading inline flags ("(?i)…"): Python takes global flags only at the start
# of the whole expression, so joined with others they must become a scoped group.
_LEADING_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")


def _alternation(patterns: list[str]) -> str:
    """One expression matching any of `patterns` (a topic's `outcome_patterns`), each valid
    alone: a pattern opening with inline flags ("(?i)since …") keeps them as a scoped group
    ("(?i:since …)"), for "a|(?i)b" does not compile. Patterns without are joined as
    written (the shipped programs are keyed by the text)."""
    out = []
    for pattern in patterns:
        flags = _LEADING_FLAGS.match(pattern)
        out.append(f"(?{flags.group(1)}:{pattern[flags.end():]})" if flags else pattern)
    return "|".join(out)


def _pattern_problem(pattern) -> str:
    """What is wrong with a topic's `sentence_pattern`, or "" (none given, or valid)."""
    if pattern is None:
        return ""
    if not isinstance(pattern, str):
        return "must be a string: a regular expression"
    try:
        re.compile(pattern)
    except re.error as error:
        return f"is not a valid regular expression: {error}"
    return ""


def _pattern_line(path: str | None, topic_id, field: str = "sentence_pattern") -> int:
    """The line of a topic's `sentence_pattern` in a project's topics file (1 when it is
    not found there): the line after the topic's `id` that holds the key."""
    if not path:
        return 1
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().split("\n")
    except OSError:
        return 1
    own_id = re.compile(r"\bid:\s*['\"]?" + re.escape(str(topic_id)) + r"['\"]?\s*(#.*)?$")
    start = next((n for n, line in enumerate(lines) if own_id.search(line)), None)
    if start is None:
        return 1
    return next((n + 1 for n in range(start, len(lines))
                 if field in lines[n]), start + 1)


def _split(matches) -> list[tuple[str, str, int, int]]:
    """(kind, topic, start, end) of each match, in order (a label is "kind\x1ftopic")."""
    return [(*label.split("\x1f", 1), s, e) for label, s, e in matches]


def _is_label_heading(section, labels: frozenset[str]) -> bool:
    """A heading that labels what follows ("Limitations:"), not a topic of its own: one of the
    registry's `label_headings`, ending in a colon (review of i295: "Physiotherapy:" is not)."""
    if section is None or not section.title or not section.title.rstrip().endswith(":"):
        return False
    return " ".join(section.title.rstrip().rstrip(":").lower().split()) in labels


def _unmasked(split) -> list[tuple[str, str, int, int]]:
    """The matches (`_split`) less the registry's `not_subjects` phrases and the subjects
    inside one ("the Food and Drug Administration", "TRT supplements the body's …"), and
    less the outcomes inside a subject of their own topic: "testosterone" in "testosterone
    booster" names the product, not an effect on the hormone (rounds 26-32: "A testosterone
    booster is a product …", 3 false alarms; session 24, i346)."""
    split = _outside_own_subjects(split)
    masks = [(s, e) for kind, _, s, e in split if kind == _MASK]
    if not masks:
        return split
    return [hit for hit in split if hit[0] != _MASK and not (
        hit[0] == "subject" and any(s < hit[3] and hit[2] < e for s, e in masks))]


def _outside_own_subjects(split) -> list[tuple[str, str, int, int]]:
    """The matches less each outcome within a subject span of the same topic (another
    topic's subject may hold it: "sperm count" is a measure of secular-decline and an
    outcome of the supplements' topics)."""
    subjects = {}
    for kind, key, s, e in split:
        if kind == "subject":
            subjects.setdefault(key, []).append((s, e))
    if not subjects:
        return split
    return [hit for hit in split if not (
        hit[0] == "outcome"
        and any(s <= hit[2] and hit[3] <= e for s, e in subjects.get(hit[1], ())))]


def _found_in(doc, start: int, end: int, split) -> tuple[dict[str, str], dict[str, str]]:
    """The subjects and outcomes of the matches (`_split`) within [start, end)."""
    subjects, outcomes = {}, {}
    for kind, key, s, e in split:
        if s < start or e > end:
            continue
        found = subjects if kind == "subject" else outcomes
        if key not in found:  # the first mention's words
            found[key] = span_text(doc, s, e)
    return subjects, outcomes


class ResearchCompounds:
    """The research compounds a page names that no list does (the registry's
    `research_compounds`): a code of the shape research compounds are sold under (BPC-157,
    TB-500, GHK-Cu, RAD-140, GW1516) that the drug knowledge base does not hold — neither
    as an approved drug nor as one of its research peptides, which are subjects already —
    and that no topic and no hormone of the body names; a shorter code (LL-37, GHRP-6) only
    where the page says in apposition what it is ("signal peptides like … LL-37"). Read
    once per document: the subjects of the topics `topics` names, wherever it is named."""

    def __init__(self, registry: dict, topics: dict[str, dict], knowledge=None):
        config = registry.get("research_compounds") or {}
        self.topics = [key for key in config.get("topics", ()) if key in topics]
        self.code = re.compile(config.get("code") or "(?!)")
        self.strong = re.compile(config.get("strong") or "(?!)")
        kinds = config.get("kinds") or "(?!)"
        # Not the body's own peptides: "C-peptide" (a lab test), "peptide hormone(s)",
        # "natriuretic peptide" (review of i180).
        kind = (rf"(?<![\w-])(?<!natriuretic )(?:{kinds})\b(?! hormones?\b)")
        item = r"[^\s,.;:()]+(?: [^\s,.;:()]+){0,2}"
        # Appositions only (review of i180): "the peptide X", "peptides like A, B and X",
        # "peptides such as / including / called X"; "X, a synthetic peptide", "X is a copper
        # tripeptide", "X peptide". No free window of words around the kind: "HIV-1 makes a
        # peptide", "COVID-19 vaccines use spike peptides" say nothing of what the code is.
        # (each searched only in a text naming a kind in some case: a text with a code
        # seldom does, and `before_kind` tries every word of the text)
        self.after_kind = _folded([
            rf"{kind}\s*(?:\(\w+\)\s*)?(?:,?\s*(?:\blike\b|\bsuch as\b|\bincluding\b|\bcalled\b"
            rf"|\bnamed\b|\bknown as\b)|:)\s*((?:{item}(?:,| and| or)\s*){{0,5}}{item})"
            rf"|(?i:\bthe) (?:[\w-]+ )?{kind} ([^\s,.;:()]+)"])
        self.before_kind = _folded([
            rf"([^\s,.;:()]+)(?:,? (?:(?:is|are|was) )?(?:a|an|the)(?: [\w-]+){{0,3}})? "
            rf"{kind}"])
        self.framing = re.compile(kind, re.IGNORECASE)
        # A code in brackets after a drug of the knowledge base is that drug's ("Semaglutide
        # (NN9535)"), not a research compound.
        self.drug_code = re.compile(r"([A-Za-z][\w-]*) \(([A-Z][A-Z0-9-]+)\)")
        # Substances a page says are supplements ("supplementing with D-aspartic acid",
        # "D-aspartic acid is a popular supplement", "the amino acid D-aspartic acid"), and
        # the abbreviation the page defines for them ("D-Aspartic acid (DAA)", read from the
        # document's acronym definitions). A name needs a chemical's shape ("D-", "L-",
        # "… acid", "… extract") except after "supplementing with" or in "the amino acid X" /
        # "the herb X": a capitalised word before "supplements" or "is a … supplement" opens
        # its sentence ("However, a supplement …", "There are a few supplements …") or names
        # a firm ("ConsumerLab, a testing company for supplements") (review of i180). The
        # noun in lower case: "the Supplement Facts label" is a title.
        sold = registry.get("supplement_apposition") or {}
        self.supplement_topics = [key for key in sold.get("topics", ()) if key in topics]
        # At most four words to a name: a long run of capitalised words is no name, and an
        # unbounded repeat makes the expression quadratic in it (review of i180).
        name = sold.get("name") or "(?!)"
        nouns = sold.get("nouns") or "(?!)"
        self.supplement = re.compile(
            rf"(?i:\bsupplement(?:ing|ed|s)? with) (?:the )?(?P<a>{name})"
            rf"|(?<![\w-])(?P<b>{name}) (?i:supplementation|supplements?)\b"
            rf"|(?<![\w-])(?P<c>{name})(?: \([^()]{{1,12}}\))?,? (?:(?i:is|was|are) )?"
            rf"(?i:a|an) (?:[\w-]+ ){{0,3}}"
            rf"(?:{nouns})\b"
            rf"|(?i:the|a|an) (?:[\w-]+ )?(?:{nouns}) (?P<d>{name})")
        self.stop_words = {w.lower() for w in sold.get("not_names", ())}
        self.chemical = re.compile(sold.get("chemical") or "(?!)")
        # Words one of `nouns` (or "supplement…") holds: a text without any is not read on.
        self.supplement_cues = tuple(sold.get("cues", ()))
        if knowledge is None and self.topics:
            from lint.sources.drugs import load_knowledge

            knowledge = load_knowledge()
        self.knowledge = knowledge
        self.taken = {term.lower() for topic in topics.values() for term in topic["subjects"]}
        # The subjects every supplement topic lists, each with every topic that lists it: a
        # page's abbreviation of one is a subject of the same topics.
        listed = frozenset.intersection(*(
            frozenset(term.lower() for term in topics[key]["subjects"])
            for key in self.supplement_topics)) if self.supplement_topics else frozenset()
        self.supplement_terms = {
            term: tuple(key for key, topic in topics.items()
                        if term in {t.lower() for t in topic["subjects"]})
            for term in listed}
        if knowledge is not None:
            self.taken |= {name.lower() for names in knowledge.lexicon.get("hormones", {}
                                                                          ).values()
                           for name in names}

    def _unknown(self, name: str) -> bool:
        return (name.lower() not in self.taken
                and (self.knowledge is None or self.knowledge.find(name) is None))

    def names(self, texts, definitions=()) -> dict[str, "PageName"]:
        """The research compounds and supplements named in `texts` (a document's sentences
        and headings), each with the topics it is a subject of and why it is taken for one;
        `definitions`: the document's acronym definitions (AcronymEvent), whose expansion
        names a supplement found so."""
        texts = list(texts)
        found = {code: PageName(tuple(self.topics), (
                    "is taken for a research compound: "
                    + ("the page says what it is" if apposition else
                       "a research compound's code on a page about such compounds")
                    + f", “{_quote(said)}”"), True)
                 for code, (said, apposition) in self._codes(texts).items()} \
            if self.topics else {}
        if self.supplement_topics:
            for supplement, (said, chemical, keys) in self._supplements(
                    texts, definitions).items():
                found.setdefault(supplement, PageName(
                    keys or tuple(self.supplement_topics),
                    f"is taken for a supplement: the page says so, “{_quote(said)}”", chemical))
        return found

    def _supplements(self, texts, definitions=()) -> dict[str, tuple[str, bool, tuple]]:
        """name -> (the text that says so, chemical shape, the topics of the listed subject
        an abbreviation stands for, or () for the supplement topics)."""
        found: dict[str, tuple[str, str, bool]] = {}  # lower case -> spelling, text, shape
        # Only the texts that name a kind of supplement are read with the long expression.
        for text in texts:
            lower = text.lower()
            if not any(cue in lower for cue in self.supplement_cues):
                continue
            for match in self.supplement.finditer(text):
                group = next(g for g in ("a", "b", "c", "d") if match.group(g))
                words = match.group(group).split()
                while words and words[0].lower() in self.stop_words:
                    words = words[1:]  # "Taking D-aspartic acid", "The herb Fadogia"
                name = " ".join(words)
                chemical = bool(self.chemical.search(name))
                # A word, not an organisation's initials ("NIH", "DoD").
                if (re.search("[a-z]{3}", name) and self._unknown(name)
                        and not any(word.lower() in self.taken for word in words)
                        and (group in "ad" or chemical)):
                    found.setdefault(name.lower(), (name, text.strip(), chemical))
        names = {name: (said, chemical, ()) for name, said, chemical in found.values()}
        for event in definitions:  # "D-Aspartic acid (DAA)": the page's own abbreviation
            # of a supplement found so, or of one the supplement topics list (bare "DAA" is
            # no listed subject: it is also hepatitis C's antivirals; review of i275)
            if (event.kind == "definition"
                    and (event.expansion.lower() in found
                         or event.expansion.lower() in self.supplement_terms)
                    and event.acronym not in names and self._unknown(event.acronym)):
                names[event.acronym] = (getattr(event.sentence, "text", event.expansion), False,
                                        self.supplement_terms.get(event.expansion.lower(), ()))
        return names

    def _codes(self, texts) -> dict[str, tuple[str, bool]]:
        """Each research compound's code, with the text that says what it is (True) or that
        names a kind of compound on the page (False)."""
        coded = [(text, codes) for text in texts if (codes := self.code.findall(text))]
        if not coded:
            return {}  # most pages: no code, nothing more to read
        framing = next((text for text in texts if self.framing.search(text)), None)
        drugs = {code for text, _ in coded for word, code in self.drug_code.findall(text)
                 if self.knowledge is not None and self.knowledge.find(word) is not None}
        found: dict[str, str] = {}
        for text, codes in coded:
            said = set()
            for match in self.after_kind.finditer(text):
                said.update(m.group() for m in self.code.finditer(
                    match.group(1) or match.group(2)))
            for match in self.before_kind.finditer(text):
                said.update(m.group() for m in self.code.finditer(match.group(1)))
            for code in codes:
                if code in found or code in drugs or not self._unknown(code):
                    continue
                if code in said:
                    found[code] = (text.strip(), True)
                elif framing is not None and self.strong.fullmatch(code):
                    found[code] = (framing.strip(), False)
        return found

    def spans(self, doc, names) -> list[tuple[str, str, int, int]]:
        """(kind, topic, start, end) of each mention of `names` in `doc`, as `_split` gives:
        a chemical's name or a code in any case, any other name as the page writes it
        ("There", "However" are no supplement's mentions)."""
        if not names:
            return []
        ordered = sorted(names, key=len, reverse=True)
        pattern = re.compile("(?<![\\w-])(?:" + "|".join(
            re.escape(n) if not names[n].any_case else f"(?i:{re.escape(n)})"
            for n in ordered) + ")(?![\\w-])")
        folded = {name.lower(): page.topics for name, page in names.items()}
        out = []
        for match in pattern.finditer(doc_text(doc)):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                out += [("subject", key, span.start, span.end)
                        for key in folded[match.group().lower()]]
        return out


def _quote(text: str, most: int = 80) -> str:
    """A page's sentence, cut short for a message."""
    return text if len(text) <= most else text[:most - 1].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class PageName:
    """A subject read from the page: its topics, why it was taken for one, and whether it is
    matched in any case (a chemical's name, a code) or only as written."""

    topics: tuple
    reason: str
    any_case: bool


def _folded(patterns: list[str]) -> FoldedGatedPattern:
    """The case-insensitive alternation of `patterns`, searched only in a text holding a
    word each needs: most sentences hold none, and an unanchored case-insensitive search
    tries every position of the sentence."""
    return FoldedGatedPattern(re.compile("|".join(patterns) or "(?!)", re.IGNORECASE),
                              patterns)


# Detectors built in this process, by (pipeline, registry, knowledge base): building one
# (its phrase index) is most of an in-process run's fixed cost. Each entry holds what its
# key's ids name, so an id is never reused for another object while it is kept.
_DETECTORS: dict[tuple[int, int, int], tuple] = {}


def detector_for(nlp, topics: dict[str, dict], knowledge=None) -> "TopicDetector":
    """One detector per pipeline, registry and knowledge base in a process (a few kept).

    The detector only reads them, and the engine hands the same registry to every run that
    reads the same files (lint/setup_cache.py)."""
    key = (id(nlp), id(topics), id(knowledge))
    if key not in _DETECTORS:
        if len(_DETECTORS) >= 4:
            _DETECTORS.pop(next(iter(_DETECTORS)))
        _DETECTORS[key] = (nlp, topics, knowledge, TopicDetector(nlp, topics, knowledge))
    return _DETECTORS[key][3]


def _other_subject_words(subjects: list[str], stop_words) -> dict[str, set[str]]:
    """Each one-word subject (lower case) -> the words of the topic's other subjects, with
    their plurals ("GH secretagogues (GHSs)", round 1): words, not fragments or stop words
    ("of", "l", "mk"), as an expansion sharing only those with the topic is still something
    else. A subject's own word counts only where another word gives the same form. The
    subjects' words are read once per topic: a topic takes its classes' members (484
    subjects in all), and reading them again for each one-word subject cost every check's
    start-up about 20 ms."""
    forms_of: dict[str, tuple[str, str]] = {}
    for other in subjects:
        for word in re.findall(r"[a-z]+", other.lower()):
            if len(word) >= 3 and word not in stop_words and word not in forms_of:
                forms_of[word] = with_plural(word)
    givers: dict[str, int] = {}  # form -> how many distinct words give it
    for forms in forms_of.values():
        for form in set(forms):
            givers[form] = givers.get(form, 0) + 1
    out: dict[str, set[str]] = {}
    for term in subjects:
        if term.isalnum():
            own = term.lower()
            dropped = {form for form in set(forms_of.get(own, ())) if givers[form] == 1}
            out[own] = set(givers).difference(dropped)
    return out


class TopicDetector:
    def __init__(self, nlp, topics: dict[str, dict], knowledge=None):
        self.nlp = nlp
        self.topics = topics
        self.index = PhraseIndex(nlp, attr="LOWER")
        # Sentences that touch no topic whatever they name: a drug's approval history is
        # regulatory record, not a claim on the weak evidence for its use.
        registry = load_data("evidence_topics.yaml")
        self.compounds = ResearchCompounds(registry, topics, knowledge)
        self._knowledge = knowledge  # the approved drugs' names, read when first needed
        # (each pattern searched only in a sentence holding a word it needs: the record's
        # patterns scan the whole sentence, and most sentences hold no "approved")
        off_topic = registry.get("off_topic", {}).get("patterns", [])
        self.off_topic = GatedSearches([GatedPattern(re.compile("|".join(off_topic) or "(?!)"),
                                                     off_topic)])
        # Definitions of a condition: about the condition, not a carried or heading subject.
        self.definition = re.compile("|".join(
            registry.get("definitions", {}).get("patterns", [])) or "(?!)", re.IGNORECASE)
        # The condition of low testosterone named without a subject: about the condition.
        self.condition = _folded(registry.get("conditions", {}).get("patterns", []))
        # A body's own workings: an outcome governed by a role predicate ("plays a role in",
        # "is involved in") where no benefit verb makes it a claim.
        roles = registry.get("physiology_roles", {})
        self.roles = re.compile("|".join(roles.get("roles", [])) or "(?!)", re.IGNORECASE)
        # Roles that a named intake ("Oral DHEA is converted to …") makes a claim of.
        self.intake_roles = re.compile("|".join(roles.get("unless_intake", [])) or "(?!)",
                                       re.IGNORECASE)
        self.intake = re.compile("|".join(roles.get("intake", [])) or "(?!)", re.IGNORECASE)
        # What people attend to ("growing interest in …"): off topic unless the rest of the
        # sentence names a benefit or gives a reason.
        attention = registry.get("attention", {})
        self.attention = re.compile("|".join(attention.get("patterns", [])) or "(?!)",
                                    re.IGNORECASE)
        self.attention_reasons = re.compile("|".join(attention.get("reasons", [])) or "(?!)",
                                            re.IGNORECASE)
        self.benefits = re.compile("|".join(roles.get("benefits", [])) or "(?!)",
                                   re.IGNORECASE)
        self.reference_nouns = frozenset(
            form for noun in registry.get("reference_nouns", ()) for form in (noun, noun + "s"))
        self._definite_ids = word_ids(nlp.vocab, _DEFINITE)
        # The registry's words for evidence itself ("animal studies", "evidence"), their
        # plurals as the index matches them: what a reported clause may open with.
        self._evidence_talk = frozenset(
            form.lower() for term in registry.get("classes", {}).get("evidence_talk", ())
            for form in with_plural(term))
        self._reference_ids = word_ids(nlp.vocab, self.reference_nouns)
        # Everyday measures (diet, exercise, lifestyle, sleep) named in passing: a sentence
        # that does not name one again is not about it (`not_carried`), plurals included.
        self._measure_topics = frozenset(_terms(registry.get("measure_topics")))
        # Topics that need a word of their own kind in the sentence (`sentence_pattern`: a
        # secular decline is told with a change, "halved over the past 40 years").
        self._topic_patterns = {key: re.compile(topic["sentence_pattern"], re.IGNORECASE)
                                for key, topic in topics.items()
                                if topic.get("sentence_pattern")}
        # Outcomes told in a shape, not a word (`outcome_patterns`: a span between dated
        # years, "since 1938", "from 2012 to 2022"), each a topic's outcome where it matches.
        self._outcome_patterns = {key: re.compile(_alternation(topic["outcome_patterns"]),
                                                  re.IGNORECASE)
                                  for key, topic in topics.items()
                                  if topic.get("outcome_patterns")}
        self._not_carried = frozenset(
            form.lower() for term in _terms(registry.get("not_carried"))
            for form in with_plural(term))
        # How many sentences on a page's agent is still what its evidence talk is about.
        self._agent_reach = int(registry.get("page_agent_reach", 0))
        # How many opening sentences of a page may name its subject (`page_subject_lede`).
        self._lede = int(registry.get("page_subject_lede", 0))
        # Words for the safety of an agent ("safety record", "tolerability"): a statement of
        # them naming no agent weighs the page's agent, as a statement of the evidence does.
        self._safety_talk = frozenset(
            form.lower() for term in _terms(registry.get("safety_talk"))
            for form in with_plural(term))
        self._label_headings = frozenset(registry.get("label_headings", ()))
        # Headings on the body's own hormone (`hormone_headings`): no product's section.
        self._hormone_headings = re.compile(
            "|".join(rf"\b{re.escape(term)}\b"
                     for term in registry.get("hormone_headings", ())) or "(?!)",
            re.IGNORECASE)
        # Treatments only a topic's outcome word names (`other_treatments`: testosterone on
        # prescription): a sentence or heading naming one is not about the page's subject.
        self._treatments = _folded(registry.get("other_treatments", []))
        # Outcomes that are weak talk only of an unapproved agent (`approved_trial_words`).
        self._trial_words = frozenset(
            form.lower() for term in _terms(registry.get("approved_trial_words"))
            for form in with_plural(term))
        self._approved: frozenset[str] | None = None
        # Words for a kind of agent, not one (`generic_subjects`): never the page's agent.
        self._generic = frozenset(
            form.lower() for term in _terms(registry.get("generic_subjects"))
            for form in with_plural(term))
        # Treatments that no topic is about (`procedures`): a sentence naming one, or a
        # drug the mechanism annotator found, takes no subject from the sentence before.
        # (each searched only in a sentence holding one of its words in some case: most hold
        # none, and a case-insensitive alternation is tried at every position)
        self._procedures = _folded([
            r"\b(?:" + "|".join(re.escape(p) for p in _terms(registry.get("procedures")))
            + r")\b" if registry.get("procedures") else "(?!)"])
        dismissed = registry.get("agent_dismissed") or {}
        self._stopped, self._status = (
            _folded([r"\b(?:" + "|".join(re.escape(w) for w in _terms(dismissed.get(k)))
                     + r")\b"]) if dismissed.get(k) else _folded([])
            for k in ("stopped", "status"))
        # Each one-word subject (an acronym among them: GHS, TRT, PRP), with the words of the
        # other subjects of its topics: what a page's own expansion of it must share.
        from spacy.lang.en.stop_words import STOP_WORDS  # as in_context.py does

        self._acronym_words: dict[str, set[str]] = {}
        for topic in topics.values():
            for term, words in _other_subject_words(topic["subjects"], STOP_WORDS).items():
                self._acronym_words.setdefault(term, set()).update(words)
        # Words of the topics: a drug mention that is one ("testosterone") is no treatment.
        self._topic_words = frozenset(
            term.lower() for topic in topics.values()
            for term in topic["subjects"] + topic["outcomes"])
        for key, topic in topics.items():
            self.index.add_phrases(f"subject\x1f{key}", _acronym_plurals(topic["subjects"]))
            self.index.add_phrases(f"outcome\x1f{key}", topic["outcomes"])
        # Words that hold a subject's word but name something else (an agency, the body's
        # own defences, a verb): a subject inside one is none.
        self.index.add_phrases(f"{_MASK}\x1f", registry.get("not_subjects", ()))
        # Subjects that are none in a sentence of a test or of their own disease ("check
        # cortisol … in a blood test", "Cushing's syndrome … too much cortisol").
        # (subjects, pattern, whether a match drops them or keeps them): `only_subject_contexts`
        # are subjects only in a sentence matching their patterns ("bremelanotide … in men").
        # `only_outcome_contexts`: outcomes only in a sentence matching their patterns
        # ("… the partners of male patients were able to get pregnant").
        self.contexts = [(kind, frozenset(w.lower() for w in spec[kind + "s"]),
                          re.compile("|".join(spec["patterns"]), re.IGNORECASE), only)
                         for key, kind, only in (
                             ("not_subject_contexts", "subject", False),
                             ("only_subject_contexts", "subject", True),
                             ("only_outcome_contexts", "outcome", True))
                         for spec in registry.get(key, ())]
        # (kind, word) -> the contexts naming it: a sentence tests only the patterns of the
        # contexts its own subjects and outcomes name, not every context's word list
        self._contexts_of: dict[tuple[str, str], list[int]] = {}
        for at, (kind, terms, _pattern, _only) in enumerate(self.contexts):
            for term in terms:
                self._contexts_of.setdefault((kind, term), []).append(at)

    def _found(self, doc, compounds=None):
        """A Doc's topic subjects and outcomes (`compounds`: the page's research compounds)."""
        split = (_unmasked(_split(self.index(doc))) + self.compounds.spans(doc, compounds)
                 + self._shaped_outcomes(doc))
        split.sort(key=lambda hit: hit[2])  # the first mention's words, as in a sentence
        return _found_in(doc, 0, len(doc), self._in_context(doc, 0, len(doc), doc_text(doc), split))

    def _shaped_outcomes(self, doc) -> list[tuple[str, str, int, int]]:
        """(kind, topic, start, end), as `_split` gives, of each match of a topic's
        `outcome_patterns` in `doc`."""
        out = []
        # (`doc.text` rebuilds the text token by token at every read: once per Doc here)
        text = doc_text(doc) if self._outcome_patterns else ""
        for key, pattern in self._outcome_patterns.items():
            for match in pattern.finditer(text):
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is not None:
                    out.append(("outcome", key, span.start, span.end))
        return out

    def _in_context(self, doc, start: int, end: int, text: str, split):
        """The matches (`_split`) less the subjects and outcomes within [start, end) that
        the sentence `text` makes none (the registry's `not_subject_contexts`, and the
        `only_subject_contexts` and `only_outcome_contexts` it does not match)."""
        if not self.contexts:
            return split
        words = {(kind, span_text(doc, s, e).lower()) for kind, _, s, e in split
                 if kind in ("subject", "outcome") and start <= s and e <= end}
        drop = set()
        for at in sorted({at for word in words for at in self._contexts_of.get(word, ())}):
            kind, terms, pattern, only = self.contexts[at]
            if bool(pattern.search(text)) != only:
                drop |= {(kind, term) for term in terms}
        if not drop:
            return split
        return [hit for hit in split if not (
            start <= hit[2] and hit[3] <= end
            and (hit[0], span_text(doc, hit[2], hit[3]).lower()) in drop)]

    @staticmethod
    def _opens_with_outcome(doc, sentence, matches) -> bool:
        """The sentence opens with an outcome ("Testosterone affects several organs",
        "Sperm cells are bombarded by free radicals"): it is about the outcome itself."""
        return TopicDetector._opening_outcome(doc, sentence, matches) is not None

    @staticmethod
    def _opening_outcome(doc, sentence, matches) -> str | None:
        """The outcome the sentence opens with, lower-cased, or None."""
        first = sentence.token_start
        while first < sentence.token_end - 1 and doc[first].lower_ in _ARTICLES:
            first += 1
        for label, s, e in matches:
            if label.startswith("outcome") and s <= first < e:
                return span_text(doc, s, e).lower()
        return None

    def _reports_evidence(self, doc, sentence, matches) -> bool:
        """A reported clause's pronoun can be the subject before: the sentence opens with
        no outcome, or with evidence talk ("Animal studies have shown that it …"). One that
        opens with another outcome is about that ("Healing is slow, and studies show that
        it depends on blood supply": "it" is the healing; review of i215, session 18)."""
        opening = self._opening_outcome(doc, sentence, matches)
        return opening is None or opening in self._evidence_talk

    @staticmethod
    def _only_listed(doc, sentence, split, key: str) -> bool:
        """Every subject of the topic the sentence names is an item of a comma list beside
        every outcome it names: a list of things, not a claim that one acts on another."""
        spans = {"subject": [], "outcome": []}
        for kind, found, s, e in split:  # `_split` of the block's matches
            if found == key and sentence.token_start <= s and e <= sentence.token_end:
                spans[kind].append((s, e))
        return bool(spans["subject"]) and all(
            _list_siblings(doc, a, b) for a in spans["subject"] for b in spans["outcome"])

    def _only_physiology(self, doc, sentence, split, key: str) -> bool:
        """Every outcome of the topic the sentence names comes after a role predicate of its
        clause ("… plays a central role in puberty, testosterone regulation, sperm
        production"), and no benefit verb makes the sentence a claim: what the subject does
        in the body, not what taking it brings."""
        text = sentence.text
        if self.benefits.search(text):
            return False
        base = doc[sentence.token_start].idx
        roles = list(self.roles.finditer(text))
        if not self.intake.search(text):
            roles = sorted(roles + list(self.intake_roles.finditer(text)),
                           key=lambda m: m.start())
        if not roles:
            return False
        # A research compound that bears the role itself ("TB-500 plays a key role in tissue
        # repair") is claimed to act: that is the weak claim, not the body's own workings.
        codes = [doc[e - 1].idx + len(doc[e - 1].text) - base
                 for kind, found, s, e in split
                 if kind == "subject" and found == key
                 and sentence.token_start <= s and e <= sentence.token_end
                 and _CODE.search(span_text(doc, s, e))]
        if any(0 <= m.start() - end and len(text[end:m.start()].split()) <= _BEARER_WORDS
               and "," not in text[end:m.start()] for m in roles for end in codes):
            return False
        ends = [m.end() for m in roles]
        starts = [doc[s].idx - base for kind, found, s, e in split
                  if kind == "outcome" and found == key
                  and sentence.token_start <= s and e <= sentence.token_end]
        return bool(starts) and all(
            any(end <= start and ";" not in text[end:start] for end in ends)
            for start in starts)

    def _carriable(self, subjects: dict[str, str],
                   names: dict[str, list[str]] | None = None,
                   exclude: frozenset[str] = frozenset()) -> dict[str, str]:
        """The subjects a sentence naming none may take from the one before: not the
        everyday measures (`not_carried`), which the next sentence names again when it is
        about them, nor the words of `exclude`. `names`: every subject word of each topic
        the sentence before named ("A healthy diet rich in zinc …" is about zinc too)."""
        out = {}
        for key, name in subjects.items():
            kept = [word for word in (names or {}).get(key, [name])
                    if word.lower() not in self._not_carried
                    and word.lower() not in exclude]
            if kept:
                out[key] = kept[0]
        return out

    def _redefined(self, events) -> frozenset[str]:
        """The acronyms a page defines with an expansion sharing no word with the subjects of
        the topics the acronym is a subject of ("GHS" for "Ghana Health Service", not "TRT"
        for "T replacement therapy"), as written and in their plural."""
        out = set()
        for event in events:
            words = self._acronym_words.get(event.acronym.lower())
            if (event.kind == "definition" and words is not None
                    and not words & set(re.findall(r"[a-z]+", event.expansion.lower()))):
                out |= {event.acronym, event.acronym + "s"}
        return frozenset(out)

    def _agents(self, subjects: dict[str, str], names: dict[str, list[str]]) -> dict[str, str]:
        """The subjects that name one agent (BPC-157, tongkat ali, growth hormone): not a
        kind of agent (`generic_subjects`: "peptides", "supplements"), whose evidence a page
        may weigh for an approved member ("The pivotal evidence came from two … phase 3
        trials" on a page about bremelanotide), nor an everyday measure (`not_carried`)."""
        return self._carriable(subjects, names, exclude=self._generic)

    def _speaks_of_evidence(self, doc, sentence, split, safety: bool = False) -> bool:
        """The sentence names the evidence itself (the registry's `evidence_talk`: "animal
        studies", "clinical trial", "data"), as an outcome of any topic; with `safety`, or
        the agent's safety (`safety_talk`: "safety record", "tolerability")."""
        words = self._evidence_talk | self._safety_talk if safety else self._evidence_talk
        return any(kind == "outcome" and sentence.token_start <= s and e <= sentence.token_end
                   and span_text(doc, s, e).lower() in words
                   for kind, _, s, e in split)

    @staticmethod
    def _outcome_first(doc, sentence, split) -> bool:
        """An outcome begins within the sentence's first `_OUTCOME_FIRST` words: what it
        is about is the evidence, the safety or the use itself ("The acute safety record is
        clean"), not a thing of its own ("Unlicensed products have not been assessed for
        safety"), which a page's subject does not reach."""
        last = sentence.token_start + _OUTCOME_FIRST
        return any(kind == "outcome" and sentence.token_start <= s < last
                   and e <= sentence.token_end for kind, _, s, e in split)

    def _names_treatment(self, sentence, drug_sentences: frozenset[int]) -> bool:
        """The sentence names a drug of the knowledge base (the mechanism annotator's
        mentions) or a procedure (`procedures`): it is about that treatment ("Clomiphene
        citrate improves sperm count", "Varicocele repair improves sperm motility"), not
        about the supplement of the sentence before. Or one stopped ("… after stopping
        testosterone", `agent_dismissed: stopped`): about that treatment too."""
        return id(sentence) in drug_sentences or self._procedure_or_stopped(sentence.text)

    def _off_topic(self, text: str, names=()) -> bool:
        """The sentence is regulatory record or a definition (the registry's `off_topic`),
        or tells only what people attend to. `names`: the sentence's subject words."""
        return (bool(self.off_topic.search(0, text, self.off_topic.open(text)))
                or self._attention_only(text, names))

    def _attention_only(self, text: str, names=()) -> bool:
        """The sentence tells what people attend to ("there has been growing interest in
        …") and, the attention phrase and the subject's own words left out ("increasing",
        "testosterone treatment" are no benefit), names no benefit and gives no reason:
        not a claim of effect."""
        m = self.attention.search(text)
        if not m:
            return False
        rest = text[:m.start()] + " " + text[m.end():]
        for name in names:
            rest = re.sub(r"\b" + re.escape(name) + r"\b", " ", rest, flags=re.IGNORECASE)
        return not (self.benefits.search(rest) or self.attention_reasons.search(rest))

    def _procedure_or_stopped(self, text: str) -> bool:
        return bool(self._procedures.search(text)) or bool(self._stopped.search(text))

    def _names_other_treatment(self, sentence, drug_names: dict[int, set[str]],
                               page_agent: dict[str, str]) -> bool:
        """The sentence names a procedure (`procedures`) or a known drug, topic words too,
        other than the page's agent: the page's agent no longer carries to it."""
        agent = {name.lower() for name in page_agent.values()}
        return (bool(drug_names.get(id(sentence), set()) - agent)
                or self._procedure_or_stopped(sentence.text))

    def _leaves_subject(self, sentence, drug_names: dict[int, set[str]],
                        page_subject: dict[str, str]) -> bool:
        """The sentence names another treatment than the page's subject: a known drug or a
        procedure (`_names_other_treatment`), or one only a topic's outcome word names
        (`other_treatments`: "The safety record of licensed testosterone is long." on an
        ipamorelin page is about testosterone)."""
        return (self._names_other_treatment(sentence, drug_names, page_subject)
                or bool(self._treatments.search(sentence.text)))

    def _approved_trial(self, doc, sentence, split, key: str, subject: str) -> bool:
        """The topic's only outcomes in the sentence are `approved_trial_words` ("trial")
        and its subject is an approved drug (a DrugCentral record: tesamorelin, sermorelin):
        a trial of a licensed drug is mainstream evidence, not the weak talk of an
        unlicensed one ("Tesamorelin cut belly fat in a randomised trial")."""
        found = [span_text(doc, s, e).lower() for kind, k, s, e in split
                 if kind == "outcome" and k == key
                 and sentence.token_start <= s and e <= sentence.token_end]
        return (bool(found) and all(word in self._trial_words for word in found)
                and subject.lower() in self._approved_names())

    def _approved_names(self) -> frozenset[str]:
        """The names in running text of the knowledge base's approved drugs (a DrugCentral
        record), read once, when a sentence first needs them: not at start-up."""
        if self._approved is None:
            if self._knowledge is None:
                from lint.sources.drugs import load_knowledge

                self._knowledge = load_knowledge()
            names = self._knowledge.text_names()
            self._approved = frozenset(
                name.lower() for key, drug in self._knowledge.drugs.items()
                if drug.drugcentral_id is not None or drug.drugcentral_name or drug.approval
                for name in names.get(key, ()))
        return self._approved

    def _dismisses(self, text: str, item: bool) -> bool:
        """The sentence says the agent was stopped (`agent_dismissed: stopped`), or, as a
        list item, gives it a negative status ("- BPC-157: not approved",
        `agent_dismissed: status`): it is not what the page weighs the evidence for."""
        return bool(self._stopped.search(text)) or (item and bool(self._status.search(text)))

    def _clause(self, doc, sentence, split, key: str) -> str:
        """The clause(s) of the sentence from the topic's first word to its last
        (`_split` matches), out to the clause's bounds: where its `sentence_pattern` is
        read ("Male infertility affects millions of couples worldwide, and IVF can increase
        their chances" holds no decline)."""
        text = sentence.text
        base = doc[sentence.token_start].idx
        spans = [(doc[s].idx - base, doc[e - 1].idx + len(doc[e - 1].text) - base)
                 for kind, found, s, e in split
                 if found == key and sentence.token_start <= s and e <= sentence.token_end]
        if not spans:
            return text
        first, last = min(a for a, _ in spans), max(b for _, b in spans)
        left = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(text, 0, first)), default=0)
        right = next((m.start() for m in _CLAUSE_BOUNDARY.finditer(text, last)), len(text))
        return text[left:right]

    def _heading_subjects(self, section, document, cache: dict, compounds=None
                          ) -> dict[str, str]:
        """The subjects of the innermost heading above the section that names one (its own,
        then its parents', up to the page's title), or of the front matter's title."""
        titles = list(reversed(section.path)) if section is not None else []
        front = (getattr(document, "front_matter", None) or {}).get("title")
        if isinstance(front, str):
            titles.append(front)
        for number, title in enumerate(titles):
            if title not in cache:
                cache[title] = self._found(self.nlp(title), compounds)[0]
            if cache[title]:
                return cache[title]
            if number == 0 and section is not None and title == section.title \
                    and self._hormone_heading(title):
                return {}  # about the body's own hormone, not the product of the title
        return {}

    def _hormone_heading(self, title: str) -> bool:
        """A heading on the body's own hormone (`hormone_headings`: "Understanding
        testosterone and its benefits" under a booster page's title)."""
        return bool(self._hormone_headings.search(title))

    def annotate(self, document) -> None:
        current: dict[str, str] = {}
        titled: dict[str, str] = {}  # the subjects of the headings above the section
        title_cache: dict[str, dict[str, str]] = {}
        row_cache: dict[str, dict[str, str]] = {}  # a row header's subjects, read once a row
        named: dict[str, str] = {}  # the section's subjects last named, however far back
        # The page's agent last named, in any section before: what a statement of the
        # evidence naming no agent is about ("Human trials are nearly absent." on a page
        # about BPC-157). Only agents, not the everyday measures (`not_carried`).
        page_agent: dict[str, str] = {}
        since_agent = 0  # sentences read since the page last named an agent
        # The page's subject: the agent its title names, or else the first agent named in
        # its opening sentences (`page_subject_lede`). A statement of the evidence or the
        # safety naming no agent anywhere on the page is about it ("The safety record is
        # spotless." under a heading naming nothing, on a page opening on ipamorelin), unless
        # its section's heading names another subject or a treatment (`subject_paused`), the
        # sentence names another treatment, or the page has turned away from it. An agent of
        # the opening is the page's subject once the page names it again (`subject_again`):
        # one named once in passing is not what the page is about (i255's reach holds).
        # After a sentence naming another treatment it is off (`subject_off`) until the page
        # names it again or the next heading; after the page dismissed it ("He stopped
        # injecting …"), for good.
        page_subject: dict[str, str] = {}
        subject_paused = subject_again = subject_off = False
        # The level of the heading that named the page's subject (0: its opening): a later
        # heading at that level or above starts a sibling section, not a part of it.
        subject_level = 0
        # Why the page's subject is one, for EVD001 ("is the page's subject, named in its
        # title (line 1)"): a carried hit is on a line that never names it.
        subject_from = ""
        dismissed: dict[str, str] = {}  # the agents the page turned away from
        read = 0  # the page's sentences read
        lead_in: dict[str, str] = {}  # the subjects of the last sentence ending in ":"
        section = None
        # Whether the sentence before had its subject from the one before it.
        carried = carries = False
        compounds = self.compounds.names(
            [block.text for block in document.blocks if block.nlp_doc is not None]
            + [s.title for s in document.sections if s.title]
            + [t for t in [(getattr(document, "front_matter", None) or {}).get("title")]
               if isinstance(t, str)],
            getattr(document.annotations, "acronyms", ()))
        # Acronyms the page defines as something no topic is about ("The Ghana Health
        # Service (GHS)"): no subject on that page, however a topic spells its own.
        redefined = self._redefined(getattr(document.annotations, "acronyms", ()))
        # Why a subject read from the page was taken for one (EVD001 says it).
        reasons = {name.lower(): page.reason for name, page in compounds.items()}
        # Every known drug each sentence names, topic words too ("after stopping
        # testosterone"): a sentence about another drug ends the page agent's reach
        # (mechanisms.py's mentions, read: not judged again here).
        drug_names: dict[int, set[str]] = {}
        for m in getattr(document.annotations, "drug_mentions", ()):
            if m.known:
                drug_names.setdefault(id(m.sentence), set()).add(m.name.lower())
        # The sentences naming a drug of the knowledge base that is no topic word.
        drug_sentences = frozenset(sid for sid, found in drug_names.items()
                                   if found - self._topic_words)
        names: dict[str, list[str]] = {}  # every subject word of the sentence before
        for block in document.blocks:
            if block.section is not section:
                # A label heading ("Limitations:", "Research findings:"; the registry's
                # `label_headings`) labels a part of the section above, as a sub-heading
                # would: what that section was about, named there or in its heading, carries
                # on under it (session 22, i295). Any other heading, a colon-ended one naming
                # a topic of its own too ("Physiotherapy:"; review of i295), starts another
                # subject: evidence talk under it weighs what it is about, not a supplement
                # named above (review of i255).
                label = section is not None and _is_label_heading(block.section,
                                                                  self._label_headings)
                section, current, lead_in = block.section, {}, {}
                if not label:
                    # Another agent or treatment turned the page's subject off for its
                    # section only: a section on what the peptide releases or is mixed with
                    # leaves the page's safety section to it (last read of i332).
                    named, page_agent, subject_off = {}, {}, False
                if block.kind is BlockKind.HEADING and block.nlp_doc is not None:
                    # The heading's own words, already parsed: no second pass over them.
                    title_cache.setdefault(section.title,
                                           self._found(block.nlp_doc, compounds)[0])
                    heading = self._agents(title_cache[section.title], {})
                    if not read and heading and not page_subject:
                        # the page's title names its agent; or, under a title naming none
                        # (a site's category, "Recovery & Repair"), the first heading before
                        # any sentence does ("GHK-Cu"): what the page is about (session 31, i428)
                        page_subject, subject_again = heading, True
                        subject_level = section.level
                        where = "title" if section.level == 1 else "first heading"
                        subject_from = (f"is the page's subject, named in its {where} "
                                        f"(line {section.line})")
                    again = bool(page_subject) and _same_agent(heading, page_subject)
                    subject_again = subject_again or again
                    subject_paused = (
                        bool(title_cache[section.title]) and not again
                        or self._procedure_or_stopped(section.title or "")
                        or bool(self._treatments.search(section.title or "")))
                titled = (self._heading_subjects(section, document, title_cache, compounds)
                          if not label or title_cache.get(section.title) else titled)
            doc = block.nlp_doc
            if doc is None or block.kind in (BlockKind.HEADING, BlockKind.CAPTION,
                                             BlockKind.FRONT_MATTER):
                continue
            row_subjects = {}
            if block.kind is BlockKind.TABLE_CELL:
                if block.meta.header or block.meta.column == 0:
                    continue
                if block.meta.row_header:
                    header = block.meta.row_header
                    if header not in row_cache:
                        row_cache[header] = self._found(self.nlp(header), compounds)[0]
                    row_subjects = row_cache[header]
            matches = self.index(doc)  # once per block, not once per sentence
            shaped = self._shaped_outcomes(doc)
            split = _unmasked(_split(matches)) + self.compounds.spans(doc, compounds) + shaped
            if redefined:
                split = [hit for hit in split if not (
                    hit[0] == "subject" and span_text(doc, hit[2], hit[3]) in redefined)]
            if compounds or shaped:
                split.sort(key=lambda hit: hit[2])
            for sentence in block.sentences:
                from_page = ""  # the page subject's reason, when the sentence takes it
                # The block's hits within the sentence, picked once: every reader below
                # keeps to them (a sentence never reads another's), not each the block's.
                inside = [hit for hit in split if sentence.token_start <= hit[2]
                          and hit[3] <= sentence.token_end]
                in_context = self._in_context(doc, sentence.token_start, sentence.token_end,
                                              sentence.text, inside)
                subjects, outcomes = _found_in(doc, sentence.token_start, sentence.token_end,
                                               in_context)
                before_names, names = names, {}
                for kind, key, s, e in in_context:
                    if (kind == "subject" and sentence.token_start <= s
                            and e <= sentence.token_end):
                        names.setdefault(key, []).append(span_text(doc, s, e))
                for key in self._measure_topics & subjects.keys() - outcomes.keys():
                    # "… can affect the quality of sperm" names no span of time: the measure
                    # is the outcome of a claim about the subject before, not a subject.
                    del subjects[key]
                first_words = _opening_words(doc, sentence)
                item = _is_item(block, doc, sentence.token_start, sentence.token_end,
                                bool(lead_in))
                agents = self._agents(subjects, names) if subjects else {}
                if subjects:
                    named = subjects
                if (agents and not page_subject and not _same_agent(agents, dismissed)
                        and read < self._lede):
                    page_subject = agents
                    subject_from = (f"is the page's subject, named in its opening "
                                    f"(line {sentence.span.start.line})")
                elif agents and _same_agent(agents, page_subject):
                    subject_again, subject_off = True, False
                elif agents and page_subject and not first_words & _CLAUSE_PRONOUNS:
                    # Another agent ("Growth hormone injections are licensed …" under a
                    # heading naming nothing): what follows in the section is about it,
                    # until the page names its subject again (review of i326). Not in a
                    # sentence whose subject is "it"/"they", the page's subject ("It makes
                    # the pituitary put out growth hormone"; last read of i332).
                    subject_off = True
                elif page_subject and self._leaves_subject(sentence, drug_names, page_subject):
                    subject_off = True
                if agents and self._dismisses(sentence.text, item):
                    # "He stopped injecting BPC-157 …", "- BPC-157: not approved": the page
                    # turns away from the agent; its evidence talk is about something else.
                    # The page's subject ends only when it is the agent dismissed ("He
                    # stopped taking tongkat ali" on an ipamorelin page leaves ipamorelin).
                    page_agent = {}
                    if not page_subject or _same_agent(agents, page_subject):
                        page_subject, dismissed = {}, {**dismissed, **agents}
                elif agents:
                    page_agent, since_agent = agents, 0
                elif page_agent and self._names_other_treatment(sentence, drug_names,
                                                                page_agent):
                    # "… after stopping testosterone", "Physiotherapy is the main treatment":
                    # the page has gone on to another treatment (review of i255).
                    page_agent = {}
                # The page's subject where no heading above names one: what the claims of a
                # section under a sub-heading naming nothing ("## The reality check") are
                # about, as a heading naming it would make them; elsewhere (no sub-heading),
                # a list item's, or a sentence's opening on "it" or on its outcome, not one
                # whose own subject comes first ("Unlicensed remedies are seldom tested for
                # safety", i326). Off once a sentence named another treatment (`subject_off`,
                # set above; session 32, i444).
                # Only below the heading that named it ("## BPC-157 for tendons" / "## Rest and
                # ice" is another subject: EVD001.yml).
                on_page = (page_subject if subject_again and not subject_off
                           and not subject_paused and not titled
                           and section.level > subject_level
                           and (section.level >= 2 or item or first_words & _ANAPHORA
                                or self._outcome_first(doc, sentence, in_context)) else {})
                if not item:
                    lead_in = {}
                if item and lead_in:
                    # An item is about its lead-in's subject whatever else it names ("GH
                    # decline is linked to:" / "Impaired sleep quality …", sleep being another
                    # topic's subject; rounds 1 and 10, session 17).
                    subjects = {**lead_in, **subjects}
                elif (not subjects and not first_words & _ANAPHORA
                      and self.condition.search(sentence.text)):
                    # "Low testosterone can happen in men of any age." after a supplement's
                    # claim: about the condition (diagnosis, prevalence, symptoms), whatever
                    # was named before. "It may help restore low testosterone" is still
                    # the supplement's claim (review, session 15).
                    pass
                elif row_subjects:
                    # A table row is about its first cell, even when the cell names another
                    # topic's subject too ("improved sleep" in a peptide's benefits).
                    subjects = {**subjects, **row_subjects}
                elif first_words & _ANAPHORA and (current or subjects or not (
                        titled or on_page)):
                    # "It" is the subject before, whatever else the sentence names ("It
                    # restores spermatogenesis after TRT": still the peptide of the sentence
                    # before). With none before (a section's first sentence, "## How it
                    # works" / "It seems to speed healing"), what the heading or the page
                    # is about, below (session 32, i444).
                    subjects = {**current, **subjects}
                elif (not subjects and current and not carried
                      and _reported_pronoun(doc, sentence)
                      and self._reports_evidence(doc, sentence, matches)):
                    # "… have demonstrated that it can accelerate healing": the subject
                    # before, as a carried sentence takes it (one sentence on, not further;
                    # rounds 16 and 20, session 18).
                    subjects, carries = dict(current), True
                elif (not subjects and named
                      and _refers_back(doc, sentence, self._definite_ids,
                                       self._reference_ids)):
                    # "The compound nudges the testes …" three sentences after tongkat ali
                    # was named: a definite description of the subject names it again.
                    subjects = dict(named)
                elif not subjects and self.definition.search(sentence.text):
                    pass  # about the condition it defines: no subject carried to it
                elif (not subjects and self._carriable(current, before_names)
                      and not carried
                      and not self._opens_with_outcome(doc, sentence, matches)
                      and not self._names_treatment(sentence, drug_sentences)):
                    # A sentence that names no subject goes on about the one before
                    # ("Peptides … can be safely used …" / "Potential benefits being explored
                    # include improved body composition …"), for one sentence: further on, a
                    # subject must be named again or referred to. Not an everyday measure
                    # ("… a healthy diet." / "Sperm take 50-60 days to develop."), nor into
                    # a sentence about a drug or a procedure ("Many men take zinc
                    # tablets." / "Clomiphene citrate improves sperm count.").
                    subjects, carries = self._carriable(current, before_names), True
                elif (not subjects and (titled or on_page) and outcomes
                      and (item or not self._opens_with_outcome(doc, sentence, matches))):
                    # A claim under a heading that names its subject ("Sermorelin Benefits
                    # for Males" / "Therapy results unfold …, with early changes in improved
                    # sleep"), naming none itself and none carried to it: the heading's.
                    # Under headings naming none, on a page about one agent, the page's
                    # ("## Muscle Healing" / "- Improved muscle fiber regeneration" on a
                    # BPC-157 page; session 32, i444).
                    subjects = dict(titled or on_page)
                    from_page = "" if titled else subject_from
                elif (not subjects and page_agent and since_agent <= self._agent_reach
                      and not sentence.text.rstrip().endswith(":")
                      and self._speaks_of_evidence(doc, sentence, in_context)
                      and not self._names_treatment(sentence, drug_sentences)):
                    # A statement of the evidence naming no agent ("Most studies are in
                    # animals (rats, mice)", "Human clinical data is limited") is about the
                    # agent the page last named, however far back: a page weighs the
                    # evidence for what it is about. Not a lead-in ("The current evidence
                    # points to several overlapping pathways:"): its items say what is claimed.
                    # Carried, so the sentence after takes it no further.
                    subjects, carries = dict(page_agent), True
                elif (not subjects and page_subject and subject_again and not subject_off
                      and not subject_paused
                      and not sentence.text.rstrip().endswith(":")
                      and self._outcome_first(doc, sentence, in_context)
                      and self._speaks_of_evidence(doc, sentence, in_context, safety=True)
                      and not self._leaves_subject(sentence, drug_names, page_subject)):
                    # Beyond the page agent's reach or under another heading: the page's
                    # subject, for its statements of the evidence and the safety (session 23).
                    subjects, carries = dict(page_subject), True
                    from_page = subject_from
                since_agent += 1
                read += 1
                carried, carries = carries, False
                current = subjects if subjects else ({} if not first_words & _ANAPHORA
                                                     else current)
                if sentence.text.rstrip().endswith(":"):
                    lead_in = subjects
                hits = []
                # A topic needs a subject and an outcome: without both there is nothing to
                # hit, and the off-topic expression (a whole-sentence scan) is not read.
                if subjects and outcomes and self._off_topic(sentence.text,
                                                             set(subjects.values())):
                    subjects = {}
                # Registry order, not set order: the same hits in the same order in every process.
                keys = [k for k in self.topics if k in subjects and k in outcomes
                        and (k not in self._topic_patterns
                             or self._topic_patterns[k].search(
                                 self._clause(doc, sentence, inside, k)))
                        and not self._only_listed(doc, sentence, inside, k)
                        and not self._only_physiology(doc, sentence, inside, k)
                        and not self._approved_trial(doc, sentence, inside, k,
                                                     subjects[k])] \
                    if subjects and outcomes else []
                for key in keys:
                    topic = self.topics[key]
                    reason = reasons.get(subjects[key].lower(), "")
                    if from_page:
                        reason = from_page + (f"; {reason}" if reason else "")
                    hits.append(TopicHit(key, topic["label"], topic["level"],
                                         " ".join(str(topic.get("source", "")).split()),
                                         subjects[key], outcomes[key], reason))
                hits.sort(key=lambda h: LEVELS.index(h.level), reverse=True)
                sentence.annotations.evidence_topics = hits
