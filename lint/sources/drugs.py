"""The drug knowledge base: a broad DrugCentral layer, a curated layer, a project layer.

Layers, each overriding the one before for the drugs it names:

1. `lint/data/drugcentral.json.gz`, built by `scripts/build_drug_kb.py`
   from DrugCentral tables: names, synonyms, classes, targets with action
   types, chemical kind; each fact names its dataset and licence. Drugs it
   gives no target take DrugCentral 2023's (`drugcentral_2023_targets.json.gz`,
   `scripts/build_dc2023_targets.py`), without an action type. Drugs approved after
   DrugCentral's tables take the newer-approvals layer (`fda_novel_approvals.json`,
   `scripts/build_fda_approvals.py`: FDA's novel approvals 2020-2025 with their labels'
   classes, targets and routes), on the facts DrugCentral gives none of.
2. `lint/data/drugs.yaml`: hand-curated, source-noted entries for
   endocrine, fertility and peptide agents (hormone effects, schedules,
   sites of action), merged into the DrugCentral entry of the same name.
3. The project's own file (`drug-knowledge` in [tool.content-lint]), same
   format as drugs.yaml.

Physiology (which hormone acts on which cell and drives which output) is
`lint/data/physiology.yaml`, extendable by a `physiology:` section of the
project's file.
"""

from __future__ import annotations

import copy
import functools
import gzip
import json
import re
from dataclasses import dataclass, field
from importlib import resources

from lint.data import load_data
from lint.normalise import class_key, singular
from lint.sources.yamlfile import DataFileError, load_yaml_file

DIRECTIONS = ("up", "down")
PATTERNS = ("pulsatile", "continuous", "")
KINDS = ("peptide", "small molecule", "protein", "")
CURATED = "content-lint's curated drug notes"
# Hours between doses for the frequency words of the schedules lexicon.
FREQUENCY_HOURS = {"hourly": 1.0, "every 90 minutes": 1.5, "every 2 hours": 2.0,
                   "four times daily": 6.0, "three times daily": 8.0,
                   "twice daily": 12.0, "daily": 24.0, "every other day": 48.0,
                   "every third day": 72.0,
                   "three times weekly": 56.0, "twice weekly": 84.0, "weekly": 168.0,
                   "every 2 weeks": 336.0, "monthly": 720.0, "every 3 months": 2160.0,
                   "every 6 months": 4320.0}
# (intervals are written "every <number> <unit>s": 'every 28 days')
_UNIT_HOURS = {"hours": 1.0, "days": 24.0, "weeks": 168.0, "months": 720.0}


def _inside(within: dict, inner: str, outer: str) -> bool:
    """`inner` is `outer` or lies inside it through `site_within`."""
    seen = set()
    while inner not in seen:
        if inner == outer:
            return True
        seen.add(inner)
        inner = within.get(inner, inner)
    return False


def nested_sites(kb, a: str, b: str) -> bool:
    """The same site, or one inside the other (the brain in the central nervous system):
    naming the larger place does not contradict naming the part (drugs.yaml `site_within`);
    cells found throughout a system fit any part of it ('on neurons in the hypothalamus':
    `site_throughout`). Shared by the reading of site lists (annotate/mechanism_sites.py)
    and the MEC rules."""
    within = kb.lexicon.get("site_within", {})
    throughout = kb.lexicon.get("site_throughout", {})
    for inner, outer in ((a, b), (b, a)):
        if _inside(within, inner, outer) or any(
                _inside(within, outer, system) for system in throughout.get(inner, ())):
            return True
    return False


def interval_hours(value: str) -> float | None:
    """Hours between doses: 'daily' -> 24 (FREQUENCY_HOURS), 'every 28 days' -> 672 (an
    interval the extractor read by number and unit); None for anything else (a range, a
    course, a pattern)."""
    if value in FREQUENCY_HOURS:
        return FREQUENCY_HOURS[value]
    words = value.split()
    if len(words) != 3 or words[0] != "every" or not words[1].isdigit():
        return None
    hours = _UNIT_HOURS.get(words[2])
    return None if hours is None else int(words[1]) * hours


# Curated class key -> normalised DrugCentral labels of the same class (classes' `drugcentral`).
# What each kind of DrugCentral class row is, as messages and the drug card name it.
CLASS_ROW_KINDS = {"fda_epc": "FDA established pharmacologic class",
                   "fda_moa": "FDA mechanism of action", "fda_pe": "FDA physiologic effect",
                   "fda_cs": "FDA chemical structure", "mesh_pa": "MeSH pharmacological action",
                   "chebi_role": "ChEBI role"}
_CLASS_ALIASES: dict[str, set[str]] = {}


# a generation of a class in a text's own words, as a key ("fourth_generation_progestin")
_OWN_GENERATION = re.compile(r"(first|second|third|fourth|fifth)_generation_(.+)")


def own_generation(klass: str) -> tuple[str, str] | None:
    """(ordinal, class) of a generation named in a text's own words, else None:
    'third_generation_progestin' -> ('third', 'progestin')."""
    generation = _OWN_GENERATION.match(klass)
    return generation.groups() if generation else None


def class_keys(klass: str) -> set[str]:
    """The normalised DrugCentral labels a drug of class `klass` may carry."""
    return {class_key(klass)} | _CLASS_ALIASES.get(klass, set())


@dataclass(slots=True)
class Schedule:
    """How a drug is given: pattern, pulse interval, usual frequencies."""

    pattern: str = ""  # pulsatile | continuous | ""
    pulse_minutes: tuple[float, float] | None = None  # interval between pulses
    frequencies: list[str] = field(default_factory=list)  # FREQUENCY_HOURS keys or intervals
    note: str = ""
    source: str = ""


@dataclass(slots=True)
class Drug:
    key: str  # the first name, lower case
    names: list[str]  # names found in running text
    brands: list[str]
    drug_class: str  # a key of KnowledgeBase.classes
    also: list[str]
    targets: dict[str, str]  # target key -> action
    effects: dict[str, str]  # hormone -> up | down
    routes: list[str]
    schedule: Schedule | None
    atc: str
    sources: list[str]
    kind: str = ""  # peptide | small molecule | protein
    kind_source: str = ""
    sites: list[str] = field(default_factory=list)  # hypothalamus, pituitary, testis ...
    lookup: list[str] = field(default_factory=list)  # names for look-up only
    # DrugCentral rows as built: [label, type, dataset, class id] and
    # [target, gene, action, dataset, cited source].
    other_classes: list[list[str]] = field(default_factory=list)
    target_list: list[list[str]] = field(default_factory=list)
    origin: str = CURATED  # where the entry's curated facts come from (a file for projects)
    drugcentral_id: int | None = None
    curated: bool = True
    drugcentral_name: str = ""  # links a curated entry to a DrugCentral one of another name
    normal_classes: frozenset | None = None  # other_classes' labels, normalised on first use
    families: list[str] = field(default_factory=list)  # name-ending families ("triptan")
    names_source: str = ""  # the dataset (and licence) a broad entry's names come from
    # class key -> where a family's membership list gives the drug that class
    # (drug_classes.yaml `members_source`; `_add_class_members`)
    class_sources: dict[str, str] = field(default_factory=dict)
    approval: str = ""  # "FDA novel drug approval 2024 (Winrevair)": the newer-approvals layer

    @property
    def name(self) -> str:
        return self.names[0] if self.names else self.key

    def has_class(self, klass: str) -> bool:
        if klass == self.drug_class or klass in self.also or klass in self.families:
            return True
        return bool(class_keys(klass) & self._normal_classes())

    def _normal_classes(self) -> frozenset:
        if self.normal_classes is None:
            self.normal_classes = frozenset(class_key(row[0]) for row in self.other_classes)
        return self.normal_classes

    def source_note(self) -> str:
        if self.sources:
            return self.sources[0]
        # (the newer-approvals layer gives a broad entry its routes, and the classes and
        # targets DrugCentral gives none: both are named where both may speak)
        newer = f"{self.approval} and its FDA label (public domain)" if self.approval else ""
        if self.drugcentral_id is not None and (self.other_classes or self.target_list):
            return "DrugCentral (CC BY 4.0 / CC BY-SA 4.0)" + (f"; {newer}" if newer else "")
        if newer:
            return newer
        if self.other_classes or self.target_list:
            return "DrugCentral (CC BY 4.0 / CC BY-SA 4.0)"
        return "no source note"


