"""Hypothesis generators of hostile-but-plausible inputs: Markdown, BibTeX, glossary, config."""

from __future__ import annotations

import json

from hypothesis import strategies as st

WORDS = ["Clomiphene", "citrate", "raises", "LH", "FSH", "may", "suggest", "Anastrozole",
         "lowers", "estrogen", "GnRH", "(GnRH)", "studies", "have", "shown", "the", "HPG",
         "axis", "Clomid", "peptides", "tissue", "repair", "e.g.", "et", "al.", "vs.", "∞",
         "IGF-1", "Sertoli", "cells", "twice", "weekly", "65-90%", "—", "“quoted”", "naïve",
         "日本語", "🙂", "\u200b", "\u00a0", "\\*", "&amp;", "<b>", "`code`", "*em*", "**strong**"]
KEYS = st.sampled_from(["k1", "k2", "known2020", "odd:key.with-dots", "ünï", "{weird key}",
                        "", "k1k1k1k1k1k1k1k1"])

text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), min_size=0,
                max_size=30).map(" ".join)


@st.composite
def citation(draw):
    keys = draw(st.lists(KEYS, min_size=1, max_size=3))
    form = draw(st.sampled_from(["[{}]", "[see {}, p. 4]", "{}", "[-{}]"]))
    return form.format("; ".join("@" + k for k in keys))


@st.composite
def sentence(draw):
    parts = [draw(text)]
    if draw(st.booleans()):
        parts.append(draw(citation()))
    return " ".join(parts) + draw(st.sampled_from([".", "?", "!", "", ":", ";"]))


@st.composite
def block(draw, depth=0):
    kind = draw(st.sampled_from(["para", "heading", "list", "quote", "table", "code", "html",
                                 "comment", "image", "rule", "blank"]))
    if kind == "para":
        return " ".join(draw(st.lists(sentence(), min_size=1, max_size=4)))
    if kind == "heading":
        return "#" * draw(st.integers(1, 7)) + " " + draw(text)
    if kind == "list":
        marker = draw(st.sampled_from(["- ", "* ", "1. ", "2) "]))
        items = draw(st.lists(sentence(), min_size=1, max_size=4))
        nested = "  " * draw(st.integers(0, 6))
        return "\n".join(nested + marker + item for item in items)
    if kind == "quote":
        return ">" * draw(st.integers(1, 5)) + " " + draw(sentence())
    if kind == "table":
        columns = draw(st.integers(1, 6))
        rows = draw(st.integers(0, 4))
        cell = st.one_of(sentence(), st.just(""), st.just("|"))
        lines = ["| " + " | ".join(draw(text) for _ in range(columns)) + " |",
                 "|" + "---|" * draw(st.integers(1, columns + 1))]
        lines += ["| " + " | ".join(draw(cell) for _ in range(draw(st.integers(0, columns + 2))))
                  + " |" for _ in range(rows)]
        return "Table: " + draw(text) + "\n\n" + "\n".join(lines) if draw(st.booleans()) \
            else "\n".join(lines)
    if kind == "code":
        return "```\n" + draw(sentence()) + "\n" + draw(st.sampled_from(["```", ""]))
    if kind == "html":
        return draw(st.sampled_from(["<div>", "<!--", "<script>x</script>", "</div>",
                                     "<img src=x onerror=alert(1)>"]))
    if kind == "comment":
        action = draw(st.sampled_from(["disable", "enable", "disable-next-line", "disable-file",
                                       "ignore", ""]))
        selector = draw(st.sampled_from(["", "CIT", "CIT002", "XYZ9", "unused-reference",
                                         ",,", "GLO, MEC"]))
        close = draw(st.sampled_from([" -->", "", " -- reason -->"]))
        return f"<!-- content-lint {action} {selector}{close}"
    if kind == "image":
        return f"![{draw(text)}]({draw(st.sampled_from(['', 'x.png', 'javascript:x']))})"
    if kind == "rule":
        return draw(st.sampled_from(["---", "***", "___"]))
    return ""


