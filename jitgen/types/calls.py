"""Typing rules of calls: functions, constructors, methods, builtins, hints."""
from __future__ import annotations

import builtins
import math
import types as pytypes

from jitgen.frontend.flowbuilder import _NoValue
from jitgen.hints import arith, jit as hjit
from jitgen.hints.jit import JitDriver
from jitgen.hints.rdict import r_dict
from jitgen.hints.strbuilder import StringBuilder
from jitgen.lower.libm import LIBM_UNARY
from jitgen.lower.llgraph import Constant
from jitgen.types import excargs, fielddefaults, model as m
from jitgen.types.checker import SilentErr, TypeErr
from jitgen.types.classes import is_program_class
from jitgen.types.model import (TBool, TDict, TFloat, TFunc, TInst, TInt,
                                TList, TNone, TPy, TSB, TStr, TTuple, TUint,
                                TVar, TVoid, prune, strip_opt)
from jitgen.types.rules import A, R, conv, is_int, is_num, same, simple, single, splice, _NOVAL

MATH_UNARY = {math.sqrt: "float_sqrt", math.sin: "float_sin", math.cos: "float_cos",
              math.tan: "float_tan", math.atan: "float_atan", math.exp: "float_exp",
              math.log: "float_log", math.fabs: "float_fabs"}
# the C library's functions, as CPython's math module calls them (lltypes.LIBM_UNARY)
MATH_UNARY.update({getattr(math, _name): "float_" + _name for _name in LIBM_UNARY})
MATH_PRED = {math.isnan: "float_isnan", math.isinf: "float_isinf"}


def kw_split(op, first: int) -> tuple[list[int], dict[str, int]]:
    kwnames = op.args[first - 1].value
    n = len(op.args) - first
    npos = n - len(kwnames)
    pos = list(range(first, first + npos))
    kws = {k: first + npos + j for j, k in enumerate(kwnames)}
    return pos, kws


def bind(rules, fd, op, first: int, skip: int, fname: str) -> list:
    """Map the call's arguments onto fd's parameters: [(ref, type)]."""
    info = fd.info
    if info is None:
        raise SilentErr("")
    names = info.argnames[skip:]
    pos, kws = kw_split(op, first)
    if len(pos) > len(names):
        raise TypeErr(f"'{fname}' takes {len(names)} positional argument{'s' if len(names) != 1 else ''}"
                      f" but {len(pos)} were given")
    slots: list = [None] * len(names)
    for j, idx in enumerate(pos):
        slots[j] = ("a", idx)
    for k, idx in kws.items():
        if k not in names:
            raise TypeErr(f"'{fname}' got an unexpected keyword argument '{k}'")
        j = names.index(k)
        if slots[j] is not None:
            raise TypeErr(f"'{fname}' got multiple values for argument '{k}'", idx)
        slots[j] = ("a", idx)
    out = []
    for j, s in enumerate(slots):
        ptype = fd.argtypes[skip + j]
        if s is None:
            d = info.defaults[skip + j]
            if d is _NoValue:
                raise TypeErr(f"'{fname}' is missing the argument '{names[j]}'")
            dt = rules.c.const_type(d)
            if isinstance(dt, TPy):
                raise TypeErr(f"the default value of parameter '{names[j]}' of '{fname}' is not a constant of the subset")
            out.append((conv(("c", d, dt), dt, ptype), ptype))
            continue
        idx = s[1]
        rules.check_assign(rules.at[idx], ptype, f"argument '{names[j]}' of '{fname}'", idx)
        out.append((conv(s, rules.at[idx], ptype), ptype))
    return out


def call_result(fd) -> m.T:
    t = prune(fd.ret)
    return TNone if t is TNone else fd.ret


def type_call(rules, op, at):
    callee = rules.pyvalue(0)
    if callee is _NOVAL:
        ft = simple(at[0])
        if isinstance(ft, TFunc):
            pos, kws = kw_split(op, 2)
            if kws:
                raise TypeErr("keyword arguments in a call through a function value are not in the subset")
            if len(pos) != len(ft.args):
                raise TypeErr(f"the function value takes {len(ft.args)} arguments but {len(pos)} were given")
            args = []
            for i, pt in zip(pos, ft.args):
                rules.check_assign(at[i], pt, "argument", i)
                args.append(conv(("a", i), at[i], pt))
            return single("indirect_call", [A(0)] + args, ft.ret)
        raise TypeErr(f"a value of type {at[0]} is not callable")
    handler = BUILTINS.get(id(callee))
    if handler is not None and BUILTIN_OBJS[id(callee)] is callee:
        return handler(rules, op, at)
    if isinstance(callee, type):
        return construct(rules, op, at, callee)
    if isinstance(callee, pytypes.FunctionType):
        if (callee.__module__ or "").startswith("jitgen.hints"):
            raise TypeErr(f"'{callee.__name__}' cannot be called in translated code")
        ext = getattr(callee, "_jit_external_", None)
        fd = function_desc(rules, op, at, callee)
        args = bind(rules, fd, op, 2, 0, callee.__name__)
        if ext is not None:
            rules.c.used_externals[ext] = callee
            return single("external_call", [("n", ext)] + [a for a, _ in args], call_result(fd))
        return single("direct_call", [("fn", fd)] + [a for a, _ in args], call_result(fd))
    if isinstance(callee, (pytypes.BuiltinFunctionType, pytypes.BuiltinMethodType)):
        raise TypeErr(f"'{getattr(callee, '__name__', callee)}' is not in the subset")
    raise TypeErr(f"'{callee!r}' is not callable in the subset")


