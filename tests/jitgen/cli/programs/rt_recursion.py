"""Unbounded recursion raises a catchable RecursionError; the program continues."""


def down(n: int) -> int:
    return down(n + 1) + 1


def depth_ok(n: int) -> int:
    if n == 0:
        return 0
    return depth_ok(n - 1) + 1


def main(argv: list[str]) -> int:
    for i in range(3):
        try:
            down(0)
        except RecursionError:
            print("caught", i)
    print(depth_ok(500))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
