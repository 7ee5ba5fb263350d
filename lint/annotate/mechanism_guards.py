"""What is NOT a statement about a drug (issue 16, session 16): guards the mechanism reader
asks before it reads a class, a subject or an unknown drug name.

- a class listed beside a drug ("propofol, benzodiazepines, or barbiturates") is another item
  of the list, not the drug's class;
- a class just inside a bracket opens the bracket's list ("medications (statins, metformin,
  dexamethasone …)"), it heads no drugs after it;
- a class across a table's cell border ("| Sotalol/Atenolol | Other beta-blockers |", a table
  the parser read as a paragraph) is another cell's;
- a substance before a word of the body's processes ("glutamine release", "urea transport") is
  the body's substance, not a medicine the sentence is about;
- a name before a subtype and a target word ("the GABA~A~ receptor") names the target;
- a class in apposition to a name the reader does not know, after the subject ("… which
  contains segesterone acetate, a progestin; and ethinylestradiol, an estrogen", round 18)
  describes that name, one component of a combination, not the subject;
- a target's name that names cells ("Leydig cells", "pituitary somatotrophs") says where the
  target sits, so where a drug acts, not which receptor it acts on;
- a schedule in a clause that names a study's animals ("to rats at … mg/kg/day for up to
  4 weeks") is the study's dosing;
- a substance named after a chemical substituent ("3,4-dihydroquinazolinyl acetic acid")
  is one part of the drug's chemical name, no drug of the sentence;
- a daily limit on the dose ("to a maximum of 2 grams daily", "a maximum daily dosage")
  is no schedule;
- a drug-like word that is one part of a longer name ("co-trimoxazole", also with its hyphen
  broken by a line end, "co- trimoxazole"; "Neuropeptide Y") is no unknown drug of its own;
- session 20 (FDA labels' indications): a grade range ("low to medium potency") is one
  modifier; a name glued by a hyphen ("corticosteroid-responsive") is no aside; a class after
  a verb of needing ("to require an opioid analgesic") is its object; a combination's classes
  ("an estrogen/progestin COC") are each one component's; an empty "it" ("It is not known
  whether …") is no pronoun; "an ACE inhibitor, captopril," names the class's drug.
- session 22: a hormone after a participle of effect and "by" ("tumours that are stimulated
  by estrogens") is the agent of the passive, not a level the drug changes.
- session 28: a name after a word of the body's own ("the endogenous androgen, testosterone",
  "endogenously produced androgen") is the hormone the body makes, no medicine; a class named
  as an item of a list of receptors ("a superfamily that includes estrogen, progestin,
  glucocorticoid and mineralocorticoid receptors") names a receptor, not the class's drugs.

The words are data (`mechanism_guards.yaml`)."""

from __future__ import annotations

from lint.annotate import doc_words
from lint.annotate.mechanism_targets import RECEPTOR_NOUNS
from lint.data import load_data
from lint.normalise import singular

_DATA = load_data("mechanism_guards.yaml")
_BODY_PROCESSES = frozenset(_DATA["body_process_nouns"])
_FORMULATIONS = frozenset(_DATA["formulation_nouns"])
_NAME_SUFFIX_CODES = frozenset(_DATA["route_release_codes"])
_CELL_NOUNS = frozenset(_DATA["cell_nouns"])
_DAILY_CAPS = frozenset(_DATA["daily_cap_words"])
_AMOUNT_UNITS = frozenset(_DATA["dose_amount_units"])
_ANIMALS = frozenset(_DATA["study_animals"])
_ANIMAL_DOSING = frozenset(_DATA["animal_dosing_words"])
_SCANT_ACTIONS = frozenset(_DATA["scant_action_nouns"])
_BODY_OWN = frozenset(_DATA["body_own_words"])
_BODY_OWN_ADVERBS = frozenset(_DATA["body_own_adverbs"])
_BODY_MAKING = frozenset(_DATA["body_making_participles"])
BODY_HORMONE_WORDS = frozenset(_DATA["body_hormone_words"])
_PASSIVE_ENDINGS = tuple(_DATA["passive_participle_endings"])
_PASSIVE_AGENT_WORDS = frozenset(_DATA["passive_agent_words"])
_AGENT_DETERMINERS = frozenset(_DATA["passive_agent_determiners"])
NUMBER_WORDS = frozenset(_DATA["number_words"])
_JOINING = frozenset({"and", "or", "&"})
_LIST_GLUE = frozenset({",", "and", "or", "/", "&"})
_CELL_BORDERS = frozenset({"|"})
_DRUG_NOUNS = frozenset(load_data("mechanism_words.yaml")["drug_nouns"])
# (the pipeline has no tagger: pronouns that may stand for the drug, by their words)
_PRONOUNS = frozenset({"it", "this", "that", "one", "them", "these", "those"})


