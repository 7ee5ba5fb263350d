"""The `content-lint` command line.

Exit codes: 0 nothing at or above the fail level; 1 findings at or above
it; 2 usage, configuration or input errors. `report` exits 0 once the
report is written, whatever it found: `check` is the gate. spaCy is
imported only when prose has to be read, so `--version`, `--help` and
`rules` stay fast.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from lint import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse exits 2 as well; keep its message short
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"content-lint: error: {message}\n")


def _csv(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, got {value!r}")
    return jobs


def build_parser() -> argparse.ArgumentParser:
    # Imported here, not with this module: `entry` installs the shipped start-up tables
    # first, so the module's dataclasses and expression come from them.
    from lint.diagnostics import FAIL_LEVELS

    parser = _Parser(
        prog="content-lint",
        description="Check health articles (Markdown + BibTeX) for uncited claims, "
                    "glossary drift, inconsistent drug mechanisms and unhedged weak evidence.")
    parser.add_argument("--version", action="version", version=f"content-lint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("paths", nargs="*", metavar="PATH",
                        help="files or folders (default: `paths` from the configuration)")
    common.add_argument("--config", metavar="FILE",
                        help="configuration file (default: the nearest content-lint.toml, "
                             ".content-lint.toml or pyproject.toml with [tool.content-lint])")
    common.add_argument("--select", type=_csv, metavar="RULES",
                        help="only these rules: codes, families or names, comma-separated")
    common.add_argument("--ignore", type=_csv, default=[], metavar="RULES",
                        help="skip these rules")
    common.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                        help="analyse articles in N processes (0: one per core; default 1)")

    check = sub.add_parser("check", parents=[common],
                           help="lint content (the main job; no COMMAND only prints this help)")
    check.add_argument("--format", choices=("text", "json", "sarif", "github"),
                       help="text (file:line:col lines, default), json, sarif (code scanning) "
                            "or github (workflow annotations); default: from --output's "
                            "name (.json, .sarif), else text")
    check.add_argument("--output", "-o", metavar="FILE",
                       help="write the findings to FILE ('-': standard output, the default)")
    check.add_argument("--changed", action="store_true",
                       help="PATHs are the files a change touched (pre-commit): check the "
                            "articles among them, and every article when the bibliography, "
                            "glossary or configuration changed; other files are skipped")
    check.add_argument("--fail-level", choices=FAIL_LEVELS,
                       help="lowest severity that makes the run fail (exit 1)")
    check.add_argument("--baseline", metavar="FILE", help="baseline file to compare against")
    check.add_argument("--no-baseline", action="store_true",
                       help="report every finding, including known ones")
    _add_online_or_offline(check, "verify references against Crossref / PubMed (cached)",
                           "verify references from the cache only")
    check.add_argument("--no-cache", action="store_true",
                       help="do not read or write the run cache nor cached registry answers")
    check.add_argument("--refresh", action="store_true",
                       help="with --online: ask the registries again, renewing cached answers")
    _add_registry_options(check)
    fixing = check.add_mutually_exclusive_group()
    fixing.add_argument("--fix", action="store_true",
                        help="apply safe fixes (glossary forms and case, glued acronyms, '@' before an unambiguous bracketed key), atomically")
    fixing.add_argument("--diff", action="store_true",
                        help="show what --fix would change, without writing")

    baseline = sub.add_parser("baseline", parents=[common],
                              help="record current findings as known debt")
    baseline.add_argument("--output", "-o", metavar="FILE",
                          help="baseline file (default: `baseline` from the configuration; "
                               "'-': standard output)")

    classify = sub.add_parser(
        "classify", help="judge sentences, one per line, as the rules do (JSON lines out)")
    classify.add_argument("what", choices=("claims", "hedges", "strength"),
                          help="which judgment: claim needing a source, qualifier (hedge), "
                               "or conclusion strength (1 qualified, 0 direct causal)")
    classify.add_argument("file", metavar="FILE", help="one sentence per line; '-' for stdin")
    classify.add_argument("--scheme", choices=("qualifier", "speculation", "weasel"),
                          default="qualifier",
                          help="hedges: every qualifier of health writing (default, as the EVD "
                               "rules judge), speculation cues only (as BioScope labels) or "
                               "weasel words (as CoNLL-2010 labels Wikipedia)")
    classify.add_argument("--config", metavar="FILE", help="configuration file")
    classify.add_argument("--genre", choices=("health", "scholarly", "book"),
                          help="claims: the genre's judgment (default: the configured genre)")

    mechanisms = sub.add_parser("mechanisms", parents=[common],
                                help="the drug × section matrix of what the articles say")
    mechanisms.add_argument("--format", choices=("table", "json", "markdown"), default="table",
                            help="table (default), json or markdown")
    mechanisms.add_argument("--output", "-o", metavar="FILE",
                            help="write it to FILE ('-': standard output, the default)")
    mechanisms.add_argument("--drug", metavar="NAME",
                            help="show what the knowledge base says about NAME, and its sources")

    report = sub.add_parser("report", parents=[common],
                            help="write the editorial review report (HTML and Markdown)")
    report.add_argument("--format", choices=("html", "markdown", "both"), default="both",
                        help="html (the full report), markdown (a summary that fits a "
                             "pull-request comment; --full for everything) or both (default)")
    report.add_argument("--output", "-o", metavar="FILE",
                        help="file for one format ('-': standard output; default "
                             "content-lint-report.html and content-lint-report.md); with "
                             "--format both, a .html or .md name picks the format")
    report.add_argument("--full", action="store_true",
                        help="Markdown with every section and finding (can be longer than "
                             "a pull-request comment allows)")
    report.add_argument("--html-url", metavar="URL",
                        help="where the HTML report will be published (CI artifact), "
                             "linked from the Markdown summary")
    report.add_argument("--title", default="Editorial review", help="the report's title")
    _add_online_or_offline(report, "verify references online for the bibliography section",
                           "show verification from the cache only")
    known = report.add_mutually_exclusive_group()
    known.add_argument("--no-baseline", action="store_true",
                       help="treat every finding as new (the content's state, not the gate's)")
    known.add_argument("--since", metavar="REF",
                       help="new = findings the content did not have at git revision REF")

    refs = sub.add_parser("refs", help="verify references online; suggest corrected entries")
    refs_sub = refs.add_subparsers(dest="refs_command", metavar="ACTION", required=True)
    online = argparse.ArgumentParser(add_help=False)
    online.add_argument("--config", metavar="FILE")
    online.add_argument("--offline", action="store_true",
                        help="answer from the cache only (no request is made)")
    online.add_argument("--refresh", action="store_true",
                        help="ask the registries again, ignoring (and renewing) cached answers")
    online.add_argument("--no-cache", action="store_true",
                        help="neither read nor write cached registry answers")
    _add_registry_options(online)
    verify = refs_sub.add_parser("verify", parents=[online],
                                 help="each entry's verdict: verified, mismatch, misattributed, "
                                      "not-found or unverifiable")
    verify.add_argument("--format", choices=("table", "json"), default="table")
    suggest = refs_sub.add_parser("suggest", parents=[online],
                                  help="print the entry as its registered record has it "
                                       "(never written)")
    suggest.add_argument("key", metavar="KEY")

    init = sub.add_parser("init", help="write content-lint.toml for the documents and "
                                       "bibliographies this project names")
    init.add_argument("--force", action="store_true", help="replace an existing file")
    init.add_argument("--print", dest="print_only", action="store_true",
                      help="print the configuration instead of writing it")

    rules = sub.add_parser("rules", help="list the rules, or show one")
    rules.add_argument("rule", nargs="?", metavar="CODE",
                       help="a rule code, family (CIT) or name")
    rules.add_argument("--markdown", action="store_true",
                       help="print the full rule reference (docs/rules.md)")
    parser.commands = sub.choices
    return parser


def _add_online_or_offline(parser: argparse.ArgumentParser, online: str, offline: str) -> None:
    """--online or --offline (not both), each with what it means for the command."""
    network = parser.add_mutually_exclusive_group()
    network.add_argument("--online", action="store_true", help=online)
    network.add_argument("--offline", action="store_true", help=offline)


def _add_registry_options(parser: argparse.ArgumentParser) -> None:
    """Where the online checks ask, and who is asking: `check` and `refs` take the same."""
    parser.add_argument("--crossref-url", metavar="URL",
                        help="Crossref API base URL (or CONTENT_LINT_CROSSREF_URL)")
    parser.add_argument("--ncbi-url", metavar="URL",
                        help="NCBI E-utilities base URL (or CONTENT_LINT_NCBI_URL)")
    parser.add_argument("--mailto", metavar="EMAIL",
                        help="contact address for the registries' polite pools "
                             "(or CONTENT_LINT_MAILTO)")


# What `entry` keeps alive until the process ends (None when main runs in a caller's
# process: then nothing is kept).
_RESULTS: list | None = None


def entry() -> None:
    """The command as a process (`content-lint`, `python -m lint`).

    Once the output is flushed the process ends without tearing its heap down:
    freeing and collecting every module's objects one by one (spaCy's tables,
    the knowledge base) costs a tenth of a warm incremental check and changes
    nothing. Nothing of content-lint's runs at exit: files are written
    atomically before `main` returns. Under a profiler or a tracer (coverage)
    the process exits as usual, so that they can write what they measured.
    Regular expressions and dataclasses' methods come compiled from
    lint/data/regex_programs.bin and dataclass_code.bin where they hold them
    (lint/regex_programs.py, lint/dataclass_code.py), and the shipped YAML files
    parsed from lint/data/parsed_data.bin (lint/data/parsed.py).
    """
    global _RESULTS
    _RESULTS = []  # not freed object by object either: the process ends right after
    from lint import dataclass_code, regex_programs
    from lint.data import parsed

    # What a check compiles or parses at start-up (regular expressions, dataclasses'
    # methods, the shipped YAML), as shipped compiled or parsed; anything the tables
    # lack is compiled or parsed as always.
    regex_programs.install()
    dataclass_code.install()
    parsed.install()
    code = main()
    if sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(code)  # a profiler or coverage writes its results at exit
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: what there was to write is lost anyway
            pass
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        # The command's own usage, not the top-level one: `check --bogus` shows check's options.
        command = parser.commands.get(args.command or "")
        if args.command == "refs" and getattr(args, "refs_command", None):
            command = command._subparsers._group_actions[0].choices[args.refs_command]
        (command or parser).error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    problem = _output_problem(getattr(args, "output", None))
    if problem:
        print(f"content-lint: error: --output {args.output}: {problem}", file=sys.stderr)
        return EXIT_ERROR
    if args.command == "check" and args.format is None:
        # `-o findings.sarif` means SARIF: a text report in a .sarif file helps no one.
        args.format = _FORMAT_BY_SUFFIX.get(os.path.splitext(args.output or "")[1].lower(),
                                            "text")
    commands = {"rules": _rules, "init": _init, "classify": _classify,
                "mechanisms": _mechanisms, "refs": _refs, "report": _report}
    # A command is a batch that ends soon. The cyclic collector would scan the growing
    # heap of documents and findings again and again and free next to nothing (a check
    # of 100 articles: 12 full collections found 65 objects, for a fifth of the CPU);
    # reference counting still frees what is dropped.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return commands.get(args.command, _lint)(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader left (`check | head`): as other command-line tools, stop quietly.
        # Python would report the pipe again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except _errors() as error:
        print(f"content-lint: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        if os.environ.get("CONTENT_LINT_DEBUG"):
            raise
        if _users_file(error.filename, args):
            # The machine's refusal of the user's file (a full disk, a read-only folder):
            # the user's to mend, not a bug. Any other file (content-lint's own) is a bug.
            print(f"content-lint: error: {error.filename}: {error.strerror or error}",
                  file=sys.stderr)
            return EXIT_ERROR
        print(f"content-lint: internal error: {type(error).__name__}: {error} "
              "(set CONTENT_LINT_DEBUG=1 for details and please report it)", file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # never a traceback for users; CONTENT_LINT_DEBUG=1 shows it
        if os.environ.get("CONTENT_LINT_DEBUG"):
            raise
        print(f"content-lint: internal error: {type(error).__name__}: {error} "
              "(set CONTENT_LINT_DEBUG=1 for details and please report it)", file=sys.stderr)
        return EXIT_ERROR
    finally:
        if collecting:
            gc.enable()


_FORMAT_BY_SUFFIX = {".json": "json", ".sarif": "sarif"}


def _users_file(filename, args) -> bool:
    """Whether an OSError's file is one the user gave: an option's file (--output,
    --config, --baseline ...), a path given, or a file of the project being checked;
    never a file of content-lint or of the Python installation running it."""
    if not filename or not isinstance(filename, (str, os.PathLike)):
        return False
    import sysconfig

    path = os.path.realpath(filename)
    # content-lint's package and the libraries it runs on (spaCy's model ...).
    ours = [os.path.dirname(os.path.realpath(__file__))] + [
        os.path.realpath(sysconfig.get_paths()[name]) for name in ("stdlib", "purelib",
                                                                   "platlib")]
    if any(_inside(path, folder) for folder in ours):
        return False
    given = [value for value in vars(args).values() if isinstance(value, str)]
    given += [value for value in getattr(args, "paths", None) or [] if isinstance(value, str)]
    return any(_inside(path, os.path.realpath(value)) for value in [*given, os.getcwd()])


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _output_problem(output: str | None) -> str:
    """Why `--output` cannot be written, said before a long run rather than after it."""
    if not output or output == "-":
        return ""
    folder = os.path.dirname(os.path.abspath(output))
    if os.path.isdir(output):
        return "is a folder; name a file"
    if not os.path.isdir(folder):
        return f"no such folder {os.path.dirname(output) or folder!r}"
    if not os.access(folder, os.W_OK):
        return f"cannot write in {os.path.dirname(output) or folder!r}"
    return ""


def _errors():
    from lint.config import ConfigError
    from lint.engine import UsageError
    from lint.filter import BaselineError
    from lint.fix import FixError

    return (ConfigError, UsageError, BaselineError, FixError)


def _init(args) -> int:
    from lint.init import CONFIG_NAME, bibliographies, detect, render_config, write_config

    root = Path.cwd()
    if args.print_only:
        sys.stdout.write(render_config(detect(root)))
        return EXIT_OK
    try:
        target, project = write_config(root, force=args.force)
    except FileExistsError as error:
        print(f"content-lint: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    found = f"{len(project.documents)} document{'s' if len(project.documents) != 1 else ''}"
    bibs = len(bibliographies(project))
    print(f"wrote {CONFIG_NAME}: {found}, {bibs} bibliography file{'s' if bibs != 1 else ''}"
          + (f" ({project.notes[0]})" if project.notes else ""))
    return EXIT_OK


def _rules(args) -> int:
    from lint.report.rule_docs import rule_page, rules_markdown, rules_table
    from lint.rules.base import registry

    from lint.selection import selector_matches

    rules = registry()
    if args.markdown:
        sys.stdout.write(rules_markdown(rules))
        return EXIT_OK
    if args.rule:
        wanted = args.rule
        match = rules.get(wanted.upper()) or next(
            (r for r in rules.values()
             if wanted.lower() in (r.name, *r.former_names)), None)
        if match is not None:
            sys.stdout.write(rule_page(match, heading="#"))
            return EXIT_OK
        # A family or code prefix, as --select accepts it: the matching rules' table.
        family = {code: r for code, r in rules.items() if selector_matches(wanted, r)}
        if not family:
            print(f"content-lint: error: no rule {wanted!r} (use a code such as CIT002, "
                  "a family such as CIT, or a name)", file=sys.stderr)
            return EXIT_ERROR
        sys.stdout.write(rules_table(family))
        return EXIT_OK
    sys.stdout.write(rules_table(rules))
    return EXIT_OK


def _classify(args) -> int:
    import json

    from lint.annotate.claims import annotate_claims, detector
    from lint.annotate.run import domain_terms
    from lint.context import Corpus
    from lint.lines import document_from_lines
    from lint.engine import UsageError, load_glossary_source

    if args.file == "-":
        text = sys.stdin.read()
    else:
        try:
            with open(args.file, encoding="utf-8") as handle:
                text = handle.read()
        except (OSError, UnicodeDecodeError) as error:
            raise UsageError(f"{args.file}: cannot read ({error})") from None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    config = _load_config(args, detect=False)
    glossary, _ = load_glossary_source(config)
    document = document_from_lines(lines, config.nlp_model)
    if args.what in ("hedges", "strength"):
        from lint.annotate.hedges import annotate_hedges
        from lint.annotate.hedges import detector as hedge_detector

        annotate_hedges(document, hedge_detector(config.nlp_model))

        def record(sentence) -> dict:
            judgment = sentence.annotations.hedge
            if args.what == "strength":
                return judgment.strength_dict()
            return judgment.as_dict(args.scheme)
    else:
        annotate_claims(document, detector(config.nlp_model,
                                           domain_terms(Corpus([], glossary=glossary)),
                                           args.genre or config.genre),
                        in_page=False)  # unrelated lines, not a page

        def record(sentence) -> dict:
            found = sentence.annotations.claim.as_dict()
            found.pop("points", None)
            return found
    for sentence in document.sentences:
        sys.stdout.write(json.dumps({"text": sentence.raw, **record(sentence)},
                                    ensure_ascii=False) + "\n")
    return EXIT_OK


def _mechanisms(args) -> int:
    from lint.engine import RunOptions, run
    from lint.atomic import STDOUT, write_atomic
    from lint.report.mechanisms import render_mechanisms

    config = _load_config(args)
    if args.drug:
        return _drug_card(args, config)
    paths = _relative_paths(args, config)
    _check_selectors(args)
    result = run(config, RunOptions(paths=paths, select=["MEC"], use_baseline=False,
                                     jobs=args.jobs))
    rendered = render_mechanisms(result.documents, result.corpus.knowledge, args.format)
    _notes(result)
    write_atomic(args.output or STDOUT, rendered)
    return EXIT_ERROR if result.input_errors else EXIT_OK


REPORT_SUFFIXES = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}


def _report_formats(args) -> list[str]:
    """The formats to write; with --output and --format both, the file name picks one."""
    if args.format != "both":
        return [args.format]
    if not args.output:
        return ["html", "markdown"]
    if args.output == "-":
        return ["markdown"]
    fmt = REPORT_SUFFIXES.get(os.path.splitext(args.output)[1].lower())
    if fmt is None:
        raise _usage_error(f"--output {args.output}: name a .html or .md file, or give "
                           "--format html or --format markdown")
    return [fmt]


def _drug_card(args, config) -> int:
    from lint.atomic import STDOUT, write_atomic
    from lint.engine import load_knowledge_source
    from lint.report.drug_card import render_card

    kb = load_knowledge_source(config)
    drug = kb.find(args.drug)
    if drug is None:
        sys.stderr.write(f"content-lint: '{args.drug}' is not in the drug knowledge base "
                         f"(add it with a drug-knowledge file)\n")
        return EXIT_FINDINGS
    rendered = render_card(drug, kb, "json" if args.format == "json" else "table")
    write_atomic(args.output or STDOUT, rendered)
    return EXIT_OK


def _report(args) -> int:
    from lint.engine import RunOptions, run
    from lint.atomic import STDOUT, write_atomic
    from lint.report.editorial import build, render
    from lint.report.signoff import collect
    from lint.cachedir import root as cache_root
    from lint.report.pr_summary import render_summary

    config = _load_config(args)
    paths = _relative_paths(args, config)
    _check_selectors(args)
    formats = _report_formats(args)
    options = RunOptions(paths=paths, select=args.select, ignore=args.ignore,
                         jobs=args.jobs, use_baseline=not (args.no_baseline or args.since))
    if args.online or args.offline:
        options.online, options.offline = True, args.offline
    elif (cache_root(config) / "http").is_dir():
        # Show what the online check already knows, from its cache, never the network.
        options.online, options.offline = True, True
    previous, mode = None, ""
    if args.since:
        previous = _fingerprints_at(config, options, args.since)
        if previous is None:
            return EXIT_ERROR
        mode = f"since {args.since}: new = not found in the content at {args.since}"
    elif args.no_baseline:
        mode = "no baseline: every finding is new"
    result = run(config, options)
    if not mode:
        mode = (f"baseline {result.baseline_path}" if result.baseline_path
                else "no baseline file: every finding is new")
    _notes(result)
    data = build(result, title=args.title, previous=previous, mode=mode,
                 signoff=collect(config, result, mode=mode, options=options))
    html_target = args.output if formats == ["html"] and args.output else \
        "content-lint-report.html"
    for fmt in formats:
        target = args.output or f"content-lint-report.{'html' if fmt == 'html' else 'md'}"
        directory = os.getcwd() if target == STDOUT else os.path.dirname(os.path.abspath(target))
        if fmt == "markdown" and not args.full:
            # Fits a pull-request comment; the HTML report has everything.
            html = args.html_url or (os.path.relpath(html_target, directory)
                                     if "html" in formats else None)
            text = render_summary(data, html)
        else:
            text = render(data, fmt, directory, str(config.root))
        write_atomic(target, text)
        if target != STDOUT:
            print(f"wrote {target}", file=sys.stderr if STDOUT in formats else sys.stdout)
    if result.input_errors:
        print("content-lint: error: input errors (listed in the report): the report is "
              "incomplete", file=sys.stderr)
        return EXIT_ERROR
    # The report is written: success. `check` is the gate that fails on findings.
    return EXIT_OK


def _http_overrides(args) -> dict:
    mode = "off" if getattr(args, "no_cache", False) else (
        "refresh" if getattr(args, "refresh", False) else "use")
    return {"crossref_url": getattr(args, "crossref_url", None),
            "ncbi_url": getattr(args, "ncbi_url", None),
            "mailto": getattr(args, "mailto", None), "cache_mode": mode}


def _fingerprints_at(config, options, ref: str) -> set[str] | None:
    """Fingerprints of the findings on the content as it was at git revision `ref`.

    The files at `ref` are exported (`git archive`) to a temporary folder and checked with
    today's configuration and rules, so only the content differs. None after an error.
    """
    import dataclasses
    import io
    import subprocess
    import tarfile
    import tempfile

    from lint.engine import run

    def git(*argv, text=True):
        return subprocess.run(["git", "-C", str(config.root), *argv], capture_output=True,
                              text=text, check=False)

    try:
        top = git("rev-parse", "--show-toplevel")
    except OSError as error:
        print(f"content-lint: error: --since needs git: {error}", file=sys.stderr)
        return None
    if top.returncode != 0:
        print(f"content-lint: error: --since {ref}: {config.root} is not in a git repository",
              file=sys.stderr)
        return None
    archive = git("archive", "--format=tar", f"{ref}^{{tree}}", text=False)
    if archive.returncode != 0:
        message = archive.stderr.decode("utf-8", "replace").strip().splitlines()
        print(f"content-lint: error: --since {ref}: not a revision git knows"
              f" ({message[-1] if message else 'git archive failed'})", file=sys.stderr)
        return None
    inside = Path(config.root).resolve().relative_to(Path(top.stdout.strip()).resolve())
    with tempfile.TemporaryDirectory(prefix="content-lint-since-") as folder:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(folder, filter="data")
        old_root = Path(folder) / inside
        old_root.mkdir(parents=True, exist_ok=True)
        old_options = dataclasses.replace(options, use_baseline=False, online=False,
                                          offline=False, jobs=1, keep_documents=False)
        result = run(dataclasses.replace(config, root=old_root), old_options)
        return {d.fingerprint for d in result.diagnostics}


def _refs(args) -> int:
    from lint.engine import _load_bibliography, broken_entries, registry_client
    from lint.verify.check import verify_bibliography, verify_entry
    from lint.verify.identifiers import verify_identifiers
    from lint.verify.report import bibtex_from_record, verification_json, verification_table

    config = _load_config(args)
    notes: list[str] = []  # an absent default bibliography is a note, as in `check`
    bibliography = _load_bibliography(config, notes)
    for note in notes:
        print(f"content-lint: note: {note}", file=sys.stderr)
    # Manubot identifiers cited in the documents need no entry: verified too.
    cited = _cited_identifiers(config, bibliography) if args.refs_command == "verify" else []
    if bibliography is None and not cited:
        print("content-lint: error: no bibliography configured and no persistent identifier "
              "(@doi:, @pmid: ...) cited", file=sys.stderr)
        return EXIT_ERROR
    broken = broken_entries(bibliography) if bibliography is not None else {}
    for problem in bibliography.problems if bibliography is not None else []:
        print(f"{problem.path or bibliography.path}:{problem.span.start.line}: {problem.message}",
              file=sys.stderr)
    if bibliography is not None and bibliography.problems and not bibliography.entries:
        return EXIT_ERROR
    client = registry_client(config, offline=args.offline, **_http_overrides(args))
    if args.refs_command == "suggest":
        entry = bibliography.entries.get(args.key) if bibliography is not None else None
        if entry is None:
            where = bibliography.path if bibliography is not None else "the bibliography"
            print(f"content-lint: error: no entry '{args.key}' in {where}", file=sys.stderr)
            return EXIT_ERROR
        if args.key in broken:
            print(f"content-lint: error: '{args.key}' has a BibTeX error: {broken[args.key]}",
                  file=sys.stderr)
            return EXIT_ERROR
        result = verify_entry(entry, client)
        _notices(client)
        if result.record is None or result.status not in ("verified", "mismatch"):
            print(f"content-lint: no registered record of '{args.key}' itself "
                  f"({result.status}: {result.reason})", file=sys.stderr)
            return EXIT_FINDINGS
        sys.stdout.write(bibtex_from_record(args.key, entry, result.record))
        return EXIT_OK
    if bibliography is not None:
        verify_bibliography(bibliography, client, skip=set(broken))
    verdicts = verify_identifiers([c.key for c in cited], client)
    _notices(client)
    render = verification_json if args.format == "json" else verification_table
    sys.stdout.write(render(bibliography, broken, cited, verdicts))
    statuses = {e.annotations.verification.status for k, e in bibliography.entries.items()
                if k not in broken} if bibliography is not None else set()
    # An identifier no registry is asked for (ISBN, URL ...) is shown, not a failure.
    statuses |= {v.status for v in verdicts.values() if v.how != "none"}
    return EXIT_OK if statuses <= {"verified"} and not broken else EXIT_FINDINGS


def _cited_identifiers(config, bibliography) -> list:
    """The Manubot identifiers the configured documents cite (directly or by a tag)."""
    from lint.engine import discover, load_aliases, load_citation_tags_source, load_document
    from lint.verify.identifiers import cited_identifiers

    files = discover(config, config.paths)
    aliases = load_aliases(config, files, load_citation_tags_source(config))
    documents = [load_document(config, path) for path in files]
    return cited_identifiers(documents, aliases, bibliography)


def _notices(client) -> None:
    for notice in client.notices:
        print(f"content-lint: {notice}", file=sys.stderr)


def _relative_paths(args, config) -> list[str]:
    """Paths on the command line are relative to where the command runs.

    With no configuration file, the project's own root (`check .`, `check ../book`)
    stands for its documents, as with no PATH at all: a Manubot manuscript's
    `content/*.md`, not every Markdown file below it."""
    paths = [os.path.relpath(os.path.abspath(p), config.root) for p in args.paths]
    if config.source is None and config.project is not None:
        paths = [p for p in paths if p != "."]
    return paths


def _config_start(args) -> Path:
    """Where the configuration is looked for: the nearest folder, from the PATHs' common
    folder up to the working directory, that has a configuration file or a project
    layout (`_quarto.yml` ...); else the working directory, or for PATHs outside it
    their common folder. `check ../other-book` then reads that book as its own
    project, not with this one's settings."""
    from lint.config import find_config
    from lint.project import detect_layout

    cwd = Path.cwd()
    paths = [Path(os.path.abspath(p)) for p in getattr(args, "paths", None) or []]
    if not paths:
        return cwd
    common = Path(os.path.commonpath([p if p.is_dir() else p.parent for p in paths]))
    for folder in (common, *common.parents):
        if folder == cwd:
            return cwd
        found = find_config(folder)
        if (found is not None and found.parent == folder) or detect_layout(folder):
            return folder
    return common


