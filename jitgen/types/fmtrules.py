"""Typing rule of the builtin format(value[, spec]): the same fmtlib call as
an f-string field's spec (rules.spec_format); the spec may be computed."""
from __future__ import annotations

from jitgen.lower.llgraph import Constant
from jitgen.types.checker import TypeErr
from jitgen.types.model import TStr
from jitgen.types.rules import R, simple


def b_format(rules, op, at):
    n = len(op.args) - 2
    if op.args[1].value:
        raise TypeErr("keyword arguments to format() are not in the subset")
    if not 1 <= n <= 2:
        raise TypeErr(f"format() takes 1 or 2 arguments ({n} given)")
    r = R()
    if n == 1:
        return TStr, r.done(rules.to_str(r, ("a", 2), at[2]))
    spec = op.args[3]
    if isinstance(spec, Constant) and spec.value == "":
        return TStr, r.done(rules.to_str(r, ("a", 2), at[2]))
    if simple(at[3]) != TStr:
        raise TypeErr(f"format(x, spec): spec must be a str, not {at[3]}", 3)
    return TStr, r.done(rules.spec_format(r, ("a", 2), at[2], ("a", 3)))


def register(reg) -> None:
    reg(format, b_format)
