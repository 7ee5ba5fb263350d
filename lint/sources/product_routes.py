"""The routes of a drug's marketed products (route_products.yaml `drugs`, from FDA labels),
keyed by the knowledge base's drug keys: evidence that a drug is sold in forms of several
routes, for MEC003."""

from __future__ import annotations

from lint.data import load_data

_CACHES: dict[int, tuple] = {}


def marketed_routes(kb, drug_key: str) -> tuple[frozenset, str]:
    """(routes, source note) of the drug's products; (empty, "") where the table has none."""
    return _table(kb).get(drug_key, (frozenset(), ""))


def _table(kb) -> dict[str, tuple[frozenset, str]]:
    cached = _CACHES.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    table = {}
    for name, spec in load_data("route_products.yaml").get("drugs", {}).items():
        drug = kb.find(name)
        if drug is not None:
            table[drug.key] = (frozenset(spec["routes"]), spec.get("source", ""))
    _CACHES[id(kb)] = (kb, table)
    return table
