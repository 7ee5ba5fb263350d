"""MEC: what the articles say about each drug agrees across places and with the knowledge base."""

from __future__ import annotations

import re

from lint.data import load_data
from lint.diagnostics import Severity
from lint.document.annotations import ESTER_PRODUCT, HORMONE_LABELS
from lint.normalise import class_key
from lint.rules.base import Finding, Scope, rule
from lint.sources.drugs import FREQUENCY_HOURS, interval_hours, nested_sites, own_generation
from lint.sources.known_classes import disjoint, known_classes, rows_name_class, targets_of
from lint.sources.product_routes import labelled_routes

# A pulse this many times longer than the longest interval the knowledge base gives
# is not the same pattern ("twice weekly" is 40x a 2-hour pulse).
_PULSE_TOLERANCE = 4


def _assertions(corpus):
    for document in corpus.documents:
        for assertion in document.annotations.mechanisms:
            yield document, assertion


def _span(document, assertion):
    if assertion.at:
        return document.source.span(*assertion.at)
    return assertion.sentence.span


def _place(document, assertion) -> str:
    return f"{document.path}:{_span(document, assertion).start.line}"


def _kb_note(kb, drug, source: str | None = None) -> str:
    """Where a knowledge-base fact comes from, and where the editor can change it."""
    source = source or drug.source_note()
    if kb.project_file and drug.origin == kb.project_file:
        return f"source: {source}; from {kb.project_file}"
    if kb.project_file:
        return f"source: {source}; correct it in {kb.project_file}"
    return f"source: {source}; a project corrects it in its drug-knowledge file"


def _differs_unless_known(kb, field: str, together=None, added=None):
    """Two values conflict when they differ, unless the knowledge base lists both for the drug
    (a drug may have several routes or sites), or the text itself names both in one sentence
    (`together`: drug -> the sets of routes said together), or says one of them is one more
    way of giving the drug (`added`: drug -> routes said with 'also': "It is available as a
    daily intramuscular injection. Histrelin is also available in a 12-month subcutaneous
    implant", round 18, against the infobox's "Subcutaneous implant")."""
    def conflict(a, b) -> bool:
        if field == "routes" and (_another_route(a) or _another_route(b) or
                                  _parenteral_fits(a.value, b.value) or
                                  _skin_fits(a.value, b.value) or
                                  _other_products(kb, a, b)):
            return False
        if together and any({a.value, b.value} <= said for said in together.get(a.drug, ())):
            return False
        if added and {a.value, b.value} & added.get(a.drug, set()):
            return False
        known = kb.drugs.get(a.drug)
        values = getattr(known, field) if known is not None else ()
        return a.value != b.value and not (a.value in values and b.value in values)
    return conflict


def _other_products(kb, a, b) -> bool:
    """Two routes of a drug labelled in forms of both (route_products.yaml, FDA labels:
    rilpivirine tablets, and its long-acting intramuscular injection); or two routes each
    said of a product of its own ("tablets", "eye drops") where the knowledge base gives the
    drug several routes, so that MEC004 holds each against its list: two products, not one
    given two ways. The table lists every route of its drugs' products, so a route outside
    it still conflicts, whatever product it is said of."""
    if a.product_clash or b.product_clash:
        return False  # a route said of a product that cannot take it ("injection … orally")
    if a.product != b.product and (a.product.endswith(ESTER_PRODUCT) or
                                   b.product.endswith(ESTER_PRODUCT)):
        return True  # "as norethisterone enanthate, by injection": the ester's own product
    if a.salt and b.salt and a.salt != b.salt:
        # "in the form of a sodium salt" for intravenous use, "fosfomycin trometamol" granules
        # by mouth: two salts, two products (a salt against the bare name is still compared)
        return True
    labelled, _ = labelled_routes(kb, a.drug)
    if {a.value, b.value} <= labelled:
        return True
    if labelled or not (a.product and b.product) or a.product == b.product:
        return False
    known = kb.drugs.get(a.drug)
    return known is not None and len(known.routes) >= 2


# "given parenterally" names no route beyond "not by the gut": any injection fits it.
_PARENTERAL_ROUTES = {"subcutaneous", "intramuscular", "intravenous"}


def _parenteral_fits(a: str, b: str) -> bool:
    return "parenteral" in (a, b) and bool({a, b} & _PARENTERAL_ROUTES)


def _skin_fits(a: str, b: str) -> bool:
    """A gel or cream put on the skin is "topical" to a health page and "transdermal" to a
    label ("given as a topical (on your skin) gel"; "testosterone cream"): one way of giving."""
    return {a, b} == {"topical", "transdermal"}


def _routes_said_together(corpus, kb) -> tuple[dict[str, list[set]], dict[int, dict[str, set]]]:
    """drug -> the sets of routes one sentence gives it ("given in high loading doses, either
    intravenously or orally"): a text that names both ways in one breath has said both are
    right, so another place naming one of them alone does not contradict the other.

    Routes said together of a class ("Bisphosphonates such as zoledronic acid are given
    orally or intravenously"; "Cephalosporins have variable oral absorption and many must be
    given parenterally") count for the members (knowledge-base membership) that the class
    sentence's own paragraph or list item names, not for every member anywhere: another
    document's, or another paragraph's, alendronate "taken orally" and "given intravenously"
    still disagree.

    Also id(sentence) -> drug -> the routes that sentence gives it (positive statements),
    for MEC003's other use."""
    together: dict[str, list[set]] = {}
    by_sentence: dict[int, dict[str, set]] = {}
    for document in corpus.documents:
        said: dict[int, dict[str, set]] = {}  # id(sentence) -> drug -> routes
        sentences = {}
        for assertion in document.annotations.mechanisms:
            if assertion.attribute == "route" and assertion.polarity:
                said.setdefault(id(assertion.sentence), {}).setdefault(
                    assertion.drug, set()).add(assertion.value)
                sentences[id(assertion.sentence)] = assertion.sentence
        by_sentence.update(said)
        named = None  # id(block) -> the drugs it names, read when a class needs it
        for key, routes_of_drug in said.items():
            for drug, routes in routes_of_drug.items():
                if len(routes) < 2:
                    continue
                together.setdefault(drug, []).append(routes)
                if not drug.startswith("class:"):
                    continue
                if named is None:
                    named = _block_drugs(document)
                klass = drug[len("class:"):]
                block = getattr(sentences[key], "block", None)
                for member in named.get(id(block), ()):
                    known = kb.drugs.get(member)
                    if known is not None and known.has_class(klass):
                        together.setdefault(member, []).append(routes)
    return together, by_sentence


def _block_drugs(document) -> dict[int, set]:
    """id(block) -> the drugs its paragraph or list item names."""
    named: dict[int, set] = {}
    for mention in document.annotations.drug_mentions:
        named.setdefault(id(getattr(mention.sentence, "block", None)), set()).add(mention.name)
    return named


def _own_statement(kb, attribute: str):
    """Whether an assertion of `attribute` is the drug's own to compare: not a class's
    statement the reader gave a member its paragraph does not name (a text naming no member
    gives the class's statement, or an anaphor's after it, "The oral preparations are used
    …", to the class's curated members). The class's own assertion stands for it and is
    compared with each member (`_class_member_pairs`)."""
    cache: dict[int, tuple] = {}

    def keep(document, assertion) -> bool:
        if assertion.drug.startswith("class:"):
            return True
        if id(document) not in cache:
            said = {}  # (id(sentence), value) -> the classes that sentence gives it
            for other in document.annotations.mechanisms:
                if other.attribute == attribute and other.drug.startswith("class:"):
                    said.setdefault((id(other.sentence), other.value), []).append(
                        other.drug[len("class:"):])
            cache[id(document)] = (said, _block_drugs(document))
        said, named = cache[id(document)]
        classes = said.get((id(assertion.sentence), assertion.value))
        if not classes:
            return True
        block = getattr(assertion.sentence, "block", None)
        if assertion.drug in named.get(id(block), ()):
            return True
        known = kb.drugs.get(assertion.drug)
        return known is None or not any(known.has_class(klass) for klass in classes)
    return keep


