# expect: 9:11: Oops, Exception
"""Raising an instance of a class that does not derive from Exception."""

class Oops:
    pass


def main(argv: list[str]) -> int:
    raise Oops()


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
