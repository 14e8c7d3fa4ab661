"""Exact and floating linear algebra side by side: a Fraction class
(normalised sign, gcd, overflow-checked arithmetic, __eq__, __str__ and
__repr__, ordering by cross-multiplication), Gaussian elimination with
partial pivoting on floats and exact elimination on fractions, the
determinant and inverse of small matrices, continued fractions of a
rational, and Newton's square root compared with math.sqrt."""
import math

from jitgen.hints import ovfcheck


def gcd(a: int, b: int) -> int:
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


class Frac:
    num: int
    den: int

    def __init__(self, num: int, den: int) -> None:
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    def __add__(self, other: "Frac") -> "Frac":
        return Frac(ovfcheck(self.num * other.den + other.num * self.den), ovfcheck(self.den * other.den))

    def add(self, other: "Frac") -> "Frac":
        return Frac(ovfcheck(self.num * other.den + other.num * self.den), ovfcheck(self.den * other.den))

    def sub(self, other: "Frac") -> "Frac":
        return self.add(Frac(-other.num, other.den))

    def mul(self, other: "Frac") -> "Frac":
        return Frac(ovfcheck(self.num * other.num), ovfcheck(self.den * other.den))

    def div(self, other: "Frac") -> "Frac":
        return Frac(ovfcheck(self.num * other.den), ovfcheck(self.den * other.num))

    def less(self, other: "Frac") -> bool:
        return self.num * other.den < other.num * self.den

    def is_zero(self) -> bool:
        return self.num == 0

    def to_float(self) -> float:
        return self.num / self.den

    def __eq__(self, other: "Frac") -> bool:
        return self.num == other.num and self.den == other.den

    def __str__(self) -> str:
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __repr__(self) -> str:
        return f"Frac({self.num}, {self.den})"


def solve_float(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(m[r][col]) > abs(m[pivot][col]):
                pivot = r
        if abs(m[pivot][col]) < 1e-12:
            raise ValueError("singular matrix")
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n]
        for j in range(i + 1, n):
            s -= m[i][j] * x[j]
        x[i] = s / m[i][i]
    return x


def solve_exact(a: list[list[int]], b: list[int]) -> list[Frac]:
    n = len(a)
    m = [[Frac(v, 1) for v in row] + [Frac(b[i], 1)] for i, row in enumerate(a)]
    for col in range(n):
        pivot = -1
        for r in range(col, n):
            if not m[r][col].is_zero():
                pivot = r
                break
        if pivot < 0:
            raise ValueError("singular matrix")
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col and not m[r][col].is_zero():
                f = m[r][col].div(m[col][col])
                m[r] = [m[r][c].sub(f.mul(m[col][c])) for c in range(n + 1)]
    return [m[i][n].div(m[i][i]) for i in range(n)]


def det(a: list[list[int]]) -> int:
    n = len(a)
    if n == 1:
        return a[0][0]
    total = 0
    for j in range(n):
        minor = [row[:j] + row[j + 1:] for row in a[1:]]
        sign = -1 if j % 2 else 1
        total += sign * a[0][j] * det(minor)
    return total


def continued_fraction(f: Frac) -> list[int]:
    out = []
    num, den = f.num, f.den
    while den:
        q = num // den
        out.append(q)
        num, den = den, num - q * den
    return out


def newton_sqrt(x: float) -> float:
    if x < 0:
        raise ValueError("math domain error")
    if x == 0:
        return 0.0
    g = x if x > 1 else 1.0
    for _ in range(60):
        nxt = (g + x / g) / 2
        if nxt == g:
            break
        g = nxt
    return g


def main(argv: list[str]) -> int:
    a = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
    b = [8.0, -11.0, -3.0]
    x = solve_float(a, b)
    print("float solution", x, [round(v) for v in x])
    ai = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
    print("exact solution", [str(v) for v in solve_exact(ai, [8, -11, -3])])
    hilbert = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
    sol = solve_exact(hilbert, [1, 1, 1])
    print("exact", sol, [v.to_float() for v in sol])
    print("float", solve_float([[float(v) for v in row] for row in hilbert], [1.0, 1.0, 1.0]))
    try:
        solve_exact([[1, 2], [2, 4]], [1, 2])
    except ValueError as e:
        print("ValueError:", e)
    try:
        solve_float([[1.0, 2.0], [2.0, 4.0]], [1.0, 2.0])
    except ValueError as e:
        print("ValueError:", e)
    print("det", det(ai), det(hilbert), det([[0, 1], [1, 0]]), det([[3]]))

    h = Frac(0, 1)
    for k in range(1, 21):
        try:
            h = h.add(Frac(1, k))
        except OverflowError:
            print("harmonic overflowed at", k)
            break
    print("H(20)", h, repr(h), h.to_float())
    big = Frac(1, 1)
    steps = 0
    try:
        while True:
            big = big.mul(Frac(3037000499, 1))
            steps += 1
    except OverflowError:
        print("overflow after", steps, "steps, last", big)
    print("cf", continued_fraction(Frac(415, 93)), continued_fraction(Frac(-7, 3)), continued_fraction(Frac(5, 1)))
    print("eq", Frac(2, 4) == Frac(-3, -6), Frac(1, 3) != Frac(1, 3), Frac(1, 3).less(Frac(1, 2)), Frac(-1, 2))
    try:
        print(Frac(1, 2).div(Frac(0, 5)))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    for v in [2.0, 0.25, 1e10, 1e-10, 0.0, 3.0]:
        r = newton_sqrt(v)
        print("sqrt", v, r, r == math.sqrt(v), abs(r - math.sqrt(v)) <= 1e-15 * r)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
