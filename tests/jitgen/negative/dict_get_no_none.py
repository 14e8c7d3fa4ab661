# expect: 6:9: get, None
"""d.get(k) where the value type cannot be None."""

def main(argv: list[str]) -> int:
    d = {"a": 1}
    v = d.get("b")
    print(v)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
