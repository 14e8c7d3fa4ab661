"""Uncaught KeyError from a dict lookup: CPython reports the key with repr()."""


def main(argv: list[str]) -> int:
    d = {"a": 1}
    print(d["zz"])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
