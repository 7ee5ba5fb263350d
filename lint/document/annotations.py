"""The judgments annotators store on the model, each with its reasons, as typed records.

Each annotator is the only writer of its field; rules, `classify`, the
matrix and the reports only read these fields. A misspelt field is an
AttributeError, not a silent None as with a dictionary key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the online check's own record types; verify sits above the model
    from lint.verify.check import Verification


# -- sentences --------------------------------------------------------------

@dataclass(slots=True)
class Cue:
    group: str
    reason: str
    text: str
    weight: float


@dataclass(slots=True)
class ClaimJudgment:
    """Is the sentence a claim that needs a citation (annotate/claims.py)."""

    label: bool
    score: float  # confidence in [0, 1]; 0.5 at the threshold
    points: float
    reasons: list[str] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    domain_terms: list[str] = field(default_factory=list)
    excluded: str = ""  # why the sentence is not considered at all (heading, question ...)
    # The learned scorer's features that moved the score most (annotate/claim_model.py).
    drivers: list = field(default_factory=list)
    # The learned scorer's logit before its threshold (None: the model did not score it),
    # and every weighted feature when the page may still move the decision (claim_page.py).
    raw_score: float | None = None
    weighted: list = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"label": int(self.label), "score": round(self.score, 3),
                "points": round(self.points, 2), "reasons": list(self.reasons),
                "features": {d.feature: d.weight for d in self.drivers}}


@dataclass(frozen=True, slots=True)
class Coverage:
    """A citation near an uncited sentence that covers it (annotate/coverage.py)."""

    keys: tuple[str, ...]  # the citation keys that cover the sentence
    reason: str


@dataclass(frozen=True, slots=True)
class OwnWork:
    """The authors' own work, which needs no citation in scholarly writing
    (annotate/own_work.py)."""

    kind: str  # "abstract", "own figure", "own formula", "own contribution", "worked example",
    # "own argument", "glossary table"
    reason: str


@dataclass(frozen=True, slots=True)
class InContext:
    """A scholarly sentence's claim score moved by where it stands (annotate/in_context.py)."""

    score: float  # in [0, 1]; CIT001 compares it with its min-score, as the claim score alone
    points: float
    cues: tuple[str, ...]  # names of the cues of lint/data/in_context.yaml found
    reasons: list[str] = field(default_factory=list)
    # The share of the other sentences of its section that are cited (a graded cue).
    section_share: float = 0.0
    # The text's word prior (in_context.words_cited): log-odds, graded.
    words_cited: float = 0.0


@dataclass(slots=True)
class HedgeJudgment:
    """Does the sentence carry an uncertainty or evidence-strength qualifier (hedges.py)."""

    hedged: bool  # any qualifier (LABELING.md): what the EVD rules read
    cues: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    families: list[str] = field(default_factory=list)  # "speculation" or "scope", per cue
    # Research-conclusion strength: "conditional" (may/might/could), "correlational"
    # (association language), "direct" (a causal statement with neither) or "none".
    strength: str = "none"
    causal: list[str] = field(default_factory=list)  # the causal words found
    qualifying: list[str] = field(default_factory=list)  # the cues that made it qualified
    # Words saying the evidence for the claim is missing, weak, mixed or negative ("have not
    # shown", "no human evidence"): no qualifier of the labels, yet the claim says how strong
    # its evidence is, so the EVD rules need no qualifier beside them (hedges.yaml
    # `evidence_statements`).
    evidence_stated: list[str] = field(default_factory=list)
    # Per statement, the other words of the clause it sits in ("" when that clause is the
    # whole sentence): it speaks for what that clause names only (review of i295).
    evidence_clauses: list[str] = field(default_factory=list)
    evidence_elsewhere: list[str] = field(default_factory=list)  # the sentence outside it
    # Per statement, its tags ("closing", "harm", "safety"; hedges.py `_stated`): what
    # status.py weighs against the claim's topic (review finalB of i306).
    evidence_tags: list[str] = field(default_factory=list)
    # Appositives naming a noun (", often called the wolverine peptide,"; hedges.yaml
    # `naming_appositives`), and whether every qualifier cue sits inside one: a qualifier
    # of the labels, which count the name's "often", not of the claim (review of i295).
    naming: list[str] = field(default_factory=list)
    naming_only: bool = False
    # Per statement tagged "harm", the words from it to its clause's first harm word ("" for
    # the others): an outcome named there is what lacks evidence ("no evidence that it heals
    # tendons or that it is free of side effects"); status.py reads it (review finalC of i314).
    evidence_before_harm: list[str] = field(default_factory=list)

    @property
    def speculative(self) -> bool:
        """A cue of the speculation scheme: what BioScope and CoNLL-2010 call uncertain."""
        return not HEDGE_SCHEMES["speculation"].isdisjoint(self.families)

    def as_dict(self, scheme: str = "qualifier") -> dict:
        """`classify hedges`: the label and cues under a scheme (HEDGE_SCHEMES)."""
        picked, seen = [], set()
        for i, family in enumerate(self.families):
            if family in HEDGE_SCHEMES[scheme] and self.cues[i] not in seen:
                seen.add(self.cues[i])
                picked.append(i)
        return {"label": int(bool(picked)), "cues": [self.cues[i] for i in picked],
                "kinds": [self.kinds[i] for i in picked]}

    def strength_dict(self) -> dict:
        """`classify strength`: 1 qualified (conditional or correlational), 0 direct causal."""
        return {"label": int(self.strength != "direct"), "strength": self.strength,
                "cues": list(self.qualifying),
                "causal": list(self.causal)}


