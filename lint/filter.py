"""The filter stage: inline suppressions, the filter-scope rules, then the baseline.

Suppressions come from `<!-- content-lint ... -->` comments (see
lint/document/suppressions.py). The baseline is a JSON file of finding
fingerprints (rule, file, normalised sentence text, occurrence) so that
known debt stays quiet while new findings fail the run.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

from lint.atomic import write_atomic
from lint.context import RuleContext
from lint.diagnostics import Diagnostic, finish_rows, merge_finished
from lint.document.model import Document, Suppression
from lint.packed_findings import PackedFindings, chunk_rows, unpack
from lint.rules.base import Rule, Scope
from lint.selection import RuleSet, selector_matches

BASELINE_VERSION = 1


def _matches(selectors: tuple[str, ...], diagnostic: Diagnostic, rules: dict[str, Rule]) -> bool:
    if not selectors:
        return True
    rule = rules.get(diagnostic.code)
    return rule is not None and any(selector_matches(s, rule) for s in selectors)


def apply_suppressions(document: Document, diagnostics: list[Diagnostic],
                       rules: dict[str, Rule]) -> list[Diagnostic]:
    """Drop suppressed findings of one document; mark the directives that were used."""
    directives = sorted(document.suppressions, key=lambda s: s.span.start.line)
    kept = []
    for diagnostic in diagnostics:
        if diagnostic.input_error:
            kept.append(diagnostic)
            continue
        by = _suppressed_by(diagnostic, directives, rules)
        if by is None:
            kept.append(diagnostic)
        else:
            by.used = True
    return kept


def _suppressed_by(diagnostic: Diagnostic, directives: list[Suppression],
                   rules: dict[str, Rule]) -> Suppression | None:
    line = diagnostic.span.start.line
    active: list[Suppression] = []
    for directive in directives:
        if directive.action == "disable-file" and _matches(directive.selectors, diagnostic, rules):
            return directive
        if directive.action == "disable-next-line":
            if directive.target_line == line and _matches(directive.selectors, diagnostic, rules):
                return directive
            continue
        if directive.span.start.line > line:
            continue
        if directive.action == "disable":
            active.append(directive)
        elif directive.action == "enable":
            if not directive.selectors:
                active.clear()
            else:
                active = [d for d in active
                          if not set(d.selectors) <= set(directive.selectors)]
    for directive in reversed(active):
        if _matches(directive.selectors, diagnostic, rules):
            return directive
    return None


def suppresses(document: Document, code: str, line: int, rules: dict[str, Rule]) -> bool:
    """Whether a finding of rule `code` on `line` would be suppressed in `document`."""
    rule = rules.get(code)
    if rule is None:
        return False

    class _At:  # what _suppressed_by reads of a diagnostic
        pass

    probe = _At()
    probe.code = code
    probe.span = _At()
    probe.span.start = _At()
    probe.span.start.line = line
    directives = sorted(document.suppressions, key=lambda s: s.span.start.line)
    return _suppressed_by(probe, directives, rules) is not None


def filter_findings(pieces: list[tuple], documents: dict[str, Document],
                    targets: list[Document], ruleset: RuleSet, rules: dict[str, Rule],
                    context: RuleContext, in_scope: set[str], packed: bool = True,
                    outlines: dict[int, tuple] | None = None) -> PackedFindings:
    """Inline suppressions per document, then the filter-scope rules (unused suppressions).

    `pieces` are (path, packed findings) in the order the findings were made, each
    finished (`pack_by_path`). Only findings for the files in scope are kept, with their
    fingerprints, in order: a file's pieces merged as plain rows, their fingerprints
    kept when no rule has findings in two of them (`merge_finished`), else made again;
    findings become objects only where suppressions are matched against them.
    Everything here is per file (suppressions, the filter-scope rules, which read a
    document's own suppressions, fingerprints, which count occurrences within a file,
    the file-major order), so one file's findings are unpacked at a time.
    `pieces` is emptied: each file's chunks go once its findings are kept again, so a
    large run never holds its findings twice. `outlines` (`checked_pieces`; a run that
    packs): a cached article's chunk is merged by its outline, not decoded again, and its
    outline taken out (the engine clears those left).
    """
    by_path: dict[str, list] = {}
    for path, chunk in pieces:
        by_path.setdefault(path, []).append(chunk)
    pieces.clear()
    ran = ruleset.rules
    context.names_a_rule_that_ran = lambda selector: any(  # noqa: E731
        selector_matches(selector, rule) for rule in ran)
    filter_rules = [rule for rule in ran if rule.scope is Scope.FILTER]
    checked = {document.path: document for document in targets}
    kept = PackedFindings(packed=packed)
    for path in sorted((set(by_path) | set(checked)) & in_scope):
        chunks = by_path.pop(path, ())
        document = documents.get(path)
        if document is not None and document.suppressions:
            # Directives are matched against findings, and marked as used, one by one.
            group = apply_suppressions(document, [d for chunk in chunks for d in unpack(chunk)],
                                       rules)
            parts, finished = [[d.to_row() for d in group]], False
        else:
            parts, finished = None, True
        added = []
        if path in checked:
            for rule in filter_rules:
                found = ruleset.diagnostics(rule, path, rule.check(checked[path], context))
                added.append(finish_rows([d.to_row() for d in found]))
        if parts is None:
            if packed and outlines and _kept_by_outline(kept, chunks, added, outlines):
                continue
            # Pieces come finished (`pack_by_path`): read as rows, never made objects.
            parts = [chunk_rows(chunk) for chunk in chunks]
        parts += added
        rows = merge_finished(parts) if finished else None
        if rows is None:
            rows = finish_rows([row for part in parts for row in part])
            kept.append_rows(rows)
        else:  # the largest packed chunk is kept as it is (an unchanged article's, cached)
            stored = [(len(part), index) for index, (chunk, part) in
                      enumerate(zip(chunks, parts)) if type(chunk) is bytes]
            index = max(stored)[1] if stored else None
            kept.append_rows(rows, None if index is None else (chunks[index], parts[index]))
    return kept


def _kept_by_outline(kept: PackedFindings, chunks: list, added: list[list[tuple]],
                     outlines: dict[int, tuple]) -> bool:
    """A file's findings kept as its cached chunk with the others put in their places,
    merged by the chunk's outline (the same merge, the same chunk `append_rows` would
    keep), without decoding the chunk again; False (nothing kept) where that does not hold:
    the largest piece is not a cached chunk, or a rule has findings in two pieces."""
    stored = [(len(outlines[id(chunk)][1]), index) for index, chunk in enumerate(chunks)
              if type(chunk) is bytes and outlines.get(id(chunk), (None,))[0] is chunk]
    if not stored:
        return False
    index = max(stored)[1]
    parts = [outlines.pop(id(chunk))[1] if at == index else chunk_rows(chunk)
             for at, chunk in enumerate(chunks)] + added
    if max((len(part), at) for at, (chunk, part) in enumerate(zip(chunks, parts))
           if type(chunk) is bytes)[1] != index:
        return False  # append_rows would keep another packed piece
    rows = merge_finished(parts)
    return rows is not None and kept.append_spliced(rows, chunks[index], parts[index])


@dataclass
class BaselineEntry:
    fingerprint: str
    code: str
    file: str
    line: int
    message: str


@dataclass
class BaselineOutcome:
    kept: list[Diagnostic]
    baselined: list[Diagnostic] = field(default_factory=list)
    stale: list[BaselineEntry] = field(default_factory=list)


class BaselineError(Exception):
    pass


def read_baseline(path: str) -> list[BaselineEntry] | None:
    if not os.path.exists(path):
        return None
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        if data.get("version") != BASELINE_VERSION:
            raise BaselineError(f"{path}: unsupported baseline version {data.get('version')!r}")
        return [BaselineEntry(e["fingerprint"], e["code"], e["file"], int(e.get("line", 0)),
                              e.get("message", "")) for e in data["findings"]]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise BaselineError(f"{path}: not a content-lint baseline ({error})") from None


def apply_baseline(diagnostics: list[Diagnostic] | PackedFindings,
                   entries: list[BaselineEntry], files_in_scope: set[str]) -> BaselineOutcome:
    """Known findings set apart; packed findings stay packed, chunk by chunk."""
    known = {entry.fingerprint for entry in entries}
    packed = isinstance(diagnostics, PackedFindings)
    outcome = BaselineOutcome(
        kept=PackedFindings(packed=diagnostics.packed) if packed else [],
        baselined=PackedFindings(packed=diagnostics.packed) if packed else [])
    seen = set()
    for group in diagnostics.groups() if packed else [diagnostics]:
        kept, baselined = [], []
        for diagnostic in group:
            if not diagnostic.input_error and diagnostic.fingerprint in known:
                baselined.append(diagnostic)
                seen.add(diagnostic.fingerprint)
            else:
                kept.append(diagnostic)
        if packed:
            outcome.kept.append_group(kept)
            outcome.baselined.append_group(baselined)
        else:
            outcome.kept, outcome.baselined = kept, baselined
    outcome.stale = [e for e in entries
                     if e.fingerprint not in seen and e.file in files_in_scope]
    return outcome


def write_baseline(path: str, diagnostics: list[Diagnostic]) -> int:
    findings = [
        {"fingerprint": d.fingerprint, "code": d.code, "file": d.path,
         "line": d.span.start.line, "message": d.message}
        for d in sorted(diagnostics, key=Diagnostic.sort_key) if not d.input_error]
    payload = {"version": BASELINE_VERSION, "tool": "content-lint", "findings": findings}
    write_atomic(path, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    return len(findings)
