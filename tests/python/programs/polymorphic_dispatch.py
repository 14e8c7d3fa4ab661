class Expr:
    pass
class Num(Expr):
    def __init__(self, v):
        self.v = v
    def eval(self, env):
        return self.v
    def __str__(self):
        return str(self.v)
class Var(Expr):
    def __init__(self, n):
        self.n = n
    def eval(self, env):
        return env[self.n]
    def __str__(self):
        return self.n
class BinOp(Expr):
    ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b, "-": lambda a, b: a - b}
    def __init__(self, op, l, r):
        self.op, self.l, self.r = op, l, r
    def eval(self, env):
        return self.ops[self.op](self.l.eval(env), self.r.eval(env))
    def __str__(self):
        return f"({self.l} {self.op} {self.r})"
e = BinOp("+", BinOp("*", Num(2), Var("x")), BinOp("-", Var("y"), Num(1)))
print(e, e.eval({"x": 5, "y": 3}))
def simplify(e):
    if isinstance(e, BinOp):
        l, r = simplify(e.l), simplify(e.r)
        if isinstance(l, Num) and isinstance(r, Num):
            return Num(e.eval({}))
        return BinOp(e.op, l, r)
    return e
print(simplify(BinOp("*", BinOp("+", Num(1), Num(2)), Var("z"))))
try:
    e.eval({"x": 1})
except KeyError as err:
    print("unbound", err)
