"""The tokenizer's special cases loaded without spaCy's deprecated-name pass.

Building the English tokenizer checks each of its ~1,350 special cases with
`intify_attrs(spec, _do_deprecated=True)`, which looks for some fifty old attribute
names ("F", "L", "pos", morphology features) in every token spec, three spellings
each: about a quarter of the pipeline's build. spaCy's own exceptions are written
with attribute ids (`{ORTH: "n't", NORM: "not"}`), in which no such name can be, and
for a spec keyed by ids alone the function returns the spec as it is. While the
blank pipeline is built, such specs take that answer straight away; any other spec
goes through spaCy's function. The tokenizer comes out the same
(tests/test_special_cases.py compares its bytes with one spaCy builds alone).
"""

from __future__ import annotations

import contextlib


@contextlib.contextmanager
def plain_specs_at_build():
    """While the block runs, spaCy's tokenizer reads id-keyed specs without the pass."""
    from spacy import attrs
    from spacy import tokenizer as module

    theirs = getattr(module, "intify_attrs", None)
    if theirs is not attrs.intify_attrs:  # another spaCy: leave it alone
        yield
        return
    entity_iob = attrs.ENT_IOB

    def intify_attrs(stringy_attrs, strings_map=None, _do_deprecated=False):
        # Ids stay ids and values stay as given (ENT_IOB's names are converted: not here).
        if strings_map is None and entity_iob not in stringy_attrs \
                and all(type(key) is int for key in stringy_attrs):
            return dict(stringy_attrs)
        return theirs(stringy_attrs, strings_map, _do_deprecated)

    module.intify_attrs = intify_attrs
    try:
        yield
    finally:
        module.intify_attrs = theirs
