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

import re
from dataclasses import dataclass, field

from lint.annotate.lexicon import PhraseIndex
from lint.document.annotations import Assertion, DrugMention, HormoneRelation
from lint.document.model import BlockKind

_BOUNDARY = {",", ";", ":", "∞", "(", ")", "—", "–"}
_NEGATIONS = {"not", "no", "never", "without", "n't", "neither", "nor", "cannot"}
_HYPOTHETICAL = {"would"}
_POSSIBLE = {"may", "might", "could", "can"}
_NOT_SUBJECT_BEFORE = {"after", "during", "on", "of", "from", "paused", "discontinuing", "than",
                       "like", "unlike", "similar", "beyond", "versus", "about", "cessation",
                       "stopping", "following", "before", "to", "resembles", "resembling",
                       "resemble", "unlike", "instead", "rather"}
_LIST_GLUE = {",", "and", "or", "&", "levels", "level", "secretion", "release", "production",
              "(", ")", "both"}
# A class named here is said of the subject ("is a", "as a"); elsewhere it is an object.
_CLASSIFYING = {"a", "an", "another", "as", "is", "are", "be", "being"}
_LABEL_TOKENS = 6
_ANAPHOR_WINDOW = 12
_MAX_CLAUSE = 40  # tokens looked back for an effect word: a clause, not a whole page
# Words that make a schedule word about how a drug is given, not about physiology.
_ADMINISTRATION = {"administer", "administered", "administering", "administration", "given",
                   "dose", "doses", "dosed", "dosing", "injection", "injections", "injected",
                   "prescribed", "taken", "take", "fashion", "infusion", "pump", "delivery",
                   "delivered", "use", "used", "treatment", "therapy", "regimen"}
_CONDITION_WORDS = {"if", "when", "unless", "once"}
_NOT_DRUG_WORDS = {"peptide", "peptides", "polypeptide", "nucleotide", "nucleotides"}
_DETERMINERS = {"a", "an", "the", "their", "its", "his", "her", "of"}
_ADJECTIVE_EFFECTS = {"elevated", "increased", "higher", "high", "lower", "low", "reduced",
                      "decreased", "diminished", "lowered", "raised"}
# Hormone-to-hormone statements: "X production, facilitated by A and B", "A stimulates X".
_PASSIVE_CAUSE = {"facilitated", "driven", "stimulated", "induced", "mediated", "triggered",
                  "caused", "controlled", "regulated", "supported", "governed"}
_ACTIVE_CAUSE = {"stimulates", "stimulate", "drives", "drive", "triggers", "trigger",
                 "induces", "induce"}
_KINDS = {"peptide": ["peptide", "peptides", "polypeptide", "peptide hormone"],
          "small molecule": ["small molecule", "small-molecule", "small molecules"],
          "non-peptide": ["non-peptide", "nonpeptide", "non-peptidic", "nonpeptidic",
                          "non-peptide small molecule"],
          "protein": ["protein", "proteins", "glycoprotein", "recombinant protein"],
          "monoclonal antibody": ["monoclonal antibody", "monoclonal antibodies",
                                  "humanized monoclonal antibody", "human monoclonal antibody"],
          "biologic": ["biological agent", "biological agents", "biologic", "biologics",
                       "biological drug"],
          "steroid": ["steroid", "steroids", "steroidal"],
          "nonsteroidal": ["nonsteroidal", "non-steroidal"],
          "triphenylethylene": ["triphenylethylene"]}
# Words that introduce members of a class named just before ("SERMs, such as …").
_MEMBER_CUES = [("e.g.",), ("eg",), ("such", "as"), ("including",), ("like",), ("namely",),
                ("for", "example")]
_MAX_NAME_TOKENS = 8


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


_LEADING_WORD = re.compile(r"[^\W_]*")


def _lead(text: str) -> str:
    """'cjc-1295' -> 'cjc': the part no tokenizer splits."""
    return _LEADING_WORD.match(text).group()


