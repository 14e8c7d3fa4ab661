# expect: 17:16: None, Point
"""None passed where the parameter's type does not allow it."""

class Point:
    x: int

    def __init__(self, x: int) -> None:
        self.x = x


def norm(p: Point) -> int:
    return abs(p.x)


def main(argv: list[str]) -> int:
    print(norm(Point(-3)))
    print(norm(None))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
