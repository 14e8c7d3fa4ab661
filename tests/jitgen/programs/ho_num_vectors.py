"""Numeric classes with operator methods, as a user of a small geometry
and fractions library writes them: Vec2 with __add__/__sub__/__mul__/
__rmul__/__truediv__/__neg__/__abs__/__eq__/__repr__ and += through
__iadd__, a 2x2 Mat with __mul__ on matrices and __pow__ by squaring, Fraction arithmetic with __lt__ for sorting, a subclass that
inherits the operators, sum() of instances with a start, and int operands where floats are declared (converted on the
way in: the fields hold floats, so the program writes float literals
where the output shows them, docs/subset.md)."""


class Vec2:
    x: float
    y: float

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __add__(self, o: "Vec2") -> "Vec2":
        return Vec2(self.x + o.x, self.y + o.y)

    def __sub__(self, o: "Vec2") -> "Vec2":
        return Vec2(self.x - o.x, self.y - o.y)

    def __mul__(self, k: float) -> "Vec2":
        return Vec2(self.x * k, self.y * k)

    def __rmul__(self, k: float) -> "Vec2":
        return Vec2(k * self.x, k * self.y)

    def __truediv__(self, k: float) -> "Vec2":
        return Vec2(self.x / k, self.y / k)

    def __neg__(self) -> "Vec2":
        return Vec2(-self.x, -self.y)

    def __abs__(self) -> float:
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __iadd__(self, o: "Vec2") -> "Vec2":
        self.x += o.x
        self.y += o.y
        return self

    def __eq__(self, o: "Vec2") -> bool:
        return self.x == o.x and self.y == o.y

    def __repr__(self) -> str:
        return f"Vec2({self.x}, {self.y})"

    def dot(self, o: "Vec2") -> float:
        return self.x * o.x + self.y * o.y


class Point(Vec2):
    def label(self) -> str:
        return f"P{self!r}"


class Mat:
    a: float
    b: float
    c: float
    d: float

    def __init__(self, a: float, b: float, c: float, d: float) -> None:
        self.a, self.b, self.c, self.d = a, b, c, d

    def __mul__(self, o: "Mat") -> "Mat":
        return Mat(self.a * o.a + self.b * o.c, self.a * o.b + self.b * o.d,
                   self.c * o.a + self.d * o.c, self.c * o.b + self.d * o.d)

    def apply(self, v: Vec2) -> Vec2:
        return Vec2(self.a * v.x + self.b * v.y, self.c * v.x + self.d * v.y)

    def __pow__(self, n: int) -> "Mat":
        result = Mat(1.0, 0.0, 0.0, 1.0)
        base = self
        while n > 0:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        return result

    def __repr__(self) -> str:
        return f"[[{self.a}, {self.b}], [{self.c}, {self.d}]]"


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return abs(a)


class Q:
    n: int
    d: int

    def __init__(self, n: int, d: int = 1) -> None:
        if d == 0:
            raise ZeroDivisionError("Q(%d, 0)" % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    def __add__(self, o: "Q") -> "Q":
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)

    def __sub__(self, o: "Q") -> "Q":
        return self + -o

    def __mul__(self, o: "Q") -> "Q":
        return Q(self.n * o.n, self.d * o.d)

    def __truediv__(self, o: "Q") -> "Q":
        return Q(self.n * o.d, self.d * o.n)

    def __neg__(self) -> "Q":
        return Q(-self.n, self.d)

    def __abs__(self) -> "Q":
        return Q(abs(self.n), self.d)

    def __lt__(self, o: "Q") -> bool:
        return self.n * o.d < o.n * self.d

    def __eq__(self, o: "Q") -> bool:
        return self.n == o.n and self.d == o.d

    def __repr__(self) -> str:
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)


def main(argv: list[str]) -> int:
    a = Vec2(3.0, 4.0)
    b = Vec2(1.5, -2.0)
    print(a + b, a - b, a * 2, 2 * a, a * 2.5, 0.5 * a, a / 4, -b, abs(a), a.dot(b))
    print(a + b * 2 - -a, (a + b) * 3 == 3 * (a + b), a == Vec2(3.0, 4.0), a != b)
    acc = Vec2(0.0, 0.0)
    alias = acc
    for v in [a, b, Vec2(-1.0, 1.0)]:
        acc += v
    print(acc, alias is acc, alias)
    path = [Vec2(1.0, 0.0), Vec2(0.0, 2.0), Vec2(-0.5, 0.25)]
    print("sum", sum(path, Vec2(0.0, 0.0)), sum([], Vec2(9.0, 9.0)), sum([Q(1, 2), Q(1, 3), Q(1, 6)], Q(0)))
    p = Point(1.0, 1.0)
    q = p + p
    print(p.label(), q, type(q).__name__, -p, abs(Point(6.0, 8.0)))
    rot = Mat(0.0, -1.0, 1.0, 0.0)
    print(rot * rot, rot ** 4, (rot ** 3).apply(Vec2(1.0, 0.0)))
    fib = Mat(1.0, 1.0, 1.0, 0.0) ** 30
    print("fib", int(fib.b), fib)
    h = Q(0)
    for k in range(1, 11):
        h = h + Q(1, k)
    print("H10", h, h - Q(7), h * Q(2, 3), h / Q(-2), abs(Q(-3, 9)), -Q(4, -6))
    qs = [Q(1, 3), Q(-1, 2), Q(5, 7), Q(2, 6), Q(0)]
    print(sorted(qs), sorted(qs)[0], max(qs), Q(1, 3) == Q(2, 6), Q(1, 3) < Q(1, 2))
    try:
        print(Q(1) / Q(0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
