# expect: 5:5: nested
"""A function defined inside a function."""

def outer(x: int) -> int:
    def inner(y: int) -> int:
        return y * 2
    return inner(x)


def main(argv: list[str]) -> int:
    print(outer(3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
