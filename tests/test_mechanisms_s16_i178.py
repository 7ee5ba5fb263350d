"""Issue 16, session 16 (branch i178). Sentences of the round 4, 8, 9, 11, 12, 14 and 16 gold texts
and of the MEC stress texts (tests/data/mechanisms/s16_i178.md: LiverTox, Wikipedia):

- DrugCentral's FDA mechanisms of action are plural ("NMDA Receptor Antagonists"); the phrase
  matcher adds a plural to a singular name only, so they are named in the singular ("ketamine
  is classified as an NMDA receptor antagonist");
- a mechanism named by words before an established class whose drugs all belong to it is a
  name of that class ("HIV Protease Inhibitors" of "Protease Inhibitor"; "Serotonin 3 Receptor
  Antagonists" of "Serotonin-3 Receptor Antagonist"); one whose drugs do not ("Competitive
  Opioid Antagonists": butorphanol, nalbuphine) stays as FDA writes it, so naloxone, "a
  non-selective and competitive opioid receptor antagonist", is an opioid antagonist;
- a receptor class is also named by its target's other names ("GH receptor antagonist");
- a name read across its abbreviation when the number follows the bracket ("interleukin
  (IL)-23");
- phosphate ester prodrugs named by their base ("tedizolid");
- a chemical family before a class of action is both ("an oxazolidinone antibiotic"), and a
  class whose head noun is a class is that class too ("a tetracycline antibiotic": an
  antibacterial; "a loop diuretic": a diuretic), where one drug is said to be one (not "Four
  macrolide antibiotics are … available: erythromycin, …");
- an unhyphenated "methicillin resistant <organism>" is no mention of methicillin."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import statement_tests

READ = [
    ("ketamine", "class", "nmda receptor antagonist"),
    ("memantine", "class", "nmda receptor antagonist"),
    ("pegvisomant", "class", "growth hormone receptor antagonist"),
    ("ritonavir", "class", "protease inhibitor"),
    ("guselkumab", "target", "interleukin-23"),
    ("secukinumab", "target", "il17a"),
    ("tedizolid phosphate", "class", "oxazolidinone"),
    ("tedizolid phosphate", "class", "antibacterial"),
    ("metronidazole", "class", "nitroimidazole"),
    ("metronidazole", "class", "antibacterial"),
    ("demeclocycline", "class", "tetracycline"),
    ("demeclocycline", "class", "antibacterial"),
    ("furosemide", "class", "loop diuretic"),
    ("furosemide", "class", "diuretic"),
    ("fidaxomicin", "class", "macrolide"),
    ("fidaxomicin", "class", "antibacterial"),
    ("erythromycin", "class", "macrolide"),
    ("naloxone", "class", "opioid antagonist"),
]

NOT_READ = [
    # a list of a family's members: each is a macrolide; the labeller (round 4) gives no more
    ("erythromycin", "class", "antibacterial"),
    ("clarithromycin", "class", "antibacterial"),
    # the adjective before the established class is no class FDA's mechanism names here
    ("naloxone", "class", "competitive opioid antagonist"),
    # "methicillin resistant Staphyloccocal aureus": the organism's quality
    ("meticillin", "class", "antibacterial"),
]


read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it = \
    statement_tests("s16_i178.md", "s16.md", READ, NOT_READ)


def test_no_mec_finding_on_these_correct_sentences(read):
    # naloxone is "a competitive opioid receptor antagonist" and "a better emergency
    # antidote": no MEC001 (it was one while the mechanism was read as a class of its own)
    assert read[0] == [], read[0]


def test_mechanisms_of_action_are_named_in_the_singular():
    from lint.sources.drugs import load_knowledge

    kb = load_knowledge()
    assert "nmda receptor antagonist" in kb.classes["nmda receptor antagonist"]["names"]
    assert "gh receptor antagonist" in kb.classes["growth hormone receptor antagonist"]["names"]
    # a narrower mechanism whose drugs all belong to the established class is its name
    assert "hiv protease inhibitor" in kb.classes["protease inhibitor"]["names"]
    assert "hiv protease inhibitor" not in kb.classes
    assert "serotonin 3 receptor antagonist" not in kb.classes
    # one whose drugs do not (butorphanol, nalbuphine, pentazocine) keeps FDA's plural only
    assert kb.classes["competitive opioid antagonist"]["names"] == [
        "competitive opioid antagonists"]


def test_phosphate_prodrugs_are_named_by_their_base():
    from lint.sources.drugs import load_knowledge

    kb = load_knowledge()
    assert kb.find("tedizolid").key == "tedizolid phosphate"
    # an inorganic salt's cation names no drug
    assert kb.find("sodium") is None or kb.find("sodium").key != "sodium phosphate"


def test_the_bench_reads_initials_and_agent_nouns():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import eval_mechanisms_texts as bench
    from lint.sources.drugs import load_knowledge

    kb = load_knowledge()
    assert bench._class_key(kb, "nnrti") == "non-nucleoside reverse transcriptase inhibitor"
    assert bench._class_key(kb, "insulin_sensitizer") == "insulin-sensitizing drug"
    # initials of no class's name, or of several, stay the gold word
    assert bench._class_key(kb, "sarm") == "sarm"
