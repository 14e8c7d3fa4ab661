"""Arbitrary-precision naturals on lists of base-10000 digits."""

BASE = 10000


class Big:
    digits: list[int]    # little-endian, no leading zeros except for 0

    def __init__(self, digits: list[int]) -> None:
        while len(digits) > 1 and digits[-1] == 0:
            digits.pop()
        self.digits = digits

    def add(self, other: "Big") -> "Big":
        a = self.digits
        b = other.digits
        out: list[int] = []
        carry = 0
        i = 0
        while i < len(a) or i < len(b) or carry > 0:
            s = carry
            if i < len(a):
                s += a[i]
            if i < len(b):
                s += b[i]
            out.append(s % BASE)
            carry = s // BASE
            i += 1
        return Big(out)

    def mul_small(self, k: int) -> "Big":
        out: list[int] = []
        carry = 0
        for d in self.digits:
            p = d * k + carry
            out.append(p % BASE)
            carry = p // BASE
        while carry > 0:
            out.append(carry % BASE)
            carry = carry // BASE
        return Big(out)

    def mul(self, other: "Big") -> "Big":
        res = [0] * (len(self.digits) + len(other.digits) + 1)
        for i in range(len(self.digits)):
            carry = 0
            for j in range(len(other.digits)):
                t = res[i + j] + self.digits[i] * other.digits[j] + carry
                res[i + j] = t % BASE
                carry = t // BASE
            k = i + len(other.digits)
            while carry > 0:
                t = res[k] + carry
                res[k] = t % BASE
                carry = t // BASE
                k += 1
        return Big(res)

    def show(self) -> str:
        parts = [str(self.digits[-1])]
        for i in range(len(self.digits) - 2, -1, -1):
            parts.append(str(self.digits[i]).zfill(4))
        return "".join(parts)


def from_int(n: int) -> Big:
    ds: list[int] = []
    if n == 0:
        ds.append(0)
    while n > 0:
        ds.append(n % BASE)
        n = n // BASE
    return Big(ds)


def main(argv: list[str]) -> int:
    f = from_int(1)
    for i in range(2, 41):
        f = f.mul_small(i)
    print("40! =", f.show())
    a = from_int(1)
    b = from_int(1)
    for i in range(150):
        a, b = b, a.add(b)
    print("fib =", b.show())
    p = from_int(2)
    r = from_int(1)
    for i in range(100):
        r = r.mul(p)
    print("2**100 =", r.show())
    print(from_int(0).show(), from_int(10000).show(), from_int(99999999).add(from_int(1)).show())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
