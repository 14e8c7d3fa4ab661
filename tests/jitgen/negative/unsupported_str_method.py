# expect: 6:11: title
"""A str method outside the subset."""

def main(argv: list[str]) -> int:
    s = "hello world"
    print(s.title())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
