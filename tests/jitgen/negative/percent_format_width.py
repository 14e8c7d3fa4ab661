# expect: 6:11: %
"""% formatting with a width taken from the arguments ('*')."""

def main(argv: list[str]) -> int:
    n = 42
    print("[%*d]" % (5, n))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
