"""`is None` / `is not None` on fields, directly in if, while and and/or."""


class Node:
    value: int
    next: "Node | None"

    def __init__(self, value: int, next: "Node | None") -> None:
        self.value = value
        self.next = next


class Holder:
    flag: bool
    item: Node | None

    def __init__(self, flag: bool, item: Node | None) -> None:
        self.flag = flag
        self.item = item


def probe(h: Holder) -> str:
    out: list[str] = []
    if h.item is not None:
        out.append("a")
    if h.item is None:
        out.append("b")
    if h.flag and h.item is not None:
        out.append("c")
    if h.item is not None and h.flag:
        out.append("d")
    if not h.flag or h.item is None:
        out.append("e")
    out.append("f" if h.item is not None else "g")
    return "".join(out)


def count_chain(n: Node) -> int:
    count = 1
    cur = n
    while cur.next is not None:
        nxt = cur.next
        assert nxt is not None
        cur = nxt
        count += 1
    return count


def main(argv: list[str]) -> int:
    chain = Node(1, Node(2, Node(3, None)))
    for h in [Holder(True, chain), Holder(False, chain), Holder(True, None), Holder(False, None)]:
        print(probe(h))
    print(count_chain(chain), count_chain(Node(9, None)))
    h = Holder(True, None)
    h.item = chain
    print(probe(h))
    h.item = None
    print(probe(h))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
