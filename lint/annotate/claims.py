"""Is this sentence a factual claim that needs a source? With the reasons why.

A sentence scores points for cues that make it checkable (it reports
evidence, states an effect on something biological, defines a term,
gives a quantity, dose, route or schedule, states an association, a
requirement or a role) and loses points for cues of rhetoric (it
addresses the reader, offers empathy, frames without a fact, gives
advice). Domain vocabulary (domain.yaml plus the project's glossary)
adds a little and is required for the full weight of verb cues: "X
increases Y" is a claim when X or Y is biology or medicine. The cue
lexicon is data (lint/data/claims.yaml); the decision is explainable:
every cue found becomes a reason.
"""

from __future__ import annotations

import functools
import math
from bisect import bisect_left
import re

from lint.annotate.claim_model import (KNOWN_CONTENT, describe_form, knows_its_words, load_model,
                                       top_drivers)
from lint.annotate.claim_page import page_scores
from lint.annotate.claim_speaker import speaker_attribution
from lint.annotate.claim_structure import mark_not_citable
from lint.annotate.teaching_text import mark_standard_teaching, prepare_teaching_signs
from lint.annotate import doc_words
from lint.annotate.doc_arrays import lowers, span_chars, span_text, text as doc_text, word_ids
from lint.annotate.lexicon import PhraseIndex, cue_groups, load_data
from lint.annotate.not_claims import taken, unless_of
from lint.annotate.regex_gate import GatedPattern, GatedSearches
from lint.annotate.sentence_forms import sentence_forms
from lint.sources.terms import is_term
from lint.document.annotations import ClaimJudgment, Cue, DomainMention
from lint.document.model import Block, BlockKind, Sentence

# A paragraph this short without a full stop is a label ("Impact on Recovery");
# one shorter still is a label whatever its punctuation ("Text.", "Overview.").
SHORT_LABEL_WORDS = 5
TOO_SHORT_WORDS = 3
# A table cell this short is a value ("C>T", "0.57", "Yes"), not a statement; the
# article's shortest claim cell has six words.
TABLE_VALUE_WORDS = 3
# Row headers whose terms are kept (a few per table; the bound only caps a huge run).
_ROW_TERMS_MAX = 4096


class _ByStart:
    """A block's matches by start, longest first, sorted once; a sentence reads its own."""

    __slots__ = ("matches", "starts")

    def __init__(self, matches):
        self.matches = sorted(matches, key=lambda m: (m[1], -(m[2] - m[1])))
        self.starts = [m[1] for m in self.matches]

    def within(self, start: int, end: int) -> list:
        """The matches that start in [start, end), in the order above."""
        return self.matches[bisect_left(self.starts, start):bisect_left(self.starts, end)]


# Blocks whose sentences are never claims: they label or illustrate.
_NOT_PROSE = {BlockKind.HEADING: "a heading", BlockKind.CAPTION: "an image or table caption",
              BlockKind.FRONT_MATTER: "front matter"}


