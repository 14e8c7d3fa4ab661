"""List ordering comparisons agree with CPython's (the oracle)."""
import itertools

from jitgen.types import listorder

LISTS = [[], [0], [1], [1, 2], [1, 2, 3], [1, 3], [2], [-1, 5], [1, 2, 2]]


def test_list_lt_le_match_cpython():
    for a, b in itertools.product(LISTS, repeat=2):
        assert listorder.list_lt(a, b) == (a < b), (a, b)
        assert listorder.list_le(a, b) == (a <= b), (a, b)
    for a, b in [(["a", "b"], ["a", "c"]), ([(1, "x")], [(1, "y"), (0, "")]), ([0.0], [-0.0])]:
        assert listorder.list_lt(a, b) == (a < b)
        assert listorder.list_le(b, a) == (b <= a)
