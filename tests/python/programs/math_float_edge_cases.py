# Two-argument math functions (pow, atan2, fmod, copysign, remainder, isclose)
# over zeros of both signs, infinities, nan, extremes and subnormals, and the
# one-argument float helpers: CPython's values, signs of zero and errors.
import math
inf, nan = math.inf, math.nan
def show(f, *a):
    try:
        return repr(f(*a))
    except Exception as e:
        return f"{type(e).__name__}({e})"
vals = [0.0, -0.0, 1.0, -1.0, 2.0, -8.0, 0.5, 1/3, inf, -inf, nan, 1e308, 5e-324, 3]
print("pow", [show(math.pow, a, b) for a in vals for b in vals])
print("atan2", [show(math.atan2, a, b) for a in vals for b in vals])
print("fmod", [show(math.fmod, a, b) for a in vals for b in vals])
print("copysign", [show(math.copysign, a, b) for a in vals for b in vals])
print("remainder", [show(math.remainder, a, b) for a in vals for b in vals])
print("isclose", [show(math.isclose, a, b) for a in vals for b in vals])
print(show(lambda: math.isclose(1.0, 1.1, rel_tol=-1.0)), show(lambda: math.isclose(1.0, 1.1, abs_tol=-1.0)), show(lambda: math.isclose(1.0, 1.1, rel_tol=0.2)))
print("sqrt", [show(math.sqrt, a) for a in vals], [show(math.floor, a) for a in vals], [show(math.ceil, a) for a in vals], [show(math.trunc, a) for a in vals])
print([show(math.frexp, a) for a in vals], [show(math.modf, a) for a in vals], [show(math.ldexp, a, 3) for a in vals], [show(math.ldexp, 1.0, e) for e in [-1075, -1074, -1080, 1023, 1024, 10**30, -10**30]])
print([show(math.degrees, a) for a in vals], [show(math.radians, a) for a in vals])
print([show(math.ulp, a) for a in vals], [show(math.nextafter, a, 0.0) for a in vals])
class T:
    def __trunc__(self): return 7
    def __ceil__(self): return 8
    def __floor__(self): return 6
print(show(math.trunc, T()), show(math.ceil, T()), show(math.floor, T()))
print(show(math.fsum, [1e308, 1e308]), show(math.fsum, [inf, -inf]), show(math.fsum, [0.1] * 10), show(math.fsum, [1e100, 1.0, -1e100, 1e-100]))
print(show(math.prod, [1, 2, 3]), show(math.isqrt, 10 ** 40), show(math.comb, 100, 50), show(math.perm, 10), show(math.lcm, 4, 6), show(math.gcd, 2**100, 6))
print(show(math.log, 8, 2), show(math.log, 0.5, 0.25), show(math.log1p, -1.0), show(math.exp, 710.0), show(math.exp2, 1024.0))
for call in [lambda: math.isclose(1), lambda: math.isclose(1, 2, 3), lambda: math.isclose(1, 2, tol=3),
             lambda: math.isclose(a=1, b=1.0), lambda: math.isclose(1.0, b=1.0000000001),
             lambda: math.hypot(1, "x"), lambda: math.dist((1,), (2,))]:
    print(show(call))

# frexp/ldexp/modf/fmod over the whole exponent range (pseudo-random)
seed = 99
rows = []
for i in range(300):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    x = math.ldexp((seed >> 11) / 2 ** 53 - 0.5, seed % 2100 - 1076)
    m, e = math.frexp(x)
    rows.append((m, e, show(math.ldexp, x, 1100 - seed % 2200), math.modf(x), show(math.fmod, x, 1.5), show(math.fmod, 1e300, x)))
for row in rows:
    print(row)
