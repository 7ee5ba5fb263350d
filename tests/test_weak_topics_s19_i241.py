"""Weak topics, session 19 (branch i241, issue 15): the review of i235's mends. Mainstream
preconception advice, anatomy of the semen and fertility treatment stay off the weak topics;
a supplement is not carried into a sentence about a drug or a procedure; a secular decline's
word of change is read in the topic's own clause; a bad `sentence_pattern` is a clear error.
The sentences are the reviewer's (of our own wording); figures in bench/README.md."""

from __future__ import annotations

import pytest

from conftest import cli


@pytest.mark.parametrize("text", [
    # preconception advice for women is mainstream obstetrics
    "Women trying to conceive should take 400 micrograms of folic acid a day.",
    "Moderate exercise makes it easier to conceive for women with PCOS.",
    "Taking folic acid when trying to conceive prevents neural tube defects.",
    "Eating a healthy diet helps you get pregnant.",
    # the semen's anatomy
    "Vitamin C is found in seminal plasma at high concentrations.",
    "Zinc is present in seminal fluid in high amounts.",
    "The seminal vesicles produce most of the fluid in semen, including fructose and vitamin C.",
    # a finding of the semen analysis names who is treated
    "Obstructive azoospermia is treated with surgery, not with vitamins.",
    "Most men with oligospermia have no symptoms, and their diet is not the cause.",
    # mainstream nutrition
    "Many men take a daily multivitamin to improve their sperm count.",
    # prevalence, then another clause with a word of change
    "Male infertility affects millions of couples worldwide, and IVF can increase their "
    "chances of a baby.",
    "Male infertility is a problem around the world, and reducing it starts with a diagnosis.",
])
def test_not_weak(judged, text):
    assert judged(text)[-1] == [], text


@pytest.mark.parametrize("before,after", [
    ("Many men take zinc tablets.", "Clomiphene citrate improves sperm count."),
    ("Many men take zinc tablets.",
     "Clomiphene citrate improves sperm count in men with low testosterone."),
    ("Many men take zinc tablets.", "Varicocele repair improves sperm motility."),
    ("Vitamin D is made in the skin.", "Varicocele repair improves semen quality."),
])
def test_no_supplement_carried_into_a_treatment(judged, before, after):
    assert judged(before, after)[-1] == [], after


@pytest.mark.parametrize("lines,topic", [
    # a supplement is still carried one sentence on
    (("Many men take zinc tablets.", "Small trials report better sperm motility."),
     "antioxidants-sperm"),
    # every subject named before counts, not the first (diet) alone
    (("A healthy diet rich in zinc and selenium is often recommended.",
      "Small trials report better sperm motility."), "antioxidants-sperm"),
    # fertility's verb in a sentence about men or their partners
    (("After three months of zinc, the partners of the men were able to get pregnant.",),
     "antioxidants-sperm"),
    # a decline in the topic's own clause
    (("Over the past 50 years, sperm counts around the world have fallen by half.",),
     "secular-decline"),
])
def test_still_weak(judged, lines, topic):
    assert topic in judged(*lines)[-1], lines


@pytest.mark.parametrize("pattern,says", [
    ("12", "must be a string: a regular expression"),
    ('"(unclosed"', "is not a valid regular expression"),
])
def test_a_bad_sentence_pattern_is_a_clear_error(tmp_path, pattern, says):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.md").write_text("# Zinc\n\nZinc improves sperm counts.\n",
                                               encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.content-lint]\npaths = ["content"]\nevidence-topics = "topics.yaml"\n',
        encoding="utf-8")
    (tmp_path / "topics.yaml").write_text(
        "topics:\n  - id: mine\n    label: mine\n    subjects: [zinc]\n    outcomes: [sperm]\n"
        f"    level: low\n    sentence_pattern: {pattern}\n", encoding="utf-8")
    # in-process (conftest.cli): the same exit code and messages as the command, without
    # a second Python loading spaCy for each pattern
    run = cli(tmp_path, "check", "--no-cache")
    assert run.returncode == 2, run.stderr
    assert "topics.yaml:7:" in run.stderr and "'mine'" in run.stderr, run.stderr
    assert says in run.stderr and "Traceback" not in run.stderr, run.stderr
