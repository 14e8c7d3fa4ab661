"""Allocates small objects until the heap limit (native only: run with
GC_MAXIMUM_HEAP_SIZE).  argv: the number of objects, then "catch" (the
MemoryError is caught) or "uncaught" (it ends the program)."""


class Node:
    next: "Node | None"
    value: int

    def __init__(self, next: "Node | None", value: int) -> None:
        self.next = next
        self.value = value


def grow(limit: int) -> int:
    head: Node | None = None
    n = 0
    while n < limit:
        head = Node(head, n)
        n += 1
    return n


def main(argv: list[str]) -> int:
    limit = int(argv[1]) if len(argv) > 1 else 1000
    if len(argv) > 2 and argv[2] == "uncaught":
        print("grew", grow(limit))
        return 0
    try:
        print("grew", grow(limit))
    except MemoryError:
        print("MemoryError caught")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
