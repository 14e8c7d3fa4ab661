# expect: 7:9: generator
"""A generator function (yield)."""

def count_up(n: int) -> int:
    i = 0
    while i < n:
        yield i
        i += 1
    return 0


def main(argv: list[str]) -> int:
    count_up(3)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
