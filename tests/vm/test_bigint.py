"""BigInt against CPython's int as the oracle: edge cases and seeded randoms."""
import random
import sys

import pytest

from vm.bigint import BigInt

sys.set_int_max_str_digits(0)

EDGES = [0, 1, -1, 2, -2, 3, 7, 10, 2**29, 2**30 - 1, 2**30, 2**30 + 1, -(2**30),
         2**31 - 1, 2**31, 2**32, 2**60, 2**62, 2**63 - 1, 2**63, 2**63 + 1,
         -(2**63), -(2**63) - 1, -(2**63) + 1, 2**64, 2**64 - 1, -(2**64),
         10**9, 10**18, 10**19, 10**100, -(10**100), 2**90 - 1, 2**120 + 12345,
         3**200, -(7**150)]


def rand_int(rng: random.Random, maxbits: int = 2000) -> int:
    kind = rng.random()
    if kind < 0.3:
        bits = rng.randint(0, 64)
    elif kind < 0.9:
        bits = rng.randint(0, maxbits)
    else:
        # Numbers with long runs of ones/zeros stress carries and borrows.
        bits = rng.randint(1, maxbits)
        v = (1 << bits) - 1 if rng.random() < 0.5 else 1 << bits
        v += rng.randint(-3, 3)
        return v if rng.random() < 0.5 else -v
    v = rng.getrandbits(bits) if bits else 0
    return -v if rng.random() < 0.5 else v


def B(v: int) -> BigInt:
    return BigInt.from_int(v) if -(2**63) <= v < 2**63 else BigInt.from_str(str(v), 10)


def val(b: BigInt) -> int:
    r = 0
    for d in reversed(b.digits):
        r = (r << 30) | d
    assert all(0 <= d < 2**30 for d in b.digits)
    assert not b.digits or b.digits[-1] != 0, "not normalized"
    assert (b.signum == 0) == (not b.digits)
    return -r if b.signum < 0 else r


def pairs(seed: int, n: int, maxbits: int = 2000):
    rng = random.Random(seed)
    out = [(a, b) for a in EDGES for b in EDGES]
    for _ in range(n):
        out.append((rand_int(rng, maxbits), rand_int(rng, maxbits)))
    return out


def test_from_int_roundtrip():
    for v in EDGES:
        if -(2**63) <= v < 2**63:
            b = BigInt.from_int(v)
            assert val(b) == v
            assert b.fits_int()
            assert b.to_int() == v


def test_to_int_overflow():
    for v in [2**63, -(2**63) - 1, 10**30]:
        b = B(v)
        assert not b.fits_int()
        with pytest.raises(OverflowError):
            b.to_int()


@pytest.mark.parametrize("op", ["add", "sub", "mul"])
def test_ring_ops(op):
    for a, b in pairs(1, 3000):
        r = getattr(B(a), op)(B(b))
        expected = {"add": a + b, "sub": a - b, "mul": a * b}[op]
        assert val(r) == expected, (a, b)


def test_mul_large_karatsuba():
    rng = random.Random(2)
    for _ in range(40):
        a = rng.getrandbits(rng.randint(1000, 12000)) * rng.choice([1, -1])
        b = rng.getrandbits(rng.randint(1000, 12000)) * rng.choice([1, -1])
        assert val(B(a).mul(B(b))) == a * b


def test_divmod():
    for a, b in pairs(3, 3000):
        if b == 0:
            with pytest.raises(ZeroDivisionError, match="integer division or modulo by zero"):
                B(a).divmod(B(b))
            continue
        q, r = B(a).divmod(B(b))
        assert (val(q), val(r)) == divmod(a, b), (a, b)
        assert val(B(a).floordiv(B(b))) == a // b
        assert val(B(a).mod(B(b))) == a % b


