"""Special methods that Python calls implicitly, beyond __init__, __str__,
__repr__ and __eq__: __bool__ and __len__ decide an instance's truth value
(`if stack:`, `not queue`, `while todo:`), and len(obj) calls __len__.

Python's rule: __bool__ if the class has one, else __len__() != 0, else
True.  The call is virtual, so an override in a subclass is used; a class
whose subclass adds __bool__ or __len__ that the class itself lacks is
refused (the static type cannot say which rule applies).  A value that may
be None is false when it is None."""
from __future__ import annotations

from typing import TypeVar

from jitgen.hints import specialize
from jitgen.types.checker import TypeErr

T = TypeVar("T")


@specialize.argtype(0)
def truth_bool(x: T) -> bool:
    if x is None:
        return False
    return x.__bool__()


@specialize.argtype(0)
def truth_len(x: T) -> bool:
    if x is None:
        return False
    return x.__len__() != 0


@specialize.argtype(0)
def truth_or_none(x: T) -> bool:
    """The truth of a str, list or dict that may be None (None is false;
    the container's own test must not see a null)."""
    if x is None:
        return False
    return bool(x)


def truth_method(ci) -> str | None:
    """'__bool__', '__len__' or None: what decides the truth of a ci."""
    for name in ("__bool__", "__len__"):
        if ci.lookup_method(name)[0] is not None:
            if name == "__len__":
                _refuse_subclass_methods(ci, ("__bool__",))
            return name
    _refuse_subclass_methods(ci, ("__bool__", "__len__"))
    return None


def _refuse_subclass_methods(ci, names: tuple) -> None:
    for sub in ci.all_subclasses():
        for name in names:
            if name in sub.methods:
                raise TypeErr(f"the truth value of a '{ci.pyname}': its subclass '{sub.pyname}' defines"
                              f" {name}, which '{ci.pyname}' does not (define it in '{ci.pyname}' too)")


def instance_truth(rules, r, ref: tuple, t) -> tuple | None:
    """The truth of an instance (or None) whose class has __bool__ or
    __len__, as a helper call in r; None for plain identity truth."""
    from jitgen.types import model as m
    from jitgen.types.model import TInst
    from jitgen.types.rules import simple
    s = simple(t)
    if not isinstance(s, TInst):
        return None
    name = truth_method(s.cls)
    if name is None:
        return None
    rules.need_str_method(s.cls, name)
    f = truth_bool if name == "__bool__" else truth_len
    _, (steps, _) = rules.helper_call(f, [ref], m.freeze(t))
    call = steps[0]
    return r.op(call[0], call[1], call[2])
