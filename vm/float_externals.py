"""Backend primitives for float <-> decimal text (see docs/runtime-numbers.md).

Each function is a backend primitive (jitgen.hints.external): the body below
runs on CPython and in the graph interpreter; the native backend implements
it with snprintf/strtod and the CLI backend with .NET formatting/parsing.
Everything else about float text (shortest repr, format specs, rounding) is
written in the subset on top of these two, in vm/floatfmt.py.
"""
from jitgen.hints import external


@external("float_format_exp")
def format_exp(x: float, precision: int) -> str:
    """C's snprintf(buf, n, "%.*e", precision, x) for finite x.

    0 <= precision <= 16.  Correctly rounded (round-half-even on the exact
    binary value).  Result: optional "-", one digit, "." and `precision`
    digits when precision > 0, then "e" or "E", a sign, and at least two
    exponent digits (callers accept any number of exponent digits).
    """
    return "%.*e" % (precision, x)


@external("float_parse_decimal")
def parse_decimal(s: str) -> float:
    """C's strtod on a canonical decimal, correctly rounded (half-even).

    s matches  -?[0-9]+(\\.[0-9]+)?(e[-+]?[0-9]+)?  (ASCII only, no spaces,
    no underscores, at most 3 exponent digits, exponent within +-410; the
    digit string may be long).  Overflow gives +-inf,
    underflow +-0.0 or a subnormal, exactly as IEEE round-to-nearest.
    """
    return float(s)