def _fits_together(pair: set, said: set) -> bool:
    """Both routes of `pair` are among those one sentence names together ("parenterally"
    covering any injection)."""
    return all(value in said or ("parenteral" in said and value in _PARENTERAL_ROUTES) or
               (value == "parenteral" and bool(said & _PARENTERAL_ROUTES)) for value in pair)


def _class_route_pairs(corpus, kb, conflict, keep):
    """(member's place, class's place) where a drug's route differs from a route the same
    document states for one of its classes ("Statins are taken orally" … "Atorvastatin is
    given intravenously"): what a class is said to be given by is said of its members. A
    class sentence that also names the member's route ("given orally or intravenously") is
    no disagreement, nor is one any sentence of the document gives the class together with
    the member's ("Cephalosporins have variable oral absorption and many must be given
    parenterally" over "Parenterally administered cephalosporins include cefazolin"); the
    first conflict per drug, class route and member route."""
    return _class_member_pairs(corpus, kb, "route", conflict, keep, _fits_together,
                               lambda assertion: not _another_route(assertion))


def _class_member_pairs(corpus, kb, attribute, conflict, keep, fits_together,
                        stands_for_class=lambda assertion: True):
    """(member's place, class's place) where a drug's `attribute` conflicts with one the same
    document states for one of its classes (knowledge-base membership): a class's statement
    is said of its members. A class sentence that says both values (`fits_together`) is no
    disagreement; the first conflict per drug, class value and member value."""
    reported = set()
    for document in corpus.documents:
        class_routes: dict[str, dict[str, object]] = {}  # class -> value -> first assertion
        sentence_routes: dict[tuple, set] = {}  # (id(sentence), class) -> its values
        members = []
        for assertion in document.annotations.mechanisms:
            if assertion.attribute != attribute or not assertion.comparable:
                continue
            if assertion.drug.startswith("class:"):
                klass = assertion.drug[len("class:"):]
                sentence_routes.setdefault((id(assertion.sentence), klass), set()).add(
                    assertion.value)
                if stands_for_class(assertion):
                    class_routes.setdefault(klass, {}).setdefault(assertion.value, assertion)
            elif keep(document, assertion):
                members.append(assertion)
        if not class_routes:
            continue
        said_of: dict[str, list[set]] = {}  # class -> the route sets its sentences give it
        for (_, klass), said in sentence_routes.items():
            said_of.setdefault(klass, []).append(said)
        for assertion in members:
            known = kb.drugs.get(assertion.drug)
            if known is None:
                continue
            for klass, routes in class_routes.items():
                if not known.has_class(klass):
                    continue
                for value, other in routes.items():
                    pair = {value, assertion.value}
                    if other.sentence is assertion.sentence or any(
                            fits_together(pair, said) for said in said_of[klass]):
                        # the class said to be given both ways ("Cephalosporins have
                        # variable oral absorption and many must be given parenterally")
                        continue
                    stand_in = _MemberView(other, assertion.drug)
                    if not conflict(assertion, stand_in):
                        continue
                    key = (assertion.drug, value, assertion.value)
                    if key not in reported:
                        reported.add(key)
                        yield (document, assertion), (document, other)
                    break


class _MemberView:
    """A class's route assertion seen as said of one member, for the pairwise test."""

    __slots__ = ("_assertion", "drug")

    def __init__(self, assertion, drug):
        self._assertion = assertion
        self.drug = drug

    def __getattr__(self, name):
        return getattr(self._assertion, name)


def _routes_of_salts(corpus) -> dict[str, set]:
    """drug -> the routes said of its salts, where the texts name two salts of it with routes
    ("for intravenous use in the form of a sodium salt", "granules for oral use … fosfomycin
    trometamol"): they have said the drug comes in products of those routes, so its bare name
    given one of them elsewhere ("It is generally taken by mouth") contradicts nothing. One
    salt named ("Heparin sodium … intravenous") says no second product."""
    by_drug: dict[str, dict[str, set]] = {}
    for _, assertion in _assertions(corpus):
        if assertion.attribute == "route" and assertion.salt and assertion.comparable:
            by_drug.setdefault(assertion.drug, {}).setdefault(assertion.salt, set()).add(
                assertion.value)
    out = {}
    for drug, salts in by_drug.items():
        routes = set().union(*salts.values())
        if len(salts) >= 2 and len(routes) >= 2:
            out[drug] = routes
    return out


def _routes_said_added(corpus) -> dict[str, set]:
    """drug -> the routes the text gives it as one more ('is also available in a
    subcutaneous implant'): the text says the drug has another route besides."""
    added: dict[str, set] = {}
    for _, assertion in _assertions(corpus):
        if assertion.attribute == "route" and assertion.polarity and \
                assertion.modality == "additional":
            added.setdefault(assertion.drug, set()).add(assertion.value)
    return added


def _possible_route(assertion) -> bool:
    """A route said as one of several ways ('intramuscularly, sublingually or by patch') or
    as possible ('may be given intravenously') is not the drug's usual route."""
    return assertion.attribute == "route" and assertion.modality == "possible"


def _another_route(assertion) -> bool:
    """A possible route, or one said as one more ('is also used topically'): not the drug's
    one route, so no contradiction of another place's (MEC003; MEC004 still checks the
    latter against the knowledge base)."""
    return _possible_route(assertion) or (
        assertion.attribute == "route" and assertion.modality == "additional")


def _pairs(corpus, attribute, conflict, keep=None):
    """(later place, earlier place) for each conflicting pair, the first conflict per value.

    Only the first place of each distinct value (and product) is kept per drug, so the cost
    grows with the number of statements, not its square.
    """
    first_of: dict[str, dict[tuple, tuple]] = {}
    reported = set()
    for document, assertion in _assertions(corpus):
        if assertion.attribute != attribute or not assertion.comparable or (
                keep is not None and not keep(document, assertion)):
            continue
        values = first_of.setdefault(assertion.drug, {})
        for other_document, other in values.values():
            if other.sentence is assertion.sentence or not conflict(other, assertion):
                continue
            key = (assertion.drug, other.value, assertion.value)
            if key not in reported:
                reported.add(key)
                yield (document, assertion), (other_document, other)
            break
        # a route's first place per product: tablets and a long-acting injection of one drug
        # are each compared with a later place
        values.setdefault((assertion.value, assertion.product), (document, assertion))


def _finding(kb, later, earlier, what):
    (document, assertion), (other_document, other) = later, earlier
    name = kb.drugs[assertion.drug].name if assertion.drug in kb.drugs else assertion.drug
    return Finding(
        _span(document, assertion),
        f"{what} for {name}: here '{assertion.describe(kb)}', but "
        f"'{other.describe(kb)}' at {_place(other_document, other)}",
        suggestion="make both places say the same, or qualify one",
        path=document.path, context=f"{assertion.drug} {assertion.value} {other.value} "
                                    f"{assertion.sentence.text}",
        data={"drug": assertion.drug, "here": assertion.describe(kb),
              "there": other.describe(kb), "there_at": _place(other_document, other)})


def _compatible_classes(kb, drug, a, b) -> bool:
    if a == b:
        return True
    if a not in kb.classes or b not in kb.classes:
        # the text's own name of a class ("third_generation_progestin") is judged only
        # against another generation of the same class: a drug is of one generation
        own_a, own_b = own_generation(a), own_generation(b)
        return not (own_a and own_b and own_a[1] == own_b[1] and own_a[0] != own_b[0])
    if not (kb.classes.get(a, {}).get("checked", True) and
            kb.classes.get(b, {}).get("checked", True)):
        return True  # a descriptive class ("antiviral") fits beside a mechanistic one
    known = kb.drugs.get(drug)
    if known is None:
        return False
    if not known.curated and (kb.classes.get(a, {}).get("source") or
                              kb.classes.get(b, {}).get("source")):
        # DrugCentral lists some of a drug's classes: one of the two confirmed is enough.
        # Where it gives the drug no established class at all (esketamine: ChEBI roles
        # only), nothing says which FDA classes go together ("NMDA receptor antagonist",
        # "general anesthetic"): not judged, as MEC004 does not judge them either.
        return known.has_class(a) or known.has_class(b) or not _established(known)
    return known.has_class(a) and known.has_class(b)


