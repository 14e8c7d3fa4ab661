"""json: dumps/loads/dump/load with CPython's default formatting."""


class JSONDecodeError(ValueError):
    __module__ = "json.decoder"  # where CPython defines it; tracebacks say so

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
        elif ord(c) < 0x20 or (ensure_ascii and ord(c) > 0x7e):
            o = ord(c)
            if o > 0xFFFF:
                o -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (o >> 10), 0xDC00 | (o & 0x3FF)))
            else:
                out.append("\\u%04x" % o)
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def _float_str(f):
    if f != f:
        return "NaN"
    if f == float("inf"):
        return "Infinity"
    if f == -float("inf"):
        return "-Infinity"
    return repr(f)


def _key_str(k):
    if isinstance(k, str):
        return k
    if k is True:
        return "true"
    if k is False:
        return "false"
    if k is None:
        return "null"
    if isinstance(k, float):
        return _float_str(k)
    if isinstance(k, int):
        return int.__repr__(k)
    raise TypeError("keys must be str, int, float, bool or None, not %s" % type(k).__name__)


def _encode(o, ind, level, item_sep, key_sep, sort_keys, default, ensure_ascii, out):
    if isinstance(o, str):
        out.append(_encode_str(o, ensure_ascii))
    elif o is None:
        out.append("null")
    elif o is True:
        out.append("true")
    elif o is False:
        out.append("false")
    elif isinstance(o, int):
        out.append(int.__repr__(o))
    elif isinstance(o, float):
        out.append(_float_str(o))
    elif isinstance(o, (list, tuple)):
        if not o:
            out.append("[]")
            return
        out.append("[")
        first = True
        for v in o:
            if not first:
                out.append(item_sep)
            first = False
            if ind is not None:
                out.append("\n" + ind * (level + 1))
            _encode(v, ind, level + 1, item_sep, key_sep, sort_keys, default, ensure_ascii, out)
        if ind is not None:
            out.append("\n" + ind * level)
        out.append("]")
    elif isinstance(o, dict):
        if not o:
            out.append("{}")
            return
        out.append("{")
        items = list(o.items())
        if sort_keys:
            items.sort(key=lambda kv: kv[0])
        first = True
        for k, v in items:
            if not first:
                out.append(item_sep)
            first = False
            if ind is not None:
                out.append("\n" + ind * (level + 1))
            out.append(_encode_str(_key_str(k), ensure_ascii))
            out.append(key_sep)
            _encode(v, ind, level + 1, item_sep, key_sep, sort_keys, default, ensure_ascii, out)
        if ind is not None:
            out.append("\n" + ind * level)
        out.append("}")
    elif default is not None:
        _encode(default(o), ind, level, item_sep, key_sep, sort_keys, default, ensure_ascii, out)
    else:
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False):
    if isinstance(indent, int):
        indent = " " * indent
    if separators is not None:
        item_sep, key_sep = separators
    elif indent is not None:
        item_sep, key_sep = ",", ": "
    else:
        item_sep, key_sep = ", ", ": "
    out = []
    _encode(obj, indent, 0, item_sep, key_sep, sort_keys, default, ensure_ascii, out)
    return "".join(out)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


class _Decoder:
    def __init__(self, s):
        self.s = s
        self.i = 0

    def fail(self, msg, pos=None):
        raise JSONDecodeError(msg, self.s, self.i if pos is None else pos)

    def ws(self):
        s = self.s
        while self.i < len(s) and s[self.i] in " \t\n\r":
            self.i += 1

    def value(self):
        self.ws()
        s = self.s
        if self.i >= len(s):
            self.fail("Expecting value")
        c = s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if s.startswith("true", self.i):
            self.i += 4
            return True
        if s.startswith("false", self.i):
            self.i += 5
            return False
        if s.startswith("null", self.i):
            self.i += 4
            return None
        if s.startswith("NaN", self.i):
            self.i += 3
            return float("nan")
        if s.startswith("Infinity", self.i):
            self.i += 8
            return float("inf")
        if s.startswith("-Infinity", self.i):
            self.i += 9
            return -float("inf")
        if c == "-" or c.isdigit():
            return self.number()
        self.fail("Expecting value")

    def number(self):
        s = self.s
        start = self.i
        if s[self.i] == "-":
            self.i += 1
        if self.i >= len(s) or not s[self.i].isdigit():
            self.fail("Expecting value", start)
        while self.i < len(s) and s[self.i].isdigit():
            self.i += 1
        is_float = False
        if self.i < len(s) and s[self.i] == "." and self.i + 1 < len(s) and s[self.i + 1].isdigit():
            is_float = True
            self.i += 1
            while self.i < len(s) and s[self.i].isdigit():
                self.i += 1
        if self.i < len(s) and s[self.i] in "eE":
            j = self.i + 1
            if j < len(s) and s[j] in "+-":
                j += 1
            if j < len(s) and s[j].isdigit():
                is_float = True
                self.i = j
                while self.i < len(s) and s[self.i].isdigit():
                    self.i += 1
        text = s[start:self.i]
        return float(text) if is_float else int(text)

    def string(self):
        s = self.s
        self.i += 1
        out = []
        while True:
            if self.i >= len(s):
                self.fail("Unterminated string starting at", self.i)
            c = s[self.i]
            if c == '"':
                self.i += 1
                return "".join(out)
            if c == "\\":
                self.i += 1
                e = s[self.i]
                if e == "u":
                    code = int(s[self.i + 1:self.i + 5], 16)
                    self.i += 5
                    if 0xD800 <= code < 0xDC00 and s.startswith("\\u", self.i):
                        low = int(s[self.i + 2:self.i + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.i += 6
                    out.append(chr(code))
                    continue
                out.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "/": "/", "\\": "\\", '"': '"'}.get(e, e))
                self.i += 1
                continue
            out.append(c)
            self.i += 1

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.i < len(self.s) and self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.i >= len(self.s) or self.s[self.i] != '"':
                self.fail("Expecting property name enclosed in double quotes")
            k = self.string()
            self.ws()
            if self.i >= len(self.s) or self.s[self.i] != ":":
                self.fail("Expecting ':' delimiter")
            self.i += 1
            out[k] = self.value()
            self.ws()
            if self.i < len(self.s) and self.s[self.i] == ",":
                self.i += 1
                continue
            if self.i < len(self.s) and self.s[self.i] == "}":
                self.i += 1
                return out
            self.fail("Expecting ',' delimiter")

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.i < len(self.s) and self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            if self.i < len(self.s) and self.s[self.i] == ",":
                self.i += 1
                continue
            if self.i < len(self.s) and self.s[self.i] == "]":
                self.i += 1
                return out
            self.fail("Expecting ',' delimiter")


def loads(s, **kw):
    d = _Decoder(s)
    v = d.value()
    d.ws()
    if d.i != len(s):
        d.fail("Extra data")
    return v


def load(fp, **kw):
    return loads(fp.read())