def test_divmod_knuth_corner_cases():
    # Divisors whose top digits make the quotient estimate too large.
    rng = random.Random(4)
    for _ in range(500):
        n = rng.randint(2, 8)
        b = (1 << (30 * n)) - rng.randint(1, 1 << 20)
        a = b * rng.getrandbits(30 * rng.randint(1, 6)) + rng.randint(0, b - 1)
        q, r = B(a).divmod(B(b))
        assert (val(q), val(r)) == divmod(a, b)


def test_compare():
    for a, b in pairs(5, 1500):
        x, y = B(a), B(b)
        assert x.compare(y) == (a > b) - (a < b)
        assert (x.eq(y), x.ne(y), x.lt(y), x.le(y), x.gt(y), x.ge(y)) == \
            (a == b, a != b, a < b, a <= b, a > b, a >= b)


@pytest.mark.parametrize("op", ["and_", "or_", "xor"])
def test_bitwise(op):
    for a, b in pairs(6, 2000):
        r = getattr(B(a), op)(B(b))
        expected = {"and_": a & b, "or_": a | b, "xor": a ^ b}[op]
        assert val(r) == expected, (a, b)


def test_shifts_invert_neg_abs():
    rng = random.Random(7)
    values = EDGES + [rand_int(rng) for _ in range(1500)]
    for a in values:
        n = rng.choice([0, 1, 29, 30, 31, 59, 60, 61, 64, rng.randint(0, 3000)])
        assert val(B(a).lshift(n)) == a << n
        assert val(B(a).rshift(n)) == a >> n
        assert val(B(a).invert()) == ~a
        assert val(B(a).neg()) == -a
        assert val(B(a).abs()) == abs(a)
        assert B(a).bit_length() == a.bit_length()
        assert B(a).get_sign() == B(a).sign() == (a > 0) - (a < 0)
        assert B(a).is_zero() == (a == 0)
    with pytest.raises(ValueError, match="negative shift count"):
        B(5).lshift(-1)
    with pytest.raises(ValueError, match="negative shift count"):
        B(5).rshift(-1)


def test_pow():
    rng = random.Random(8)
    for _ in range(300):
        a = rand_int(rng, 200)
        e = rng.randint(0, 40)
        assert val(B(a).pow(B(e), None)) == a ** e
    for _ in range(400):
        a = rand_int(rng, 300)
        e = abs(rand_int(rng, 300))
        m = rand_int(rng, 300)
        if m == 0:
            continue
        assert val(B(a).pow(B(e), B(m))) == pow(a, e, m), (a, e, m)
    # Negative exponents with a modulus use the modular inverse.
    for _ in range(300):
        m = rand_int(rng, 100) or 7
        a = rand_int(rng, 100)
        e = -rng.randint(1, 50)
        try:
            expected = pow(a, e, m)
        except ValueError as exc:
            with pytest.raises(ValueError, match=str(exc)):
                B(a).pow(B(e), B(m))
        else:
            assert val(B(a).pow(B(e), B(m))) == expected
    with pytest.raises(ValueError, match="pow\\(\\) 3rd argument cannot be 0"):
        B(2).pow(B(3), B(0))
    with pytest.raises(ValueError):
        B(2).pow(B(-3), None)


def test_str_and_from_str_roundtrip():
    rng = random.Random(9)
    values = EDGES + [rand_int(rng) for _ in range(1500)]
    for a in values:
        s = B(a).str()
        assert s == str(a)
        assert val(BigInt.from_str(s, 10)) == a


def test_big_decimal_conversion():
    rng = random.Random(10)
    a = rng.getrandbits(33220)  # about 10,000 decimal digits
    s = str(a)
    assert B(a).str() == s
    assert val(BigInt.from_str(s, 10)) == a


def test_format_base_and_to_base():
    rng = random.Random(11)
    values = EDGES + [rand_int(rng) for _ in range(800)]
    for a in values:
        assert B(a).format_base(16) == hex(a)
        assert B(a).format_base(8) == oct(a)
        assert B(a).format_base(2) == bin(a)
        base = rng.randint(2, 36)
        text = B(a).to_base(base)
        assert int(text, base) == a


