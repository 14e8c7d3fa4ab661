# expect: 17:11: identity, __eq__
"""`x in xs` on a list of instances compares by identity in the subset;
CPython calls the class's __eq__, so a class that defines one is refused."""


class P:
    x: int

    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: "P") -> bool:
        return self.x == other.x


def main(argv: list[str]) -> int:
    print(P(1) in [P(1)], P(1) == P(1))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
