"""Shortest paths on a weighted grid read from a text map: Dijkstra with a
heap of (cost, y, x) tuples, sorting lists of tuples, path reconstruction
through a dict of predecessors, and a flood fill with an explicit stack."""

MAP = """
S.1..#....
.#1#.#.##.
.#..9#..#.
.####..#..
...1...#.E
"""


class Grid:
    cells: list[str]
    h: int
    w: int

    def __init__(self, text: str) -> None:
        self.cells = [line for line in text.split("\n") if line != ""]
        self.h = len(self.cells)
        self.w = len(self.cells[0])

    def at(self, y: int, x: int) -> str:
        return self.cells[y][x]

    def find(self, ch: str) -> tuple[int, int]:
        for y, row in enumerate(self.cells):
            x = row.find(ch)
            if x >= 0:
                return (y, x)
        raise KeyError(ch)

    def cost(self, y: int, x: int) -> int:
        c = self.at(y, x)
        if c.isdigit():
            return int(c) + 1
        return 1

    def neighbours(self, y: int, x: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for dy, dx in [(-1, 0), (0, 1), (1, 0), (0, -1)]:
            ny = y + dy
            nx = x + dx
            if 0 <= ny < self.h and 0 <= nx < self.w and self.at(ny, nx) != "#":
                out.append((ny, nx))
        return out


def heap_push(h: list[tuple[int, int, int]], item: tuple[int, int, int]) -> None:
    h.append(item)
    i = len(h) - 1
    while i > 0:
        p = (i - 1) // 2
        if h[i] < h[p]:
            h[i], h[p] = h[p], h[i]
            i = p
        else:
            break


def heap_pop(h: list[tuple[int, int, int]]) -> tuple[int, int, int]:
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            l = 2 * i + 1
            r = l + 1
            s = i
            if l < len(h) and h[l] < h[s]:
                s = l
            if r < len(h) and h[r] < h[s]:
                s = r
            if s == i:
                break
            h[i], h[s] = h[s], h[i]
            i = s
    return top


def dijkstra(g: Grid, start: tuple[int, int], goal: tuple[int, int]) -> tuple[int, list[tuple[int, int]]]:
    dist: dict[tuple[int, int], int] = {start: 0}
    prev: dict[tuple[int, int], tuple[int, int]] = {}
    heap: list[tuple[int, int, int]] = []
    heap_push(heap, (0, start[0], start[1]))
    pops = 0
    while heap:
        d, y, x = heap_pop(heap)
        pops += 1
        if (y, x) == goal:
            break
        if d > dist.get((y, x), 1 << 60):
            continue
        for n in g.neighbours(y, x):
            nd = d + g.cost(n[0], n[1])
            if nd < dist.get(n, 1 << 60):
                dist[n] = nd
                prev[n] = (y, x)
                heap_push(heap, (nd, n[0], n[1]))
    if goal not in dist:
        return (-1, [])
    path = [goal]
    cur = goal
    while cur != start:
        cur = prev[cur]
        path.append(cur)
    path.reverse()
    return (dist[goal], path)


def flood(g: Grid, start: tuple[int, int]) -> int:
    seen: dict[tuple[int, int], bool] = {}
    stack = [start]
    while stack:
        p = stack.pop()
        if p in seen:
            continue
        seen[p] = True
        for n in g.neighbours(p[0], p[1]):
            if n not in seen:
                stack.append(n)
    return len(seen)


def main(argv: list[str]) -> int:
    g = Grid(MAP)
    s = g.find("S")
    e = g.find("E")
    print("grid", g.h, "x", g.w, "start", s[0], s[1], "end", e[0], e[1])
    total, path = dijkstra(g, s, e)
    print("cost", total, "steps", len(path) - 1)
    rows = [list(r) for r in g.cells]
    for y, x in path[1:-1]:
        rows[y][x] = "*"
    for r in rows:
        print("".join(r))
    print("reachable", flood(g, s))
    pts = [(3, "c"), (1, "z"), (3, "a"), (1, "b"), (2, "m")]
    pts.sort()
    print(" ".join([str(n) + t for n, t in pts]))
    print(" ".join([t for n, t in sorted(pts, reverse=True)]))
    print((1, 2) < (1, 3), (2, 0) > (1, 9), (1, 2) <= (1, 2), ("a", 1) < ("a", 0), (0, 0, 1) == (0, 0, 1))
    try:
        g.find("Q")
    except KeyError as ke:
        print("no", ke)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
