"""Many small objects stay alive across collections while garbage of the
same sizes is made: objects without reference fields (pointer-free) and with
them.  Every live object must keep its own values: an allocator that hands
out memory the collector thinks is free would make two objects share it."""


class Pair:
    a: int
    b: int

    def __init__(self, a: int, b: int) -> None:
        self.a = a
        self.b = b


class Cell:
    value: float
    next: "Cell | None"

    def __init__(self, value: float, next: "Cell | None") -> None:
        self.value = value
        self.next = next


def churn(n: int) -> int:
    total = 0
    for i in range(n):
        p = Pair(i, -i)
        c = Cell(float(i), None)
        w = str(i) + "-" + str(i % 97)
        total += p.a + p.b + int(c.value) - i + len(w) - len(w)
    return total


def main(argv: list[str]) -> int:
    n = 12000
    keep: list[Pair] = []
    words: list[str] = []
    chain: Cell | None = None
    for round in range(5):
        for i in range(n):
            keep.append(Pair(round * n + i, 2 * (round * n + i)))
            chain = Cell(float(i), chain)
            words.append("w" + str(round * n + i) + "!")
        print("round", round, "garbage", churn(30000))
    bad = 0
    for i in range(len(keep)):
        p = keep[i]
        if p.a != i or p.b != 2 * i:
            bad += 1
        if words[i] != "w" + str(i) + "!":
            bad += 1
    length = 0
    total = 0.0
    while chain is not None:
        length += 1
        total += chain.value
        chain = chain.next
    print("pairs", len(keep), "bad", bad)
    print("chain", length, total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