def _established(drug) -> bool:
    """The knowledge base gives the drug a class to judge by: its own, or an FDA established
    pharmacologic class from DrugCentral."""
    return bool(drug.drug_class) or bool(_fda_classes(drug))


def _fda_classes(drug) -> list[str]:
    """The labels of the drug's FDA established pharmacologic classes (DrugCentral)."""
    return [label for label, kind, *_ in drug.other_classes if kind == "fda_epc"]


@rule("MEC001", "inconsistent-drug-class", Severity.WARNING, scope=Scope.CORPUS,
      needs_annotations=True)
def inconsistent_drug_class(corpus, context):
    """One drug is given different classes in different places.

    A class also correctly used for the drug (a GHRH analogue is a growth
    hormone secretagogue too, by the knowledge base's `also`) is not a
    conflict, nor are two FDA classes of a drug the knowledge base gives no
    established class (nothing says which of them go together), nor a class
    named as a weak quality the drug has ("weak antimineralocorticoid
    activity"): a further, lesser property beside what the drug is. A class
    the knowledge base does not know, named in the text's own words ("a
    fourth-generation progestin"), is compared only with another generation
    of the same class: "first-generation" here and "third-generation" there
    conflict. A class after "described as" ("it has also been described as a
    SARM") is one more description, compared with neither the text's other
    classes nor the knowledge base.

    Why: a reader who meets anastrozole as an aromatase inhibitor in one
    section and as a SERM in another cannot tell which is right.

    Fails:

    ```markdown
    Anastrozole is an aromatase inhibitor.

    ## Later

    Anastrozole is a selective estrogen receptor modulator.
    ```

    Passes:

    ```markdown
    Sermorelin is a GHRH analog.

    ## Later

    Growth hormone secretagogues, such as Sermorelin, raise GH.
    ```

    ```markdown
    Dydrogesterone is a progestin.

    ## Pharmacology

    It has weak antimineralocorticoid activity and no other important
    hormonal activity.
    ```

    ```markdown
    # Esketamine

    Esketamine is an N-methyl-D-aspartate (NMDA) receptor antagonist.

    ## Anesthesia

    Esketamine is also a general anesthetic.
    ```

    Two classes the text names together, or one of them as one more ("also"):

    ```markdown
    # Velostrone

    Velostrone 10 mg was the dose tested. Velostrone is an androgen and a progestin.

    ## Uses

    Velostrone is a progestin. It is also an anabolic steroid.
    ```

    A drug the knowledge base lacks may join two classes no drug it holds joins:

    ```markdown
    # Tovaterone

    Tovaterone 20 mg was the dose tested. Tovaterone is a CYP17A1 inhibitor.

    ## Mechanism

    Tovaterone is also an androgen receptor antagonist.
    ```
    """
    kb = corpus.knowledge
    if kb is None:
        return
    together, added = _classes_said_together(corpus)
    # ("It has weak antimineralocorticoid activity": a further, lesser property, no rival)
    for later, earlier in _pairs(corpus, "class", lambda a, b: not _compatible_classes(
            kb, b.drug, a.value, b.value) and "additional" not in (a.modality, b.modality)
            and not _both_said(kb, a, b, together, added)):
        yield _finding(kb, later, earlier, "different drug classes")


def _classes_said_together(corpus) -> tuple[dict[str, list[set]], dict[str, set]]:
    """drug -> the sets of classes one sentence gives it ("an androgen and progestogen
    medication"), and drug -> the classes said as one more ("It is also a progestin",
    modality `added`): the text itself says the drug is of both (issue 16, session 24)."""
    said: dict[tuple[int, str], set] = {}
    added: dict[str, set] = {}
    for _, assertion in _assertions(corpus):
        if assertion.attribute != "class" or not assertion.comparable or \
                assertion.modality == "additional":
            continue
        said.setdefault((id(assertion.sentence), assertion.drug), set()).add(assertion.value)
        if assertion.modality == "added":
            added.setdefault(assertion.drug, set()).add(assertion.value)
    together: dict[str, list[set]] = {}
    for (_, drug), classes in said.items():
        if len(classes) > 1:
            together.setdefault(drug, []).append(classes)
    return together, added


def _both_said(kb, a, b, together, added) -> bool:
    """The text names both classes of the drug in one sentence, or one of them as one more,
    and one drug can be of both ("an opioid and a statin" is still a rival pair)."""
    said = any({a.value, b.value} <= both for both in together.get(a.drug, ())) or \
        bool({a.value, b.value} & added.get(a.drug, set()))
    # a drug the knowledge base lacks may join classes no drug it holds joins where one
    # is named by its target (galeterone, a CYP17A1 inhibitor and androgen receptor
    # antagonist); "an opioid and a statin" stays a rival pair
    return said and (_can_co_occur(kb, a.value, b.value) or a.drug not in kb.drugs and (
        _named_by_target(a.value) or _named_by_target(b.value)))


# what a drug does to its target, ending a class named by it ("CYP17A1 inhibitor")
_TARGET_ACTIONS = set(load_data("mechanism_words.yaml")["target_actions"])


def _named_by_target(value: str) -> bool:
    """'cytochrome p450 17a1 inhibitor', 'androgen receptor antagonist': a target and
    what the drug does to it, not 'opioid', 'statin'."""
    words = value.split()
    return len(words) > 1 and words[-1] in _TARGET_ACTIONS


# Class pairs one drug can have that no knowledge-base drug shows (mechanism_guards.yaml).
_REVIEWED_CLASS_PAIRS = {frozenset(pair) for pair in
                         load_data("mechanism_guards.yaml")["co_occurring_classes"]}


def _can_co_occur(kb, a: str, b: str) -> bool:
    """Some drug of the knowledge base has both classes, or the reviewed list pairs them.
    Scans the knowledge base on every call: no memo outlives the rule call (rules are pure)."""
    if frozenset((a, b)) in _REVIEWED_CLASS_PAIRS:
        return True
    return any(drug.has_class(a) and drug.has_class(b) for drug in kb.drugs.values())


@rule("MEC002", "opposite-effects", Severity.WARNING, scope=Scope.CORPUS, needs_annotations=True)
def opposite_effects(corpus, context):
    """One drug is said to raise a hormone in one place and lower it in another.

    Statements about a class ("SERMs increase LH") count for each member
    drug, so a class and its member can contradict each other. Hypothetical
    statements ("would desensitize") and negated ones are not compared, nor two
    effects each said for a different population or dose ("in men", "in women",
    "at high doses"). A substance named as what a drug acts on or raises is no
    subject of the effects ("by blocking dopamine", "increasing serotonin
    reduces hunger", "the reuptake of the neurotransmitters noradrenaline,
    dopamine and serotonin"), and a change that comes "with age" is the ageing
    body's, not the drug's.

    Why: opposite directions for the same drug and hormone are either an
    error or a nuance the text must spell out (dose, timing, population).

    Fails:

    ```markdown
    Clomiphene citrate increases LH secretion.

    ## Later

    Clomiphene citrate lowers LH levels.
    ```

    Passes:

    ```markdown
    Clomiphene citrate increases LH secretion.

    ## Later

    Selective estrogen receptor modulators (SERMs) raise LH and FSH.
    ```

    Each said for its own population or dose (the nuance spelled out):

    ```markdown
    Tamoxifen raises LH in men.

    ## Later

    Tamoxifen lowers LH in postmenopausal women.
    ```

    ```markdown
    Sitagliptin decreases the degradation of GLP-1.

    ## Later

    Sitagliptin raises GLP-1 levels.
    ```

    ```markdown
    GnRH agonists such as leuprolide cause a surge in testosterone after the first injection.

    ## Later

    Leuprolide lowers testosterone to castrate levels.
    ```
    """
    kb = corpus.knowledge
    if kb is None:
        return

    def opposite(a, b):
        hormone_a, direction_a = a.value.split(":")
        hormone_b, direction_b = b.value.split(":")
        # "… in men" and "… in women": each said for its own population (or dose)
        spelled_out = a.population and b.population and a.population != b.population
        return hormone_a == hormone_b and direction_a != direction_b and not spelled_out

    reported = set()
    for later, earlier in _pairs(corpus, "effect", opposite):
        reported.add((later[1].drug, later[1].value, earlier[1].value))
        yield _finding(kb, later, earlier, "opposite effects")
    # a class's effect against a member's in the same document (the reader gives a class's
    # statement only to the members its paragraph names)
    for member, klass in _class_member_pairs(
            corpus, kb, "effect", opposite, _own_statement(kb, "effect"),
            lambda pair, said: pair <= said):
        key = (member[1].drug, member[1].value, klass[1].value)
        if key not in reported and (key[0], key[2], key[1]) not in reported:
            reported.add(key)
            yield _finding(kb, member, klass, "opposite effects")