@dataclass
class KnowledgeBase:
    drugs: dict[str, Drug] = field(default_factory=dict)
    classes: dict[str, dict] = field(default_factory=dict)
    targets: dict[str, dict] = field(default_factory=dict)
    lexicon: dict = field(default_factory=dict)  # hormones, effects, routes ... of drugs.yaml
    physiology: dict = field(default_factory=dict)
    datasets: dict = field(default_factory=dict)  # DrugCentral dataset notes with licences
    project_file: str | None = None
    _index: dict | None = field(default=None, repr=False)
    _text_names: dict | None = field(default=None, repr=False)
    _by_class: tuple | None = field(default=None, repr=False, compare=False)

    def members(self, klass: str) -> list[Drug]:
        """The drugs `has_class(klass)` holds for, in the base's order: looked up by the
        classes each drug carries (an index made on first use, like the name index: a base
        does not change after loading), not `has_class` over thousands of drugs a class."""
        if self._by_class is None:
            self._by_class = self._class_index()
        drugs, own, normal = self._by_class
        found = set(own.get(klass, ()))
        for key in class_keys(klass):
            found.update(normal.get(key, ()))
        return [drugs[at] for at in sorted(found)]

    def _class_index(self) -> tuple:
        """The drugs in order, and each class key and normalised label -> their positions
        (the three fields `has_class` compares as they are, and `other_classes`)."""
        drugs = list(self.drugs.values())
        own: dict[str, set[int]] = {}
        normal: dict[str, set[int]] = {}
        for at, drug in enumerate(drugs):
            for key in (drug.drug_class, *drug.also, *drug.families):
                own.setdefault(key, set()).add(at)
            for key in drug._normal_classes():
                normal.setdefault(key, set()).add(at)
        return drugs, own, normal

    def class_label(self, klass: str) -> str:
        if klass not in self.classes:
            generation = own_generation(klass)
            if generation:  # a text's own name (annotate/mechanism_own_classes.py)
                ordinal, base = generation
                base = next((k for k in (base, base.replace("_", " ")) if k in self.classes),
                            base.replace("_", " "))
                label = self.classes.get(base, {}).get("label", base)
                return f"{ordinal}-generation {label}"
        return self.classes.get(klass, {}).get("label", klass)

    def find(self, name: str) -> Drug | None:
        """The drug with this name, synonym or look-up name (any case)."""
        return self.drugs.get(self._names().get(name.lower(), ""))

    def _names(self) -> dict[str, str]:
        if self._index is None:
            self._index = self._name_index()
        return self._index

    def _name_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for drug in self.drugs.values():
            for name in drug.lookup + drug.brands + drug.names:
                index[name.lower()] = drug.key
        for drug in self.drugs.values():  # curated names win a clash
            if drug.curated:
                for name in drug.brands + drug.names:
                    index[name.lower()] = drug.key
        return index

    def text_names(self) -> dict[str, list[str]]:
        """Drug key -> names to find in running text (hormone names excluded).

        Made once (the mechanisms and the weak topics both read it; a base does not
        change after loading); read it, never change it."""
        if self._text_names is None:
            self._text_names = self._find_text_names()
        return self._text_names

    def _find_text_names(self) -> dict[str, list[str]]:
        hormones = {n.lower() for names in self.lexicon.get("hormones", {}).values()
                    for n in names}
        taken = set()
        out: dict[str, list[str]] = {}
        for drug in sorted(self.drugs.values(), key=lambda d: not d.curated):
            names = [n for n in drug.names + drug.brands
                     if n.lower() not in hormones and n.lower() not in taken]
            taken.update(n.lower() for n in names)
            if names:
                out[drug.key] = names
        return out


def _schedule(raw, where: str) -> Schedule | None:
    if not raw:
        return None
    if isinstance(raw, str):
        return Schedule(note=raw)
    pattern = str(raw.get("pattern") or "")
    if pattern not in PATTERNS:
        raise DataFileError(f"{where}: schedule pattern is pulsatile or continuous, "
                            f"not {pattern!r}", None)
    frequencies = [str(f) for f in raw.get("frequencies") or []]
    bad = [f for f in frequencies if interval_hours(f) is None]
    if bad:
        raise DataFileError(f"{where}: unknown schedule frequency {bad[0]!r} "
                            f"(one of {', '.join(FREQUENCY_HOURS)}, or 'every <number> "
                            f"<hours|days|weeks|months>')", None)
    pulse = raw.get("pulse_minutes")
    if pulse is not None:
        low, high = (pulse, pulse) if isinstance(pulse, (int, float)) else pulse
        pulse = (float(low), float(high))
    return Schedule(pattern=pattern, pulse_minutes=pulse, frequencies=frequencies,
                    note=str(raw.get("note") or ""), source=str(raw.get("source") or ""))


def _drug(raw: dict, origin: str) -> Drug:
    names = [str(n) for n in raw.get("names", [])]
    if not names:
        raise DataFileError("a drug entry needs at least one name", None)
    effects = {k: str(v) for k, v in (raw.get("effects") or {}).items()}
    bad = [v for v in effects.values() if v not in DIRECTIONS]
    if bad:
        raise DataFileError(f"{names[0]}: effect directions are up or down, not {bad[0]!r}",
                            None)
    kind = str(raw.get("kind") or "")
    if kind not in KINDS:
        raise DataFileError(f"{names[0]}: kind is peptide, small molecule or protein, "
                            f"not {kind!r}", None)
    return Drug(key=names[0].lower(), names=names, brands=list(raw.get("brands") or []),
                drug_class=str(raw.get("class") or ""), also=list(raw.get("also") or []),
                targets=dict(raw.get("targets") or {}), effects=effects,
                routes=list(raw.get("routes") or []),
                schedule=_schedule(raw.get("schedule"), names[0]),
                atc=str(raw.get("atc") or ""), sources=list(raw.get("sources") or []),
                kind=kind, kind_source=str(raw.get("kind_source") or ""),
                sites=list(raw.get("sites") or []), origin=origin,
                drugcentral_name=str(raw.get("drugcentral") or ""))


