# expect: 13:5: sort
"""list.sort() on a list of instances."""

class Item:
    n: int

    def __init__(self, n: int) -> None:
        self.n = n


def main(argv: list[str]) -> int:
    items = [Item(2), Item(1)]
    items.sort()
    print(items[0].n)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
