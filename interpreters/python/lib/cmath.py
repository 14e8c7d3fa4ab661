"""cmath: math on complex numbers, written for this VM.

sqrt, exp, log and the trigonometric/hyperbolic functions use the same
formulas as CPython's (so results agree to the last bit on ordinary
arguments); the inverse functions use the textbook formulas."""
import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, _m.inf)
nanj = complex(0.0, _m.nan)


def _c(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z)
    if hasattr(type(z), "__complex__"):
        return z.__complex__()
    if hasattr(type(z), "__float__") or hasattr(type(z), "__index__"):
        return complex(float(z))
    raise TypeError("must be real number, not %s" % type(z).__name__)


def phase(z):
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    return abs(z), phase(z)


def rect(r, phi):
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def sqrt(z):
    z = _c(z)
    if z.real == 0.0 and z.imag == 0.0:
        return complex(0.0, z.imag)
    ax = abs(z.real) / 8.0
    ay = abs(z.imag)
    s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if z.real >= 0.0:
        return complex(s, _m.copysign(d, z.imag))
    return complex(d, _m.copysign(s, z.imag))


def exp(z):
    z = _c(z)
    length = _m.exp(z.real)
    return complex(length * _m.cos(z.imag), length * _m.sin(z.imag))


def log(z, base=None):
    z = _c(z)
    ax = abs(z.real)
    ay = abs(z.imag)
    if ax == 0.0 and ay == 0.0:
        raise ValueError("math domain error")
    h = _m.hypot(ax, ay)
    if 0.71 <= h <= 1.73:
        am = max(ax, ay)
        an = min(ax, ay)
        real = _m.log1p((am - 1) * (am + 1) + an * an) / 2
    else:
        real = _m.log(h)
    result = complex(real, _m.atan2(z.imag, z.real))
    if base is not None:
        return result / log(base)
    return result


def log10(z):
    r = log(z)
    return complex(r.real / _m.log(10.0), r.imag / _m.log(10.0))


def sinh(z):
    z = _c(z)
    return complex(_m.cos(z.imag) * _m.sinh(z.real), _m.sin(z.imag) * _m.cosh(z.real))


def cosh(z):
    z = _c(z)
    return complex(_m.cos(z.imag) * _m.cosh(z.real), _m.sin(z.imag) * _m.sinh(z.real))


def tanh(z):
    z = _c(z)
    tx = _m.tanh(z.real)
    ty = _m.tan(z.imag)
    cx = 1.0 / _m.cosh(z.real)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sin(z):
    z = _c(z)
    r = sinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def cos(z):
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def tan(z):
    z = _c(z)
    r = tanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def asin(z):
    z = _c(z)
    # asin(z) = -i log(iz + sqrt(1 - z^2))
    w = log(complex(-z.imag, z.real) + sqrt(1 - z * z))
    return complex(w.imag, -w.real)


def acos(z):
    z = _c(z)
    return pi / 2 - asin(z)


def atan(z):
    z = _c(z)
    # atan(z) = i/2 (log(1 - iz) - log(1 + iz))
    iz = complex(-z.imag, z.real)
    w = log(1 - iz) - log(1 + iz)
    return complex(-w.imag / 2, w.real / 2)


def asinh(z):
    z = _c(z)
    return log(z + sqrt(z * z + 1))


def acosh(z):
    z = _c(z)
    return log(z + sqrt(z + 1) * sqrt(z - 1))


def atanh(z):
    z = _c(z)
    return (log(1 + z) - log(1 - z)) / 2


def isfinite(z):
    z = _c(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _c(a)
    b = _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or diff <= abs_tol
