# expect: 5:16: generator
"""A generator expression (Python places it at the call's parenthesis)."""

def main(argv: list[str]) -> int:
    s = "".join(c for c in "abc")
    print(s)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
