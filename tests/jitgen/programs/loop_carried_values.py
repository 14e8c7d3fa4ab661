"""Loop-carried values that replace each other: counters stepping in place,
swaps and rotations through tuple assignment, a value updated by % and //
of a variable (whose cli emitter reads its operands again after storing
the result), a ZeroDivisionError caught in the middle of a counting loop, and
float and string accumulators.  The cli backend lets a new value take the
local of the one it replaces when that one is dead (graphgen.coalesce);
each of these must still see the old values where Python does."""


def gcd_steps(a: int, b: int) -> tuple[int, int]:
    steps = 0
    while b != 0:
        a, b = b, a % b
        steps += 1
    return a, steps


def rotate3(n: int) -> str:
    x = 1
    y = 2
    z = 3
    for _ in range(n):
        x, y, z = y, z, x + y * z % 7
    return str(x) + "," + str(y) + "," + str(z)


def digits_back(n: int, base: int) -> list[int]:
    out: list[int] = []
    while n > 0:
        n, d = n // base, n % base
        out.append(d)
    return out


def meet(lo: int, hi: int) -> tuple[int, int]:
    while lo < hi:
        lo += 1
        hi -= 1
    return lo, hi


def count_until_zero_divisor(start: int, step: int) -> tuple[int, int]:
    x = start
    n = 0
    while True:
        try:
            x = x + 1000 // (step - n)
        except ZeroDivisionError:
            return n, x
        n += 1


def mod_chain(seed: int, m: int, rounds: int) -> int:
    v = seed
    for i in range(rounds):
        v = (v * 31 + i) % m
        m = m - 1 if m > 3 else 97
        v = v - m // 2
    return v


def float_walk(n: int) -> float:
    t = 0.0
    dt = 0.5
    for _ in range(n):
        t = t + dt
        dt = dt * 0.75
    return t


def spell(words: list[str]) -> str:
    s = ""
    prev = ""
    for w in words:
        s, prev = s + prev[:1] + w, w
    return s


def main(argv: list[str]) -> int:
    print(gcd_steps(1071, 462), gcd_steps(-48, 18), gcd_steps(17, -5))
    print(rotate3(10), rotate3(0))
    print(digits_back(2026, 10), digits_back(255, 2), digits_back(0, 7))
    print(meet(0, 9), meet(-5, 6), meet(3, 3))
    print(count_until_zero_divisor(5, 7), count_until_zero_divisor(-3, 0))
    print(mod_chain(7, 13, 40), mod_chain(-11, 5, 12))
    print(float_walk(30))
    print(spell(["alpha", "beta", "gamma", "delta"]))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
