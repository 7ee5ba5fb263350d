"""Class readings that follow from the knowledge base's class hierarchy.

A subclass names its parent class by definition: "Nonselective beta-blockers
include propranolol …" says propranolol is a beta blocker too, and "The first
generation sulfonylureas include tolbutamide" that tolbutamide is a
sulfonylurea. The parent is a class's `parent` in lint/data/drug_classes.yaml
(or a project's file); the added statement keeps the words, polarity and
modality of the one it follows from, so a denied subclass denies nothing more
than it says ("not a COX-2 selective inhibitor" says nothing of NSAIDs). A
class defined by structure gives its chemical kind the same way (`kind`: "a
type of nonsteroidal aromatase inhibitor" says the drug is nonsteroidal).
"""

from __future__ import annotations

import re
from dataclasses import replace

from lint.annotate import doc_arrays, doc_words
from lint.annotate.mechanism_guards import degree_range
from lint.annotate.regex_gate import FoldedGatedPattern
from lint.data import load_data
from lint.normalise import class_key, singular
from lint.sources.drugs import descriptive
from lint.sources.known_classes import targets_of

# domain words (drugs, dosing, routes, sites, effects) are data: mechanism_words.yaml
_WORDS = load_data("mechanism_words.yaml")

_MAX_DEPTH = 4  # a hierarchy loop in a project's file ends here, not in a hang


def with_parent_classes(assertions: list, classes: dict) -> list:
    """`assertions` with each asserted subclass followed by its parent classes (and the
    chemical kind a class implies). A class said to be one of its own subclasses ("the
    androgens … anabolic steroid" read of the class) is no statement and is dropped."""
    if not any(spec.get("parent") or spec.get("kind") for spec in classes.values()):
        return assertions
    out, seen = [], {_identity(a) for a in assertions}
    for assertion in assertions:
        if assertion.attribute == "class" and assertion.drug.startswith("class:") and \
                assertion.drug[len("class:"):] in _ancestors(classes, assertion.value):
            continue
        out.append(assertion)
        if assertion.attribute != "class" or not assertion.polarity:
            continue
        implied, parent = [], assertion.value
        while parent in classes and len(implied) < _MAX_DEPTH:
            spec = classes[parent]
            if spec.get("kind"):
                implied.append(replace(assertion, attribute="kind", value=spec["kind"]))
            parent = spec.get("parent")
            if parent and assertion.drug != f"class:{parent}":
                implied.append(replace(assertion, value=parent))
        for added in implied:
            if _identity(added) not in seen:
                seen.add(_identity(added))
                out.append(added)
    return out


def _ancestors(classes: dict, klass: str) -> list[str]:
    out, parent = [], classes.get(klass, {}).get("parent")
    while parent and len(out) < _MAX_DEPTH:
        out.append(parent)
        parent = classes.get(parent, {}).get("parent")
    return out


_DEFINITE_PREDICATE = re.compile(r"\b(?:are|were|is|was) the\s+$", re.IGNORECASE)


def definite_class_predicates(assertions: list) -> list:
    """'The initial antipsychotic medications … were the phenothiazines' names the members
    of the subject class: the phenothiazines are antipsychotics, not the reverse. A class
    said of a class after 'were the' is turned round, and its members (read of the subject
    class) are not given it."""
    turned, out = set(), []
    for a in assertions:
        if a.attribute == "class" and a.drug.startswith("class:") and a.at and a.polarity:
            before = a.sentence.text[:max(0, a.at[0] - a.sentence.start)]
            if _DEFINITE_PREDICATE.search(before):
                turned.add((id(a.sentence), a.value))
                out.append(replace(a, drug=f"class:{a.value}", value=a.drug[len("class:"):]))
                continue
        out.append(a)
    if not turned:
        return assertions
    return [a for a in out if not (a.attribute == "class" and a.via == "class" and
                                   not a.drug.startswith("class:") and
                                   (id(a.sentence), a.value) in turned)]


def _identity(assertion) -> tuple:
    return (assertion.drug, assertion.attribute, assertion.value, assertion.start,
            id(assertion.sentence))


# Words that may stand between "include" and the first member: "include the peptide
# molecules abarelix, …", "include two agents …" — a description of the members, not a name.
_MEMBER_DESCRIPTIONS = {"the", "a", "an", "two", "three", "four", "five", "six", "several",
                        "molecules", "molecule", "compounds", "compound", "agents", "agent",
                        "drugs", "drug", "medications", "medicines"}
_DESCRIPTION_REACH = 4


def first_member_at(doc, start: int, end: int, by_start: dict) -> int | None:
    """Where the first drug of a member list stands when the list opens at `start`, past a
    short description of the members ("the peptide molecules", "the small-molecule
    compounds": a chemical kind the text names counts as description); None when
    something else comes first."""
    index = start
    while index < min(end, start + _DESCRIPTION_REACH + 1):
        match = by_start.get(index)
        if match is not None:
            if match[0] == "drug":
                return index
            if match[0] != "kind":
                return None
            index = match[3]
            continue
        if doc[index].lower_ not in _MEMBER_DESCRIPTIONS:
            return None
        index += 1
    return None


def apposed_list(doc, index: int, end: int, by_start: dict) -> list[str]:
    """The drugs of a list set in apposition, from `index`: 'enzalutamide and apalutamide'
    in '…NSAAs, enzalutamide and apalutamide, bicalutamide has …' (the list ends with the
    drug after 'and'/'or'; a bracket after a drug is skipped)."""
    drugs, closing = [], False
    while index < end:
        match = by_start.get(index)
        if match is None or match[0] != "drug":
            break
        drugs.append(match[1])
        if closing:
            break
        index = match[3]
        if index < end and doc[index].text == "(":
            index = past_aside(doc, index, end)
        if index < end and doc[index].text == ",":
            index += 1
        if index < end and doc[index].lower_ in ("and", "or"):
            closing = True
            index += 1
        elif index >= end or doc[index - 1].text != ",":
            break
    return drugs


def and_other_members(doc, matches) -> list[tuple]:
    """(kind, key, start, end, drugs) for a class (or a kind and its class) after
    'and (the) other' that closes a list of drugs: 'Bicalutamide and the other nonsteroidal
    antiandrogens (NSAAs) have replaced …', 'Tamoxifen and other SERMs cause …' say the
    drugs listed are of the class (and kind), and nothing of the clause's other drugs."""
    by_end = {m[3]: m for m in matches if m[0] == "drug"}
    out = []
    for index, match in enumerate(matches):
        if match[0] not in ("class", "kind"):
            continue
        at = match[2]
        if match[0] == "kind":
            following = matches[index + 1] if index + 1 < len(matches) else None
            if following is None or following[0] != "class" or following[2] != match[3]:
                continue
        elif index and matches[index - 1][0] == "kind" and matches[index - 1][3] == at:
            at = matches[index - 1][2]
        words = [t.lower_ for t in doc[max(0, at - 3):at]]
        if words[-1:] != ["other"] or len(words) < 2:
            continue
        glue = at - 2 if words[-2] != "the" else at - 3
        if glue < 1 or doc[glue].lower_ not in ("and", "or") or glue not in by_end:
            continue
        drugs, end = [], glue
        while end in by_end:  # the list before 'and': "A, B and the other …"
            drug = by_end[end]
            drugs.insert(0, drug[1])
            end = drug[2] - 1 if drug[2] >= 1 and doc[drug[2] - 1].text == "," else -1
        out.append((match[0], match[1], match[2], match[3], drugs))
    return out


_DIVIDING = {"divided", "grouped", "classified", "categorized", "categorised", "subdivided",
             "separated", "split"}
_DIVISION_REACH = 4  # words from the class to the verb: "are usually classified into"


def divided_into(doc, start: int, end: int, matches) -> list[tuple]:
    """(class key, class start, class end, members) for 'AIs are divided into two
    categories, steroidal aromatase inhibitors … and non-steroidal aromatase inhibitors',
    'antiandrogens are classified into steroidal (such as cyproterone acetate) and
    nonsteroidal (including flutamide, …)': each class named after 'into' is a subclass
    ('class:<key>') and each drug a member of the class divided."""
    inside = [m for m in matches if start <= m[2] and m[3] <= end]
    first = next((m for m in inside if m[0] in ("class", "drug")), None)
    if first is None or first[0] != "class":
        return []
    into = next((i for i in range(first[3], min(end - 1, first[3] + _DIVISION_REACH + 1))
                 if doc[i].lower_ in _DIVIDING and doc[i + 1].lower_ == "into"), None)
    if into is None:
        return []
    members = [f"class:{m[1]}" if m[0] == "class" else m[1]
               for m in inside if m[2] > into and m[0] in ("class", "drug") and
               m[1] != first[1]]
    return [(first[1], first[2], first[3], list(dict.fromkeys(members)))] if members else []


