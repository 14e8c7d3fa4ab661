# expect: 5:12: set
"""A set literal."""

def main(argv: list[str]) -> int:
    seen = {1, 2, 3}
    print(len(seen))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
