"""Runs the flow: config → load → parse → annotate → check → filter.

Reporters receive the `RunResult`; nothing here prints.
"""

from __future__ import annotations

import fnmatch
import functools
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from lint import cachedir, packed_findings, setup_cache
from lint.config import Config, ConfigError
from lint.context import Corpus, RuleContext
from lint.diagnostics import Diagnostic, Severity, parse_fail_level
from lint.document.loader import ReadFailure, read_text
from lint.document.markdown import parse_document
from lint.document.model import Document, Problem
from lint.filter import BaselineEntry, apply_baseline, filter_findings, read_baseline
from lint.packed_findings import PackedFindings, pack_by_path
from lint.project import DOCUMENT_SUFFIXES, detect_layout, discover_documents
from lint.rules.base import Rule, Scope, registry
from lint.selection import is_known_selector, resolve
from lint.sources.bibliography import Bibliography, load_bibliographies
from lint.sources.glossary import Glossary, load_glossary
from lint.sources.yamlfile import DataFileError, parse_yaml

SAME_RESULT = {"same_result": True}


# The documents checked, as a message names them.
DOCUMENT_KINDS = (".md", ".markdown", ".Rmd", ".qmd", ".mdx")


class UsageError(Exception):
    """A problem with what was asked (a missing path ...): exit code 2."""


@dataclass
class RunResult:
    diagnostics: list[Diagnostic] | PackedFindings  # a run's own: packed, file by file
    rules: dict[str, Rule]
    files: list[str]
    fail_level: Severity | None
    baselined: list[Diagnostic] = field(default_factory=list)
    stale: list[BaselineEntry] = field(default_factory=list)
    baseline_path: str | None = None
    documents: list[Document] = field(default_factory=list)
    corpus: Corpus | None = None
    data_files: list[str] = field(default_factory=list)  # bibliography, glossary: checked too
    notes: list[str] = field(default_factory=list)  # for the person running it, not findings

    @property
    def input_errors(self) -> list[Diagnostic]:
        if isinstance(self.diagnostics, PackedFindings) and not self.diagnostics.input_errors:
            return []  # counted when packed: no need to decode every finding
        return [d for d in self.diagnostics if d.input_error]

    @property
    def failing(self) -> list[Diagnostic]:
        if self.fail_level is None:
            return []
        return [d for d in self.diagnostics if d.severity >= self.fail_level]

    @property
    def failing_count(self) -> int:
        if self.fail_level is None:
            return 0
        if isinstance(self.diagnostics, PackedFindings):
            return sum(count for severity, count in self.diagnostics.severities.items()
                       if severity >= self.fail_level)
        return len(self.failing)

    @property
    def exit_code(self) -> int:
        if self.input_errors:
            return 2
        return 1 if self.failing_count else 0


@dataclass
class RunOptions:
    paths: list[str] = field(default_factory=list)  # explicit files/folders, or config paths
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    use_baseline: bool = True
    baseline: str | None = None
    online: bool | None = None  # None: as configured
    offline: bool = False  # online checks from the cache only
    http: dict = field(default_factory=dict)  # client overrides from the command line
    fail_level: str | None = None  # a FAIL_LEVELS name; None: as configured
    # Options marked SAME_RESULT change how the run works, never its findings: the run
    # cache (lint/cache.py) keys on every other field.
    jobs: int = field(default=1, metadata=SAME_RESULT)  # worker processes; 0: one per core
    # Keep every judgment on the documents (report, fix); a plain check keeps only what
    # corpus-scope rules read, so memory does not grow with each article's judgments.
    keep_documents: bool = field(default=True, metadata=SAME_RESULT)
    # `paths` are the files a change touched (pre-commit): articles among them are checked,
    # every article when a file they all depend on changed, and other files are skipped.
    changed: bool = False


