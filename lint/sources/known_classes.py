"""The classes the knowledge base's sourced tables give a drug that has no established one.

A broad entry with neither a curated class nor an FDA established pharmacologic class may
still carry a mechanistic class through DrugCentral's other rows: lisinopril has only MeSH's
"Angiotensin-Converting Enzyme Inhibitors", which is the curated class "ACE inhibitor".
A class said of such a drug contradicts the knowledge base only when no drug of the base is
in both (the two are disjoint: "beta blocker" and "ACE inhibitor"); a class sharing members
with a known one may be its wider or narrower kind, or one DrugCentral leaves out.
"""

from __future__ import annotations

from lint.normalise import class_key
from lint.sources.drugs import CLASS_ROW_KINDS, class_keys

# rows that say how a drug acts; a ChEBI role ("platelet aggregation inhibitor" of
# troglitazone) is one use among others
_MECHANISTIC = {"mesh_pa", "fda_epc", "fda_moa"}
# fewer members than this and the base knows too little of a class to call it disjoint
_MIN_MEMBERS = 2


def known_classes(kb, drug) -> list[tuple[str, str]]:
    """(class key, source) of each checked class the drug's DrugCentral rows give it: a
    class of the base, not a name-ending family (`stem`), whose labels one row carries."""
    rows = {class_key(label): (label, kind, dataset)
            for label, kind, dataset, *_ in drug.other_classes if kind in _MECHANISTIC}
    out = []
    for key in _checked_classes(kb):
        row = next((rows[label] for label in class_keys(key) if label in rows), None)
        if row is not None:
            out.append((key, _row_source(kb, row)))
    return out


def rows_name_class(kb, drug, said: str) -> bool:
    """One of the drug's MeSH or FDA rows, checked class or not, names the class said or its
    head noun: canrenone's MeSH "Diuretics" beside "potassium-sparing diuretic". The base
    knows the drug is of that family, and its sibling names (the FDA's "potassium-sparing
    diuretic" has amiloride and triamterene only) are too thin to call the class wrong."""
    words = class_key(kb.class_label(said)).split()
    names = class_keys(said) | ({words[-1]} if words else set())
    return any(class_key(label) in names
               for label, kind, *_ in drug.other_classes if kind.startswith(("mesh", "fda")))


def disjoint(kb, said: str, known: str, drug) -> bool:
    """No drug of the base has both classes, each has members enough to tell, and no member
    of the class said acts on a target of the drug's (tibolone, "Estrogen Receptor
    Modulators" to MeSH, also acts where progestins do: a progestin too)."""
    if _member_targets(kb, said) & targets_of(drug):
        return False
    said_members = _member_keys(kb, said)
    known_members = _member_keys(kb, known)
    if len(said_members) < _MIN_MEMBERS or len(known_members) < _MIN_MEMBERS:
        return False
    if _related(kb, said, known):
        return False
    return not said_members & known_members


def _related(kb, a: str, b: str) -> bool:
    """One is the other's parent (or further ancestor) in drug_classes.yaml."""
    return b in _ancestors(kb, a) or a in _ancestors(kb, b)


def _ancestors(kb, klass: str) -> set[str]:
    out, parent = set(), kb.classes.get(klass, {}).get("parent")
    while parent and parent not in out:
        out.add(parent)
        parent = kb.classes.get(parent, {}).get("parent")
    return out


def _member_keys(kb, klass: str) -> frozenset:
    cache = _cache(kb)
    if klass not in cache["members"]:
        cache["members"][klass] = frozenset(d.key for d in kb.members(klass))
    return cache["members"][klass]


def _member_targets(kb, klass: str) -> frozenset:
    cache = _cache(kb)
    if klass not in cache["targets"]:
        cache["targets"][klass] = frozenset(
            target for d in kb.members(klass) for target in targets_of(d))
    return cache["targets"][klass]


def targets_of(drug) -> set[str]:
    """The drug's curated target keys and its DrugCentral targets' gene symbols."""
    return set(drug.targets) | {row[1] or row[0] for row in drug.target_list}


def _checked_classes(kb) -> list[str]:
    cache = _cache(kb)
    if cache["checked"] is None:
        cache["checked"] = [key for key, spec in kb.classes.items()
                            if spec.get("checked", True) and not spec.get("stem")]
    return cache["checked"]


def _row_source(kb, row) -> str:
    label, kind, dataset = row
    where = kb.datasets.get(dataset, {})
    named = where.get("name", dataset)
    licence = where.get("licence")
    kind_name = CLASS_ROW_KINDS.get(kind, kind)
    return f"{kind_name} '{label}' ({named}{', ' + licence if licence else ''})"


def _cache(kb) -> dict:
    """Per knowledge base (it does not change after loading): member sets, checked classes."""
    cache = _CACHES.get(id(kb))
    if cache is None or cache["kb"] is not kb:
        cache = {"kb": kb, "members": {}, "targets": {}, "checked": None}
        _CACHES[id(kb)] = cache
    return cache


_CACHES: dict[int, dict] = {}