def past_aside(doc, index: int, end: int) -> int:
    """Where a list begins after an aside and a colon: 'include (with brand names and year
    of approval): sitagliptin …' begins at 'sitagliptin'; elsewhere `index` itself."""
    at = index
    if at < end and doc[at].text == "(":
        close = next((j for j in range(at, min(end, at + _ASIDE_TOKENS))
                      if doc[j].text in (")", "):")), None)
        if close is None:
            return index
        at = close + 1
        if doc[close].text == "):":  # one token to the tokenizer
            return at if at < end else index
    if at < end and doc[at].text == ":":
        at += 1
    return at if at < end else index


_ASIDE_TOKENS = 16


def not_of_itself(assertions: list) -> list:
    """A class is not said to be of its own class ("Some GnRH antagonists, such as …,
    while other GnRH antagonists …" names the class, and its members, not a fact); nor is
    one class said twice of a drug in one sentence because its brand follows it in
    brackets ("nebivolol (Bystolic, 2008)")."""
    out, seen = [], set()
    for a in assertions:
        if a.attribute == "class":
            if a.drug == f"class:{a.value}" or a.value.startswith(f"{a.drug} analog"):
                continue  # nor is a ligand its own analogue ("vasopressin analog")
            said = (a.drug, a.value, a.polarity, a.modality, a.via, id(a.sentence))
            if said in seen:
                continue
            seen.add(said)
        out.append(a)
    return out


# searched only in a sentence holding "class", "group", … or "these " in some case: most
# sentences hold none, and a case-insensitive search tries every position
_OWN_CLASS_PARTS = [r"\b(?:this|the same) (?:class|group|family|category)\b",
                    r"\bthese (?:drugs|agents|medications|medicines)\b"]
_OWN_CLASS = FoldedGatedPattern(re.compile("|".join(_OWN_CLASS_PARTS), re.IGNORECASE),
                                _OWN_CLASS_PARTS)
_BARE_INCLUDE = re.compile(r"^\s*(?:these|they) include\s*$", re.IGNORECASE)
# a section that lists its page's class ("## Types" under "# Vitamin D analogues"), titled
# with the listing word alone, not one of other drugs ("## Interactions", "## Drugs to avoid":
# a title that starts "drugs" or "agents" names the page's interactions as often as its class)
_LISTING_SECTION = re.compile(r"^\s*(?:types|examples|members|kinds)(?: of .+)?\s*$",
                              re.IGNORECASE)


def points_to_section_class(text: str, section: str = "") -> bool:
    """'Drugs in this class include (trade names in parentheses):' names its class only
    by pointing at the one the section is titled with; so does a bare 'These include:' in a
    section of types or examples under a page titled with a class ("# Vitamin D analogues"
    / "## Types")."""
    return bool(_OWN_CLASS.search(text)) or bool(
        _BARE_INCLUDE.match(text) and _LISTING_SECTION.match(section))


_LIST_JOINERS = {",", "and", "or"}


def bracketed_members(doc, start: int, end: int, matches) -> list[tuple]:
    """(class key, class start, class end, drugs) for a bracket that lists only drugs
    after a class, with nothing named between them: "Several other tetracyclines … have
    been withdrawn (chlortetracycline, rolitetracycline, oxytetracycline)", "one of several
    oral tetracyclines used at that time (oxytetracycline, chlortetracycline)". One drug in
    brackets is more often a brand or an example than a list, so two are needed."""
    kinds = [m[0] for m in matches]
    if "class" not in kinds or kinds.count("drug") < 2:
        return []  # nothing to find: the walk below needs a class and two drugs
    by_start = {m[2]: m for m in matches}
    out, last_named = [], None
    index, words, lowers = start, doc_words.words(doc), doc_words.lower_words(doc)
    while index < end:
        match = by_start.get(index)
        if match is not None and match[0] in ("drug", "class"):
            last_named = match
            index = match[3]
            continue
        if words[index] == "(":
            drugs, inner = bracketed_drugs(doc, index, end, by_start)
            closed = inner < end and words[inner] == ")"
            if closed and len(drugs) >= 2 and last_named is not None and \
                    last_named[0] == "class" and last_named[3] < index:
                out.append((last_named[1], last_named[2], last_named[3], drugs))
            if closed:
                last_named = None  # the bracket's drugs were named after the class
            index = inner + 1 if closed else index + 1
            continue
        if words[index] in (";", ":") or lowers[index] in ("whereas", "while"):
            last_named = None  # a clause of its own ("but have been withdrawn (…)" is not)
        index += 1
    return out


def bracketed_drugs(doc, opening: int, end: int, by_start: dict) -> tuple[list[str], int]:
    """The drugs listed in the bracket opened at `opening` ("(cefazolin, cephalexin)",
    "(e.g. A and B)") and where the walk stopped: at the closing bracket when the bracket
    holds nothing but drugs and list words."""
    drugs, inner = [], opening + 1
    while inner < end and doc[inner].text != ")":
        inside = by_start.get(inner)
        if inside is not None and inside[0] == "drug":
            drugs.append(inside[1])
            inner = inside[3]
        elif doc[inner].lower_ in _LIST_JOINERS or doc[inner].lower_ in ("e.g.", "e.g", "eg"):
            inner += 1
        else:
            break
    return drugs, inner


def class_stems(classes: dict) -> tuple[str, ...]:
    """Name endings of a class's members (the INN/USAN stems, 'tetracyclines: -cycline'):
    a word ending so is read as a drug the knowledge base may not know yet."""
    return tuple(stem for spec in classes.values() for stem in spec.get("stems", []))


_COPULA = {"is", "are", "was", "were", "remain", "remains"}
# Words that end a predicate noun phrase walking back from its head: a clause, an object,
# a comparison ("are taken with diuretics", "are safer than fibrates", "like NSAIDs").
_PREDICATE_STOPS = {"that", "which", "who", "with", "for", "to", "by", "in", "on", "than",
                    "from", "into", "at", "against", "over", "among", "like", "unlike",
                    "versus", "after", "before", "when", "if", "because", "while",
                    "whereas", "but", "not", "no", "used", "given", "taken", "combined"}
_PREDICATE_REACH = 10


def copula_predicate(doc, start: int, m_start: int, matches) -> bool:
    """A class at the head of what a copula says of the subject, past adjectives and a
    group word: 'The fluoroquinolones are a family of broad spectrum, systemic
    antibacterial agents', 'SSRIs are the most widely prescribed antidepressants'."""
    named = {i for m in matches if m[0] in ("drug", "class", "hormone", "target")
             for i in range(m[2], m[3])}
    index, reach = m_start - 1, m_start - _PREDICATE_REACH
    while index > start and index >= reach:
        token = doc[index]
        word = token.lower_
        if word == "-":
            reach -= 1  # "non-peptide, small-molecule": a hyphened modifier is one word
        if degree_range(doc, index):
            index -= 1  # "are low to medium potency corticosteroids": one modifier
            continue
        if word in _COPULA:
            # "… that are made up of amino acids": a relative clause's own predicate
            return doc[index - 1].lower_ not in ("that", "which", "who")
        if word in ("and", "or", "but") and doc[index - 1].text == ",":
            return False  # ", and the sulfonylureas may …": a new clause, not the predicate
        if word in ("and", "or"):
            # "a sympathomimetic amine and anorectic agent": a class coordinated with one
            # the copula says of the subject is said of it too
            earlier = _coordinated_class(doc, index, matches)
            if earlier is not None:
                return copula_predicate(doc, start, earlier, matches)
        if word in _USE_PARTICIPLES and index - 1 > start and (
                doc[index - 1].lower_.endswith("ly") or doc[index - 1].lower_ in _USE_DEGREE):
            # "the most commonly used acetylcholinesterase inhibitor": a participle before
            # the class qualifies it ("used for …" after a class still stops)
            index -= 2
            continue
        if index in named or word in _PREDICATE_STOPS or \
                (not token.text[:1].isalnum() and token.text not in (",", "-")):
            return False
        index -= 1
    return False


_USE_PARTICIPLES = {"used", "given", "taken", "prescribed"}
_USE_DEGREE = {"most", "widely", "often", "much", "more", "least", "less"}


def _coordinated_class(doc, conjunction: int, matches) -> int | None:
    """The start of the class that ends just before 'and'/'or' at `conjunction`, or one
    head noun before it ('sympathomimetic amine and')."""
    ends = {m[3]: m[2] for m in matches if m[0] == "class"}
    if conjunction in ends:
        return ends[conjunction]
    before = conjunction - 1
    word = doc[before] if before >= 0 else None
    # (the pipeline tags no parts of speech: a head noun is a word that is no stop word)
    return ends.get(before) if word is not None and word.is_alpha and not word.is_stop \
        and word.lower_ not in _PREDICATE_STOPS else None


_LATTER = re.compile(r"\bthe (latter|former)\b[^,;.()]*$", re.IGNORECASE)


