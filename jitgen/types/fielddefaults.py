"""Fields declared with a value in the class body (`count: int = 0`).

CPython makes the value a class attribute: an instance reads it until it
assigns its own, and a mutable one (`log: list[str] = []`) is one object
shared by every instance.  In the subset the field is a slot of each
instance, so the constructor stores the value into it first (the same
prebuilt object for every instance), before __init__ runs.  The value
comes from the object's class or the nearest base whose body gives one,
as CPython's attribute lookup finds it; `C.count` reads it as a constant."""
from __future__ import annotations

import types

from jitgen.types.checker import TypeErr

_NONE = object()


def class_value(ci, name: str):
    """The value the class body of ci (or of a base) gives `name`, else _NONE."""
    pycls = ci.pycls
    if pycls is None:
        return _NONE
    for k in pycls.__mro__:
        if k is object or name not in k.__dict__:
            continue
        v = k.__dict__[name]
        if isinstance(v, (types.FunctionType, staticmethod, classmethod, property)):
            return _NONE
        return v
    return _NONE


def defaults_of(ci) -> list[tuple[str, object]]:
    """(field, value) for every field of ci (its own and inherited) with a
    class-body value."""
    out = []
    for c in reversed(ci.mro()):
        for name in c.fields:
            v = class_value(ci, name)
            if v is not _NONE:
                out.append((name, v))
    return out


def store_defaults(rules, r, obj: tuple, ci) -> None:
    """Steps in r that give the new object obj its class-body field values."""
    from jitgen.types.model import TVoid
    from jitgen.types.rules import conv
    for name, v in defaults_of(ci):
        ft, _ = ci.lookup_field(name)
        vt = rules.c.const_type(v)
        try:
            rules.check_assign(vt, ft, f"the class-body value of field '{name}'")
        except TypeErr as e:
            raise TypeErr(f"class '{ci.pyname}': {e.message}")
        r.op("setfield", [obj, ("n", name), conv(("c", v, vt), vt, ft)], TVoid)
