"""The routes of a drug's labelled products (route_products.yaml `drugs`, each product
with its label and DailyMed set id, or its source where it has no FDA label), keyed by the
knowledge base's drug keys: evidence that a drug is labelled in forms of several routes,
for MEC003."""

from __future__ import annotations

from lint.data import load_data

_CACHES: dict[int, tuple] = {}


def labelled_routes(kb, drug_key: str) -> tuple[frozenset, str]:
    """(routes, source note) of the drug's labelled products; (empty, "") where the table
    has none."""
    return _table(kb).get(drug_key, (frozenset(), ""))


def _table(kb) -> dict[str, tuple[frozenset, str]]:
    cached = _CACHES.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    data = load_data("route_products.yaml")
    table = {}
    for name, spec in data.get("drugs", {}).items():
        drug = kb.find(name)
        if drug is not None:
            products = spec["products"]
            routes = frozenset(route for product in products for route in product["routes"])
            # (a product with no DailyMed label names its source instead)
            labels = "; ".join(f"{p['label']} (DailyMed set id {p['setid']})" if "setid" in p
                               else f"{p['label']} ({p['source']})" for p in products)
            # "Product labels": not every product is FDA-labelled (Vitaros names its EU/UK
            # source); the file's licence covers the DailyMed set ids only
            table[drug.key] = (routes, f"Product labels: {labels} — DailyMed set ids: "
                                       f"{data['licence']}, checked {data['checked']}")
    _CACHES[id(kb)] = (kb, table)
    return table
