"""A gated search finds exactly what the plain search finds."""

from __future__ import annotations

import csv
import re

import pytest

from conftest import REPO
from lint.annotate.lexicon import load_data
from lint.annotate.regex_gate import GatedPattern, needed_words


@pytest.mark.parametrize("pattern, words", [
    (r"\b[Yy]ou can (find|check)\b", {"ou can "}),
    (r"\b(distributed under the terms of|open[- ]access article)\b",
     {"distributed under the terms of", "access article"}),
    (r"^(Aims?|Methods):", {"Aim", "Methods"}),
    (r"\b(was|were) (enrolled|randomi[sz]ed)", {"enrolled", "randomi"}),
    (r"(?:ab)+c?", {"ab"}),
    # a case-insensitive group needs no word; the words around it, as written, still count
    (r"^(?i:the) (FDA|EMA) approved \w", {" approved "}),
    (r"you (?i:can)", {"you "}),
])
def test_the_words_a_pattern_needs(pattern, words):
    assert needed_words(pattern) == words


@pytest.mark.parametrize("pattern", [
    r"(?i)you can", r"(?i:you can)",  # case-insensitive: literal runs say nothing
    r"\d{4}", r"[A-Z][a-z]+", r"(?:x)?", r"\bsee\b|\d+",  # something that needs no word
])
def test_patterns_the_gate_cannot_vouch_for(pattern):
    assert needed_words(pattern) is None or needed_words(pattern) == set()
    assert GatedPattern(re.compile(pattern), [pattern]).words is None


def _sentences() -> list[str]:
    """Real health-page sentences (the labelled set's train and dev splits) and the
    repository's articles' lines."""
    with open(REPO / "bench/data/health_pages/sentences.tsv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    texts = [row["text"] for row in rows if row["split"] != "test"]
    for path in sorted((REPO / "content").rglob("*.md")):
        texts += path.read_text("utf-8").splitlines()
    return [t for t in texts if t.strip()]


def test_gated_not_claims_recognisers_find_what_the_plain_search_finds():
    texts = _sentences()
    hits = 0
    for spec in load_data("claims.yaml")["not_claims"].values():
        plain = re.compile("|".join(f"(?:{p})" for p in spec["patterns"]))
        gated = GatedPattern(plain, spec["patterns"])
        for text in texts:
            found, expected = gated.search(text), plain.search(text)
            assert (found and found.group(0)) == (expected and expected.group(0)), text
            hits += expected is not None
    assert hits > 50  # the texts exercise the recognisers


def test_searches_gated_in_one_pass_find_what_each_plain_search_finds():
    from lint.annotate.regex_gate import GatedSearches

    texts = _sentences()
    specs = list(load_data("claims.yaml")["not_claims"].values())
    plain = [re.compile("|".join(f"(?:{p})" for p in spec["patterns"])) for spec in specs]
    # and two the gate cannot vouch for, searched in every text
    plain += [re.compile(r"(?i)you can"), re.compile(r"\d{4}")]
    searches = GatedSearches([GatedPattern(p, [p.pattern]) if i >= len(specs) else
                              GatedPattern(p, specs[i]["patterns"]) for i, p in enumerate(plain)])
    assert searches.always == {len(specs), len(specs) + 1}
    skipped = 0
    for text in texts:
        open_ = searches.open(text)
        skipped += len(plain) - len(open_)
        for index, pattern in enumerate(plain):
            found, expected = searches.search(index, text, open_), pattern.search(text)
            assert (found and (found.span(), found.group(0))) == \
                (expected and (expected.span(), expected.group(0))), text
    assert skipped > len(texts) * len(specs) // 2  # most searches are skipped
    # Most patterns let through are searched with only the parts whose words the text holds.
    assert len(searches._narrowed) > len(specs)


def test_a_narrowed_search_takes_the_alternative_the_whole_pattern_takes():
    from lint.annotate.regex_gate import GatedSearches

    parts = [r"you can (?:find|check)", r"\bcall (?:us|your doctor)", r"\b\d{4}\b",
             r"check (?:the|your) \w+"]
    whole = re.compile("|".join(f"(?:{p})" for p in parts))
    searches = GatedSearches([GatedPattern(whole, parts)])
    for text in ("Then you can check your dose", "Call us: you can find it in 2024",
                 "check the label, call your doctor", "nothing here", "Since 1990, check it"):
        open_ = searches.open(text)
        found, expected = searches.search(0, text, open_), whole.search(text)
        assert (found and found.span()) == (expected and expected.span()), text
    # the third part needs no word: it is searched in every text let through
    assert searches.open("nothing here") == {0} and searches.search(0, "nothing here",
                                                                   searches.open("nothing here")) is None


def test_case_insensitive_overclaim_searches_gated_find_what_the_plain_search_finds():
    from lint.annotate.regex_gate import FoldedGatedPattern

    texts = _sentences()
    texts += [t.upper() for t in texts[::7]]  # the words in capitals too
    data = load_data("overclaims.yaml")
    skipped = 0
    for key in ("words", "boosters", "idioms", "unsourced_evidence"):
        plain = re.compile(r"\b(" + "|".join(data[key]) + r")\b", re.IGNORECASE)
        gated = FoldedGatedPattern(plain, data[key])
        assert gated.words is not None
        for text in texts:
            expected = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in gated.finditer(text)] == expected, text
            found = gated.search(text)
            assert (found and found.span()) == (expected[0] if expected else None), text
            skipped += not gated.may_match(text)
    assert skipped > len(texts)  # most texts are not searched


