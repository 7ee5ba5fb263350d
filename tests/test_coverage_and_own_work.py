"""What a nearby citation covers, and what scholarly writing needs no citation for: the
typed annotations with their reasons (lint/annotate/coverage.py, own_work.py), and the
bench's placing of citation-worthiness rows in their paragraphs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _sentences(project, markdown: str, genre: str = "scholarly") -> dict[str, object]:
    result = project.run_paper(markdown, genre)
    return {s.text: s.annotations for d in result.documents for s in d.sentences}


def test_each_own_work_cue_is_stored_with_its_reason(project):
    found = _sentences(project, """
        ## Abstract

        Deep learning combines raw inputs into layers of features.

        ## Results

        Mutation fractions were higher in mice with both alleles (Figure 3b).
        The $k$-mer spectrum holds $4^k$ frequencies.
        Here, we present a new association test.
        Suppose a mutator raises the C>A rate by 20%.
        Mutation signatures reflect sources of DNA damage.
        Although the locus is wide, we argue that Ogg1 is the best candidate.
    """)
    kinds = {text: (a.own_work.kind if a.own_work else None) for text, a in found.items()}
    assert kinds["Deep learning combines raw inputs into layers of features."] == "abstract"
    figure = found["Mutation fractions were higher in mice with both alleles (Figure 3b)."]
    assert figure.own_work.kind == "own figure" and "'Figure 3b'" in figure.own_work.reason
    assert kinds["The $k$-mer spectrum holds $4^k$ frequencies."] == "own formula"
    assert kinds["Here, we present a new association test."] == "own contribution"
    assert kinds["Suppose a mutator raises the C>A rate by 20%."] == "worked example"
    assert kinds["Mutation signatures reflect sources of DNA damage."] is None
    argument = found["Although the locus is wide, we argue that Ogg1 is the best candidate."]
    assert argument.own_work.kind == "own argument" and "'we argue'" in argument.own_work.reason


GLOSSARY = """
    | Term | Definition | Example applications |
    |-----|----------|----------|
    | Feed-forward neural network (FFNN) | NN that does not have cycles between nodes in the same layer | Most of the examples below are special cases of FFNNs, except recurrent neural networks. |
    | Tissue name | `UTHSC BXD Liver RNA-Seq Avg (Oct19) TPM Log2` | |
"""


def test_a_glossary_tables_definitions_are_own_work_in_scholarly_writing_only(project):
    """deep-review's glossary table (CC BY 4.0): 0 of 18 definitions cited by its authors."""
    definition = "NN that does not have cycles between nodes in the same layer"
    found = _sentences(project, GLOSSARY)
    assert found[definition].own_work.kind == "glossary table"
    assert "'Definition' column" in found[definition].own_work.reason
    example = ("Most of the examples below are special cases of FFNNs, except recurrent "
               "neural networks.")
    assert found[example].own_work is None
    assert _sentences(project, GLOSSARY, genre="health")[definition].own_work is None


def test_a_table_cell_that_is_all_code_is_a_value_not_a_claim(project):
    """A dataset's name in code (mutator-epistasis, CC BY 4.0), in every genre."""
    for genre in ("scholarly", "health"):
        found = _sentences(project, GLOSSARY, genre=genre)
        cell = found["UTHSC BXD Liver RNA-Seq Avg (Oct19) TPM Log2"].claim
        assert cell.excluded == "a table value" and not cell.label


def test_a_cross_reference_is_an_own_figure(project):
    found = _sentences(project, "Rates were higher in both groups ({@fig:rates}).\n")
    assert found["Rates were higher in both groups ({@fig:rates})."].own_work.kind == \
        "own figure"


def test_own_work_is_judged_in_scholarly_writing_only(project):
    found = _sentences(project, "## Abstract\n\nRates were higher (Figure 2).\n", genre="health")
    assert found["Rates were higher (Figure 2)."].own_work is None


def test_a_cited_sentence_gets_no_own_work_judgment(project):
    found = _sentences(project, "Rates were higher (Figure 2) [@k2020].\n")
    assert found["Rates were higher (Figure 2)."].own_work is None


def test_continuations_and_quotations_name_the_covering_keys_and_why(project):
    found = _sentences(project, """
        Clomiphene raised LH in men [@k2020]. However, the trial was small. Estradiol fell
        in most men.

        A review wrote: "Testosterone suppresses sperm. Recovery takes a year." [@k2020]

        A paragraph later, the trial is a new paragraph's subject.
    """, genre="health")
    lead_in = found["However, the trial was small."].covered_by
    assert lead_in.keys == ("k2020",) and "('the trial')" in lead_in.reason
    assert found["Estradiol fell in most men."].covered_by is None
    quoted = found['A review wrote: "Testosterone suppresses sperm.'].covered_by
    assert quoted.keys == ("k2020",) and "quotation" in quoted.reason
    assert found["A paragraph later, the trial is a new paragraph's subject."].covered_by is None


