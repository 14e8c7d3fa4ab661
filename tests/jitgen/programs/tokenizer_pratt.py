"""A tokenizer and a Pratt parser that evaluate arithmetic with variables."""


class Token:
    kind: str
    text: str
    pos: int

    def __init__(self, kind: str, text: str, pos: int) -> None:
        self.kind = kind
        self.text = text
        self.pos = pos

    def show(self) -> str:
        return self.kind + ":" + self.text


class SyntaxErr(Exception):
    pass


KEYWORDS = {"let": "LET", "in": "IN", "if": "IF", "then": "THEN", "else": "ELSE"}
OPERATORS = ["==", "<=", "**", "+", "-", "*", "/", "%", "(", ")", "=", "<"]
BINDING = {"==": 5, "<": 5, "<=": 5, "+": 10, "-": 10, "*": 20, "/": 20, "%": 20, "**": 30}


def tokenize(src: str) -> list[Token]:
    toks: list[Token] = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            toks.append(Token("NUM", src[i:j], i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            toks.append(Token(KEYWORDS.get(word, "ID"), word, i))
            i = j
        else:
            matched = ""
            for op in OPERATORS:
                if src.startswith(op, i):
                    matched = op
                    break
            if matched == "":
                raise SyntaxErr("bad character " + repr(c) + " at " + str(i))
            toks.append(Token("OP", matched, i))
            i += len(matched)
    toks.append(Token("EOF", "", n))
    return toks


class Evaluator:
    toks: list[Token]
    pos: int
    env: list[dict[str, int]]

    def __init__(self, toks: list[Token]) -> None:
        self.toks = toks
        self.pos = 0
        self.env = [{}]

    def peek(self) -> Token:
        return self.toks[self.pos]

    def advance(self) -> Token:
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def expect(self, kind: str, text: str) -> None:
        t = self.advance()
        if t.kind != kind or (text != "" and t.text != text):
            raise SyntaxErr("expected " + (text if text != "" else kind) + " at " + str(t.pos))

    def lookup(self, name: str) -> int:
        i = len(self.env) - 1
        while i >= 0:
            scope = self.env[i]
            if name in scope:
                return scope[name]
            i -= 1
        raise SyntaxErr("unbound " + name)

    def expr(self, rbp: int) -> int:
        left = self.prefix()
        while True:
            t = self.peek()
            if t.kind != "OP" or t.text not in BINDING:
                return left
            lbp = BINDING[t.text]
            if lbp <= rbp:
                return left
            self.advance()
            # ** is right-associative
            right = self.expr(lbp - 1 if t.text == "**" else lbp)
            left = apply(t.text, left, right)

    def prefix(self) -> int:
        t = self.advance()
        if t.kind == "NUM":
            return int(t.text)
        if t.kind == "ID":
            return self.lookup(t.text)
        if t.kind == "OP" and t.text == "-":
            return -self.expr(25)
        if t.kind == "OP" and t.text == "(":
            v = self.expr(0)
            self.expect("OP", ")")
            return v
        if t.kind == "LET":
            name = self.advance()
            if name.kind != "ID":
                raise SyntaxErr("expected a name at " + str(name.pos))
            self.expect("OP", "=")
            value = self.expr(0)
            self.expect("IN", "")
            self.env.append({name.text: value})
            body = self.expr(0)
            self.env.pop()
            return body
        if t.kind == "IF":
            cond = self.expr(0)
            self.expect("THEN", "")
            a = self.expr(0)
            self.expect("ELSE", "")
            b = self.expr(0)
            return a if cond != 0 else b
        raise SyntaxErr("unexpected " + t.show() + " at " + str(t.pos))


def apply(op: str, a: int, b: int) -> int:
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a // b
    if op == "%":
        return a % b
    if op == "**":
        return a ** b
    if op == "==":
        return 1 if a == b else 0
    if op == "<":
        return 1 if a < b else 0
    return 1 if a <= b else 0


def evaluate(src: str) -> int:
    ev = Evaluator(tokenize(src))
    v = ev.expr(0)
    ev.expect("EOF", "")
    return v


PROGRAMS = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-7 / 2 + -7 % 3",
    "let x = 5 in let y = x * x in y - x",
    "let x = 1 in (let x = 2 in x) + x",
    "if 3 < 4 then 10 else 20",
    "if 2 == 3 then 1 else if 2 <= 3 then 2 else 3",
    "1 +",
    "(1 + 2",
    "let 5 = 1 in 2",
    "y + 1",
    "3 $ 4",
    "10 / (5 - 5)",
]


def main(argv: list[str]) -> int:
    print(" ".join([t.show() for t in tokenize("let abc=12 in abc**2<=x_1")]))
    for p in PROGRAMS:
        try:
            print(p, "=>", evaluate(p))
        except SyntaxErr as e:
            print(p, "=> syntax error:", str(e))
        except ZeroDivisionError:
            print(p, "=> division by zero")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
