"""Arithmetic operators on instances call the class's special methods, as
CPython does: a + b is a.__add__(b), else b.__radd__(a); a += b tries
a.__iadd__(b) first; -a is a.__neg__(), ~a is a.__invert__(), abs(a) is
a.__abs__().  A method that exists is called; one that would return
NotImplemented is not in the subset (its declared types decide).
"""
from __future__ import annotations

from jitgen.types.checker import SilentErr, TypeErr
from jitgen.types.model import TInst
from jitgen.types.rules import A, conv, simple, single

NAMES = {"add": "add", "sub": "sub", "mul": "mul", "truediv": "truediv", "floordiv": "floordiv",
         "mod": "mod", "pow": "pow", "lshift": "lshift", "rshift": "rshift", "and_": "and",
         "or_": "or", "xor": "xor"}


def method_call(rules, ci, name: str, recv: tuple, args: list) -> tuple | None:
    """recv.name(*args) as a virtual call, args [(ref, type, argindex)];
    None if the class has no such method."""
    from jitgen.types.calls import call_result, check_override
    f, owner = ci.lookup_method(name)
    if f is None:
        return None
    fd = rules.c.get_func(f, (), owner)
    rules.used_method_names.add(name)
    for sub in ci.all_subclasses():
        if sub is not owner and name in sub.methods and sub in rules.used_classes:
            check_override(rules, fd, rules.method_desc(sub, name))
    if fd.info is None:
        raise SilentErr("")
    if len(fd.info.argnames) - 1 != len(args):
        raise TypeErr(f"'{ci.pyname}.{name}' must take {len(args)} argument{'s' if len(args) != 1 else ''}"
                      f" besides self to implement the operator")
    refs = []
    for j, (ref, t, idx) in enumerate(args):
        pt = fd.argtypes[1 + j]
        rules.check_assign(t, pt, f"the operand of {ci.pyname}.{name}", idx)
        refs.append(conv(ref, t, pt))
    return single("call_method", [recv, ("n", name)] + refs, call_result(fd))


def binary(rules, name: str, at: list, inplace: bool) -> tuple | None:
    n = NAMES.get(name)
    if n is None:
        return None
    a, b = simple(at[0]), simple(at[1])
    if isinstance(a, TInst):
        if inplace:
            res = method_call(rules, a.cls, f"__i{n}__", A(0), [(A(1), at[1], 1)])
            if res is not None:
                return res
        res = method_call(rules, a.cls, f"__{n}__", A(0), [(A(1), at[1], 1)])
        if res is not None:
            return res
    if isinstance(b, TInst):
        return method_call(rules, b.cls, f"__r{n}__", A(1), [(A(0), at[0], 0)])
    return None


def unary(rules, method: str, at: list, index: int = 0) -> tuple | None:
    a = simple(at[index])
    if isinstance(a, TInst):
        return method_call(rules, a.cls, method, A(index), [])
    return None
