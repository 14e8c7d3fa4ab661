"""The subset helpers behind int-with-float comparisons and hash() of
numbers and tuples agree with CPython (the oracle); and the rules call
them only where float(i) could round."""
import math
import random

import pytest

from jitgen.types import numlib

MAX, MIN = (1 << 63) - 1, -(1 << 63)
INTS = [0, 1, -1, -2, 7, 2 ** 53, 2 ** 53 + 1, -(2 ** 53) - 1, 2 ** 61 - 1, 2 ** 61, -(2 ** 61 - 1),
        MAX, MAX - 1, MIN, MIN + 1, 123456789, -987654321]
FLOATS = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 0.1, 1 / 3, 1e300, -1e-300, 5e-324, 1.7976931348623157e308,
          float(2 ** 53), float(2 ** 53 + 2), 2.0 ** 62, 2.0 ** 63, -2.0 ** 63, 2.0 ** 64, 9.2e18, -9.2e18,
          math.inf, -math.inf, math.nan]


def test_int_float_comparisons_are_exact():
    rnd = random.Random(5)
    ints = INTS + [rnd.randint(MIN, MAX) for _ in range(200)]
    floats = FLOATS + [float(i) for i in ints]
    for i in ints:
        for f in floats:
            want = {"lt": i < f, "le": i <= f, "eq": i == f, "ne": i != f, "gt": i > f, "ge": i >= f}
            for op, fn in numlib.INT_FLOAT_CMP.items():
                assert fn(i, f) == want[op], (i, f, op)
                # f OP i is i SWAPPED[OP] f
                back = {"lt": f < i, "le": f <= i, "eq": f == i, "ne": f != i, "gt": f > i, "ge": f >= i}
                assert numlib.INT_FLOAT_CMP[numlib.SWAPPED[op]](i, f) == back[op], (f, op, i)


def test_int_and_float_hash_are_cpythons():
    rnd = random.Random(6)
    for i in INTS + [rnd.randint(MIN, MAX) for _ in range(500)]:
        assert numlib.int_hash(i) == hash(i), i
    floats = [f for f in FLOATS if not math.isnan(f)]
    floats += [rnd.uniform(-1e6, 1e6) for _ in range(300)]
    floats += [rnd.random() * 10.0 ** rnd.randint(-320, 300) for _ in range(300)]
    for f in floats:
        assert numlib.float_hash(f) == hash(f), f


def tuple_hash(t: tuple) -> int:
    acc = numlib.tuple_hash_start()
    for x in t:
        if isinstance(x, tuple):
            lane = tuple_hash(x)
        elif isinstance(x, float):
            lane = numlib.float_hash(x)
        else:
            lane = numlib.int_hash(x)
        acc = numlib.tuple_hash_step(acc, lane)
    return numlib.tuple_hash_done(acc, len(t))


def test_tuple_hash_is_cpythons():
    rnd = random.Random(7)
    cases = [(), (1,), (-1,), (1, 2), (2, 1), (1.5, -2), ((1, 2), (3, (4.25,))), (MAX, MIN, -1, 0.1)]
    cases += [tuple(rnd.randint(MIN, MAX) for _ in range(rnd.randint(0, 5))) for _ in range(300)]
    for t in cases:
        assert tuple_hash(t) == hash(t), t


@pytest.mark.parametrize("src, helper, present", [
    ("n = len(argv) + 2 ** 60\n    print(n < 1.5)", "int_float_lt", True),
    ("f = float(len(argv))\n    print(f >= 9007199254740993)", "int_float_le", True),
    ("f = float(len(argv))\n    print(f < 0, 2 == f)", "int_float", False),
    ("print(hash((len(argv), 2.5)), hash(-len(argv)))", "tuple_hash_step", True),
])
def test_rules_call_the_helpers_only_where_needed(tmp_path, src, helper, present):
    from jitgen.driver.pipeline import translate_to_lowlevel
    p = tmp_path / "prog.py"
    p.write_text("def main(argv: list[str]) -> int:\n    " + src + "\n    return 0\n")
    names = {g.name for g in translate_to_lowlevel(str(p)).graphs}
    assert any(helper in n for n in names) == present, names


def test_pow_inside_intmask_wraps_as_cpython():
    from jitgen.hints import intmask
    for base in [0, 1, -1, 2, -2, 3, 31, -31, 10, 2 ** 40 + 7, -(2 ** 62), (1 << 63) - 1]:
        for exp in [0, 1, 2, 3, 13, 41, 63, 64, 65, 200]:
            assert numlib.int_pow_wrap(base, exp) == intmask(base ** exp), (base, exp)
    with pytest.raises(ValueError):
        numlib.int_pow_wrap(2, -1)



def test_uint_int_comparisons_are_by_value():
    from jitgen.hints import r_uint
    for u in [r_uint(0), r_uint(5), r_uint(-1), r_uint(1 << 63)]:
        for i in [MIN, -1, 0, 5, 6, MAX]:
            want = {"lt": u < i, "le": u <= i, "eq": u == i, "ne": u != i, "gt": u > i, "ge": u >= i}
            for op, fn in numlib.UINT_INT_CMP.items():
                assert fn(u, i) == want[op], (u, i, op)
