# expect: 9:11: depth
"""Calling a function with a keyword it does not have."""

def area(w: int, h: int) -> int:
    return w * h


def main(argv: list[str]) -> int:
    print(area(w=1, depth=2))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
