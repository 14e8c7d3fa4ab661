"""The subset helpers behind split/rsplit with a limit, splitlines, replace
with a count and step slices agree with CPython's methods (the oracle) on
many small inputs; and a call of each is typed into a direct_call."""
import itertools

import pytest

from jitgen.types import strlib

TEXTS = ["", " ", "a", "a b", "  a  b  c  ", "a,b,,c,", ",", ",,", "x::y::z", "::",
         "tab\tand\nnew\r\nline", "é ☃\u2028x\x85y", "a\rb\r\n\nc\x0bd\x0ce"]
SEPS = [",", "::", " ", "b", "zz"]
LIMITS = [-1, 0, 1, 2, 5]


@pytest.mark.parametrize("s", TEXTS)
def test_split_and_rsplit_with_limits(s):
    for k in LIMITS:
        assert strlib.split_ws_max(s, k) == s.split(None, k)
        assert strlib.rsplit_ws_max(s, k) == s.rsplit(None, k)
        for sep in SEPS:
            assert strlib.split_sep_max(s, sep, k) == s.split(sep, k)
            assert strlib.rsplit_sep_max(s, sep, k) == s.rsplit(sep, k)


def test_empty_separator_message_is_cpythons():
    for f in (strlib.split_sep_max, strlib.rsplit_sep_max):
        with pytest.raises(ValueError) as got:
            f("abc", "", 1)
        with pytest.raises(ValueError) as want:
            "abc".split("", 1)
        assert str(got.value) == str(want.value)


@pytest.mark.parametrize("s", TEXTS)
def test_splitlines(s):
    assert strlib.splitlines(s, False) == s.splitlines()
    assert strlib.splitlines(s, True) == s.splitlines(True)


def test_replace_with_count():
    for s, old, new in [("aaaa", "a", "b"), ("abcabc", "bc", "-"), ("abc", "", "."),
                        ("", "", "x"), ("abc", "z", "y"), ("aaa", "aa", "b")]:
        for k in [-1, 0, 1, 2, 10]:
            assert strlib.replace_count(s, old, new, k) == s.replace(old, new, k), (s, old, new, k)


def test_step_slices():
    s = "abcdefg"
    xs = list(range(7))
    bounds = [None, -10, -3, -1, 0, 2, 6, 7, 12]
    for a, b in itertools.product(bounds, bounds):
        for step in [-3, -2, -1, 1, 2, 3]:
            args = (0 if a is None else a, 0 if b is None else b, step, a is not None, b is not None)
            assert strlib.str_slice_step(s, *args) == s[a:b:step], (a, b, step)
            assert strlib.list_slice_step(xs, *args) == xs[a:b:step], (a, b, step)
    with pytest.raises(ValueError, match="slice step cannot be zero"):
        strlib.str_slice_step(s, 0, 0, 0, False, False)


def test_calls_are_typed_as_direct_calls(tmp_path):
    from jitgen.driver.pipeline import translate_to_lowlevel
    p = tmp_path / "prog.py"
    p.write_text("def main(argv: list[str]) -> int:\n"
                 "    s = 'a b c'\n"
                 "    xs = [1, 2, 3]\n"
                 "    ys = ['x']\n"
                 "    print(s.split(' ', 1)[1], s.rsplit(None, 1)[0], s[::-1], len(s.splitlines()),\n"
                 "          xs[::2][1], ys[::-1][0], s.replace(' ', '', 1), s.startswith(('x', 'a')))\n"
                 "    return 0\n")
    prog = translate_to_lowlevel(str(p))
    names = {g.name for g in prog.graphs}
    for helper in ["split_sep_max", "rsplit_ws_max", "str_slice_step", "splitlines",
                   "list_slice_step", "replace_count"]:
        assert any(helper in n for n in names), (helper, names)
    # one specialised copy of list_slice_step per list type
    assert len([n for n in names if "list_slice_step" in n]) == 2


def test_index_and_count_with_bounds():
    xs = [3, 1, 3, 2, 3]
    s = "abcabcab"
    for a in [-9, -3, -1, 0, 1, 2, 4, 5, 9]:
        for b in [-9, -2, 0, 3, 5, 9, (1 << 63) - 1]:
            for x in [3, 2, 7]:
                try:
                    want = xs.index(x, a, b)
                except ValueError as e:
                    with pytest.raises(ValueError, match=str(e)):
                        strlib.list_index_from(xs, x, a, b)
                else:
                    assert strlib.list_index_from(xs, x, a, b) == want
            for sub in ["ab", "c", "", "zz"]:
                assert strlib.str_count_from(s, sub, a, b) == s.count(sub, a, b), (sub, a, b)
                try:
                    want = s.index(sub, a, b)
                except ValueError as e:
                    with pytest.raises(ValueError, match=str(e)):
                        strlib.str_index_from(s, sub, a, b)
                else:
                    assert strlib.str_index_from(s, sub, a, b) == want


def test_slice_deletion_and_assignment():
    bounds = [None, -9, -2, 0, 1, 3, 5, 9]
    for a, b in itertools.product(bounds, bounds):
        args = (0 if a is None else a, 0 if b is None else b)
        flags = (a is not None, b is not None)
        xs = [0, 1, 2, 3, 4]
        want = list(xs)
        del want[a:b]
        strlib.list_del_slice(xs, *args, *flags)
        assert xs == want, (a, b)
        for items in ([], [7], [7, 8, 9]):
            xs = [0, 1, 2, 3, 4]
            want = list(xs)
            want[a:b] = items
            strlib.list_set_slice(xs, args[0], args[1], items, *flags)
            assert xs == want, (a, b, items)
    xs = [1, 2]
    strlib.list_set_slice(xs, 1, 1, xs, True, True)
    assert xs == [1, 1, 2, 2]


def test_min_max_of_a_list():
    for xs in ([3, 1, 3], [2.5, -0.0, 0.0], ["b", "a"], [(1, "b"), (1, "a"), (0, "z")], [0.0, -0.0]):
        assert repr(strlib.list_max(xs)) == repr(max(xs))
        assert repr(strlib.list_min(xs)) == repr(min(xs))
    with pytest.raises(ValueError, match="max\\(\\) arg is an empty sequence"):
        strlib.list_max([])


def test_partition_and_center():
    for s in ["", "a=b", "a=b=c", "=", "abc"]:
        assert strlib.str_partition(s, "=") == s.partition("=")
        assert strlib.str_rpartition(s, "=") == s.rpartition("=")
    for s in ["", "a", "ab", "abc"]:
        for w in range(-1, 9):
            assert strlib.str_center(s, w, "*") == s.center(w, "*"), (s, w)


def test_tailmatch_bounds_are_cpythons():
    bounds = [-9, -3, -1, 0, 1, 2, 3, 5, 9]
    for s in ["", "ab", "abcab"]:
        for sub in ["", "a", "b", "ab", "abc", "cab"]:
            for a, b in itertools.product(bounds, bounds):
                assert strlib.str_tailmatch(s, sub, a, b, False) == s.startswith(sub, a, b), (s, sub, a, b)
                assert strlib.str_tailmatch(s, sub, a, b, True) == s.endswith(sub, a, b), (s, sub, a, b)


def test_join_of_a_str_joins_its_characters():
    assert strlib.str_join_chars("-", "a☃b") == "-".join("a☃b")
    assert strlib.str_join_chars(", ", "") == ""
