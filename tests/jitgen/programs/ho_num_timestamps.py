"""Nanosecond timestamps (ints past 2**53) checked against float deadlines
in seconds and in nanoseconds: int-with-float comparisons are exact as on
CPython (float(ts) would round), a small open-addressing table keyed by
(bucket, kind) tuples whose slots come from hash() (CPython's values for
ints, floats and tuples), and int/float edge conversions of the stamps."""
from jitgen.hints import MAXINT, MININT

NS = 1000000000


class Event:
    ts: int
    kind: str

    def __init__(self, ts: int, kind: str) -> None:
        self.ts = ts
        self.kind = kind

    def __repr__(self) -> str:
        return f"Event({self.ts}, {self.kind!r})"


class Table:
    keys: list[tuple[int, str] | None]
    counts: list[int]
    probes: int

    def __init__(self, size: int) -> None:
        self.keys = [None] * size
        self.counts = [0] * size
        self.probes = 0

    def slot(self, key: tuple[int, str]) -> int:
        i = hash((key[0], len(key[1]))) % len(self.keys)
        while True:
            k = self.keys[i]
            if k is None or k == key:
                return i
            self.probes += 1
            i = (i + 1) % len(self.keys)

    def bump(self, key: tuple[int, str]) -> None:
        i = self.slot(key)
        self.keys[i] = key
        self.counts[i] += 1


def main(argv: list[str]) -> int:
    base = 1700000000 * NS + 1
    events = [Event(base + k * 250000001, "tick" if k % 3 else "sync") for k in range(12)]
    events.append(Event(2 ** 53 + 1, "old"))
    events.append(Event(MAXINT, "end"))
    deadline = float(base + 5 * 250000001)
    print("deadline", deadline, int(deadline), int(deadline) - (base + 5 * 250000001))
    late = [e for e in events if e.ts > deadline]
    on_time = [e for e in events if e.ts <= deadline]
    print("late", len(late), "on time", len(on_time), [e.kind for e in on_time])
    exact = [e for e in events if e.ts == float(e.ts)]
    print("exactly representable", [e.ts for e in exact])
    big = 2 ** 53 + 1
    f = float(big)
    print("2**53+1", big == f, big > f, f < big, big - 1 == f, big != f, big >= f + 1.0)
    print("limits", MAXINT < float(MAXINT), MAXINT == 9.223372036854775807e18, float(MININT) == MININT,
          MININT < -9.223372036854775e18, 9.223372036854776e18 > MAXINT, -1 < -0.5 < 0 < 0.5 < 1)
    secs = [e.ts / NS for e in events[:3]]
    print("seconds", secs, [e.ts // NS for e in events[:3]], [e.ts % NS for e in events[:3]])
    # int / int is correctly rounded (float(a) / float(b) would round twice past 2**53)
    pairs = [(MAXINT, 3), (MININT, 7), (MININT, -1), (7, MININT), (1, MAXINT), (-(2 ** 53) - 1, 2),
             (2 ** 53 + 1, 2 ** 53 + 3), (0, -MAXINT), (MAXINT, MININT), (123456789012345678, 987654321),
             (-5, 2 ** 60 + 1), (2 ** 62 + 1, 2 ** 61), (-7, 2), (0, -5)]
    print("ratios", [a / b for a, b in pairs])
    print("thirds", [(2 ** k + 1) / 3 for k in range(50, 62, 2)], [(2 ** k - 1) / (2 ** 60 + 7) for k in (55, 61)])
    table = Table(16)
    for e in events:
        table.bump((e.ts // (NS // 2), e.kind))
    used = [(i, table.counts[i]) for i in range(16) if table.counts[i] > 0]
    print("slots", used, "probes", table.probes)
    print("hashes", hash(base), hash(-base), hash(float(base)) == hash(int(float(base))), hash(0.5),
          hash((base, "")) == hash((base, "")), hash((1, 2.0)) == hash((1.0, 2)), hash(-1) == hash(-2))
    print("repr", events[0], events[-1])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
