"""format(value, spec) for the values a format spec may follow in the
subset (f"{x:.2f}", f"{n:>5}", f"{name:<10}", format(x, spec)), and one
'%' conversion with flags, width and precision ("%-8s %6.2f %05d"): ints
and floats go to vm/numformat.py (CPython 3.11's number formatting, shared
with the Python VM), strs to format_str / percent_str here.  Each raises
ValueError with CPython's message for a spec that does not fit the value.
"""
from vm.bigint import BigInt
from vm.numformat import format_float, format_int, pad_text, percent_format_float, percent_format_int


def format_number_int(i: int, spec: str) -> str:
    return format_int(i, spec)


def format_number_float(x: float, spec: str) -> str:
    return format_float(x, spec)


def format_bool(b: bool, spec: str) -> str:
    # bool.__format__ is int's: an empty spec gives str(b), any other formats 1/0
    if spec == "":
        return "True" if b else "False"
    return format_int(1 if b else 0, spec)


def is_digit(c: str) -> bool:
    return "0" <= c <= "9"


def format_str(s: str, spec: str) -> str:
    """format(s, spec): [[fill]align]["0"][width]["." precision]["s"]."""
    if spec == "":
        return s
    i = 0
    n = len(spec)
    fill = " "
    align = "<"
    if n >= 2 and (spec[1] == "<" or spec[1] == ">" or spec[1] == "^" or spec[1] == "="):
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and (spec[0] == "<" or spec[0] == ">" or spec[0] == "^" or spec[0] == "="):
        align = spec[0]
        i = 1
    if i < n and spec[i] == " ":
        raise ValueError("Space not allowed in string format specifier")
    if i < n and (spec[i] == "+" or spec[i] == "-"):
        raise ValueError("Sign not allowed in string format specifier")
    if i < n and spec[i] == "#":
        raise ValueError("Alternate form (#) not allowed in string format specifier")
    if i < n and spec[i] == "0":
        if i == 0:
            fill = "0"
        i += 1
    start = i
    while i < n and is_digit(spec[i]):
        i += 1
    width = int(spec[start:i]) if i > start else 0
    if i < n and (spec[i] == "," or spec[i] == "_"):
        raise ValueError("Cannot specify '" + spec[i] + "' with 's'.")
    precision = -1
    if i < n and spec[i] == ".":
        i += 1
        start = i
        while i < n and is_digit(spec[i]):
            i += 1
        if i == start:
            raise ValueError("Format specifier missing precision")
        precision = int(spec[start:i])
    if i < n and spec[i] == "s":
        i += 1
    if i < n:
        if i == n - 1:
            raise ValueError("Unknown format code '" + spec[i] + "' for object of type 'str'")
        raise ValueError("Invalid format specifier '" + spec + "' for object of type 'str'")
    if align == "=":
        raise ValueError("'=' alignment not allowed in string format specifier")
    if precision >= 0 and len(s) > precision:
        s = s[:precision]
    return pad_text(s, width, fill, align)


def percent_int(i: int, flags: str, width: int, prec: int, conv: str) -> str:
    return percent_format_int(BigInt.from_int(i), flags, width, prec, conv)


def percent_float(x: float, flags: str, width: int, prec: int, conv: str) -> str:
    return percent_format_float(x, flags, width, prec, conv)


def percent_str(s: str, flags: str, width: int, prec: int) -> str:
    """%s / %r with flags, width and precision: truncate, then pad."""
    if 0 <= prec < len(s):
        s = s[:prec]
    return pad_text(s, width, " ", "<" if flags.find("-") >= 0 else ">")
