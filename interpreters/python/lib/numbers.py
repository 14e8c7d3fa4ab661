"""numbers: the numeric tower's abstract classes, for isinstance checks.

int, float and complex (and bool, fractions.Fraction) are members as in
CPython; register() adds more."""
from abc import ABCMeta, abstractmethod


class _NumberMeta(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls._registry = []
        return cls

    def register(cls, subclass):
        cls._registry.append(subclass)
        return subclass

    def _members(cls):
        # a class's members include those of the narrower classes below it
        found = list(cls._registry)
        for narrower in _TOWER[_TOWER.index(cls) + 1:] if cls in _TOWER else []:
            found.extend(narrower._registry)
        return found

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls in getattr(sub, "__mro__", ()):
            return True
        return any(issubclass(sub, member) for member in cls._members())


class Number(metaclass=_NumberMeta):
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    __slots__ = ()


class Real(Complex):
    __slots__ = ()


class Rational(Real):
    __slots__ = ()


class Integral(Rational):
    __slots__ = ()


_TOWER = [Number, Complex, Real, Rational, Integral]
Complex.register(complex)
Real.register(float)
Integral.register(int)


def _register_fraction():
    try:
        from fractions import Fraction
    except ImportError:
        return
    if not issubclass(Fraction, Rational):
        Rational.register(Fraction)


_register_fraction()