def _plural(lowers, m_end: int) -> bool:
    last = lowers[m_end - 1]
    return last.isalpha() and singular(last) != last


def listed_beside_drug(doc, m_start: int, m_end: int, matches) -> bool:
    """A class in the plural joined only by commas, 'and', 'or' or a slash to a drug, through
    other such classes: one item of a list of treatments, said of none of them
    ('such as propofol, benzodiazepines, or barbiturates'; 'Clonidine, tricyclic
    antidepressants, noradrenaline-reuptake inhibitors, and …'). An apposition has an article
    or a bracket ('tamoxifen, a SERM,') and is not this."""
    lowers = doc_words.lower_words(doc)
    if not _plural(lowers, m_end):
        return False
    named = sorted((m for m in matches if m[0] in ("drug", "class")), key=lambda m: m[2])
    at = next((i for i, m in enumerate(named) if m[2] == m_start and m[3] == m_end), None)
    if at is None:
        return False
    # a list goes on after the class ("SERMs, or …") or joins its items by a conjunction
    # ("propofol, benzodiazepines, or barbiturates"); "- Anastrozole, letrozole, SERMs." is
    # a list item's names followed by their class, said of them
    goes_on = m_end < len(doc) and lowers[m_end] in _LIST_GLUE
    for step in (-1, 1):
        index, here, joined = at, named[at], False
        while 0 <= index + step < len(named):
            other = named[index + step]
            glue = lowers[here[3]:other[2]] if step == 1 else lowers[other[3]:here[2]]
            if not glue or not set(glue) <= _LIST_GLUE:
                break
            joined = joined or not _JOINING.isdisjoint(glue)
            if other[0] == "drug":
                if goes_on or joined:
                    return True
                break
            if not _plural(lowers, other[3]):
                break
            index, here = index + step, other
    return False


def across_cell_border(doc, begin: int, end: int) -> bool:
    """A table's cell border ('|') between two words: a table the parser read as text (a
    separator row of '+'), whose cells are not one sentence."""
    return not _CELL_BORDERS.isdisjoint(doc_words.words(doc)[begin:end])


def body_process_after(doc, m_end: int) -> bool:
    """'to reduce Substance P and glutamine release', '↑ Urea transport in the collecting
    duct', '* Somatostatin release': the name before a noun of the body's processes is the
    substance the body releases or moves, not a medicine the clause is about."""
    lowers = doc_words.lower_words(doc)
    if m_end >= len(doc) or lowers[m_end] not in _BODY_PROCESSES:
        return False
    # "Goserelin release from the implant": a drug's release from its formulation is the
    # drug's own pharmacokinetics, said of the medicine
    after = lowers[m_end + 1:m_end + 5]
    return not (after[:1] == ["from"] and any(
        singular(w) in _FORMULATIONS for w in after[1:]))


def part_of_longer_name(doc, index: int) -> bool:
    """'co-trimoxazole', 'co- trimoxazole' (its hyphen broken at a line end) and 'Neuropeptide
    Y' (a body peptide named by a letter): the word is one part of a longer name."""
    words = doc_words.words(doc)
    if index >= 1 and words[index - 1].endswith("-") and words[index - 1][:-1].isalpha():
        return True
    if index >= 2 and words[index - 1] == "-" and words[index - 2].isalpha() and \
            not doc[index - 2].whitespace_:
        return True  # "co-trimoxazole" (a combination the knowledge base lacks): not 'trimoxazole'
    following = words[index + 1] if index + 1 < len(doc) else ""
    # not a route's or a release's code after a name ("Novarelin SC", "Zafuzumab IV")
    return 1 <= len(following) <= 2 and following.isalpha() and following.isupper() and \
        following.lower() not in _NAME_SUFFIX_CODES


def subtype_before_target(doc, m_end: int, target_words) -> bool:
    """'at the GABA~A~ receptor' (subscript marks left in the text), 'the GABA-A receptor',
    'GABA B receptors': a name before a subtype's letter or number and a target word names
    the target, no subject."""
    words, lowers = doc_words.words(doc), doc_words.lower_words(doc)
    for gap in range(1, _SUBTYPE_TOKENS + 1):
        if m_end + gap >= len(doc):
            return False
        if lowers[m_end + gap] in target_words:
            subtype = "".join(words[m_end:m_end + gap]).strip("~-_")
            return 1 <= len(subtype) <= 2 and subtype.isalnum() and (
                subtype.isupper() or subtype.isdigit())
    return False


_SUBTYPE_TOKENS = 3  # "~", "A~": the subtype's letter with its marks


def opens_bracket(doc, m_start: int) -> bool:
    """'several widely used medications (statins, metformin, dexamethasone and possibly
    aspirin)': a class just inside a bracket is the first item of the list the bracket gives
    (of 'medications'), no class heading the drugs after it."""
    return m_start >= 1 and doc_words.words(doc)[m_start - 1] in ("(", "[")


