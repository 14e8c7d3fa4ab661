# expect: 6:11: format
"""An f-string with a format spec."""

def main(argv: list[str]) -> int:
    x = 42
    print(f"{x:5}|")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
