"""math.frexp, ldexp, modf and fsum in the subset (translated VMs have no
C library calls for them).  Each is exact as CPython's: scaling by powers
of two rounds at most once, fsum keeps exact partial sums."""
from __future__ import annotations

import math

from interpreters.python.modules.mathnorm import partials_round
from vm.floatparts import float_decompose, float_is_negative, pow2


class FloatRangeError(Exception):
    """A result or an intermediate sum out of the float range."""


def with_sign_of(v: float, x: float) -> float:
    a = math.fabs(v)
    return -a if float_is_negative(x) else a


def is_finite(x: float) -> bool:
    return x - x == 0.0


def frexp_mantissa(x: float) -> float:
    """m of frexp(x) = (m, e): 0.5 <= |m| < 1 for finite nonzero x."""
    if x == 0.0 or not is_finite(x):
        return x
    m, e = float_decompose(x)
    # m < 2**53 is exact as a double, and so is scaling it by 2**-53
    return with_sign_of(float(m) * 1.1102230246251565e-16, x)


def frexp_exponent(x: float) -> int:
    if x == 0.0 or not is_finite(x):
        return 0
    m, e = float_decompose(x)
    return e + 53


def ldexp(x: float, i: int) -> float:
    """x * 2**i with one rounding; FloatRangeError on overflow."""
    if x == 0.0 or not is_finite(x):
        return x
    m = frexp_mantissa(x)
    e = frexp_exponent(x) + i
    if e > 1024:
        raise FloatRangeError("math range error")
    if e >= -1021:
        # 2 * m in [1, 2): exact scaling by 2**(e - 1) <= 2**1023
        return (2.0 * m) * math.pow(2.0, float(e - 1))
    if e < -1082:
        return with_sign_of(0.0, x)
    # a normal intermediate, then the one rounding into the subnormals
    return (m * math.pow(2.0, float(e + 60))) * math.pow(2.0, -60.0)


def modf_int(x: float) -> float:
    """The integer part of modf(x), with x's sign."""
    if not is_finite(x) or math.fabs(x) >= 4503599627370496.0:
        return x
    return with_sign_of(float(int(x)), x)


def modf_frac(x: float) -> float:
    if x != x:
        return x
    if not is_finite(x):
        return with_sign_of(0.0, x)
    return with_sign_of(x - modf_int(x), x)


def fsum(vals: list[float]) -> float:
    """The correctly rounded sum: exact non-overlapping partial sums
    (two-sum error terms), then a last look at the half-way case."""
    partials: list[float] = []
    special = 0.0
    inf_sum = 0.0
    for x in vals:
        if not is_finite(x):
            # inf and nan only combine with each other
            if x == x:
                inf_sum += x
            special += x
            continue
        kept: list[float] = []
        for y in partials:
            if math.fabs(x) < math.fabs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                kept.append(lo)
            x = hi
        if not is_finite(x):
            raise FloatRangeError("intermediate overflow in fsum")
        kept.append(x)
        partials = kept
    if special != 0.0 or special != special:
        if inf_sum != inf_sum:
            raise ValueError("-inf + inf in fsum")
        return special
    return partials_round(partials)


def subnormal_aware(x: float) -> tuple[int, int]:
    """(m, e) with |x| == m * 2**e and e >= -1074 (m < 2**52 for
    subnormals): the spacing of doubles around x is 2**e."""
    m, e = float_decompose(x)
    if e < -1074:
        m = m >> (-1074 - e)
        e = -1074
    return m, e


def ulp(x: float) -> float:
    if x != x:
        return x
    if not is_finite(x):
        return math.inf
    if x == 0.0:
        return pow2(-1074)
    m, e = subnormal_aware(x)
    return pow2(e)


def nextafter(x: float, y: float) -> float:
    if x != x or y != y:
        return x + y
    if x == y:
        return y
    if x == 0.0:
        return with_sign_of(pow2(-1074), y)
    if not is_finite(x):
        return with_sign_of(1.7976931348623157e308, x)
    m, e = subnormal_aware(x)
    if (y > x) == (x > 0.0):
        m += 1
        if m == 1 << 53:
            m = 1 << 52
            e += 1
        if e > 971:
            return with_sign_of(math.inf, x)
    else:
        m -= 1
        if m < (1 << 52) and e > -1074:
            m = 2 * m + 1
            e -= 1
    return with_sign_of(float(m) * pow2(e), x)


HEX_DIGITS = "0123456789abcdef"


def float_hex(x: float) -> str:
    """float.hex(): 0x1.<13 hex digits>p<exp>, subnormals as 0x0.<...>p-1022."""
    if x != x:
        return "nan"
    if not is_finite(x):
        return "-inf" if x < 0.0 else "inf"
    sign = "-" if float_is_negative(x) else ""
    if x == 0.0:
        return sign + "0x0.0p+0"
    m, e = subnormal_aware(x)
    if m < (1 << 52):
        lead = "0"
        frac = m
        exp = -1022
    else:
        lead = "1"
        frac = m - (1 << 52)
        exp = e + 52
    digits: list[str] = []
    for k in range(13):
        digits.append(HEX_DIGITS[(frac >> (4 * (12 - k))) & 15])
    return "%s0x%s.%sp%s%d" % (sign, lead, "".join(digits), "-" if exp < 0 else "+", exp if exp >= 0 else -exp)


def pow_nonfinite(x: float, y: float) -> float:
    """x ** y (math.pow) when x or y is an infinity or a nan: C99's
    special cases, none of which is an error."""
    if x != x:
        return 1.0 if y == 0.0 else x
    if y != y:
        return 1.0 if x == 1.0 else y
    if not is_finite(x):
        odd_y = is_finite(y) and math.fabs(y) % 2.0 == 1.0
        if y > 0.0:
            return x if odd_y else math.fabs(x)
        if y == 0.0:
            return 1.0
        return with_sign_of(0.0, x) if odd_y else 0.0
    # y is an infinity, x finite
    if math.fabs(x) == 1.0:
        return 1.0
    if (y > 0.0) == (math.fabs(x) > 1.0):
        return math.inf
    return 0.0


def fmod(x: float, y: float) -> float:
    """C's fmod: x - n*y with n = x/y truncated, exact, with x's sign;
    ValueError for an infinite x or a zero y (not when either is a nan)."""
    if x != x or y != y:
        return x + y
    if not is_finite(y) and is_finite(x):
        return x
    if not is_finite(x) or y == 0.0:
        raise ValueError("math domain error")
    # % of non-negative operands is exact
    return with_sign_of(math.fabs(x) % math.fabs(y), x)


def remainder(x: float, y: float) -> float:
    """IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to
    even); exact.  ValueError for an infinite x or a zero y."""
    if x != x:
        return x
    if y != y:
        return y
    if not is_finite(x) or y == 0.0:
        raise ValueError("math domain error")
    if not is_finite(y):
        return x
    ax = math.fabs(x)
    ay = math.fabs(y)
    m = ax % ay           # fmod of non-negative operands: exact
    c = ay - m            # exact too: both are multiples of ulp(m) below ay
    if m < c:
        r = m
    elif m > c:
        r = -c
    else:
        # a tie: keep the even multiple.  (ax - m) / 2 is exact; its
        # remainder by ay tells whether the quotient (ax - m) / ay is odd.
        r = m - 2.0 * ((0.5 * (ax - m)) % ay)
    return -r if float_is_negative(x) else r
