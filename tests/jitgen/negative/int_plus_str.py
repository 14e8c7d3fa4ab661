# expect: 5:12: +, int, str
"""Adding an int and a str."""

def label(n: int) -> str:
    return n + "th"


def main(argv: list[str]) -> int:
    print(label(4))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
