# expect: 5:23: int, str
"""A dict literal whose values are an int and a str."""

def main(argv: list[str]) -> int:
    d = {"a": 1, "b": "two"}
    print(len(d))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
