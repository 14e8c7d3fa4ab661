# expect: 5:9: lambda
"""A lambda expression."""

def apply(x: int) -> int:
    f = lambda y: y + 1
    return f(x)


def main(argv: list[str]) -> int:
    print(apply(1))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
