class Poly:
    def __init__(self, coeffs):
        self.c = list(coeffs)
    def __add__(self, o):
        if isinstance(o, int):
            o = Poly([o])
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __mul__(self, o):
        res = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                res[i + j] += a * b
        return Poly(res)
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.c))
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c
    def __repr__(self):
        return " + ".join(f"{c}x^{i}" for i, c in enumerate(self.c) if c) or "0"
p = Poly([1, 2]); q = Poly([0, 1, 1])
print(p + q, p * q, (p * q)(2), 5 + p, p + 5, len(p * q), (p * q)[1], p == Poly([1, 2]))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __repr__(self):
        return f"Matrix({self.rows})"
print(Matrix([[1, 2], [3, 4]]) @ Matrix([[5, 6], [7, 8]]))
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(10)[Idx()])
