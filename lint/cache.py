"""Content-hash caches of `check`: whole runs, and each article's analysis.

A run's key covers the tool (its version and every source and data file of
the package), the configuration, the options, and the bytes of every
input: articles, bibliography, glossary, knowledge files and baseline. A
hit rebuilds the result from plain data without importing spaCy. The cache lives
in `runs/` of the cache folder (lint/cachedir.py): safe to delete, ignored
by git; only the most recent runs are kept.

When a run misses, `ArticleCache` (`articles/` of the cache folder) still
spares every article that has not changed: an article's analysis (its
document as corpus rules read it and its document-scope findings) is kept
under a key made of its shown path and bytes and of everything that
analysis reads besides (`analysis_context`). Corpus rules then run over the
cached and the fresh articles alike, so a cached run equals an uncached one.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import marshal
import os
import stat
import tempfile
from pathlib import Path

from lint import __version__, cache_entry, cachedir
from lint.diagnostics import fail_level_name, parse_fail_level
from lint.document.annotations import DefinitionJudgment, SourceType
from lint.filter import BaselineEntry
from lint.packed_findings import PackedFindings, pack

RUNS = "runs"
RUN_MAGIC = "content-lint run 3"  # 3: a chunk may be a stored one with rows put in it
SUFFIX = ".entry"  # plain data (marshal), never a pickle: loading one runs nothing
KEEP = 32  # results kept: enough for switching branches, bounded however often it runs
ARTICLES = "articles"


@functools.cache
def _tool_digest() -> str:
    package = Path(__file__).parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".yaml", ".j2", ".json", ".gz") and path.is_file():
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _file_digest(path: Path, digest) -> None:
    digest.update(str(path).encode())
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            # Never open a FIFO or device: it could block forever.
            digest.update(f"not-a-file:{info.st_mode}".encode())
            return
        digest.update(path.read_bytes())
    except OSError as error:
        digest.update(f"unreadable:{error}".encode())


def result_options(options) -> tuple:
    """Every run option that can change the findings, read from RunOptions' own definition."""
    return tuple((f.name, getattr(options, f.name)) for f in dataclasses.fields(options)
                 if not f.metadata.get("same_result"))


def run_key(config, options, files: list[Path]) -> str:
    digest = hashlib.sha256(_tool_digest().encode())
    if config.source:
        _file_digest(Path(config.source), digest)
    digest.update(repr(result_options(options)).encode())
    extras = [*config.bibliographies, config.glossary, config.drug_knowledge,
              config.evidence_topics, options.baseline or config.baseline]
    # A book's layout (chapter order, bibliographies, metadata) matters with or without
    # a configuration.
    from lint.project import layout_files, notebook_chapters

    extras += layout_files(config.root)
    extras += notebook_chapters(config)  # a book's notebooks: their citations count (CIT003)
    for path in sorted(set(files) | {config.resolve(p) for p in extras if p}):
        _file_digest(Path(path), digest)
    return digest.hexdigest()


def load(config, key: str):
    """A cached RunResult, or None (a missing, damaged or foreign file is a miss)."""
    from lint.engine import RunResult
    from lint.rules.base import registry

    path = cachedir.root(config) / RUNS / (key + SUFFIX)
    try:
        raw = marshal.loads(path.read_bytes())
        if type(raw) is not dict or raw.get("magic") != RUN_MAGIC or raw.get("key") != key:
            return None
        rules = registry()
        return RunResult(
            diagnostics=_findings(raw["diagnostics"]),
            rules={code: rules[code] for code in raw["rules"] if code in rules},
            files=_strings(raw["files"]),
            fail_level=parse_fail_level(raw["fail_level"]),
            baselined=_findings(raw["baselined"]),
            stale=[BaselineEntry(**entry) for entry in raw["stale"]],
            baseline_path=raw["baseline_path"], data_files=_strings(raw["data_files"]),
            notes=_strings(raw["notes"]))
    except Exception:  # noqa: BLE001 - whatever is wrong with the file, the run is made anew
        return None


def _findings(chunks) -> PackedFindings:
    if type(chunks) is not list:
        raise ValueError("a list of packed findings expected")
    return PackedFindings.from_chunks(chunks)


