"""math.gamma and math.lgamma in the subset (translated VMs have no C
library gamma).

Gamma(x) is reduced to Gamma(y), y in [1, 2), by the recurrence
Gamma(x + 1) = x * Gamma(x).  Every factor x - i or x + i is an exact
double-double (two-sum), their product is kept in double-double
arithmetic, and 1 / Gamma(y) comes from its Taylor polynomial around 1.5
(coefficients to ~32 digits, computed with mpmath; the truncation error is
below 1e-30), also evaluated in double-double.  The result is then good
to ~1e-30 relative, so rounding it to a double is correct but for
near-ties.  Integers use a table of correctly rounded factorials.
Outside (-185, 172) the result under- or overflows (gamma), or Stirling's
series and the reflection formula give lgamma.
"""
from __future__ import annotations

import math

from interpreters.python.modules.mathnorm import product_lo, scale_by
from vm.floatparts import float_decompose, pow2

# 1 / Gamma(1.5 + t) = sum of (RGAMMA_HI[k] + RGAMMA_LO[k]) * t**k, |t| <= 0.5
RGAMMA_HI: list[float] = [
    1.1283791670955126, -0.0411745264452831, -0.5266544355255445,
    0.17510202604393457, 0.050966860247706074, -0.042155169368535604,
    0.006612897826824127, 0.002120731442572938, -0.0011107302545948906,
    0.00015235762076747688, 2.5355204923814165e-05, -1.3896805717913756e-05,
    2.1562032905141724e-06, 5.7942640540526726e-08, -8.913551118311116e-08,
    1.7103469415915374e-08, -9.313686445241901e-10, -2.6804741033496623e-10,
    7.458932233316326e-11, -8.012807061414718e-12, -8.382343033451855e-14,
    1.6946340904320522e-13, -2.7875756707125753e-14, 1.8670394695065306e-15,
    1.3049499008587988e-16, -4.8588741441877864e-17, 5.829542692459468e-18,
    -2.592909417993784e-19, -3.326754010285789e-20, 7.944961635768106e-21,
    -7.755543288437357e-22, 2.5533736291329696e-23,
]
RGAMMA_LO: list[float] = [
    1.533545961316588e-17, -3.3752130157375745e-18, -6.112036385608127e-18,
    -1.0657471268514412e-17, 3.1247224718944427e-18, 3.0976342103734477e-18,
    3.573455638859823e-19, 1.3781297975220145e-19, -9.753454144222531e-20,
    -1.0906520861329338e-20, 4.893956349690275e-22, 2.1533543121307036e-22,
    8.714226745633228e-23, -7.454341938541845e-25, -3.639776989356635e-24,
    1.1274857846497739e-25, -3.474969316158858e-26, -2.3612584194639298e-26,
    2.4373478754056218e-27, -7.570390468804759e-28, 3.885823863175652e-30,
    2.2653509452158334e-30, 6.524116911441165e-31, -4.254392590878746e-32,
    -9.270238560188959e-33, -1.339620604759889e-33, -7.523759917630262e-35,
    4.8295929078260184e-36, 1.6251345689863235e-36, -3.661196591132274e-37,
    -3.001439691199397e-38, 1.0788765942473458e-40,
]


def build_factorials() -> list[float]:
    import math as host_math
    return [float(host_math.factorial(k)) for k in range(171)]


# FACTORIALS[k] is k! correctly rounded: Gamma(k + 1)
FACTORIALS: list[float] = build_factorials()

# constants as double-doubles (hi + lo)
HALF_LOG_2PI_HI = 0.9189385332046728
HALF_LOG_2PI_LO = -3.8782941580672414e-17
LOG_PI_HI = 1.1447298858494002
LOG_PI_LO = 1.0265951162707826e-17
LN2_HI = 0.6931471805599453
LN2_LO = 2.3190468138462996e-17
SQRT2 = 1.4142135623730951


def build_odd_reciprocals() -> tuple[list[float], list[float]]:
    """1 / (2k + 1) for k = 0..21 as double-doubles."""
    from fractions import Fraction
    his: list[float] = []
    los: list[float] = []
    for k in range(22):
        v = Fraction(1, 2 * k + 1)
        h = float(v)
        his.append(h)
        los.append(float(v - Fraction(h)))
    return his, los


ODD_RECIP_HI, ODD_RECIP_LO = build_odd_reciprocals()
TWO_500 = 3.273390607896142e+150
# below this, 1/x alone is Gamma(x) and -log|x| is lgamma(x) to far below an ulp
TINY = 1e-20


def two_sum(a: float, b: float) -> tuple[float, float]:
    """(s, e) with s = a + b rounded and a + b == s + e exactly."""
    s = a + b
    bb = s - a
    return s, (a - (s - bb)) + (b - bb)


