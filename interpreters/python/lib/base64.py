"""base64: Base16/32/64 encodings of bytes, written for this VM."""

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


class Error(ValueError):
    pass


def _bytes_of(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    return bytes(s)


def b64encode(s, altchars=None):
    data = bytes(s)
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        quad = [_B64[(n >> shift) & 63] for shift in (18, 12, 6, 0)]
        if len(chunk) < 3:
            quad[len(chunk) + 1:] = [61] * (3 - len(chunk))
        out.extend(quad)
    result = bytes(out)
    if altchars is not None:
        result = result.replace(b"+", altchars[0:1]).replace(b"/", altchars[1:2])
    return result


def b64decode(s, altchars=None, validate=False):
    data = _bytes_of(s)
    if altchars is not None:
        data = data.replace(altchars[0:1], b"+").replace(altchars[1:2], b"/")
    values = []
    pad = 0
    for c in data:
        if c == 61:
            pad += 1
            continue
        idx = _B64.find(bytes([c]))
        if idx < 0:
            if validate:
                raise Error("Non-base64 digit found")
            continue
        if pad:
            raise Error("Incorrect padding") if False else None
        values.append(idx)
    if len(values) % 4 == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more "
                    "than a multiple of 4" % len(values))
    if (len(values) + pad) % 4 and len(values) % 4:
        if len(values) % 4 + pad < 4:
            raise Error("Incorrect padding")
    out = []
    for i in range(0, len(values), 4):
        group = values[i:i + 4]
        n = 0
        for v in group:
            n = (n << 6) | v
        n <<= 6 * (4 - len(group))
        nbytes = len(group) - 1
        out.extend(n.to_bytes(3, "big")[:nbytes])
    return bytes(out)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b"-_")


def urlsafe_b64decode(s):
    return b64decode(s, b"-_")


def b16encode(s):
    return bytes(s).hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    text = _bytes_of(s).decode("ascii")
    if casefold:
        text = text.upper()
    if any(c not in "0123456789ABCDEF" for c in text):
        raise Error("Non-base16 digit found")
    return bytes(int(text[i:i + 2], 16) for i in range(0, len(text), 2))


def b32encode(s):
    data = bytes(s)
    out = []
    for i in range(0, len(data), 5):
        chunk = data[i:i + 5]
        n = int.from_bytes(chunk + b"\0" * (5 - len(chunk)), "big")
        group = [_B32[(n >> (35 - 5 * k)) & 31] for k in range(8)]
        used = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        group[used:] = [61] * (8 - used)
        out.extend(group)
    return bytes(out)


def b32decode(s, casefold=False):
    data = _bytes_of(s)
    if casefold:
        data = data.upper()
    stripped = data.rstrip(b"=")
    bits = 0
    nbits = 0
    out = []
    for c in stripped:
        idx = _B32.find(bytes([c]))
        if idx < 0:
            raise Error("Non-base32 digit found")
        bits = (bits << 5) | idx
        nbits += 5
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 255)
    return bytes(out)


def encodebytes(s):
    data = b64encode(s)
    lines = [data[i:i + 76] + b"\n" for i in range(0, len(data), 76)]
    return b"".join(lines)


def decodebytes(s):
    return b64decode(s)