def latter_former(assertions: list) -> list:
    """'erythromycin, clarithromycin, azithromycin and telithromycin, the latter being a
    related ketolide': what 'the latter' is said to be is said of the last drug listed
    only ('the former' of the first), not of the whole list."""
    groups: dict[tuple, list] = {}
    for a in assertions:
        if a.attribute == "class" and a.at and a.polarity:
            groups.setdefault((id(a.sentence), a.value, a.at), []).append(a)
    dropped = set()
    for (_, _, at), said in groups.items():
        sentence = said[0].sentence
        before = sentence.text[:max(0, at[0] - sentence.start)]
        which = _LATTER.search(before)
        drugs = [a for a in said if not a.drug.startswith("class:")]
        if which is None or len(drugs) < 2:
            continue
        kept = drugs[-1] if which.group(1).lower() == "latter" else drugs[0]
        dropped |= {id(a) for a in said if a is not kept}
    return [a for a in assertions if id(a) not in dropped] if dropped else assertions


_APPOSITION_OPENERS = [("which", "are"), ("which", "were"), ("that", "are"), ("all",),
                       ("both",), ()]
_APPOSITION_REACH = 3  # words between the opener and the class: "oral hypoglycemic"
_APPOSITION_STOPS = {"and", "or", "but", "with", "than", "for", "to", "by", "in", "of",
                     "not", "no", "like", "unlike",
                     # a verb group: "…, like phenytoin and carbamazepine, can cause the
                     # aromatic anticonvulsant hypersensitivity syndrome" is a predicate
                     "can", "may", "might", "could", "will", "would", "should", "must", "is",
                     "are", "was", "were", "be", "been", "has", "have", "had", "do", "does",
                     "did"}


def appositive_classes(doc, start: int, end: int, matches) -> list[tuple]:
    """(class key, class start, class end, drugs) for a class set beside a list of drugs
    after a comma: '… include acetohexamide, chlorpropamide, tolazamide and tolbutamide,
    oral hypoglycemic agents that …', '… gliclazide, glipizide, and glimepiride, which are
    oral hypoglycemic agents …'."""
    kinds = [m[0] for m in matches]
    if "class" not in kinds or kinds.count("drug") < 2:
        return []  # nothing to find: a list of two drugs and a class beside it
    by_start = {m[2]: m for m in matches}
    out, run, index = [], [], start
    while index < end:
        match = by_start.get(index)
        if match is not None and match[0] == "drug":
            run.append(match[1])
            index = match[3]
            continue
        word = doc[index].lower_
        if word == "(":
            close = next((j for j in range(index, end) if doc[j].text == ")"), None)
            if close is None:
                break
            index = close + 1
            continue
        if word == "," and len(run) >= 2:
            found = _class_beside(doc, index + 1, end, by_start)
            if found is not None:
                out.append((*found, list(dict.fromkeys(run))))
                run = []
        if word not in (",", "and", "or") and match is None:
            run = []
        elif match is not None:
            run = []  # a class, hormone … inside the list ends it
            index = match[3]
            continue
        index += 1
    return out


def _class_beside(doc, index: int, end: int, by_start: dict):
    for opener in _APPOSITION_OPENERS:
        if [t.lower_ for t in doc[index:index + len(opener)]] != list(opener):
            continue
        at = index + len(opener)
        for _ in range(_APPOSITION_REACH + 1):
            match = by_start.get(at)
            if match is not None:
                if match[0] == "class" and _ends_apposition(doc, match[3], end, bool(opener)):
                    return match[1], match[2], match[3]
                return None
            if at >= end or not doc[at].text[:1].isalpha() or \
                    doc[at].lower_ in _APPOSITION_STOPS:
                break
            at += 1
    return None


def _ends_apposition(doc, after: int, end: int, opened: bool) -> bool:
    """The class is not one more item of the list ("…, colchicine, calcineurin inhibitors
    (e.g., …)", "…, alpha glucosidase inhibitors, incretin based drugs or insulin"), nor
    the last word of a list of keywords: a bare apposition goes on with what the class
    does ("oral hypoglycemic agents that are used …")."""
    if after >= end:
        return opened
    word = doc[after].lower_
    if word in (",", ";", "(", "and", "or", "&"):
        return False
    return opened or word[:1].isalpha()


# Ordinals as texts write a generation: "1st generation", "(Maxipime: 4th)", "third-generation"
_ORDINALS = {"first": "first", "1st": "first", "second": "second", "2nd": "second",
             "third": "third", "3rd": "third", "fourth": "fourth", "4th": "fourth",
             "fifth": "fifth", "5th": "fifth"}
_GENERATION_ASIDE_TOKENS = 12


def generation_subclass(classes: dict, klass: str, ordinal: str) -> str | None:
    """The knowledge base's '<ordinal> generation' subclass of `klass` ('first' of
    'cephalosporin' is first_generation_cephalosporin), found by its parent; None when the
    knowledge base divides the class into no generations."""
    wanted = f"{ordinal}_generation_"
    return next((key for key, spec in classes.items()
                 if spec.get("parent") == klass and key.startswith(wanted)), None)


def _ordinal_word(token) -> str | None:
    return _ordinal_of(token.lower_)


def _ordinal_of(word: str) -> str | None:
    """`_ordinal_word` of a token whose `lower_` is `word`."""
    if word in _ORDINALS:
        return _ORDINALS[word]
    head = word.split("-")[0]  # "third-generation" may stay one token
    return _ORDINALS.get(head) if word.endswith("-generation") else None


def generation_asides(doc, start: int, end: int, matches) -> dict[str, str]:
    """drug -> ordinal for a member followed by a bracket that ends with its generation:
    'cefazolin (Ancef: 1st generation), cefepime (Maxipime: 4th), ceftibuten (3rd)'. Only the
    bracket set right after the drug's name counts, and only when an ordinal is its last
    word (or the one before 'generation'): '(Rocephin: 3rd)', not '(approved 3rd in 1990)'."""
    out = {}
    for kind, key, m_start, m_end in matches:
        if kind != "drug" or not start <= m_start or m_end >= end or doc[m_end].text != "(":
            continue
        close = next((j for j in range(m_end + 1, min(end, m_end + _GENERATION_ASIDE_TOKENS))
                      if doc[j].text == ")"), None)
        if close is None or close - m_end < 2:
            continue
        last = close - 1
        if doc[last].lower_ in ("generation", "gen", "gen."):
            last -= 1
        if last <= m_end or (last - 1 > m_end and doc[last - 1].text not in (":", ",", ";")
                             and doc[last - 1].text != "("):
            continue  # the ordinal must stand alone after a label: "Ancef: 1st"
        ordinal = _ordinal_word(doc[last])
        if ordinal is not None:
            out[key] = ordinal
    return out


def generation_groups(doc, start: int, end: int, matches) -> list[tuple[str, int, int, list]]:
    """(ordinal, start, end, drugs) for generations written as heads of bracketed member
    lists: 'first-generation (cefazolin, cephalexin), second-generation (cefuroxime, …)'.
    The class divided is the sentence's; the caller supplies it."""
    by_start = {m[2]: m for m in matches}
    out, words, lowers = [], doc_words.words(doc), doc_words.lower_words(doc)
    for index in range(start, end - 2):
        ordinal = _ordinal_of(lowers[index])
        if ordinal is None:
            continue
        at = index + 1
        if lowers[index] in _ORDINALS:
            if words[at] == "-" and at + 1 < end:
                at += 1
            if lowers[at] != "generation":
                continue
            at += 1
        if at >= end or words[at] != "(":
            continue
        drugs, inner = bracketed_drugs(doc, at, end, by_start)
        if drugs and inner < end and words[inner] == ")":
            out.append((ordinal, index, at, drugs))
    return out


def combination_partners(doc, start: int, end: int, matches) -> set[str]:
    """Drugs written after a slash that joins them to the drug before: 'ceftolozane/
    tazobactam (Zerbaxa: 5th)' lists a combination product, whose partner (a beta-lactamase
    inhibitor) need not be of the class the list names."""
    ends = {m[3] for m in matches if m[0] == "drug" and start <= m[2] < end}
    return {m[1] for m in matches if m[0] == "drug" and start < m[2] < end and
            doc[m[2] - 1].text == "/" and m[2] - 1 in ends}


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_COUNTED_NOUNS = set(_WORDS["counted_nouns"])


def counted_list(doc, start: int, end: int, by_start: dict) -> list[str]:
    """The drugs of 'This discussion will cover eight agents: betamethasone, cortisone, …'
    when the list has exactly as many items as the sentence counts, each a drug or one
    word (a name the knowledge base lacks, kept as written): a count that does not match
    is a list of something else, or one cut short."""
    for index in range(start, end - 3):
        word = doc[index].lower_
        count = _COUNTS.get(word) or (int(word) if word.isdecimal() else None)
        if count is None or doc[index + 1].lower_ not in _COUNTED_NOUNS or \
                doc[index + 2].text != ":":
            continue
        items = _list_items(doc, index + 3, end, by_start)
        return items if items and len(items) == count and \
            by_start.get(index + 3, ("",))[0] == "drug" else []
    return []


def _list_items(doc, index: int, end: int, by_start: dict) -> list[str] | None:
    items, expecting = [], True
    while index < end and doc[index].text not in (".", ";"):
        match = by_start.get(index)
        word = doc[index]
        if word.lower_ in _LIST_JOINERS:
            expecting = True
            index += 1
            continue
        if not expecting:
            return None  # an item of more than one word: not a list of names
        if match is not None and match[0] == "drug":
            items.append(match[1])
            index = match[3]
        elif match is None and word.is_alpha and word.is_lower and len(word) > 3:
            items.append(word.lower_)
            index += 1
        else:
            return None
        expecting = False
    return list(dict.fromkeys(items))


