class ParseError(Exception):
    pass
class Parser:
    def __init__(self, text):
        self.s, self.i = text, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t\r":
            self.i += 1
    def peek(self):
        self.ws()
        return self.s[self.i] if self.i < len(self.s) else ""
    def expect(self, c):
        if self.peek() != c:
            raise ParseError(f"expected {c!r} at {self.i}")
        self.i += 1
    def value(self):
        c = self.peek()
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if c in "-0123456789":
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        raise ParseError(f"unexpected {c!r} at {self.i}")
    def obj(self):
        self.expect("{")
        out = {}
        if self.peek() == "}":
            self.i += 1
            return out
        while True:
            k = self.string()
            self.expect(":")
            out[k] = self.value()
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("}")
            return out
    def arr(self):
        self.expect("[")
        out = []
        if self.peek() == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("]")
            return out
    def string(self):
        self.expect('"')
        start = self.i
        buf = []
        while self.s[self.i] != '"':
            if self.s[self.i] == "\\":
                self.i += 1
                buf.append({"n": "\n", "t": "\t"}.get(self.s[self.i], self.s[self.i]))
            else:
                buf.append(self.s[self.i])
            self.i += 1
        self.i += 1
        return "".join(buf)
    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in "-+.eE0123456789":
            self.i += 1
        t = self.s[start:self.i]
        return float(t) if any(ch in t for ch in ".eE") else int(t)
doc = '{"name": "tandem", "tags": ["jit", "vm"], "n": 42, "pi": 3.14, "ok": true, "none": null, "nested": {"a": [1, {"b": -2e3}]}, "esc": "a\\nb"}'
v = Parser(doc).value()
print(v)
print(v["nested"]["a"][1]["b"], v["tags"][-1], type(v["pi"]).__name__)
for bad in ['{"a" 1}', '[1, 2', '@']:
    try:
        Parser(bad).value()
    except ParseError as e:
        print("error:", e)
    except IndexError:
        print("error: truncated")
