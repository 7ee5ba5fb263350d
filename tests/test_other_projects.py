"""What dogfooding on other people's projects found (session 8), pinned with their text.

Excerpts are short and keep their licence: ehsanx/EpiMethods (CC0),
OHDSI/TheBookOfOhdsi (CC0), jaybee84/ml-in-rd (CC BY 4.0),
greenelab/phenoplier_manuscript (CC BY 4.0). Everything runs in process: the
readers and the rules' own helpers, no spaCy, no subprocess.
"""

from __future__ import annotations

import argparse
import json
import os

import pytest

from lint.cli import _config_start, _relative_paths
from lint.document.citations import classify_key, manubot_key_forms, tex_command_ranges
from lint.document.markdown import parse_document
from lint.document.textmap import SourceText
from lint.rules.glossary import _glued, _same, _spells
from lint.sources.bibliography import parse_csl_json
from lint.sources.pages import parse_pages


def test_manubot_pmc_prefix_is_an_identifier():
    # ml-in-rd: "... cascade learning is a viable alternative. [@pmc:PMC6371307]"
    assert classify_key("pmc:PMC6371307") == ("identifier", "pmcid")
    assert classify_key("pmcx:PMC6371307") == ("key", "")


def test_frozen_manubot_reference_is_cited_by_its_standard_id():
    # phenoplier's manual-references.json: Manubot froze the item under its short id and
    # kept the key the text cites (`[@Strehl2002]`) in the note, as Manubot reads it.
    item = {"type": "article-journal", "id": "uw3AnEgA",
            "container-title": "Journal of Machine Learning Research",
            "author": [{"family": "Strehl", "given": "Alexander"}],
            "issued": {"date-parts": [[2002]]}, "page": "583-617",
            "title": "Cluster Ensembles - A Knowledge Reuse Framework",
            "note": "Loaded from an external bibliography file by Manubot.\n"
                    "source_bibliography: manual-references.json\nstandard_id: Strehl2002"}
    plain = dict(item, id="plain2002", note="")
    bibliography = parse_csl_json(SourceText(json.dumps([item, plain], indent=2)), "refs.json")
    assert set(bibliography.entries) == {"Strehl2002", "plain2002"}


def test_manubot_short_ids_of_pubmed_and_pmc_use_manubots_prefixes():
    # phenoplier: `[@pmid:12093424]` is stored as "10qjLoufR", the short id of Manubot's
    # standard id "pubmed:12093424" (CIT003 called it never cited).
    assert "10qjLoufR" in manubot_key_forms("pmid:12093424")
    assert "pubmed:12093424" in manubot_key_forms("pubmed:12093424")
    assert "pmc:PMC7778952" in manubot_key_forms("pmc:PMC7778952")
    assert "10qjLoufR" not in manubot_key_forms("pmid:12093425")


@pytest.mark.parametrize("text,expected", [
    ("10:1--10:17", (1, 17, "10:1--10:17")),   # OHDSI book.bib, an ACM article
    ("380-394.e4", (380, 394, "380--394.e4")),  # phenoplier, a Cell Press article
    ("637-41", (637, 641, "637--641")),
])
def test_publishers_page_ranges(text, expected):
    parsed = parse_pages(text)
    assert (parsed.start, parsed.end, parsed.bibtex()) == expected


@pytest.mark.parametrize("text", ["10:1--11:17", "10:1", "12-"])
def test_unreadable_page_ranges(text):
    assert parse_pages(text) is None


def test_raw_tex_index_entries_are_not_prose():
    # OHDSI's ExtractTransformLoad.Rmd: the index entry repeated the expansion without its
    # comma, which GLO007 read as a second definition.
    text = ("It is important that this ETL process is repeatable. "
            "\\index{ETL|see {extract, transform and load (ETL)}} \\index{raw data}\n")
    document = parse_document("etl.Rmd", SourceText(text))
    block = next(iter(document.blocks))
    hidden = [block.text[a:b] for a, b in block.meta.code_ranges]
    assert hidden == ["\\index{ETL|see {extract, transform and load (ETL)}}",
                      "\\index{raw data}"]
    assert tex_command_ranges("The \\textbf{bold} word") == []


