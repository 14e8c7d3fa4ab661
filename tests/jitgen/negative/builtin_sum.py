# expect: 6:11: sum
"""A builtin outside the subset (sum)."""

def main(argv: list[str]) -> int:
    xs = [1, 2, 3]
    print(sum(xs))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
