"""A game leaderboard kept in plain lists and dicts: list surgery (insert at
negative and out-of-range indices, pop(i), remove, index with start/end,
count, slice assignment and deletion, reverse, n * [v]), sorting tuples
with reverse=, dict setdefault / pop with default / update / popitem / del and
re-insertion order, dict comprehensions, enumerate(start=), zip of unequal lengths,
range with negative steps, min/max/sum over tuples and floats, and the
messages of the errors those methods raise."""


class Board:
    names: list[str]
    scores: dict[str, list[int]]
    history: list[tuple[str, int]]

    def __init__(self) -> None:
        self.names = []
        self.scores = {}
        self.history = []

    def join(self, name: str, at: int) -> None:
        self.names.insert(at, name)
        self.scores.setdefault(name, [])

    def record(self, name: str, points: int) -> None:
        self.scores.setdefault(name, []).append(points)
        self.history.append((name, points))

    def total(self, name: str) -> int:
        return sum(self.scores.get(name, []))

    def ranking(self) -> list[tuple[int, str]]:
        rows = [(self.total(n), n) for n in self.names]
        rows.sort(reverse=True)
        return rows

    def leave(self, name: str) -> int:
        self.names.remove(name)
        return len(self.scores.pop(name, []))


def show_ranking(rows: list[tuple[int, str]]) -> None:
    for place, (pts, name) in enumerate(rows, start=1):
        bar = "*" * (pts // 10)
        print(f"  {place}. {name.ljust(6)} {str(pts).rjust(4)} {bar}")


def main(argv: list[str]) -> int:
    b = Board()
    for i, name in enumerate(["ann", "bob", "cy", "dee"]):
        b.join(name, -1 if i % 2 else 100)
    b.join("eve", -100)
    b.join("fay", 2)
    print("seating", b.names)
    plays = [("ann", 30), ("bob", 45), ("cy", 12), ("ann", 25), ("dee", 45), ("eve", 7), ("fay", 60),
             ("cy", 40), ("bob", 5), ("gus", 99)]
    for name, pts in plays:
        b.record(name, pts)
    print("joined late:", [n for n in b.scores if n not in b.names])
    show_ranking(b.ranking())
    print("best single", max([(p, n) for n, p in b.history]))
    print("worst single", min([(p, n) for n, p in b.history]), "mean", sum([p for _, p in b.history]) / len(b.history))

    print("ann played", b.leave("ann"), "rounds; names now", b.names)
    try:
        b.leave("zed")
    except ValueError as e:
        print("ValueError:", e)
    idx = b.names.index("cy")
    print("cy at", idx, "dee after 1:", b.names.index("dee", 1), "within -3..-1:", b.names.index("fay", -4, -1))
    try:
        b.names.index("bob", idx + 1, len(b.names))
    except ValueError as e:
        print("ValueError:", e)

    line = list(range(10))
    line[2:5] = [20, 30]
    print("replace", line)
    line[-2:] = []
    line[0:0] = [-1, -2]
    print("edges", line, line[::-1][:3], line[7:2:-2], line[-100:2], line[len(line):])
    del line[1:3]
    del line[-1]
    print("deleted", line, line.count(30), line.count(99))
    print("pops", line.pop(), line.pop(0), line.pop(-2), line)
    empty: list[int] = []
    for bad in [0, -1]:
        try:
            empty.pop(bad)
        except IndexError as e:
            print("IndexError:", e)
    try:
        line.pop(40)
    except IndexError as e:
        print("IndexError:", e)
    grid = 3 * [0]
    grid2 = [[0] * 3 for _ in range(2)]
    grid2[1][2] = 5
    print("mul", grid, grid2, [1, 2] * 2, [7] * 0, [7] * -3, grid2 == [[0, 0, 0], [0, 0, 5]])

    counts: dict[str, int] = {}
    for word in "the cat and the hat and the bat".split():
        counts[word] = counts.get(word, 0) + 1
    del counts["the"]
    counts["the"] = 0
    counts["cat"] += 10
    print("counts", counts, list(counts.keys())[-1], sorted(counts.values()))
    print("pop", counts.pop("hat"), counts.pop("hat", -1), "hat" in counts, len(counts))
    try:
        counts.pop("dog")
    except KeyError as e:
        print("KeyError:", e)
    squares = {n: n * n for n in range(-3, 4) if n % 2 != 0}
    print("squares", squares, sum(squares.values()), max(squares.keys()), min(list(squares)))
    merged = counts.copy()
    for k, v in squares.items():
        merged[str(k)] = v
    print("merged", len(merged), list(merged)[:3])
    merged.update({"cat": -1, "zebra": 26})
    last = merged.popitem()
    print("updated", merged["cat"], last, list(merged)[-2:])
    drained = []
    while squares:
        drained.append(squares.popitem())
    print("drained", drained, squares)
    try:
        squares.popitem()
    except KeyError as e:
        print("KeyError:", e)

    for a, b2 in zip(["x", "y", "z"], range(10, 0, -4)):
        print("zip", a, b2, end="; ")
    print()
    print("ranges", list(range(10, -10, -7)), list(range(0, 1, -1)), [i for i in reversed(range(2, 12, 3))])
    temps = [21.5, -3.25, 0.0, 17.75, -0.5]
    temps.sort()
    print("temps", temps, min(temps), max(temps), sum(temps, 0.0), sorted(temps, reverse=True)[0])
    pairs = sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")], reverse=True)
    print("pairs", pairs, pairs[0] > pairs[-1], (1, "a") in pairs, pairs.index((2, "a")))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
