"""The blank pipeline's tokenizer is the one spaCy builds, special cases and all."""

from __future__ import annotations

import pytest

from lint import special_cases


def test_the_tokenizer_built_with_plain_specs_is_spacys():
    from spacy.lang.en import English

    with special_cases.plain_specs_at_build():
        ours = English()
    theirs = English()
    assert ours.tokenizer.to_bytes() == theirs.tokenizer.to_bytes()
    assert ours.vocab.to_bytes() == theirs.vocab.to_bytes()  # the special cases' words
    assert list(ours.vocab.strings) == list(theirs.vocab.strings)
    assert len(ours.tokenizer.rules) > 1000
    text = "I can't go, e.g. to the U.S. at 3 p.m. -- y'all'd've known :-) n't"
    assert [t.norm_ for t in ours(text)] == [t.norm_ for t in theirs(text)]


def test_specs_of_every_kind_read_as_spacy_reads_them():
    from spacy import attrs, tokenizer, vocab
    from spacy.lang.en import English
    from spacy.strings import StringStore

    specs = [spec for substrings in English.Defaults.tokenizer_exceptions.values()
             for spec in substrings]
    specs += [{"ORTH": "a", "NORM": "b"}, {"F": "x", "L": "y"}, {attrs.ORTH: "o", "Number": 1},
              {attrs.ENT_IOB: "B"}, {True: 1}, {}, {attrs.ORTH: "p", attrs.NORM: "q"}]
    with special_cases.plain_specs_at_build():
        ours = tokenizer.intify_attrs
        assert ours is not attrs.intify_attrs
        assert vocab.intify_attrs is ours
        for spec in specs:
            for kwargs in ({"_do_deprecated": True}, {}, {"strings_map": StringStore()},
                           {"strings_map": StringStore(), "_do_deprecated": True},
                           {"strings_map": {"o": 5, "p": 6, "q": 7, "x": 8}}):
                mine, theirs = dict(spec), dict(spec)
                try:
                    expected = attrs.intify_attrs(theirs, **kwargs)
                except KeyError:  # a plain mapping lacking a string: both fail alike
                    with pytest.raises(KeyError):
                        ours(mine, **kwargs)
                    continue
                got = ours(mine, **kwargs)
                assert got == expected and list(got) == list(expected), spec
                assert mine == theirs  # the spec is left as spaCy's function leaves it
    assert tokenizer.intify_attrs is attrs.intify_attrs
    assert vocab.intify_attrs is attrs.intify_attrs


def test_spacys_function_is_back_after_an_error():
    from spacy import attrs, tokenizer

    with pytest.raises(RuntimeError):
        with special_cases.plain_specs_at_build():
            raise RuntimeError("building failed")
    assert tokenizer.intify_attrs is attrs.intify_attrs
    from spacy import vocab
    assert vocab.intify_attrs is attrs.intify_attrs
