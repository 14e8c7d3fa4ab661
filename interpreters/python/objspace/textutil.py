"""Small text helpers written in the subset: hex digits, integer to base-N
text, UTF-8 coding, decimal digit values, printability."""
from jitgen.hints import we_are_translated

HEXDIGITS = "0123456789abcdef"


def hex_fixed(v: int, width: int) -> str:
    """v (>= 0) as lowercase hex, zero-padded to width digits."""
    digits: list[str] = []
    while v > 0:
        digits.append(HEXDIGITS[v & 15])
        v = v >> 4
    while len(digits) < width:
        digits.append("0")
    digits.reverse()
    return "".join(digits)


def int_to_base(v: int, base: int) -> str:
    """hex()/oct()/bin() of a machine int, with the 0x/0o/0b prefix."""
    prefix = "0x" if base == 16 else ("0o" if base == 8 else "0b")
    neg = v < 0
    digits: list[str] = []
    if v == 0:
        digits.append("0")
    while v != 0:
        d = v % base if not neg else (-(v % -base))
        digits.append(HEXDIGITS[d])
        v = v // base if not neg else -((-v) // base)
    digits.reverse()
    return ("-" if neg else "") + prefix + "".join(digits)


def decimal_value(c: str) -> int:
    """The value of a decimal digit character (Unicode Nd), or -1."""
    if "0" <= c <= "9":
        return ord(c) - 48
    if not we_are_translated():
        if c.isdecimal():
            return int(c)
    return -1


def is_printable(c: str) -> bool:
    o = ord(c)
    if o < 32 or o == 127:
        return False
    if o < 127:
        return True
    if not we_are_translated():
        return c.isprintable()
    return o >= 0xA1 and o != 0xAD


def utf8_encode(s: str) -> str:
    """UTF-8 bytes of s, one char per byte."""
    out: list[str] = []
    for c in s:
        o = ord(c)
        if o < 0x80:
            out.append(c)
        elif o < 0x800:
            out.append(chr(0xC0 | (o >> 6)))
            out.append(chr(0x80 | (o & 0x3F)))
        elif o < 0x10000:
            out.append(chr(0xE0 | (o >> 12)))
            out.append(chr(0x80 | ((o >> 6) & 0x3F)))
            out.append(chr(0x80 | (o & 0x3F)))
        else:
            out.append(chr(0xF0 | (o >> 18)))
            out.append(chr(0x80 | ((o >> 12) & 0x3F)))
            out.append(chr(0x80 | ((o >> 6) & 0x3F)))
            out.append(chr(0x80 | (o & 0x3F)))
    return "".join(out)


def utf8_decode(raw: str) -> str:
    """Text from UTF-8 bytes (one char per byte); ValueError if invalid."""
    out: list[str] = []
    i = 0
    n = len(raw)
    while i < n:
        b = ord(raw[i])
        if b < 0x80:
            out.append(raw[i])
            i += 1
            continue
        if b >= 0xF0:
            need = 3
            cp = b & 0x07
        elif b >= 0xE0:
            need = 2
            cp = b & 0x0F
        elif b >= 0xC0:
            need = 1
            cp = b & 0x1F
        else:
            raise ValueError("invalid start byte")
        if i + need >= n + 0 and i + need > n - 1 + 1:
            raise ValueError("unexpected end of data")
        j = 1
        while j <= need:
            if i + j >= n:
                raise ValueError("unexpected end of data")
            cb = ord(raw[i + j])
            if cb & 0xC0 != 0x80:
                raise ValueError("invalid continuation byte")
            cp = (cp << 6) | (cb & 0x3F)
            j += 1
        out.append(chr(cp))
        i += need + 1
    return "".join(out)
