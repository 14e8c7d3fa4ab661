"""Integer corner cases an interpreter's int object hits: floor division and
modulo of negatives, shifts, overflow caught with ovfcheck, intmask wrapping,
r_uint arithmetic, int parsing in bases, and the limits."""
from jitgen.hints import ovfcheck, intmask, r_uint, MAXINT, MININT


class IntBox:
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def add(self, other: "IntBox") -> "IntBox":
        try:
            return IntBox(ovfcheck(self.value + other.value))
        except OverflowError:
            return IntBox(intmask(self.value + other.value))

    def mul(self, other: "IntBox") -> "IntBox | None":
        try:
            return IntBox(ovfcheck(self.value * other.value))
        except OverflowError:
            return None


def divmod_table() -> None:
    pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 7), (-1, 7),
             (MAXINT, 2), (MININT, 2), (MININT, 3), (MININT, -2), (13, 13), (-13, 13)]
    for a, b in pairs:
        q = a // b
        r = a % b
        print(a, "//", b, "=", q, " ", a, "%", b, "=", r, " check", intmask(q * b + r) == a)


def shifts() -> None:
    for x in [1, -1, 5, -5, 255, -256, MAXINT, MININT]:
        print("shift", x, x >> 1, x >> 3, x >> 63, x >> 64, x >> 100)
    for k in [0, 1, 10, 62]:
        print("1 <<", k, "=", 1 << k)
    try:
        print(ovfcheck(1 << 63))
    except OverflowError:
        print("1 << 63 overflows")
    try:
        print(3 >> -1)
    except ValueError as e:
        print("negative shift:", e)
    print("bits", 0b1011 & 0b0110, 0b1011 | 0b0110, 0b1011 ^ 0b0110, ~5, ~-1, -8 & 0xFF)


def limits() -> None:
    print("max", MAXINT, "min", MININT)
    try:
        print(ovfcheck(MAXINT + 1))
    except OverflowError:
        print("MAXINT + 1 overflows")
    try:
        print(ovfcheck(MININT - 1))
    except OverflowError:
        print("MININT - 1 overflows")
    try:
        print(ovfcheck(-MININT))
    except OverflowError:
        print("-MININT overflows")
    try:
        print(ovfcheck(MININT // -1))
    except OverflowError:
        print("MININT // -1 overflows")
    print("MININT % -1 =", MININT % -1)
    print("intmask(MAXINT + 1) =", intmask(MAXINT + 1))
    print("intmask(MAXINT * 3) =", intmask(MAXINT * 3))
    print("intmask(2**64 + 5) =", intmask(18446744073709551616 + 5))
    try:
        print(ovfcheck(2 ** 63))
    except OverflowError:
        print("2 ** 63 overflows")
    print("2 ** 62 =", 2 ** 62, " (-3) ** 3 =", (-3) ** 3, " 7 ** 0 =", 7 ** 0)
    try:
        print(ovfcheck(abs(MININT)))
    except OverflowError:
        print("abs(MININT) overflows")


def unsigned() -> None:
    u = r_uint(0)
    u = u - r_uint(1)
    print("0u - 1u =", u)
    print("as signed", intmask(u))
    v = r_uint(MAXINT) + r_uint(1)
    print("MAXINT+1 unsigned =", v, v > r_uint(MAXINT))
    w = r_uint(12345678901234567)
    print("mul wraps", w * w)
    print("shift", r_uint(1) << 63, (r_uint(1) << 63) >> 62)
    print("div", r_uint(100) // r_uint(7), r_uint(100) % r_uint(7))
    h = r_uint(2166136261)
    for ch in "hash me":
        h = (h ^ r_uint(ord(ch))) * r_uint(16777619)
    print("fnv", h, intmask(h))


def parsing() -> None:
    for s in ["0", "-0", "42", "-42", "  17  ", "+5", "1_000", "9223372036854775807"]:
        print("int(" + repr(s) + ") =", int(s))
    for s in ["", "abc", "1.5", "--1", "0x10"]:
        try:
            print(int(s))
        except ValueError as e:
            print("ValueError:", e)
    print(int("ff", 16), int("-777", 8), int("1010", 2), int("zz", 36), int("0x1f", 16))
    try:
        print(int("12", 2))
    except ValueError as e:
        print("ValueError:", e)
    print(str(-0), str(MININT), repr(MAXINT), str(True + True), True * 3, -True)


def boxes() -> None:
    a = IntBox(MAXINT)
    b = IntBox(10)
    print("wrapped add", a.add(b).value)
    m = a.mul(b)
    print("mul overflow ->", "None" if m is None else str(m.value))
    m2 = IntBox(3037000499).mul(IntBox(3037000499))
    if m2 is not None:
        print("just fits", m2.value)
    print("true div", 7 / 2, -7 / 2, 1 / 3, 6 / 3)
    try:
        print(1 // 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(1 % 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(1 / 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def main(argv: list[str]) -> int:
    divmod_table()
    shifts()
    limits()
    unsigned()
    parsing()
    boxes()
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
