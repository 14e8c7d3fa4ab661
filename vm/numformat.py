"""The format-spec mini-language for numbers: format(x, spec) (in the subset).

format_float(x, spec), format_int(i, spec) and format_bigint(b, spec) give
exactly what CPython 3.11's format() gives for float and int, or raise
ValueError/OverflowError with CPython's messages.

Spec grammar: [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
"""
import math

from jitgen.hints import MAXINT
from vm.bigint import BigInt
from vm.floatdigits import (
    sig_digits, fixed_digits, shortest_digits, layout_fixed, layout_exp,
)
from vm.floatparts import float_is_negative


class FormatSpec:
    """A parsed format spec.  Absent values: fill "", align "", width -1,
    precision -1, grouping "", type ""."""

    fill: str
    align: str
    signum: str
    coerce_zero: bool
    alternate: bool
    width: int
    grouping: str
    precision: int
    type: str

    def __init__(self) -> None:
        self.fill = ""
        self.align = ""
        self.signum = ""
        self.coerce_zero = False
        self.alternate = False
        self.width = -1
        self.grouping = ""
        self.precision = -1
        self.type = ""


def _is_align(c: str) -> bool:
    return c == "<" or c == ">" or c == "=" or c == "^"


def _is_digit(c: str) -> bool:
    return "0" <= c <= "9" and len(c) == 1


def _read_number(spec: str, pos: int) -> tuple[int, int]:
    """(value, new position) of the decimal digits at pos; value -1 if none."""
    n = len(spec)
    value = -1
    while pos < n and _is_digit(spec[pos]):
        d = ord(spec[pos]) - 48
        if value < 0:
            value = 0
        if value > (MAXINT - d) // 10:
            raise ValueError("Too many decimal digits in format string")
        value = value * 10 + d
        pos += 1
    return value, pos


def parse_spec(spec: str, kind: str) -> FormatSpec:
    """Parse a spec for an object of type `kind` ("int" or "float")."""
    fs = FormatSpec()
    n = len(spec)
    pos = 0
    if n >= 2 and _is_align(spec[1]):
        fs.fill = spec[0]
        fs.align = spec[1]
        pos = 2
    elif n >= 1 and _is_align(spec[0]):
        fs.align = spec[0]
        pos = 1
    if pos < n and (spec[pos] == "+" or spec[pos] == "-" or spec[pos] == " "):
        fs.signum = spec[pos]
        pos += 1
    if pos < n and spec[pos] == "z":
        fs.coerce_zero = True
        pos += 1
    if pos < n and spec[pos] == "#":
        fs.alternate = True
        pos += 1
    if pos < n and spec[pos] == "0":
        # The '0' flag: zero fill and '=' alignment unless given explicitly.
        if fs.fill == "":
            fs.fill = "0"
        if fs.align == "":
            fs.align = "="
        pos += 1
    width, pos = _read_number(spec, pos)
    fs.width = width
    if pos < n and (spec[pos] == "," or spec[pos] == "_"):
        fs.grouping = spec[pos]
        pos += 1
        if pos < n and (spec[pos] == "," or spec[pos] == "_"):
            raise ValueError("Cannot specify both ',' and '_'." if spec[pos] != fs.grouping
                             else "Cannot specify '" + fs.grouping + "' with '" + fs.grouping + "'.")
    if pos < n and spec[pos] == ".":
        pos += 1
        precision, pos = _read_number(spec, pos)
        fs.precision = precision
        if fs.precision < 0:
            raise ValueError("Format specifier missing precision")
    if n - pos > 1:
        raise ValueError("Invalid format specifier '" + spec + "' for object of type '" + kind + "'")
    if pos < n:
        fs.type = spec[pos]
    if fs.grouping != "":
        t = fs.type
        ok = t == "" or t == "d" or t == "e" or t == "f" or t == "g" or t == "E" \
            or t == "F" or t == "G" or t == "%"
        if fs.grouping == "_" and (t == "b" or t == "o" or t == "x" or t == "X"):
            ok = True
        if not ok:
            raise ValueError("Cannot specify '" + fs.grouping + "' with '" + t + "'.")
    return fs