# The cue families (hedges.yaml) each scheme counts: health writing's qualifiers
# (LABELING.md); the speculation of biomedical hedge corpora (BioScope), whose "weasel"
# superlatives and unnamed authorities ("one of the most", "experts") qualify no health
# claim; and the weasel words of encyclopedia text (CoNLL-2010 Wikipedia), where vague
# quantities ("many", "several") make a claim uncertain and modality ("may", "possible")
# mostly does not.
HEDGE_SCHEMES = {"qualifier": frozenset({"speculation", "modal", "scope"}),
                 "speculation": frozenset({"speculation", "modal", "weasel"}),
                 "weasel": frozenset({"speculation", "weasel", "vague"})}
# Families no scheme counts: a cue word used as the asserted content ("more likely to
# have a heart attack", "did not correlate with"), kept for conclusion strength only.
UNCOUNTED_FAMILIES = frozenset({"content"})
WEAK_LEVELS = ("low", "very low")


@dataclass(slots=True)
class TopicHit:
    """A topic of the evidence registry the sentence touches (annotate/evidence.py)."""

    topic: str
    label: str
    level: str
    source: str
    subject: str
    outcome: str
    # Why the subject is one when the page, not the registry, made it so ("named as a
    # research compound: “…”"); empty for the registry's subjects.
    reason: str = ""

    @property
    def weak(self) -> bool:
        return self.level in WEAK_LEVELS


@dataclass(slots=True)
class TermUse:
    """A glossary term as written in the text (annotate/glossary_terms.py)."""

    entry_index: int
    role: str  # preferred | alias | brand | rejected | variant
    form: str  # the listed form that matched
    text: str  # as written
    start: int  # absolute offsets in the file
    end: int
    sentence: object
    sentence_start: bool  # the term opens its sentence (or table cell, list label)


@dataclass(slots=True)
class OverclaimJudgment:
    """Overclaiming wording in the sentence (annotate/overclaims.py, lint/data/overclaims.yaml)."""

    word: str = ""  # a certainty word, not negated ("proven", "clearly")
    unsourced: str = ""  # an appeal to unnamed studies ("studies have shown")
    booster: str = ""  # intensity or consensus wording ("is recognized for", "potent")


@dataclass(slots=True)
class ClaimStatus:
    """The one standing of a sentence that the evidence rules and the report share.

    Decided by annotate/status.py from the claim, hedge and topic judgments.
    """

    claim: bool = False  # a statement of fact: judged a claim, or linking a subject to an outcome
    hedged: bool = False  # it carries a qualifier
    weak_topics: list[TopicHit] = field(default_factory=list)  # weak, not outweighed by strong
    reasons: list[str] = field(default_factory=list)
    # It says its evidence is missing, weak, mixed or negative (HedgeJudgment.evidence_stated).
    evidence_stated: bool = False

    @property
    def hedging_missing(self) -> bool:
        """A claim on a weakly supported topic without a qualifier or a statement of its
        weak evidence (EVD001)."""
        return (self.claim and bool(self.weak_topics) and not self.hedged
                and not self.evidence_stated)


@dataclass(slots=True)
class SentenceAnnotations:
    claim: ClaimJudgment | None = None
    hedge: HedgeJudgment | None = None
    evidence_topics: list[TopicHit] = field(default_factory=list)
    terms: list[TermUse] = field(default_factory=list)
    status: ClaimStatus = field(default_factory=ClaimStatus)
    overclaim: OverclaimJudgment | None = None  # None: a heading, caption or front matter
    covered_by: Coverage | None = None  # a citation nearby covers this uncited sentence
    own_work: OwnWork | None = None  # scholarly genre: the authors' own work needs no source
    in_context: InContext | None = None  # scholarly genre: the claim score where it stands


# -- documents --------------------------------------------------------------

