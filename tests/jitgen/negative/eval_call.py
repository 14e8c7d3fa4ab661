# expect: 5:12: eval
"""eval()."""

def calc(src: str) -> int:
    return eval(src)


def main(argv: list[str]) -> int:
    print(calc("1 + 2"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