@st.composite
def front_matter(draw):
    choice = draw(st.sampled_from(["none", "ok", "unclosed", "list", "bad", "empty", "anchors"]))
    if choice == "none":
        return ""
    if choice == "ok":
        return "---\ntitle: " + json.dumps(draw(text)) + "\nslug: s\n---\n\n"
    if choice == "unclosed":
        return "---\ntitle: T\n\n"
    if choice == "list":
        return "---\n- a\n- b\n---\n\n"
    if choice == "bad":
        return "---\ntitle: [unclosed\n---\n\n"
    if choice == "anchors":
        return "---\na: &a [1, 2]\nb: [*a, *a, *a]\ntitle: T\n---\n\n"
    return "---\n---\n\n"


@st.composite
def markdown_document(draw):
    blocks = draw(st.lists(block(), max_size=12))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    body = draw(front_matter()) + "\n\n".join(blocks) + draw(st.sampled_from(["\n", ""]))
    data = body.replace("\n", newline).encode("utf-8", errors="surrogatepass")
    if draw(st.integers(0, 20)) == 0:
        data = draw(st.sampled_from([b"\xff\xfe", b"\xef\xbb\xbf", b"\x00", b"\xe9"])) + data
    return data


@st.composite
def bibtex(draw):
    entries = []
    for _ in range(draw(st.integers(0, 5))):
        key = draw(KEYS)
        kind = draw(st.sampled_from(["article", "book", "incollection", "misc", "string",
                                     "comment", "ARTICLE", "unknown"]))
        fields = draw(st.dictionaries(
            st.sampled_from(["author", "title", "journal", "year", "pages", "doi", "volume",
                             "evidence", "editor", "booktitle", "publisher"]),
            st.one_of(text, st.sampled_from(["2013", "2999", "137--143", "637-41", "e676",
                                             "10.1000/x", "doi:10.1/x", "A and others",
                                             "{El Meliegy}, A.", "{unbalanced"])),
            max_size=6))
        body = ", ".join(f"{name} = {{{value}}}" for name, value in fields.items())
        entries.append(f"@{kind}{{{key}, {body}}}")
    garbage = draw(st.sampled_from(["", "@", "}", "{", "@article{", "% comment", "@string{x}"]))
    return ("\n\n".join(entries) + "\n" + garbage).encode("utf-8", errors="surrogatepass")


yaml_scalar = st.one_of(text, st.integers(), st.booleans(), st.none(),
                        st.sampled_from(["*a", "&a x", "!!python/object:os.system", "[", "{"]))


@st.composite
def glossary(draw):
    if draw(st.booleans()):
        entries = []
        for _ in range(draw(st.integers(0, 4))):
            entry = {"term": draw(st.one_of(text, st.none()))}
            for name in draw(st.lists(st.sampled_from(
                    ["definition", "aliases", "rejected", "brands", "case", "category",
                     "preferred", "colour"]), max_size=4)):
                entry[name] = draw(st.one_of(yaml_scalar, st.lists(yaml_scalar, max_size=3)))
            entries.append(entry)
        return json.dumps({"version": draw(st.sampled_from([1, 2, "1"])),
                           "entries": entries}).encode("utf-8")
    return draw(st.text(max_size=200)).encode("utf-8", errors="surrogatepass")


@st.composite
def config(draw):
    lines = ["[tool.content-lint]", 'paths = ["content"]', 'bibliography = "references.bib"',
             'glossary = "glossary.yaml"']
    options = {
        "fail-level": st.sampled_from(['"error"', '"warning"', '"loud"', "3", '"never"']),
        "select": st.sampled_from(['["CIT"]', '["ALL"]', '["XYZ"]', '"CIT"', "[1]", "[]"]),
        "ignore": st.sampled_from(['["GLO015"]', '["unused-reference"]', "[]"]),
        "severity": st.sampled_from(['{ CIT = "info" }', '{ CIT001 = "loud" }', '"x"']),
        "nlp-model": st.sampled_from(['"blank"', '"./x"', '"xx_nope"', "1"]),
        "colour": st.just('"red"'),
        "online": st.sampled_from(["false", '"yes"']),
        "exclude": st.sampled_from(['["content/drafts/*"]', '"x"']),
    }
    for name in draw(st.lists(st.sampled_from(sorted(options)), max_size=3, unique=True)):
        lines.append(f"{name} = {draw(options[name])}")
    if draw(st.integers(0, 10)) == 0:
        lines.append("[tool.content-lint")
    return "\n".join(lines) + "\n"