def group_digits(digits: str, sep: str, size: int, min_width: int) -> str:
    """Insert `sep` every `size` digits from the right; pad with zeros (and
    separators) until the result is at least min_width long."""
    parts: list[str] = []
    remaining = len(digits)
    end = remaining
    while True:
        want = remaining
        if min_width > want:
            want = min_width
        if want < 1:
            want = 1
        take = size if size < want else want
        nchars = remaining if remaining < take else take
        nzeros = take - nchars
        parts.append("0" * nzeros + digits[end - nchars:end])
        end -= nchars
        remaining -= nchars
        min_width -= take
        if remaining <= 0 and min_width <= 0:
            break
        parts.append(sep)
        min_width -= len(sep)
    # Groups were collected right to left.
    parts.reverse()
    return "".join(parts)


def pad_text(s: str, width: int, fill: str, align: str) -> str:
    """s filled to width: align '>' right, '^' centred (the odd fill
    character on the right), anything else left."""
    n = width - len(s)
    if n <= 0:
        return s
    if align == ">":
        return fill * n + s
    if align == "^":
        left = n // 2
        return fill * left + s + fill * (n - left)
    return s + fill * n


def _pad(sign: str, body: str, fs: FormatSpec, default_align: str) -> str:
    """Apply fill, alignment and width to sign + body."""
    total = len(sign) + len(body)
    if fs.width <= total:
        return sign + body
    fill = fs.fill if fs.fill != "" else " "
    align = fs.align if fs.align != "" else default_align
    n = fs.width - total
    if align == "<":
        return sign + body + fill * n
    if align == "^":
        left = n // 2
        return fill * left + sign + body + fill * (n - left)
    if align == "=":
        return sign + fill * n + body
    return fill * n + sign + body


def _sign_text(negative: bool, fs: FormatSpec) -> str:
    if negative:
        return "-"
    if fs.signum == "+":
        return "+"
    if fs.signum == " ":
        return " "
    return ""


def _apply_grouping(prefix_len: int, sign: str, intpart: str, rest: str, fs: FormatSpec, size: int) -> str:
    """intpart grouped (zero-padded with separators under '0=' fill)."""
    if fs.grouping == "":
        return intpart + rest
    min_width = 0
    if fs.fill == "0" and fs.align == "=" and fs.width > 0:
        min_width = fs.width - len(sign) - prefix_len - len(rest)
    return group_digits(intpart, fs.grouping, size, min_width) + rest


def _split_int_part(body: str) -> int:
    """Length of the leading run of digits in body."""
    k = 0
    while k < len(body) and _is_digit(body[k]):
        k += 1
    return k


# ---- floats -------------------------------------------------------------

def format_float(x: float, spec: str) -> str:
    """format(x, spec) for a float."""
    fs = parse_spec(spec, "float")
    return _format_float_spec(x, fs)


def _format_float_spec(x: float, fs: FormatSpec) -> str:
    t = fs.type
    if not (t == "" or t == "e" or t == "E" or t == "f" or t == "F" or t == "g"
            or t == "G" or t == "n" or t == "%"):
        raise ValueError("Unknown format code '" + t + "' for object of type 'float'")
    if fs.grouping != "" and t == "n":
        raise ValueError("Cannot specify '" + fs.grouping + "' with 'n'.")
    percent = t == "%"
    if percent:
        x = x * 100.0
    negative = float_is_negative(x) and x == x
    ax = -x if negative else x
    body = _float_body(ax, fs)
    if percent:
        body = body + "%"
    if fs.coerce_zero and negative and ax != math.inf and _is_zero_text(body):
        negative = False
    sign = _sign_text(negative, fs)
    if x == x and x != math.inf and x != -math.inf:
        k = _split_int_part(body)
        body = _apply_grouping(0, sign, body[0:k], body[k:len(body)], fs, 3)
    return _pad(sign, body, fs, ">")


