"""What the sixth round of checking others' projects found (session 16), pinned.

Excerpts keep their licence: HL7/fhir-ips (the International Patient Summary
implementation guide, CC0: HL7's FHIR licence). WorldHealthOrganization/smart-hiv
(CC BY-NC-SA 3.0 IGO) is copied in shape only: its `sushi-config.yaml` page tree and
folders, with our own words in the pages. Full checks use the in-process `cli`.
"""

from __future__ import annotations

import json

from lint.project import detect_project
from tests.conftest import cli


def _codes(root, *select):
    done = cli(root, "check", "--no-baseline", "--no-cache", "--format", "json",
               *(("--select", ",".join(select)) if select else ()))
    return done.returncode, [(d["code"], d["file"], d["start"]["line"], d["message"])
                             for d in json.loads(done.stdout)["diagnostics"]]


# -- FHIR implementation guides -----------------------------------------------------------
SUSHI_CONFIG = """id: example.guide
canonical: http://example.org/guide
title: An example guide
status: draft
fhirVersion: 4.0.1
pages:
  index.md:
    title: Home
    changes.md:
      title: Changes
    license.md:
      title: License
  business-requirements.md:
    title: Business Requirements
    concepts.md:
      title: Concepts
  profiles.xml:
    title: Content profiles
  deployment.md:
    title: Deployment
"""
# HL7/fhir-ips input/pagecontent/index.md (CC0), its first paragraph.
IPS_INDEX = (
    "An **International Patient Summary (IPS) document** is an electronic health record "
    "extract containing essential healthcare information about a subject of care.\n")
IPS_PRINCIPLES = (
    "The IPS defines a patient summary in the context of providing information to "
    "downstream providers.\n")


def _guide(root, config=SUSHI_CONFIG):
    pages = root / "input" / "pagecontent"
    pages.mkdir(parents=True)
    (root / "input" / "cql").mkdir()
    (root / "sushi-config.yaml").write_text(config)
    (pages / "index.md").write_text(IPS_INDEX)
    (pages / "changes.md").write_text("- Added the concepts page.\n")
    (pages / "license.md").write_text("This guide is licensed openly.\n")
    (pages / "business-requirements.md").write_text("The IPS serves unplanned care.\n")
    (pages / "concepts.md").write_text(IPS_PRINCIPLES)
    (pages / "deployment.md").write_text("How a country deploys the guide.\n")
    (pages / "downloads.md").write_text("The package to download.\n")
    # Not pages: a data dictionary beside the CQL, the repository's own notes.
    (root / "input" / "cql" / "dictionary.md").write_text("| Element | TB |\n|---|---|\n")
    (root / "todo.md").write_text("- Figure out the EOC profiles\n")


def test_a_fhir_guide_is_read_as_one_site_in_its_page_order(tmp_path):
    # Before: a folder of Markdown: every page "had no front matter" (DOC003, 37 on the
    # WHO HIV guide, 18 on the IPS), and the CQL folder's data dictionary and the
    # repository's to-do list were read as articles.
    _guide(tmp_path)
    project = detect_project(tmp_path)
    assert project.kind == "fhir-ig" and project.unit
    # The home page, SUSHI's pages in order (an XML page is not Markdown we read), then
    # the pages SUSHI does not list; changes.md and license.md are pages here, not a
    # repository's boilerplate.
    assert project.chapters == [
        "input/pagecontent/index.md", "input/pagecontent/changes.md",
        "input/pagecontent/license.md", "input/pagecontent/business-requirements.md",
        "input/pagecontent/concepts.md", "input/pagecontent/deployment.md",
        "input/pagecontent/downloads.md"]
    assert project.metadata == {"title": "An example guide"}
    code, found = _codes(tmp_path, "DOC003", "GLO005", "GLO008")
    # IPS is defined on the home page and holds for the later pages; nothing else.
    assert found == []


def test_a_fhir_guide_page_that_sushi_lists_but_is_absent_is_named(tmp_path):
    _guide(tmp_path)
    (tmp_path / "input" / "pagecontent" / "concepts.md").unlink()
    assert detect_project(tmp_path).missing == ["input/pagecontent/concepts.md"]


def test_a_fhir_guide_without_a_page_list_reads_its_pages_home_first(tmp_path):
    # HL7/fhir-ips: no `pages:` (SUSHI lists the folder's pages itself), intro notes of
    # resources read after the pages; an IG Publisher guide with ig.ini only is read too.
    _guide(tmp_path, config="id: example.guide\ntitle: An example guide\n")
    notes = tmp_path / "input" / "intro-notes"
    notes.mkdir()
    (notes / "StructureDefinition-Patient-intro.md").write_text("The patient of the IPS.\n")
    chapters = detect_project(tmp_path).chapters
    assert chapters[0] == "input/pagecontent/index.md"
    assert chapters[1:-1] == sorted(chapters[1:-1])
    assert chapters[-1] == "input/intro-notes/StructureDefinition-Patient-intro.md"
    (tmp_path / "sushi-config.yaml").unlink()
    (tmp_path / "ig.ini").write_text("[IG]\nig = input/guide.xml\n")
    project = detect_project(tmp_path)
    assert project.kind == "fhir-ig" and project.chapters == chapters
    assert project.metadata == {}


def test_a_sushi_config_without_pages_folders_is_no_guide(tmp_path):
    # A FHIR Shorthand project with no pages (profiles only) is read as before.
    (tmp_path / "sushi-config.yaml").write_text(SUSHI_CONFIG)
    (tmp_path / "notes.md").write_text("# Notes\n\nProfiles only.\n")
    assert detect_project(tmp_path).kind == "pandoc"


def test_a_broken_sushi_config_is_an_error_with_its_line(tmp_path):
    # Read as empty, it dropped the page order and the title without a word, then DOC003
    # said the configuration "sets no 'title'" though it does (review of session 16).
    _guide(tmp_path, config="id: x\ntitle: A guide\npages:\n  index.md: [\n    title: Home\n")
    done = cli(tmp_path, "check", "--no-baseline", "--no-cache")
    assert done.returncode == 2
    assert "sushi-config.yaml:4:" in done.stderr and "Traceback" not in done.stderr
    (tmp_path / "sushi-config.yaml").write_text("- index.md\n- concepts.md\n")
    done = cli(tmp_path, "check", "--no-baseline", "--no-cache")
    assert done.returncode == 2 and "sushi-config.yaml:1:" in done.stderr


def test_an_ig_ini_guide_is_told_its_page_sets_the_title(tmp_path):
    # ig.ini has no title key and no page order: neither message may send the user there.
    _guide(tmp_path)
    (tmp_path / "sushi-config.yaml").unlink()
    (tmp_path / "ig.ini").write_text("[IG]\nig = input/guide.xml\n")
    code, found = _codes(tmp_path, "DOC003")
    assert [(c, f, m) for c, f, _, m in found] == [
        ("DOC003", "input/pagecontent/index.md", "this first page sets no 'title' (ig.ini has none)")]
    done = cli(tmp_path, "init", "--print")
    assert "chapters in its order" not in done.stdout
    assert "# Read from ig.ini (its pages: the home page first, then by path)." in done.stdout
