"""The numeric primitives the object space uses, in one place.

vm/bigint.py and vm/floatfmt.py are written by the numeric runtime; until a
name is available there, a host stand-in is used here.  Switching over
happens in this module only.
"""
from __future__ import annotations

import math


try:
    from vm import floatfmt as _ff
except ImportError:
    _ff = None  # type: ignore


class HostBigInt:
    """Stand-in with the vm.bigint API, backed by a host int (host only)."""
    v: int

    def __init__(self, v: int) -> None:
        self.v = v

    @staticmethod
    def from_int(i: int) -> "HostBigInt":
        return HostBigInt(i)

    @staticmethod
    def from_str(s: str, base: int) -> "HostBigInt":
        return HostBigInt(int(s, base))

    @staticmethod
    def from_float(f: float) -> "HostBigInt":
        return HostBigInt(int(f))

    def add(self, o: "HostBigInt") -> "HostBigInt":
        return HostBigInt(self.v + o.v)

    def sub(self, o: "HostBigInt") -> "HostBigInt":
        return HostBigInt(self.v - o.v)

    def mul(self, o: "HostBigInt") -> "HostBigInt":
        return HostBigInt(self.v * o.v)

    def floordiv(self, o: "HostBigInt") -> "HostBigInt":
        if o.v == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        return HostBigInt(self.v // o.v)

    def mod(self, o: "HostBigInt") -> "HostBigInt":
        if o.v == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        return HostBigInt(self.v % o.v)

    def divmod(self, o: "HostBigInt") -> tuple["HostBigInt", "HostBigInt"]:
        return (self.floordiv(o), self.mod(o))

    def pow(self, e: "HostBigInt", m: "HostBigInt | None" = None) -> "HostBigInt":
        if m is None:
            return HostBigInt(self.v ** e.v)
        return HostBigInt(pow(self.v, e.v, m.v))

    def neg(self) -> "HostBigInt":
        return HostBigInt(-self.v)

    def abs(self) -> "HostBigInt":
        return HostBigInt(abs(self.v))

    def invert(self) -> "HostBigInt":
        return HostBigInt(~self.v)

    def lshift(self, n: int) -> "HostBigInt":
        return HostBigInt(self.v << n)

    def rshift(self, n: int) -> "HostBigInt":
        return HostBigInt(self.v >> n)

    def and_(self, o: "HostBigInt") -> "HostBigInt":
        return HostBigInt(self.v & o.v)

    def or_(self, o: "HostBigInt") -> "HostBigInt":
        return HostBigInt(self.v | o.v)

    def xor(self, o: "HostBigInt") -> "HostBigInt":
        return HostBigInt(self.v ^ o.v)

    def compare(self, o: "HostBigInt") -> int:
        return (self.v > o.v) - (self.v < o.v)

    def eq(self, o: "HostBigInt") -> bool:
        return self.v == o.v

    def lt(self, o: "HostBigInt") -> bool:
        return self.v < o.v

    def le(self, o: "HostBigInt") -> bool:
        return self.v <= o.v

    def fits_int(self) -> bool:
        return -(1 << 63) <= self.v < (1 << 63)

    def to_int(self) -> int:
        if not self.fits_int():
            raise OverflowError("int too big")
        return self.v

    def to_float(self) -> float:
        return float(self.v)

    def truediv(self, o: "HostBigInt") -> float:
        return self.v / o.v

    def str(self) -> str:
        return str(self.v)

    def format_base(self, base: int) -> str:
        if base == 16:
            return hex(self.v)
        if base == 8:
            return oct(self.v)
        return bin(self.v)

    def hash(self) -> int:
        return hash(self.v)

    def bit_length(self) -> int:
        return self.v.bit_length()

    def is_zero(self) -> bool:
        return self.v == 0

    def sign(self) -> int:
        return (self.v > 0) - (self.v < 0)


# vm.bigint.BigInt is the translatable implementation; HostBigInt stays as a
# reference stand-in with the same API.
from vm.bigint import BigInt


def float_repr(x: float) -> str:
    if _ff is not None and hasattr(_ff, "float_repr"):
        return _ff.float_repr(x)
    return repr(x)


def format_float(x: float, spec: str) -> str:
    if _ff is not None and hasattr(_ff, "format_float"):
        return _ff.format_float(x, spec)
    return format(x, spec)


def format_int(i: int, spec: str) -> str:
    if _ff is not None and hasattr(_ff, "format_int"):
        return _ff.format_int(i, spec)
    return format(i, spec)


def format_bigint(b: BigInt, spec: str) -> str:
    if _ff is not None and hasattr(_ff, "format_bigint"):
        return _ff.format_bigint(b, spec)
    return format(int(b.str()), spec)


def float_hash(x: float) -> int:
    if _ff is not None and hasattr(_ff, "float_hash"):
        return _ff.float_hash(x)
    return hash(x)


def parse_float(s: str) -> float:
    if _ff is not None and hasattr(_ff, "parse_float"):
        return _ff.parse_float(s)
    return float(s)


def round_float(x: float, ndigits: int) -> float:
    if _ff is not None and hasattr(_ff, "round_float"):
        return _ff.round_float(x, ndigits)
    return round(x, ndigits)


def percent_format_float(x: float, flags: str, width: int, prec: int, conv: str) -> str:
    """%-formatting of a float: build the equivalent format spec."""
    spec = flags + (str(width) if width >= 0 else "") + ("." + str(prec) if prec >= 0 else "") + conv
    return format_float(x, spec)


def float_floor(x: float) -> float:
    """floor(x) as a float.  math.floor gives a machine int in the subset:
    a float with no fraction bits (|x| >= 2**52, inf, nan) is its own floor
    and must not go through it (OverflowError when translated)."""
    if not math.fabs(x) < 4503599627370496.0:
        return x
    return math.floor(x) * 1.0


def float_ceil(x: float) -> float:
    return -float_floor(-x)
