# expect: 14:20: multiple inheritance
"""A class with two base classes."""

class Walker:
    def walk(self) -> str:
        return "walk"


class Swimmer:
    def swim(self) -> str:
        return "swim"


class Duck(Walker, Swimmer):
    pass


def main(argv: list[str]) -> int:
    d = Duck()
    print(d.walk() + d.swim())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
