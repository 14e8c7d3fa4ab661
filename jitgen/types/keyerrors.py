"""KeyError for a missing key that is an instance: CPython's message is
repr(key), which calls the class's __repr__; the runtimes' dict operations
cannot call program code for it, so for instance keys whose class defines
__repr__ the lookup goes through these helpers, which raise KeyError(key)
again from the program (only the failing path pays)."""
from __future__ import annotations

from typing import TypeVar

from jitgen.hints import specialize

K = TypeVar("K")
V = TypeVar("V")


@specialize.argtype(0)
def getitem(d: dict[K, V], k: K) -> V:
    try:
        return d[k]
    except KeyError:
        raise KeyError(k)


@specialize.argtype(0)
def delitem(d: dict[K, V], k: K) -> None:
    try:
        del d[k]
    except KeyError:
        raise KeyError(k)


@specialize.argtype(0)
def pop(d: dict[K, V], k: K) -> V:
    try:
        return d.pop(k)
    except KeyError:
        raise KeyError(k)


def wants_repr(rules, kt) -> bool:
    """Whether keys of type kt need these helpers (not inside them: there
    the plain operation is meant)."""
    from jitgen.types.model import TInst
    from jitgen.types.rules import simple
    if rules.ft is not None and rules.ft.fd.pyfunc.__module__ == __name__:
        return False
    s = simple(kt)
    return isinstance(s, TInst) and s.cls.lookup_method("__repr__")[0] is not None
