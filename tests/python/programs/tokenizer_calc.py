def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            toks.append(("num", float(s[i:j]) if "." in s[i:j] else int(s[i:j])))
            i = j
        elif c in "+-*/()^":
            toks.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad char {c!r} at {i}")
    return toks
class Calc:
    def __init__(self, toks):
        self.t, self.i = toks, 0
    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)
    def eat(self):
        tok = self.peek(); self.i += 1; return tok
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.eat()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/"):
            op = self.eat()[1]
            v = v * self.factor() if op == "*" else v / self.factor()
        return v
    def factor(self):
        base = self.atom()
        if self.peek()[1] == "^":
            self.eat()
            return base ** self.factor()
        return base
    def atom(self):
        kind, val = self.eat()
        if val == "(":
            v = self.expr(); self.eat(); return v
        if val == "-":
            return -self.atom()
        return val
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1.5", "-(3 + 4) * 2", "7 $ 3"]:
    try:
        print(e, "=", Calc(tokenize(e)).expr())
    except SyntaxError as err:
        print("error:", err)
