# expect: 7:12: return, int, str
"""Returning a str from a function declared to return int."""

def parse(s: str) -> int:
    if s == "":
        return 0
    return s.strip()


def main(argv: list[str]) -> int:
    print(parse(" 7 "))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
