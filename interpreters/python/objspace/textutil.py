"""Small text helpers written in the subset: hex digits, integer to base-N
text, UTF-8 coding, decimal digit values, printability."""
from interpreters.python.objspace.unicodedb import decimal_digit, is_printable_char

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
    return decimal_digit(ord(c))


def is_printable(c: str) -> bool:
    o = ord(c)
    if o < 32 or o == 127:
        return False
    if o < 127:
        return True
    return is_printable_char(o)


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


# ------------------------------------------------- str methods, in the subset
WHITESPACE = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0"
LINEBREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def is_space(c: str) -> bool:
    if c in WHITESPACE:
        return True
    if ord(c) < 128:
        return False
    return c.isspace()


def split_whitespace(s: str, maxsplit: int) -> list[str]:
    res: list[str] = []
    i = 0
    n = len(s)
    while True:
        while i < n and is_space(s[i]):
            i += 1
        if i >= n:
            return res
        if maxsplit >= 0 and len(res) >= maxsplit:
            res.append(s[i:])
            return res
        j = i
        while j < n and not is_space(s[j]):
            j += 1
        res.append(s[i:j])
        i = j


def split_sep(s: str, sep: str, maxsplit: int) -> list[str]:
    res: list[str] = []
    start = 0
    while maxsplit < 0 or len(res) < maxsplit:
        j = s.find(sep, start)
        if j < 0:
            break
        res.append(s[start:j])
        start = j + len(sep)
    res.append(s[start:])
    return res


def rsplit_whitespace(s: str, maxsplit: int) -> list[str]:
    res: list[str] = []
    j = len(s)
    while True:
        while j > 0 and is_space(s[j - 1]):
            j -= 1
        if j <= 0:
            break
        if maxsplit >= 0 and len(res) >= maxsplit:
            res.append(s[:j])
            break
        i = j
        while i > 0 and not is_space(s[i - 1]):
            i -= 1
        res.append(s[i:j])
        j = i
    res.reverse()
    return res


def rsplit_sep(s: str, sep: str, maxsplit: int) -> list[str]:
    res: list[str] = []
    end = len(s)
    while maxsplit < 0 or len(res) < maxsplit:
        j = s.rfind(sep, 0, end)
        if j < 0:
            break
        res.append(s[j + len(sep):end])
        end = j
    res.append(s[:end])
    res.reverse()
    return res


def split_lines(s: str, keepends: bool) -> list[str]:
    res: list[str] = []
    i = 0
    n = len(s)
    start = 0
    while i < n:
        c = s[i]
        if c in LINEBREAKS:
            eol = i + 1
            if c == "\r" and i + 1 < n and s[i + 1] == "\n":
                eol = i + 2
            res.append(s[start:eol] if keepends else s[start:i])
            start = eol
            i = eol
        else:
            i += 1
    if start < n:
        res.append(s[start:])
    return res


def replace_count(s: str, old: str, new: str, count: int) -> str:
    if count < 0:
        return s.replace(old, new)
    parts: list[str] = []
    start = 0
    done = 0
    if old == "":
        # insert new before each char, count times
        out: list[str] = []
        i = 0
        while i <= len(s):
            if done < count:
                out.append(new)
                done += 1
            if i < len(s):
                out.append(s[i])
            i += 1
        return "".join(out)
    while done < count:
        j = s.find(old, start)
        if j < 0:
            break
        parts.append(s[start:j])
        parts.append(new)
        start = j + len(old)
        done += 1
    parts.append(s[start:])
    return "".join(parts)


def count_sub(s: str, sub: str, start: int, end: int) -> int:
    if start > len(s):
        return 0
    if sub == "":
        return max(0, min(end, len(s)) - start) + 1 if start <= end else 0
    n = 0
    i = start
    while True:
        j = s.find(sub, i, end)
        if j < 0:
            return n
        n += 1
        i = j + len(sub)


