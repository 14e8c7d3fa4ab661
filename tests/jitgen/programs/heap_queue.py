"""A binary-heap priority queue of events, and heapsort on ints."""


class Event:
    time: int
    seq: int
    name: str

    def __init__(self, time: int, seq: int, name: str) -> None:
        self.time = time
        self.seq = seq
        self.name = name

    def before(self, other: "Event") -> bool:
        if self.time != other.time:
            return self.time < other.time
        return self.seq < other.seq


class EventQueue:
    heap: list[Event]
    counter: int

    def __init__(self) -> None:
        self.heap = []
        self.counter = 0

    def push(self, time: int, name: str) -> None:
        self.counter += 1
        self.heap.append(Event(time, self.counter, name))
        i = len(self.heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.heap[i].before(self.heap[parent]):
                self.heap[i], self.heap[parent] = self.heap[parent], self.heap[i]
                i = parent
            else:
                break

    def pop(self) -> Event:
        if len(self.heap) == 0:
            raise IndexError("pop from an empty EventQueue")
        top = self.heap[0]
        last = self.heap.pop()
        if len(self.heap) > 0:
            self.heap[0] = last
            i = 0
            n = len(self.heap)
            while True:
                l = 2 * i + 1
                r = l + 1
                best = i
                if l < n and self.heap[l].before(self.heap[best]):
                    best = l
                if r < n and self.heap[r].before(self.heap[best]):
                    best = r
                if best == i:
                    break
                self.heap[i], self.heap[best] = self.heap[best], self.heap[i]
                i = best
        return top


def sift_down(a: list[int], start: int, end: int) -> None:
    root = start
    while 2 * root + 1 < end:
        child = 2 * root + 1
        if child + 1 < end and a[child] < a[child + 1]:
            child += 1
        if a[root] < a[child]:
            a[root], a[child] = a[child], a[root]
            root = child
        else:
            return


def heapsort(a: list[int]) -> None:
    n = len(a)
    for start in range(n // 2 - 1, -1, -1):
        sift_down(a, start, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift_down(a, 0, end)


def same(a: list[int], b: list[int]) -> bool:
    if len(a) != len(b):
        return False
    for i in range(len(a)):
        if a[i] != b[i]:
            return False
    return True


def main(argv: list[str]) -> int:
    q = EventQueue()
    for t, name in [(5, "e"), (1, "a"), (3, "c"), (1, "a2"), (4, "d"), (2, "b"), (3, "c2")]:
        q.push(t, name)
    out: list[str] = []
    while len(q.heap) > 0:
        ev = q.pop()
        out.append(str(ev.time) + ev.name)
        if ev.name == "b":
            q.push(ev.time + 10, "late")
    print(" ".join(out))
    try:
        q.pop()
    except IndexError as e:
        print(str(e))
    a = [(i * 7919) % 211 - 100 for i in range(60)]
    b = sorted(a)
    heapsort(a)
    print(same(a, b), a[0], a[30], a[-1])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