# words from "examples of <class>" to its verb: "used to treat prostate cancer"
_EXAMPLES_REACH = 10
_BELONG_REACH = 3  # words from "belongs to" to the class: "the ethanolamine class of …"
_LIKE_REACH = 10  # words from "Like other" to the comma: "members of its class (the statins)"


def stated_memberships(doc, start: int, end: int, matches) -> list[tuple]:
    """(class key, class start, class end, drugs) for three ways of saying membership:
    'Examples of antiandrogens used to treat prostate cancer are flutamide, …';
    'Diphenhydramine belongs to the ethanolamine class of antihistamines (with clemastine
    and dimenhydrinate)'; 'Like other members of its class (the “statins”), atorvastatin …',
    'Like other SSRIs, sertraline …'."""
    inside = [m for m in matches if start <= m[2] and m[3] <= end]
    if not any(m[0] == "class" for m in inside) or not any(m[0] == "drug" for m in inside):
        return []
    by_start = {m[2]: m for m in inside}
    out = []
    for kind, key, m_start, m_end in inside:
        if kind != "class":
            continue
        before = [t.lower_ for t in doc[max(start, m_start - 2):m_start]]
        if before[-2:] in (["examples", "of"], ["example", "of"]):
            drugs = _after_verb(doc, m_end, end, by_start, ("are", "include", "is"))
        elif _belongs_before(doc, start, m_start):
            drugs = _drugs_ending_at(doc, start, _belongs_at(doc, start, m_start), by_start)
            drugs += _with_aside(doc, m_end, end, by_start)
        elif _like_other(doc, start, m_start):
            drugs = _subject_after_comma(doc, m_end, end, by_start)
        else:
            continue
        if drugs:
            out.append((key, m_start, m_end, list(dict.fromkeys(drugs))))
    return out


def _after_verb(doc, index, end, by_start, verbs) -> list[str]:
    for at in range(index, min(end, index + _EXAMPLES_REACH)):
        match = by_start.get(at)
        if match is not None and match[0] in ("drug", "class"):
            return []  # something else is named before the verb
        if doc[at].text in (";", ":", "(", ")") or doc[at].lower_ in ("but", "whereas"):
            return []
        if doc[at].lower_ in verbs:
            return _plain_list(doc, at + 1, end, by_start)
    return []


def _plain_list(doc, index, end, by_start) -> list[str]:
    """Drugs joined by commas and 'and'/'or' from `index`, each maybe with a bracket."""
    drugs = []
    while index < end:
        match = by_start.get(index)
        if match is None or match[0] != "drug":
            break
        drugs.append(match[1])
        index = match[3]
        if index < end and doc[index].text == "(":
            close = next((j for j in range(index, min(end, index + _ASIDE_TOKENS))
                          if doc[j].text == ")"), None)
            if close is None:
                break
            index = close + 1
        while index < end and doc[index].lower_ in _LIST_JOINERS:
            index += 1
    return drugs


_BELONGING = ("belongs", "belong", "belonged")


def _belongs_at(doc, start, m_start) -> int:
    return next(i for i in range(m_start - 1, start - 1, -1) if doc[i].lower_ in _BELONGING)


def _belongs_before(doc, start, m_start) -> bool:
    """'belongs to (the) <class>' with at most a few words between."""
    for i in range(m_start - 1, max(start, m_start - _BELONG_REACH - 2) - 1, -1):
        word = doc[i].lower_
        if word == "to" and i - 1 >= start and doc[i - 1].lower_ in _BELONGING:
            return True
        if word not in ("the", "a", "an") and not doc[i].is_alpha:
            return False
    return False


def _drugs_ending_at(doc, start, verb, by_start) -> list[str]:
    """The subject before 'belongs': 'Diphenhydramine', 'Cimetidine and ranitidine', 'It'
    (nothing: a pronoun is resolved elsewhere)."""
    by_end = {m[3]: m for m in by_start.values() if m[0] == "drug"}
    drugs, at = [], verb
    while at - 1 >= start and doc[at - 1].lower_ in ("also", "both", "all"):
        at -= 1
    while at in by_end:
        drug = by_end[at]
        drugs.insert(0, drug[1])
        at = drug[2]
        if at - 1 >= start and doc[at - 1].lower_ in ("and", "or", ","):
            at -= 1
            if at - 1 >= start and doc[at - 1].text == ",":
                at -= 1
        else:
            break
    return drugs if at <= start + 1 else []  # the subject opens the clause


def _with_aside(doc, index, end, by_start) -> list[str]:
    """'(with clemastine and dimenhydrinate)', '(along with …)' right after the class (or
    after 'of <plural>' that completes it)."""
    if index < end and doc[index].text != "(":
        return []
    at = index + 1
    if at < end and doc[at].lower_ == "along":
        at += 1
    if at >= end or doc[at].lower_ != "with":
        return []
    drugs = _plain_list(doc, at + 1, end, by_start)
    close = next((j for j in range(at, min(end, at + _ASIDE_TOKENS)) if doc[j].text == ")"),
                 None)
    return drugs if close is not None else []


def _like_other(doc, start, m_start) -> bool:
    """'Like other <class>', 'Like other members of its class (the <class>)' opening the
    sentence."""
    words = [t.lower_ for t in doc[start:m_start]]
    if words[:2] not in (["like", "other"], ["like", "the"]) or len(words) > _LIKE_REACH:
        return False
    return words[:2] == ["like", "other"] or words[:3] == ["like", "the", "other"]


def _subject_after_comma(doc, m_end, end, by_start) -> list[str]:
    for at in range(m_end, min(end, m_end + 4)):
        if doc[at].text == ",":
            match = by_start.get(at + 1)
            return [match[1]] if match is not None and match[0] == "drug" else []
        if doc[at].text not in (")", "”", '"', "'", "’"):
            return []
    return []


# Words that open a bracket naming a class by another name: "(sometimes referred to as …)"
_RENAMING = [("sometimes", "referred", "to", "as"), ("also", "referred", "to", "as"),
             ("referred", "to", "as"), ("also", "called"), ("also", "known", "as"),
             ("known", "as"), ("called",)]


def bracketed_class_names(doc, start: int, end: int, matches) -> list[tuple]:
    """(outer key, (class start, class end), (key, start, end), renamed) for a class set in
    brackets right after another: 'a commonly used cholesterol lowering agent (statin)',
    'its class (the “statins”)': what is said of the first class is said of the bracketed
    one; 'The aminopenicillins (sometimes referred to as third generation penicillins)'
    (renamed): the first class is of the second."""
    by_start = {m[2]: m for m in matches if start <= m[2] < end}
    out = []
    for kind, key, m_start, m_end in by_start.values():
        if kind != "class" or m_end >= end or doc[m_end].text != "(":
            continue
        at = m_end + 1
        words = [t.lower_ for t in doc[at:min(end, at + 4)]]
        lead = next((w for w in _RENAMING if tuple(words[:len(w)]) == w), ())
        at += len(lead)
        while at < end and doc[at].lower_ in ("the", "“", '"', "'", "‘"):
            at += 1
        inner = by_start.get(at)
        if inner is None or inner[0] != "class" or inner[1] == key:
            continue
        close = inner[3]
        while close < end and doc[close].text in ("”", '"', "'", "’"):
            close += 1
        if close < end and doc[close].text in (")", ",", ";") and (lead or doc[close].text == ")"):
            out.append((key, (m_start, m_end), (inner[1], inner[2], inner[3]), bool(lead)))
    return out


_RESTRICTIVE_GAP = re.compile(r"^\s*(?:administered|given|used)?\s*([A-Za-z][\w-]*)")


# The word before a form, past a list's joiner ("corticosteroid creams and ointments").
_FORM_AFTER_CLASS = re.compile(r"([A-Za-z][\w-]*)\s*(?:,\s*|\s(?:and|or)\s+|,\s*(?:and|or)\s+)?$")


def restrictive_routes(assertions: list, classes: dict) -> list:
    """'The parenteral cephalosporins are widely used …' names the class's parenteral
    members: the route is not said of every member the text mentions (cefalexin is oral),
    only of the class as the sentence narrows it. A route word set right before the class
    subject's name is kept for the class and dropped for its members."""
    narrowed = set()
    form_ends = set()  # (sentence, end) of the class's products named so far
    for a in sorted((a for a in assertions if a.attribute == "route" and a.via == "class"
                     and a.drug.startswith("class:") and a.at), key=lambda a: a.at):
        after = a.sentence.text[max(0, a.at[1] - a.sentence.start):]
        word = _RESTRICTIVE_GAP.match(after)
        names = classes.get(a.drug[len("class:"):], {}).get("names", [])
        stem = singular(word.group(1).lower())[:6] if word else ""
        before = _FORM_AFTER_CLASS.search(a.sentence.text[:max(0, a.at[0] - a.sentence.start)])
        if word and any(n.lower().split()[0].startswith(stem) for n in names if n):
            narrowed.add((id(a.sentence), a.value, a.at))
        elif before and (singular(before.group(1).lower()) in
                         {singular(n.lower().split()[-1]) for n in names if n} or
                         (id(a.sentence), a.sentence.start + before.end(1)) in form_ends):
            # "Topical corticosteroid creams and ointments" (a dermatology page, round 28):
            # the class's products, not a route of each member
            narrowed.add((id(a.sentence), a.value, a.at))
            form_ends.add((id(a.sentence), a.at[1]))
    if not narrowed:
        return assertions
    return [a for a in assertions if not (
        a.attribute == "route" and a.via == "class" and not a.drug.startswith("class:") and
        (id(a.sentence), a.value, a.at) in narrowed)]


