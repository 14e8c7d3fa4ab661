"""A small Scheme: symbols interned in an r_dict keyed by custom eq/hash,
closures as objects holding their environment, tail calls by a trampoline
loop, and errors reported as Scheme-level exceptions."""
from jitgen.hints import r_dict, promote, elidable, ovfcheck


class SchemeError(Exception):
    pass


class Value:
    def show(self) -> str:
        raise NotImplementedError("show")

    def is_true(self) -> bool:
        return True


class Int(Value):
    v: int

    def __init__(self, v: int) -> None:
        self.v = v

    def show(self) -> str:
        return str(self.v)


class Bool(Value):
    b: bool

    def __init__(self, b: bool) -> None:
        self.b = b

    def show(self) -> str:
        return "#t" if self.b else "#f"

    def is_true(self) -> bool:
        return self.b


class Symbol(Value):
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def show(self) -> str:
        return self.name


class Pair(Value):
    car: Value
    cdr: Value

    def __init__(self, car: Value, cdr: Value) -> None:
        self.car = car
        self.cdr = cdr

    def show(self) -> str:
        out = "(" + self.car.show()
        rest = self.cdr
        while isinstance(rest, Pair):
            out += " " + rest.car.show()
            rest = rest.cdr
        if not isinstance(rest, Nil):
            out += " . " + rest.show()
        return out + ")"


class Nil(Value):
    def show(self) -> str:
        return "()"


class Procedure(Value):
    def apply(self, args: list[Value]) -> Value:
        raise NotImplementedError("apply")


