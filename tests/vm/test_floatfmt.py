"""Float repr, digits, parsing, rounding and hashing against CPython."""
import math
import random
import struct

import pytest

from vm import float_externals
from vm.floatdigits import sig_digits, fixed_digits
from vm.floatfmt import (
    float_repr, parse_float, round_float, float_floordiv, float_mod, float_divmod,
    format_float, format_int, format_bigint, float_hash as reexported_float_hash,
)
from vm.floatparts import float_decompose, float_is_negative, pow2
from vm.numhash import float_hash, int_hash


def bits_to_float(b: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def random_doubles(seed: int, n: int) -> list[float]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.6:
            out.append(bits_to_float(rng.getrandbits(64)))
        elif r < 0.7:
            out.append(bits_to_float(rng.getrandbits(52)))  # subnormals
        elif r < 0.85:
            out.append(rng.uniform(-1e6, 1e6))
        else:
            out.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
    return out


EDGE = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998.0,
        1e-4, 1e-5, 0.0001, 0.00001234, 123456789012345.0, 1234567890123456.0,
        12345678901234567.0, 5e-324, 1e-323, 2.2250738585072014e-308,
        2.225073858507201e-308, 1.7976931348623157e308, math.inf, -math.inf, math.nan,
        1e22, 1e23, 9007199254740993.0, 0.5, 2.5, 1.5, 100.0, 1e100, 1e-100]


def same_float(a: float, b: float) -> bool:
    if a != a:
        return b != b
    return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)


def test_repr_edges_and_powers_of_two():
    values = EDGE + [2.0 ** k for k in range(-1074, 1024)] + [-(2.0 ** k) for k in range(-1074, 1024, 5)]
    values += [10.0 ** k for k in range(-323, 309)]
    for x in values:
        assert float_repr(x) == repr(x)


def test_repr_random_doubles():
    for x in random_doubles(1, 40000):
        assert float_repr(x) == repr(x)


def test_decompose_and_sign():
    for x in EDGE + random_doubles(2, 3000):
        if not math.isfinite(x):
            continue
        m, e = float_decompose(x)
        if x == 0.0:
            assert (m, e) == (0, 0)
        else:
            assert 2**52 <= m < 2**53
            assert math.ldexp(float(m), e) == abs(x)
        assert float_is_negative(x) == (math.copysign(1.0, x) < 0)
    assert all(pow2(k) == math.ldexp(1.0, k) for k in range(-1074, 1024))


def test_sig_digits_external_and_exact_paths_agree_with_printf():
    rng = random.Random(3)
    for x in EDGE[:-3] + random_doubles(4, 3000):
        if not math.isfinite(x) or x == 0.0:
            continue
        p = rng.choice([0, 1, 5, 15, 16, 17, 20, 30, 60, rng.randint(0, 800)])
        fd = sig_digits(abs(x), p + 1)
        expected = "%.*e" % (p, abs(x))
        mant, exp = expected.split("e")
        assert fd.digits == mant.replace(".", "")
        assert fd.decpt - 1 == int(exp)


def test_fixed_digits_against_percent_f():
    rng = random.Random(5)
    for x in EDGE[:-3] + random_doubles(6, 3000):
        if not math.isfinite(x):
            continue
        p = rng.choice([0, 1, 2, 3, 6, 10, 17, 25, rng.randint(0, 400)])
        if abs(x) > 1e60 and rng.random() < 0.8:
            continue  # keep the exact big-number path but not too often
        fd = fixed_digits(abs(x), p)
        expected = "%.*f" % (p, abs(x))
        digits = expected.replace(".", "").lstrip("0")
        assert fd.digits == digits, (x, p)
        if digits:
            assert fd.decpt == len(digits) - p