def discover(config: Config, paths: list[str]) -> list[Path]:
    """Documents (.md, .markdown, .Rmd, .qmd, .mdx) under the given files, folders or globs.

    Ignored (`.gitignore`), hidden and build folders are skipped (lint/project.py);
    `exclude` patterns match paths as findings show them.
    """
    for given in paths:
        if not _is_glob(given) and not config.resolve(given).exists():
            raise UsageError(f"{given}: no such file or folder")
    found = discover_documents(config.root, paths)
    return [path for path in found
            if not any(fnmatch.fnmatch(config.display(path), pattern)
                       for pattern in config.exclude)]


def _is_glob(text: str) -> bool:
    return any(char in text for char in "*?[")


def _dependencies(config: Config) -> set[str]:
    """Files every article's findings depend on, as shown: a change to one re-checks them all."""
    files = {*config.bibliographies, config.glossary, config.drug_knowledge,
             config.evidence_topics, config.baseline, citation_tags_file(config)}
    shown = {_shown(config, f) for f in files if f}
    if config.source:  # as given on the command line: relative to where it runs
        shown.add(config.display(Path(config.source).resolve()))
    return shown


def _sort_paths(config: Config, explicit: list[str], changed: bool
                ) -> tuple[list[str], list[str], bool]:
    """Explicit paths as (articles or folders, data files, a dependency changed).

    A file that is neither an article nor the bibliography or glossary is an
    error, unless the paths are a change's files, where it is simply not ours.
    """
    data_shown = {_shown(config, d) for d in (*config.bibliographies, config.glossary) if d}
    dependencies = _dependencies(config)
    articles, data, dependency_changed = [], [], False
    for given in explicit:
        shown = _shown(config, given)
        path = config.resolve(given)
        if shown in dependencies and changed:
            dependency_changed = True
        if shown in data_shown:
            data.append(given)
        elif path.is_dir() or given.lower().endswith(DOCUMENT_SUFFIXES) or (
                not path.exists() and not changed):
            articles.append(given)  # a missing path is reported by discover()
        elif not changed:
            kinds = ", ".join(DOCUMENT_KINDS)
            raise UsageError(f"{given}: not an article (content-lint checks {kinds} files, "
                             "the bibliography and the glossary)")
    return articles, data, dependency_changed


def load_document(config: Config, path: Path) -> Document:
    shown = config.display(path)
    text = read_text(str(path))
    if isinstance(text, ReadFailure):
        document = Document(path=shown, source=None)
        document.problems.append(Problem("unreadable", text.message, text.span, fatal=True))
        return document
    return parse_document(shown, text)


