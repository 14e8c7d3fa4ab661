"""A tiny Lisp: reader, environments, special forms, closures as objects."""


class LispError(Exception):
    pass


class Obj:
    def show(self) -> str:
        return "?"

    def truthy(self) -> bool:
        return True


class Nil(Obj):
    def show(self) -> str:
        return "()"

    def truthy(self) -> bool:
        return False


NIL = Nil()


class Num(Obj):
    v: int

    def __init__(self, v: int) -> None:
        self.v = v

    def show(self) -> str:
        return str(self.v)


class Sym(Obj):
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def show(self) -> str:
        return self.name


class Cons(Obj):
    car: Obj
    cdr: Obj

    def __init__(self, car: Obj, cdr: Obj) -> None:
        self.car = car
        self.cdr = cdr

    def show(self) -> str:
        parts: list[str] = []
        o: Obj = self
        while isinstance(o, Cons):
            parts.append(o.car.show())
            o = o.cdr
        tail = ""
        if not isinstance(o, Nil):
            tail = " . " + o.show()
        return "(" + " ".join(parts) + tail + ")"


class Env:
    vars: dict[str, Obj]
    parent: "Env | None"

    def __init__(self, parent: "Env | None") -> None:
        self.vars = {}
        self.parent = parent

    def lookup(self, name: str) -> Obj:
        e: Env | None = self
        while e is not None:
            if name in e.vars:
                return e.vars[name]
            e = e.parent
        raise LispError("unbound symbol " + name)

    def set(self, name: str, v: Obj) -> None:
        e: Env | None = self
        while e is not None:
            if name in e.vars:
                e.vars[name] = v
                return
            e = e.parent
        raise LispError("set! of unbound " + name)


class Lambda(Obj):
    params: list[str]
    body: Obj
    env: Env

    def __init__(self, params: list[str], body: Obj, env: Env) -> None:
        self.params = params
        self.body = body
        self.env = env

    def show(self) -> str:
        return "<lambda/" + str(len(self.params)) + ">"


class Prim(Obj):
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def show(self) -> str:
        return "<prim " + self.name + ">"


def tokenize(src: str) -> list[str]:
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


class Reader:
    toks: list[str]
    pos: int

    def __init__(self, src: str) -> None:
        self.toks = tokenize(src)
        self.pos = 0

    def at_end(self) -> bool:
        return self.pos >= len(self.toks)

    def read(self) -> Obj:
        if self.at_end():
            raise LispError("unexpected end of input")
        t = self.toks[self.pos]
        self.pos += 1
        if t == "(":
            items: list[Obj] = []
            while True:
                if self.at_end():
                    raise LispError("missing )")
                if self.toks[self.pos] == ")":
                    self.pos += 1
                    break
                items.append(self.read())
            return make_list(items)
        if t == ")":
            raise LispError("unexpected )")
        if t == "'":
            return make_list([Sym("quote"), self.read()])
        if t.isdigit() or (t[0] == "-" and len(t) > 1 and t[1:].isdigit()):
            return Num(int(t))
        return Sym(t)


def make_list(items: list[Obj]) -> Obj:
    result: Obj = NIL
    for i in range(len(items) - 1, -1, -1):
        result = Cons(items[i], result)
    return result


def to_list(o: Obj) -> list[Obj]:
    out: list[Obj] = []
    while isinstance(o, Cons):
        out.append(o.car)
        o = o.cdr
    return out


def num(o: Obj) -> int:
    if isinstance(o, Num):
        return o.v
    raise LispError("not a number: " + o.show())


def apply_prim(name: str, args: list[Obj]) -> Obj:
    if name == "+":
        total = 0
        for a in args:
            total += num(a)
        return Num(total)
    if name == "-":
        return Num(num(args[0]) - num(args[1]))
    if name == "*":
        return Num(num(args[0]) * num(args[1]))
    if name == "<":
        return Sym("t") if num(args[0]) < num(args[1]) else NIL
    if name == "=":
        return Sym("t") if num(args[0]) == num(args[1]) else NIL
    if name == "cons":
        return Cons(args[0], args[1])
    if name == "car":
        c = args[0]
        if isinstance(c, Cons):
            return c.car
        raise LispError("car of non-pair")
    if name == "cdr":
        c = args[0]
        if isinstance(c, Cons):
            return c.cdr
        raise LispError("cdr of non-pair")
    if name == "list":
        return make_list(args)
    if name == "null?":
        return Sym("t") if isinstance(args[0], Nil) else NIL
    raise LispError("unknown primitive " + name)


def evaluate(x: Obj, env: Env) -> Obj:
    while True:
        if isinstance(x, Sym):
            return env.lookup(x.name)
        if not isinstance(x, Cons):
            return x
        head = x.car
        args = to_list(x.cdr)
        if isinstance(head, Sym):
            op = head.name
            if op == "quote":
                return args[0]
            if op == "if":
                if evaluate(args[0], env).truthy():
                    x = args[1]
                else:
                    x = args[2] if len(args) > 2 else NIL
                continue
            if op == "define":
                target = args[0]
                if not isinstance(target, Sym):
                    raise LispError("define needs a symbol")
                env.vars[target.name] = evaluate(args[1], env)
                return target
            if op == "set!":
                target = args[0]
                if not isinstance(target, Sym):
                    raise LispError("set! needs a symbol")
                env.set(target.name, evaluate(args[1], env))
                return NIL
            if op == "lambda":
                names: list[str] = []
                for p in to_list(args[0]):
                    if isinstance(p, Sym):
                        names.append(p.name)
                return Lambda(names, args[1], env)
            if op == "begin":
                for a in args[:-1]:
                    evaluate(a, env)
                x = args[-1]
                continue
        f = evaluate(head, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(f, Prim):
            return apply_prim(f.name, vals)
        if isinstance(f, Lambda):
            if len(vals) != len(f.params):
                raise LispError("arity mismatch")
            new_env = Env(f.env)
            for i in range(len(vals)):
                new_env.vars[f.params[i]] = vals[i]
            x = f.body      # tail call: loop instead of recursing
            env = new_env
            continue
        raise LispError("not callable: " + f.show())


PROGRAM = """
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 10)
(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))
(count 500 0)
(define map (lambda (f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs))))))
(map (lambda (x) (* x x)) '(1 2 3 4))
(define make-counter (lambda () (begin (define c 0) (lambda () (begin (set! c (+ c 1)) c)))))
(define c1 (make-counter))
(c1)
(c1)
(cons 1 2)
(list 1 (list 2 3) '(a . b))
(car '())
(undefined-thing 1)
(+ 1 2 3 -4)
"""


def main(argv: list[str]) -> int:
    g = Env(None)
    for p in ["+", "-", "*", "<", "=", "cons", "car", "cdr", "list", "null?"]:
        g.vars[p] = Prim(p)
    r = Reader(PROGRAM)
    while not r.at_end():
        try:
            form = r.read()
            print(evaluate(form, g).show())
        except LispError as e:
            print("error:", str(e))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
