# expect: 9:9: colour, declared
"""Assigning a field that the class body does not declare."""

class Car:
    wheels: int

    def __init__(self) -> None:
        self.wheels = 4
        self.colour = "red"


def main(argv: list[str]) -> int:
    print(Car().wheels)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