def run(config: Config, options: RunOptions | None = None, article_cache=None) -> RunResult:
    """One run. `article_cache` (lint/cache.py) spares the analysis of unchanged articles."""
    options = options or RunOptions()
    if config.project is None:
        # A configuration names the documents; a book's layout still makes it one text.
        config.project = detect_layout(config.root)
    rules = registry()
    ruleset = resolve(config, rules, options.select, options.ignore)

    explicit = list(options.paths)
    data_files = {*config.bibliographies, config.glossary} - {None}
    # Paths given for the bibliography or glossary select no article (unless they are a
    # change's files, see _sort_paths): their findings are always reported.
    article_args, data_args, dependency_changed = _sort_paths(config, explicit, options.changed)
    _require_paths(config, config.paths)
    corpus_files = discover(config, config.paths)
    if options.changed and explicit:
        # Only articles of the configured content (a README is not one); all of them when
        # something they all read changed.
        in_corpus = {os.path.realpath(f) for f in corpus_files}
        target_files = corpus_files if dependency_changed else [
            f for f in discover(config, [a for a in article_args if config.resolve(a).exists()])
            if os.path.realpath(f) in in_corpus]
    else:
        target_files = discover(config, article_args) if explicit else corpus_files

    notes: list[str] = []
    bibliography = _load_bibliography(config, notes)
    glossary, glossary_error = load_glossary_source(config, notes)
    if not explicit:
        _notebooks_note(getattr(config, "project", None), notes)
    if not (options.changed and explicit) and not target_files and not data_args:
        # A CI job that checks nothing must not pass: a path or `paths` is wrong.
        where = ", ".join(article_args if explicit else config.paths) or "."
        project = None if explicit else getattr(config, "project", None)
        if project is not None and project.missing and project.layout_file is not None:
            # A book whose layout names chapters that are not there (moved, not built yet).
            names = ", ".join(project.missing[:5]) + (", ..." if len(project.missing) > 5 else "")
            raise UsageError(f"no documents found: {project.relative(project.layout_file)} "
                             f"names {names}, which do not exist")
        raise UsageError(f"no documents found in {where} (content-lint checks "
                         f"{', '.join(DOCUMENT_KINDS)} files; set `paths` in the "
                         "configuration or name the files)")
    tags = load_citation_tags_source(config, notes)
    aliases = load_aliases(config, list(dict.fromkeys(corpus_files + target_files)), tags)
    knowledge = load_knowledge_source(config)
    corpus = Corpus(documents=[], bibliography=bibliography, citation_tags=tags,
                    aliases=aliases, glossary=glossary,
                    glossary_path=_shown(config, config.glossary),
                    glossary_error=glossary_error, knowledge=knowledge,
                    topics=load_topics_source(config, knowledge), genre=config.genre,
                    project=config.project)

    online = options.online if options.online is not None else config.online or options.offline
    client = registry_client(config, offline=options.offline, **options.http) if online \
        else None
    if bibliography is not None and client is not None:
        from lint.verify.check import verify_bibliography

        # An entry with a BibTeX error is reported as such; the others are still verified.
        verify_bibliography(bibliography, client, skip=set(broken_entries(bibliography)))

    if article_cache is not None and corpus.aliases.targets:
        # An article's CIT002 findings depend on aliases other articles define.
        article_cache.context += corpus.aliases.digest()
    from lint.analyse import compact, effective_jobs  # spaCy only when there is prose
    from lint.nlp import ModelError

    known = lambda selector: is_known_selector(selector, rules)  # noqa: E731
    document_rules = [rule for rule in ruleset.rules if rule.scope is Scope.DOCUMENT]

    def check_document(document: Document) -> list[tuple]:
        """Document-scope rules, run as soon as an article is analysed (in its worker).

        The findings come back per file (`pack_by_path`), packed in a large run: a
        large corpus's findings are never all held as objects.
        """
        found: list[Diagnostic] = []
        for rule in document_rules:
            if not document.readable and not rule.reads_unreadable:
                continue
            context = RuleContext(corpus, ruleset.options.get(rule.code, {}), known)
            found.extend(ruleset.diagnostics(rule, document.path, rule.check(document, context)))
        if not options.keep_documents:
            compact(document)
        return pack_by_path(found, packing)

    # A book or manuscript is one text: its chapters are analysed (in workers if asked),
    # then told what the other chapters define, then checked in reading order. Each
    # chapter's analysis then depends on the others: no article cache for a unit. A
    # chapter checked alone (or a change's chapters) is read with the whole book around
    # it, so that its findings are those of a whole-book run.
    unit_files = _unit_files(config, target_files, corpus_files)
    analysed_files = unit_files or target_files
    # Findings are packed where they are made from PACK_FROM_ARTICLES articles, and
    # whenever more than one job is asked for and there are two articles or more to give
    # them (counted before the article cache takes out unchanged ones, so a warm run packs
    # as its cold run did, even if one edited article is then analysed without a fork):
    # a worker pickles a few compressed bytes per file, not every finding as objects
    # (100 articles: the parent unpickled 15.3 MB, now 7.6 MB), kept as they come.
    packing = (len(analysed_files) >= packed_findings.PACK_FROM_ARTICLES
               or min(effective_jobs(options.jobs), len(analysed_files)) > 1)
    unit = bool(unit_files)
    annotate = any(rule.needs_annotations for rule in ruleset.rules)
    try:
        analysed = _analyse_articles(
            analysed_files, functools.partial(load_document, config), corpus,
            config, annotate, options, (lambda document: []) if unit else check_document,
            None if unit else article_cache, packing)
    except ModelError as error:
        raise ConfigError(str(error), config.source) from None
    chapters: list[Document] = []
    if unit:
        from lint.annotate.chapters import annotate_chapter_context

        chapters = [document for document, _ in analysed]
        annotate_chapter_context(chapters)
        if annotate and corpus.genre == "scholarly":
            # Its authors' habits of citing are read over the whole text, not each file.
            from lint.annotate.in_context import judge as in_context_judge

            in_context_judge().annotate_unit(chapters)
        checked = {config.display(path) for path in target_files}
        analysed = [(document, check_document(document)) for document in chapters
                    if document.path in checked]
        if not options.keep_documents:
            for document in chapters:
                if document.path not in checked:
                    compact(document)
    targets = [document for document, _ in analysed]
    # (path, packed findings) in the order the findings were made
    pieces: list[tuple] = [piece for _, found in analysed for piece in found]
    del analysed
    # The book's other chapters, analysed for their context, stand in the corpus as well.
    documents: dict[str, Document] = {d.path: d for d in chapters or targets}
    for path in corpus_files:  # articles outside the checked paths: read, not analysed
        shown = config.display(path)
        if shown not in documents:
            documents[shown] = load_document(config, path)
    corpus.documents = list(documents.values())

    if client is not None:
        _verify_identifiers(corpus, targets, client, notes)

    corpus_found: list[Diagnostic] = []
    for rule in ruleset.rules:
        if rule.scope is Scope.CORPUS:
            context = RuleContext(corpus, ruleset.options.get(rule.code, {}), known)
            corpus_found.extend(ruleset.diagnostics(rule, None, rule.check(corpus, context)))
    pieces.extend(pack_by_path(corpus_found, packing))
    del corpus_found

    # Findings are shown for the files checked, plus the shared bibliography and glossary.
    if corpus.citation_tags is not None:
        data_files.add(corpus.citation_tags.path)
    in_scope = {d.path for d in targets} | {_shown(config, f) for f in data_files}
    outlines = article_cache.outlines if article_cache is not None and packing else None
    kept = filter_findings(pieces, documents, targets, ruleset, rules,  # empties pieces
                           RuleContext(corpus, {}, known), in_scope, packing, outlines)
    if outlines is not None:
        # Outlines the filter did not use (chunks it decoded, files out of scope) hold
        # their chunks: a run keeps each file's findings once, in `kept`.
        outlines.clear()
    ran = {rule.code: rule for rule in ruleset.rules}

    fail_level = (config.fail_level if options.fail_level is None
                  else parse_fail_level(options.fail_level))
    checked_data = [_shown(config, f) for f in (*config.bibliographies, config.glossary,
                                                citation_tags_file(config))
                    if f and config.resolve(f).exists()]
    result = RunResult(diagnostics=kept, rules=ran, files=[d.path for d in targets],
                       fail_level=fail_level, documents=targets, corpus=corpus,
                       data_files=checked_data, notes=notes)
    if options.use_baseline:
        baseline_path = options.baseline or str(config.resolve(config.baseline))
        entries = read_baseline(baseline_path)
        if entries is not None:
            outcome = apply_baseline(kept, entries, in_scope)
            result.diagnostics = outcome.kept
            result.baselined = outcome.baselined
            # A run an input error stopped (a glossary that does not parse) did not look
            # everywhere: its missing findings are not fixed ones.
            result.stale = [] if result.input_errors else outcome.stale
            result.baseline_path = config.display(baseline_path)
    return result


