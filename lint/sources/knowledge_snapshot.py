"""The packaged knowledge base as built, shipped, so a process need not build it again.

Building it reads DrugCentral's 4,300 drugs and derives the class vocabulary, targets,
name index and the names read in text in Python: about a tenth of a second, a tenth of a
one-article check.
The result depends only on the shipped data files and the code that builds it, so it
is shipped too (lint/data/knowledge_snapshot.bin, made by
scripts/build_knowledge_snapshot.py) with a fingerprint of those inputs and of this
Python. A snapshot whose fingerprint differs (a data file or the builder changed,
another Python) or that cannot be read is ignored and the base is built as before:
it only ever costs the time it would have saved.

Format: the fingerprint's line, then marshal + zlib of plain values (marshal keeps
objects shared within the graph shared; a drug under two keys stays one object). Equal
strings are written as one (`_shared_strings`): the base spells its 34,000 distinct
names, classes and targets some 148,000 times, and each would be an object of its own in
every process (7 MiB).
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
import sys
import zlib
from dataclasses import fields
from importlib import resources
from pathlib import Path

SNAPSHOT = "knowledge_snapshot.bin"
# What the packaged base is built from: the data files, and the modules whose code builds
# it (lint/sources/drugs.py and what it calls: names normalised, YAML loaded).
DATA_FILES = ("drugs.yaml", "drug_classes.yaml", "drug_targets.yaml", "physiology.yaml",
              "drugcentral.json.gz", "drugcentral_2023_targets.json.gz",
              "target_aliases.json", "fda_novel_approvals.json")
BUILDERS = ("lint.sources.drugs", "lint.normalise", "lint.data", "lint.data.parsed",
            "lint.yamltext", "lint.sources.knowledge_snapshot")


def fingerprint() -> bytes:
    """The inputs' digest, and the Python the snapshot is for (marshal is per version)."""
    import yaml

    digest = hashlib.sha256()
    digest.update(f"marshal {marshal.version} yaml {yaml.__version__} "
                  f"libyaml {hasattr(yaml, 'CSafeLoader')}".encode())
    data = resources.files("lint.data")
    for name in DATA_FILES:
        digest.update(name.encode() + b"\0" + data.joinpath(name).read_bytes())
    for module in BUILDERS:
        source = Path(importlib.import_module(module).__file__).read_bytes()
        digest.update(module.encode() + b"\0" + source)
    return f"{digest.hexdigest()} python {python()}".encode()


def python() -> str:
    return "{}.{}".format(*sys.version_info[:2])


def dump(kb) -> bytes:
    """A snapshot of a freshly built packaged base (and the class aliases built with it)."""
    from lint.sources import drugs

    drug_fields, schedule_fields = _field_names(drugs.Drug), _field_names(drugs.Schedule)
    schedule_at = drug_fields.index("schedule")
    unique: dict[int, int] = {}
    rows = []
    for drug in kb.drugs.values():
        if id(drug) not in unique:
            unique[id(drug)] = len(rows)
            row = [getattr(drug, name) for name in drug_fields]
            if row[schedule_at] is not None:
                row[schedule_at] = tuple(getattr(row[schedule_at], name)
                                         for name in schedule_fields)
            rows.append(tuple(row))
    payload = (tuple(drug_fields), tuple(schedule_fields), rows,
               [(key, unique[id(drug)]) for key, drug in kb.drugs.items()],
               kb.classes, kb.targets, kb.lexicon, kb.physiology, kb.datasets, kb._names(),
               drugs._CLASS_ALIASES, kb.text_names())
    payload = _shared_strings(payload, {}, {})
    return fingerprint() + b"\n" + zlib.compress(marshal.dumps(payload), 9)


def _shared_strings(value, strings: dict, made: dict):
    """`value` with each string one object per spelling (lists, tuples and dicts made
    again around them, in order; one made once however often it is shared). Sets are
    left as they are: made again, their order could differ, and they hold little."""
    kind = type(value)
    if kind is str:
        return strings.setdefault(value, value)
    if kind not in (list, tuple, dict):
        return value
    if id(value) in made:
        return made[id(value)][1]
    if kind is dict:
        copy = {_shared_strings(k, strings, made): _shared_strings(v, strings, made)
                for k, v in value.items()}
    else:
        copy = kind(_shared_strings(item, strings, made) for item in value)
    made[id(value)] = (value, copy)  # the original kept alive: its id stays its own
    return copy


def load(raw: bytes | None = None):
    """The shipped base and its class aliases, or None if it is missing, stale or damaged."""
    from lint.sources import drugs

    try:
        if raw is None:
            raw = resources.files("lint.data").joinpath(SNAPSHOT).read_bytes()
        stamp, _, body = raw.partition(b"\n")
        if stamp != fingerprint():
            return None
        (drug_fields, schedule_fields, rows, keys, classes, targets, lexicon, physiology,
         datasets, index, aliases, text_names) = marshal.loads(zlib.decompress(body))
    except (OSError, EOFError, ValueError, TypeError, zlib.error):
        return None
    if (list(drug_fields) != _field_names(drugs.Drug)
            or list(schedule_fields) != _field_names(drugs.Schedule)):
        return None
    schedule_at = drug_fields.index("schedule")
    built = []
    for row in rows:
        drug = drugs.Drug(*row)
        if row[schedule_at] is not None:
            drug.schedule = drugs.Schedule(*row[schedule_at])
        built.append(drug)
    drugs._CLASS_ALIASES.update(aliases)
    return drugs.KnowledgeBase(drugs={key: built[at] for key, at in keys}, classes=classes,
                               targets=targets, lexicon=lexicon, physiology=physiology,
                               datasets=datasets, _index=index, _text_names=text_names)


def _field_names(cls) -> list[str]:
    return [f.name for f in fields(cls)]
