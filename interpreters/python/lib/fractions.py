"""fractions.Fraction: exact rational numbers."""
import math


class Fraction:
    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if isinstance(numerator, Fraction):
                self._numerator, self._denominator = numerator._numerator, numerator._denominator
                return self
            if isinstance(numerator, int):
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, str):
                s = numerator.strip()
                if "/" in s:
                    a, b = s.split("/")
                    numerator, denominator = int(a), int(b)
                elif "." in s or "e" in s.lower():
                    mant, _, exp = s.lower().partition("e")
                    intpart, _, frac = mant.partition(".")
                    sign = -1 if intpart.startswith("-") else 1
                    digits = (intpart.lstrip("+-") or "0") + frac
                    numerator = sign * int(digits)
                    denominator = 10 ** len(frac)
                    e = int(exp) if exp else 0
                    if e >= 0:
                        numerator *= 10 ** e
                    else:
                        denominator *= 10 ** -e
                else:
                    numerator, denominator = int(s), 1
            else:
                raise TypeError("argument should be a string or a Rational instance")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return "Fraction(%d, %d)" % (self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%d/%d" % (self._numerator, self._denominator)

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _op(self, other, fn, rev=False):
        o = Fraction._coerce(other)
        if o is None:
            if isinstance(other, float):
                a, b = float(self), other
                return fn(b, a) if rev else fn(a, b)
            return NotImplemented
        return fn(o, self) if rev else fn(self, o)

    def __add__(self, o): return self._op(o, lambda a, b: Fraction(a._numerator * b._denominator + b._numerator * a._denominator, a._denominator * b._denominator) if isinstance(a, Fraction) else a + b)
    def __radd__(self, o): return self.__add__(o)
    def __sub__(self, o): return self._op(o, lambda a, b: Fraction(a._numerator * b._denominator - b._numerator * a._denominator, a._denominator * b._denominator) if isinstance(a, Fraction) else a - b)
    def __rsub__(self, o): return self._op(o, lambda a, b: Fraction(a._numerator * b._denominator - b._numerator * a._denominator, a._denominator * b._denominator) if isinstance(a, Fraction) else a - b, True)
    def __mul__(self, o): return self._op(o, lambda a, b: Fraction(a._numerator * b._numerator, a._denominator * b._denominator) if isinstance(a, Fraction) else a * b)
    def __rmul__(self, o): return self.__mul__(o)
    def __truediv__(self, o): return self._op(o, lambda a, b: Fraction(a._numerator * b._denominator, a._denominator * b._numerator) if isinstance(a, Fraction) else a / b)
    def __rtruediv__(self, o): return self._op(o, lambda a, b: Fraction(a._numerator * b._denominator, a._denominator * b._numerator) if isinstance(a, Fraction) else a / b, True)

    def __floordiv__(self, o):
        o = Fraction._coerce(o)
        return (self._numerator * o._denominator) // (self._denominator * o._numerator)

    def __mod__(self, o):
        o = Fraction._coerce(o)
        return self - o * (self // o)

    def __pow__(self, e):
        if isinstance(e, int):
            if e >= 0:
                return Fraction(self._numerator ** e, self._denominator ** e)
            return Fraction(self._denominator ** -e, self._numerator ** -e)
        return float(self) ** e

    def __neg__(self): return Fraction(-self._numerator, self._denominator)
    def __pos__(self): return self
    def __abs__(self): return Fraction(abs(self._numerator), self._denominator)
    def __float__(self): return self._numerator / self._denominator
    def __int__(self): return self.__trunc__()
    def __bool__(self): return self._numerator != 0
    def __hash__(self):
        # Python's numeric hash: equal to hash(float) and hash(int) for the
        # same value
        modulus = (1 << 61) - 1
        dinv = pow(self._denominator, modulus - 2, modulus)
        if dinv == 0:
            h = 314159
        else:
            h = abs(self._numerator) % modulus * dinv % modulus
        h = h if self._numerator >= 0 else -h
        return -2 if h == -1 else h

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __trunc__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __divmod__(self, o):
        return self // o, self % o

    def __rfloordiv__(self, o):
        return Fraction._coerce(o) // self

    def __rmod__(self, o):
        return Fraction._coerce(o) % self

    def __rpow__(self, b):
        if self._denominator == 1 and self._numerator >= 0 and isinstance(b, int):
            return Fraction(b) ** self._numerator
        return b ** float(self)

    def is_integer(self):
        return self._denominator == 1

    def _cmp(self, other):
        o = Fraction._coerce(other)
        if o is None:
            if isinstance(other, float):
                a, b = float(self), other
                return (a > b) - (a < b)
            return None
        a = self._numerator * o._denominator
        b = o._numerator * self._denominator
        return (a > b) - (a < b)

    def __eq__(self, o):
        c = self._cmp(o)
        return NotImplemented if c is None else c == 0

    def __lt__(self, o):
        c = self._cmp(o)
        return NotImplemented if c is None else c < 0

    def __le__(self, o):
        c = self._cmp(o)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, o):
        c = self._cmp(o)
        return NotImplemented if c is None else c > 0

    def __ge__(self, o):
        c = self._cmp(o)
        return NotImplemented if c is None else c >= 0

    def limit_denominator(self, max_denominator=1000000):
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)