def function_desc(rules, op, at, f, owner=None, skip: int = 0):
    spec = getattr(f, "_jit_specialize_", None)
    key: tuple = ()
    override = None
    if spec is not None:
        kind, nums = spec
        pos, kws = kw_split(op, 2)
        if kind == "argtype":
            override = [None] * f.__code__.co_argcount
            parts = []
            for n in nums:
                if n < len(pos) and m.has_unknown(at[pos[n]]) and rules.ft.may_defer:
                    # e.g. a list comprehension whose loop body is typed later
                    from jitgen.types.checker import Defer
                    raise Defer()
            for n in nums:
                if n < len(pos):
                    t = m.deep_freeze(at[pos[n]])
                    override[n] = t
                    parts.append(str(t))
            key = ("argtype",) + tuple(parts)
        elif kind == "arg":
            parts = []
            for n in nums:
                if n < len(pos):
                    a = op.args[pos[n]]
                    if not isinstance(a, Constant):
                        raise TypeErr(f"'{f.__name__}' is specialised on argument {n}, which must be a constant here", pos[n])
                    parts.append(repr(a.value))
            key = ("arg",) + tuple(parts)
        elif kind == "call_location":
            key = ("loc", id(op))
    fd = rules.c.get_func(f, key, owner, override)
    if fd.state == "new" and (key or isinstance(prune(fd.ret), TVar)):
        saved = (rules.ft, rules.op, rules.at)
        rules.c.ensure_typed(fd)
        rules.ft, rules.op, rules.at = saved
    return fd


def exception_message(rules, r: R, op, at, first: int) -> tuple:
    n = len(op.args) - first
    if n == 0:
        return ("c", "", TStr)
    if n > 1:
        raise TypeErr("exceptions take at most one argument (the message) in the subset")
    return rules.to_str(r, ("a", first), at[first])


def construct(rules, op, at, cls):
    ci = rules.c.classinfo(cls)
    if ci is None:
        if cls in (list, dict) and len(op.args) == 2:
            t = TList(TVar()) if cls is list else TDict(TVar(), TVar())
            return single("newlist" if cls is list else "newdict", [], t)
        if cls is tuple:
            raise TypeErr("tuple(...) is not in the subset: a tuple's length is part of its type "
                          "(write the tuple out: (xs[0], xs[1]))")
        raise TypeErr(f"'{cls.__name__}' is not a class of the program")
    rules.use_class(ci)
    init, owner = ci.lookup_method("__init__")
    r = R()
    if ci.is_exception and (init is None or owner.is_builtin):
        if ci.is_subclass_of(rules.c.classes.by_pycls[KeyError]) and len(op.args) == 3:
            msg = rules.to_str(r, A(2), at[2], True)    # str(KeyError(k)) is repr(k)
        else:
            msg = exception_message(rules, r, op, at, 2)
        obj = r.op("new_exception", [("cls", ci), msg], TInst(ci))
        fielddefaults.store_defaults(rules, r, obj, ci)
        return TInst(ci), r.done(obj)
    if init is None:
        if len(op.args) > 2:
            raise TypeErr(f"'{ci.pyname}' takes no arguments (it has no __init__)")
        obj = r.op("new_instance", [("cls", ci)], TInst(ci))
        fielddefaults.store_defaults(rules, r, obj, ci)
        return TInst(ci), r.done(obj)
    fd = rules.c.get_func(init, (), owner)
    args = bind(rules, fd, op, 2, 1, ci.pyname)
    obj = r.op("new_instance", [("cls", ci)], TInst(ci))
    fielddefaults.store_defaults(rules, r, obj, ci)
    if ci.is_exception and not excargs.calls_base_init(rules.c, init):
        # CPython's BaseException.__new__ keeps the arguments for str(e)
        key = ci.is_subclass_of(rules.c.classes.by_pycls[KeyError])
        msg = excargs.args_message(rules, r, op, at, kw_split(op, 2)[0], key)
        r.op("setfield", [obj, ("n", "message"), msg], TVoid)
    r.op("direct_call", [("fn", fd), obj] + [a for a, _ in args], TNone)
    return TInst(ci), r.done(obj)


