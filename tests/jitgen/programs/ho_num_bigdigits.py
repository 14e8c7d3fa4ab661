"""Arbitrary-precision naturals as little-endian lists of base-10**9 limbs,
written as plain functions: add, subtract, schoolbook and Karatsuba
multiply, divmod by a small int, comparison, exponentiation by squaring,
decimal printing with zfill, and a signed wrapper as a tuple (sign, limbs).
Checks: 100!, 2**300, Fibonacci(500), digit sums, and a*b == Karatsuba."""

BASE = 10 ** 9
WIDTH = 9


def norm(a: list[int]) -> list[int]:
    while len(a) > 1 and a[-1] == 0:
        a.pop()
    return a


def from_int(n: int) -> list[int]:
    if n < 0:
        raise ValueError("from_int of a negative number")
    out = []
    while True:
        n, r = divmod(n, BASE)
        out.append(r)
        if n == 0:
            return out


def parse(s: str) -> list[int]:
    out = []
    end = len(s)
    while end > 0:
        start = max(0, end - WIDTH)
        out.append(int(s[start:end]))
        end = start
    return norm(out) if out else [0]


def to_str(a: list[int]) -> str:
    parts = [str(a[-1])] + [str(limb).zfill(WIDTH) for limb in reversed(a[:-1])]
    return "".join(parts)


def cmp(a: list[int], b: list[int]) -> int:
    if len(a) != len(b):
        return -1 if len(a) < len(b) else 1
    for i in range(len(a) - 1, -1, -1):
        if a[i] != b[i]:
            return -1 if a[i] < b[i] else 1
    return 0


def add(a: list[int], b: list[int]) -> list[int]:
    out = []
    carry = 0
    for i in range(max(len(a), len(b))):
        s = carry + (a[i] if i < len(a) else 0) + (b[i] if i < len(b) else 0)
        carry, digit = divmod(s, BASE)
        out.append(digit)
    if carry:
        out.append(carry)
    return out


def sub(a: list[int], b: list[int]) -> list[int]:
    """a - b for a >= b."""
    out = []
    borrow = 0
    for i in range(len(a)):
        d = a[i] - borrow - (b[i] if i < len(b) else 0)
        borrow = 1 if d < 0 else 0
        out.append(d % BASE)
    if borrow:
        raise ValueError("negative result in sub")
    return norm(out)


def mul_school(a: list[int], b: list[int]) -> list[int]:
    out = [0] * (len(a) + len(b))
    for i, x in enumerate(a):
        if x == 0:
            continue
        carry = 0
        for j, y in enumerate(b):
            cur = out[i + j] + x * y + carry
            carry = cur // BASE
            out[i + j] = cur % BASE
        k = i + len(b)
        while carry:
            cur = out[k] + carry
            carry = cur // BASE
            out[k] = cur % BASE
            k += 1
    return norm(out)


def shift(a: list[int], n: int) -> list[int]:
    return a if a == [0] else [0] * n + a


def karatsuba(a: list[int], b: list[int]) -> list[int]:
    if len(a) < 4 or len(b) < 4:
        return mul_school(a, b)
    m = min(len(a), len(b)) // 2
    a0, a1 = norm(a[:m]), norm(a[m:])
    b0, b1 = norm(b[:m]), norm(b[m:])
    z0 = karatsuba(a0, b0)
    z2 = karatsuba(a1, b1)
    z1 = sub(sub(karatsuba(add(a0, a1), add(b0, b1)), z0), z2)
    return norm(add(add(z0, shift(z1, m)), shift(z2, 2 * m)))


def divmod_small(a: list[int], d: int) -> tuple[list[int], int]:
    if d == 0:
        raise ZeroDivisionError("division by zero")
    out = [0] * len(a)
    rem = 0
    for i in range(len(a) - 1, -1, -1):
        cur = rem * BASE + a[i]
        out[i], rem = divmod(cur, d)
    return norm(out), rem


def power(a: list[int], e: int) -> list[int]:
    result = [1]
    while e:
        if e & 1:
            result = karatsuba(result, a)
        a = karatsuba(a, a)
        e >>= 1
    return result


def digit_sum(a: list[int]) -> int:
    return sum([int(c) for c in to_str(a)])


def signed_add(x: tuple[int, list[int]], y: tuple[int, list[int]]) -> tuple[int, list[int]]:
    sx, mx = x
    sy, my = y
    if sx == sy:
        return (sx, add(mx, my))
    c = cmp(mx, my)
    if c == 0:
        return (1, [0])
    return (sx, sub(mx, my)) if c > 0 else (sy, sub(my, mx))


def show_signed(x: tuple[int, list[int]]) -> str:
    return ("-" if x[0] < 0 else "") + to_str(x[1])


def main(argv: list[str]) -> int:
    fact = [1]
    for k in range(2, 101):
        fact = mul_school(fact, from_int(k))
    s = to_str(fact)
    print("100! =", s[:20] + "..." + s[-30:], len(s), "digits, digit sum", digit_sum(fact))
    trailing = len(s) - len(s.rstrip("0"))
    print("trailing zeros", trailing, "== 24:", trailing == 24)
    two300 = power([2], 300)
    print("2**300 =", to_str(two300))
    a, b = [0], [1]
    for _ in range(500):
        a, b = b, add(a, b)
    print("fib(500) =", to_str(a))
    x = parse("123456789012345678901234567890123456789")
    y = parse("987654321098765432109876543210")
    print("school == karatsuba:", mul_school(x, y) == karatsuba(x, y), to_str(karatsuba(x, y)))
    big = power(parse("99999999999"), 7)
    print("big == school:", big == mul_school(mul_school(power(parse("99999999999"), 3), power(parse("99999999999"), 3)),
                                              parse("99999999999")))
    q, r = divmod_small(fact, 97)
    print("100! mod 97 =", r, " (100!/7**5) has", len(to_str(divmod_small(fact, 7 ** 5)[0])), "digits")
    print("cmp", cmp(x, y), cmp(y, x), cmp(x, x), cmp([0], parse("0000")), to_str(parse("000123")))
    p = (1, parse("1000000000000"))
    n = (-1, parse("999999999999"))
    print("signed", show_signed(signed_add(p, n)), show_signed(signed_add(n, n)), show_signed(signed_add(n, p)),
          show_signed(signed_add(p, (-1, parse("1000000000000")))))
    for bad in [lambda_free_sub, lambda_free_div]:
        try:
            bad()
        except ValueError as e:
            print("ValueError:", e)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
    return 0


def lambda_free_sub() -> None:
    sub([1], [2])


def lambda_free_div() -> None:
    divmod_small([5], 0)


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