def test_from_str_syntax_against_cpython():
    cases = ["0", "-0", "+12", "  42  ", "\t-7\n", "1_000", "1__0", "_1", "1_",
             "0x1f", "0X1F", "0o17", "0b101", "0b", "0x_1f", "0x__1f", "010",
             "00", "0_0", "1e5", "", " ", "-", "12a", "zz", "ZZ", "0b2",
             "\u0661\u0662", "\u00a012", "9" * 50, "-0x8000000000000000"]
    for s in cases:
        for base in [0, 2, 8, 10, 16, 36]:
            try:
                expected = int(s, base)
            except ValueError as exc:
                with pytest.raises(ValueError) as info:
                    BigInt.from_str(s, base)
                assert str(info.value) == str(exc), (s, base)
            else:
                assert val(BigInt.from_str(s, base)) == expected, (s, base)
    with pytest.raises(ValueError, match="int\\(\\) base must be >= 2 and <= 36, or 0"):
        BigInt.from_str("1", 37)


def test_from_str_random_bases():
    rng = random.Random(12)
    for _ in range(600):
        a = rand_int(rng, 600)
        base = rng.randint(2, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        n, out = abs(a), []
        while n:
            n, d = divmod(n, base)
            out.append(digits[d])
        text = ("-" if a < 0 else "") + ("".join(reversed(out)) or "0")
        assert val(BigInt.from_str(text, base)) == a


def test_hash():
    rng = random.Random(13)
    values = EDGES + [rand_int(rng) for _ in range(2000)] + [2**61 - 1, 2**61, -(2**61 - 1), 2**61 - 2]
    for a in values:
        assert B(a).hash() == hash(a), a


def test_to_float_correctly_rounded():
    rng = random.Random(14)
    values = EDGES + [rand_int(rng, 1100) for _ in range(3000)]
    # Halfway cases: 53 bits, then a one, then zeros or a sticky bit.
    for _ in range(500):
        m = rng.getrandbits(53) | (1 << 52)
        k = rng.randint(1, 900)
        values.append(((2 * m + 1) << k))
        values.append(((2 * m + 1) << k) + 1)
        values.append(-((2 * m + 1) << k) - 1)
    values += [2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024 - 2**971]
    for a in values:
        try:
            expected = float(a)
        except OverflowError:
            with pytest.raises(OverflowError, match="int too large to convert to float"):
                B(a).to_float()
        else:
            assert B(a).to_float() == expected, a


def test_truediv_correctly_rounded():
    rng = random.Random(15)
    cases = pairs(16, 2000, 1200)
    for _ in range(500):
        a = rng.getrandbits(rng.randint(1, 100))
        b = rng.getrandbits(rng.randint(1000, 1200)) or 1
        cases.append((a, b))  # tiny and subnormal quotients
        cases.append((b, a or 1))
    for a, b in cases:
        if b == 0:
            with pytest.raises(ZeroDivisionError):
                B(a).truediv(B(b))
            continue
        try:
            expected = a / b
        except OverflowError as exc:
            with pytest.raises(OverflowError) as info:
                B(a).truediv(B(b))
            assert str(info.value) == str(exc)
        else:
            got = B(a).truediv(B(b))
            assert got == expected and str(got) == str(expected), (a, b)


def test_from_float():
    rng = random.Random(17)
    import struct
    values = [0.0, -0.0, 1.5, -1.5, 1e300, -1e300, 2.0**63, -(2.0**63), 2.0**64, 1.7976931348623157e308,
              5e-324, 0.999, 9.2e18, 9.3e18]
    for _ in range(3000):
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if x == x and abs(x) != float("inf"):
            values.append(x)
    for x in values:
        assert val(BigInt.from_float(x)) == int(x)
    with pytest.raises(ValueError, match="cannot convert float NaN to integer"):
        BigInt.from_float(float("nan"))
    with pytest.raises(OverflowError, match="cannot convert float infinity to integer"):
        BigInt.from_float(float("-inf"))
