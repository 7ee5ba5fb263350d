"""The sign-off block: what was checked, with what, so a report can be archived with a review.

`collect` reads the files the run used to fingerprint them (SHA-256); it is called by the
CLI before rendering, so the report itself stays a function of the run and this record.
"""

from __future__ import annotations

import datetime
import os
import hashlib
from importlib import resources
from pathlib import Path

import yaml

from lint import __version__
from lint.diagnostics import fail_level_name

# The bundled knowledge the judgments rest on.
KNOWLEDGE_FILES = ("drugs.yaml", "evidence_topics.yaml", "evidence_types.yaml", "hedges.yaml",
                   "claims.yaml", "domain.yaml", "overclaims.yaml", "definitions.yaml",
                   "acronyms.yaml", "abbreviations.yaml", "bibtex_fields.yaml")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _version(data: bytes) -> str:
    """A knowledge file's own `version:` when it declares one."""
    try:
        loaded = yaml.safe_load(data)
    except yaml.YAMLError:
        return ""
    if isinstance(loaded, dict) and loaded.get("version") is not None:
        return str(loaded["version"])
    return ""


def _file(path: Path, shown: str) -> dict:
    try:
        data = path.read_bytes()
    except OSError as error:
        return {"name": shown, "sha256": "", "version": "", "note": f"unreadable: {error}"}
    return {"name": shown, "sha256": _digest(data), "version": _version(data)
            if shown.endswith((".yaml", ".yml")) else "", "note": ""}


def collect(config, result, *, mode: str, options) -> dict:
    """The record of a run: tool, configuration, knowledge, files, date."""
    package = resources.files("lint.data")
    knowledge = []
    for name in KNOWLEDGE_FILES:
        resource = package / name
        if resource.is_file():
            data = resource.read_bytes()
            knowledge.append({"name": f"lint/data/{name} (bundled)", "sha256": _digest(data),
                              "version": _version(data), "note": ""})
    for extra in (config.drug_knowledge, config.evidence_topics):
        if extra:
            knowledge.append(_file(config.resolve(extra), extra + " (project)"))
    checked = [_file(config.resolve(path), path) for path in result.files]
    # A project may name several bibliographies (a list); each is a checked file.
    for extra in (*config.bibliographies, config.glossary):
        if extra and config.resolve(extra).is_file():
            checked.append(_file(config.resolve(extra), extra))
    configuration = {
        "file": config.display(config.source) if config.source else "(defaults)",
        "fail level": fail_level_name(result.fail_level),
        "compared against": mode,
        "rules selected": ", ".join(options.select) if options.select else "all enabled",
        "rules ignored": ", ".join(list(config.ignore) + list(options.ignore)) or "none",
        "reference verification": ("from the cache only" if options.offline else "online")
        if options.online else "not run",
        "language model": config.nlp_model,
    }
    if config.source and Path(config.source).is_file():
        configuration["file"] += f" (sha256 {_digest(Path(config.source).read_bytes())})"
    return {"tool": f"content-lint {__version__}",
            "date": _report_time().strftime("%Y-%m-%d %H:%M UTC"),
            "configuration": configuration, "knowledge": knowledge, "files": checked}


def _report_time() -> datetime.datetime:
    """Now, or SOURCE_DATE_EPOCH when set, so a report can be reproduced byte for byte."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdecimal():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc)
    return datetime.datetime.now(datetime.timezone.utc)
