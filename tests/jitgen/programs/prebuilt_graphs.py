"""Prebuilt data made at import time: a cyclic ring, dicts keyed by prebuilt
instances, class constants holding lists and instances."""
from typing import Final


class Node:
    name: str
    next: "Node | None"
    visits: int

    def __init__(self, name: str) -> None:
        self.name = name
        self.next = None
        self.visits = 0


def make_ring(names: list[str]) -> Node:
    first = Node(names[0])
    prev = first
    for n in names[1:]:
        node = Node(n)
        prev.next = node
        prev = node
    prev.next = first          # closes the cycle
    return first


RING = make_ring(["a", "b", "c", "d"])
A = RING
B = RING.next
RANK: dict[Node, int] = {}
_n = RING
for _i in range(4):
    assert _n is not None
    RANK[_n] = _i * 10
    _n = _n.next
del _n, _i
PAIRS = [(1, "one"), (2, "two"), (3, "three")]


class Config:
    DEFAULTS = [3, 1, 4]
    ORIGIN = Node("origin")
    limits: Final[list[int]]

    def __init__(self) -> None:
        self.limits = [1, 2]

    def bump(self) -> int:
        self.limits.append(len(self.limits) + 1)
        self.ORIGIN.visits += 1
        return self.DEFAULTS[1] + len(self.limits)


def walk(start: Node, steps: int) -> str:
    out: list[str] = []
    cur = start
    for i in range(steps):
        out.append(cur.name)
        cur.visits += 1
        nxt = cur.next
        if nxt is None:
            break
        cur = nxt
    return "".join(out)


def main(argv: list[str]) -> int:
    print(walk(RING, 10), walk(B, 3))
    print(A.visits, B.visits, A is RING, B.next is not None)
    n = RING
    total = 0
    for i in range(6):
        total += RANK[n]
        nxt = n.next
        if nxt is not None:
            n = nxt
    print(total, RANK[B], len(RANK), Node("a") in RANK)
    for num, word in PAIRS:
        print(num, word)
    c = Config()
    print(c.bump(), c.bump(), Config.ORIGIN.visits, len(c.limits), Config.DEFAULTS[2])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
