"""Cellular simulations on sparse tuple-keyed grids: Langton's ant with a
turn table built at import time, an abelian sandpile that topples until
stable (keys deleted and re-added, so dict order moves), Conway's life on
a set-like dict[tuple[int, int], bool] with neighbour counts, bounding
boxes from min/max over key lists, a window clipped with x in range(w),
and a rendered window with negative coordinates; rules chosen by name from a dict of Callables."""
from typing import Callable

DIRS = [(0, -1), (1, 0), (0, 1), (-1, 0)]  # N E S W
TURNS: dict[str, int] = {}
for _name, _delta in (("L", -1), ("R", 1), ("U", 2), ("N", 0)):
    TURNS[_name] = _delta


def ant(rule: str, steps: int) -> dict[tuple[int, int], int]:
    grid: dict[tuple[int, int], int] = {}
    x = y = 0
    d = 0
    for _ in range(steps):
        state = grid.get((x, y), 0)
        d = (d + TURNS[rule[state]]) % 4
        grid[(x, y)] = (state + 1) % len(rule)
        dx, dy = DIRS[d]
        x += dx
        y += dy
    return grid


def sandpile(grains: int) -> dict[tuple[int, int], int]:
    pile: dict[tuple[int, int], int] = {(0, 0): grains}
    unstable = [(0, 0)]
    while unstable:
        cell = unstable.pop()
        n = pile.get(cell, 0)
        if n < 4:
            continue
        share, rest = divmod(n, 4)
        if rest:
            pile[cell] = rest
        else:
            del pile[cell]
        cx, cy = cell
        for dx, dy in DIRS:
            nb = (cx + dx, cy + dy)
            pile[nb] = pile.get(nb, 0) + share
            if pile[nb] >= 4:
                unstable.append(nb)
    return pile


def life_step(alive: dict[tuple[int, int], bool]) -> dict[tuple[int, int], bool]:
    counts: dict[tuple[int, int], int] = {}
    for (x, y) in alive:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = (x + dx, y + dy)
                    counts[key] = counts.get(key, 0) + 1
    nxt: dict[tuple[int, int], bool] = {}
    for key, n in counts.items():
        if n == 3 or (n == 2 and key in alive):
            nxt[key] = True
    return nxt


def clip(cells: dict[tuple[int, int], int], w: int, h: int) -> list[tuple[int, int]]:
    """The cells inside a w x h window at the origin (x in range(w))."""
    return sorted([k for k in cells if k[0] in range(w) and k[1] in range(h) and k[0] not in range(1, w, 2)])


def bbox(keys: list[tuple[int, int]]) -> tuple[int, int, int, int]:
    xs = [k[0] for k in keys]
    ys = [k[1] for k in keys]
    return (min(xs), min(ys), max(xs), max(ys))


def render(cells: dict[tuple[int, int], int], glyphs: str) -> list[str]:
    if not cells:
        return ["(empty)"]
    x0, y0, x1, y1 = bbox(list(cells.keys()))
    rows = []
    for y in range(y0, y1 + 1):
        rows.append("".join([glyphs[cells.get((x, y), 0)] for x in range(x0, x1 + 1)]))
    return rows


def count_black(g: dict[tuple[int, int], int]) -> int:
    return sum([1 for v in g.values() if v])


def count_grains(g: dict[tuple[int, int], int]) -> int:
    return sum(g.values())


SUMMARIES: dict[str, Callable[[dict[tuple[int, int], int]], int]] = {
    "black": count_black, "grains": count_grains}


def main(argv: list[str]) -> int:
    g = ant("RL", 500)
    print("ant RL", len(g), "black", SUMMARIES["black"](g), "bbox", bbox(list(g)))
    for line in render(g, ".#"):
        print("  " + line)
    g3 = ant("RLR", 300)
    print("ant RLR", len(g3), sorted(set_of_values(g3)), bbox(list(g3.keys())))
    print("clipped", clip(g, 4, 3))
    pile = sandpile(200)
    print("sandpile", len(pile), "grains", SUMMARIES["grains"](pile), "first keys", list(pile)[:3])
    for line in render(pile, " .:#"):
        print("  |" + line + "|")
    glider = {(1, 0): True, (2, 1): True, (0, 2): True, (1, 2): True, (2, 2): True}
    for gen in range(8):
        glider = life_step(glider)
    print("glider after 8", sorted(glider), bbox(list(glider)))
    blinker = {(-1, 0): True, (0, 0): True, (1, 0): True}
    once = life_step(blinker)
    twice = life_step(once)
    print("blinker", sorted(once), sorted(twice) == sorted(blinker), len(life_step({})))
    return 0


def set_of_values(g: dict[tuple[int, int], int]) -> list[int]:
    seen: dict[int, bool] = {}
    for v in g.values():
        seen[v] = True
    return list(seen)


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
