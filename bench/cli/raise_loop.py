"""Raising and catching in a loop: argv[1] calls two frames deep, one in
argv[2] raising (0: none), caught by the loop (bench/cli_exceptions.py)."""


class Miss(Exception):
    pass


def leaf(d: dict[int, int], i: int, every: int) -> int:
    if every > 0 and i % every == 0:
        raise Miss("k")
    return d[i & 1]


def mid(d: dict[int, int], i: int, every: int) -> int:
    return leaf(d, i, every) + 1


def main(argv: list[str]) -> int:
    n = int(argv[1])
    every = int(argv[2])
    d = {0: 1, 1: 2}
    s = 0
    for i in range(n):
        try:
            s += mid(d, i, every)
        except Miss:
            s -= 1
    print(s)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
