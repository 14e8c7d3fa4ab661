"""printf-style '%' conversions of floats and ints against CPython."""
import math
import random

from vm.bigint import BigInt
from vm.numformat import percent_format_float, percent_format_int

FLAG_SETS = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "+#", " 0", "-+#", "0+ #"]


def spec_text(flags: str, width: int, prec: int, conv: str) -> str:
    return "%" + flags + (str(width) if width >= 0 else "") + ("." + str(prec) if prec >= 0 else "") + conv


def test_percent_floats():
    rng = random.Random(1)
    values = [0.0, -0.0, 1.5, -1.5, 0.1, 1e16, 1e-5, 123456.789, math.inf, -math.inf, math.nan, 5e-324, 1e300]
    for _ in range(6000):
        x = rng.choice(values) if rng.random() < 0.4 else rng.uniform(-1e5, 1e5) * 10.0 ** rng.randint(-8, 8)
        flags = rng.choice(FLAG_SETS)
        width = rng.choice([-1, 0, 5, 12, 30])
        prec = rng.choice([-1, 0, 1, 3, 6, 17, 25])
        conv = rng.choice("eEfFgGrs")
        fmt = spec_text(flags, width, prec, conv)
        assert percent_format_float(x, flags, width, prec, conv) == fmt % x, (fmt, x)


def test_percent_ints():
    rng = random.Random(2)
    values = [0, 1, -1, 42, -42, 255, 2**63, -(2**64) - 5, 10**30]
    for _ in range(6000):
        i = rng.choice(values) if rng.random() < 0.5 else rng.randint(-(2**70), 2**70)
        flags = rng.choice(FLAG_SETS)
        width = rng.choice([-1, 0, 5, 12, 30])
        prec = rng.choice([-1, 0, 1, 3, 8, 25])
        conv = rng.choice("diuoxX")
        fmt = spec_text(flags, width, prec, conv)
        b = BigInt.from_str(str(i), 10)
        assert percent_format_int(b, flags, width, prec, conv) == fmt % i, (fmt, i)