class _NameIndex:
    """Drug names found by the text of token n-grams (fast for thousands of names)."""

    def __init__(self, names: dict[str, list[str]]):
        self.keys: dict[str, str] = {}
        for key, values in names.items():
            for name in values:
                self.keys.setdefault(" ".join(name.lower().split()), key)
        self.longest = max((len(n) for n in self.keys), default=0)
        # The leading letters and digits of every name: most tokens start no name.
        self.starts = {_lead(name) for name in self.keys}

    def __call__(self, doc) -> list[tuple[str, str, int, int]]:
        out = []
        text = doc.text
        for i, token in enumerate(doc):
            if not token.text[:1].isalnum() or _lead(token.lower_) not in self.starts:
                continue
            best = None
            for j in range(i, min(len(doc), i + _MAX_NAME_TOKENS)):
                end = doc[j].idx + len(doc[j])
                if end - token.idx > self.longest:
                    break
                key = self.keys.get(" ".join(text[token.idx:end].lower().split()))
                if key is not None:
                    best = (key, j + 1)
            if best is not None:
                out.append(("drug", best[0], i, best[1]))
        return out


class MechanismExtractor:
    def __init__(self, nlp, kb):
        self.nlp = nlp
        self.kb = kb
        # A class's members, once per class: the knowledge base is fixed while it reads,
        # and a pass over its thousands of drugs per class statement was a fifth of a check.
        self.class_members: dict[str, list] = {}
        lex = kb.lexicon
        self.names = _NameIndex(kb.text_names())
        self.index = PhraseIndex(nlp, attr="LOWER")
        for key, spec in kb.classes.items():
            # DrugCentral's class labels are read in text only when short enough to be
            # written as they stand ("Corticosteroid", "Aromatase Inhibitor").
            if spec.get("source") and len(spec["label"].split()) > 2:
                continue
            self.index.add_phrases(f"class\x1f{key}", spec["names"])
        for key, spec in kb.targets.items():
            self.index.add_phrases(f"target\x1f{key}", spec["names"])
        for key, names in lex["hormones"].items():
            self.index.add_phrases(f"hormone\x1f{key}", names)
        for key, names in lex["routes"].items():
            self.index.add_phrases(f"route\x1f{key}", names)
        for key, names in lex["schedules"].items():
            self.index.add_phrases(f"schedule\x1f{key}", names)
        for key, names in lex["sites"].items():
            self.index.add_phrases(f"site\x1f{key}", names)
        for key, names in _KINDS.items():
            self.index.add_phrases(f"kind\x1f{key}", names)
        effects = lex["effects"]
        self.up, self.down = set(effects["up"]), set(effects["down"])
        self.neutral = set(effects.get("neutral_up", []))
        self.mechanism_nouns = set(lex["mechanism_nouns"])
        self.conditions = set(lex["condition_openers"])
        self.sensing = set(lex.get("sensing_verbs", []))
        self.contrast = set(lex.get("contrast_markers", []))
        self.anaphora = set(lex["anaphora"])
        self.site_cues = set(lex.get("site_cues", []))
        self.hormone_receptors = dict(lex.get("hormone_receptors", {}))
        self.suffixes = tuple(lex["drug_suffixes"])
        self.patterns = {"pulsatile", "continuous"}
        self._known_names = {n.lower() for d in kb.drugs.values()
                             for n in d.names + d.brands + d.lookup}

    # -- matching ----------------------------------------------------------
    def _matches(self, doc):
        """Non-overlapping (kind, key, start, end), longest first; drugs win ties."""
        found = list(self.names(doc))
        for label, start, end in self.index(doc):
            kind, key = label.split("\x1f", 1)
            found.append((kind, key, start, end))
        found.sort(key=lambda m: (m[2], -(m[3] - m[2]), m[0] != "drug"))
        kept, until = [], -1
        for match in found:
            if match[2] >= until:
                kept.append(match)
                until = match[3]
        return kept

    def extract(self, document):
        assertions: list[Assertion] = []
        mentions: list[DrugMention] = []
        relations: list[HormoneRelation] = []
        state = _State()
        section = None
        found = {id(block): self._matches(block.nlp_doc) for block in document.blocks
                 if block.nlp_doc is not None and block.kind is not BlockKind.HEADING}
        mentioned = {m[1] for matches in found.values() for m in matches if m[0] == "drug"}
        titles = self._table_titles(document)
        table_drugs = self._table_drugs(document, mentioned)
        list_header = None
        for block in document.blocks:
            if block.section is not section:
                section = block.section
                state.current = []
                # A monograph section ("## Letrozole"): its sentences without a subject
                # are about that drug.
                title = self.names(self.nlp.make_doc(section.title)) if section.title else []
                whole = title and title[0][2] == 0 and title[0][3] == len(
                    self.nlp.make_doc(section.title))
                state.heading = [title[0][1]] if whole else []
                list_header = None
            if block.kind is BlockKind.PARAGRAPH:
                list_header = block if block.text.rstrip().endswith(":") else None
            if block.kind is BlockKind.HEADING and block.nlp_doc is not None:
                # "The IL-6 inhibitor tocilizumab in …": a title names classes of drugs too.
                for sentence in block.sentences:
                    assertions.extend(self._listed_members(
                        block.nlp_doc, block, sentence, self._matches(block.nlp_doc)))
            if block.kind in (BlockKind.HEADING, BlockKind.FRONT_MATTER, BlockKind.CAPTION) or \
                    block.nlp_doc is None:
                continue
            if block.kind is BlockKind.TABLE_CELL and block.meta.header:
                continue
            row_drugs = self._row_drugs(block)
            if not row_drugs and block.meta.table_line in table_drugs:
                drugs, kind = table_drugs[block.meta.table_line]
                row_drugs = _Rows(drugs, "class" if kind == "class" else "table row")
            doc = block.nlp_doc
            matches = found[id(block)]
            for number, sentence in enumerate(block.sentences):
                inside = [m for m in matches
                          if sentence.token_start <= m[2] and m[3] <= sentence.token_end]
                mentions.extend(self._mentions(doc, block, sentence, inside))
                assertions.extend(self._sentence(doc, block, sentence, inside, state, row_drugs,
                                                 mentioned))
                relations.extend(self._relations(doc, block, sentence, inside))
                if number == 0:
                    assertions.extend(self._membership(doc, block, sentence, inside, titles,
                                                       list_header))
        return assertions, mentions, relations

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
                if found and found[0][2] == 0 and found[0][3] == len(doc):
                    out[block.meta.table_line] = (
                        [found[0][1]] if found[0][0] == "drug" else self._members(
                            found[0][1], mentioned), found[0][0])
        return out

    def _members(self, klass, mentioned) -> list[str]:
        """The drugs a class statement stands for: those the text names, else the curated."""
        found = self.class_members.get(klass)
        if found is None:
            found = self.class_members[klass] = self.kb.members(klass)
        return [d.key for d in found if d.key in mentioned] or [d.key for d in found if d.curated]

    def _row_drugs(self, block) -> list[str]:
        if block.kind is not BlockKind.TABLE_CELL or not block.meta.row_header:
            return []
        return [key for _, key, _, _ in self.names(self.nlp.make_doc(block.meta.row_header))]

    def _span(self, block, doc, start, end) -> tuple[int, int]:
        return (block.mapping.to_source(doc[start].idx),
                block.mapping.to_source(doc[end - 1].idx + len(doc[end - 1])))

    def _mentions(self, doc, block, sentence, matches) -> list[DrugMention]:
        out = []
        taken = set()
        for kind, key, start, end in matches:
            if kind == "drug":
                out.append(DrugMention(key, True, *self._span(block, doc, start, end), sentence))
            taken.update(range(start, end))
        for token in doc[sentence.token_start:sentence.token_end]:
            text = token.text
            if token.i in taken or not text[:1].isalpha() or len(text) < 6:
                continue
            lower = text.lower()
            if lower.endswith(self.suffixes) and lower not in self._known_names and \
                    lower not in _NOT_DRUG_WORDS and text[0].isupper():
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
            else:
                sources = [(title, "heading") for title in block.section.path[-2:]]
            drugs = [m for m in matches if m[0] == "drug" and
                     m[2] - sentence.token_start < 2]
        else:
            return []
        out = []
        for text, via in sources:
            header = self.nlp.make_doc(text)
            said = [(kind, key) for kind, key, _, _ in self._matches(header)
                    if kind in ("class", "kind", "target")]
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
        for token in doc[start:end]:
            word = token.lower_
            if word in self.contrast or word == ";":
                if token.i == start:
                    # "While X, Y": the opening clause ends at its first comma.
                    comma = next((t.i for t in doc[start:end] if t.text == ","), None)
                    if comma is not None:
                        cuts.append(comma + 1)
                elif doc[token.i - 1].text in (",", ";") or word == ";":
                    cuts.append(token.i)
            elif word == "and" and any(m[2] == token.i + 1 for m in drugs):
                earlier = [m for m in drugs if m[3] <= token.i]
                if earlier and any(t.lower_ not in _LIST_GLUE and t.text not in _BOUNDARY
                                   for t in doc[earlier[-1][3]:token.i]):
                    cuts.append(token.i)
        bounds = [start] + sorted(set(cuts)) + [end]
        return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]

    def _modality(self, lowers) -> str:
        if any(w in _HYPOTHETICAL for w in lowers):
            return "hypothetical"
        if any(w in _POSSIBLE for w in lowers):
            return "possible"
        return "asserted"

    def _sentence(self, doc, block, sentence, matches, state, row_drugs, mentioned):
        administered = bool({t.lower_ for t in doc[sentence.token_start:sentence.token_end]}
                            & _ADMINISTRATION)
        out: list[Assertion] = self._listed_members(doc, block, sentence, matches)
        previous: list[str] = []
        previous_via = "mention"
        for number, (start, end) in enumerate(self._clauses(doc, sentence, matches)):
            inside = [m for m in matches if start <= m[2] and m[3] <= end]
            subjects, via, class_claims = self._subjects(doc, sentence, start, inside, row_drugs,
                                                         mentioned)
            if not subjects and previous:
                subjects, via = previous, previous_via if number == 0 else "clause"
            if not subjects and number == 0 and state.heading and not state.current:
                subjects, via = state.heading, "heading"
            if not subjects and number == 0:
                lowers = {t.lower_ for t in doc[start:min(end, start + _ANAPHOR_WINDOW)]}
                opening = {t.lower_ for t in doc[start:min(end, start + 3)]}
                # "Continuous infusion suppresses LH": how the drug of the text is given.
                delivery = any(m[0] == "schedule" and m[2] < start + 3 for m in inside) or \
                    bool(opening & _ADMINISTRATION)
                if lowers & self.anaphora or delivery:
                    # "It functions by …", "By blocking …, they increase …", "This leads to …"
                    subjects = state.current
                    via = "class" if state.via == "class" else "anaphor"
            if number == 0 and not subjects:
                # "Side effects of GnRH agonists …. They are …": a mention that is not the
                # subject is still what a pronoun in the next sentence can point back to.
                aside = [m for m in inside if m[0] in ("drug", "class") and m[2] > start
                         and doc[m[2] - 1].lower_ == "of"]
                if aside:
                    kind, key = aside[0][0], aside[0][1]
                    state.current = [key] if kind == "drug" else self._members(key, mentioned)
                    state.via = "mention" if kind == "drug" else "class"
                    previous, previous_via = [], via
                    continue
            if number == 0 or subjects:
                # The text is now about these drugs; a sentence about something else ends that.
                state.current, state.via = subjects, via
            previous, previous_via = subjects, via
            if not subjects:
                continue
            out.extend(self._clause(doc, block, sentence, start, end, inside, subjects, via,
                                    class_claims, administered))
        return out

    def _listed_members(self, doc, block, sentence, matches) -> list[Assertion]:
        """'calcineurin inhibitors (e.g., cyclosporine and tacrolimus)', 'the IL-6 inhibitor
        tocilizumab', 'SERMs such as clomiphene': the class is said of each drug listed."""
        out = []
        end = sentence.token_end
        by_start = {m[2]: m for m in matches}
        for kind, key, m_start, m_end in matches:
            if kind not in ("class", "kind"):
                continue
            label = self.kb.class_label(key) if kind == "class" else key
            following = by_start.get(m_end)
            if following is not None and following[0] == "drug":
                out.append(Assertion(following[1], kind, key, True, "asserted", "mention",
                                     sentence, label, self._span(block, doc, m_start, m_end)))
                continue
            index, cue = self._member_cue(doc, m_end, end)
            if cue is None and m_end < end and doc[m_end].lower_ in ("are", "include",
                                                                     "includes", "is"):
                # "The most widely used GnRH analogues are leuprorelin and triptorelin."
                after = m_end + 1
                while after < end and doc[after].lower_ in ("the", "a", "an"):
                    after += 1
                if after in by_start and by_start[after][0] == "drug":
                    index, cue = m_end, (doc[m_end].lower_,)
            if cue is None:
                continue
            for drug in self._list_after(doc, index + len(cue), end, by_start):
                out.append(Assertion(drug, kind, key, True, "asserted", "mention", sentence,
                                     label, self._span(block, doc, m_start, m_end)))
        return out

    @staticmethod
    def _member_cue(doc, index, end):
        while index < end and doc[index].text in ("(", ","):
            index += 1
        cue = next((c for c in _MEMBER_CUES
                    if [t.lower_ for t in doc[index:index + len(c)]] == list(c)), None)
        return (index, cue) if cue else (index, None)

    def _introduces_members(self, doc, m_start, m_end, matches) -> bool:
        if any(m[0] == "drug" and m[2] == m_end for m in matches):
            return True
        return self._member_cue(doc, m_end, len(doc))[1] is not None

    @staticmethod
    def _list_after(doc, start, end, by_start) -> list[str]:
        """The drugs of the list that starts at `start` (nested parentheses included)."""
        drugs, depth, strangers, index = [], 0, 0, start
        while index < end:
            token = doc[index]
            match = by_start.get(index)
            if token.text == "(":
                depth += 1
            elif token.text == ")":
                depth -= 1
                if depth < 0:
                    break
            elif token.text in (";", ":"):
                break
            if match is not None:
                if match[0] == "drug":
                    drugs.append(match[1])
                strangers = 0
                index = match[3]
                continue
            if depth == 0 and token.lower_ not in _LIST_GLUE | {"as", "well", "e.g.", "such",
                                                                "including", "like", "the"}:
                strangers += 1
                if strangers >= 3:
                    break
            index += 1
        return drugs

    def _subjects(self, doc, sentence, start, matches, row_drugs, mentioned):
        drug_subjects, class_subjects, class_claims = [], [], []
        excluded_until = None  # end of the last mention that is a comparison, not a subject
        for kind, key, m_start, m_end in matches:
            if kind not in ("drug", "class", "kind"):
                continue
            before = [t.lower_ for t in doc[max(start, m_start - 2):m_start]]
            # "unlike tamoxifen and clomiphene, enclomiphene …": the whole list is compared.
            listed = excluded_until is not None and all(
                t.lower_ in _LIST_GLUE for t in doc[excluded_until:m_start])
            if set(before) & _NOT_SUBJECT_BEFORE or listed:
                excluded_until = m_end
                continue
            excluded_until = None
            if kind == "drug":
                drug_subjects.append(key)
                continue
            near = [t.lower_ for t in doc[max(start, m_start - 3):m_start]]
            if self._introduces_members(doc, m_start, m_end, matches) or near[-2:] == \
                    ["such", "as"]:
                pass  # said of the drugs listed with it (_listed_members), not of the clause
            elif set(near) & _CLASSIFYING or m_start - sentence.token_start < _LABEL_TOKENS:
                negated = bool(set(near) & _NEGATIONS)
                class_claims.append((kind, key, m_start, m_end, negated))
            if kind == "class":
                class_subjects.append(key)
        if drug_subjects:
            return list(dict.fromkeys(drug_subjects)), "mention", class_claims
        if row_drugs:
            return list(row_drugs), getattr(row_drugs, "via", "table row"), class_claims
        if class_subjects:
            members = [key for klass in class_subjects for key in self._members(klass, mentioned)]
            return list(dict.fromkeys(members)), "class", []
        return [], "mention", []

    def _clause(self, doc, block, sentence, start, end, matches, subjects, via, class_claims,
                administered):
        lowers = [t.lower_ for t in doc[start:end]]
        modality = self._modality(lowers)
        patterns = [m for m in matches if m[0] == "schedule" and m[1] in self.patterns]
        conditional = bool(set(lowers) & _CONDITION_WORDS and set(lowers) & _ADMINISTRATION)
        out: list[Assertion] = []

        def add(attribute, value, polarity, evidence, span, mode=None):
            for drug in subjects:
                out.append(Assertion(drug, attribute, value, polarity, mode or modality, via,
                                     sentence, evidence, span))

        if via in ("mention", "table row"):
            for kind, key, m_start, m_end, negated in class_claims:
                label = self.kb.class_label(key) if kind == "class" else key
                add(kind, key, not negated, label, self._span(block, doc, m_start, m_end))
        for kind, key, m_start, m_end in matches:
            span = self._span(block, doc, m_start, m_end)
            text = doc[m_start:m_end].text
            near = {t.lower_ for t in doc[max(start, m_start - 3):m_start]}
            if kind == "target":
                add("target", key, not near & _NEGATIONS, text, span)
            elif kind == "route":
                add("route", key, not near & _NEGATIONS, text, span)
            elif kind == "schedule" and administered:
                add("schedule", key, not near & _NEGATIONS, text, span)
            elif kind == "site" and self._site_said(doc, start, m_start, matches):
                add("site", key, not near & _NEGATIONS, text, span)
            elif kind == "hormone" and key in self.hormone_receptors and \
                    self._blocks_hormone(doc, start, m_start, m_end):
                add("target", self.hormone_receptors[key], True,
                    doc[m_start:min(end, m_end + 3)].text, span)
        for hormone, direction, polarity, e_start, e_end in self._effects(doc, start, end,
                                                                          matches):
            mode = None
            if conditional or any(p[2] < e_start for p in patterns):
                mode = "conditional"
            add("effect", f"{hormone}:{direction}", polarity, doc[e_start:e_end].text,
                self._span(block, doc, e_start, e_end), mode)
        return out

    def _site_said(self, doc, clause_start, start, matches) -> bool:
        """'acts directly on the pituitary', 'receptors in the hypothalamus and pituitary'."""
        before = [t.lower_ for t in doc[max(clause_start, start - 6):start]]
        if "feedback" in before:
            return False
        if set(before) & self.site_cues:
            return True
        # "… in the hypothalamus and pituitary": the second site shares the first one's cue.
        earlier = [m for m in matches if m[0] == "site" and m[3] <= start]
        if earlier and all(t.lower_ in _LIST_GLUE | {"the"} for t in doc[earlier[-1][3]:start]):
            return self._site_said(doc, clause_start, earlier[-1][2], matches)
        return False

    def _blocks_hormone(self, doc, clause_start, start, end) -> bool:
        """'blocking estrogen's negative feedback': the drug acts on the hormone's receptor."""
        after = [t.lower_ for t in doc[end:min(len(doc), end + 4)]]
        if after[:1] not in (["'s"], ["’s"]) or not set(after) & self.mechanism_nouns:
            return False
        before = doc[max(clause_start, start - 2):start]
        return any(t.lower_ in self.down or t.norm_ in self.down for t in before)

    # -- effects -------------------------------------------------------------
    def _effects(self, doc, start, end, matches):
        seen = set()
        previous = None  # (end token, direction, polarity, evidence start) of the last effect
        for kind, key, m_start, m_end in matches:
            if kind != "hormone":
                continue
            result = self._effect_for(doc, start, m_start, m_end, previous)
            if result is None:
                previous = None
                continue
            direction, polarity, evidence_start = result
            previous = (m_end, direction, polarity, evidence_start)
            # "increasing or decreasing the release of …": both directions are said.
            for way in (("up", "down") if direction == "both" else (direction,)):
                for hormone in (("lh", "fsh") if key == "gonadotropins" else (key,)):
                    if (hormone, way) in seen:
                        continue
                    seen.add((hormone, way))
                    yield hormone, way, polarity, evidence_start, m_end

    def _effect_for(self, doc, clause_start, start, end, previous):
        # A hormone that owns a mechanism ("estrogen's negative feedback") is not an effect.
        after = [t.lower_ for t in doc[end:min(len(doc), end + 4)]]
        if after[:1] in (["'s"], ["’s"]) and set(after) & self.mechanism_nouns:
            return None
        # "negative feedback by estrogen", "the effects of estrogen": a mechanism's owner.
        before = [t.lower_ for t in doc[max(clause_start, start - 2):start]]
        if len(before) == 2 and before[1] in ("by", "of") and before[0] in self.mechanism_nouns:
            return None
        floor = max(clause_start, start - _MAX_CLAUSE)
        neutral = None
        index = start - 1
        while index >= floor and doc[index].text not in _BOUNDARY:
            token = doc[index]
            word, lemma = token.lower_, token.norm_
            if word in self.sensing or word in self.conditions:
                return None
            # "the conversion of testosterone to estrogen": about the product, not the substrate.
            if index == start - 1 and word == "of" and index > floor and \
                    doc[index - 1].lower_ == "conversion":
                return None
            direction = None
            if word in self.up or lemma in self.up:
                direction = "up"
            elif word in self.down or lemma in self.down:
                direction = "down"
            elif neutral is None and (word in self.neutral or lemma in self.neutral):
                neutral = index
            if direction is not None:
                if word in _ADJECTIVE_EFFECTS and self._conditioned(doc, floor, index):
                    return None
                # "When used to suppress gonadotropin release, …": part of the condition.
                segment = index
                while segment > floor and doc[segment - 1].text not in _BOUNDARY:
                    segment -= 1
                if any(t.lower_ in _CONDITION_WORDS for t in doc[segment:index]):
                    return None
                if index - 2 >= floor and doc[index - 1].lower_ == "or" and \
                        self._direction(doc[index - 2]) not in (None, direction):
                    return "both", self._polarity(doc, floor, index - 2), index - 2
                return direction, self._polarity(doc, floor, index), index
            index -= 1
        if neutral is not None:
            return "up", self._polarity(doc, floor, neutral), neutral
        # "… of GnRH, LH, and FSH": a hormone in a list shares the effect of the one before.
        if previous is not None:
            glue = doc[previous[0]:start]
            if all(t.lower_ in _LIST_GLUE for t in glue):
                return previous[1], previous[2], previous[3]
        return None

    def _direction(self, token):
        if token.lower_ in self.up or token.norm_ in self.up:
            return "up"
        if token.lower_ in self.down or token.norm_ in self.down:
            return "down"
        return None

    def _conditioned(self, doc, floor, index) -> bool:
        """'men with elevated estrogen', 'perceiving lower estrogen': a state, not an effect."""
        before = index - 1
        while before >= floor and doc[before].lower_ in _DETERMINERS - {"of"}:
            before -= 1
        if before < floor:
            return False
        word = doc[before].lower_
        return word in self.conditions or word in self.sensing

    @staticmethod
    def _polarity(doc, floor, index) -> bool:
        return not {t.lower_ for t in doc[max(floor, index - 3):index]} & _NEGATIONS

    # -- hormone to hormone ----------------------------------------------------
    def _relations(self, doc, block, sentence, matches) -> list[HormoneRelation]:
        """'X production, facilitated by A and B' and 'A stimulates X' (A, X hormones)."""
        hormones = [m for m in matches if m[0] == "hormone"]
        out = []
        for token in doc[sentence.token_start:sentence.token_end]:
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
