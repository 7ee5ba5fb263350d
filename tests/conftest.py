from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def pytest_addoption(parser, pluginmanager):
    """The suite runs on the machine's cores (pytest-xdist; `-n auto --maxprocesses=4` in
    pyproject.toml's addopts). Without the plugin (`-p no:xdist`, or not installed) those
    options would be unknown and stop pytest: accept and ignore them, one process runs all."""
    if pluginmanager.has_plugin("xdist"):
        return
    group = parser.getgroup("xdist", "pytest-xdist is not loaded: these are ignored")
    # `_addoption`: the plugin's own short `-n` (pytest keeps lowercase short options).
    group._addoption("-n", "--numprocesses", dest="numprocesses", default=None,
                     help="ignored without pytest-xdist")
    group.addoption("--maxprocesses", dest="maxprocesses", default=None,
                    help="ignored without pytest-xdist")


# The weak-topic tests' readers of sentences and of pages (sessions 19, 20 and 23): one copy,
# here, sharing one detector.
@pytest.fixture(scope="module")
def topic_annotators():
    """The annotators `check` runs for the weak topics, in its order: acronyms, drug
    mentions, then the topics."""
    from lint.annotate.acronyms import annotate_acronyms
    from lint.annotate.evidence import TopicDetector, load_topics
    from lint.annotate.mechanisms import annotate_mechanisms, extractor_for
    from lint.nlp import pipeline
    from lint.sources.drugs import load_knowledge

    nlp, knowledge = pipeline("blank"), load_knowledge()
    detector = TopicDetector(nlp, load_topics(knowledge=knowledge), knowledge)
    extractor = extractor_for(nlp, knowledge)

    def annotate(document):
        annotate_acronyms([document])
        annotate_mechanisms([document], extractor)
        detector.annotate(document)
        return document
    return annotate


def _weak(sentence) -> list[str]:
    return [h.topic for h in sentence.annotations.evidence_topics if h.weak]


@pytest.fixture(scope="module")
def judged(topic_annotators):
    """The weak topics of each sentence of the lines given, read as one text."""
    from lint.lines import document_from_lines

    def judge(*lines: str) -> list[list[str]]:
        document = topic_annotators(document_from_lines(list(lines), "blank"))
        return [_weak(s) for s in document.sentences]
    return judge


@pytest.fixture(scope="module")
def marked(topic_annotators):
    """The weak topics of each sentence of a Markdown page (its headings make its
    sections), by the sentence's text."""
    from lint.document.markdown import parse_document
    from lint.document.textmap import SourceText
    from lint.nlp import segment

    def judge(markdown: str) -> dict[str, list[str]]:
        document = parse_document("page.md", SourceText.from_decoded(markdown))
        segment([document], "blank")
        topic_annotators(document)
        return {s.text: _weak(s) for s in document.sentences}
    return judge


@pytest.fixture
def project(tmp_path):
    """A throw-away content project: write files, run the linter in-process or as a command."""
    return Project(tmp_path)