# Nouns of a drug's action on a target; a class is often named by its target and one of them
# ("D2 receptor agonist", "antagonist of TNF"). Blocking a receptor, antagonising it and
# inhibiting a cytokine are one action to a class's name ("TNF blocker" = "TNF inhibitor").
_ROLES = {role: tuple(nouns) for role, nouns in _WORDS["roles"].items()}
# (one or two lower-case words may name what the target is first: "a selective inhibitor of
# the coagulation Factor Xa", round 16; not a word of relation: "of the release of")
_ROLE_BEFORE = re.compile(r"\b(agonist|antagonist|blocker|inhibitor|modulator)s?\s+(?:of|at|for)"
                          r"\s+(?:the\s+)?(?:(?!(?:of|and|or|in|to|by|with|from|on|at|for|"
                          r"release|production|synthesis|activity|action|effects?)\s)"
                          r"(?-i:[a-z][a-z-]{2,})\s+){0,2}$", re.IGNORECASE)


def class_names_index(classes: dict, variants) -> dict[str, str]:
    """A checked class's written names (and their `variants`) in compared form -> its key.
    A curated class's name (and the DrugCentral classes it stands for) wins over a
    DrugCentral class's; a name two classes of one layer share names neither. A role
    DrugCentral gives some drugs and not others ("dopamine antagonist" of MeSH) is left out."""
    out: dict[str, str] = {}
    for curated in (True, False):
        layer: dict[str, str] = {}
        clashes = set()
        for key, spec in classes.items():
            if bool(spec.get("source")) == curated or descriptive(classes, key) or \
                    spec.get("stem"):
                continue  # a family's ending names no "<ligand> <action>" class
            names = spec.get("names", []) + [spec.get("label", "")] + \
                list(spec.get("drugcentral", []))
            for name in names + variants(names):
                normal = class_key(name) if name else ""
                if normal and layer.setdefault(normal, key) != key:
                    clashes.add(normal)
        for normal, key in layer.items():
            if normal not in clashes:
                out.setdefault(normal, key)
    return out


def classes_of_targets(assertions: list, targets: dict, class_by_name: dict,
                       kb=None) -> list:
    """The class a drug is of because of the target the text says it acts on, when the
    target stands with a noun of action that names a class in the knowledge base: 'an
    antagonist of tumor necrosis factor' (TNF inhibitor), 'a D2 receptor agonist' (dopamine
    agonist: a subtype's agonist is the family's). Said with the target's polarity and
    modality, after it. Not for a drug the knowledge base (`kb`) knows to act on that target
    and classes otherwise: 'clomipramine is a highly selective inhibitor of serotonin
    reuptake' describes the action of a tricyclic antidepressant, it does not make it an
    SSRI (round 28; the target is kept). A narrower kind of the drug's class is kept:
    ibrutinib, a kinase inhibitor to the FDA, is 'an inhibitor of Bruton's tyrosine kinase'
    (round 11)."""
    out = []
    for a in assertions:
        out.append(a)
        if a.attribute != "target" or not a.at or a.drug.startswith("class:") or \
                a.via == "class":
            continue  # a class's member is of that class already
        before = a.sentence.text[:max(0, a.at[0] - a.sentence.start)]
        target = targets.get(a.value, {})
        role = _ROLE_BEFORE.search(before)
        said_before = before[:role.start()] if role is not None else before
        if role is None:
            role = _shared_role_after(a, before)
            if role is None:
                continue
        elif _receptor(target):
            continue
        klass = _class_of_role(target, role.group(1).lower(), class_by_name)
        if klass is not None and (_MEMBERSHIP_BEFORE.search(said_before) or
                                  not _known_action_of_other_class(kb, a.drug, a.value, klass)):
            out.append(replace(a, attribute="class", value=klass))
    return out


# ("GLP-1 and glucagon receptor dual agonist": a quality of the role may come between).
# One role: "compared with GLP-1 and glucagon receptor dual agonists" names a group, not
# the drug's class (i383).
_ROLE_AFTER = re.compile(r"^\s*(?:(?:" + "|".join(map(re.escape, _WORDS["text_drug_role_qualities"]))
                         + r")\s+){0,2}(agonist|antagonist|blocker|inhibitor|modulator)\b(?!-)",
                         re.IGNORECASE)
_PAIRED = re.compile(r"\s(?:and|or)\s|/")
# "X is a (weekly GIP,) …", "X, a …": the pair opens what is said the drug is, as predicate
# or in apposition, a few modifiers after the article at most
_PREDICATE_OPENS = re.compile(r"(?:\b(?:is|was)|,)\s+(?:a|an)\s+(?:[\w-]+,?\s+){0,3}$",
                              re.IGNORECASE)


def _shared_role_after(a, before: str):
    """'a once-weekly GLP-1 and glucagon receptor agonist': a target read from a pair that
    shares its head noun (the pair's words are the target's evidence) shares the role noun
    after the pair too, so the class is named as if written alone ('GLP-1 receptor
    agonist'), when that phrase is what the drug is said to be (`before`: the sentence up
    to the target). A target named alone before a role is in the class's own name already."""
    if not _PAIRED.search(a.evidence) or not _PREDICATE_OPENS.search(before):
        return None
    start = max(0, a.at[0] - a.sentence.start)
    if not a.sentence.text.startswith(a.evidence, start):
        return None
    return _ROLE_AFTER.match(a.sentence.text[start + len(a.evidence):])


# "belongs to the class of inhibitors of serotonin reuptake": a membership said, read as the
# class even for a drug the knowledge base classes otherwise (mechanism_words.yaml)
_MEMBERSHIP_BEFORE = re.compile(
    r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split()))
                        for p in _WORDS["class_membership_predicates"]) +
    r")\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)


def _known_action_of_other_class(kb, drug: str, target: str, klass: str) -> bool:
    """The knowledge base gives the drug the target (curated, or a DrugCentral row's gene)
    and an established class (curated, or FDA's), and neither `klass` nor a parent of it is
    one of the drug's classes: the text describes the drug's known action, not a membership
    of `klass`."""
    known = kb.drugs.get(drug) if kb is not None else None
    if known is None or target.lower() not in {t.lower() for t in targets_of(known)}:
        return False
    established = [class_key(kb.class_label(known.drug_class))] if known.drug_class else []
    established += [class_key(row[0]) for row in known.other_classes if row[1] == "fda_epc"]
    if not established:
        return False
    seen = set()
    while klass and klass not in seen:
        spec = kb.classes.get(klass, {})
        names = [class_key(n) for n in spec.get("names", []) + [spec.get("label", "")] if n]
        if known.has_class(klass) or any(_ends_with(name, label) for name in names
                                         for label in established):
            return False  # the drug's class, or a narrower kind of it
        seen.add(klass)
        klass = spec.get("parent")
    return True


def _ends_with(name: str, label: str) -> bool:
    """'tyrosine kinase inhibitor' is a kind of 'kinase inhibitor' (two words or more: a
    bare 'inhibitor' or 'agonist' says nothing of the kind)."""
    words, tail = name.split(), label.split()
    return 1 < len(tail) <= len(words) and words[-len(tail):] == tail


def target_names_class(target: dict, noun: str, class_by_name: dict) -> bool:
    """Whether a target's name with a noun of action ('agonist') names a class of the
    knowledge base (any noun outside the roles is taken to)."""
    role = singular(noun)
    return role not in _ROLES or _class_of_role(target, role, class_by_name) is not None


def _class_of_role(target: dict, role: str, class_by_name: dict) -> str | None:
    names = [n for n in target.get("names", []) + [target.get("label", "")] if n]
    # "dopamine D2 receptor" -> "dopamine receptor": the family the subtype belongs to
    names += [" ".join(w for w in n.split() if not any(c.isdigit() for c in w)) for n in names]
    for noun in _ROLES[role]:
        for name in names:
            bare = name[:-len(" receptor")] if name.lower().endswith(" receptor") else name
            for written in (f"{name} {noun}", f"{bare} receptor {noun}", f"{bare} {noun}"):
                klass = class_by_name.get(class_key(written))
                if klass is not None:
                    return klass
    return None


def _receptor(target: dict) -> bool:
    return any(n.lower().endswith(("receptor", "receptors")) for n in
               target.get("names", []) + [target.get("label", "")])


