"""Exact decomposition of doubles, written in the subset with exact float ops.

Scaling a double by a power of two is exact while it stays normal, so the
mantissa and exponent can be found without bit-level access.
"""
import math

_TWO52 = 4503599627370496.0
_TWO53 = 9007199254740992.0
_TWO32 = 4294967296.0
_TWO_M32 = 2.3283064365386963e-10


def _build_pow2_table() -> list[float]:
    import math as _m
    return [_m.ldexp(1.0, k) for k in range(-1074, 1024)]


# 2.0 ** k for -1074 <= k <= 1023, built on the host at import time.
_POW2: list[float] = _build_pow2_table()


def pow2(k: int) -> float:
    """2.0 ** k exactly, for -1074 <= k <= 1023."""
    return _POW2[k + 1074]


def float_is_negative(x: float) -> bool:
    """The sign bit of x (True for -0.0; False for NaN)."""
    if x < 0.0:
        return True
    if x == 0.0:
        # atan2(+0, -1) is +pi and atan2(-0, -1) is -pi.
        return math.atan2(x, -1.0) < 0.0
    return False


def float_is_finite(x: float) -> bool:
    return x == x and x != math.inf and x != -math.inf


def float_decompose(x: float) -> tuple[int, int]:
    """(m, e) with |x| == m * 2**e exactly, 2**52 <= m < 2**53; (0, 0) for 0.

    x must be finite.
    """
    m = x
    if m < 0.0:
        m = -m
    if m == 0.0:
        return 0, 0
    e = 0
    while m >= _TWO53 * _TWO32:
        m = m * _TWO_M32
        e += 32
    while m >= _TWO53:
        m = m * 0.5
        e += 1
    while m < _TWO52 * _TWO_M32:
        m = m * _TWO32
        e -= 32
    while m < _TWO52:
        m = m * 2.0
        e -= 1
    # Every double in [2**52, 2**53) is an integer.
    return int(m), e
