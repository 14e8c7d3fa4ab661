# expect: 7:9: total, int, str
"""A local assigned an int, then a str."""

def describe(n: int) -> str:
    total = n * 2
    if n > 3:
        total = "big"
    return str(total)


def main(argv: list[str]) -> int:
    print(describe(5))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
