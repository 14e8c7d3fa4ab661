# expect: 9:9: nonlocal
# expect: 8:5: nested
"""nonlocal (it needs a nested function, which is reported instead or as well)."""

def make() -> int:
    n = 0

    def bump() -> None:
        nonlocal n
        n += 1
    bump()
    return n


def main(argv: list[str]) -> int:
    print(make())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