def dd_add(ah: float, al: float, bh: float, bl: float) -> tuple[float, float]:
    s, e = two_sum(ah, bh)
    e += al + bl
    h = s + e
    return h, e - (h - s)


def dd_mul(ah: float, al: float, bh: float, bl: float) -> tuple[float, float]:
    p = ah * bh
    e = product_lo(ah, bh, p) + (ah * bl + al * bh)
    h = p + e
    return h, e - (h - p)


def dd_div(ah: float, al: float, bh: float, bl: float) -> tuple[float, float]:
    q = ah / bh
    p = q * bh
    r = (((ah - p) - product_lo(q, bh, p)) + al) - q * bl
    q2 = r / bh
    h = q + q2
    return h, q2 - (h - q)


def dd_horner(hi: list[float], lo: list[float], th: float, tl: float) -> tuple[float, float]:
    """The polynomial with double-double coefficients (hi[k], lo[k]) of
    x**k at the double-double t, by Horner's rule.  The loop is dd_mul and
    dd_add written out: their tuples would be allocated on each step in a
    translated VM."""
    k = len(hi) - 1
    rh = hi[k]
    rl = lo[k]
    while k > 0:
        k -= 1
        p = rh * th
        e = product_lo(rh, th, p) + (rh * tl + rl * th)
        rh = p + e
        rl = e - (rh - p)
        c = hi[k]
        a = rh + c
        bb = a - rh
        e = ((rh - (a - bb)) + (c - bb)) + (rl + lo[k])
        rh = a + e
        rl = e - (rh - a)
    return rh, rl


def is_integer(x: float) -> bool:
    # from 2**52 on every double is an integer (and floor would not fit an int)
    return math.fabs(x) >= 4503599627370496.0 or x == float(math.floor(x))


def gamma_parts(x: float) -> tuple[float, float, int]:
    """(h, l, s) with Gamma(x) == (h + l) * 2**s to ~1e-30 relative, for
    -185 < x < 172 not a pole and |x| >= TINY."""
    n = math.floor(x)
    # t = y - 1.5 exactly, where y = x - n + 1 is in [1, 2)
    th, tl = two_sum(x, -(float(n) + 0.5))
    rh, rl = dd_horner(RGAMMA_HI, RGAMMA_LO, th, tl)
    gh, gl = dd_div(1.0, 0.0, rh, rl)
    ph = 1.0
    pl = 0.0
    s = 0
    if n >= 1:
        # Gamma(x) = Gamma(y) * (x - 1) * ... * (x - (n - 1))
        for i in range(1, n):
            fh = x - float(i)
            bb = fh - x
            fl = (x - (fh - bb)) + (-float(i) - bb)
            p = ph * fh
            e = product_lo(ph, fh, p) + (ph * fl + pl * fh)
            ph = p + e
            pl = e - (ph - p)
            if ph > TWO_500:
                ph = ph / TWO_500
                pl = pl / TWO_500
                s += 500
        gh, gl = dd_mul(gh, gl, ph, pl)
    else:
        # Gamma(x) = Gamma(y) / (x * (x + 1) * ... * (x - n))
        for i in range(0, 1 - n):
            fh = x + float(i)
            bb = fh - x
            fl = (x - (fh - bb)) + (float(i) - bb)
            p = ph * fh
            e = product_lo(ph, fh, p) + (ph * fl + pl * fh)
            ph = p + e
            pl = e - (ph - p)
            if math.fabs(ph) > TWO_500:
                ph = ph / TWO_500
                pl = pl / TWO_500
                s -= 500
        gh, gl = dd_div(gh, gl, ph, pl)
    return gh, gl, s


def gamma(x: float) -> float:
    """Gamma(x); ValueError at the poles and -inf, OverflowError when the
    result is too large for a double."""
    if x != x:
        return x
    if math.isinf(x):
        if x > 0.0:
            return x
        raise ValueError("math domain error")
    if is_integer(x):
        if x <= 0.0:
            raise ValueError("math domain error")
        if x <= 171.0:
            return FACTORIALS[int(x) - 1]
        raise OverflowError("math range error")
    if math.fabs(x) < TINY:
        r = 1.0 / x
        if math.isinf(r):
            raise OverflowError("math range error")
        return r
    if x >= 172.0:
        raise OverflowError("math range error")
    if x <= -185.0:
        # |Gamma(x)| < 1e-330: a zero with the sign of (-1)**floor(x)
        return 0.0 if math.floor(x) % 2 == 0 else -0.0
    h, l, s = gamma_parts(x)
    r = scale_by(h, s) if s != 0 else h
    if math.isinf(r):
        raise OverflowError("math range error")
    return r


