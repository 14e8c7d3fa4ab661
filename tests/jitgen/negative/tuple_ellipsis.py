# expect: 4:15: tuple
"""tuple[T, ...] is not allowed."""

def total(xs: tuple[int, ...]) -> int:
    return 0


def main(argv: list[str]) -> int:
    print(total((1, 2)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
