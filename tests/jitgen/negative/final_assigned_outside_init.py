# expect: 14:9: size, Final
"""Assigning a Final field outside __init__."""

from typing import Final


class Buffer:
    size: Final[int]

    def __init__(self, size: int) -> None:
        self.size = size

    def grow(self) -> None:
        self.size = self.size * 2


def main(argv: list[str]) -> int:
    b = Buffer(4)
    b.grow()
    print(b.size)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