_APPOSED_ADJECTIVES = 3  # words between an apposition's article and its class or kind


def apposition_of_other_name(doc, lead: int, floor: int, matches) -> bool:
    """', a progestin' at `lead` (the class's first word, after its article) set after a
    word no match covers, past `floor` (the end of the subject): 'contains segesterone
    acetate, a progestin' is said of segesterone acetate. Not after a drug's, class's or
    brand's name ('contains ethinylestradiol, an estrogen'), a noun for the drug ('The
    medicine, a progestin,') or a pronoun."""
    article = lead - 1
    # "enhances collagen production, a key structural protein" (round 20): adjectives
    # between the article and the kind
    while article > floor and lead - article <= _APPOSED_ADJECTIVES and \
            doc[article].lower_ not in ("a", "an") and doc[article].is_alpha and \
            doc[article].text.islower():
        article -= 1
    comma = article - 1
    if comma - 1 < floor or doc[article].lower_ not in ("a", "an") or doc[comma].text != ",":
        return False
    named = bracket_start(doc, comma, floor)
    # "Nirmatrelvir is packaged with ritonavir (as Paxlovid), a strong CYP3A4 inhibitor"
    # (round 22): the apposition describes the partner named after "with", not the
    # subject (the subject's own "Tamoxifen, a SERM," ends at `floor`)
    partner = next((m for m in matches if m[0] == "drug" and m[3] == named and m[3] > floor),
                   None)
    if partner is not None and "with" in doc_words.lower_words(doc)[
            max(floor, partner[2] - _PARTNER_WORDS):partner[2]]:
        return True
    word = doc[comma - 1]
    if not word.is_alpha or word.lower_ in _DRUG_NOUNS | _PRONOUNS:
        return False
    covering = next((m for m in matches if m[2] <= comma - 1 < m[3]), None)
    # "an analogue of amylin, a small peptide hormone": the ligand a class's name ends
    # with ('<role> of <ligand>', session 32, i440) is another name, described there
    return covering is None or covering[0] == "class" and \
        "of" in doc_words.lower_words(doc)[covering[2]:comma - 1]


_PARTNER_WORDS = 3  # words from "with" to the partner's name ("with the booster ritonavir")
_BRACKET_REACH = 8  # tokens of a bracket between a name and its apposition ("(as Paxlovid)")


def bracket_start(doc, comma: int, floor: int, stops=(")", ",", ";")) -> int:
    """Where the noun before a comma ends, past a bracket closed right before the comma
    (`comma` itself when there is none within reach, or a word of `stops` comes first)."""
    if comma - 1 <= floor or doc[comma - 1].text != ")":
        return comma
    for index in range(comma - 2, max(floor, comma - 2 - _BRACKET_REACH), -1):
        if doc[index].text == "(":
            return index
        if doc[index].text in stops:
            break
    return comma


_EXAMPLE_CUES = (("such", "as"), ("including",), ("e.g.",), ("like",))
_EXAMPLE_GLUE = frozenset({",", "and", "or", "/"})


def example_of_other_noun(doc, start: int, k_end: int, drug_start: int, matches) -> bool:
    """'Other options are SERMs or condition-specific treatments, such as bisphosphonates,
    denosumab, or teriparatide' (round 20): a drug listed after 'such as' is an example of
    the noun just before the cue; a class named earlier, ending elsewhere (`k_end`), is
    another item of the sentence, not said of the drug."""
    lowers = doc_words.lower_words(doc)
    ends = {m[3]: m[2] for m in matches if m[0] in ("drug", "class")}
    index = drug_start
    while index > start:
        if index in ends and index != drug_start and ends[index] < index:
            index = ends[index]  # over another item of the list
            continue
        if lowers[index - 1] in _EXAMPLE_GLUE:
            index -= 1
            continue
        break
    cue = next((c for c in _EXAMPLE_CUES if tuple(lowers[index - len(c):index]) == c
                and index - len(c) > start), None)
    if cue is None:
        return False
    head = index - len(cue)
    while head > start and lowers[head - 1] in (",", "—", "–"):
        head -= 1
    if head > start and lowers[head - 1] == ")":
        head = next((i for i in range(head - 2, max(start, head - 6), -1) if lowers[i] == "("),
                    head)
    return k_end <= head and k_end != head


_NEGATION_WORDS = frozenset({"not", "no", "never", "without", "n't", "neither", "nor", "cannot"})
_SCANT_WORDS = frozenset({"little", "minimal", "negligible"})
_NEGATION_REACH = 7  # words from a negation to the target it denies, in one clause
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "but", "which", "that", "who", "whereas",
                            "while", "although", "though", "because", "whether", "unlike"})


_COORDINATED_VERBS = frozenset(_DATA["coordinated_verbs"]) | frozenset(
    load_data("mechanism_words.yaml")["acting_on_verbs"])