def type_call_method(rules, op, at):
    name = op.args[1].value
    t = prune(at[0])
    s = simple(t)
    if isinstance(s, TPy):
        v = s.value
        if isinstance(v, JitDriver):
            return jit_marker(rules, op, at, v, name)
        if isinstance(v, type) and is_program_class(v):
            ci = rules.c.classinfo(v)
            static = ci.lookup_static(name)
            if static is not None:
                fd = function_desc(rules, op, at, static)
                args = bind(rules, fd, op, 3, 0, f"{ci.pyname}.{name}")
                return single("direct_call", [("fn", fd)] + [a for a, _ in args], call_result(fd))
            f, owner = ci.lookup_method(name)
            if f is None:
                raise TypeErr(f"'{ci.pyname}' has no method '{name}'")
            fd = rules.c.get_func(f, (), owner)
            # C.method(obj, ...): a direct (non-virtual) call
            pos, kws = kw_split(op, 3)
            if not pos:
                raise TypeErr(f"'{ci.pyname}.{name}' needs the instance as first argument")
            rules.check_assign(at[pos[0]], TInst(owner), "self", pos[0])
            args = bind(rules, fd, _Shifted(op), 4, 1, name)
            return single("direct_call", [("fn", fd), ("a", pos[0])] + [a for a, _ in args], call_result(fd))
        raise TypeErr(f"'{s}' has no method '{name}' usable in the subset")
    if s == TStr:
        return rules.str_method(name)
    if isinstance(s, TList):
        return rules.list_method(s, name)
    if isinstance(s, TDict):
        return rules.dict_method(s, name)
    if s == TSB:
        return rules.sb_method(name)
    if isinstance(s, TInst):
        ci = s.cls
        f, owner = ci.lookup_method(name)
        if f is None:
            ft, _ = ci.lookup_field(name)
            if ft is not None and isinstance(simple(ft), TFunc):
                fnt = simple(ft)
                pos, kws = kw_split(op, 3)
                if kws or len(pos) != len(fnt.args):
                    raise TypeErr(f"field '{name}' holds a function of {len(fnt.args)} arguments")
                r = R()
                fv = r.op("getfield", [A(0), ("n", name)], ft)
                args = []
                for i, pt in zip(pos, fnt.args):
                    rules.check_assign(at[i], pt, "argument", i)
                    args.append(conv(("a", i), at[i], pt))
                return fnt.ret, r.done(r.op("indirect_call", [fv] + args, fnt.ret))
            static = ci.lookup_static(name)
            if static is not None:
                # self.helper(x) on a @staticmethod: a plain call, no self
                fd = function_desc(rules, op, at, static)
                args = bind(rules, fd, op, 3, 0, f"{ci.pyname}.{name}")
                return single("direct_call", [("fn", fd)] + [a for a, _ in args], call_result(fd))
            raise TypeErr(f"'{ci.pyname}' has no method '{name}'")
        fd = rules.c.get_func(f, (), owner)
        rules.used_method_names.add(name)
        for sub in ci.all_subclasses():
            if sub is not owner and name in sub.methods and sub in rules.used_classes:
                over = rules.method_desc(sub, name)
                check_override(rules, fd, over)
        args = bind(rules, fd, op, 3, 1, f"{ci.pyname}.{name}")
        return single("call_method", [A(0), ("n", name)] + [a for a, _ in args], call_result(fd))
    raise TypeErr(f"a value of type {t} has no method '{name}'")


def check_override(rules, base_fd, over_fd) -> None:
    if over_fd is None or over_fd.info is None or base_fd.info is None:
        return
    if len(over_fd.info.argnames) != len(base_fd.info.argnames):
        rules.c.errors.error(over_fd.info.pos(),
                             f"method '{over_fd.pyfunc.__qualname__}' overrides '{base_fd.pyfunc.__qualname__}'"
                             " with a different number of parameters")
        return
    # a call through the base type fills omitted arguments with the base's
    # defaults; Python would use the override's own
    for name, bd, od in zip(base_fd.info.argnames, base_fd.info.defaults, over_fd.info.defaults):
        if bd is _NoValue:
            continue
        if od is _NoValue or type(od) is not type(bd) or od != bd:
            rules.c.errors.error(over_fd.info.pos(),
                                 f"method '{over_fd.pyfunc.__qualname__}' gives parameter '{name}' a"
                                 f" different default than '{base_fd.pyfunc.__qualname__}' ({od!r} vs"
                                 f" {bd!r}): in the subset an override keeps the base's defaults")
            return


class _Shifted:
    """C.method(obj, a, b) as a call op: kwnames just before the first bound argument."""

    def __init__(self, op) -> None:
        self.args = list(op.args[:3]) + [op.args[2]] + list(op.args[4:])
        self.argpos = op.argpos


def type_super_call(rules, op, at):
    name = op.args[2].value
    fd = rules.ft.fd
    owner = fd.classinfo
    if owner is None:
        raise TypeErr("super() outside a method")
    base = owner.base
    f, o2 = base.lookup_method(name) if base is not None else (None, None)
    if f is None or o2.is_builtin:
        if name == "__init__":
            if owner.is_exception:
                r = R()
                msg = exception_message(rules, r, op, at, 4)
                return TNone, r.done(r.op("setfield", [A(1), ("n", "message"), msg], TVoid))
            return TNone, ([], ("c", None, TNone))
        if name in ("__str__", "__repr__") and owner.is_exception and len(op.args) == 4:
            # BaseException's own: the message, and the repr made from it
            if name == "__str__":
                return TStr, single("getfield", [A(1), ("n", "message")], TStr)[1]
            return rules.helper_call(excargs.exception_repr, [A(1)])
        raise TypeErr(f"the base classes of '{owner.pyname}' have no method '{name}'")
    target = rules.c.get_func(f, (), o2)
    args = bind(rules, target, op, 4, 1, f"{o2.pyname}.{name}")
    return single("direct_call", [("fn", target), A(1)] + [a for a, _ in args], call_result(target))


