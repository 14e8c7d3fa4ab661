"""A Sudoku solver: the grid as a list of lists, candidates as dicts used as
sets, constraint propagation then backtracking with copies of the grid,
solution checks comparing nested lists, and generator arguments to join,
sum and min."""

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text: str) -> list[list[int]]:
    rows = [line for line in text.split("\n") if line.strip()]
    return [[0 if c == "." else int(c) for c in row] for row in rows]


def show(g: list[list[int]]) -> str:
    return "\n".join("".join(str(v) if v else "." for v in row) for row in g)


def candidates(g: list[list[int]], y: int, x: int) -> dict[int, bool]:
    used: dict[int, bool] = {}
    for k in range(9):
        used[g[y][k]] = True
        used[g[k][x]] = True
    by, bx = divmod(y, 3)
    cy, cx = divmod(x, 3)
    for dy in range(3):
        for dx in range(3):
            used[g[by * 3 + dy][cy * 3 + dx]] = True
    return {v: True for v in range(1, 10) if v not in used}


class Stats:
    guesses: int
    propagated: int

    def __init__(self) -> None:
        self.guesses = 0
        self.propagated = 0


def propagate(g: list[list[int]], st: Stats) -> bool:
    changed = True
    while changed:
        changed = False
        for y in range(9):
            for x in range(9):
                if g[y][x] == 0:
                    c = candidates(g, y, x)
                    if not c:
                        return False
                    if len(c) == 1:
                        g[y][x] = list(c.keys())[0]
                        st.propagated += 1
                        changed = True
    return True


def solve(g: list[list[int]], st: Stats) -> list[list[int]] | None:
    if not propagate(g, st):
        return None
    best: tuple[int, int, int] = (10, -1, -1)
    for y in range(9):
        for x in range(9):
            if g[y][x] == 0:
                n = len(candidates(g, y, x))
                if (n, y, x) < best:
                    best = (n, y, x)
    if best[1] < 0:
        return g
    _, y, x = best
    for v in sorted(candidates(g, y, x)):
        st.guesses += 1
        trial = [list(row) for row in g]
        trial[y][x] = v
        res = solve(trial, st)
        if res is not None:
            return res
    return None


def valid(g: list[list[int]]) -> bool:
    want = list(range(1, 10))
    for i in range(9):
        if sorted(g[i]) != want or sorted(g[k][i] for k in range(9)) != want:
            return False
    return True


def main(argv: list[str]) -> int:
    g = parse(PUZZLE)
    print(show(g))
    print("clues:", sum(1 for row in g for v in row if v), "first row sum", sum(g[0]))
    st = Stats()
    sol = solve([list(r) for r in g], st)
    if sol is None:
        print("no solution")
        return 1
    print(show(sol))
    print("valid:", valid(sol), "guesses:", st.guesses, "propagated:", st.propagated)
    print("unchanged input:", g == parse(PUZZLE), "solved differs:", sol != g, [sol[0]] == [sol[0][:]])
    print("smallest row total:", min(sum(row) for row in sol), (sol[0], 1) == (list(sol[0]), 1))
    hard = parse(PUZZLE.replace("53..7", "55..7"))
    print("contradiction:", solve(hard, Stats()) is None)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