def _is_zero_text(body: str) -> bool:
    for c in body:
        if "1" <= c <= "9":
            return False
        if c == "e" or c == "E":
            return True
    return True


def _float_body(ax: float, fs: FormatSpec) -> str:
    """The digits of ax >= 0 (or inf/nan) as the spec's type lays them out."""
    t = fs.type
    upper = t == "E" or t == "F" or t == "G"
    if ax != ax:
        return "NAN" if upper else "nan"
    if ax == math.inf:
        return "INF" if upper else "inf"
    prec = fs.precision
    alt = fs.alternate
    if t == "f" or t == "F" or t == "%":
        if prec < 0:
            prec = 6
        fd = fixed_digits(ax, prec)
        s = layout_fixed(fd.digits, fd.decpt, prec, False)
        if prec == 0 and alt:
            s = s + "."
        return s
    if t == "e" or t == "E":
        if prec < 0:
            prec = 6
        fd = sig_digits(ax, prec + 1)
        return layout_exp(fd.digits, fd.decpt, alt, "E" if upper else "e")
    if t == "" and prec < 0:
        # Repr mode: shortest digits, exponent outside [1e-4, 1e16).
        if ax == 0.0:
            digits = "0"
            decpt = 1
        else:
            sd = shortest_digits(ax)
            digits = sd.digits
            decpt = sd.decpt
        if decpt <= -4 or decpt > 16:
            return layout_exp(digits, decpt, alt, "e")
        return layout_fixed(digits, decpt, -1, True)
    # 'g', 'G', 'n', or no type with a precision (then always a fractional
    # part in fixed notation, and the exponent form one place sooner).
    add_dot_0 = t == ""
    if prec < 0:
        prec = 6
    if prec == 0:
        prec = 1
    fd = sig_digits(ax, prec)
    digits = fd.digits
    decpt = fd.decpt
    if ax == 0.0:
        decpt = 1
    limit = prec - 1 if add_dot_0 else prec
    use_exp = decpt <= -4 or decpt > limit
    if not alt:
        digits = _strip_trailing_zeros(digits)
    echar = "E" if upper else "e"
    if use_exp:
        return layout_exp(digits, decpt, alt, echar)
    s = layout_fixed(digits, decpt, -1, add_dot_0)
    if alt and s.find(".") < 0:
        s = s + "."
    return s


def _strip_trailing_zeros(digits: str) -> str:
    end = len(digits)
    while end > 0 and digits[end - 1] == "0":
        end -= 1
    return digits[0:end]


# ---- ints ---------------------------------------------------------------

def format_int(i: int, spec: str) -> str:
    """format(i, spec) for a machine int."""
    if spec == "":
        return str(i)
    return format_bigint(BigInt.from_int(i), spec)