@functools.cache
def _target_hgnc() -> dict:
    """HGNC's alias symbols and approved names of DrugCentral's target genes
    (scripts/build_target_aliases.py; CC0)."""
    path = resources.files("lint.data").joinpath("target_aliases.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _target_aliases() -> dict[str, list[str]]:
    return _target_hgnc()["aliases"]


def _target_approved_names() -> dict[str, str]:
    return _target_hgnc().get("names", {})


@functools.cache
def _drugcentral() -> dict:
    path = resources.files("lint.data").joinpath("drugcentral.json.gz")
    with path.open("rb") as handle:
        data = json.loads(gzip.decompress(handle.read()))
    # DrugCentral 2023's targets of the drugs the 2016 tables give none (sotagliflozin,
    # letermovir …: scripts/build_dc2023_targets.py), with no action type
    path = resources.files("lint.data").joinpath("drugcentral_2023_targets.json.gz")
    with path.open("rb") as handle:
        newer = json.loads(gzip.decompress(handle.read()))
    # FDA's novel approvals 2020-2025 (scripts/build_fda_approvals.py): drugs newer than the
    # tables, and the classes, targets and routes of those DrugCentral 2023 names alone
    layer = json.loads(resources.files("lint.data").joinpath(
        "fda_novel_approvals.json").read_text(encoding="utf-8"))
    return with_fda_approvals(with_2023_targets(data, newer), layer)


drugcentral_table = _drugcentral  # the packaged DrugCentral table (read only), for scripts


def with_2023_targets(data: dict, newer: dict) -> dict:
    """DrugCentral's table (drugcentral.json.gz) with DrugCentral 2023's targets
    (drugcentral_2023_targets.json.gz) laid on the drugs it gives none; also read by
    scripts/build_target_aliases.py."""
    data["sources"] = {**data["sources"], **newer["sources"]}
    for drug in data["drugs"]:
        if not drug["targets"]:
            drug["targets"] = newer["targets"].get(str(drug["id"]), [])
    return data


def with_fda_approvals(data: dict, layer: dict) -> dict:
    """DrugCentral's table with the newer-approvals layer (fda_novel_approvals.json) laid on
    it: a drug DrugCentral has (by its INN or FDA-suffixed name) takes the layer's names,
    routes and approval, and its classes, targets and kind where DrugCentral gives none (its
    2023 target list, without actions, gives way to the label's targets); a drug DrugCentral
    lacks is added with no DrugCentral id."""
    data["sources"] = {**data["sources"], **layer["sources"]}
    index = {name.lower(): drug for drug in data["drugs"]
             for name in [drug["name"]] + drug["names"] + drug["lookup"]}
    for new in layer["drugs"]:
        old = next((index[n.lower()] for n in [new["name"]] + new["names"] + new["lookup"]
                    if n.lower() in index and n[:1].islower()), None)
        if old is None:
            data["drugs"].append(new)
            continue
        if not any(row[1] == "fda_epc" for row in old["classes"]):
            old["classes"] = old["classes"] + new["classes"]
        if new["targets"] and all(row[3] == "dc2023_targets" for row in old["targets"]):
            old["targets"] = new["targets"]
        if not old["kind"][0]:
            old["kind"] = new["kind"]
        known = {n.lower() for n in old["names"] + old["lookup"]}
        old["names"] = old["names"] + [n for n in new["names"] if n.lower() not in known]
        old["lookup"] = old["lookup"] + [n for n in new["lookup"] if n.lower() not in known]
        old["routes"], old["approval"] = new["routes"], new["approval"]
    return data


def _broad_drug(raw: dict, datasets: dict) -> Drug:
    kind = raw.get("kind") or ["", "", ""]
    kind_note = ""
    if kind[0]:
        dataset = datasets.get(kind[2], {})
        kind_note = f"{kind[1]} ({dataset.get('name', kind[2])}, {dataset.get('licence', '')})"
    return Drug(key=raw["name"].lower(), names=list(raw["names"]), brands=[], drug_class="",
                also=[], targets={}, effects={}, routes=list(raw.get("routes", ())), schedule=None,
                atc="", sources=[],
                kind=kind[0], kind_source=kind_note, lookup=list(raw["lookup"]),
                other_classes=raw["classes"], target_list=raw["targets"],
                origin="DrugCentral", drugcentral_id=raw["id"], curated=False,
                names_source=_dataset_note(datasets, raw.get("names_source", "")),
                approval=raw.get("approval", ""))


def _dataset_note(datasets: dict, code: str) -> str:
    info = datasets.get(code)
    return f"{info['name']} ({info['licence']})" if info else ""


def _merge(kb: KnowledgeBase, drug: Drug) -> None:
    """Put a curated (or project) entry over the broad entry that shares a name."""
    existing = kb.find(drug.drugcentral_name) if drug.drugcentral_name else None
    for name in ([] if existing else drug.names + drug.brands):
        existing = kb.find(name)
        if existing is not None:
            break
    if existing is not None and existing.key != drug.key:
        del kb.drugs[existing.key]
    if existing is not None:
        drug.other_classes = drug.other_classes or existing.other_classes
        # (a curated entry's own targets say more than DrugCentral 2023's list, which gives
        # no action: setmelanotide's "melanocortin receptors" are not renamed by its MC4R)
        drug.target_list = drug.target_list or [
            row for row in existing.target_list
            if not (drug.targets and row[3:4] == ["dc2023_targets"])]
        drug.drugcentral_id = drug.drugcentral_id or existing.drugcentral_id
        own = {m.lower() for m in drug.names + drug.brands}
        drug.names = drug.names + [n for n in existing.names if n.lower() not in own]
        drug.lookup = list(dict.fromkeys(existing.lookup))
        if not drug.kind:
            drug.kind, drug.kind_source = existing.kind, existing.kind_source
    kb.drugs[drug.key] = drug
    index = kb._names()
    for name in drug.lookup + drug.brands + drug.names:
        index[name.lower()] = drug.key


def _add_drugcentral_classes(kb: KnowledgeBase) -> None:
    """FDA established pharmacologic classes as classes the text can name."""
    labels: dict[str, str] = {}
    members: dict[tuple[str, str], set[str]] = {}
    for drug in kb.drugs.values():
        for label, kind, *_ in drug.other_classes:
            if kind in ("fda_epc", "fda_moa"):
                labels.setdefault(class_key(label), label)
                members.setdefault((class_key(label), kind), set()).add(drug.key)
    known = {class_key(n) for spec in kb.classes.values()
             for n in spec["names"] + spec.get("drugcentral", [])}
    # A class named like a hormone ("Estrogen", "Gonadotropin") would read physiology
    # ("the pituitary secretes gonadotropins") as talk about drugs.
    known |= {class_key(n) for names in kb.lexicon.get("hormones", {}).values()
              for n in names}
    known |= {class_key(n) for n in kb.lexicon.get("physiology_words", [])}
    # An FDA class that names a kind of substance, no class of drugs ("Amino Acid" [EPC]:
    # "Levodopa (L-Dopa) is an amino acid precursor of dopamine"), is read as a name and
    # compared with nothing; it is no class said of a drug (`substance`): "an amino acid
    # derivative", "191 amino acid residues", "the amino acid lysine" say what a drug is
    # made of or from (gold rounds 8, 11, 14 label no such class; session 15).
    refused = {class_key(n) for n in kb.lexicon.get("not_classes", [])}
    hormones = {n.lower() for names in kb.lexicon.get("hormones", {}).values() for n in names}
    loose = {form for spec in kb.classes.values() for n in spec["names"] + [spec.get("label", "")]
             if n for form in (_loose(n), _bare(n))}
    named = _hormone_other_names(kb)
    # "N-methyl-D-aspartate Receptor Antagonist" [EPC] and "NMDA Receptor Antagonists" [MoA]
    # are one class: a label spelt out is the class its initials name, when both exist
    short = {normal: _initialised(normal) for normal in labels}
    for normal, label in sorted(labels.items(), key=lambda item: short[item[0]] != item[0]):
        key = normal
        if normal in known or key in kb.classes:
            continue
        if short[normal] != normal and short[normal] in kb.classes:
            spec = kb.classes[short[normal]]
            spec["names"] = spec["names"] + [_written(label)]
            _CLASS_ALIASES.setdefault(short[normal], set()).add(normal)
            continue
        # "an antifibrinolytic": an anti- quality before 'agent' or 'drug' is used as a
        # noun, as the descriptive classes' names are read (descriptive_names)
        # (never a name another class has, with another head noun or none: "antiepileptic"
        # is the curated antiepileptic drug's)
        two = label.lower().split()
        bare = [n for n in descriptive_names(label)[1:]
                if _loose(n) not in loose and _bare(n) not in loose] \
            if len(two) == 2 and two[1] in _ROLE_HEADS else []
        # labelled as a text names one member's class: MEC004 quotes the label ("a GH
        # receptor antagonist" is no "growth hormone receptor antagonists")
        written = _written(label)
        both = _BOTH_AND.fullmatch(written)
        kb.classes[key] = {"label": written if both is None else
                           # as pharmacology names it, and short enough to be read in text
                           f"{both.group(1)}-{both.group(2)} {both.group(3)}",
                           "names": list(dict.fromkeys(
                               [written] + bare + [n for n in _other_spellings(written, named)
                                                   if class_key(n) not in known])),
                           "fda_label": label.lower(),
                           "source": "FDA established pharmacologic class via DrugCentral"}
        if (normal, "fda_epc") not in members and any(
                normal.startswith(f"{hormone} receptor ") for hormone in hormones):
            # a hormone's receptor action FDA files as a mechanism for some drugs and not
            # others: tamoxifen and raloxifene, partial estrogen agonists in bone ("has an
            # estrogen agonist effect"), have no "Estrogen Receptor Agonists". Read, and
            # compared with nothing, as DrugCentral's other roles are
            kb.classes[key]["checked"] = False
        if key in refused:
            kb.classes[key].update(checked=False, substance=True)
    _narrower_mechanisms(kb, members, labels)


def _narrower_mechanisms(kb: KnowledgeBase, members: dict, labels: dict) -> None:
    """An FDA mechanism of action no established class is named by, whose drugs all belong
    to the established class its name (but for hyphens) or its last words name, is a name
    of that class: "HIV Protease
    Inhibitors" (tipranavir) of "Protease Inhibitor" (ritonavir, darunavir …), so that
    "ritonavir is a peptidomimetic HIV protease inhibitor" says ritonavir's class."""
    # "Serotonin 3 Receptor Antagonists" [MoA] is "Serotonin-3 Receptor Antagonist" [EPC]
    def squeezed(name: str) -> str:
        return re.sub(r"[-\s]", "", name)

    established = {squeezed(normal): normal for normal, kind in members if kind == "fda_epc"}
    for (normal, kind), drugs in members.items():
        if kind != "fda_moa" or (normal, "fda_epc") in members or normal not in kb.classes:
            continue
        words = normal.split()
        wider = next((established[squeezed(" ".join(words[i:]))] for i in range(len(words) - 1)
                      if squeezed(" ".join(words[i:])) in established), None)
        # or FDA's established class of the same drugs and action, named otherwise ("Dopamine
        # D2 Antagonists" [MoA] of "Dopamine-2 Receptor Antagonist" [EPC]), when short
        # enough to be read in text; a one-word mechanism ("Dyes") is no narrower name, and
        # "dye" alone would name "diagnostic dye"
        wider = wider or next((other for (other, sort), same in members.items()
                               if sort == "fda_epc" and same == drugs and
                               other.split()[-1] == words[-1] and other in kb.classes and
                               len(other.split()) <= 4), None) if len(words) > 1 else wider
        if wider is None or wider not in kb.classes:
            continue
        if not drugs <= members[(wider, "fda_epc")]:
            # "Competitive Opioid Antagonists" (butorphanol, nalbuphine): naloxone, "a non-
            # selective and competitive opioid receptor antagonist", is an opioid antagonist
            # of the established class and not of this one; read only as FDA writes it
            kb.classes[normal].update(label=labels[normal].lower(),
                                      names=[labels[normal].lower()])
            continue
        spec = kb.classes.pop(normal)
        kb.classes[wider]["names"] = kb.classes[wider]["names"] + spec["names"]
        _CLASS_ALIASES.setdefault(wider, set()).add(normal)


def _hormone_other_names(kb: KnowledgeBase) -> dict[str, list[str]]:
    """A hormone's name -> the hormone's names (drugs.yaml `hormones`; not the phrases about
    it, "GH release")."""
    out: dict[str, list[str]] = {}
    for names in kb.lexicon.get("hormones", {}).values():
        plain = [n for n in names if not set(n.lower().split()) & _NOT_NAME_WORDS]
        for name in plain:
            out.setdefault(name.lower(), plain)
    return out


_ANALOG = re.compile(r"\banalog\b")
# "Serotonin and Norepinephrine Reuptake Inhibitor": two substances and the action on both
_BOTH_AND = re.compile(r"([a-z]+) and ([a-z]+) ([a-z]+ (?:inhibitor|antagonist|agonist|blocker))")


def _other_spellings(written: str, hormones: dict[str, list[str]]) -> list[str]:
    """An FDA class as texts also spell it: 'Somatostatin Analog' with the British
    'analogue'; 'Parathyroid Hormone Analog' by the hormone's other names ('PTH analog',
    'PTH analogue'); 'Serotonin and Norepinephrine Reuptake Inhibitor' with the two joined by
    a hyphen or an en dash, as pharmacology names the class ('serotonin-norepinephrine
    reuptake inhibitor', SNRI)."""
    out = []
    analog = re.fullmatch(r"(.+) analog", written)
    if analog:
        stems = [analog.group(1)] + [other for other in hormones.get(analog.group(1), [])
                                     if other.lower() != analog.group(1)]
        out += [f"{stem} {noun}" for stem in stems for noun in ("analog", "analogue")]
    elif _ANALOG.search(written):
        out.append(_ANALOG.sub("analogue", written))
    both = _BOTH_AND.fullmatch(written)
    if both:
        # (the encyclopaedia joins the pair with an en dash: "serotonin–norepinephrine")
        out += [f"{both.group(1)}{dash}{both.group(2)} {both.group(3)}" for dash in "-–"]
    return [n for n in out if n != written]


def _written(label: str) -> str:
    """A DrugCentral class label as a text names one member's class: FDA's mechanisms of
    action are plural ("NMDA Receptor Antagonists"), and the phrase matcher adds the plural
    to a singular name only, so "an NMDA receptor antagonist" needs the singular."""
    words = label.lower().split(" ")
    if len(words) == 1:
        return words[0]  # "Dyes": one word alone, singular, would name every dye
    return " ".join(words[:-1] + [singular(words[-1])])


_SPELT_OUT = re.compile(r"\b[a-z]+(?:-[a-z]+){2,}\b")  # "n-methyl-d-aspartate"


def _initialised(normal: str) -> str:
    """'n-methyl-d-aspartate receptor antagonist' -> 'nmda receptor antagonist': a name of
    three or more hyphenated parts written as its initials, as abbreviations are made."""
    return _SPELT_OUT.sub(lambda m: "".join(p[0] for p in m.group(0).split("-")), normal)


def _add_descriptive_classes(kb: KnowledgeBase) -> None:
    """DrugCentral's MeSH pharmacological actions, ChEBI roles and FDA chemical structures as
    classes a text may name ("Antifungal Agents" as "antifungal agent", "antifungal";
    "Anesthetics, Local" as "local anesthetic"; "Polyenes" as "polyene"). Read only: such a
    class is `checked: false`, compared with nothing, since DrugCentral gives some of a
    drug's roles and not others. A label that names a drug, a hormone or a class known
    already is left out, and so is one that is no class of drugs (`not_classes`)."""
    sources = set(kb.lexicon.get("descriptive_sources", []))
    if not sources:
        return
    known = {_loose(n) for spec in kb.classes.values()
             for n in spec["names"] + spec.get("drugcentral", []) + [spec.get("label", "")]}
    known |= {_loose(n) for names in kb.lexicon.get("hormones", {}).values() for n in names}
    known |= {_loose(n) for n in kb.lexicon.get("physiology_words", [])}
    refused = {_loose(n) for n in kb.lexicon.get("not_classes", [])}
    labels: dict[str, str] = {}
    for drug in kb.drugs.values():
        for label, kind, *_ in drug.other_classes:
            if kind in sources:
                labels.setdefault(label, kind)
    owner: dict[str, str] = {}  # a name -> the descriptive class it names already
    for label, kind in sorted(labels.items()):
        if kind == "fda_cs" and singular(label.lower()) == label.lower():
            continue  # one substance ("Calcitonin", "Heparin"), not a family of them
        names = descriptive_names(label)
        key = class_key(names[0])
        if _loose(key) in refused or any(_loose(n) in known for n in names) or \
                kb.find(key) is not None or len(key.split()) > 4 or \
                re.search(r"[()\d]|^ec ", key):
            continue
        # "Antifungal Drug" (ChEBI) is the class "Antifungal Agents" (MeSH) names already;
        # so is "calcimimetic" (ChEBI) the class of "Calcimimetic Agents" (MeSH)
        key = next((owner[form] for n in names for form in (_loose(n), _bare(n))
                    if form in owner), key)
        spec = kb.classes.setdefault(key, {
            "label": key, "names": [], "checked": False, "drugcentral": [],
            "source": "DrugCentral classification (MeSH, ChEBI or FDA chemical structure)"})
        spec["names"] += [n for n in names if _loose(n) not in owner or
                          _bare(n) == _loose(n) and n not in spec["names"]]
        spec["drugcentral"].append(label)
        if kind == "fda_cs":
            # a chemical family ("Aminoglycosides"): what a text says of it is said of the
            # family, as of a curated class (`without_role_statements`); a role is not
            spec["family"] = True
        _CLASS_ALIASES[key] = {class_key(n) for n in spec["drugcentral"]}
        owner.update((form, key) for n in names for form in (_loose(n), _bare(n)))


def _add_stem_classes(kb: KnowledgeBase) -> None:
    """A name ending many drugs share, with one pharmacological class, as a class of its
    own: INN stems name families ("triptans" for sumatriptan, rizatriptan …; "vaptans";
    "gliflozins"), and texts name the family by the stem's plural. Found in the knowledge
    base's own names, not listed: an ending of at least `min_length` letters after a prefix
    of three that `min_members` drugs or more end with, `share` of those DrugCentral classes
    at all (two at least) in one class of `class_sources`; the longest ending of one member
    set names it. Its
    members are the drugs that end so (`stem: true`: read only where the text names one of
    them, since an ending can be an English word too). An ending that is a drug, a hormone
    or a class's name already is left out (`stem_classes` in drug_classes.yaml)."""
    rules = kb.lexicon.get("stem_classes") or {}
    if not rules:
        return
    shortest, fewest, share = rules["min_length"], rules["min_members"], rules["share"]
    kinds = set(rules["class_sources"])
    words: dict[str, str] = {}
    for drug in kb.drugs.values():
        for name in [drug.key] + drug.names:
            low = name.lower()
            if len(low) >= shortest + 3 and low.isalpha():
                words.setdefault(low, drug.key)
    ending: dict[str, set[str]] = {}
    for word, key in words.items():
        for size in range(shortest, len(word) - 2):
            ending.setdefault(word[-size:], set()).add(key)
    # one-word names only: an ending is one word ("gliflozin" is the SGLT2 inhibitors')
    known = {singular(n.lower()) for spec in kb.classes.values()
             for n in spec["names"] + [spec.get("label", "")] if n and " " not in n}
    known |= {singular(n.lower()) for names in kb.lexicon.get("hormones", {}).values()
              for n in names if " " not in n}
    labels = {key: {row[0].lower() for row in kb.drugs[key].other_classes if row[1] in kinds}
              for key in set(words.values())}
    family: dict[frozenset, list[str]] = {}
    for stem, keys in ending.items():
        if len(keys) < fewest or stem in words:
            continue
        counts: dict[str, int] = {}
        for key in keys:
            for label in labels[key]:
                counts[label] = counts.get(label, 0) + 1
        # drugs DrugCentral classes in none of these ways (many outside the US) do not vote
        voters = sum(1 for key in keys if labels[key])
        if voters < 2 or max(counts.values()) < share * voters or singular(stem) in known:
            continue
        family.setdefault(frozenset(keys), []).append(stem)
    for members, endings in sorted(family.items(), key=lambda item: max(item[1], key=len)):
        # the longest ending of one member set is the stem ("triptan", not "riptan"); the
        # shorter ones are not written (and each name costs the phrase matcher start-up)
        stem = max(endings, key=len)
        kb.classes[stem] = {"label": stem, "names": [stem], "stem": True,
                            "source": f"INN stem -{stem} shared by {len(members)} drugs of "
                                      "the knowledge base (DrugCentral names)"}
        for key in members:
            kb.drugs[key].families.append(stem)


_ROLE_HEADS = ("agent", "drug")
_HEAD_NOUNS = re.compile(r" (?:agent|drug|medication|medicine|compound)$")


def _loose(name: str) -> str:
    """A class name compared with others whatever its hyphens and head noun: 'non-steroidal
    anti-inflammatory agent' is 'nonsteroidal anti-inflammatory drug'."""
    return _HEAD_NOUNS.sub(" agent", class_key(name).replace("-", ""))


def _bare(name: str) -> str:
    """A class name without its head noun: 'calcimimetic agent' and 'calcimimetic'."""
    return _HEAD_NOUNS.sub("", class_key(name).replace("-", ""))


def descriptive_names(label: str) -> list[str]:
    """How a text writes a DrugCentral classification: MeSH's inverted 'Anesthetics, Local'
    as 'local anesthetic', each word singular; a one-word quality before 'agent' or 'drug'
    alone too when it is an anti- word ('antifungal
    agent', 'antifungal'; not 'gastrointestinal'); 'anti-inflammatory' also unhyphenated;
    a one-word agent noun in '-ator' also as its adjective before 'agent' or 'drug'
    ('immunomodulator': 'immunomodulatory agent')."""
    parts = [p.strip() for p in label.lower().split(",")]
    text = " ".join(reversed(parts[1:])) + " " + parts[0] if len(parts) > 1 else parts[0]
    words = [w[:-3] + "y" if w.endswith("ies") else singular(w) for w in text.split()]
    out = [" ".join(words)]
    if len(words) == 2 and words[1] in _ROLE_HEADS and words[0].startswith("anti"):
        out.append(words[0])  # "an antifungal": an anti- adjective is used as a noun
    out += [n.replace("anti-", "anti") for n in out if "anti-" in n]
    if len(words) == 1 and words[0].endswith("ator") and len(words[0]) > 8:
        # "an immunomodulatory agent" (LiverTox): an agent noun's adjective before 'agent'
        # or 'drug' names the agent ("immunomodulator", "vasodilator")
        out += [f"{words[0][:-2]}ory {head}" for head in ("agent", "drug")]
    return list(dict.fromkeys(out))


_ACTIONS = re.compile(r"^(.+?)\s+((?:receptor\s+)?(?:agonist|antagonist|blocker|inhibitor|"
                      r"modulator|analogue|analog))$", re.IGNORECASE)


def descriptive(classes: dict, klass: str) -> bool:
    """A role DrugCentral gives some drugs and not others (MeSH, ChEBI, FDA structure)."""
    spec = classes.get(klass, {})
    return not spec.get("checked", True) and bool(spec.get("source"))


def _add_target_class_names(kb: KnowledgeBase) -> None:
    """A class named by its target and an action is also written with the target's other
    names: DrugCentral's 'RANK Ligand Inhibitor' as 'RANKL inhibitor', 'Tumor Necrosis
    Factor Blocker' as 'TNF blocker' (the target's names are the knowledge base's)."""
    by_name: dict[str, list[str]] = {}
    for spec in kb.targets.values():
        names = [n for n in spec["names"] + [spec.get("label", "")] if n]
        for name in names:
            by_name.setdefault(target_text(name), names)
    for key, spec in list(kb.classes.items()):
        if descriptive(kb.classes, key):
            continue
        added = []
        # FDA's label as FDA writes it (a mechanism's plural names no target here)
        for name in spec.get("names", []) + [spec.get("fda_label", spec.get("label", ""))]:
            match = _ACTIONS.match(name or "")
            if match is None:
                continue
            target, action = match.groups()
            if action.lower().startswith("analog"):
                continue  # an analogue is of a hormone, not of its receptor's names
            splits = [(target, action)]
            if action.lower().startswith("receptor"):
                # the receptor is the target ("Growth Hormone Receptor Antagonist": the
                # growth hormone receptor, which texts also call the "GH receptor")
                splits.append((f"{target} {action.split()[0]}", action.split()[-1]))
            added += [f"{other} {verb}" for named, verb in splits
                      for other in by_name.get(target_text(named), [])
                      if len(other.split()) <= 4 and "(" not in other and not (
                          verb.lower().startswith("receptor") and
                          other.lower().endswith("receptor")) and (
                          named == target or _written_target(other))]
        own = {class_key(n) for n in spec.get("names", [])}
        added = [n for n in dict.fromkeys(added) if class_key(n) not in own]
        if added:
            kb.classes[key] = {**spec, "names": list(spec.get("names", [])) + added}


def _written_target(name: str) -> bool:
    """A target name as running text writes one target: not a table's listing ("Glutamate
    [NMDA] receptor", "…; GRIN1/GRIN2A") nor a plural ("NMDA glutamate receptors")."""
    last = name.split()[-1]
    return not re.search(r"[\[;/]", name) and singular(last) == last


_SHARED = 0.6  # of a class's members that act on one target for it to name the class
# "alpha-1 adrenergic receptor"
_GREEK_FAMILY = re.compile(r"(?i)^((?:alpha|beta)-\d) \w+ receptor$")


def _add_shared_target_class_names(kb: KnowledgeBase) -> None:
    """A class of DrugCentral named by an action ('Phosphodiesterase 5 Inhibitor',
    'alpha-Adrenergic Blocker', 'Vasopressin Antagonist') is also named by the target most
    of its members act on that way, in the target's names: 'PDE5 inhibitor', 'alpha-1
    adrenergic receptor antagonist' (the family of the subtypes its members block), 'V2
    receptor antagonist'. A name another class has already is left to it."""
    members: dict[str, list[Drug]] = {}
    for drug in kb.drugs.values():
        for label in {class_key(row[0]) for row in drug.other_classes if row[1] in
                      ("fda_epc", "fda_moa")}:
            members.setdefault(label, []).append(drug)
    key_of = {target_text(n): key for key, spec in kb.targets.items() for n in spec["names"]}
    # (a family of numbered subtypes, "dopamine receptors", names no class: "Dopamine-2
    # Receptor Antagonist" is named by the one subtype its members block)
    family_of = {m: key for key, spec in kb.targets.items() for m in spec.get("members", [])
                 if not spec.get("numbered")}
    taken = {class_key(n) for spec in kb.classes.values() for n in spec.get("names", [])}
    for key, spec in list(kb.classes.items()):
        action = _ACTIONS.match(spec.get("fda_label", spec.get("label", "")))
        drugs = members.get(key, [])
        if action is None or descriptive(kb.classes, key) or len(drugs) < 2 or \
                action.group(2).lower().startswith("analog"):
            continue
        counts: dict[tuple[str, str], int] = {}
        for drug in drugs:
            for target in {(key_of.get(target_text(row[0]), ""), row[2]) for row in drug.target_list
                           if len(row) > 2 and row[2] in _TARGET_ACTIONS}:
                target = (family_of.get(target[0], target[0]), target[1])
                counts[target] = counts.get(target, 0) + 1
        shared = [t for t, n in counts.items() if t[0] and n >= _SHARED * len(drugs)]
        if len(shared) != 1:
            continue  # none, or several: the class is not named by one of them
        target, verb = shared[0]
        nouns = dict.fromkeys([action.group(2).split()[-1].lower(), verb])
        # the singular names ("alpha-1 adrenergic receptor", not "… receptors")
        names = [n for n in kb.targets[target]["names"]
                 if len(n.split()) <= 4 and "(" not in n and class_key(n) == n.lower()]
        family = _GREEK_FAMILY.match(kb.targets[target]["names"][0])
        if family:  # "alpha-1 blockers", "alpha1-blockers"
            names += [family.group(1), family.group(1).replace("-", "")]
        added = [f"{n} {noun}" for n in names for noun in nouns
                 if class_key(f"{n} {noun}") not in taken]
        if added:
            taken |= {class_key(n) for n in added}
            kb.classes[key] = {**spec, "names": list(spec.get("names", [])) + added}


_TARGET_ACTIONS = {"inhibitor", "antagonist", "agonist", "blocker"}


def _add_drugcentral_targets(kb: KnowledgeBase) -> None:
    """DrugCentral's target names and gene symbols as targets the text can name.

    A target the curated layer names already keeps its key; one gene is keyed
    by its symbol ("jak1"), a complex by its name ("interleukin-6 receptor").
    Only distinctive names are looked for in running text: two words or more,
    or one word with a digit or an enzyme's "-ase" ending; gene symbols with
    a digit ("JAK1", "IL6R"); "Interleukin-6" also as "IL-6".
    """
    curated = {target_text(n): key for key, spec in kb.targets.items()
               for n in spec["names"] + [spec.get("label", "")] if n}
    rows = {(row[0], row[1]) for drug in kb.drugs.values() for row in drug.target_list
            if row and row[0]}
    isoforms = _isoform_symbols({g for _, genes in rows for g in genes.split("|") if g})
    aliases = _target_aliases()
    approved_names = _target_approved_names()
    receptor_names = set(load_data("drug_targets.yaml").get("receptor_name_aliases", ()))
    taken = dict(curated)  # a name's spelling -> the target it names first
    # (the rows without a gene last: a non-human protein, "Acetylcholine receptor subunit
    # alpha" of Torpedo, takes no name a gene's target holds, "acetylcholine receptor")
    for name, genes in sorted(rows, key=lambda row: (not row[1], row)):
        symbols = [g for g in genes.split("|") if g]
        names = [n for n in _target_names(name) if _distinctive(n)]
        if not symbols:
            names = [n for n in names if taken.get(target_text(n), name.lower()) == name.lower()]
        if len(symbols) == 1:
            # "Calcium-activated potassium channel subunit alpha-1" is one channel of the
            # family: "potassium channel", left when its qualifiers go, names them all
            names = [n for n in names if not _ION_CHANNEL.fullmatch(n)]
        if len(symbols) == 1 and any(c.isdigit() for c in symbols[0]) and len(symbols[0]) > 2:
            names.append(symbols[0])
            names += [isoforms[symbols[0]]] if symbols[0] in isoforms else []
        if len(symbols) == 1:
            names += symbol_names(name, symbols[0])
            # the gene's HGNC aliases ("NKCC2" of SLC12A1, "HER4" of ERBB4, "CD117" of KIT),
            # unless a target already has the spelling
            own = [a for a in aliases.get(symbols[0], ()) if target_text(a) not in taken]
            # and its approved name ("Janus kinase 1" of JAK1: DrugCentral's is "Tyrosine-
            # protein kinase JAK1"), unless a target already has the spelling (session 32)
            approved = approved_names.get(symbols[0])
            if approved and target_text(approved) not in taken:
                names.append(approved)
            # an interleukin's short alias written out ("IL-17" of IL17A as "interleukin 17")
            own += [f"interleukin {m.group(1)}" for m in map(_IL_ALIAS.match, own) if m]
            # a receptor's alias is also written with the noun ("the CysLT1 receptor")
            names += own + [f"{a} receptor" for a in own if "receptor" in name.lower()
                            and not a.upper().endswith("R")
                            and target_text(f"{a} receptor") not in taken]
            # a receptor's IUPHAR name with its "R" ("NK1R" of TACR1) is written with the
            # noun for the letter ("the NK1 receptor"); only the listed ones (drug_targets.yaml)
            names += [f"{a[:-1]} receptor" for a in own if "receptor" in name.lower()
                      and a in receptor_names
                      and target_text(f"{a[:-1]} receptor") not in taken]
        # (a subtype code alone, "D2 receptor", is another family's too: "Prostaglandin D2
        # receptor" is not the dopamine D2 receptor)
        # (a row of several genes is a group: "Adrenergic receptor", ADRA1A … ADRB3, is not
        # the curated target one of its genes names)
        known = next((curated[target_text(n)] for n in names + symbols[:len(symbols) == 1]
                      if target_text(n) in curated and not _CODE_ALONE.match(n)), None)
        if known is None and not names:
            continue
        key = known or (symbols[0].lower() if len(symbols) == 1 else name.lower())
        # a short form another target has already ("D2 receptor" of "Prostaglandin D2
        # receptor", the dopamine D2 receptor's) stays that target's
        names = [n for n in names if not _CODE_ALONE.match(n) or
                 taken.get(target_text(n), key) == key]
        # a curated target is also written as DrugCentral's name gives it ("Mu-type opioid
        # receptor" as "mu-opioid receptor")
        spec = kb.targets.setdefault(key, {"label": name, "names": [],
                                           "source": "DrugCentral target (ChEMBL, labels)"})
        spec["names"] = list(dict.fromkeys(spec["names"] + names))
        for written in names:
            taken.setdefault(target_text(written), key)
    _families(kb)


_GREEK_ENDINGS = {"alpha": ("A", "α"), "beta": ("B", "β"), "gamma": ("G", "γ"),
                  "delta": ("D", "δ")}


def symbol_names(name: str, symbol: str) -> list[str]:
    """How texts write a receptor isoform by its gene symbol (HGNC symbols end in A, B, G, D
    for the Greek letter of the isoform): 'Peroxisome proliferator-activated receptor
    alpha' (PPARA) as 'PPARα', 'PPAR alpha' and 'PPAR-alpha'; 'Retinoic acid receptor
    gamma' (RARG) as 'RARγ'; a ligand's number hyphenated, 'IGF-1R' (IGF1R), 'GLP-1R'.
    Only receptors, and only letter stems of three or more for the Greek letters."""
    out = []
    words = name.lower().split()
    greek = _GREEK_ENDINGS.get(words[-1]) if "receptor" in words else None
    if greek and symbol.endswith(greek[0]) and len(symbol) >= 4 and symbol[:-1].isalpha():
        stem = symbol[:-1]
        out += [f"{stem}{greek[1]}", f"{stem} {words[-1]}", f"{stem}-{words[-1]}"]
    numbered = re.fullmatch(r"([A-Z]{2,})(\d+)R", symbol) if "receptor" in words else None
    if numbered:
        out.append(f"{numbered.group(1)}-{numbered.group(2)}R")  # IGF1R as "IGF-1R"
    return out


# Words that make a hormone's name in drugs.yaml a phrase about it ("GH release"), not a name
_NOT_NAME_WORDS = {"release", "secretion", "levels", "level", "production", "activity",
                   "frequency", "pulse", "circulating", "serum", "endogenous", "synthesis",
                   "plasma", "intratesticular", "(fsh)"}


def _hormone_aliases(kb: KnowledgeBase) -> dict[str, list[str]]:
    """A name of a hormone (drugs.yaml `hormones`) -> all its names."""
    aliases: dict[str, list[str]] = {}
    for names in kb.lexicon.get("hormones", {}).values():
        own = [n.lower() for n in names if not _NOT_NAME_WORDS & set(n.lower().split())]
        if len(own) >= 2:
            aliases.update((alias, own) for alias in own)
    return aliases


def _add_hormone_receptor_names(kb: KnowledgeBase) -> None:
    """A receptor named after a hormone is also written with the hormone's other names
    (drugs.yaml `hormones`): 'Growth hormone receptor' as 'GH receptor', '5-hydroxytryptamine
    1B receptor' as '5-HT1B receptor' and 'serotonin 5-HT1B receptor'."""
    aliases = _hormone_aliases(kb)
    for spec in kb.targets.values():
        added = []
        for name in spec["names"]:
            low = name.lower()
            if "receptor" not in low:
                continue
            for cut in (i for i, c in enumerate(low) if c == " "):
                own, rest = aliases.get(low[:cut]), low[cut + 1:]
                if own and _RECEPTOR_REST.match(rest):
                    for other in own:
                        added.append(f"{other} {rest}")
                        if rest[0].isdigit() and _ABBREVIATION.match(other):
                            added.append(f"{other}{rest}")  # "5-HT1B receptor"
                            if "-" in other:  # "5HT3 receptors"
                                added.append(f"{other.replace('-', '')}{rest}")
                            added += [f"{full} {other}{rest}" for full in own
                                      if not _ABBREVIATION.match(full)]
        # "gonadotropin releasing hormone receptors": a hyphen between two words left out
        added += [_WORD_HYPHEN.sub(" ", n) for n in spec["names"] + added
                  if " " in n and _WORD_HYPHEN.search(n)]
        if added:
            known = {n.lower() for n in spec["names"]}
            spec["names"] = spec["names"] + [n for n in dict.fromkeys(added)
                                             if n.lower() not in known]


def _add_transporter_names(kb: KnowledgeBase) -> None:
    """"Sodium-dependent serotonin transporter" is what "serotonin reuptake" and "the
    reuptake of serotonin" name ("inhibits dopamine and serotonin reuptake"), by each of the
    substance's names ("norepinephrine" for "noradrenaline"). Run after the class-name
    passes: a class named by the target ("selective serotonin reuptake inhibitor") would
    otherwise take every transporter name ("serotonin transporter inhibitor", "SERT1
    inhibitor"), and an SNRI or a tricyclic said to inhibit the transporter would read as
    an SSRI."""
    aliases = _hormone_aliases(kb)
    for spec in kb.targets.values():
        added = []
        for name in spec["names"]:
            carried = _TRANSPORTER.match(name.lower())
            if carried:
                for other in aliases.get(carried.group(1), [carried.group(1)]):
                    added += [f"{other} transporter", f"{other} reuptake",
                              f"reuptake of {other}"]
        if added:
            known = {n.lower() for n in spec["names"]}
            spec["names"] = spec["names"] + [n for n in dict.fromkeys(added)
                                             if n.lower() not in known]


_WORD_HYPHEN = re.compile(r"(?<=[a-z]{3})-(?=[a-z]{3})")  # "gonadotropin-releasing"
# a monoamine's transporter, DrugCentral's "Sodium-dependent dopamine transporter"
_TRANSPORTER = re.compile(r"^sodium[- ]dependent (serotonin|dopamine|noradrenaline|"
                          r"norepinephrine) transporter$")
_ABBREVIATION = re.compile(r"^[a-z0-9-]{1,6}$")  # "gh", "5-ht", "glp-1"
_RECEPTOR_REST = re.compile(r"^(?:\d+[a-z]? )?receptors?$")  # "receptor", "1b receptor"
# "PDE5A" of "PDE5", "HTR3A" of "HTR3"; "CYP17A1" of "CYP17" (a cytochrome P450 subfamily
# letter and number: families from 10 on, not the drug-metabolising 1-4 of many subfamilies)
_ISOFORM = re.compile(r"^([A-Z][A-Z0-9]*\d)([A-Z])$|^(CYP\d{2})([A-Z]\d+)$")


def _isoform_symbols(symbols: set[str]) -> dict[str, str]:
    """Gene symbol -> the family symbol texts write for the enzyme when DrugCentral knows one
    isoform only: 'PDE5A' is 'PDE5' ("PDE5 inhibitors"); 'ADRA1A' stays (ADRA1B, ADRA1D)."""
    heads: dict[str, list[str]] = {}
    for symbol in symbols:
        match = _ISOFORM.match(symbol)
        if match:
            heads.setdefault(match.group(1) or match.group(3), []).append(symbol)
    return {found[0]: head for head, found in heads.items()
            if len(found) == 1 and head not in symbols}


_GREEK_WORDS = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa",
                "μ": "mu", "µ": "mu"}


