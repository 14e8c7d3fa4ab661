"""A small float-vector library and the float printing/arith corners that a
numeric interpreter meets: repr round-trips, signed zero, inf and nan,
floor division and modulo of negatives, conversions that fail."""
import math


class Vec:
    xs: list[float]

    def __init__(self, xs: list[float]) -> None:
        self.xs = xs

    def dot(self, other: "Vec") -> float:
        s = 0.0
        for i in range(len(self.xs)):
            s += self.xs[i] * other.xs[i]
        return s

    def norm(self) -> float:
        return math.sqrt(self.dot(self))

    def scale(self, k: float) -> "Vec":
        return Vec([x * k for x in self.xs])

    def show(self) -> str:
        return "[" + ", ".join([str(x) for x in self.xs]) + "]"


class Mat:
    rows: list[Vec]

    def __init__(self, rows: list[Vec]) -> None:
        self.rows = rows

    def apply(self, v: Vec) -> Vec:
        return Vec([r.dot(v) for r in self.rows])


def show_all(title: str, values: list[float]) -> None:
    parts: list[str] = []
    for v in values:
        parts.append(repr(v))
    print(title + ": " + " ".join(parts))


def printing() -> None:
    show_all("simple", [0.0, 1.0, -1.0, 0.5, 2.5, 100.0, 1e15, 1e16, 1e17, 12345678.9])
    show_all("small", [1e-4, 1e-5, 1e-7, 0.0001234, 5e-324, 2.2250738585072014e-308])
    show_all("sums", [0.1 + 0.2, 0.1 * 3, 1.0 / 3.0, 2.0 / 3.0, 1.1 * 1.1, 100.0 / 7.0])
    show_all("big", [1.7976931348623157e308, 123456789012345678.0, 2.0 ** 53, 2.0 ** 53 + 1.0, 1e22, 1e23])
    inf = float("inf")
    nan = float("nan")
    show_all("special", [inf, -inf, nan, -0.0, 0.0 * -1.0, inf - inf, 1e308 * 10.0])
    print(str(-0.0), str(1e16), str(1e-7), str(0.1 + 0.2), -0.0 == 0.0)
    print(f"{1.5} {2.0 ** -1} {float(7)} {3.0 * 1e100}")
    for s in ["1.5", "  -2.25  ", "1e3", "-0", "inf", "-Infinity", "nan", ".5", "5.", "1_0.5"]:
        print("float(" + repr(s) + ") =", float(s))
    for s in ["", "abc", "1.2.3", "e5"]:
        try:
            print(float(s))
        except ValueError as e:
            print("ValueError:", e)


def arith() -> None:
    pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (0.0, 3.0), (-0.0, 3.0), (1e300, 1e-300)]
    for a, b in pairs:
        print(a, "//", b, "=", a // b, " %", a % b, " /", a / b)
    print("mod signs", -1.0 % 3.0, 1.0 % -3.0, -0.0 % 1.0, 0.0 % -1.0)
    try:
        print(1.0 / 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(1.0 // 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(5.0 % 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print("pow", 2.0 ** 10, 2.0 ** -2, (-8.0) ** 3, 0.0 ** 0, 10.0 ** 0.5)
    nan = float("nan")
    print("nan cmp", nan == nan, nan != nan, nan < 1.0, nan > 1.0, nan == 1.0)
    inf = math.inf
    print("inf cmp", inf > 1e308, -inf < -1e308, inf == inf, inf + 1.0 == inf)
    print("mixed", 1 + 0.5, 3 * 0.1, 10 / 4, 7 // 2.0, 2 ** 0.5, 1 < 1.5, 2 == 2.0)
    print("isnan", math.isnan(nan), math.isinf(inf), math.isnan(1.0), math.isinf(-inf))


def conversions() -> None:
    nan = float("nan")
    for f in [3.7, -3.7, 0.9999, -0.5, 1e18, -1e18, 9.2e18]:
        try:
            print("int(", f, ") =", int(f))
        except OverflowError as e:
            print("OverflowError:", e)
    try:
        print(int(float("inf")))
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        print(int(float("nan")))
    except ValueError as e:
        print("ValueError:", e)
    print("floor", math.floor(2.5), math.floor(-2.5), math.floor(-0.0), math.floor(7.0))
    print("math", math.sqrt(2.0), math.exp(1.0), math.log(10.0), math.sin(0.0), math.cos(math.pi))
    print("atan2", math.atan2(1.0, 1.0), math.atan2(-0.0, -1.0), math.fabs(-3.5), math.pow(2.0, 0.5))
    try:
        print(math.sqrt(-1.0))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(math.log(0.0))
    except ValueError as e:
        print("ValueError:", e)
    print(abs(-2.5), abs(-0.0), max(1.5, 2.0), min(-0.5, -1.5))
    print("minmax", max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan), max(-0.0, 0.0), max(0.0, -0.0), min(0.0, -0.0))


def linear() -> None:
    m = Mat([Vec([2.0, 0.0, 0.0]), Vec([0.0, 0.5, 0.0]), Vec([1.0, 1.0, 1.0])])
    v = Vec([1.0, 3.0, -2.0])
    w = m.apply(v)
    print("m*v =", w.show(), "norm", w.norm())
    u = Vec([0.1, 0.2, 0.3]).scale(3.0)
    print("scaled", u.show())
    acc = 0.0
    for i in range(10):
        acc += 0.1
    print("ten tenths", acc, acc == 1.0)
    h = 1.0
    steps = 0
    while 1.0 + h != 1.0:
        h = h / 2.0
        steps += 1
    print("epsilon steps", steps, h)
    x = 1.0
    for i in range(30):
        x = x * 10.0
        if i % 7 == 0:
            print("power", i + 1, x)


def main(argv: list[str]) -> int:
    printing()
    arith()
    conversions()
    linear()
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
