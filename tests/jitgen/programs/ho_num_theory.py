"""Number theory toolkit: a sieve, gcd / extended gcd on negative operands,
modular exponentiation and inverses, trial-division factorisation into a
dict, divmod-based digit work, math.gcd / lcm / isqrt / factorial,
Miller-Rabin with an overflow-checked
multiply that falls back to shift-and-add, and hex/oct/bin of negatives."""
import math

from jitgen.hints import ovfcheck, MAXINT, MININT


def sieve(limit: int) -> list[int]:
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return [n for n, ok in enumerate(flags) if ok]


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return abs(a)


def egcd(a: int, b: int) -> tuple[int, int, int]:
    if b == 0:
        return (a, 1, 0)
    g, x, y = egcd(b, a % b)
    return (g, y, x - (a // b) * y)


def mulmod(a: int, b: int, m: int) -> int:
    try:
        return ovfcheck(a * b) % m
    except OverflowError:
        result = 0
        a %= m
        while b > 0:
            if b & 1:
                result = addmod(result, a, m)
            a = addmod(a, a, m)
            b >>= 1
        return result


def addmod(a: int, b: int, m: int) -> int:
    # a and b are in [0, m): a + b could pass 64 bits, a - (m - b) cannot
    return a - (m - b) if a >= m - b else a + b


def powmod(base: int, exp: int, m: int) -> int:
    result = 1 % m
    base %= m
    while exp > 0:
        if exp & 1:
            result = mulmod(result, base, m)
        base = mulmod(base, base, m)
        exp >>= 1
    return result


def modinv(a: int, m: int) -> int:
    g, x, _ = egcd(a, m)
    if g != 1 and g != -1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m


def is_probable_prime(n: int) -> bool:
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = powmod(a, d, n)
        if x == 1 or x == n - 1:
            continue
        composite = True
        for _ in range(s - 1):
            x = mulmod(x, x, n)
            if x == n - 1:
                composite = False
                break
        if composite:
            return False
    return True


def factorize(n: int) -> dict[int, int]:
    factors: dict[int, int] = {}
    if n < 0:
        factors[-1] = 1
        n = -n
    p = 2
    while p * p <= n:
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
        p += 1 if p == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def show_factors(n: int) -> str:
    parts = []
    for p, e in factors_sorted(factorize(n)):
        parts.append(str(p) if e == 1 else f"{p}^{e}")
    return " * ".join(parts) if parts else "1"


def factors_sorted(f: dict[int, int]) -> list[tuple[int, int]]:
    return sorted(f.items())


def digit_sum(n: int, base: int) -> int:
    total = 0
    while n > 0:
        n, r = divmod(n, base)
        total += r
    while n < 0:
        # abs(MININT) would overflow: divide toward zero instead
        q = -(n // -base)
        total += q * base - n
        n = q
    return total


def collatz_len(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def main(argv: list[str]) -> int:
    primes = sieve(200)
    print("primes below 200:", len(primes), "last", primes[-1], "sum", sum(primes))
    print("first ten", primes[:10])
    print("twin pairs", [(p, p + 2) for p in primes if p + 2 in primes][:6])

    for a, b in [(12, 18), (-12, 18), (12, -18), (-12, -18), (0, 5), (7, 0), (MAXINT, 6)]:
        g, x, y = egcd(a, b)
        print(f"gcd({a}, {b}) = {gcd(a, b)}  egcd -> {g} {x} {y}  check {a * x + b * y == g}")

    for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (5, 17), (-1, 3), (MININT, 7), (MININT, -1), (MININT, MININT)]:
        try:
            q, r = divmod(a, b) if b != -1 else (ovfcheck(-a), 0)
            print("divmod", a, b, "=", (q, r), "//", a // b, "%", a % b)
        except OverflowError as e:
            print("divmod", a, b, "overflows:", e)

    for base, e, m in [(2, 10, 1000), (3, 200, 1000000007), (7, 0, 13), (5, 3, 1), (-2, 5, 7),
                       (123456789, 987654321, 4611686018427387847)]:
        print(f"{base}^{e} mod {m} = {powmod(base, e, m)}")
    print("builtin pow", [pow(b, e, m) == powmod(b, e, m) for b, e, m in [(2, 10, 1000), (3, 200, 1000000007),
                                                                          (-2, 5, 7), (123456789, 987654321,
                                                                                       4611686018427387847)]],
          pow(3, -1, 11), pow(10, -1, 17), pow(2, 5, -7), pow(2, 10), pow(2.0, -1))
    try:
        pow(6, -1, 9)
    except ValueError as e:
        print("ValueError:", e)
    for a, m in [(3, 11), (10, 17), (-3, 11), (6, 9)]:
        try:
            inv = modinv(a, m)
            print("inverse of", a, "mod", m, "is", inv, (a * inv) % m)
        except ValueError as err:
            print("error:", err)

    big = [1000000007, 998244353, 4611686018427387847, 9223372036854775783,
           9223372036854775807, 561, 1105, 3215031751, 2 ** 61 - 1, 2 ** 62 + 1]
    for n in big:
        print(n, "prime" if is_probable_prime(n) else "composite")

    for n in [360, -360, 97, 1, 1024, 600851475143, 2 ** 40 - 1, 999999000001]:
        print(n, "=", show_factors(n))

    for n in [0, 9, -9, 255, -255, 4096, MAXINT, MININT]:
        print(n, hex(n), oct(n), bin(n) if -300 < n < 300 else "...", digit_sum(n, 10), digit_sum(n, 16))

    lengths = {n: collatz_len(n) for n in range(1, 30)}
    best = max(lengths.values())
    print("longest collatz under 30:", [n for n, l in lengths.items() if l == best], best)
    print("math.gcd agrees", all([math.gcd(a, b) == gcd(a, b) for a in range(-20, 21, 3) for b in range(-9, 30, 4)]),
          math.gcd(84, 36, 120), math.gcd(), math.lcm(4, 6, 10), math.lcm())
    squares = [n for n in range(200) if math.isqrt(n) ** 2 == n]
    print("squares", squares, math.isqrt(MAXINT), math.isqrt(10 ** 18 - 1))
    print("factorials", [math.factorial(k) for k in (0, 1, 5, 10, 20)], math.trunc(-7.9), math.log(1024, 2))
    try:
        math.factorial(-3)
    except ValueError as e:
        print("ValueError:", e)
    print("powers", 2 ** 62, (-2) ** 63, 3 ** 39, 10 ** 18, 0 ** 0, (-1) ** 7)
    try:
        print(ovfcheck(3 ** 40))
    except OverflowError:
        print("3 ** 40 overflows")
    try:
        print(ovfcheck(abs(MININT)))
    except OverflowError:
        print("abs(MININT) overflows")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