def _usage_error(message: str):
    from lint.engine import UsageError

    return UsageError(message)


def _check_selectors(args) -> None:
    """--select and --ignore name rules; a mistake there is the command line's, not a file's."""
    from lint.rules.base import registry
    from lint.selection import is_known_selector

    rules = registry()
    for option in ("select", "ignore"):
        for selector in getattr(args, option, None) or []:
            if not is_known_selector(selector, rules):
                raise _usage_error(f"--{option} {selector}: names no rule (use a code such as "
                                   "CIT002, a family such as CIT, or a name; see "
                                   "`content-lint rules`)")


def _notes(result) -> None:
    for note in result.notes:
        print(f"content-lint: note: {note}", file=sys.stderr)


def _load_config(args, detect: bool = True):
    """The run's configuration. `detect=False` (classify, which reads one FILE of lines):
    the configuration file only, never the project's documents (detecting them walks the
    whole folder tree, and nothing of them is used)."""
    from lint.config import ConfigError, find_config, load_config

    if args.config:
        path = Path(args.config)
        if not path.is_file():
            raise ConfigError("no such configuration file (--config)", args.config)
        return load_config(path)
    start = _config_start(args)
    if not detect:
        return load_config(find_config(start), start)
    from lint.project import project_config

    # No configuration file: what the project's files say.
    return project_config(start)


