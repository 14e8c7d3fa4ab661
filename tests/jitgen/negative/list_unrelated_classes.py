# expect: 19:24: Apple, Engine
"""A list literal holding instances of two unrelated classes."""

class Apple:
    weight: int

    def __init__(self) -> None:
        self.weight = 150


class Engine:
    power: int

    def __init__(self) -> None:
        self.power = 90


def main(argv: list[str]) -> int:
    things = [Apple(), Engine()]
    print(len(things))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
