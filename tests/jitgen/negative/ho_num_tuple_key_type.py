# expect: 13:15: key, tuple, str
"""A tuple-keyed grid dict indexed with a key of the wrong item type (a
column letter instead of a column number)."""


def main(argv: list[str]) -> int:
    grid: dict[tuple[int, int], int] = {}
    for r in range(3):
        for c in range(3):
            grid[(r, c)] = r * 3 + c
    cols = "abc"
    for r in range(3):
        print(grid[(r, cols[r])])
    return 0
