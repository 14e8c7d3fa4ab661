# expect: 7:12: generator
"""A generator expression where laziness matters: any() stops at the first
true item, a list would evaluate them all (Python places the generator at
the call's parenthesis)."""

def main(argv: list[str]) -> int:
    s = any(c == "b" for c in "abc")
    print(s)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