def target_text(name: str) -> str:
    """'Interleukin-6 receptor' ~ 'IL-6 receptor' ~ 'il6_receptor'; a Greek letter is its
    name ('β-adrenergic receptor' ~ 'beta-adrenergic receptor', not 'Adrenergic receptor')."""
    text = name.lower().replace("interleukin", "il")
    text = "".join(_GREEK_WORDS.get(c, c) for c in text)
    return re.sub(r"[^a-z0-9]", "", text)


_ION_CHANNEL = re.compile(r"(?i)\w+ channel")  # "potassium channel": a family's name
_GREEK_TYPED = re.compile(r"(?i)^(mu|delta|kappa|μ|δ|κ)-\w+$")  # "mu-opioid"
# An abbreviation DrugCentral gives: "IMPDH", "P-TEFB".
_SYMBOL = re.compile(r"[A-Z][A-Z-]{3,}[A-Z]")
_CODE_ALONE = re.compile(r"^[A-Z]\d+[a-zA-Z]? receptor$")  # "V2 receptor", "D2 receptor"
_ABBREVIATED = re.compile(r"^(.+?) \(([A-Z][A-Za-z0-9-]{1,9})\)$")  # "… dehydrogenase (IMPDH)"
_OTHER_NAME = re.compile(r"^(.+?) \(([A-Za-z0-9-]+ [A-Za-z-]+)\)$")  # "… receptor (NK3 receptor)"
_CD_ANTIGEN = re.compile(r"\bantigen (CD\d+[A-Za-z]?)$")
# where in or around the cell a receptor sits, a word texts leave out ("Extracellular
# calcium-sensing receptor" = "calcium-sensing receptor")
_LOCATED = re.compile(r"(?i)^(?:extracellular|intracellular|cytosolic|mitochondrial|"
                      r"cell surface|plasma membrane) (?=\S+ \S)")


