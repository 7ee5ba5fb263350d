"""The initials the text's own authors have (lint/annotate/author_initials.py)."""

from lint.annotate.author_initials import authors_initials, initials_of


def test_initials_are_the_ones_each_author_has():
    assert initials_of("Gary E. Weissman") == {"GW", "GEW"}
    # Review of i216: the first two letters ("GE") are no initials anyone goes by.
    assert "GE" not in initials_of("Gary E. Weissman")
    assert initials_of({"name": {"given": "Mary", "family": "Ingram"}}) == {"MI"}
    # Manubot's `initials`, and the given name and surname the authors write (icu_ml_ms).
    assert initials_of([{"name": "Gary E. Weissman", "initials": "G.E.W."}]) == {"GEW", "GW"}
    assert initials_of("William La Cava") == {"WC", "WLC", "WL"}
    assert initials_of("Mary Ingram and Aaron Smith") == {"MI", "AS"}


def test_front_matter_and_project_metadata_both_name_authors():
    assert authors_initials({"authors": [{"name": "Steven Brooks"}]},
                            {"author": "Gary Weissman"}) == {"SB", "GW"}
    assert authors_initials(None, None) == frozenset()
    assert initials_of(42) == set()
