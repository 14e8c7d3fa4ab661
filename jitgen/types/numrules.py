"""Typing rules for numbers whose CPython meaning needs a subset helper
(numlib, mathlib): an int compared with a float or an r_uint by exact
value, and `x in range(...)`.  Rules inherits NumRules."""
from __future__ import annotations

from jitgen.lower.llgraph import Constant
from jitgen.types.checker import TypeErr
from jitgen.types.model import T, TInt


class NumRules:
    def exact_as_float(self, ref: tuple) -> bool:
        """ref is an int constant that float() converts exactly."""
        if ref[0] != "a":
            return False
        x = self.op.args[ref[1]]
        return isinstance(x, Constant) and isinstance(x.value, int) and -2 ** 53 <= x.value <= 2 ** 53

    def nonneg_const(self, ref: tuple) -> bool:
        if ref[0] != "a":
            return False
        x = self.op.args[ref[1]]
        return isinstance(x, Constant) and isinstance(x.value, int) and x.value >= 0

    def int_float_compare(self, name: str, ri: tuple, rf: tuple) -> tuple[T, tuple]:
        """int OP float as CPython: by exact value (float(i) rounds past 2**53)."""
        from jitgen.types.numlib import INT_FLOAT_CMP
        return self.helper_call(INT_FLOAT_CMP[name], [ri, rf])

    def op_range_contains(self, op, at):
        """x in range(start, stop, step) of ints (mathlib.range_contains)."""
        from jitgen.types import mathlib
        from jitgen.types.rules import A, conv, is_int
        for i in range(4):
            if not is_int(at[i]):
                what = "the value tested" if i == 0 else "an argument of range()"
                raise TypeErr(f"x in range(...): {what} must be an int, not {at[i]}", i)
        return self.helper_call(mathlib.range_contains, [conv(A(i), at[i], TInt) for i in range(4)])