# Characters whose title case differs from their upper case (the Latin
# digraphs, the Georgian letters, ligatures such as 'ﬁ' and 'ß').
# (generated with: {c: c.title() for c in all code points if c.title() != c.upper()})
TITLE_SPECIAL: dict[str, str] = {
    '\xdf': 'Ss', '\u01c4': '\u01c5', '\u01c5': '\u01c5', '\u01c6':
    '\u01c5', '\u01c7': '\u01c8', '\u01c8': '\u01c8', '\u01c9': '\u01c8',
    '\u01ca': '\u01cb', '\u01cb': '\u01cb', '\u01cc': '\u01cb', '\u01f1':
    '\u01f2', '\u01f2': '\u01f2', '\u01f3': '\u01f2', '\u0587':
    '\u0535\u0582', '\u10d0': '\u10d0', '\u10d1': '\u10d1', '\u10d2':
    '\u10d2', '\u10d3': '\u10d3', '\u10d4': '\u10d4', '\u10d5': '\u10d5',
    '\u10d6': '\u10d6', '\u10d7': '\u10d7', '\u10d8': '\u10d8', '\u10d9':
    '\u10d9', '\u10da': '\u10da', '\u10db': '\u10db', '\u10dc': '\u10dc',
    '\u10dd': '\u10dd', '\u10de': '\u10de', '\u10df': '\u10df', '\u10e0':
    '\u10e0', '\u10e1': '\u10e1', '\u10e2': '\u10e2', '\u10e3': '\u10e3',
    '\u10e4': '\u10e4', '\u10e5': '\u10e5', '\u10e6': '\u10e6', '\u10e7':
    '\u10e7', '\u10e8': '\u10e8', '\u10e9': '\u10e9', '\u10ea': '\u10ea',
    '\u10eb': '\u10eb', '\u10ec': '\u10ec', '\u10ed': '\u10ed', '\u10ee':
    '\u10ee', '\u10ef': '\u10ef', '\u10f0': '\u10f0', '\u10f1': '\u10f1',
    '\u10f2': '\u10f2', '\u10f3': '\u10f3', '\u10f4': '\u10f4', '\u10f5':
    '\u10f5', '\u10f6': '\u10f6', '\u10f7': '\u10f7', '\u10f8': '\u10f8',
    '\u10f9': '\u10f9', '\u10fa': '\u10fa', '\u10fd': '\u10fd', '\u10fe':
    '\u10fe', '\u10ff': '\u10ff', '\u1f80': '\u1f88', '\u1f81': '\u1f89',
    '\u1f82': '\u1f8a', '\u1f83': '\u1f8b', '\u1f84': '\u1f8c', '\u1f85':
    '\u1f8d', '\u1f86': '\u1f8e', '\u1f87': '\u1f8f', '\u1f88': '\u1f88',
    '\u1f89': '\u1f89', '\u1f8a': '\u1f8a', '\u1f8b': '\u1f8b', '\u1f8c':
    '\u1f8c', '\u1f8d': '\u1f8d', '\u1f8e': '\u1f8e', '\u1f8f': '\u1f8f',
    '\u1f90': '\u1f98', '\u1f91': '\u1f99', '\u1f92': '\u1f9a', '\u1f93':
    '\u1f9b', '\u1f94': '\u1f9c', '\u1f95': '\u1f9d', '\u1f96': '\u1f9e',
    '\u1f97': '\u1f9f', '\u1f98': '\u1f98', '\u1f99': '\u1f99', '\u1f9a':
    '\u1f9a', '\u1f9b': '\u1f9b', '\u1f9c': '\u1f9c', '\u1f9d': '\u1f9d',
    '\u1f9e': '\u1f9e', '\u1f9f': '\u1f9f', '\u1fa0': '\u1fa8', '\u1fa1':
    '\u1fa9', '\u1fa2': '\u1faa', '\u1fa3': '\u1fab', '\u1fa4': '\u1fac',
    '\u1fa5': '\u1fad', '\u1fa6': '\u1fae', '\u1fa7': '\u1faf', '\u1fa8':
    '\u1fa8', '\u1fa9': '\u1fa9', '\u1faa': '\u1faa', '\u1fab': '\u1fab',
    '\u1fac': '\u1fac', '\u1fad': '\u1fad', '\u1fae': '\u1fae', '\u1faf':
    '\u1faf', '\u1fb2': '\u1fba\u0345', '\u1fb3': '\u1fbc', '\u1fb4':
    '\u0386\u0345', '\u1fb7': '\u0391\u0342\u0345', '\u1fbc': '\u1fbc',
    '\u1fc2': '\u1fca\u0345', '\u1fc3': '\u1fcc', '\u1fc4': '\u0389\u0345',
    '\u1fc7': '\u0397\u0342\u0345', '\u1fcc': '\u1fcc', '\u1ff2':
    '\u1ffa\u0345', '\u1ff3': '\u1ffc', '\u1ff4': '\u038f\u0345', '\u1ff7':
    '\u03a9\u0342\u0345', '\u1ffc': '\u1ffc', '\ufb00': 'Ff', '\ufb01':
    'Fi', '\ufb02': 'Fl', '\ufb03': 'Ffi', '\ufb04': 'Ffl', '\ufb05': 'St',
    '\ufb06': 'St', '\ufb13': '\u0544\u0576', '\ufb14': '\u0544\u0565',
    '\ufb15': '\u0544\u056b', '\ufb16': '\u054e\u0576', '\ufb17':
    '\u0544\u056d',
}


