"""A serializer for a small value model (null, bools, ints, floats, strings,
lists, maps) to JSON and to a Python-literal form using repr(); with
escaping of every awkward character, StringBuilder, % formatting, and a
round trip through a hand-written parser."""
from jitgen.hints import StringBuilder


class V:
    def kind(self) -> str:
        return "?"


class VNull(V):
    def kind(self) -> str:
        return "null"


class VBool(V):
    b: bool

    def __init__(self, b: bool) -> None:
        self.b = b

    def kind(self) -> str:
        return "bool"


class VNum(V):
    i: int
    f: float
    is_float: bool

    def __init__(self, i: int, f: float, is_float: bool) -> None:
        self.i = i
        self.f = f
        self.is_float = is_float

    def kind(self) -> str:
        return "float" if self.is_float else "int"


class VStr(V):
    s: str

    def __init__(self, s: str) -> None:
        self.s = s

    def kind(self) -> str:
        return "str"


class VList(V):
    items: list[V]

    def __init__(self, items: list[V]) -> None:
        self.items = items

    def kind(self) -> str:
        return "list"


class VMap(V):
    keys: list[str]
    vals: dict[str, V]

    def __init__(self) -> None:
        self.keys = []
        self.vals = {}

    def put(self, k: str, v: V) -> None:
        if k not in self.vals:
            self.keys.append(k)
        self.vals[k] = v

    def kind(self) -> str:
        return "map"


HEX = "0123456789abcdef"


def json_escape(s: str, sb: StringBuilder) -> None:
    sb.append('"')
    for c in s:
        o = ord(c)
        if c == '"':
            sb.append('\\"')
        elif c == "\\":
            sb.append("\\\\")
        elif c == "\n":
            sb.append("\\n")
        elif c == "\t":
            sb.append("\\t")
        elif o < 0x20 or o == 0x7F:
            sb.append("\\u00" + HEX[o >> 4] + HEX[o & 15])
        elif o > 0xFFFF:
            v = o - 0x10000
            hi = 0xD800 + (v >> 10)
            lo = 0xDC00 + (v & 0x3FF)
            sb.append("\\u" + hex4(hi) + "\\u" + hex4(lo))
        else:
            sb.append(c)
    sb.append('"')


def hex4(n: int) -> str:
    return HEX[(n >> 12) & 15] + HEX[(n >> 8) & 15] + HEX[(n >> 4) & 15] + HEX[n & 15]


def to_json(v: V, sb: StringBuilder) -> None:
    if isinstance(v, VNull):
        sb.append("null")
    elif isinstance(v, VBool):
        sb.append("true" if v.b else "false")
    elif isinstance(v, VNum):
        sb.append(repr(v.f) if v.is_float else str(v.i))
    elif isinstance(v, VStr):
        json_escape(v.s, sb)
    elif isinstance(v, VList):
        sb.append("[")
        for i, item in enumerate(v.items):
            if i:
                sb.append(", ")
            to_json(item, sb)
        sb.append("]")
    elif isinstance(v, VMap):
        sb.append("{")
        first = True
        for k in v.keys:
            if not first:
                sb.append(", ")
            first = False
            json_escape(k, sb)
            sb.append(": ")
            to_json(v.vals[k], sb)
        sb.append("}")


def to_py(v: V) -> str:
    if isinstance(v, VNull):
        return "None"
    if isinstance(v, VBool):
        return repr(v.b)
    if isinstance(v, VNum):
        return repr(v.f) if v.is_float else repr(v.i)
    if isinstance(v, VStr):
        return repr(v.s)
    if isinstance(v, VList):
        return "[" + ", ".join([to_py(x) for x in v.items]) + "]"
    if isinstance(v, VMap):
        return "{" + ", ".join(["%r: %s" % (k, to_py(v.vals[k])) for k in v.keys]) + "}"
    return "?"


class ParseErr(Exception):
    pass


