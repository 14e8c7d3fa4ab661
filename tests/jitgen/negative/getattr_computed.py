# expect: 14:12: getattr, computed
"""getattr with a name computed at run time."""

class Point:
    x: int
    y: int

    def __init__(self) -> None:
        self.x = 1
        self.y = 2


def get(p: Point, name: str) -> int:
    return getattr(p, name)


def main(argv: list[str]) -> int:
    print(get(Point(), argv[0]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
