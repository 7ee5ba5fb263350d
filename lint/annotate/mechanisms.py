"""What each sentence says about each drug: class, kind, target, site, effect, route, schedule.

A sentence is cut into clauses at contrast markers ("whereas", "while",
"but" …), semicolons and at "and" before a new drug subject ("tamoxifen
raises LH and anastrozole lowers estradiol"). Each clause's subjects are
its own drug mentions (a mention after "similar to", "like", "unlike",
"of" … is a comparison or a setting, not a subject), else the table row's
first cell, else the drugs of a class it names (those the document
mentions, else the curated members), else the subjects of the clause
before, else — when it opens with "it", "this", "these", "they" … — the
drugs the text was last about in the section.

An effect is the nearest verb or noun of effect before a hormone in its
clause ("lowers estradiol and raises testosterone"); a neutral noun
("output", "release") counts as "up" only when no stronger word governs it
("reduce their output of LH" is down); hormones in a list share it. A
hormone that owns a mechanism ("estrogen's negative feedback"), that is
sensed ("the brain perceives lower estrogen") or that sits in a condition
("in men with elevated estrogen") is not an effect. Negation becomes
polarity; "would" makes a statement hypothetical, "may" possible, and a
clause that states a delivery pattern ("continuous infusion suppresses LH")
or an "if/when" condition makes it conditional: such statements are kept
but not compared for contradictions.

Tables and lists carry class membership: a table title or first-column
header naming a class or a kind ("Growth Hormone Peptides", "Peptide
Name") says it of every drug in the first column; a paragraph ending in
":" says it of the drugs that open the list items after it.

Results go to `document.annotations.mechanisms` and hormone-to-hormone
statements ("testosterone production, facilitated by LH and FSH") to
`document.annotations.hormone_relations` (lint/document/annotations.py).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from lint.annotate import doc_arrays, doc_words
from lint.annotate.acronyms import long_form_matches
from lint.annotate.lexicon import PhraseIndex
from lint.annotate.mechanism_acted_on import acted_on_substance
from lint.annotate.mechanism_conditions import change_with_age, conditional_adjustment
from lint.annotate.mechanism_family_claims import (family_routes_kept_to_members,
                                                 mark_reported_labels)
from lint.annotate.mechanism_classes import (activity_classes, activity_opens,
                                             appositive_classes, class_names_index,
                                             named_stem_classes, stem_class_unnamed,
                                             classes_of_targets, descriptive, roles_of_hormones,
                                             without_role_statements, bracketed_members,
                                             class_stems, target_names_class,
                                             and_other_members, apposed_list, divided_into,
                                             past_aside,
                                             bracketed_class_names, combination_partners,
                                             copula_predicate, counted_members,
                                             counted_list, definite_class_predicates,
                                             first_member_at,
                                             generation_asides, generation_groups,
                                             generation_subclass, latter_former,
                                             not_of_itself, points_to_section_class,
                                             ranked_members,
                                             restrictive_routes,
                                             stated_memberships,
                                             with_parent_classes)
from lint.annotate.mechanism_guards import (across_cell_border, apposition_of_other_name,
                                            daily_cap, dosed_animals, part_of_molecule,
                                            hyphen_modifier, class_object_of_verb, compound_modifier,
                                            combination_classes, combination_owners,
                                            expletive_it,
                                            apposition_owner, owner_set_before,
                                            body_process_after, example_of_other_noun,
                                            listed_beside_drug, listed_with_hormones,
                                            names_cells, negated_before, treated_condition,
                                            opens_bracket, sentence_names,
                                            part_of_longer_name, subtype_before_target,
                                            hormone_as_agent, compared_with_hormone,
                                            ages_of_people, BODY_HORMONE_WORDS,
                                            body_own_name, names_listed_receptor)
from lint.annotate.mechanism_added_classes import class_said_as_added
from lint.annotate.mechanism_analogues import names_analogues, points_to_analogues
from lint.annotate.mechanism_bracket_doses import bracket_owner
from lint.annotate.mechanism_list_appositions import apposition_item
from lint.annotate.mechanism_kinds import (antibody_origins, bracketed_owner, derived_kinds,
                                           describes_target, inside_defined_term,
                                           names_acted_on, names_serostatus, names_source,
                                           kinds_before_lists, kinds_of_abbreviations,
                                           without_subsumed_kinds)
from lint.annotate.mechanism_own_classes import with_generation_classes
from lint.annotate.mechanism_role_phrases import role_readings
from lint.annotate.mechanism_text_drugs import (ProductWords, TextDrugWords, candidate_word,
                                                plain_reason, product_candidate,
                                                text_drug_matches, text_drug_readings,
                                                text_named_drugs)
from lint.annotate.mechanism_physiology import (downstream_sites, kept_from_acting,
                                                 effect_noun_after, hormone_antecedent, hormone_relative,
                                                 listed_hormones_head, names_activity,
                                                 names_reuptake, reuptake_of,
                                                 opens_with_hormone, own_substance,
                                                 blocked_ligands, phrase_start, qualified,
                                                 reverses_direction, timed)
from lint.annotate.mechanism_products import mark_route_products
from lint.annotate.mechanism_class_exceptions import mark_class_exceptions
from lint.annotate.mechanism_esters import mark_ester_products
from lint.annotate.mechanism_salts import mark_salts
from lint.annotate.mechanism_study_routes import mark_study_routes
from lint.annotate.mechanism_routes import (abbreviated_routes, coordinated_places,
                                            bracketed_item_route,
                                            members_in_brackets,
                                            never_marketed,
                                            describes_noun, dosed_only, dosed_schedule,
                                            premodified_drug,
                                            forms_available,
                                            form_of_route, hormone_given,
                                            labelled_routes, manner_of_other_act,
                                            form_for_other_place,
                                            mark_route_alternatives, modified_name,
                                            named_in_phrase,
                                            one_more_route,
                                            one_of_its_forms,
                                            dose_of_code_name, presupposed_route,
                                            presupposed_schedule,
                                            route_denied)
from lint.annotate.mechanism_sites import (acted_on_drugs, adverb_of_acting,
                                           bracketed_abbreviation, named_only_after,
                                           organ_adjective_making, organ_adjective_places,
                                           organ_adjectives_before, own_class_before,
                                           selective_for_site, SITE_ADVERBS, SITE_CLASS_HEADS,
                                           effects_at, effects_scant,
                                           listed_tissue, located,
                                           made_by_modifier, made_in, object_of_verb,
                                           part_of_organ, place_of_acting, place_of_object,
                                           place_of_target, relative_antecedent,
                                           source_of_effect, target_found_in,
                                           names_hormone_source, mark_sites_listed_with_known)
from lint.annotate.mechanism_subjects import (antecedents, aside_owners,
                                              brand_list_positions, given_name,
                                              combination_partner, compared_after_than,
                                              compared_apposition,
                                              coordinated_drugs, counted_anaphor,
                                              declared_brands, defines_heading_drug,
                                              classifies_hormone, describes_hormone,
                                              in_predicate,
                                              in_pronoun_predicate, named_with_class,
                                              pronoun_subject,
                                              names_other_subject, opens_with_action,
                                              opens_with_quantifier, partners_schedule,
                                              in_relative_object, listed_aside, partitive,
                                              released_in_list, same_as,
                                              sold_under_brands, taken_by_people)
from lint.annotate.mechanism_classes import (hormones_as_classes, secondary_class,
                                             ligands_as_modifiers,
                                             other_name_of_class, quality_had,
                                             said_of_others, subclasses_listed,
                                             unproven_quality,
                                             taken_class, TAKEN_OPENING_REACH)
from lint.annotate.mechanism_targets import (numbered_targets, acted_on_by_verb, acting_on_hormone,
                                             amount_acts_at, RECEPTOR_NOUNS,
                                             raised_against, relative_owners,
                                             affinity_for,
                                             describes_disease,
                                             elided_receptor, elided_targets, subtypes_of_family,
                                             listed_with_acted,
                                             members_after_targets, most_specific_targets,
                                             receptors_of_hormones,
                                             named_in_comparison, narrowed_by_prefix,
                                             coded_subtypes, governing_reuptake,
                                             listed_before_acting, names_the_subject,
                                             reuptake_lists,
                                             numbered_other,
                                             ligand_of_other_receptor,
                                             consequence_of_action, amount_of_marker)
from lint.annotate.dose_periods import doses_per_period, period_total
from lint.annotate.schedules import (alternatives, at_intervals, counted_per, divided_doses,
                                     durations, either_count, infusion_rates, intervals,
                                     pattern_before_route, phase_of, ranges,
                                     said_of_other_act)
from lint.data import load_data
from lint.document.annotations import Assertion, DrugMention, HormoneRelation
from lint.document.model import BlockKind
from lint.normalise import acronym_singular, class_key, singular
from lint.sources.drugs import target_text

# domain words (drugs, dosing, routes, sites, effects) are data: mechanism_words.yaml
_WORDS = load_data("mechanism_words.yaml")

_BOUNDARY = {",", ";", ":", "∞", "(", ")", "—", "–"}


_NAME_ASIDE_REACH = 6  # tokens inside a name's bracket: "(CFDC; S-649266)", "(S-649266; Fetroja)"
_ASIDE_VERBS = {"is", "are", "was", "were", "be", "has", "have", "had"}


def _name_aside(words, start: int, index: int, matches, verbs) -> bool:
    """The word at `index` stands in a name's aside: a bracket opened right after a drug's
    name ('Cefiderocol (CFDC; S-649266), a … cephalosporin'), closed within a few words and
    holding no other drug, no class and no verb — not any bracket ('(metformin is a
    biguanide; sitagliptin is a DPP-4 inhibitor)' holds two clauses); or in a bracketed
    list of names with appositions."""
    depth, opened = 0, None
    for at in range(index - 1, start - 1, -1):
        depth += (words[at] == ")") - (words[at] == "(")
        if depth < 0:
            opened = at
            break
    if opened is None:
        return False
    drug_ends = {m[2]: m[3] for m in matches if m[0] == "drug"}
    if all(at in drug_ends and drug_ends[at] < len(words) and words[drug_ends[at]] == ","
           for at in (opened + 1, index + 1)):
        # "(apixaban, a factor Xa inhibitor; dabigatran, a thrombin inhibitor)": a list of
        # names with their appositions, the semicolons its commas
        return True
    close = next((at for at in range(index + 1, min(len(words), opened + _NAME_ASIDE_REACH + 2))
                  if words[at] == ")"), None)
    name = next((m for m in matches if m[0] == "drug" and m[3] == opened), None)
    if close is None or name is None:
        return False
    inside = [m for m in matches if opened < m[2] < close]
    return not any(m[0] == "class" or (m[0] == "drug" and m[1] != name[1]) for m in inside) \
        and not any(w.lower() in verbs for w in words[opened + 1:close])


_MODIFIER_REACH = 5  # "a novel parenteral siderophore cephalosporin": adjectives past `near`
_JOINED_REACH = 8  # "a potent, orally active, nonsteroidal …": adjectives joined by commas
# endings of the adjectives (and "-ly" adverbs) a comma or "and" joins before a class:
# "potent", "selective", "nonsteroidal", "orally active"; not nouns ("a diet, exercise, and …")
_ADJECTIVE_ENDINGS = tuple(_WORDS["joined_adjective_endings"])


def _joins_adjectives(doc, words, index: int, start: int) -> bool:
    """A comma or "and" between two lower-case words, the one before it an adjective by its
    ending."""
    if words[index] not in (",", "and") or index - 1 <= start or index + 1 >= len(doc):
        return False
    before, after = doc[index - 1], doc[index + 1]
    return before.is_alpha and before.is_lower and after.is_alpha and after.is_lower and \
        before.lower_.endswith(_ADJECTIVE_ENDINGS) and after.lower_ not in _PHRASE_BREAKS


def _without_as_well_as(lowers, begin: int, lead: int) -> list[str]:
    """The words from `begin` to `lead`, those of an 'as well as' blanked: '… on androgenic
    systems, as well as mineralocorticoid, glucocorticoid, and bone indices' (round 24)
    joins a list; its 'as' says no 'is a' of the words after it."""
    out = lowers[begin:lead]
    for index in range(begin, lead):
        if any(lowers[p:p + 3] == ["as", "well", "as"]
               for p in range(max(0, index - 2), index + 1)):
            out[index - begin] = ""
    return out


def _modified_near(doc, start: int, lead: int) -> list[str]:
    """The article before a class past up to five lower-case modifiers ('Cefiderocol, a
    novel parenteral siderophore cephalosporin', round 22), with the word before it, as
    `near` gives them: [word, article]; [] when another word stands between. Adjectives
    joined by commas or "and" are one run of modifiers ("a potent and selective …", "a
    potent, orally active, nonsteroidal …"), up to `_JOINED_REACH` words."""
    words = doc_words.lower_words(doc)
    index, reach = lead - 1, _MODIFIER_REACH
    while index > start and lead - index <= reach and words[index] not in ("a", "an"):
        if (doc[index].is_alpha and doc[index].is_lower or words[index] == "-") and \
                words[index] not in _PHRASE_BREAKS:
            index -= 1
        elif _joins_adjectives(doc, words, index, start):
            index, reach = index - 1, _JOINED_REACH
        else:
            break
    if words[index] not in ("a", "an") or lead - index <= 3 or index <= start:
        return []  # (three or fewer words: `near` itself reads them)
    return [words[index - 1], words[index]]


def _opening_comparison(lowers, start: int, openers) -> int:
    """How many words of a comparison open the clause at `start` ('Unlike', 'Compared
    with': drugs.yaml's `comparison_openers`), or 0."""
    return next((len(o) for o in openers if lowers[start:start + len(o)] == o), 0)


def _list_opens_main_clause(doc, start: int, m_start: int, matches, openers) -> bool:
    """'Unlike warfarin, rivaroxaban and apixaban are taken orally' (rounds 5, 16): after
    the first comma of an opening comparison, a list of drugs followed by its verb, not
    by another comma, is the main clause's subject ('Unlike A, B and C, D is …' compares
    three)."""
    lowers = doc_words.lower_words(doc)
    if not _opening_comparison(lowers, start, openers) or lowers[m_start - 1] != "," or \
            any(w == "," for w in lowers[start:m_start - 1]):
        return False
    ends = {m[2]: m[3] for m in matches if m[0] == "drug"}
    at, joined = m_start, False
    while at in ends:
        at = ends[at]
        glue = at
        while glue < len(doc) and lowers[glue] in (",", "and", "or"):
            glue += 1
        if glue == at or glue not in ends or joined:
            break  # (after "and" the list has ended: "…, B and C, D is …")
        joined = any(w in ("and", "or") for w in lowers[at:glue])
        at = glue
    if at >= len(doc) or lowers[at] in (",", ")", ";"):
        return False
    # "edoxaban and the other oral … inhibitors do not …": a class closes the list too
    return joined or lowers[at] in ("and", "or")


_NEGATIONS = {"not", "no", "never", "without", "n't", "neither", "nor", "cannot"}
_GERUND_LIST_REACH = 9  # words from "or <gerund>" back to the "without" that governs it
_GERUND_LIST_STOPS = {",", ";", ".", "and", "but", "while", "whereas"}
# "Zinc deficiency reduces LH": a clause about the lack of a substance says nothing of what
# the substance does (session 30, i415: supplements and minerals are so written)
_LACK_NOUNS = set(_WORDS["lack_nouns"])
_HYPOTHETICAL = {"would"}
_POSSIBLE = {"may", "might", "could", "can"}
# ("when compared with oxytocin induction": the drug compared with is no subject; i403)
_NOT_SUBJECT_BEFORE = {"after", "during", "on", "of", "from", "paused", "discontinuing", "than",
                       "like", "unlike", "similar", "beyond", "versus", "about", "cessation",
                       "stopping", "following", "before", "to", "resembles", "resembling",
                       "resemble", "unlike", "instead", "rather", "compared"}
# The opening of a clause about "the other <class>": nothing but these before the class.
_OTHER_OPENING = {";", ",", "the", "all", "other", "and", "but", "while", "whereas"}
_LIST_GLUE = {",", "and", "or", "&", "levels", "level", "secretion", "release", "production",
              "(", ")", "both"}
# A class named here is said of the subject ("is a", "as a"); elsewhere it is an object.
_CLASSIFYING = {"a", "an", "another", "as", "is", "are", "be", "being", "was", "were", "called",
                "termed", "named"}
_LABEL_TOKENS = 6
_LABEL_MARKS = {":", "∞", "—", "–"}
_COPULAS = {"is", "are", "was", "be", "being", "as", "remains", "becomes"}
# Words that end the noun phrase a class is looked for in.
_PHRASE_BREAKS = {"that", "which", "who", "with", "for", "to", "by", "in", "on", "than", "from",
                  "of", "and", "or", "but"}
_TARGET_WORDS = set(_WORDS["target_words"])
_REUPTAKE_NOUNS = frozenset(_WORDS["reuptake_nouns"])  # "reuptake of serotonin": a target
# words opening a sentence with what its subject is compared with ("Unlike steroidal
# antiandrogens like cyproterone acetate, flutamide …", "Relative to …", "Compared with …")
_COMPARISON_OPENERS = [["unlike"], ["relative", "to"], ["compared"], ["in", "contrast"],
                       ["in", "comparison"], ["similar"]]
# words a title's apposition does not step over to its class
_TITLE_APPOSITION_STOPS = {"a", "an", "the", "and", "or", "but", "nor", "with", "without",
                           "to", "than", "for", "of", "in", "on", "at", "by", "from", "versus",
                           "vs", "against", "over", "after", "before", "into", "as", "like",
                           "unlike", "instead", "rather", "plus"}
# words opening a subordinate clause: the class after "when a" is that clause's subject
_CLAUSE_OPENERS = {"when", "whenever", "because", "if", "unless", "once", "after", "until"}
# words of comparison or exclusion a label's list may follow without a comma (besides
# drugs.yaml's `comparison_openers`, read with them)
_COMPARING_WORDS = {"vs", "besides", "except", "excluding"}
_OPENING_REACH = 4  # words from the sentence's start to the compared class
# a noun naming the class itself, between the class's name and its examples
_COLLECTIVE_NOUNS = frozenset(load_data("mechanism_guards.yaml")["class_collective_nouns"])
# what a drug is made from or a form of ("a carbazole derivative", "an orally administered
# ketoconazole stereoisomer", "an amphetamine congener"): the name before is no subject
# (not "isomer": "the purified enclomiphene isomer" is enclomiphene)
_DERIVED = {"derivative", "derivatives", "stereoisomer", "stereoisomers", "analogue",
            "analogues", "analog", "analogs", "congener", "congeners"}
_AFFECTING = {"affecting", "changing", "altering", "influencing", "raising", "lowering"}
# Columns of a dosing table ("| Method | Frequency | Dose |"): its rows say how a drug is given.
_DOSING_COLUMNS = set(_WORDS["dosing_columns"])
_DOSAGE_FORMS = set(_WORDS["dosage_forms"])
_DISEASES = set(_WORDS["diseases"])
_DRUG_STATES = set(_WORDS["drug_states"])
_MADE_AS_KINDS = frozenset(_WORDS.get("class_made_as_kinds", []))
_OPPOSING_HEADS = set(_WORDS["opposing_heads"])  # "an anticoagulant antidote"
_MEASURED_NOUNS = set(_WORDS["measured_nouns"])
_RELEASE_FORMS = frozenset(_WORDS["release_forms"])  # "sustained-release": a dosage form
_LACK_ADJECTIVES = frozenset(_WORDS["lack_adjectives"])  # "inadequate secretion of GH"
_AT_PLACE = (["in", "the"], ["on", "the"])
_SITE_LIST_GLUE = {",", "and", "or", "the"}
_LIST_ASIDE = 12  # tokens of a listed drug's aside ("(Adlyxin) in 2016") kept in its list
_PLACE_LEAD = {"by", "from", "in", "the"}
_SEQUENCE = {"subsequently", "then", "thereby", "consequently", "hence", "in", "turn", "also"}
# (and the comparatives of a spectrum: "these have broader antibacterial activity" compares
# a generation with the one before, round 6)
_DEGREE = {"more", "less", "most", "least", "highly", "weakly", "strongly", "broader", "wider",
           "narrower", "greater"}
_ANAPHOR_WINDOW = 12
_MAX_CLAUSE = 40  # tokens looked back for an effect word: a clause, not a whole page
# Words that make a schedule word about how a drug is given, not about physiology.
_ADMINISTRATION = set(_WORDS["administration"])
# Nouns of giving a drug: "an injection of hCG", "50 mg of clomiphene".
_DOSE_NOUNS = set(_WORDS["dose_nouns"])
_MEASURED_AMOUNTS = set(_WORDS["measured_amounts"])  # "blood levels of dopamine"
# "slowing down nirmatrelvir metabolism", "raising digoxin levels": a drug before a noun of its
# removal or amount, once the clause has its subject, is the drug acted on (session 31)
_ACTED_ON_NOUNS = set(_WORDS["removal_nouns"]) | _MEASURED_AMOUNTS
_COMPONENT_PHRASES = [tuple(p.split()) for p in _WORDS["component_phrases"]]  # "composed of"
# Words that say a drug acts on the target named with them.
_TARGET_ACTIONS = set(_WORDS["target_actions"])
_ROUTE_FIELD_WORDS = dict(_WORDS["route_field_words"])  # "| Routes | IV, IM |"
_TARGET_CUES = {"inhibits", "inhibit", "inhibiting", "inhibited", "blocks", "block", "blocking",
                "binds", "bind", "binding", "bound", "targets", "target", "targeting",
                "against", "antagonizes", "antagonizing", "antagonises", "antagonising",
                "antagonize", "antagonise", "activates", "activating",
                "selective", "agonist", "antagonist", "inhibitor", "blocker", "at", "acts",
                # "has activity for both D1 and D2 receptors", "agonist activity at …"
                "activity", "activities"}
_DRUG_NOUNS = set(_WORDS["drug_nouns"])
# "<verb> the pituitary from making …": the organ the drug stops. ("stimulates the testes
# to produce testosterone" names the organ downstream, not where the drug acts.)
_ORGAN_VERBS = {"stops", "stop", "keeps", "keep", "prevents", "prevent", "blocks", "block"}
_KEEPING = {"keeps", "keep", "keeping", "stops", "stop", "stopping", "prevents", "prevent",
            "preventing", "blocks", "block", "blocking"}
_MAKING = {"making", "producing", "releasing", "secreting", "synthesizing", "producing"}
_ONCE_FREQUENCY = {"daily", "a", "weekly", "monthly", "per", "every", "each", "or", "nightly"}
_CONDITION_WORDS = {"if", "when", "unless", "once"}
_NOT_DRUG_WORDS = set(_WORDS["not_drug_words"])
# A name with an antibody's ending that is none, by its form: an antibody's INN has a
# vowel before "-mab" (-umab, -ximab, -zumab, -omab, -tamab); "Genmab" is a company.
_NOT_A_DRUG_NAME = re.compile(r"[^aeiouy]mab$")
# A ring system's name ("imidazole", "benzimidazole", "triazole"): a chemical class, no
# drug the knowledge base lacks (not a mention for MEC005). The extractor still reads it as
# a subject: "Imidazole and triazole antifungal drugs inhibit …" is said of the azoles as a
# group, not passed on to the members listed after (6 false classes on gold round 7).
_RING_NAME = re.compile("^(?:{})*(?:{})?azoles?$".format(
    "|".join(sorted(_WORDS["ring_name_prefixes"], key=len, reverse=True)),
    "|".join(sorted(_WORDS["ring_name_stems"], key=len, reverse=True))))
_DETERMINERS = {"a", "an", "the", "their", "its", "his", "her", "of"}
# between a verb of effect and the noun it governs ("blocks the elevation of")
_NOUN_DETERMINERS = {"a", "an", "the", "any", "this", "that", "its", "their"}
_ADJECTIVE_EFFECTS = {"elevated", "increased", "higher", "high", "lower", "low", "reduced",
                      "decreased", "diminished", "lowered", "raised", "less"}
# Hormone-to-hormone statements: "X production, facilitated by A and B", "A stimulates X".
_PASSIVE_CAUSE = {"facilitated", "driven", "stimulated", "induced", "mediated", "triggered",
                  "caused", "controlled", "regulated", "supported", "governed"}
_ACTIVE_CAUSE = {"stimulates", "stimulate", "drives", "drive", "triggers", "trigger",
                 "induces", "induce"}
# "a SERM of the triphenylethylene group", "under the category Ovulation inducers": a
# class or kind named with one of these words is said of the subject, not compared with it.
_MEMBER_NOUNS = set(_WORDS["member_nouns"])
_GROUP_WORDS = set(_WORDS["group_words"])
# words of rank between "one of the" and a class ("one of the only progestins")
_RANKING = {"only", "few", "main", "major", "principal", "first", "earliest", "oldest",
            "newest", "best-known"}
# Words that introduce members of a class named just before ("SERMs, such as …").
_WEAK_CUES = {("specifically",), ("in", "particular"), ("notably",)}
_MEMBER_CUES = [("e.g.",), ("eg",), ("such", "as"), ("including",), ("like",), ("namely",),
                ("for", "example"), ("specifically",), ("in", "particular"), ("notably",)]
_MEMBER_CUE_WORDS = max(len(c) for c in _MEMBER_CUES)
_MAX_NAME_TOKENS = 8
_RELATIVES = {"which", "who"}
# ", all of which are recommended to be taken orally": the quantifier stands for the whole
# list before the comma
_WHOLE_LIST = {"all", "both", "each"}
# "Exogenous testosterone can suppress gonadotropins …—so telehealth narratives position
# enclomiphene as a middle path": "so" after a comma or a dash opens a clause of result with
# its own subject (not "so" opening the sentence, "so that" or "and so").
_RESULT_OPENERS = {"so"}
_RECEPTOR_ACTORS = {"modulator", "modulators", "agonist", "agonists", "antagonist",
                    "antagonists", "blocker", "blockers", "inhibitor", "inhibitors",
                    "degrader", "degraders", "ligand", "ligands"}
_DASHES = {",", "—", "–", ";"}
_PATTERN_WORDS = {"continuous", "pulsatile"}  # before a route: how it is given
_MARKS = {"®", "™"}  # "Sensipar® tablets": a product's name still
_NOT_ROUTE_BEFORE = set(_WORDS["not_route_before"])
_ADJECTIVE_GLUE = set(_WORDS["adjective_list_glue"])
_ADJECTIVE_LIST_REACH = 16  # tokens of a list of organ adjectives before their noun


def _without_restatements(doc, matches, before) -> list:
    """'in combination with an estrogen – usually ethinylestradiol (EE) –' (round 9): the
    name a bracket declares right after its drug restates that mention, no second one (it
    would stand outside the partner's phrase and make the partner a subject)."""
    ends = {m[3]: m[1] for m in matches if m[0] == "drug"}
    return [m for m in matches if m in before or not (
        m[0] == "drug" and m[2] >= 2 and m[3] < len(doc) and doc[m[2] - 1].text == "(" and
        doc[m[3]].text == ")" and ends.get(m[2] - 1) == m[1])]


def _joined_sibling(lowers, start: int, index: int) -> bool:
    """'…, and a SERM, such as …': the class at `index` follows 'and'/'or' (and an article),
    a second noun joined to the first class, not one more item of its examples."""
    before = index - 1
    if before > start and lowers[before] in ("a", "an", "the"):
        before -= 1
    return before >= start and lowers[before] in ("and", "or")


def _names_parts_before(lowers: list[str], start: int, at: int) -> bool:
    """A phrase naming a substance's parts ("composed of", `component_phrases`) stands
    between the clause's start and the name at `at`: the name is a building block."""
    window = tuple(lowers[start:at])
    return any(window[i:i + len(phrase)] == phrase for phrase in _COMPONENT_PHRASES
               for i in range(len(window) - len(phrase) + 1))


def _heads_examples(doc, index: int, end: int) -> bool:
    """A member cue ('such as', 'including' …) right after a name, past its bracketed
    abbreviation and a comma: 'a selective estrogen receptor modulator (SERM), such as'."""
    words = doc_words.words(doc)
    if index < end and words[index] == "(":
        close = next((i for i in range(index + 1, min(end, index + 5)) if words[i] == ")"), None)
        index = close + 1 if close is not None else index
    while index < end and words[index] in (",", "—", "–"):
        index += 1
    lowers = tuple(doc_words.lower_words(doc)[index:index + _MEMBER_CUE_WORDS])
    return any(lowers[:len(c)] == c for c in _MEMBER_CUES if c not in _WEAK_CUES)


def _noun_after_list(doc, index: int) -> str:
    """The word a route's adjective qualifies: the next word, or the noun a list of adjectives
    it opens shares ("colon, rectal, breast, gastric … and liver cancer": 'cancer'). Only
    single words between the list's commas and conjunctions; anything else ends the list."""
    word = doc[index].lower_
    if word not in _ADJECTIVE_GLUE or doc[index - 1].lower_.endswith("ly"):
        return word  # ("taken orally, and breast cancer …": an adverb opens no list)
    limit = min(len(doc), index + _ADJECTIVE_LIST_REACH)
    while index < limit and doc[index].lower_ in _ADJECTIVE_GLUE:
        while index < limit and doc[index].lower_ in _ADJECTIVE_GLUE:
            index += 1
        if index >= limit or not doc[index].is_alpha or doc[index].is_stop:
            return word
        if index + 1 < len(doc) and doc[index + 1].lower_ not in _ADJECTIVE_GLUE:
            return doc[index + 1].lower_ if doc[index + 1].is_alpha else word
        index += 1
    return word


_POOR_UPTAKE = set(_WORDS["poor_uptake"])
_UPTAKE = set(_WORDS["uptake_words"])


def _poor_uptake(doc, start: int, end: int) -> bool:
    """'poorly absorbed orally', 'poor oral absorption': the route names how little of the
    drug is taken up that way, not a way it is given."""
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    if len(before) == 2 and before[1] in _UPTAKE and before[0] in _POOR_UPTAKE:
        return True
    return bool(before) and before[-1] in _POOR_UPTAKE and end < len(doc) and \
        doc[end].lower_ in _UPTAKE


_ORGAN_ADJECTIVES = _WORDS["organ_adjectives"]
_TOPICAL_FORMS = set(_WORDS["topical_forms"])
_TOPICAL_WORDS = set(_WORDS["topical_words"])
_TOPICAL_REACH = _WORDS["topical_reach"]


def _topical_form(doc, match) -> bool:
    """'a topical gel', 'gels … for topical use': a form read as transdermal that the text
    calls topical is spread on the skin for the skin, no transdermal route."""
    if match[1] != "transdermal" or doc[match[2]:match[3]].text.lower() not in _TOPICAL_FORMS:
        return False
    window = doc[max(0, match[2] - _TOPICAL_REACH):min(len(doc), match[3] + _TOPICAL_REACH)]
    return any(t.lower_ in _TOPICAL_WORDS for t in window)


_RESISTANCE_WORDS = set(_WORDS["resistance_words"])
# the words a schedule or name reader of `_matches` needs in a sentence to find anything
_CUE_WORDS = {"every": ["every"], "intervals": ["interval", "intervals"],
              "divided": ["divided", "separate", "equally"],
              "infusing": ["infusion", "infusions", "infused", "infuse", "infusing"],
              "slash": ["/"],
              "coordinated": ["receptors", "receptor", "channels"],
              "subtype": ["class", "family", "subtype", "type", "subfamily"],
              "abbreviated": list(_WORDS["route_abbreviations"]),
              "into": ["into"],
              "derived": ["derivative", "derivatives", "analogue", "analogues", "analog",
                          "analogs"],
              "against": ["against"],
              "origin": ["human"],
              "numbered": ["and", "or"],
              "reuptake": ["reuptake", "re-uptake"]}
_BODY_WORDS = BODY_HORMONE_WORDS  # (mechanism_guards.yaml body_hormone_words)
_MODULATING = {"modulates", "modulating", "modulate", "blocks", "blocking", "inhibits"}
_ASIDE_REACH = 12  # tokens of a bracket after a name ("(Viagra: 1998)")
_PLURAL_VERBS = {"are", "were", "have", "act", "share", "include"}
_CONSEQUENCE_PARTICIPLES = {"leading", "resulting", "causing", "thereby", "producing",
                            "triggering"}
_OPENING_REACH = 4  # "In men, the reduction …": words before a clause's opening description
_HORMONE_HEADS = {"production", "levels", "level", "secretion", "release", "synthesis",
                  "deprivation", "signaling", "signalling"}
_RESPONSE_NOUNS = set(_WORDS["response_nouns"])
_MADE_BY_REACH = 6  # tokens between testosterone and the testes that make it
_RELATIVE_OPENERS = {"that", "which", "who", "whose"}
_SUBORDINATORS = {"since", "because", "although", "though", "whereas"}
_APPOSITION_OPENERS = {",", "("}


_THERAPY_HEADS = {"therapy", "therapies", "treatment", "treatments", "replacement", "use"}
_RELATIVE_REACH = 6  # words from "that"/"which" to the word of effect


def _relative_of_other_medicine(doc, start: int, effect: int, matches, subjects) -> bool:
    """'it avoids the common pitfall of external testosterone therapy that often suppresses
    LH and FSH' (a health page on enclomiphene): the relative clause says what the other
    medicine it hangs on does (a drug or hormone named there that is no subject, or its
    therapy), not the clause's subject."""
    lowers = doc_words.lower_words(doc)
    index = effect - 1
    while index > start and effect - index <= _RELATIVE_REACH and \
            lowers[index] not in ("that", "which"):
        if lowers[index] in (",", ";", ":", "(", ")"):
            return False
        index -= 1
    if index <= start or lowers[index] not in ("that", "which"):
        return False
    therapy = lowers[index - 1] in _THERAPY_HEADS
    ends = {index, index - 1} if therapy else {index}
    named = next((m for m in matches if m[0] in ("drug", "hormone") and m[3] in ends), None)
    if named is not None and not therapy and named[2] > start and \
            lowers[named[2] - 1] == "of":
        # "a more potent analogue of finasteride that lowers DHT", "the release of GnRH
        # that raises LH": the clause is said of the noun before "of", the subject's
        return False
    return named is not None and named[1] not in subjects


def about_other_noun(doc, start: int, effect: int, matches, subjects) -> bool:
    """'… such as insulinoma (a tumor producing insulin)', '… that of sulfonylureas, a class
    of medications used to increase insulin release': the word of effect describes the noun
    the apposition ('(a …', ', a …') follows, not the drug the clause is about. An apposition
    after the drug itself ('Diazoxide, a drug that lowers insulin') is the drug's, and one
    that is the effect ('…, an increase in insulin') is not an apposition of this kind."""
    if _relative_of_other_medicine(doc, start, effect, matches, subjects):
        return True
    index, words = effect - 1, doc_words.words(doc)
    while index > start and words[index] not in _APPOSITION_OPENERS:
        if words[index] in (";", ":", ")"):
            return False
        index -= 1
    if index <= start or index + 2 >= effect or \
            doc_words.lower_words(doc)[index + 1] not in ("a", "an"):
        return False
    head = index  # the apposition follows the noun ending here
    for kind, key, m_start, m_end in matches:
        if kind in ("drug", "class") and m_end == head and (
                key in subjects or f"class:{key}" in subjects):
            return False
    return True
# "<hormone> levels were significantly suppressed by <drug>": words between the hormone and the
# word of effect, and the words that name the cause after it.
_PASSIVE_GLUE = {"levels", "level", "secretion", "release", "production", "concentration",
                 "concentrations", "is", "are", "was", "were", "be", "been", "being", "has",
                 "have", "had", "can", "may", "will"}
_PASSIVE_REACH = 5
_CAUSE_AFTER = {"by", "with", "after", "during", "following", "under", "on", "in"}
_EFFECT_PHRASE = 8  # tokens from "effects" back to the verb that blocks them
_AVAILABLE = {"available", "comes", "come", "supplied", "formulated", "marketed", "sold"}
_DOSE_UNITS = {"mg", "mcg", "µg", "g", "units", "iu", "one", "two", "single"}
# "HCG secreted by the placenta": the body's own, not the medicine.
_MADE_BY_BODY = {"secreted", "produced", "made", "released", "synthesized", "synthesised"}
_PLURAL_ANAPHORA = {"they", "these", "their", "them"}
_CLASS_QUALITY_NOUNS = set(_WORDS["action_nouns"])
# "Natural somatostatin is produced in the hypothalamus", "Somatostatin is also found in
# other neurons throughout the body": the hormone's physiology, said in a text on its
# analogue (rounds 5 and 15 label such sentences with nothing: the gold README's analogue
# convention). A body word before the name, or a copula, adverbs and a verb of being made
# or found, then "in"/"by"/"from".
_FOUND_IN_BODY = _MADE_BY_BODY | set(_WORDS["found_in_body"])
_COPULA_ADVERBS = set(_WORDS["copula_adverbs"])
_BODY_PLACES = set(_WORDS["body_places"])
_BODY_PLACE_REACH = 6
_MANUFACTURE_WORDS = set(_WORDS["manufacture_words"])
# what makes a phrase a drug's class where a text defines a word no vocabulary knows
_TEXT_DRUG_WORDS = TextDrugWords(
    *(frozenset(_WORDS[f"text_drug_{name}"]) for name in (
        "heads", "generic_heads", "role_heads", "role_qualities", "not_in_phrase",
        "role_objects")),
    frozenset(_MADE_BY_BODY), frozenset(_BODY_PLACES), frozenset(_MANUFACTURE_WORDS),
    frozenset(_WORDS["text_drug_copula_adverbs"]),
    frozenset(_WORDS["text_drug_route_qualities"]))
# words of how a drug acts or is taken, not of what it acts on (mechanism_role_phrases.py)
_ROLE_PHRASE_QUALITIES = _TEXT_DRUG_WORDS.role_qualities | _TEXT_DRUG_WORDS.route_qualities
_ROLE_PHRASE_NOT_ENZYMES = frozenset(_WORDS["role_phrase_not_enzymes"])
# what makes a word a supplement, an herb or a research peptide of the text
_PRODUCT_WORDS = ProductWords(
    frozenset(tuple(h.split()) for h in _WORDS["text_product_heads"]),
    frozenset(tuple(h.split()) for h in _WORDS["text_product_plant_heads"]),
    frozenset(_WORDS["text_product_synthetic_heads"]),
    frozenset(_WORDS["text_product_not_in_phrase"]),
    frozenset(_WORDS["text_product_after_head"]),
    *(frozenset(_WORDS[f"text_product_{name}"]) for name in (
        "compound_heads", "enzyme_heads", "extract_heads", "compound_sources",
        "enzyme_sources")),
    frozenset(_BODY_PLACES))


_PEOPLE = set(_WORDS["people_nouns"]) - {"those", "subjects"}
_PREPOSITIONS = {"in", "for", "among", "of", "with", "to", "by", "from", "on", "at"}
# plural pronouns that, beside a 'their' of ages, are those people (not "these", a determiner)
_PEOPLES_PLURAL = {"they", "them", "their"}


# chemical names of derivatives that end in another drug's name (lower case)
_DERIVATIVE_NAMES = frozenset(_WORDS["derivative_chemical_names"])


def _chemical_name_tail(doc, start: int, end: int) -> bool:
    """The drug's name at `start:end` ends the chemical name of a derivative the data knows
    ('Δ9,11-nandrolone' is trenbolone, '7α-methyl-19-nortestosterone' trestolone): another
    compound, no mention of the drug (issue 16, i373). A locant glued to the drug's own name
    names the drug itself ('17α-ethinylestradiol', 'Δ9-tetrahydrocannabinol', i382): a rule
    on the locant's shape cannot tell the two apart, so only listed names are derivatives."""
    if start < 2 or doc[start - 1].text != "-" or doc[start - 1].whitespace_:
        return False
    first = start - 1
    while first > 0 and not doc[first - 1].whitespace_ and not doc[first - 1].is_space and \
            doc[first - 1].text not in ("(", "[", ",", "/", ";", ":"):
        first -= 1  # back to the first token glued to the name ('7α' of '7α-methyl-19-…')
    return doc[first:end].text.lower() in _DERIVATIVE_NAMES


def _drug_pronoun(doc, start: int, end: int, anaphora_ids) -> bool:
    """A pronoun in the clause's opening words that may be the drug of the text. Not a
    'their' of people's ages ('In their 40s, most men's bodies make less …' has none), and
    then not the clause's plural pronouns either: those are the people ('In their 50s, they
    make less …'), while 'In their 50s, it lowers …' is the drug. Not a plural pronoun after
    people the clause has just named ('As men age, they may make less growth hormone')."""
    words, lowers = doc_arrays.lowers(doc), doc_words.lower_words(doc)
    ages = any(ages_of_people(lowers, i) for i in range(start, end))
    pronouns = [i for i in range(start, end) if words[i] in anaphora_ids
                and not ages_of_people(lowers, i)
                and not (ages and lowers[i] in _PEOPLES_PLURAL)]
    first_plural = next((i for i in range(start, end) if lowers[i] in _PLURAL_ANAPHORA
                         and not ages_of_people(lowers, i)), None)
    # the people are a clause's subject, not a population after a preposition ("In women,
    # they cause the ovaries to stop making estrogen": they are the GnRH agonists)
    people = first_plural is not None and any(
        lowers[i] in _PEOPLE and not (i > start and lowers[i - 1] in _PREPOSITIONS)
        for i in range(start, first_plural))
    return bool(pronouns) and not people


_OWN_PRODUCT_OPENERS = frozenset(_WORDS["own_product_openers"])
_PRODUCT_AS_VERBS = frozenset(_WORDS["product_as_verbs"])


def _said_as_product(lowers, word: int) -> bool:
    """The medicine's word opens a product the clause says the subject is or comes as
    ('is an iron infusion', 'sold as nicotine gum'): an opener, then an article or none. An
    'as' opens it only after a verb of giving or selling: 'as effective as nicotine
    patches' compares, 'such as nicotine patches' gives an example."""
    before = word - 1 if word > 0 and lowers[word - 1] in ("a", "an", "the") else word
    if before <= 0 or lowers[before - 1] not in _OWN_PRODUCT_OPENERS:
        return False
    return lowers[before - 1] != "as" or (before > 1 and lowers[before - 2] in _PRODUCT_AS_VERBS)


def direction_word(reader, word: str, lemma: str) -> bool:
    """A word of effect of the reader's lexicon (up, down or neutral)."""
    return any(word in group or lemma in group
               for group in (reader.up, reader.down, reader.neutral))


def _disease_relative(lowers: list[str], floor: int, index: int) -> bool:
    """The word at `index` opens the predicate of a relative clause about a disease or
    tumour ('tumors that secrete …', 'adenomas which produce …')."""
    return index - 2 >= floor and lowers[index - 1] in _RELATIVE_OPENERS and \
        lowers[index - 2] in _DISEASES


def _levels_and(lowers: list[str], floor: int, noun: int) -> bool:
    """'levels and activity of growth hormone': the action noun is coordinated with a level
    noun, so the hormone's level is what changes (round 15's pasireotide)."""
    return noun - 2 >= floor and lowers[noun - 1] in ("and", "or") and \
        lowers[noun - 2] in _HORMONE_HEADS


def made_in_body(lowers: list[str], m_start: int, m_end: int) -> bool:
    index = m_end
    while index < len(lowers) and lowers[index] in _COPULA_ADVERBS:
        index += 1
    if index == m_end or index + 1 >= len(lowers) or lowers[index] not in _FOUND_IN_BODY or \
            lowers[index + 1] not in ("by", "in", "from", "within", "throughout"):
        return False
    if m_start > 0 and lowers[m_start - 1] in _BODY_WORDS:
        return True
    # "produced in the hypothalamus", "found in other neurons": in the body's own cells, not
    # in a product, in breast milk, by recombinant DNA technology or in mammalian cells grown
    # to make the medicine
    after = lowers[index + 1:index + 1 + _BODY_PLACE_REACH]
    return bool(set(after) & _BODY_PLACES) and not set(after) & _MANUFACTURE_WORDS
# Openings of a sentence that lists members of the class the text is about.
_MEMBER_LIST_REACH = 24  # tokens from a class's name to the colon before its members
# "The major calcium channel blockers used in the United States include …": how far the
def _plural_label(doc, class_end: int) -> bool:
    """The class ending at `class_end` is named in the plural ('GnRH agonists', 'NSAAs')."""
    last = doc[class_end - 1]
    return singular(last.text) != last.text and (
        last.norm_ != last.lower_ or last.text[:-1].isupper())


def plural_before_one(doc, class_end: int, drug_end: int, by_start) -> bool:
    """A plural class right before one drug ("Contrary to GNRH agonists Danazol does not
    induce osteoporosis", a comma missing) is not that drug's label: a label before one drug
    is singular ("the IL-6 inhibitor tocilizumab"), a plural one heads a list ("the GnRH
    agonists leuprorelin and goserelin")."""
    if not _plural_label(doc, class_end):
        return False
    at = drug_end
    while at < len(doc) and doc[at].text in (",", "and", "or"):
        at += 1
    return not (at > drug_end and by_start.get(at, ("",))[0] == "drug")


# singular nouns a drug's name modifies after a list ("sitagliptin and metformin therapy");
# a plural word after a plural subject is a noun anyway (its verb has no -s)
_MODIFIED_NOUNS = {"combination", "therapy", "treatment", "monotherapy", "regimen", "use",
                   "dose", "dosing", "group", "arm", "tablet", "capsule"}
_SINGULAR_VERBS = {"is", "was", "has", "does"}


def _list_modifies_noun(doc, index: int, end: int, by_start) -> bool:
    """The word after the list of drugs starting at `index` is a noun the last name
    modifies ('The DPP-4 inhibitors sitagliptin and metformin combinations …'), not the
    list's verb ('… atorvastatin and simvastatin are taken …')."""
    last = None
    while index < end:
        match = by_start.get(index)
        if match is None or match[0] != "drug":
            break
        last = match[3]
        index = last
        while index < end and doc[index].text in (",", "and", "or"):
            index += 1
    if last is None or last >= end:
        return False
    word = doc[last]
    lower = word.lower_
    return word.is_alpha and word.is_lower and lower not in _SINGULAR_VERBS and (
        lower in _MODIFIED_NOUNS or singular(lower) != lower)


# words narrowing a class may reach before "include", and the words that end them (a clause,
# a coordination or a comparison: "beta blockers and drugs that … include" is not members).
_QUALIFIER_REACH = 14
_ASIDE_REACH = 30  # tokens inside brackets, besides
_QUALIFIER_STOPS = {",", ";", ":", ".", "and", "or", "than", "which", "that", "who", "whereas",
                    "while", "but", "is", "are", "was", "were", "not", "no", "unlike"}
# A class named after one of these is an object or a setting, not what the clause is about.
_OBJECT_PREPOSITIONS = {"with", "for", "in", "by", "into", "at", "against", "over", "among",
                        "within", "between", "and", "or", "including", "besides"}


def _heads_of_drug_compounds(doc, kept):
    """'the hormone arginine vasopressin': two drug names with only a space between are one
    name whose head is the last (English compounds are head-final), so the first names
    no drug of its own there."""
    out = []
    for m, following in zip(kept, kept[1:] + [None]):
        if m[0] == "drug" and following is not None and following[0] == "drug" and \
                following[2] == m[3] and doc[m[3] - 1].whitespace_ and \
                doc[m[3] - 1].text.isalpha():
            continue
        out.append(m)
    return out


class _Rows(list):
    """A table's subjects, with how they were found."""

    def __init__(self, drugs, via):
        super().__init__(drugs)
        self.via = via


@dataclass
class _State:
    current: list[str] = field(default_factory=list)
    via: str = "mention"  # how `current` was found ("class" when a class stood for them)
    heading: list[str] = field(default_factory=list)  # a section titled with a drug's name
    list_topic: list[str] = field(default_factory=list)  # the drug a list's lead-in names
    heading_via: str = "heading"  # "class" when the heading names a class
    block: int | None = None  # the paragraph `current` was set in
    # the last class the section spoke of as a class ("Statins …"), with its members
    topic: list[str] = field(default_factory=list)
    last_class: str | None = None  # the class the section named last ("… in this class")
    body: bool = False  # the last clause was about the body's own hormones, not a drug
    body_list: bool = False  # the list's lead-in speaks of the body's own physiology
    named: list[str] = field(default_factory=list)  # the drugs the last sentence named
    current_with: list[str] = field(default_factory=list)  # drugs the sentence setting it named
    section_drugs: list[str] = field(default_factory=list)  # drugs the section named so far
    # the drugs the paragraph or item names, and where it first names those it names only
    # as compared with ("than …")
    block_drugs: tuple = ([], {})
    # target -> the drugs the text last said act on it ("… block the H1 receptors. H1
    # receptors are found in …": where they are found is where those drugs act)
    acting_on: dict[str, list[str]] = field(default_factory=dict)
    # (block id, token) of target abbreviations read only where a drug is said to act on
    # them (`_add_abbreviations`)
    cued_targets: frozenset = frozenset()


_TEXT_MATCHES_MAX = 4096  # texts whose matches `_text_matches` keeps


def _words_before(doc, start: int, end: int) -> set[str]:
    """The lower-case words from `start` to `end`, but the "without" of "with or without",
    which offers both and denies nothing ("with or without other oral hypoglycemic agents")."""
    lowers = doc_words.lower_words(doc)
    return {lowers[i] for i in range(start, end) if not (
        lowers[i] == "without" and i >= 2 and lowers[i - 1] == "or" and
        lowers[i - 2] == "with")}


def _defined_otherwise(document, found, forms) -> set[str]:
    """Of `forms`, those the text itself defines after words no match covers that they
    abbreviate ('serious adverse reactions (ARs)'): another meaning than the one read."""
    out, ids = set(), None
    for block in document.blocks:
        matches = found.get(id(block))
        if matches is None or not forms:
            continue
        doc = block.nlp_doc
        if ids is None:
            ids = {doc.vocab.strings.add(form) for form in forms}
        orths = doc_arrays.orths(doc)
        if ids.isdisjoint(orths):
            continue  # (most blocks spell none of them)
        taken = {i for m in matches for i in range(m[2], m[3])}
        for at in range(1, len(doc) - 2):
            if orths[at + 1] not in ids or doc[at].text != "(" or doc[at + 2].text != ")" \
                    or at - 1 in taken:
                continue
            first = at
            while first > max(0, at - _LONG_FORM_WORDS) and not doc[first - 1].is_punct:
                first -= 1
            if long_form_matches(doc[at + 1].text, [t.text for t in doc[first:at]]):
                out.add(doc[at + 1].text)
    return out


_LONG_FORM_WORDS = 10  # words before a bracket its abbreviation may stand for


def _add_word_matches(document, found, names: dict, lower=False, defining=False) -> dict:
    """Adds to each block's matches a one-word match (kind, key) wherever a token no match
    covers is spelt (as written, or with `lower` in lower case) as one of `names`: a name the
    text itself defines ('defining': not the one in its own defining bracket, "the estrogen
    receptor (ER)"). Tokens are compared by ORTH or LOWER id, the hash of the spelling.
    Returns the matches added, by block id."""
    ids, added = None, {}
    for block in document.blocks:
        matches = found.get(id(block))
        if matches is None:
            continue
        doc = block.nlp_doc
        if ids is None:
            ids = {doc.vocab.strings.add(name): name for name in names}
        spelt = doc_arrays.lowers(doc) if lower else doc_arrays.orths(doc)
        if ids.keys().isdisjoint(spelt):
            continue  # (most blocks spell none of the names: a test in C)
        taken = {i for m in matches for i in range(m[2], m[3])}
        extra = [(*names[ids[spelt[i]]], i, i + 1) for i in range(len(spelt))
                 if spelt[i] in ids and i not in taken and not (
                     defining and i >= 2 and i - 2 in taken and doc[i - 1].text == "(")]
        if extra:
            found[id(block)] = sorted(matches + extra, key=lambda m: m[2])
            added[id(block)] = extra
    return added


_COMPARED_BEFORE = {"unlike", "than"}


def _compared_relative(doc, index: int, matches) -> str | None:
    """'… is a humanized monoclonal, unlike rituximab that is a mouse-human chimeric molecule'
    (round 15): a relative clause right after a drug named as the comparator ('unlike X',
    'than X') is said of that drug; its key."""
    if index < 2 or doc[index].lower_ not in ("that", "which", "who"):
        return None
    named = next((m for m in matches if m[0] == "drug" and m[3] == index), None)
    if named is None or named[2] < 1 or doc[named[2] - 1].lower_ not in _COMPARED_BEFORE:
        return None
    return named[1]


def _opens_condition(doc, index: int) -> bool:
    """'if', 'when', 'once it is injected' open a condition; 'once daily', 'once per day'
    is a frequency."""
    lowers = doc_words.lower_words(doc)
    word = lowers[index]
    return word in _CONDITION_WORDS and not (
        word == "once" and index + 1 < len(doc) and lowers[index + 1] in _ONCE_FREQUENCY)


def _whole_list_relative(doc, index: int, end: int) -> bool:
    """'all of which', 'both of which' at `index`."""
    if index + 2 >= end:
        return False
    lowers = doc_words.lower_words(doc)
    return lowers[index] in _WHOLE_LIST and lowers[index + 1] == "of" and \
        lowers[index + 2] in _RELATIVES


def _names_target(name: str, target_names) -> bool:
    """'ghrh receptor agonist' when 'GHRH receptor' is a target: read as the target."""
    head, _, role = name.rpartition(" ")
    return head.endswith(" receptor") and head in target_names


_CLASS_HEADS = ("drug", "agent", "medication", "medicine")


_COMPOUND_MODIFIER = re.compile(r"\b([a-z]{4,}) (releasing|stimulating|lowering|sparing|like|"
                                r"blocking|inhibiting|dependent|acting)\b")
# any of its modifiers, anywhere: the cheap test before the pattern is tried on each form
_COMPOUND_WORD = re.compile(r"releasing|stimulating|lowering|sparing|like|blocking|inhibiting|"
                            r"dependent|acting")


def _listed_substance(doc, match, matches) -> bool:
    """'Tetrabenazine lowers the stores of monoamines (…, dopamine)': a drug's name listed
    after a general noun of the body's substances, while another drug named before that
    noun in the sentence is what the sentence is about. Alone ('Catecholamines such as
    norepinephrine are infused'), the listed names are the drugs given (i383)."""
    head = listed_hormones_head(doc, 0, match[2])
    if head is None:
        return False
    first = doc[match[2]].sent.start
    return any(m[0] == "drug" and m[1] != match[1] and first <= m[2] and m[3] <= head
               for m in matches)


def _qualifies_other(doc, end: int) -> bool:
    """A name hyphenated to a word of resistance or dependence ("vancomycin-resistant",
    "steroid-dependent"; "methicillin resistant" before a word) qualifies what follows: an
    organism, a disease or a patient; one hyphenated to "like" names another thing
    ("C1-like": not complement C1)."""
    if end < len(doc) and doc[end].lower_ == "resistant" and end + 1 < len(doc) and \
            doc[end + 1].is_alpha:
        # unhyphenated: "methicillin resistant Staphylococcus aureus" (LiverTox)
        return True
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].lower_ in _RESISTANCE_WORDS


# head nouns that are classes themselves: "a loop diuretic" is a diuretic
_HEAD_CLASSES = frozenset(_WORDS["head_classes"])

# "IL)-23": an abbreviation's end and the number of the name it abbreviates, in one token
_BRACKETED_PREFIX = re.compile(r"[A-Z][A-Za-z]{0,5}\)(-[0-9][0-9A-Za-z]{0,3})$")


def _variants(names) -> list[str]:
    """Spellings of one class name: 'analog'/'analogue', 'angiotensin 2'/'angiotensin II',
    'dopamine agonist'/'dopamine receptor agonist'."""
    return [form for name in names for form in _name_variants(name)]


# compiled once: `re.sub` with a pattern string looks it up in re's cache on each of the
# ~2,500 names a start-up spells out
_TWO = re.compile(r"\b2\b")
_ROMAN_TWO = re.compile(r"\bii\b")
_HYPHENED_WORD = re.compile(r"[a-z]-[a-z]{4}")
_LETTER_HYPHEN_LETTER = re.compile(r"[A-Za-z]-[A-Za-z]")  # the targets' names, likewise


@functools.lru_cache(maxsize=None)  # each name is spelt out twice: for the index, for lookups
def _name_variants(name: str) -> tuple[str, ...]:
    low = name.lower()
    forms = {low, low.replace("analogue", "analog"),
             low.replace("analog", "analogue") if "analogue" not in low else low}
    # Each step only where its text is in the name (no step writes another's text, nor a
    # head noun or role at the end), so a skipped step would have added nothing: most of
    # the ~2,200 names a start-up spells out have none of them.
    if "2" in low or "ii" in low:
        forms |= {_TWO.sub("ii", f) for f in forms if "2" in f} | \
            {_ROMAN_TWO.sub("2", f) for f in forms if "ii" in f}
    # "cholesterol lowering agent" for "cholesterol-lowering agent"
    if "-" in low:
        forms |= {f.replace("-", " ") for f in forms
                  if "-" in f and _HYPHENED_WORD.search(f)}
    # and back: DrugCentral's "Gonadotropin Releasing Hormone Antagonist" as texts hyphenate
    # the compound modifier, "gonadotropin-releasing hormone antagonist"
    if _COMPOUND_WORD.search(low):
        forms |= {_COMPOUND_MODIFIER.sub(r"\1-\2", f) for f in forms
                  if _COMPOUND_MODIFIER.search(f)}
    # "antiepileptic medication" for "antiepileptic drug": one head noun for another
    if low.endswith(_CLASS_HEADS):
        forms |= {f[:-len(head)] + other for f in forms for head in _CLASS_HEADS
                  if f.endswith(" " + head) for other in _CLASS_HEADS}
    for role in ("agonist", "antagonist", "blocker"):
        if role in low:
            forms |= {f.replace(f" receptor {role}", f" {role}") for f in forms} | \
                {f.replace(f" {role}", f" receptor {role}") for f in forms
                 if f" receptor {role}" not in f and f.endswith(role)}
    # "a selective tyrosine kinase receptor inhibitor" (LiverTox's wording: many of these
    # kinases are receptors) for "tyrosine kinase inhibitor"; one way only, and for kinases
    # only: nobody writes "aromatase receptor inhibitor", and each variant is a phrase more
    # at start-up
    if low.endswith("kinase inhibitor"):
        forms |= {f[:-len(" inhibitor")] + " receptor inhibitor" for f in forms
                  if f.endswith("kinase inhibitor")}
    return tuple(sorted(forms - {low}))


def _adjectives(spec) -> list[str]:
    """'antigonadotropin' -> 'antigonadotropic', 'antiestrogen' -> 'antiestrogenic': a
    one-word class named as a quality ("zuclomifene is antigonadotropic"); not a class whose
    quality is a hormone's (`quality: false`: "weak estrogenic activity" of a progestin)."""
    if spec.get("source") or spec.get("quality") is False:
        return []
    out = []
    for name in spec["names"]:
        word = name.lower()
        if " " in word or not word.isalpha() or len(word) < 8:
            continue
        if word.endswith("in"):
            out.append(word[:-2] + "ic")
        elif word.endswith("gen"):
            out.append(word + "ic")
    return out


def _bracket_only(text: str) -> bool:
    """A paragraph that is one bracket and nothing else: '(GOH-seh-REH-lin A-seh-tayt)'."""
    text = text.strip()
    return text.startswith("(") and text.endswith(")") and \
        "(" not in text[1:-1] and ")" not in text[1:-1]


def _field_name(text: str) -> str:
    """'Routes of administration', 'Accepted_Therapeutic_Use_For:' as a field is looked up."""
    return " ".join(text.replace("_", " ").strip().rstrip(":").lower().split())


_LEADING_WORD = re.compile(r"[^\W_]*")
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
_TITLE_AFTER_COLON = re.compile(r"\s*:\s.*$")


# a hyphen between two words of a name is a space ("Calcitonin-salmon" is DrugCentral's
# "calcitonin salmon"); not one before a digit or a code ("CJC-1295", "muromonab-CD3")
_WORD_HYPHEN = re.compile(r"(?<=[a-z]{3})-(?=[a-z]{3})")


def _spaced(text: str) -> str:
    """A name or a span of text as the index keys it: one space between words."""
    spaced = " ".join(text.split())
    return _WORD_HYPHEN.sub(" ", spaced) if "-" in spaced else spaced


def _lead(text: str) -> str:
    """'cjc-1295' -> 'cjc': the part no tokenizer splits."""
    return _LEADING_WORD.match(text).group()


class _NameIndex:
    """Drug names found by the text of token n-grams (fast for thousands of names)."""

    def __init__(self, names: dict[str, list[str]]):
        self.keys: dict[str, str] = {}
        add = self.keys.setdefault  # (some 19,000 names at every start-up)
        for key, values in names.items():
            for name in values:
                add(_spaced(name.lower()), key)
        self.longest = max(map(len, self.keys), default=0)
        # The leading letters and digits of every name (`_lead`): most tokens start no name.
        self.starts = {found.group() for found in map(_LEADING_WORD.match, self.keys)}
        # The first words of the names of more than one word ("estradiol" of "estradiol
        # valerate"): a span whose finished words open no name is read no further (no longer
        # span can then be a name; see `__call__`).
        # (each name less its last word, then those less theirs: sets built in C, a generator
        # of joins per name cost twice as much at start-up, 48 against 21 M instructions)
        self.openings: set[str] = set()
        shorter = {key[:key.rfind(" ")] for key in self.keys if " " in key}
        while shorter:
            self.openings |= shorter
            shorter = {key[:key.rfind(" ")] for key in shorter if " " in key}
        self._may_start: dict[int, bool] = {}  # per spelling (ORTH id): the test above, once

    def __call__(self, doc, orths: list[int] | None = None) -> list[tuple[str, str, int, int]]:
        """Drug names in a Doc; `orths`, its tokens' ORTH ids, if already read."""
        out = []
        text = doc_arrays.text(doc)
        may_start = self._may_start
        if orths is None:
            orths = token_orths(doc)
        bounds = None  # each token's (offset, length), read in C once a name may start
        # Spelling by spelling through the ORTH ids: each spelling not seen before is tested
        # once (from the Doc's kept word lists), then only the tokens whose spelling may start
        # a name are visited (most start none).
        unseen = set(orths).difference(may_start)
        if unseen:
            spellings, lowers = doc_words.words(doc), doc_words.lower_words(doc)
            for i, orth in enumerate(orths):
                if orth in unseen:
                    unseen.discard(orth)
                    may_start[orth] = bool(spellings[i][:1].isalnum()
                                           and _lead(lowers[i]) in self.starts)
                    if not unseen:
                        break
        for i in [i for i, orth in enumerate(orths) if may_start[orth]]:
            if bounds is None:
                bounds = token_bounds(doc)
            begin = bounds[i][0]
            best = None
            for j in range(i, min(len(orths), i + _MAX_NAME_TOKENS)):
                end = bounds[j][0] + bounds[j][1]
                if end - begin > self.longest:
                    break
                spaced = _spaced(text[begin:end].lower())
                key = self.keys.get(spaced)
                if key is not None:
                    best = (key, j + 1)
                # A longer span spells these finished words (those before the last space)
                # alike: `_spaced` joins a hyphen by its three letters either side, so no
                # hyphen before that space is read otherwise. A name it can be then opens
                # with them.
                cut = spaced.rfind(" ")
                if cut > 0 and spaced[:cut] not in self.openings:
                    break
            if best is not None:
                best = self._across_pronunciation(doc, i, best)
                out.append(("drug", best[0], i, best[1]))
        return out

    def _across_pronunciation(self, doc, start: int, best: tuple[str, int]) -> tuple[str, int]:
        """'Mycophenolate (mye" koe fen' o late) mofetil': LiverTox spells each word of a name
        out after it, so a name of two words is split by the first word's pronunciation (a
        bracket with stress marks); the word after the bracket completes it."""
        end = best[1]
        if end >= len(doc) or doc[end].text != "(":
            return best
        close = next((j for j in range(end + 1, min(len(doc), end + 12))
                      if doc[j].text == ")"), None)
        if close is None or close + 1 >= len(doc) or not any(
                t.text in ("'", '"', "’", "”", "“") or "'" in t.text or '"' in t.text
                for t in doc[end + 1:close]):
            return best
        name = " ".join(doc[start:end].text.lower().split()) + " " + doc[close + 1].lower_
        key = self.keys.get(name)
        return (key, close + 2) if key is not None else best


def token_orths(doc) -> list[int]:
    """The ORTH id of each token (one per spelling), read in C without Token objects."""
    return doc_arrays.orths(doc)


def token_lowers(doclike) -> list[int]:
    """The LOWER id of each token of a Doc or Span, read in C without Token objects."""
    from spacy.attrs import LOWER

    return doclike.to_array([LOWER]).ravel().tolist()


def token_bounds(doc) -> list[list[int]]:
    """Each token's character offset and length (`token.idx`, `len(token)`), read in C."""
    return doc_arrays.bounds(doc)


class MechanismExtractor:
    def __init__(self, nlp, kb):
        self.nlp = nlp
        self.kb = kb
        self._ligands: set[str] = set()  # the document's blocked ligands (extract sets them)
        # A class's members, once per class: the knowledge base is fixed while it reads,
        # and a pass over its thousands of drugs per class statement was a fifth of a check.
        self.class_members: dict[str, list] = {}
        lex = kb.lexicon
        self.names = _NameIndex(kb.text_names())
        self.index = PhraseIndex(nlp, attr="LOWER")
        target_names = {n.lower() for spec in kb.targets.values() for n in spec["names"]}
        # "HMG-CoA" opens the name of a target: a drug abbreviation inside it ("HMG",
        # menotropins) is a piece of that word, not the drug.
        self.compound_heads = {name.split()[0] for name in target_names
                               if "-" in name.split()[0]}
        self.stem_orths: dict[int, str] = {}
        # a spelling variant never takes a name another class has as its own: "leukotriene
        # receptor antagonist" is that class, not a variant of "leukotriene antagonist"
        own = {n.lower(): key for key, spec in kb.classes.items() if not spec.get("stem")
               for n in spec["names"] + list(spec.get("drugcentral", []))}
        hormone_words = {n.lower() for names in lex.get("hormones", {}).values() for n in names}
        for key, spec in kb.classes.items():
            # DrugCentral's class labels are read in text only when short enough to be
            # written as they stand ("Corticosteroid", "Aromatase Inhibitor").
            if spec.get("source") and len(spec["label"].split()) > 4:
                continue
            if spec.get("stem"):
                # a family's one-word ending ("triptans") is looked up by spelling: hundreds
                # of new words in the phrase matcher cost its start-up a tenth of a second
                for name in spec["names"]:
                    for form in (name, name + "s"):
                        for written in (form, form.capitalize()):
                            self.stem_orths[nlp.vocab.strings.add(written)] = key
                continue
            # A curated class is also named by the DrugCentral labels it stands for.
            names = spec["names"] + _adjectives(spec) + list(spec.get("drugcentral", []))
            names += [n for n in _variants(names) if not _names_target(n, target_names)
                      and own.get(n, key) == key]
            # a class named like a hormone ("estrogen", "insulin") is the hormone in the
            # matcher; `hormones_as_classes` reads the class where one of many is meant
            self.index.add_phrases(f"class\x1f{key}",
                                   [n for n in names if n.lower() not in hormone_words])
        self.class_by_name = class_names_index(kb.classes, _variants)
        for key, spec in kb.targets.items():
            # "the GABA B receptor" as texts also write "the GABA-B receptor"
            spaced = [n.replace("-", " ") for n in spec["names"]
                      if _LETTER_HYPHEN_LETTER.search(n)]
            self.index.add_phrases(f"target\x1f{key}", spec["names"] + spaced)
        for key, names in lex["hormones"].items():
            self.index.add_phrases(f"hormone\x1f{key}", names)
        for key, names in lex["routes"].items():
            self.index.add_phrases(f"route\x1f{key}", names)
        self.route_words = {n.lower(): key for key, names in lex["routes"].items()
                            for n in names}
        # one-word route adjectives that open a class's name ("oral hypoglycemic agents")
        self.route_adjectives = {n.lower(): key for key, names in lex["routes"].items()
                                 for n in names if " " not in n and not n.endswith("ly")}
        for key, names in lex["schedules"].items():
            self.index.add_phrases(f"schedule\x1f{key}", names)
        self.schedule_words = {n.lower(): key for key, names in lex["schedules"].items()
                               for n in names}
        # organism groups -> the anti-infective class an activity against them says
        self.activity_groups = {w.lower(): key for key, words in
                                lex.get("activity_against", {}).items() for w in words
                                if key in kb.classes}
        for key, names in lex["sites"].items():
            self.index.add_phrases(f"site\x1f{key}", names)
        self.site_names = {n.lower(): key for key, names in lex["sites"].items() for n in names}
        for key, names in lex.get("kinds", {}).items():
            self.index.add_phrases(f"kind\x1f{key}", names)
        self.antibody_origins = lex.get("antibody_origins") or {}
        self.hormone_classes = lex.get("hormone_classes") or {}
        effects = lex["effects"]
        self.up, self.down = set(effects["up"]), set(effects["down"])
        self.neutral = set(effects.get("neutral_up", []))
        self.mechanism_nouns = set(lex["mechanism_nouns"])
        self.conditions = set(lex["condition_openers"])
        self.sensing = set(lex.get("sensing_verbs", []))
        self.contrast = set(lex.get("contrast_markers", []))
        # the words at which `_clauses` and `_relations` act, as LOWER ids
        self._clause_ids = doc_arrays.word_ids(
            nlp.vocab, self.contrast | {";", "and", "that", "until"} | _RELATIVES | _WHOLE_LIST |
            _RESULT_OPENERS)
        self._relation_ids = doc_arrays.word_ids(nlp.vocab, _PASSIVE_CAUSE | _ACTIVE_CAUSE)
        self._open_bracket = nlp.vocab.strings.add("(")
        self._colon = nlp.vocab.strings.add(":")
        self._drug_noun_ids = doc_arrays.word_ids(nlp.vocab, _DRUG_NOUNS)
        self._definite_ids = doc_arrays.word_ids(nlp.vocab, ("the", "this", "that", "these"))
        self.anaphora = set(lex["anaphora"])
        # "unlike", "compared with" …: what opens a comparison, as lists of lower words
        self.comparison_openers = [o.lower().split() for o in
                                   lex.get("comparison_openers", [])]
        self._anaphora_ids = doc_arrays.word_ids(nlp.vocab, self.anaphora)
        self.site_cues = set(lex.get("site_cues", []))
        self.qualifiers = dict(lex.get("qualifiers", {}))
        self.hormone_receptors = {**receptors_of_hormones(lex["hormones"], kb.targets),
                                  **lex.get("hormone_receptors", {})}
        self.downstream = downstream_sites(kb.physiology)
        self.suffixes = tuple(lex["drug_suffixes"]) + class_stems(kb.classes)
        self.patterns = {"pulsatile", "continuous"}
        self.not_kind_before = set(lex.get("not_kind_before", []))
        self.fields = {_field_name(name): attribute
                       for attribute, names in lex.get("fields", {}).items() for name in names}
        self._known_names = {n.lower() for d in kb.drugs.values()
                             for n in d.names + d.brands + d.lookup}
        self._unknown_by_spelling: dict[str, bool] = {}
        self._candidate_by_spelling: dict[str, bool] = {}
        self._product_by_spelling: dict[str, bool] = {}
        # the drugs the text being read names and the knowledge base lacks, and why
        # (`_text_named_drugs`; reset by each `extract`)
        self._text_drugs: dict[str, str] = {}
        self._unknown_by_orth: dict[int, bool] = {}  # the same, by ORTH id
        strings = nlp.vocab.strings
        # each token of a cue as the tokenizer cuts it: "im" is "i", "m", so the word alone
        # would never be among a sentence's tokens (a capitalized form cut in pieces, "I",
        # "m", is left out: the pronoun would open the gate in every first-person sentence)
        self.cue_orths = {name: {strings.add(token.text) for word in words
                                 for form in (word, word.capitalize(), word.upper())
                                 for tokens in (nlp.make_doc(form),)
                                 if len(tokens) == 1 or form != word.capitalize()
                                 for token in tokens}
                          for name, words in _CUE_WORDS.items()}
        self._named_by_orth: dict[int, bool] = {}  # `_mentions`' test of a spelling
        self._class_by_phrase: dict[str, str | None] = {}  # `_class_named`'s answers
        self._target_by_name: dict[str, str | None] = {}  # `target_named`'s answers
        self._matches_by_text: dict[str, tuple] = {}  # `_text_matches`
        self._docs_by_text: dict[str, object] = {}  # `_title_doc`
        self._names_by_text: dict[str, tuple] = {}  # `_row_drugs`
        # LOWER ids of words that, in a text, need not be read as strings
        self._administration_ids = {nlp.vocab.strings.add(w) for w in _ADMINISTRATION}

    # Read only for a coordinated target ("the 5-HT1B and 5-HT1D receptors"), so made when
    # first read: 5 ms of every start-up otherwise.
    @functools.cached_property
    def _target_by_text(self) -> dict[str, str]:
        return {target_text(n): key for key, spec in self.kb.targets.items()
                for n in spec["names"]}

    def _class_named(self, name: str) -> str | None:
        """The class a phrase is the whole name of ('GABA agonist'), or None."""
        if name not in self._class_by_phrase:
            doc = self.nlp.make_doc(name)
            self._class_by_phrase[name] = next(
                (label.split("\x1f", 1)[1] for label, start, end in self.index(doc)
                 if label.startswith("class\x1f") and (start, end) == (0, len(doc))), None)
        return self._class_by_phrase[name]

    def target_named(self, name: str) -> str | None:
        """The target a name spells ('5-HT1B receptor' = htr1b), or None: the key the phrase
        matcher gives the whole name first, so a built name ('interleukin-23') is keyed as
        the same words written out are (not as an alias spelled alike, 'IL23' = il23a)."""
        if name not in self._target_by_name:
            doc = self.nlp.make_doc(name)
            self._target_by_name[name] = next(
                (label.split("\x1f", 1)[1] for label, start, end in self.index(doc)
                 if label.startswith("target\x1f") and (start, end) == (0, len(doc))),
                None) or self._target_by_text.get(target_text(name))
        return self._target_by_name[name]

    # -- matching ----------------------------------------------------------
    def _matches(self, doc):
        """Non-overlapping (kind, key, start, end), longest first; drugs win ties."""
        orths = token_orths(doc)
        found = list(self.names(doc, orths))
        for label, start, end in self.index(doc):
            kind, key = label.split("\x1f", 1)
            found.append((kind, key, start, end))
        stems = self.stem_orths
        if not stems.keys().isdisjoint(orths):  # (most blocks spell no stem: a test in C)
            found += [("class", stems[o], i, i + 1) for i, o in enumerate(orths) if o in stems]
        found += self._across_parentheses(doc)
        found += self._slashed_alternatives(doc)
        # "three to four times daily" is one range, not "four times daily"
        found += [("schedule", value, start, end) for value, start, end in ranges(doc)]
        # (each reader only when its key word is in the sentence: a set of ids, in C)
        spelled = set(orths)
        if spelled & self.cue_orths["every"]:
            found += [("schedule", value, start, end)
                      for value, start, end in intervals(doc, self.schedule_words)]
        if spelled & self.cue_orths["intervals"]:
            found += [("schedule", value, start, end)
                      for value, start, end in at_intervals(doc, self.schedule_words)]
        if spelled & self.cue_orths["divided"]:
            # "3 to 6 mg daily in three divided doses": three times daily, not the day's total
            found += [("schedule", value, start, end)
                      for value, start, end in divided_doses(doc)]
        if spelled & self.cue_orths["infusing"]:
            # "infusion of kisspeptin-54 (1 nmol/kg/h)": a rate per hour is continuous
            found += [("schedule", value, start, end)
                      for value, start, end in infusion_rates(doc)]
        if spelled & self.cue_orths["slash"]:
            # "1,000 mg/day", "1 mg/d": a dose each day (or week) is given daily (weekly)
            found += [("schedule", value, start, end)
                      for value, start, end in doses_per_period(
                          doc, {end for kind, _, _, end in found if kind == "drug"})]
        found += self._elided_names(doc, found)
        if spelled & self.cue_orths["derived"]:
            found += derived_kinds(doc, found, self._class_named)  # "a carbazole derivative"
        if spelled & self.cue_orths["origin"] and self.antibody_origins:
            found += antibody_origins(doc, self.antibody_origins)  # "a human IgG1 antibody"
        if spelled & self.cue_orths["abbreviated"]:
            found += abbreviated_routes(  # "600 to 2700 mg im or iv daily"
                doc, {start for kind, _, start, _ in found if kind == "drug"})
        if spelled & self.cue_orths["into"]:
            found += coordinated_places(doc, found)  # "by injection into a vein or muscle"
        if spelled & self.cue_orths["against"] and self.activity_groups:
            # "is active against most Gram-positive bacteria": an antibacterial
            found += activity_classes(doc, self.activity_groups)
        if spelled & self.cue_orths["subtype"]:
            found += subtypes_of_family(doc, self.target_named)  # "the D2 class of …"
        if spelled & self.cue_orths["coordinated"] or any(
                m[0] == "target" and m[2] and doc[m[2] - 1].lower_ in ("and", "or")
                for m in found):
            # "the 5-HT1B and 5-HT1D receptors": the first code shares the target's head noun
            # ("pancreatic and gastric lipase": an enzyme's too)
            found += elided_targets(doc, found, self.target_named)
        if spelled & (self.cue_orths["coordinated"] | self.cue_orths["slash"]):
            # "V1a, V1b and V2 vasopressin receptors", "an M1/M4 agonist"
            members, families = coded_subtypes(
                doc, found, self.target_named,
                lambda key: self.kb.targets.get(key, {}).get("label", ""))
            found = [m for m in found if m[0] != "target" or m[2] not in families] + members
        if spelled & self.cue_orths["numbered"]:
            # "interleukin-12 and -23", "cyclin-dependent kinases 4 and 6"
            found += numbered_targets(doc, found, self.target_named)
        if spelled & self.cue_orths["reuptake"]:
            # "the reuptake of noradrenaline, dopamine and serotonin": each one's transporter
            listed, named_drugs = reuptake_lists(doc, found, self.target_named)
            found = [m for m in found if not (m[0] in ("drug", "hormone") and any(
                t[2] <= m[2] < t[3] for t in listed)) and not (
                m[0] == "target" and any(t[2] <= m[2] < t[3] or m[2] <= t[2] < m[3]
                                         for t in listed))] + listed
        found.sort(key=lambda m: (m[2], -(m[3] - m[2]), m[0] != "drug"))
        kept, until = [], -1
        for match in found:
            if match[2] >= until:
                kept.append(match)
                until = match[3]
        # "Protein binding | 65%": the kind's word names something else there
        lowers = doc_words.lower_words(doc)
        kept = [m for m in kept if m[0] != "kind" or m[3] >= len(doc) or
                (lowers[m[3]] not in self.not_kind_before and
                 not inside_defined_term(doc, m[2], m[3], kept))]
        # "more than eight doses per month": a count in a period, not monthly
        kept = [m for m in kept if m[0] != "schedule" or not counted_per(doc, m[2])]
        # "to a maximum of 2 grams daily": a limit on the day's dose, not daily
        kept = [m for m in kept if m[0] != "schedule" or m[1] != "daily" or
                not daily_cap(doc, m[2])]
        # "abnormal vaginal bleeding": a part of the body, not how the drug is given
        kept = [m for m in kept if m[0] != "route" or m[3] >= len(doc) or
                _noun_after_list(doc, m[3]) not in _NOT_ROUTE_BEFORE]
        kept = [m for m in kept if m[0] != "route" or not _poor_uptake(doc, m[2], m[3])]
        kept = [m for m in kept if m[0] != "route" or not _topical_form(doc, m)]
        # "within 120 hours of vaginally penetrating intercourse": the manner of another act
        kept = [m for m in kept if m[0] != "route" or not manner_of_other_act(doc, m[2], m[3])]
        # "urethral suppositories … The suppositories are …": that product again, not rectal
        kept = [m for m in kept if m[0] != "route" or
                not form_for_other_place(doc, m[2], m[3], kept)]
        kept = [m for m in kept if m[0] != "drug" or not self._inside_compound(doc, m)]
        # "Δ9,11-nandrolone", "7α-methyl-19-nortestosterone": a derivative's chemical name
        kept = [m for m in kept if m[0] != "drug" or not _chemical_name_tail(doc, m[2], m[3])]
        # "methicillin-resistant Staphylococcus aureus": the organism's quality, no mention
        kept = [m for m in kept if m[0] not in ("drug", "target")
                or not _qualifies_other(doc, m[3])]
        # "Gonadorelin analogues": other drugs made like it, no mention of gonadorelin
        kept = [m for m in kept if m[0] != "drug" or not names_analogues(doc, m[3])]
        # "monoamines (serotonin, norepinephrine and particularly dopamine)": a drug's name
        # listed as one of the body's substances names the substance, not the drug (i372)
        kept = [m for m in kept if m[0] != "drug" or not _listed_substance(doc, m, kept)]
        patterns = pattern_before_route(doc, kept) if any(m[0] == "route" and m[2] and lowers[
            m[2] - 1] in _PATTERN_WORDS for m in kept) else None
        if patterns:
            kept = sorted(kept + [("schedule", *p) for p in patterns], key=lambda m: m[2])
        kept = _heads_of_drug_compounds(doc, kept)
        kept = roles_of_hormones(doc, kept, self.class_by_name)
        if self.hormone_classes and any(m[0] == "hormone" for m in kept):
            # "an estrogen medication", "is a bioidentical estrogen": one of a class
            kept = hormones_as_classes(doc, kept, self.class_by_name, self.hormone_classes)
        kept = ligands_as_modifiers(doc, kept, self._class_named)
        taken = {i for m in kept for i in range(m[2], m[3])}
        # A drug the knowledge base does not know, by its name's form ("Molnupiravir"):
        # what the text says of it is still read, and compared within the text.
        unknown, by_orth = [], self._unknown_by_orth
        for i, orth in enumerate(orths):
            judged = by_orth.get(orth)
            if judged is None:
                judged = by_orth[orth] = self._unknown_drug_spelling(doc[i].text)
            if judged and i not in taken and not part_of_longer_name(doc, i):
                unknown.append(("drug", lowers[i], i, i + 1))
        return sorted(kept + unknown, key=lambda m: m[2]) if unknown else kept

    def _text_matches(self, text: str) -> tuple:
        """`_matches` of a text read on its own (a list's header, a heading), once per text:
        every item of a list, every block of a section reads the same ones."""
        cache = self._matches_by_text
        found = cache.get(text)
        if found is None:
            if len(cache) >= _TEXT_MATCHES_MAX:
                cache.clear()
            found = cache[text] = tuple(self._matches(self.nlp.make_doc(text)))
        return found

    def _elided_names(self, doc, found) -> list[tuple[str, str, int, int]]:
        """'testosterone cypionate, enanthate and propionate': a list after a drug of two or
        more words names drugs that share its first words, when the knowledge base knows
        them by that name."""
        out = []
        for kind, _key, start, end in found:
            if kind != "drug" or end - start < 2:
                continue
            shared = doc[start:end - 1].text
            index = end
            while index + 1 < len(doc) and doc[index].lower_ in (",", "and", "or"):
                index += 1 + (doc[index].text == "," and doc[index + 1].lower_ in ("and", "or"))
                word = doc[index] if index < len(doc) else None
                if word is None or not word.is_alpha:
                    break
                drug = self.kb.find(f"{shared} {word.text}")
                if drug is None:
                    break
                out.append(("drug", drug.key, index, index + 1))
                index += 1
        return out

    def _inside_compound(self, doc, match) -> bool:
        """The match is part of a hyphenated word that opens a known name ("HMG-CoA")."""
        start, end = match[2], match[3]
        spaced, words = doc_words.spaced(doc), doc_words.words(doc)
        while start > 0 and not spaced[start - 1] and words[start - 1] not in "([":
            start -= 1
        while end < len(doc) and not spaced[end - 1] and words[end] not in ")],.;:":
            end += 1
        if (start, end) == (match[2], match[3]):
            return False
        return doc_arrays.span_text(doc, start, end).lower() in self.compound_heads

    def _slashed_alternatives(self, doc):
        """'Bile Acid Resins/Sequestrants': the words before the first alternative name the
        second one too ('bile acid sequestrants'), a class read over the whole span."""
        if "/" not in doc_arrays.text(doc):
            return []
        out, words = [], doc_words.words(doc)
        for at in range(2, len(doc) - 1):
            if words[at] != "/":
                continue  # (Tokens only around a slash)
            first, second = doc[at - 1], doc[at + 1]
            if first.whitespace_ or doc[at].whitespace_ or \
                    not first.is_alpha or not second.is_alpha:
                continue
            for start in range(max(0, at - 4), at - 1):
                if any(not t.is_alpha for t in doc[start:at - 1]):
                    continue
                key = self._class_named(f"{doc[start:at - 1].text} {second.text}")
                if key:
                    out.append(("class", key, start, at + 2))
                    break  # the longest name
        return out

    def _across_parentheses(self, doc):
        """'a Janus kinase (JAK) inhibitor', 'the interleukin-6 (IL-6) receptor': a name
        read as if its abbreviation in parentheses were not there."""
        if "(" not in doc_arrays.text(doc):
            return []
        # Only the opening brackets are read (found by ORTH id); every other token is kept.
        orths, length, opening = doc_arrays.orths(doc), len(doc), self._open_bracket
        keep, index, dropped = [], 0, False
        joined: dict[int, str] = {}  # a kept word -> the word it makes with a dropped suffix
        for at in [i for i, orth in enumerate(orths) if orth == opening]:
            if at < index:
                continue  # inside an abbreviation already dropped
            # "interleukin (IL)-23" (LiverTox): the number follows the bracket, which the
            # tokenizer leaves in one word "IL)-23"; the name is "interleukin-23"
            tail = _BRACKETED_PREFIX.match(doc[at + 1].text) if at + 1 < length else None
            if tail and at > 0 and not doc[at - 1].whitespace_ == "" and \
                    doc[at - 1].is_alpha:
                keep.extend(range(index, at - 1))
                keep.append(at - 1)
                joined[at - 1] = doc[at - 1].text + tail.group(1)
                index, dropped = at + 2, True
                continue
            # (an abbreviation of up to four tokens: "(5-HT2C)" is "5", "-", "HT2C")
            close = next((j for j in range(at + 1, min(length, at + 6))
                          if doc[j].text == ")"), None)
            inner = doc[at + 1:close] if close else None
            if inner and any(c.isupper() for c in inner.text) and at > 0 and \
                    close + 1 < length:
                keep.extend(range(index, at))
                index, dropped = close + 1, True
        if not dropped:
            return []
        keep.extend(range(index, length))
        if not joined and not self._may_join(doc, keep):
            return []
        from spacy.tokens import Doc

        short = Doc(doc.vocab, words=[joined.get(i, doc[i].text) for i in keep])
        # the original tokens each word stands for (a joined word: its bracket's too)
        spans = [(i, i + 3 if i in joined else i + 1) for i in keep]
        out = []
        for label, start, end in self.index(short):
            first, last = spans[start][0], spans[end - 1][1]
            if last - first > end - start:  # it spans a dropped abbreviation
                kind, key = label.split("\x1f", 1)
                out.append((kind, key, first, last))
        return out

    def _may_join(self, doc, keep: list[int]) -> bool:
        """Can a phrase span a dropped abbreviation: do the words on its two sides follow
        one another in some phrase? (Else reading the text without it finds nothing new.)"""
        if len(self.index.patterns):
            return True  # a token pattern's words are not in the pairs
        lowers, pairs = doc_arrays.lowers(doc), self.index.word_pairs
        return any(after - before > 1 and (lowers[before], lowers[after]) in pairs
                   for before, after in zip(keep, keep[1:]))

    def _stem_family_members(self, document, found: dict, mentioned: set) -> dict:
        """'Relcovaptan', 'donitriptan': a word the knowledge base does not know, ending in
        the stem of a family the text names by it ('the vaptans', 'triptans'; `stem`
        classes), is one of the family's drugs (a new or unapproved one). Only in such a
        text: an ending can be an English word too."""
        families = {m[1] for matches in found.values() for m in matches
                    if m[0] == "class" and self.kb.classes.get(m[1], {}).get("stem")}
        if not families:
            return found
        endings = tuple(sorted(families, key=len, reverse=True))
        for block in document.blocks:
            matches = found.get(id(block))
            if not matches and matches != []:
                continue
            doc = block.nlp_doc
            taken = {i for m in matches for i in range(m[2], m[3])}
            lowers = doc_words.lower_words(doc)
            extra = [("drug", word, i, i + 1) for i, word in enumerate(lowers)
                     if i not in taken and word.endswith(endings) and doc[i].is_alpha
                     and len(word) >= len(next(e for e in endings if word.endswith(e))) + 3
                     and word not in self._known_names]
            if extra:
                found[id(block)] = sorted(matches + extra, key=lambda m: m[2])
                mentioned.update(m[1] for m in extra)
        return found

    def _text_named_drugs(self, document, found: dict, mentioned: set) -> dict:
        """'Paltusotine is a nonpeptide selective somatostatin receptor 2 agonist': a word no
        vocabulary knows that the text itself defines, doses or brands as a drug is one of
        its drugs wherever it occurs (mechanism_text_drugs.py; the reason is kept)."""
        blocks = [block for block in document.blocks if block.nlp_doc is not None]

        def taken_of(number):
            block = blocks[number]
            matches = found.get(id(block))
            if matches is None:  # a heading: read on its own
                matches = self._matches(block.nlp_doc)
            # (the covered words, where a known drug's name starts, where a class's does)
            return ({i for m in matches for i in range(m[2], m[3])},
                    {m[2] for m in matches if m[0] == "drug"},
                    {m[2]: m[3] for m in matches if m[0] == "class"})

        self._text_drugs = {}
        named = text_named_drugs(
            [(block.nlp_doc, block.sentences) for block in blocks], taken_of,
            self._known_names, _NOT_DRUG_WORDS, _TEXT_DRUG_WORDS, self._text_drug_candidate,
            _PRODUCT_WORDS, self._product_candidate)
        if not named:
            return found
        # (the line of the sentence that gave the reason, kept with it)
        self._text_drugs = {
            word: plain_reason(reason, document.position(blocks[number].mapping.to_source(
                blocks[number].nlp_doc[index].idx)).line)
            for word, (reason, number, index) in named.items()}
        mentioned.update(named)
        by_id = {id(block): block for block in blocks}
        return {key: text_drug_matches(by_id[key].nlp_doc, matches, named)
                if key in by_id else matches for key, matches in found.items()}

    def _text_drug_candidate(self, text: str) -> bool:
        """`candidate_word`, judged once per spelling (it reads nothing but the text)."""
        known = self._candidate_by_spelling.get(text)
        if known is None:
            known = self._candidate_by_spelling[text] = candidate_word(
                text, self._known_names, _NOT_DRUG_WORDS)
        return known

    def _product_candidate(self, text: str) -> bool:
        """`product_candidate`, judged once per spelling (it reads nothing but the text)."""
        known = self._product_by_spelling.get(text)
        if known is None:
            known = self._product_by_spelling[text] = product_candidate(
                text, self._known_names, _NOT_DRUG_WORDS)
        return known

    def _unknown_drug_spelling(self, text: str) -> bool:
        """`_unknown_drug`, judged once per spelling (it reads nothing but the text)."""
        known = self._unknown_by_spelling.get(text)
        if known is None:
            known = self._unknown_by_spelling[text] = self._unknown_drug(text)
        return known

    def _unknown_drug(self, text: str) -> bool:
        lower = text.lower()
        if len(text) < 6 or not text.isalpha() or not lower.endswith(self.suffixes) or \
                lower in self._known_names or lower in _NOT_DRUG_WORDS or \
                _NOT_A_DRUG_NAME.search(lower):
            return False
        # Lower case, "-tide" is chemistry as often as a name ("dipeptide", "nucleotide").
        return text[0].isupper() or (len(text) >= 8 and not lower.endswith("tide"))

    def extract(self, document):
        assertions: list[Assertion] = []
        mentions: list[DrugMention] = []
        relations: list[HormoneRelation] = []
        state = _State()
        section = None
        found = {id(block): self._matches(block.nlp_doc) for block in document.blocks
                 if block.nlp_doc is not None and block.kind is not BlockKind.HEADING}
        kinded, state.cued_targets = self._add_abbreviations(document, found)
        brands = self._add_brands(document, found)
        mentioned = {m[1] for matches in found.values() for m in matches if m[0] == "drug"}
        # substances the text's drugs block the receptors of: the body's ligands here
        self._ligands = set().union(*(
            blocked_ligands(block.nlp_doc, found[id(block)], mentioned)
            for block in document.blocks
            if id(block) in found)) if mentioned else set()
        found = named_stem_classes(found, mentioned, self.kb.classes, self._class_drugs)
        found = self._stem_family_members(document, found, mentioned)
        found = self._text_named_drugs(document, found, mentioned)
        titles = self._table_titles(document)
        table_drugs = self._table_drugs(document, mentioned)
        list_header = None
        for block in document.blocks:
            if block.section is not section:
                section = block.section
                state.current, state.topic, state.last_class = [], [], None
                state.body, state.section_drugs, state.body_list = False, [], False
                state.heading, state.heading_via = self._heading_subjects(section.title,
                                                                          mentioned, brands)
                for title in reversed(section.path[:-1]):
                    # "# Tocilizumab" > "## Medical uses": the monograph's drug still (a class's
                    # "### Background" is as often about physiology)
                    if state.heading:
                        break
                    drug, drug_via = self._heading_subjects(title, mentioned, brands)
                    if drug_via == "heading":
                        state.heading = drug
                if state.heading_via == "class":
                    state.topic = state.heading
                list_header = None
            if block.kind is BlockKind.PARAGRAPH:
                list_header = block if block.text.rstrip().endswith(":") else None
                # "Tamoxifen is used in men as follows:" — its list items are about tamoxifen.
                last = block.sentences[-1] if block.sentences else None
                named = {m[1] for m in found.get(id(block), []) if m[0] == "drug" and
                         last is not None and m[2] >= last.token_start}
                # "Somatostatin has numerous physiological effects:": its items are about the
                # body's hormone, not a drug of that name
                state.body_list = bool(list_header and set(doc_words.lower_words(block.nlp_doc))
                                       & _BODY_WORDS)
                state.list_topic = list(named) if list_header and len(named) == 1 and \
                    not state.body_list else []
            if block.kind is BlockKind.LIST_ITEM and state.body_list:
                state.current, state.body = [], True
            if block.kind is BlockKind.HEADING and block.nlp_doc is not None:
                # "The IL-6 inhibitor tocilizumab in …": a title names classes of drugs too.
                heading_matches = text_drug_matches(
                    block.nlp_doc, self._matches(block.nlp_doc), self._text_drugs)
                for sentence in block.sentences:
                    assertions.extend(self._listed_members(
                        block.nlp_doc, block, sentence, heading_matches))
                    # "# Cefiderocol, a Novel Siderophore Cephalosporin, against …"
                    assertions.extend(self._heading_appositions(
                        block.nlp_doc, block, sentence, heading_matches))
            if block.kind in (BlockKind.HEADING, BlockKind.FRONT_MATTER, BlockKind.CAPTION) or \
                    block.nlp_doc is None:
                continue
            if block.kind is BlockKind.TABLE_CELL and block.meta.header:
                continue
            if block.kind is BlockKind.PARAGRAPH and _bracket_only(block.text) and \
                    not found.get(id(block)):
                # "(uh-ROH-muh-tays in-HIH-bih-ter)" under a glossary's heading: a
                # pronunciation says nothing, and the definition after it is still the
                # heading's first sentence
                continue
            if block.kind is BlockKind.TABLE_CELL and not block.meta.column and \
                    _field_name(block.text) in self.fields:
                continue  # an infobox field's name ("| Protein binding | 35% |") says nothing
            row_drugs = self._row_drugs(block)
            if not row_drugs and block.meta.table_line in table_drugs:
                drugs, kind, _ = table_drugs[block.meta.table_line]
                row_drugs = _Rows(drugs, "class" if kind == "class" else "table row")
            dosing = block.kind is BlockKind.TABLE_CELL and \
                _field_name(block.meta.column_header or "") in _DOSING_COLUMNS
            dosing_rows = not row_drugs and dosing and len(state.section_drugs) == 1 and \
                not any(m[0] == "drug" for m in found[id(block)])
            if dosing_rows:
                # "| Method | Frequency | Dose |" under a section that named heparin alone:
                # its rows say how heparin is given
                row_drugs = _Rows(state.section_drugs, "table row")
            state.section_drugs = list(dict.fromkeys(
                state.section_drugs + [m[1] for m in found[id(block)] if m[0] == "drug"]))
            doc = block.nlp_doc
            matches = found[id(block)]
            state.block_drugs = self._block_drugs(block, doc, matches)
            # An infobox row's field ("| Routes of administration | …"), else the column's
            # ("| Drug | Class | Route |"), says which attribute a cell states.
            field = (self.fields.get(_field_name(block.meta.row_header)) or
                     self.fields.get(_field_name(block.meta.column_header))) \
                if block.kind is BlockKind.TABLE_CELL and block.meta.column else None
            if field is not None and not row_drugs and state.heading:
                # "# GnRH antagonist" over "| Chemical class | Peptides |": the heading's
                row_drugs = _Rows(state.heading, state.heading_via)
            for number, sentence in enumerate(block.sentences):
                inside = [m for m in matches
                          if sentence.token_start <= m[2] and m[3] <= sentence.token_end]
                mentions.extend(self._mentions(doc, block, sentence, inside))
                header = table_drugs.get(block.meta.table_line) \
                    if block.kind is BlockKind.TABLE_CELL else None
                if field == "members" and header is not None and header[1] == "class":
                    # "| Common types | Candesartan, irbesartan, … |" under a class's infobox
                    assertions.extend(
                        Assertion(m[1], "class", header[2], True, "asserted", "table row",
                                  sentence, self.kb.class_label(header[2]),
                                  self._span(block, doc, m[2], m[3]))
                        for m in inside if m[0] == "drug")
                    continue
                if field is not None and row_drugs:
                    assertions.extend(self._field_values(doc, block, sentence, inside,
                                                         row_drugs, field))
                    continue
                opening = self._field_opening(doc, sentence)
                about = state.heading or state.current
                if opening is not None and about and not row_drugs and not any(
                        m[0] == "drug" for m in inside):
                    # "Drug class: aromatase inhibitor" under "## Letrozole".
                    assertions.extend(self._field_values(
                        doc, block, sentence, [m for m in inside if m[2] > opening[1]],
                        _Rows(about, state.heading_via if state.heading else "anaphor"),
                        opening[0]))
                    continue
                said = self._sentence(doc, block, sentence, inside, state, row_drugs, mentioned)
                if dosing_rows:
                    for assertion in said:
                        if assertion.attribute == "route" and assertion.modality == "asserted":
                            assertion.modality = "possible"  # each row one way to give it
                said += self._bracketed_classes(doc, block, sentence, inside, said)
                said += self._role_phrases(doc, block, sentence, inside, said)
                said = without_subsumed_kinds(said)
                if opening is not None:
                    said = [a for a in said if a.attribute == opening[0]]
                assertions.extend(said)
                acting = {}
                for assertion in said:
                    if assertion.attribute == "target" and assertion.polarity:
                        acting.setdefault(assertion.value, []).append(assertion.drug)
                state.acting_on.update(acting)
                relations.extend(self._relations(doc, block, sentence, inside))
                if number == 0:
                    assertions.extend(self._membership(doc, block, sentence, inside, titles,
                                                       list_header))
        assertions = latter_former(with_parent_classes(with_generation_classes(
            definite_class_predicates(assertions), self.kb.classes), self.kb.classes))
        # after the parents: a class a target implies is read at its most specific
        assertions = without_role_statements(
            classes_of_targets(assertions, self.kb.targets, self.class_by_name, self.kb),
            self.kb.classes)
        assertions = most_specific_targets(
            restrictive_routes(assertions, self.kb.classes), self.kb.targets)
        if kinded and document.source is not None:
            assertions = kinds_of_abbreviations(assertions, document.source.text, kinded)
        assertions = not_of_itself(assertions)
        # "an amino acid derivative": a kind of substance (`substance`) is no drug's class
        assertions = [a for a in assertions if a.attribute != "class" or
                      not self.kb.classes.get(a.value, {}).get("substance")]
        if self._text_drugs and document.source is not None:
            assertions = text_drug_readings(assertions, document.source.text, self._text_drugs)
        # a family's route is not a member's whose own routes leave it out; a class said as
        # someone's label of the drug is not the text's (mechanism_family_claims.py)
        assertions = family_routes_kept_to_members(assertions, self.kb)
        mark_reported_labels(assertions, document.source.text if document.source else None)
        mark_route_alternatives(assertions)
        mark_route_products(assertions, document.source.text if document.source else None)
        mark_ester_products(assertions, document.source.text if document.source else None)
        mark_salts(assertions, document.source.text if document.source else None)
        mark_study_routes(assertions, document.source.text if document.source else None)
        mark_sites_listed_with_known(assertions, document.source.text if document.source
                                     else None, self.kb)
        mark_class_exceptions(assertions, mentions, self.kb)
        return assertions, mentions, relations

    def _heading_subjects(self, title, mentioned, brands=None) -> tuple[list[str], str]:
        """A monograph or glossary section ("## Letrozole", "# GnRH antagonist"): its
        sentences without a subject are about that drug, or that class's members."""
        if not title:
            return [], "heading"
        # "# Teriparatide: Wikipedia and the U.S. label": what follows the colon says which
        # part of the drug's texts the section holds
        title = _TITLE_AFTER_COLON.sub("", title) or title
        # "## Octreotide (Sandostatin)", "# Semaglutide (WikiProjectMed)": a bracket after
        # the name says where or under what brand, not what the section is about
        title = _TRAILING_BRACKET.sub("", title) or title
        doc = self._title_doc(title)
        found = self.names(doc)
        if found and found[0][2] == 0 and found[0][3] == len(doc):
            return [found[0][1]], "heading"
        if brands and doc[0].lower_ in brands and (len(doc) == 1 or (
                len(doc) == 2 and doc[1].text in ("®", "™"))):
            return [brands[doc[0].lower_]], "heading"  # "# KORLYM (mifepristone): …"
        if len(doc) == 1 and doc[0].lower_ not in self._known_names and \
                self._unknown_drug_spelling(doc[0].text):
            return [doc[0].lower_], "heading"  # "# Semaglutide": a drug it does not know
        if len(doc) == 1 and doc[0].lower_ in self._text_drugs:
            return [doc[0].lower_], "heading"  # "# elsiglutide", defined in its text
        classes = [m for m in self._text_matches(title) if m[0] == "class"]
        if classes and classes[0][2] == 0 and classes[0][3] == len(doc):
            return self._class_and_members(classes[0][1], mentioned), "class"
        return [], "heading"

    def _title_doc(self, title: str):
        """The words of a heading, tokenized once per text: every section under it reads
        its title again."""
        cache = self._docs_by_text
        doc = cache.get(title)
        if doc is None:
            if len(cache) >= _TEXT_MATCHES_MAX:
                cache.clear()
            doc = cache[title] = self.nlp.make_doc(title)
        return doc

    def _field_values(self, doc, block, sentence, matches, row_drugs, field):
        """'| Drug class | Selective estrogen receptor modulator; Progonadotropin |': the
        field says which attribute its value states, of the drugs the table is about."""
        out = []
        via = getattr(row_drugs, "via", "table row")
        if field == "none":
            # "| Bioavailability | Oral: 3–7%; Intramuscular: high |": the labels of its parts
            # are ways the drug is given
            # (the whole cell at its first sentence: "IM (aq. susp.): ~50 days" is no two)
            if sentence is not block.sentences[0]:
                return out
            base, text = 0, doc.text
            for key, start, end in labelled_routes(text, self.route_words):
                span = (block.mapping.to_source(base + start), block.mapping.to_source(base + end))
                out.extend(Assertion(drug, "route", key, True, "possible", via, sentence,
                                     text[start:end], span) for drug in row_drugs)
            return out
        qualifying = {m[2] for m in matches if m[0] == "class"} if field == "class" else set()
        # "| Drug class | Monoclonal antibody |": a class field whose value names a kind and no
        # class states the kind (rounds 9 and 11: rituximab, teprotumumab)
        kind_only = field == "class" and not qualifying and \
            any(m[0] == "kind" for m in matches)
        for kind, key, m_start, m_end in matches:
            if kind == "hormone" and field == "class":
                # "| Drug class | Estrogen |": in a class field the hormone's word is the class
                named = self.class_by_name.get(class_key(doc[m_start:m_end].text))
                kind, key = ("class", named) if named is not None else (kind, key)
            if kind == "kind" and (m_end in qualifying or kind_only):
                kind = "kind"  # "| Drug class | Nonsteroidal antiandrogen |": its kind too
            elif kind != field or (kind == "route" and form_of_route(doc, matches, m_start)):
                continue
            evidence = self.kb.class_label(key) if kind == "class" else doc[m_start:m_end].text
            drugs = row_drugs
            if via == "class" and kind == "kind":
                # "| Chemical class | Steroidal; Nonsteroidal; Peptide |" in a class's infobox:
                # the kinds its members come in, not each member's kind
                drugs = [d for d in row_drugs if d.startswith("class:")]
            for drug in drugs:
                out.append(Assertion(drug, kind, key, True, "asserted", via, sentence, evidence,
                                     self._span(block, doc, m_start, m_end)))
        if field == "route":
            # "| Routes | IV, IM, Insufflated, oral |": the abbreviations such a cell uses
            covered = {i for m in matches for i in range(m[2], m[3])}
            lowers = doc_words.lower_words(doc)
            for index in range(sentence.token_start, sentence.token_end):
                key = _ROUTE_FIELD_WORDS.get(lowers[index])
                if key is not None and index not in covered:
                    out.extend(Assertion(drug, "route", key, True, "asserted", via, sentence,
                                         doc[index].text,
                                         self._span(block, doc, index, index + 1))
                               for drug in row_drugs)
        return out

    def _field_opening(self, doc, sentence) -> tuple[str, int] | None:
        """'Drug class: …', 'Route: …' open a line whose value states one attribute:
        (the attribute, the colon's token)."""
        end = min(sentence.token_end, sentence.token_start + 6)
        orths, wanted = doc_arrays.orths(doc), self._colon
        colon = next((i for i in range(sentence.token_start, end) if orths[i] == wanted), None)
        if colon is None:
            return None
        field = self.fields.get(_field_name(doc[sentence.token_start:colon].text))
        return (field, colon) if field is not None else None

    def _add_abbreviations(self, document, found) -> tuple[dict[str, str], frozenset]:
        """'the estrogen receptor (ER)': later 'activation of the ER' names the receptor too;
        so does a class phrase read across the bracket ('an androgen receptor (AR)
        antagonist': later 'binds to ARs'). Returns the kinds classes' abbreviations name
        and the cued target matches, (id(block), token), that the abbreviations read only
        where a drug is said to act on them (`_clause`)."""
        short: dict[str, tuple[str, str]] = {}
        kinded: dict[str, str] = {}  # "nonsteroidal antiandrogen (NSAA)": NSAA -> nonsteroidal
        cued_forms: set[str] = set()

        def define(form, meaning, cued):
            # (a form an earlier definition took keeps that meaning, and is cued only if
            # that one was)
            if cued and form not in short:
                cued_forms.add(form)
            short.setdefault(form, meaning)

        for block in document.blocks:
            doc = block.nlp_doc
            kind_ends = {m[3]: m[1] for m in found.get(id(block), []) if m[0] == "kind"}
            for kind, key, start, end in found.get(id(block), []):
                if kind == "class" and end - start > 3:
                    # the target named before a bracket inside the class's name
                    at = next((i for i in range(start + 1, end - 2) if doc[i].text == "("
                               and doc[i + 2].text == ")"), None)
                    if at is not None and sum(c.isupper() for c in doc[at + 1].text) >= 2:
                        target = self.target_named(doc[start:at].text)
                        if target is not None:
                            abbreviation = doc[at + 1].text
                            for form in (abbreviation, abbreviation + "s"):
                                # (read only where a drug is said to act on it, as a gene
                                # symbol is: "AR-responsive genes", "AR degradation" are not)
                                define(form, ("target", target), True)
                if kind in ("target", "class") and end + 2 < len(doc) and \
                        doc[end].text == "(" and doc[end + 2].text == ")" and \
                        sum(c.isupper() for c in doc[end + 1].text) >= 2:
                    abbreviation = doc[end + 1].text
                    forms = [abbreviation, acronym_singular(abbreviation)]  # ARBs -> ARB
                    if acronym_singular(abbreviation) == abbreviation:
                        # "(NSAA)", later "the NSAAs"; "the mineralocorticoid receptor (MR)",
                        # later "direct antagonism of the MRs": a target's plural only where
                        # a drug acts on it ("adverse reactions (ARs)", "went to ERs")
                        forms.append(abbreviation + "s")
                    for form in dict.fromkeys(forms):
                        define(form, (kind, key), kind == "target" and
                               form == abbreviation + "s")
                        if kind == "class" and start in kind_ends:
                            kinded.setdefault(form, kind_ends[start])
            # "Statins (or HMG-CoA reductase inhibitors)": the word before names the class too
            for kind, key, start, end in found.get(id(block), []):
                if kind == "class" and start >= 3 and doc[start - 1].lower_ in ("or", "i.e.") \
                        and doc[start - 2].text == "(" and doc[start - 3].is_alpha and \
                        end < len(doc) and doc[end].text == ")":
                    word = doc[start - 3].text
                    for form in {word, word.lower(), word.capitalize()}:
                        short.setdefault(form, (kind, key))
                        short.setdefault(singular(form), (kind, key))  # Statins -> Statin
        for form in _defined_otherwise(document, found, cued_forms):
            # "serious adverse reactions (ARs)": the text's own meaning of a form it never
            # gave the target (not "the epidermal growth factor (EGFR)", a name cut short)
            del short[form]
            cued_forms.discard(form)
        # (not the abbreviation in its own defining bracket)
        added = _add_word_matches(document, found, short, defining=True) if short else {}
        cued = frozenset((id(block), m[2]) for block in document.blocks
                         for m in added.get(id(block), ())
                         if m[0] == "target" and block.nlp_doc[m[2]].text in cued_forms)
        return kinded, cued

    def _add_brands(self, document, found) -> dict[str, str]:
        """'KORLYM (mifepristone)': later 'treatment with Korlym' names mifepristone too."""
        brands: dict[str, str] = {}
        sold: dict[str, str] = {}  # spelling -> drug: "sold under the brand name …"
        declared: dict[int, set[int]] = {}  # block -> the words of its declarations
        known = self.kb.drugs.__contains__
        for block in document.blocks:
            if id(block) in found:
                for name, key in declared_brands(block.nlp_doc, found[id(block)],
                                                 self.kb.drugs).items():
                    brands.setdefault(name, key)
                if block.text.find(" name") >= 0:
                    for name, key in sold_under_brands(block.nlp_doc, found[id(block)],
                                                       known).items():
                        sold.setdefault(name, key)
                    declared[id(block)] = brand_list_positions(block.nlp_doc)
        if brands:
            # a brand read as a drug by its name's form ("Supprelin", "Monopril") is the drug
            # the text gives it to, wherever it is named
            lowered: dict[str, str] = {}
            for name, key in brands.items():
                lowered.setdefault(name.lower(), key)
            for block_id, matches in found.items():
                if any(m[0] == "drug" and m[1] in lowered and m[1] not in self.kb.drugs
                       for m in matches):
                    found[block_id] = [
                        (m[0], lowered[m[1]], m[2], m[3]) if m[0] == "drug" and m[1] in lowered
                        and m[1] not in self.kb.drugs else m for m in matches]
            # as the text spells it, in a label's capitals or a sentence's ("KORLYM",
            # "Korlym"), never in lower case: not a word of the prose
            spellings = {form: key for name, key in brands.items()
                         for form in (name, name.upper(), name[0] + name[1:].lower())}
            before = {block_id: set(matches) for block_id, matches in found.items()}
            _add_word_matches(document, found, {name: ("drug", key) for name, key in
                                                spellings.items()})
            for block in document.blocks:
                if id(block) in found and found[id(block)] != before.get(id(block)):
                    found[id(block)] = _without_restatements(
                        block.nlp_doc, found[id(block)], before.get(id(block), set()))
            brands = lowered
        if sold:
            # as the text spells them (or in a label's capitals), so that a product named by
            # a word ("Ella") is not found in lower-case prose
            spellings = {**{n.upper(): k for n, k in sold.items()}, **sold}
            lowered = {n.lower(): k for n, k in spellings.items()}
            for block_id, matches in found.items():
                # a product's name read as an unknown drug of its own ("Supprelin", by its
                # "-relin") is the drug the text sold it as (in its declaration too, where the
                # drug is the subject already; no MEC005 for it)
                if any(m[0] == "drug" and m[1] in lowered and not known(m[1]) for m in matches):
                    found[block_id] = [("drug", lowered[m[1]], m[2], m[3])
                                       if m[0] == "drug" and m[1] in lowered and not known(m[1])
                                       else m for m in matches]
            before = {block_id: set(matches) for block_id, matches in found.items()
                      if block_id in declared}
            _add_word_matches(document, found, {name: ("drug", key) for name, key in
                                                spellings.items()})
            for block_id, positions in declared.items():
                # ("similarly to elagolix (brand name Orilissa), relugolix …": the bracket's
                # product is no mention beside the compared drug)
                if positions and block_id in found:
                    found[block_id] = [m for m in found[block_id] if m in before[block_id]
                                       or m[2] not in positions]
            for name, key in lowered.items():
                brands.setdefault(name, key)
        return brands

    @staticmethod
    def _table_titles(document) -> dict[int, object]:
        """table line -> its caption block ("Table: …" before or after the table)."""
        titles = {}
        blocks = list(document.blocks)
        for index, block in enumerate(blocks):
            if block.kind is not BlockKind.CAPTION or block.meta.caption_of != "table":
                continue
            for neighbour in (blocks[index + 1:index + 2], blocks[max(0, index - 1):index]):
                cells = [b for b in neighbour if b.kind is BlockKind.TABLE_CELL]
                if cells:
                    titles.setdefault(cells[0].meta.table_line, block)
                    break
        return titles

    def _table_drugs(self, document, mentioned) -> dict[int, tuple[list[str], str]]:
        """An infobox-like table headed by a drug's name: its rows are about that drug."""
        out = {}
        for block in document.blocks:
            if block.kind is BlockKind.TABLE_CELL and block.meta.header and \
                    block.meta.column == 0 and block.text.strip():
                doc = self.nlp.make_doc(block.text.strip())
                found = self.names(doc) or [m for m in self._matches(doc) if m[0] == "class"]
                # "| Testosterone | |": a hormone's name heading an infobox is the medicine.
                known = self.kb.find(block.text.strip()) if not found else None
                if known is not None:
                    found = [("drug", known.key, 0, len(doc))]
                elif not found and len(doc) == 1 and self._unknown_drug(doc[0].text):
                    found = [("drug", doc[0].lower_, 0, 1)]  # "| Molnupiravir | |"
                if found and found[0][2] == 0 and found[0][3] == len(doc):
                    out[block.meta.table_line] = (
                        [found[0][1]] if found[0][0] == "drug" else list(dict.fromkeys(
                            self._members(found[0][1], mentioned) + [f"class:{found[0][1]}"])),
                        found[0][0], found[0][1])
        return out

    def _class_and_members(self, klass, mentioned) -> list[str]:
        """A statement about a class: said of its members and of the class itself."""
        members = self._members(klass, mentioned)
        if stem_class_unnamed(self.kb.classes, klass, members):
            return []
        return list(dict.fromkeys(members + [f"class:{klass}"]))

    def _members(self, klass, mentioned) -> list[str]:
        """The drugs a class statement stands for: those the text names, else the curated."""
        if descriptive(self.kb.classes, klass):
            # A role DrugCentral gives some drugs and not others ("antifungal agent"): a
            # statement about it is kept as said of the class, and of no member.
            return [f"class:{klass}"]
        found = self._class_drugs(klass)
        members = [d.key for d in found if d.key in mentioned] or \
            [d.key for d in found if d.curated]
        if not members and klass in self.kb.classes and not self.kb.classes[klass].get("source"):
            # A curated class with no member known ("GnRH antagonists keep …"): the statement
            # is kept as said of the class, and compared as such.
            return [f"class:{klass}"]
        return members

    def _class_drugs(self, klass) -> list:
        found = self.class_members.get(klass)
        if found is None:
            found = self.class_members[klass] = self.kb.members(klass)
        return found

    def _row_drugs(self, block) -> list[str]:
        if block.kind is not BlockKind.TABLE_CELL or not block.meta.row_header:
            return []
        # (each cell of a row reads its row's header: named once per text)
        cache, header = self._names_by_text, block.meta.row_header
        found = cache.get(header)
        if found is None:
            if len(cache) >= _TEXT_MATCHES_MAX:
                cache.clear()
            found = cache[header] = tuple(
                key for _, key, _, _ in self.names(self.nlp.make_doc(header)))
        return list(found)

    def _span(self, block, doc, start, end) -> tuple[int, int]:
        # (offsets and lengths read once per Doc: no Token objects)
        first, last = doc_arrays.bounds(doc)[start], doc_arrays.bounds(doc)[end - 1]
        return (block.mapping.to_source(first[0]), block.mapping.to_source(last[0] + last[1]))

    def _mentions(self, doc, block, sentence, matches) -> list[DrugMention]:
        out = []
        taken = set()
        for kind, key, start, end in matches:
            if kind == "drug" and (key in self.kb.drugs or not _RING_NAME.match(key)):
                out.append(DrugMention(key, key in self.kb.drugs,
                                       *self._span(block, doc, start, end), sentence,
                                       self._text_drugs.get(key, "")))
            taken.update(range(start, end))
        # The test reads only the spelling: judged once per ORTH id, a Token where it holds.
        first, named = sentence.token_start, self._named_by_orth
        orths = doc_arrays.orths(doc)[first:sentence.token_end]
        for i, orth in enumerate(orths, first):
            if i in taken:
                continue
            judged = named.get(orth)
            if judged is None:
                text = doc[i].text
                lower = text.lower()
                judged = named[orth] = text[:1].isalpha() and len(text) >= 6 and \
                    lower.endswith(self.suffixes) and lower not in self._known_names and \
                    lower not in _NOT_DRUG_WORDS and text[0].isupper() and \
                    not _NOT_A_DRUG_NAME.search(lower) and not _RING_NAME.match(lower)
            if judged and not part_of_longer_name(doc, i):
                token = doc[i]
                text = token.text
                out.append(DrugMention(text.lower(), False, block.mapping.to_source(token.idx),
                                       block.mapping.to_source(token.idx + len(text)), sentence))
        return out

    # -- class membership from table titles and list headers -----------------
    def _membership(self, doc, block, sentence, matches, titles, list_header):
        """'Growth Hormone Peptides' over a table: each first-column drug is called a peptide."""
        if block.kind is BlockKind.TABLE_CELL and block.meta.column == 0:
            sources = []
            title = titles.get(block.meta.table_line)
            if title is not None:
                sources.append((title.text, "table title"))
            if block.meta.column_header:
                sources.append((block.meta.column_header, "table column header"))
            drugs = [m for m in matches if m[0] == "drug"]
        elif block.kind is BlockKind.LIST_ITEM:
            # The paragraph that introduces the list ("These peptides are used:"), else the
            # headings the list stands under ("### GHRH receptor agonists").
            if list_header is not None:
                sources = [(list_header.text.rstrip().rstrip(":").split(". ")[-1],
                            "list header")]
                if points_to_section_class(sources[0][0], (block.section.path or [""])[-1]):
                    sources += [(title, "heading") for title in block.section.path[-2:][::-1]]
            else:
                sources = [(title, "heading") for title in block.section.path[-2:][::-1]]
            drugs = [m for m in matches if m[0] == "drug" and
                     m[2] - sentence.token_start < 2]
        else:
            return []
        # "↑ Urea transport in the collecting duct" under "Secretes two … peptide hormones:"
        drugs = [m for m in drugs if not body_process_after(doc, m[3])]
        out, headed = [], set()
        for text, via in sources:
            said = [(kind, key) for kind, key, _, _ in self._text_matches(text)
                    if kind in ("class", "kind", "target")]
            if via == "heading":
                # the nearest heading that names a class is the list's ("## Statins" under
                # "# Corticosteroids"); one above adds only what it names of another sort
                # (the kind of "## Peptides" over "### GHRH analogues")
                said = [s for s in said if s[0] not in headed]
                headed |= {s[0] for s in said}
            for kind, key in said:
                for _, drug, start, end in drugs:
                    out.append(Assertion(drug, kind, key, True, "asserted", via, sentence,
                                         f"{via}: {text}", self._span(block, doc, start, end)))
        return out

    # -- one sentence ------------------------------------------------------
    def _clauses(self, doc, sentence, matches) -> list[tuple[int, int]]:
        start, end = sentence.token_start, sentence.token_end
        cuts = []
        drugs = [m for m in matches if m[0] == "drug"]
        # (every branch below acts at one of these words: the others are not read)
        words, lowers = doc_words.words(doc), doc_words.lower_words(doc)
        for index in doc_arrays.positions(doc, start, end, self._clause_ids):
            word = lowers[index]
            if word == "until":
                if index > start and any(m[2] > index for m in drugs) and \
                        any(m[0] in ("route", "schedule") and start <= m[2] < index
                            for m in matches) and \
                        not any(m[2] < index for m in drugs if m[1] in
                                {d[1] for d in drugs if d[2] > index}):
                    # "… subcutaneously once daily for at least 5 days and until a stable INR
                    # is achieved with warfarin" (round 24): the time clause after a dose
                    # names its own drug, not the dose's ("Heparin, continued until warfarin
                    # …, is given intravenously": no dose before it, no cut)
                    cuts.append(index)
                continue
            if word in _RESULT_OPENERS:
                if index > start and words[index - 1] in _DASHES and index + 1 < end and \
                        lowers[index + 1] not in ("that", "far", "much", "many", "long"):
                    cuts.append(index)
                continue
            if word == ";" and _name_aside(words, start, index, matches,
                                           _ASIDE_VERBS | self.up | self.down):
                continue  # "Cefiderocol (CFDC; S-649266), a … cephalosporin": one name's aside
            if word in self.contrast or word == ";":
                if index == start:
                    # "While X, Y": the opening clause ends at its first comma.
                    comma = next((i for i in range(start, end) if words[i] == ","), None)
                    if comma is not None:
                        cuts.append(comma + 1)
                elif words[index - 1] in (",", ";") or word == ";":
                    cuts.append(index)
            elif word in ("that", "which", "who") and \
                    _compared_relative(doc, index, drugs) is not None:
                cuts.append(index)  # "unlike rituximab that is …": the comparator's clause
            elif (word in _RELATIVES or (word in _WHOLE_LIST and
                                         _whole_list_relative(doc, index, end))) and \
                    index > start and words[index - 1] == ",":
                # ", which are taken orally," is said of the name before the comma
                cuts.append(index)
                close = next((i for i in range(index, end) if words[i] == ","), None)
                if close is not None and close + 1 < end and \
                        lowers[close + 1] in _CONSEQUENCE_PARTICIPLES:
                    # "which cause a stimulation of the axis, leading to a surge in
                    # testosterone, …": the consequence is the relative clause's too
                    close = next((i for i in range(close + 1, end) if words[i] == ","), close)
                if close is not None:
                    cuts.append(close + 1)
            elif word == "and" and any(m[2] == index + 1 for m in drugs):
                earlier = [m for m in drugs if m[3] <= index]
                between = range(earlier[-1][3], index) if earlier else range(0)
                if earlier and any(lowers[i] not in _LIST_GLUE and words[i] not in _BOUNDARY
                                   for i in between) and not (
                        len(between) <= _LIST_ASIDE and listed_aside(
                            [words[i] for i in between if lowers[i] not in _LIST_GLUE])):
                    cuts.append(index)
        bounds = [start] + sorted(set(cuts)) + [end]
        return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]

    def _modality(self, lowers) -> str:
        if not _HYPOTHETICAL.isdisjoint(lowers):
            return "hypothetical"
        if not _POSSIBLE.isdisjoint(lowers):
            return "possible"
        return "asserted"

    def _sentence(self, doc, block, sentence, matches, state, row_drugs, mentioned):
        administered = not self._administration_ids.isdisjoint(
            doc_arrays.lowers(doc)[sentence.token_start:sentence.token_end]) or (
            block.kind is BlockKind.TABLE_CELL and
            _field_name(block.meta.column_header or "") in _DOSING_COLUMNS)
        # with no giving said, only a frequency right after a named drug's dose is given
        # (True: every frequency; else {its first token: the drug whose dose it follows})
        administered = administered or \
            dosed_schedule(doc, sentence.token_start, sentence.token_end, matches)
        out: list[Assertion] = self._listed_members(doc, block, sentence, matches)
        inside_sentence = [m for m in matches if sentence.token_start <= m[2] < sentence.token_end]
        named_with = and_other_members(doc, inside_sentence)
        if named_with:
            # "Bicalutamide and the other nonsteroidal antiandrogens": said of bicalutamide
            for kind, key, k_start, k_end, drugs in named_with:
                label = self.kb.class_label(key) if kind == "class" else key
                out.extend(Assertion(drug, kind, key, True, "asserted", "mention", sentence,
                                     label, self._span(block, doc, k_start, k_end))
                           for drug in drugs)
            spoken = {(m[2], m[3]) for m in named_with}
            matches = [m for m in matches if (m[2], m[3]) not in spoken]
        # "the peptide molecules abarelix, cetrorelix and ganirelix": each is a peptide
        out.extend(Assertion(drug, "kind", key, True, "asserted", "mention", sentence,
                             doc[k_start:k_end].text, self._span(block, doc, k_start, k_end))
                   for drug, key, k_start, k_end in kinds_before_lists(doc, matches))
        examples = self._examples(doc, block, sentence, matches, state)
        if examples:
            out.extend(examples)
            return out
        previous: list[str] = []
        previous_via = "mention"
        said_of, aside_set = False, False
        for number, (start, end) in enumerate(self._clauses(doc, sentence, matches)):
            inside = [m for m in matches if start <= m[2] and m[3] <= end]
            owners = aside_owners(doc, inside, start, end)
            if owners:
                # "(another antiestrogen that acts by blocking the estrogen receptor)" after
                # "tamoxifen": said of tamoxifen, not of the clause's subject
                aside = [m for m in inside if m[2] in owners]
                inside = [m for m in inside if m[2] not in owners]
                for owner in dict.fromkeys(owners.values()):
                    own = [m for m in aside if owners[m[2]] == owner]
                    claims = self._subjects(doc, sentence, start, own, [], mentioned)[2]
                    out.extend(self._clause(doc, block, sentence, start, end, own, [owner],
                                            "mention", claims, administered,
                                            cued_targets=state.cued_targets))
            if hormone_antecedent(doc, start, matches):
                continue  # "ghrelin, a natural hormone …, which binds to …": the hormone's
            antecedent = self._antecedent(doc, start, matches, mentioned)
            if antecedent:
                # a relative clause: said of its antecedent, and the sentence goes on after it
                out.extend(self._clause(doc, block, sentence, start, end, inside, antecedent,
                                        "mention", [], administered, own_relative=True,
                                        cued_targets=state.cued_targets))
                continue
            subjects, via, class_claims = self._subjects(
                doc, sentence, start, inside, row_drugs, mentioned,
                block.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_CELL),
                self._named_by(state.block_drugs, start))
            if via == "class" and number == 0 and defines_heading_drug(
                    doc, start, subjects, state.heading, state.heading_via):
                # a glossary entry's definition: the class is said of the heading's drug
                named = {s[len("class:"):] for s in subjects if s.startswith("class:")}
                class_claims = class_claims + [("class", m[1], m[2], m[3], False)
                                               for m in inside if m[0] == "class" and
                                               m[1] in named]
                subjects, via = state.heading, "heading"
            antecedent_drugs = state.current or (
                state.heading if state.heading_via == "heading" else [])
            pronoun = pronoun_subject(doc, start, end) if via in ("mention", "class") and \
                subjects and antecedent_drugs else None
            # "It is used … together with a low fat diet, when a statin is not sufficient"
            # (round 20): a class after the verb is no more the subject than a drug there
            named = [m for m in inside if m[0] == "drug" and m[1] in subjects] \
                if via == "mention" else [m for m in inside if m[0] == "class" and
                                          f"class:{m[1]}" in subjects]
            if pronoun is not None and (via == "mention" or named) and all(
                    in_pronoun_predicate(doc, pronoun, m[2], m[3], end) and
                    not named_with_class(doc, m[2], inside) for m in named):
                # "It is a prodrug of dextroamphetamine", "In addition, it inhibits dopamine
                # and serotonin reuptake": the drugs after its verb are objects; "it" is
                # the drug the text is about
                subjects = antecedent_drugs
                via = "class" if state.current and state.via == "class" else "anaphor"
            if not subjects and not row_drugs and not previous and \
                    opens_with_hormone(doc, start, end, inside):
                # "Testosterone can be taken by a variety of routes": the medicine
                given = hormone_given(doc, start, end, inside, self.kb.find)
                subjects, via = ([given], "mention") if given else (subjects, via)
            if via == "body" or (not subjects and not row_drugs and not previous and (
                    opens_with_hormone(doc, start, end, inside) or (
                        state.body and self._drug_noun_ids.isdisjoint(
                            doc_arrays.lowers(doc)[start:min(end, start + _ANAPHOR_WINDOW)])))):
                # "GLP-1 is an incretin that increases insulin release. The incretins also
                # suppress glucagon": the body's hormones, not the drug the section is about
                previous, previous_via, state.body = [], "mention", True
                continue
            if not subjects and previous and not names_other_subject(doc, start, end):
                subjects, via = previous, previous_via if number == 0 else "clause"
            # Under "## Letrozole" the first sentence without a subject, and every list item
            # without one, is about letrozole.
            # An item's opening sentence without a subject is about what its list is about.
            item = block.kind is BlockKind.LIST_ITEM and sentence is block.sentences[0]
            if not subjects and number == 0 and item and state.list_topic:
                subjects, via = state.list_topic, "list header"
            if not subjects and number == 0 and state.heading and (not state.current or item):
                subjects, via = state.heading, state.heading_via
            # "rising doses of LGD-4033 administered daily": the clause doses a compound it
            # names by a code name no vocabulary knows; it is about that compound, so neither
            # an anaphor nor a presupposed dose or route gives it to the drug before (i373);
            # an opening pronoun is still the drug ("It is given as doses of …", i382)
            own_compound = not subjects and dose_of_code_name(
                doc, start, end, self.kb.find) and not _drug_pronoun(
                doc, start, min(end, start + _ANAPHOR_WINDOW), self._anaphora_ids)
            if not subjects and (number == 0 or not previous) and not own_compound:
                # (the clause's first words by LOWER id)
                words = doc_arrays.lowers(doc)
                pronoun = _drug_pronoun(doc, start, min(end, start + _ANAPHOR_WINDOW),
                                        self._anaphora_ids) and \
                    not expletive_it(doc, start, end)  # people are "they", never "it"
                if state.via != "class" and points_to_analogues(doc, start, end,
                                                                _ANAPHOR_WINDOW):
                    # "These analogues lower LH": the drug's analogues, not the drug
                    previous, previous_via = [], via
                    continue
                # "Continuous infusion suppresses LH": how the drug of the text is given.
                delivery = (any(m[0] == "schedule" and m[2] < start + 3 for m in inside) or
                            not self._administration_ids.isdisjoint(
                                words[start:min(end, start + 3)])) and \
                    given_name(doc, start, end, _ADMINISTRATION) is None
                if pronoun or delivery or self._definite_drug(doc, start, end) \
                        or opens_with_quantifier(doc, start, end) or \
                        self._restated_effect(doc, start, end) is not None or \
                        opens_with_action(doc, start, end):
                    # "It functions by …", "By blocking …, they increase …", "This leads to …"
                    subjects = state.current
                    via = "class" if state.via == "class" else "anaphor"
                    if not subjects and state.heading_via == "heading" and pronoun:
                        # "# Semaglutide" … "Common side effects include …. It works like
                        # GLP-1 and …": nothing since is a drug, the pronoun is the heading's
                        subjects, via = state.heading, "anaphor"
                    counted = counted_anaphor(doc, start, end)
                    if counted and counted != len(subjects) and \
                            len(state.named) == counted:
                        # "… was cimetidine, which was followed by ranitidine, famotidine,
                        # and nizatidine. All four of these agents …": the drugs counted
                        subjects, via = list(state.named), "anaphor"
                    if self._plural_to_class(doc, start, end, state):
                        # "Omeprazole was the first PPI. These agents are taken …": the class
                        subjects, via = state.topic, "class"
            if number == 0 and not subjects:
                # "Side effects of GnRH agonists …. They are …": a mention that is not the
                # subject is still what a pronoun in the next sentence can point back to.
                # ("the potential of androgen signaling": a class word before the body's
                # process or a quality names no medicine a pronoun can point back to)
                # ("the biological target of androgens like testosterone": a class given
                # with its examples illustrates what was said, it is not what the text goes
                # on about; "blood levels of dopamine, adrenaline, and noradrenaline": the
                # substances measured)
                aside = [m for m in inside if m[0] in ("drug", "class") and m[2] > start
                         and doc[m[2] - 1].lower_ == "of" and not hyphen_modifier(doc, m[3])
                         and not (m[0] == "class" and m[3] < len(doc) and doc[m[3]].lower_
                                  in _HORMONE_HEADS | _CLASS_QUALITY_NOUNS)
                         and not _heads_examples(doc, m[3], end)
                         and not (m[2] >= 2 and doc[m[2] - 2].lower_ in _MEASURED_AMOUNTS)]
                if aside:
                    kind, key = aside[0][0], aside[0][1]
                    state.current = [key] if kind == "drug" else \
                        self._class_and_members(key, mentioned)
                    state.current_with = [m[1] for m in matches if m[0] == "drug"]
                    state.via = "mention" if kind == "drug" else "class"
                    state.block, aside_set = id(block), True
                    previous, previous_via = [], via
                    continue
            if subjects:
                # The text is now about these drugs; a sentence about something else ends that.
                state.current, state.via, state.block = (
                    antecedents(doc, start, subjects, inside) if via == "mention" else
                    subjects), via, id(block)
                state.current_with = [m[1] for m in matches if m[0] == "drug"]
                state.body = False
                said_of = True
                if via == "class" and any(s.startswith("class:") for s in subjects):
                    state.topic = subjects
            previous, previous_via = subjects, via
            presupposed = set()
            if not subjects and (state.current or state.heading) and not own_compound:
                if presupposed_route(doc, start, end, inside):
                    presupposed.add("route")
                if presupposed_schedule(doc, start, end, inside):
                    presupposed.add("schedule")
            if "route" in presupposed:
                # "Cmax occurred 2 days after subcutaneous administration": the route of the
                # drug the text is about, and nothing else of this clause is said of it: the
                # section's drug where the sentence the text's drug came from named it too
                # ("Fixed combinations of naltrexone and bupropion"), the text's drug where
                # that sentence named another alone ("Some men use leuprorelin instead. The
                # depot is given …")
                owner = state.heading if state.heading and not set(state.heading).isdisjoint(
                    state.current + state.current_with) else state.current or state.heading
                # "An implant … was also developed but was not marketed" (round 24): a form
                # the drug never came in, no route to hold against another
                unmarketed = never_marketed(doc, start, end)
                out.extend(replace(a, modality="additional") if unmarketed else a
                           for a in self._clause(doc, block, sentence, start, end, inside, owner,
                                                 "anaphor", [], administered,
                                                 cued_targets=state.cued_targets)
                           if a.attribute == "route")
            if "schedule" in presupposed:
                # "The recommended dose is 10 to 80 mg once daily": the dose of the drug the
                # section is about (not of "amlodipine", named as a combination's partner)
                out.extend(a for a in self._clause(
                    doc, block, sentence, start, end, inside, state.heading or state.current,
                    "anaphor", [], administered, cued_targets=state.cued_targets)
                    if a.attribute == "schedule")
            holders = state.acting_on.get(target_found_in(doc, start, end, inside), []) \
                if not subjects and not row_drugs and state.acting_on else []
            if holders:
                out.extend(a for a in self._clause(
                    doc, block, sentence, start, end, inside, list(dict.fromkeys(holders)),
                    "anaphor", [], administered, cued_targets=state.cued_targets)
                    if a.attribute == "site")
            if not subjects:
                continue
            out.extend(self._clause(doc, block, sentence, start, end, inside, subjects, via,
                                    class_claims, administered,
                                    relative_antecedent(doc, start, matches, "target"),
                                    cued_targets=state.cued_targets))
            out.extend(self._this_class(doc, block, sentence, start, end, inside, subjects,
                                        via, state))
        named = [m[1] for m in matches if m[0] == "class"]
        if named:
            state.last_class = named[-1]
        state.named = list(dict.fromkeys(m[1] for m in matches if m[0] == "drug"))
        if not said_of and not aside_set and (state.block != id(block) or any(
                m[0] in ("drug", "class", "hormone") for m in matches)):
            # ("Use during pregnancy can harm the baby. They work by …": a sentence that
            # names no drug, class or hormone keeps its paragraph's subject for the pronoun
            # after it; "Upon receiving GnRH, the pituitary …" moves on to physiology.)
            state.current, state.via = [], "mention"
        return out

    def _this_class(self, doc, block, sentence, start, end, matches, subjects, via, state):
        """'…, the first in this class of agents': the class the section named last."""
        if state.last_class is None or any(m[0] == "class" for m in matches):
            return []
        words = doc_words.lower_words(doc)[start:end]
        at = next((i for i, (a, b) in enumerate(zip(words, words[1:]))
                   if a in ("this", "that", "same") and b in _GROUP_WORDS), None)
        if at is None or at >= 2 and words[at - 1] in ("of", "in", "within") and \
                words[at - 2] in _MEMBER_NOUNS:
            # "The drugs of this class act as agonists …", "Later generation drugs in this
            # class are used …": the class's drugs are pointed at, not classed
            return []
        span = self._span(block, doc, start + at, start + at + 2)
        return [Assertion(drug, "class", state.last_class, True, self._modality(words), via,
                          sentence, self.kb.class_label(state.last_class), span)
                for drug in subjects if not drug.startswith("class:")]

    def _antecedent(self, doc, start, matches, mentioned) -> list[str]:
        """', which are taken orally': the drug or class named just before the comma."""
        compared = _compared_relative(doc, start, matches)
        if compared is not None:
            return [compared]  # "unlike rituximab that is a mouse-human chimeric molecule"
        whole = _whole_list_relative(doc, start, len(doc))
        if start < 2 or (doc[start].lower_ not in _RELATIVES and not whole) or \
                doc[start - 1].text != ",":
            return []
        last = start - 1
        if doc[last - 1].text == ")":
            # "avanafil (Stendra: 2012), all of which": the name before its bracket
            last = next((t.i for t in reversed(doc[max(0, last - _ASIDE_REACH):last - 1])
                         if t.text == "("), last)
        named = next((m for m in matches if m[3] == last and m[0] in ("drug", "class")),
                     None)
        if named is None:
            return []
        if named[0] == "drug" and (whole or start + 1 < len(doc) and
                                   doc[start + 1].lower_ in _PLURAL_VERBS):
            # "A, B and C, which are given orally": the whole list
            return coordinated_drugs(doc, matches, named)
        return [named[1]] if named[0] == "drug" else self._class_and_members(named[1],
                                                                             mentioned)

    def _restated_effect(self, doc, start, end) -> int | None:
        """'In men, the reduction in LH subsequently leads to …', 'The diminished LH
        stimulation results in …': a definite description of the effect just said goes on
        about the same drug, like a pronoun; where its word of effect is (the effect it
        restates was said before)."""
        index, lowers = start, doc_words.lower_words(doc)
        while index < end and index - start < _OPENING_REACH and lowers[index] != "the":
            index += 1
        if index >= end - 1 or lowers[index] != "the":
            return None
        following = index + 1
        if self._direction_at(doc, following) is None or lowers[following] in _DRUG_NOUNS:
            return None
        return following

    @staticmethod
    def _plural_to_class(doc, start, end, state) -> bool:
        """'These agents', 'they' after a sentence about one member of the class the
        section is about: the class, not that one drug."""
        if not state.topic or len(state.current) != 1 or state.current[0].startswith("class:"):
            return False
        opening = [t.lower_ for t in doc[start:min(end, start + 3)]]
        return bool(set(opening) & _PLURAL_ANAPHORA) and state.current[0] in state.topic

    def _examples(self, doc, block, sentence, matches, state) -> list[Assertion]:
        """'Common examples include atenolol, metoprolol and propranolol.' after a sentence
        about beta blockers: each is called one."""
        start, end = sentence.token_start, sentence.token_end
        classes = [s[len("class:"):] for s in state.current if s.startswith("class:")]
        reach = 4
        if points_to_section_class(sentence.text):
            # "Drugs of this class include …": the class the section last named, else the
            # one its heading names
            classes = [state.last_class] if state.last_class else self._heading_classes(block)
            reach = 8
        if len(classes) != 1 or any(m[0] == "class" for m in matches):
            return []
        opening = [t.lower_ for t in doc[start:min(end, start + reach)]]
        by_start = {m[2]: m for m in matches}
        if not {"include", "includes"} & set(opening):
            # "This discussion will cover eight agents: betamethasone, …"
            drugs = counted_list(doc, start, end, by_start)
            verb = start
        else:
            verb = start + next(i for i, w in enumerate(opening)
                                if w in ("include", "includes"))
            drugs = self._list_after(doc, verb + 1, end, by_start)
            if by_start.get(verb + 1, ("",))[0] != "drug":
                return []
        if not drugs:
            return []
        klass = classes[0]
        state.current = list(dict.fromkeys(drugs + [f"class:{klass}"]))
        state.current_with = list(state.current)
        state.block = id(block)
        span = self._span(block, doc, start, verb + 1)
        return [Assertion(drug, "class", klass, True, "asserted", "anaphor", sentence,
                          self.kb.class_label(klass), span) for drug in drugs]

    def _bracketed_classes(self, doc, block, sentence, matches, said) -> list[Assertion]:
        """'Atorvastatin is a commonly used cholesterol lowering agent (statin)': the class
        in brackets is said of whatever the class before it is said of."""
        out = []
        for outer, (c_start, c_end), (key, b_start, b_end), renamed in bracketed_class_names(
                doc, sentence.token_start, sentence.token_end, matches):
            at = self._span(block, doc, c_start, c_end)
            span = self._span(block, doc, b_start, b_end)
            if renamed:
                # "The aminopenicillins (sometimes referred to as third generation …)"
                out.append(Assertion(f"class:{outer}", "class", key, True, "asserted",
                                     "mention", sentence, self.kb.class_label(key), span))
                continue
            out += [replace(a, value=key, evidence=self.kb.class_label(key), at=span)
                    for a in said if a.attribute == "class" and a.at == at]
        return out

    def _role_phrases(self, doc, block, sentence, matches, said) -> list[Assertion]:
        """'Avacopan, an orally administered C5a receptor antagonist, …': a class or a target
        the definition gives in words the knowledge base has no name for
        (mechanism_role_phrases.py). Only where nothing else of that attribute is read of the
        drug in the sentence, and only where the knowledge base has no value of its own for
        the drug to judge it by (a name of the text's is no contradiction of a key)."""
        out = []
        for reading in role_readings(doc, sentence.token_start, sentence.token_end, matches,
                                     _TEXT_DRUG_WORDS.role_heads, _ROLE_PHRASE_QUALITIES,
                                     _TEXT_DRUG_WORDS.role_objects, _ROLE_PHRASE_NOT_ENZYMES):
            if any(a.drug == reading.drug and a.attribute == reading.attribute for a in said):
                continue
            known = self.kb.drugs.get(reading.drug)
            if known is not None and (known.targets if reading.attribute == "target" else (
                    known.drug_class or known.other_classes)):
                continue
            out.append(Assertion(reading.drug, reading.attribute, reading.value, True,
                                 "asserted", "mention", sentence, reading.words,
                                 self._span(block, doc, reading.start, reading.end)))
        return out

    def _heading_classes(self, block) -> list[str]:
        for title in block.section.path[::-1]:
            named = [m[1] for m in self._text_matches(title) if m[0] == "class"]
            if named:
                return named[:1]
        return []

    def _definite_drug(self, doc, start, end) -> bool:
        """'The drug blocks …', 'this medication is taken …': the drug the text is about."""
        # (each two words after one another, by LOWER id: no Token objects)
        lowers, definite, nouns = doc_arrays.lowers(doc), self._definite_ids, self._drug_noun_ids
        return any(lowers[i] in definite and lowers[i + 1] in nouns
                   for i in range(start, min(end, start + _ANAPHOR_WINDOW) - 1))

    def _heading_appositions(self, doc, block, sentence, matches) -> list[Assertion]:
        """'# Cefiderocol, a Novel Siderophore Cephalosporin, against Gram-Negative
        Bacteria', '# Cenobamate, a Sodium Channel Inhibitor and …, for Partial Onset
        Seizures' (rounds 18, 22): a title sets a class in apposition after the drug it
        names, the class (or kind) closed by a comma, a colon, 'and' or the title's end."""
        out, end = [], sentence.token_end
        by_start = {m[2]: m for m in matches}
        lowers = doc_words.lower_words(doc)
        for kind, key, m_start, m_end in matches:
            if kind != "drug" or m_end + 2 >= end or lowers[m_end] != "," or \
                    lowers[m_end + 1] not in ("a", "an"):
                continue
            at = m_end + 2
            while at < end and at - m_end - 2 <= _MODIFIER_REACH:
                found = by_start.get(at)
                if found is not None and found[0] in ("class", "kind"):
                    if found[3] < end and lowers[found[3]] not in (",", ":", "and"):
                        at = found[3]  # a modifier of the head ("Siderophore Cephalosporin")
                        continue
                    label = self.kb.class_label(found[1]) if found[0] == "class" \
                        else found[1]
                    out.append(Assertion(key, found[0], found[1], True, "asserted",
                                         "mention", sentence, label,
                                         self._span(block, doc, found[2], found[3])))
                    break
                if found is not None or not (doc[at].is_alpha or lowers[at] == "-") or \
                        lowers[at] in _TITLE_APPOSITION_STOPS:
                    # another name, or punctuation: no apposition of this kind; nor past a
                    # preposition, a conjunction or a second article ("Metformin, a
                    # Comparison with an SGLT2 Inhibitor": the class is the comparison's)
                    break
                at += 1
        return out

    def _listed_members(self, doc, block, sentence, matches) -> list[Assertion]:
        """'calcineurin inhibitors (e.g., cyclosporine and tacrolimus)', 'the IL-6 inhibitor
        tocilizumab', 'SERMs such as clomiphene': the class is said of each drug listed."""
        if not any(m[0] in ("class", "kind") for m in matches):
            # (every reading below starts from a class or kind named: most sentences have none)
            return []
        out = []
        end = sentence.token_end
        by_start = {m[2]: m for m in matches}
        for kind, key, m_start, m_end in matches:
            if kind not in ("class", "kind"):
                continue
            label = self.kb.class_label(key) if kind == "class" else key
            following = by_start.get(m_end)
            if kind == "kind" and following is not None and following[0] == "class":
                # "steroidal antiandrogens like cyproterone acetate": the kind qualifies the
                # class, and is said of the members listed after it too
                m_end, following = following[3], by_start.get(following[3])
            if following is None and m_end + 3 < end and doc[m_end].text == "(" and \
                    doc[m_end + 2].text == ")" and by_start.get(m_end + 3, ("",))[0] == "drug":
                # "the nonsteroidal antiandrogen (NSAA) bicalutamide"
                following = by_start[m_end + 3]
            if following is not None and following[0] == "drug" and \
                    plural_before_one(doc, m_end, following[3], by_start):
                continue  # "Contrary to GNRH agonists Danazol does not …": no label
            if following is not None and following[0] == "drug" and \
                    _plural_label(doc, m_end) and \
                    self._compared_label(doc, sentence.token_start, m_start):
                continue  # "Unlike NSAIDs paracetamol and codeine …": a comma missing
            if following is not None and following[0] == "drug":
                # "Immunomodulatory drugs lenalidomide and pomalidomide are …", "the GnRH
                # agonists leuprorelin and goserelin": a plural label heads the whole list
                listed = apposed_list(doc, following[2], end, by_start) \
                    if _plural_label(doc, m_end) else [following[1]]
                if len(listed) > 1 and _list_modifies_noun(doc, following[2], end, by_start):
                    # "sitagliptin and metformin combinations": the last name modifies a noun
                    listed = listed[:-1]
                out.extend(Assertion(drug, kind, key, True, "asserted", "mention", sentence,
                                     label, self._span(block, doc, m_start, m_end))
                           for drug in listed or [following[1]])
                continue
            index, cue = self._member_cue(doc, m_end, end)
            if cue is None and m_end + 1 < end and doc[m_end].text == "(" and \
                    by_start.get(m_end + 1, ("",))[0] == "drug":
                index, cue = m_end + 1, ()  # "The GLP-1 receptor agonists (exenatide, …)"
            if cue is None and m_end < end and doc[m_end].lower_ in ("are", "include",
                                                                     "includes", "is", "and"):
                # "The most widely used GnRH analogues are leuprorelin and triptorelin.";
                # "… are also referred to as opiates and include morphine and codeine"
                at = m_end + 1 if doc[m_end].lower_ == "and" else m_end
                if at < end and doc[at].lower_ in ("are", "include", "includes", "is") and \
                        first_member_at(doc, at + 1, end, by_start) is not None:
                    index, cue = at, (doc[at].lower_,)
            if cue is None and kind == "class" and self._heads_list(doc, sentence, m_start,
                                                                     m_end, by_start):
                # "Five SGLT2 inhibitors, bexagliflozin, …, are"
                out.extend(Assertion(drug, kind, key, True, "asserted", "mention", sentence,
                                     label, self._span(block, doc, m_start, m_end))
                           for drug in apposed_list(doc, m_end + 1, end, by_start))
                continue
            if cue is None:
                index = self._members_follow(doc, m_end, end, by_start)
                cue = () if index is not None else None
            if cue is None:
                index = self._include_after_qualifier(doc, m_end, end, by_start)
                cue = (doc[index].lower_,) if index is not None else None
            if cue is None:
                continue
            if cue and cue[0] in ("include", "includes"):
                index = past_aside(doc, index + 1, end) - len(cue)
            first = doc_words.lower_words(doc)[sentence.token_start:sentence.token_start + 2]
            opening = (first[:1] in _COMPARISON_OPENERS or first in _COMPARISON_OPENERS) and \
                m_start - sentence.token_start <= _OPENING_REACH
            for drug in self._list_after(doc, index + len(cue), end, by_start, opening):
                out.append(Assertion(drug, kind, key, True, "asserted", "mention", sentence,
                                     label, self._span(block, doc, m_start, m_end)))
        listed = {(a.drug, a.value) for a in out}
        out += [Assertion(drug, "class", key, True, "asserted", "mention", sentence,
                          self.kb.class_label(key), self._span(block, doc, k_start, k_end))
                for key, k_start, k_end, drugs in bracketed_members(
                    doc, sentence.token_start, end, matches) + appositive_classes(
                    doc, sentence.token_start, end, matches) + divided_into(
                    doc, sentence.token_start, end, matches) + stated_memberships(
                    doc, sentence.token_start, end, matches) + counted_members(
                    doc, sentence.token_start, end, matches) + ranked_members(
                    doc, sentence.token_start, end, matches)
                for drug in drugs if (drug, key) not in listed]
        for key, k_start, k_end, listed in subclasses_listed(doc, sentence.token_start, end,
                                                             matches):
            # "Major anticonvulsants include hydantoin derivatives, barbiturates, …": each
            # class listed is one of the first, each drug listed a member
            label, span = self.kb.class_label(key), self._span(block, doc, k_start, k_end)
            said = {(a.drug, a.value) for a in out}
            out += [Assertion(f"class:{member}" if kind == "class" else member, "class", key,
                              True, "asserted", "class" if kind == "class" else "mention",
                              sentence, label, span)
                    for kind, member in listed if (member, key) not in said]
        partners = combination_partners(doc, sentence.token_start, end, matches)
        if partners:
            out = [a for a in out if a.drug not in partners or not self._classed_elsewhere(a)]
        out += self._generations(doc, block, sentence, matches, out)
        # "…, oral hypoglycemic agents that …", "oral anticoagulants such as warfarin": the
        # class's name says how its members are given
        starts = {(m[1], m[3]): m[2] for m in matches if m[0] == "class"}
        routes = []
        for (key, m_end), m_start in starts.items():
            route = self.route_adjectives.get(doc[m_start].lower_)
            if route is None or m_end - m_start < 2:
                continue
            span = self._span(block, doc, m_start, m_start + 1)
            routes += [Assertion(a.drug, "route", route, True, "asserted", "mention", sentence,
                                 doc[m_start].text, span)
                       for a in out if a.attribute == "class" and a.value == key]
        return out + list({(r.drug, r.value): r for r in routes}.values())

    def _other_hormone_medicine(self, doc, matches, start: int, end: int, subjects) -> bool:
        """A route word joined to a hormone's name ("topical testosterone", "testosterone
        creams") says how that hormone is given as a medicine: another drug than the subjects,
        unless a subject is that medicine or one of its forms ("testosterone undecanoate")."""
        for kind, key, m_start, m_end in matches:
            if kind != "hormone" or not (m_start == end or m_end == start):
                continue
            name = doc[m_start:m_end].text
            medicine = self.kb.find(name)
            if medicine is None:
                return False
            word = name.lower()
            return not any(s == medicine.key or word in s.lower().split() for s in subjects)
        return False

    def _unmatched_medicine_before(self, doc, matches, start: int, subjects) -> bool:
        """'nicotine replacement therapies like nicotine patches and nicotine gum' (varenicline,
        Wikipedia, round 30): a word the text does not match as a drug (a common word) but the
        knowledge base knows, right before a route word, names that medicine's product; the
        route is not the subjects'."""
        if start == 0 or not doc[start - 1].is_alpha or any(
                m[2] <= start - 1 < m[3] for m in matches):
            return False
        medicine = self.kb.find(doc[start - 1].text)
        if medicine is None or not subjects or medicine.key in subjects:
            return False
        # the subject's own product, said to be it: "Ferric carboxymaltose is an iron
        # infusion", "taken as iron tablets"; or its own name's word ("testosterone gel" of
        # testosterone cypionate)
        word = doc[start - 1].lower_
        return not (_said_as_product(doc_words.lower_words(doc), start - 1) or
                    any(word in subject.split() for subject in subjects))

    def _names_subject(self, subject: str, kind: str, key: str) -> bool:
        """The drug or class named is the subject, or a class the subject may belong to (a
        drug the knowledge base does not know, or does not class, is given the benefit)."""
        if kind == "drug":
            return subject == key
        if subject.startswith("class:"):
            return subject == "class:" + key
        drug = self.kb.drugs.get(subject)
        if drug is None or not (drug.drug_class or drug.other_classes):
            return True
        return drug.has_class(key)

    def _classed_elsewhere(self, assertion) -> bool:
        """The knowledge base classes the drug, and not in the class said of it."""
        drug = self.kb.drugs.get(assertion.drug)
        spec = self.kb.classes.get(assertion.value, {})
        if drug is None or not drug.other_classes or assertion.attribute != "class":
            return False
        klass = assertion.value
        while not spec.get("checked", True) and spec.get("parent"):
            klass = spec["parent"]  # a generation is checked through its class
            spec = self.kb.classes.get(klass, {})
        return spec.get("checked", True) and not drug.has_class(klass)

    def _generations(self, doc, block, sentence, matches, listed) -> list[Assertion]:
        """The generation a list gives its members: 'Parenterally administered cephalosporins
        include cefazolin (Ancef: 1st generation), cefepime (Maxipime: 4th)', 'divided into
        first-generation (cefazolin, cephalexin) and second-generation (…)' make each drug a
        member of the class's subclass of that generation, where the knowledge base has one."""
        start, end = sentence.token_start, sentence.token_end
        if not any(m[0] == "class" for m in matches):
            return []
        out, said = [], {(a.drug, a.value) for a in listed}
        asides = generation_asides(doc, start, end, matches)
        for a in listed:
            ordinal = asides.get(a.drug) if a.attribute == "class" else None
            sub = ordinal and generation_subclass(self.kb.classes, a.value, ordinal)
            if sub and (a.drug, sub) not in said:
                said.add((a.drug, sub))
                out.append(replace(a, value=sub, evidence=self.kb.class_label(sub)))
        groups = generation_groups(doc, start, end, matches)
        divided = [m for m in matches if m[0] == "class" and start <= m[2] < end and any(
            generation_subclass(self.kb.classes, m[1], g[0]) for g in groups)]
        for ordinal, g_start, g_end, drugs in groups if divided else []:
            klass = divided[0]
            sub = generation_subclass(self.kb.classes, klass[1], ordinal)
            out += [Assertion(drug, "class", sub, True, "asserted", "mention", sentence,
                              self.kb.class_label(sub), self._span(block, doc, g_start, g_end))
                    for drug in drugs if sub and (drug, sub) not in said]
        return out

    def _heads_list(self, doc, sentence, m_start, m_end, by_start) -> bool:
        """A class that opens its sentence followed by a comma and two drugs or more: 'Five
        specific SGLT2 inhibitors, bexagliflozin, canagliflozin, …, are available' (not
        'aspirin, NSAIDs, ibuprofen', where the class is one item of a list)."""
        end = sentence.token_end
        if m_end + 1 >= end or doc[m_end].text != "," or \
                by_start.get(m_end + 1, ("",))[0] != "drug":
            return False
        if m_start == sentence.token_start or any(
                by_start.get(i, ("",))[0] in ("drug", "class", "hormone", "target")
                or doc[i].text in (",", ";", ":") for i in range(sentence.token_start, m_start)):
            return False  # (a class opening the sentence bare is as often one item of a list)
        if opens_bracket(doc, m_start):
            return False  # "medications (statins, metformin, …)": one item of the bracket's list
        if taken_class(doc, sentence.token_start, m_start):
            # "in HIV positive patients taking protease inhibitors, delavirdine, and efavirenz"
            # (round 12): the medicines taken, the class one item of their list
            return False
        return len(apposed_list(doc, m_end + 1, end, by_start)) >= 2

    @staticmethod
    def _include_after_qualifier(doc, m_end, end, by_start) -> int | None:
        """Where 'include' stands after a class and words that narrow it, before its members:
        'The major calcium channel blockers used in the United States include amlodipine, …',
        'Nonselective beta-blockers (common brand name …) include propranolol, …'."""
        depth, outside, lowers = 0, 0, doc_words.lower_words(doc)
        for index in range(m_end, min(end, m_end + _QUALIFIER_REACH + _ASIDE_REACH)):
            word = lowers[index]
            if word in ("(", "["):
                depth += 1
            elif word in (")", "]", "):", "]:"):  # (the tokenizer keeps "):" whole)
                depth -= 1
            elif depth > 0:
                continue  # an aside: "(common brand name and the year of approval)"
            elif (outside := outside + 1) > _QUALIFIER_REACH:
                return None
            elif word in ("that", "which") and index + 1 < end and \
                    lowers[index + 1] in ("are", "is", "were") and not depth:
                continue  # "the DPP-4 inhibitors that are available in the United States"
            elif word in ("are", "is", "were") and lowers[index - 1] in ("that", "which"):
                continue
            elif index in by_start or word in _QUALIFIER_STOPS:
                return None  # another name, a clause or a coordination comes first
            elif word in ("include", "includes"):
                # "include (with brand names and year of approval): sitagliptin (…), …"
                first = past_aside(doc, index + 1, end)
                return first - 1 if first_member_at(doc, first, end, by_start) is not None \
                    else None
        return None

    @staticmethod
    def _members_follow(doc, m_end, end, by_start) -> int | None:
        """Where a list of the class's members starts after a colon: 'a number of statins
        are on the market: atorvastatin, …', '… inhibitors in clinical use include two agents
        of similar structure: finasteride and dutasteride'."""
        words = doc_words.words(doc)
        for index in range(m_end, min(end, m_end + _MEMBER_LIST_REACH)):
            match = by_start.get(index)
            if match is not None and match[0] in ("drug", "class"):
                return None  # something else is named before any list
            if words[index] in (";", "."):
                return None
            if words[index] == ":":
                following = by_start.get(index + 1)
                return index + 1 if following is not None and following[0] == "drug" else None
        return None

    @staticmethod
    def _member_cue(doc, index, end):
        texts = doc_words.words(doc)
        if index < end and texts[index] == "(" and not _heads_examples(doc, index + 1, end):
            # "a selective estrogen receptor modulator (SERM), such as tamoxifen": past the
            # class's abbreviation
            close = next((i for i in range(index + 1, min(end, index + 5)) if texts[i] == ")"),
                         None)
            index = close + 1 if close is not None else index
        if index < end and texts[index].lower() in _COLLECTIVE_NOUNS:
            index += 1  # "drugs in the SSRI class, such as fluoxetine" (round 22)
        while index < end and texts[index] in ("(", ","):
            index += 1
        # (the words there read once: each cue compares its first words)
        words = tuple(doc_words.lower_words(doc)[index:index + _MEMBER_CUE_WORDS])
        cue = next((c for c in _MEMBER_CUES if words[:len(c)] == c), None)
        return (index, cue) if cue else (index, None)

    def _introduces_members(self, doc, m_start, m_end, matches) -> bool:
        if any(m[0] == "drug" and m[2] == m_end for m in matches):
            return True
        if m_end < len(doc) and doc[m_end].text == "(" and \
                any(m[0] == "drug" and m[2] == m_end + 1 for m in matches):
            return True
        index, cue = self._member_cue(doc, m_end, len(doc))
        if cue in _WEAK_CUES:
            # "ARBs, specifically losartan, …" lists; "a GHRH analog, specifically targets …"
            # says something else
            return any(m[0] == "drug" and m[2] == index + len(cue) for m in matches)
        return cue is not None

    @staticmethod
    def _list_after(doc, start, end, by_start, opening=False) -> list[str]:
        """The drugs of the list that starts at `start` (nested parentheses included). In a
        sentence's opening comparison (`opening`: "Unlike steroidal antiandrogens like
        cyproterone acetate, flutamide has …"), a drug after a comma that a conjunction
        closed the list before, or that its verb follows, is the main clause's subject."""
        drugs, depth, strangers, index = [], 0, 0, start
        words, lowers = doc_words.words(doc), doc_words.lower_words(doc)
        closed = False  # an "and"/"or" before the list's last item
        while index < end:
            text = words[index]
            match = by_start.get(index)
            if opening and drugs and depth == 0 and match is not None and \
                    match[0] == "drug" and words[index - 1] == "," and (
                        closed or (match[3] < end and lowers[match[3]] not in _LIST_GLUE
                                   and words[match[3]] != ")")):
                break
            closed = closed or (depth == 0 and lowers[index] in ("and", "or"))
            if text == "(":
                depth += 1
            elif text == ")":
                depth -= 1
                if depth < 0:
                    break
            elif text in (";", ":") and depth == 0:
                break
            if match is not None:
                if match[0] in ("class", "kind") and depth == 0 and index > start and \
                        _joined_sibling(lowers, start, index) and \
                        _heads_examples(doc, match[3], end):
                    # "an estrogen, such as estradiol, and a SERM, such as tamoxifen": the
                    # drugs after the second class's cue are its examples, not the first's
                    # (not "Antidiabetic drugs such as metformin, sulfonylureas such as
                    # glipizide, and insulin": a class listed among the examples is one;
                    # also after examples that are hormones: "an estrogen, such as
                    # estradiol, and a progestin, such as levonorgestrel")
                    break
                # "Copper peptides like GHK-Cu (glycyl-L-histidyl-L-lysine)": a residue of
                # the bracketed chemical name after a listed peptide is its part, no member
                if match[0] == "drug" and not part_of_molecule(doc, index):
                    drugs.append(match[1])
                strangers = 0
                index = match[3]
                continue
            if depth == 0 and lowers[index] not in _LIST_GLUE | {"as", "well", "e.g.", "such",
                                                                 "including", "like", "the"}:
                strangers += 1
                if strangers >= 3:
                    break
            index += 1
        return drugs

    def _opening_compared(self, doc, sentence, start, matches) -> set[str]:
        """'Unlike other SNRIs such as duloxetine and venlafaxine, levomilnacipran is a more
        potent inhibitor of norepinephrine reuptake' (round 20): the drugs of a sentence's
        opening comparison, listed as examples of a class there, are compared with the main
        clause's subject, not its subjects ('In contrast, tamoxifen …' opens no list)."""
        if start != sentence.token_start:
            return set()
        lowers = doc_words.lower_words(doc)
        first = lowers[start:start + 2]
        opener = first if first in _COMPARISON_OPENERS else first[:1] \
            if first[:1] in _COMPARISON_OPENERS else None
        at = start + len(opener or ())
        if opener is None or at >= sentence.token_end or lowers[at] == ",":
            return set()
        by_start = {m[2]: m for m in matches}
        first_drug = next((m[2] for m in matches if m[0] == "drug" and m[2] >= at), None)
        if first_drug is None or not any(_heads_examples(doc, i, first_drug)
                                         for i in range(at, first_drug)):
            return set()  # ("Unlike tamoxifen and clomiphene, …": read as before)
        return set(self._list_after(doc, at, sentence.token_end, by_start, opening=True))

    def _subjects(self, doc, sentence, start, matches, row_drugs, mentioned, item=False,
                  nearby=None):
        drug_subjects, class_subjects, class_claims, leading = [], [], [], []
        others: set[str] = set()  # drugs "the other <class>" leaves out
        predicate_relative = None  # where a relative clause on the predicate noun begins
        body_made = False
        shared = []  # classes "like other <class>," says the predicate of as well
        excluded_until = None  # end of the last mention that is a comparison, not a subject
        subject_end = start  # end of the last drug read as a subject
        previous_end = {}  # end of each class or kind mention -> its key
        words, lowers = doc_words.words(doc), doc_words.lower_words(doc)
        compared = self._opening_compared(doc, sentence, start, matches)
        names = sentence_names(matches)  # what listed_with_hormones reads, once
        given = given_name(doc, start, sentence.token_end, _ADMINISTRATION)
        for kind, key, m_start, m_end in matches:
            if kind not in ("drug", "class", "kind"):
                continue
            if kind == "drug" and key in compared:
                excluded_until = m_end  # "Unlike other SNRIs such as venlafaxine, …"
                continue
            if kind != "drug":
                previous_end[m_end] = key
                # "gonadotropin-releasing hormone agonist (GnRH agonist)": the same class again
                if m_start >= 1 and words[m_start - 1] == "(" and \
                        previous_end.get(m_start - 1) == key:
                    continue
            before = lowers[max(start, m_start - 2):m_start]
            # "the class of nonsteroidal antiandrogens": the words before the kind that
            # qualifies a class are the class's context
            lead = next((m[2] for m in matches if m[0] == "kind" and m[3] == m_start
                         and kind == "class"), m_start)
            if kind != "drug" and compared_after_than(doc, start, lead, names[0], True):
                continue  # "a lower affinity … than drugs in the SSRI class": compared with
            if kind == "class" and taken_class(doc, start, lead):
                # "Benzphetamine is contraindicated in patients … who have recently used a
                # monoamine oxidase inhibitor": a medicine taken, no class of the subject;
                # at the clause's opening still its subject ("Patients taking an aromatase
                # inhibitor lose bone")
                if lead - start <= TAKEN_OPENING_REACH and \
                        self._class_subject(doc, start, m_start, m_end):
                    class_subjects.append(key)
                continue
            if kind in ("drug", "class") and not drug_subjects and \
                    body_own_name(doc, start, lead) and not self._classifying(
                        _without_as_well_as(lowers, max(start, lead - 3), lead)):
                # "the prototypical and endogenous androgen, testosterone": the hormone the
                # body makes, no medicine the sentence is about ("Ursodiol is a naturally
                # occurring bile acid" still classes the drug)
                body_made = True
                continue
            if kind == "class" and names_listed_receptor(doc, m_end, matches):
                # "… includes estrogen, progestin, glucocorticoid and mineralocorticoid
                # receptors": a receptor's name, not the class's drugs
                continue
            if kind == "class" and (listed_beside_drug(doc, m_start, m_end, matches) or (
                    drug_subjects and across_cell_border(doc, subject_end, m_start))):
                # "such as propofol, benzodiazepines, or barbiturates": another item of the
                # list (or another cell of a table read as text), no class of the drug
                continue
            if kind == "class" and activity_opens(doc, m_start):
                # "Linezolid is active against …", "with activity against …": a class the
                # subject has, never a subject
                class_claims.append((kind, key, m_start, m_end,
                                     self._denied(doc, start, m_start)))
                continue
            if kind == "class" and before[-1:] == ["other"] and not drug_subjects and all(
                    w in _OTHER_OPENING for w in lowers[start:m_start]):
                # "Erythromycin was isolated …; the other macrolide antibiotics are
                # semi-synthetic": the class's members but those the sentence has named
                class_subjects.append(key)
                others.update(m[1] for m in self.names(doc)
                              if sentence.token_start <= m[2] and m[3] <= m_start)
                continue
            if kind != "drug" and (self._grouped(doc, start, lead, m_end) or
                                   before[-1:] == ["other"] or
                                   self._coordinated(doc, m_start, class_claims)):
                # "in the SERM family"; "in addition to other blood pressure medication", "is an
                # aldosterone antagonist and potassium-sparing diuretic": the subject is one too
                class_claims.append((kind, key, m_start, m_end,
                                     self._denied(doc, start, m_start)))
                if kind == "class" and drug_subjects and before == ["like", "other"] and \
                        m_end < len(doc) and words[m_end] == ",":
                    # "Omeprazole, like other PPIs, inhibits …": what follows is said of the
                    # class as well as of the drug
                    shared.append(f"class:{key}")
                continue
            # "unlike tamoxifen and clomiphene, enclomiphene …": the whole list is compared.
            # "unlike enclomifene, zuclomifene is …": after the comma the subject comes.
            glue = lowers[excluded_until:m_start] if excluded_until else []
            listed = excluded_until is not None and all(w in _LIST_GLUE for w in glue) and (
                bool({"and", "or", "&"} & set(glue)) or
                (m_end < len(doc) and lowers[m_end] in (",", "and", "or"))) and not (
                kind == "drug" and glue == [","] and
                _list_opens_main_clause(doc, start, m_start, matches,
                                        self.comparison_openers))
            if (set(before) & _NOT_SUBJECT_BEFORE and not self._dosed(doc, start, m_start)
                    and not partitive(doc, start, lead)) \
                    or listed or (kind == "drug" and (
                        self._in_opening_comparison(lowers, start, m_start) or
                        compared_apposition(doc, start, m_start) or
                        compared_after_than(doc, start, m_start, names[0]) or
                        released_in_list(doc, start, m_start) or
                        same_as(doc, start, m_start) or
                        combination_partner(doc, start, m_start) or
                        taken_by_people(doc, start, m_start))):
                excluded_until = m_end
                continue
            excluded_until = None
            if kind == "drug" and not drug_subjects and \
                    own_substance(doc, start, m_start, key, self._ligands):
                body_made = True
                continue  # "Histamine is an important mediator …" in a text on its blockers
            if kind == "drug" and part_of_molecule(doc, m_start):
                continue  # "3,4-dihydroquinazolinyl acetic acid": a part of a chemical name
            if kind == "drug" and m_end < len(doc) and lowers[m_end] in _LACK_NOUNS:
                body_made = True
                continue  # "Zinc deficiency reduces circulating LH": the lack's, no drug's
            if kind == "drug" and drug_subjects and m_end < len(doc) and \
                    lowers[m_end] in _ACTED_ON_NOUNS:
                continue  # "ritonavir, a CYP3A inhibitor, slowing nirmatrelvir metabolism"
            if kind == "drug" and acted_on_substance(doc, start, m_start, m_end, names[0]):
                continue  # "Blocking dopamine re-uptake …", "the reuptake of … dopamine"
            if kind == "drug" and body_process_after(doc, m_end):
                body_made = True
                continue  # "to reduce Substance P and glutamine release": the body's
            if kind == "drug" and m_end + 1 < len(doc) and lowers[m_end] in _MADE_BY_BODY \
                    and lowers[m_end + 1] in ("by", "in", "from"):
                body_made = True
                continue  # "HCG secreted by the placenta maintains …": physiology
            if kind == "drug" and made_in_body(lowers, m_start, m_end):
                # "Natural somatostatin is produced in the hypothalamus and acts to …",
                # "Somatostatin is also found in other neurons …" in a text on its analogue
                body_made = True
                continue
            # (after the clause's subject too: "Epitalon … is a synthetic tetrapeptide composed
            # of four amino acids: alanine, …" once epitalon was known, session 30)
            if kind == "drug" and _names_parts_before(lowers, start, m_start):
                continue  # "a tetrapeptide composed of four amino acids: alanine, …": a part
            if kind == "drug" and not drug_subjects and given is not None and \
                    m_start > given and not any(m[2] == given for m in matches):
                continue  # "Treatment with M. pruriens improved T, LH, dopamine …": measured
            if kind == "drug" and compound_modifier(doc, m_end, matches):
                # "retinol-binding protein": the compound's kind, not retinol's; the body's
                # protein, so no heading's drug takes the clause either
                body_made = body_made or not drug_subjects
                continue
            if kind == "drug":
                # "an oral dopamine receptor agonist": a name inside a target or class phrase
                # ("a carbazole derivative": what the drug is made from)
                if m_end < len(doc) and (lowers[m_end] in _TARGET_WORDS | _DERIVED or any(
                        m[2] == m_end and m[0] in ("target", "class") for m in matches) or
                        subtype_before_target(doc, m_end, _TARGET_WORDS)):
                    continue
                if predicate_relative is not None and m_start > predicate_relative:
                    continue  # "is a peptide that mimics somatostatin": an object there
                if not drug_subjects and in_relative_object(doc, start, m_start):
                    # "… by blocking the breakdown of cGMP which results in … mediators of
                    # vasodilation including nitric oxide": named inside a relative clause
                    continue
                if drug_subjects and listed_with_hormones(doc, m_start, m_end, names,
                                                           subject_end):
                    continue  # "increasing or decreasing serotonin, dopamine and …"
                if drug_subjects and in_predicate(doc, subject_end, m_start):
                    # "Desmopressin is a synthetic replacement for vasopressin": a name in the
                    # predicate of the subject before it
                    continue
                drug_subjects.append(key)
                subject_end = m_end
                continue
            near = _without_as_well_as(lowers, max(start, lead - 3), lead)
            if self._introduces_members(doc, m_start, m_end, matches) or near[-2:] == \
                    ["such", "as"]:
                # said of the drugs listed with it (_listed_members), not of the clause; a
                # clause that opens with it ("DPP-4 inhibitors, such as sitagliptin, are
                # taken by mouth") is about the class as well as the drugs listed
                if kind == "class" and m_start - start <= 2 and not drug_subjects:
                    leading.append(f"class:{key}")
            elif near[-1:] and near[-1] in _DEGREE:
                pass  # "more antiestrogenic than …" compares, it does not classify
            elif kind == "kind" and describes_target(doc, start, m_start, m_end, matches):
                continue  # "against the protein CD20": what the target is
            elif kind == "kind" and names_source(doc, start, m_start):
                continue  # "derived from a naturally occurring protein": what it was made from
            elif kind == "kind" and names_acted_on(doc, m_start, m_end, matches):
                continue  # "a … transfer protein inhibitor": what it acts on
            elif kind == "kind" and names_serostatus(doc, m_end):
                continue  # "patients who are AChR antibody positive": a test result
            elif kind == "class" and said_of_others(doc, start, m_start):
                continue  # "…, the others being antiestrogens and antiprogestogens"
            elif (kind == "class" and self._modifier(
                    doc, m_start, m_end, matches, self._said_beside_class(key, doc, m_end))) or (
                    m_end < len(doc) and words[m_end] == "-") or (
                    kind == "class" and describes_hormone(doc, m_end)):
                # "a 29-amino acid polypeptide", "a G protein-coupled receptor"
                continue  # the head noun says what it is; the modifier is no subject
            elif kind in ("class", "kind") and drug_subjects and apposition_of_other_name(
                    doc, lead, subject_end, matches):
                continue  # "contains segesterone acetate, a progestin": the other component's
            elif self._appended(doc, m_start, matches):
                pass  # "… from gastric juice — a protein that …" is said of gastric juice
            elif kind == "class" and quality_had(doc, start, m_start, m_end, matches):
                # "Spironolactone has antiandrogenic activity": a quality it has
                class_claims.append((kind, key, m_start, m_end,
                                     self._denied(doc, start, m_start)))
                continue
            elif kind == "class" and drug_subjects and lead - 2 >= start and \
                    lowers[lead - 1] in ("a", "an", "the") and \
                    lowers[lead - 2] in ("whom", "which", "whose", "where"):
                continue  # "for whom a statin is contraindicated" (round 20): another subject
            elif self._classifying(near) or self._classifying(
                    _modified_near(doc, start, lead)) or \
                    self._predicate(doc, start, m_start) or \
                    copula_predicate(doc, start, m_start, matches) or (
                    m_start - sentence.token_start < _LABEL_TOKENS and
                    (item or any(w in _LABEL_MARKS for w in words[m_end:m_end + 3]))):
                # (a label: "Peptide: …", "SERMs ∞ …", the opening words of a list item)
                denied = self._denied(doc, start, m_start)
                class_claims.append((kind, key, m_start, m_end, denied))
                head = self._class_named(words[m_end - 1]) if kind == "class" and \
                    m_end - m_start > 1 and lowers[m_end - 1] in _HEAD_CLASSES else None
                if head and head != key and not denied:
                    # "a tetracycline antibiotic", "a loop diuretic": a member of the family
                    # and of the class its head noun names (one said, not a list's plural);
                    # "not a macrolide antibiotic" denies the family, not the head's class
                    class_claims.append((kind, head, m_end - 1, m_end, denied))
                if set(near) & _COPULAS or self._predicate(doc, start, m_start) or \
                        copula_predicate(doc, start, m_start, matches):
                    if drug_subjects and m_end < len(doc) and lowers[m_end] in _RELATIVES \
                            | {"that"} and predicate_relative is None:
                        predicate_relative = m_end
                    continue  # "It is also an aldosterone antagonist": said, not the subject
            if kind == "class" and not drug_subjects and \
                    owner_set_before(doc, m_start, matches, drug_subjects):
                # "its structure incorporates the backbone of methamphetamine, a potent CNS
                # stimulant": said of the drug it is set after, no class subject (i191's
                # apposition, once "an amphetamine congener" named no subject: the merge)
                if (kind, key, m_start, m_end, False) not in class_claims:
                    class_claims.append((kind, key, m_start, m_end, False))
                continue
            if kind == "class" and self._class_subject(doc, start, m_start, m_end) and \
                    not taken_by_people(doc, start, lead):
                class_subjects.append(key)
        if drug_subjects:
            return list(dict.fromkeys(drug_subjects + leading + shared)), "mention", class_claims
        if row_drugs:
            return list(row_drugs), getattr(row_drugs, "via", "table row"), class_claims
        given = self._hormone_given(doc, start, matches)
        if given is not None and not class_subjects:
            return [given], "mention", class_claims
        if class_subjects:
            # "Statins lower LDL cholesterol": said of the class, and of its members
            members = [key for klass in class_subjects for key in self._members(klass, mentioned)
                       if key not in others]
            if others and members:
                return list(dict.fromkeys(members)), "mention", class_claims  # not the class
            if nearby is not None and any(key in mentioned for key in members):
                # … of the members its paragraph or list item names ("Aromatase Inhibitors
                # (e.g. Anastrozole) ∞ AIs inhibit …"), not of each the text named elsewhere
                # ("For example, SERMs have estrogen agonist effects on bone tissue", round
                # 20: the gold sets of rounds 3-22 label such a sentence for no member); a
                # text naming none keeps the curated members (`_members`)
                members = [key for key in members if key in nearby]
            members += [f"class:{klass}" for klass in class_subjects]  # and the class itself
            claims = [c for c in class_claims if c[1] not in class_subjects]
            return list(dict.fromkeys(members)), "class", claims
        if body_made:
            return [], "body", []  # about the body's own hormone: no drug is the subject
        return [], "mention", class_claims  # said of the subject an anaphor or heading gives

    @staticmethod
    def _block_drugs(block, doc, matches) -> tuple[list[str], dict[str, int]]:
        """The drugs a paragraph or item names; and of those it names only as what another
        is compared with ('… binds the receptor more strongly than eplerenone and
        spironolactone', round 24), where it first names them (`_named_by`)."""
        drugs = [m for m in matches if m[0] == "drug"]
        if not drugs or "than" not in doc_words.lower_words(doc):
            return list(dict.fromkeys(m[1] for m in drugs)), {}
        named = {i for m in drugs for i in range(m[2], m[3])}
        starts = [s.token_start for s in block.sentences] if block.sentences else [0]
        compared: dict[str, int] = {}
        kept: dict[str, int] = {}
        for m in drugs:
            start = max((s for s in starts if s <= m[2]), default=0)
            if compared_after_than(doc, start, m[2], named):
                compared.setdefault(m[1], m[2])
            else:
                kept.setdefault(m[1], m[2])
        compared = {key: at for key, at in compared.items() if key not in kept}
        return sorted(kept | compared, key=(kept | compared).get), compared

    @staticmethod
    def _named_by(block_drugs: tuple[list[str], dict[str, int]], start: int) -> list[str]:
        """The paragraph's drugs a class statement at `start` is given to: not those named
        only after 'than' in a later sentence ('MRAs … work by blocking aldosterone.
        Finerenone … binds the receptor more strongly than eplerenone'), but those named
        so before it ('Atorvastatin lowers LDL cholesterol more than simvastatin. Statins
        inhibit HMG-CoA reductase': the statement sums up both)."""
        drugs, compared = block_drugs
        return [d for d in drugs if d not in compared or compared[d] < start]

    @staticmethod
    def _coordinated(doc, m_start, claims) -> bool:
        """A class joined by 'and'/'or' to a class just said of the subject."""
        lowers = doc_words.lower_words(doc)
        if not claims or (claims[-1][2] >= 1 and lowers[claims[-1][2] - 1] == "other"):
            # "combined with other analgesics or sympathomimetic agents": 'other' presupposes
            # the first class of the subject, not the one joined to it
            return False
        glue = lowers[claims[-1][3]:m_start]
        # "an anticoagulant and a factor Xa inhibitor", "… and direct Factor Xa inhibitor":
        # past the conjunction, an article and up to two words that modify the class
        joint = next((i for i, w in enumerate(glue) if w in ("and", "or")), None)
        if joint is None or not set(glue[:joint]) <= {","} or joint > 1:
            return False
        rest = glue[joint + 1:]
        if rest[:1] and rest[0] in ("a", "an"):
            rest = rest[1:]
        return len(rest) <= 2 and all(
            w.isalpha() and singular(w) == w and w not in _PHRASE_BREAKS | _COPULAS |
            _OBJECT_PREPOSITIONS | _CLASSIFYING for w in rest)

    def _hormone_given(self, doc, start, matches) -> str | None:
        """'Unmodified testosterone is not orally available, so it must be given
        intramuscularly …': a hormone opening a clause that says how it is given is the
        medicine of that name."""
        if not any(m[0] == "route" for m in matches):
            return None
        first = next((m for m in matches if m[0] in ("hormone", "drug", "class")), None)
        if first is None or first[0] != "hormone" or first[2] - start > 2:
            return None
        drug = self.kb.find(doc[first[2]:first[3]].text)
        return drug.key if drug is not None else None

    def _in_opening_comparison(self, lowers, start: int, m_start: int) -> bool:
        """'Compared with warfarin, apixaban and rivaroxaban are …': a name before the first
        comma of the clause's opening comparison is what the subject is compared with."""
        opener = _opening_comparison(lowers, start, self.comparison_openers)
        return bool(opener) and m_start >= start + opener and \
            "," not in lowers[start:m_start]

    def _compared_label(self, doc, sentence_start: int, lead: int) -> bool:
        """The class ending before `lead`'s list is what a comparison governs ('Contrary to
        GnRH agonists danazol …', 'Unlike NSAIDs paracetamol …'): a comma missing after it,
        the names after it are the main clause's, not its members."""
        lowers = doc_words.lower_words(doc)
        index = lead - 1
        while index >= sentence_start and lowers[index] in ("the", "other", "all"):
            index -= 1
        if index < sentence_start:
            return False
        if index > sentence_start and lowers[index - 1:index + 1] == ["contrary", "to"]:
            return True
        return lowers[index] in _COMPARING_WORDS or any(
            lowers[max(sentence_start, index - len(o) + 1):index + 1] == o
            for o in self.comparison_openers)

    @staticmethod
    def _classifying(near) -> bool:
        """'is a', 'as a', 'was the first': not 'is given with' (the class is an object)."""
        last = max((i for i, w in enumerate(near) if w in _CLASSIFYING), default=None)
        if last is not None and class_object_of_verb(near[:last + 1]):
            return False  # "severe enough to require an opioid analgesic": the verb's object
        if last is not None and last >= 1 and near[last] in ("a", "an", "another") and \
                near[last - 1] in _OBJECT_PREPOSITIONS | _NOT_SUBJECT_BEFORE | _CLAUSE_OPENERS:
            # "given with an LHRH analog", "such as orchiectomy or an LHRH analog"; "was
            # continued when a … GLP-1 receptor agonist was added": another clause's subject
            return False
        return last is not None and not set(near[last + 1:]) & (_PHRASE_BREAKS |
                                                                 _OBJECT_PREPOSITIONS)

    @staticmethod
    def _class_subject(doc, start, m_start, m_end) -> bool:
        """'Statins lower …', not '… along with ACE inhibitors' (an object), nor an
        adjective ('with minimal antiandrogenic effects')."""
        lowers = doc_words.lower_words(doc)
        if lowers[m_end - 1].endswith(("ic", "al")):
            return False
        before = [w for w in lowers[max(start, m_start - 3):m_start]
                  if w not in _DETERMINERS - {"of"}]
        if m_end < len(doc) and lowers[m_end] in _HORMONE_HEADS:
            return False  # "suppressing androgen production": the body's hormones
        if m_end < len(doc) and lowers[m_end] in _CLASS_QUALITY_NOUNS:
            return False  # "the antimineralocorticoid effects of spironolactone": a quality
        if len(before) >= 2 and before[-2] in _RELATIVE_OPENERS:
            return False  # "drugs that prevent androgens like testosterone": the verb's object
        return not (before and before[-1] in _OBJECT_PREPOSITIONS)

    @staticmethod
    def _predicate(doc, start, m_start) -> bool:
        """'is a 29-amino acid polypeptide analogue of GHRH': 'is a' before the modifiers."""
        index, words, lowers = m_start - 1, doc_words.words(doc), doc_words.lower_words(doc)
        while index >= max(start, m_start - 7):
            word = lowers[index]
            if word in ("a", "an") and index > start and lowers[index - 1] in _COPULAS:
                return True
            if words[index] in _BOUNDARY or word in _PHRASE_BREAKS:
                return False
            index -= 1
        return False

    @staticmethod
    def _appended(doc, m_start, matches) -> bool:
        """'X — a protein': an appositive after a dash names the word before the dash,
        which is not a drug here."""
        index, lowers = m_start - 1, doc_words.lower_words(doc)
        while index >= 0 and lowers[index] in ("a", "an", "the"):
            index -= 1
        if index < 1 or doc_words.words(doc)[index] not in ("—", "–", "--"):
            return False
        return not any(m[0] == "drug" and m[3] == index for m in matches)

    def _said_beside_class(self, key: str, doc=None, m_end: int = 0) -> bool:
        """A class whose name before another class's is said of the drug as well: a chemical
        family ("an oxazolidinone antibiotic") or a curated class of use the knowledge base
        does not check ("an antiretroviral protease inhibitor" is an antiretroviral, "an
        anorectic antiobesity drug" an anorectic). Not a classification DrugCentral adds
        ("a siderophore cephalosporin" is no siderophore), nor a subclass, nor a class the
        head word works against ("an anticoagulant antidote" undoes anticoagulants)."""
        if doc is not None and m_end < len(doc) and \
                doc_words.lower_words(doc)[m_end] in _OPPOSING_HEADS:
            return False
        spec = self.kb.classes.get(key, {})
        return bool(spec.get("family", False)) or (
            spec.get("checked", True) is False and not spec.get("source") and
            not spec.get("parent") and not spec.get("kind"))

    @staticmethod
    def _modifier(doc, m_start, m_end, matches, family: bool = False) -> bool:
        """A class name inside a longer noun phrase: "29-amino acid polypeptide", "will
        treat an opioid overdose" (a state the class's drugs cause, not what the subject is).
        A chemical family before a class of action is both ("an oxazolidinone antibiotic":
        an oxazolidinone and an antibacterial)."""
        if m_start >= 1 and doc_words.words(doc)[m_start - 1] == "-":
            return True
        lowers = doc_words.lower_words(doc)
        if m_end < len(doc) and lowers[m_end] in _DRUG_STATES:
            return True
        if m_end + 1 < len(doc) and lowers[m_end] in RECEPTOR_NOUNS and \
                lowers[m_end + 1] in _RECEPTOR_ACTORS:
            # "Selective androgen receptor modulators (SARMs) …": the class names the
            # receptor of another class, it is not the subject (the androgens' members)
            return True
        if m_end < len(doc) and lowers[m_end] == "(":
            # "activate specific androgen (sex hormone) receptors": a gloss in brackets
            # between the class's name and "receptors" (the receptor's name, no subject)
            close = next((i for i in range(m_end + 1, min(len(doc), m_end + 6))
                          if lowers[i] == ")"), None)
            if close is not None and close + 1 < len(doc) and \
                    lowers[close + 1] in RECEPTOR_NOUNS:
                return True
        if classifies_hormone(doc, m_end, matches) or names_listed_receptor(doc, m_end, matches):
            return True  # "the androgen testosterone", "estrogen, progestin … receptors"
        # (a class of action before the make of a biologic is what the drug is: "an
        # anti-TNF monoclonal antibody"; a substance before it is not)
        made_as = any(m[2] == m_start and m[0] == "class" for m in matches) and any(
            m[2] == m_end and m[0] == "kind" and m[1] in _MADE_AS_KINDS for m in matches)
        return not made_as and any(m[2] == m_end and m[0] in ("class", "kind") and not (
            family and m[0] == "class") for m in matches)

    @staticmethod
    def _denied(doc, start, m_start) -> bool:
        """'is not a SERM', 'is also not classified as a SERM', 'Neither A nor B is a SERM'."""
        words = _words_before(doc, max(start, m_start - 6), m_start)
        return bool(words & _NEGATIONS) or doc_words.lower_words(doc)[start] == "neither"

    @staticmethod
    def _dosed(doc, start, m_start) -> bool:
        """'an intramuscular injection of 10,000 units of hCG': the drug given is the subject."""
        lowers = doc_words.lower_words(doc)
        if m_start - 1 < start or lowers[m_start - 1] != "of":
            return False
        window = lowers[max(start, m_start - 6):m_start - 1]
        if set(window) & (_NOT_SUBJECT_BEFORE - {"of"}):
            return False
        return bool(set(window) & _DOSE_NOUNS)

    @staticmethod
    def _grouped(doc, start, m_start, m_end) -> bool:
        """'of the triphenylethylene group', 'in the SERM family', 'under the category "X"'."""
        after, words, lowers = m_end, doc_words.words(doc), doc_words.lower_words(doc)
        while after < len(doc) and words[after] in (")", '"', "”", "'"):
            after += 1
        # "in the selective estrogen receptor modulator (SERM) family"
        if after + 2 < len(doc) and words[after] == "(" and words[after + 2] == ")":
            after += 3
        before = [lowers[i] for i in range(max(start, m_start - 3), m_start)
                  if words[i] not in ('"', "“", "'", "(")]
        if after < len(doc) and lowers[after] in _GROUP_WORDS and \
                before[-2:] in (["of", "the"], ["in", "the"], ["to", "the"]):
            return True
        # "a type of GnRH agonist", "a member of the SERM class"
        while before and before[-1] in ("a", "an", "the"):
            before.pop()
        if before[-2:-1] and before[-1] == "of" and before[-2] in _GROUP_WORDS | {"member"}:
            return True
        # "are a family of bactericidal antibiotics": one word qualifying the class after the
        # group word's "of" (more are `copula_predicate`'s; "of" alone bars a subject)
        if len(before) >= 3 and before[-2] == "of" and before[-3] in _GROUP_WORDS and \
                before[-1].isalpha() and before[-1] not in _DETERMINERS | _PHRASE_BREAKS | {
                    "these", "those", "other", "all"}:
            return True
        # "is one of the antiandrogens", "one of the only progestins", not "given with one
        # of the GnRH agonists"
        one = m_start
        while one > start and lowers[one - 1] in _RANKING | {"a", "an", "the"}:
            one -= 1
        if one - start >= 3 and lowers[one - 2:one] == ["one", "of"] and \
                lowers[one - 3] not in _OBJECT_PREPOSITIONS | _NOT_SUBJECT_BEFORE:
            return True
        return bool(before) and before[-1] in _GROUP_WORDS

    def _bracket_drug(self, doc, sentence, index) -> str | None:
        """The drug whose name the bracket around `index` follows, by the sentence's names
        (a known drug's or one the text defines: `bracket_owner`)."""
        names = list(self.names(doc)) + [
            ("drug", token.lower_, token.i, token.i + 1)
            for token in doc[sentence.token_start:index]
            if token.lower_ in self._text_drugs or self._unknown_drug(token.text)]
        return bracket_owner(doc, sentence.token_start, index, names)

    def _clause(self, doc, block, sentence, start, end, matches, subjects, via, class_claims,
                administered, antecedent=None, own_relative=False,
                cued_targets=frozenset()):
        lowers = doc_words.lower_words(doc)[start:end]
        modality = self._modality(lowers)
        patterns = [m for m in matches if m[0] == "schedule" and m[1] in self.patterns]
        # "once daily" is a frequency, "once it is injected" a condition.
        openers = {w for i, w in enumerate(lowers) if w in _CONDITION_WORDS and not (
            w == "once" and i + 1 < len(lowers) and lowers[i + 1] in _ONCE_FREQUENCY)}
        conditional = bool(openers and set(lowers) & _ADMINISTRATION)
        out: list[Assertion] = []
        objects = acted_on_drugs(doc, start, end, matches, subjects)

        def add(attribute, value, polarity, evidence, span, mode=None, only=None,
                population="", phase=("", "")):
            for drug in only or subjects:
                if attribute == "site" and self._downstream(drug, value):
                    continue  # "keeps the testicles from making testosterone" (a GnRH agonist)
                if attribute == "site" and drug in objects:
                    continue  # "inhibits γ-aminobutyric acid (GABA) reuptake into neurons"
                out.append(Assertion(drug, attribute, value, polarity, mode or modality, via,
                                     sentence, evidence, span, population, phase=phase[0],
                                     phase_word=phase[1]))

        # "Statins are a class of cholesterol-lowering drugs": said of the class itself (its
        # members may belong to other classes as well).
        classes = [s for s in subjects if s.startswith("class:")] if via == "class" else None
        if via in ("mention", "table row", "heading", "anaphor", "list header", "clause") or \
                classes:
            # (a slash between classes said of one drug is no combination: "Tamoxifen is a
            # SERM/antiestrogen")
            parts = set() if classes or sum(s in self.kb.drugs for s in subjects) < 2 \
                else combination_classes(doc, class_claims)
            owners = combination_owners(class_claims, parts, subjects, self.kb.drugs) \
                if parts else {}
            for kind, key, m_start, m_end, negated in class_claims:
                if classes and (f"class:{key}" in classes or other_name_of_class(doc, m_start)):
                    continue  # ("the 5-HT3 antagonists, informally known as 'setrons'")
                part_of = owners.get(m_start)  # "an estrogen/progestin COC": each one's
                if part_of == []:
                    continue  # which component's, not said
                label = self.kb.class_label(key) if kind == "class" else key
                # "a chimeric monoclonal antibody (infliximab), … (etanercept)": of one drug
                owner = None if classes else bracketed_owner(doc, m_end, end, matches,
                                                             subjects) or \
                    apposition_owner(doc, m_start, m_end, end, matches, subjects)
                # "It has weak antimineralocorticoid activity", "with strong antimuscarinic
                # effects", "acts as an alpha-adrenoceptor antagonist": a further property
                further = kind == "class" and modality in ("asserted", "possible") and \
                    secondary_class(doc, start, m_start, m_end, matches, self.kb, key,
                                    subjects)
                # "SERMs or condition-specific treatments, such as … denosumab": an example
                # of another noun is not of this class
                examples = set() if classes or owner or kind != "class" else {
                    s for s in subjects if (positions := [
                        m[2] for m in matches if m[0] == "drug" and m[1] == s]) and all(
                        example_of_other_noun(doc, start, m_end, p, matches)
                        for p in positions)}
                if examples and examples >= set(subjects):
                    continue
                hoped = kind == "class" and quality_had(doc, start, m_start, m_end,
                                                        matches) and \
                    unproven_quality(doc, start, m_start)
                # "It is also a progestin": one more class, no rival of the others said
                added = kind == "class" and modality == "asserted" and \
                    class_said_as_added(doc, start, m_start)
                add(kind, key, not negated, label, self._span(block, doc, m_start, m_end),
                    "hypothetical" if hoped else "additional" if further else
                    "added" if added else None,
                    only=classes or ([owner] if owner else None) or part_of or (
                        [s for s in subjects if s not in examples] if examples else None))
                route = self.route_adjectives.get(doc_words.lower_words(doc)[m_start])
                if kind == "class" and route and m_end - m_start > 1:
                    # "…, oral hypoglycemic agents that …": the class's name says the route
                    add("route", route, not negated, doc[m_start].text,
                        self._span(block, doc, m_start, m_start + 1), only=classes)
                for index, organ in organ_adjectives_before(
                        doc, start, m_start, _ORGAN_ADJECTIVES) if kind == "class" else ():
                    # "a central alpha-adrenergic agonist": where the class's action is
                    site_owners = [s for s in classes or ([owner] if owner else None) or part_of
                                   or subjects if s not in examples and not named_only_after(
                                       matches, s, start, index)]
                    if site_owners:
                        add("site", organ, not negated, doc[index].text,
                            self._span(block, doc, index, index + 1),
                            "additional" if further else None, only=site_owners)
                organ = self._class_site(doc, start, m_start, m_end) if kind == "class" \
                    else None
                if organ is not None:
                    # "a central nervous system (CNS) stimulant": the class's name says where
                    # its drugs act, said of whom the class is
                    add("site", organ[0], not negated, doc[m_start:organ[1]].text,
                        self._span(block, doc, m_start, organ[1]),
                        "additional" if further else None,
                        only=classes or ([owner] if owner else None) or part_of or (
                            [s for s in subjects if s not in examples] if examples else None))
        animals = dosed_animals(doc, start, end)  # "… to rats at 3 mg/kg/day for 4 weeks"
        acted = None  # where the last target this clause says the drug acts on ends
        acted_starts: set[int] = set()
        places: list[tuple] = []  # organs no verb of acting names: judged once effects are read
        sites_said: list[int] = []  # ends of the organs read as sites
        target_members = members_after_targets(doc, matches)
        listed_after_targets = {d for drugs in target_members.values() for d in drugs}
        listed_routes = self._route_alternatives(doc, matches)
        for kind, key, m_start, m_end in matches:
            span = self._span(block, doc, m_start, m_end)
            text = doc_arrays.span_text(doc, m_start, m_end)
            near = _words_before(doc, max(start, m_start - 3), m_start)
            # "once-weekly cagrilintide", "mazdutide, a once-weekly …": the drug it describes
            premodified = premodified_drug(doc, sentence.token_start, end, m_start, m_end,
                                           matches) if kind == "schedule" else None
            if kind == "target":
                if describes_disease(doc, m_end, m_start):
                    continue  # "estrogen receptor positive breast cancer"
                if ligand_of_other_receptor(doc, m_end,
                                            self.kb.targets.get(key, {}).get("label", key)):
                    continue  # "BAFF receptors": the ligand's receptor, not the ligand
                if combination_partner(doc, start, m_start):
                    continue  # "available in combination with … a beta-lactamase inhibitor"
                if named_in_comparison(doc, start, m_start):
                    continue  # "not nearly as robustly as D2 receptor agonists"
                if numbered_other(doc, m_end) or narrowed_by_prefix(doc, m_start):
                    # "epidermal growth factor receptor 2", "alpha-adrenergic receptors":
                    # another, narrower target than the words matched
                    continue
                if consequence_of_action(doc, start, m_start):
                    continue  # "an agonist of …, thereby activating potassium channels"
                if amount_of_marker(doc, start, m_start, m_end):
                    continue  # "modulate the expression of Interleukin-6": a marker's amount
                bound = affinity_for(doc, start, m_start)  # "high affinity for …"
                cued = m_end - m_start == 1 and (id(block), m_start) in cued_targets
                if cued and m_end < len(doc) and doc[m_end].text == "-" and \
                        not doc[m_start].whitespace_:
                    continue  # "AR-responsive genes": a modifier, no receptor acted on
                # "a dual JAK1 and JAK2 inhibitor": listed before the target acted on
                last = listed_before_acting(doc, matches, m_end, _TARGET_ACTIONS)
                # "inhibits the reuptake of the neurotransmitters noradrenaline, dopamine …":
                # the verb acts on the reuptake the substance is listed after
                reuptake = governing_reuptake(doc, m_start) if self.cue_orths["reuptake"] & \
                    set(token_orths(doc)[start:m_start]) else None
                if (self.kb.targets.get(key, {}).get("source") or cued) and bound is None and \
                        not self._acts_on(doc, start, m_start, m_end) and \
                        not listed_with_acted(doc, acted, m_start) and \
                        not acted_on_by_verb(doc, start, m_start) and \
                        not raised_against(doc, start, m_start) and last is None and \
                        not (reuptake is not None and reuptake >= start and (
                            acted_on_by_verb(doc, start, reuptake) or
                            self._acts_on(doc, start, reuptake, reuptake + 1))):
                    continue  # a broad target named without saying the drug acts on it
                if any(names_the_subject(doc, start, t_start, t_end, lambda noun, k=t_key:
                                         target_names_class(self.kb.targets.get(k, {}), noun,
                                                            self.class_by_name))
                       for _, t_key, t_start, t_end in [(None, key, m_start, m_end)] + (
                           [last] if last else [])):
                    # "The beta-adrenergic receptor antagonists are a family …", "Fulvestrant
                    # is a selective estrogen receptor degrader": a class's name, no target
                    # (nor for the targets listed before it: "the ER and PR antagonists")
                    continue
                # "agonists of A, such as x and y, and agonists of B, such as z": each
                # target is said of the drugs listed after it
                only = target_members.get(m_start) or (
                    [s for s in subjects if s not in listed_after_targets] if
                    target_members else None)
                if only is None:
                    # "… than bromocriptine or pergolide which have activity for both D1 and
                    # D2 receptors": said of the drugs the relative clause hangs on
                    only = relative_owners(doc, start, m_start, matches)
                ligand = amount_acts_at(doc, start, m_start, matches)
                if ligand is not None:
                    # "raises acetylcholine levels at cholinergic receptors": acetylcholine's
                    only = [s for s in only or subjects if s == ligand]
                if only == []:
                    continue
                if names_cells(doc, m_end):
                    # Cells say where a drug acts (a place for the site readers), and which
                    # receptor only for a drug that acts on the one they carry ("GnRH …
                    # stimulates the pituitary gonadotrophs"); not for another ("binds the
                    # ghrelin receptor on pituitary somatotrophs", "kisspeptin … interacts
                    # with Leydig cells").
                    acted = m_end
                    acted_starts.add(m_start)
                    only = [s for s in only or subjects if key in getattr(
                        self.kb.drugs.get(s), "targets", ())]
                    if not only:
                        continue
                add("target", key, not near & _NEGATIONS and bound is not False and
                    not negated_before(doc, start, m_start), text, span, only=only)
                for index, organ in organ_adjectives_before(doc, start, m_start,
                                                            _ORGAN_ADJECTIVES):
                    # "an inhibitor of intestinal alpha glucosidase": where it acts on it;
                    # "vagal and central 5HT3 receptors": each adjective of the list (not of
                    # a drug named only after it: "… and dopamine type 2 (D2) receptors")
                    owners = [s for s in only or subjects if not named_only_after(
                        matches, s, start, index)]
                    if owners:
                        add("site", organ, not near & _NEGATIONS and bound is not False,
                            doc[index].text, self._span(block, doc, index, index + 1),
                            only=owners)
                acted = m_end
                acted_starts.add(m_start)
            elif kind == "route" and form_of_route(doc, matches, m_start):
                continue  # "transdermal (gels, creams, patches)": forms of the route before
            elif kind == "route" and (m_start in listed_routes or
                                      one_of_its_forms(doc, m_start, m_end)):
                # "given intramuscularly, sublingually or by transcutaneous patch": each is one
                # of the ways it can be given
                add("route", key, not near & _NEGATIONS and not route_denied(doc, start, m_start),
                    text, span, "possible")
            elif kind == "route" and one_more_route(doc, start, m_start):
                # "is also used topically": a way it is given (held to the knowledge base),
                # one more than another place's (no contradiction of it)
                add("route", key, not near & _NEGATIONS and not route_denied(doc, start, m_start),
                    text, span, "additional" if modality == "asserted" else None)
            elif kind == "route":
                if text.lower() in _DOSAGE_FORMS and (any(
                        m[0] == "drug" and (m[3] == m_start or (
                            m[3] == m_start - 1 and doc[m[3]].text in _MARKS))
                        for m in matches) or
                        self._dose_of_form(doc, start, m_start)):
                    continue  # "letrozole tablets": the product's name; "one 2.5 mg tablet"

                def add_route(only=None):
                    # ("is not to be administered intravenously": denied a few words on; "when
                    # given intravenously in high doses": a condition)
                    add("route", key, not near & _NEGATIONS and
                        not route_denied(doc, start, m_start), text, span,
                        "conditional" if self._in_condition(doc, start, m_start) else None,
                        only=only)

                name_end = bracketed_item_route(doc, m_start, m_end)
                if name_end is not None:
                    # "sermorelin, GHK-Cu (topical), VIP": the route of the item it follows
                    # (a name no vocabulary knows gives it to no subject)
                    owners = [m[1] for m in matches if m[0] == "drug" and m[3] == name_end
                              and m[1] in subjects]
                    if owners:
                        add_route(owners)
                    continue
                item = apposition_item(doc, start, m_start, matches)
                if item is not None and (item not in subjects or len(subjects) > 1):
                    # "hCG and Glowmin, a testosterone ointment": Glowmin's form, not hCG's
                    if item in subjects:
                        add_route([item])
                    continue
                if self._other_hormone_medicine(doc, matches, m_start, m_end, subjects):
                    # "relative to the topical testosterone arm", "in contrast to …
                    # testosterone creams": the route of that hormone given as a medicine,
                    # not of the subject (hCG, enclomiphene)
                    continue
                if self._unmatched_medicine_before(doc, matches, m_start, subjects):
                    continue  # "nicotine patches": nicotine's product
                if doc_words.lower_words(doc)[m_start - 1] in ("with", "other") and \
                        combination_partner(doc, start, m_start):
                    # "only in conjunction with oral copper chelating agents" (dimercaprol,
                    # round 20): the route word opens the partner's name, the partner's route
                    # ("in combination with a progestin in combined birth control pills" is
                    # the combination's form, the subject's too: r14 estetrol)
                    continue
                named = modified_name(matches, m_start, m_end) or \
                    named_in_phrase(doc, matches, m_end)
                if named is not None:
                    # "reduce the requirement for inhaled corticosteroids" (omalizumab): the
                    # route of the drug or class it qualifies, kept only for a subject that is
                    # that drug or belongs to that class ("oral finasteride")
                    members = members_in_brackets(doc, matches, named[3]) \
                        if named[0] == "class" else set()
                    # ("Nitrofurantoin is an oral antibiotic": the class said of the subject)
                    said = named[0] == "class" and any(
                        c[1] == named[1] and c[2] == named[2] for c in class_claims)
                    owners = [s for s in subjects if said or s in members or
                              self._names_subject(s, named[0], named[1])]
                    if owners:
                        add_route(owners)
                    continue
                add_route()
            elif kind == "schedule" and administered and not animals and (
                    key in self.patterns or not describes_noun(doc, m_end) or
                    premodified) and \
                    not said_of_other_act(doc, start, m_start, _ADMINISTRATION | _DOSE_NOUNS) \
                    and not partners_schedule(doc, start, m_start, matches) and (
                    premodified or dosed_only(subjects, administered, m_start) != []):
                # ("doses within the range of daily hormonal requirements": no schedule)
                # "survodutide (… twice weekly), placebo or semaglutide": the bracket's drug's
                owner = self._bracket_drug(doc, sentence, m_start)
                if owner and owner not in subjects:
                    continue
                # "injections of weekly Sogroya, … or daily somatropin": the drug it names
                # is that schedule's, whichever the clause's subject
                owner = owner or premodified
                # "If GnRH agonists are given continuously, they suppress LH": a condition
                # "… every 3 days if LDH levels increase": a conditional adjustment
                add("schedule", key, not near & _NEGATIONS, text, span,
                    "conditional" if self._in_condition(doc, start, m_start) or
                    conditional_adjustment(doc, start, end) else None,
                    only=[owner] if owner else dosed_only(subjects, administered, m_start),
                    phase=period_total(doc, m_start) or
                    phase_of(doc, sentence.token_start, m_start, m_end, end))
            elif kind == "site" and m_end < len(doc) and \
                    doc_words.lower_words(doc)[m_end] in _DISEASES:
                continue  # "breast cancer" is a disease, not where a drug acts
            elif kind == "site" and part_of_organ(doc, matches, m_end):
                continue  # "smooth muscle of the bronchi": the bronchi
            elif kind == "site" and m_end - m_start == 1 and \
                    doc_words.lower_words(doc)[m_start] in SITE_ADVERBS:
                # "acts peripherally": only after a verb of acting and its object (_places)
                places.append((key, m_start, m_end, acted, not near & _NEGATIONS))
            elif kind == "site" and not names_hormone_source(
                    doc, m_end, {m[2] for m in matches if m[0] == "hormone"}, ()) and (
                    self._site_said(doc, start, m_start, matches) or (
                    acted is not None and m_start - acted <= 4 and
                    doc_words.lower_words(doc)[m_start - 2:m_start] in _AT_PLACE)):
                # "… blocks the effects of estrogen in the breast": where it acts on its target.
                add("site", key, not near & _NEGATIONS, text, span)
                sites_said.append(m_end)
            elif kind == "site":
                places.append((key, m_start, m_end, acted, not near & _NEGATIONS))
            elif kind == "hormone" and key in self.hormone_receptors and (
                    self._blocks_hormone(doc, start, phrase_start(doc, start, m_start), m_end)
                    or (elided_receptor(doc, matches, m_end) and
                        not describes_disease(doc, m_end, m_start))
                    or acting_on_hormone(doc, start, m_start, m_end, matches)):
                # ("interact with the estrogen and progesterone receptors")
                add("target", self.hormone_receptors[key], True,
                    doc[m_start:min(end, m_end + 3)].text, span)
                acted = m_end
        given = dosed_only(subjects, administered) if administered else []
        if given != [] and not animals:
            # "for 5 days", "every second or third day": lengths of a course, alternatives.
            for value, s_start, s_end in durations(doc, start, end):
                add("schedule", f"course:{value}", True, doc[s_start:s_end].text,
                    self._span(block, doc, s_start, s_end), only=given)
            for value, s_start, s_end in alternatives(doc, start, end) + \
                    either_count(doc, start, end):
                owner = self._bracket_drug(doc, sentence, s_start)
                if owner and owner not in subjects:
                    continue  # ("survodutide (… or 1.8 mg twice weekly), … semaglutide")
                add("schedule", value, True, doc[s_start:s_end].text,
                    self._span(block, doc, s_start, s_end), only=[owner] if owner else given,
                    phase=phase_of(doc, sentence.token_start, s_start, s_end, end))
        effects = [e for e in self._effects(doc, start, end, matches)
                   if not about_other_noun(doc, start, e[3], matches, subjects) and
                   not treated_condition(doc, start, e[3])]
        # "increasing or decreasing the release of gonadotropins": which one depends on how
        # it is given, so neither is the drug's effect to compare
        both = {(h, e) for h, d, _, e, _ in effects if (h, "up" if d == "down" else "down",
                                                        e) in {(h2, d2, e2) for h2, d2, _, e2, _
                                                               in effects}}
        self._places(doc, block, start, sentence.token_start, matches, places, acted_starts,
                     sites_said, effects, add, classes, antecedent, own_relative)
        hormone_tokens = {i for m in matches if m[0] == "hormone" for i in range(m[2], m[3])}
        for index, organ in organ_adjective_making(doc, start, end, self._changes,
                                                   hormone_tokens, _ORGAN_ADJECTIVES) + \
                organ_adjective_places(doc, start, end, _ORGAN_ADJECTIVES):
            # "reduces adrenal cortisol production", "an inhibitor of adrenal steroid
            # biosynthesis": the organ that makes what the drug changes
            add("site", organ, not _words_before(doc, max(start, index - 3), index) & _NEGATIONS,
                doc[index].text, self._span(block, doc, index, index + 1))
        testes = [m for m in matches if m[0] == "site" and m[1] == "testis"]
        restated = self._restated_effect(doc, start, end)
        # "in men", "at high doses": for whom the clause's effects hold
        population = qualified(doc, start, end, self.qualifiers) if effects else ""
        for hormone, direction, polarity, e_start, e_end in effects:
            if e_start == restated:
                continue  # "the reduction in LH …": said in the sentence before
            if change_with_age(doc, e_start, e_end, end):
                continue  # "where GH secretion has declined with age": the ageing body's
            if hormone == "testosterone" and direction == "down" and any(
                    abs(m[2] - e_end) <= _MADE_BY_REACH or abs(e_start - m[3]) <= _MADE_BY_REACH
                    for m in testes):
                # "causes the testicles to stop making testosterone": the body's own output
                # falls (a rise, "stimulate the testes to produce more testosterone", is left
                # as written: the article's gold reads it as testosterone)
                hormone = "endogenous_testosterone"
            mode = None
            if conditional or any(p[2] < e_start for p in patterns) or \
                    (hormone, e_start) in both or timed(doc, e_start, e_end, start):
                mode = "conditional"
            add("effect", f"{hormone}:{direction}", polarity, doc[e_start:e_end].text,
                self._span(block, doc, e_start, e_end), mode, population=population)
        return out

    def _downstream(self, drug, site) -> bool:
        """The organ is where the effect of a drug the knowledge base places elsewhere lands
        (a GnRH agonist acts at the pituitary; the testes are downstream)."""
        known = self.kb.drugs.get(drug)
        return known is not None and bool(known.sites) and site not in known.sites and any(
            site in self.downstream.get(own, ()) for own in known.sites)

    def _places(self, doc, block, start, sentence_start, matches, places, acted_starts,
                sites_said, effects, add, classes=None, antecedent=None, own_relative=False):
        """Organs named without a verb of acting: the place of a target the drug acts on,
        the organ a target modifies, the source of the first hormone it changes, and an
        organ listed with one of those ("in the prostate gland and the scalp").
        `own_relative`: the clause is a relative clause said of the drug or class before its
        comma ("Pitolisant, which stimulates the central nervous system")."""
        # (a relative clause's target is the one it opens on: "CD20, which is found on …")
        targets = [(m[2], m[3]) for m in matches if m[0] == "target"] + (
            [antecedent] if antecedent else [])
        first_effect = min((e for e in effects if e[2]), key=lambda e: e[3], default=None)
        first = None if first_effect is None else next(
            (m for m in matches if m[0] == "hormone" and m[2] >= first_effect[3]), None)
        first_end = first[3] if first else None
        # other hormones ("DHT" after "dihydrotestosterone" is the same one)
        hormones = {i for m in matches if m[0] == "hormone" and first and m[1] != first[1]
                    for i in range(m[2], m[3])}
        hormone_tokens = {i for m in matches if m[0] == "hormone" for i in range(m[2], m[3])}
        lowers = doc_words.lower_words(doc)
        denied_ends = set()  # ends of places whose action is denied ("minimal … effects in")
        for key, m_start, m_end, acted, polarity in places:
            if names_hormone_source(doc, m_end, hormone_tokens, effects):
                continue  # "the stomach hormone ghrelin": where ghrelin is made
            listed = [end for end in sites_said if 0 <= m_start - end <= 3 and all(
                w in _SITE_LIST_GLUE for w in lowers[end:m_start])]
            if (listed and listed[-1] in denied_ends) or (
                    not listed and effects_at(doc, start, m_start) and
                    effects_scant(doc, start, m_start)):
                polarity = False
                denied_ends.add(m_end)
            acting = acted is not None or any(
                w in self.site_cues for w in lowers[start:m_start])
            if listed or place_of_target(doc, start, m_start, acted, targets, sentence_start) \
                    or m_end in acted_starts or \
                    listed_tissue(doc, start, m_start, acting) or \
                    located(doc, start, m_start) or effects_at(doc, start, m_start) or \
                    source_of_effect(doc, start, m_start, first_end, hormones) or \
                    place_of_object(doc, start, m_start) or \
                    made_in(doc, start, m_start, self._changes) or \
                    made_by_modifier(doc, start, m_start, m_end, self._changes,
                                     hormone_tokens) or \
                    object_of_verb(doc, start, m_start, m_end, hormone_tokens,
                                   [m[2] for m in matches if m[0] == "drug"],
                                   own_relative) or \
                    adverb_of_acting(doc, start, m_start):
                add("site", key, polarity, doc[m_start:m_end].text,
                    self._span(block, doc, m_start, m_end))
                sites_said.append(m_end)
            elif place_of_acting(doc, start, m_start):
                # "The calcium channel blockers act by blocking the influx of calcium into
                # vascular smooth muscle": how the class acts, said of the class
                add("site", key, polarity, doc[m_start:m_end].text,
                    self._span(block, doc, m_start, m_end), only=classes)
                sites_said.append(m_end)

    @staticmethod
    def _in_condition(doc, clause_start, index) -> bool:
        """The words at `index` sit in an if/when clause ('If given continuously, …')."""
        segment, words = index, doc_words.words(doc)
        while segment > clause_start and words[segment - 1] not in _BOUNDARY:
            segment -= 1
        return any(w in _CONDITION_WORDS - {"once"}
                   for w in doc_words.lower_words(doc)[segment:index])

    @staticmethod
    def _route_alternatives(doc, matches) -> set[int]:
        """Starts of the routes of a list joined by 'or' ('A, B or C')."""
        routes = [m for m in matches if m[0] == "route"]
        if len({m[1] for m in routes}) < 2:
            return set()
        listed, lowers = set(), doc_words.lower_words(doc)
        for first, second in zip(routes, routes[1:]):
            glue = lowers[first[3]:second[2]]
            if len(glue) <= 3 and "or" in glue and set(glue) <= {",", "or", "by", "as", "a",
                                                                 "an", "via", "through"}:
                listed.update((first[2], second[2]))
        # the earlier items of "A, B or C" are joined by commas only
        for first, second in zip(routes, routes[1:]):
            if second[2] in listed and all(w in (",", "by", "via")
                                           for w in lowers[first[3]:second[2]]):
                listed.add(first[2])
        return listed

    @staticmethod
    def _dose_of_form(doc, clause_start, start) -> bool:
        """'one 2.5 mg tablet administered once a day': a dose, not a statement of the
        route (as against 'available in tablets', 'comes as a tablet')."""
        if any(t.lower_ in _AVAILABLE for t in doc[clause_start:start]) or \
                forms_available(doc, clause_start, start):
            return False  # "available in 25, 50 and 100 mg tablets", "There are 20 mg tablets"
        before = doc[max(clause_start, start - 3):start]
        return any(t.like_num or t.lower_ in _DOSE_UNITS for t in before)

    @staticmethod
    def _acts_on(doc, clause_start, start, end) -> bool:
        """'an inhibitor of JAK1', 'binds to the IL-6 receptor', 'a JAK1 inhibitor'."""
        lowers = doc_words.lower_words(doc)
        after = lowers[end:min(len(doc), end + 2)]
        if after and (after[0] in _TARGET_ACTIONS or after[-1] in _TARGET_ACTIONS):
            return True
        before = lowers[max(clause_start, start - 5):start]
        return bool(set(before) & (_TARGET_ACTIONS | _TARGET_CUES))

    def _class_site(self, doc, clause_start, start, end) -> tuple[str, int] | None:
        """(site, end of its words) when a class's name is an organ and a head of acting
        ('central nervous system stimulant'), else None."""
        lowers = doc_words.lower_words(doc)
        if end - start < 2 or lowers[end - 1] not in SITE_CLASS_HEADS or \
                not own_class_before(doc, clause_start, start):
            return None
        for stop in range(end - 1, start, -1):
            key = self.site_names.get(" ".join(lowers[start:stop]))
            if key is not None:
                return key, stop
        return None

    def _site_said(self, doc, clause_start, start, matches) -> bool:
        """'acts directly on the pituitary', 'receptors in the hypothalamus and pituitary'."""
        # ("acts primarily at the level of the spinal cord": "the level of" adds no distance)
        lowers = doc_words.lower_words(doc)
        reach = 6 + (3 if lowers[max(0, start - 4):start - 1] ==
                     ["the", "level", "of"] else 0)
        before = lowers[max(clause_start, start - reach):start]
        if "feedback" in before:
            return False
        end = next((m[3] for m in matches if m[0] == "site" and m[2] == start), start + 1)
        if set(before) & self.site_cues or lowers[end - 1] in self.site_cues:
            return True  # (the site's own words may say it: "a centrally acting relaxant")
        if selective_for_site(doc, clause_start, start, end):
            return True  # "a gut-selective corticosteroid", "a central nervous system stimulant"
        # "stops the pituitary gland from making LH"
        if before[-2:-1] and before[-1] == "the" and before[-2] in _ORGAN_VERBS and \
                end < len(doc) and lowers[end] == "from":
            return True
        # "… in the hypothalamus and pituitary": the second site shares the first one's cue.
        earlier = [m for m in matches if m[0] == "site" and m[3] <= start]
        # ("peripheral nervous system (PNS) and central nervous system (CNS) sites": an
        # abbreviation in brackets after the first does not end the list)
        if earlier and all(w in _LIST_GLUE | {"the"} or bracketed_abbreviation(doc, i)
                           for i, w in enumerate(lowers[earlier[-1][3]:start],
                                                 earlier[-1][3])):
            return self._site_said(doc, clause_start, earlier[-1][2], matches)
        return False

    def _blocks_hormone(self, doc, clause_start, start, end) -> bool:
        """'blocking estrogen's negative feedback', 'blocks the effects of estrogen': the drug
        acts on the hormone's receptor."""
        lowers = doc_words.lower_words(doc)
        after = lowers[end:min(len(doc), end + 4)]
        if after[:1] in (["'s"], ["’s"]) and set(after) & self.mechanism_nouns:
            before = range(max(clause_start, start - 2), start)
        else:
            # "<block> the effects of <hormone>", "block the vasoconstrictor and
            # aldosterone-secreting effects of angiotensin II"
            words = lowers[max(clause_start, start - 4):start]
            if words[-1:] != ["of"] or not set(words[-3:-1]) & self.mechanism_nouns:
                return False
            noun = start - 2 if words[-2] in self.mechanism_nouns else start - 3
            if _levels_and(lowers, clause_start, noun):
                # "suppress levels and activity of growth hormone, insulin …": the hormones'
                # levels fall (round 15's pasireotide), no receptor is blocked
                return False
            before = []
            index, texts = noun - 1, doc_words.words(doc)
            while index >= max(clause_start, noun - _EFFECT_PHRASE) and \
                    texts[index] not in _BOUNDARY:
                before.append(index)
                index -= 1
        return any(self._blocking_at(doc, i) for i in before)

    def _blocking_at(self, doc, index) -> bool:
        """Whether the token at `index` is a word of blocking."""
        word = doc_words.lower_words(doc)[index]
        return word in self.down or doc_words.norm_words(doc)[index] in self.down or \
            word in ("block", "blocks", "blocking", "blocked", "antagonize",
                     "antagonizes", "antagonizing", "oppose", "opposes")

    # -- effects -------------------------------------------------------------
    def _effects(self, doc, start, end, matches):
        seen = set()
        # Tokens naming where a hormone comes from ("by the hypothalamus"): not a list's end.
        places = set()
        for m in matches:
            if m[0] == "site":
                places.update(range(m[2], m[3]))
                lead = m[2] - 1
                while lead >= start and m[2] - lead <= 2 and \
                        doc_words.lower_words(doc)[lead] in _PLACE_LEAD:
                    places.add(lead)
                    lead -= 1
        previous = None  # (end token, direction, polarity, evidence start) of the last effect
        hormone_ends = {m[3] for m in matches if m[0] == "hormone"}
        hormone_spans = {m[2]: m[3] for m in matches if m[0] in ("hormone", "target")}
        for kind, key, m_start, m_end in self._reuptake_hormones(doc, matches):
            if kind != "hormone":
                continue
            # ("blocks the effects of the hormone estrogen": the phrase starts at "the")
            result = None if names_activity(doc, m_end) or names_reuptake(
                doc, m_start, m_end, hormone_spans) and not reuptake_of(
                doc, m_start) else self._effect_for(
                doc, start, phrase_start(doc, start, m_start), m_end, previous, places,
                hormone_ends)
            if result is None:
                previous = None
                continue
            direction, polarity, evidence_start, *rest = result
            evidence_end = rest[0] if rest else m_end  # a word of effect after the hormone
            previous = (m_end, direction, polarity, evidence_start)
            # "increasing or decreasing the release of …": both directions are said.
            for way in (("up", "down") if direction == "both" else (direction,)):
                for hormone in (("lh", "fsh") if key == "gonadotropins" else (key,)):
                    if (hormone, way) in seen:
                        continue
                    seen.add((hormone, way))
                    yield hormone, way, polarity, evidence_start, evidence_end

    def _reuptake_hormones(self, doc, matches):
        """The matches, with the hormone inside a transporter named "reuptake of <hormone>"
        (i191's target names) put back after the target: "blocks the reuptake of serotonin"
        also says serotonin rises (`reuptake_of`), as it did before the transporter had
        that name."""
        lowers = doc_words.lower_words(doc)
        if not _REUPTAKE_NOUNS.intersection(lowers):
            return matches
        inner = {(s, e): label.split("\x1f", 1)[1] for label, s, e in self.index(doc)
                 if label.startswith("hormone\x1f")}
        out = []
        for m in matches:
            out.append(m)
            if m[0] == "target" and m[3] - m[2] > 2 and lowers[m[2]] in _REUPTAKE_NOUNS and \
                    lowers[m[2] + 1] == "of" and (m[2] + 2, m[3]) in inner:
                out.append(("hormone", inner[(m[2] + 2, m[3])], m[2] + 2, m[3]))
            elif m[0] == "target" and (m[2], m[3]) in inner and m[1] == self.target_named(
                    f"reuptake of {doc[m[2]:m[3]].text}"):
                # one of a list whose reuptake is named ("the reuptake of noradrenaline,
                # dopamine and serotonin", `reuptake_lists`): its substance too
                out.append(("hormone", inner[(m[2], m[3])], m[2], m[3]))
        return out

    def _effect_for(self, doc, clause_start, start, end, previous, places=frozenset(),
                    hormone_ends=frozenset()):
        # A hormone that owns a mechanism ("estrogen's negative feedback") is not an effect,
        # nor one in a compound ("estrogen-dependent cells").
        words, lowers = doc_words.words(doc), doc_words.lower_words(doc)
        after = lowers[end:min(len(doc), end + 4)]
        if after[:1] == ["-"]:
            return None
        if after[:1] in (["'s"], ["’s"]) and set(after) & self.mechanism_nouns:
            return None
        if after[:1] in (["receptor"], ["receptors"]) or (
                after[:1] in (["and"], ["or"], ["and/or"]) and
                after[2:3] in (["receptor"], ["receptors"])):
            # "blocks serotonin receptors", "activation of the estrogen and/or progesterone
            # receptors": the receptor's name, not a level
            return None
        if after[:1] and after[0] in _MEASURED_NOUNS:
            return None  # "luteinizing hormone tests": measured, not changed
        if after[:1] and after[0] in _RESPONSE_NOUNS and after[1:2] != ["to"]:
            # "raising the acute first-phase insulin response threshold", "improves insulin
            # sensitivity": how the body answers the hormone, not its level
            return None
        # "blocks GnRH stimulation of luteinizing hormone": what the hormone does is
        # blocked, its level is not said to change
        if after[1:2] == ["of"] and (after[0] in self.mechanism_nouns or
                                     after[0] == "stimulation"):
            return None
        # "negative feedback by estrogen", "the effects of estrogen": a mechanism's owner.
        before = lowers[max(clause_start, start - 2):start]
        if len(before) == 2 and before[1] in ("by", "of") and \
                before[0] in self.mechanism_nouns and \
                not _levels_and(lowers, clause_start, start - 2):
            return None
        floor = max(clause_start, start - _MAX_CLAUSE)
        head = listed_hormones_head(doc, clause_start, start)
        if head is not None and head < start:
            # "certain hormones, including growth hormone, insulin": said of each
            found = self._effect_for(doc, clause_start, head, head + 1, None, places,
                                     hormone_ends)
            if found is not None:
                return found
        neutral = None
        index = start - 1
        norms = doc_words.norm_words(doc)
        while index >= floor and words[index] not in _BOUNDARY:
            word, lemma = lowers[index], norms[index]
            # "lower DHT without affecting serum testosterone": no effect on this one
            if word == "without" and index < start - 1 and lowers[index + 1] in _AFFECTING:
                return "down", False, index
            if word in self.sensing or word in self.conditions:
                return None
            # "keeps the pituitary gland from making LH"
            if word == "from" and index + 1 < start and lowers[index + 1] in _MAKING and \
                    any(w in _KEEPING for w in lowers[floor:index]):
                return "down", self._polarity(doc, floor, index), index
            # "the conversion of testosterone to estrogen": substrate and product of an enzyme,
            # not levels the drug changes; but a word of effect governing the conversion
            # changes its product ("act by blocking the conversion of angiotensin I to
            # angiotensin II", "reduces the conversion of testosterone to estrogen")
            if word in ("conversion", "converts", "convert", "converting", "catalyzes"):
                return self._converted(doc, floor, index, start)
            # "suppresses LH response to GnRH": GnRH is the stimulus, its level unchanged
            if word == "to" and index > floor and lowers[index - 1] in _RESPONSE_NOUNS:
                return None
            # "preventing the effects of androgens like testosterone": what the hormone does,
            # not its level
            if word in self.mechanism_nouns and index + 1 < start and \
                    lowers[index + 1] == "of" and not _levels_and(lowers, floor, index):
                return None
            # "stop the growth of cancer cells that need testosterone": the hormone is in a
            # relative clause about something else; a word of effect before it governs that
            if word in _RELATIVE_OPENERS and index < start - 1:
                break
            if direction_word(self, word, lemma) and _disease_relative(lowers, floor, index):
                # "to treat neuroendocrine pituitary tumors that secrete excessive amounts of
                # growth hormone": the tumour makes the hormone, not the drug (round 15)
                return None
            # "to lower blood sugar in type 1 diabetics since insulin in the early 1920s":
            # the hormone is in another clause or phrase, a word of effect before it is not
            # said of it
            if word in _SUBORDINATORS:
                break
            direction = None
            if word in self.up or lemma in self.up:
                direction = "up"
            elif word in self.down or lemma in self.down:
                direction = "down"
            elif neutral is None and (word in self.neutral or lemma in self.neutral):
                if index >= 1 and lowers[index - 1] in _LACK_ADJECTIVES:
                    return None  # "inadequate secretion of endogenous GH": the disease
                if not (index >= 2 and words[index - 1] == "-" and
                        lowers[index - 2] in _RELEASE_FORMS):
                    neutral = index  # (not "a sustained-release prodrug of GH": a form)
            if direction is not None:
                if word in _ADJECTIVE_EFFECTS and self._conditioned(doc, floor, index):
                    return None
                if kept_from_acting(doc, end):
                    return None  # "prevent androgens like testosterone from mediating …"
                # "When used to suppress gonadotropin release, …": part of the condition.
                segment = index
                while segment > floor and words[segment - 1] not in _BOUNDARY:
                    segment -= 1
                if any(lowers[at] in _CONDITION_WORDS and _opens_condition(doc, at)
                       for at in range(segment, index)):
                    return None
                if index - 2 >= floor and lowers[index - 1] == "or" and \
                        self._direction_at(doc, index - 2) not in (None, direction):
                    return "both", self._polarity(doc, floor, index - 2), index - 2
                if hormone_relative(doc, floor, index, hormone_ends):
                    return None  # "…, a hormone that increases insulin": the hormone's doing
                if hormone_as_agent(lowers, index, start):
                    return None  # "cancers that are stimulated by estrogens": the agent
                if compared_with_hormone(lowers, index, start):
                    return None  # "less expensive than growth hormone": compared with it
                if reverses_direction(doc, index, start):
                    # "decrease the degradation of GLP-1": its level goes up
                    direction = "up" if direction == "down" else "down"
                governing = self._governing_effect(doc, floor, index)
                if governing is not None:
                    # "prevents the elevation of prolactin": the verb turns the noun's way
                    # round ("prevents the depletion of" is up); an up verb keeps it (i383)
                    if governing[1] == "down":
                        direction = "up" if direction == "down" else "down"
                    index = governing[0]
                return direction, self._polarity(doc, floor, index), index
            index -= 1
        if neutral is not None:
            return "up", self._polarity(doc, floor, neutral), neutral
        after_effect = self._effect_after(doc, end)
        if after_effect is not None:
            return after_effect[0], after_effect[1], start, after_effect[2]
        # "… of GnRH, LH, and FSH": a hormone in a list shares the effect of the one before.
        # "… of GnRH by the hypothalamus, and subsequently gonadotropin": a sequence, too.
        if previous is not None:
            glue = [lowers[at] for at in range(previous[0], start) if at not in places]
            if all(w in _LIST_GLUE for w in glue) or (
                    any(w == "and" for w in glue) and
                    all(w in _LIST_GLUE | _SEQUENCE for w in glue)):
                return previous[1], previous[2], previous[3]
        noun = effect_noun_after(doc, end)  # "maintaining testosterone suppression"
        if noun is not None:
            return noun, self._polarity(doc, floor, start), start, end + 1
        return None

    def _governing_effect(self, doc, floor: int, index: int):
        """'blocks the elevation of prolactin', 'prevents a rise in LH': the word of effect
        at `index` is a noun ('of'/'in' after it) that a verb of effect just before it (past
        a determiner) governs: that verb's index and direction, else None. An adjective
        ('less suppression of') is no verb."""
        lowers = doc_words.lower_words(doc)
        if index + 1 >= len(doc) or lowers[index + 1] not in ("of", "in"):
            return None
        before = index - 1
        if before >= floor and lowers[before] in _NOUN_DETERMINERS:
            before -= 1
        if before < floor or lowers[before] in _ADJECTIVE_EFFECTS:
            return None
        direction = self._direction_at(doc, before)
        return None if direction is None else (before, direction)

    def _effect_after(self, doc, end):
        """'Insulin secretion is increased by sitagliptin', 'Prolactin levels decrease with
        bromocriptine': the hormone, then the word of effect and the cause after it."""
        index, negated, lowers = end, False, doc_words.lower_words(doc)
        while index < len(doc) and index - end < _PASSIVE_REACH and (
                lowers[index] in _PASSIVE_GLUE or lowers[index] in _NEGATIONS or
                lowers[index].endswith("ly")):
            negated = negated or lowers[index] in _NEGATIONS
            index += 1
        if index + 1 >= len(doc) or lowers[index + 1] not in _CAUSE_AFTER:
            return None
        direction = self._direction_at(doc, index)
        if direction is None:
            return None
        return direction, not negated, index + 1

    def _changes(self, token) -> bool:
        """A word of changing what an organ makes ('decreases glucose production by the
        liver', 'modulating the secretion of prolactin from the pituitary')."""
        return self._direction(token) is not None or token.lower_ in _MODULATING

    def _direction(self, token):
        if token.lower_ in self.up or token.norm_ in self.up:
            return "up"
        if token.lower_ in self.down or token.norm_ in self.down:
            return "down"
        return None

    def _direction_at(self, doc, index):
        """`_direction(doc[index])`, read from the Doc's word lists."""
        word, norm = doc_words.lower_words(doc)[index], doc_words.norm_words(doc)[index]
        if word in self.up or norm in self.up:
            return "up"
        if word in self.down or norm in self.down:
            return "down"
        return None

    def _conditioned(self, doc, floor, index) -> bool:
        """'men with elevated estrogen', 'perceiving lower estrogen': a state, not an effect."""
        before, lowers = index - 1, doc_words.lower_words(doc)
        while before >= floor and lowers[before] in _DETERMINERS - {"of"}:
            before -= 1
        if before < floor:
            return False
        word = lowers[before]
        return word in self.conditions or word in self.sensing

    def _converted(self, doc, floor, index, start):
        """The effect on a hormone named after 'the conversion of X to' (its product) when a
        word of effect right before governs the conversion; None for its substrate, or
        when nothing does ('the enzyme that catalyzes the conversion of …')."""
        if doc[index].lower_ != "conversion":
            return None
        into = next((t.i for t in doc[index + 1:start] if t.lower_ in ("to", "into")), None)
        if into is None or any(t.lower_ in ("and", "or", ",") for t in doc[into + 1:start]):
            return None  # the substrate, or another noun's product ("… to pregnenolone and the
            # aromatization of androgens into estrogens")
        verb = index - 1
        while verb > floor and doc[verb].lower_ in _DETERMINERS:
            verb -= 1
        if verb < floor:
            return None
        word, lemma = doc[verb].lower_, doc[verb].norm_
        direction = "up" if word in self.up or lemma in self.up else \
            "down" if word in self.down or lemma in self.down else None
        if direction is None:
            return None
        return direction, self._polarity(doc, floor, verb), verb

    @staticmethod
    def _polarity(doc, floor, index) -> bool:
        lowers = doc_words.lower_words(doc)
        if not _NEGATIONS.isdisjoint(lowers[max(floor, index - 3):index]):
            return False
        # "without binding the growth hormone receptor or raising IGF-1": "without" governs
        # each gerund of its "or" list (round 38's AOD-9604; session 30, i415)
        if index - 1 > floor and lowers[index - 1] == "or" and lowers[index].endswith("ing"):
            for at in range(index - 2, max(floor, index - _GERUND_LIST_REACH) - 1, -1):
                if lowers[at] in _GERUND_LIST_STOPS:
                    break
                if lowers[at] == "without":
                    return False
        return True

    # -- hormone to hormone ----------------------------------------------------
    def _relations(self, doc, block, sentence, matches) -> list[HormoneRelation]:
        """'X production, facilitated by A and B' and 'A stimulates X' (A, X hormones)."""
        hormones = [m for m in matches if m[0] == "hormone"]
        if len(hormones) < 2:
            return []  # a relation joins two: the products follow the cause, the regulators precede
        out = []
        for index in doc_arrays.positions(doc, sentence.token_start, sentence.token_end,
                                          self._relation_ids):
            token = doc[index]
            word = token.lower_
            if word in _PASSIVE_CAUSE and token.i + 1 < sentence.token_end and \
                    doc[token.i + 1].lower_ == "by":
                products = [m for m in hormones if m[3] <= token.i and
                            token.i - m[3] <= 4]
                regulators = self._hormone_list(doc, hormones, token.i + 2, sentence.token_end)
            elif word in _ACTIVE_CAUSE:
                regulators = [m for m in hormones if m[3] <= token.i and token.i - m[3] <= 2]
                products = self._hormone_list(doc, hormones, token.i + 1, sentence.token_end)
            else:
                continue
            if not products or not regulators:
                continue
            product = products[-1] if word in _PASSIVE_CAUSE else products[0]
            following = doc[product[3]:min(sentence.token_end, product[3] + 3)]
            shared = len(products) > 1 or any(t.lower_ in ("and", "or") for t in following[:1])
            for regulator in regulators:
                if regulator[1] == product[1]:
                    continue
                span = self._span(block, doc, min(product[2], regulator[2]),
                                  max(product[3], regulator[3]))
                out.append(HormoneRelation(regulator[1], product[1], "up", sentence, span,
                                           doc[min(product[2], regulator[2]):
                                               max(product[3], regulator[3])].text, shared))
        return out

    @staticmethod
    def _hormone_list(doc, hormones, start, end):
        """The hormones listed from `start` on ('LH and FSH stimulation')."""
        out = []
        index = start
        for m in hormones:
            if m[2] < start:
                continue
            between = doc[index:m[2]]
            if any(t.lower_ not in _LIST_GLUE | _DETERMINERS | {"the"} for t in between):
                break
            out.append(m)
            index = m[3]
        return out


_EXTRACTORS: dict[tuple[int, int], tuple] = {}


def extractor_for(nlp, kb) -> MechanismExtractor:
    """One extractor per pipeline and knowledge base in a process (building one takes time)."""
    key = (id(nlp), id(kb))
    if key not in _EXTRACTORS:
        if len(_EXTRACTORS) >= 4:
            _EXTRACTORS.pop(next(iter(_EXTRACTORS)))
        _EXTRACTORS[key] = (nlp, kb, MechanismExtractor(nlp, kb))
    return _EXTRACTORS[key][2]


def annotate_mechanisms(documents, extractor: MechanismExtractor) -> None:
    for document in documents:
        assertions, mentions, relations = extractor.extract(document)
        document.annotations.mechanisms = assertions
        document.annotations.drug_mentions = mentions
        document.annotations.hormone_relations = relations
