"""format(x, spec) for floats and ints against CPython: a grid of specs."""
import math
import random
import sys

import pytest

from vm.bigint import BigInt
from vm.numformat import format_float, format_int, format_bigint, group_digits

sys.set_int_max_str_digits(0)


def outcome(f, value, spec):
    try:
        return "ok", f(value, spec)
    except (ValueError, OverflowError) as exc:
        return type(exc).__name__, str(exc)


def all_specs() -> list[str]:
    specs = []
    for fa in ["", "<", ">", "^", "=", "*<", "0>", "x^", "0=", "\u20ac>"]:
        for sign in ["", "+", " ", "-"]:
            for z in ["", "z"]:
                for alt in ["", "#"]:
                    for zero in ["", "0"]:
                        for width in ["", "1", "8", "13", "25"]:
                            for grp in ["", ",", "_"]:
                                for prec in ["", ".0", ".1", ".3", ".12", ".17", ".25"]:
                                    for typ in ["", "e", "E", "f", "F", "g", "G", "n", "%",
                                                "d", "x", "X", "o", "b", "c", "s"]:
                                        specs.append(fa + sign + z + alt + zero + width + grp + prec + typ)
    return specs


SPECS = all_specs()
FLOATS = [0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 1e16, 1e-5, 123456.789, -9.999999, 1e100, 5e-324,
          math.inf, -math.inf, math.nan, -math.nan, 0.1, 1234567.0, 99.995, 1e22, 1e-300,
          0.00012345, 9.5, 0.05, 1e15, 123456789012345.6]
INTS = [0, 1, -1, 7, 65, 255, -255, 1234567, 10**25, -(10**30) + 7, 2**63, 2**63 - 1,
        -(2**63), 0x10FFFF, 0x110000, 10**400]


@pytest.mark.parametrize("chunk", range(4))
def test_float_spec_grid(chunk):
    rng = random.Random(100 + chunk)
    for spec in rng.sample(SPECS, 6000):
        for x in rng.sample(FLOATS, 3):
            assert outcome(format_float, x, spec) == outcome(format, x, spec), (x, spec)


@pytest.mark.parametrize("chunk", range(3))
def test_int_spec_grid(chunk):
    rng = random.Random(200 + chunk)
    for spec in rng.sample(SPECS, 6000):
        for i in rng.sample(INTS, 2):
            b = BigInt.from_str(str(i), 10)
            assert outcome(format_bigint, b, spec) == outcome(format, i, spec), (i, spec)
            if -(2**63) <= i < 2**63:
                assert outcome(format_int, i, spec) == outcome(format, i, spec), (i, spec)


def test_random_floats_common_specs():
    rng = random.Random(300)
    specs = [".%d%s" % (p, t) for p in (0, 1, 2, 3, 6, 10, 15, 16, 17, 20) for t in "efgEFG%"]
    specs += ["", ",", "_.2f", "015,.3f", "+.4e", "#g", ".5", "z.1f", "10.4", "#.0f"]
    for _ in range(4000):
        r = rng.random()
        if r < 0.4:
            x = rng.uniform(-1e7, 1e7)
        elif r < 0.7:
            x = rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)
        else:
            x = round(rng.uniform(-100, 100), rng.randint(0, 4))
        spec = rng.choice(specs)
        assert format_float(x, spec) == format(x, spec), (x, spec)


def test_special_messages():
    cases = [(1.0, "q"), (1.0, "abc"), (1, ".2"), (1, "z"), (65, "+c"), (65, "#c"), (1, ",x"),
             (1, ",_"), (1, "_,"), (1, ",,"), (1, "__"), (1.0, ",n"), (1.0, "."), (1.0, "10="),
             (1.0, "99999999999999999999"), (1.0, ".99999999999999999999"), (-1, "c"),
             (0x110000, "c"), (10**30, "c"), (10**400, "e"), (1, "z+c")]
    for value, spec in cases:
        if isinstance(value, float):
            assert outcome(format_float, value, spec) == outcome(format, value, spec)
        else:
            b = BigInt.from_str(str(value), 10)
            assert outcome(format_bigint, b, spec) == outcome(format, value, spec)


def test_group_digits_zero_padding():
    for n in range(0, 14):
        for width in range(0, 16):
            value = int("123456789012345"[:n] or "0")
            expected = format(value, "0%d," % width) if width else format(value, ",")
            assert group_digits(str(value), ",", 3, width) == expected, (n, width)
