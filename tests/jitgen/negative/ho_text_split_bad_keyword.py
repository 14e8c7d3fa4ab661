# expect: 7:13: unexpected keyword, limit
"""str.split() with a keyword that CPython's split does not have (it takes
sep= and maxsplit=)."""

def main(argv: list[str]) -> int:
    line = "a b c"
    parts = line.split(limit=1)
    print(parts)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
