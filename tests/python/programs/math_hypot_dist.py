# math.hypot and math.dist: the correctly rounded norm, with no overflow or
# underflow in between, and CPython's rules for inf and nan.
import math

print(repr(math.hypot()), repr(math.hypot(-3.5)), repr(math.hypot(3, 4)), repr(math.hypot(1e200, 1e200)),
      repr(math.hypot(1e-200, 1e-200)), repr(math.hypot(5e-324, 5e-324)), repr(math.hypot(1e308, 1e308)),
      repr(math.hypot(1.7976931348623157e308, 1.7976931348623157e308)), repr(math.hypot(3e-320, 4e-320)))
specials = [0.0, -0.0, 1.0, math.inf, -math.inf, math.nan]
for a in specials:
    print([repr(math.hypot(a, b)) for b in specials], repr(math.hypot(a, math.nan, 2.0)))
print(repr(math.hypot(math.nan, math.nan, -math.inf)), repr(math.hypot(0.0, -0.0, 0.0)))

# pseudo-random vectors of 1 to 10 coordinates over a wide exponent range
seed = 2024


def rand():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return seed


def coordinate():
    kind = rand() % 8
    mant = (rand() >> 11) / 2 ** 53 * 2 - 1
    if kind == 0:
        return math.ldexp(mant, rand() % 2098 - 1074)
    if kind == 1:
        return math.ldexp(float(rand() % 2 ** 20), -1074 - rand() % 10)
    if kind == 2:
        return float(rand() % 201 - 100)
    if kind == 3:
        return math.ldexp(mant, rand() % 61 - 30)
    return mant * 10


for i in range(400):
    n = 1 + rand() % 10
    vec = [coordinate() for k in range(n)]
    print(n, repr(math.hypot(*vec)), repr(math.dist(vec, [0.0] * n)), repr(math.dist(vec, vec[::-1])))

for p, q in [((1, 2), (4, 6)), ((1e308, -1e308), (-1e308, 1e308)), ([0.5] * 9, [-0.5] * 9), ((), ())]:
    print(repr(math.dist(p, q)))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError", e)