class Builtin(Procedure):
    name: str
    arity: int

    def __init__(self, name: str, arity: int) -> None:
        self.name = name
        self.arity = arity

    def show(self) -> str:
        return "#<builtin " + self.name + ">"

    def apply(self, args: list[Value]) -> Value:
        if len(args) != self.arity:
            raise SchemeError(self.name + ": expected " + str(self.arity) + " args, got " + str(len(args)))
        if self.name == "cons":
            return Pair(args[0], args[1])
        if self.name == "car" or self.name == "cdr":
            p = args[0]
            if not isinstance(p, Pair):
                raise SchemeError(self.name + ": not a pair: " + p.show())
            return p.car if self.name == "car" else p.cdr
        if self.name == "null?":
            return Bool(isinstance(args[0], Nil))
        a = as_int(args[0])
        b = as_int(args[1])
        if self.name == "+":
            return Int(ovfcheck(a + b))
        if self.name == "-":
            return Int(ovfcheck(a - b))
        if self.name == "*":
            return Int(ovfcheck(a * b))
        if self.name == "<":
            return Bool(a < b)
        if self.name == "=":
            return Bool(a == b)
        if self.name == "quotient":
            if b == 0:
                raise SchemeError("quotient: division by zero")
            return Int(a // b)
        raise SchemeError("unknown builtin " + self.name)


class Closure(Procedure):
    params: list[Symbol]
    body: Value
    env: "Env"

    def __init__(self, params: list[Symbol], body: Value, env: "Env") -> None:
        self.params = params
        self.body = body
        self.env = env

    def show(self) -> str:
        return "#<closure/" + str(len(self.params)) + ">"


def sym_eq(a: Symbol, b: Symbol) -> bool:
    return a.name == b.name


def sym_hash(a: Symbol) -> int:
    return hash(a.name)


class Env:
    vars: r_dict[Symbol, Value]
    parent: "Env | None"

    def __init__(self, parent: "Env | None") -> None:
        self.vars = r_dict(sym_eq, sym_hash)
        self.parent = parent

    def lookup(self, s: Symbol) -> Value:
        e: Env | None = self
        while e is not None:
            if s in e.vars:
                return e.vars[s]
            e = e.parent
        raise SchemeError("unbound variable: " + s.name)

    def set(self, s: Symbol, v: Value) -> None:
        e: Env | None = self
        while e is not None:
            if s in e.vars:
                e.vars[s] = v
                return
            e = e.parent
        raise SchemeError("set!: unbound variable: " + s.name)


class SymbolTable:
    table: dict[str, Symbol]

    def __init__(self) -> None:
        self.table = {}

    def intern(self, name: str) -> Symbol:
        s = self.table.get(name)
        if s is None:
            s = Symbol(name)
            self.table[name] = s
        return s


SYMBOLS = SymbolTable()
NIL = Nil()


def as_int(v: Value) -> int:
    if isinstance(v, Int):
        return v.v
    raise SchemeError("not a number: " + v.show())


@elidable
def special_form(name: str) -> int:
    forms = ["quote", "if", "define", "lambda", "set!", "begin", "let"]
    if name in forms:
        return forms.index(name)
    return -1


class Reader:
    toks: list[str]
    pos: int

    def __init__(self, text: str) -> None:
        self.toks = text.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()
        self.pos = 0

    def more(self) -> bool:
        return self.pos < len(self.toks)

    def read(self) -> Value:
        if self.pos >= len(self.toks):
            raise SchemeError("unexpected end of input")
        t = self.toks[self.pos]
        self.pos += 1
        if t == "(":
            items: list[Value] = []
            while True:
                if self.pos >= len(self.toks):
                    raise SchemeError("missing )")
                if self.toks[self.pos] == ")":
                    self.pos += 1
                    break
                items.append(self.read())
            res: Value = NIL
            for item in reversed(items):
                res = Pair(item, res)
            return res
        if t == ")":
            raise SchemeError("unexpected )")
        if t == "'":
            return Pair(SYMBOLS.intern("quote"), Pair(self.read(), NIL))
        if t == "#t" or t == "#f":
            return Bool(t == "#t")
        if t.isdigit() or (t[0] == "-" and len(t) > 1 and t[1:].isdigit()):
            return Int(int(t))
        return SYMBOLS.intern(t)


def list_items(v: Value) -> list[Value]:
    out: list[Value] = []
    while isinstance(v, Pair):
        out.append(v.car)
        v = v.cdr
    return out


def evaluate(x: Value, env: Env) -> Value:
    while True:
        if isinstance(x, Symbol):
            return env.lookup(x)
        if not isinstance(x, Pair):
            return x
        head = x.car
        args = list_items(x.cdr)
        if isinstance(head, Symbol):
            form = special_form(promote(head.name))
            if form == 0:
                return args[0]
            if form == 1:
                x = args[1] if evaluate(args[0], env).is_true() else (args[2] if len(args) > 2 else NIL)
                continue
            if form == 2:
                target = args[0]
                if isinstance(target, Pair):
                    fname = target.car
                    assert isinstance(fname, Symbol)
                    params = [p for p in list_items(target.cdr) if isinstance(p, Symbol)]
                    env.vars[fname] = Closure(params, Pair(SYMBOLS.intern("begin"), list_to_pairs(args[1:])), env)
                    return fname
                assert isinstance(target, Symbol)
                env.vars[target] = evaluate(args[1], env)
                return target
            if form == 3:
                ps = [p for p in list_items(args[0]) if isinstance(p, Symbol)]
                return Closure(ps, Pair(SYMBOLS.intern("begin"), list_to_pairs(args[1:])), env)
            if form == 4:
                t = args[0]
                assert isinstance(t, Symbol)
                env.set(t, evaluate(args[1], env))
                return NIL
            if form == 5:
                if not args:
                    return NIL
                for a in args[:-1]:
                    evaluate(a, env)
                x = args[-1]
                continue
            if form == 6:
                inner = Env(env)
                for binding in list_items(args[0]):
                    name = binding.car if isinstance(binding, Pair) else binding
                    assert isinstance(name, Symbol) and isinstance(binding, Pair)
                    inner.vars[name] = evaluate(list_items(binding)[1], env)
                env = inner
                x = Pair(SYMBOLS.intern("begin"), list_to_pairs(args[1:]))
                continue
        proc = evaluate(head, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(proc, Closure):
            if len(vals) != len(proc.params):
                raise SchemeError("arity mismatch: " + proc.show())
            new_env = Env(proc.env)
            for p, v in zip(proc.params, vals):
                new_env.vars[p] = v
            x = proc.body
            env = new_env
            continue
        if isinstance(proc, Procedure):
            return proc.apply(vals)
        raise SchemeError("not a procedure: " + proc.show())


def list_to_pairs(items: list[Value]) -> Value:
    res: Value = NIL
    i = len(items) - 1
    while i >= 0:
        res = Pair(items[i], res)
        i -= 1
    return res


PROGRAM = """
(define (fact n) (if (< n 2) 1 (* n (fact (- n 1)))))
(fact 20)
(define (make-counter) (let ((n 0)) (lambda () (set! n (+ n 1)) n)))
(define c1 (make-counter))
(define c2 (make-counter))
(c1) (c1) (c2) (c1)
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
(loop 3000 0)
(define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs)))))
(map (lambda (x) (* x x)) '(1 2 3 4 5))
(define compose (lambda (f g) (lambda (x) (f (g x)))))
((compose (lambda (x) (+ x 1)) (lambda (x) (* x 2))) 20)
'(a (b . c) #t #f)
(car '())
(undefined-thing 1)
(quotient 7 0)
(+ 1 2 3)
(fact 30)
(1 2)
(cons 1
"""


def main(argv: list[str]) -> int:
    env = Env(None)
    for name, arity in [("+", 2), ("-", 2), ("*", 2), ("<", 2), ("=", 2), ("cons", 2), ("car", 1),
                        ("cdr", 1), ("null?", 1), ("quotient", 2)]:
        env.vars[SYMBOLS.intern(name)] = Builtin(name, arity)
    reader = Reader(PROGRAM)
    while reader.more():
        try:
            form = reader.read()
            print("=>", evaluate(form, env).show())
        except SchemeError as e:
            print("error:", e)
        except OverflowError:
            print("error: integer overflow")
    print(len(SYMBOLS.table), "symbols;", len(env.vars), "globals")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
