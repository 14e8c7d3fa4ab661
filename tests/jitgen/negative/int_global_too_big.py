# expect: 8:11: global 'MASK' is 18446744073709551615
"""A module constant computed at import time that does not fit a 64-bit
int, used in a function."""

MASK = (1 << 64) - 1

def main(argv: list[str]) -> int:
    print(MASK & 255)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
