"""Typing rules of the math module's functions that mathlib implements in
the subset: each call becomes a direct_call of the helper (docs/subset.md,
Floats and Integers)."""
from __future__ import annotations

import math

from jitgen.types import mathlib
from jitgen.types.checker import TypeErr
from jitgen.types.model import TFloat, TInt
from jitgen.lower.llgraph import Constant
from jitgen.types.rules import R, conv, is_int, is_num, single, splice


def int_args(rules, op, at, name: str, lo: int, hi: int) -> list[tuple]:
    n = len(op.args) - 2
    if op.args[1].value:
        raise TypeErr(f"keyword arguments to math.{name}() are not in the subset")
    if not lo <= n <= hi:
        raise TypeErr(f"math.{name}() takes {lo if lo == hi else f'{lo} or more'} arguments ({n} given)")
    for i in range(2, 2 + n):
        if not is_int(at[i]):
            raise TypeErr(f"math.{name}() takes ints, not {at[i]}", i)
    return [conv(("a", i), at[i], TInt) for i in range(2, 2 + n)]


def float_arg(rules, op, at, name: str) -> tuple:
    if op.args[1].value:
        raise TypeErr(f"keyword arguments to math.{name}() are not in the subset")
    if len(op.args) != 3:
        raise TypeErr(f"math.{name}() takes 1 argument ({len(op.args) - 2} given)")
    if not is_num(at[2]):
        raise TypeErr(f"math.{name}() takes a float, not {at[2]}", 2)
    return conv(("a", 2), at[2], TFloat)


def b_fold(helper, empty: int):
    """gcd(*ints) / lcm(*ints): folded pairwise, as CPython does."""
    def rule(rules, op, at):
        name = helper.__name__
        args = int_args(rules, op, at, name, 0, 16)
        if not args:
            return TInt, ([], ("c", empty, TInt))
        r = R()
        if len(args) == 1:
            acc = splice(r, rules.helper_call(helper, [("outer", args[0]), ("c", empty, TInt)])[1])
        else:
            acc = args[0]
            for a in args[1:]:
                acc = splice(r, rules.helper_call(helper, [("outer", acc), ("outer", a)])[1])
        return TInt, r.done(acc)
    return rule


def b_int_unary(helper):
    def rule(rules, op, at):
        (a,) = int_args(rules, op, at, helper.__name__, 1, 1)
        return rules.helper_call(helper, [a])
    return rule


def b_float_unary(helper, name: str):
    def rule(rules, op, at):
        return rules.helper_call(helper, [float_arg(rules, op, at, name)])
    return rule


def b_trunc(rules, op, at):
    if len(op.args) == 3 and is_int(at[2]):
        return TInt, ([], conv(("a", 2), at[2], TInt))
    return rules.helper_call(mathlib.trunc, [float_arg(rules, op, at, "trunc")])


def log_base(rules, op, at):
    """math.log(x, base)."""
    for i in (2, 3):
        if not is_num(at[i]):
            raise TypeErr(f"math.log() takes floats, not {at[i]}", i)
    return rules.helper_call(mathlib.log_base, [conv(("a", 2), at[2], TFloat), conv(("a", 3), at[3], TFloat)])


def b_pow(rules, op, at):
    """pow(b, e) is b ** e; pow(b, e, m) of ints is mathlib.powmod."""
    n = len(op.args) - 2
    if op.args[1].value:
        raise TypeErr("keyword arguments to pow() are not in the subset")
    if n == 3:
        for i in (2, 3, 4):
            if not is_int(at[i]):
                raise TypeErr("pow() 3rd argument not allowed unless all arguments are integers", i)
        return rules.helper_call(mathlib.powmod, [conv(("a", i), at[i], TInt) for i in (2, 3, 4)])
    if n != 2:
        raise TypeErr(f"pow() takes 2 or 3 arguments ({n} given)")
    if is_int(at[2]) and is_int(at[3]):
        e = op.args[3]
        if isinstance(e, Constant) and isinstance(e.value, int) and e.value < 0:
            raise TypeErr(f"pow(int, {e.value}) is a float on CPython: write pow(float(x), {e.value})", 3)
        return single("int_pow_ovf", [conv(("a", 2), at[2], TInt), conv(("a", 3), at[3], TInt)], TInt)
    if is_num(at[2]) and is_num(at[3]):
        return single("float_pow", [conv(("a", 2), at[2], TFloat), conv(("a", 3), at[3], TFloat)], TFloat)
    raise TypeErr(f"pow() of {at[2]} and {at[3]}: only of ints and floats")


def register(reg) -> None:
    reg(pow, b_pow)
    reg(math.gcd, b_fold(mathlib.gcd, 0))
    reg(math.lcm, b_fold(mathlib.lcm, 1))
    reg(math.isqrt, b_int_unary(mathlib.isqrt))
    reg(math.factorial, b_int_unary(mathlib.factorial))
    reg(math.trunc, b_trunc)
    reg(math.isfinite, b_float_unary(mathlib.isfinite, "isfinite"))
    reg(math.degrees, b_float_unary(mathlib.degrees, "degrees"))
    reg(math.radians, b_float_unary(mathlib.radians, "radians"))
