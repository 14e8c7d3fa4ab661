"""Machine integers: floor division, modulo, shifts, overflow, wrapping.

intmask(r_uint) must give a plain int on the host too (as in RPython), and
str(r_uint) the number; the expected output comes from jitgen.hints on CPython.
"""
from jitgen.hints import ovfcheck, intmask, r_uint, MAXINT, MININT


def factorial_checked(n: int) -> int:
    r = 1
    for i in range(2, n + 1):
        r = ovfcheck(r * i)
    return r


# Constants outside the signed range are built at import time.
FNV_OFFSET = r_uint(14695981039346656037)
FNV_PRIME = r_uint(1099511628211)


def fnv1a(s: str) -> int:
    h = FNV_OFFSET
    for c in s:
        h = h ^ r_uint(ord(c))
        h = h * FNV_PRIME
    return intmask(h)


def main(argv: list[str]) -> int:
    for a in [7, -7]:
        for b in [2, -2]:
            print(a, b, a // b, a % b, a / b)
    print(-1 // 3, -1 % 3, 1 // -3, 1 % -3, 0 // -5, -9 % 3)
    print(1 << 10, 1 << 62, -1 << 3, 1024 >> 3, -1024 >> 3, -1 >> 60, 5 >> 100)
    print(6 & 3, 6 | 3, 6 ^ 3, ~5, -6 & 0xFF)
    print(2 ** 10, (-3) ** 3, 10 ** 18, abs(-12), abs(MININT + 1))
    print(MAXINT, MININT, MAXINT + MININT)
    print(factorial_checked(20))
    try:
        factorial_checked(21)
    except OverflowError:
        print("21! overflows")
    try:
        ovfcheck(MAXINT + 1)
    except OverflowError:
        print("MAXINT + 1 overflows")
    try:
        ovfcheck(MININT - 1)
    except OverflowError:
        print("MININT - 1 overflows")
    try:
        ovfcheck(MININT * -1)
    except OverflowError:
        print("MININT * -1 overflows")
    print(ovfcheck(3037000499 * 3037000499))
    edge = 0
    for k in range(4):
        try:
            if k == 0:
                edge = ovfcheck(MININT // -1)
            elif k == 1:
                edge = ovfcheck(abs(MININT))
            elif k == 2:
                edge = ovfcheck(1 << 63)
            else:
                edge = ovfcheck(2 ** 63)
            print("edge", k, "no overflow?", edge)
        except OverflowError:
            print("edge", k, "overflows")
    print(MININT % -1, MININT // 1, -MAXINT - 1 == MININT, ovfcheck(1 << 62), ovfcheck(-(1 << 62) * 2))
    print(intmask(MAXINT + 1), intmask(1 << 63), intmask(1 << 64), intmask(-1 - MAXINT * 3))
    print(intmask(123456789 * 987654321 * 1000003))
    print(fnv1a(""), fnv1a("a"), fnv1a("tandem"))
    u = r_uint(0) - r_uint(1)
    print(intmask(u), u > r_uint(5), intmask(u >> 60), intmask(r_uint(3) * r_uint(5)))
    print(str(r_uint(7)), r_uint(3) + r_uint(4), u)
    v = r_uint(1) << 63
    print(intmask(v), intmask(v + v), intmask(v >> 1))
    try:
        print(5 >> -1)
    except ValueError:
        print("negative shift count")
    try:
        print(5 // 0)
    except ZeroDivisionError:
        print("// by zero")
    try:
        print(5 % 0)
    except ZeroDivisionError:
        print("% by zero")
    total = 0
    i = -50
    while i <= 50:
        total += i * i * i % 7 - i // 4
        i += 3
    print(total)
    print(True + 1, True * 5, False - 1)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
