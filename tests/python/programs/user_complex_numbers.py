# Complex numbers: literals, arithmetic, cmath, and the numbers tower.
import cmath
z = 3 + 4j
w = complex("1-2j")
print(z, w, 1j, -1j, 0j, complex(), complex(2), complex(1.5, -0.0), complex("  (2+3j) "), complex("j"), complex("-1.5e3J"))
print(z + w, z - w, z * w, z / w, z ** 2, z ** 0.5, z ** -1, 2 ** z, z ** w, w ** 3, (1 + 1j) ** 100)
print(z + 1, 1 + z, z * 2.5, 2.5 * z, z / 2, 10 / z, z - 1, 1 - z, -z, +z, abs(w), z.conjugate())
print(z == 3 + 4j, z != w, (3 + 0j) == 3, 3.0 == 3 + 0j, hash(3 + 0j) == hash(3), bool(0j), bool(1j))
print(isinstance(z, complex), type(z), type(z).__name__, isinstance(1, complex), complex in (int, float, complex))
print((-8) ** 0.5, (-2.0) ** 1.5, (-1) ** (1 / 3))
print([complex(i, -i) for i in range(3)], {1j: "i"}, sorted([3, 1, 2], key=lambda v: abs(v * 1j)))
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    z / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("abc")
except ValueError as e:
    print("ValueError:", e)
def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)
print(roots(1, 2, 5), roots(1, -3, 2))
print(cmath.sqrt(-1), cmath.exp(1j * cmath.pi), cmath.phase(-1), cmath.polar(1j), cmath.rect(2, 0), abs(cmath.exp(2j)))
print(f"{z}", "{}".format(w), "%s" % z, str(z), repr(1e20j), 1e-5j, complex(float("inf"), float("nan")))
print(z.real, z.imag, (5).real, 2.5 .imag, sum([1j, 2, 3.5]))
import numbers
from fractions import Fraction
for v in [1, True, 2.5, 1j, Fraction(1, 3), "x", None]:
    print(repr(v), isinstance(v, numbers.Number), isinstance(v, numbers.Complex), isinstance(v, numbers.Real), isinstance(v, numbers.Rational), isinstance(v, numbers.Integral))
print(issubclass(int, numbers.Number), issubclass(str, numbers.Number))
