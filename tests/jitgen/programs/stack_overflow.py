"""Unbounded recursion is caught as StackOverflow (RecursionError on CPython)."""
from jitgen.hints import StackOverflow


class Counter:
    n: int

    def __init__(self) -> None:
        self.n = 0


def dive(c: Counter, depth: int) -> int:
    c.n += 1
    return dive(c, depth + 1) + 1


def safe_depth(c: Counter) -> str:
    try:
        dive(c, 0)
        return "returned?"
    except StackOverflow:
        return "stack overflow caught"


def main(argv: list[str]) -> int:
    c = Counter()
    print(safe_depth(c))
    print("went deep:", c.n > 500)
    # The program still works after the overflow.
    c2 = Counter()
    print(safe_depth(c2), c2.n > 500)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