class ClaimDetector:
    def __init__(self, nlp, extra_terms: tuple[str, ...] = (), threshold: float | None = None,
                 use_model: bool = True, profile: str = "health"):
        data = load_data("claims.yaml")
        self.nlp = nlp
        self.model = load_model(profile) if use_model else None
        self.forms = sentence_forms()
        self.speaker = speaker_attribution()
        self.profile = profile
        self.genre = profile  # the configured genre (detector() sets "book")
        self.threshold = float(data["threshold"] if threshold is None else threshold)
        self.domain_weight = float(data["domain_weight"])
        self.domain_weight_more = float(data["domain_weight_more"])
        about = data["about_the_text"]
        self.about_the_text = frozenset(about["words"])
        self.about_the_text_words = int(about["max_words"])
        self.plan = {key: frozenset(about[key]) for key in
                     ("plan_subjects", "plan_adverbs", "plan_verbs", "plan_openers",
                      "plan_content_clauses_health")}
        # A plan opens with "in" ("In this review, we …") or its subject: other sentences
        # are passed by their first token's id, without a Span.
        self.plan_openings = word_ids(nlp.vocab, self.plan["plan_subjects"] | {"in"})
        # Health pages only: there most declarative sentences are claims (LABELING.md).
        # Each searched only in sentences holding a word it needs (most hold none).
        specs = list((data.get("not_claims") or {}).values()) if profile == "health" else []
        self.not_claims = [(spec["reason"], GatedPattern(
            re.compile("|".join(f"(?:{p})" for p in spec["patterns"])), spec["patterns"]))
                           for spec in specs]
        # A group's `unless`: a shape that leaves the sentence to the model although a
        # pattern of the group matches (by index, as `not_claims`).
        self.not_claim_unless = [unless_of(spec) for spec in specs]
        self.not_claim_searches = GatedSearches([pattern for _, pattern in self.not_claims])
        part = about["part_reference"].replace("{parts}", "|".join(about["parts"]))
        # (searched only in a sentence holding a word each pointer needs: most hold none)
        pointers = [f"(?:{p.replace('{part}', part)})" for p in about["part_pointers"]]
        self.part_pointer = GatedPattern(re.compile("|".join(pointers)), pointers)
        groups = cue_groups(data, "positive") + cue_groups(data, "negative")
        self.groups = {g.name: g for g in groups}
        self.cues = PhraseIndex(nlp)
        for group in self.groups.values():
            self.cues.add_phrases(group.name, group.phrases)
            self.cues.add_patterns(group.name, group.patterns)
        self.domain = PhraseIndex(nlp, attr="LOWER")
        for category, terms in load_data("domain.yaml").items():
            self.domain.add_phrases(category, terms)
        self.domain.add_phrases("glossary", [t for t in extra_terms if is_term(t)])
        # A table row header's domain terms, by its text (`_context_terms`; callers only
        # read the lists).
        self._row_terms: dict[str, list[str]] = {}

    # -- the judgment ---------------------------------------------------
    def judge_block(self, block: Block, in_page: bool = False) -> list[DomainMention]:
        """Judge every sentence of a block (into sentence.annotations.claim).

        Returns the block's mentions of domain vocabulary, longest match first. `in_page`:
        the learned decisions wait for the page (`read_in_page` makes them, once).
        """
        excluded = _NOT_PROSE.get(block.kind)
        if excluded is None and block.kind is BlockKind.TABLE_CELL and (
                block.meta.header or (block.meta.column == 0
                                             and len(block.text.split()) < 8)):
            excluded = "a table label"
        elif excluded is None and block.kind is BlockKind.TABLE_CELL and (
                len(block.text.split()) < TABLE_VALUE_WORDS or _all_code(block)):
            # A cell that is all code is a literal (a dataset, file or function name).
            excluded = "a table value"
        if excluded or block.nlp_doc is None:
            for sentence in block.sentences:
                sentence.annotations.claim = ClaimJudgment(
                    False, 0.0, 0.0, [f"not a claim: {excluded}"], excluded=excluded or "empty")
            if block.nlp_doc is None:
                return []
        doc = block.nlp_doc
        domain_matches = _ByStart(self.domain(doc))
        mentions = self._mentions(block, domain_matches)
        if excluded:
            return mentions
        cue_matches = _ByStart(self.cues(doc))
        context_terms = self._context_terms(block)
        for sentence in block.sentences:
            sentence.annotations.claim = self._judge(
                doc, sentence, cue_matches, domain_matches, context_terms, in_page)
        return mentions

    @staticmethod
    def _mentions(block: Block, matches: _ByStart) -> list[DomainMention]:
        doc = block.nlp_doc
        skip = block.meta.code_ranges + block.meta.link_ranges
        mentions, covered_until = [], -1
        if not matches.matches:
            return mentions
        # Offsets and text from the Doc's kept arrays (a Span per match is the cost).
        full = doc_text(doc)
        for label, start, end in matches.matches:
            if start < covered_until:
                continue
            first, last = span_chars(doc, start, end)
            if any(s < last and first < e for s, e in skip):
                continue
            covered_until = end
            mentions.append(DomainMention(full[first:last], label,
                                          block.mapping.to_source(first),
                                          block.mapping.to_source(last)))
        return mentions

    def _context_terms(self, block: Block) -> list[str]:
        """A table cell is read with its row: the row's first cell names what it is about."""
        if block.kind is not BlockKind.TABLE_CELL or not block.meta.row_header:
            return []
        # Every cell of a row reads the same header: its terms are found once per text.
        header = block.meta.row_header
        terms = self._row_terms.get(header)
        if terms is None:
            if len(self._row_terms) >= _ROW_TERMS_MAX:
                self._row_terms.clear()
            doc = self.nlp(header)
            terms = self._row_terms[header] = sorted(
                {doc[s:e].text for _, s, e in self.domain(doc)})
        return terms

    def _judge(self, doc, sentence: Sentence, cue_matches: _ByStart, domain_matches: _ByStart,
               context_terms: list[str], in_page: bool = False) -> ClaimJudgment:
        start, end = sentence.token_start, sentence.token_end
        text = sentence.text.rstrip()
        if text.endswith("?"):
            return ClaimJudgment(False, 0.0, 0.0, ["not a claim: a question"],
                                 excluded="a question")
        words = len(text.split())
        if (sentence.block.kind is BlockKind.PARAGRAPH and not sentence.block.meta.given_line
                and (words < TOO_SHORT_WORDS or (words < SHORT_LABEL_WORDS
                                                 and not text.endswith((".", "!", ";"))))):
            return ClaimJudgment(False, 0.0, 0.0, ["not a claim: a label, not a sentence"],
                                 excluded="a label")
        if (words <= self.about_the_text_words and self._about_the_text(doc, start, end)) or \
                (start < end and lowers(doc)[start] in self.plan_openings
                 and self._announces_plan(doc[start:min(end, start + 8)])) or \
                self.part_pointer.search(text):
            return ClaimJudgment(False, 0.0, 0.0, ["not a claim: about the text itself"],
                                 excluded="about the text itself")
        searches = self.not_claim_searches
        open_ = searches.open(text) if self.not_claims else ()
        # In list order, as every pattern would be tried: one not let through finds nothing.
        for index in sorted(open_):
            found = taken(searches.search(index, text, open_), self.not_claim_unless[index], text)
            if found:
                reason = self.not_claims[index][0]
                return ClaimJudgment(False, 0.0, 0.0,
                                     [f"not a claim: {reason}: '{found.group(0).strip()}'"],
                                     excluded=reason)
        if self.profile == "scholarly" and text.endswith(":"):
            # Authors cite what the list says, not the sentence announcing it (1 of 30
            # such sentences cited in the manuscripts' train and dev splits).
            return ClaimJudgment(False, 0.0, 0.0, ["not a claim: introduces a list or table"],
                                 excluded="introduces a list")
        domain = {}
        covered_until = -1
        # Longest match wins where terms nest ("growth hormone secretagogues" ⊃ "hormone").
        for _, s, e in domain_matches.within(start, end):
            if e <= end and s >= covered_until:  # within() gives start <= s
                term = span_text(doc, s, e)
                domain.setdefault(term.lower(), (s, term))
                covered_until = e
        for term in context_terms:
            domain.setdefault(term.lower(), (-1, term))
        terms = [t for _, t in sorted(domain.values())]
        points = 0.0
        reasons: list[str] = []
        cues: list[Cue] = []
        if terms:
            points += self.domain_weight + (self.domain_weight_more if len(terms) > 1 else 0)
        seen: set[str] = set()
        for name, s, e in cue_matches.within(start, end):
            if e > end or name in seen:
                continue
            seen.add(name)
            group = self.groups[name]
            weight = group.weight
            if group.needs_domain and weight > 0 and not terms:
                weight *= 0.5
            cue_text = span_text(doc, s, e)
            shown = cue_text
            if name == "effect":
                after = [t for pos, t in sorted(domain.values()) if pos >= e]
                shown = f"{cue_text} … {after[0]}" if after else cue_text
            points += weight
            cues.append(Cue(name, group.reason, cue_text, weight))
            reasons.append(f"{group.reason}: '{shown}'")
        if text.endswith(":"):
            points -= 2.0
            reasons.append("introduces a list or table: ends with ':'")
        if terms:
            shown_terms = ", ".join(f"'{t}'" for t in terms[:3])
            reasons.append(f"domain terms: {shown_terms}")
        if self.model is not None:
            return self._learned(doc, start, end, text, cues, terms, reasons, in_page)
        label = points >= self.threshold
        score = 1.0 / (1.0 + math.exp(-1.5 * (points - self.threshold)))
        if not reasons:
            reasons.append("no cue of a checkable statement")
        return ClaimJudgment(label, score, points, reasons, cues, terms)


    def _about_the_text(self, doc, start: int, end: int) -> bool:
        """Every content word names the text or reading it (claims.yaml: about_the_text).
        (Read from the Doc's kept arrays: no Token per word.)"""
        alpha, stop = doc_words.flags(doc, "IS_ALPHA"), doc_words.flags(doc, "IS_STOP")
        content = [i for i in range(start, end) if alpha[i] and not stop[i]]
        if not content or any(doc_words.flags(doc, "LIKE_NUM")[start:end]):
            return False
        norms, lower, about = doc_words.norm_words(doc), doc_words.lower_words(doc), \
            self.about_the_text
        return all(norms[i] in about or lower[i] in about for i in content)

    def _announces_plan(self, tokens) -> bool:
        """"We discuss ...", "In this review, we describe ...": the authors say what their
        text does (claims.yaml: about_the_text, plan_*)."""
        plan, i = self.plan, 0
        if len(tokens) > 3 and tokens[0].lower_ == "in" and tokens[1].lower_ == "this" \
                and tokens[2].norm_ in plan["plan_openers"]:
            i = 4 if tokens[3].text == "," else 3
        if i >= len(tokens) or tokens[i].lower_ not in plan["plan_subjects"]:
            return False
        i += 1
        if i < len(tokens) and tokens[i].lower_ in plan["plan_adverbs"]:
            i += 1
        if i >= len(tokens) or tokens[i].norm_ not in plan["plan_verbs"]:
            return False
        # ("We propose that X plays a central role": on a health page, a finding)
        return not (self.profile == "health" and i + 1 < len(tokens)
                    and tokens[i + 1].lower_ in plan["plan_content_clauses_health"])

    def _learned(self, doc, start: int, end: int, text: str, cues: list[Cue], terms: list[str],
                 reasons: list[str], in_page: bool = False) -> ClaimJudgment:
        """The learned scorer decides; its strongest features join the cue reasons. With
        `in_page` and a page prior, the decision waits for the page (`read_in_page`)."""
        model = self.model
        # On health pages the speaker of a quotation is not weighed with what the quotation
        # says (claim_speaker.py); the cues and forms read the whole sentence.
        weighed = (self.speaker.scored_end(doc, start, end, text) if self.profile == "health"
                   else end)
        if weighed != end:
            reasons.append(f"names who spoke (not weighed): '{span_text(doc, weighed, end)}'")
        logit, drivers = model.score(doc, start, end, [c.group for c in cues], len(terms), text,
                                     self.forms.of(text) if model.uses_grammar else (),
                                     weighed_end=weighed if weighed != end else None)
        raw = logit + model.threshold
        # A fragment on a health page is mostly a list item that completes a claim
        # ("Blurred vision" under "Symptoms include:"): 13 of the 15 such rows of the
        # health-page train and dev splits that no weighted word speaks for.
        fragment = self.profile == "health" and not text.endswith((".", "!", ";", ":"))
        if not fragment and not knows_its_words(
                drivers, KNOWN_CONTENT if self.profile == "health" else 0.0):
            # Its form alone ("ends with '.'") is no evidence of a checkable statement.
            reasons.append(f"not a claim: none of its words is known to the {model.profile} "
                           "model")
            return ClaimJudgment(False, min(model.probability(logit), 0.5), min(logit, 0.0),
                                 reasons, cues, terms, raw_score=raw)
        if in_page and model.page:
            return ClaimJudgment(logit >= 0, model.probability(logit), logit, reasons, cues,
                                 terms, raw_score=raw, weighted=drivers)
        judgment = ClaimJudgment(False, 0.0, 0.0, reasons, cues, terms, raw_score=raw)
        decide(judgment, model, logit, drivers, fragment, len(reasons))
        return judgment