@pytest.mark.parametrize("text", [
    "1_0", "1__0", "_1", "1_", "1_.5", "1._5", "1e_5", "1e5_", ".5", "5.", ".", "e5", "1e",
    "1e+", " -inF ", "nan", "-NaN", "+nan", "infinity", "-Infinity", "infinit", "inf inity",
    "0x10", "1.5e-400", "1e400", "-1e400", "\u0661\u0662", "\u00b2", "1\u20005",
    "\u2000 12.5\u3000", "+.5e-3", "1e1_0", "0000000000000000000001e-10", "1" + "0" * 400 + "e-400",
    "0." + "0" * 500 + "1e500", "1e99999999999999999999", "1e-99999999999999999999",
    "0e999999999999999", "4.9406564584124654e-324", "2.4703282292062328e-324",
    "2.4703282292062327e-324", "", "   ", "+", "-", "1.2.3", "1e5e5", "--1", "1 2",
    "1.7976931348623157e308", "1.7976931348623159e308", "0.1", "-0", "-0.0e10", "12_34.5_6e-1_0",
])
def test_parse_float_syntax(text):
    try:
        expected = float(text)
    except ValueError as exc:
        with pytest.raises(ValueError) as info:
            parse_float(text)
        assert str(info.value) == str(exc)
    else:
        assert same_float(parse_float(text), expected)


def test_parse_float_random_decimals():
    rng = random.Random(7)
    for _ in range(5000):
        n = rng.randint(1, 40)
        digits = "".join(rng.choice("0123456789") for _ in range(n))
        point = rng.randint(0, n)
        text = digits[:point] + "." + digits[point:]
        if rng.random() < 0.6:
            text += "e" + str(rng.randint(-340, 320))
        if rng.random() < 0.5:
            text = "-" + text
        assert same_float(parse_float(text), float(text)), text
    for x in random_doubles(8, 3000):
        assert same_float(parse_float(repr(x)), x)


def test_round_float():
    rng = random.Random(9)
    cases = [(2.675, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-2.5, 0), (1234.5, -1), (0.125, 2),
             (5e-324, 323), (5e-324, 324), (1e300, -300), (1.7976931348623157e308, -308),
             (-0.4, 0), (0.0, 3), (-0.0, 3), (math.inf, 2), (123.456, -400), (123.456, 400)]
    for x in random_doubles(10, 4000):
        if math.isfinite(x):
            cases.append((x, rng.randint(-25, 30)))
    for x, nd in cases:
        try:
            expected = round(x, nd)
        except OverflowError as exc:
            with pytest.raises(OverflowError) as info:
                round_float(x, nd)
            assert str(info.value) == str(exc)
        else:
            assert same_float(round_float(x, nd), expected), (x, nd)


def test_float_and_int_hash():
    for x in EDGE + random_doubles(11, 5000) + [float(2**k) for k in range(0, 1000, 7)]:
        if x == x:
            assert float_hash(x) == hash(x), x
    assert float_hash(math.nan) == 0
    rng = random.Random(12)
    ints = [0, 1, -1, -2, 2**61 - 1, 2**61, -(2**61 - 1), 2**63 - 1, -(2**63), -(2**63) + 1]
    ints += [rng.randint(-(2**63), 2**63 - 1) for _ in range(3000)]
    for i in ints:
        assert int_hash(i) == hash(i), i


def test_float_floordiv_mod():
    rng = random.Random(13)
    xs = EDGE + random_doubles(14, 2000)
    for x in xs:
        y = rng.choice(xs)
        if y == 0.0:
            with pytest.raises(ZeroDivisionError, match="float modulo"):
                float_mod(x, y)
            with pytest.raises(ZeroDivisionError, match="float floor division by zero"):
                float_floordiv(x, y)
            with pytest.raises(ZeroDivisionError, match="float divmod\\(\\)"):
                float_divmod(x, y)
            continue
        assert same_float(float_floordiv(x, y), x // y)
        assert same_float(float_mod(x, y), x % y)


def test_externals_contract():
    # The host bodies of the two backend primitives follow the documented
    # contract: "%.*e" text and a correctly rounded parse.
    assert float_externals.format_exp(1.0, 0) == "1e+00"
    assert float_externals.format_exp(-123.456, 4) == "-1.2346e+02"
    assert float_externals.format_exp(5e-324, 16) == "4.9406564584124654e-324"
    assert float_externals.parse_decimal("-1.5e-3") == -0.0015
    assert float_externals.parse_decimal("1e400") == math.inf


def test_floatfmt_reexports_the_public_api():
    # The VMs import everything float-text related from vm.floatfmt.
    from vm import numformat, numhash
    assert format_float is numformat.format_float
    assert format_int is numformat.format_int
    assert format_bigint is numformat.format_bigint
    assert reexported_float_hash is numhash.float_hash
    assert format_float(1234.5, ",.2f") == "1,234.50"
