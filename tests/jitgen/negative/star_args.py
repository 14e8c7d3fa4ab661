# expect: 4:12: *args
"""A *args parameter."""

def total(*args: int) -> int:
    return 0


def main(argv: list[str]) -> int:
    print(total(1, 2, 3))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
