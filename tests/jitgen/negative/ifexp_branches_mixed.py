# expect: 7:9: conditional expression, int, str
"""The two branches of a conditional expression must have one type."""


def main(argv: list[str]) -> int:
    n = len(argv)
    x = n if n > 1 else "none"
    print(x)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
