# expect: 10:5: sort, list[int]
"""Sorting a list of lists (rows of a table): the subset sorts lists of
numbers, str, tuples or instances with __lt__ only.  The message names the
item type as written (list[int]), not an unsettled placeholder."""


def main(argv: list[str]) -> int:
    rows = [[3, 1], [2, 9], [2, 1]]
    rows.append([len(argv), 0])
    rows.sort()
    for r in rows:
        print(r[0], r[1])
    return 0
