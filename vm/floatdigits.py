"""Decimal digits of doubles, correctly rounded (written in the subset).

Built on two backend primitives (vm/float_externals.py): `format_exp`
(correctly rounded significant digits, at most 17) and `parse_decimal`
(correctly rounded parse).  Digits beyond what format_exp gives come from
exact BigInt arithmetic on the double's binary value x == m * 2**e.

Digit results are FloatDigits(digits, decpt): the value is
0.DIGITS * 10**decpt, with no leading zero in DIGITS.
"""
import math

from vm.bigint import BigInt
from vm.float_externals import format_exp, parse_decimal
from vm.floatparts import float_decompose

# log10(2), to estimate decimal exponents from binary ones.
_LOG10_2 = 0.30102999566398120


class FloatDigits:
    """Decimal digits of a non-negative finite double: 0.digits * 10**decpt."""

    digits: str
    decpt: int

    def __init__(self, digits: str, decpt: int) -> None:
        self.digits = digits
        self.decpt = decpt


def _parse_exp_output(s: str) -> FloatDigits:
    """Digits and decpt of format_exp's text ("-d.ddde+XX" shaped)."""
    digits: list[str] = []
    i = 0
    n = len(s)
    if i < n and s[i] == "-":
        i += 1
    while i < n and s[i] != "e" and s[i] != "E":
        if s[i] != ".":
            digits.append(s[i])
        i += 1
    i += 1
    eneg = False
    if i < n and (s[i] == "+" or s[i] == "-"):
        eneg = s[i] == "-"
        i += 1
    exp = 0
    while i < n:
        exp = exp * 10 + (ord(s[i]) - 48)
        i += 1
    if eneg:
        exp = -exp
    return FloatDigits("".join(digits), exp + 1)


def canonical_decimal(digits: str, decpt: int, negative: bool) -> str:
    """parse_decimal's input for 0.digits * 10**decpt."""
    if digits == "":
        return "-0" if negative else "0"
    s = digits[0:1]
    if len(digits) > 1:
        s = s + "." + digits[1:len(digits)]
    s = s + "e" + str(decpt - 1)
    return "-" + s if negative else s


def strip_trailing_zeros(digits: str) -> str:
    end = len(digits)
    while end > 0 and digits[end - 1] == "0":
        end -= 1
    return digits[0:end]


def sig_digits(x: float, ndigits: int) -> FloatDigits:
    """|x| correctly rounded (half-even) to ndigits >= 1 significant digits.

    x is finite; zero gives ("0" * ndigits, 1).
    """
    if x == 0.0:
        return FloatDigits("0" * ndigits, 1)
    if ndigits <= 17:
        return _parse_exp_output(format_exp(x, ndigits - 1))
    return _exact_sig_digits(x, ndigits)


def shortest_digits(x: float) -> FloatDigits:
    """The shortest digits that parse back to |x| (x finite, nonzero).

    When several strings of that length round-trip, this is the one nearest
    to x, as in CPython's repr.
    """
    ax = -x if x < 0.0 else x
    if ax < 2.2250738585072014e-308:
        # Subnormal: the interval is symmetric but wide, so search upward;
        # the nearest p-digit decimal round-trips if any p-digit one does.
        for nd in range(1, 18):
            fd = _parse_exp_output(format_exp(ax, nd - 1))
            if nd == 17 or parse_decimal(canonical_decimal(fd.digits, fd.decpt, False)) == ax:
                return FloatDigits(strip_trailing_zeros(fd.digits), fd.decpt)
    # At most one 15-digit decimal lies within a double's rounding interval,
    # so if the 15-digit rounding round-trips, its stripped form is the
    # shortest; otherwise 16, then 17 digits (17 always round-trips).
    for nd in range(15, 18):
        fd = _parse_exp_output(format_exp(ax, nd - 1))
        if nd == 17 or parse_decimal(canonical_decimal(fd.digits, fd.decpt, False)) == ax:
            d = strip_trailing_zeros(fd.digits)
            if nd >= 16:
                # Nearest nd-digit rounding can miss where the gap below x
                # is half the gap above (x a power of two): try one step up.
                alt = _power_of_two_alternative(ax, d, fd.decpt, nd)
                if alt is not None:
                    return alt
            return FloatDigits(d, fd.decpt)
    raise AssertionError("unreachable")


def _power_of_two_alternative(ax: float, d: str, decpt: int, nd: int) -> FloatDigits | None:
    """A shorter string for the asymmetric case, or None."""
    m, e = float_decompose(ax)
    if m != 4503599627370496 or len(d) < nd:
        return None
    # Try the (nd-1)-digit decimal just above x: it may still round to x
    # because the interval above a power of two is twice as wide.
    fd = sig_digits(ax, nd - 1)
    up = _add_ulp(fd.digits, fd.decpt)
    if parse_decimal(canonical_decimal(up.digits, up.decpt, False)) == ax:
        return FloatDigits(strip_trailing_zeros(up.digits), up.decpt)
    return None


