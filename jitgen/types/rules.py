"""Typing rules of the high-level operations, and the recipe of each.

A recipe is (steps, result): steps is a list of (llopname, argrefs, type)
and result an argref.  Argrefs:
  ("a", i)               argument i of the high-level operation
  ("t", k)               result of step k
  ("c", value, T)        a constant of subset type T
  ("n", value)           a Void constant naming something (field, method, ...)
  ("fn", FuncDesc)       the function pointer constant of a translated function
  ("cls", ClassInfo)     a class (Void constant)
  ("v", Variable)        another variable of the same block
  ("conv", ref, T1, T2)  ref converted from T1 to T2 (bool->int, int->float...)
The lowering phase turns them into low-level operations.
"""
from __future__ import annotations

import builtins
import math
import types as pytypes

from jitgen.frontend.flowbuilder import _NoValue
from jitgen.hints import arith, jit as hjit
from jitgen.hints.jit import JitDriver
from jitgen.hints.rdict import r_dict
from jitgen.hints.strbuilder import StringBuilder
from jitgen.lower.llgraph import Constant
from jitgen.types import model as m
from jitgen.types.checker import TypeErr, TypeErrAt
from jitgen.types.classes import is_program_class
from jitgen.types.model import (T, TBool, TDict, TFloat, TFunc, TInst, TInt,
                                TList, TNone, TOpt, TPy, TSB, TStr, TTuple,
                                TUint, TUndef, TVar, TVoid, prune, strip_opt)
from jitgen.types.fmtrules import FormatRules
from jitgen.types.numrules import NumRules
from jitgen.types.strrules import StrListDictRules

OPSYM = {"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//",
         "mod": "%", "pow": "**", "lshift": "<<", "rshift": ">>", "and_": "&",
         "or_": "|", "xor": "^", "lt": "<", "le": "<=", "eq": "==", "ne": "!=",
         "gt": ">", "ge": ">="}
MAXINT = (1 << 63) - 1


class R:
    def __init__(self) -> None:
        self.steps: list = []

    def op(self, name: str, args: list, t: T) -> tuple:
        self.steps.append((name, list(args), t))
        return ("t", len(self.steps) - 1)

    def done(self, ref: tuple) -> tuple:
        return (self.steps, ref)


def splice(r: R, rec: tuple) -> tuple:
    """Append another recipe's steps to r; its result, renumbered.  Refs
    to r's own values were passed into that recipe as ("outer", ref)."""
    steps, ref = rec
    base = len(r.steps)

    def fix(x):
        if isinstance(x, tuple) and x and x[0] == "outer":
            return x[1]
        if isinstance(x, tuple) and x and x[0] == "t":
            return ("t", x[1] + base)
        if isinstance(x, tuple) and x and x[0] == "conv":
            return ("conv", fix(x[1])) + x[2:]
        return x

    for name, args, t in steps:
        r.steps.append((name, [fix(x) for x in args], t))
    return fix(ref)


def single(name: str, args: list, t: T) -> tuple[T, tuple]:
    r = R()
    return t, r.done(r.op(name, args, t))


def same(i: int = 0) -> tuple:
    return ([], ("a", i))


def A(i: int) -> tuple:
    return ("a", i)


def simple(t: T) -> T:
    t = m.freeze(t)
    if isinstance(t, TOpt):
        return m.freeze(t.inner)
    return t


def is_int(t: T) -> bool:
    t = simple(t)
    return t is TInt or t is TBool or t == TInt or t == TBool


def is_num(t: T) -> bool:
    return is_int(t) or simple(t) == TFloat


def conv(ref: tuple, ft: T, tt: T) -> tuple:
    """ref converted from ft to tt where their low-level types differ."""
    f, t = simple(ft), simple(tt)
    if f == t:
        return ref
    if f == TBool and t in (TInt, TFloat):
        return ("conv", ref, TBool, t)
    if f == TInt and t == TFloat:
        return ("conv", ref, TInt, TFloat)
    if f == TInt and t == TUint:
        return ("conv", ref, TInt, TUint)
    return ref


