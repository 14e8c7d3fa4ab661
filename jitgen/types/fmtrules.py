"""Typing rules of format specs and '%' conversions with flags, width or
precision: an f-string field's spec (op format_spec), str.format's specs,
'%-8s %6.2f' and the builtin format(value[, spec]).  Each becomes a
direct_call of a fmtlib helper; Rules inherits FormatRules."""
from __future__ import annotations

from jitgen.lower.llgraph import Constant
from jitgen.types import model as m
from jitgen.types.checker import TypeErr
from jitgen.types.model import T, TBool, TFloat, TInt, TNone, TOpt, TStr


def _rules():
    from jitgen.types import rules
    return rules


class FormatRules:
    def op_format_spec(self, op, at):
        """format(value, spec) with a constant spec (fmtlib)."""
        rl = _rules()
        r = rl.R()
        return TStr, r.done(self.spec_format(r, rl.A(0), at[0], ("c", op.args[1].value, TStr)))

    def spec_format(self, r, ref: tuple, t: T, spec: tuple) -> tuple:
        """format(ref, spec) for an int, float, bool or str: a call of the
        fmtlib helper, appended to r; spec is a str ref (usually a constant)."""
        from jitgen.types import fmtlib
        rl = _rules()
        s = rl.simple(t)
        if isinstance(m.freeze(t), TOpt) and s != TNone:
            raise TypeErr(f"a format spec on a value that may be None ({t}): test it first")
        helper = {TBool: fmtlib.format_bool, TInt: fmtlib.format_number_int,
                  TFloat: fmtlib.format_number_float, TStr: fmtlib.format_str}.get(s)
        if helper is None:
            raise TypeErr(f"a format spec applies to an int, float, bool or str in the subset, not to {t}"
                          " (format str(x) instead)")
        return rl.splice(r, self.helper_call(helper, [("outer", ref), ("outer", spec)])[1])

    def percent_spec(self, r, ref: tuple, t: T, flags: str, width: int, prec: int, c: str) -> tuple:
        """One '%' conversion with flags, width or precision (fmtlib)."""
        from jitgen.types import fmtlib
        rl = _rules()
        s = rl.simple(t)
        args = [("c", flags, TStr), ("c", width, TInt), ("c", prec, TInt)]
        if c in ("s", "r"):
            text = self.to_str(r, ref, t, repr_=c == "r")
            return rl.splice(r, self.helper_call(fmtlib.percent_str, [("outer", text)] + args)[1])
        if not rl.is_num(s):
            raise TypeErr(f"%{c} format: a real number is required, not {t}")
        if c in ("e", "E", "f", "F", "g", "G"):
            x = ("outer", rl.conv(ref, s, TFloat))
            return rl.splice(r, self.helper_call(fmtlib.percent_float, [x] + args + [("c", c, TStr)])[1])
        if s == TFloat:
            if c not in ("d", "i", "u"):
                raise TypeErr(f"%{c} format: an integer is required, not float")
            ref, s = r.op("cast_float_to_int", [ref], TInt), TInt
        x = ("outer", rl.conv(ref, s, TInt))
        return rl.splice(r, self.helper_call(fmtlib.percent_int, [x] + args + [("c", c, TStr)])[1])


def b_format(rules, op, at):
    """format(value[, spec]); the spec may be computed."""
    rl = _rules()
    n = len(op.args) - 2
    if op.args[1].value:
        raise TypeErr("keyword arguments to format() are not in the subset")
    if not 1 <= n <= 2:
        raise TypeErr(f"format() takes 1 or 2 arguments ({n} given)")
    r = rl.R()
    if n == 1:
        return TStr, r.done(rules.to_str(r, ("a", 2), at[2]))
    spec = op.args[3]
    if isinstance(spec, Constant) and spec.value == "":
        return TStr, r.done(rules.to_str(r, ("a", 2), at[2]))
    if rl.simple(at[3]) != TStr:
        raise TypeErr(f"format(x, spec): spec must be a str, not {at[3]}", 3)
    return TStr, r.done(rules.spec_format(r, ("a", 2), at[2], ("a", 3)))


def register(reg) -> None:
    reg(format, b_format)
