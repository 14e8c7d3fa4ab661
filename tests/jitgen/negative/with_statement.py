# expect: 5:5: with
"""A with statement."""

def main(argv: list[str]) -> int:
    with open("x") as f:
        print(f)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
