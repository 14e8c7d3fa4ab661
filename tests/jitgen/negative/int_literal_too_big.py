# expect: 6:15: does not fit a 64-bit int
"""An int literal past 2**63 - 1: CPython keeps it exact, a machine word
cannot hold it."""

def main(argv: list[str]) -> int:
    big = 1 + 9223372036854775808
    print(big)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
