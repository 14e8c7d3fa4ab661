"""Conway's Life on a torus with the board as a list of strings and as a
dict of live cells, plus an integer matrix type with __eq__/__repr__ used to
detect cycles; exercises nested lists, copying, tuples as keys, and joins."""


class Board:
    h: int
    w: int
    cells: list[list[bool]]

    def __init__(self, rows: list[str]) -> None:
        self.h = len(rows)
        self.w = len(rows[0])
        self.cells = [[c == "#" for c in row] for row in rows]

    def __eq__(self, other: "Board") -> bool:
        return self.cells == other.cells

    def __repr__(self) -> str:
        return "\n".join(["".join(["#" if c else "." for c in row]) for row in self.cells])

    def neighbours(self, y: int, x: int) -> int:
        n = 0
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dy == 0 and dx == 0:
                    continue
                if self.cells[(y + dy) % self.h][(x + dx) % self.w]:
                    n += 1
        return n

    def step(self) -> "Board":
        nxt = Board(["." * self.w] * self.h)
        for y in range(self.h):
            for x in range(self.w):
                n = self.neighbours(y, x)
                alive = self.cells[y][x]
                nxt.cells[y][x] = n == 3 or (alive and n == 2)
        return nxt

    def population(self) -> int:
        return sum([sum([1 for c in row if c]) for row in self.cells])

    def live_set(self) -> dict[tuple[int, int], bool]:
        return {(y, x): True for y in range(self.h) for x in range(self.w) if self.cells[y][x]}


def run(start: list[str], limit: int) -> None:
    b = Board(start)
    history: list[Board] = [b]
    for gen in range(1, limit + 1):
        b = b.step()
        for i, old in enumerate(history):
            if old == b:
                print("generation", gen, "repeats generation", i, "period", gen - i, "population", b.population())
                print(repr(b))
                return
        history.append(b)
    print("no cycle within", limit, "generations; population", b.population())
    live = sorted(b.live_set().keys())
    print(live[:5], len(live))


def main(argv: list[str]) -> int:
    blinker = [".....", "..#..", "..#..", "..#..", "....."]
    glider = ["#.......", ".##.....", "##......", "........", "........", "........"]
    block = ["....", ".##.", ".##.", "...."]
    run(blinker, 10)
    run(block, 3)
    run(glider, 30)
    run(["#.#.#", ".#.#.", "#.#.#", ".....", "#...#"], 12)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
