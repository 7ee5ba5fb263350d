"""Issue 16, session 15 (branch i170): regressions a review found in the session's mechanism
changes (a7a8393..i168), each with a sentence in the shape of a real one, read where it says it
and not where it does not:

- a verb of making ("made", "produced") is the body's hormone only with a body word before the
  name or a body place after it, and not cells grown to make the medicine: "Teriparatide is made
  by recombinant DNA technology and is given by subcutaneous injection once daily" keeps its
  route and schedule, "Dulaglutide is produced in mammalian cells …" its class;
- "an estrogen" is the class only when "estrogen" modifies no noun after it: "Raloxifene acts as
  an estrogen agonist in bone" is no estrogen (no MEC001 against the SERM, no MEC004);
- people silence only a plural pronoun: "When men start treatment, it lowers DHT levels by about
  70%" is still finasteride ("As men age, they …" stays the men);
- bare "sodium channels" is no voltage-gated sodium channel: amiloride blocks the epithelial
  one (ENaC)."""

from __future__ import annotations

import pytest

TEXTS = {
    "teriparatide.md": "# Teriparatide\n\nTeriparatide is made by recombinant DNA technology and "
                       "is given by subcutaneous injection once daily.\n",
    "dulaglutide.md": "# Dulaglutide\n\nDulaglutide is produced in mammalian cells and acts as a "
                      "GLP-1 receptor agonist.\n",
    "pasireotide.md": "# Pasireotide\n\nNatural somatostatin is produced in the hypothalamus. "
                      "Somatostatin is also found in other neurons throughout the body.\n",
    "raloxifene.md": "# Raloxifene\n\nRaloxifene is a selective estrogen receptor modulator. "
                     "Raloxifene acts as an estrogen agonist in bone.\n",
    "tamoxifen.md": "# Tamoxifen\n\nTamoxifen is a selective estrogen receptor modulator. In "
                    "bone, tamoxifen has an estrogen agonist effect.\n",
    "finasteride.md": "# Finasteride\n\nFinasteride is a 5-alpha reductase inhibitor. When men "
                      "start treatment, it lowers DHT levels by about 70%.\n",
    "amiloride.md": "# Amiloride\n\nAmiloride blocks sodium channels in the distal tubule.\n",
}
READ = [
    ("teriparatide", "route", "subcutaneous"),
    ("teriparatide", "schedule", "daily"),
    ("dulaglutide", "class", "glp1_receptor_agonist"),
    ("raloxifene", "class", "serm"),
    ("finasteride", "effect", "dihydrotestosterone:down"),
]
NOT_READ: list[tuple[str, str, str]] = [
    ("raloxifene", "class", "estrogen"),
    ("tamoxifen", "class", "estrogen"),
    ("amiloride", "target", "voltage_gated_sodium_channel"),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    from conftest import Project
    from lint.engine import RunOptions, run
    from lint.config import load_config

    project = Project(tmp_path_factory.mktemp("i170"))
    for name, text in TEXTS.items():
        project.write(f"content/{name}", text, dedent=False)
    result = run(load_config(project.root / "pyproject.toml"),
                 RunOptions(paths=["content"], select=["MEC"], use_baseline=False))
    said = {(a.drug, a.attribute, a.value) for d in result.documents
            for a in d.annotations.mechanisms if a.polarity}
    return said, result


@pytest.mark.parametrize("drug, attribute, value", READ)
def test_read(read, drug, attribute, value):
    assert (drug, attribute, value) in read[0], sorted(read[0])


@pytest.mark.parametrize("drug, attribute, value", NOT_READ)
def test_not_read(read, drug, attribute, value):
    assert (drug, attribute, value) not in read[0], sorted(read[0])


def test_the_body_hormone_is_still_no_statement(read):
    assert not {s for s in read[0] if s[0] in ("somatostatin", "pasireotide")}


def test_no_mec_finding(read):
    assert [(d.code, d.path) for d in read[1].diagnostics] == []
