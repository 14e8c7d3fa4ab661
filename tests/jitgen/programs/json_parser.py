"""A small JSON parser with a value class hierarchy and a printer."""


class JsonError(Exception):
    pos: int

    def __init__(self, msg: str, pos: int) -> None:
        super().__init__(msg + " at " + str(pos))
        self.pos = pos


class JValue:
    def dump(self) -> str:
        raise NotImplementedError("dump")

    def kind(self) -> str:
        return "value"


class JNull(JValue):
    def dump(self) -> str:
        return "null"

    def kind(self) -> str:
        return "null"


class JBool(JValue):
    value: bool

    def __init__(self, value: bool) -> None:
        self.value = value

    def dump(self) -> str:
        return "true" if self.value else "false"

    def kind(self) -> str:
        return "bool"


class JNumber(JValue):
    value: float
    is_int: bool

    def __init__(self, value: float, is_int: bool) -> None:
        self.value = value
        self.is_int = is_int

    def dump(self) -> str:
        if self.is_int:
            return str(int(self.value))
        return str(self.value)

    def kind(self) -> str:
        return "number"


class JString(JValue):
    value: str

    def __init__(self, value: str) -> None:
        self.value = value

    def dump(self) -> str:
        out = '"'
        for c in self.value:
            if c == '"' or c == "\\":
                out += "\\" + c
            elif c == "\n":
                out += "\\n"
            else:
                out += c
        return out + '"'

    def kind(self) -> str:
        return "string"


class JArray(JValue):
    items: list[JValue]

    def __init__(self) -> None:
        self.items = []

    def dump(self) -> str:
        return "[" + ",".join([v.dump() for v in self.items]) + "]"

    def kind(self) -> str:
        return "array"


class JObject(JValue):
    fields: dict[str, JValue]

    def __init__(self) -> None:
        self.fields = {}

    def dump(self) -> str:
        parts: list[str] = []
        for k, v in self.fields.items():
            parts.append(JString(k).dump() + ":" + v.dump())
        return "{" + ",".join(parts) + "}"

    def kind(self) -> str:
        return "object"


JNULL = JNull()


class Parser:
    src: str
    pos: int

    def __init__(self, src: str) -> None:
        self.src = src
        self.pos = 0

    def peek(self) -> str:
        if self.pos < len(self.src):
            return self.src[self.pos]
        return ""

    def skip_ws(self) -> None:
        while self.pos < len(self.src) and self.src[self.pos] in " \t\r\n":
            self.pos += 1

    def expect(self, c: str) -> None:
        if self.peek() != c:
            raise JsonError("expected " + repr(c), self.pos)
        self.pos += 1

    def parse(self) -> JValue:
        v = self.value()
        self.skip_ws()
        if self.pos != len(self.src):
            raise JsonError("trailing data", self.pos)
        return v

    def value(self) -> JValue:
        self.skip_ws()
        c = self.peek()
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return JString(self.string())
        if c == "-" or c.isdigit():
            return self.number()
        if self.src.startswith("true", self.pos):
            self.pos += 4
            return JBool(True)
        if self.src.startswith("false", self.pos):
            self.pos += 5
            return JBool(False)
        if self.src.startswith("null", self.pos):
            self.pos += 4
            return JNULL
        raise JsonError("unexpected " + repr(c), self.pos)

    def obj(self) -> JObject:
        self.expect("{")
        o = JObject()
        self.skip_ws()
        if self.peek() == "}":
            self.pos += 1
            return o
        while True:
            self.skip_ws()
            key = self.string()
            self.skip_ws()
            self.expect(":")
            o.fields[key] = self.value()
            self.skip_ws()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return o

    def arr(self) -> JArray:
        self.expect("[")
        a = JArray()
        self.skip_ws()
        if self.peek() == "]":
            self.pos += 1
            return a
        while True:
            a.items.append(self.value())
            self.skip_ws()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]")
            return a

    def string(self) -> str:
        self.expect('"')
        out: list[str] = []
        while True:
            c = self.peek()
            if c == "":
                raise JsonError("unterminated string", self.pos)
            self.pos += 1
            if c == '"':
                return "".join(out)
            if c == "\\":
                e = self.peek()
                self.pos += 1
                if e == "n":
                    out.append("\n")
                elif e == "t":
                    out.append("\t")
                elif e == "u":
                    out.append(chr(int(self.src[self.pos:self.pos + 4], 16)))
                    self.pos += 4
                else:
                    out.append(e)
            else:
                out.append(c)

    def number(self) -> JNumber:
        start = self.pos
        if self.peek() == "-":
            self.pos += 1
        while self.peek().isdigit():
            self.pos += 1
        is_int = True
        if self.peek() == ".":
            is_int = False
            self.pos += 1
            while self.peek().isdigit():
                self.pos += 1
        if self.peek() == "e" or self.peek() == "E":
            is_int = False
            self.pos += 1
            if self.peek() == "-" or self.peek() == "+":
                self.pos += 1
            while self.peek().isdigit():
                self.pos += 1
        text = self.src[start:self.pos]
        if text == "-":
            raise JsonError("bad number", start)
        return JNumber(float(text), is_int)


def count_kinds(v: JValue, counts: dict[str, int]) -> None:
    k = v.kind()
    counts[k] = counts.get(k, 0) + 1
    if isinstance(v, JArray):
        for item in v.items:
            count_kinds(item, counts)
    elif isinstance(v, JObject):
        for key in v.fields:
            count_kinds(v.fields[key], counts)


DOCS = [
    '{"name": "tandem", "version": 1, "tags": ["jit", "vm"], "ok": true}',
    '[1, -2.5, 3e2, 0.1, "a\\"b", null, false, {"x": [[], {}]}]',
    '  {"nested": {"deeper": {"deepest": [1, 2, {"k": "\\u0041\\n"}]}}}  ',
    '[1, 2,',
    '{"a" 1}',
    '[1] x',
    '"abc',
    '-',
]


def main(argv: list[str]) -> int:
    for doc in DOCS:
        try:
            v = Parser(doc).parse()
            print(v.dump())
            counts: dict[str, int] = {}
            count_kinds(v, counts)
            print("  ", " ".join([k + "=" + str(counts[k]) for k in counts]))
        except JsonError as e:
            print("error:", str(e), e.pos)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
