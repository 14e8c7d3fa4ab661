import helpers.mathutil
from helpers import mathutil as mu
from helpers.mathutil import gcd, Fraction
import helpers.mathutil
print(gcd(12, 18), mu.lcm(4, 6), helpers.mathutil.TAU)
print(Fraction(1, 2) + Fraction(1, 3))
print(mu.__name__, helpers.PACKAGE_NAME)
import sys
print("helpers.mathutil" in sys.modules, mu is sys.modules["helpers.mathutil"])