def _unit_files(config: Config, target_files: list[Path], corpus_files: list[Path]
                ) -> list[Path]:
    """The chapters to read as one text (the book's, in its order), or [] when not a book.

    Checking some chapters of a book reads all of them: the book's chapters
    (the configured documents, in their order), then any checked file outside it.
    """
    project = config.project
    if project is None or not project.unit or not target_files:
        return []
    in_book = {os.path.realpath(f) for f in corpus_files}
    checked = {os.path.realpath(f) for f in target_files}
    if not checked & in_book:
        return list(target_files) if len(target_files) > 1 else []
    files = list(corpus_files) + [f for f in target_files if os.path.realpath(f) not in in_book]
    return files if len(files) > 1 else []


def _verify_identifiers(corpus: Corpus, targets: list[Document], client, notes: list[str]
                        ) -> None:
    """Verdicts for the Manubot identifiers the checked articles cite (REF rules read them)."""
    from lint.verify.identifiers import cited_identifiers, verify_identifiers

    cited = cited_identifiers(targets, corpus.aliases, corpus.bibliography)
    corpus.identifiers = verify_identifiers([c.key for c in cited], client)
    unasked: dict[str, int] = {}
    for key, verdict in corpus.identifiers.items():
        if verdict.how == "none":
            scheme = "shortDOI" if key.startswith("doi:10/") else key.partition(":")[0]
            unasked[scheme] = unasked.get(scheme, 0) + 1
    if unasked:
        counts = ", ".join(f"{scheme} ({count})" for scheme, count in sorted(unasked.items()))
        notes.append(f"{sum(unasked.values())} cited identifiers are not verified online: "
                     f"no registry is asked for {counts}")
    for notice in client.notices:
        print(f"content-lint: {notice}", file=sys.stderr)