def decide(judgment: ClaimJudgment, model, logit: float, drivers: list[tuple[str, float]],
           fragment: bool, cue_reasons: int) -> None:
    """Set a learned judgment's label, score and reasons from its logit (the distance from
    the threshold) and weighted features; its first `cue_reasons` reasons are the cues'."""
    reasons = judgment.reasons[:cue_reasons]
    label = logit >= 0
    toward = top_drivers(drivers, positive=label)
    shape = describe_form(drivers, positive=label)
    if toward or shape:
        shown = ", ".join(d.describe() for d in toward) or "none of its words"
        reasons.append(f"{'for' if label else 'against'} a claim ({model.profile} model): "
                       f"{shown}" + (f"; {shape}" if shape else ""))
    elif fragment and label:
        reasons.append(f"for a claim ({model.profile} model): a fragment, on health pages "
                       "mostly a list item that completes a claim")
    if not reasons:
        reasons.append("no cue of a checkable statement")
    judgment.label, judgment.score, judgment.points = label, model.probability(logit), logit
    judgment.reasons, judgment.drivers = reasons, toward


def read_in_page(document, claim_detector: ClaimDetector) -> None:
    """Decide every sentence whose learned decision waited for its page (judge_block with
    `in_page`): on a page of enough other sentences, by its score plus the page prior's
    weights times the others' mean score and the mean score of the sentences beside it
    (claim_page.py), against the prior's threshold, both named among the drivers;
    elsewhere by its score alone."""
    model = claim_detector.model
    prior = model.page if model is not None else None
    if prior is None:
        return
    judged, scores, sections = page_scores(document, prior.clip)
    context = prior.context(scores)
    nearby = prior.nearby(scores) if prior.neighbours else [None] * len(scores)
    section = prior.in_section(scores, sections) if prior.section else [None] * len(scores)
    for sentence, index in judged:
        judgment = sentence.annotations.claim
        if not judgment.weighted:
            continue  # decided already (none of its words known)
        drivers, logit = judgment.weighted, judgment.raw_score - model.threshold
        if context[index] is not None:
            page = ("page=%+.2f" % context[index], round(prior.weight * context[index], 3))
            drivers = drivers + [page]
            logit = judgment.raw_score + page[1] - prior.threshold
            if nearby[index] is not None:
                beside = ("beside=%+.2f" % nearby[index],
                          round(prior.neighbours * nearby[index], 3))
                drivers = drivers + [beside]
                logit += beside[1]
            if section[index] is not None:
                own = ("section=%+.2f" % section[index], round(prior.section * section[index], 3))
                drivers = drivers + [own]
                logit += own[1]
            if prior.forms:
                # The forms' and cues' weights as every labelled page reads them
                # (claim_page.PagePrior.forms).
                names = ["grammar=" + form for form in claim_detector.forms.of(
                    sentence.text.rstrip())] + ["cue=" + cue.group for cue in judgment.cues]
                found = [("on pages " + name, prior.forms[name]) for name in names
                         if name in prior.forms]
                drivers = drivers + found
                logit += sum(weight for _, weight in found)
        text = sentence.text.rstrip()
        fragment = claim_detector.profile == "health" and not text.endswith(
            (".", "!", ";", ":"))
        decide(judgment, model, logit, drivers, fragment, len(judgment.reasons))
        judgment.weighted = []


