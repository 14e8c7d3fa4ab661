# expect: 7:11: format
"""An f-string whose format spec has a replacement field ({x:{width}}): the
spec must be written out in the subset."""

def main(argv: list[str]) -> int:
    x, width = 42, 5
    print(f"{x:{width}}|")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