_VERB_ADVERBS = frozenset(_DATA["verb_adverbs"])


def _opens_verb_phrase(lowers, index: int) -> bool:
    """'… has no systemic uptake and blocks …', '… and directly inhibits …': the and/or at
    `index` joins a second verb phrase (a verb, after at most one adverb), which a negation
    of the first does not reach; 'little or no activity' joins no verb."""
    after = lowers[index + 1:index + 3]
    if after and after[0] in _VERB_ADVERBS:
        after = after[1:]
    return bool(after) and after[0] in _COORDINATED_VERBS


def negated_before(doc, start: int, m_start: int) -> bool:
    """'It has little or no activity against the 5-HT2B and 2C receptors', 'lesinurad did not
    inhibit OAT1 or OAT3', 'are not known to interact with cytochrome P450 liver enzymes'
    (round 20): a negation a few words before the target, in the same clause, denies that the
    drug acts on it (not 'not only … but also', nor a negation a comma or relative word closes,
    nor one before an and/or that opens another verb: 'needs no monitoring and inhibits …')."""
    lowers = doc_words.lower_words(doc)
    for index in range(m_start - 1, max(start, m_start - _NEGATION_REACH) - 1, -1):
        word = lowers[index]
        if word in _CLAUSE_BREAKS:
            return False
        if word in ("and", "or") and _opens_verb_phrase(lowers, index):
            return False
        if word in _NEGATION_WORDS:
            return index + 1 >= len(lowers) or lowers[index + 1] not in ("only", "just",
                                                                          "merely")
        if word in _SCANT_WORDS and (index == 0 or lowers[index - 1] != "a") and \
                _SCANT_ACTIONS.intersection(lowers[index + 1:min(m_start, index + 4)]):
            # "little binding affinity for …", "minimal activity at …": the gold sets' denial
            # (not "a little"; "weak" alone is had: "weak agonistic activity on CD3"); only of
            # an action ("at minimal doses still inhibits COX-1" denies nothing)
            return True
        if word == "weak" and index >= 1 and lowers[index - 1] == "only":
            return True  # "only weak inhibition of serotonin and norepinephrine reuptake"
    return False


def listed_with_hormones(doc, m_start: int, m_end: int, names,
                         subject_end: int | None = None) -> bool:
    """'increasing or decreasing serotonin, dopamine and norepinephrine in different brain
    areas' (round 12, flibanserin): a drug's name listed, by commas and 'and'/'or' alone,
    beside a hormone or transmitter the sentence names is one more substance of that list,
    the body's, not a second subject of the clause. Not a list the subject opens
    ('Vasopressin, oxytocin and insulin are peptide hormones': each is a subject).
    `names` is `sentence_names` of the sentence's matches, read once by the caller."""
    lowers = doc_words.lower_words(doc)
    named, hormone_ends, hormone_starts = names
    glue_words = _LIST_GLUE - {"/"}
    if subject_end is not None and subject_end <= m_start:
        if all(lowers[i] in glue_words or i in named for i in range(subject_end, m_start)):
            return False
    # a hormone at most two glue words away, before or after the name (looked up by its
    # end or start: a sentence of thousands of names stays linear)
    for gap in (1, 2):
        for end in ((m_start - gap,) if m_start - gap in hormone_ends else ()):
            if set(lowers[end:m_start]) <= glue_words:
                return True
        for begin in ((m_end + gap,) if m_end + gap in hormone_starts else ()):
            if set(lowers[m_end:begin]) <= glue_words:
                return True
    return False


def sentence_names(matches) -> tuple[set[int], set[int], set[int]]:
    """The tokens that drug or hormone names cover, and the hormones' ends and starts: what
    `listed_with_hormones` reads, once per sentence (it is asked once per name, and a
    sentence of thousands of names must stay linear)."""
    named = {i for m in matches if m[0] in ("drug", "hormone") for i in range(m[2], m[3])}
    hormones = [m for m in matches if m[0] == "hormone"]
    return named, {m[3] for m in hormones}, {m[2] for m in hormones}


_TREATING = frozenset(_DATA["treating_verbs"])
_TREATED_REACH = 3  # words from the verb of treating to the word of the hormone's change
# what may stand between the verb and the change it takes as object ("to treat their low …")
_TREATED_GLUE = frozenset(_DATA["treated_object_glue"])


def treated_condition(doc, start: int, effect: int) -> bool:
    """'men who want to address declining testosterone' (a health page, round 10): a
    hormone's change that a verb of treating takes as its object is the condition treated,
    not the drug's effect."""
    lowers = doc_words.lower_words(doc)
    for index in range(effect - 1, max(start, effect - _TREATED_REACH) - 1, -1):
        if lowers[index] in _TREATING:
            return True
        if lowers[index] not in _TREATED_GLUE:
            # "to treat infertility by raising FSH", "to treat hypothyroidism, increasing
            # T4": the change is how the condition is treated, the drug's effect
            return False
    return False