def jit_marker(rules, op, at, driver: JitDriver, name: str):
    if name not in ("jit_merge_point", "can_enter_jit"):
        raise TypeErr(f"JitDriver has no method '{name}' usable in translated code")
    info = rules.c.jitdriver_info(driver)
    pos, kws = kw_split(op, 3)
    if pos:
        raise TypeErr(f"{name}() takes the greens and reds as keyword arguments")
    want = info.greens + info.reds
    missing = [n for n in want if n not in kws]
    extra = [n for n in kws if n not in want]
    if missing or extra:
        raise TypeErr(f"{name}() must be given exactly the driver's greens and reds"
                      f" (missing: {', '.join(missing) or '-'}; unknown: {', '.join(extra) or '-'})")
    rules.ft.fd.flags.add("portal" if name == "jit_merge_point" else "can_enter_jit")
    return single(name, [("n", info)] + [("a", kws[n]) for n in want], TVoid)


# ---- builtins ---------------------------------------------------------------

def nargs(op, first: int = 2) -> int:
    return len(op.args) - first


def need(op, lo: int, hi: int, name: str) -> None:
    if op.args[1].value and name not in ("print",):
        raise TypeErr(f"keyword arguments to {name}() are not in the subset")
    n = nargs(op)
    if not lo <= n <= hi:
        raise TypeErr(f"{name}() takes {lo if lo == hi else f'{lo} to {hi}'} arguments ({n} given)")


def b_print(rules, op, at):
    pos, kws = kw_split(op, 2)
    for k in kws:
        if k not in ("sep", "end", "file"):
            raise TypeErr(f"print() keyword '{k}' is not in the subset", kws[k])
    ext = "io_write_stdout"
    if "file" in kws:
        import sys
        f = op.args[kws["file"]]
        v = f.value if isinstance(f, Constant) else None
        if v is not None and v in (sys.stderr, sys.__stderr__):
            ext = "io_write_stderr"
        elif v is None or v not in (sys.stdout, sys.__stdout__):
            raise TypeErr("print(file=...) takes sys.stdout or sys.stderr (files are written with vm.io)",
                          kws["file"])
    r = R()
    sep = ("a", kws["sep"]) if "sep" in kws else ("c", " ", TStr)
    end = ("a", kws["end"]) if "end" in kws else ("c", "\n", TStr)
    acc = None
    for i in pos:
        s = rules.to_str(r, ("a", i), at[i])
        if acc is None:
            acc = s
        else:
            acc = r.op("str_concat", [r.op("str_concat", [acc, sep], TStr), s], TStr)
    acc = end if acc is None else r.op("str_concat", [acc, end], TStr)
    rules.c.used_externals[ext] = None
    return TNone, r.done(r.op("external_call", [("n", ext), acc], TVoid))


def b_len(rules, op, at):
    need(op, 1, 1, "len")
    s = simple(at[2])
    if s == TStr:
        return single("str_len", [A(2)], TInt)
    if isinstance(s, TList):
        return single("list_len", [A(2)], TInt)
    if isinstance(s, TDict):
        return single("dict_len", [A(2)], TInt)
    if isinstance(s, TTuple):
        return TInt, ([], ("c", len(s.items), TInt))
    if s == TSB:
        return single("sb_getlength", [A(2)], TInt)
    if isinstance(s, TInst) and s.cls.lookup_method("__len__")[0] is not None:
        rules.need_str_method(s.cls, "__len__")
        return single("call_method", [A(2), ("n", "__len__")], TInt)
    raise TypeErr(f"len() of a value of type {at[2]}", 2)


def b_str(rules, op, at):
    need(op, 0, 1, "str")
    if nargs(op) == 0:
        return TStr, ([], ("c", "", TStr))
    r = R()
    return TStr, r.done(rules.to_str(r, A(2), at[2]))


def b_repr(rules, op, at):
    need(op, 1, 1, "repr")
    r = R()
    return TStr, r.done(rules.to_str(r, A(2), at[2], repr_=True))


def b_int(rules, op, at):
    need(op, 1, 2, "int")
    s = simple(at[2])
    if nargs(op) == 2:
        if s != TStr:
            raise TypeErr("int(x, base) needs a str", 2)
        return single("str_to_int", [A(2), conv(A(3), at[3], TInt)], TInt)
    if is_int(s):
        return TInt, ([], conv(A(2), s, TInt))
    if s == TFloat:
        return single("cast_float_to_int", [A(2)], TInt)
    if s == TStr:
        return single("str_to_int", [A(2), ("c", 10, TInt)], TInt)
    if s == TUint:
        return single("cast_uint_to_int", [A(2)], TInt)
    raise TypeErr(f"int() of a value of type {at[2]}", 2)


