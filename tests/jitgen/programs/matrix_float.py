"""Float matrices as lists of lists: multiply, transpose, Gaussian elimination."""


class Matrix:
    rows: int
    cols: int
    data: list[list[float]]

    def __init__(self, rows: int, cols: int) -> None:
        self.rows = rows
        self.cols = cols
        self.data = [[0.0] * cols for i in range(rows)]

    def mul(self, other: "Matrix") -> "Matrix":
        if self.cols != other.rows:
            raise ValueError("shape mismatch")
        out = Matrix(self.rows, other.cols)
        for i in range(self.rows):
            row = self.data[i]
            for j in range(other.cols):
                s = 0.0
                for k in range(self.cols):
                    s += row[k] * other.data[k][j]
                out.data[i][j] = s
        return out

    def transpose(self) -> "Matrix":
        t = Matrix(self.cols, self.rows)
        for i in range(self.rows):
            for j in range(self.cols):
                t.data[j][i] = self.data[i][j]
        return t

    def show(self) -> str:
        return "\n".join([" ".join([str(x) for x in row]) for row in self.data])


def solve(a: Matrix, b: list[float]) -> list[float]:
    n = a.rows
    m = [a.data[i][:] + [b[i]] for i in range(n)]
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(m[r][col]) > abs(m[pivot][col]):
                pivot = r
        if m[pivot][col] == 0.0:
            raise ZeroDivisionError("singular matrix")
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


def main(argv: list[str]) -> int:
    a = Matrix(2, 3)
    a.data = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    print(a.mul(a.transpose()).show())
    print(a.transpose().show())
    h = Matrix(3, 3)
    for i in range(3):
        for j in range(3):
            h.data[i][j] = 1.0 / (i + j + 1)
    print(", ".join([str(v) for v in solve(h, [1.0, 0.0, 0.0])]))
    try:
        a.mul(a)
    except ValueError as e:
        print(str(e))
    s = Matrix(2, 2)
    s.data = [[1.0, 2.0], [2.0, 4.0]]
    try:
        solve(s, [1.0, 1.0])
    except ZeroDivisionError as e:
        print(str(e))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