def names_cells(doc, m_end: int) -> bool:
    """A target's name that names the cells it sits on ("Leydig cells", "somatotrophs"):
    a text naming them says where a drug acts, not which of the cells' receptors."""
    return doc_words.lower_words(doc)[m_end - 1] in _CELL_NOUNS


_AMOUNT_REACH = 3  # tokens of the amount between a cap word and "daily" ("of 2 grams")


def daily_cap(doc, s_start: int) -> bool:
    """'increasing … to a maximum of 2 grams daily' (round 20), 'the immediate-release
    formulation has a maximum daily dosage' (round 16): a limit on the day's dose, not how
    often it is given. Only a bare 'daily' (the schedule's first word), right after a cap
    word or after an amount that follows one: 'up to three times daily' is a schedule."""
    lowers = doc_words.lower_words(doc)
    index = s_start - 1
    if index >= 0 and lowers[index] in _DAILY_CAPS:
        return True
    amount = False
    while index >= 0 and s_start - index <= _AMOUNT_REACH and (
            lowers[index] in _AMOUNT_UNITS or lowers[index][:1].isdigit() or
            lowers[index] in NUMBER_WORDS):
        amount = True
        index -= 1
    if not amount or index < 0:
        return False
    if lowers[index] == "of":  # "a maximum of 2 grams"
        index -= 1
    return index >= 0 and lowers[index] in _DAILY_CAPS


def dosed_animals(doc, start: int, end: int) -> bool:
    """'Intravenous administration of remdesivir to male rhesus monkeys at dosage levels of
    5, 10, and 20 mg/kg/day for 7 days resulted …' (an FDA label's nonclinical toxicology):
    a clause that doses a study's animals ('to rats', 'in db/db mice': 'to' or 'in' at most
    three words before the animal noun) gives their dosing, not the medicine's schedule or
    course. Not an animal named otherwise ('Warfarin, first sold as a rat poison, is taken
    orally once daily'). A hyphened word is one word ('in GHRH-knockout mice', a health page
    of round 4: three tokens, one word)."""
    lowers = doc_words.lower_words(doc)
    for index in range(start, end):
        if lowers[index] in _ANIMALS and any(
                lowers[i] in _ANIMAL_DOSING
                for i in _positions_of_words_before(doc, start, index, 3)):
            return True
    return False


def _positions_of_words_before(doc, start: int, index: int, count: int) -> list[int]:
    """The token positions of up to `count` words before `index`, a word glued by hyphens
    ('GHRH-knockout') counted once."""
    out, at = [], index - 1
    while at >= start and count > 0:
        out.append(at)
        while at - 2 >= start and glued_hyphen(doc, at - 1):
            out += [at - 1, at - 2]
            at -= 2
        at -= 1
        count -= 1
    return out


def glued_hyphen(doc, index: int) -> bool:
    """A hyphen glued to the words either side ('4-methyl', 'corticosteroid-responsive')."""
    return 0 < index < len(doc) and doc[index].text == "-" and \
        not doc[index - 1].whitespace_ and not doc[index].whitespace_


def part_of_molecule(doc, m_start: int) -> bool:
    """'An orally bioavailable, non-nucleoside, 3,4-dihydroquinazolinyl acetic acid and
    inhibitor of …' (round 18, an NCI definition of letermovir): a name after a
    substituent's name (a word in '-yl' glued to locants or a hyphen, as chemical names
    write them) is one part of the drug's chemical name, not a drug the sentence is about.
    So is a residue after "-yl-" and a stereo-descriptor ("glycyl-L-histidyl-L-lysine",
    GHK-Cu's name on sellers' pages, round 44)."""
    lowers = doc_words.lower_words(doc)
    if m_start == 0:
        return False
    # "glycyl-L-histidyl-L-lysine" (session 30, a seller's GHK-Cu): walk back
    # over the hyphen and a stereo-descriptor to the substituent; the hyphen is the glue
    # over the hyphens and the stereo-descriptor to the substituent. Without the descriptor
    # the hyphen may join one drug's name ("acetyl-carnitine", round 42), so it is needed
    # (the descriptor may open the name itself: the base knows "L-lysine")
    if lowers[m_start] in _STEREO_DESCRIPTORS and glued_hyphen(doc, m_start + 1):
        substituent_at = m_start - 2 if glued_hyphen(doc, m_start - 1) else -1
    elif m_start >= 4 and glued_hyphen(doc, m_start - 1) and \
            lowers[m_start - 2] in _STEREO_DESCRIPTORS and glued_hyphen(doc, m_start - 3):
        substituent_at = m_start - 4
    else:
        substituent_at = -1
    if substituent_at >= 0:
        substituent = lowers[substituent_at]
        if substituent.endswith("yl") and substituent[:-2][-1:].isalpha():
            return True
    before = lowers[m_start - 1]
    # "dihydroquinazolinyl", "4-methylphenyl": a substituent glued to locants or a hyphen
    # (not a bare "ethinyl estradiol": one drug's name in two words)
    glued = "-" in before or "," in before or before[:1].isdigit() or (
        m_start >= 2 and glued_hyphen(doc, m_start - 2))
    return before.endswith("yl") and before.rstrip("yl")[-1:].isalpha() and glued


