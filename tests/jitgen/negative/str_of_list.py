# expect: 13:11: str, instances
"""str() of a list of instances: CPython shows each item's address, so
there is nothing deterministic to print (lists of values are fine)."""


class Item:
    pass


def main(argv: list[str]) -> int:
    xs = [Item(), Item()]
    print(str([1, 2]))
    print(str(xs))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
