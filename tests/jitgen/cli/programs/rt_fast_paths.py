"""The inline fast paths of the cli backend against CPython: list access
through List<T>'s storage (edges, negative indices, errors), % // >> <<
by constants (powers of two included, negative operands), float division
and sqrt (zero, negative, NaN in fused comparisons), and the string helpers
that the runtime implements itself (split, find, count, upper, lower,
replace, in)."""
import math


class Box:
    v: int

    def __init__(self, v: int) -> None:
        self.v = v


def show(xs: list[int]) -> str:
    return ",".join([str(x) for x in xs])


def arith() -> None:
    for x in [-17, -16, -9, -8, -1, 0, 1, 7, 8, 9, 2147483649, -2147483649]:
        print(x, x % 8, x // 8, x % 1, x // 1, x % 3, x // 3, x % 2147483648, x >> 3, x << 2,
              x >> 63, x >> 0, (x * 1103515245 + 12345) % 2147483648)


def counters() -> None:
    """x + 1 under x < y and y - 1 under x < y are emitted without the
    overflow check: near the ends of the int range they still count right."""
    top = 9223372036854775807
    i = top - 3
    n = 0
    while i < top:
        i += 1
        n += 1
    lo = -top - 1
    j = lo + 3
    while lo < j:
        j -= 1
        n += 1
    for k in range(top - 2, top):
        n += k - (top - 3)
    print(i == top, j == lo, n)


def lists() -> None:
    xs = [i * i for i in range(6)]
    bs = [Box(i) for i in range(4)]
    total = 0
    for i in range(len(xs)):
        total += xs[i] + xs[-1 - i]
        xs[i] = xs[i] + 1
    xs[-1] = 100
    print(total, show(xs), bs[-1].v, bs[2].v, len(bs))
    bs[-2] = Box(42)
    print(show([b.v for b in bs]))
    ys: list[int] = []
    for i in range(5):
        ys.append(i)
    print(show(ys), len(ys))
    for bad in [6, -7, 1 << 40, -(1 << 40)]:
        try:
            print(xs[bad])
        except IndexError as e:
            print("IndexError", e)
        try:
            xs[bad] = 1
        except IndexError as e:
            print("IndexError", e)


def floats() -> None:
    nan = float("nan")
    for a, b in [(1.0, 4.0), (-3.0, 2.0), (0.0, 5.0), (7.0, 0.0), (nan, 1.0), (2.0, nan)]:
        try:
            print(a / b)
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
        try:
            print(math.sqrt(a))
        except ValueError as e:
            print("ValueError", e)
        if a < b:
            print("lt")
        if not a < b:
            print("not lt")
        if a <= b:
            print("le")
        if not a >= b:
            print("not ge")
        if a != b:
            print("ne")
        if a == b:
            print("eq")
    print(10.0 / 4.0, 1.0 / 3.0)


def strings() -> None:
    text = " ".join(["ka" + str(i % 7) for i in range(40)])
    parts = text.split(" ")
    print(len(parts), "|".join(parts[:3]), "|".join("a,,b,".split(",")), "|".join("xyxxyx".split("xy")),
          "|".join("abc".split("abc")))
    print(text.find("ka5"), text.find("zz"), text.find("ka", 3, 10), text.find("", 4), "abc".find("c", 1, 2))
    print(text.count("ka"), "aaaa".count("aa"), text.upper()[:12], "MiXeD 12 é ß ﬁ straße".upper(), "İx".lower() == "i̇x", "MiXeD Ö".lower())
    print(text.replace("ka", "")[:20], "ka" in text, "zz" in text, "" in text)
    print("𝔘nicode 𝔘".find("n"), "|".join("𝔘nicode 𝔘".split(" ")), "𝔘x𝔘".count("𝔘"))


def main(argv: list[str]) -> int:
    arith()
    counters()
    lists()
    floats()
    strings()
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