def b_float(rules, op, at):
    need(op, 1, 1, "float")
    s = simple(at[2])
    if s == TFloat:
        return TFloat, same(2)
    if is_int(s):
        return TFloat, ([], conv(A(2), s, TFloat))
    if s == TStr:
        return single("str_to_float", [A(2)], TFloat)
    raise TypeErr(f"float() of a value of type {at[2]}", 2)


def b_bool(rules, op, at):
    need(op, 1, 1, "bool")
    r = R()
    return TBool, r.done(rules.truth(r, A(2), at[2]))


def b_abs(rules, op, at):
    need(op, 1, 1, "abs")
    s = simple(at[2])
    if is_int(s):
        return single("int_abs_ovf", [conv(A(2), s, TInt)], TInt)
    if s == TFloat:
        return single("float_abs", [A(2)], TFloat)
    from jitgen.types import dunders
    res = dunders.unary(rules, "__abs__", at, 2)
    if res is not None:
        return res
    raise TypeErr(f"abs() of a value of type {at[2]}", 2)


def b_minmax(rules, op, at, which: str):
    need(op, 1, 16, which)
    n = nargs(op)
    if n == 1:
        s = simple(at[2])
        if not isinstance(s, TList):
            raise TypeErr(f"{which}() of one argument needs a list, not {at[2]}", 2)
        it = m.freeze(s.item)
        ordered = isinstance(it, TInst) and any(it.cls.lookup_method(n)[0] is not None
                                                for n in ("__lt__", "__gt__"))
        if not (is_num(it) or it == TStr or isinstance(it, TTuple) or ordered):
            raise TypeErr(f"{which}() of a list of {it}: items must be numbers, str, tuples or"
                          " instances whose class defines __lt__ or __gt__", 2)
        from jitgen.types import strlib
        return rules.helper_call(strlib.list_max if which == "max" else strlib.list_min, [A(2)], s)
    if n > 2:
        # max(a, b, c) is max(max(a, b), c): the first of equal values wins
        r = R()
        acc_t, rec = b_minmax2(rules, which, at[2], at[3], A(2), A(3))
        acc = splice(r, rec)
        for k in range(4, 2 + n):
            acc_t, rec = b_minmax2(rules, which, acc_t, at[k], ("outer", acc), A(k))
            acc = splice(r, rec)
        return acc_t, r.done(acc)
    return b_minmax2(rules, which, at[2], at[3], A(2), A(3))


def b_minmax2(rules, which: str, ta, tb, ra: tuple, rb: tuple):
    """min/max of two values of types ta and tb, given by refs ra and rb."""
    a, b = simple(ta), simple(tb)
    if is_int(a) and is_int(b):
        return single("int_" + which, [conv(ra, a, TInt), conv(rb, b, TInt)], TInt)
    if is_num(a) and is_num(b):
        if is_int(a) or is_int(b):
            # Python returns the winning argument itself: an int or a float
            raise TypeErr(f"{which}() of {ta} and {tb}: the result would be an int or a"
                          f" float depending on which wins; convert the int with float()")
        return single("float_" + which, [conv(ra, a, TFloat), conv(rb, b, TFloat)], TFloat)
    if a == TStr and b == TStr:
        return single("str_" + which, [ra, rb], TStr)
    raise TypeErr(f"{which}() of {ta} and {tb} is not in the subset")


def b_ord(rules, op, at):
    need(op, 1, 1, "ord")
    if simple(at[2]) != TStr:
        raise TypeErr("ord() needs a str", 2)
    return single("str_ord", [A(2)], TInt)


def b_chr(rules, op, at):
    need(op, 1, 1, "chr")
    if not is_int(at[2]):
        raise TypeErr("chr() needs an int", 2)
    return single("str_chr", [conv(A(2), at[2], TInt)], TStr)


def b_isinstance(rules, op, at):
    need(op, 2, 2, "isinstance")
    cls = rules.pyvalue(3)
    d = rules.ft.defs.get(id(op.args[3]))
    if d is not None and d[0].opname == "newtuple" and all(isinstance(a, Constant) for a in d[0].args):
        cls = tuple(a.value for a in d[0].args)
    classes = cls if isinstance(cls, tuple) else (cls,)
    r = R()
    acc = None
    for c in classes:
        ci = rules.c.classinfo(c) if isinstance(c, type) else None
        if ci is None:
            raise TypeErr("isinstance() needs a class of the program (or a tuple of them)", 3)
        rules.use_class(ci)
        x = r.op("instanceof", [A(2), ("cls", ci)], TBool)
        acc = x if acc is None else r.op("bool_or", [acc, x], TBool)
    return TBool, r.done(acc)


def b_hash(rules, op, at):
    """hash() of an int, float or a tuple of them is CPython's value
    (numlib); a str hashes by the runtime's own function."""
    need(op, 1, 1, "hash")
    s = simple(at[2])
    if s == TStr or is_num(s) or isinstance(s, TTuple):
        r = R()
        return TInt, r.done(hash_of(rules, r, A(2), at[2]))
    raise TypeErr(f"hash() of a value of type {at[2]} is not in the subset", 2)


