# divmod() dispatching to __divmod__/__rdivmod__ (user classes, Fraction, Decimal) and round() of bools.
from fractions import Fraction
from decimal import Decimal
class V:
    def __init__(self, x): self.x = x
    def __divmod__(self, o): return ("divmod", self.x, o)
    def __rdivmod__(self, o): return ("rdivmod", o, self.x)
print(divmod(V(1), 2), divmod(3, V(4)), divmod(Fraction(7, 2), 1), divmod(Decimal("7.5"), 2), divmod(True, 2), round(True), round(False, 2))
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
