# Exact linear algebra with fractions: Gaussian elimination, inverse, determinant.
from fractions import Fraction as F
from itertools import permutations
import math


class Matrix:
    def __init__(self, rows):
        self.rows = [[F(x) for x in row] for row in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __mul__(self, other):
        if isinstance(other, Matrix):
            if self.m != other.n:
                raise ValueError(f"shape mismatch: {self.n}x{self.m} * {other.n}x{other.m}")
            return Matrix([[sum(self[i, k] * other[k, j] for k in range(self.m)) for j in range(other.m)]
                           for i in range(self.n)])
        return Matrix([[x * other for x in row] for row in self.rows])

    __rmul__ = __mul__

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def det(self):
        total = F(0)
        for perm in permutations(range(self.n)):
            inversions = sum(1 for a in range(self.n) for b in range(a + 1, self.n) if perm[a] > perm[b])
            sign = -1 if inversions % 2 else 1
            total += sign * math.prod(self[i, perm[i]] for i in range(self.n))
        return total

    def inverse(self):
        n = self.n
        aug = [row[:] + [F(int(i == j)) for j in range(n)] for i, row in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col] != 0:
                    factor = aug[r][col]
                    aug[r] = [a - factor * b for a, b in zip(aug[r], aug[col])]
        return Matrix([row[n:] for row in aug])

    def __str__(self):
        cells = [[str(x) for x in row] for row in self.rows]
        width = max(len(c) for row in cells for c in row)
        return "\n".join("[" + " ".join(c.rjust(width) for c in row) + "]" for row in cells)

    def __repr__(self):
        return f"Matrix({[[str(x) for x in r] for r in self.rows]})"


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[F(1, 2), 0, 1], [0, F(2, 3), 0], [1, 1, 1]])
print(A)
print(A.det(), B.det(), (A * B).det() == A.det() * B.det())
inv = A.inverse()
print(inv)
print(A * inv == Matrix.identity(3), inv * A == Matrix.identity(3))
print(repr(B.transpose()))
print(A * F(1, 2) == F(1, 2) * A, (A + A) == 2 * A)
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    A * Matrix([[1, 2]])
except ValueError as e:
    print("ValueError:", e)
h = Matrix([[F(1, i + j + 1) for j in range(4)] for i in range(4)])
print(h.det(), h.inverse()[0, 0], h.inverse()[3, 3])
x = F(3, 4)
print(x + F(1, 4), x * 2, x / F(3, 8), x ** 2, -x, abs(F(-5, 3)), F("0.125"), F(0.5), F(7, -14), float(F(1, 3)), round(F(7, 2)), round(F(5, 2)), F(22, 7).limit_denominator(5), math.floor(F(-7, 2)), F(1, 3) < 0.34, F(1, 2) == 0.5)
print(sum(F(1, d) for d in range(1, 11)), F(355, 113).numerator, F(355, 113).denominator, F(10, 4).as_integer_ratio() if hasattr(F, "as_integer_ratio") else (5, 2))
import math
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), {F(1, 2): "half"}[0.5], round(F(1, 3), 2), round(F(-5, 2)), round(F(250, 1), -2), math.ceil(F(7, 3)), math.trunc(F(-7, 3)), int(F(-7, 3)), divmod(F(7, 2), 1), 2 ** F(3), 7 // F(2), 7 % F(2, 3))
