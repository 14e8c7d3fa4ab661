# expect: 8:25: get, None, int
"""d.get(k, None) on a dict of ints: the result would be `int | None`,
which the subset does not have."""


def main(argv: list[str]) -> int:
    counts = {"a": 1}
    n = counts.get("b", None)
    print(n)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