def hash_of(rules, r: R, ref: tuple, t) -> tuple:
    from jitgen.types import numlib
    s = simple(t)
    if s == TStr:
        return r.op("str_hash", [ref], TInt)
    if is_int(s):
        return splice(r, rules.helper_call(numlib.int_hash, [("outer", conv(ref, s, TInt))])[1])
    if s == TFloat:
        return splice(r, rules.helper_call(numlib.float_hash, [("outer", ref)])[1])
    if isinstance(s, TTuple) and all(simple(x) in (TStr, TFloat) or is_int(x) or isinstance(simple(x), TTuple)
                                     for x in s.items):
        acc = splice(r, rules.helper_call(numlib.tuple_hash_start, [])[1])
        for k, it in enumerate(s.items):
            lane = hash_of(rules, r, r.op("tuple_getitem", [ref, ("n", k)], it), it)
            acc = splice(r, rules.helper_call(numlib.tuple_hash_step, [("outer", acc), ("outer", lane)])[1])
        return splice(r, rules.helper_call(numlib.tuple_hash_done, [("outer", acc), ("c", len(s.items), TInt)])[1])
    # instances hash by identity: no CPython value to agree with
    return r.op("tuple_hash", [ref], TInt)


def b_list(rules, op, at):
    need(op, 0, 1, "list")
    if nargs(op) == 0:
        return single("newlist", [], TList(TVar()))
    s = simple(at[2])
    if isinstance(s, TList):
        return single("list_copy", [A(2)], s)
    if isinstance(s, TDict):
        return single("dict_keys", [A(2)], TList(s.k))
    if s == TStr:
        from jitgen.types import strlib
        return rules.helper_call(strlib.str_chars, [A(2)])
    raise TypeErr(f"list() of a value of type {at[2]} is not in the subset", 2)


def b_sorted(rules, op, at):
    pos, kws = kw_split(op, 2)
    if set(kws) - {"reverse"}:
        raise TypeErr("sorted() takes only the keyword argument reverse in the subset (no key=)")
    if len(pos) != 1:
        raise TypeErr(f"sorted() takes 1 positional argument ({len(pos)} given)")
    rev = ("c", False, TBool)
    if "reverse" in kws:
        k = kws["reverse"]
        rules.check_assign(at[k], TBool, "reverse", k)
        rev = A(k)
        if isinstance(op.args[k], Constant):
            rev = ("c", bool(op.args[k].value), TBool)
    s = simple(at[2])
    r = R()
    if isinstance(s, TList):
        x = r.op("list_copy", [A(2)], s)
    elif isinstance(s, TDict):
        x = r.op("dict_keys", [A(2)], TList(s.k))
        s = TList(s.k)
    elif s == TStr:
        # sorted(word): its characters (the anagram-key idiom)
        from jitgen.types import strlib
        x = splice(r, rules.helper_call(strlib.str_chars, [A(2)])[1])
        s = TList(TStr)
    else:
        raise TypeErr(f"sorted() of a value of type {at[2]} is not in the subset", 2)
    rules.sort_recipe(r, x, s, rev)
    return s, r.done(x)


def b_type(rules, op, at):
    need(op, 1, 1, "type")
    return TPy(("type-of",)), ([], ("c", None, TNone))


def b_dict(rules, op, at):
    need(op, 0, 1, "dict")
    if nargs(op) == 1:
        s = simple(at[2])
        if not isinstance(s, TDict):
            raise TypeErr(f"dict() of a value of type {at[2]} is not in the subset", 2)
        return single("dict_copy", [A(2)], s)
    return single("newdict", [], TDict(TVar(), TVar()))


def b_iter_only(rules, op, at):
    name = getattr(rules.pyvalue(0), "__name__", "?")
    raise TypeErr(f"{name}() is only in the subset as the iterable of a for loop")


def b_ovfcheck(rules, op, at):
    need(op, 1, 1, "ovfcheck")
    if not is_int(at[2]):
        raise TypeErr("ovfcheck() takes an int", 2)
    return TInt, ([], conv(A(2), at[2], TInt))


def b_intmask(rules, op, at):
    need(op, 1, 1, "intmask")
    s = simple(at[2])
    if s == TUint:
        return single("cast_uint_to_int", [A(2)], TInt)
    if not is_int(s):
        raise TypeErr("intmask() takes an int", 2)
    x = op.args[2]
    if isinstance(x, Constant) and type(x.value) is int:
        # a literal past 64 bits is a bit pattern (intmask(0xCBF29CE484222325))
        return TInt, ([], ("c", arith.intmask(x.value), TInt))
    return TInt, ([], conv(A(2), at[2], TInt))


def b_r_uint(rules, op, at):
    need(op, 1, 1, "r_uint")
    s = simple(at[2])
    if s == TUint:
        return TUint, same(2)
    if is_int(s):
        return single("cast_int_to_uint", [conv(A(2), s, TInt)], TUint)
    raise TypeErr("r_uint() takes an int", 2)


def b_promote(rules, op, at):
    need(op, 1, 1, "promote")
    return single("hint_promote", [A(2)], at[2])


def b_promote_string(rules, op, at):
    need(op, 1, 1, "promote_string")
    return single("hint_promote_string", [A(2)], TStr)


def b_we_are_jitted(rules, op, at):
    return single("we_are_jitted", [], TBool)


