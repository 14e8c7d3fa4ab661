"""CPython-compatible numeric hashing (written in the subset).

Every number hashes to its value modulo the Mersenne prime 2**61 - 1, keeping
the sign, so that equal ints, floats (and BigInts) hash equally.  -1 is
reserved and becomes -2.  BigInt.hash() lives in vm/bigint.py.
"""
import math

from jitgen.hints import MININT
from vm.floatparts import float_decompose, float_is_negative

HASH_BITS = 61
HASH_MODULUS = (1 << 61) - 1
HASH_INF = 314159


def int_hash(i: int) -> int:
    """hash(i) for a machine int."""
    if i == MININT:
        # -(2**63) mod (2**61 - 1) == -4
        return -4
    neg = i < 0
    x = -i if neg else i
    x = x % HASH_MODULUS
    if neg:
        x = -x
    if x == -1:
        x = -2
    return x


def rotate61(x: int, r: int) -> int:
    """x * 2**r modulo 2**61 - 1, for 0 <= x < 2**61 and 0 <= r < 61."""
    if r == 0:
        return x
    return ((x & ((1 << (HASH_BITS - r)) - 1)) << r) | (x >> (HASH_BITS - r))


def float_hash(x: float) -> int:
    """hash(x) as CPython computes it for finite and infinite x.

    NaN hashes to 0 here (CPython 3.10+ hashes NaN by object identity; a VM
    that wants that must special-case NaN itself).
    """
    if x != x:
        return 0
    if x == math.inf:
        return HASH_INF
    if x == -math.inf:
        return -HASH_INF
    m, e = float_decompose(x)
    if m == 0:
        return 0
    h = rotate61(m % HASH_MODULUS, e % HASH_BITS)
    if h == HASH_MODULUS:
        h = 0
    if float_is_negative(x):
        h = -h
    if h == -1:
        h = -2
    return h
