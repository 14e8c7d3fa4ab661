# expect: 11:11: map
"""A builtin outside the subset (map: it returns an iterator; write a list
comprehension)."""


def double(x: int) -> int:
    return 2 * x


def main(argv: list[str]) -> int:
    print(map(double, [1, 2, 3]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