class Project:
    def __init__(self, root: Path):
        self.root = root
        self.write("pyproject.toml", """
            [tool.content-lint]
            paths = ["content"]
            bibliography = "references.bib"
        """)
        self.write("references.bib", "")
        (root / "content").mkdir()

    def write(self, relative: str, text: str | bytes, dedent: bool = True) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text).lstrip("\n") if dedent else text,
                            encoding="utf-8")
        return path

    def config(self):
        from lint.config import load_config

        return load_config(self.root / "pyproject.toml")

    def run(self, **options):
        from lint.engine import RunOptions, run

        return run(self.config(), RunOptions(**options))

    def run_paper(self, markdown: str, genre: str = "scholarly"):
        """Check one document of the given genre, citing the key `k2020`, no baseline."""
        self.write("pyproject.toml", f"""
            [tool.content-lint]
            paths = ["content"]
            bibliography = "references.bib"
            genre = "{genre}"
        """)
        self.write("references.bib",
                   "@article{k2020, author = {A, B}, title = {T}, journal = {J}, year = {2020}}\n")
        self.write("content/paper.md", markdown)
        return self.run(use_baseline=False)

    def cli(self, *args: str, stdin: str | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return cli(self.root, *args, stdin=stdin, env=env)

    def cli_process(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        return cli_process(self.root, *args, stdin=stdin)


def cli(root: Path, *args: str, stdin: str | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`content-lint ARGS` run in root, in this process: `lint.cli.main(ARGS)` with the
    working folder, standard streams and environment (`env`: variables to add) of a command.

    What the command prints, its exit code and the files it writes are those of the
    separate process (`cli_process`), without starting Python and loading spaCy again:
    that cost half the suite's time. A few end-to-end tests keep the real process.
    """
    from lint.cli import main

    out, err = io.BytesIO(), io.BytesIO()
    streams = (sys.stdin, sys.stdout, sys.stderr)
    saved_env = {name: os.environ.get(name) for name in (env or {})}
    here = os.getcwd()
    # Kept referenced until read: a wrapper closes its buffer when it is collected.
    text_out = io.TextIOWrapper(out, encoding="utf-8", newline="\n", write_through=True)
    text_err = io.TextIOWrapper(err, encoding="utf-8", newline="\n", write_through=True)
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin or ""), text_out, text_err
    os.environ.update(env or {})
    try:
        os.chdir(root)
        try:
            code = main(list(args))
        except SystemExit as done:  # argparse: --help, --version, usage errors
            if isinstance(done.code, str):
                print(done.code, file=sys.stderr)
            code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
        text_out.flush()
        text_err.flush()
        printed, complained = out.getvalue(), err.getvalue()
    finally:
        os.chdir(here)
        for name, value in saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        sys.stdin, sys.stdout, sys.stderr = streams
    # As `subprocess.run(text=True)` reads them: UTF-8 with universal newlines.
    return subprocess.CompletedProcess(["content-lint", *args], code,
                                       _as_text(printed), _as_text(complained))


def _as_text(data: bytes) -> str:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=None).read()


def cli_process(root: Path, *args: str,
                stdin: str | None = None) -> subprocess.CompletedProcess:
    """`content-lint ARGS` as a separate process (`python -m lint`), run in root: for the
    tests of what only a real process shows (the entry point, its exit, its imports)."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "lint", *args], cwd=root, env=env,
                          capture_output=True, text=True, input=stdin, timeout=300)


def bench_script(script: str, *args: str) -> subprocess.CompletedProcess:
    """`python3 bench/SCRIPT ARGS` in this process, as `cli` runs the command: its exit
    code and what it printed, without starting Python and loading spaCy again (and the
    data it reads once per run of the suite, not once per test). Its folder is first on
    the import path while it runs, as for the script."""
    import contextlib
    import runpy

    path = REPO / "bench" / script
    out, err = io.StringIO(), io.StringIO()
    argv, import_path = sys.argv, sys.path[:]
    sys.argv = [str(path), *args]
    sys.path.insert(0, str(path.parent))
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                runpy.run_path(str(path), run_name="__main__")
                code = 0
            except SystemExit as done:
                if isinstance(done.code, str):
                    print(done.code, file=sys.stderr)
                code = done.code if isinstance(done.code, int) else (
                    0 if done.code is None else 1)
    finally:
        sys.argv, sys.path[:] = argv, import_path
    return subprocess.CompletedProcess(["python3", f"bench/{script}", *args], code,
                                       out.getvalue(), err.getvalue())


@pytest.fixture(scope="module")
def generated_corpus(tmp_path_factory):
    """build(count, name): a folder of `count` articles varied from content/ by
    bench/make_corpus.py (deterministic), with its bibliography, glossary and configuration."""
    module = load_script("bench/make_corpus.py")
    return lambda count, name: module.build(count, tmp_path_factory.mktemp(name) / "corpus")


def load_script(relative: str):
    """A bench/ or scripts/ file of the repository as a module, registered under its name
    (a dataclass defined in it looks its module up there)."""
    import importlib.util

    path = REPO / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def closed_port() -> int:
    """A local port nothing listens on: connections to it are refused."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def copy_repository(root: Path) -> None:
    """This repository's content, bibliography, configuration and baseline, into root."""
    import shutil

    for name in ("content", "references.bib", "pyproject.toml", ".content-lint-baseline.json"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name, dirs_exist_ok=True)
        else:
            shutil.copy(source, root / name)


def run_example(project: "Project", code: str, example) -> list:
    """Run the whole engine on one rule example; the findings of that rule."""
    if example.markdown_bytes is not None:
        project.write("content/example.md", example.markdown_bytes)
    else:
        project.write("content/example.md", example.markdown or "")
    project.write("references.bib", example.bibtex or "")
    config = ['[tool.content-lint]', 'paths = ["content"]', 'bibliography = "references.bib"']
    if example.genre is not None:
        config.append(f'genre = "{example.genre}"')
    if example.glossary is not None:
        project.write("content/glossary.yaml", example.glossary)
        config.append('glossary = "content/glossary.yaml"')
    if example.citation_tags is not None:
        project.write("content/citation-tags.tsv", example.citation_tags)
        config.append('citation-tags = "content/citation-tags.tsv"')
    server = None
    if example.registry is not None:
        server = registry_server(json.loads(example.registry))
        base = server.url_for("/").rstrip("/")
        config += [f'crossref-url = "{base}"', f'ncbi-url = "{base}"',
                   "online = true", "http-retries = 0", "http-timeout = 2",
                   f'cache-dir = "{project.root / "cache"}"']
    if example.options:
        config += [f"[tool.content-lint.rules.{code}]", example.options]
    project.write("pyproject.toml", "\n".join(config) + "\n", dedent=False)
    try:
        result = project.run(use_baseline=False)
    finally:
        if server is not None:
            server.stop()
    return [d for d in result.diagnostics if d.code == code]


def registry_server(answers: dict):
    """A real HTTP server on 127.0.0.1 that answers like Crossref and PubMed."""
    from pytest_httpserver import HTTPServer
    from werkzeug.wrappers import Response

    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()

    def handler(request):
        if "status" in answers and answers["status"] != 200:
            return Response("error", status=answers["status"])
        path = request.path
        if path.startswith("/works/"):
            work = answers.get("crossref")
            if work is None:
                return Response("Resource not found.", status=404, content_type="text/plain")
            return Response(json.dumps({"status": "ok", "message-type": "work",
                                        "message": work}), content_type="application/json")
        if path == "/works":
            return Response(json.dumps({"status": "ok", "message-type": "work-list",
                                        "message": {"items": answers.get("search", [])}}),
                            content_type="application/json")
        if path.endswith("esearch.fcgi"):
            ids = answers.get("esearch", [])
            return Response(json.dumps({"header": {"type": "esearch", "version": "0.3"},
                                        "esearchresult": {"count": str(len(ids)),
                                                          "retmax": str(len(ids)),
                                                          "retstart": "0", "idlist": ids}}),
                            content_type="application/json")
        if path.endswith("esummary.fcgi"):
            pmid = request.args.get("id", "")
            summary = answers.get("pubmed") or {"uid": pmid, "error": "cannot get document summary"}
            return Response(json.dumps({"result": {"uids": [pmid], pmid: summary}}),
                            content_type="application/json")
        return Response("not found", status=404)

    server.expect_request(re.compile(".*")).respond_with_handler(handler)
    return server


def shipped_startup_table(module, made_by: str) -> dict:
    """A start-up table as shipped (lint/regex_programs.py, lint/dataclass_code.py), or a
    skip saying why when this Python did not make it (then it is ignored at run time)."""
    raw = (REPO / "lint" / "data" / module.TABLE).read_bytes()
    stamp = raw.partition(b"\n")[0]
    if stamp != module.fingerprint():
        made_for = stamp.rpartition(b" ")[2].decode()
        pytest.skip(f"the table was made with {made_by} of Python {made_for}; this Python "
                    "compiles everything itself (run scripts/build_startup_tables.py)")
    return module.load(raw)


@pytest.fixture(scope="module")
def topics_of():
    """The weak topics of each sentence of the lines given, read together as one text
    (the acronym and evidence annotators in-process, as `check` runs them; the blank
    pipeline)."""
    from lint.annotate.acronyms import annotate_acronyms
    from lint.annotate.evidence import TopicDetector, load_topics
    from lint.lines import document_from_lines
    from lint.nlp import pipeline

    detector = TopicDetector(pipeline("blank"), load_topics())

    def judge(*lines: str) -> list[list[str]]:
        document = document_from_lines(list(lines), "blank")
        annotate_acronyms([document])
        detector.annotate(document)
        return [[h.topic for h in s.annotations.evidence_topics if h.weak]
                for s in document.sentences]
    return judge


@pytest.fixture(scope="module")
def qualified():
    """Whether the one sentence given is a qualified claim (the hedge annotator in-process,
    as `check` runs it; the blank pipeline)."""
    from lint.annotate.hedges import annotate_hedges, detector
    from lint.lines import document_from_lines

    hedges = detector("blank")

    def judge(text: str) -> bool:
        document = document_from_lines([text], "blank")
        annotate_hedges(document, hedges)
        return next(document.sentences).annotations.hedge.hedged
    return judge


def mec_on(project: "Project", text: str):
    """`check --select MEC` (no baseline) on one article, content/a.md, through the project."""
    project.write("content/a.md", text, dedent=False)
    return project.run(select=["MEC"], use_baseline=False)


def mec_found(project: "Project", text: str) -> list[tuple[str, int]]:
    """The MEC findings of `mec_on` but MEC005 (unknown drugs), as sorted (code, line)."""
    return sorted((d.code, d.span.start.line) for d in mec_on(project, text).diagnostics
                  if d.code != "MEC005")


# A twice-daily schedule the phase tests of sessions 22 and 23 contrast with a second place.
DAILY_TWICE = "Lacosamide is taken two times a day."


def two_sections(first: str, second: str, heading: str = "Dosing") -> str:
    """An article saying `first` under "# Treatment" (line 3) and `second` under
    "## <heading>" (line 7): one drug said of in two places, for MEC001-MEC004."""
    return f"# Treatment\n\n{first}\n\n## {heading}\n\n{second}\n"


def said_in(result) -> set[tuple[str, str, str]]:
    """What a run read of each drug: (drug, attribute, value)."""
    return {(a.drug, a.attribute, a.value) for d in result.documents
            for a in d.annotations.mechanisms}


def mec_run(project: "Project", texts: dict[str, str]):
    """`check --select MEC` in-process on these texts, written to the project's content/."""
    from lint.config import load_config
    from lint.engine import RunOptions, run

    for name, text in texts.items():
        project.write(f"content/{name}", text, dedent=False)
    return run(load_config(project.root / "pyproject.toml"),
               RunOptions(paths=["content"], select=["MEC"], use_baseline=False))


def statement_tests(data_file: str, article: str, read_statements: list, not_read: list):
    """The tests shared by the files of real sentences in tests/data/mechanisms: one
    module-scoped MEC run on `data_file` (written as content/`article`); each statement of
    `read_statements` (drug, attribute, value) is read from it, none of `not_read`. The test
    module binds what this returns under these names:
    `read, test_read_where_the_sentence_says_it, test_not_read_where_the_sentence_does_not_say_it`;
    the fixture `read` is (MEC findings but MEC005 as (code, line), statements read)."""

    @pytest.fixture(scope="module", name="read")
    def read_fixture(tmp_path_factory):
        from test_mechanisms_acceptance import _mec_on

        project = Project(tmp_path_factory.mktemp(Path(data_file).stem))
        found, _, said = _mec_on(project, data_file, article)
        return found, {s[:3] for s in said if s[3]}

    @pytest.mark.parametrize("statement", read_statements)
    def test_read_where_the_sentence_says_it(read, statement):
        assert statement in read[1], sorted(s for s in read[1] if s[0] == statement[0])

    @pytest.mark.parametrize("statement", not_read)
    def test_not_read_where_the_sentence_does_not_say_it(read, statement):
        assert statement not in read[1], sorted(s for s in read[1] if s[0] == statement[0])

    return read_fixture, test_read_where_the_sentence_says_it, \
        test_not_read_where_the_sentence_does_not_say_it