def _target_names(name: str) -> list[str]:
    """A DrugCentral target name and the ways texts write it: 'Interleukin-6' as 'IL-6';
    without a qualifier or subunit ('Sodium-dependent serotonin transporter' = 'serotonin
    transporter', 'Voltage-dependent L-type calcium channel subunit alpha-1C' = 'L-type
    calcium channel'); a subtype number moved ('Type-1 angiotensin II receptor' = 'angiotensin
    II type 1 receptor', 'D(2) dopamine receptor' = 'dopamine D2 receptor'); Greek letters
    ('Beta-1 adrenergic receptor' = 'beta1-adrenergic receptor' = 'β1-adrenergic receptor')."""
    out = [name]
    abbreviated = _ABBREVIATED.match(name)
    if abbreviated:
        # "Inosine-5'-monophosphate dehydrogenase (IMPDH)": the name and its abbreviation
        name = abbreviated.group(1)
        out += [name, abbreviated.group(2)]
    other = _OTHER_NAME.match(name)
    if other and other.group(1).split()[-1].lower() == other.group(2).split()[-1].lower():
        # "Neuromedin-K receptor (NK3 receptor)": a second name of the same receptor in
        # brackets (session 32, i441; not "Claudin-18 (isoform 2)", which narrows it)
        name = other.group(1)
        out += [name, other.group(2)]
    unlocated = re.sub(r"-\d+'-", " ", name)  # "inosine-5'-monophosphate" = "inosine monophosphate"
    if unlocated != name:
        out.append(unlocated)
    short = re.sub(r"(?i)\binterleukin[- ]", "IL-", name)
    if short != name:
        out.append(short)
    antigen = _CD_ANTIGEN.search(name)
    if antigen:
        # "B-lymphocyte antigen CD20": texts name the antigen by its CD number
        out += [antigen.group(1), f"{antigen.group(1)} antigen"]
    bare = re.sub(r"\s+subunit\b.*$", "", name)
    bare = re.sub(_LOCATED, "", bare)
    bare = re.sub(r"^(?:[A-Za-z]+-(?:dependent|gated|sensitive|activated)\s+)+", "", bare)
    if bare != name and len(bare.split()) >= 2:
        out.append(bare)
    typed = re.match(r"(?i)^type[- ](\d+) (.+) (receptor|channel)$", bare)
    if typed:
        number, head, noun = typed.groups()
        out += [f"{head} type {number} {noun}", f"{head} {noun} type {number}"]
    numbered = re.match(r"^([A-Z])\((\d+)[A-Z]?\) (\w+) receptor$", bare)
    if numbered:
        letter, number, family = numbered.groups()
        out += [f"{family} {letter}{number} receptor", f"{letter}{number} {family} receptor"]
    greek = re.match(r"(?i)^(alpha|beta|gamma|delta|kappa|mu)-(\d+[a-z]?) (.+)$", bare)
    if greek:
        letter, number, rest = greek.groups()
        symbol = {"alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "kappa": "κ",
                  "mu": "μ"}[letter.lower()]
        out += [f"{letter}{number} {rest}", f"{letter}{number}-{rest}", f"{symbol}{number}-{rest}",
                f"{letter}-{number}-{rest}", f"{symbol}{number} {rest}"]
    typed_greek = re.match(r"(?i)^(mu|delta|kappa)-type (\w+) (receptor)$", bare)
    if typed_greek:
        # "Mu-type opioid receptor" = "mu-opioid receptor" = "μ-opioid receptor"
        letter, family, noun = typed_greek.groups()
        symbol = {"mu": "μ", "delta": "δ", "kappa": "κ"}[letter.lower()]
        for written in (letter.lower(), symbol):
            out += [f"{written}-{family} {noun}", f"{written} {family} {noun}"]
        out.append(f"{family} {letter.lower()} {noun}")
    numbered_protein = re.match(r"^(.+) protein (\d+)$", bare)
    if numbered_protein:
        # "Niemann-Pick C1-like protein 1" as texts write it, "Niemann-Pick C1-like 1 protein"
        out.append(f"{numbered_protein.group(1)} {numbered_protein.group(2)} protein")
    factor = re.match(r"(?i)^coagulation (factor [ivx]+)$", bare)
    if factor:
        # "Coagulation factor X" = "factor X"; texts name the activated enzyme "factor Xa"
        out += [factor.group(1), factor.group(1) + "a", "activated " + factor.group(1)]
    for written in list(out):
        # "a dopamine D2 antagonist", "a mu-opioid agonist": the receptor's name without the
        # noun before a word of action (only forms a subtype makes distinctive)
        head = re.match(r"(?i)^(.+?) receptor$", written)
        stem = head.group(1) if head and "(" not in written else ""
        if stem and (re.search(r"\d", stem) and len(stem.split()) >= 2 or _GREEK_TYPED.match(stem)):
            out.append(stem)
    coded = re.match(r"^(\w[\w-]*) ([A-Z])(\d+)([a-zA-Z]?) receptor$", bare)
    if coded:
        # "Vasopressin V2 receptor" = "V2 receptor" = "vasopressin 2 receptor"
        family, letter, number, sub = coded.groups()
        out += [f"{letter}{number}{sub} receptor", f"{family} {number}{sub} receptor",
                f"{family} type {number}{sub} receptor"]  # "histamine type 2 receptors"
    purinergic = re.match(r"^(P2[XY]) purinoceptor (\d+)$", bare)
    if purinergic:
        # "P2Y purinoceptor 12" = "the P2Y12 receptor", "P2Y12"
        code = "".join(purinergic.groups())
        out += [f"{code} receptor", code]
    lettered = re.match(r"^(\w+)(?: \w+)? receptor ([A-Z]\d[a-z]?)$", bare)
    if lettered:
        # "Muscarinic acetylcholine receptor M1" = "muscarinic M1 receptor" = "M1 muscarinic
        # receptor" = "M1 receptor"; "Adenosine receptor A2a" = "A2A receptor" (session 32)
        family, code = lettered.group(1).lower(), lettered.group(2)
        out += [f"{family} {code} receptor", f"{code} {family} receptor", f"{code} receptor"]
    trailing = re.match(r"^(.+) receptor (\d+[A-Z]?)$", bare)
    if trailing:
        # "5-hydroxytryptamine receptor 1B" = "5-hydroxytryptamine 1B receptor"
        out.append(f"{trailing.group(1)} {trailing.group(2)} receptor")
    if bare.lower() == "prothrombin":
        out += ["thrombin", "factor IIa"]  # the enzyme a direct thrombin inhibitor blocks
    # "Interleukin-4 receptor" also written "interleukin 4 receptor" (rounds 1, 14, 20)
    out += [_spaced_interleukin(w) for w in out if _INTERLEUKIN_NUMBER.search(w)]
    return list(dict.fromkeys(out))


