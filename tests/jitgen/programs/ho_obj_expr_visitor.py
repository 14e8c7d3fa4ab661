"""An expression-tree toolkit: an abstract Node base whose methods raise
NotImplementedError, a visitor class hierarchy with isinstance and type()
dispatch, structural __eq__ and a program hash for an r_dict memo, three
levels of super() calls, a simplifier that rebuilds trees, an evaluator
whose runtime errors (ZeroDivisionError, KeyError of a missing variable,
...) are caught per expression, endless recursion over a cyclic tree
caught as RecursionError, and a final float division by zero left uncaught."""
from jitgen.hints import r_dict


class Node:
    PREC = 100

    def accept(self, v: "Visitor") -> int:
        raise NotImplementedError(type(self).__name__ + ".accept")

    def show(self) -> str:
        raise NotImplementedError

    def __eq__(self, other: "Node") -> bool:
        return same_tree(self, other)

    def __repr__(self) -> str:
        return self.show()


class Num(Node):
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def accept(self, v: "Visitor") -> int:
        return v.num(self)

    def show(self) -> str:
        return str(self.value) if self.value >= 0 else "(" + str(self.value) + ")"


class Var(Node):
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def accept(self, v: "Visitor") -> int:
        return v.var(self)

    def show(self) -> str:
        return self.name


class BinOp(Node):
    OP = "?"
    PREC = 0
    left: Node
    right: Node

    def __init__(self, left: Node, right: Node) -> None:
        self.left = left
        self.right = right

    def accept(self, v: "Visitor") -> int:
        return v.binop(self)

    def apply(self, a: int, b: int) -> int:
        raise NotImplementedError(self.OP)

    def show(self) -> str:
        l = self.left.show()
        r = self.right.show()
        if self.left.PREC < self.PREC:
            l = "(" + l + ")"
        if self.right.PREC <= self.PREC:
            r = "(" + r + ")"
        return l + " " + self.OP + " " + r


class Add(BinOp):
    OP = "+"
    PREC = 1

    def apply(self, a: int, b: int) -> int:
        return a + b


class Sub(BinOp):
    OP = "-"
    PREC = 1

    def apply(self, a: int, b: int) -> int:
        return a - b


class Mul(BinOp):
    OP = "*"
    PREC = 2

    def apply(self, a: int, b: int) -> int:
        return a * b


class Div(BinOp):
    OP = "//"
    PREC = 2

    def apply(self, a: int, b: int) -> int:
        return a // b


class Pow(BinOp):
    OP = "**"
    PREC = 3

    def apply(self, a: int, b: int) -> int:
        if b < 0:
            raise ValueError(f"negative exponent {b}")
        return a ** b


class Mystery(BinOp):
    OP = "??"


def same_tree(a: Node, b: Node) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, Num) and isinstance(b, Num):
        return a.value == b.value
    if isinstance(a, Var) and isinstance(b, Var):
        return a.name == b.name
    if isinstance(a, BinOp) and isinstance(b, BinOp):
        return same_tree(a.left, b.left) and same_tree(a.right, b.right)
    return False


def tree_hash(n: Node) -> int:
    if isinstance(n, Num):
        return n.value * 31 + 7
    if isinstance(n, Var):
        return len(n.name) * 131 + ord(n.name[0])
    if isinstance(n, BinOp):
        return (tree_hash(n.left) * 1000003 ^ tree_hash(n.right) + len(n.OP)) & 0xFFFFFFF
    return 0


class Visitor:
    calls: int

    def __init__(self) -> None:
        self.calls = 0

    def num(self, n: Num) -> int:
        self.calls += 1
        return n.value

    def var(self, n: Var) -> int:
        self.calls += 1
        return 0

    def binop(self, n: BinOp) -> int:
        self.calls += 1
        return n.left.accept(self) + n.right.accept(self)


class Counter(Visitor):
    """Counts nodes: the base already does."""