def test_a_text_with_a_letter_re_folds_onto_ascii_is_searched_case_insensitively():
    from lint.annotate.regex_gate import FoldedGatedPattern

    pattern = re.compile(r"\bproves\b", re.IGNORECASE)
    gated = FoldedGatedPattern(pattern, ["proves"])
    # 'ſ' (long s) matches 's' and the Kelvin sign 'k' when case is ignored
    for text in ("It PROVEſ nothing", "It proveſ it"):
        assert pattern.search(text) and gated.search(text)
    assert gated.search("It PROVES it") and not gated.may_match("It shows it")
    kelvin = FoldedGatedPattern(re.compile(r"known", re.IGNORECASE), ["known"])
    assert kelvin.search("well-\u212anown") is not None
    assert FoldedGatedPattern(re.compile("ſure", re.IGNORECASE), ["ſure"]).words is None


def test_a_name_is_read_across_its_bracketed_abbreviation_only_where_one_can_span_it():
    from lint.annotate.mechanisms import extractor_for
    from lint.nlp import pipeline
    from lint.sources.drugs import load_knowledge

    nlp = pipeline()
    extractor = extractor_for(nlp, load_knowledge())
    spanning = nlp("Tofacitinib is a Janus kinase (JAK) inhibitor.")
    assert ("class", "jak_inhibitor", 3, 9) in extractor._across_parentheses(spanning)
    # "inhibitor" after "kinase" is a pair of the index's phrases; "Xeljanz" hides none
    branded = nlp("Tofacitinib (Xeljanz) is taken orally.")
    assert extractor._across_parentheses(branded) == []
    assert not extractor._may_join(branded, [0, 4, 5, 6, 7])


def test_the_letters_re_folds_onto_ascii_are_the_four_the_gate_knows():
    import sys

    from lint.annotate.regex_gate import _FOLDED_ONTO_ASCII

    letter = re.compile(r"[a-z]", re.IGNORECASE)
    folded = {c for c in map(chr, range(128, sys.maxunicode + 1)) if letter.fullmatch(c)}
    assert folded == _FOLDED_ONTO_ASCII


def test_a_text_beyond_ascii_without_those_letters_is_gated_case_insensitively():
    from lint.annotate.regex_gate import FoldedGatedPattern

    pattern = re.compile(r"(?<!with )\blow(-| )(serum )?testosterone\b|\bhypogonadism\b",
                         re.IGNORECASE)
    gated = FoldedGatedPattern(pattern, [r"(?<!with )\blow(-| )(serum )?testosterone\b",
                                         r"\bhypogonadism\b"])
    # curly quotes and the infinity sign of health pages: searched only with a needed word
    assert not gated.may_match("The body’s rhythm ∞ a steady signal.")
    for text in ("Men’s LOW TESTOSTERONE ∞", "Hypogonadism’s signs", "men with low testosterone",
                 "HYPOGONADİSM", "low teſtoſterone", "\u212aeep low testosterone"):
        expected = pattern.search(text)
        found = gated.search(text)
        assert (found and found.span()) == (expected and expected.span()), text
    # İ, ı, ſ and the Kelvin sign match ASCII letters: such a text is always searched
    assert gated.may_match("HYPOGONADİSM") and gated.search("low teſtoſterone")


def test_the_evidence_registrys_off_topic_record_gated_per_pattern_finds_what_it_finds():
    """`off_topic`'s second pattern opens with a case-insensitive "the": gated by the words
    after it, and the anchored third pattern searched alone where "approved" is missing."""
    from lint.annotate.regex_gate import GatedSearches

    patterns = load_data("evidence_topics.yaml")["off_topic"]["patterns"]
    plain = re.compile("|".join(patterns))
    searches = GatedSearches([GatedPattern(plain, patterns)])
    assert searches.patterns[0].part_words[1]  # the "(?i:the) FDA approved" pattern is gated
    # our own sentences, with a made-up drug
    texts = _sentences() + ["The FDA approved velotide last spring for adults.",
                            "Last spring, the Food and Drug Administration approved it."]
    hits = 0
    for text in texts:
        found, expected = searches.search(0, text, searches.open(text)), plain.search(text)
        assert (found and found.span()) == (expected and expected.span()), text
        hits += expected is not None
    assert hits >= 2