def format_bigint(b: BigInt, spec: str) -> str:
    """format(b, spec) for a big int."""
    if spec == "":
        return b.str()
    fs = parse_spec(spec, "int")
    t = fs.type
    if t == "e" or t == "E" or t == "f" or t == "F" or t == "g" or t == "G" or t == "%":
        return _format_float_spec(b.to_float(), fs)
    if not (t == "" or t == "d" or t == "n" or t == "b" or t == "o" or t == "x"
            or t == "X" or t == "c"):
        raise ValueError("Unknown format code '" + t + "' for object of type 'int'")
    if fs.precision >= 0:
        raise ValueError("Precision not allowed in integer format specifier")
    if fs.coerce_zero:
        raise ValueError("Negative zero coercion (z) not allowed in integer format specifier")
    if t == "c":
        if fs.signum != "":
            raise ValueError("Sign not allowed with integer format specifier 'c'")
        if fs.alternate:
            raise ValueError("Alternate form (#) not allowed with integer format specifier 'c'")
        if not b.fits_int():
            raise OverflowError("Python int too large to convert to C long")
        if b.signum < 0 or b.to_int() > 0x10FFFF:
            raise OverflowError("%c arg not in range(0x110000)")
        return _pad("", chr(b.to_int()), fs, "<")
    if fs.grouping != "" and t == "n":
        raise ValueError("Cannot specify '" + fs.grouping + "' with 'n'.")
    negative = b.signum < 0
    mag = b.abs()
    prefix = ""
    size = 3
    if t == "b" or t == "o" or t == "x" or t == "X":
        base = 2 if t == "b" else (8 if t == "o" else 16)
        digits = mag.to_base(base)
        size = 4
        if fs.alternate:
            prefix = "0" + t if t != "X" else "0X"
        if t == "X":
            digits = digits.upper()
    else:
        digits = mag.str()
    sign = _sign_text(negative, fs)
    body = prefix + _apply_grouping(len(prefix), sign, digits, "", fs, size)
    if fs.align == "=" and fs.width > len(sign) + len(body):
        # Padding goes between the prefix and the digits.
        fill = fs.fill if fs.fill != "" else " "
        n = fs.width - len(sign) - len(body)
        return sign + prefix + fill * n + body[len(prefix):len(body)]
    return _pad(sign, body, fs, ">")


# ---- printf-style ('%' operator) ----------------------------------------

def percent_format_float(x: float, flags: str, width: int, prec: int, conv: str) -> str:
    """One '%' conversion of a float: `'%' + flags + width + '.' + prec + conv`.

    flags is any combination of "-+ #0"; width and prec are -1 when absent;
    conv is one of e E f F g G (r and s: the repr, padded like %s).
    """
    if conv == "r" or conv == "s":
        s = _float_body_repr(x)
        if prec >= 0 and prec < len(s):
            s = s[0:prec]
        if width > len(s):
            return s + " " * (width - len(s)) if flags.find("-") >= 0 else " " * (width - len(s)) + s
        return s
    fs = FormatSpec()
    fs.type = conv
    fs.precision = prec
    fs.width = width
    fs.alternate = flags.find("#") >= 0
    if flags.find("+") >= 0:
        fs.signum = "+"
    elif flags.find(" ") >= 0:
        fs.signum = " "
    if flags.find("-") >= 0:
        fs.align = "<"
    elif flags.find("0") >= 0:
        fs.fill = "0"
        fs.align = "="
    return _format_float_spec(x, fs)


def _float_body_repr(x: float) -> str:
    fs = FormatSpec()
    return _format_float_spec(x, fs)


def percent_format_int(b: BigInt, flags: str, width: int, prec: int, conv: str) -> str:
    """One '%' conversion of an int: conv is one of d i u o x X.

    prec (-1 when absent) is the minimum number of digits; '#' adds the
    0o/0x/0X prefix; '0' pads with zeros after the sign and prefix.
    """
    if conv == "o":
        digits = b.abs().to_base(8)
        prefix = "0o"
    elif conv == "x":
        digits = b.abs().to_base(16)
        prefix = "0x"
    elif conv == "X":
        digits = b.abs().to_base(16).upper()
        prefix = "0X"
    else:
        digits = b.abs().str()
        prefix = ""
    if flags.find("#") < 0:
        prefix = ""
    if prec > len(digits):
        digits = "0" * (prec - len(digits)) + digits
    sign = ""
    if b.signum < 0:
        sign = "-"
    elif flags.find("+") >= 0:
        sign = "+"
    elif flags.find(" ") >= 0:
        sign = " "
    n = width - len(sign) - len(prefix) - len(digits)
    if n <= 0:
        return sign + prefix + digits
    if flags.find("-") >= 0:
        return sign + prefix + digits + " " * n
    if flags.find("0") >= 0:
        return sign + prefix + "0" * n + digits
    return " " * n + sign + prefix + digits
