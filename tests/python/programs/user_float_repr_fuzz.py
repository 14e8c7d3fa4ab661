# Shortest float repr, rounding, formatting and conversions on pseudo-random doubles.
import random
import math

random.seed(2024)
values = []
for _ in range(150):
    kind = random.random()
    if kind < 0.3:
        values.append(random.uniform(-1000, 1000))
    elif kind < 0.5:
        values.append(random.random() * 10 ** random.randint(-30, 30))
    elif kind < 0.7:
        values.append(random.randint(-10 ** 6, 10 ** 6) / random.choice([3, 7, 10, 100, 1024, 1000]))
    elif kind < 0.85:
        values.append(math.ldexp(random.random(), random.randint(-1070, 1020)))
    else:
        values.append(float(random.randint(-2 ** 60, 2 ** 60)))
for v in values:
    print(repr(v), str(v), round(v, 2), round(v, -1), f"{v:.6g}|{v:.3e}|{v:,.2f}|{v:10.4}", int(v) if abs(v) < 1e18 else "big", math.floor(v) if abs(v) < 1e300 else "-", v.is_integer(), float(repr(v)) == v, hash(v) == hash(float(str(v))))
print(sum(values), math.fsum(values), max(values), min(values), sorted(values)[:3])
print([round(x, 3) for x in values[:10]], [x * 3 for x in values[:5]], [x / 7 for x in values[:5]])
print([float(s) for s in ["0.1", "1e-320", "2.5e+300", "-0", "inf", "-nan".replace("-", ""), "1_000.5", ".5", "5.", "1E5"]])
