"""Live objects of every small size, with and without references, survive
many collections while garbage of the same sizes (instances, strings, int
lists and tuples) is made; each keeps its own values.
argv: objects per round, rounds, and "garbage-only" to keep nothing alive."""


class A1:
    a: int

    def __init__(self, a: int) -> None:
        self.a = a


class A3:
    a: int
    b: float
    c: int

    def __init__(self, a: int) -> None:
        self.a = a
        self.b = a * 0.5
        self.c = -a


class A7:
    a: int
    b: int
    c: int
    d: int
    e: int
    f: int
    g: int

    def __init__(self, a: int) -> None:
        self.a = a
        self.b = a + 1
        self.c = a + 2
        self.d = a + 3
        self.e = a + 4
        self.f = a + 5
        self.g = a + 6

    def ok(self) -> bool:
        return self.g - self.a == 6 and self.d == self.a + 3


class R2:
    a: int
    link: "R2 | None"

    def __init__(self, a: int, link: "R2 | None") -> None:
        self.a = a
        self.link = link


def garbage(i: int) -> int:
    s = str(i) * (i % 7 + 1)
    t = (i, i + 1, i + 2)
    l = [i] * (i % 9 + 1)
    x = A1(i)
    y = A3(i)
    z = A7(i)
    r = R2(i, None)
    return len(s) + t[2] - t[0] + len(l) + x.a + y.c + z.a - z.a + r.a - r.a


def main(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 2000
    rounds = int(argv[2]) if len(argv) > 2 else 20
    keep = len(argv) <= 3 or argv[3] != "garbage-only"
    ones: list[A1] = []
    threes: list[A3] = []
    sevens: list[A7] = []
    words: list[str] = []
    tuples: list[tuple[int, int, int]] = []
    lists: list[list[int]] = []
    chain: R2 | None = None
    total = 0
    for r in range(rounds):
        for i in range(n):
            k = r * n + i
            for j in range(4):
                total += garbage(k + j)
            if not keep:
                continue
            ones.append(A1(k))
            threes.append(A3(k))
            sevens.append(A7(k))
            words.append("w" + str(k))
            tuples.append((k, 2 * k, 3 * k))
            lists.append([k, k + 1])
            chain = R2(k, chain)
    bad = 0
    for k in range(len(ones)):
        if ones[k].a != k or threes[k].a != k or threes[k].c != -k or threes[k].b != k * 0.5:
            bad += 1
        if not sevens[k].ok() or sevens[k].a != k:
            bad += 1
        if words[k] != "w" + str(k) or tuples[k][2] != 3 * k or lists[k][1] != k + 1:
            bad += 1
    length = 0
    expect = len(ones) - 1
    while chain is not None:
        if chain.a != expect:
            bad += 1
        expect -= 1
        length += 1
        chain = chain.link
    print("objects", len(ones), "chain", length, "garbage", total, "bad", bad)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