@dataclass(slots=True)
class DomainMention:
    """A mention of domain vocabulary (a drug, a hormone ...), found while judging claims."""

    text: str
    category: str
    start: int  # absolute offsets in the file
    end: int


@dataclass(slots=True)
class AcronymEvent:
    """An acronym defined, used or glued to its expansion (annotate/acronyms.py)."""

    kind: str  # definition | use | glued | expanded (long form written nearby, unbracketed)
    acronym: str  # without a plural "s" (lint.normalise.acronym_singular)
    written: str
    expansion: str
    start: int  # absolute offsets of the acronym
    end: int
    expansion_start: int
    sentence: object
    # A use in a heading whose acronym is first defined in the block right below it ("## What
    # is NFIDD?" over "NFIDD (Nowcasting ...) is ..."): the reader meets the expansion at once.
    defined_below: bool = False
    # A use that is one of the text's own authors' initials used as a name ("the manual
    # (GW) models"; lint/annotate/author_initials.py): no acronym to define.
    credit: bool = False


HORMONE_LABELS = {"gnrh": "GnRH", "lh": "LH", "fsh": "FSH", "testosterone": "testosterone",
                  "endogenous_testosterone": "endogenous testosterone", "estradiol": "estradiol",
                  "gh": "GH", "igf1": "IGF-1", "ghrh": "GHRH", "spermatogenesis":
                  "spermatogenesis", "kisspeptin": "kisspeptin", "ghrelin": "ghrelin",
                  "inhibin_b": "inhibin B", "estrone": "estrone", "progesterone": "progesterone",
                  "prolactin": "prolactin", "cortisol": "cortisol",
                  "dihydrotestosterone": "dihydrotestosterone", "insulin": "insulin",
                  "glucagon": "glucagon", "glp1": "GLP-1", "gip": "GIP",
                  "angiotensin_ii": "angiotensin II", "aldosterone": "aldosterone",
                  "renin": "renin", "acth": "ACTH", "tsh": "TSH", "pth": "PTH",
                  "thyroxine": "thyroxine", "corticosteroids": "corticosteroids",
                  "thyroid_hormone": "thyroid hormone", "triiodothyronine": "T3",
                  "androgens": "androgens", "androstenedione": "androstenedione",
                  "secretin": "secretin", "cholecystokinin": "cholecystokinin",
                  "allopregnanolone": "allopregnanolone", "androstanediol": "androstanediol",
                  "thdoc": "THDOC", "pancreatic_polypeptide": "pancreatic polypeptide"}


# An ester product's name ends so ("acetate ester"; annotate/mechanism_esters.py): a route
# said of a drug's ester, compared only with the same ester's (MEC003).
ESTER_PRODUCT = " ester"


@dataclass(slots=True)
class Assertion:
    """What a sentence says about a drug (annotate/mechanisms.py)."""

    drug: str  # knowledge-base key, or the name as written (lower case) for unknown drugs
    attribute: str  # class | kind | target | site | effect | route | schedule
    value: str  # class key, kind, target key, site, "lh:up", route, schedule key
    polarity: bool
    modality: str  # asserted | possible | hypothetical | conditional | additional (a route
    # said with "also": one more way it is given) | added (a class said with "also": one more)
    # | study (a route a study's report gives: "was injected intravenously" in ewes;
    # annotate/mechanism_study_routes.py)
    via: str  # mention | class | table row | table title | list header | heading | anaphor
    sentence: object
    evidence: str
    at: tuple[int, int] | None = None  # file offsets of the words that say it
    # for whom or at what dose an effect is said ("men", "high doses"); "" for everyone
    population: str = ""
    # a route's product ("tablet", "long-acting injection"; annotate/mechanism_products.py)
    product: str = ""
    # a product word beside the route that cannot take it ("injection" beside "orally")
    product_clash: str = ""
    # the salt a route is said of ("sodium" of "in the form of a sodium salt"; "trometamol" of
    # "fosfomycin trometamol"; annotate/mechanism_salts.py): two salts, two products (MEC003)
    salt: str = ""
    # the phase of a regimen a schedule is said for: "initial" ("a loading dose …"), "later"
    # ("Maintenance doses …", "then …"), "adjusted" ("reduced to …"), "" for none
    # (annotate/schedules.py phase_of), or "total" for a dose said per day or week ("1000
    # mg/day", annotate/dose_periods.py), and the word that says it (its reason)
    phase: str = ""
    phase_word: str = ""
    # why an effect said of a class is no error for this unnamed member, the class's exception
    # ("3 of the class's 4 members bear it out"; annotate/mechanism_class_exceptions.py)
    exception: str = ""

    @property
    def start(self) -> int:
        return self.at[0] if self.at else self.sentence.start

    @property
    def comparable(self) -> bool:
        """Counts for contradictions: stated, not negated, not hypothetical or conditional,
        not a study's route."""
        return self.polarity and self.modality not in ("hypothetical", "conditional", "study")

    def describe(self, kb) -> str:
        """What the assertion says, in words: 'aromatase inhibitor', 'LH ↑', 'a peptide'."""
        value = self.value
        if self.attribute == "class":
            text = kb.class_label(value)
        elif self.attribute == "kind":
            # "an ester", "an antibody"; "a urine-derived" (a 'u' said 'you')
            text = f"{'an' if value[:1] in 'aeio' else 'a'} {value}"
        elif self.attribute == "target":
            text = "acts on " + kb.targets.get(value, {}).get("label", value)
        elif self.attribute == "site":
            text = f"acts in the {value}"
        elif self.attribute == "effect":
            hormone, direction = value.split(":")
            text = f"{HORMONE_LABELS.get(hormone, hormone)} {'↑' if direction == 'up' else '↓'}"
        else:
            text = f"{self.attribute}: {value}"
        if not self.polarity:
            text = "not " + text
        if self.modality in ("hypothetical", "conditional"):
            text += f" ({self.modality})"
        elif self.modality == "study":
            text += " (in a study)"
        return text