def _chunks(diagnostics) -> list:
    """Findings as stored: the run's packed chunks as they are (no decoding), else packed."""
    chunks = diagnostics.chunks() if isinstance(diagnostics, PackedFindings) \
        else [list(diagnostics)]
    chunks = [pack(chunk) if type(chunk) is list else chunk for chunk in chunks if chunk]
    if any(type(chunk) is list for chunk in chunks):
        raise ValueError("findings that are not plain data")
    return chunks


def _strings(value) -> list[str]:
    if type(value) is not list or any(type(item) is not str for item in value):
        raise ValueError("a list of strings expected")
    return value


def store(config, key: str, result) -> None:
    """The run as plain data (marshal: several times faster than JSON, and runs no code)."""
    folder = cachedir.root(config) / RUNS
    try:
        payload = {
            "magic": RUN_MAGIC, "key": key,
            "diagnostics": _chunks(result.diagnostics),
            "baselined": _chunks(result.baselined),
            "rules": sorted(result.rules), "files": result.files,
            "fail_level": fail_level_name(result.fail_level),
            "stale": [vars(entry) for entry in result.stale],
            "baseline_path": result.baseline_path,
            "data_files": result.data_files, "notes": result.notes,
        }
        data = marshal.dumps(payload)
        cachedir.make(folder.parent)
        cachedir.make(folder)
        write_entry(folder, key, data)
        _prune(folder)
    except (OSError, ValueError):
        pass  # a cache that cannot be written is only a slower next run


def write_entry(folder: Path, name: str, data: bytes) -> None:
    """Written beside its place and renamed: a reader sees a whole entry or none.

    No fsync: an entry cut short by a crash is only a miss.
    """
    handle, temporary = tempfile.mkstemp(prefix=".entry-", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, folder / (name + SUFFIX))
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _prune(folder: Path) -> None:
    """Keep the KEEP most recently written results: the folder must not grow with each run."""
    entries = []
    for path in folder.glob("*.json"):  # older versions' results: never read again
        try:
            path.unlink()
        except OSError:
            pass
    for path in folder.glob("*" + SUFFIX):
        try:
            entries.append((path.stat().st_mtime, path))
        except OSError:
            continue
    entries.sort(reverse=True)
    for _, path in entries[KEEP:]:
        try:
            path.unlink()
        except OSError:
            pass


# Options that decide what happens after the articles are analysed, never how one is.
_AFTER_ANALYSIS = {"paths", "use_baseline", "baseline", "fail_level"}
ARTICLE_FORMAT = 5  # bump when what an entry holds changes shape (5: findings finished)


def analysis_context(config, options) -> str:
    """The digest of everything an article's analysis reads besides the article itself.

    The tool and the libraries whose output it keeps (spaCy's tokens, the lemma
    table), the configuration, the options that select rules (and so whether
    annotators run), and the shared files: bibliography, glossary, drug
    knowledge and evidence topics.
    """
    from importlib import metadata

    digest = hashlib.sha256(_tool_digest().encode())
    for package in ("spacy", "spacy-lookups-data"):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=absent".encode())
    if config.source:
        _file_digest(Path(config.source), digest)
    digest.update(repr((ARTICLE_FORMAT, options.keep_documents,
                        [item for item in result_options(options)
                         if item[0] not in _AFTER_ANALYSIS])).encode())
    from lint.project import layout_files

    # A book's layout files name bibliographies and metadata: read them as shared inputs.
    layout = layout_files(config.root)
    for name in (*config.bibliographies, config.glossary, config.drug_knowledge,
                 config.evidence_topics, *layout):
        if name:
            _file_digest(config.resolve(name), digest)
        else:
            digest.update(b"none")
    return digest.hexdigest()


