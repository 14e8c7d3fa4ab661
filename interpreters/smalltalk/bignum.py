"""The one door to arbitrary-precision integers.

vm/bigint.py (class BigInt, written by the runtime engineer) is used when it is
present; until then a host-only stand-in with the same API backs it with
CPython's int, so that the VM runs on the host today.
"""
try:
    from vm.bigint import BigInt
except ImportError:      # import time: pick the implementation once
    class BigInt:        # type: ignore[no-redef]
        """Host-only stand-in for vm.bigint.BigInt (same method names)."""
        v: int

        def __init__(self, v: int) -> None:
            self.v = v

        @staticmethod
        def from_int(i: int) -> "BigInt":
            return BigInt(i)

        @staticmethod
        def from_float(f: float) -> "BigInt":
            return BigInt(int(f))

        @staticmethod
        def from_str(s: str, base: int) -> "BigInt":
            return BigInt(int(s, base))

        def add(self, o: "BigInt") -> "BigInt":
            return BigInt(self.v + o.v)

        def sub(self, o: "BigInt") -> "BigInt":
            return BigInt(self.v - o.v)

        def mul(self, o: "BigInt") -> "BigInt":
            return BigInt(self.v * o.v)

        def floordiv(self, o: "BigInt") -> "BigInt":
            return BigInt(self.v // o.v)

        def mod(self, o: "BigInt") -> "BigInt":
            return BigInt(self.v % o.v)

        def pow(self, o: "BigInt") -> "BigInt":
            return BigInt(self.v ** o.v)

        def neg(self) -> "BigInt":
            return BigInt(-self.v)

        def abs(self) -> "BigInt":
            return BigInt(abs(self.v))

        def lshift(self, n: int) -> "BigInt":
            return BigInt(self.v << n)

        def rshift(self, n: int) -> "BigInt":
            return BigInt(self.v >> n)

        def and_(self, o: "BigInt") -> "BigInt":
            return BigInt(self.v & o.v)

        def or_(self, o: "BigInt") -> "BigInt":
            return BigInt(self.v | o.v)

        def xor(self, o: "BigInt") -> "BigInt":
            return BigInt(self.v ^ o.v)

        def compare(self, o: "BigInt") -> int:
            return (self.v > o.v) - (self.v < o.v)

        def eq(self, o: "BigInt") -> bool:
            return self.v == o.v

        def lt(self, o: "BigInt") -> bool:
            return self.v < o.v

        def le(self, o: "BigInt") -> bool:
            return self.v <= o.v

        def fits_int(self) -> bool:
            return -(1 << 63) <= self.v < (1 << 63)

        def to_int(self) -> int:
            return self.v

        def to_float(self) -> float:
            return float(self.v)

        def str(self) -> str:
            return str(self.v)

        def hash(self) -> int:
            return hash(self.v)