@dataclass(slots=True)
class DrugMention:
    name: str
    known: bool
    start: int
    end: int
    sentence: object
    # why a drug the knowledge base lacks is one, with the line that said so ("taken for a
    # drug because line 5 describes it as one"); "" for a known drug or one read by its
    # name's ending alone
    reason: str = ""


@dataclass(slots=True)
class ChapterContext:
    """What a book's other chapters establish for this one (annotate/chapters.py)."""

    # acronym -> the chapter defining it first, before this one
    acronyms_before: dict[str, str] = field(default_factory=dict)
    # acronym -> (chapter, expansion) of its first definition after this one
    acronyms_after: dict[str, tuple[str, str]] = field(default_factory=dict)
    terms_introduced: set[int] = field(default_factory=set)  # glossary entry indexes
    domain_terms: set[str] = field(default_factory=set)  # mentions as written
    # acronyms an earlier chapter uses (GLO008 reports one the book never defines once,
    # at its first use in the book)
    acronyms_used_before: set[str] = field(default_factory=set)


@dataclass(slots=True)
class HormoneRelation:
    """'regulator drives product' as the text says it (physiology, no drug)."""

    regulator: str  # hormone key
    product: str  # hormone key
    direction: str  # up | down
    sentence: object
    at: tuple[int, int]  # file offsets
    evidence: str
    shared: bool  # the product is one of several ("testosterone and sperm")


@dataclass(slots=True)
class CitingClaim:
    """A sentence judged a claim that cites a source (annotate/citing_claims.py).

    Kept when the sentence judgments are dropped after the document rules, for the
    corpus rules that ask what a reference is cited for (REF010).
    """

    sentence: object
    reason: str  # why it is a claim: its ClaimStatus reason
    # Set when the sentence points the reader to a source ("A discussion of X can be
    # found in [@a]"): the words that do (evidence_types.yaml `reading_pointers`), and
    # the keys of the citations right after them, the only ones that are further reading
    # (a sorted tuple: the article cache writes no sets).
    pointer: str = ""
    pointed: tuple[str, ...] = ()


@dataclass(slots=True)
class DocumentAnnotations:
    terms: list[TermUse] | None = None  # None: the glossary matcher did not run
    acronyms: list[AcronymEvent] = field(default_factory=list)
    domain_terms: list[DomainMention] = field(default_factory=list)
    mechanisms: list[Assertion] = field(default_factory=list)
    drug_mentions: list[DrugMention] = field(default_factory=list)
    chapter: ChapterContext | None = None  # only for a chapter of a book or manuscript
    hormone_relations: list[HormoneRelation] = field(default_factory=list)
    citing_claims: list[CitingClaim] = field(default_factory=list)


# -- bibliography and glossary entries ----------------------------------------

@dataclass(slots=True)
class SourceType:
    """What kind of evidence a reference is (annotate/sources.py)."""

    type: str | None  # a key of evidence_types.yaml, or None when unknown
    strength: str  # strong | moderate | weak | unknown
    label: str
    reason: str
    stated: bool  # from the entry's own `evidence` field


@dataclass(slots=True)
class EntryAnnotations:
    evidence: SourceType | None = None
    verification: Verification | None = None  # only with --online (verify/check.py)


@dataclass(slots=True)
class DefinitionJudgment:
    """Does a glossary definition define its term (annotate/definitions.py)."""

    defines: bool
    reason: str


@dataclass(slots=True)
class GlossaryEntryAnnotations:
    definition: DefinitionJudgment | None = None