def test_a_quotation_is_covered_by_the_citation_ending_its_item_not_by_a_later_one(project):
    found = _sentences(project, """
        He said: "Rest well. Eat well." Then he left [@k2020].

        She said: "Rest well. Eat well." Then she left. She came back [@k2020].
    """, genre="health")
    assert found['He said: "Rest well.'].covered_by.keys == ("k2020",)
    assert found['She said: "Rest well.'].covered_by is None


@pytest.fixture()
def context_module():
    sys.path.insert(0, str(BENCH))
    try:
        import citeworthy_context

        yield citeworthy_context
    finally:
        sys.path.remove(str(BENCH))


def test_rows_are_placed_in_their_paragraph_under_their_heading_path(context_module):
    markdown = (
        "---\ntitle: x\n---\n\n## Results\n\n### Mutators\n\n"
        "We found a locus [@doi:10.1/x]. It raises C>A rates.\n\n"
        "A second paragraph [@k] follows here.\n\n## Discussion\n\nA last one.\n")
    rows = [{"id": "0", "source": "03.results.md", "text": "We found a locus."},
            {"id": "1", "source": "03.results.md", "text": "It raises C>A rates."},
            {"id": "2", "source": "03.results.md", "text": "A second paragraph follows here."},
            {"id": "3", "source": "03.results.md", "text": "A sentence not in the file."},
            {"id": "4", "source": "03.results.md", "text": "A last one."}]
    placed, lost = context_module.place(rows, {"03.results.md": markdown})
    assert placed == [("0", "03.results.md:0", "Results > Mutators"),
                      ("1", "03.results.md:0", "Results > Mutators"),
                      ("2", "03.results.md:1", "Results > Mutators"),
                      ("3", "03.results.md:unplaced-3", ""),
                      ("4", "03.results.md:2", "Discussion")]
    assert lost == 1


def test_an_image_with_pandoc_attributes_is_a_caption_not_prose(project):
    """Manubot figures: "![caption ...](path){#fig:x}" spread over lines (mutator-epistasis)."""
    from lint.document.model import BlockKind

    project.write("content/paper.md", """
        ![
        **Results of the scans.**
        **a)** Adjusted cosine distances between aggregate mutation spectra.
        ](images/scans.png){#fig:scans width="100%"}

        ![A plain image](x.png) with text after it is a paragraph.
    """)
    blocks = [b for d in project.run(use_baseline=False).documents for b in d.blocks]
    assert [b.kind for b in blocks] == [BlockKind.CAPTION, BlockKind.PARAGRAPH]


def test_a_caption_cut_by_an_html_comment_line_is_still_a_caption(project):
    """CommonMark ends a paragraph at a line opening an HTML comment, pandoc does not: a
    Manubot figure whose caption holds one (deep-review, CC BY 4.0) stays a caption."""
    from lint.document.model import BlockKind

    project.write("content/paper.md", """
        ![Neural networks come in many different forms.
        Left: a key for the various types of nodes used in neural networks.
        This figure was inspired by the [Neural Network Zoo](http://www.asimovinstitute.org/neural-network-zoo/) by Fjodor Van Veen.
        <!-- Figure source at https://docs.google.com/drawings/d/1TEzlqiCewmJ-EITvogMqDz7N6CizMtBvWE4H_BXqnuQ -->
        ](images/petting-zoo.svg){#fig:nn-petting-zoo .white}

        This review discusses recent work in the biomedical domain.

        ![An image never closed.

        <!-- a comment -->

        A paragraph after it is prose.
    """)
    blocks = [b for d in project.run(use_baseline=False).documents for b in d.blocks]
    assert [b.kind for b in blocks] == [BlockKind.CAPTION, BlockKind.CAPTION,
                                        BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
                                        BlockKind.PARAGRAPH]


def test_the_context_bench_judges_each_sentence_as_if_its_own_citation_were_missing():
    sys.path.insert(0, str(BENCH))
    try:
        import eval_context
    finally:
        sys.path.remove(str(BENCH))
    rows = [{"id": "0", "label": "0", "source": "a.md",
             "text": "Deep learning combines raw inputs into layers of features."},
            {"id": "1", "label": "1", "source": "b.md",
             "text": "Clomiphene raised LH in men with low testosterone."},
            {"id": "2", "label": "0", "source": "b.md", "text": "The trial enrolled 40 men."},
            {"id": "3", "label": "1", "source": "b.md",
             "text": "This study also found that estradiol fell in most men."}]
    places = [{"id": "0", "paragraph": "a.md:0", "heading": "Abstract"},
              {"id": "1", "paragraph": "b.md:0", "heading": "Results"},
              {"id": "2", "paragraph": "b.md:0", "heading": "Results"},
              {"id": "3", "paragraph": "b.md:0", "heading": "Results"}]
    judged = eval_context.judge_in_context(rows, places)
    why = [reason for _, _, _, _, reason, _ in judged]
    assert why[0].startswith("in the abstract")
    assert why[1] == ""
    assert why[2].startswith("continues the source cited before it ('The trial')")
    # A cited sentence is judged as if uncited: the covered sentence before it passes the
    # cited one's keys on, so its own citation would be missed (a recall loss, counted).
    assert why[3].startswith("continues the source cited before it ('This study')")
    assert [gold for gold, *_ in judged] == [0, 1, 0, 1]