class JParser:
    s: str
    i: int

    def __init__(self, s: str) -> None:
        self.s = s
        self.i = 0

    def ws(self) -> None:
        while self.i < len(self.s) and self.s[self.i] in " \n\t\r":
            self.i += 1

    def value(self) -> V:
        self.ws()
        if self.i >= len(self.s):
            raise ParseErr("unexpected end at %d" % (self.i,))
        c = self.s[self.i]
        if c == "{":
            self.i += 1
            m = VMap()
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return m
            while True:
                self.ws()
                k = self.string()
                self.ws()
                self.expect(":")
                m.put(k, self.value())
                self.ws()
                if self.s[self.i] == ",":
                    self.i += 1
                    continue
                self.expect("}")
                return m
        if c == "[":
            self.i += 1
            items: list[V] = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return VList(items)
            while True:
                items.append(self.value())
                self.ws()
                if self.s[self.i] == ",":
                    self.i += 1
                    continue
                self.expect("]")
                return VList(items)
        if c == '"':
            return VStr(self.string())
        for word, val in [("null", 0), ("true", 1), ("false", 2)]:
            if self.s.startswith(word, self.i):
                self.i += len(word)
                if val == 0:
                    return VNull()
                return VBool(val == 1)
        j = self.i
        while j < len(self.s) and self.s[j] in "+-0123456789.eEinfa":
            j += 1
        text = self.s[self.i:j]
        if text == "":
            raise ParseErr("unexpected %r at %d" % (c, self.i))
        self.i = j
        if "." in text or "e" in text or "inf" in text or "nan" in text:
            return VNum(0, float(text), True)
        return VNum(int(text), 0.0, False)

    def expect(self, c: str) -> None:
        if self.i >= len(self.s) or self.s[self.i] != c:
            raise ParseErr("expected %s at %d" % (c, self.i))
        self.i += 1

    def string(self) -> str:
        self.expect('"')
        sb = StringBuilder()
        while self.s[self.i] != '"':
            c = self.s[self.i]
            if c == "\\":
                e = self.s[self.i + 1]
                self.i += 2
                if e == "n":
                    sb.append("\n")
                elif e == "t":
                    sb.append("\t")
                elif e == "u":
                    code = int(self.s[self.i:self.i + 4], 16)
                    self.i += 4
                    if 0xD800 <= code < 0xDC00 and self.s.startswith("\\u", self.i):
                        low = int(self.s[self.i + 2:self.i + 6], 16)
                        self.i += 6
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    sb.append(chr(code))
                else:
                    sb.append(e)
            else:
                sb.append(c)
                self.i += 1
        self.i += 1
        return sb.build()


def sample() -> V:
    m = VMap()
    m.put("name", VStr("Zoë \"the\" coder"))
    m.put("path", VStr("C:\\temp\\new"))
    m.put("ctrl", VStr("tab\there\nnul\x00bell\x07del\x7f"))
    m.put("quotes", VStr("it's"))
    m.put("both", VStr("it's \"both\""))
    m.put("astral", VStr("😀 𝄞"))
    m.put("nbsp", VStr("a\u00a0b\u200bc\u2028d"))
    m.put("nums", VList([VNum(0, 0.0, False), VNum(-42, 0.0, False), VNum(0, 1e16, True),
                         VNum(0, -0.0, True), VNum(0, 0.1, True), VNum(0, 1e-7, True),
                         VNum(0, 123456.789, True)]))
    m.put("flags", VList([VBool(True), VBool(False), VNull()]))
    m.put("empty", VList([]))
    m.put("nested", VMap())
    m.put("name", VStr("overwritten"))
    return m


def main(argv: list[str]) -> int:
    v = sample()
    sb = StringBuilder()
    to_json(v, sb)
    text = sb.build()
    print(text)
    print(to_py(v))
    back = JParser(text).value()
    sb2 = StringBuilder()
    to_json(back, sb2)
    print("round trip equal:", sb2.build() == text, "length", sb.getlength())
    print(to_py(back) == to_py(v))
    for s in ["", "'", '"', "'\"", "\\", "\x1b[0m", "\r\n", "é", "\ud7ff", "\U0001f600", "\x80\x9f\xa0\xad"]:
        print(repr(s), len(repr(s)), "%r|%s|%d%%" % (s, s, len(s)))
    for bad in ['{"a": }', "[1, 2", '{"a" 1}', "", "@"]:
        try:
            JParser(bad).value()
            print("parsed?", repr(bad))
        except ParseErr as e:
            print("error:", e)
        except IndexError:
            print("error: ran off the end of", repr(bad))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
