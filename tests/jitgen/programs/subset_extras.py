"""Later additions to the subset: % formatting, min/max, bool(), static and
direct method calls, `in` over a tuple, imports inside functions, field
narrowing, dict(), hash of ints and tuples, ints where floats are declared."""

ADD = 1
SUB = 2
MUL = 3
DIV = 4


class Expr:
    def eval(self) -> float:
        return 0.0

    def name(self) -> str:
        return "expr"


class Num(Expr):
    v: float

    def __init__(self, v: float) -> None:
        self.v = v

    def eval(self) -> float:
        return self.v

    def name(self) -> str:
        return "num"


class Bin(Expr):
    op: int
    left: Expr
    right: Expr

    def __init__(self, op: int, left: Expr, right: Expr) -> None:
        self.op = op
        self.left = left
        self.right = right

    def eval(self) -> float:
        a = self.left.eval()
        b = self.right.eval()
        if self.op in (ADD, SUB):
            return a + b if self.op == ADD else a - b
        return a * b if self.op == MUL else a / b

    def name(self) -> str:
        # Call the base class's implementation directly, not virtually.
        return "bin<" + Expr.name(self) + ">"

    @staticmethod
    def make(op: int, a: float, b: float) -> "Bin":
        return Bin(op, Num(a), Num(b))


def describe_left(e: Bin) -> str:
    if isinstance(e.left, Num):
        return "left is the number %s" % str(e.left.v)
    return "left is a " + e.left.name()


class Oops(Exception):
    pass


def sqrt_of(x: float) -> float:
    import math
    return math.sqrt(x)


def main(argv: list[str]) -> int:
    e = Bin(ADD, Bin.make(MUL, 2, 3.5), Num(4))
    print(e.eval(), e.name(), describe_left(e), describe_left(Bin.make(SUB, 1.5, 2.0)))
    print("%s has %d items (%i%%), repr %r" % ("list", 3, 50, "q"))
    print("%d-%s" % (7, True), "%s" % 1.5, "100%%" % ())
    print(min(3, 9), max(3, 9), min(2.5, -1.0), max("pear", "apple"), min(-1, 0))
    print(bool(0), bool(5), bool(""), bool("x"), bool(0.0))
    print(sqrt_of(16), sqrt_of(2))
    d = dict()
    d["k"] = 1
    print(len(d), hash(12) == hash(12), hash((1, "a")) == hash((1, "a")))
    print(str(Oops("went wrong")), str(ValueError("bad value")))
    flags = [True, False, True]
    total = 0
    for f in flags:
        total += f
    print(total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
