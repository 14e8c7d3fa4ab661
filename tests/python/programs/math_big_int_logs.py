# log, log2 and log10 of ints of every size: below 2**1024 through the
# float, above it as m * 2**e with m the rounded leading bits, as CPython.
import math

def show(label, f, x):
    try:
        return repr(f(x))
    except (ValueError, OverflowError) as e:
        return f"{type(e).__name__}({e})"

ints = [1, 2, 3, 10, 2 ** 53 + 1, 2 ** 1023, 2 ** 1024 - 1, 2 ** 1024, 2 ** 1024 + 1,
        2 ** 2000, 10 ** 400, 3 ** 2000, 7 ** 3000 + 12345, 2 ** 1077 - 1, 2 ** 1077 + 2 ** 1023,
        (2 ** 53 - 1) << 1100, ((2 ** 53 - 1) << 1100) + 1, (2 ** 54 - 1) << 1100,
        ((2 ** 54 - 1) << 1100) - 1, (2 ** 52 + 1) * 2 ** 1200 + 2 ** 1199, 0, -1, -(10 ** 400), True]
for x in ints:
    print(x.bit_length(), show("log", math.log, x), show("log2", math.log2, x),
          show("log10", math.log10, x))

# 1 to 5000 digits: pseudo-random digit strings (a fixed LCG)
seed = 12345
for ndigits in list(range(1, 40)) + list(range(300, 320)) + [500, 999, 1000, 2345, 4999, 5000]:
    digits = []
    for i in range(ndigits):
        seed = (seed * 1103515245 + 12345) % 2147483648
        digits.append(str((seed >> 16) % 10))
    if digits[0] == "0":
        digits[0] = "7"
    x = 0
    for i in range(0, ndigits, 100):
        chunk = digits[i:i + 100]
        x = x * 10 ** len(chunk) + int("".join(chunk))
    print(ndigits, repr(math.log(x)), repr(math.log2(x)), repr(math.log10(x)),
          repr(math.log(x, 10)), repr(math.log(x, 2 ** 3000 + 1)))

print(repr(math.log(10 ** 500, 10 ** 250)), repr(math.log(2 ** 5000, 2)), repr(math.log(5, 2 ** 1500)))
for args in [(2 ** 2000, 1), (2 ** 2000, 0), (0, 2 ** 2000), (2 ** 2000, -5)]:
    try:
        print(repr(math.log(*args)))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for f in [math.log, math.log2, math.log10]:
    print([show("", f, x) for x in [0.0, -0.0, -1.5, math.inf, -math.inf, math.nan, 0.5, 1e-320]])