_STEREO_DESCRIPTORS = frozenset(_DATA["stereo_descriptors"])
_DEGREE_RANGE = frozenset(_DATA["degree_range_words"])
OBJECT_TAKING_VERBS = frozenset(_DATA["object_taking_verbs"])


def degree_range(doc, index: int) -> bool:
    """'DesOwen Cream and Lotion are low to medium potency corticosteroids' (an FDA label):
    a "to" between two grades is one modifier of the class, not a clause's "to"."""
    lowers = doc_words.lower_words(doc)
    return 0 < index < len(doc) - 1 and lowers[index] == "to" and \
        lowers[index - 1] in _DEGREE_RANGE and lowers[index + 1] in _DEGREE_RANGE


def hyphen_modifier(doc, m_end: int) -> bool:
    """'the manifestations of corticosteroid-responsive dermatoses' (an FDA label): a name
    glued by a hyphen to the word after it modifies that word; it is no mention a pronoun or
    a route of the next sentence points back to."""
    return m_end + 1 < len(doc) and glued_hyphen(doc, m_end) and \
        doc[m_end + 1].text[:1].isalpha()


def compound_modifier(doc, m_end: int, matches) -> bool:
    """'a transport protein for thyroxine and retinol-binding protein' (round 40): a name
    glued by a hyphen to a word, with a kind or a class right after that word, is the first
    part of a compound noun; the kind or class is the compound's, not the drug's, and the
    drug is no subject of the clause."""
    if not hyphen_modifier(doc, m_end):
        return False
    head = m_end + 2
    return any(m[2] == head and m[0] in ("kind", "class") for m in matches)


def class_object_of_verb(near) -> bool:
    """'pain severe enough to require an opioid analgesic' (FDA labels): a class after
    'a'/'an' right after a verb of needing or taking is that verb's object, not what the
    clause's drug is. `near`: the words before the class, lower case."""
    return len(near) >= 2 and near[-1] in ("a", "an") and near[-2] in OBJECT_TAKING_VERBS


_COMBINATION_WORDS = frozenset(_DATA["combination_product_words"])


def combination_classes(doc, class_claims) -> set[int]:
    """The classes of a combination's parts, said of the product together ('Sprintec
    (norgestimate and ethinyl estradiol tablets) is an estrogen/progestin COC', 'is a vitamin
    D analogue and corticosteroid combination product'; FDA labels): two classes joined by a
    slash or "plus" ('an estrogen plus progestin'), or joined and followed by a word of
    combining. Each is one component's, not every drug's the clause names: the starts of
    those claims."""
    lowers = doc_words.lower_words(doc)
    claims = sorted((c for c in class_claims if c[0] in ("class", "kind")), key=lambda c: c[2])
    parts: set[int] = set()
    for first, second in zip(claims, claims[1:]):
        glue = lowers[first[3]:second[2]]
        after = lowers[second[3]:second[3] + 2]
        if glue in (["/"], ["plus"], ["+"]) or (glue in (["and"], [",", "and"], ["/"]) and
                             not _COMBINATION_WORDS.isdisjoint(after)):
            parts.update((first[2], second[2]))
    for claim in claims:
        # "are estrogen/progestin COCs" where the hormone's name was read as no class
        if (claim[2] >= 2 and lowers[claim[2] - 1] == "/" and lowers[claim[2] - 2].isalpha()) \
                or (claim[3] + 1 < len(doc) and lowers[claim[3]] == "/" and
                    lowers[claim[3] + 1].isalpha()):
            parts.add(claim[2])
    return parts


def combination_owners(class_claims, parts: set[int], subjects, drugs) -> dict[int, list[str]]:
    """Which components each class of a combination's parts is of (`combination_classes`
    gives the parts; `drugs` is the knowledge base's): the components the knowledge base
    gives that class. A class no component has ('Lisinopril and hydrochlorothiazide tablets
    are a beta blocker and thiazide diuretic combination') is the components no other part
    went to, when the knowledge base knows classes of each of them (an error to report);
    else ('Calcipotriene and Betamethasone Dipropionate Foam is a vitamin D analogue and
    corticosteroid combination product', an FDA label, the ester with no class on record)
    it is no one's: not said which."""
    components = [s for s in dict.fromkeys(subjects) if s in drugs]
    owners = {c[2]: [s for s in components if drugs[s].has_class(c[1])]
              for c in class_claims if c[2] in parts}
    taken = {s for found in owners.values() for s in found}
    left = [s for s in components if s not in taken]
    if left and all(drugs[s].drug_class or drugs[s].also or drugs[s].other_classes
                    for s in left):
        owners = {start: found or left for start, found in owners.items()}
    return owners