def without_role_statements(assertions: list, classes: dict) -> list:
    """Statements made of a descriptive class ("Antifungal agents …") are not read: the
    role stands for no list of members, and what the text says of it is the text's
    subject matter, not a drug's attribute. Nor is such a role said of a class. A chemical
    family (FDA chemical structure class: "The aminoglycosides are poorly absorbed orally")
    is a class like a curated one: what is said of it is kept, as said of the family."""
    def role(klass: str) -> bool:
        return descriptive(classes, klass) and not classes[klass].get("family")

    return [a for a in assertions if not (
        a.drug.startswith("class:") and (role(a.drug[len("class:"):]) or (
            a.attribute == "class" and role(a.value))))]


_ROLE_NOUNS = set(_WORDS["role_nouns"])
_COPY_ROLES = {"analogue", "analog"}  # role nouns of a made copy: "an analogue of amylin"
_LIGAND_NOUNS = set(_WORDS["ligand_nouns"])


def roles_of_hormones(doc, matches: list, class_by_name: dict) -> list:
    """Matches with '<action noun> of (the) <ligand>' read as the class the knowledge base
    names '<ligand> <action noun>': 'an antagonist of gonadotropin releasing hormone (GnRH)'
    is a GnRH antagonist, 'an analogue of somatostatin' a somatostatin analogue. The words
    are the longest run after 'of' (or its bracketed abbreviation) that makes a class's
    name, and must hold a hormone or drug the text names. A target named there is left to
    `classes_of_targets`, which keeps the target."""
    lowers = doc_words.lower_words(doc)
    if not any(m[0] in ("hormone", "drug") for m in matches) and \
            not any(w in _COPY_ROLES for w in lowers):
        return matches  # no ligand named and no analogue: every reading below is dropped
    spans = []
    # (only the tokens spelt "of" are read, found by LOWER id)
    of = doc_arrays.word_ids(doc.vocab, ("of",))
    for index in doc_arrays.positions(doc, 1, len(doc) - 1, of):
        if lowers[index] != "of":
            continue  # (the same at every token: test_doc_arrays visits them all)
        role = singular(lowers[index - 1]) if lowers[index - 1] in _ROLE_NOUNS else \
            _made_copy(lowers, index - 1)
        if role is None:
            continue
        at = index + 1 + (lowers[index + 1] == "the")
        while at + 1 < len(doc) and lowers[at] in _LIGAND_NOUNS:
            at += 1  # "of the peptide hormone α-MSH": what the ligand is, before its name
        found = _named_class(doc, at, role, class_by_name)
        if found is not None:
            spans.append(("class", found[0], index - 1, found[1], found[2] == at))
    # the object must be a ligand the text names (a hormone, or a drug: "of somatostatin");
    # a receptor's reading is the target's ("an antagonist of the MR": target only). An
    # analogue's ligand need not be one the lexicon lists ("an analogue of amylin", "of the
    # hormone leptin", session 32, i440); the class's name opens the words after "of" and
    # the words that say what the ligand is (not "an analogue of the hormone that inhibits
    # growth hormone")
    spans = [s[:4] for s in spans if (lowers[s[2]] in _COPY_ROLES and s[4] and
                                      _said_of_subject(lowers, s[2]) or any(
        m[0] in ("hormone", "drug") and s[2] + 2 <= m[2] < s[3] for m in matches)) and
             not any(m[0] == "target" and s[2] < m[3] and m[2] < s[3] for m in matches)]
    if not spans:
        return matches
    kept = [m for m in matches if not any(s[2] < m[3] and m[2] < s[3] for s in spans)]
    return sorted(kept + spans, key=lambda m: m[2])


_SAID_OF = {"is", "are", "was", "were", ","}
_SAID_OF_REACH = 8  # "Afamelanotide is a synthetic tridecapeptide and a structural analogue of"


def _said_of_subject(lowers: list[str], noun: int) -> bool:
    """'X is a synthetic analogue of …', 'X, an analogue of …': the analogue is said of a
    subject before it; a list item 'Recombinant analogue of human leptin' names no drug and
    its class would become the sentence's subject."""
    return any(w in _SAID_OF for w in lowers[max(0, noun - _SAID_OF_REACH):noun])


# The nouns (and the hyphen) a hormone's word modifies, never a class itself then.
_HORMONE_MODIFIED = set(_WORDS["pharmacology_words"]) | set(_WORDS["action_nouns"]) | \
    _ROLE_NOUNS | {"receptor", "receptors", "-"}


def hormones_as_classes(doc, matches: list, class_by_name: dict, words: dict) -> list:
    """A hormone's word that is also a class's name, said of one of many: "an estrogen
    medication", "is a naturally occurring and bioidentical estrogen", "in combination with
    an estrogen": the class (`hormone_classes` in drug_classes.yaml: the article before it,
    the adjectives that may stand between, the nouns of medicine after it). The hormone
    itself ("lowers estrogen", "the effects of estrogen", "estrogen levels") stays one."""
    articles, between = set(words.get("before", ())), set(words.get("between", ()))
    medicines = set(words.get("after", ()))
    form_nouns = set(words.get("form_nouns", ()))
    before_form = between | set(words.get("form_routes", ()))
    lowers = doc_words.lower_words(doc)
    out = []
    for match in matches:
        kind, _key, start, end = match
        named = class_by_name.get(class_key(doc_arrays.span_text(doc, start, end))) \
            if kind == "hormone" else None
        if named is None:
            out.append(match)
            continue
        at = start - 1
        while at >= 0 and start - at <= 4 and lowers[at] in between:
            at -= 1  # "a naturally occurring and bioidentical estrogen"
        # "an estrogen agonist in bone", "an estrogen receptor", "an estrogen-like effect":
        # the hormone's word modifies the noun after it, no class of the drug
        modifier = end < len(doc) and lowers[end] in _HORMONE_MODIFIED
        one_of = at >= 0 and lowers[at] in articles and not modifier
        medicine = end < len(doc) and lowers[end] in medicines
        # "is a weak, natural form of estrogen": one of the class, read from the form noun on
        # (the subject's "is a" then says it); "lowers the active form of estrogen": the hormone
        of_at = start - 1 - (start >= 1 and lowers[start - 1] == "the")
        if not (one_of or medicine) and not modifier and of_at >= 1 and \
                lowers[of_at] == "of" and lowers[of_at - 1] in form_nouns and \
                _kind_named(lowers, of_at - 1, articles, before_form):
            out.append(("class", named, of_at - 1, end))
            continue
        out.append(("class", named, start, end) if one_of or medicine else match)
    return out


def _kind_named(lowers, noun: int, articles: set, between: set) -> bool:
    """'a … form', 'is … form' (allowed adjectives between): the form noun at `noun` names
    one of a kind; 'the active form' (of a hormone a drug acts on) does not."""
    at = noun - 1
    while at >= 0 and noun - at <= 5 and lowers[at] in between:
        at -= 1
    return at >= 0 and (lowers[at] in articles or lowers[at] in _BE_WORDS)


_BE_WORDS = {"is", "are"}


_KINASES = {"kinase", "kinases"}
# the nouns a drug's name may modify; an amino acid names the residue a kinase acts on
_MODIFIED_HEADS = _ROLE_NOUNS | {"derivative", "derivatives"} | _KINASES


def ligands_as_modifiers(doc, matches: list, class_named) -> list:
    """'a gamma-aminobutyric acid (GABA) agonist', 'a GABA derivative': a drug's name
    before a role noun (the name, its bracketed abbreviation, or both) modifies that noun
    and names no drug of its own there; the words read as the class the knowledge base
    names so ('GABA agonist', `class_named`), when it does. A class or hormone matched over the same
    words is left as it is (longest match first)."""
    out, heads = [], {}
    words, lowers = doc_words.words(doc), doc_words.lower_words(doc)
    for m in matches:
        if m[0] != "drug":
            out.append(m)  # (only a drug's name is read as a modifier)
            continue
        after = m[3]
        if after + 2 < len(doc) and words[after] == "(" and words[after + 2] == ")":
            after += 3  # "gamma-aminobutyric acid (GABA) agonist"
        elif m[2] > 0 and after < len(doc) and words[m[2] - 1] == "(" and \
                words[after] == ")":
            after += 1  # the bracketed "GABA" of the same words
        while after + 1 < len(doc) and words[after] == "/" and doc[after + 1].is_alpha:
            after += 2  # "serine/threonine protein kinase": both name the residue
        if after + 1 < len(doc) and lowers[after] == "protein" and \
                lowers[after + 1] in _KINASES:
            after += 1
        if after >= len(doc) or after == m[3] and not \
                doc_words.spaced(doc)[after - 1] or lowers[after] not in _MODIFIED_HEADS:
            out.append(m)
            continue
        heads.setdefault(after, []).append(m)
    if not heads:
        return matches
    for after, drugs in heads.items():
        role = singular(doc[after].lower_)
        for words in [doc[after - 2].text] + [doc[m[2]:m[3]].text for m in drugs]:
            klass = class_named(f"{words} {role}")
            if klass is not None:
                out.append(("class", klass, min(m[2] for m in drugs), after + 1))
                break
    return sorted(out, key=lambda m: m[2])


