"""dict.update(other) and dict.popitem() as subset helpers: they agree
with CPython's methods (the oracle), and a call is typed into a
direct_call of the helper."""
import pytest

from jitgen.types import dictlib


def test_update_keeps_places_and_appends_new_keys():
    for a, b in [({}, {}), ({"a": 1}, {}), ({}, {"x": 2}), ({"a": 1, "b": 2}, {"c": 3, "a": 10}),
                 ({(1, 2): 0.5}, {(0, 0): 1.5, (1, 2): -1.0})]:
        want = dict(a)
        want.update(b)
        got = dict(a)
        dictlib.dict_update(got, b)
        assert list(got.items()) == list(want.items())


def test_popitem_takes_the_last_item_and_says_so_when_empty():
    d = {"a": 1, "b": 2, "c": 3}
    del d["a"]
    d["a"] = 4
    want = dict(d)
    while want:
        assert dictlib.dict_popitem(d) == want.popitem()
        assert d == want
    with pytest.raises(KeyError) as got:
        dictlib.dict_popitem(d)
    with pytest.raises(KeyError) as cpython:
        {}.popitem()
    assert str(got.value) == str(cpython.value)


def test_calls_are_typed_as_direct_calls(tmp_path):
    from jitgen.driver.pipeline import translate_to_lowlevel
    p = tmp_path / "prog.py"
    p.write_text("def main(argv: list[str]) -> int:\n"
                 "    d = {'a': 1}\n"
                 "    d.update({'b': len(argv)})\n"
                 "    print(d.popitem(), d)\n"
                 "    return 0\n")
    names = {g.name for g in translate_to_lowlevel(str(p)).graphs}
    assert any("dict_update" in n for n in names) and any("dict_popitem" in n for n in names), names
