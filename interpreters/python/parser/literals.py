"""Decoding number and string literals (text -> constants).

Written in the subset: ints are 64-bit, so literals outside 64 bits are
converted to decimal digit strings (ConstBigInt) with a small limb array.
"""
from interpreters.python.bytecode import (
    Const, ConstInt, ConstBigInt, ConstFloat, ConstComplex)

MAXINT_DIGITS = "9223372036854775807"
LIMB = 1000000000   # base of the limbs used to convert big literals


class LiteralError(Exception):
    """A literal that cannot be decoded; `index` is the offending offset."""
    msg: str
    index: int

    def __init__(self, msg: str, index: int) -> None:
        self.msg = msg
        self.index = index

    def __str__(self) -> str:
        return self.msg


def digit_value(c: str) -> int:
    if "0" <= c <= "9":
        return ord(c) - ord("0")
    if "a" <= c <= "f":
        return ord(c) - ord("a") + 10
    if "A" <= c <= "F":
        return ord(c) - ord("A") + 10
    return 99


def limbs_to_decimal(limbs: list[int]) -> str:
    """Little-endian base-10**9 limbs -> decimal digits."""
    i = len(limbs) - 1
    while i > 0 and limbs[i] == 0:
        i -= 1
    out = str(limbs[i])
    i -= 1
    while i >= 0:
        out += pad9(limbs[i])
        i -= 1
    return out


def pad9(n: int) -> str:
    s = str(n)
    while len(s) < 9:
        s = "0" + s
    return s


def digits_to_decimal(digits: str, base: int) -> str:
    """Digits in `base` (no underscores or prefix) -> decimal digits."""
    limbs = [0]
    for c in digits:
        carry = digit_value(c)
        for i in range(len(limbs)):
            v = limbs[i] * base + carry
            limbs[i] = v % LIMB
            carry = v // LIMB
        while carry > 0:
            limbs.append(carry % LIMB)
            carry = carry // LIMB
    return limbs_to_decimal(limbs)


def fits_int64(decimal: str) -> bool:
    if len(decimal) < len(MAXINT_DIGITS):
        return True
    if len(decimal) > len(MAXINT_DIGITS):
        return False
    return decimal <= MAXINT_DIGITS


def int_const_from_decimal(decimal: str) -> Const:
    i = 0
    while i < len(decimal) - 1 and decimal[i] == "0":
        i += 1
    decimal = decimal[i:]
    if fits_int64(decimal):
        return ConstInt(int(decimal))
    return ConstBigInt(decimal)


def parse_number(text: str) -> Const:
    """A NUMBER token's text -> its constant."""
    s = text.replace("_", "")
    if len(s) > 1 and s[0] == "0" and (s[1] in "xXoObB"):
        base = 16
        if s[1] == "o" or s[1] == "O":
            base = 8
        elif s[1] == "b" or s[1] == "B":
            base = 2
        return int_const_from_decimal(digits_to_decimal(s[2:], base))
    last = s[len(s) - 1]
    if last == "j" or last == "J":
        return ConstComplex(0.0, float(s[:len(s) - 1]))
    if "." in s or "e" in s or "E" in s:
        return ConstFloat(float(s))
    return int_const_from_decimal(s)


SIMPLE_ESCAPES = {"\n": "", "\\": "\\", "'": "'", '"': '"', "a": "\x07",
                  "b": "\x08", "f": "\x0c", "n": "\n", "r": "\r", "t": "\t",
                  "v": "\x0b"}


def decode_escapes(body: str, is_bytes: bool) -> str:
    """Process backslash escapes of a non-raw literal body."""
    out: list[str] = []
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c != "\\":
            if is_bytes and ord(c) >= 128:
                raise LiteralError("bytes can only contain ASCII literal characters", i)
            out.append(c)
            i += 1
            continue
        if i + 1 >= n:
            out.append("\\")
            i += 1
            continue
        e = body[i + 1]
        if e == "\r" and i + 2 < n and body[i + 2] == "\n":
            i += 3
            continue
        if e in SIMPLE_ESCAPES:
            out.append(SIMPLE_ESCAPES[e])
            i += 2
            continue
        if "0" <= e <= "7":
            j = i + 1
            v = 0
            while j < n and j < i + 4 and "0" <= body[j] <= "7":
                v = v * 8 + ord(body[j]) - ord("0")
                j += 1
            if is_bytes:
                out.append(chr(v & 0xFF))
            else:
                out.append(chr(v))
            i = j
            continue
        if e == "x":
            out.append(chr(read_hex(body, i, 2, is_bytes)))
            i += 4
            continue
        if not is_bytes and e == "u":
            out.append(chr(read_hex(body, i, 4, is_bytes)))
            i += 6
            continue
        if not is_bytes and e == "U":
            v = read_hex(body, i, 8, is_bytes)
            if v > 0x10FFFF:
                raise LiteralError(
                    "(unicode error) 'unicodeescape' codec can't decode bytes "
                    "in position %d-%d: illegal Unicode character" % (i, i + 9), i)
            out.append(chr(v))
            i += 10
            continue
        if not is_bytes and e == "N":
            close = body.find("}", i)
            if i + 2 >= n or body[i + 2] != "{" or close < 0:
                raise LiteralError(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in "
                    "position %d-%d: malformed \\N character escape" % (i, i + 1), i)
            raise LiteralError("(unicode error) \\N{...} escapes are not "
                               "supported yet", i)
        # an unknown escape keeps its backslash (CPython only warns)
        out.append("\\")
        i += 1
    return "".join(out)


def read_hex(body: str, i: int, count: int, is_bytes: bool) -> int:
    v = 0
    for k in range(count):
        j = i + 2 + k
        d = digit_value(body[j]) if j < len(body) else 99
        if d >= 16:
            if is_bytes:
                raise LiteralError("(value error) invalid \\x escape at "
                                   "position %d" % i, i)
            name = "\\xXX" if count == 2 else ("\\uXXXX" if count == 4 else "\\UXXXXXXXX")
            raise LiteralError(
                "(unicode error) 'unicodeescape' codec can't decode bytes in "
                "position %d-%d: truncated %s escape" % (i, j - 1, name), i)
        v = v * 16 + d
    return v


class StringPieces:
    """A STRING token split into prefix flags and body."""
    is_bytes: bool
    is_raw: bool
    is_f: bool
    is_u: bool
    body: str
    body_start: int     # offset of the body in the token text

    def __init__(self, text: str) -> None:
        i = 0
        while text[i] != "'" and text[i] != '"':
            i += 1
        prefix = text[:i].lower()
        self.is_bytes = "b" in prefix
        self.is_raw = "r" in prefix
        self.is_f = "f" in prefix
        self.is_u = "u" in prefix
        q = text[i]
        if len(text) >= i + 6 and text[i + 1] == q and text[i + 2] == q:
            self.body = text[i + 3:len(text) - 3]
            self.body_start = i + 3
        else:
            self.body = text[i + 1:len(text) - 1]
            self.body_start = i + 1
