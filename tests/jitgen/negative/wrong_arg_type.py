# expect: 16:12: dx, str
"""Passing a str where the parameter is an int."""

class Point:
    x: int

    def __init__(self) -> None:
        self.x = 0

    def move(self, dx: int) -> None:
        self.x += dx


def main(argv: list[str]) -> int:
    p = Point()
    p.move("3")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
