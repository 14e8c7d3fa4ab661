# expect: 7:12: max, int, float
"""max() of a float and an int: CPython returns the int itself when it wins
(prints 0, not 0.0), so the result has no single type."""


def clamp(x: float) -> float:
    return max(x, 0)


def main(argv: list[str]) -> int:
    print(clamp(-1.5))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
