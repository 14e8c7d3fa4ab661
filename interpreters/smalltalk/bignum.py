"""The one door to arbitrary-precision integers (vm/bigint.py)."""
from vm.bigint import BigInt, bigint_from_int, bigint_from_str, bigint_from_float

__all__ = ["BigInt", "bigint_from_int", "bigint_from_str", "bigint_from_float"]
