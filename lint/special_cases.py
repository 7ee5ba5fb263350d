"""The tokenizer's special cases loaded without spaCy's deprecated-name pass.

Building the English tokenizer checks each of its ~1,350 special cases with
`intify_attrs(spec, _do_deprecated=True)`, which looks for some fifty old attribute
names ("F", "L", "pos", morphology features) in every token spec, three spellings
each, and then builds each case's tokens (`Vocab.make_fused_token`), which reads every
spec with the same pass again, this time turning string values into ids: together
about 7 % of a one-article check. spaCy's own exceptions are written with attribute
ids (`{ORTH: "n't", NORM: "not"}`), in which no such name can be, and for a spec keyed
by ids alone the function returns the spec as it is, each string value replaced by
its id in the string store when one is given. While the blank pipeline is built,
such specs take that answer straight away; any other spec goes through spaCy's
function. The tokenizer and the vocabulary come out the same
(tests/test_special_cases.py compares their bytes with those spaCy builds alone).
"""

from __future__ import annotations

import contextlib


@contextlib.contextmanager
def plain_specs_at_build():
    """While the block runs, spaCy's tokenizer and vocabulary read id-keyed specs
    without the pass."""
    from spacy import attrs
    from spacy import tokenizer
    from spacy import vocab

    # Each module reads the function as a module global at every call.
    modules = [module for module in (tokenizer, vocab)
               if getattr(module, "intify_attrs", None) is attrs.intify_attrs]
    if not modules:  # another spaCy: leave it alone
        yield
        return
    theirs = attrs.intify_attrs
    entity_iob = attrs.ENT_IOB

    def intify_attrs(stringy_attrs, strings_map=None, _do_deprecated=False):
        # Ids stay ids (ENT_IOB's names are converted: not here); a string value
        # becomes its id in `strings_map` as spaCy's function makes it.
        if entity_iob in stringy_attrs or not all(type(key) is int for key in stringy_attrs):
            return theirs(stringy_attrs, strings_map, _do_deprecated)
        if strings_map is None:
            return dict(stringy_attrs)
        to_id = strings_map.add if hasattr(strings_map, "add") else strings_map.__getitem__
        return {key: to_id(value) if isinstance(value, str) else value
                for key, value in stringy_attrs.items()}

    for module in modules:
        module.intify_attrs = intify_attrs
    try:
        yield
    finally:
        for module in modules:
            module.intify_attrs = theirs