@rule("MEC003", "inconsistent-route-or-schedule", Severity.WARNING, scope=Scope.CORPUS,
      needs_annotations=True)
def inconsistent_route_or_schedule(corpus, context):
    """One drug is given different routes, or incompatible schedules, in different places.

    Routes conflict unless the knowledge base lists both for the drug, or
    the text names both in one sentence ("either intravenously or orally",
    "by mouth or as eye drops"); a route said as one of several ways,
    "intramuscularly, sublingually or by patch", as possible, "may be
    given", or as one more way, "is also used topically", is not compared
    (MEC004 still holds the last to the knowledge base); "parenterally"
    fits any injection. Two routes of a drug sold in products of both (FDA
    labels: rilpivirine tablets and its long-acting intramuscular injection)
    do not conflict, nor two routes each said of a product of its own
    ("tablets", "eye drops") where the knowledge base lists several routes
    for the drug (MEC004 holds each against the list); a route outside a
    drug's products, or said of a product that cannot take it ("an injectable
    suspension taken orally"), still does. Two salts of one drug are two products ("as its
    sodium salt" for infusion, "fosfomycin trometamol" granules by mouth), and the bare name
    given one of their routes elsewhere agrees with them; one salt against the bare name is
    still compared. A route a study's
    report gives ("was injected intravenously" in a paragraph on ewes, rats or "this study",
    or in a sentence naming its volunteers or subjects; not a label's "In clinical studies",
    nor one said of a product) is the study's, not
    compared. A member's route is also compared with the route
    the same document states for its class ("Statins are taken orally");
    routes said together of a class ("given orally or intravenously")
    excuse a member's two routes only where that sentence's paragraph or
    list item names the member.
    Schedules conflict when one place says pulsatile and another continuous,
    or when the stated frequencies (daily, every other day, weekly) do not
    overlap; not when the two sentences name different routes (the tablets
    daily, the injection every 4 weeks), nor when they say the frequencies for
    different courses ("twice weekly for the first 12 weeks", then "weekly": two
    phases of one regimen) or different phases (an initial or loading dose, a
    maintenance dose or one after "then", a dose "reduced to" an amount). Each
    frequency keeps its own phase, and one with no phase word is upkeep: two
    frequencies said for one phase ("the maintenance dose … daily", "for
    maintenance, … weekly"), or a bare one beside one after "then", still
    conflict. A dose per day or per week ("1000 mg/day", "3.5 mg/week") is
    that period's total: two totals never conflict, and a total conflicts only
    with frequencies all spaced more than two periods apart (a day's total
    beside "once weekly"), not with one as often or more ("four times per
    day"), nor with one twice its period (a weekly equivalent, "100 mg/week",
    of a depot injected every two weeks); a
    total beside a frequency of its own sentence is that frequency's sum, and
    the frequency is compared instead. A schedule said under a condition in its
    own clause ("Adjust the regimen to 1,080 mg every 3 days if LDH more than
    doubles", "in patients with …, adjust the dose to …") is a conditional
    adjustment, not compared with the usual schedule.

    Why: "taken orally" in one section and "subcutaneous injections" in
    another tells the reader two different treatments.

    Fails:

    ```markdown
    Gonadorelin is administered orally.

    ## Later

    Gonadorelin is given by subcutaneous injection.
    ```

    ```markdown
    Semaglutide is injected subcutaneously once a week.

    ## Trials

    In one trial, semaglutide 2.4 mg/day reduced body weight.
    ```

    ```markdown
    Statins are taken orally, usually in the evening.

    ## Later

    Atorvastatin is given intravenously.
    ```

    Passes:

    ```markdown
    Gonadorelin is given by subcutaneous injection.

    ## Later

    Administered subcutaneously, gonadorelin stimulates LH release.
    ```

    ```markdown
    Cephalosporins such as ceftriaxone are given orally or intravenously.

    ## Later

    Ceftriaxone is given intravenously in hospital.
    ```

    ```markdown
    Heparin is given by intravenous infusion or deep subcutaneous injection.

    ## Later

    After subcutaneous administration, heparin acts within an hour.
    ```

    ```markdown
    Amiodarone is available in tablets. It is also available in solution for
    intravenous administration. Loading doses are given daily, either
    intravenously or orally.
    ```

    ```markdown
    Minoxidil is an antihypertensive agent. Minoxidil is also used topically to
    treat male pattern baldness.

    ## Background

    Minoxidil is available in tablets of 2.5 and 10 mg in generic forms and
    under the brand name Loniten.
    ```

    ```markdown
    Rilpivirine is taken orally as a tablet once daily.

    ## Long-acting treatment

    Rilpivirine is given intramuscularly as a long-acting injectable suspension.
    ```

    ```markdown
    Naltrexone is an opioid antagonist. The usually recommended dose of the oral
    preparation is 50 mg daily. The injectable suspension is given
    intramuscularly and the solution subcutaneously every 4 weeks.
    ```

    ```markdown
    Adalimumab is injected under the skin every 2 weeks.

    ## Dosing

    Without methotrexate, the adalimumab dose can be increased to 40 mg every week.
    ```

    ```markdown
    Danazol is taken as 200 mg by mouth four times per day.

    ## Bone

    Women given danazol by mouth (800 mg/day) kept more bone.
    ```

    ```markdown
    Testosterone cypionate is given into muscle every two weeks.

    ## Doses

    The men in the trial had testosterone cypionate 75 mg/week.
    ```

    Two salts of one drug, each with its route:

    ```markdown
    # Fosfomycin

    In hospital, fosfomycin is infused intravenously as its disodium salt.

    ## Cystitis

    One sachet of fosfomycin trometamol granules is taken orally.

    ## Use

    Fosfomycin is generally taken by mouth.
    ```

    An experiment's route beside the product's:

    ```markdown
    Human chorionic gonadotropin is given by intramuscular injection.

    ## A sheep experiment

    In this experiment, 120 ewes were followed through one season. Human chorionic
    gonadotropin was injected intravenously at the onset of oestrus.
    ```
    """
    kb = corpus.knowledge
    if kb is None:
        return

    together, by_sentence = _routes_said_together(corpus, kb)
    for drug, routes in _routes_of_salts(corpus).items():
        together.setdefault(drug, []).append(routes)
    added = _routes_said_added(corpus)
    conflict = _differs_unless_known(kb, "routes", together, added)
    keep = _own_statement(kb, "route")
    for later, earlier in _pairs(corpus, "route", conflict, keep):
        yield _finding(kb, later, earlier, "different routes")
    for member, klass in _class_route_pairs(corpus, kb, conflict, keep):
        yield _finding(kb, member, klass, "different routes")

    schedules: dict[str, dict[object, set]] = {}
    places = {}
    # the routes each sentence names: a schedule said of one way of giving a drug (the oral
    # preparation daily) is not another's (the injectable suspension every 4 weeks). (Of the
    # sentence, not of its drug: the route may be read for the other drug of a combination.)
    routes_of = {sentence: set().union(*routes.values())
                 for sentence, routes in by_sentence.items()}
    for document, assertion in _assertions(corpus):
        if assertion.attribute == "schedule" and assertion.comparable:
            values = schedules.setdefault(assertion.drug, {}).setdefault(assertion.sentence,
                                                                          set())
            values.add(assertion.value)
            if assertion.value in FREQUENCY_HOURS:
                # each frequency with its own phase: one phased schedule does not set the
                # sentence's other schedules apart
                values.add(f"phase:{_phase_group(assertion.phase)}:{assertion.value}")
            # the place quotes a frequency or pattern, the values compared, rather than
            # the sentence's course ("course:13 weeks" of "twice weekly for 13 weeks")
            if not assertion.value.startswith("course:") or \
                    (assertion.drug, assertion.sentence) not in places:
                places[(assertion.drug, assertion.sentence)] = (document, assertion)
    for drug, by_sentence in schedules.items():
        # One representative sentence per distinct set of schedule words.
        distinct: dict[frozenset, object] = {}
        for sentence, values in by_sentence.items():
            distinct.setdefault(frozenset(values), sentence)
        items = [(sentence, set(values)) for values, sentence in distinct.items()]
        for index, (sentence, values) in enumerate(items):
            for other_sentence, other_values in items[:index]:
                ways = routes_of.get(id(sentence), set())
                other_ways = routes_of.get(id(other_sentence), set())
                if ways and other_ways and not ways & other_ways:
                    continue  # each said of its own way of giving the drug
                pulse = {"pulsatile", "continuous"}
                clash = (values | other_values) >= pulse and not (
                    values >= pulse or other_values >= pulse)
                # "twice weekly for the first 13 weeks" beside "once per week" (round 24):
                # a frequency said for a course, and another said for another course or
                # none, are two phases of one regimen (a start, then upkeep), not a clash;
                # so are frequencies said for phases ("initially three times per day" beside
                # "once per day", round 28), but two said for one phase still clash
                same_course = _courses(values) == _courses(other_values)
                phased, other_phased = _by_phase(values), _by_phase(other_values)
                clash = clash or (same_course and any(
                    phase != _TOTAL and other_phased.get(phase) and
                    not frequencies & other_phased[phase]
                    for phase, frequencies in phased.items()))
                # a dose per day or week is a total: it clashes only with frequencies all
                # spaced over two periods apart ("2.4 mg/day" beside "once weekly")
                clash = clash or (same_course and (_total_outspaced(phased, other_phased) or
                                                   _total_outspaced(other_phased, phased)))
                if clash:
                    yield _finding(kb, places[(drug, sentence)], places[(drug, other_sentence)],
                                   "incompatible schedules")
                    break


