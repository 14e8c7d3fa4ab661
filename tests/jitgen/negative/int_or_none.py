# expect: 4:36: int, None
"""int | None is not a type of the subset."""

def find(xs: list[int], x: int) -> int | None:
    for i in range(len(xs)):
        if xs[i] == x:
            return i
    return None


def main(argv: list[str]) -> int:
    print(find([1, 2], 2))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