_COPY_NOUNS = set(_WORDS["copy_nouns"])
_MADE = set(_WORDS["made_adjectives"])


def _made_copy(lowers: list[str], noun: int) -> str | None:
    """'analogue' for a made copy of a ligand: 'a synthetic replacement for vasopressin' is
    not this shape, 'a modified form of … arginine vasopressin', 'a modified version of
    growth hormone', 'a recombinant form of parathyroid hormone' are (a made adjective at
    most two words before the noun)."""
    if lowers[noun] not in _COPY_NOUNS:
        return None
    return "analogue" if any(w in _MADE for w in lowers[max(0, noun - 3):noun]) else None


# words after "of" that may name the class's defining word (six since session 32, i440:
# "α-melanocyte-stimulating hormone" is six tokens)
_NAME_REACH = 6


def _named_class(doc, at: int, role: str, class_by_name: dict) -> tuple[str, int, int] | None:
    """The class named by the words from `at` and `role`, the end of its words and where
    they start (past qualifying words)."""
    stop = at
    while stop < min(len(doc), at + _NAME_REACH) and doc[stop].is_alpha or \
            stop < min(len(doc), at + _NAME_REACH) and doc[stop].text == "-":
        stop += 1
    # "of naturally occurring gonadotropin releasing hormone": past words that qualify it
    for first in range(at, stop):
        for end in range(stop, first, -1):
            klass = class_by_name.get(class_key(f"{doc[first:end].text} {role}"))
            if klass is not None:
                if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                    end += 3  # "(GnRH)"
                return klass, end, first
    # "gonadotropin releasing hormone (GnRH)": the abbreviation names the class
    if stop + 2 < len(doc) and doc[stop].text == "(" and doc[stop + 2].text == ")":
        klass = class_by_name.get(class_key(f"{doc[stop + 1].text} {role}"))
        if klass is not None:
            return klass, stop + 3, stop + 1
    return None


def named_stem_classes(found: dict, mentioned: set, classes: dict, members) -> dict:
    """`found` (block -> matches) without the families named by a shared name ending
    (`stem` classes: "triptans") where the text names none of their members: an ending can
    be an English word too ("-orphan" of dextromethorphan), and a family of drugs is read
    only in a text about its drugs. `members(key)` gives the class's members."""
    stems = {m[1] for matches in found.values() for m in matches
             if m[0] == "class" and classes.get(m[1], {}).get("stem")}
    unnamed = {key for key in stems if not any(d.key in mentioned for d in members(key))}
    if not unnamed:
        return found
    return {block: [m for m in matches if not (m[0] == "class" and m[1] in unnamed)]
            for block, matches in found.items()}


def stem_class_unnamed(classes: dict, klass: str, members: list[str]) -> bool:
    """A family named by a name ending whose members the text does not name (see
    `named_stem_classes`): what is said of it is said of nothing."""
    return bool(classes.get(klass, {}).get("stem")) and not members


_COUNTED_REACH = 25  # tokens from a counted class to its list: "… for treatment of … including"


def counted_members(doc, start: int, end: int, matches) -> list[tuple]:
    """(class key, class start, class end, drugs) for a class the sentence counts and a list
    of exactly that many drugs after it: 'Four PDE5 inhibitors are currently approved … for
    treatment of erectile dysfunction including sildenafil (Viagra: 1998), tadalafil …,
    vardenafil … and avanafil …'. The count is the evidence: a list of another length is of
    something else."""
    by_start = {m[2]: m for m in matches}
    out = []
    for kind, key, m_start, m_end in matches:
        if kind != "class" or m_start <= start:
            continue
        word = doc[m_start - 1].lower_
        count = _COUNTS.get(word) or (int(word) if word.isdecimal() else None)
        if not count or count < 2:
            continue
        first = next((m for m in matches if m[0] == "drug" and m_end <= m[2] < min(
            end, m_end + _COUNTED_REACH)), None)
        if first is None or any(m[0] == "class" and m_end <= m[2] < first[2] for m in matches):
            continue
        drugs = list(dict.fromkeys(_plain_list(doc, first[2], end, by_start)))
        if len(drugs) == count:
            out.append((key, m_start, m_end, drugs))
    return out


_RANKS = {"first", "only", "last", "latest", "earliest", "original", "second", "third"}
_RANK_REACH = 3  # words between the rank and the class: "first clinically available"
_RANKED_COPULA_REACH = 6  # words from the class to its verb: "used in clinical medicine"


def ranked_members(doc, start: int, end: int, matches) -> list[tuple]:
    """(class key, class start, class end, [drug]) for a sentence that names a class member
    by its rank, subject and complement turned round: 'The first aromatase inhibitor used in
    clinical medicine was aminoglutethimide', 'The first clinically available triptan was
    sumatriptan'. The drug must follow the verb at once; a name, comma or clause between
    (", which …") says something else."""
    by_start = {m[2]: m for m in matches}
    lowers = doc_words.lower_words(doc)
    index = start + (lowers[start] == "the") if start < end else start
    if index >= end or lowers[index] not in _RANKS or index == start:
        return []
    klass = next((m for m in matches if m[0] == "class" and index < m[2] <= index + 1 +
                  _RANK_REACH), None)
    if klass is None or any(m[0] in ("drug", "class") and index < m[2] < klass[2]
                            for m in matches):
        return []
    alpha, lowers = doc_words.flags(doc, "IS_ALPHA"), doc_words.lower_words(doc)
    for at in range(klass[3], min(end - 1, klass[3] + _RANKED_COPULA_REACH + 1)):
        if at in by_start or not alpha[at]:
            return []
        if lowers[at] in ("was", "is"):
            drug = by_start.get(at + 1)
            return [(klass[1], klass[2], klass[3], [drug[1]])] \
                if drug is not None and drug[0] == "drug" else []
    return []


_NAMING = (("known", "as"), ("called",), ("termed",), ("referred", "to", "as"), ("aka",))


def other_name_of_class(doc, start: int) -> bool:
    """'The 5-HT3 antagonists, informally known as "setrons", are …': a class named right
    after 'known as', 'called' or 'referred to as' where the subject is a class is another
    name of that class, not a class it belongs to (quotes and brackets between)."""
    words = [t.lower_ for t in doc[max(0, start - 5):start] if t.is_alpha]
    return any(tuple(words[-len(cue):]) == cue for cue in _NAMING)


_QUALITY_NOUNS = {"activity", "activities", "effect", "effects", "property", "properties",
                  "action", "actions"}
_HAVING = {"has", "have", "had", "having", "with", "shows", "show", "showed", "exhibits",
           "exhibit", "possesses", "possess", "displays", "'s", "’s"}
# a quality had so little it says the drug is not of the class ("usually with minimal
# antiandrogenic effects"); "its" is left out: "give the drug its diuretic properties",
# "exerts its antiviral action" say what it does, not what it is
_SCANT = {"minimal", "little", "no", "negligible", "without", "lacks", "lack", "lacking",
          "slight", "modest",
          # "very weak mixed progestogenic and antiprogestogenic activity": a profile of a
          # quality and its opposite, neither of which classes the drug
          "mixed"}
_HAVING_REACH = 4  # "has weak androgenic and …", "with potent antiemetic …"


_ACTIVITY_HEADS = {"activity", "activities", "active", "effective"}
# words that end the phrase after "against" before a group is named ("against E. coli, and")
_ACTIVITY_BREAKS = {",", ";", ".", ":", "(", ")", "that", "which", "and", "or", "but", "when",
                    "in", "at", "by"}
_ACTIVITY_REACH = 6  # "against many aerobic gram-positive cocci"


def activity_classes(doc, groups: dict[str, str]) -> list[tuple]:
    """('class', key, start, end) for a drug's activity against a group of organisms: 'is
    active against most Gram-positive bacteria' (antibacterial), 'has potent activity
    against several parasitic nematodes' (anthelmintic); `groups` maps the group's word
    (lower case) to its class (drug_classes.yaml `activity_against`). The span opens at
    'activity'/'active', so the phrase is read as a class said of the subject. Not when the
    activity is denied or scant ('has no activity against', 'little activity against')."""
    out, lowers = [], doc_words.lower_words(doc)
    for index in range(1, len(doc) - 1):
        if lowers[index] != "against" or lowers[index - 1] not in _ACTIVITY_HEADS:
            continue
        start = index - 1
        if _SCANT.intersection(lowers[max(0, start - 3):start]):
            continue
        for j in range(index + 1, min(len(doc), index + 1 + _ACTIVITY_REACH)):
            word = lowers[j]
            if word in groups:
                out.append(("class", groups[word], start, j + 1))
                break
            if word in _ACTIVITY_BREAKS:
                break
    return out


def activity_opens(doc, m_start: int) -> bool:
    """A class match read by `activity_classes` ('active against … bacteria')."""
    return doc[m_start].lower_ in _ACTIVITY_HEADS and m_start + 1 < len(doc) and \
        doc[m_start + 1].lower_ == "against"


