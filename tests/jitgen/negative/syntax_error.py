# expect: 5:14: syntax
"""Not Python at all: the checker reports the syntax error's position."""

def main(argv: list[str]) -> int:
    x = (1 + ]
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
