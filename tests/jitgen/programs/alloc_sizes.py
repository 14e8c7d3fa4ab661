"""Objects of every allocation size class, with and without references:
instances of 1 to 40 fields (small ones come from the native runtime's
inline free lists, large ones from GC_malloc), tuples of 1 to 5 items, int
and reference lists; each is checked after garbage of the same sizes."""


class F1:
    a: int

    def __init__(self, a: int) -> None:
        self.a = a


class F2(F1):
    b: float

    def __init__(self, a: int) -> None:
        super().__init__(a)
        self.b = a / 4


class R3(F2):
    c: "R3 | None"

    def __init__(self, a: int, c: "R3 | None") -> None:
        super().__init__(a)
        self.c = c


class Wide:
    """Past the free lists' largest size (255 bytes): 40 fields."""
    f0: int
    f1: int
    f2: int
    f3: int
    f4: int
    f5: int
    f6: int
    f7: int
    f8: int
    f9: int
    g0: float
    g1: float
    g2: float
    g3: float
    g4: float
    g5: float
    g6: float
    g7: float
    g8: float
    g9: float
    h0: int
    h1: int
    h2: int
    h3: int
    h4: int
    h5: int
    h6: int
    h7: int
    h8: int
    h9: int
    k0: int
    k1: int
    k2: int
    k3: int
    k4: int
    k5: int
    k6: int
    k7: int
    k8: int
    last: "Wide | None"

    def __init__(self, n: int, last: "Wide | None") -> None:
        self.f0 = n
        self.f1 = n + 1
        self.f2 = n + 2
        self.f3 = n + 3
        self.f4 = n + 4
        self.f5 = n + 5
        self.f6 = n + 6
        self.f7 = n + 7
        self.f8 = n + 8
        self.f9 = n + 9
        self.g0 = n * 0.5
        self.g1 = 0.0
        self.g2 = 0.0
        self.g3 = 0.0
        self.g4 = 0.0
        self.g5 = 0.0
        self.g6 = 0.0
        self.g7 = 0.0
        self.g8 = 0.0
        self.g9 = n * 0.25
        self.h0 = 0
        self.h1 = 0
        self.h2 = 0
        self.h3 = 0
        self.h4 = 0
        self.h5 = 0
        self.h6 = 0
        self.h7 = 0
        self.h8 = 0
        self.h9 = -n
        self.k0 = 0
        self.k1 = 0
        self.k2 = 0
        self.k3 = 0
        self.k4 = 0
        self.k5 = 0
        self.k6 = 0
        self.k7 = 0
        self.k8 = n * 3
        self.last = last

    def check(self, n: int) -> int:
        bad = 0
        if self.f0 != n or self.f9 != n + 9 or self.g0 != n * 0.5 or self.g9 != n * 0.25:
            bad += 1
        if self.h9 != -n or self.k8 != n * 3 or self.h0 != 0 or self.g1 != 0.0:
            bad += 1
        return bad


def make_garbage(n: int) -> int:
    t = 0
    for i in range(n):
        a = F1(i)
        b = F2(i)
        c = R3(i, None)
        w = Wide(i, None)
        t1 = (i,)
        t3 = (i, str(i), i * 1.5)
        t5 = (i, i, i, i, c)
        l = [i, i + 1, i + 2]
        t += a.a + b.a + c.a + w.f1 + t1[0] + len(t3[1]) + t5[3] + l[2] - 5 * i - i - 3 - len(t3[1])
    return t


def main(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 3000
    ones: list[F1] = []
    twos: list[F2] = []
    chain: R3 | None = None
    wides: list[Wide] = []
    pairs: list[tuple[int, str]] = []
    rows: list[list[int]] = []
    junk = 0
    for i in range(n):
        ones.append(F1(i))
        twos.append(F2(i))
        chain = R3(i, chain)
        wides.append(Wide(i, wides[-1] if wides else None))
        pairs.append((i, "p" + str(i)))
        rows.append([i] * (i % 40 + 1))
        if i % 100 == 0:
            junk += make_garbage(50)
    bad = 0
    for i in range(n):
        if ones[i].a != i or twos[i].a != i or twos[i].b != i / 4:
            bad += 1
        bad += wides[i].check(i)
        prev = wides[i].last
        if i > 0 and (prev is None or prev.f0 != i - 1):
            bad += 1
        if pairs[i][0] != i or pairs[i][1] != "p" + str(i):
            bad += 1
        if len(rows[i]) != i % 40 + 1 or rows[i][-1] != i:
            bad += 1
    count = 0
    total = 0.0
    while chain is not None:
        count += 1
        total += chain.b
        chain = chain.c
    print("objects", n, "chain", count, total, "garbage", junk, "bad", bad)
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
