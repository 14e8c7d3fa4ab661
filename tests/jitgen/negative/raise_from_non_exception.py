# expect: 9:40: exception, cause
"""`raise X from cause`: the cause must be an exception (or None)."""


def parse(s: str) -> int:
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("bad") from "x"


def main(argv: list[str]) -> int:
    print(parse("12"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