_INTERLEUKIN_NUMBER = re.compile(r"(?i)\binterleukin-(?=\d)")


def _spaced_interleukin(name: str) -> str:
    return _INTERLEUKIN_NUMBER.sub(lambda m: m.group(0)[:-1] + " ", name)


_IL_ALIAS = re.compile(r"^IL-?(\d+[A-QS-Z]?)$")  # "IL-17", "IL17" (not a receptor's "IL6R")


_SUBTYPED = re.compile(r"(?i)^(.+ receptor) (?:type|subtype) \d+[a-z]?$|"
                       r"^(?:mu|delta|kappa)-type (\w+ receptor)$|"
                       # "Alpha-1A adrenergic receptor": of the alpha-1 adrenergic receptors
                       r"^((?:alpha|beta)-\d)[a-d] (\w+ receptor)$")


_NUMBERED = re.compile(r"^(.+ receptor) (\d+)([A-Z]?)$|^[A-Z]\((\d+)[A-Z]?\) (\w+ receptor)$")


def _families(kb: KnowledgeBase) -> None:
    """'somatostatin receptors', 'opioid receptors': the family of DrugCentral's subtype
    targets ('Somatostatin receptor type 2', 'Mu-type opioid receptor'), for texts that name
    the family; `members` keeps its subtypes."""
    families: dict[str, list[str]] = {}
    groups: dict[str, list[str]] = {}  # "5-hydroxytryptamine receptor 3" -> its lettered subtypes
    subtyped: set[str] = set()
    for key, spec in list(kb.targets.items()):
        match = _SUBTYPED.match(spec.get("label", ""))
        if match:
            family = match.group(1) or match.group(2) or f"{match.group(3)} {match.group(4)}"
            families.setdefault(family.lower(), []).append(key)
            subtyped.add(family.lower())
            continue
        # "5-hydroxytryptamine receptor 1B", "D(2) dopamine receptor" (DrugCentral's name,
        # which a curated target keeps among its names)
        numbered = next((m for m in map(_NUMBERED.match, [spec.get("label", "")] + spec["names"])
                         if m), None)
        if numbered is None:
            continue
        family = numbered.group(1) or numbered.group(5)
        families.setdefault(family.lower(), []).append(key)
        if numbered.group(3):
            groups.setdefault(f"{numbered.group(1)} {numbered.group(2)}", []).append(key)
    for group, members in groups.items():
        names = [n for n in _target_names(group)[1:] if _distinctive(n)]
        if len(members) == 1:
            # the one subtype DrugCentral knows is what texts call the group: "5-HT3 receptor"
            spec = kb.targets[members[0]]
            spec["names"] = list(dict.fromkeys(spec["names"] + names))
        else:
            families.setdefault(group.lower(), members)
    for family, members in families.items():
        if family in kb.targets or len(members) < 2:
            continue
        numbered = family not in subtyped
        names = [n for n in _target_names(family) if _distinctive(n)]
        written = names[1] if family[-1].isdigit() and len(names) > 1 else family
        kb.targets[family] = {"label": written + "s",
                              "names": list(dict.fromkeys([written, written + "s"] + names)),
                              "members": members, **({"numbered": True} if numbered else {}),
                              "source": "DrugCentral targets (ChEMBL, labels): the family of "
                                        + ", ".join(members)}


