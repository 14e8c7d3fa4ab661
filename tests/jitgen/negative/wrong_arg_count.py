# expect: 9:11: area, argument
"""Calling a function with too many arguments."""

def area(w: int, h: int) -> int:
    return w * h


def main(argv: list[str]) -> int:
    print(area(1, 2, 3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
