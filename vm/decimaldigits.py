"""Unicode decimal digits, as int() and float() accept them (in the subset).

int(), float() and the like accept any character of Unicode category Nd as
a digit.  The table of the code points whose digit value is zero is built on
the host at import time and is a constant of the translated program.
"""
import sys
import unicodedata


def _build_zero_table() -> list[int]:
    zeros = []
    for cp in range(128, sys.maxunicode + 1):
        if unicodedata.decimal(chr(cp), -1) == 0:
            zeros.append(cp)
    return zeros


# Sorted code points of the digit zero of every non-ASCII decimal run.
_ZEROS: list[int] = _build_zero_table()


def decimal_digit_value(c: str) -> int:
    """The decimal value 0..9 of the character c, or -1 if not a digit."""
    o = ord(c)
    if 48 <= o <= 57:
        return o - 48
    if o < 128:
        return -1
    # Binary search for the last zero code point <= o.
    lo = 0
    hi = len(_ZEROS)
    while lo < hi:
        mid = (lo + hi) // 2
        if _ZEROS[mid] <= o:
            lo = mid + 1
        else:
            hi = mid
    if lo == 0:
        return -1
    d = o - _ZEROS[lo - 1]
    return d if d < 10 else -1
