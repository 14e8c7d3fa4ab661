# expect: 11:5: class method
"""A class method (reported at its def, like other function-level errors)."""

class Color:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    @classmethod
    def red(cls) -> "Color":
        return Color("red")


def main(argv: list[str]) -> int:
    print(Color.red().name)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