def b_we_are_translated(rules, op, at):
    return TBool, ([], ("c", True, TBool))


def b_r_dict(rules, op, at):
    need(op, 2, 2, "r_dict")
    eq, hs = rules.pyvalue(2), rules.pyvalue(3)
    if not isinstance(eq, pytypes.FunctionType) or not isinstance(hs, pytypes.FunctionType):
        raise TypeErr("r_dict(eq, hash) takes two top-level functions of the program")
    efd = rules.c.get_func(eq, (), None)
    hfd = rules.c.get_func(hs, (), None)
    kt = efd.argtypes[0] if efd.argtypes else TVar()
    t = TDict(kt, TVar(), True)
    return single("new_rdict", [("fn", efd), ("fn", hfd)], t)


def b_stringbuilder(rules, op, at):
    need(op, 0, 1, "StringBuilder")
    return single("new_stringbuilder", [], TSB)


def b_math_unary(rules, op, at):
    f = rules.pyvalue(0)
    if f is math.log and nargs(op) == 2 and not op.args[1].value:
        from jitgen.types import mathrules
        return mathrules.log_base(rules, op, at)
    need(op, 1, 1, f.__name__)
    if not is_num(at[2]):
        raise TypeErr(f"math.{f.__name__}() takes a float", 2)
    return single(MATH_UNARY[f], [conv(A(2), at[2], TFloat)], TFloat)


def b_math_pred(rules, op, at):
    f = rules.pyvalue(0)
    need(op, 1, 1, f.__name__)
    return single(MATH_PRED[f], [conv(A(2), at[2], TFloat)], TBool)


def b_math_floor(rules, op, at):
    f = rules.pyvalue(0)
    need(op, 1, 1, f.__name__)
    if is_int(at[2]):
        return TInt, ([], conv(A(2), at[2], TInt))
    r = R()
    x = r.op("float_floor" if f is math.floor else "float_ceil", [conv(A(2), at[2], TFloat)], TFloat)
    return TInt, r.done(r.op("cast_float_to_int", [x], TInt))


def b_math_binary(rules, op, at):
    f = rules.pyvalue(0)
    need(op, 2, 2, f.__name__)
    name = "float_atan2" if f is math.atan2 else "float_fpow"
    return single(name, [conv(A(2), at[2], TFloat), conv(A(3), at[3], TFloat)], TFloat)


def b_forbidden(rules, op, at):
    name = getattr(rules.pyvalue(0), "__name__", "?")
    raise TypeErr(f"'{name}' is not in the subset")


BUILTINS: dict = {}
BUILTIN_OBJS: dict = {}


def _reg(obj, fn) -> None:
    BUILTINS[id(obj)] = fn
    BUILTIN_OBJS[id(obj)] = obj


for _obj, _fn in [
    (print, b_print), (len, b_len), (str, b_str), (repr, b_repr), (int, b_int),
    (float, b_float), (bool, b_bool), (abs, b_abs), (ord, b_ord), (chr, b_chr),
    (isinstance, b_isinstance), (hash, b_hash), (list, b_list), (sorted, b_sorted),
    (type, b_type), (dict, b_dict), (range, b_iter_only), (enumerate, b_iter_only),
    (zip, b_iter_only), (reversed, b_iter_only),
    (arith.ovfcheck, b_ovfcheck), (arith.intmask, b_intmask), (arith.r_uint, b_r_uint),
    (hjit.promote, b_promote), (hjit.promote_string, b_promote_string),
    (hjit.we_are_jitted, b_we_are_jitted), (hjit.we_are_translated, b_we_are_translated),
    (r_dict, b_r_dict), (StringBuilder, b_stringbuilder),
    (math.floor, b_math_floor), (math.ceil, b_math_floor),
    (math.atan2, b_math_binary), (math.pow, b_math_binary),
    (eval, b_forbidden), (exec, b_forbidden), (set, b_forbidden), (frozenset, b_forbidden),
    (open, b_forbidden), (input, b_forbidden), (sum, b_forbidden), (map, b_forbidden),
    (filter, b_forbidden), (iter, b_forbidden), (next, b_forbidden), (round, b_forbidden),
    (divmod, b_forbidden), (any, b_forbidden), (all, b_forbidden),
]:
    _reg(_obj, _fn)