def _analyse_articles(paths: list[Path], load, corpus: Corpus, config: Config,
                      annotate: bool, options: RunOptions, check_document,
                      article_cache, packing: bool = True) -> list[tuple]:
    """(document, document-scope findings) per path, in order; unchanged ones from the cache."""
    from lint.analyse import analyse

    if article_cache is None:
        return analyse(paths, load, corpus, config.nlp_model, annotate, options.jobs,
                       check_document)
    keys = [article_cache.key(path, config.display(path)) for path in paths]
    found = []
    for key in keys:
        hit = article_cache.load(key, outline=packing)
        found.append(hit)  # its findings as stored: packed pieces, never decoded here
    missing = [i for i, hit in enumerate(found) if hit is None]
    fresh = analyse([paths[i] for i in missing], load, corpus, config.nlp_model, annotate,
                    options.jobs, check_document)
    for i, (document, findings) in zip(missing, fresh):
        shown = config.display(paths[i])
        article_cache.analysed.add(shown)
        # Kept only if the file still holds the bytes its key was made from.
        if article_cache.key(paths[i], shown) == keys[i]:
            article_cache.store(keys[i], document, findings)
        found[i] = (document, findings)
    if corpus.annotated:
        article_cache.store_corpus(corpus)
    elif annotate and any(document.readable and not any(p.fatal for p in document.problems)
                          for document, _ in found):
        # No article needed analysing: the corpus-level judgments (source types, glossary
        # definitions) that corpus rules read are still made, as without the cache.
        if not article_cache.load_corpus(corpus):
            from lint.annotate.run import annotate_corpus

            annotate_corpus(corpus, config.nlp_model)
            article_cache.store_corpus(corpus)
    article_cache.prune(keep=max(4 * len(paths), 1000))
    return found


def _require_paths(config: Config, paths: list[str]) -> None:
    missing = [p for p in paths if not _is_glob(p) and not config.resolve(p).exists()]
    if missing:
        raise ConfigError(f"content path '{missing[0]}' does not exist", config.source)


