# Number corners a calculator script runs into.
import math

print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5)])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(-0.125, 2), round(5, 1), type(round(5.0)), type(round(5.0, 1)))
print(round(123456, -3), round(-123500, -3), round(124500, -3), round(1e20), round(float(2 ** 60)))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (7.5, 2), (-7.5, 2), (7.5, -2)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(pow(2, 10), pow(2, -1), pow(3, 200, 1000), pow(7, -1, 13), pow(-2, 3), pow(2.0, 0.5), 2 ** -2, (-8) ** (1 / 3) if False else 0)
print(int("0x1f", 16), int("1f", 16), int("0b101", 0), int("0o17", 0), int("777", 8), int(" 42 "), int("-0"), int("1_000_000"), int("z", 36))
print(int(3.99), int(-3.99), int(True), int("12", base=3), float("  -1.5e3 "), float("nan"), float("-inf"), float("1_0.5"))
for bad in ["12a", "", "0x", "1__0", "1.5"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
inf = float("inf")
nan = float("nan")
print(inf, -inf, inf + 1, inf - inf, nan == nan, nan != nan, inf > 1e308, math.isinf(inf), math.isnan(nan), min(3, inf), max(-inf, -1e300))
print(math.isfinite(1.0), math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, abs(-0.0), -0.0 == 0.0, math.copysign(1, -0.0))
big = 2 ** 100
print(big, big * big, -big // 7, big % 1000007, big >> 50, big.bit_length(), (big - 1).bit_length(), len(str(3 ** 500)))
print(math.factorial(30), math.comb(50, 25), math.perm(10, 3), math.gcd(2 ** 64, 6 ** 20), math.lcm(12, 18, 30), math.isqrt(10 ** 30 + 1))
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), hex(255), hex(-255), bin(10), bin(-10), oct(64), hex(2 ** 70))
print((1234).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (10).bit_count() if hasattr(int, "bit_count") else 2)
print(7.0 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7 % -2.5, 1e300 * 1e10, 5 / 2, 6 / 3, type(6 / 3), 2 ** 0.5)
print(10 / 3, 2 / 3, 1e16, 1e15 + 0.3, 123.456e-10, 1.0, 100.0, 1e100, 0.000001, 0.0000001, 3.0 * 1.1)
print(float(2 ** 53), float(2 ** 53 + 1), 2 ** 53 + 1.0, int(1e18), int(2.5e20), 10 ** 20 / 3)
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum(range(101)), sum([1, 2], 10))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), math.sqrt(2), math.hypot(3, 4), math.pi, math.e, math.tau)
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(1), math.sin(math.pi / 2), round(math.cos(math.pi), 10), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.prod([1, 2, 3, 4]), math.fabs(-3), math.fmod(-7, 3), -7 % 3, math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(1 < 2 < 3, 1 < 3 < 2, 3 == 3.0, hash(3) == hash(3.0), True + True, True * 5, 10 // True, ~5, -(-5), +True)
print(0.1 * 3, 1 - 0.9, 1.1 + 2.2, 3.3 * 3, 0.1 + 0.7, 4.35 * 100, 1 / 7, 100 / 7, 22 / 7 * 1000)
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 65, -1 >> 10, -17 >> 2, ~0, 0xFF & ~0x0F)
print(divmod(10 ** 30, 7), divmod(-(10 ** 30), 7), (10 ** 30) // -7, -(10 ** 30) % 7)
print(abs(-2 ** 63), -2 ** 63 - 1, 2 ** 63 - 1 + 1, (2 ** 64) // (2 ** 32), 9223372036854775807 * 2)
print(int("9" * 30) + 1, int("-" + "9" * 25), str(-10 ** 20), repr(10 ** 19))
print(float("1e-320"), 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else 3.0)
print((0.1).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer(), 7 .conjugate() if hasattr(7, "conjugate") else 7, (3).real, (3).imag, (3).numerator, (3).denominator)