def b_sum(rules, op, at):
    need(op, 1, 2, "sum")
    s = simple(at[2])
    if not isinstance(s, TList):
        raise TypeErr(f"sum() of a value of type {at[2]}: only of a list", 2)
    start = simple(at[3]) if nargs(op) > 1 else TInt
    if isinstance(m.freeze(s.item), m.TVar):
        m.unify(s.item, start)      # sum([], 0): an empty literal
    it = m.freeze(s.item)
    from jitgen.types import strlib
    if is_int(it) and is_int(start):
        return rules.helper_call(strlib.list_sum_int, [A(2), conv(A(3), start, TInt) if nargs(op) > 1
                                                       else ("c", 0, TInt)], s)
    if is_num(it) and is_num(start) and (it == TFloat or start == TFloat):
        if is_int(it):
            raise TypeErr("sum() of a list of ints with a float start: use a float list", 2)
        if nargs(op) < 2:
            # CPython starts from the int 0: sum([]) is 0, not 0.0
            raise TypeErr("sum() of a list of floats needs a float start (sum(xs, 0.0)): CPython's"
                          " sum([]) is the int 0", 2)
        return rules.helper_call(strlib.list_sum_float, [A(2), conv(A(3), start, TFloat)], s)
    if isinstance(it, TInst) and nargs(op) > 1 and it.cls.lookup_method("__add__")[0] is not None:
        # sum(vectors, Vec(0, 0)): start + each item through __add__
        from jitgen.types import mathlib
        rules.check_assign(at[3], it, "the start of sum()", 3)
        return rules.helper_call(mathlib.sum_objects, [A(2), A(3)], s, item_arg=1)
    raise TypeErr(f"sum() of a list of {it} is not in the subset (ints, floats, or instances whose class"
                  " defines __add__, with a start)", 2)


def b_anyall(rules, op, at, which: str):
    need(op, 1, 1, which)
    s = simple(at[2])
    if not isinstance(s, TList):
        raise TypeErr(f"{which}() of a value of type {at[2]}: only of a list (no generators)", 2)
    if isinstance(m.freeze(s.item), m.TVar):
        m.unify(s.item, TBool)      # any([]): an empty literal
    from jitgen.types import strlib
    return rules.helper_call(strlib.list_any if which == "any" else strlib.list_all, [A(2)], s)


def b_divmod(rules, op, at):
    need(op, 2, 2, "divmod")
    a, b = simple(at[2]), simple(at[3])
    if not (is_int(a) and is_int(b)):
        if is_num(a) and is_num(b):
            from jitgen.types import mathlib
            return rules.helper_call(mathlib.float_divmod, [conv(A(2), a, TFloat), conv(A(3), b, TFloat)])
        raise TypeErr(f"divmod() of {at[2]} and {at[3]}: only of ints and floats")
    r = R()
    q = r.op("int_floordiv", [conv(A(2), a, TInt), conv(A(3), b, TInt)], TInt)
    md = r.op("int_mod", [conv(A(2), a, TInt), conv(A(3), b, TInt)], TInt)
    return TTuple([TInt, TInt]), r.done(r.op("newtuple", [q, md], TTuple([TInt, TInt])))


def b_intbase(rules, op, at, base: int, prefix: str):
    need(op, 1, 1, prefix)
    if not is_int(simple(at[2])):
        raise TypeErr(f"{ {16: 'hex', 8: 'oct', 2: 'bin'}[base] }() needs an int", 2)
    from jitgen.types import strlib
    return rules.helper_call(strlib.int_to_base, [conv(A(2), at[2], TInt), ("c", base, TInt),
                                                  ("c", prefix, TStr)])


def b_round(rules, op, at):
    if nargs(op) == 2 and not op.args[1].value:
        # round(x, n): a float for a float (vm.floatfmt.round_float, correctly rounded), an int for an int
        if not is_int(at[3]):
            raise TypeErr(f"round(x, ndigits): ndigits must be an int, not {at[3]}", 3)
        from jitgen.types import mathlib
        from vm import floatfmt
        s = simple(at[2])
        if is_int(s):
            return rules.helper_call(mathlib.round_int, [conv(A(2), s, TInt), conv(A(3), at[3], TInt)])
        if s == TFloat:
            return rules.helper_call(floatfmt.round_float, [A(2), conv(A(3), at[3], TInt)])
        raise TypeErr(f"round() of a value of type {at[2]}", 2)
    need(op, 1, 1, "round")
    s = simple(at[2])
    if is_int(s):
        return TInt, ([], conv(A(2), s, TInt))
    if s == TFloat:
        from jitgen.types import strlib
        return rules.helper_call(strlib.float_round, [A(2)])
    raise TypeErr(f"round() of a value of type {at[2]}", 2)


_reg(sum, b_sum)
_reg(any, lambda rules, op, at: b_anyall(rules, op, at, "any"))
_reg(all, lambda rules, op, at: b_anyall(rules, op, at, "all"))
_reg(divmod, b_divmod)
_reg(hex, lambda rules, op, at: b_intbase(rules, op, at, 16, "0x"))
_reg(oct, lambda rules, op, at: b_intbase(rules, op, at, 8, "0o"))
_reg(bin, lambda rules, op, at: b_intbase(rules, op, at, 2, "0b"))
_reg(round, b_round)
_reg(min, lambda rules, op, at: b_minmax(rules, op, at, "min"))
_reg(max, lambda rules, op, at: b_minmax(rules, op, at, "max"))
for _f in MATH_UNARY:
    _reg(_f, b_math_unary)
for _f in MATH_PRED:
    _reg(_f, b_math_pred)
# gcd, isqrt, factorial, ...: subset helpers (mathlib)
from jitgen.types import mathrules  # noqa: E402  (it imports this module's siblings)
mathrules.register(_reg)
from jitgen.types import fmtrules  # noqa: E402
fmtrules.register(_reg)

_ = (builtins, TFunc, TUint, TNone, TBool, TList, strip_opt, TVoid)