def _lint(args) -> int:
    from lint.engine import RunOptions, run
    from lint.atomic import STDOUT, write_atomic
    from lint.filter import write_baseline

    config = _load_config(args)
    paths = _relative_paths(args, config)
    _check_selectors(args)
    options = RunOptions(paths=paths, select=args.select, ignore=args.ignore,
                         jobs=args.jobs, changed=getattr(args, "changed", False))
    # Only --fix and --diff read the documents after the run.
    options.keep_documents = bool(getattr(args, "fix", False) or getattr(args, "diff", False))
    if args.command == "baseline":
        options.use_baseline = False
        result = run(config, options)
        if result.input_errors:
            from lint.report import render_text

            sys.stdout.write(render_text(result))
            print("content-lint: error: fix the input errors before writing a baseline",
                  file=sys.stderr)
            return EXIT_ERROR
        _notes(result)
        target = args.output or str(config.resolve(config.baseline))
        count = write_baseline(target, result.diagnostics)
        shown = "standard output" if target == STDOUT else config.display(target)
        print(f"wrote {count} finding{'s' if count != 1 else ''} to {shown}",
              file=sys.stderr if target == STDOUT else sys.stdout)
        return EXIT_OK

    options.use_baseline = not args.no_baseline
    options.baseline = args.baseline
    if args.online or args.offline:
        options.online = True
        options.offline = args.offline
        options.http = _http_overrides(args)
    if args.fail_level:
        options.fail_level = args.fail_level
    cacheable = not (args.fix or args.diff or args.no_cache or options.online)
    result = None
    if cacheable:
        from lint import cache, cachedir
        from lint.engine import _require_paths, discover

        # A missing configured folder is the configuration's mistake, said before discovery.
        _require_paths(config, config.paths)
        key = cache.run_key(config, options, discover(config, config.paths)
                            + discover(config, paths))
        result = cache.load(config, key)
    if result is None:
        articles = None
        if cacheable:
            articles = cache.ArticleCache(cachedir.root(config) / cache.ARTICLES,
                                          cache.analysis_context(config, options))
        result = run(config, options, article_cache=articles)
        if cacheable:
            cache.store(config, key, result)
    if args.fix or args.diff:
        from lint.fix import apply, diff, plan_fixes

        plans = plan_fixes(result.diagnostics + result.baselined, result.documents,
                           config.resolve)
        if args.diff:
            sys.stdout.write(diff(plans))
            return EXIT_FINDINGS if plans else EXIT_OK
        written = apply(plans)
        for path in written:
            print(f"fixed {path}", file=sys.stderr)
        if written:
            result = run(config, options)  # report what is left
    from lint.report import REPORTERS, STREAMS

    _notes(result)
    stream = STREAMS.get(args.format)
    chunks = stream(result) if stream else [REPORTERS[args.format](result)]
    write_atomic(args.output or STDOUT, chunks)
    if _RESULTS is not None:
        _RESULTS.append(result)
    return result.exit_code