@pytest.mark.parametrize("expansion,acronym,spells", [
    ("simple random sample", "SRS", True),
    ("survey data as an", "SRS", False),                      # EpiMethods
    ("packages and requires the strata and cluster", "PSU", False),
    ("pre-specification is especially important in PLE", "PLP", False),  # OHDSI
    ("cdmDbSchema variable, as well", "CDM", False),          # OHDSI
    ("RR^2^", "RR", False),                                   # book_v1's formula
    ("gonadotropin-releasing hormone", "GnRH", True),
    ("Severe acute respiratory syndrome coronavirus 2", "SARS-CoV-2", True),
    ("change-in-estimator", "CIE", True),
])
def test_which_expansions_glo007_compares(expansion, acronym, spells):
    assert _spells(expansion, acronym) is spells


def test_one_expansion_written_two_ways():
    assert _same("pathway-level information extractor method",  # phenoplier
                 "Pathway-level information extractor")
    assert _same("extract, transform, and load", "extract, transform and load")
    assert not _same("rate ratio", "risk ratio")  # a real conflict (book_v1)


@pytest.mark.parametrize("written,glued", [
    ("Incidence proportion difference ", True),  # "... IPD = Q1 − Q0": really glued
    ("latent variables/", False),                # phenoplier
    ("Deep vein thrombosis [", False),
    ("**Standardized mean differences**: ", False),  # EpiMethods
    ("artery disease;\n", False),                # a legend's "CAD: ...;" before "AD: ..."
    ("of an ", False),                           # "in the context of an OA - CVD study"
])
def test_what_glo009_calls_glued(written, glued):
    assert _glued(written) is glued


def _manubot(root):
    (root / "content").mkdir(parents=True)
    (root / "content" / "metadata.yaml").write_text("title: T\n")
    (root / "content" / "01.intro.md").write_text("Text.\n")
    (root / "LICENSE-CC0.md").write_text("# CC0\n")


def test_a_project_checked_from_elsewhere_reads_its_own_layout(tmp_path, monkeypatch):
    here, there = tmp_path / "here", tmp_path / "there"
    here.mkdir()
    (here / "content-lint.toml").write_text('paths = ["content"]\n')
    _manubot(there)
    monkeypatch.chdir(here)
    args = argparse.Namespace(paths=[os.path.relpath(there)])
    assert _config_start(args) == there
    assert _config_start(argparse.Namespace(paths=["content/a.md"])) == here
    assert _config_start(argparse.Namespace(paths=[])) == here
    # ... and its root stands for its documents, not for every file below it.
    from lint.project import project_config

    config = project_config(there)
    assert _relative_paths(args, config) == []
    assert config.paths == ["content/01.intro.md"]


def test_a_dangling_symlink_does_not_stop_a_project_without_configuration(tmp_path):
    from lint.project import project_config

    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.md").write_text("Text.\n")
    (tmp_path / "content" / "gone.md").symlink_to(tmp_path / "nowhere.md")
    assert project_config(tmp_path).paths == ["content/a.md"]


def test_what_a_citation_cites_for_cit003_and_the_report():
    from lint.document.model import Citation
    from lint.sources.citation_aliases import CitationAliases

    aliases = CitationAliases()
    aliases.add("tag:plier", "pmid:12093424", "content/citation-tags.tsv:2")

    def citation(key, scheme=""):
        return Citation(key=key, span=None, start=0, end=0, scheme=scheme)

    assert "10qjLoufR" in aliases.cited_keys(citation("pmid:12093424", "pmid"))
    assert "pubmed:12093424" in aliases.cited_keys(citation("tag:plier", "tag"))
    assert aliases.cited_keys(citation("Strehl2002")) == {"Strehl2002"}


def test_csl_supplement_pages_are_a_csl_range():
    # phenoplier: CSL writes "380-394.e4" with CSL's single hyphen, no REF005 matter.
    item = {"id": "cell2019", "type": "article-journal", "page": "380-394.e4"}
    entry = parse_csl_json(SourceText(json.dumps([item])), "refs.json").entries["cell2019"]
    parsed = parse_pages(entry.fields["pages"])
    assert (parsed.dash, parsed.bibtex()) == ("--", "380--394.e4")