def _all_code(block: Block) -> bool:
    """Every character but spaces and emphasis marks lies in inline code."""
    inside = set()
    for start, end in block.meta.code_ranges:
        inside.update(range(start, end))
    return bool(inside) and all(i in inside or c.isspace() or c == "*"
                                for i, c in enumerate(block.text))


# The claim scorer's profile of each genre: a book is scored as a health page, then its
# standard teaching is set apart (annotate/teaching_text.py).
GENRE_PROFILES = {"health": "health", "scholarly": "scholarly", "book": "health"}


@functools.cache
def detector(model: str, extra_terms: tuple[str, ...] = (),
             genre: str = "health") -> ClaimDetector:
    from lint.nlp import pipeline

    claim_detector = ClaimDetector(pipeline(model), extra_terms, profile=GENRE_PROFILES[genre])
    claim_detector.genre = genre
    if genre == "book":
        prepare_teaching_signs()  # compiled with the detector, as its other patterns
    return claim_detector


def annotate_claims(document, claim_detector: ClaimDetector, in_page: bool = True) -> None:
    """Claims on every sentence; domain mentions on the document (`domain_terms`).
    `in_page`: the document is one page, whose other sentences inform each judgment
    (claim_page.py); `classify` gives unrelated lines."""
    mentions: list[DomainMention] = []
    for block in document.blocks:
        if block.sentences:
            mentions.extend(claim_detector.judge_block(block, in_page))
    document.annotations.domain_terms = mentions
    if in_page:
        read_in_page(document, claim_detector)
    # Then where a sentence stands: a lead-in to a list, a reference list's entry.
    mark_not_citable(document, claim_detector.profile)
    if claim_detector.genre == "book":
        mark_standard_teaching(document)
