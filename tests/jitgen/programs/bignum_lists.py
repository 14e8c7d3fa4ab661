"""Arbitrary-precision naturals and integers as lists of base-10000 limbs
(little-endian), as an interpreter without a bigint library would write
them: add, subtract, multiply, divmod by small ints, compare, parse, print."""

BASE = 10000


class Big:
    limbs: list[int]
    neg: bool

    def __init__(self, limbs: list[int], neg: bool) -> None:
        self.limbs = limbs
        self.neg = neg
        self.normalize()

    def normalize(self) -> None:
        while len(self.limbs) > 1 and self.limbs[-1] == 0:
            self.limbs.pop()
        if not self.limbs:
            self.limbs.append(0)
        if self.is_zero():
            self.neg = False

    def is_zero(self) -> bool:
        return len(self.limbs) == 1 and self.limbs[0] == 0

    def show(self) -> str:
        parts = [str(self.limbs[-1])]
        i = len(self.limbs) - 2
        while i >= 0:
            parts.append(str(self.limbs[i]).zfill(4))
            i -= 1
        return ("-" if self.neg else "") + "".join(parts)


def from_int(n: int) -> Big:
    neg = n < 0
    if neg:
        n = -n
    limbs: list[int] = []
    while n > 0:
        limbs.append(n % BASE)
        n //= BASE
    return Big(limbs, neg)


def parse(s: str) -> Big:
    s = s.strip()
    neg = False
    if s.startswith("-"):
        neg = True
        s = s[1:]
    if s == "" or not s.isdigit():
        raise ValueError("not a number: " + repr(s))
    limbs: list[int] = []
    end = len(s)
    while end > 0:
        start = max(0, end - 4)
        limbs.append(int(s[start:end]))
        end = start
    return Big(limbs, neg)


def cmp_mag(a: list[int], b: list[int]) -> int:
    if len(a) != len(b):
        return 1 if len(a) > len(b) else -1
    i = len(a) - 1
    while i >= 0:
        if a[i] != b[i]:
            return 1 if a[i] > b[i] else -1
        i -= 1
    return 0


def add_mag(a: list[int], b: list[int]) -> list[int]:
    res: list[int] = []
    carry = 0
    for i in range(max(len(a), len(b))):
        s = carry
        if i < len(a):
            s += a[i]
        if i < len(b):
            s += b[i]
        res.append(s % BASE)
        carry = s // BASE
    if carry:
        res.append(carry)
    return res


def sub_mag(a: list[int], b: list[int]) -> list[int]:
    # requires |a| >= |b|
    res: list[int] = []
    borrow = 0
    for i in range(len(a)):
        d = a[i] - borrow - (b[i] if i < len(b) else 0)
        if d < 0:
            d += BASE
            borrow = 1
        else:
            borrow = 0
        res.append(d)
    return res


def add(x: Big, y: Big) -> Big:
    if x.neg == y.neg:
        return Big(add_mag(x.limbs, y.limbs), x.neg)
    c = cmp_mag(x.limbs, y.limbs)
    if c == 0:
        return from_int(0)
    if c > 0:
        return Big(sub_mag(x.limbs, y.limbs), x.neg)
    return Big(sub_mag(y.limbs, x.limbs), y.neg)


def neg(x: Big) -> Big:
    return Big(list(x.limbs), not x.neg)


def mul(x: Big, y: Big) -> Big:
    res = [0] * (len(x.limbs) + len(y.limbs))
    for i, a in enumerate(x.limbs):
        carry = 0
        for j, b in enumerate(y.limbs):
            t = res[i + j] + a * b + carry
            res[i + j] = t % BASE
            carry = t // BASE
        k = i + len(y.limbs)
        while carry:
            t = res[k] + carry
            res[k] = t % BASE
            carry = t // BASE
            k += 1
    return Big(res, x.neg != y.neg)


def divmod_small(x: Big, d: int) -> tuple[Big, int]:
    if d == 0:
        raise ZeroDivisionError("big division by zero")
    q = [0] * len(x.limbs)
    r = 0
    i = len(x.limbs) - 1
    while i >= 0:
        cur = r * BASE + x.limbs[i]
        q[i] = cur // d
        r = cur % d
        i -= 1
    return (Big(q, x.neg), r)


def factorial(n: int) -> Big:
    acc = from_int(1)
    for k in range(2, n + 1):
        acc = mul(acc, from_int(k))
    return acc


def fib(n: int) -> Big:
    a = from_int(0)
    b = from_int(1)
    for _ in range(n):
        a, b = b, add(a, b)
    return a


def digit_sum(x: Big) -> int:
    total = 0
    for ch in x.show():
        if ch.isdigit():
            total += ord(ch) - ord("0")
    return total


def main(argv: list[str]) -> int:
    f = factorial(60)
    print("60! =", f.show())
    print("digits", len(f.show()), "digit sum", digit_sum(f))
    print("fib(150) =", fib(150).show())
    a = parse("123456789012345678901234567890")
    b = parse("-987654321098765432109876543210")
    print(add(a, b).show(), add(b, a).show(), add(a, neg(a)).show())
    print(mul(a, b).show())
    print(mul(from_int(-9999), from_int(9999)).show(), from_int(-10000).show(), from_int(0).show())
    q, r = divmod_small(f, 7)
    print("60!/7 =", q.show(), "rem", r)
    q2, r2 = divmod_small(parse("1000000000001"), 9999)
    print(q2.show(), r2)
    two = from_int(2)
    p = from_int(1)
    for _ in range(200):
        p = mul(p, two)
    print("2^200 =", p.show())
    for bad in ["12a", "", "-", " 42 "]:
        try:
            print("parsed", parse(bad).show())
        except ValueError as e:
            print("ValueError:", e)
    try:
        divmod_small(a, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(cmp_mag(a.limbs, b.limbs), cmp_mag(b.limbs, a.limbs), cmp_mag(a.limbs, a.limbs))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
