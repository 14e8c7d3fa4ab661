# expect: 4:18: h, annotation
"""A parameter without a type annotation."""

def area(w: int, h) -> int:
    return w * h


def main(argv: list[str]) -> int:
    print(area(2, 3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