class ArticleCache:
    """Each article's analysis, one entry per article, keyed by its bytes and context.

    An entry is plain data (lint/cache_entry.py), never a pickle: loading a
    planted or damaged file runs nothing.

    A missing, unreadable, truncated or foreign entry is a miss, never an error;
    an entry that cannot be written only makes the next run slower.
    """

    def __init__(self, folder: Path, context: str):
        self.folder = Path(folder)
        self.context = context
        self.used: set[str] = set()
        self.analysed: set[str] = set()  # articles of this run that missed (shown paths)
        # id(chunk) -> (chunk, outline) of the findings loaded by `load(key, outline=True)`:
        # the filter's (`filter_findings`); the engine clears it once the filter has run.
        self.outlines: dict[int, tuple] = {}

    def key(self, path: Path, shown: str) -> str | None:
        """The article's key, or None when it cannot be read as a plain file (never cached)."""
        try:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode):
                return None
            data = Path(path).read_bytes()
        except OSError:
            return None
        digest = hashlib.sha256(self.context.encode())
        digest.update(shown.encode() + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def _path(self, name: str) -> Path:
        return self.folder / (name + SUFFIX)

    def load(self, key: str | None, outline: bool = False):
        """(document, findings as packed pieces) as stored under this key, or None.

        `outline`: each chunk's outline kept in `outlines` as well, for a run that packs
        its findings (only such a run's filter merges by outline)."""
        if key is None:
            return None
        path = self._path(key)
        try:
            outlines: dict[int, tuple] | None = {} if outline else None
            stored = cache_entry.decode(path.read_bytes(), ARTICLE_FORMAT, key, outlines)
        except Exception:  # noqa: BLE001 - a missing or damaged entry (any error) is a miss
            return None
        self.used.add(key)
        if outlines:
            self.outlines.update(outlines)
        try:
            os.utime(path)  # recently used entries outlive the others when pruning
        except OSError:
            pass
        return stored

    def store(self, key: str | None, document, pieces: list) -> None:
        """The article's entry: its document and findings (`pack_by_path`'s pieces)."""
        if key is None:
            return
        try:
            data = cache_entry.encode(ARTICLE_FORMAT, key, document, pieces)
        except (cache_entry.Unsupported, RecursionError):
            return  # kept out of the cache: analysed again next time
        self._write(key, data)

    def _write(self, name: str, data: bytes) -> None:
        try:
            cachedir.make(self.folder.parent)  # the cache folder ignores itself in git
            cachedir.make(self.folder)
            write_entry(self.folder, name, data)
            self.used.add(name)
        except OSError:
            pass

    def load_corpus(self, corpus) -> bool:
        """Put the cached corpus-level judgments on the corpus; False if there are none.

        They come from the bibliography and glossary, both in the context: a run
        whose articles all come from the cache needs no spaCy for them.
        """
        name = f"corpus-{self.context}"
        bibliography, glossary = corpus.bibliography, corpus.glossary
        entries = list(bibliography.entries.values()) if bibliography else []
        terms = glossary.entries if glossary else []
        try:
            records = cache_entry.decode_records(self._path(name).read_bytes(),
                                                 ARTICLE_FORMAT, name)
        except Exception:  # noqa: BLE001 - a missing or damaged entry is a miss
            return False
        evidence, definitions = records[:len(entries)], records[len(entries):]
        if len(records) != len(entries) + len(terms) \
                or not all(r is None or type(r) is SourceType for r in evidence) \
                or not all(r is None or type(r) is DefinitionJudgment for r in definitions):
            return False
        self.used.add(name)
        for entry, judged in zip(entries, evidence):
            entry.annotations.evidence = judged
        for entry, judged in zip(terms, definitions):
            entry.annotations.definition = judged
        corpus.annotated = True
        return True

    def store_corpus(self, corpus) -> None:
        bibliography, glossary = corpus.bibliography, corpus.glossary
        records = [entry.annotations.evidence
                   for entry in (bibliography.entries.values() if bibliography else [])]
        records += [entry.annotations.definition
                    for entry in (glossary.entries if glossary else [])]
        name = f"corpus-{self.context}"
        try:
            data = cache_entry.encode_records(ARTICLE_FORMAT, name, records)
        except (cache_entry.Unsupported, ValueError, RecursionError):
            return
        self._write(name, data)

    def prune(self, keep: int) -> None:
        """Remove the least recently used entries beyond `keep` (this run's are kept)."""
        try:
            entries = []
            for path in self.folder.glob("*" + SUFFIX):
                if path.stem not in self.used:
                    entries.append((path.stat().st_mtime, path))
            # Entries of versions before this format (pickles) are never read again.
            for path in self.folder.glob("*.pickle"):
                path.unlink()
        except OSError:
            return
        entries.sort(reverse=True)
        for _, path in entries[max(0, keep - len(self.used)):]:
            try:
                path.unlink()
            except OSError:
                pass
