"""Evaluation order of arguments, operands, targets and side effects."""


class Trace:
    log: list[str]
    counter: int

    def __init__(self) -> None:
        self.log = []
        self.counter = 0

    def val(self, name: str, v: int) -> int:
        self.log.append(name)
        return v

    def idx(self, name: str, v: int) -> int:
        self.log.append(name)
        return v

    def lst(self, name: str, xs: list[int]) -> list[int]:
        self.log.append(name)
        return xs

    def dct(self, name: str, d: dict[str, int]) -> dict[str, int]:
        self.log.append(name)
        return d

    def key(self, name: str, k: str) -> str:
        self.log.append(name)
        return k

    def next(self) -> int:
        self.counter += 1
        return self.counter

    def flush(self, label: str) -> None:
        print(label + ": " + " ".join(self.log))
        self.log = []


def three(a: int, b: int, c: int) -> int:
    return a * 100 + b * 10 + c


def kw(a: int, b: int) -> int:
    return a * 10 + b


def main(argv: list[str]) -> int:
    t = Trace()
    print(three(t.val("a", 1), t.val("b", 2), t.val("c", 3)))
    t.flush("args")
    print(kw(b=t.val("b", 2), a=t.val("a", 1)))
    t.flush("keyword args in source order")
    print(t.val("l", 1) - t.val("r", 2) * t.val("rr", 3))
    t.flush("binary operands")
    xs = [0, 0, 0, 0]
    t.lst("list", xs)[t.idx("index", 1)] = t.val("value", 7)
    t.flush("subscript assignment")
    print(xs[1])
    t.lst("list", xs)[t.idx("index", 2)] += t.val("value", 5)
    t.flush("augmented subscript")
    d = {"a": 1}
    t.dct("dict", d)[t.key("key", "b")] = t.val("value", 2)
    t.flush("dict store")
    lit = {t.key("k1", "x"): t.val("v1", 1), t.key("k2", "y"): t.val("v2", 2)}
    t.flush("dict literal")
    print(len(lit))
    print(t.val("a", 1) < t.val("b", 2) < t.val("c", 0) < t.val("d", 9))
    t.flush("chained comparison stops early")
    print(t.val("a", 1) < t.val("b", 5) > t.val("c", 3))
    t.flush("chained comparison evaluates the middle once")
    ys = [t.next(), t.next(), t.next()]
    print(ys[0], ys[1], ys[2])
    a, b = t.next(), t.next()
    print(a, b)
    a, b = b, a
    print(a, b)
    i = 0
    zs = [10, 20, 30]
    i, zs[i] = 1, 99         # i is assigned before zs[i] is evaluated
    print(i, zs[0], zs[1])
    s = f"{t.val('f1', 1)}-{t.val('f2', 2)}"
    t.flush("f-string parts")
    print(s)
    n = 5
    n = n + n * n - n // 2
    print(n)
    print(2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 10 - 3 - 2, 100 // 10 // 3, 2 * 3 % 4)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
