"""strip/split family with a `str | None` argument: None means whitespace,
as in CPython (not a null reaching the low-level op)."""


def pick(use: bool, s: str) -> str | None:
    if use:
        return s
    return None


def main(argv: list[str]) -> int:
    text = "  a b  c  "
    for use in [False, True]:
        chars = pick(use, " ac")
        print(repr(text.strip(chars)), repr(text.lstrip(chars)), repr(text.rstrip(chars)))
        sep = pick(use, " ")
        print(text.split(sep), text.rsplit(sep), text.split(sep, 1), text.rsplit(sep, 1))
    print(repr(text.strip(None)), repr(text.lstrip(None)), repr(text.rstrip(None)))
    print(text.split(None), text.split(None, 1), text.rsplit(None, 1))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
