"""Float <-> text: repr, digit generation, parsing, rounding (in the subset).

Built on two backend primitives (vm/float_externals.py): `format_exp`
(correctly rounded significant digits, at most 17) and `parse_decimal`
(correctly rounded parse).  Digits beyond what format_exp gives come from
exact BigInt arithmetic on the double's binary value x == m * 2**e.

Digit results are (digits, decpt): the value is 0.DIGITS * 10**decpt, with
no leading zero in DIGITS ("" for zero).
"""
import math

from vm.bigint import BigInt
from vm.float_externals import format_exp, parse_decimal
from vm.decimaldigits import decimal_digit_value
from vm.floatparts import float_decompose, float_is_negative, float_is_finite

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


def _canonical(digits: str, decpt: int, negative: bool) -> str:
    """parse_decimal's input for 0.digits * 10**decpt."""
    if digits == "":
        return "-0" if negative else "0"
    s = digits[0:1]
    if len(digits) > 1:
        s = s + "." + digits[1:len(digits)]
    s = s + "e" + str(decpt - 1)
    return "-" + s if negative else s


def _strip_zeros(digits: str) -> str:
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
            if nd == 17 or parse_decimal(_canonical(fd.digits, fd.decpt, False)) == ax:
                return FloatDigits(_strip_zeros(fd.digits), fd.decpt)
    # At most one 15-digit decimal lies within a double's rounding interval,
    # so if the 15-digit rounding round-trips, its stripped form is the
    # shortest; otherwise 16, then 17 digits (17 always round-trips).
    for nd in range(15, 18):
        fd = _parse_exp_output(format_exp(ax, nd - 1))
        if nd == 17 or parse_decimal(_canonical(fd.digits, fd.decpt, False)) == ax:
            d = _strip_zeros(fd.digits)
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
    if parse_decimal(_canonical(up.digits, up.decpt, False)) == ax:
        return FloatDigits(_strip_zeros(up.digits), up.decpt)
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


def float_repr(x: float) -> str:
    """repr(x) exactly as CPython."""
    if x != x:
        return "nan"
    if x == math.inf:
        return "inf"
    if x == -math.inf:
        return "-inf"
    if x == 0.0:
        return "-0.0" if float_is_negative(x) else "0.0"
    fd = shortest_digits(x)
    body = layout_repr(fd.digits, fd.decpt)
    return "-" + body if x < 0.0 else body


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


def _is_space(c: str) -> bool:
    return c.isspace()


def parse_float(s: str) -> float:
    """float(s) for a str: Python's syntax, ValueError with CPython's message."""
    n = len(s)
    start = 0
    while start < n and _is_space(s[start]):
        start += 1
    end = n
    while end > start and _is_space(s[end - 1]):
        end -= 1
    pos = start
    negative = False
    if pos < end and (s[pos] == "+" or s[pos] == "-"):
        negative = s[pos] == "-"
        pos += 1
    word = s[pos:end].lower()
    if word == "inf" or word == "infinity":
        return -math.inf if negative else math.inf
    if word == "nan":
        return -math.nan if negative else math.nan
    intd: list[str] = []
    fracd: list[str] = []
    expd: list[str] = []
    eneg = False
    # States: 0 integer digits, 1 fraction digits, 2 exponent digits.
    state = 0
    prev_digit = False
    seen_digit = False
    k = pos
    while k < end:
        c = s[k]
        d = _ascii_digit(c)
        if d != "":
            if state == 0:
                intd.append(d)
            elif state == 1:
                fracd.append(d)
            else:
                expd.append(d)
            prev_digit = True
            if state < 2:
                seen_digit = True
        elif c == "_":
            # Only between two digits.
            if not prev_digit or k + 1 >= end or _ascii_digit(s[k + 1]) == "":
                raise _float_error(s)
            prev_digit = False
        elif c == "." and state == 0:
            state = 1
            prev_digit = False
        elif (c == "e" or c == "E") and state < 2 and seen_digit:
            state = 2
            prev_digit = False
            if k + 1 < end and (s[k + 1] == "+" or s[k + 1] == "-"):
                eneg = s[k + 1] == "-"
                k += 1
        else:
            raise _float_error(s)
        k += 1
    if not seen_digit or (state == 2 and len(expd) == 0):
        raise _float_error(s)
    return _build_float(intd, fracd, expd, eneg, negative)


def _ascii_digit(c: str) -> str:
    """c as an ASCII digit ("" if it is not a decimal digit)."""
    d = decimal_digit_value(c)
    if d < 0:
        return ""
    return chr(48 + d)


def _float_error(s: str) -> ValueError:
    return ValueError("could not convert string to float: " + repr(s))


def _build_float(intd: list[str], fracd: list[str], expd: list[str], eneg: bool, negative: bool) -> float:
    digits = "".join(intd) + "".join(fracd)
    # Leading zeros carry no information.
    lead = 0
    while lead < len(digits) and digits[lead] == "0":
        lead += 1
    digits = digits[lead:len(digits)]
    digits = _strip_zeros_keep_count(digits)
    if digits == "":
        return -0.0 if negative else 0.0
    # value = 0.DIGITS * 10**decpt
    exp = 0
    for c in expd:
        if exp < 100000000:
            exp = exp * 10 + (ord(c) - 48)
    if eneg:
        exp = -exp
    decpt = len(intd) - lead + exp
    if decpt > 400:
        return -math.inf if negative else math.inf
    if decpt < -400:
        return -0.0 if negative else 0.0
    return parse_decimal(_canonical(digits, decpt, negative))


def _strip_zeros_keep_count(digits: str) -> str:
    return _strip_zeros(digits)


def round_float(x: float, ndigits: int) -> float:
    """round(x, ndigits): correctly rounded, half to even on the exact value.

    OverflowError("rounded value too large to represent") as CPython.
    """
    if not float_is_finite(x) or x == 0.0:
        return x
    if ndigits > 323:
        return x
    if ndigits < -308:
        return -0.0 if float_is_negative(x) else 0.0
    fd = fixed_digits(x, ndigits)
    negative = float_is_negative(x)
    if fd.digits == "":
        return -0.0 if negative else 0.0
    r = parse_decimal(_canonical(fd.digits, fd.decpt, negative))
    if r == math.inf or r == -math.inf:
        raise OverflowError("rounded value too large to represent")
    return r


def float_floordiv(x: float, y: float) -> float:
    """x // y with Python's semantics."""
    if y == 0.0:
        raise ZeroDivisionError("float floor division by zero")
    q, r = _float_divmod(x, y)
    return q


def float_mod(x: float, y: float) -> float:
    """x % y with Python's semantics (result has y's sign)."""
    if y == 0.0:
        raise ZeroDivisionError("float modulo")
    q, r = _float_divmod(x, y)
    return r


def float_divmod(x: float, y: float) -> tuple[float, float]:
    if y == 0.0:
        raise ZeroDivisionError("float divmod()")
    return _float_divmod(x, y)


def _float_divmod(x: float, y: float) -> tuple[float, float]:
    # The subset's float // and % already have Python's semantics; this
    # wrapper only fixes the error messages.
    return x // y, x % y