class Rules(NumRules, FormatRules, StrListDictRules):
    def __init__(self, checker) -> None:
        self.c = checker
        self.used_classes: set = set()
        self.used_method_names: set = set()
        self.ft = None
        self.op = None
        self.at = None

    def use_class(self, ci) -> None:
        if ci in self.used_classes:
            return
        self.used_classes.add(ci)
        if ci.base is not None:
            self.use_class(ci.base)
        # overrides of methods that are called somewhere
        for name in ci.methods:
            if name in self.used_method_names:
                self.method_desc(ci, name)
        if ci.is_exception and "__str__" in ci.methods:
            self.method_desc(ci, "__str__")

    def method_desc(self, ci, name: str):
        f, owner = ci.lookup_method(name)
        if f is None:
            return None
        self.use_class(owner) if owner not in self.used_classes else None
        return self.c.get_func(f, (), owner)

    # ---- dispatch ------------------------------------------------------------
    def type_op(self, ft, op, argtypes: list) -> tuple[T, tuple]:
        saved = (self.ft, self.op, self.at)
        try:
            return self._type_op(ft, op, argtypes)
        finally:
            self.ft, self.op, self.at = saved

    def _type_op(self, ft, op, argtypes: list) -> tuple[T, tuple]:
        self.ft = ft
        self.op = op
        self.at = argtypes
        for i, t in enumerate(argtypes):
            if prune(t) is m.TErr:
                return m.TErr, None
            if isinstance(prune(t), m.TConflict):
                c = prune(t)
                if c.name in ("and", "or"):
                    raise TypeErrAt(c.pos, f"the operands of '{c.name}' have different types ({c.a} and"
                                    f" {c.b}): in the subset, and/or need operands of one type")
                if c.name == "if":
                    raise TypeErrAt(c.pos, f"the branches of a conditional expression have different"
                                    f" types ({c.a} and {c.b}): they need one type")
                raise TypeErrAt(c.pos, f"local '{c.name}' is {c.a} on one path and {c.b} on another:"
                                " a local has one type")
            if prune(t) is TUndef and not (op.opname in ("same_as",)):
                a = op.args[i]
                name = a.name.rsplit("_", 1)[0] if hasattr(a, "name") else "?"
                raise TypeErr(f"local variable '{name}' is used before it is assigned", i)
        meth = getattr(self, "op_" + op.opname, None)
        if meth is None:
            raise TypeErr(f"operation '{op.opname}' is not supported")
        return meth(op, argtypes)

    def pyvalue(self, i: int):
        a = self.op.args[i]
        if isinstance(a, Constant):
            return a.value
        t = prune(self.at[i])
        if isinstance(t, TPy):
            return t.value
        return _NOVAL

    # ---- arithmetic ------------------------------------------------------
    def op_add(self, op, at):
        return self.binop("add", at)

    def op_sub(self, op, at):
        return self.binop("sub", at)

    def op_mul(self, op, at):
        return self.binop("mul", at)

    def op_truediv(self, op, at):
        return self.binop("truediv", at)

    def op_floordiv(self, op, at):
        return self.binop("floordiv", at)

    def op_mod(self, op, at):
        return self.binop("mod", at)

    def op_pow(self, op, at):
        return self.binop("pow", at)

    def op_lshift(self, op, at):
        return self.binop("lshift", at)

    def op_rshift(self, op, at):
        return self.binop("rshift", at)

    def op_and_(self, op, at):
        return self.binop("and_", at)

    def op_or_(self, op, at):
        return self.binop("or_", at)

    def op_xor(self, op, at):
        return self.binop("xor", at)

    def op_inplace_add(self, op, at):
        a, b = simple(at[0]), simple(at[1])
        if isinstance(a, TList) and isinstance(b, TList):
            self.unify_or(a.item, b.item, "list += list of another item type")
            r = R()
            r.op("list_extend", [A(0), A(1)], TVoid)
            return at[0], r.done(A(0))
        return self.binop("add", at)

    def op_inplace_sub(self, op, at):
        return self.binop("sub", at)

    def op_inplace_mul(self, op, at):
        return self.binop("mul", at)

    def op_inplace_truediv(self, op, at):
        return self.binop("truediv", at)

    def op_inplace_floordiv(self, op, at):
        return self.binop("floordiv", at)

    def op_inplace_mod(self, op, at):
        return self.binop("mod", at)

    def op_inplace_pow(self, op, at):
        return self.binop("pow", at)

    def op_inplace_lshift(self, op, at):
        return self.binop("lshift", at)

    def op_inplace_rshift(self, op, at):
        return self.binop("rshift", at)

    def op_inplace_and_(self, op, at):
        return self.binop("and_", at)

    def op_inplace_or_(self, op, at):
        return self.binop("or_", at)

    def op_inplace_xor(self, op, at):
        return self.binop("xor", at)

    def unify_or(self, a: T, b: T, msg: str) -> None:
        try:
            m.unify(a, b)
        except m.UnifyError:
            raise TypeErr(msg)

    def binop(self, name: str, at: list) -> tuple[T, tuple]:
        a, b = simple(at[0]), simple(at[1])
        wrap = id(self.op) in self.ft.wrap_ops
        if isinstance(a, TVar) or isinstance(b, TVar):
            raise TypeErr(f"cannot apply '{OPSYM[name]}' to a value whose type is not known yet")
        if is_int(a) and is_int(b):
            ca, cb = conv(A(0), a, TInt), conv(A(1), b, TInt)
            if name in ("and_", "or_", "xor") and a == TBool and b == TBool:
                t, rec = single("int_" + name.rstrip("_"), [ca, cb], TInt)
                r = R()
                x = r.op("int_" + name.rstrip("_"), [ca, cb], TInt)
                return TBool, r.done(r.op("int_is_true", [x], TBool))
            llname = {"add": "int_add_ovf", "sub": "int_sub_ovf", "mul": "int_mul_ovf",
                      "floordiv": "int_floordiv", "mod": "int_mod", "truediv": "int_truediv",
                      "pow": "int_pow_ovf", "lshift": "int_lshift_ovf", "rshift": "int_rshift",
                      "and_": "int_and", "or_": "int_or", "xor": "int_xor"}[name]
            if name == "pow":
                e = self.op.args[1]
                if isinstance(e, Constant) and isinstance(e.value, int) and e.value < 0:
                    raise TypeErr(f"int ** negative int ({e.value}) is a float on CPython: "
                                  f"write float(x) ** {e.value} (a computed negative exponent raises ValueError)")
                if wrap:
                    from jitgen.types import numlib
                    return self.helper_call(numlib.int_pow_wrap, [ca, cb])
            if wrap and llname.endswith("_ovf") and llname != "int_pow_ovf":
                llname = llname[:-4]
            return single(llname, [ca, cb], TFloat if name == "truediv" else TInt)
        if is_num(a) and is_num(b):
            if name in ("lshift", "rshift", "and_", "or_", "xor"):
                raise TypeErr(f"unsupported operand types for {OPSYM[name]}: '{a}' and '{b}'")
            llname = {"add": "float_add", "sub": "float_sub", "mul": "float_mul",
                      "truediv": "float_truediv", "floordiv": "float_floordiv",
                      "mod": "float_mod", "pow": "float_pow"}[name]
            return single(llname, [conv(A(0), a, TFloat), conv(A(1), b, TFloat)], TFloat)
        if a == TUint or b == TUint:
            if (a == TUint or is_int(a)) and (b == TUint or is_int(b)):
                llname = "uint_" + name.rstrip("_")
                if name == "truediv" or name == "pow":
                    raise TypeErr(f"'{OPSYM[name]}' is not supported on r_uint")
                return single(llname, [conv(A(0), a, TUint), conv(A(1), b, TUint)], TUint)
        if a == TStr and b == TStr and name == "add":
            return single("str_concat", [A(0), A(1)], TStr)
        if name == "mul" and a == TStr and is_int(b):
            return single("str_mul", [A(0), conv(A(1), b, TInt)], TStr)
        if name == "mul" and is_int(a) and b == TStr:
            return single("str_mul", [A(1), conv(A(0), a, TInt)], TStr)
        if isinstance(a, TList) and isinstance(b, TList) and name == "add":
            self.unify_or(a.item, b.item, f"cannot concatenate {a} and {b}")
            return single("list_concat", [A(0), A(1)], a)
        if name == "mul" and isinstance(a, TList) and is_int(b):
            return single("list_mul", [A(0), conv(A(1), b, TInt)], a)
        if name == "mul" and is_int(a) and isinstance(b, TList):
            return single("list_mul", [A(1), conv(A(0), a, TInt)], b)
        if name == "mod" and a == TStr:
            return self.percent_format(b)
        if isinstance(a, TInst) or isinstance(b, TInst):
            from jitgen.types import dunders
            res = dunders.binary(self, name, at, self.op.opname.startswith("inplace_"))
            if res is not None:
                return res
        raise TypeErr(f"unsupported operand types for {OPSYM[name]}: '{a}' and '{b}'")

    def percent_format(self, b: T) -> tuple[T, tuple]:
        """'...%s...%d...' % args with a constant format: a chain of str_concat."""
        fmt = self.op.args[0]
        if not isinstance(fmt, Constant) or not isinstance(fmt.value, str):
            raise TypeErr("'%' formatting needs a constant format string")
        text = fmt.value
        r = R()
        items: list = []
        if isinstance(b, TTuple):
            for k, it in enumerate(b.items):
                items.append((r.op("tuple_getitem", [A(1), ("n", k)], it), it))
        else:
            items.append((A(1), b))
        pieces: list = []
        lit = ""
        i = 0
        n = 0
        while i < len(text):
            ch = text[i]
            if ch != "%":
                lit += ch
                i += 1
                continue
            # %[flags][width][.precision]conversion
            j = i + 1
            while j < len(text) and text[j] in "-+ #0":
                j += 1
            flags = text[i + 1:j]
            k = j
            while k < len(text) and text[k].isdigit():
                k += 1
            width = int(text[j:k]) if k > j else -1
            prec = -1
            if k < len(text) and text[k] == ".":
                p = k + 1
                while p < len(text) and text[p].isdigit():
                    p += 1
                prec = int(text[k + 1:p]) if p > k + 1 else 0
                k = p
            conv_ch = text[k] if k < len(text) else ""
            spec_text = text[i:k + 1]
            i = k + 1
            if conv_ch == "%" and spec_text == "%%":
                lit += "%"
                continue
            if conv_ch not in ("s", "d", "i", "r", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G"):
                raise TypeErr(f"'%' format '{spec_text}' is not in the subset (conversions d i u o x X e E f"
                              " F g G s r and %%, with flags, width and precision; no '*')")
            if n >= len(items):
                raise TypeErr("not enough arguments for format string")
            ref, t = items[n]
            n += 1
            if lit:
                pieces.append(("c", lit, TStr))
                lit = ""
            if flags or width >= 0 or prec >= 0 or conv_ch not in ("s", "d", "i", "r"):
                pieces.append(self.percent_spec(r, ref, t, flags, width, prec, conv_ch))
                continue
            if conv_ch in ("d", "i"):
                if not is_num(t):
                    raise TypeErr(f"%d format: a number is required, not {t}")
                if simple(t) == TFloat:
                    ref = r.op("cast_float_to_int", [ref], TInt)
                    t = TInt
                pieces.append(r.op("int_repr", [conv(ref, t, TInt)], TStr))
            else:
                pieces.append(self.to_str(r, ref, t, repr_=conv_ch == "r"))
        if n != len(items):
            raise TypeErr("not all arguments converted during string formatting")
        if lit or not pieces:
            pieces.append(("c", lit, TStr))
        acc = pieces[0]
        for p in pieces[1:]:
            acc = r.op("str_concat", [acc, p], TStr)
        return TStr, r.done(acc)

    def op_neg(self, op, at):
        a = simple(at[0])
        if is_int(a):
            wrap = id(op) in self.ft.wrap_ops
            return single("int_neg" if wrap else "int_neg_ovf", [conv(A(0), a, TInt)], TInt)
        if a == TFloat:
            return single("float_neg", [A(0)], TFloat)
        from jitgen.types import dunders
        res = dunders.unary(self, "__neg__", at)
        if res is not None:
            return res
        raise TypeErr(f"bad operand type for unary -: '{a}'")

    def op_invert(self, op, at):
        a = simple(at[0])
        if is_int(a):
            return single("int_invert", [conv(A(0), a, TInt)], TInt)
        if a == TUint:
            return single("uint_invert", [A(0)], TUint)
        from jitgen.types import dunders
        res = dunders.unary(self, "__invert__", at)
        if res is not None:
            return res
        raise TypeErr(f"bad operand type for unary ~: '{a}'")

    def op_not_(self, op, at):
        r = R()
        b = self.truth(r, A(0), at[0])
        return TBool, r.done(r.op("bool_not", [b], TBool))

    def op_bool(self, op, at):
        r = R()
        ref = self.truth(r, A(0), at[0])
        return TBool, r.done(ref)

    def truth(self, r: R, ref: tuple, t: T) -> tuple:
        p = prune(t)
        s = simple(t)
        if s == TBool:
            return ref
        if isinstance(p, TOpt) and (s == TStr or isinstance(s, (TList, TDict))):
            from jitgen.types import special
            _, (steps, _) = self.helper_call(special.truth_or_none, [ref], m.freeze(t))
            call = steps[0]
            return r.op(call[0], call[1], call[2])
        if s == TInt:
            return r.op("int_is_true", [ref], TBool)
        if s == TFloat:
            return r.op("float_is_true", [ref], TBool)
        if s == TUint:
            return r.op("uint_ne", [ref, ("c", 0, TUint)], TBool)
        if s == TStr:
            return r.op("str_is_true", [ref], TBool)
        if isinstance(s, TList):
            return r.op("list_is_true", [ref], TBool)
        if isinstance(s, TDict):
            return r.op("dict_is_true", [ref], TBool)
        if s == TNone:
            return ("c", False, TBool)
        from jitgen.types import special
        via = special.instance_truth(self, r, ref, t)       # __bool__ / __len__
        if via is not None:
            return via
        if isinstance(p, TOpt) or isinstance(s, (TInst, TTuple, TFunc)) or s == TSB:
            return r.op("ptr_nonzero", [ref], TBool)
        raise TypeErr(f"a value of type {t} cannot be used as a condition")

    # ---- comparisons ----------------------------------------------------------
    def op_lt(self, op, at):
        return self.compare("lt", at)

    def op_le(self, op, at):
        return self.compare("le", at)

    def op_gt(self, op, at):
        return self.compare("gt", at)

    def op_ge(self, op, at):
        return self.compare("ge", at)

    def op_eq(self, op, at):
        if self.type_call(op.args[0]) is not None or self.type_call(op.args[1]) is not None:
            return self.identity(op, at, False)     # type(x) == C, type(a) == type(b)
        return self.compare("eq", at)

    def op_ne(self, op, at):
        if self.type_call(op.args[0]) is not None or self.type_call(op.args[1]) is not None:
            return self.identity(op, at, True)
        return self.compare("ne", at)

    def type_call(self, v):
        """The op `type(x)` that defines v, if it is one."""
        d = self.ft.defs.get(id(v))
        if d is not None and d[0].opname == "call" and isinstance(d[0].args[0], Constant) \
                and d[0].args[0].value is type and len(d[0].args) == 3:
            return d[0]
        return None

    def tuple_order(self, r: R, name: str, a: TTuple, b: TTuple, ra: tuple, rb: tuple) -> tuple:
        """Lexicographic a < b (or <=) as Python does it: at the first index
        whose items differ (by ==) their < decides; equal tuples are <=.
        Items are plain values, so every item comparison can be computed:
        (a0 < b0) or (a0 == b0 and (... (a[n-1] < b[n-1])))."""
        n = len(a.items)
        xa = [r.op("tuple_getitem", [ra, ("n", k)], a.items[k]) for k in range(n)]
        xb = [r.op("tuple_getitem", [rb, ("n", k)], b.items[k]) for k in range(n)]

        def item_cmp(op: str, k: int) -> tuple:
            t, rec = self.compare(op, [a.items[k], b.items[k]], refs=(("outer", xa[k]), ("outer", xb[k])))
            if simple(t) != TBool:
                raise TypeErr(f"items of type {a.items[k]} and {b.items[k]} cannot be ordered")
            return splice(r, rec)

        acc = item_cmp(name, n - 1)
        for k in reversed(range(n - 1)):
            less = item_cmp("lt", k)
            same = item_cmp("eq", k)
            acc = r.op("bool_or", [less, r.op("bool_and", [same, acc], TBool)], TBool)
        return acc

    def eq_not_by_tuple_eq(self, t) -> bool:
        """Whether == on this tuple item is not what tuple_eq does (by value
        for numbers, str and tuples; by identity for the rest)."""
        t = m.freeze(t)
        if isinstance(t, TOpt):
            t = m.freeze(t.inner)
        if isinstance(t, (TList, TDict)):
            return True
        if isinstance(t, TTuple):
            return any(self.eq_not_by_tuple_eq(x) for x in t.items)
        return isinstance(t, TInst) and t.cls.lookup_method("__eq__")[0] is not None

    def compare(self, name: str, at: list, refs: tuple = (A(0), A(1))) -> tuple[T, tuple]:
        a, b = simple(at[0]), simple(at[1])
        ra, rb = refs
        if is_int(a) and is_int(b):
            return single("int_" + name, [conv(ra, a, TInt), conv(rb, b, TInt)], TBool)
        if is_num(a) and is_num(b):
            if simple(a) == TInt and not self.exact_as_float(ra):
                return self.int_float_compare(name, ra, rb)
            if simple(b) == TInt and not self.exact_as_float(rb):
                from jitgen.types.numlib import SWAPPED
                return self.int_float_compare(SWAPPED[name], rb, ra)
            return single("float_" + name, [conv(ra, a, TFloat), conv(rb, b, TFloat)], TBool)
        if a == TUint and (b == TUint or is_int(b)) or (b == TUint and is_int(a)):
            from jitgen.types.numlib import SWAPPED, UINT_INT_CMP
            # by value, as on CPython: an int that may be negative is not made unsigned
            if a == TUint and simple(b) == TInt and not self.nonneg_const(rb):
                return self.helper_call(UINT_INT_CMP[name], [ra, rb])
            if b == TUint and simple(a) == TInt and not self.nonneg_const(ra):
                return self.helper_call(UINT_INT_CMP[SWAPPED[name]], [rb, ra])
            return single("uint_" + name, [conv(ra, a, TUint), conv(rb, b, TUint)], TBool)
        if a == TStr and b == TStr:
            return single("str_" + name, [ra, rb], TBool)
        if name in ("eq", "ne"):
            if a == TNone or b == TNone:
                x = rb if a == TNone else ra
                return single("ptr_iszero" if name == "eq" else "ptr_nonzero", [x], TBool)
            if isinstance(a, TTuple) and isinstance(b, TTuple):
                if len(a.items) != len(b.items):
                    return TBool, ([], ("c", name == "ne", TBool))
                if any(self.eq_not_by_tuple_eq(x) for x in a.items):
                    # tuple_eq compares list items by identity: item by item here
                    r = R()
                    acc = None
                    for k in range(len(a.items)):
                        xa = r.op("tuple_getitem", [ra, ("n", k)], a.items[k])
                        xb = r.op("tuple_getitem", [rb, ("n", k)], b.items[k])
                        t, rec = self.compare("eq", [a.items[k], b.items[k]], refs=(("outer", xa), ("outer", xb)))
                        c = splice(r, rec)
                        acc = c if acc is None else r.op("bool_and", [acc, c], TBool)
                    if name == "ne":
                        acc = r.op("bool_not", [acc], TBool)
                    return TBool, r.done(acc)
                t, rec = single("tuple_eq", [ra, rb], TBool)
                return t, self.negate(rec, name == "ne")
            if isinstance(a, TList) and isinstance(b, TList):
                item = m.freeze(a.item)
                self.no_custom_eq(item, "== between lists")
                if isinstance(item, (TList, TDict)):
                    # list_eq compares such items by identity; Python by value
                    from jitgen.types import strlib
                    t, rec = self.helper_call(strlib.list_eq_deep, [("outer", ra), ("outer", rb)], a)
                    r = R()
                    res = splice(r, rec)
                    if name == "ne":
                        res = r.op("bool_not", [res], TBool)
                    return TBool, r.done(res)
                t, rec = single("list_eq", [ra, rb], TBool)
                return t, self.negate(rec, name == "ne")
            if isinstance(a, TInst) and isinstance(b, TInst):
                if name == "ne" and a.cls.lookup_method("__ne__")[0] is not None:
                    self.need_str_method(a.cls, "__ne__")
                    return single("call_method", [ra, ("n", "__ne__"), rb], TBool)
                if a.cls.lookup_method("__eq__")[0] is not None:
                    # a == b calls a.__eq__(b); != is its negation (Python 3's default __ne__)
                    self.need_str_method(a.cls, "__eq__")
                    t, rec = single("call_method", [ra, ("n", "__eq__"), rb], TBool)
                    return t, self.negate(rec, name == "ne")
                for sub in a.cls.all_subclasses():
                    # CPython would call the subclass's __eq__ for its objects
                    if "__eq__" in sub.methods:
                        raise TypeErr(f"'{OPSYM[name]}' between instances of '{a.cls.pyname}': its subclass"
                                      f" '{sub.pyname}' defines __eq__, which '{a.cls.pyname}' does not"
                                      f" (define __eq__ in '{a.cls.pyname}' too, or compare with 'is')")
                return single("ptr_eq" if name == "eq" else "ptr_ne", [ra, rb], TBool)
        if name in ("lt", "le", "gt", "ge") and isinstance(a, TInst) and isinstance(b, TInst):
            # a < b calls a.__lt__(b), else the reflection b.__gt__(a)
            refl = {"lt": "gt", "gt": "lt", "le": "ge", "ge": "le"}[name]
            for x, y, n, ci in ((ra, rb, name, a.cls), (rb, ra, refl, b.cls)):
                if ci.lookup_method(f"__{n}__")[0] is not None:
                    self.need_str_method(ci, f"__{n}__")
                    return single("call_method", [x, ("n", f"__{n}__"), y], TBool)
            raise TypeErr(f"'{OPSYM[name]}' between instances of '{a.cls.pyname}' and '{b.cls.pyname}':"
                          f" '{a.cls.pyname}' defines no __{name}__ and '{b.cls.pyname}' no __{refl}__")
        if name in ("lt", "le", "gt", "ge") and isinstance(a, TList) and isinstance(b, TList):
            from jitgen.types import listorder
            ia, ib = m.freeze(a.item), m.freeze(b.item)
            self.unify_or(a.item, b.item, f"ordering comparison of {a} and {b}: lists of one item type compare")
            item = simple(ib if isinstance(ia, TVar) else ia)
            if not (is_num(item) or item == TStr or isinstance(item, TTuple)):
                raise TypeErr(f"ordering comparison of lists of {item}: only lists of numbers, str or tuples")
            if name in ("gt", "ge"):
                ra, rb = rb, ra
            f = listorder.list_lt if name in ("lt", "gt") else listorder.list_le
            return self.helper_call(f, [ra, rb], a)
        if name in ("lt", "le", "gt", "ge") and isinstance(a, TTuple) and isinstance(b, TTuple):
            if len(a.items) != len(b.items) or not a.items:
                raise TypeErr(f"ordering comparison of {a} and {b}: only tuples of one length compare")
            if name in ("gt", "ge"):
                a, b, ra, rb = b, a, rb, ra
                name = "lt" if name == "gt" else "le"
            r = R()
            return TBool, r.done(self.tuple_order(r, name, a, b, ra, rb))
        sym = OPSYM[name]
        raise TypeErr(f"unsupported operand types for {sym}: '{at[0]}' and '{at[1]}'")

    def negate(self, rec: tuple, neg: bool) -> tuple:
        if not neg:
            return rec
        steps, ref = rec
        steps = list(steps) + [("bool_not", [ref], TBool)]
        return (steps, ("t", len(steps) - 1))

    def op_is_(self, op, at):
        return self.identity(op, at, False)

    def op_is_not(self, op, at):
        return self.identity(op, at, True)

    def identity(self, op, at, negate: bool):
        a, b = prune(at[0]), prune(at[1])
        x0, x1 = op.args
        # type(a) is type(b)
        ta, tb = self.type_call(x0), self.type_call(x1)
        if ta is not None and tb is not None:
            for d in (ta, tb):
                xt = getattr(d.args[2], "hltype", None)
                if xt is not None and not isinstance(simple(xt), TInst):
                    raise TypeErr(f"'type(a) is type(b)' compares instances' classes, not values of type {xt}")
            t, rec = single("same_class", [("v", ta.args[2]), ("v", tb.args[2])], TBool)
            return t, self.negate(rec, negate)
        # type(x) is C
        for i, j in ((0, 1), (1, 0)):
            d = (ta, tb)[i]
            if d is not None:
                cls = self.pyvalue(j)
                ci = self.c.classinfo(cls) if isinstance(cls, type) else None
                if ci is None:
                    raise TypeErr("'type(x) is C' needs a class of the program as C")
                self.use_class(ci)
                t, rec = single("type_is", [("v", d.args[2]), ("cls", ci)], TBool)
                return t, self.negate(rec, negate)
        if (isinstance(x1, Constant) and x1.value is None) or (isinstance(x0, Constant) and x0.value is None):
            other, ot = (0, a) if isinstance(x1, Constant) and x1.value is None else (1, b)
            if not ot.is_ref and not isinstance(ot, TVar):
                raise TypeErr(f"'is None' on a value of type {ot}, which is never None")
            if ot is TNone:
                return TBool, ([], ("c", not negate, TBool))
            return single("ptr_nonzero" if negate else "ptr_iszero", [A(other)], TBool)
        sa, sb = simple(a), simple(b)
        if isinstance(sa, (TInst, TList, TDict, TTuple, TFunc)) or sa == TStr:
            return single("ptr_ne" if negate else "ptr_eq", [A(0), A(1)], TBool)
        if is_int(sa) and is_int(sb):
            return single("int_ne" if negate else "int_eq", [conv(A(0), sa, TInt), conv(A(1), sb, TInt)], TBool)
        if isinstance(sa, TPy) and isinstance(sb, TPy):
            return TBool, ([], ("c", (sa.value is sb.value) != negate, TBool))
        raise TypeErr(f"'is' between {a} and {b} is not in the subset")

    def no_custom_eq(self, t, what: str) -> None:
        """Containers compare instances by identity; CPython would call the
        class's __eq__.  Refuse rather than differ."""
        it = simple(t)
        if not what or not isinstance(it, TInst):
            return
        for c in it.cls.all_subclasses() + it.cls.mro():
            if "__eq__" in c.methods:
                raise TypeErr(f"{what} compares instances of {it.cls.pyname} by identity in the subset,"
                              f" but {c.pyname} defines __eq__ (use an r_dict, or compare explicitly)")

    def op_contains(self, op, at):
        cont, item = prune(at[0]), at[1]
        s = simple(cont)
        if s == TStr:
            if simple(item) != TStr:
                raise TypeErr(f"'in <str>' requires a str on the left, not {item}")
            return single("str_contains", [A(0), A(1)], TBool)
        if isinstance(s, TList):
            self.check_assign(item, s.item, "list item", 1)
            self.no_custom_eq(s.item, "'in' on a list")
            if self.eq_not_by_tuple_eq(s.item):
                from jitgen.types import strlib
                return self.helper_call(strlib.list_contains_deep, [A(0), conv(A(1), item, s.item)], s, item_arg=1)
            return single("list_contains", [A(0), conv(A(1), item, s.item)], TBool)
        if isinstance(s, TDict):
            self.check_assign(item, s.k, "dict key", 1)
            self.no_custom_eq(s.k, "a dict key" if not s.rdict else "")
            return single("dict_contains", [A(0), conv(A(1), item, s.k)], TBool)
        if isinstance(s, TTuple):
            r = R()
            acc = None
            for k, it in enumerate(s.items):
                x = r.op("tuple_getitem", [A(0), ("n", k)], it)
                t, (steps, ref) = self.compare("eq", [item, it], (A(1), x))
                base = len(r.steps)
                for (n, args, tt) in steps:
                    r.steps.append((n, [("t", a[1] + base) if a[0] == "t" and a is not x else a
                                        for a in args], tt))
                cur = ("t", ref[1] + base) if ref[0] == "t" else ref
                acc = cur if acc is None else r.op("bool_or", [acc, cur], TBool)
            if acc is None:
                return TBool, ([], ("c", False, TBool))
            return TBool, r.done(acc)
        raise TypeErr(f"'in' is not supported on {cont}")

    def check_assign(self, vt: T, target: T, what: str, argindex: int | None = None) -> None:
        if prune(vt) is m.TErr or prune(target) is m.TErr:
            return      # an error was reported where that type was made
        if prune(vt) is TNone and not m.is_nullable(target) and not isinstance(prune(target), TVar):
            raise TypeErr(f"None given where {what} of type {target} is expected (only 'X | None' allows None)", argindex)
        if not m.assignable(vt, target):
            if simple(vt) == TInt and simple(target) == TFloat:
                return
            raise TypeErr(f"{what} must be {target}, not {vt}", argindex)

    # ---- misc ----------------------------------------------------------------
    def op_same_as(self, op, at):
        return at[0], same()

    def op_annotate(self, op, at):
        ann = op.args[1].value
        t = self.c.annotation(ann, self.ft.fd.pyfunc.__globals__, op.pos)
        self.check_assign(at[0], t, "the annotated local", 0)
        return t, ([], conv(A(0), at[0], t))

    def op_check_exception(self, op, at):
        t = simple(at[0])
        if not (isinstance(t, TInst) and t.cls.is_exception):
            name = str(t)
            if len(op.args) > 1:
                raise TypeErr(f"exception causes must derive from Exception: 'raise ... from' a {name}")
            raise TypeErr(f"exceptions must derive from Exception: cannot raise '{name}'"
                          f" ({name} is not an Exception subclass)")
        return at[0], same()

    def op_exc_match(self, op, at):
        ci = self.c.classinfo(op.args[1].value)
        return single("instanceof", [A(0), ("cls", ci)], TBool)

    def op_range_cond(self, op, at):
        r = R()
        pos = r.op("int_gt", [A(2), ("c", 0, TInt)], TBool)
        lt = r.op("int_lt", [A(0), A(1)], TBool)
        up = r.op("bool_and", [pos, lt], TBool)
        neg = r.op("int_lt", [A(2), ("c", 0, TInt)], TBool)
        gt = r.op("int_gt", [A(0), A(1)], TBool)
        down = r.op("bool_and", [neg, gt], TBool)
        return TBool, r.done(r.op("bool_or", [up, down], TBool))

    def op_format_value(self, op, at):
        r = R()
        ref = self.to_str(r, A(0), at[0], repr_=op.args[1].value == "r")
        return TStr, r.done(ref)

    def to_str(self, r: R, ref: tuple, t: T, repr_: bool = False) -> tuple:
        p = prune(t)
        s = simple(t)
        if isinstance(m.freeze(t), TOpt) and s != TNone:
            # a value that may be None prints "None" then: a helper tests it
            self.to_str(R(), ref, s, repr_)     # the inner type must be printable
            from jitgen.types import strlib
            f = strlib.repr_or_none if repr_ else strlib.str_or_none
            rt, (steps, res) = self.helper_call(f, [ref], m.freeze(t))
            call = steps[0]
            return r.op(call[0], call[1], call[2])
        if s == TStr:
            if repr_:
                return r.op("str_repr", [ref], TStr)
            return ref
        if s == TBool:
            return r.op("bool_repr", [ref], TStr)
        if s == TInt:
            return r.op("int_repr", [ref], TStr)
        if s == TFloat:
            return r.op("float_repr", [ref], TStr)
        if s == TUint:
            digits = r.op("uint_repr", [ref], TStr)
            if repr_:
                # repr() of jitgen.hints.r_uint on CPython
                return r.op("str_concat", [r.op("str_concat", [("c", "r_uint(", TStr), digits], TStr),
                                           ("c", ")", TStr)], TStr)
            return digits
        if s == TNone:
            return ("c", "None", TStr)
        if isinstance(s, (TList, TDict, TTuple)):
            return self.container_repr(r, ref, s)
        if isinstance(s, TInst) and s.cls.is_exception:
            if repr_:
                if self.c.exception_repr_fd is None:
                    # the root's __repr__ (lowering makes it the method)
                    from jitgen.types import excargs
                    _, (steps, _) = self.helper_call(excargs.exception_repr, [ref])
                    self.c.exception_repr_fd = steps[0][1][0][1]
                self.need_str_method(s.cls, "__repr__")
                return r.op("call_method", [ref, ("n", "__repr__")], TStr)
            self.need_str_method(s.cls)
            return r.op("call_method", [ref, ("n", "__str__")], TStr)
        if isinstance(s, TInst):
            # Python: repr() uses __repr__; str() uses __str__, else __repr__
            has_str = s.cls.lookup_method("__str__")[0] is not None
            has_repr = s.cls.lookup_method("__repr__")[0] is not None
            name = "__repr__" if repr_ or not has_str else "__str__"
            if (name == "__repr__" and has_repr) or (name == "__str__" and has_str):
                self.need_str_method(s.cls, name)
                return r.op("call_method", [ref, ("n", name)], TStr)
            if repr_:
                raise TypeErr(f"repr() of a {t}: its class defines no __repr__ (CPython would show an address)")
        if prune(t) is TVoid:
            raise TypeErr("str() of the result of a call that returns nothing (None on CPython), "
                          "e.g. xs.sort(), which sorts in place")
        raise TypeErr(f"str() of a value of type {t} is not in the subset")

    def container_repr(self, r: R, ref: tuple, s: T) -> tuple:
        """str()/repr() of a list, dict or tuple: Python's repr, whose items
        are shown with repr().  Items need a repr of their own: instances
        only of a class with a __repr__, or exceptions (CPython shows the
        address of others)."""
        from jitgen.types import strlib
        items = [s.item] if isinstance(s, TList) else ([s.k, s.v] if isinstance(s, TDict) else s.items)
        for it in items:
            si = simple(it)
            if isinstance(si, TInst) and not si.cls.is_exception and si.cls.lookup_method("__repr__")[0] is None:
                raise TypeErr(f"str() of a {s}: its items are instances of '{si.cls.pyname}', which defines"
                              " no __repr__ (CPython would show an address)")
            if isinstance(simple(it), TVar):
                # a list filled later in the function, or one that stays empty
                if self.ft.may_defer:
                    from jitgen.types.checker import Defer
                    raise Defer()
                m.unify(it, TInt)
            self.to_str(R(), ("c", None, TNone), it, True)     # printable items, or the error here
        if isinstance(s, TTuple):
            parts: list = []
            for k, it in enumerate(s.items):
                x = r.op("tuple_getitem", [ref, ("n", k)], it)
                parts.append(self.to_str(r, x, it, True))
            acc = ("c", "(", TStr)
            for k, p in enumerate(parts):
                acc = r.op("str_concat", [acc, p], TStr)
                sep = ", " if k < len(parts) - 1 else ("," if len(parts) == 1 else "")
                if sep:
                    acc = r.op("str_concat", [acc, ("c", sep, TStr)], TStr)
            return r.op("str_concat", [acc, ("c", ")", TStr)], TStr)
        f = strlib.list_repr if isinstance(s, TList) else strlib.dict_repr
        t, rec = self.helper_call(f, [("outer", ref)], s)
        return splice(r, rec)

    def need_str_method(self, ci, name: str = "__str__") -> None:
        """The method `name` of ci and its overrides are called virtually."""
        self.used_method_names.add(name)
        for sub in ci.all_subclasses():
            if name in sub.methods:
                self.method_desc(sub, name)
        f, owner = ci.lookup_method(name)
        if f is not None:
            self.method_desc(owner, name)

    # ---- attributes -------------------------------------------------------------
    def op_getattr(self, op, at):
        name = op.args[1].value
        t = prune(at[0])
        s = simple(t)
        if isinstance(s, TPy):
            v = s.value
            if isinstance(v, type) and is_program_class(v):
                ci = self.c.classinfo(v)
                val, owner = ci.lookup_const(name)
                if val is _MISSING_CONST() and ci.lookup_field(name)[0] is not None:
                    from jitgen.types import fielddefaults
                    val = fielddefaults.class_value(ci, name)     # `count: int = 0` read as C.count
                    val = _MISSING_CONST() if val is fielddefaults._NONE else val
                if val is not _MISSING_CONST():
                    return self.c.const_type(val), ([], ("c", val, self.c.const_type(val)))
                f, owner = ci.lookup_method(name)
                if f is not None:
                    return TPy(f), ([], ("c", None, TNone))
            if hasattr(v, name) and not isinstance(v, JitDriver):
                val = getattr(v, name)
                if isinstance(val, (int, float, str, bool)) or val is None:
                    return self.c.const_type(val), ([], ("c", val, self.c.const_type(val)))
            raise TypeErr(f"'{s}' has no attribute '{name}' usable in the subset")
        if isinstance(s, TInst):
            ci = s.cls
            ft, owner = ci.lookup_field(name)
            if ft is not None:
                narrowed = self.ft.cur_facts.get((id(op.args[0]), name))
                if narrowed is not None and narrowed != ft:
                    r = R()
                    x = r.op("getfield", [A(0), ("n", name)], ft)
                    if isinstance(simple(narrowed), TInst):
                        x = r.op("cast_instance", [x, ("cls", simple(narrowed).cls)], narrowed)
                    return narrowed, r.done(x)
                return ft, single("getfield", [A(0), ("n", name)], ft)[1]
            val, owner = ci.lookup_const(name)
            if val is not _MISSING_CONST():
                vt = self.c.const_type(val)
                if isinstance(vt, TPy):
                    raise TypeErr(f"class attribute '{name}' of '{ci.pyname}' is not a value of the subset")
                self.check_const_overrides(ci, name, vt)
                self.note_class_attr(ci, name)
                return vt, single("getclassattr", [A(0), ("n", name)], vt)[1]
            if ci.lookup_method(name)[0] is not None:
                raise TypeErr(f"bound method '{ci.pyname}.{name}' used as a value: bound methods are not"
                              " values in the subset (call it, or store a top-level function)")
            if ci.is_exception and name == "message":
                return TStr, single("getfield", [A(0), ("n", "message")], TStr)[1]
            raise TypeErr(f"'{ci.pyname}' has no attribute '{name}' (fields are declared in the class body)")
        raise TypeErr(f"a value of type {t} has no attribute '{name}'")

    def op_classname(self, op, at):
        s = simple(at[0])
        if not isinstance(s, TInst):
            raise TypeErr(f"type(x).__name__ of a value of type {at[0]}: only instances of classes")
        # every ClassDef carries its Python name as the class constant __name__
        return TStr, single("getclassattr", [A(0), ("n", "__name__")], TStr)[1]

    def check_const_overrides(self, ci, name: str, vt: T) -> None:
        """self.NAME reads the object's class's value: every subclass that
        assigns NAME again must give it the same type (a tuple of another
        length, an int for a str, ... would not fit the slot)."""
        for sub in ci.all_subclasses():
            if name not in sub.consts or sub is ci:
                continue
            st = prune(self.c.const_type(sub.consts[name]))
            bt = prune(vt)
            same_t = st.key() == bt.key() or (isinstance(st, TInst) and isinstance(bt, TInst)
                                              and st.cls.is_subclass_of(bt.cls))
            if not same_t:
                raise TypeErr(f"class constant '{name}' is {bt} in '{ci.pyname}' (read here) but"
                              f" {st} in its subclass '{sub.pyname}': an override keeps the type")

    def note_class_attr(self, ci, name: str) -> None:
        pass

    def op_setattr(self, op, at):
        name = op.args[1].value
        s = simple(at[0])
        if isinstance(s, TPy):
            raise TypeErr(f"assignment to class attribute '{name}': class constants cannot be assigned"
                          " in translated code")
        if not isinstance(s, TInst):
            raise TypeErr(f"cannot assign attribute '{name}' of a value of type {at[0]}")
        ci = s.cls
        ft, owner = ci.lookup_field(name)
        if ft is None:
            if ci.lookup_const(name)[0] is not _MISSING_CONST():
                raise TypeErr(f"assignment to class constant '{name}' of '{ci.pyname}': class constants"
                              " cannot be assigned in translated code")
            raise TypeErr(f"assignment to undeclared field '{name}' of '{ci.pyname}' (fields must be"
                          f" declared in the class body: {name}: T)")
        if name in owner.final:
            fd = self.ft.fd
            if not (fd.pyfunc.__name__ == "__init__" and fd.classinfo is not None):
                raise TypeErr(f"field '{name}' is Final: it may only be assigned in __init__")
        self.check_assign(at[2], ft, f"field '{name}'", 2)
        self.ft.cur_facts.pop((id(op.args[0]), name), None)
        return TVoid, single("setfield", [A(0), ("n", name), conv(A(2), at[2], ft)], TVoid)[1]

    # ---- items -----------------------------------------------------------------
    def op_getitem(self, op, at):
        s, i = simple(at[0]), simple(at[1])
        if isinstance(s, TList):
            self.need_int(at[1], 1)
            return s.item, single("list_getitem", [A(0), conv(A(1), i, TInt)], s.item)[1]
        if s == TStr:
            self.need_int(at[1], 1)
            return TStr, single("str_getitem", [A(0), conv(A(1), i, TInt)], TStr)[1]
        if isinstance(s, TDict):
            self.check_assign(at[1], s.k, "dict key", 1)
            from jitgen.types import keyerrors
            if keyerrors.wants_repr(self, s.k):       # KeyError(key) shows the key's __repr__
                return self.helper_call(keyerrors.getitem, [A(0), conv(A(1), at[1], s.k)], s)
            return s.v, single("dict_getitem", [A(0), conv(A(1), at[1], s.k)], s.v)[1]
        if isinstance(s, TTuple):
            idx = self.op.args[1]
            if not (isinstance(idx, Constant) and type(idx.value) is int):
                raise TypeErr("a tuple index must be an integer constant", 1)
            k = idx.value + len(s.items) if idx.value < 0 else idx.value
            if not 0 <= k < len(s.items):
                raise TypeErr("tuple index out of range", 1)
            return s.items[k], single("tuple_getitem", [A(0), ("n", k)], s.items[k])[1]
        raise TypeErr(f"a value of type {at[0]} cannot be indexed")

    def need_int(self, t: T, i: int) -> None:
        if not is_int(t):
            raise TypeErr(f"indices must be integers, not {t}", i)

    def op_setitem(self, op, at):
        s = simple(at[0])
        if isinstance(s, TList):
            self.need_int(at[1], 1)
            self.check_assign(at[2], s.item, "list item", 2)
            return TVoid, single("list_setitem", [A(0), conv(A(1), at[1], TInt), conv(A(2), at[2], s.item)], TVoid)[1]
        if isinstance(s, TDict):
            self.check_assign(at[1], s.k, "dict key", 1)
            self.check_assign(at[2], s.v, "dict value", 2)
            self.no_custom_eq(s.k, "a dict key" if not s.rdict else "")
            return TVoid, single("dict_setitem", [A(0), conv(A(1), at[1], s.k), conv(A(2), at[2], s.v)], TVoid)[1]
        raise TypeErr(f"a value of type {at[0]} does not support item assignment")

    def op_delitem(self, op, at):
        s = simple(at[0])
        if isinstance(s, TList):
            self.need_int(at[1], 1)
            return TVoid, single("list_delitem", [A(0), conv(A(1), at[1], TInt)], TVoid)[1]
        if isinstance(s, TDict):
            self.check_assign(at[1], s.k, "dict key", 1)
            from jitgen.types import keyerrors
            if keyerrors.wants_repr(self, s.k):
                t, rec = self.helper_call(keyerrors.delitem, [A(0), conv(A(1), at[1], s.k)], s)
                return TVoid, rec
            return TVoid, single("dict_delitem", [A(0), conv(A(1), at[1], s.k)], TVoid)[1]
        raise TypeErr(f"a value of type {at[0]} does not support item deletion")

    def slice_args(self, at) -> list:
        """lo, hi and whether each was given, for a strlib slice helper."""
        args: list = []
        for k in (1, 2):
            if prune(at[k]) is TNone:
                args.append(("c", 0, TInt))
            else:
                self.need_int(at[k], k)
                args.append(conv(A(k), at[k], TInt))
        return args + [("c", prune(at[1]) is not TNone, TBool), ("c", prune(at[2]) is not TNone, TBool)]

    def op_delslice(self, op, at):
        from jitgen.types import strlib
        s = simple(at[0])
        if not isinstance(s, TList):
            raise TypeErr(f"a value of type {at[0]} does not support slice deletion")
        t, rec = self.helper_call(strlib.list_del_slice, [A(0)] + self.slice_args(at), s)
        return TVoid, rec

    def op_setslice(self, op, at):
        from jitgen.types import strlib
        s = simple(at[0])
        if not isinstance(s, TList):
            raise TypeErr(f"a value of type {at[0]} does not support slice assignment")
        v = simple(at[3])
        if not isinstance(v, TList):
            raise TypeErr(f"slice assignment needs a list, not {at[3]}", 3)
        try:
            m.unify(v.item, s.item)
        except m.UnifyError:
            raise TypeErr(f"slice assignment of list[{v.item}] into list[{s.item}]", 3)
        args = self.slice_args(at)
        t, rec = self.helper_call(strlib.list_set_slice, [A(0)] + args[:2] + [A(3)] + args[2:], s)
        return TVoid, rec

    def op_getslice(self, op, at):
        s = simple(at[0])
        lo = ("c", 0, TInt) if prune(at[1]) is TNone else conv(A(1), at[1], TInt)
        hi = ("c", MAXINT, TInt) if prune(at[2]) is TNone else conv(A(2), at[2], TInt)
        for k in (1, 2):
            if prune(at[k]) is not TNone:
                self.need_int(at[k], k)
        if s == TStr:
            return single("str_slice", [A(0), lo, hi], TStr)
        if isinstance(s, TList):
            return single("list_slice", [A(0), lo, hi], s)
        raise TypeErr(f"a value of type {at[0]} cannot be sliced")

    def op_getslice_step(self, op, at):
        # s[a:b:c]: a helper of strlib; an omitted bound is passed as a flag
        s = simple(at[0])
        args: list = [A(0)]
        for k in (1, 2):
            if prune(at[k]) is TNone:
                args.append(("c", 0, TInt))
            else:
                self.need_int(at[k], k)
                args.append(conv(A(k), at[k], TInt))
        if prune(at[3]) is TNone:
            args.append(("c", 1, TInt))
        else:
            self.need_int(at[3], 3)
            args.append(conv(A(3), at[3], TInt))
        args += [("c", prune(at[1]) is not TNone, TBool), ("c", prune(at[2]) is not TNone, TBool)]
        from jitgen.types import strlib
        if s == TStr:
            return self.helper_call(strlib.str_slice_step, args)
        if isinstance(s, TList):
            return self.helper_call(strlib.list_slice_step, args, s)
        raise TypeErr(f"a value of type {at[0]} cannot be sliced")

    def join_items(self, at: list, what: str) -> T:
        t = None
        for i, x in enumerate(at):
            if t is None:
                t = x
                continue
            try:
                t = m.join(t, x)
            except m.UnifyError:
                raise TypeErr(f"{what} mixes {t} and {x}: items of a {what} have one type", i)
        return t if t is not None else TVar()

    def op_newlist(self, op, at):
        t = self.join_items(at, "list")
        lt = TList(TVar(lower=t)) if at else TList(t)
        return lt, single("newlist", [conv(A(i), x, t) for i, x in enumerate(at)], lt)[1]

    def op_newtuple(self, op, at):
        return TTuple(list(at)), single("newtuple", [A(i) for i in range(len(at))], TTuple(list(at)))[1]

    def op_newdict(self, op, at):
        kt = self.join_items(at[0::2], "dict key")
        try:
            vt = TVar() if len(at) == 0 else self.join_items(at[1::2], "dict value")
        except TypeErr as e:
            # report at the offending value
            raise TypeErr(e.message.replace("dict value mixes", "dict literal's values mix"),
                          None if e.argindex is None else 2 * e.argindex + 1)
        t = TDict(kt, TVar(lower=vt) if at else vt)
        r = R()
        d = r.op("newdict", [], t)
        for i in range(0, len(at), 2):
            r.op("dict_setitem", [d, conv(A(i), at[i], kt), conv(A(i + 1), at[i + 1], vt)], TVoid)
        return t, r.done(d)

    def op_iter_seq(self, op, at):
        s = simple(at[0])
        if isinstance(s, TList) or s == TStr:
            return s, same()
        if isinstance(s, TDict):
            return TList(s.k), single("dict_keys", [A(0)], TList(s.k))[1]
        if isinstance(s, TTuple) and s.items:
            # `for d in (-1, 0, 1)`: the items, as a list, if they have one type
            item = self.join_items(s.items, "tuple iterated by a for loop")
            lt = TList(item)
            r = R()
            xs = [conv(r.op("tuple_getitem", [A(0), ("n", k)], it), it, item) for k, it in enumerate(s.items)]
            return lt, r.done(r.op("newlist", xs, lt))
        raise TypeErr(f"cannot iterate over a value of type {at[0]} in the subset")

    def op_seq_len(self, op, at):
        s = simple(at[0])
        return TInt, single("str_len" if s == TStr else "list_len", [A(0)], TInt)[1]

    def op_seq_item(self, op, at):
        s = simple(at[0])
        if s == TStr:
            return TStr, single("str_getitem", [A(0), A(1)], TStr)[1]
        return s.item, single("list_getitem", [A(0), A(1)], s.item)[1]

    def op_unpack_item(self, op, at):
        s = simple(at[0])
        i, n = op.args[1].value, op.args[2].value
        if isinstance(s, TTuple):
            if len(s.items) != n:
                raise TypeErr(f"cannot unpack a tuple of {len(s.items)} items into {n} targets")
            return s.items[i], single("tuple_getitem", [A(0), ("n", i)], s.items[i])[1]
        if isinstance(s, TList):
            return s.item, single("list_getitem", [A(0), ("c", i, TInt)], s.item)[1]
        raise TypeErr(f"cannot unpack a value of type {at[0]}")

    # ---- calls ----------------------------------------------------------------
    def op_call(self, op, at):
        from jitgen.types.calls import type_call
        return type_call(self, op, at)

    def op_call_method(self, op, at):
        from jitgen.types.calls import type_call_method
        return type_call_method(self, op, at)

    def op_super_call(self, op, at):
        from jitgen.types.calls import type_super_call
        return type_super_call(self, op, at)


class _Noval:
    pass


_NOVAL = _Noval()


def _MISSING_CONST():
    from jitgen.types.classes import _MISSING
    return _MISSING


_ = (builtins, math, pytypes, arith, hjit, r_dict, StringBuilder, TFunc, TUint, TSB, TList, TNone)
