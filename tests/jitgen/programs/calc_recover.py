"""Tokenizer, recursive-descent parser and tree-walking evaluator for a small
calculator language with variables and functions; errors are exceptions,
and the driver recovers at statement boundaries and keeps going."""
from jitgen.hints import ovfcheck


class CalcError(Exception):
    col: int

    def __init__(self, msg: str, col: int) -> None:
        super().__init__(msg)
        self.col = col


class ParseError(CalcError):
    pass


class EvalError(CalcError):
    pass


class Tok:
    kind: str
    text: str
    col: int

    def __init__(self, kind: str, text: str, col: int) -> None:
        self.kind = kind
        self.text = text
        self.col = col


def tokenize(src: str) -> list[Tok]:
    toks: list[Tok] = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == " " or c == "\t":
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(Tok("num", src[i:j], i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(Tok("name", src[i:j], i))
            i = j
        elif c in "+-*/%^(),=":
            toks.append(Tok("op", c, i))
            i += 1
        else:
            raise ParseError("bad character " + repr(c), i)
    toks.append(Tok("eof", "", len(src)))
    return toks


class Expr:
    col: int

    def eval(self, env: "Env") -> float:
        raise NotImplementedError()


class Num(Expr):
    value: float

    def __init__(self, value: float, col: int) -> None:
        self.value = value
        self.col = col

    def eval(self, env: "Env") -> float:
        return self.value


class Var(Expr):
    name: str

    def __init__(self, name: str, col: int) -> None:
        self.name = name
        self.col = col

    def eval(self, env: "Env") -> float:
        if self.name not in env.vars:
            raise EvalError("unknown variable " + self.name, self.col)
        return env.vars[self.name]


class BinOp(Expr):
    op: str
    left: Expr
    right: Expr

    def __init__(self, op: str, left: Expr, right: Expr, col: int) -> None:
        self.op = op
        self.left = left
        self.right = right
        self.col = col

    def eval(self, env: "Env") -> float:
        a = self.left.eval(env)
        b = self.right.eval(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        if self.op == "^":
            try:
                return a ** b
            except ZeroDivisionError:
                raise EvalError("zero to a negative power", self.col)
        if b == 0.0:
            raise EvalError("division by zero", self.col)
        if self.op == "/":
            return a / b
        return a % b


class Neg(Expr):
    arg: Expr

    def __init__(self, arg: Expr, col: int) -> None:
        self.arg = arg
        self.col = col

    def eval(self, env: "Env") -> float:
        return -self.arg.eval(env)


class Call(Expr):
    fn: str
    args: list[Expr]

    def __init__(self, fn: str, args: list[Expr], col: int) -> None:
        self.fn = fn
        self.args = args
        self.col = col

    def eval(self, env: "Env") -> float:
        vals = [a.eval(env) for a in self.args]
        if self.fn == "max" and len(vals) >= 1:
            best = vals[0]
            for v in vals[1:]:
                best = max(best, v)
            return best
        if self.fn == "fact" and len(vals) == 1:
            n = int(vals[0])
            r = 1
            for k in range(2, n + 1):
                r = ovfcheck(r * k)
            return float(r)
        raise EvalError("bad call " + self.fn + "/" + str(len(vals)), self.col)


class Env:
    vars: dict[str, float]

    def __init__(self) -> None:
        self.vars = {"pi": 3.141592653589793}


class Parser:
    toks: list[Tok]
    pos: int

    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks
        self.pos = 0

    def peek(self) -> Tok:
        return self.toks[self.pos]

    def next(self) -> Tok:
        t = self.toks[self.pos]
        if t.kind != "eof":
            self.pos += 1
        return t

    def expect(self, text: str) -> Tok:
        t = self.next()
        if t.text != text:
            raise ParseError("expected " + repr(text) + " but found " + (repr(t.text) if t.text else "end"), t.col)
        return t

    def statement(self) -> tuple[str, Expr]:
        t = self.peek()
        if t.kind == "name" and self.toks[self.pos + 1].text == "=":
            self.pos += 2
            e = self.expr(0)
            self.expect("")
            return (t.text, e)
        e = self.expr(0)
        self.expect("")
        return ("", e)

    def prec(self, op: str) -> int:
        if op == "+" or op == "-":
            return 1
        if op == "*" or op == "/" or op == "%":
            return 2
        if op == "^":
            return 4
        return -1

    def expr(self, min_prec: int) -> Expr:
        left = self.unary()
        while True:
            t = self.peek()
            p = self.prec(t.text) if t.kind == "op" else -1
            if p < min_prec or p < 0:
                return left
            self.next()
            # ^ is right-associative
            right = self.expr(p if t.text == "^" else p + 1)
            left = BinOp(t.text, left, right, t.col)

    def unary(self) -> Expr:
        t = self.peek()
        if t.text == "-":
            self.next()
            return Neg(self.expr(3), t.col)
        return self.atom()

    def atom(self) -> Expr:
        t = self.next()
        if t.kind == "num":
            try:
                return Num(float(t.text), t.col)
            except ValueError:
                raise ParseError("bad number " + t.text, t.col)
        if t.kind == "name":
            if self.peek().text == "(":
                self.next()
                args: list[Expr] = []
                if self.peek().text != ")":
                    args.append(self.expr(0))
                    while self.peek().text == ",":
                        self.next()
                        args.append(self.expr(0))
                self.expect(")")
                return Call(t.text, args, t.col)
            return Var(t.text, t.col)
        if t.text == "(":
            e = self.expr(0)
            self.expect(")")
            return e
        raise ParseError("unexpected " + (repr(t.text) if t.text else "end of line"), t.col)


SOURCE = """x = 1 + 2 * 3
y = (1 + 2) * 3
x * y - 2 ^ 3 ^ 2
-2 ^ 2
10 / 4
10 % 4
-7 % 3
z + 1
1 / (x - 7)
2 ^ -1
0 ^ -1
max(1, 5.5, 3)
max()
fact(20)
fact(21)
1 +
(1 + 2
1 2
3 $ 4
1.2.3
pi * 2
big = 10 ^ 300 * 10 ^ 300
big - big
0.1 + 0.2
1e5"""


def main(argv: list[str]) -> int:
    env = Env()
    errors = 0
    for lineno, line in enumerate(SOURCE.split("\n"), 1):
        try:
            p = Parser(tokenize(line))
            name, e = p.statement()
            v = e.eval(env)
            if name != "":
                env.vars[name] = v
                print(lineno, name, "=", v)
            else:
                print(lineno, v)
        except ParseError as pe:
            errors += 1
            print(lineno, "parse error at", pe.col, ":", pe)
        except EvalError as ee:
            errors += 1
            print(lineno, "eval error at", ee.col, ":", str(ee))
        except OverflowError:
            errors += 1
            print(lineno, "overflow")
    print(errors, "errors;", len(env.vars), "variables")
    return 1 if errors > 10 else 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