def _notebooks_note(project, notes: list[str]) -> None:
    """Say that notebook chapters are not checked as text: a book of notebooks
    (alicepaul/r-for-health-data-science, 13 chapters) otherwise reads "0 findings in
    1 file" with nothing to say why its chapters were passed over."""
    chapters = list(getattr(project, "notebooks", None) or [])
    if chapters:
        shown = ", ".join(project.relative(path) for path in chapters[:3])
        more = ", ..." if len(chapters) > 3 else ""
        notes.append(f"{len(chapters)} notebook chapter{'s are' if len(chapters) != 1 else ' is'}"
                     f" not checked as text, only for the citations of "
                     f"{'their' if len(chapters) != 1 else 'its'} Markdown cells ({shown}{more})")


def _shown(config: Config, path: str | None) -> str | None:
    return config.display(config.resolve(path)) if path else None


def _missing_data_file(config: Config, key: str, value: str, notes: list[str] | None,
                       consequence: str) -> None:
    """A configured file that is absent is an error; a default one that is absent, a note."""
    if key in config.configured or notes is None:
        raise ConfigError(f"{key} '{value}' does not exist", config.source)
    notes.append(f"no {key}: '{value}' does not exist, so {consequence} "
                 f"(set `{key}` in the configuration to use another file)")


def _load_bibliography(config: Config, notes: list[str] | None = None) -> Bibliography | None:
    if not config.bibliographies:
        return None
    files = []
    for name in config.bibliographies:
        path = config.resolve(name)
        if not path.exists():
            _missing_data_file(config, "bibliography", name, notes,
                               "citation keys are not checked against it")
            continue
        files.append((str(path), config.display(path)))
    return load_bibliographies(files) if files else None


def citation_tags_file(config: Config) -> str | None:
    """Manubot's citation-tags.tsv: as configured, else the layout's own file if present."""
    if "citation-tags" in config.configured:
        return config.citation_tags
    from lint.sources.citation_tags import MANUBOT_TAGS_FILE

    return MANUBOT_TAGS_FILE if config.resolve(MANUBOT_TAGS_FILE).is_file() else None


def load_citation_tags_source(config: Config, notes: list[str] | None = None):
    """The tags (their problems are CIT006 findings), or None without a tags file."""
    from lint.sources.citation_tags import load_citation_tags

    name = citation_tags_file(config)
    if name is None:
        return None
    path = config.resolve(name)
    if not path.exists():
        _missing_data_file(config, "citation-tags", name, notes,
                           "`@tag:` citations are reported as unknown")
        return None
    return load_citation_tags(str(path), config.display(path))


def load_aliases(config: Config, files: list[Path], tags):
    """Manubot's citation aliases: the tags, metadata.yaml's citekey-aliases, `[@a]: b` lines."""
    from lint.project import MANUBOT_METADATA
    from lint.sources.citation_aliases import collect_aliases

    metadata: dict = {}
    path = config.resolve(MANUBOT_METADATA)
    if path.is_file():
        text = read_text(str(path))
        try:
            data = parse_yaml(text.text) if not isinstance(text, ReadFailure) else {}
        except DataFileError:
            data = {}  # Manubot's own build reports a broken metadata.yaml
        metadata = data if isinstance(data, dict) else {}
    documents = []
    for file in files:
        text = read_text(str(file))
        if not isinstance(text, ReadFailure) and "[@" in text.text:
            documents.append((config.display(file), text.text))
    return collect_aliases(tags, metadata, MANUBOT_METADATA, documents)


