# Corners that once differed on the translated VM only: machine-int overflow
# (hashes, floor of big floats, int(s, 36)), host-only math, Unicode tables.
import random
import sys
import math
print(math.gcd(), math.gcd(12, 18), math.gcd(-12, 18, 8), math.gcd(2**100, 6**50), math.gcd(True, 0), math.gcd(0, 0), math.gcd(-7))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2**70, 3), math.lcm(7))
print(math.comb(5, 2), math.comb(5, 7), math.comb(100, 50), math.comb(10, 0), math.comb(0, 0), math.comb(2**70, 2))
print(math.perm(5), math.perm(5, 2), math.perm(5, 9), math.perm(30, 20), math.perm(5, None))
print([math.isqrt(i) for i in range(30)], math.isqrt(10**40), math.isqrt(10**40 - 1), math.isqrt(2**127))
for f in [lambda: math.comb(-1, 2), lambda: math.comb(3, -1), lambda: math.perm(-2), lambda: math.isqrt(-1), lambda: math.gcd(1.5), lambda: math.comb(3.0, 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
import sys
print(hash(-3), hash(-sys.maxsize - 1), hash(-2**61 + 1), hash(-1), {-3, -1, 5})
random.seed(5)
vals = [0.0, -0.0, 1.0, -2.5, 8.0, 1e-310, 5e-324, 1.7976931348623157e308, 0.1, 3.75, -1e20, float('inf'), float('-inf'), float('nan'), 2**52 + 0.5, 123456.789]
for v in vals:
    print(v, math.frexp(v), math.modf(v), v.as_integer_ratio() if math.isfinite(v) else None)
for v, i in [(1, 3), (0.5, 4), (1.0, -1074), (1.0, -1075), (0.75, -1074), (1.5, -1075), (3.0, -1076), (1.0, 1023), (0.9, 1024), (-1.1, -1060), (1.0, 10**30), (1.0, -10**30), (0.0, 10**30)]:
    try:
        print(math.ldexp(v, i))
    except OverflowError as e:
        print("OverflowError", e)
xs = [random.random() * 10 ** random.randint(-20, 20) * random.choice([-1, 1]) for _ in range(200)]
print(math.fsum(xs), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([1, 2]))
for bad in [[float('inf'), float('-inf')], [1e308, 1e308], [float('nan'), 1.0], [float('inf'), 2.0]]:
    try:
        print(math.fsum(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for i in range(2000):
    x = math.ldexp(random.random(), random.randint(-1080, 1020))
    m, e = math.frexp(x)
    assert math.ldexp(m, e) == x
    a, b = x.as_integer_ratio()
print(x, a, b, (2.5).as_integer_ratio(), (-0.0).as_integer_ratio())
for n in [0, 1, -1, 255, 256, -129, 2**64, -2**63]:
    for signed in [False, True]:
        for L in [0, 1, 2, 9]:
            try:
                b = n.to_bytes(L, "little", signed=signed)
                print(n, L, signed, b, b and int.from_bytes(b, "little", signed=signed), n.to_bytes(L, "big", signed=signed), int.from_bytes(n.to_bytes(L, "big", signed=signed), "big", signed=signed))
            except OverflowError as e:
                print(n, L, signed, "OverflowError", e)
print(int.from_bytes([1, 2, 255], "big"), int.from_bytes(b"", "big", signed=True), (1024).to_bytes(2, byteorder="big"), int.from_bytes(b"\xff\x00", byteorder="little", signed=True))
for x in [0.0, -0.0, 1.5, -0.1, 5e-324, 1e308, float('inf'), float('nan'), 2.5e-310]:
    print(x.hex(), math.ulp(x), math.nextafter(x, 0.0), math.nextafter(x, math.inf), float.hex(x))
print('ß'.upper(), 'ﬁ'.upper(), 'İ'.lower() == 'i̇', 'straße'.casefold(), 'ΣΑΣ'.lower(), 'ǅ'.casefold())
print(int('٣'), int('１２'), '٣'.isdecimal(), '½'.isnumeric(), '²'.isdigit(), '٣'.isdigit())
print('five\u2028six\x1cseven\x85eight'.splitlines())
print(float('٣.٥'))
print('\u00e9'.isprintable(), '\u200b'.isprintable(), repr('\u0378a\u00ad'))
print(2**70 == 2.0**70, 10**30 > 1e29, 2**64 < 2**64 + 0.0, {2**70: 1}[float(2**70)], -10**400 < -1e308)
print(math.floor(1e300) == 10**300, math.ceil(-1e20), (1e22).is_integer(), (2.0**80).__floor__(), (-1.0)**1e20, (-1.0)**-1e300)
print(int("l3r41ifs0q5ts", 36), int("zzzzzzzzzzzzz", 36), int("-ZZZZZZZZZZZZ", 36), math.log10(0.001), math.log2(1024), math.log10(1e22))
print(hash((1, 2)), hash(((1, 7), -3, 2.5)), hash(frozenset({1, 2, (3, 4)})), {(1, 2): 3, (-1, "a"): 4}, {-3, -1, -2**63})
print(round(math.erf(0.5), 12), round(math.erf(-2.5), 12), round(math.erfc(3.0), 15), math.erf(0.0), math.erfc(40.0))
print("  a b ".strip(None), "x,y".split(None), "  a  b ".rsplit(None, 1))
print([math.remainder(x, y) for x, y in [(5.0, 2.0), (7.0, 2.0), (-5.0, 2.0), (10.0, 4.0), (-0.0, 1.0), (1e308, 1e-308), (3.0, math.inf), (2.5, -1.0)]])
for x, y in [(math.inf, 1.0), (1.0, 0.0)]:
    try:
        print(math.remainder(x, y))
    except ValueError as e:
        print("ValueError", e)