_TOTAL = "total"  # the phase of a dose per period (annotate/dose_periods.py period_total)
# A total clashes only with intervals more than this many periods long: a day's total beside
# "once weekly" (7 periods) clashes, but "100 mg/week" beside "every two weeks" (2 periods) is
# how weekly equivalents of a depot injection are written.
_TOTAL_SPACING = 2.0


def _total_outspaced(phased: dict[str, set], other_phased: dict[str, set]) -> bool:
    """A sentence's total per period (phase "total") against another's frequencies: every one
    of them has an interval more than `_TOTAL_SPACING` periods long (a day's total, "once
    weekly"; not a week's total, "every two weeks"). Two totals
    never clash (0.5 mg/day is 3.5 mg/week), nor a total with a frequency as often or more.
    A total beside a frequency of its own sentence ("120 mg three times per day … reduced to
    240 mg/day", wiki_r28_fosfestrol) is its sum: the frequency is compared, with its phase."""
    if any(phase != _TOTAL for phase in phased):
        return False
    frequencies = set().union(*(values for phase, values in other_phased.items()
                                if phase != _TOTAL))
    return bool(frequencies) and any(
        all(FREQUENCY_HOURS[value] > FREQUENCY_HOURS[period] * _TOTAL_SPACING
            for value in frequencies)
        for period in phased.get(_TOTAL, ()))


def _courses(values) -> frozenset:
    """The courses ("course:13 weeks") among a sentence's schedule values."""
    return frozenset(value for value in values if value.startswith("course:"))


def _phase_group(phase: str) -> str:
    """A schedule with no phase word is read as upkeep: "X is given daily" says the usual
    dose, the one a maintenance dose or a dose after "then" is."""
    return phase or "later"


def _by_phase(values) -> dict[str, set]:
    """A sentence's frequencies by phase ("phase:initial:twice daily")."""
    out: dict[str, set] = {}
    for value in values:
        if value.startswith("phase:"):
            phase, frequency = value[len("phase:"):].split(":", 1)
            out.setdefault(phase, set()).add(frequency)
    return out


@rule("MEC004", "contradicts-knowledge-base", Severity.WARNING, scope=Scope.CORPUS,
      needs_annotations=True)
def contradicts_knowledge_base(corpus, context):
    """What the text says about a drug contradicts the drug knowledge base.

    Checked: the class (or one of its other classes), the targets it acts
    on, where it acts (site), the direction of effect on a hormone where the
    knowledge base has one, the route where it lists routes (a route denied
    when it is the only one listed, too), and how often it is given where
    it lists usual frequencies (a dose interval more than 1.5 times longer
    or shorter than every listed one: "weekly" for a daily tablet; "every
    third day" for "twice weekly" is close enough; a dose per day or week, a
    total, only where every listed interval is more than 1.5 times longer than
    its period: "2.4 mg/day" of a weekly injection, not "3.5 mg/week" of a daily
    tablet). Conditional, hypothetical and
    negated statements are not checked, nor a route a study's report gives ("was injected
    intravenously" in a paragraph naming the study's animals or the study, or a sentence
    naming its people or design; a label's
    "In clinical studies, … was given" still is), nor the body's own hormone ("the
    endogenous androgen, testosterone"), nor a class named as a weak further quality
    ("It has weak partial androgenic activity"), nor a class the knowledge base does
    not know, named in the text's own words ("a fourth-generation progestin": the
    generation is read and shown, the class beside it still checked). A drug with no
    established class is
    judged by the classes DrugCentral's MeSH and FDA rows give it, where the class said
    shares no member with any of them and none of its members acts on the drug's targets
    ("beta blocker" of lisinopril, an ACE inhibitor to MeSH). The finding quotes the knowledge
    base's source note and says where a project overrides it (its
    `drug-knowledge` file), and names the population or dose the sentence
    says an effect for ("said in men"), which the knowledge base may not.

    Why: "tamoxifen inhibits aromatase" or "anastrozole, a SERM" is
    pharmacologically wrong, however consistently it is repeated.

    Fails:

    ```markdown
    Tamoxifen inhibits the enzyme aromatase.
    ```

    ```markdown
    Anastrozole is a selective estrogen receptor modulator.
    ```

    ```markdown
    Gonadorelin acts directly on the hypothalamus.
    ```

    ```markdown
    Tamoxifen tablets are taken once weekly.
    ```

    ```markdown
    Lisinopril is a beta blocker.
    ```

    Passes:

    ```markdown
    Anastrozole inhibits the enzyme aromatase and lowers estrogen levels.
    ```

    ```markdown
    Anastrozole lowers estradiol and raises testosterone in men.
    ```

    ```markdown
    Tamoxifen tablets are taken once daily.
    ```

    A narrower kind of the class DrugCentral's MeSH row gives timolol:

    ```markdown
    Timolol is a nonselective beta blocker.
    ```

    ```markdown
    Secretagogues include agonists of the ghrelin receptor, such as ipamorelin, and agonists
    of the GHRH receptor, such as sermorelin.
    ```

    ```markdown
    Letrozole is used after tamoxifen (an antiestrogen that blocks the estrogen receptor).
    ```

    A place listed beside the one the knowledge base gives the drug:

    ```markdown
    Ipamorelin binds a receptor found in the hypothalamus and the pituitary gland.
    ```

    A weak further quality beside the drug's class:

    ```markdown
    Megestrol acetate is a progestin. It has weak partial androgenic activity, weak
    glucocorticoid activity, and no other important hormonal activity.
    ```

    A class's effect the knowledge base gives most of its members, for a member the text
    does not name and whose record differs (gonadorelin, given in pulses, raises LH; the
    annotator marks it the class's exception):

    ```markdown
    GnRH agonists given as depots lower LH over months.
    ```

    A narrower kind of the knowledge base's class (DrugCentral calls ruxolitinib a kinase
    inhibitor):

    ```markdown
    Other JAK inhibitors include tofacitinib, fedratinib, and ruxolitinib.
    ```

    An experiment's route (hCG's labels give it into muscle or under the skin):

    ```markdown
    In this experiment, 120 ewes were followed through one breeding season. Human
    chorionic gonadotropin was injected intravenously at the onset of oestrus.
    ```

    The body's own hormone, no testosterone product:

    ```markdown
    Here the classic and endogenous androgen, testosterone, is regarded as the natural
    comparator. Compounds A and B were both described as orally active agents with muscle
    selectivity relative to testosterone.
    ```

    Receptors named by their ligands' classes, no drug:

    ```markdown
    The androgen receptor belongs to a family of nuclear receptors with the estrogen,
    progestin, glucocorticoid and mineralocorticoid receptors.
    ```
    """
    kb = corpus.knowledge
    if kb is None:
        return
    reported = set()
    for document, assertion in _assertions(corpus):
        drug = kb.drugs.get(assertion.drug)
        if drug is None or assertion.modality in ("hypothetical", "conditional", "study"):
            continue  # (a study's route: what an experiment did, not how the drug is given)
        if assertion.exception:
            continue  # the class's exception: its other members bear the effect out
        if assertion.attribute in ("class", "site") and assertion.modality == "additional":
            # "It has weak partial androgenic activity": a lesser further quality, not the
            # drug's class (as MEC001 does not compare it either); "in the pituitary gland and
            # hypothalamus": one more place listed beside the knowledge base's
            continue
        expected = _expected(kb, drug, assertion)
        if expected is None:
            continue
        key = (assertion.drug, assertion.attribute, assertion.value, assertion.sentence.start)
        if key in reported:
            continue
        reported.add(key)
        yield Finding(
            _span(document, assertion),
            f"{drug.name}: the text says '{assertion.describe(kb)}'{_said_for(kb, assertion)}, "
            f"the knowledge base says "
            f"'{expected}' ({_kb_note(kb, drug, _source(kb, drug, assertion))})",
            suggestion="correct the text, or the knowledge base if it is wrong",
            path=document.path, context=f"{assertion.drug} {assertion.value} "
                                        f"{assertion.sentence.text}",
            data={"drug": drug.key, "text": assertion.describe(kb), "knowledge": expected})


