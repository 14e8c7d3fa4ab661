"""An AST with visitors, as a compiler front end writes it: double dispatch
(node.accept(visitor) calls visitor.visit_X(node)), visitors that return
values of different types through a common base, narrowing on fields,
class-level tables, abstract methods, and a constant folder that rebuilds
the tree."""


class Node:
    def accept(self, v: "Visitor") -> "Result":
        raise NotImplementedError("accept")


class Num(Node):
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def accept(self, v: "Visitor") -> "Result":
        return v.visit_num(self)


class Name(Node):
    ident: str

    def __init__(self, ident: str) -> None:
        self.ident = ident

    def accept(self, v: "Visitor") -> "Result":
        return v.visit_name(self)


class BinOp(Node):
    SYMBOLS = {"add": "+", "sub": "-", "mul": "*", "div": "/"}
    PRECEDENCE = {"add": 1, "sub": 1, "mul": 2, "div": 2}
    op: str
    left: Node
    right: Node

    def __init__(self, op: str, left: Node, right: Node) -> None:
        self.op = op
        self.left = left
        self.right = right

    def accept(self, v: "Visitor") -> "Result":
        return v.visit_binop(self)


class Let(Node):
    name: str
    value: Node
    body: Node

    def __init__(self, name: str, value: Node, body: Node) -> None:
        self.name = name
        self.value = value
        self.body = body

    def accept(self, v: "Visitor") -> "Result":
        return v.visit_let(self)


class Result:
    def text(self) -> str:
        return "?"


class IntResult(Result):
    n: int

    def __init__(self, n: int) -> None:
        self.n = n

    def text(self) -> str:
        return str(self.n)


class StrResult(Result):
    s: str
    prec: int

    def __init__(self, s: str, prec: int) -> None:
        self.s = s
        self.prec = prec

    def text(self) -> str:
        return self.s


class NodeResult(Result):
    node: Node

    def __init__(self, node: Node) -> None:
        self.node = node

    def text(self) -> str:
        r = self.node.accept(Printer())
        return r.text()


class Visitor:
    def visit_num(self, n: Num) -> Result:
        raise NotImplementedError("visit_num")

    def visit_name(self, n: Name) -> Result:
        raise NotImplementedError("visit_name")

    def visit_binop(self, n: BinOp) -> Result:
        raise NotImplementedError("visit_binop")

    def visit_let(self, n: Let) -> Result:
        raise NotImplementedError("visit_let")


class Printer(Visitor):
    def visit_num(self, n: Num) -> Result:
        return StrResult(str(n.value) if n.value >= 0 else "(" + str(n.value) + ")", 9)

    def visit_name(self, n: Name) -> Result:
        return StrResult(n.ident, 9)

    def visit_binop(self, n: BinOp) -> Result:
        p = BinOp.PRECEDENCE[n.op]
        l = n.left.accept(self)
        r = n.right.accept(self)
        assert isinstance(l, StrResult) and isinstance(r, StrResult)
        ls = l.s if l.prec >= p else "(" + l.s + ")"
        rs = r.s if r.prec > p else "(" + r.s + ")"
        return StrResult(ls + " " + BinOp.SYMBOLS[n.op] + " " + rs, p)

    def visit_let(self, n: Let) -> Result:
        v = n.value.accept(self)
        b = n.body.accept(self)
        return StrResult("let " + n.name + " = " + v.text() + " in " + b.text(), 0)


class EvalError(Exception):
    pass


class Evaluator(Visitor):
    env: dict[str, int]

    def __init__(self) -> None:
        self.env = {}

    def visit_num(self, n: Num) -> Result:
        return IntResult(n.value)

    def visit_name(self, n: Name) -> Result:
        if n.ident not in self.env:
            raise EvalError("unbound " + n.ident)
        return IntResult(self.env[n.ident])

    def ints(self, n: BinOp) -> tuple[int, int]:
        a = n.left.accept(self)
        b = n.right.accept(self)
        if isinstance(a, IntResult) and isinstance(b, IntResult):
            return (a.n, b.n)
        raise EvalError("not ints")

    def visit_binop(self, n: BinOp) -> Result:
        a, b = self.ints(n)
        if n.op == "add":
            return IntResult(a + b)
        if n.op == "sub":
            return IntResult(a - b)
        if n.op == "mul":
            return IntResult(a * b)
        if b == 0:
            raise EvalError("division by zero in " + NodeResult(n).text())
        return IntResult(a // b)

    def visit_let(self, n: Let) -> Result:
        v = n.value.accept(self)
        assert isinstance(v, IntResult)
        had = n.name in self.env
        saved = self.env[n.name] if had else 0
        self.env[n.name] = v.n
        try:
            return n.body.accept(self)
        finally:
            if had:
                self.env[n.name] = saved
            else:
                del self.env[n.name]


class Folder(Visitor):
    folded: int

    def __init__(self) -> None:
        self.folded = 0

    def visit_num(self, n: Num) -> Result:
        return NodeResult(n)

    def visit_name(self, n: Name) -> Result:
        return NodeResult(n)

    def visit_binop(self, n: BinOp) -> Result:
        l = n.left.accept(self)
        r = n.right.accept(self)
        assert isinstance(l, NodeResult) and isinstance(r, NodeResult)
        if isinstance(l.node, Num) and isinstance(r.node, Num) and not (n.op == "div" and r.node.value == 0):
            self.folded += 1
            v = Evaluator().visit_binop(BinOp(n.op, l.node, r.node))
            assert isinstance(v, IntResult)
            return NodeResult(Num(v.n))
        if n.op == "mul" and isinstance(r.node, Num) and r.node.value == 1:
            self.folded += 1
            return l
        if n.op == "add" and type(l.node) is Num and l.node.value == 0:
            self.folded += 1
            return r
        return NodeResult(BinOp(n.op, l.node, r.node))

    def visit_let(self, n: Let) -> Result:
        v = n.value.accept(self)
        b = n.body.accept(self)
        assert isinstance(v, NodeResult) and isinstance(b, NodeResult)
        return NodeResult(Let(n.name, v.node, b.node))


def count_nodes(n: Node) -> int:
    if isinstance(n, BinOp):
        return 1 + count_nodes(n.left) + count_nodes(n.right)
    if isinstance(n, Let):
        return 1 + count_nodes(n.value) + count_nodes(n.body)
    return 1


def main(argv: list[str]) -> int:
    x = Name("x")
    trees: list[Node] = [
        BinOp("add", Num(1), BinOp("mul", Num(2), Num(3))),
        BinOp("mul", BinOp("add", Num(1), Num(2)), Num(3)),
        BinOp("sub", Num(10), BinOp("sub", Num(4), Num(-3))),
        Let("x", BinOp("mul", Num(6), Num(7)), BinOp("add", Num(0), BinOp("mul", x, Num(1)))),
        BinOp("div", Num(7), BinOp("sub", Num(2), Num(2))),
        BinOp("div", BinOp("mul", Num(-7), Num(1)), Num(2)),
        Let("y", Num(1), BinOp("add", Name("y"), Name("z"))),
        Let("x", Num(5), BinOp("mul", x, Let("x", Num(2), BinOp("add", x, x)))),
    ]
    for t in trees:
        pr = t.accept(Printer())
        f = Folder()
        folded = t.accept(f)
        try:
            val = t.accept(Evaluator()).text()
        except EvalError as e:
            val = "error: " + str(e)
        print(pr.text(), "|", folded.text(), "|", f.folded, "folds |", count_nodes(t), "nodes |", val)
    try:
        Node().accept(Printer())
    except NotImplementedError as e:
        print("abstract:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