_EXPLETIVE_TO = frozenset(_DATA["expletive_to_predicates"])
_EXPLETIVE_THAT = frozenset(_DATA["expletive_that_predicates"])
_EXPLETIVE_COPULAS = frozenset({"is", "was", "remains", "seems", "appears", "be", "been"})
_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
_EXPLETIVE_FILLERS = frozenset({"not", "also", "still", "currently", "generally", "therefore",
                                "however", "has", "have", "been", "may", "might", "be", "yet",
                                "n't", ","})


def expletive_it(doc, start: int, end: int) -> bool:
    """'It is not known whether BetopticPilo is equivalent to other beta-blockers given in
    combination with pilocarpine' (an FDA label): an opening 'it' before a copula, a word of
    knowing or advising and 'whether' / 'if' / 'that' (or 'to' after 'important', …) is
    empty; it stands for no drug of the sentence before."""
    lowers = doc_words.lower_words(doc)
    if start >= end or lowers[start] != "it":
        return False
    index = start + 1
    while index < end and index - start <= 6 and lowers[index] in _EXPLETIVE_FILLERS:
        index += 1
    if index >= end or lowers[index] not in _EXPLETIVE_COPULAS:
        return False
    index += 1
    while index < end and lowers[index] in _EXPLETIVE_FILLERS:
        index += 1
    if index + 1 >= end:
        return False
    if not _PRONOUNS.isdisjoint(lowers[index + 2:end]):
        return False  # "It is recommended that it be injected …": the second "it" is the drug
    word, after = lowers[index], lowers[index + 1]
    return (word in _EXPLETIVE_THAT and after in ("whether", "if", "that")) or \
        (word in _EXPLETIVE_TO and after == "to")


_APPOSITION_COPULAS = frozenset({"is", "are", "was", "were", "remains"})


def apposition_owner(doc, m_start: int, m_end: int, end: int, matches,
                     subjects) -> str | None:
    """The one drug a class is set against by commas, if any: the class's, not the clause's
    other drugs'. Either set after the drug ('… which contains ethinylestradiol, an
    estrogen, and segesterone acetate, a progestin'; 'the backbone of methamphetamine, a
    potent CNS stimulant') or the drug set after the class ('… that an angiotensin
    converting enzyme inhibitor, captopril, has caused agranulocytosis', an FDA label on
    trandolapril and verapamil). Either way a clause of one subject keeps it, and a class
    said of a drug by a copula stays that drug's ('Verapamil is a calcium channel blocker,
    captopril, by contrast, blocks ACE')."""
    return owner_set_before(doc, m_start, matches, subjects) or \
        _owning(_set_after(doc, m_start, m_end, end, matches), subjects)


def _owning(named: str | None, subjects) -> str | None:
    return named if named is not None and (named not in subjects or
                                           len(set(subjects)) > 1) else None


def owner_set_before(doc, m_start: int, matches, subjects) -> str | None:
    """'X, a class': X (see `apposition_owner`)."""
    return _owning(_set_before(doc, m_start, matches), subjects)


def _set_before(doc, m_start: int, matches) -> str | None:
    lowers = doc_words.lower_words(doc)
    article = next((i for i in range(m_start - 1, max(m_start - 4, 0), -1)
                    if lowers[i] in ("a", "an")), None)
    if article is None or article < 2 or doc[article - 1].text != ",":
        return None
    return next((m[1] for m in matches if m[0] == "drug" and m[3] == article - 1), None)


def _set_after(doc, m_start: int, m_end: int, end: int, matches) -> str | None:
    """'a class, X,' (not a list: 'a beta blocker, atenolol, or metoprolol'; not a class a
    copula says of a drug before it: 'Verapamil is a calcium channel blocker, captopril, …')."""
    lowers = doc_words.lower_words(doc)
    article = next((i for i in range(m_start - 1, max(0, m_start - 3) - 1, -1)
                    if lowers[i] in ("a", "an")), None)
    if article is None:
        return None
    if article >= 2 and lowers[article - 1] in _APPOSITION_COPULAS and \
            any(m[0] == "drug" and m[3] == article - 1 for m in matches):
        return None
    if m_end + 2 >= end or lowers[m_end] != ",":
        return None
    drug = next((m for m in matches if m[0] == "drug" and m[2] == m_end + 1), None)
    if drug is None or drug[3] >= end or lowers[drug[3]] != ",":
        return None
    after = lowers[drug[3] + 1] if drug[3] + 1 < end else ""
    return None if after in _JOINING or after in ("such", "e.g.", "including") else drug[1]


