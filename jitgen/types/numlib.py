"""Subset implementations of numeric builtins whose CPython meaning no single
low-level operation has: exact comparison of an int with a float, and
hash() of ints, floats and tuples of them with CPython's values.

The typing rules (rules.py, calls.py) turn such an operation into a
direct_call of one of these functions, translated like the program's own
code, so every backend computes the same thing CPython does.
"""
import math

from jitgen.hints import intmask, r_uint

# ---- int compared with float, exactly ----------------------------------------
# float(i) rounds an int past 2**53; CPython compares the exact values.

TWO_63 = 9223372036854775808.0


def int_float_cmp(i: int, f: float) -> int:
    """-1, 0 or 1 as the exact value of i is below, equal to or above f;
    2 if f is a NaN (unordered)."""
    fi = float(i)
    # rounding is monotonic: a rounded i below (above) f means i is too
    if fi < f:
        return -1
    if fi > f:
        return 1
    if fi != f:
        return 2
    # f equals a rounded int: it is integral and within [-2**63, 2**63]
    if f >= TWO_63:
        return -1
    j = int(f)
    if i < j:
        return -1
    return 1 if i > j else 0


def int_float_lt(i: int, f: float) -> bool:
    return int_float_cmp(i, f) == -1


def int_float_le(i: int, f: float) -> bool:
    c = int_float_cmp(i, f)
    return c == -1 or c == 0


def int_float_eq(i: int, f: float) -> bool:
    return int_float_cmp(i, f) == 0


def int_float_ne(i: int, f: float) -> bool:
    return int_float_cmp(i, f) != 0


def int_float_gt(i: int, f: float) -> bool:
    return int_float_cmp(i, f) == 1


def int_float_ge(i: int, f: float) -> bool:
    c = int_float_cmp(i, f)
    return c == 1 or c == 0


INT_FLOAT_CMP = {"lt": int_float_lt, "le": int_float_le, "eq": int_float_eq,
                 "ne": int_float_ne, "gt": int_float_gt, "ge": int_float_ge}
# f OP i is i SWAPPED[OP] f
SWAPPED = {"lt": "gt", "le": "ge", "eq": "eq", "ne": "ne", "gt": "lt", "ge": "le"}

# ---- r_uint compared with int, by value ---------------------------------------
# r_uint is an int on CPython: r_uint(5) > -1.  Converting the int to
# unsigned would make -1 the largest value.


def uint_int_cmp(u: r_uint, i: int) -> int:
    if i < 0:
        return 1
    ui = r_uint(i)
    if u < ui:
        return -1
    return 1 if u > ui else 0


def uint_int_lt(u: r_uint, i: int) -> bool:
    return uint_int_cmp(u, i) < 0


def uint_int_le(u: r_uint, i: int) -> bool:
    return uint_int_cmp(u, i) <= 0


def uint_int_eq(u: r_uint, i: int) -> bool:
    return uint_int_cmp(u, i) == 0


def uint_int_ne(u: r_uint, i: int) -> bool:
    return uint_int_cmp(u, i) != 0


def uint_int_gt(u: r_uint, i: int) -> bool:
    return uint_int_cmp(u, i) > 0


def uint_int_ge(u: r_uint, i: int) -> bool:
    return uint_int_cmp(u, i) >= 0


UINT_INT_CMP = {"lt": uint_int_lt, "le": uint_int_le, "eq": uint_int_eq,
                "ne": uint_int_ne, "gt": uint_int_gt, "ge": uint_int_ge}


# ---- ** inside intmask(...) -----------------------------------------------------


def int_pow_wrap(base: int, exp: int) -> int:
    """base ** exp truncated to 64 bits, as intmask(base ** exp) on CPython
    (the low 64 bits of a product depend only on the factors' low bits)."""
    if exp < 0:
        raise ValueError("negative exponent in intmask(x ** n)")
    result = 1
    while exp > 0:
        if exp & 1:
            result = intmask(result * base)
        base = intmask(base * base)
        exp >>= 1
    return result


# ---- hash() as CPython computes it -------------------------------------------
# Numbers hash to their value modulo the Mersenne prime 2**61 - 1, so that
# hash(1) == hash(1.0); -1 is reserved (an error in C) and becomes -2.

HASH_BITS = 61
HASH_MODULUS = (1 << 61) - 1
HASH_INF = 314159


def int_hash(x: int) -> int:
    if x >= 0:
        h = x % HASH_MODULUS
    else:
        r = x % HASH_MODULUS  # floor modulo: |x| mod P is P - r (or 0)
        h = r - HASH_MODULUS if r else 0
    return -2 if h == -1 else h


def float_hash(v: float) -> int:
    """CPython's _Py_HashDouble.  A NaN hashes by identity on CPython 3.10+,
    which no translated program can reproduce: it gives 0 here."""
    if v != v:
        return 0
    if math.isinf(v):
        return HASH_INF if v > 0 else -HASH_INF
    if v == 0.0:
        return 0
    sign = 1
    m = v
    if m < 0:
        sign = -1
        m = -m
    # frexp: m = mantissa * 2**e with 0.5 <= mantissa < 1 (scaling by two is exact)
    e = 0
    while m >= 4294967296.0:
        m *= 1.0 / 4294967296.0
        e += 32
    while m >= 1.0:
        m *= 0.5
        e += 1
    while m < 2.3283064365386963e-10:
        m *= 4294967296.0
        e -= 32
    while m < 0.5:
        m *= 2.0
        e -= 1
    x = 0
    while m != 0.0:
        x = (intmask(x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28))
        m *= 268435456.0
        e -= 28
        y = int(m)
        m -= y
        x += y
        if x >= HASH_MODULUS:
            x -= HASH_MODULUS
    if e >= 0:
        e = e % HASH_BITS
    else:
        e = HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    x = (intmask(x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e))
    x = x * sign
    return -2 if x == -1 else x


# A tuple mixes its items' hashes as CPython 3.11's tuplehash (xxHash's round).
XXPRIME_1 = r_uint(11400714785074694791)
XXPRIME_2 = r_uint(14029467366897019727)
XXPRIME_5 = r_uint(2870177450012600261)


def tuple_hash_start() -> r_uint:
    return XXPRIME_5


def tuple_hash_step(acc: r_uint, lane: int) -> r_uint:
    acc = acc + r_uint(lane) * XXPRIME_2
    acc = (acc << 31) | (acc >> 33)
    return acc * XXPRIME_1


def tuple_hash_done(acc: r_uint, n: int) -> int:
    acc = acc + (r_uint(n) ^ (XXPRIME_5 ^ r_uint(3527539)))
    if acc == r_uint(-1):
        return 1546275796
    return intmask(acc)
