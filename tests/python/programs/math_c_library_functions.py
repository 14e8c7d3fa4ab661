# math functions that CPython takes from the C library: exact to the last
# digit near 0 (where formulas on exp and log lose digits) and far out, with
# CPython's errors for domains and overflows.
import math

names = ["asin", "acos", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "expm1",
         "log1p", "log2", "log10", "exp2", "cbrt", "erf", "erfc", "exp", "sin", "cos", "tan"]
args = [0.0, -0.0, 1e-300, 1e-10, -3.5e-8, 0.25, -0.5, 0.999999, 1.0, -1.0, 1.5,
        10.0, -7.25, 100.0, 710.0, 1e300, math.inf, -math.inf, math.nan, 7, -2]
for name in names:
    f = getattr(math, name)
    row = []
    for x in args:
        try:
            row.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            row.append(f"{type(e).__name__}({e})")
    print(name, " ".join(row))

total = 0.0
x = -4.0
while x < 4.0:
    total += math.sinh(x) + math.expm1(x) + math.log1p(x + 4.5) + math.erf(x) + math.erfc(x)
    x += 1 / 64
print("sum", repr(total))

for base_args in [(8, 2), (100, 10), (5, 1), (1, 1), (5, 0), (0, 2), (2 ** 70, 2)]:
    try:
        print("log", base_args, repr(math.log(*base_args)))
    except (ValueError, ZeroDivisionError) as e:
        print("log", base_args, type(e).__name__, e)
print(math.log10(1000), math.log2(1024), math.log2(3))
