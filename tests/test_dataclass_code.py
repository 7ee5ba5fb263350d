"""The shipped dataclass code is what `exec` compiles of each source; anything else is ignored."""

from __future__ import annotations

import dataclasses
import marshal

import pytest

from conftest import shipped_startup_table
from lint import dataclass_code


def _shipped() -> dict:
    return shipped_startup_table(dataclass_code, "`dataclasses`")


def test_every_shipped_code_is_what_its_source_compiles_to():
    table = _shipped()
    assert len(table) > 300  # the model, annotations, rules; spaCy's and its libraries'
    for source, code in table.items():
        assert marshal.dumps(code) == marshal.dumps(dataclass_code.compiled(source)), source


@pytest.fixture
def installed():
    dataclass_code.install()
    yield
    dataclass_code.uninstall()


def test_classes_made_with_the_table_behave_as_without(installed, monkeypatch):
    table = _shipped()
    monkeypatch.setattr(dataclass_code, "_codes", table)
    seen = []
    real = dataclass_code._exec

    def spy(source, globals=None, locals=None):
        seen.append(source in table)
        return real(source, globals, locals)

    monkeypatch.setattr(dataclasses, "exec", spy, raising=False)

    @dataclasses.dataclass(slots=True, frozen=True)
    class Point:  # a class no table holds: compiled from its source
        x: int
        y: int = 2
        tags: tuple = ()

    assert Point(1) == Point(1, 2) and Point(1) != Point(3)
    assert repr(Point(1, tags=("a",))).endswith("Point(x=1, y=2, tags=('a',))")
    with pytest.raises(dataclasses.FrozenInstanceError):
        Point(1).x = 3
    assert seen and not any(seen)
    # compiled as dataclasses compiles it: its annotations are the fields' types, not strings
    # (this test module's __future__ import must not reach the code dataclasses writes)
    fields = [("x", int), ("y", int, dataclasses.field(default=2))]
    with_table = dataclasses.make_dataclass("WithTable", fields)
    dataclass_code.uninstall()
    plain = dataclasses.make_dataclass("Plain", fields)
    monkeypatch.setattr(dataclasses, "exec", spy, raising=False)
    assert with_table.__init__.__annotations__ == plain.__init__.__annotations__ == {
        "x": int, "y": int, "return": None}
    # A source the table holds runs its shipped code: the same function as compiled.
    source = next(iter(table))
    ours, theirs = {}, {}
    dataclasses.exec(source, {}, ours)
    # as dataclasses.py, which has no __future__ imports, compiles it
    exec(compile(source, "<string>", "exec", flags=0, dont_inherit=True), {}, theirs)  # noqa: S102
    assert seen[-1] is True
    assert ours.keys() == theirs.keys()
    assert marshal.dumps(ours["__create_fn__"].__code__) == \
        marshal.dumps(theirs["__create_fn__"].__code__)


def test_a_table_for_another_python_or_damaged_is_ignored():
    stamp = dataclass_code.fingerprint()
    good = dataclass_code.dump(["x = 1\n"])
    assert list(dataclass_code.load(good)) == ["x = 1\n"]
    body = good.partition(b"\n")[2]
    assert dataclass_code.load(b"0" * 64 + b" python 3.11\n" + body) == {}
    assert dataclass_code.load(stamp + b"\n" + body[:len(body) // 2]) == {}
    assert dataclass_code.load(stamp + b"\nnot zlib") == {}


def test_uninstall_gives_dataclasses_the_builtin_back(installed):
    assert dataclasses.exec is dataclass_code._exec
    dataclass_code.uninstall()
    assert "exec" not in vars(dataclasses)
    dataclass_code.install()
