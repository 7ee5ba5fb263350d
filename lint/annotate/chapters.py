"""A book or manuscript is one text: what each chapter's neighbours establish.

Run once every chapter is annotated, in reading order (lint/engine.py). The
judgment goes to `document.annotations.chapter` so that rules reading one
chapter know what a reader has already been told: acronyms defined before
(and where a later chapter defines one) or already used, glossary terms
introduced by their generic name, domain terms already met.
"""

from __future__ import annotations

from lint.document.annotations import ChapterContext
from lint.normalise import acronym_singular


def _reported_uses(chapter, rules) -> set[str]:
    """The acronyms GLO008 would report as used in this chapter: not declared in its
    `abbreviations:` front matter, not suppressed there (a skipped use is no first use)."""
    from lint.filter import suppresses

    table = (chapter.front_matter or {}).get("abbreviations")
    declared = ({acronym_singular(str(key)) for key in table}
                if isinstance(table, dict) else set())
    first = {}  # GLO008 reports an acronym's first use only; suppressed, it reports none
    for event in chapter.annotations.acronyms:
        if event.kind == "use" and event.acronym not in declared:
            first.setdefault(event.acronym, event)
    return {acronym for acronym, event in first.items()
            if chapter.source is None or not suppresses(
                chapter, "GLO008", chapter.position(event.start).line, rules)}


def annotate_chapter_context(chapters) -> None:
    """For each chapter in reading order, what the chapters before and after it establish."""
    definitions = []
    for chapter in chapters:
        defined: dict[str, str] = {}
        for event in chapter.annotations.acronyms:
            if event.kind in ("definition", "glued", "expanded"):
                defined.setdefault(event.acronym, event.expansion)
        definitions.append(defined)
    after: dict[str, tuple[str, str]] = {}
    afters = []
    for chapter, defined in zip(reversed(chapters), reversed(definitions)):
        afters.append(dict(after))
        for acronym, expansion in defined.items():
            after[acronym] = (chapter.path, expansion)
    afters.reverse()
    from lint.rules.base import registry

    rules = registry()
    seen = ChapterContext()
    for chapter, defined, later in zip(chapters, definitions, afters):
        chapter.annotations.chapter = ChapterContext(
            dict(seen.acronyms_before), later, set(seen.terms_introduced),
            set(seen.domain_terms), set(seen.acronyms_used_before))
        for acronym in defined:
            seen.acronyms_before.setdefault(acronym, chapter.path)
        # Only uses GLO008 reports there (not suppressed, not declared; one defined there
        # is in acronyms_before).
        seen.acronyms_used_before.update(_reported_uses(chapter, rules))
        for use in chapter.annotations.terms or []:
            if use.role != "brand":
                seen.terms_introduced.add(use.entry_index)
        for mention in chapter.annotations.domain_terms:
            seen.domain_terms.add(mention.text)
