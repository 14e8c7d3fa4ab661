"""Assignment forms: chained targets, attribute and item targets in
unpacking, augmented assignment on nested targets, del of several items."""


class Counter:
    n: int

    def __init__(self) -> None:
        self.n = 0


class Box:
    x: int
    y: int
    inner: Counter
    log: list[str]

    def __init__(self) -> None:
        self.x = self.y = 0
        self.inner = Counter()
        self.log = []

    def get_inner(self) -> Counter:
        self.log.append("get_inner")
        return self.inner


def main(argv: list[str]) -> int:
    a = b = 5
    a += 1
    print(a, b)
    xs = ys = [1]
    xs.append(2)
    print(len(xs), len(ys), xs is ys)
    p = Box()
    p.x, p.y = 3, 4
    p.x, p.y = p.y, p.x
    print(p.x, p.y)
    p.get_inner().n += 5           # the target object is evaluated once
    p.get_inner().n *= 3
    print(p.inner.n, len(p.log))
    d = {"a": 1, "b": 2, "c": 3}
    d["a"] += 10
    try:
        d["zz"] += 1
    except KeyError:
        print("KeyError on missing +=")
    del d["a"], d["b"]
    print(len(d), "c" in d, "a" not in d)
    grid = [[0, 0], [0, 0]]
    grid[1][0] += 7
    grid[0][1] = grid[1][0] = 9
    print(grid[0][0], grid[0][1], grid[1][0], grid[1][1])
    s = "ab"
    s += "cd"
    s *= 2
    print(s, "x" not in s, "bc" in s)
    f = 1.5
    f //= 1.0
    f **= 2.0
    print(f)
    n = 7
    n <<= 2
    n >>= 1
    n |= 1
    n &= 0xFE
    n ^= 3
    n %= 5
    print(n)
    msg = "neg" if n < 0 else "zero" if n == 0 else "small" if n < 3 else "big"
    print(msg)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
