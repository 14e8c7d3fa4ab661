"""math.hypot and math.dist in the subset: the Euclidean norm, correctly
rounded.

The coordinates are scaled by a power of two so the largest is in [0.5, 1)
(exact), each square is split exactly into two doubles (Dekker), and all
of them are added without error into a list of non-overlapping partial
sums.  sqrt of the rounded sum is within an ulp of the true root; comparing
the exact sum with the squares of the two neighbouring midpoints (also
exact) picks the correctly rounded root.  Unscaling is one more exact
multiplication; a result that will be subnormal is rounded to the
subnormals' spacing directly, so it too is rounded only once.
"""
from __future__ import annotations

import math

from vm.floatparts import float_decompose, pow2

# 2**27 + 1: splits a double into two halves of at most 26 bits each
SPLITTER = 134217729.0


def split_hi(a: float) -> float:
    c = SPLITTER * a
    return c - (c - a)


def square_lo(a: float, hi: float) -> float:
    """a*a - hi exactly, where hi = a*a rounded (Dekker's product)."""
    ah = split_hi(a)
    al = a - ah
    return ((ah * ah - hi) + 2.0 * ah * al) + al * al


def product_lo(a: float, b: float, hi: float) -> float:
    """a*b - hi exactly, where hi = a*b rounded."""
    ah = split_hi(a)
    al = a - ah
    bh = split_hi(b)
    bl = b - bh
    return (((ah * bh - hi) + ah * bl) + al * bh) + al * bl


def partials_add(partials: list[float], x: float) -> None:
    """Add x to the exact sum held as non-overlapping partials (smallest
    first), in place: each step is a two-sum, so nothing is lost."""
    i = 0
    for y in partials:
        if math.fabs(x) < math.fabs(y):
            x, y = y, x
        hi = x + y
        lo = y - (hi - x)
        if lo != 0.0:
            partials[i] = lo
            i += 1
        x = hi
    del partials[i:]
    partials.append(x)


def partials_round(partials: list[float]) -> float:
    """The exact sum of the partials, correctly rounded (half to even)."""
    n = len(partials)
    if n == 0:
        return 0.0
    n -= 1
    hi = partials[n]
    lo = 0.0
    while n > 0:
        x = hi
        n -= 1
        y = partials[n]
        hi = x + y
        lo = y - (hi - x)
        if lo != 0.0:
            break
    # the partials below decide a half-way rounding of hi + lo
    if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or (lo > 0.0 and partials[n - 1] > 0.0)):
        y = lo * 2.0
        x = hi + y
        if y == x - hi:
            hi = x
    return hi


def scale_by(x: float, k: int) -> float:
    """x * 2**k, in two steps where 2**k is not a double."""
    if k > 1023:
        return (x * pow2(k - 1000)) * pow2(1000)
    if k < -1074:
        return (x * pow2(k + 1000)) * pow2(-1000)
    return x * pow2(k)


def sign_of_sum_minus_square(partials: list[float], c: float, d: float) -> int:
    """The sign of S - (c + d)**2 exactly, S the sum of the partials; d is a
    power of two (or its negative) small enough that every product is exact."""
    rest = partials.copy()
    cc = c * c
    partials_add(rest, -cc)
    partials_add(rest, -square_lo(c, cc))
    partials_add(rest, -2.0 * c * d)
    partials_add(rest, -(d * d))
    r = partials_round(rest)
    if r > 0.0:
        return 1
    if r < 0.0:
        return -1
    return 0


def correctly_rounded_sqrt(partials: list[float], grid: float) -> float:
    """sqrt of the exact sum of the partials (which is at least 0.25),
    correctly rounded to a double, or to a multiple of grid where the
    doubles are closer together than that (results that become subnormal
    once unscaled: one rounding, not two)."""
    h = math.sqrt(partials_round(partials))
    if h < grid * 4503599627370496.0:
        h = float(int(h / grid + 0.5)) * grid
    while True:
        m, e = float_decompose(h)
        up = pow2(e)
        down = up * 0.5 if m == (1 << 52) else up
        odd = (m & 1) == 1
        if up < grid:
            up = grid
            down = grid
            odd = (int(h / grid) & 1) == 1
        s = sign_of_sum_minus_square(partials, h, up * 0.5)
        if s > 0 or (s == 0 and odd):
            h = h + up
            continue
        s = sign_of_sum_minus_square(partials, h, -down * 0.5)
        if s < 0 or (s == 0 and odd):
            h = h - down
            continue
        return h


def fast_norm(vals: list[float], k: int) -> float:
    """The correctly rounded norm of the coordinates scaled by 2**k, when a
    double-double sum of the squares decides the rounding with a wide
    margin; 0.0 when it does not (near a half-way point or a power of
    two), for the exact path to decide."""
    sh = 0.0
    sl = 0.0
    for v in vals:
        x = scale_by(v, k)
        sq = x * x
        s = sh + sq
        bb = s - sh
        sl += ((sh - (s - bb)) + (sq - bb)) + square_lo(x, sq)
        sh = s
    h = math.sqrt(sh + sl)
    hh = h * h
    # S - h*h (S = sh + sl to ~n * 2**-104): sh - hh is exact (Sterbenz)
    t = (((sh - hh) + sl) - square_lo(h, hh)) / (2.0 * h)
    # the spacing u of doubles at h (h is in [0.5, sqrt(n)))
    u = 1.1102230246251565e-16
    b = 1.0
    while h >= b:
        b *= 2.0
        u *= 2.0
    # the root is h + t, t within about an ulp; t / u is known to ~1e-9
    q = t / u
    if q > -0.499999 and q < 0.499999 and not (q < 0.0 and h * 2.0 == b):
        return h
    if q > 0.500001 and q < 1.499999:
        return h + u
    if q < -0.500001 and q > -1.499999 and h * 2.0 != b:
        return h - u
    return 0.0


def vector_norm(vals: list[float]) -> float:
    """sqrt(sum of squares) with CPython's rules for special values: any
    infinity gives inf (even with a nan), else any nan gives nan."""
    mx = 0.0
    found_nan = False
    for v in vals:
        a = math.fabs(v)
        if a != a:
            found_nan = True
        elif a > mx:
            mx = a
    if mx == math.inf:
        return mx
    if found_nan:
        return math.nan
    if mx == 0.0 or len(vals) <= 1:
        return mx
    m, e = float_decompose(mx)
    # mx * 2**k is in [0.5, 1)
    k = -(e + 53)
    # the spacing of subnormals, 2**-1074, in scaled units
    grid = scale_by(1.0, k - 1074) if k - 1074 > -1074 else 0.0
    if grid == 0.0:
        h = fast_norm(vals, k)
        if h > 0.0:
            return scale_by(h, -k)
    partials: list[float] = []
    for v in vals:
        x = scale_by(v, k)
        sq = x * x
        partials_add(partials, sq)
        partials_add(partials, square_lo(x, sq))
    return scale_by(correctly_rounded_sqrt(partials, grid), -k)