def registry_client(config: Config, offline: bool = False, crossref_url: str | None = None,
                    ncbi_url: str | None = None, mailto: str | None = None,
                    cache_mode: str = "use"):
    """The registry client: command-line values, then environment, then configuration."""
    from lint.verify.client import ClientSettings, RegistryClient

    env = os.environ
    return RegistryClient(ClientSettings(
        crossref_url=(crossref_url or env.get("CONTENT_LINT_CROSSREF_URL")
                      or config.crossref_url).rstrip("/"),
        ncbi_url=(ncbi_url or env.get("CONTENT_LINT_NCBI_URL") or config.ncbi_url).rstrip("/"),
        mailto=mailto or env.get("CONTENT_LINT_MAILTO") or config.mailto,
        ncbi_api_key=env.get("NCBI_API_KEY") or config.ncbi_api_key,
        timeout=config.http_timeout, retries=config.http_retries,
        concurrency=config.concurrency, cache_dir=str(cachedir.root(config) / "http"),
        cache_days=config.cache_days, not_found_days=config.not_found_days,
        cache_mode=cache_mode, offline=offline))


def broken_entries(bibliography) -> dict[str, str]:
    """Entries a BibTeX syntax error falls in (key -> the error), to leave unverified."""
    broken: dict[str, str] = {}
    for problem in bibliography.problems:
        if problem.kind != "syntax":
            continue
        line = problem.span.start.line
        # With several files, only entries of the file the error is in.
        starts = sorted((entry.span.start.line, key) for key, entry in
                        bibliography.entries.items()
                        if not problem.path or entry.path in ("", problem.path))
        before = [(start, key) for start, key in starts if start <= line]
        # An error found on an entry's first line may be the previous entry left open.
        suspects = before[-2:] if before and before[-1][0] == line else before[-1:]
        for _, key in suspects:
            broken[key] = f"{problem.message} (line {line})"
    return broken


def _extra_file(config: Config, value: str | None, key: str) -> str | None:
    """The project file that extends shipped data (`drug-knowledge`, `evidence-topics`)."""
    if not value:
        return None
    path = config.resolve(value)
    if not path.exists():
        raise ConfigError(f"{key} '{value}' does not exist", config.source)
    return str(path)


def load_topics_source(config: Config, knowledge=None):
    """The evidence registry; its topics' `knowledge_classes` read `knowledge`, the run's
    drug knowledge base (a project's own drug file counts)."""
    from lint.annotate.evidence import load_topics

    extra = _extra_file(config, config.evidence_topics, "evidence-topics")
    try:
        # The same registry object for the same files: the topic detector built from it
        # is then reused too (lint/annotate/evidence.py `detector_for`).
        return setup_cache.kept("topics", extra, (knowledge,),
                                lambda: load_topics(extra, knowledge))
    except (DataFileError, ValueError, KeyError, TypeError) as error:
        # The file and, where the loader knows it, the line ("topics.yaml:7: topic 'mine':
        # sentence_pattern must be a string: a regular expression").
        where = f":{error.span.start.line}" if getattr(error, "span", None) else ""
        raise ConfigError(f"{config.evidence_topics}{where}: invalid evidence topics "
                          f"({getattr(error, 'message', error)})", config.source) from None


def load_knowledge_source(config: Config):
    from lint.sources.drugs import load_knowledge

    extra = _extra_file(config, config.drug_knowledge, "drug-knowledge")
    try:
        # The packaged base is one per process already; a project's file laid over it is
        # kept for the next run reading the same bytes (its mechanism extractor with it).
        return setup_cache.kept("knowledge", extra, (), lambda: load_knowledge(extra)) \
            if extra else load_knowledge(None)
    except (DataFileError, ValueError, KeyError, TypeError) as error:
        where = f":{error.span.start.line}" if getattr(error, "span", None) else ""
        message = getattr(error, "message", str(error))
        raise ConfigError(f"{config.drug_knowledge}{where}: {message}",
                          config.source) from None


def load_glossary_source(config: Config, notes: list[str] | None = None
                         ) -> tuple[Glossary | None, DataFileError | None]:
    if not config.glossary:
        return None, None
    path = config.resolve(config.glossary)
    if not path.exists():
        _missing_data_file(config, "glossary", config.glossary, notes,
                           "terms are not checked against one")
        return None, None
    try:
        return load_glossary(str(path), config.display(path)), None
    except DataFileError as error:
        return None, error
