# expect: 8:5: global
"""Rebinding a module global from a function."""

counter = 0


def bump() -> int:
    global counter
    counter = counter + 1
    return counter


def main(argv: list[str]) -> int:
    print(bump())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
