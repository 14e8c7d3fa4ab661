"""Programs that run out of memory under a limit on their address space
(tests/jitgen/native/test_memory_exhaustion.py; the cli test
tests/jitgen/cli/test_cli_memory.py runs all but "objects"): a string doubled, a linked
structure of objects and lists, a list of strings joined again and
again, a dict of string keys, and text grown by replace, upper, lower and
split.  Each catches MemoryError the way a CPython program would."""


def twice(s: str) -> str:
    """The failing sum is in a callee: its MemoryError reaches the caller's handler."""
    return s + s


def grow_string() -> int:
    s = "ab"
    n = 0
    try:
        while n < 100:
            s = twice(s) + "c"
            n += 1
    except MemoryError:
        return n
    return -1


class Node:
    next: "Node | None"
    payload: list[int]

    def __init__(self, next: "Node | None", payload: list[int]) -> None:
        self.next = next
        self.payload = payload


def grow_objects() -> int:
    head: Node | None = None
    n = 0
    try:
        while n < 100000000:
            head = Node(head, [n, n, n, n, n, n, n, n])
            n += 1
    except MemoryError:
        head = None
        return n
    return -1


def grow_join() -> int:
    parts: list[str] = []
    n = 0
    try:
        while n < 100000000:
            parts.append(str(n) * 20)
            if len(parts) % 100000 == 0:
                big = "".join(parts)
                parts.append(big[0:1])
            n += 1
    except MemoryError:
        parts = []
        return n
    return -1


def grow_dict() -> int:
    d: dict[str, int] = {}
    n = 0
    try:
        while n < 100000000:
            d["key" + str(n)] = n
            n += 1
    except MemoryError:
        d = {}
        return n
    return -1


def grow_text() -> int:
    s = "ab cd"
    n = 0
    words = 0
    try:
        while n < 100:
            s = s.replace(" ", "  x ").upper().lower()
            words = len(s.split())
            n += 1
    except MemoryError:
        s = ""
        return n + words - words
    return -1


def main(argv: list[str]) -> int:
    which = argv[1]
    if which == "string":
        print("string", grow_string() > 10)
    elif which == "objects":
        print("objects", grow_objects() > 1000)
    elif which == "join":
        print("join", grow_join() > 1000)
    elif which == "dict":
        print("dict", grow_dict() > 1000)
    else:
        print("text", grow_text() > 10)
    print("after")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