def _said_for(kb, assertion) -> str:
    """' (said in men)', ' (said at high doses)': the population or dose the sentence states
    its effect for, which the knowledge base's effect may not be."""
    population = assertion.population
    if not population:
        return ""
    first = population.split(",")[0]  # "men, at high doses": the first one's preposition
    # (the dose words are the qualifiers' of drugs.yaml, which the annotator read them with)
    doses = kb.lexicon.get("qualifiers", {}).get("doses", ())
    preposition = "at" if first.split()[-1] in doses else "in"
    return f" (said {preposition} {population})"


def _expected(kb, drug, assertion) -> str | None:
    """What the knowledge base says instead, when it contradicts the assertion."""
    attribute, value = assertion.attribute, assertion.value
    if not assertion.polarity:
        # Only a denied route is checked: "not taken orally" of an oral-only drug.
        if attribute == "route" and drug.routes == [value]:
            return "route: " + value
        return None
    # A broad entry is checked only where DrugCentral gives it an established pharmacologic
    # class: MeSH and ChEBI roles alone leave out classes it has (apremilast, a PDE4
    # inhibitor, has only "anti-inflammatory" ones).
    # Nor is a DrugCentral class said of a broad entry: DrugCentral lists some classes of a
    # drug and not others ("spironolactone, a potassium-sparing diuretic").
    established = drug.drug_class or (
        _fda_classes(drug) and not kb.classes.get(value, {}).get("source"))
    if attribute == "class" and value in kb.classes and \
            kb.classes[value].get("checked", True) and \
            established and not drug.has_class(value) and \
            not _refines_established_class(kb, drug, value):
        return kb.class_label(drug.drug_class) if drug.drug_class else \
            ", ".join(_fda_classes(drug)) or \
            "other classes"
    if attribute == "class" and not _established(drug) and \
            _disjoint_from_known(kb, drug, value):
        return ", ".join(kb.class_label(key) for key, _ in known_classes(kb, drug))
    if attribute == "target" and drug.targets and value not in drug.targets and not (
            assertion.via == "class" and assertion.modality == "possible") and not any(
            # a subtype of a family it acts on ("activity at MC1R" of a melanocortin agonist)
            value in kb.targets.get(t, {}).get("members", ()) for t in drug.targets):
        return "acts on " + ", ".join(kb.targets.get(t, {}).get("label", t)
                                      for t in drug.targets)
    if attribute == "site" and drug.sites and not any(
            nested_sites(kb, value, site) for site in drug.sites):
        return "acts in the " + " and ".join(drug.sites)
    if attribute == "effect":
        hormone, direction = value.split(":")
        known = drug.effects.get(hormone)
        if known and known != direction:
            return describe_effect(hormone, known)
    if attribute == "route" and drug.routes and value not in drug.routes and \
            not _possible_route(assertion) and not (
                value == "parenteral" and set(drug.routes) & _PARENTERAL_ROUTES) and not (
                any(_skin_fits(value, route) for route in drug.routes)):
        return "route: " + ", ".join(drug.routes)
    if attribute == "schedule" and value in FREQUENCY_HOURS and drug.schedule and \
            drug.schedule.frequencies and (
                _total_too_often(value, drug.schedule.frequencies)
                if assertion.phase == _TOTAL else
                not _near_frequency(value, drug.schedule.frequencies)):
        note = f"; {drug.schedule.note}" if drug.schedule.note else ""
        return "given " + " or ".join(drug.schedule.frequencies) + note
    return None


def _disjoint_from_known(kb, drug, value) -> bool:
    """A drug with no established class, whose DrugCentral rows give it checked classes of
    the base ("Angiotensin-Converting Enzyme Inhibitors" of lisinopril), said to be of a
    class no drug of the base shares with any of them ("beta blocker")."""
    if not kb.classes.get(value, {}).get("checked", True) or drug.has_class(value):
        return False
    if rows_name_class(kb, drug, value):
        return False
    known = known_classes(kb, drug)
    return bool(known) and bool(targets_of(drug)) and all(
        disjoint(kb, value, key, drug) for key, _ in known)


def _source(kb, drug, assertion) -> str | None:
    """The source of the fact MEC004 quotes, where it is not the drug's own note: the
    schedule's, or the DrugCentral rows a class judged by `_disjoint_from_known` comes from."""
    if assertion.attribute == "class" and not _established(drug):
        return "; ".join(source for _, source in known_classes(kb, drug)) or None
    return _schedule_source(drug, assertion)


def _refines_established_class(kb, drug, value) -> bool:
    """The text names a narrower kind of the drug's FDA established class ("JAK inhibitor"
    where DrugCentral's only one is "Kinase Inhibitor"): more specific than the knowledge
    base, not against it. Curated entries give their own class, so they are not read so.
    Every established class must be a whole-word ending of two words or more: "Androgen"
    is not widened to "anti-androgen", nor "beta-Adrenergic Blocker" to "alpha-…"."""
    if drug.drug_class:
        return False
    said = _class_words(kb.class_label(value))
    established = [_class_words(label) for label in _fda_classes(drug)]
    return bool(established) and all(
        1 < len(known) < len(said) and said[-len(known):] == known for known in established)


