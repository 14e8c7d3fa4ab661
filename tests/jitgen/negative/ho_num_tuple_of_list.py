# expect: 11:15: tuple, length
"""tuple(xs) of a list: a tuple's length is part of its type in the
subset, so a tuple cannot be built from a list of unknown length (as a
user freezing a coordinate list to use it as a dict key would write)."""


def main(argv: list[str]) -> int:
    seen: dict[tuple[int, int], int] = {}
    for a in range(3):
        coords = [a, a * a]
        key = tuple(coords)
        seen[key] = a
    print(len(seen))
    return 0
