"""math.gcd, lcm, isqrt, factorial, trunc, isfinite, log(x, base), degrees
and radians as subset helpers agree with CPython's math module (the
oracle) within 64 bits, errors included; a call is a direct_call."""
import math
import random

import pytest

from jitgen.types import mathlib

MAX = (1 << 63) - 1


def test_integer_functions():
    rnd = random.Random(3)
    pairs = [(0, 0), (12, 18), (-12, 18), (12, -18), (7, 0), (0, -7), (MAX, 6), (2 ** 40, 2 ** 20 * 3)]
    pairs += [(rnd.randint(-10 ** 9, 10 ** 9), rnd.randint(-10 ** 9, 10 ** 9)) for _ in range(200)]
    for a, b in pairs:
        assert mathlib.gcd(a, b) == math.gcd(a, b), (a, b)
        if abs(math.lcm(a, b)) <= MAX:
            assert mathlib.lcm(a, b) == math.lcm(a, b), (a, b)
    for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2 ** 62, MAX, MAX - 1] + [rnd.randint(0, MAX) for _ in range(300)]:
        assert mathlib.isqrt(n) == math.isqrt(n), n
    for n in range(21):
        assert mathlib.factorial(n) == math.factorial(n)
    with pytest.raises(OverflowError):
        mathlib.factorial(21)
    for f, arg in [(mathlib.isqrt, -1), (mathlib.factorial, -1)]:
        with pytest.raises(ValueError) as got:
            f(arg)
        with pytest.raises(ValueError) as want:
            getattr(math, f.__name__)(arg)
        assert str(got.value) == str(want.value)


def test_float_functions():
    for x in [0.0, -0.0, 0.5, -2.7, 1e300, math.inf, -math.inf, math.nan, math.pi, 1.0]:
        assert mathlib.isfinite(x) == math.isfinite(x)
        assert repr(mathlib.degrees(x)) == repr(math.degrees(x))
        assert repr(mathlib.radians(x)) == repr(math.radians(x))
        if math.isfinite(x):
            assert mathlib.trunc(x) == math.trunc(x)
    for x, b in [(8.0, 2.0), (100.0, 10.0), (2.0, 0.5), (1e300, 7.0), (0.1, 3.0)]:
        assert repr(mathlib.log_base(x, b)) == repr(math.log(x, b))
    with pytest.raises(ZeroDivisionError):
        mathlib.log_base(5.0, 1.0)


def test_calls_are_typed_as_direct_calls(tmp_path):
    from jitgen.driver.pipeline import translate_to_lowlevel
    p = tmp_path / "prog.py"
    p.write_text("import math\n"
                 "def main(argv: list[str]) -> int:\n"
                 "    n = len(argv)\n"
                 "    print(math.gcd(n, 4, 6), math.isqrt(n), math.factorial(n), math.log(8.0, n + 1.0))\n"
                 "    return 0\n")
    names = {g.name for g in translate_to_lowlevel(str(p)).graphs}
    for helper in ["gcd", "isqrt", "factorial", "log_base"]:
        assert any(helper in n for n in names), (helper, names)


def test_powmod_is_cpythons_three_argument_pow():
    rnd = random.Random(4)
    cases = [(2, 10, 1000), (3, -1, 7), (3, 2, -7), (0, 0, 1), (5, 0, -3), (-2, 5, 7), (2, -3, -9),
             (MAX, MAX, MAX - 1), (7, 3, 1), (4, -1, 6), (2, 3, 0)]
    cases += [(rnd.randint(-MAX, MAX), rnd.randint(0, 10 ** 6), rnd.choice([-1, 1]) * rnd.randint(1, MAX))
              for _ in range(500)]
    for b, e, m in cases:
        try:
            want = pow(b, e, m)
        except ValueError as x:
            want = ("ValueError", str(x))
        try:
            got = mathlib.powmod(b, e, m)
        except ValueError as x:
            got = ("ValueError", str(x))
        assert got == want, (b, e, m)


def test_float_divmod_is_cpythons():
    for x, y in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (10.0, 0.3), (-0.0, 5.0), (5.0, math.inf),
                 (-5.0, math.inf), (1e300, 1e-300), (-1e-300, 3.0)]:
        assert repr(mathlib.float_divmod(x, y)) == repr(divmod(x, y)), (x, y)
    with pytest.raises(ZeroDivisionError) as got:
        mathlib.float_divmod(1.0, 0.0)
    with pytest.raises(ZeroDivisionError) as want:
        divmod(1.0, 0.0)
    assert str(got.value) == str(want.value)


def test_range_contains():
    for args in [(0, 5, 1), (5, 0, 1), (1, 10, 2), (10, 0, -3), (-5, 5, 4), (3, 3, 1), (7, -7, -7)]:
        for x in range(-12, 13):
            assert mathlib.range_contains(x, *args) == (x in range(*args)), (x, args)
    with pytest.raises(ValueError, match="must not be zero"):
        mathlib.range_contains(1, 0, 5, 0)