def _class_words(label: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9]+", class_key(label)))


_FREQUENCY_TOLERANCE = 1.5  # "every third day" (72 h) is a "twice weekly" (84 h) schedule


def _near_frequency(value: str, usual: list[str]) -> bool:
    # The knowledge base may list intervals ('every 10 weeks') as well as frequency words.
    hours = FREQUENCY_HOURS[value]
    known = [h for h in map(interval_hours, usual) if h is not None]
    return any(max(hours, h) / min(hours, h) <= _FREQUENCY_TOLERANCE for h in known)


def _total_too_often(period: str, usual: list[str]) -> bool:
    """A dose per period ("3.5 mg/week") against the usual frequencies: it contradicts them
    only where each is spaced wider than the period (a day's total of a weekly drug), as
    MEC003 holds totals; a weekly total of a daily drug is that drug's week."""
    hours = FREQUENCY_HOURS[period]
    known = [h for h in map(interval_hours, usual) if h is not None]
    return bool(known) and all(h > hours * _FREQUENCY_TOLERANCE for h in known)


def _schedule_source(drug, assertion) -> str | None:
    if assertion.attribute == "schedule" and drug.schedule and drug.schedule.source:
        return drug.schedule.source
    return None


def describe_effect(hormone: str, direction: str) -> str:
    return f"{HORMONE_LABELS.get(hormone, hormone)} {'↑' if direction == 'up' else '↓'}"


@rule("MEC005", "unknown-drug", Severity.INFO, scope=Scope.CORPUS, needs_annotations=True)
def unknown_drug(corpus, context):
    """A drug is named that the knowledge base does not know.

    Names are recognised by drug-name endings (-relin, -zole, -ifene,
    -tide …, the `drug_suffixes` of the drug lexicon); the name of a ring
    system ("imidazole", "benzimidazole", "triazole") is a chemical class,
    no drug. A word no dictionary knows is a drug too where the text itself
    defines it as one ("<name> is a … agonist of <a target>"), gives it a
    dose ("<name> 20 mg") or gives it as a brand's generic name; the message
    says which line did so. A person, a company or a body's own protein
    described in the same words is none ("a professor of medicine", "a drug
    maker", "an inhibitor of bone formation, made by osteocytes"). Reported
    once per name.

    Why: claims about a drug the knowledge base lacks cannot be checked;
    add it (with sources) so they can.

    Fails:

    ```markdown
    Relamorelin raises GH.
    ```

    ```markdown
    Orforglipron is a selective GLP-1 receptor agonist.
    ```

    Passes:

    ```markdown
    Anastrozole lowers estradiol.
    ```

    ```markdown
    Albendazole is a benzimidazole antihelmintic agent similar in structure and
    mechanism of action to thiabendazole and mebendazole.
    ```

    ```markdown
    Statins lower LDL cholesterol, said Krumholz, a professor of medicine at Yale.
    ```
    """
    reported = set()
    for document in corpus.documents:
        for mention in document.annotations.drug_mentions:
            if mention.known or mention.name in reported:
                continue
            reported.add(mention.name)
            yield Finding(document.source.span(mention.start, mention.end),
                          f"'{mention.name}' is not in the drug knowledge base" +
                          (f" ({mention.reason})" if mention.reason else ""),
                          suggestion="add it to the knowledge base (drug-knowledge) with sources",
                          path=document.path, context=mention.name)


@rule("MEC006", "schedule-contradicts-pattern", Severity.WARNING, scope=Scope.CORPUS,
      needs_annotations=True)
def schedule_contradicts_pattern(corpus, context):
    """A dosing frequency that cannot give the delivery pattern claimed with it.

    Where the knowledge base says a drug works only in pulses a short
    interval apart (native GnRH: one pulse every 60-120 minutes), a place
    that calls it pulsatile and gives it, say, "twice weekly" contradicts
    itself: the interval between doses is many times the pulse interval.

    Why: pulsatile stimulation is what makes the drug raise LH and FSH;
    injections days apart are not pulses in that sense.

    Fails:

    ```markdown
    Gonadorelin, injected twice weekly, provides pulsatile stimulation of the pituitary.
    ```

    Any interval, not only the lexicon's frequency words, is read with its length:

    ```markdown
    Gonadorelin, injected every 10 days, provides pulsatile stimulation of the pituitary.
    ```

    Passes:

    ```markdown
    Gonadorelin is given in pulses every 90 minutes by a portable pump.
    ```
    """
    kb = corpus.knowledge
    if kb is None:
        return
    by_place: dict[tuple, dict] = {}
    for document, assertion in _assertions(corpus):
        if assertion.attribute != "schedule" or not assertion.comparable:
            continue
        place = by_place.setdefault((document.path, assertion.drug, assertion.sentence.block),
                                    {"document": document, "values": {}})
        place["values"].setdefault(assertion.value, assertion)
    for (_, key, _), place in by_place.items():
        drug = kb.drugs.get(key)
        schedule = drug.schedule if drug else None
        values = place["values"]
        if schedule is None or schedule.pattern != "pulsatile" or not schedule.pulse_minutes \
                or "pulsatile" not in values:
            continue
        longest = schedule.pulse_minutes[1]
        for value, assertion in values.items():
            hours = interval_hours(value)  # "every 10 days" too
            if hours is None or hours * 60 <= longest * _PULSE_TOLERANCE:
                continue
            low, high = (f"{m:g}" for m in schedule.pulse_minutes)
            yield Finding(
                _span(place["document"], assertion),
                f"{drug.name} given '{assertion.evidence}' (a dose every {_interval(hours)}) "
                f"cannot give the pulsatile stimulation claimed here: pulsatile {drug.name} is "
                f"one pulse every {low}-{high} minutes "
                f"({_kb_note(kb, drug, schedule.source or None)})",
                suggestion="say how it is actually given, or drop the pulsatile claim",
                path=place["document"].path,
                context=f"{key} {value} pulsatile {assertion.sentence.text}",
                data={"drug": key, "text": value, "knowledge": f"pulse every {low}-{high} min"})


def _interval(hours: float) -> str:
    if hours >= 48:
        return f"{hours / 24:g} days"
    if hours >= 2:
        return f"{hours:g} hours"
    return f"{hours * 60:g} minutes"


@rule("MEC007", "contradicts-physiology", Severity.WARNING, scope=Scope.CORPUS,
      needs_annotations=True)
def contradicts_physiology(corpus, context):
    """A hormone is said to drive an output that physiology assigns to another.

    Checked against the physiology data (which cells a hormone acts on and
    what it drives there): "testosterone production, facilitated by LH and
    FSH" gives FSH a role of LH — LH drives testosterone in Leydig cells,
    FSH acts on Sertoli cells for spermatogenesis. An output shared with
    another ("testosterone and sperm production") is not checked.

    Why: the axis is what the article teaches; a wrong arrow misleads the
    reader about what each treatment can do.

    Fails:

    ```markdown
    Endogenous testosterone production is driven by FSH.
    ```

    Passes:

    ```markdown
    Endogenous testosterone production is driven by LH acting on Leydig cells.
    ```
    """
    kb = corpus.knowledge
    if kb is None:
        return
    hormones = kb.physiology.get("hormones", {})
    sources = kb.physiology.get("sources", {})
    for document in corpus.documents:
        for relation in document.annotations.hormone_relations:
            known = hormones.get(relation.regulator)
            if known is None or relation.shared or relation.product in known.get("drives", []):
                continue
            drivers = [name for name, spec in hormones.items()
                       if relation.product in spec.get("drives", [])]
            if not drivers:
                continue
            regulator = HORMONE_LABELS.get(relation.regulator, relation.regulator)
            product = HORMONE_LABELS.get(relation.product, relation.product)
            by = " and ".join(f"{HORMONE_LABELS.get(d, d)} (acting on {hormones[d]['acts_on']})"
                              for d in drivers)
            drives = ", ".join(HORMONE_LABELS.get(o, o) for o in known.get("drives", []))
            source = sources.get(known.get("source", ""), "")
            yield Finding(
                document.source.span(*relation.at),
                f"{regulator} does not drive {product}: {regulator} acts on "
                f"{known['acts_on']} ({drives}); {product} is driven by {by} "
                f"(source: {source.split(' — ')[0]})",
                suggestion=f"attribute {product} to "
                           f"{' and '.join(HORMONE_LABELS.get(d, d) for d in drivers)}",
                path=document.path,
                context=f"{relation.regulator} {relation.product} {relation.sentence.text}",
                data={"regulator": relation.regulator, "product": relation.product})