class Evaluator(Visitor):
    env: dict[str, int]
    memo: r_dict[Node, int]
    hits: int

    def __init__(self, env: dict[str, int]) -> None:
        super().__init__()
        self.env = env
        self.memo = r_dict(same_tree, tree_hash)
        self.hits = 0

    def var(self, n: Var) -> int:
        super().var(n)
        return self.env[n.name]

    def binop(self, n: BinOp) -> int:
        if n in self.memo:
            self.hits += 1
            return self.memo[n]
        Visitor.num(self, Num(0))      # counts the call like the base does
        v = n.apply(n.left.accept(self), n.right.accept(self))
        self.memo[n] = v
        return v


class TracingEvaluator(Evaluator):
    trace: list[str]

    def __init__(self, env: dict[str, int]) -> None:
        super().__init__(env)
        self.trace = []

    def binop(self, n: BinOp) -> int:
        v = super().binop(n)
        self.trace.append(n.OP + "=" + str(v))
        return v


def simplify(n: Node) -> Node:
    if not isinstance(n, BinOp):
        return n
    l = simplify(n.left)
    r = simplify(n.right)
    if isinstance(l, Num) and isinstance(r, Num) and type(n) is not Div:
        try:
            return Num(n.apply(l.value, r.value))
        except (OverflowError, ValueError, NotImplementedError):
            pass
    if type(n) is Mul and (l == Num(0) or r == Num(0)):
        return Num(0)
    if isinstance(n, Add) and r == Num(0):
        return l
    if isinstance(n, Add):
        return Add(l, r)
    if isinstance(n, Sub):
        return Sub(l, r)
    if isinstance(n, Mul):
        return Mul(l, r)
    if isinstance(n, Div):
        return Div(l, r)
    if isinstance(n, Pow):
        return Pow(l, r)
    return n


def chain(depth: int) -> Node:
    n: Node = Num(1)
    for i in range(depth):
        n = Add(n, Var("x")) if i % 2 == 0 else Sub(Num(i), n)
    return n


def depth_of(n: Node) -> int:
    if isinstance(n, BinOp):
        return 1 + max(depth_of(n.left), depth_of(n.right))
    return 1


def main(argv: list[str]) -> int:
    x = Var("x")
    y = Var("y")
    exprs: list[Node] = [
        Add(Num(2), Mul(x, Num(3))),
        Mul(Add(Num(2), x), Sub(y, Num(-4))),
        Div(Num(7), Sub(x, x)),
        Add(Var("zz"), Num(1)),
        Pow(Num(3), Num(39)),
        Pow(Num(2), Sub(Num(0), Num(3))),
        Mul(Add(x, Num(0)), Num(0)),
        Sub(Num(10), Sub(Num(4), Num(3))),
        Mystery(Num(1), Num(2)),
        Add(Mul(x, y), Mul(x, y)),
    ]
    ev = TracingEvaluator({"x": 5, "y": -2})
    for e in exprs:
        try:
            print(e, "=", e.accept(ev))
        except ZeroDivisionError as err:
            print(e, "->", type(err).__name__, err)
        except KeyError as err:
            print(e, "-> unbound", err, repr(err))
        except (OverflowError, ValueError) as err:
            print(e, "->", repr(err))
        except NotImplementedError as err:
            print(e, "-> not implemented:", err)
        s = simplify(e)
        if s != e:
            print("   simplified:", s)
    print("trace", ev.trace)
    print("calls", ev.calls, "hits", ev.hits, "memo", len(ev.memo))
    c = Counter()
    print("nodes", exprs[1].accept(c), c.calls)
    try:
        Node().show()
    except NotImplementedError as err:
        print("abstract:", repr(err), "[" + str(err) + "]")
    try:
        print(Node().accept(c))
    except NotImplementedError as err:
        print("abstract:", err)
    print(exprs[0] == Add(Num(2), Mul(Var("x"), Num(3))), exprs[0] != exprs[1], [exprs[7]])
    big = chain(300)
    print("depth", depth_of(big), "value", big.accept(Evaluator({"x": 2})))
    loop = Add(Num(1), Num(2))
    loop.right = loop           # a cycle: the recursion never ends
    try:
        print("depth", depth_of(loop))
    except RecursionError:
        print("too deep")
    print(loop.left, depth_of(loop.left))
    ratio = 1.0 * ev.hits
    print("ratio", ratio / (ev.calls - ev.calls))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
