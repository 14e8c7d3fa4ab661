# expect: 8:11: operands, and, list[str], dict
"""`a and b` with operands of different types: the value is one or the
other, so it has no single type."""


def main(argv: list[str]) -> int:
    d = {"k": 1}
    print(argv and d)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
