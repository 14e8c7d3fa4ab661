# expect: 13:5: setattr, computed
"""setattr with a name computed at run time."""

class Point:
    x: int

    def __init__(self) -> None:
        self.x = 1


def main(argv: list[str]) -> int:
    p = Point()
    setattr(p, argv[0], 5)
    print(p.x)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