def _distinctive(name: str) -> bool:
    words = name.split()
    if len(words) > 5:
        return False
    return len(words) >= 2 or any(c.isdigit() for c in name) or \
        name.lower().endswith("ase") or name.lower() == "thrombin" or \
        bool(_SYMBOL.fullmatch(name)) or \
        bool(_GREEK_TYPED.match(name))


def load_knowledge(extra_path: str | None = None) -> KnowledgeBase:
    """The packaged knowledge base, with the project's file laid over it when given.

    The packaged part is built once per process and shared: nothing changes
    a knowledge base after loading. A project's base is built from the packaged data with
    the project's file merged in before the derived classes and names (stems, DrugCentral
    classes, target names), exactly as if its entries were packaged: deriving them again
    over the packaged base's own derivations grew shorter stems ("tacin" beside "metacin")
    and changed the shared packaged drugs."""
    if not extra_path:
        return _packaged()
    extra = load_yaml_file(extra_path) or {}
    if not isinstance(extra, dict):
        raise DataFileError("the drug knowledge file must be a mapping", None)
    return build_packaged(extra, extra_path)


@functools.cache
def _packaged() -> KnowledgeBase:
    from lint.sources import knowledge_snapshot

    # The base as scripts/build_knowledge_snapshot.py built it, while its inputs are unchanged.
    return knowledge_snapshot.load() or build_packaged()


