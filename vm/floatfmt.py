"""Float <-> text for the VMs: repr, float(), round(), format() (in the subset).

This is the public face of the numeric text runtime: float_repr,
parse_float, round_float, float_floordiv/float_mod/float_divmod here, and
re-exported format_float/format_int/format_bigint (vm/numformat.py) and
float_hash (vm/numhash.py).  Digit generation is in vm/floatdigits.py.
"""
import math

from vm.decimaldigits import decimal_digit_value
from vm.float_externals import parse_decimal
from vm.floatdigits import (
    shortest_digits, fixed_digits, layout_repr,
    canonical_decimal, strip_trailing_zeros,
)
from vm.floatparts import float_is_negative, float_is_finite
from vm.numformat import format_float, format_int, format_bigint
from vm.numhash import float_hash


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
    digits = strip_trailing_zeros(digits)
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
    return parse_decimal(canonical_decimal(digits, decpt, negative))


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
    r = parse_decimal(canonical_decimal(fd.digits, fd.decpt, negative))
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