@rule("MEC008", "kind-contradicts-knowledge-base", Severity.WARNING, scope=Scope.CORPUS,
      needs_annotations=True)
def kind_contradicts_knowledge_base(corpus, context):
    """A drug is called a peptide, protein or small molecule that it is not.

    The claim may be in a sentence ("MK-677 is a peptide") or in the title
    or first-column header of the table that lists it ("Table: Growth
    Hormone Peptides"), or in the lead-in of a list. A "small molecule" the
    knowledge base infers from a structure record of peptide size (60 heavy
    atoms or more: cyclic peptides have structure records too) does not
    contradict "peptide". The word must be said of the drug: not of the
    target that is the subject ("NPC1L1 is a protein"), nor inside the name
    of something else ("purified protein derivative (PPD)", "protein binding").

    Why: a table of "peptides" that lists a non-peptide small molecule tells
    the reader something false about what the drug is and how it is taken.

    Fails:

    ```markdown
    Table: Growth Hormone Peptides

    | Peptide | Action |
    | --- | --- |
    | Ipamorelin | Raises GH. |
    | MK-677 | Raises GH and IGF-1. |
    ```

    ```markdown
    Ezetimibe is a protein that blocks the Niemann-Pick C1-Like 1 (NPC1L1) sterol
    transporter.
    ```

    Passes:

    ```markdown
    Human chorionic gonadotropin (HCG), a polypeptide hormone, is given by injection.
    ```

    ```markdown
    Cyclosporine is a cyclic polypeptide of 11 amino acids produced by a fungal species.
    ```

    ```markdown
    Some GnRH antagonists, such as cetrorelix, are peptides, while others, such as
    elagolix, are small molecules.
    ```

    ```markdown
    # Ezetimibe

    Ezetimibe blocks the Niemann-Pick C1-Like 1 (NPC1L1) sterol transporter.
    Niemann-Pick C1-Like 1 (NPC1L1) is a protein of the intestinal wall.
    ```

    ```markdown
    Isoniazid was recommended as monotherapy for prevention of active disease in
    patients with latent tuberculosis, diagnosed on the basis of a positive purified
    protein derivative (PPD) tuberculin skin test.
    ```

    ```markdown
    Table: Growth Hormone Secretagogues

    | Agent | Action |
    | --- | --- |
    | Ipamorelin | Raises GH. |
    | MK-677 | Raises GH and IGF-1. |
    ```
    """
    kb = corpus.knowledge
    if kb is None:
        return
    reported = set()
    for document, assertion in _assertions(corpus):
        if assertion.attribute != "kind" or not assertion.comparable:
            continue
        drug = kb.drugs.get(assertion.drug)
        if drug is None or not drug.kind or _kind_fits(assertion.value, drug.kind) or (
                drug.kind == "protein" and _names_polypeptide(assertion.sentence.text)) \
                or (assertion.value == "peptide" and _peptide_sized(drug)):
            continue  # (a protein is a polypeptide too: "hCG, a polypeptide hormone")
        key = (assertion.drug, assertion.sentence.block)
        if key in reported:
            continue
        reported.add(key)
        if assertion.via == "mention" or ": " not in assertion.evidence:
            said = "the text calls it"  # said of it, not of a table or list holding it
        else:
            where, _, title = assertion.evidence.partition(": ")
            said = f"the {where} '{title}' counts it as"
        yield Finding(
            _span(document, assertion),
            f"{drug.name} is a {drug.kind}, not a {assertion.value}, but {said} a "
            f"{assertion.value} ({_kb_note(kb, drug, drug.kind_source or None)})",
            suggestion=f"list {drug.name} apart, or name the group so that it fits",
            path=document.path, context=f"{assertion.drug} kind {assertion.value} "
                                        f"{assertion.sentence.text}",
            data={"drug": drug.key, "text": assertion.value, "knowledge": drug.kind})


# What a word the text uses says about the knowledge base's kind (peptide, small molecule,
# protein); None: the word is not checked ("biologic" is used of small molecules too).
_KIND_WORDS = {"peptide": {"peptide"}, "non-peptide": {"small molecule", "protein"},
               "small molecule": {"small molecule"}, "steroid": {"small molecule"},
               "nonsteroidal": {"small molecule"}, "triphenylethylene": {"small molecule"},
               "protein": {"protein"}, "monoclonal antibody": {"protein"},
               "antibody": {"protein"}, "nucleoside analogue": {"small molecule"},
               "nucleotide analogue": {"small molecule"},
               "biologic": None, "prodrug": None, "azasteroid": {"small molecule"},
               "ergot derivative": {"small molecule"}}


# "Small molecule" because DrugCentral has a structure record for the drug says nothing
# against a peptide of that size: cyclic peptides have structure records too (ciclosporin,
# 88 heavy atoms). Small-molecule drugs this large are few (tacrolimus 57, rifampicin 59).
_PEPTIDE_SIZED_ATOMS = 60


def _peptide_sized(drug) -> bool:
    found = re.search(r"structure record \((\d+) heavy atoms\)", drug.kind_source or "")
    return drug.kind == "small molecule" and bool(found) and \
        int(found.group(1)) >= _PEPTIDE_SIZED_ATOMS


# Words a protein is rightly called by when the text says "peptide" ("hCG, a polypeptide
# hormone"): data, mechanism_words.yaml
_PROTEIN_AS_PEPTIDE = set(load_data("mechanism_words.yaml")["protein_as_peptide"])


def _names_polypeptide(text: str) -> bool:
    return bool(set(re.findall(r"[a-z]+", text.lower())) & _PROTEIN_AS_PEPTIDE)


def _kind_fits(word: str, kind: str) -> bool:
    allowed = _KIND_WORDS.get(word)
    return allowed is None or kind in allowed


@rule("MEC009", "inconsistent-site-of-action", Severity.WARNING, scope=Scope.CORPUS,
      needs_annotations=True)
def inconsistent_site_of_action(corpus, context):
    """One drug is said to act in different places (pituitary here, hypothalamus there).

    Sites the knowledge base lists for the drug together (a SERM acts in the
    hypothalamus and the pituitary) are not a conflict, nor are two sites of a drug
    whose sites it does not know (finasteride in the prostate and on hair follicles).

    Why: where a drug acts is what separates one treatment from another
    (GnRH at the pituitary, kisspeptin at the hypothalamus).

    Fails:

    ```markdown
    Gonadorelin acts directly on the pituitary gland.

    ## Later

    Gonadorelin acts on the hypothalamus.
    ```

    Passes:

    ```markdown
    Clomiphene binds estrogen receptors in the hypothalamus.

    ## Later

    Clomiphene acts on the pituitary as well.
    ```
    """
    kb = corpus.knowledge
    if kb is None:
        return

    differs = _differs_unless_known(kb, "sites")

    def conflict(a, b) -> bool:
        # A drug acts in many tissues ("in the prostate", "on hair follicles"): two sites
        # conflict only for a drug whose sites the knowledge base knows, one of them not its.
        known = kb.drugs.get(a.drug)
        return bool(known is not None and known.sites) and differs(a, b) and \
            not nested_sites(kb, a.value, b.value) and \
            "additional" not in (a.modality, b.modality)  # listed beside the known site

    for later, earlier in _pairs(corpus, "site", conflict):
        yield _finding(kb, later, earlier, "different sites of action")
