"""Negative indices and out-of-range slices on lists and strings."""


def fmt(xs: list[int]) -> str:
    return "[" + ",".join([str(x) for x in xs]) + "]"


def main(argv: list[str]) -> int:
    xs = [10, 20, 30, 40, 50]
    print(xs[-1], xs[-5], xs[len(xs) - 1])
    print(fmt(xs[-2:]), fmt(xs[:-2]), fmt(xs[-100:2]), fmt(xs[3:100]), fmt(xs[-1:-3]), fmt(xs[4:2]))
    print(fmt(xs[-3:-1]), fmt(xs[100:]), fmt(xs[:-100]))
    xs[-1] = 55
    xs[-5] = 11
    print(fmt(xs))
    print(xs.pop(-1), xs.pop(-1), fmt(xs))
    xs.insert(-100, 0)
    print(fmt(xs))
    del xs[-2]
    print(fmt(xs))
    for i in [-6, 5, 4, -5]:
        try:
            print(i, xs[i])
        except IndexError:
            print(i, "IndexError")
    s = "hello"
    print(s[-1], s[-5], s[-3:], s[:-3], s[-100:2], s[2:-100] == "", s[-2:-1])
    for i in [-6, 5]:
        try:
            print(s[i])
        except IndexError:
            print(i, "IndexError on str")
    n = -1
    print(xs[n], s[n], xs[n - 1])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
