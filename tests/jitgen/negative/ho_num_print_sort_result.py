# expect: 10:5: sort, returns nothing
"""Printing the result of list.sort(), which sorts in place and returns
None: the checker says so instead of naming an internal type."""


def main(argv: list[str]) -> int:
    scores = [40, 15, 99, 3]
    for a in argv[1:]:
        scores.append(int(a))
    print("ranked:", scores.sort())
    return 0
