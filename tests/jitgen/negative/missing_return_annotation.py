# expect: 8:1: return, annotation
"""A function without a return annotation."""

def double(x: int) -> int:
    return x * 2


def triple(x: int):
    return x * 3


def main(argv: list[str]) -> int:
    print(double(2) + triple(3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