def build_packaged(extra: dict | None = None, extra_path: str | None = None) -> KnowledgeBase:
    """The packaged knowledge base from its data files; with a project's `extra` (its
    drug-knowledge file, read) merged over the curated entries before anything is derived."""
    base = load_data("drugs.yaml")
    broad = _drugcentral()
    everyday = load_data("drug_classes.yaml")
    classes = _with_everyday_names(base["classes"], everyday["classes"])
    kb = KnowledgeBase(classes=classes, targets=dict(base["targets"]),
                       lexicon={**{k: v for k, v in base.items()
                                   if k not in ("drugs", "classes", "targets")},
                                "kinds": everyday["kinds"],
                                "descriptive_sources": everyday["descriptive_sources"],
                                "not_classes": everyday["not_classes"],
                                "not_kind_before": everyday["not_kind_before"],
                                "stem_classes": everyday.get("stem_classes", {}),
                                "activity_against": everyday.get("activity_against", {}),
                                "antibody_origins": everyday.get("antibody_origins", {}),
                                "hormone_classes": everyday.get("hormone_classes", {})},
                       physiology=dict(load_data("physiology.yaml")),
                       datasets=broad["sources"])
    # Targets outside endocrinology by their everyday names (drug_targets.yaml); drugs.yaml
    # keeps a key both name.
    for key, spec in load_data("drug_targets.yaml")["targets"].items():
        kb.targets.setdefault(key, spec)
    for raw in broad["drugs"]:
        drug = _broad_drug(raw, broad["sources"])
        kb.drugs.setdefault(drug.key, drug)
    _add_prodrug_bases(kb)
    for raw in base["drugs"]:
        _merge(kb, _drug(raw, CURATED))
    if extra is not None:
        _merge_project(kb, extra, extra_path)
    _add_class_members(kb)
    _add_class_aliases(kb)
    _add_drugcentral_classes(kb)
    _add_descriptive_classes(kb)
    _add_stem_classes(kb)
    _add_drugcentral_targets(kb)
    _add_hormone_receptor_names(kb)
    _add_target_class_names(kb)
    _add_shared_target_class_names(kb)
    _add_transporter_names(kb)
    return kb


def _merge_project(kb: KnowledgeBase, extra: dict, extra_path: str) -> None:
    kb.project_file = extra_path
    # the packaged physiology is shared data: the project's sections go over a copy
    kb.physiology = copy.deepcopy(kb.physiology)
    kb.classes.update(extra.get("classes") or {})
    kb.targets.update(extra.get("targets") or {})
    for raw in extra.get("drugs") or []:
        _merge(kb, _drug(raw, extra_path))
    for section, values in (extra.get("physiology") or {}).items():
        kb.physiology.setdefault(section, {}).update(values or {})


# Promoieties of ester prodrugs: DrugCentral files "dabigatran etexilate", texts mostly
# write "dabigatran" (the active drug the prodrug becomes).
_PROMOIETIES = ("etexilate", "medoxomil", "axetil", "pivoxil", "proxetil", "marboxil",
                "fosamil")
# Salts likewise: "Cyproterone binds the androgen receptor" is about "cyproterone acetate"
# (organic anions only: "calcium acetate" does not make "calcium" a drug).
_SALTS = ("acetate", "citrate", "hydrochloride", "mesylate", "maleate", "tartrate",
          "succinate", "fumarate", "besylate", "hyclate",
          # phosphate ester prodrugs: DrugCentral files "tedizolid phosphate" (Sivextro),
          # texts write "tedizolid"
          "phosphate")
_INORGANIC = {"calcium", "magnesium", "zinc", "potassium", "sodium", "lithium", "aluminium",
              "aluminum", "iron", "ferrous", "ferric", "copper", "ammonium", "silver"}
# The counter-ion a polymer's or a salt's DrugCentral name ends with ("patiromer calcium",
# "colistimethate sodium"), and the Greek letter of a biologic's INN ("efgartigimod alfa",
# "agalsidase beta"): texts name the drug by its first word (round 42: patiromer and
# efgartigimod were unknown under their filed names).
_CATIONS = ("calcium", "sodium", "potassium", "magnesium")
_GREEK = ("alfa", "beta", "gamma", "delta")


def _add_prodrug_bases(kb: KnowledgeBase) -> None:
    """'dabigatran' names 'dabigatran etexilate', 'cyproterone' names 'cyproterone
    acetate', where no drug has that name."""
    for drug in list(kb.drugs.values()):
        words = drug.key.split()
        if len(words) == 2 and (words[1] in _PROMOIETIES + _GREEK or (
                words[1] in _SALTS + _CATIONS and words[0] not in _INORGANIC)) and \
                kb.find(words[0]) is None:
            drug.names.append(words[0])
    kb._index = None


def _with_everyday_names(curated: dict, everyday: dict) -> dict:
    """Everyday class names (drug_classes.yaml) beside the curated classes; for a class
    both name, the curated fields win and the names, DrugCentral classes and stems add up."""
    classes = {**everyday, **curated}
    for key in everyday.keys() & curated.keys():
        merged = dict(curated[key])
        for field_name in ("names", "drugcentral", "stems"):
            merged[field_name] = list(dict.fromkeys(curated[key].get(field_name, []) +
                                                    everyday[key].get(field_name, [])))
        for field_name in ("members", "members_source"):  # a family's list, with its source
            if field_name in everyday[key] and field_name not in merged:
                merged[field_name] = everyday[key][field_name]
        notes = [curated[key].get("note", ""), everyday[key].get("note", "")]
        merged["note"] = "; ".join(note for note in notes if note)
        classes[key] = merged
    return classes


def _add_class_aliases(kb: KnowledgeBase) -> None:
    """A class's DrugCentral classes, and its own written names, are the labels its members
    carry in DrugCentral: raloxifene is a 'selective estrogen receptor modulator' (a name
    of the class) through its MeSH action 'Selective Estrogen Receptor Modulators'.
    Abbreviations ('SERM', 'AI') are left out: as a label they could name anything; so are
    the names of a class read in text only (`checked: false`: "anticancer drug" is a role
    half of DrugCentral's drugs carry, and a statement about it is not one about each)."""
    for key, spec in kb.classes.items():
        names = [n for n in spec.get("names", []) if not n.isupper()] \
            if spec.get("checked", True) else []
        _CLASS_ALIASES[key] = {class_key(n) for n in spec.get("drugcentral", []) + names}


def _member_spec(member) -> tuple[list[str], list[str], str]:
    """(names, own routes, the routes' source) of one entry of a class's `members`: a name,
    a list of names, or a mapping with `names` and its labelled `routes`."""
    if isinstance(member, str):
        return [member], [], ""
    if isinstance(member, list):
        return [str(n) for n in member], [], ""
    return ([str(n) for n in member.get("names", [])], list(member.get("routes") or []),
            str(member.get("routes_source") or ""))


def _member_kind(member, spec: dict) -> str:
    """The chemical kind a member the base lacks is added with: its own (a mapping's `kind`,
    "" for none), else the family's where that is a kind the base keeps (a research
    peptide is a peptide; a botanical's "natural product" is none of the base's kinds)."""
    if isinstance(member, dict) and "kind" in member:
        return str(member["kind"] or "")
    kind = str(spec.get("kind") or "")
    return kind if kind in KINDS else ""


def _abbreviated_binomials(names: list[str]) -> list[str]:
    """'N. sativa' for 'Nigella sativa', 'S. repens' for 'Serenoa repens': texts abbreviate
    a plant's genus once they have named it (the botanists' convention), so an herb's
    binomial is also a name in that form."""
    out = []
    for name in names:
        words = name.split()
        if len(words) == 2 and words[0].isalpha() and words[0][0].isupper() and \
                words[0][1:].islower() and len(words[0]) >= 3 and words[1].islower() and \
                words[1].replace("-", "").isalpha():
            out.append(f"{words[0][0]}. {words[1]}")
    return out


def _add_class_members(kb: KnowledgeBase) -> None:
    """Each drug a class's `members` list names is given the class (in `also`, the source in
    `class_sources`): a family the base's tables leave out (SARMs, the Vaughan Williams
    classes) is then one its members are known to be in. A member the base lacks is added
    under its first name, with its names, this class and its own labelled routes only.
    Nothing else of a drug changes: its routes and products stay its own.
    An herb's binomial is also a name abbreviated ('N. sativa'), where no other herb's
    abbreviates alike ('C. sinensis': Camellia and Cordyceps) and no drug has it."""
    seen: dict[str, set[str]] = {}
    for spec in kb.classes.values():
        if spec.get("kind") == "natural product":
            for member in spec.get("members") or []:
                names = _member_spec(member)[0]
                for short in _abbreviated_binomials(names):
                    seen.setdefault(short, set()).add(names[0].lower())
    ambiguous = {short for short, owners in seen.items() if len(owners) > 1}
    for key, spec in kb.classes.items():
        members = spec.get("members") or []
        if not members:
            continue
        source = str(spec.get("members_source") or "")
        if not source:
            raise DataFileError(f"class {key}: a members list needs its members_source", None)
        for member in members:
            names, routes, routes_source = _member_spec(member)
            if not names:
                raise DataFileError(f"class {key}: a member needs a name", None)
            abbreviated = [n for n in _abbreviated_binomials(names)
                           if n not in ambiguous] \
                if spec.get("kind") == "natural product" else []
            drug = next((found for found in map(kb.find, names) if found is not None), None)
            if drug is None:
                drug = Drug(key=names[0].lower(), names=names, brands=[], drug_class="",
                            also=[], targets={}, effects={}, routes=routes, schedule=None,
                            atc="", sources=[f"{routes_source}; {source}" if routes_source
                                             else source],
                            origin=source, curated=False)
                drug.kind = _member_kind(member, spec)
                drug.kind_source = f"the family's kind ({source})" if drug.kind else ""
                kb.drugs[drug.key] = drug
                index = kb._names()
                for name in names:
                    index.setdefault(name.lower(), drug.key)
            else:
                # the list's other names (code names, "melanotan I") are the drug's too,
                # where no other drug has them
                added = [n for n in names if kb.find(n) is None]
                drug.names += added
                kb._names().update((n.lower(), drug.key) for n in added)
            short = [n for n in abbreviated if kb.find(n) is None]
            drug.names += short
            kb._names().update((n.lower(), drug.key) for n in short)
            if key not in drug.also and drug.drug_class != key:
                drug.also.append(key)
            drug.class_sources.setdefault(key, source)
    kb._text_names = None
