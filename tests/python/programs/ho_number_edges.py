print(7 // 2, -7 // 2, 7 // -2, -7 % 3, 7 % -3, divmod(-17, 5), divmod(17.5, -4))
print(2 ** 100, -2 ** 63, (-2) ** 63, 2 ** -2, 10 ** 20 // 3, 10 ** 20 % 7)
big = 123456789012345678901234567890
print(big * big, big // 987654321, big % 987654321, -big // 7, -big % 7)
print(big >> 10, big << 5, big & 0xFFFF, big | 1, big ^ big, ~big)
print(int("ff", 16), int("0b101", 0), int("  42  "), int("-0o17", 8), int("1_000"), int(3.99), int(-3.99))
print(hex(255), oct(8), bin(-5), hex(big))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(7, -1), round(15, -1))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0, 1.5e300 * 1e10, -1e400, 1e22, 1e15)
print([0.1, 1.0, 2.5e-10, float("inf"), float("-inf")], (1.0,), {1.5: 2.25})
print(float("nan") == float("nan"), 3.0 == 3, 0.0 == -0.0, -0.0, abs(-0.0))
print(f"{3.14159:.2f} {2.5:e} {1234567.891:,.2f} {0.25:%} {1e-7:g} {123456789:g} {42:08.3f}")
print(f"{255:#x} {255:#o} {5:#b} {255:X} {-42:+d} {42: d} {1000000:_} {12:>6} {12:<6}| {12:^6}|")
print(f"{'x':*^9} {3.0:.0f} {2.5:.0f} {0.5:.0%} {-1.5:+.1f} {1e100:.3g} {12345.678:.3e}")
print(format(1.0, ""), format(1e20, ""), str(1e-4), repr(1.1), 1.0 / 7)
print(7 / 7, 10 / 4, 3 * 1.1, 1.1 * 1.1, 100 * 1.1, 0.1 * 3, 2 ** 0.5)
print(int.__name__, (5).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(abs(-big), pow(3, 200, 1000), pow(2, 10), pow(2.0, 3), max(1, 2.5), min(-1, -1.0))
print(sum([0.1] * 10), sum(range(101)), sum([1, 2], 10))
print((1).__add__(2), (7).__floordiv__(2), 3 .real, (3.5).is_integer(), (4.0).is_integer())
print(float("1e3"), float(" -2.5 "), float("inf") > big, big > 1e29, big == float(big))
print(1 < 2.5 < 3, 2 == 2.0 == True + 1, True + True, -True, True * 3.5)
print(hash(1) == hash(1.0), hash(-1), isinstance(True, int), bool(0.0), bool(-0.0), bool(1e-300))
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("zde:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("zde:", e)
try:
    print(1.0 // 0)
except ZeroDivisionError as e:
    print("zde:", e)
try:
    int("12x")
except ValueError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.sqrt(16), math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3))
print(math.factorial(25), math.pi, math.e, math.inf, math.isnan(math.nan), math.log(8, 2), math.hypot(3, 4))
print(f"{math.pi:10.4f}|{math.pi:<10.4f}|{-math.pi:^+12.3f}|")
print(str(10**30), len(str(2**1000)), repr(2**64 - 1))
