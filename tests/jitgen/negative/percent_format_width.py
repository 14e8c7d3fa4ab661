# expect: 6:11: %
"""% formatting with a width."""

def main(argv: list[str]) -> int:
    n = 42
    print("[%5d]" % n)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
