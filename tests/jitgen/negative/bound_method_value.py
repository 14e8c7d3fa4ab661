# expect: 16:9: method
"""A bound method used as a value."""

class Greeter:
    name: str

    def __init__(self) -> None:
        self.name = "x"

    def greet(self) -> str:
        return "hi " + self.name


def main(argv: list[str]) -> int:
    g = Greeter()
    f = g.greet
    print(f())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
