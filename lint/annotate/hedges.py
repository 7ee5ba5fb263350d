"""Does a sentence carry an uncertainty or evidence-strength qualifier, and which words?

Cues (modal verbs, speculative verbs, hedging adverbs, uncertainty nouns,
evidence phrases, attribution and weasel forms) and the contexts that
cancel them ("May" the month, "things you can do") are data
(lint/data/hedges.yaml), matched with spaCy's PhraseMatcher and Matcher.
The judgment lists its cues; `classify hedges`, the EVD rules and the
report read it from `sentence.annotations.hedge`.
"""

from __future__ import annotations

import functools

from lint.annotate.doc_arrays import span_text
from lint.annotate.doc_words import lower_words
from lint.annotate.lexicon import load_data
from lint.annotate.token_flags import flagged
from lint.annotate.token_windows import (Openers, WindowedMatcher, WordGate, WordGatedMatcher,
                                         matches_near, max_length)
from lint.document.annotations import HEDGE_SCHEMES, UNCOUNTED_FAMILIES, HedgeJudgment
from lint.phrase_tokens import lower_keys


_EVIDENCE_NOUNS = frozenset({"evidence", "data", "record", "literature", "science"})
_COPULAS = frozenset({"is", "are", "remains", "remain", "was", "were"})


class HedgeDetector:
    def __init__(self, nlp):
        from spacy.matcher import Matcher, PhraseMatcher

        data = load_data("hedges.yaml")
        self.nlp = nlp
        self.family = {kind: spec.get("family", "speculation")
                       for kind, spec in data["cues"].items()}
        self.families = set(self.family.values())
        # Words a cue pattern reads after its cue without taking them into it.
        self.context = {kind: spec["context"] for kind, spec in data["cues"].items()
                        if spec.get("context")}
        unknown = self.families - {f for fs in HEDGE_SCHEMES.values() for f in fs}
        if unknown:
            raise ValueError(f"hedges.yaml: unknown cue families {sorted(unknown)}")
        strength = data["strength"]
        self.conditional_words = frozenset(strength["conditional_words"])
        self.correlational_kinds = frozenset(strength["correlational_kinds"])
        self.causal = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.causal.add("causal", lower_keys(nlp, data["causal"]["phrases"]))
        cue_patterns = {kind: spec["patterns"] for kind, spec in data["cues"].items()
                        if spec.get("patterns")}
        # The Matchers get word lists as lexeme flags (same matches, read in C).
        causal_exclusions, *groups = flagged(nlp.vocab, [
            ("adjectival", data["causal"]["exclusions"]), *cue_patterns.items(),
            *((f"x{index}", spec["patterns"]) for index, spec in enumerate(data["exclusions"]))])
        cues, exclusions = groups[:len(cue_patterns)], groups[len(cue_patterns):]
        self.causal_exclusions = Matcher(nlp.vocab, validate=False)
        self.causal_exclusions.add("adjectival", causal_exclusions)
        # The most tokens an exclusion takes (0: one is unbounded, read the whole text).
        lengths = [max_length(p) for p in data["causal"]["exclusions"]]
        self.causal_reach = 0 if None in lengths else max(lengths, default=0)
        self.causal_openers = Openers(data["causal"]["exclusions"])
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.patterns = Matcher(nlp.vocab, validate=False)
        self.exclusions = Matcher(nlp.vocab, validate=False)
        self.not_after = {kind: frozenset(spec["not_after"])
                          for kind, spec in data["cues"].items() if spec.get("not_after")}
        for kind, spec in data["cues"].items():
            phrases = lower_keys(nlp, spec.get("phrases", []))
            if phrases:
                self.phrases.add(kind, phrases)
        for kind, patterns in zip(cue_patterns, cues):
            self.patterns.add(kind, patterns)
        # An exclusion cancels the cues of every family, or of the families it names
        # (`families:`); one with `recast:` keeps its cues for conclusion strength but
        # moves them to a family no qualifier scheme counts (a comparison of risk is
        # the asserted content, yet a correlational conclusion).
        self.exclusion_scope = []
        for index, (spec, patterns) in enumerate(zip(data["exclusions"], exclusions)):
            self.exclusions.add(f"x{index}", patterns)
            self.exclusion_scope.append((frozenset(spec.get("families", self.families)),
                                         spec.get("recast")))
        recast = {r for _, r in self.exclusion_scope if r}
        if not recast <= UNCOUNTED_FAMILIES:
            raise ValueError(f"hedges.yaml: unknown recast families {sorted(recast)}")
        statements = data["evidence_statements"]
        # (run only on a block holding every word some pattern's tokens need: the gate is
        # read off the patterns, so none can go unmatched for a word missing from a list)
        self.evidence_statements = WordGatedMatcher(nlp.vocab, "stated", statements["patterns"])
        self.harms = frozenset(statements["harms"])
        self.safety_words = frozenset(statements["safety_words"])
        self.efficacy_words = frozenset(statements["efficacy_words"])
        self.reversals = frozenset(statements["reversals"])
        self.denied_after = frozenset(statements["denied_after"])
        self.denied_after_pairs = frozenset(tuple(p) for p in statements["denied_after_pairs"])
        self.clause_breaks = frozenset(statements["clause_breaks"])
        self.comma_conjunctions = frozenset(statements["comma_conjunctions"])
        self.subordinators = frozenset(statements["subordinators"])
        self.closing_contrasts = frozenset(statements["closing_contrasts"])
        # run only on a block with the words an appositive needs ("often", "called")
        self.naming = WordGatedMatcher(nlp.vocab, "naming", data["naming_appositives"]["patterns"])
        self.near_exclusions, self.far_exclusions, self.exclusion_reach, self.far_gate = \
            _split_exclusions(nlp.vocab, data["exclusions"], exclusions) \
            if len(recast) <= 1 else (None, None, 0, None)
        # the near ones as written (in the Matcher's order), for the windows they can match in
        self.near_openers = Openers([raw for spec in data["exclusions"]
                                     for raw in spec["patterns"] if max_length(raw) is not None])
        # The (per-token, costly) pattern matcher only reads the stretches of a text
        # where a cue pattern can match: from a word one starts with, as far as it can run.
        self.cue_patterns = WindowedMatcher(self.patterns, [
            p for patterns in cue_patterns.values() for p in patterns],
            [(kind, p) for kind, patterns in zip(cue_patterns, cues) for p in patterns])

    def matches(self, doc) -> tuple[list[tuple[int, int, str]], dict[int, list]]:
        """Cue matches (start, end, kind) and the token indices exclusions block, for a Doc."""
        strings = self.nlp.vocab.strings
        found = []
        matches = list(self.phrases(doc))
        matches += self.cue_patterns(doc)
        lower = lower_words(doc) if matches else ()  # a list index, not a Token, per look
        for match_id, s, e in matches:
            kind = strings[match_id]
            if (kind in ("modal", "effect_can", "effect_can_be", "could")
                    and lower[s] in ("could", "can")):
                e = s + 1  # the cue is the modal itself, not the words after it
            if kind == "potential":
                e = s + 1
            if kind in self.context:
                e -= self.context[kind]
            if s and lower[s - 1] in self.not_after.get(kind, ()):
                continue  # the word before makes the cue a noun ("action potential")
            if kind == "evidence_health" and lower[s] in _EVIDENCE_NOUNS:
                # "the evidence base is early": the cue is the judgment, from its verb
                s = max((i for i in range(s, e) if lower[i] in _COPULAS), default=s)
            found.append((s, e, kind))
        blocked = {}  # token index -> [(families cancelled, family recast to or None)]
        if found:  # exclusions only ever cancel a cue
            for match_id, s, e in self._exclusion_matches(doc, found):
                scope = self.exclusion_scope[int(strings[match_id][1:])]
                for i in range(s, e):
                    blocked.setdefault(i, []).append(scope)
        return found, blocked

    def _exclusion_matches(self, doc, found) -> list[tuple[int, int, int]]:
        """The exclusion matches that cover a cue's token, as the whole-text run finds
        them (with others, which nothing reads), not necessarily in its order: `judge`
        reads a token's exclusions as a set while one family at most is recast to."""
        if not self.exclusion_reach:  # none bounded (or the order matters): the plain way
            return self.exclusions(doc)
        out = matches_near(self.near_exclusions, doc, [(s, e) for s, e, _ in found],
                           self.exclusion_reach, self.near_openers)
        # (the unbounded ones only where a block holds the words each of one needs: most
        # blocks with a cue lack them, and the Matcher would find nothing there)
        return out + self.far_exclusions(doc) if self.far_exclusions is not None and \
            self.far_gate(doc) else out

    def causal_matches(self, doc) -> list[tuple[int, int]]:
        """Spans of causal words, less those used as adjectives ("an increased risk")."""
        causal = self.causal(doc)
        if not causal:
            return []  # the exclusions only ever drop a causal word
        # An exclusion drops a causal word when it ends on it, so covers it: the matches
        # around the causal words are the ones to read (as the whole text has them).
        excluded = matches_near(self.causal_exclusions, doc, [(s, e) for _, s, e in causal],
                                self.causal_reach, self.causal_openers) if self.causal_reach else \
            self.causal_exclusions(doc)
        adjectival = {e - 1 for _, s, e in excluded}
        return [(s, e) for _, s, e in causal if s not in adjectival]

    def evidence_statement_matches(self, doc) -> list[tuple[int, int]]:
        """Spans saying the evidence is missing, weak, mixed or negative, less those denied
        by the words before them ("no lack of evidence", "far from unproven")."""
        spans = sorted(set((s, e) for _, s, e in self.evidence_statements(doc)))
        if not spans:
            return []
        lower = lower_words(doc)
        return [(s, e) for s, e in spans
                if not (s and lower[s - 1] in self.denied_after)
                and not (s > 1 and (lower[s - 2], lower[s - 1]) in self.denied_after_pairs)]

    def naming_matches(self, doc) -> list[tuple[int, int]]:
        """Appositives that give a noun a name (", often called the wolverine peptide,")."""
        return [(s, e) for _, s, e in self.naming(doc)]

    def _clause(self, lower, start: int, end: int, s: int, e: int) -> tuple[int, int]:
        """The clause of the sentence [start, end) that the words [s, e) sit in: cut at a
        contrast or subordinating word, at ; and :, and at a comma before a conjunction or
        closing a clause one of those words opens."""
        breaks, opened = [], start
        for i in range(start, end):
            word = lower[i]
            if word in self.clause_breaks and i != opened:
                breaks.append(i)
                opened = i
            elif word == "," and ((i + 1 < end and lower[i + 1] in self.comma_conjunctions)
                                  or lower[opened] in self.subordinators):
                breaks.append(i)
                opened = i + 1
        return (max((b for b in breaks if b <= s), default=start),
                min((b for b in breaks if b >= e), default=end))

    def _main_clause(self, lower, start: int, end: int, cs: int, ce: int) -> bool:
        """The clause [cs, ce) closes the sentence after a contrast ("…, but has limited
        clinical data", "…, though its link to … is unproven") or after a clause a
        subordinating word opens ("While studies have looked at it in rats, there is no human
        trial"): it is what the sentence asserts, so its statement speaks for all of it."""
        if ce != end or cs == start:
            return False
        first = lower[cs + 1] if lower[cs] == "," and cs + 1 < end else lower[cs]
        return first in self.closing_contrasts or (
            lower[start] in self.subordinators
            and self._clause(lower, start, end, start, start + 1)[1] == cs)

    def _stated(self, doc, start: int, end: int,
                stated) -> list[tuple[str, str, str, str, str]]:
        """(statement, the other words of its clause, or "" when that clause is the whole
        sentence, the words of the sentence outside that clause, and its tags), less
        statements whose clause goes on to reverse them ("… is ineffective", "… found
        otherwise"). Tags, read by status.py against the claim's topic: "closing" (the clause
        closes the sentence after a contrast or ";": it speaks for all of it unless it names
        another agent), "harm" (the clause goes on to a harm, "have not shown that … causes
        harm": a claim of safety unless it names the outcome), "safety" (the clause names
        safety and no efficacy: no word on the claimed benefit; review finalB of i306), and
        the words from the statement to the clause's first harm word ("" without one)."""
        lower = lower_words(doc)
        out = []
        for s, e in stated:
            if s < start or e > end:
                continue
            cs, ce = self._clause(lower, start, end, s, e)
            after = lower[e:ce]
            if not self.reversals.isdisjoint(after):
                continue
            clause = set(lower[cs:ce])
            tags = [tag for tag, on in (
                ("harm", not self.harms.isdisjoint(after)),
                ("safety", not self.safety_words.isdisjoint(clause)
                 and self.efficacy_words.isdisjoint(_benefit_words(lower[cs:ce])))) if on]
            if cs == start and ce == end:
                rest = ""
            else:
                if self._main_clause(lower, start, end, cs, ce):
                    tags.append("closing")
                rest = " ".join(lower[cs:s] + lower[e:ce])
            harm = next((i for i in range(e, ce) if lower[i] in self.harms), None)
            before_harm = span_text(doc, e, harm).lower() if harm and harm > e else ""
            out.append((span_text(doc, s, e), rest,
                        " ".join(lower[start:cs] + lower[ce:end]), " ".join(tags),
                        before_harm))
        return out

    def judge(self, doc, start: int, end: int, found=None, blocked=None,
              causal=None, stated=None, naming=None) -> HedgeJudgment:
        if found is None:
            found, blocked = self.matches(doc)
        if causal is None:
            causal = self.causal_matches(doc)
        if stated is None:
            stated = self.evidence_statement_matches(doc)
        if naming is None:
            naming = self.naming_matches(doc)
        naming = [(s, e) for s, e in naming if s >= start and e <= end]
        in_naming = []  # per cue: does it sit inside a naming appositive
        # Words are taken once per family: a phrase that is both a scope and a
        # speculation cue ("in many") counts for each scheme.
        cues, kinds, taken = [], [], {family: set() for family in self.families}
        families = []
        for s, e, kind in sorted(found, key=lambda m: (m[0], -(m[1] - m[0]))):
            if s < start or e > end:
                continue
            family = self.family[kind]
            used = taken[family]
            if any(i in used for i in range(s, e)):
                continue
            cancelled = [scope for i in range(s, e) for scope in blocked.get(i, ())
                         if family in scope[0]]
            if cancelled:
                recast = next((r for _, r in cancelled if r), None)
                if not recast or len(cancelled) > sum(1 for _, r in cancelled if r):
                    continue
                family = recast
            used.update(range(s, e))
            in_naming.append(any(ns <= s and e <= ne for ns, ne in naming))
            cues.append(span_text(doc, s, e))
            kinds.append(kind)
            families.append(family)
        causal_words = [span_text(doc, s, e) for s, e in causal if s >= start and e <= end]
        conditional = [c for c in cues if not self.conditional_words.isdisjoint(c.lower().split())]
        correlational = [c for c, k in zip(cues, kinds) if k in self.correlational_kinds]
        if conditional:
            strength = "conditional"
        elif correlational:
            strength = "correlational"
        else:
            strength = "direct" if causal_words else "none"
        qualifier = HEDGE_SCHEMES["qualifier"]
        hedged = not qualifier.isdisjoint(families)
        # qualified only by a cue inside a name given to a noun ("BPC-157, often called the
        # wolverine peptide, heals …"): a qualifier of the labels, not of the claim's verb
        naming_only = hedged and all(inside for inside, f in zip(in_naming, families)
                                     if f in qualifier)
        stated_in = self._stated(doc, start, end, stated)
        return HedgeJudgment(hedged, cues, kinds, families, strength, causal_words,
                             conditional + correlational, [w for w, *_ in stated_in],
                             [rest for _, rest, *_ in stated_in],
                             [elsewhere for _, _, elsewhere, *_ in stated_in],
                             [tags for _, _, _, tags, _ in stated_in],
                             [span_text(doc, s, e) for s, e in naming], naming_only,
                             [before for *_, before in stated_in])