def _add_ulp(digits: str, decpt: int) -> FloatDigits:
    """digits + 1 in the last place."""
    chars: list[str] = []
    for c in digits:
        chars.append(c)
    i = len(chars) - 1
    while i >= 0:
        if chars[i] == "9":
            chars[i] = "0"
            i -= 1
        else:
            chars[i] = chr(ord(chars[i]) + 1)
            return FloatDigits("".join(chars), decpt)
    return FloatDigits("1" + "".join(chars), decpt + 1)


def _exact_scaled(x: float, t: int) -> BigInt:
    """round_half_even(|x| * 10**t) as a BigInt, exactly."""
    m, e = float_decompose(x)
    if m == 0:
        return BigInt.from_int(0)
    num = BigInt.from_int(m)
    den = BigInt.from_int(1)
    if e >= 0:
        num = num.lshift(e)
    else:
        den = den.lshift(-e)
    p = BigInt.from_int(10).pow(BigInt.from_int(t if t >= 0 else -t), None)
    if t >= 0:
        num = num.mul(p)
    else:
        den = den.mul(p)
    q, r = num.divmod(den)
    c = r.lshift(1).compare(den)
    if c > 0 or (c == 0 and (q.digits[0] & 1 if len(q.digits) > 0 else 0) == 1):
        q = q.int_add(1)
    return q


def _decimal_exponent(x: float) -> int:
    """An estimate of floor(log10(|x|)) (off by at most one), x nonzero."""
    m, e = float_decompose(x)
    return math.floor(float(e + 52) * _LOG10_2 + math.log(float(m) / 4503599627370496.0) / math.log(10.0))


def _exact_sig_digits(x: float, ndigits: int) -> FloatDigits:
    """sig_digits by exact arithmetic, for any ndigits >= 1."""
    est = _decimal_exponent(x)
    for attempt in range(3):
        n = _exact_scaled(x, ndigits - 1 - est)
        s = n.str()
        if len(s) == ndigits:
            return FloatDigits(s, est + 1)
        if len(s) > ndigits:
            if s == "1" + "0" * ndigits:
                # Rounded up to the next power of ten.
                return FloatDigits(s[0:ndigits], est + 2)
            est += 1
        else:
            est -= 1
    raise AssertionError("decimal exponent estimate failed")


def fixed_digits(x: float, prec: int) -> FloatDigits:
    """|x| correctly rounded to `prec` digits after the point (prec may be
    negative: round to tens, hundreds...).  The result has exactly
    decpt + prec digits when nonzero; zero gives ("", -prec)."""
    if x != 0.0:
        fd = _parse_exp_output(format_exp(x, 0))
        # fd.decpt is the decimal exponent + 1, possibly one too high.
        nd = fd.decpt + prec
        if 1 <= nd <= 17:
            fd = _parse_exp_output(format_exp(x, nd - 1))
            if len(fd.digits) - fd.decpt == prec:
                return fd
    n = _exact_scaled(x, prec)
    if n.is_zero():
        return FloatDigits("", -prec)
    s = n.str()
    return FloatDigits(s, len(s) - prec)


def layout_repr(digits: str, decpt: int) -> str:
    """Repr layout: fixed for 1e-4 <= |x| < 1e16, else exponent form."""
    if decpt <= -4 or decpt > 16:
        return layout_exp(digits, decpt, False, "e")
    return layout_fixed(digits, decpt, -1, True)


def layout_fixed(digits: str, decpt: int, frac_digits: int, add_dot_0: bool) -> str:
    """0.digits * 10**decpt in positional form.

    frac_digits >= 0 pads the fraction with zeros to that many digits (and
    gives no point when 0); -1 uses just the digits there are.  add_dot_0
    appends ".0" when there would be no fractional part.
    """
    if decpt <= 0:
        intpart = "0"
        frac = "0" * (-decpt) + digits
    elif decpt >= len(digits):
        intpart = digits + "0" * (decpt - len(digits))
        frac = ""
    else:
        intpart = digits[0:decpt]
        frac = digits[decpt:len(digits)]
    if intpart == "":
        intpart = "0"
    if frac_digits >= 0 and len(frac) < frac_digits:
        frac = frac + "0" * (frac_digits - len(frac))
    if frac == "":
        return intpart + ".0" if add_dot_0 else intpart
    return intpart + "." + frac


def layout_exp(digits: str, decpt: int, force_point: bool, echar: str) -> str:
    """d.ddd e+XX form (at least two exponent digits)."""
    if digits == "":
        digits = "0"
        decpt = 1
    s = digits[0:1]
    if len(digits) > 1:
        s = s + "." + digits[1:len(digits)]
    elif force_point:
        s = s + "."
    exp = decpt - 1
    if exp < 0:
        es = str(-exp)
        sign = "-"
    else:
        es = str(exp)
        sign = "+"
    if len(es) < 2:
        es = "0" + es
    return s + echar + sign + es
