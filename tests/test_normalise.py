"""The shared normaliser: the word forms matching, lexicons, acronyms and glossary rules compare."""

from __future__ import annotations

import pytest

from lint.normalise import (acronym_singular, class_key, plural, plural_of, same_words,
                            singular, singular_term, spelling_key, spelling_words, split_words,
                            with_plural)


def test_plurals():
    assert [plural(w) for w in ("cell", "axis", "box", "branch", "body", "day")] == \
        ["cells", "axises", "boxes", "branches", "bodies", "days"]
    assert with_plural("sertoli cell") == ("sertoli cell", "sertoli cells")


def test_separators_and_singulars():
    assert same_words("HPG-axis", "hpg axis") and same_words("GnRH – analogue", "gnrh analogue")
    assert not same_words("HPG axis", "HPG axes")
    assert singular_term("Sertoli  Cells") == singular_term("sertoli-cell") == "sertoli cell"
    assert singular_term("stress") == "stress" and singular_term("gas") == "gas"
    assert split_words(" HPG-axis – hormones ") == ["hpg", "axis", "hormones"]
    assert spelling_words("insulin-like growth factor IGF-1") == \
        ["insulin", "like", "growth", "factor", "igf-1"]


@pytest.mark.parametrize("text", ["Clomiphene", "LH", "IGF1", "İnsulin", "ﬁbrosis", "²", "",
                                  " ", "-", "HPG-axis", "GnRH–LH", "ab\u00a0cd", "(LH)", "ΣΑΣ"])
def test_split_words_shortcut_equals_the_split(text):
    """Equivalence guard: the one-word shortcut gives what the separator split of the whole
    lower-cased text gives (it cannot fail unless the two part ways)."""
    from lint.normalise import SEPARATORS

    assert split_words(text) == [w for w in SEPARATORS.split(text.lower()) if w]


@pytest.mark.parametrize("text, expected", [
    ("Clomiphene", ["clomiphene"]), ("IGF1", ["igf1"]), ("(LH)", ["(lh)"]),
    ("", []), (" ", []), ("-", []),
    ("GnRH–LH", ["gnrh", "lh"]), ("ab\u00a0cd", ["ab", "cd"]),
    ("ﬁbrosis", ["ﬁbrosis"]),  # lower case keeps the ligature
    # Greek capital sigma lowers by its place: final form only at a word's end, and a dot
    # (case-ignorable) between two letters keeps the first one medial.
    ("ΣΑΣ", ["σας"]), ("ΣΑΣ-ΑΣ", ["σας", "ας"]), ("ΑΣΑ", ["ασα"]), ("ΑΣ.ΒΣ", ["ασ.βς"]),
])
def test_split_words_literal(text, expected):
    assert split_words(text) == expected


@pytest.mark.parametrize("written, expected", [
    ("LHs", "LH"), ("SERMs", "SERM"), ("AIs", "AI"), ("GnRHs", "GnRH"),
    ("LH's", "LH's"),  # a possessive, not a plural
    ("hCG", "hCG"), ("LH", "LH"), ("Ms", "Ms"), ("IGF-1", "IGF-1"),
])
def test_acronym_plurals(written, expected):
    assert acronym_singular(written) == expected


@pytest.mark.parametrize("word, expected", [
    ("cells", "cell"), ("inhibitors", "inhibitor"), ("SERMs", "SERM"), ("AIs", "AI"),
    ("GnRHs", "GnRH"), ("hCG", "hCG"),
    # An "s" that is not a plural one stays.
    ("analysis", "analysis"), ("status", "status"), ("testis", "testis"), ("stress", "stress"),
    ("gas", "gas"), ("ais", "ais"), ("this", "this"),
])
def test_singular(word, expected):
    assert singular(word) == expected


def test_singular_shortest_word():
    assert singular("rats") == "rat" and singular("rats", shortest=5) == "rats"


def test_plural_of_a_preferred_form():
    assert plural_of("GnRH analogues", "GnRH analogue") and plural_of("SERMs", "SERM")
    assert plural_of("AIs", "AI")
    assert not plural_of("GnRH analogue", "GnRH analogue")
    assert not plural_of("testes", "testis")  # the singular ends in "s" already
    assert not plural_of("LH's", "LH")


def test_drug_class_keys():
    assert class_key("Aromatase Inhibitors") == class_key("aromatase inhibitor") == \
        "aromatase inhibitor"
    assert class_key("Gonadotropin Releasing Hormone Analog [EPC]") == \
        class_key("gonadotropin releasing hormone analogues")
    # "synthesis", "virus" and "class" keep their last letter.
    assert class_key("Thyroid Hormone Synthesis Inhibitors") == \
        "thyroid hormone synthesis inhibitor"
    assert class_key("Tetracycline-class Drug") == "tetracycline-class drug"
    assert class_key(class_key("Janus Kinase Inhibitors")) == "janus kinase inhibitor"


def test_drug_class_keys_make_every_word_singular():
    """The key reads only the words ending in "s" and the "[...]" tail after a bracket: the
    same as every word through `singular` and the tail's expression on every label."""
    import random
    import re

    from lint.data import load_data

    def every_word(label: str) -> str:
        text = label.lower().replace("analogue", "analog")
        text = re.sub(r"\s*\[.*?\]$", "", text.replace("_", " ").strip())
        return re.sub(r"\w+", lambda word: singular(word.group()), text)

    classes = load_data("drug_classes.yaml")
    labels = [str(name) for spec in (classes.get("classes") or classes).values()
              if isinstance(spec, dict) for name in spec.get("names", []) + [spec.get("label", "")]]
    rng = random.Random(20261130)
    alphabet = "asSIiu_- []\t\u00e9\u00df\u017f\u0130\u03d2\u03a31'.(),aZ\u00c9"
    labels += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
               for _ in range(3000)]
    assert len(labels) > 3100
    for label in labels:
        assert class_key.__wrapped__(label) == every_word(label), repr(label)


def test_word_forms_are_compared_only_through_the_normaliser():
    """A plural "s" stripped or a separator pattern written in place is a seventh heuristic."""
    import re
    from pathlib import Path

    package = Path(__file__).resolve().parents[1] / "lint"
    private = re.compile(r"""rstrip\(["']s["']\)|endswith\(["']s["']\)|\[\\s\\-–\]""")
    found = [f"{path.relative_to(package.parent)}:{number}"
             for folder in ("annotate", "rules", "report", "sources", "document")
             for path in sorted((package / folder).rglob("*.py"))
             for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
             if private.search(line)]
    assert not found, f"use lint/normalise.py: {found}"


@pytest.mark.parametrize("british, american", [
    ("luteinising hormone", "luteinizing hormone"), ("haemoglobin", "hemoglobin"),
    ("oestrogen receptor", "estrogen receptor"), ("tumour", "tumor"), ("foetal", "fetal"),
    ("paediatric", "pediatric"), ("hospitalisation", "hospitalization"),
])
def test_british_spellings_fold_to_american(british, american):
    assert spelling_key(british) == spelling_key(american)


@pytest.mark.parametrize("a, b", [
    ("aromatase inhibitor", "adequate intake"), ("does", "des"), ("raise", "raze"),
    ("analysis", "analyzes"),
])
def test_other_words_stay_apart(a, b):
    assert spelling_key(a) != spelling_key(b)
