# expect: 13:11: depth, attribute
"""Reading an attribute that the class does not have."""

class Box:
    width: int

    def __init__(self) -> None:
        self.width = 3


def main(argv: list[str]) -> int:
    b = Box()
    print(b.depth)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
