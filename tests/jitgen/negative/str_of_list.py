# expect: 6:11: str
"""str() of a list."""

def main(argv: list[str]) -> int:
    xs = [1, 2]
    print(str(xs))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
