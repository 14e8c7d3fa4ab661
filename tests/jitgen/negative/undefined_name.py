# expect: 5:11: undefined_helper, not defined
"""Calling a function that does not exist."""

def main(argv: list[str]) -> int:
    print(undefined_helper(3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
