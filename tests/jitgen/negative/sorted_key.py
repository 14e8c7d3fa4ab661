# expect: 11:11: sorted, key
"""sorted(xs, key=f): no key functions in the subset (sort tuples whose
first item is the key instead)."""


def length(s: str) -> int:
    return len(s)


def main(argv: list[str]) -> int:
    print(sorted(argv, key=length)[0])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
