"""Dicts and lists the way a runtime uses them: symbol tables with deletes
and re-inserts (order must follow CPython), tuple keys, instance keys,
list surgery with negative positions, sorting, slices and copies."""
from typing import TypeVar

from jitgen.hints import specialize

T = TypeVar("T")


@specialize.argtype(0)
def fmt(xs: list[T]) -> str:
    return "[" + ", ".join([repr(x) for x in xs]) + "]"


def fmt2(xss: list[list[int]]) -> str:
    return "[" + ", ".join([fmt(xs) for xs in xss]) + "]"


class Sym:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name


def show_dict(d: dict[str, int]) -> str:
    parts: list[str] = []
    for k, v in d.items():
        parts.append(k + "=" + str(v))
    return "{" + ", ".join(parts) + "}"


def dict_order() -> None:
    d: dict[str, int] = {}
    for i, w in enumerate("the quick brown fox jumps over the lazy dog".split()):
        d[w] = d.get(w, 0) + i
    print(show_dict(d))
    del d["quick"]
    d["quick"] = 100
    print(show_dict(d))
    print("pop", d.pop("fox"), d.pop("missing", -1), len(d))
    d["fox"] = 1
    d["the"] = 0
    print(show_dict(d))
    print("setdefault", d.setdefault("cat", 7), d.setdefault("cat", 8), show_dict(d))
    keys = list(d.keys())
    for k in keys:
        if len(k) == 3:
            del d[k]
    print("no 3-letter keys", show_dict(d))
    d.clear()
    print("cleared", len(d), show_dict(d))
    for i in range(20):
        d["k" + str(i)] = i
    for i in range(0, 20, 3):
        del d["k" + str(i)]
    for i in range(0, 20, 6):
        d["k" + str(i)] = -i
    print(" ".join(d.keys()))
    print(sum_values(d), "k5" in d, "k6" in d, "k9" not in d)
    try:
        print(d["nope"])
    except KeyError as e:
        print("KeyError", e)
    e = d.copy()
    e["k1"] = 999
    print(d["k1"], e["k1"], len(e) == len(d))
    sq = {i: i * i for i in range(6) if i % 2 == 1}
    print(fmt([k for k in sq]), fmt([v for v in sq.values()]))


def sum_values(d: dict[str, int]) -> int:
    t = 0
    for v in d.values():
        t += v
    return t


def tuple_and_instance_keys() -> None:
    grid: dict[tuple[int, int], str] = {}
    for y in range(3):
        for x in range(3):
            if (x + y) % 2 == 0:
                grid[(x, y)] = "#"
    print(len(grid), (1, 1) in grid, (0, 1) in grid, grid.get((2, 2), "."), grid.get((2, 1), "."))
    row = ""
    for y in range(3):
        for x in range(3):
            row += grid.get((x, y), ".")
        row += "/"
    print(row)
    pairs = {("a", 1): 1.5, ("b", 2): 2.5}
    pairs[("a", 1)] = 3.0
    for key, val in pairs.items():
        name, num = key
        print(name, num, val)
    a = Sym("a")
    b = Sym("a")
    ids: dict[Sym, int] = {a: 1}
    ids[b] = 2
    print(len(ids), ids[a], ids[b], a in ids, Sym("a") in ids)


def list_ops() -> None:
    xs = [1, 2, 3, 4, 5]
    xs.insert(0, 0)
    xs.insert(-1, 99)
    xs.insert(100, 6)
    xs.insert(-100, -1)
    print(fmt(xs))
    print(xs.pop(), xs.pop(0), xs.pop(-2), xs.pop(2), fmt(xs))
    xs += [7, 8]
    xs.extend([9])
    ys = xs * 2
    print(fmt(ys), len(ys), xs[-1], xs[-len(xs)])
    ys.reverse()
    print(fmt(ys[:3]), fmt(ys[3:5]), fmt(ys[-2:]), fmt(ys[::3]), fmt(ys[::-2]), fmt(ys[1:-1:4]))
    ys.sort()
    print(fmt(ys), ys.index(9), ys.count(5))
    ys.remove(9)
    del ys[0]
    del ys[-1]
    print(fmt(ys), 9 in ys, 42 not in ys)
    try:
        ys.remove(42)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(ys.index(42))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print([1][5])
    except IndexError as e:
        print("IndexError:", e)
    try:
        empty: list[int] = []
        empty.pop()
    except IndexError as e:
        print("IndexError:", e)
    words = ["pear", "Apple", "fig", "apple", "Fig", "banana"]
    print(fmt(sorted(words)), fmt(words))
    fl = [2.5, -1.0, 0.0, -0.0, 3.25, 1e-9]
    fl.sort()
    print(fmt(fl))
    grid = [[0] * 3 for _ in range(3)]
    grid[1][2] = 5
    alias = [[0] * 3] * 2
    alias[0][0] = 7
    print(fmt2(grid), fmt2(alias))
    cp = list(xs)
    cp[0] = -5
    print(xs[0], cp[0], xs == cp, xs[1:] == cp[1:])
    nested = [x * y for x in range(1, 4) for y in range(x) if (x + y) % 2 == 1]
    print(fmt(nested), fmt([c for c in "héllo" if c != "l"]))
    for i, (a, b) in enumerate(zip(["a", "b", "c"], [10, 20])):
        print(i, a, b)


def iteration(argv: list[str]) -> None:
    for i, p in enumerate(zip(["x", "y"], [1.5, 2.5]), 10):
        print(i, p[0], p[1])
    for k, w in enumerate(["p", "q"], len(argv)):
        print(k, w)
    for t in enumerate("hé"):
        print(t[0], t[1])
    for a, b, c in zip([1, 2, 3], "xyz", [True, False]):
        print(a, b, c)
    for t2 in zip([1, 2], [3, 4], [5, 6]):
        print(t2[0] + t2[1] + t2[2])
    xs = [(i, c) for i, c in enumerate("ab", 1)]
    print(xs[1][0], xs[1][1], len(xs))


def main(argv: list[str]) -> int:
    iteration(argv)
    dict_order()
    tuple_and_instance_keys()
    list_ops()
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