def quality_had(doc, clause_start: int, start: int, end: int, matches) -> bool:
    """'Spironolactone has antiandrogenic activity', 'a carbazole derivative with antiemetic
    activity', 'weak androgenic and estrogenic activity', 'due to its antiandrogenic
    properties': a class named as a quality the drug has is a class it belongs to."""
    classes = {m[2]: m[3] for m in matches if m[0] == "class"}
    index = end
    while index + 1 < len(doc) and doc[index].lower_ in ("and", "or", ",") and \
            index + 1 in classes:
        index = classes[index + 1]  # "androgenic and estrogenic activity"
    if index >= len(doc) or doc[index].lower_ not in _QUALITY_NOUNS:
        return False
    before = [t.lower_ for t in doc[max(clause_start, start - _HAVING_REACH):start]]
    return bool(set(before) & _HAVING) and not set(before) & _SCANT


# "with potential antineoplastic activity" (the NCI thesaurus' phrase for a drug under
# study): a quality hoped for, which the gold set labels hypothetical (rounds 10, 11, 16, 20)
_UNPROVEN = {"potential", "possible", "putative"}


def unproven_quality(doc, clause_start: int, start: int) -> bool:
    """'an androgen receptor antagonist with potential antineoplastic activity': the quality
    `quality_had` reads is hoped for, a hypothetical class, not one the drug has."""
    before = [t.lower_ for t in doc[max(clause_start, start - _HAVING_REACH):start]]
    return bool(set(before) & _UNPROVEN)


# "Trazodone acts as an alpha-adrenoceptor antagonist": what the drug does, said with a verb
# of acting (an adverb may stand between: "acts mainly as")
_ACTING = {"act", "acts", "acting", "acted", "function", "functions", "functioning", "work",
           "works", "working"}


def acts_as(doc, clause_start: int, start: int) -> bool:
    """The class right after '<acts> as (a|an|the)'."""
    lowers = doc_words.lower_words(doc)
    index = start - 1
    while index > clause_start and lowers[index] in ("a", "an", "the"):
        index -= 1
    if index <= clause_start or lowers[index] != "as":
        return False
    verb = lowers[index - 1]
    if verb.endswith("ly") and index - 2 >= clause_start:
        verb = lowers[index - 2]
    return verb in _ACTING


def action_on_record(kb, drug: str, klass: str) -> bool:
    """The knowledge base does not file the drug under `klass` but one of its classes (any
    source: MeSH, ChEBI) names that action or a broader one: trazodone, a serotonin reuptake
    inhibitor to the FDA, is an 'adrenergic antagonist' to ChEBI, so 'acts as an
    alpha-adrenoceptor antagonist' describes a secondary action, not its class. A metformin
    said to act as a sulfonylurea has no such record and is still compared."""
    known = kb.drugs.get(drug) if kb is not None else None
    if known is None or known.has_class(klass):
        return False
    spec = kb.classes.get(klass, {})
    names = [class_key(n).replace("-", " ")
             for n in spec.get("names", []) + [spec.get("label", "")] if n]
    rows = [class_key(row[0]).replace("-", " ") for row in known.other_classes]
    return any(_ends_with(name, row) for name in names for row in rows)


def secondary_class(doc, clause_start: int, start: int, end: int, matches, kb, klass: str,
                    drugs: list) -> bool:
    """A class said as a further property of the drug, not its class (read, not compared
    with the knowledge base): a quality it has ('a tricyclic antidepressant with strong
    antimuscarinic effects', 'has alpha-adrenergic antagonist activity', 'also has
    antimuscarinic properties'), or an action it is said to act as that the knowledge base
    records beside another class (`action_on_record`)."""
    if quality_had(doc, clause_start, start, end, matches):
        return True
    known = [d for d in drugs if kb is not None and d in kb.drugs]
    return bool(known) and acts_as(doc, clause_start, start) and \
        all(action_on_record(kb, d, klass) for d in known)


_SUBCLASS_CUES = {"include", "includes"}
_SUBCLASS_GLUE = {",", "and", "or", "as", "well", "the", "such", "other"}
# the head noun after a class named by its members' chemistry ("hydantoin derivatives")
_SUBCLASS_HEADS = {"derivatives", "derivative", "agents", "drugs", "compounds", "analogues",
                   "analogs", "medications"}
_SUBCLASS_STOPS = {"that", "which", "who", "are", "is", "were", "was", "have", "has", ";",
                   ".", ":"}
_QUALIFIER_WORDS = 5  # "The antipsychotic agents in clinical use include …"
_STRANGERS = 4  # words of a list item that name no class ("structurally similar compounds")
_OPENING_WORDS = 3  # "The major", "Major", "These"
_NOT_OPENING = {"of", "with", "to", "by", "for", "from", "that", "which", "and", "in", "on",
                "than", "like", "unlike", "other"}


def subclasses_listed(doc, start: int, end: int, matches) -> list[tuple]:
    """(class key, class start, class end, [(kind, key) listed]) for a class that 'includes'
    a list of classes: 'Major anticonvulsants include hydantoin derivatives, barbiturates,
    benzodiazepines, succinimides, valproic acid, …', 'The antipsychotic agents in clinical
    use include the phenothiazines and … thioxanthenes, butyrophenones, …'. Each class listed
    is a kind of the first, and each drug listed among them a member, when the class opens
    the clause and the list names a class and one more item; other lists are left to the
    member readings."""
    by_start = {m[2]: m for m in matches}
    out, lowers, alpha = [], doc_words.lower_words(doc), doc_words.flags(doc, "IS_ALPHA")
    for kind, key, m_start, m_end in matches:
        if kind != "class" or not start <= m_start < end:
            continue
        opening = lowers[start:m_start]
        if len(opening) > _OPENING_WORDS or set(opening) & _NOT_OPENING or \
                not all(alpha[start:m_start]):
            continue  # the class opens the clause: "Drugs that interact with SSRIs include …"
        cue = next((i for i in range(m_end, min(end, m_end + _QUALIFIER_WORDS + 1))
                    if lowers[i] in _SUBCLASS_CUES), None)
        if cue is None or any(i in by_start or lowers[i] in _SUBCLASS_STOPS
                              for i in range(m_end, cue)):
            continue
        listed, strangers, index, last = [], 0, cue + 1, False
        while index < end and strangers <= _STRANGERS:
            match = by_start.get(index)
            word = doc[index].lower_
            if match is not None and match[0] in ("class", "drug"):
                if match[1] != key:
                    listed.append((match[0], match[1]))
                strangers, index = 0, match[3]
                while index < end and doc[index].lower_ in _SUBCLASS_HEADS:
                    index += 1
                if last:
                    break  # "… tolazamide and tolbutamide, oral hypoglycemic agents that …"
                continue
            if word in _SUBCLASS_STOPS or (match is not None and match[0] not in ("kind",)):
                break
            last = last or word in ("and", "or")
            if word not in _SUBCLASS_GLUE:
                strangers += 1
            index += 1
        if len(listed) >= 2 and any(k == "class" for k, _ in listed):
            out.append((key, m_start, m_end, listed))
    return out


_OTHERS = {"others", "other", "rest", "remainder"}


def said_of_others(doc, start: int, m_start: int) -> bool:
    """'Antiandrogens are one of three types of sex hormone antagonists, the others being
    antiestrogens and antiprogestogens': a class after 'the others being' names the other
    members of a group, not what the subject is."""
    words = [t.lower_ for t in doc[max(start, m_start - 4):m_start]]
    if "being" not in words:
        return False
    return bool(set(words[:words.index("being")]) & _OTHERS)


_TAKING_VERBS = set(_WORDS["taking_verbs"])
_TAKEN_PARTICIPLES = set(_WORDS["taken_participles"])
_TAKERS = set(_WORDS["people_nouns"]) | {"have", "has", "had", "having", "who"}
_TAKEN_DETERMINERS = {"a", "an", "the", "any", "another", "other", "some"}
_TAKEN_ADVERBS = {"recently", "ever", "already", "never", "not", "previously", "currently",
                  "also", "just", "once"}
TAKEN_OPENING_REACH = 3  # words from a clause's start that may still be its subject


def taken_class(doc, start: int, m_start: int) -> bool:
    """'Benzphetamine is contraindicated in patients … who have recently used a monoamine
    oxidase inhibitor (MAOI)', 'in patients who are taking an MAOI': a class right after a
    verb of taking (past an article) is a medicine someone takes, named in a
    contraindication or an interaction, not a class of the clause's drug. A participle is
    that verb only in a perfect, after 'who' or after the people ('a commonly used muscle
    relaxant' is the drug's class)."""
    lowers = doc_words.lower_words(doc)
    index = m_start - 1
    while index > start and lowers[index] in _TAKEN_DETERMINERS:
        index -= 1
    if index < start:
        return False
    word = lowers[index]
    if word in _TAKING_VERBS:
        return True
    if word not in _TAKEN_PARTICIPLES:
        return False
    index -= 1
    while index > start and lowers[index] in _TAKEN_ADVERBS:
        index -= 1
    return index >= start and lowers[index] in _TAKERS
