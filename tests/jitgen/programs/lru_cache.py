"""An LRU cache built from a doubly linked list and a dict, used to memoise
an expensive function; with eviction order, hit/miss statistics and a
sentinel-based list whose links may be None."""


class Node:
    key: int
    value: str
    prev: "Node | None"
    next: "Node | None"

    def __init__(self, key: int, value: str) -> None:
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRU:
    capacity: int
    table: dict[int, Node]
    head: Node
    tail: Node
    hits: int
    misses: int
    evicted: list[int]

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.table = {}
        self.head = Node(-1, "<head>")
        self.tail = Node(-2, "<tail>")
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = 0
        self.misses = 0
        self.evicted = []

    def _unlink(self, n: Node) -> None:
        p = n.prev
        q = n.next
        assert p is not None and q is not None
        p.next = q
        q.prev = p
        n.prev = None
        n.next = None

    def _push_front(self, n: Node) -> None:
        first = self.head.next
        assert first is not None
        n.next = first
        n.prev = self.head
        first.prev = n
        self.head.next = n

    def get(self, key: int) -> str | None:
        n = self.table.get(key)
        if n is None:
            self.misses += 1
            return None
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.value

    def put(self, key: int, value: str) -> None:
        old = self.table.get(key)
        if old is not None:
            old.value = value
            self._unlink(old)
            self._push_front(old)
            return
        if len(self.table) >= self.capacity:
            last = self.tail.prev
            assert last is not None and last is not self.head
            self._unlink(last)
            del self.table[last.key]
            self.evicted.append(last.key)
        n = Node(key, value)
        self.table[key] = n
        self._push_front(n)

    def order(self) -> str:
        parts: list[str] = []
        n = self.head.next
        while n is not None and n is not self.tail:
            parts.append(str(n.key) + ":" + n.value)
            n = n.next
        return " ".join(parts)

    def order_backwards(self) -> str:
        parts: list[str] = []
        n = self.tail.prev
        while n is not None and n is not self.head:
            parts.append(str(n.key))
            n = n.prev
        return ",".join(parts)


def collatz_len(n: int, cache: LRU) -> int:
    steps = 0
    x = n
    while x != 1:
        got = cache.get(x)
        if got is not None:
            steps += int(got)
            break
        if x % 2 == 0:
            x = x // 2
        else:
            x = 3 * x + 1
        steps += 1
    cache.put(n, str(steps))
    return steps


def main(argv: list[str]) -> int:
    c = LRU(3)
    for k in [1, 2, 3]:
        c.put(k, "v" + str(k))
    print(c.order(), "|", c.order_backwards())
    print(c.get(1), c.get(4), c.get(3))
    c.put(4, "v4")
    c.put(2, "again")
    c.put(5, "v5")
    print(c.order(), "| evicted", ",".join([str(k) for k in c.evicted]), "|", c.order_backwards())
    print("hits", c.hits, "misses", c.misses)
    cache = LRU(50)
    best = 0
    best_n = 0
    for n in range(1, 3000):
        s = collatz_len(n, cache)
        if s > best:
            best = s
            best_n = n
    print("longest", best_n, best, "hits", cache.hits, "misses", cache.misses, "evictions", len(cache.evicted))
    print("last evicted", cache.evicted[-3:][0], cache.evicted[-1], len(cache.table))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
