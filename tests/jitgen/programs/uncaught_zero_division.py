"""A built-in error escapes main: its CPython message is part of the contract."""


def mean(xs: list[int]) -> int:
    total = 0
    for x in xs:
        total += x
    return total // len(xs)


def main(argv: list[str]) -> int:
    print(mean([1, 2, 3, 4]))
    print(mean([]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