def dd_log(ah: float, al: float) -> tuple[float, float]:
    """log(ah + al) as a double-double, for ah > 0 finite: with
    ah + al = m * 2**e, m in [sqrt(1/2), sqrt(2)], log(m) = 2 atanh(u) with
    u = (m - 1) / (m + 1), |u| < 0.172, whose odd series converges fast."""
    mant, e = float_decompose(ah)
    e += 52
    scale = pow2(-e) if e >= -1022 else pow2(-1022) * pow2(-e - 1022)
    mh = ah * scale
    ml = al * scale
    if mh > SQRT2:
        mh = mh * 0.5
        ml = ml * 0.5
        e += 1
    nh, nl = two_sum(mh, -1.0)
    nh, nl = dd_add(nh, nl, ml, 0.0)
    dh, dl = two_sum(mh, 1.0)
    dh, dl = dd_add(dh, dl, ml, 0.0)
    uh, ul = dd_div(nh, nl, dh, dl)
    vh, vl = dd_mul(uh, ul, uh, ul)
    sh, sl = dd_horner(ODD_RECIP_HI, ODD_RECIP_LO, vh, vl)
    rh, rl = dd_mul(sh, sl, 2.0 * uh, 2.0 * ul)
    if e == 0:
        return rh, rl
    eh, el = dd_mul(float(e), 0.0, LN2_HI, LN2_LO)
    return dd_add(rh, rl, eh, el)


def sinpi_abs(x: float) -> float:
    """|sin(pi * x)|, with the reduction done exactly."""
    f = math.fabs(x) % 1.0
    g = f if f <= 0.5 else 1.0 - f
    return math.sin(math.pi * g)


def lgamma_stirling(xh: float, xl: float) -> tuple[float, float]:
    """log Gamma(xh + xl) for xh >= 172 by Stirling's series, as a
    double-double (for xh < 2**52, where x - 0.5 is exact)."""
    lh, ll = dd_log(xh, xl)
    ah, al = two_sum(xh, -0.5)
    ah, al = dd_add(ah, al, xl, 0.0)
    ph, pl = dd_mul(ah, al, lh, ll)
    ph, pl = dd_add(ph, pl, -xh, -xl)
    ph, pl = dd_add(ph, pl, HALF_LOG_2PI_HI, HALF_LOG_2PI_LO)
    z = 1.0 / xh
    z2 = z * z
    series = z * (1.0 / 12.0 - z2 * (1.0 / 360.0 - z2 * (1.0 / 1260.0 - z2 * (1.0 / 1680.0 - z2 * (1.0 / 1188.0)))))
    return dd_add(ph, pl, series, 0.0)


def lgamma_large(x: float) -> float:
    """log Gamma(x) for x >= 172."""
    if x >= 4503599627370496.0:
        # x (log x - 1) - log(x) / 2 + log(2 pi) / 2 + 1 / (12 x) ...: the
        # last term is far below an ulp.  x = mant * 2**e with mant < 2**53,
        # so mant * (log x - 1) is a safe double-double product.
        mant, e = float_decompose(x)
        lh, ll = dd_log(x, 0.0)
        ph, pl = dd_add(lh, ll, -1.0, 0.0)
        ph, pl = dd_mul(float(mant), 0.0, ph, pl)
        ph = scale_by(ph, e)
        if math.isinf(ph):
            return ph
        pl = scale_by(pl, e)
        ph, pl = dd_add(ph, pl, -0.5 * lh, -0.5 * ll)
        ph, pl = dd_add(ph, pl, HALF_LOG_2PI_HI, HALF_LOG_2PI_LO)
        return ph
    h, l = lgamma_stirling(x, 0.0)
    return h


def lgamma(x: float) -> float:
    """log |Gamma(x)|; ValueError at the poles, inf at both infinities,
    OverflowError when the result is too large."""
    if x != x:
        return x
    if math.isinf(x):
        return math.inf
    if is_integer(x):
        if x <= 0.0:
            raise ValueError("math domain error")
        if x <= 171.0:
            return math.log(FACTORIALS[int(x) - 1])
        r = lgamma_large(x)
    elif math.fabs(x) < TINY:
        return -math.log(math.fabs(x))
    elif x >= 172.0:
        r = lgamma_large(x)
    elif x <= -185.0:
        # reflection: |Gamma(x)| = pi / (|sin(pi x)| * Gamma(1 - x))
        yh, yl = two_sum(1.0, -x)
        gh, gl = lgamma_stirling(yh, yl)
        rh, rl = dd_add(LOG_PI_HI, LOG_PI_LO, -gh, -gl)
        r = rh + (rl - math.log(sinpi_abs(x)))
    else:
        h, l, s = gamma_parts(x)
        if h < 0.0:
            h = -h
            l = -l
        rh, rl = dd_log(h, l)
        if s != 0:
            sh, sl = dd_mul(float(s), 0.0, LN2_HI, LN2_LO)
            rh, rl = dd_add(rh, rl, sh, sl)
        r = rh
    if math.isinf(r):
        raise OverflowError("math range error")
    return r