def _benefit_words(words: list[str]) -> set[str]:
    """The clause's words less "effect(s)" after "side": a side effect is a harm, not the
    benefit."""
    return {word for i, word in enumerate(words)
            if not (word in ("effect", "effects") and i and words[i - 1] == "side")}


def _split_exclusions(vocab, specs: list[dict], flagged_patterns: list[list]):
    """The exclusion patterns of bounded length, matched only around the cues (most
    of the text has none), and the others, over the whole text; the most tokens
    one of the first takes; and the word gate of the others (`WordGate`, read off them
    as written). Same labels and patterns as the one exclusion Matcher."""
    from spacy.matcher import Matcher

    near, far, reach = Matcher(vocab, validate=False), Matcher(vocab, validate=False), 0
    far_written = []
    for index, (spec, patterns) in enumerate(zip(specs, flagged_patterns)):
        for raw, pattern in zip(spec["patterns"], patterns, strict=True):
            length = max_length(raw)
            # (the unbounded ones open with "," or "not": windows from those words cost
            # more than the whole text)
            (far if length is None else near).add(f"x{index}", [pattern])
            if length is None:
                far_written.append(raw)
            reach = max(reach, length or 0)
    return near if len(near) else None, far if len(far) else None, reach, \
        WordGate(vocab, far_written)


@functools.cache
def detector(model: str) -> HedgeDetector:
    from lint.nlp import pipeline

    return HedgeDetector(pipeline(model))


def annotate_hedges(document, hedge_detector: HedgeDetector) -> None:
    for block in document.blocks:
        doc = block.nlp_doc
        if doc is None:
            continue
        found, blocked = hedge_detector.matches(doc)
        causal = hedge_detector.causal_matches(doc)
        stated = hedge_detector.evidence_statement_matches(doc)
        naming = hedge_detector.naming_matches(doc)
        for sentence in block.sentences:
            sentence.annotations.hedge = hedge_detector.judge(
                doc, sentence.token_start, sentence.token_end, found, blocked, causal, stated,
                naming)
