"""A route a study's report gives is the study's, not how the medicine is given (issue 16,
session 28, i395).

"An experiment involving 300 cyclic Merino ewes … HCG (400 and 800 i.u.) was injected
intravenously within 3 hr of the onset of oestrus" (a 1970 abstract, gold round 38) reports
what the experimenters did; hCG's labels give it into muscle or under the skin, and a clinic
page on hCG says so too. Neither is contradicted. A route assertion becomes modality `study`
when its clause has a past-tense passive of giving ("was injected", "were given") next to the
route, and its paragraph names the study's animals or the study itself ("ewes", "rats", "in
this study", "the subjects received"), or its own sentence names the study's people or design
("subjects", "volunteers", "experiment"; session 29, i406: a label paragraph mentioning
"healthy volunteers" once made every past-tense route in it a study's): kept, shown with the
matrix, but MEC003 and MEC004 do not compare it.

Not a study's route: one said of a product ("tablets were given orally": the product's own
route); a present-tense statement ("HCG is injected intravenously"); a past-tense one with no
study named in its paragraph; "In clinical studies, X was given intravenously" in a label
(clinical studies and trials are the product's own evidence: no word of the list), which
stays compared. The words are data (`mechanism_guards.yaml`)."""

from __future__ import annotations

import re

from lint.data import load_data

_DATA = load_data("mechanism_guards.yaml")
STUDY = "study"  # the modality


def _words(words) -> re.Pattern:
    alternatives = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in alternatives) +
                      r")(?![\w-])", re.IGNORECASE)


_PASSIVE = re.compile(
    r"(?<![\w-])(?:" + "|".join(map(re.escape, _DATA["study_past_auxiliaries"])) +
    r")\s+(?:\w+ly\s+|then\s+|also\s+|first\s+)?(?:" +
    "|".join(map(re.escape, _DATA["study_giving_participles"])) + r")(?![\w-])",
    re.IGNORECASE)
# the study's animals or a phrase naming the study: anywhere in the paragraph; a word of its
# people or design ("volunteers", "experiment"): in the route's own sentence
_PARAGRAPH_SETTING = _words(list(_DATA["study_animals"]) + list(_DATA["study_setting_phrases"]))
_SENTENCE_SETTING = _words(_DATA["study_setting_words"])
_NEAR = 40  # characters between the passive and the route: one verb phrase
_BREAKS = re.compile(r"[;:]|\.(?!\d)")


def _passive_beside(sentence: str, start: int, end: int) -> bool:
    """A past-tense passive of giving ends at most `_NEAR` characters before the route
    ("was injected intravenously", "was given by the intravenous route") or starts at most
    that far after it ("intravenously … was administered"), with no clause break between."""
    for match in _PASSIVE.finditer(sentence):
        if match.end() <= start:
            between = sentence[match.end():start]
        elif match.start() >= end:
            between = sentence[end:match.start()]
        else:
            between = ""
        if len(between) <= _NEAR and not _BREAKS.search(between):
            return True
    return False


def study_route(sentence_text: str, route_start: int, route_end: int, paragraph: str) -> bool:
    """The route at these offsets of its sentence's text is a study's (see the module)."""
    return _passive_beside(sentence_text, route_start, route_end) and bool(
        _PARAGRAPH_SETTING.search(paragraph) or _SENTENCE_SETTING.search(sentence_text))


def mark_study_routes(assertions, text: str | None) -> None:
    """Give each positive route said as a study's dosing modality `study`."""
    if text is None:
        return
    for assertion in assertions:
        if assertion.attribute != "route" or not assertion.at or not assertion.polarity or \
                assertion.modality != "asserted" or assertion.product or \
                assertion.product_clash:
            continue
        sentence = assertion.sentence
        start, end = getattr(sentence, "start", None), getattr(sentence, "end", None)
        block = getattr(sentence, "block", None)
        if start is None or end is None or block is None:
            continue
        if study_route(text[start:end], assertion.at[0] - start, assertion.at[1] - start,
                       block.text):
            assertion.modality = STUDY