def title_char(c: str) -> str:
    t = TITLE_SPECIAL.get(c, "")
    return t if t != "" else c.upper()


def is_cased(c: str) -> bool:
    return c.isupper() or c.islower() or c in TITLE_SPECIAL


def to_title(s: str) -> str:
    """CPython's rule: a cased character after a cased one is lowered,
    any other one is title-cased."""
    out: list[str] = []
    prev_cased = False
    for c in s:
        if prev_cased:
            out.append(c.lower())
        else:
            out.append(title_char(c))
        prev_cased = is_cased(c)
    return "".join(out)


def capitalize(s: str) -> str:
    if s == "":
        return s
    return title_char(s[0]) + s[1:].lower()


def swapcase(s: str) -> str:
    out: list[str] = []
    for c in s:
        if c.isupper():
            out.append(c.lower())
        elif c.islower():
            out.append(c.upper())
        else:
            out.append(c)
    return "".join(out)


def is_title(s: str) -> bool:
    cased = False
    prev_cased = False
    for c in s:
        if c.isupper():
            if prev_cased:
                return False
            prev_cased = True
            cased = True
        elif c.islower():
            if not prev_cased:
                return False
            prev_cased = True
            cased = True
        else:
            prev_cased = False
    return cased


def is_decimal_str(s: str) -> bool:
    if s == "":
        return False
    for c in s:
        if decimal_value(c) < 0:
            return False
    return True


def is_identifier(s: str) -> bool:
    if s == "":
        return False
    first = True
    for c in s:
        if not (c.isalpha() or c == "_" or (not first and c.isdigit())):
            return False
        first = False
    return True


def all_printable(s: str) -> bool:
    for c in s:
        if not is_printable(c):
            return False
    return True


def all_ascii(s: str) -> bool:
    for c in s:
        if ord(c) >= 128:
            return False
    return True


def center(s: str, width: int, fill: str) -> str:
    marg = width - len(s)
    if marg <= 0:
        return s
    left = marg // 2 + (marg & width & 1)
    return fill * left + s + fill * (marg - left)


def expand_tabs(s: str, tab: int) -> str:
    out: list[str] = []
    col = 0
    for c in s:
        if c == "\t":
            if tab > 0:
                n = tab - col % tab
                out.append(" " * n)
                col += n
        else:
            out.append(c)
            col = 0 if c == "\n" or c == "\r" else col + 1
    return "".join(out)


def partition(s: str, sep: str) -> tuple[str, str, str]:
    i = s.find(sep)
    if i < 0:
        return (s, "", "")
    return (s[:i], sep, s[i + len(sep):])


def rpartition(s: str, sep: str) -> tuple[str, str, str]:
    i = s.rfind(sep)
    if i < 0:
        return ("", "", s)
    return (s[:i], sep, s[i + len(sep):])


def remove_prefix(s: str, p: str) -> str:
    if p != "" and s.startswith(p):
        return s[len(p):]
    return s


def remove_suffix(s: str, p: str) -> str:
    if p != "" and s.endswith(p):
        return s[:len(s) - len(p)]
    return s