def hormone_as_agent(lowers, effect_word: int, hormone: int) -> bool:
    """'breast cancers that are stimulated by estrogens' (round 28 testolactone), 'the axis
    is suppressed by testosterone': a participle of effect followed by 'by' and the hormone
    (a determiner may stand between) names the hormone as what acts, in a clause about the
    disease or another thing; its level is not said to change ('estradiol is raised by the
    drug' puts the hormone before the verb and is read there; 'stimulated by it to release
    LH' has the drug as the agent and the hormone as the effect)."""
    if not lowers[effect_word].endswith(_PASSIVE_ENDINGS) or effect_word + 1 >= hormone or \
            lowers[effect_word + 1] not in _PASSIVE_AGENT_WORDS:
        return False
    between = lowers[effect_word + 2:hormone]
    return not between or (len(between) == 1 and between[0] in _AGENT_DETERMINERS)


_COMPARATIVES = frozenset(_DATA["comparative_effect_words"])
_THAN_MODIFIERS = frozenset(_DATA["than_hormone_modifiers"])


def compared_with_hormone(lowers, effect_word: int, hormone: int) -> bool:
    """'less expensive than growth hormone' (a sermorelin clinic page, round 28), 'a lower
    side-effect burden than direct GH' (an ipamorelin page, round 30): the word of effect is
    itself the comparative and the hormone is what its 'than' compares with, so the drug is
    compared with the hormone; the hormone's level is not said to change. A verb of effect
    keeps its hormone ('lowers more than growth hormone'), and so does a 'than' comparing
    something else ('a bigger fall than tesamorelin in growth hormone levels')."""
    if lowers[effect_word] not in _COMPARATIVES:
        return False
    than = next((at for at in range(effect_word + 1, hormone) if lowers[at] == "than"), None)
    if than is None or lowers[than - 1] in ("rather", "other"):
        return False
    return all(word in _THAN_MODIFIERS for word in lowers[than + 1:hormone])


_AGE_DECADES = frozenset(_DATA["age_decades"])


def ages_of_people(lowers, pronoun: int) -> bool:
    """'in their 20's or 30's, all men's bodies …': 'their' before an age is the people's
    (their decades of life), not the drugs'."""
    after = lowers[pronoun + 1] if pronoun + 1 < len(lowers) else ""
    return lowers[pronoun] == "their" and (after[:1].isdigit() or after in _AGE_DECADES)


def body_own_name(doc, start: int, m_start: int) -> bool:
    """The name at `m_start` is the body's own hormone: a word of the body's own right before
    it ("the prototypical and endogenous androgen, testosterone", "the body's own
    testosterone"), or such an adverb before a participle of making right before it ("the
    endogenously produced androgen"; a SARM paper, gold round 38). A medicine named so is
    never meant: "exogenous" and "synthetic" are not such words."""
    lowers = doc_words.lower_words(doc)
    before = m_start - 1
    if before < start:
        return False
    if lowers[before] in _BODY_OWN:
        return True
    return lowers[before] in _BODY_MAKING and before - 1 >= start and \
        lowers[before - 1] in _BODY_OWN_ADVERBS


_RECEPTOR_LIST_REACH = 16  # tokens from a listed name to the list's head noun
_RECEPTOR_LIST_ITEMS = frozenset({"class", "hormone", "drug"})


def names_listed_receptor(doc, m_end: int, matches) -> bool:
    """The class ending at `m_end` is one item of a list whose head noun, after its last item,
    is "receptor(s)": "a superfamily that includes estrogen, progestin, glucocorticoid and
    mineralocorticoid receptors" (a SARM paper, gold round 38) names the progestin and
    glucocorticoid receptors, not progestins or corticosteroids (whose drugs would then bind
    the androgen receptor named before). The items are names the reader knows (classes,
    hormones, drugs) joined by commas, "and", "or" or slashes; the last may be a target whose
    name ends in the head ("mineralocorticoid receptors"). A name followed by anything else
    ("progestins and estrogens act on their receptors") is no such item."""
    lowers = doc_words.lower_words(doc)
    starting = {m[2]: m for m in matches}
    index, glued = m_end, False
    while index < len(doc) and index - m_end <= _RECEPTOR_LIST_REACH:
        word = lowers[index]
        if word in RECEPTOR_NOUNS:
            return glued
        if word in _LIST_GLUE:
            glued = True
            index += 1
            continue
        match = starting.get(index)
        if match is None:
            return False
        if match[0] == "target":
            return glued and lowers[match[3] - 1] in RECEPTOR_NOUNS
        if match[0] not in _RECEPTOR_LIST_ITEMS:
            return False
        index = match[3]
    return False
